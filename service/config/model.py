"""The config's shape: one pydantic model per table, each value checked as it is read.

Every check's message names the key and says what to write instead; `loading.py` reads the file
and adds the line.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
import platformdirs
from pydantic import Field, field_validator, model_validator

from service.common.addresses import normalise_email
from service.common.phones import normalise_phone
from service.config.digest import DigestConfig
from service.config.fields import Count, Email, StrictTable, check_email
from service.records import Client, ClientStatus

_ENV_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def default_database_url() -> str:
    """An SQLite file in systemd's StateDirectory when run as a service, else the user data folder."""
    state = os.environ.get("STATE_DIRECTORY", "").split(":")[0]
    folder = Path(state) if state else Path(platformdirs.user_data_dir("doorstep"))
    return f"sqlite:///{folder / 'doorstep.db'}"


class CoachConfig(StrictTable):
    name: str = Field(min_length=1)
    emails: list[Email] = Field(min_length=1)
    timezone: str
    phone_region: str = "US"  # where numbers written without a country code are from

    @field_validator("phone_region")
    @classmethod
    def _region(cls, value: str) -> str:
        if value.upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(
                f'{value!r} is not a region code; write a two-letter country code such as "US", '
                '"GB" or "MX"'
            )
        return value.upper()

    @field_validator("emails")
    @classmethod
    def _emails(cls, value: list[str]) -> list[str]:
        return [check_email(v) for v in value]

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"{value!r} is not an IANA time zone name; write one such as "
                '"Europe/London" or "America/Chicago"'
            ) from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class Credentials(StrictTable):
    # The variable config.example.toml names, for the messages: the coach's file likely has it.
    example_variable: ClassVar[str] = "DOORSTEP_PASSWORD"
    username: str | None = None
    password_env: str | None = None
    password_command: str | None = None
    # The system keyring's entry (service name; the username is its user): keyring set NAME USER
    password_keyring: str | None = None
    # A command that prints a fresh OAuth2 access token, for XOAUTH2 (Microsoft 365, Gmail)
    oauth2_token_command: str | None = None
    ca_file: Path | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_plain_password(cls, data: Any) -> Any:
        if isinstance(data, dict) and "password" in data:
            raise ValueError(
                "a plain-text 'password' is not read from the config file; set "
                f'password_env = "{cls.example_variable}" (and export that variable) or '
                'password_command = "pass show mail/doorstep" instead'
            )
        return data

    @field_validator("password_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        # The value is never repeated: what is not a variable's name is most likely the password.
        if value is not None and not _ENV_NAME_RE.fullmatch(value):
            raise ValueError(
                "this is not the name of an environment variable (letters, digits and _ only) "
                "and looks like a password, so it is not shown. Remove it from the config file "
                "(and change that password if the file was shared); put the password in an "
                "environment variable or the systemd unit's EnvironmentFile (a secrets file "
                f'readable only by you) and write its name here, e.g. password_env = "{cls.example_variable}"'
            )
        return value

    @property
    def secret_sources(self) -> list[str]:
        names = ("password_env", "password_command", "password_keyring", "oauth2_token_command")
        return [name for name in names if getattr(self, name)]

    def _check_password_source(self, table: str) -> None:
        sources = self.secret_sources
        if len(sources) > 1:
            raise ValueError(f"[{table}] has {' and '.join(sources)}; keep only one of them")
        if self.username and not sources:
            raise ValueError(
                f"[{table}] has a username but no password source; add "
                f'password_env = "{self.example_variable}", password_command = "…", '
                'password_keyring = "doorstep" or oauth2_token_command = "…"'
            )
        if (
            sources
            and not self.username
            and sources[0] in ("password_keyring", "oauth2_token_command")
        ):
            raise ValueError(f'[{table}] {sources[0]} needs the username too; add username = "…"')


class ImapMailbox(Credentials):
    example_variable: ClassVar[str] = "DOORSTEP_IMAP_PASSWORD"
    kind: Literal["imap"]
    host: str = Field(min_length=1)
    port: Count | None = Field(default=None, ge=1, le=65535)
    security: Literal["tls", "starttls"] = "tls"
    username: str = Field(min_length=1)
    folders: list[str] = Field(default_factory=lambda: ["INBOX"], min_length=1)
    timeout_seconds: float = Field(default=45.0, gt=0, le=600)
    batch_size: Count = Field(default=100, ge=1, le=1000)
    history_days: Count = Field(default=30, ge=0, le=36500)  # 0: all; at most a hundred years
    sent_folder: str | None = None  # None: found by its \\Sent flag; "": do not read it
    max_message_bytes: Count = Field(default=25_000_000, ge=100_000)
    idle: bool = False  # IMAP IDLE on the first folder: new mail read within seconds

    @model_validator(mode="after")
    def _password(self) -> ImapMailbox:
        self._check_password_source("mailbox")
        return self

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "tls" else 143)

    @property
    def account(self) -> str:
        return f"imap://{self.username}@{self.host}"


