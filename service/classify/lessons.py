"""What the coach's corrections teach: per-sender and per-phrase adjustments to later verdicts.

Pure: `Lessons` is read from the store once per poll and passed in. A lesson needs the same
correction at least `LEARN_AFTER` times, so one stray mark does not change everything. Distress
is never overruled.
"""

from __future__ import annotations

from dataclasses import replace

from service.records import Lessons, Tag, Verdict

LEARN_AFTER = 2


def _first_name(client: str) -> str:
    return client.split()[0] if client.split() else client


def apply_lessons(verdict: Verdict, client: str, lessons: Lessons) -> Verdict:
    if verdict.urgent or verdict.tag is Tag.IGNORED:
        return verdict
    if verdict.tag is Tag.REPLY_NEEDED and verdict.rule in ("question", "request"):
        by_phrase = lessons.phrase_to_fyi.get(verdict.phrase, 0) if verdict.phrase else 0
        by_sender = lessons.sender_to_fyi.get((client, verdict.rule), 0)
        if by_sender >= LEARN_AFTER:
            why = (
                f"you marked similar messages from {_first_name(client)} as FYI ({by_sender} times)"
            )
        elif by_phrase >= LEARN_AFTER:
            why = f"you marked messages saying “{verdict.phrase}” as FYI ({by_phrase} times)"
        else:
            return verdict
        return replace(
            verdict, tag=Tag.FYI, reasons=(why, *(f"the rules said: {r}" for r in verdict.reasons))
        )
    if verdict.tag is Tag.FYI and verdict.rule == "none":
        count = lessons.sender_to_reply.get(client, 0)
        if count >= LEARN_AFTER:
            why = f"you marked {count} FYIs from {_first_name(client)} as needing a reply"
            return replace(verdict, tag=Tag.REPLY_NEEDED, reasons=(why, *verdict.reasons))
    return verdict
