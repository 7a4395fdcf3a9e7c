"""What the client wrote now: the body without quoted earlier mail or a signature."""

from __future__ import annotations

import re

# Lines that start the quoted history in replies and forwards from common mail programs.
_HISTORY_STARTS = (
    re.compile(r"^\s*On\b.{0,200}\bwrote:\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Forwarded message\s*-{2,}", re.IGNORECASE),
    re.compile(r"^\s*Begin forwarded message:", re.IGNORECASE),
    re.compile(r"^\s*From:\s.+$", re.IGNORECASE),  # Outlook's From:/Sent: block
    re.compile(r"^_{10,}\s*$"),
)
_SIGNATURE = re.compile(r"^(-- ?|Sent from my \w+.*)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n{2,}")


def fresh_text(body: str) -> str:
    """The part of `body` above any quoted history, without `>` lines and the signature."""
    lines: list[str] = []
    for line in body.splitlines():
        if any(p.match(line) for p in _HISTORY_STARTS) or _SIGNATURE.match(line.rstrip()):
            break
        if line.lstrip().startswith(">"):
            continue
        lines.append(line)
    return "\n".join(lines).strip()


def sentences(text: str) -> list[str]:
    """Sentences of running text, with wrapped lines joined."""
    flat = re.sub(r"(?<!\n)\n(?!\n)", " ", text)
    return [s.strip() for s in _SENTENCE_END.split(flat) if s and s.strip()]


def excerpt(text: str, limit: int = 280) -> str:
    """A short single-paragraph excerpt, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"