class LocalMailbox(StrictTable):
    kind: Literal["maildir", "mbox"]
    path: Path
    history_days: Count = Field(default=30, ge=0, le=36500)  # 0: all; at most a hundred years
    sent_folder: str | None = None  # a Maildir++ subfolder (".Sent"); None: "Sent" if it exists
    max_message_bytes: Count = Field(default=25_000_000, ge=100_000)

    @property
    def account(self) -> str:
        return f"{self.kind}://{self.path}"

    @property
    def folders(self) -> list[str]:
        return ["INBOX"]


class SmtpConfig(Credentials):
    example_variable: ClassVar[str] = "DOORSTEP_SMTP_PASSWORD"
    host: str = Field(min_length=1)
    port: Count | None = Field(default=None, ge=1, le=65535)
    security: Literal["tls", "starttls", "none"] = "starttls"
    timeout_seconds: float = Field(default=45.0, gt=0, le=600)

    @model_validator(mode="after")
    def _checks(self) -> SmtpConfig:
        self._check_password_source("smtp")
        if self.security == "none" and self.host not in ("localhost", "127.0.0.1", "::1"):
            raise ValueError(
                'security = "none" sends the digest unencrypted and is only allowed to a '
                'server on this machine (host = "localhost"); use "starttls" or "tls"'
            )
        return self

    @property
    def effective_port(self) -> int:
        return self.port or {"tls": 465, "starttls": 587, "none": 25}[self.security]


class StorageConfig(StrictTable):
    url: str = Field(default_factory=default_database_url)
    # What clients wrote is kept this many days, then removed (counts and verdicts stay); 0 keeps it.
    retention_days: Count = Field(default=90, ge=0, le=36500)


class DaemonConfig(StrictTable):
    poll_minutes: Count = Field(default=10, ge=1, le=1440)


class ClientConfig(StrictTable):
    name: str = Field(min_length=1)
    emails: list[Email] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    status: Literal["active", "former"] = "active"
    ended: date | None = None

    @field_validator("emails")
    @classmethod
    def _emails(cls, value: list[str]) -> list[str]:
        return [check_email(v) for v in value]

    @model_validator(mode="after")
    def _reachable(self) -> ClientConfig:
        if not self.emails and not self.phones:
            raise ValueError(
                f"client {self.name!r} has neither emails nor phones; add at least one, "
                'e.g. emails = ["name@example.org"]'
            )
        return self

    def to_client(self, region: str = "US") -> Client:
        return Client(
            name=self.name,
            emails=tuple(normalise_email(e) for e in self.emails),
            phones=tuple(p for p in (normalise_phone(raw, region) for raw in self.phones) if p),
            status=ClientStatus(self.status),
            ended=self.ended,
        )


class Config(StrictTable):
    coach: CoachConfig
    mailbox: Annotated[ImapMailbox | LocalMailbox, Field(discriminator="kind")]
    smtp: SmtpConfig | None = None
    digest: DigestConfig = Field(default_factory=DigestConfig)
    storage: StorageConfig = Field(default_factory=StorageConfig)
    daemon: DaemonConfig = Field(default_factory=DaemonConfig)
    clients: list[ClientConfig] = Field(default_factory=list)
    path: Path | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _cross_checks(self) -> Config:
        seen: dict[str, str] = {}
        for client in self.clients:
            for email in client.emails:
                key = normalise_email(email)
                if key in seen:
                    raise ValueError(
                        f"the address {email!r} belongs to both {seen[key]!r} and "
                        f"{client.name!r}; each address may belong to one client only"
                    )
                seen[key] = client.name
        for client in self.clients:
            for phone in client.phones:
                if normalise_phone(phone, self.coach.phone_region) is None:
                    raise ValueError(
                        f"client {client.name!r}: {phone!r} is not a phone number Doorstep can read; "
                        'write it with its country code, e.g. "+1 312 555 0142" or "+44 20 7946 0018"'
                    )
        own = {normalise_email(e) for e in self.coach.emails}
        for key, name in seen.items():
            if key in own:
                raise ValueError(
                    f"{key!r} is listed both as the coach's address and as client {name!r}'s"
                )
        if self.digest.deliver == "smtp" and self.smtp is None:
            raise ValueError(
                'digest.deliver is "smtp" but there is no [smtp] table; add one, or set '
                'deliver = "file" with file_dir = "…" to write the digest to a folder'
            )
        if self.digest.deliver == "file" and self.digest.file_dir is None:
            raise ValueError('digest.deliver is "file"; add file_dir = "digests" to say where')
        return self

    @property
    def roster(self) -> tuple[Client, ...]:
        return tuple(c.to_client(self.coach.phone_region) for c in self.clients)

    @property
    def digest_to(self) -> str:
        return self.digest.to or self.coach.emails[0]

    @property
    def digest_from(self) -> str:
        return self.digest.sender or self.digest_to
