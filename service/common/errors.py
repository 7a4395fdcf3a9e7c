"""Doorstep's errors. Each message says what to do next, in words a coach can act on."""


class DoorstepError(Exception):
    """Base of every error Doorstep raises on purpose; its message is shown to the coach as is."""


class ConfigError(DoorstepError):
    """The config file is missing, unreadable or invalid; the message names the key to change."""


class CredentialError(DoorstepError):
    """A password could not be read from its environment variable or command."""


class MailboxError(DoorstepError):
    """The mailbox could not be reached, logged into or read."""


class MailboxAuthError(MailboxError):
    """The mail server refused the username or password."""


class DeliveryError(DoorstepError):
    """The digest could not be handed to the outgoing mail server."""


class PermanentDeliveryError(DeliveryError):
    """The outgoing mail server refused the digest for good (a 5xx reply); retrying will not help."""


class StorageError(DoorstepError):
    """The database could not be read or written; the message says why, never what was in it."""
