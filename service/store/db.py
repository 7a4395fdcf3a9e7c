"""The one seam to the database: make the engine, bring the schema up to date, open sessions."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from service.common.errors import ConfigError, DoorstepError, StorageError
from service.common.oserrors import plain_reason
from service.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest migration's revision. A store already there opens without loading alembic (a tenth
# of a second at every command's start); tests/test_migrations.py holds this to alembic's head.
SCHEMA_HEAD = "0013"


def _prepare_sqlite_file(database: str) -> None:
    """The database holds clients' confidences: a 0700 folder, a 0600 file."""
    path = Path(database).expanduser()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as e:
        raise StorageError(
            f"The database file {path} cannot be made there ({plain_reason(e)}). Check "
            "[storage] url: its folder must be one Doorstep may create and write, on a disk "
            '(e.g. "sqlite:////home/coach/.local/share/doorstep/doorstep.db").'
        ) from None


# What a [storage] url may name: SQLite (built in), or PostgreSQL through psycopg.
BACKENDS = ("sqlite", "postgresql")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(
            f"[storage] url {url!r} is not a database URL; write e.g. "
            '"sqlite:////home/coach/.local/share/doorstep/doorstep.db"'
        ) from e
    backend = parsed.get_backend_name()
    if backend not in BACKENDS:
        raise ConfigError(
            f"[storage] url names {backend!r}, which Doorstep does not store in. Use SQLite "
            '("sqlite:////path/to/doorstep.db") or PostgreSQL ("postgresql+psycopg://user@host/db").'
        )
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _prepare_sqlite_file(parsed.database)
        connect_args = {"check_same_thread": False, "timeout": 30}
    # Parameters are what clients wrote: never in an error's text or a log line.
    try:
        engine = create_engine(url, connect_args=connect_args, hide_parameters=True)
    except (ImportError, NoSuchModuleError) as e:
        raise ConfigError(
            f"[storage] url {parsed.drivername!r} needs a database driver that is not installed "
            f"({type(e).__name__}). For PostgreSQL install Doorstep with it: pip install "
            "'doorstep[postgresql]', and write the url as postgresql+psycopg://…"
        ) from None
    event.listen(engine, "handle_error", _storage_error)
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


def describe_failure(error: BaseException) -> str:
    """What went wrong with the database and what to do, from the error's kind and code only:
    a database's own message can quote a row (PostgreSQL's "Failing row contains …")."""
    orig = getattr(error, "orig", error)
    code = str(getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None) or "")
    text = str(orig).lower()  # read, never shown
    kind = type(orig).__name__
    if code in ("53100", "SQLITE_FULL") or "disk is full" in text or "no space" in text:
        what = "the disk holding the database is full. Free some space there; nothing was lost"
    elif code in ("25006", "SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        what = (
            "the database is read-only. Check that the [storage] url's file and its folder "
            "are writable by the user Doorstep runs as"
        )
    elif code == "SQLITE_CANTOPEN":
        what = (
            "its file cannot be opened for writing: the disk may be mounted read-only, or "
            "Doorstep's user may not write in its folder (SQLite keeps a journal beside the "
            "file). Check the [storage] url's folder"
        )
    elif code.startswith("SQLITE_IOERR"):
        what = "the disk holding it gave a read or write error. Check the disk; nothing was lost"
    elif code.startswith("08") or "connection" in text or "could not connect" in text:
        what = (
            "the database server could not be reached. Check that it is running and the "
            "[storage] url (host, port, user)"
        )
    elif code in ("SQLITE_BUSY", "SQLITE_LOCKED", "55P03", "40P01") or "locked" in text:
        what = "the database stayed busy with another Doorstep; it is tried again next time"
    elif code in ("SQLITE_CORRUPT", "SQLITE_NOTADB", "XX001", "XX002"):
        what = "the database file is damaged. Restore it from a backup, or move it away"
    else:
        what = (
            f"the database refused a change ({kind}{', code ' + code if code else ''}). Check "
            "that the [storage] url names Doorstep's database, then try again"
        )
    return f"Could not read or write the database: {what}."


def _storage_error(context: ExceptionContext) -> BaseException | None:
    """At the store's edge every database failure becomes a `StorageError` whose text holds
    nothing a client wrote. A broken unique rule stays an `IntegrityError`: callers settle
    races with it (a digest stored by another process at the same moment)."""
    if isinstance(context.sqlalchemy_exception, IntegrityError):
        return None
    if context.original_exception is None or isinstance(context.original_exception, DoorstepError):
        return None
    return StorageError(describe_failure(context.original_exception))


def at_head(engine: Engine) -> bool:
    """Whether the schema is at the newest migration already (read, nothing written)."""
    try:
        with engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    except (StorageError, OperationalError):
        return False  # no schema yet, or not readable: `migrate` makes it, or says why not
    return row is not None and row[0] == SCHEMA_HEAD


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration. Safe to run on every start."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

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
                    if not inspect(connection).get_table_names():
                        # A new store: the tables as the models declare them, marked as at the
                        # newest migration (alembic's way to build one from scratch; running
                        # all thirteen took 0.6 s). tests/test_migrations.py holds the two alike.
                        Base.metadata.create_all(connection)
                        command.stamp(cfg, "head")
                    else:
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
        raise StorageError(
            f"{describe_failure(e)} Check [storage] url and that its folder is writable."
        ) from e


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def open_store(url: str) -> sessionmaker[Session]:
    """Engine + schema up to date + session factory: what every command needs first."""
    engine = make_engine(url)
    if not at_head(engine):
        migrate(engine)
    return session_factory(engine)
