"""The coach's config file: TOML → typed, validated `Config`, or one clear `ConfigError`.

Validation happens once, here, before anything starts. Every message names the key (and the
line, where it can be found) and says what to write instead.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ValidationError

from service.common.errors import ConfigError
from service.config.digest import DigestConfig
from service.config.errors import describe_error
from service.config.model import (
    ClientConfig,
    CoachConfig,
    Config,
    DaemonConfig,
    ImapMailbox,
    LocalMailbox,
    SmtpConfig,
    StorageConfig,
)
from service.config.syntax import describe_syntax_error, too_deep

CONFIG_ENV = "DOORSTEP_CONFIG"


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("doorstep")) / "config.toml"


# Where each table's keys are written, as the coach reads the config file.
_TABLES: tuple[tuple[type[BaseModel], str], ...] = (
    (Config, "the top of the file"),
    (CoachConfig, "[coach]"),
    (ImapMailbox, '[mailbox] with kind = "imap"'),
    (LocalMailbox, '[mailbox] with kind = "maildir" or "mbox"'),
    (SmtpConfig, "[smtp]"),
    (DigestConfig, "[digest]"),
    (StorageConfig, "[storage]"),
    (DaemonConfig, "[daemon]"),
    (ClientConfig, "a [[clients]] entry"),
)


def _homes() -> dict[str, list[str]]:
    """Each key Doorstep knows, and the tables it is written in."""
    homes: dict[str, list[str]] = {}
    for model, table in _TABLES:
        for name in model.model_fields:
            if name != "path" or model is not Config:  # Config.path is set by loading, not written
                homes.setdefault(name, []).append(table)
    return homes


def load_config(path: Path) -> Config:
    """Read and validate the config file; raise `ConfigError` naming what to change."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"No config file at {path}. Copy config.example.toml there and edit it, "
            f"or point to yours with --config PATH or {CONFIG_ENV}=PATH."
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"Could not read the config file {path}: {e}") from e
    try:
        data = tomllib.loads(text)
        config = Config.model_validate(data)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(describe_syntax_error(str(e), text, path)) from None
    except RecursionError:
        raise ConfigError(too_deep(path)) from None
    except ValidationError as e:
        problems = [describe_error(err, text, path, _homes()) for err in e.errors()]
        head = (
            "The config file has a problem"
            if len(problems) == 1
            else "The config file has problems"
        )
        raise ConfigError(f"{head}; nothing was started:\n  " + "\n  ".join(problems)) from None
    return _resolve_paths(config, path)


def _resolve_paths(config: Config, path: Path) -> Config:
    """Relative paths in the file are relative to the file's own folder."""
    base = path.resolve().parent

    def fix(p: Path | None) -> Path | None:
        if p is None:
            return None
        p = p.expanduser()
        return Path(os.path.normpath(p if p.is_absolute() else base / p))

    mailbox = config.mailbox
    if isinstance(mailbox, LocalMailbox):
        mailbox = mailbox.model_copy(update={"path": fix(mailbox.path)})
    else:
        mailbox = mailbox.model_copy(update={"ca_file": fix(mailbox.ca_file)})
    smtp = (
        config.smtp.model_copy(update={"ca_file": fix(config.smtp.ca_file)})
        if config.smtp
        else None
    )
    digest = config.digest.model_copy(update={"file_dir": fix(config.digest.file_dir)})
    storage = config.storage
    prefix = "sqlite:///"
    if storage.url.startswith(prefix) and not storage.url.startswith(prefix + "/"):
        rel = storage.url.removeprefix(prefix)
        if rel and rel != ":memory:":
            storage = storage.model_copy(update={"url": prefix + os.path.normpath(base / rel)})
    return config.model_copy(
        update={
            "mailbox": mailbox,
            "smtp": smtp,
            "digest": digest,
            "storage": storage,
            "path": path,
        }
    )


def config_path_from(arg: str | None) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(CONFIG_ENV)
    return Path(env).expanduser() if env else default_config_path()
