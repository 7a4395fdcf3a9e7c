"""The schema: migrations and models agree, and an old database is upgraded with its data."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from service.store import db
from service.store.db import MIGRATIONS, migrate
from service.store.models import Base
from tests.conftest import ON_POSTGRES, REPO

# database_url asks for the PostgreSQL server only when it is wanted, so conftest cannot see
# from the fixtures that these tests use the database.
pytestmark = pytest.mark.storage


@pytest.fixture
def database_url(tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An empty database: an SQLite file, or one on PostgreSQL (DOORSTEP_TEST_DATABASE)."""
    if ON_POSTGRES:
        return str(request.getfixturevalue("postgres").new_database())
    return f"sqlite:///{tmp_path / 'test.db'}"


def _alembic() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _upgrade_to(engine: Engine, revision: str) -> None:
    """The schema as it was at `revision` (what an older Doorstep left)."""
    cfg = _alembic()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    engine = db.make_engine(database_url)
    _upgrade_to(engine, "head")  # every migration, from nothing
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def _shape(engine: Engine) -> dict[str, object]:
    """Each table's columns (type, nullability, server default; in any order), indexes, unique
    constraints and foreign keys, as the database itself reports them."""
    with engine.connect() as connection:
        seen = inspect(connection)
        return {
            table: (
                sorted(
                    (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                    for c in seen.get_columns(table)
                ),
                sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in seen.get_indexes(table)
                ),
                # the columns each is over: the migrations' names differ between SQLite and
                # PostgreSQL for one of them (digest.message_id), and a name changes nothing
                sorted(tuple(u["column_names"]) for u in seen.get_unique_constraints(table)),
                sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"])
                    for f in seen.get_foreign_keys(table)
                ),
            )
            for table in sorted(seen.get_table_names())
        }


def test_a_new_store_has_the_schema_the_migrations_build(
    database_url: str, request: pytest.FixtureRequest
) -> None:
    """A new store is made from the models and marked as at the newest migration, not by running
    every migration: the two must be the same schema, to the index and the server default."""
    migrated = db.make_engine(database_url)
    _upgrade_to(migrated, "head")
    other = (
        request.getfixturevalue("postgres").new_database()
        if ON_POSTGRES
        else database_url.replace("test.db", "new.db")
    )
    made = db.open_store(str(other)).kw["bind"]
    assert db.at_head(made)
    assert _shape(made) == _shape(migrated)


def test_a_database_of_the_first_schema_is_upgraded_with_its_data(database_url: str) -> None:
    engine = db.make_engine(database_url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
        connection.execute(
            text(
                "INSERT INTO message (account, folder, uidvalidity, uid, message_id, client_name, "
                "client_status, sender_email, subject, received_at, kind, tag, urgent, reasons, excerpt, "
                "body_text, attachment_names, in_reply_to, \"references\") VALUES ('a', 'INBOX', 1, 1, "
                "'<m@x>', 'Jane Doe', 'active', 'jane@x', 'Hello', :now, 'email', 'reply_needed', :no, "
                "'[]', '', '', '[]', '', '')"
            ),
            {"now": datetime(2026, 11, 1), "no": False},
        )
        connection.execute(
            text(
                "INSERT INTO digest (id, day, message_id, subject, raw, text, html, created_at, "
                "attempts, status) VALUES (1, :day, '<d@x>', 'Digest', :raw, '', '', :now, 1, 'sent')"
            ),
            {"day": datetime(2026, 11, 1).date(), "raw": b"", "now": datetime(2026, 11, 1)},
        )
        connection.execute(text("UPDATE message SET digest_id = 1"))
        connection.execute(
            text(
                "INSERT INTO folder_state (account, folder, uidvalidity, last_uid) "
                "VALUES ('a', 'INBOX', 1, 1)"
            )
        )
    migrate(engine)  # what every start does
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT subject, tag, classified_tag, rule, digest_id FROM message")
        ).one()
        assert tuple(row) == ("Hello", "reply_needed", "reply_needed", "", 1)
        # the digests of a database that held one mailbox are that mailbox's (0011)
        digest = connection.execute(text("SELECT account, day FROM digest")).one()
        assert digest[0] == "a"
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == ScriptDirectory.from_config(cfg).get_current_head()


@pytest.mark.skipif(
    ON_POSTGRES, reason="SQLite's own transactions; PostgreSQL's DDL is transactional"
)
def test_schema_changes_are_transactional_on_sqlite(tmp_path: Path) -> None:
    """A crash in the middle of a migration must leave the old schema, not half a new one (the
    kill test once found a database with tables but no alembic_version)."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'ddl.db'}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE half_done (id INTEGER)"))
            raise RuntimeError("killed here")
    except RuntimeError:
        pass
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'")
        ).all()
    assert tables == []


def test_the_known_head_is_alembics_head() -> None:
    assert ScriptDirectory.from_config(_alembic()).get_current_head() == db.SCHEMA_HEAD


def test_a_store_behind_the_head_is_upgraded_on_opening(database_url: str) -> None:
    engine = db.make_engine(database_url)
    _upgrade_to(engine, "0011")
    assert not db.at_head(engine)
    sessions = db.open_store(database_url)
    assert db.at_head(sessions.kw["bind"])


def test_a_store_at_the_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'test.db'}"
    db.open_store(url)  # made, in this process
    script = (
        "import sys; from service.store.db import open_store; "
        f"open_store({url!r}); print('alembic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "False"


def test_a_stored_nudge_is_read_as_one_when_the_store_is_upgraded(database_url: str) -> None:
    """0013: the replies stored before are read once for "asks again"; other messages are not."""
    engine = db.make_engine(database_url)
    _upgrade_to(engine, "0012")
    with engine.begin() as connection:
        for uid, body, in_reply_to in (
            (1, "Just bumping this, did you get a chance to look?", "<first@x>"),
            (2, "Just bumping this, did you get a chance to look?", ""),  # not a reply
            (3, "Thanks for today, it helped.", "<first@x>"),
        ):
            connection.execute(
                text(
                    "INSERT INTO message (account, folder, uidvalidity, uid, message_id, "
                    "client_name, client_status, sender_email, subject, received_at, kind, tag, "
                    "urgent, reasons, excerpt, body_text, attachment_names, in_reply_to, "
                    "\"references\", classified_tag, rule, phrase) VALUES ('a', 'INBOX', 1, :uid, "
                    ":mid, 'Jane Doe', 'active', 'jane@x', 'Re: Pricing', :now, 'email', 'fyi', "
                    ":no, '[]', '', :body, '[]', :irt, '', 'fyi', '', '')"
                ),
                {
                    "uid": uid,
                    "mid": f"<m{uid}@x>",
                    "now": datetime(2026, 11, 1),
                    "no": False,
                    "body": body,
                    "irt": in_reply_to,
                },
            )
    migrate(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT uid, asks_again FROM message ORDER BY uid")).all()
    assert [(uid, bool(flag)) for uid, flag in rows] == [(1, True), (2, False), (3, False)]
