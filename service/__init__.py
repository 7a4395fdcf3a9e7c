"""Doorstep: a coach's client mail, sorted into one calm daily digest."""

__version__ = "0.1.0"
