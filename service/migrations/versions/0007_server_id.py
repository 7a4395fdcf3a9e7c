"""The server's own identity of a stored message, where it gives one (Gmail's X-GM-MSGID, the same
in every label), to recognise it in another folder or after a UIDVALIDITY change.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("server_id", sa.String(length=64), nullable=True))
        batch.create_index("ix_message_server_id", ["server_id"])


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_index("ix_message_server_id")
        batch.drop_column("server_id")
