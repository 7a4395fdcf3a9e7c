"""Which worker polls a mailbox: a lease, so that several Doorstep processes sharing one database
(on PostgreSQL, say) never poll the same mailbox at once, and a dead one's mailbox is taken over.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailbox_lease",
        sa.Column("account", sa.String(length=512), primary_key=True),
        sa.Column("worker", sa.String(length=255), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("mailbox_lease")
