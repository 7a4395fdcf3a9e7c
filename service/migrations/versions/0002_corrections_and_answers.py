"""Corrections, how a message was answered, and which rule decided each verdict.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("answered_how", sa.String(length=16), nullable=True))
        batch.add_column(
            sa.Column("classified_tag", sa.String(length=16), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("rule", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("phrase", sa.String(length=200), nullable=False, server_default="")
        )
    op.execute("UPDATE message SET classified_tag = tag")
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("client_name", sa.String(length=512), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.Column("from_tag", sa.String(length=16), nullable=False),
        sa.Column("to_tag", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_in_digest_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"]),
        sa.ForeignKeyConstraint(["confirmed_in_digest_id"], ["digest.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("correction") as batch:
        batch.create_index("ix_correction_message_id", ["message_id"])
        batch.create_index("ix_correction_client_name", ["client_name"])


def downgrade() -> None:
    op.drop_table("correction")
    with op.batch_alter_table("message") as batch:
        batch.drop_column("phrase")
        batch.drop_column("rule")
        batch.drop_column("classified_tag")
        batch.drop_column("answered_how")
