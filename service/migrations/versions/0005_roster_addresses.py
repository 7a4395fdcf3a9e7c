"""Roster addresses seen by the poll, so that an address added later is backfilled.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("address", sa.String(length=512), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "address", name="uq_roster_address"),
    )


def downgrade() -> None:
    op.drop_table("roster_address")
