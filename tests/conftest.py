"""Shared fixtures: configs written to disk, a real Dovecot IMAP server, a real SMTP server.

Servers run on loopback only and are always torn down. Outside CI a test whose server cannot be
started is skipped with the reason; with CI=true it fails instead.
"""

from __future__ import annotations

import logging
import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from service.cli.main import QUIET_LOGGERS
from service.config import Config, load_config
from service.store import db
from service.store.db import open_store
from tests.cyrus import cyrus, cyrus_user  # noqa: F401 - fixtures
from tests.disks import small_disk  # noqa: F401 - a fixture
from tests.postgres import postgres  # noqa: F401 - a fixture
from tests.servers import ca, ca_file, dovecot, mail_user, smtp_server  # noqa: F401 - fixtures

REPO = Path(__file__).resolve().parent.parent


ROSTER = """
[[clients]]
name = "Jane Doe"
emails = ["jane.doe@example.org", "jdoe@work.example"]
phones = ["+1 312 555 0142"]
status = "active"

[[clients]]
name = "Marcus Lee"
emails = ["marcus@lee-family.example"]

[[clients]]
name = "Priya Natarajan"
emails = ["priya.n@example.net"]
status = "former"
ended = 2026-05-31
"""


ON_POSTGRES = os.environ.get("DOORSTEP_TEST_DATABASE", "") == "postgresql"

# The fixtures that hand a test its database. A test that asks for one of them (directly or
# through write_config, config, sessions, ...) is a storage test: `make test` runs it a second
# time on PostgreSQL (`pytest -m storage`). A test that reaches the database some other way
# says so itself with `pytestmark = pytest.mark.storage`. One that only writes a config to test
# something the database has no part in (secrets in the output, logging in) says
# `pytest.mark.one_database`, and runs once.
STORAGE_FIXTURES = frozenset({"storage_url", "postgres"})


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("one_database") is not None:
            continue
        if STORAGE_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.storage)


@pytest.fixture(autouse=True)
def _dispose_engines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every database engine a test opens is closed after it (psycopg warns of a connection
    left to the garbage collector; SQLite does not care)."""
    made: list[Engine] = []
    real = db.make_engine

    def tracked(url: str) -> Engine:
        made.append(real(url))
        return made[-1]

    monkeypatch.setattr(db, "make_engine", tracked)
    yield
    for engine in made:
        engine.dispose()


@pytest.fixture
def storage_url(request: pytest.FixtureRequest) -> str:
    """The test's database: an SQLite file in its folder, or, with
    DOORSTEP_TEST_DATABASE=postgresql, a new database on the private PostgreSQL server."""
    if ON_POSTGRES:
        return str(request.getfixturevalue("postgres").new_database())
    return "sqlite:///doorstep.db"


@pytest.fixture
def write_config(tmp_path: Path, storage_url: str) -> Callable[..., Path]:
    """Write a config file; `mailbox` and `extra` are TOML text, the roster is the standard one."""

    def write(
        mailbox: str | None = None, extra: str = "", roster: str = ROSTER, name: str = "config.toml"
    ) -> Path:
        if mailbox is None:
            (tmp_path / "Maildir" / "cur").mkdir(parents=True, exist_ok=True)
            (tmp_path / "Maildir" / "new").mkdir(parents=True, exist_ok=True)
            (tmp_path / "Maildir" / "tmp").mkdir(parents=True, exist_ok=True)
            mailbox = '[mailbox]\nkind = "maildir"\npath = "Maildir"\n'
        if "[digest]" not in extra:
            extra += '\n[digest]\ndeliver = "file"\nfile_dir = "digests"\n'
        text = textwrap.dedent(
            """
            [coach]
            name = "Robin"
            emails = ["robin@avery-coaching.example"]
            timezone = "America/Chicago"

            [storage]
            url = "{storage_url}"
            """
        ).replace("{storage_url}", storage_url)
        path = tmp_path / name
        path.write_text(text + mailbox + "\n" + extra + "\n" + roster, encoding="utf-8")
        return path

    return write


@pytest.fixture
def config(write_config: Callable[..., Path]) -> Config:
    return load_config(write_config())


@pytest.fixture
def sessions(config: Config) -> Iterator[sessionmaker[Session]]:
    factory = open_store(config.storage.url)
    yield factory
    bind = factory.kw["bind"]
    bind.dispose()


@pytest.fixture(autouse=True)
def _reset_logging() -> Iterator[None]:
    """`main()` installs a stderr handler on the root logger; remove it so no test inherits it."""
    yield
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if h.get_name() != "doorstep"]
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)
