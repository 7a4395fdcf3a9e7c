"""Render a `DigestContent` to text and HTML with Jinja2, and wrap both in one MIME message.

Client text is untrusted: the HTML template is autoescaped, and no client text goes into a header
(the subject is built from counts only).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

import css_inline
import jinja2
from markupsafe import Markup, escape

from service.common.safetext import for_terminal
from service.notify.digest import DigestContent

_PACKAGE = Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    """Inside an installed wheel the templates ship in the package; in a checkout they are top level."""
    for candidate in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (candidate / "digest.html.j2").is_file():
            return candidate
    raise FileNotFoundError("Doorstep's templates are missing; reinstall Doorstep.")


_PHONE = re.compile(r"\+?\d[\d ().-]{6,}\d")  # "+1 312-555-0142", as `phones.display` writes it


def _phones_whole(text: str) -> Markup:
    """`text`, escaped, with each phone number in a span that keeps it on one line."""
    shown, last = Markup(), 0
    for found in _PHONE.finditer(text):
        shown += escape(text[last : found.start()])
        shown += Markup('<span class="phone">{}</span>').format(found.group(0))
        last = found.end()
    return shown + escape(text[last:])


def _summary_parts(summary: str) -> Markup:
    """The summary, escaped, its counts in bold, each count bound to the word after it and each
    dot to the word before it, so a line never ends on "· 1": "<strong>1</strong>&nbsp;urgent&nbsp;· …"."""
    parts = summary.split(" · ")
    shown = []
    for n, part in enumerate(parts):
        count, _, rest = part.partition(" ")
        if count.isdigit() and rest:
            piece = Markup("<strong>{}</strong>&nbsp;{}").format(count, rest)
        else:  # a notice (the mailbox not read), or a quiet day
            piece = escape(part)
        shown.append(piece + Markup("&nbsp;·") if n < len(parts) - 1 else piece)
    return Markup(" ").join(shown)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["phones"] = _phones_whole
    env.filters["summary_parts"] = _summary_parts
    return env


@dataclass(frozen=True)
class RenderedDigest:
    subject: str
    text: str
    html: str


def subject_for(content: DigestContent) -> str:
    return f"Doorstep · {content.day:%a} {content.day.day} {content.day:%b} · {content.summary}"


@lru_cache(maxsize=1)
def _inliner() -> css_inline.CSSInliner:
    # Styles go into each element (Gmail and Outlook drop <style>); the block stays for dark mode.
    return css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def render_digest(content: DigestContent) -> RenderedDigest:
    env = _environment()
    context = {"d": content}
    return RenderedDigest(
        subject=subject_for(content),
        # The text part is read in terminals and plain-text mail readers: no control characters.
        text=for_terminal(env.get_template("digest.txt.j2").render(context)),
        html=_inliner().inline(env.get_template("digest.html.j2").render(context)),
    )


def new_digest_message_id(content: DigestContent, sender: str) -> str:
    domain = sender.rpartition("@")[2] or "doorstep.invalid"
    return f"<doorstep-digest-{content.day.isoformat()}-{secrets.token_hex(6)}@{domain}>"


def compose(
    rendered: RenderedDigest, sender: str, recipient: str, message_id: str, now: datetime
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Doorstep <{sender}>"
    message["To"] = recipient
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message["X-Doorstep"] = "digest"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message
