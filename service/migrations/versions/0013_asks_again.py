"""Whether a stored message asks again about the client's earlier one (a nudge: "Just bumping
this"), worked out when it is read, so that the coach's reply to it answers the earlier one too
without the store reading the message's text again. Messages stored before are read once here.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(
            sa.Column("asks_again", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # What the classifier reads as a nudge today, for the replies already stored.
    from service.classify.nudge import is_nudge
    from service.classify.text import fresh_text

    message = sa.table(
        "message",
        sa.column("id", sa.Integer),
        sa.column("body_text", sa.Text),
        sa.column("in_reply_to", sa.String),
        sa.column("references", sa.Text),
        sa.column("asks_again", sa.Boolean),
    )
    connection = op.get_bind()
    replies = connection.execute(
        sa.select(message.c.id, message.c.body_text).where(
            (message.c.in_reply_to != "") | (message.c.references != "")
        )
    ).all()
    nudges = [row.id for row in replies if row.body_text and is_nudge(fresh_text(row.body_text))]
    if nudges:
        connection.execute(
            sa.update(message).where(message.c.id.in_(nudges)).values(asks_again=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_column("asks_again")
