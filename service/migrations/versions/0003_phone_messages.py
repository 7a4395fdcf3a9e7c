"""Voicemails and texts: the caller's number, the phone service and the duration.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("phone", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("phone_service", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("call_duration", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_column("call_duration")
        batch.drop_column("phone_service")
        batch.drop_column("phone")
