"""The [digest] table: when and how the digest goes out, and how much of what clients wrote it
shows."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator

from service.config.fields import Count, Email, StrictTable, check_email

# "full": the digest as it has always been: subjects, the sentence that decided each verdict, an
# excerpt of each message (up to 280 characters; of a voicemail's transcript or a text, 600), the
# names of attached files. "excerpts": the deciding sentence and an excerpt of one line (160
# characters), no subjects and no file names. "minimal": none of the clients' words at all: who,
# by which way (email, voicemail, text), its section (urgent, needs a reply, FYI) and the kind of
# reason ("asks a question", "may be in distress"), for a digest read on a shared or synced device.
ContentLevel = Literal["full", "excerpts", "minimal"]


class DigestConfig(StrictTable):
    to: Email | None = None
    sender: Email | None = None
    send_at: time = time(7, 30)
    empty_day: Literal["skip", "quiet_note"] = "quiet_note"
    nudge_days: Count = Field(default=3, ge=1, le=365)
    # The digest starts with a notice when the mailbox could not be read for this long.
    alert_after_hours: Count = Field(default=3, ge=0, le=168)
    # How each digest item links to its message: "{message_id}" is replaced by the Message-ID.
    message_link: str = "message:%3C{message_id}%3E"
    # How much of what clients wrote the digest shows (see `ContentLevel`).
    content: ContentLevel = "full"

    @field_validator("message_link")
    @classmethod
    def _link(cls, value: str) -> str:
        if value and ("{message_id}" not in value or not re.match(r"^(https://|message:)", value)):
            raise ValueError(
                "write a link that starts with https:// or message: and contains {message_id}, e.g. "
                '"https://mail.google.com/mail/u/0/#search/rfc822msgid%3A{message_id}", or "" for none'
            )
        return value

    deliver: Literal["smtp", "file"] = "smtp"
    file_dir: Path | None = None

    @field_validator("to", "sender")
    @classmethod
    def _emails(cls, value: str | None) -> str | None:
        return None if value is None else check_email(value)

    @field_validator("send_at", mode="before")
    @classmethod
    def _send_at(cls, value: Any) -> Any:
        if isinstance(value, time):
            return value  # TOML's own time of day (send_at = 07:30:00)
        if not isinstance(value, str) or not re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", value.strip()):
            raise ValueError(
                f'{value!r} is not a time of day; write it in quotes as "07:30" (24-hour clock)'
            )
        return value
