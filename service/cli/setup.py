"""What every command starts from: the config, the store and the way the digest goes out."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, config_path_from, load_config
from service.config.roster_checks import roster_warnings

if TYPE_CHECKING:
    from service.notify.transport import Transport


log = logging.getLogger("doorstep.config")


def load_settings(args: argparse.Namespace, warn: bool = True) -> Config:
    """The config, with what is odd about its roster said once (unless the caller says it)."""
    config = load_config(config_path_from(args.config))
    if warn:
        for warning in roster_warnings(config):
            log.warning("%s", warning)
    return config


def open_sessions(config: Config) -> sessionmaker[Session]:
    from service.store.db import open_store

    return open_store(config.storage.url)


def make_transport(config: Config) -> Transport:
    from service.notify.transport import FileTransport, SmtpTransport

    if config.digest.deliver == "file":
        assert config.digest.file_dir is not None  # checked by the config
        return FileTransport(config.digest.file_dir)
    assert config.smtp is not None  # checked by the config
    return SmtpTransport(config.smtp)
