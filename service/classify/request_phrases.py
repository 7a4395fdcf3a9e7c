"""What a request to the coach sounds like: the phrase patterns, each with the reason it gives
(scheduling, material, money, a call, her view, talking it through), and their union, the quick
first look at a message."""

from __future__ import annotations

from service.classify.phrasebook import REQUEST
from service.classify.phrasebook import pattern as phrases
from service.classify.view import SentencePattern, sentence_pattern

_s = sentence_pattern

DAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"


REQUESTS: tuple[tuple[str, SentencePattern], ...] = (
    (
        "asks to schedule or change a session",
        _s(
            rf"\b(reschedul\w*|cancel (our|the|my|today'?s|tomorrow'?s|{DAY}'?s) (session|call|appointment)|"
            rf"(move|push|shift|change|swap) (our|the|my|today'?s|tomorrow'?s|{DAY}'?s) "
            rf"(session|call|appointment|time|time slot|slot|meeting)|book (\w+ )?(more |another )?sessions?|"
            r"(another|other|a different) time|(longer|extra) session|(fortnightly|monthly) sessions)\b"
        ),
    ),
    (
        "asks for material",
        _s(
            r"\b(send|share|email|forward|resend|mail)\b[^.?!]{0,40}\b(slides|worksheet|recording|link|"
            r"notes|materials?|template|exercise|handout|reading list|invoice|receipt)\b"
        ),
    ),
    (
        "about money",
        _s(
            r"\b(need|want|get)\b[^.?!]{0,20}\b(an? )?(invoice|receipt)\b|\bflexibility on the fee\b|"
            r"\bhow (should|do|can) i pay\b|\bsliding scale\b"
        ),
    ),
    ("asks you to call", _s(r"\b(call me( back)?|give me a (call|ring|buzz)|ring me|phone me)\b")),
    (
        "asks for your view",
        _s(
            r"\b(your|any) (thoughts|advice|feedback|input|perspective|opinion|take|guidance|tips)\b|"
            r"\bwhat do you (think|make of|reckon)\b|\bgrateful if you\b"
        ),
    ),
    (
        "asks to talk it through",
        _s(
            r"\b(can|could) we (talk|discuss|spend|cover|look at|go over)\b|\blet'?s (talk|discuss)\b|"
            r"\bi'?d like to (talk|discuss)\b"
        ),
    ),
    (
        "asks something of you",
        _s(
            r"\b(can|could|would|will) you\b(?! (believe|imagine))|\bplease (send|call|let|share|email|write|"
            r"tell|confirm|check|advise|help|remind|reply|get back|forward)\b|\blet me know (which|what|when|"
            r"whether|if you|how)\b|\bget back to me\b|\bwould it be possible\b|\bis there any chance\b|"
            r"\bwould you mind\b"
        ),
    ),
    (
        "wants to change the coaching",
        _s(r"\b(i'?d|i would) like to (renew|book|change|move|switch|continue|join|extend)\b"),
    ),
)


REQUESTS += (("asks something of you", _s(phrases(REQUEST))),)  # the five languages


ANY_REQUEST = _s("|".join(f"(?:{p.source})" for _, p in REQUESTS))
