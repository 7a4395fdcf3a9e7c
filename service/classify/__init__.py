"""Deciding, for each client message, FYI, reply-needed or ignored, and saying why
(`classifier.classify`)."""
