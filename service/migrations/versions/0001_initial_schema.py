"""Initial schema: folders, local UIDs, client messages, digests, unknown-sender counts, parse failures.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 14:44:26.229091
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "digest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("message_id", sa.String(length=512), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("day"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_table(
        "folder_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("folder", sa.String(length=512), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("last_poll_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "folder", name="uq_folder_state"),
    )
    op.create_table(
        "local_uid",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("folder", sa.String(length=512), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "folder", "key", name="uq_local_uid"),
    )
    op.create_table(
        "parse_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("folder", sa.String(length=512), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_parse_failure"),
    )
    op.create_table(
        "unknown_sender",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("address", sa.String(length=512), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "address", name="uq_unknown_sender"),
    )
    op.create_table(
        "message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=512), nullable=False),
        sa.Column("folder", sa.String(length=512), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("client_name", sa.String(length=512), nullable=False),
        sa.Column("client_status", sa.String(length=16), nullable=False),
        sa.Column("sender_email", sa.String(length=512), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("tag", sa.String(length=16), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("attachment_names", sa.Text(), nullable=False),
        sa.Column("in_reply_to", sa.String(length=998), nullable=False),
        sa.Column("references", sa.Text(), nullable=False),
        sa.Column("parse_error", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("digest_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["digest_id"],
            ["digest.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_message_location"),
    )
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_message_client_name"), ["client_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_message_digest_id"), ["digest_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_message_message_id"), ["message_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_message_tag"), ["tag"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_message_tag"))
        batch_op.drop_index(batch_op.f("ix_message_message_id"))
        batch_op.drop_index(batch_op.f("ix_message_digest_id"))
        batch_op.drop_index(batch_op.f("ix_message_client_name"))

    op.drop_table("message")
    op.drop_table("unknown_sender")
    op.drop_table("parse_failure")
    op.drop_table("local_uid")
    op.drop_table("folder_state")
    op.drop_table("digest")
