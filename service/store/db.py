"""The one seam to the database: make the engine, bring the schema up to date, open sessions."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from service.errors import ConfigError, DoorstepError

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _prepare_sqlite_file(database: str) -> None:
    """The database holds clients' confidences: a 0700 folder, a 0600 file."""
    path = Path(database).expanduser()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(
            f"[storage] url {url!r} is not a database URL; write e.g. "
            '"sqlite:////home/coach/.local/share/doorstep/doorstep.db"'
        ) from e
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _prepare_sqlite_file(parsed.database)
        connect_args = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(url, connect_args=connect_args)
    if parsed.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            # pysqlite starts transactions only before DML, so CREATE TABLE would commit on its
            # own and a crash mid-migration would leave half a schema. Doorstep begins every
            # transaction itself (below), which makes DDL transactional too.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration. Safe to run on every start."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            if sqlite and raw is not None:
                # SQLite rebuilds a table to change its constraints; with foreign keys off, as
                # its manual says (they can only be switched outside a transaction), and checked
                # before the commit.
                raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with connection.begin():
                    cfg.attributes["connection"] = connection
                    command.upgrade(cfg, "head")
                    if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise DoorstepError(
                            "Upgrading the database broke a link between its tables; nothing was "
                            "changed. Please report this, with the output of 'doorstep status'."
                        )
            finally:
                if sqlite and raw is not None:
                    raw.execute("PRAGMA foreign_keys=ON")
    except OperationalError as e:
        raise DoorstepError(
            f"Could not open or upgrade the database ({e.orig}). Check [storage] url and that "
            "its folder is writable."
        ) from e


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def open_store(url: str) -> sessionmaker[Session]:
    """Engine + schema up to date + session factory: what every command needs first."""
    engine = make_engine(url)
    migrate(engine)
    return session_factory(engine)
