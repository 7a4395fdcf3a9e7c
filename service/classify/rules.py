"""The classifier's reply rules. Each takes a `MessageView` and returns a `Finding` (with its
reason) or None; `classifier.py` runs them in its table's order: distress (always reply-needed,
urgent), "no need to reply", a language the rules cannot read, then questions and requests.
Questions and requests are read in the client's own sentences only (`MessageView.sentences`:
no signature, footer, poem or reported question); every finding quotes the sentence that
decided it. The ignore rules (mail written by machines) are in `machine.py`.
"""

from __future__ import annotations

from service.classify.distress import warning_sign
from service.classify.language import foreign_language
from service.classify.machine import IGNORE_RULES
from service.classify.nudge import nudge
from service.classify.patterns import ignoring_case as _i
from service.classify.phrasebook import (
    NO_REPLY,
)
from service.classify.phrasebook import pattern as phrases
from service.classify.questions import direct_question, question_in
from service.classify.requests import request, request_in, seems_to_ask
from service.classify.view import (
    Finding,
    MessageView,
    Rule,
    SentencePattern,
    quote,
    sentence_pattern,
)

__all__ = ["IGNORE_RULES", "LAST_RULES", "REPLY_RULES", "Finding", "MessageView", "SentencePattern"]


_s = sentence_pattern


_DISTRESS = _s(
    r"\b(kill(ing)? myself|end(ing)? (it all|my life|things)|hurt(ing)? myself|self[- ]harm\w*|"
    r"don'?t see the point|can'?t go on|no reason to live|want to die|"
    r"don'?t want to (be here|live|be alive|wake up)|better off without me|"
    r"(don'?t|do not) feel safe|not safe (alone|at home|being alone)|scared of what i might do|"
    r"in crisis|crisis line|overdos\w*|(a|such a|very) dark place|i'?m not ok(ay)?(?=[.!]|$))"
)


def distress(view: MessageView) -> Finding | None:
    """A warning sign in anything the client wrote (a poem, a reported question too), by the
    published lists' signs (distress.py), in five languages; the explicit phrases above are
    kept as a net under them."""
    sign = warning_sign(view.spoken)
    if sign is not None:
        return Finding(
            f"may be in distress ({sign.sign}): {quote(sign.sentence)}",
            urgent=True,
            sentence=sign.sentence,
            rule="distress",
        )
    spoken = "\n".join(view.spoken).lower().encode("utf-8", "surrogatepass")
    if _DISTRESS.quick.search(spoken) is None:  # RE2, the whole text at once: most often no
        return None
    sentence = next((s for s in view.spoken if _DISTRESS.search(s)), None)
    if sentence is None:
        return None
    return Finding(
        f"may be in distress: {quote(sentence)}", urgent=True, sentence=sentence, rule="distress"
    )


_NO_REPLY = _s(
    r"\b(no need to (reply|respond|answer|write back)|don'?t (need to )?(reply|respond|write back)|"
    r"no reply needed|you don'?t have to (reply|respond|answer))\b|"
    + phrases(NO_REPLY)  # in the five languages the rules read
)


# "No need to reply to most of this": it covers only part of the message.
_PARTLY = _i(
    r"\b((most|some|much|parts?|the rest|bits) of (this|it|that|the above)|this part|the first part|"
    r"(for|to) now|otherwise|except|unless|apart from|but|although|la mayor parte|casi todo|"
    r"excepto|salvo|la plupart|sauf|à part|das meiste|außer|ausser|a maior parte|exceto|menos|"
    # limited to a time or a channel: "don't reply to this address after 6"
    r"after|before|tonight|this (evening|weekend)|to this (address|email|number|account)|"
    r"at (work|home)|on (this|my) (phone|email|work (email|phone))|después|despues|antes|"
    r"ce soir|après|apres|avant|heute abend|nach|vor|depois|hoje à noite)\b"
)


def says_no_reply_needed(view: MessageView) -> Finding | None:
    """The client says no reply is needed, for the whole message: not when it says so of part
    of it, nor when a request or a question comes after ("no need to reply… oh, could you send
    the link?")."""
    for sentence, _ in view.each_sentence(_NO_REPLY):
        if _PARTLY.search(sentence):
            continue
        later = view.sentences[view.sentences.index(sentence) + 1 :]
        if any(rule(view, later) for rule in (question_in, request_in)):
            return None
        return Finding(
            f"says no reply is needed: {quote(sentence)}",
            settles_as_fyi=True,
            sentence=sentence,
            rule="no_reply",
        )
    return None


def unreadable_language(view: MessageView) -> Finding | None:
    language = foreign_language(view.fresh)
    if language:
        return Finding(
            f"written in {language}, which Doorstep's rules do not understand: please read it yourself",
            rule="language",
        )
    return None


REPLY_RULES: tuple[Rule, ...] = (direct_question, request, nudge)


# Asked only when no reply rule found anything (the model costs most, and adds no reason then).
LAST_RULES: tuple[Rule, ...] = (seems_to_ask,)
