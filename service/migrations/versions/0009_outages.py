"""Times the mailbox could not be read, for the notice at the top of the digest.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outage",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("reported_digest_id", sa.Integer(), sa.ForeignKey("digest.id"), nullable=True),
    )
    op.create_index("ix_outage_account", "outage", ["account"])


def downgrade() -> None:
    op.drop_index("ix_outage_account", table_name="outage")
    op.drop_table("outage")
