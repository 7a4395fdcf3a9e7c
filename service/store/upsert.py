"""INSERT … ON CONFLICT in the database's own dialect, SQLite's or PostgreSQL's: the one place
that chooses, and each dialect's module loaded only when its database is used."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PostgresInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert


def on_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def insert(session: Session, table: Any) -> SqliteInsert | PostgresInsert:
    """`table`'s INSERT, with the dialect's `on_conflict_do_nothing` and `on_conflict_do_update`."""
    if on_postgres(session):
        from sqlalchemy.dialects.postgresql import insert as postgres_insert

        return postgres_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)
