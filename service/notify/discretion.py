"""What a digest shows in place of a client's words, for `[digest] content` below "full"
(`digest.shown_item` applies them). Pure. The words left out never reach the templates, so no
template can show them by mistake."""

from __future__ import annotations

import re

from service.classify.text import excerpt

SHORT_EXCERPT = 160  # "excerpts": one line of what she wrote
IN_PLACE_OF_SUBJECT = "email"  # a subject is her words too: the line says how it came instead
PARSE_ERROR_LEFT_OUT = "the details are left out of this digest"
# A correction the coach taught: "you marked messages saying “can we” as FYI (2 times)".
_TAUGHT_PHRASE = re.compile(r"saying “.*” as ")


def reason_kind(reason: str) -> str:
    """The kind of reason without the client's words: "asks a question: “Can we…”" → "asks a
    question". Every sentence the rules quote opens with “; the reason is cut there, so a quote
    with quotation marks of its own inside cannot leave a part behind."""
    kind = _TAUGHT_PHRASE.sub("saying the same words as ", reason)
    if "“" not in kind:
        return kind
    return kind.split("“", 1)[0].rstrip(" :(") or "a reason left out of this digest"


def short_excerpt(text: str) -> str:
    return excerpt(text, limit=SHORT_EXCERPT)


def files(names: tuple[str, ...]) -> tuple[str, ...]:
    """A file's name is hers too: how many, not which."""
    if not names:
        return ()
    return (f"{len(names)} file{'s' if len(names) != 1 else ''}",)
