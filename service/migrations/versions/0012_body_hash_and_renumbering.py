"""A stored message's body hash, so that two different messages with one Message-ID are both
kept (a client's mail program that reuses ids); and when a folder was last renumbered, so that
re-reading it under its new UIDVALIDITY counts no stranger's mail and no new person twice.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("body_hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("folder_state") as batch:
        batch.add_column(sa.Column("renumbered_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("folder_state") as batch:
        batch.drop_column("renumbered_at")
    with op.batch_alter_table("message") as batch:
        batch.drop_column("body_hash")
