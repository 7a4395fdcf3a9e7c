"""The schema. Alembic migrations in service/migrations create and upgrade it; keep both in step."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every database (SQLite keeps no zone: store naive UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime}  # noqa: RUF012 - SQLAlchemy reads it as a class attribute


class FolderState(Base):
    """Per folder: its UIDVALIDITY and the high-water mark below which everything is handled."""

    __tablename__ = "folder_state"
    __table_args__ = (UniqueConstraint("account", "folder", name="uq_folder_state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    # Mail delivered before this day is history from before Doorstep: not read (history_days).
    since: Mapped[date | None] = mapped_column(Date)
    last_poll_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # When the server last renumbered the folder: mail dated before it was counted already.
    renumbered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class LocalUid(Base):
    """UIDs that Doorstep gives the messages of a local Maildir or mbox (they have none of their own)."""

    __tablename__ = "local_uid"
    __table_args__ = (UniqueConstraint("account", "folder", "key", name="uq_local_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    folder: Mapped[str] = mapped_column(String(512))
    key: Mapped[str] = mapped_column(String(512))
    uid: Mapped[int] = mapped_column(BigInteger)


class Digest(Base):
    """One digest a day for each coach (each mailbox): built and stored before it is sent, so a
    retry sends the same message."""

    __tablename__ = "digest"
    __table_args__ = (UniqueConstraint("account", "day", name="uq_digest_account_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512), server_default="")
    day: Mapped[date] = mapped_column(Date)
    message_id: Mapped[str | None] = mapped_column(String(512), unique=True)  # None when skipped
    subject: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(16), default="pending"
    )  # pending, sent, failed, superseded


class Message(Base):
    """A client's message. Only mail from clients is ever stored."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_message_location"),
        # A message's identities, looked up within the account for each batch stored
        Index("ix_message_account_message_id", "account", "message_id"),
        Index("ix_message_account_content_hash", "account", "content_hash"),
        Index("ix_message_account_server_id", "account", "server_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str] = mapped_column(String(998), index=True)
    client_name: Mapped[str] = mapped_column(String(512), index=True)
    client_status: Mapped[str] = mapped_column(String(16))
    sender_email: Mapped[str] = mapped_column(String(512))
    subject: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(16))
    tag: Mapped[str] = mapped_column(String(16), index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[str] = mapped_column(Text)  # JSON list of strings
    excerpt: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    attachment_names: Mapped[str] = mapped_column(Text)  # JSON list of strings
    in_reply_to: Mapped[str] = mapped_column(String(998))
    references: Mapped[str] = mapped_column(Text)
    parse_error: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # How it was answered: "replied" (a sent message replies to it), "wrote" (the coach wrote to
    # the client afterwards), "marked" (doorstep mark), "email" (a correction line in a reply).
    answered_how: Mapped[str | None] = mapped_column(String(16))
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("digest.id"), index=True)
    # before any correction
    classified_tag: Mapped[str] = mapped_column(String(16), default="", server_default="")
    rule: Mapped[str] = mapped_column(String(32), default="", server_default="")  # which decided
    phrase: Mapped[str] = mapped_column(String(200), default="", server_default="")  # its words
    # For a voicemail or text: the caller's number (E.164), the phone service, the duration.
    content_hash: Mapped[str | None] = mapped_column(String(64))  # sha256 of the bytes read
    # sha256 of the body alone: with the Message-ID, what makes a message the same message
    body_hash: Mapped[str | None] = mapped_column(String(64))
    # it asks again about the client's earlier message (a nudge): the coach's reply answers both
    asks_again: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    server_id: Mapped[str | None] = mapped_column(
        String(64)
    )  # the server's identity of the message ("gm:" + Gmail's X-GM-MSGID), where it gives one
    phone: Mapped[str | None] = mapped_column(String(32))
    phone_service: Mapped[str | None] = mapped_column(String(64))
    call_duration: Mapped[str | None] = mapped_column(String(16))


class Correction(Base):
    """The coach's correction of one message's verdict: applied, remembered, and learnt from."""

    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id"), index=True)
    client_name: Mapped[str] = mapped_column(String(512), index=True)
    rule: Mapped[str] = mapped_column(String(32))
    phrase: Mapped[str] = mapped_column(String(200))
    from_tag: Mapped[str] = mapped_column(String(16))
    to_tag: Mapped[str] = mapped_column(String(16))  # fyi, reply_needed or answered
    source: Mapped[str] = mapped_column(String(16))  # "command" or "email"
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    confirmed_in_digest_id: Mapped[int | None] = mapped_column(ForeignKey("digest.id"))


class NewPerson(Base):
    """Someone unknown who wrote to the coach personally: kept only for the digest's "New people"."""

    __tablename__ = "new_person"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_new_person"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(512))
    address: Mapped[str] = mapped_column(String(512))
    subject: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("digest.id"))


class RosterAddress(Base):
    """The client addresses Doorstep has polled with, so an address added later is noticed and
    that client's earlier mail is read (backfilled) once."""

    __tablename__ = "roster_address"
    __table_args__ = (UniqueConstraint("account", "address", name="uq_roster_address"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    address: Mapped[str] = mapped_column(String(512))
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class UnknownSender(Base):
    """Mail from people who are not clients is not stored: only how many came from each address."""

    __tablename__ = "unknown_sender"
    __table_args__ = (UniqueConstraint("account", "address", name="uq_unknown_sender"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    address: Mapped[str] = mapped_column(String(512))
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ParseFailureRecord(Base):
    """A message that could not be read and whose sender could not be tied to a client."""

    __tablename__ = "parse_failure"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_parse_failure"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    error: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Outage(Base):
    """A time the mailbox could not be read: told at the top of the digest if it lasted long."""

    __tablename__ = "outage"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(512), index=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the first poll that failed
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the next that worked
    error: Mapped[str] = mapped_column(Text)  # the latest failure, in the words the log has
    # The digest that told of it once it was over (an outage still going is told every day).
    reported_digest_id: Mapped[int | None] = mapped_column(ForeignKey("digest.id"))


class MailboxLease(Base):
    """The worker that polls a mailbox, until `expires_at` (renewed as it works)."""

    __tablename__ = "mailbox_lease"

    account: Mapped[str] = mapped_column(String(512), primary_key=True)
    worker: Mapped[str] = mapped_column(String(255))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
