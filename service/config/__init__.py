"""The coach's config: its shape (`model`; the [digest] table in `digest`, the parts every table
is made of in `fields`), reading the file (`loading`), the password sources (`credentials`), the
`doorstep clients` edits (`roster_file`) and the messages (`errors`)."""

from service.config.digest import ContentLevel, DigestConfig
from service.config.loading import CONFIG_ENV, config_path_from, default_config_path, load_config
from service.config.model import (
    ClientConfig,
    CoachConfig,
    Config,
    Credentials,
    DaemonConfig,
    ImapMailbox,
    LocalMailbox,
    SmtpConfig,
    StorageConfig,
    default_database_url,
)

__all__ = [
    "CONFIG_ENV",
    "ClientConfig",
    "CoachConfig",
    "Config",
    "ContentLevel",
    "Credentials",
    "DaemonConfig",
    "DigestConfig",
    "ImapMailbox",
    "LocalMailbox",
    "SmtpConfig",
    "StorageConfig",
    "config_path_from",
    "default_config_path",
    "default_database_url",
    "load_config",
]
