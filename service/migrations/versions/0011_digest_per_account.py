"""One digest a day for each mailbox, not for the whole database: many coaches can share one
(PostgreSQL) database. A database so far held one coach's mailbox, whose digests these are.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# SQLite keeps the old UNIQUE (day) without a name; this names it so that it can be dropped.
_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    account = sa.Column("account", sa.String(length=512), nullable=False, server_default="")
    if op.get_bind().dialect.name == "sqlite":
        # The table is rebuilt (copied, dropped, renamed back); migrate() has foreign keys off.
        with op.batch_alter_table("digest", recreate="always", naming_convention=_NAMES) as batch:
            batch.add_column(account)
            batch.drop_constraint("uq_digest_day", type_="unique")
            batch.create_unique_constraint("uq_digest_account_day", ["account", "day"])
    else:
        op.add_column("digest", account)
        op.drop_constraint("digest_day_key", "digest", type_="unique")
        op.create_unique_constraint("uq_digest_account_day", "digest", ["account", "day"])
    op.execute(
        "UPDATE digest SET account = (SELECT MIN(account) FROM folder_state) "
        "WHERE (SELECT COUNT(DISTINCT account) FROM folder_state) = 1"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("digest", recreate="always") as batch:
            batch.drop_constraint("uq_digest_account_day", type_="unique")
            batch.drop_column("account")
            batch.create_unique_constraint("uq_digest_day", ["day"])
    else:
        op.drop_constraint("uq_digest_account_day", "digest", type_="unique")
        op.drop_column("digest", "account")
        op.create_unique_constraint("digest_day_key", "digest", ["day"])
