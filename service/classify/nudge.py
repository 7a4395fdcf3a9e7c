"""A nudge: the client asks again about her earlier message ("Just bumping this", "Any news on
the below?"). It is waiting for the coach's answer, though the question is in the quoted text;
and the coach's reply to it answers the earlier message too (store/follow_ups.py). Pure."""

from __future__ import annotations

import re

from service.classify.view import Finding, MessageView

# What a nudge says at once, before any quoted text; only in a reply (to her own message).
NUDGE = re.compile(
    r"\b(bump(ing)? (this|it|my (last|previous|earlier) (email|message|note))|(just )?following up on "
    r"(this|the below|my (last|previous|earlier) (email|message|note|question))|(just )?checking "
    r"(back )?in on (this|the below|my (last|previous|earlier) (email|message|note|question))|"
    r"circling back on (this|the below)|resending (this|my)|re-sending (this|my)|gentle reminder|"
    r"did you (get|see) (this|my (last|previous|earlier) (email|message|note))|any (news|update|"
    r"thoughts) on (this|the below|my (last|previous|earlier) (email|message|note|question))|"
    r"je (vous |te )?relance|ich wollte (nur )?(noch einmal |nochmal )?nachfragen|hago seguimiento)\b",
    re.IGNORECASE,
)


def is_nudge(fresh: str) -> bool:
    """Whether the client's own words open with a nudge (in their first 300 characters)."""
    return NUDGE.search(fresh[:300]) is not None


def nudge(view: MessageView) -> Finding | None:
    if not (view.message.in_reply_to or view.message.references) or not is_nudge(view.fresh):
        return None
    found = NUDGE.search(view.fresh[:300])
    quoted = found.group(0) if found else ""
    return Finding(
        f"asks again about an earlier message: “{quoted}”", sentence=quoted, rule="nudge"
    )
