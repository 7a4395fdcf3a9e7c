"""Deciding, for each client message, FYI, reply-needed or ignored, and saying why."""

from service.classify.classifier import classify

__all__ = ["classify"]
