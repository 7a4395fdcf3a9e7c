"""The config file, watched: re-read when it changed; a bad edit is logged and the old settings
stay. The mailbox and storage settings take effect only at a restart."""

from __future__ import annotations

import logging

from service.common.errors import ConfigError
from service.config import Config, load_config
from service.config.roster_checks import roster_warnings

log = logging.getLogger(__name__)


def _stamp(config: Config) -> tuple[int, int] | None:
    try:
        info = config.path.stat() if config.path else None
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size) if info else None


class ConfigWatch:
    def __init__(self, config: Config) -> None:
        self.stamp = _stamp(config)

    def changed(self, config: Config, force: bool = False) -> Config | None:
        """The config file's new settings when it changed (or `force`), else None."""
        stamp = _stamp(config)
        if config.path is None or (stamp == self.stamp and not force):
            return None
        self.stamp = stamp
        try:
            new = load_config(config.path)
        except ConfigError as e:
            log.error(
                "The config file changed, but the new version has a problem, so the previous "
                "settings stay in force until it is fixed. %s",
                e,
            )
            return None
        if new.storage.url != config.storage.url or new.mailbox.account != config.mailbox.account:
            log.warning(
                "The mailbox or storage settings changed: they take effect when Doorstep restarts"
            )
            new = new.model_copy(update={"storage": config.storage, "mailbox": config.mailbox})
        log.info("Config reloaded from %s: %d client(s)", new.path, len(new.clients))
        for warning in roster_warnings(new):
            log.warning("%s", warning)
        return new
