"""The request rules: a request or proposal to the coach by the phrase patterns (five languages),
not negated, cancelled or conditional; and, when no rule found anything, the sentence model's
sure readings."""

from __future__ import annotations

from service.classify.announcement import PROMOTION, is_announcement
from service.classify.model import request_probability
from service.classify.patterns import ignoring_case as _i
from service.classify.phrasebook import (
    NEGATED_REQUEST,
)
from service.classify.phrasebook import pattern as phrases
from service.classify.questions import WAVED_OFF, is_question
from service.classify.request_phrases import ANY_REQUEST, DAY, REQUESTS
from service.classify.view import (
    Finding,
    MessageView,
    quote,
    sentence_pattern,
)

_s = sentence_pattern


# A request the client cancels in the same breath: "No need to call me back."
_NEGATED = _i(
    r"\b(no need (for you )?to|(you )?(don'?t|do not|won'?t) (need|have) to|no rush to|"
    r"not necessary to|(there'?s )?no reason to|nothing (you need|to do)|don'?t (worry about|bother)|"
    r"forget (my|the|that) (question|email|message)|vergiss (bitte )?(meine|die) (frage|mail|nachricht)|"
    r"olvida (mi|la) (pregunta|correo|mensaje)|oublie (ma|la) (question|demande)|"
    r"esque[çc]a? (a |minha )(pergunta|mensagem))\b|" + phrases(NEGATED_REQUEST)
)


_ANY_NEGATED = _s(_NEGATED.pattern)  # its quick form finds the few sentences worth a look


# "Let me know if it hasn't arrived": only should something go wrong; nothing to answer now.
_IN_CASE = _i(
    r"\blet me know if (it|this|that|there|anything|something)\b(?! (works|suits|is (ok|okay|fine|alright)|"
    r"sounds|would work))|"
    r"^(if|in case)\b[^.?!]*\blet me know\b"
)


# Clauses of a sentence: "No need to call, but could you send the notes?" asks in its second.
_CLAUSE = _i(r",\s*(?:but|though|however|although)\b|;|\s(?:but|pero|mais|aber|mas)\s")


def request_in(view: MessageView, parts: list[str]) -> Finding | None:
    """The first of `parts` with a request in a clause the client does not cancel."""
    wanted = set(parts)
    if is_announcement(view):  # "Please share this with anyone…": asked of every reader
        wanted = {sentence for sentence in wanted if not PROMOTION.search(sentence)}
    negated = {sentence for sentence, _ in view.each_sentence(_ANY_NEGATED)}
    following = dict(zip(view.sentences, [*view.sentences[1:], ""], strict=False))
    for sentence, _ in view.each_sentence(ANY_REQUEST):
        if sentence not in wanted or WAVED_OFF.search(following.get(sentence, "")):
            continue  # "Can you coach my team for free? Kidding."
        for clause in _CLAUSE.split(sentence):
            if (sentence in negated and _NEGATED.search(clause)) or _IN_CASE.search(clause):
                continue
            for label, pattern in REQUESTS:
                found = pattern.search(clause)
                if found:
                    return Finding(
                        f"{label}: {quote(sentence)}",
                        sentence=sentence,
                        rule="request",
                        phrase=" ".join(found.group(0).lower().split()),
                    )
    return None


def request(view: MessageView) -> Finding | None:
    """The first sentence with a request in it (by the first kind, in `REQUESTS`' order)."""
    return request_in(view, view.sentences)


# The model (model.py, trained on real email sentences) says "a request or proposal" broadly:
# scheduling statements and acceptances too. Only a sentence it is sure of counts here, where
# no pattern found one. 0.65: on the request corpus, with the patterns, recall 0.712 at
# precision 0.854 (out of fold); on the dev sets it takes one FYI message of 75 for asking.
MODEL_SURE = 0.65


# "Just confirming: our call is at 9." The corpus counts a confirmation as a proposal; to the
# coach it is news. (Only the model is kept from it: a pattern's request in it still counts.)
_CONFIRMS = _i(
    r"^(just |only )?(confirming|to confirm|confirmed)\b|"
    # an acceptance: "Thursday 2pm works for me."
    r"\b(works|suits|is fine|is perfect) (for|with|by) (me|us)\b|^(yes,? )?(that |it )?sounds (good|great|perfect)\b|"
    rf"(?<!if )\b(\d{{1,2}}(:\d\d)? ?(am|pm|h|uhr)?|{DAY}|tomorrow|then|that|it) (works|suits)\b"
    r"(?! (for|with) (you|both))|"
    r"\bpasst (mir|uns|gut|perfekt)?\b|"
    r"\bme (va|viene) bien\b|\bme convient\b|\b(serve|funciona) (para|pra) mim\b"
)


def _cancelled(sentence: str) -> bool:
    return any(_NEGATED.search(clause) for clause in _CLAUSE.split(sentence))


def seems_to_ask_applies(view: MessageView, sentence: str) -> bool:
    """Whether the model's word on `sentence` counts: the client's own, not a question (those
    are read above), not "in case", not a confirmation, not in a cancelled clause, not in a
    group announcement."""
    if is_announcement(view) or is_question(sentence):
        return False
    return not (_IN_CASE.search(sentence) or _CONFIRMS.search(sentence) or _cancelled(sentence))


def seems_to_ask(view: MessageView) -> Finding | None:
    """A sentence the model is sure asks or proposes something of the coach. (The model first,
    the conditions only for what it is sure of: most sentences are not.)"""
    if is_announcement(view):
        return None
    for sentence in view.sentences:
        if is_question(sentence) or request_probability(sentence) < MODEL_SURE:
            continue
        if seems_to_ask_applies(view, sentence):
            return Finding(
                f"seems to ask something of you: {quote(sentence)}",
                sentence=sentence,
                rule="model",
            )
    return None
