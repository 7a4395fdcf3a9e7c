"""The classifier's reply rules. Each takes a `MessageView` and returns a `Finding` (with its
reason) or None; `classifier.py` runs them in its table's order: distress (always reply-needed,
urgent), "no need to reply", a language the rules cannot read, then questions and requests.
Questions and requests are read in the client's own sentences only (`MessageView.sentences`:
no signature, footer, poem or reported question); every finding quotes the sentence that
decided it. The ignore rules (mail written by machines) are in `machine.py`.
"""

from __future__ import annotations

import re

from service.classify.announcement import PITCH, PROMOTION, is_announcement
from service.classify.distress import warning_sign
from service.classify.language import foreign_language
from service.classify.machine import IGNORE_RULES
from service.classify.model import request_probability
from service.classify.nudge import nudge
from service.classify.phrasebook import (
    ANSWERED,
    NEGATED_REQUEST,
    NO_REPLY,
    QUESTION_OPENERS,
    REQUEST,
    RHETORICAL,
    RHETORICAL_MORE,
    WAVE_OFF,
)
from service.classify.phrasebook import pattern as phrases
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


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- distress: always reply-needed, urgent -------------------------------------------------------

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


# --- "no need to reply" -------------------------------------------------------------------------

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
        if any(rule(view, later) for rule in (_question_in, _request_in)):
            return None
        return Finding(
            f"says no reply is needed: {quote(sentence)}",
            settles_as_fyi=True,
            sentence=sentence,
            rule="no_reply",
        )
    return None


# --- a language the rules cannot read -------------------------------------------------------------


def unreadable_language(view: MessageView) -> Finding | None:
    language = foreign_language(view.fresh)
    if language:
        return Finding(
            f"written in {language}, which Doorstep's rules do not understand: please read it yourself",
            rule="language",
        )
    return None


# --- questions ----------------------------------------------------------------------------------

_RHETORICAL = _i(
    r"^(who knew|isn'?t (that|it|this) |can you (believe|imagine)|guess what|how (cool|amazing|great|"
    r"crazy|wild|funny) is that|why did(n'?t)? nobody|who would have (thought|guessed)|who'?d have "
    r"(thought|guessed)|what are the odds|wouldn'?t you know|how about that|what a |why do i (always|"
    r"even)|what was i thinking|am i right)|, right\?$|\bisn'?t (it|that)\?$|"
    # reminiscence and shrugs: "remember when…?", "so what if I am?", "who'd have told me…?"
    r"\b(remember when|do you remember when|so what if)\b|^[¿]?(y )?qu[ée] si\b|"
    r"\bte acuerdas de (cuando|que)\b|\bqui[ée]n me (iba a|hubiera|habr[ií]a) (decir|dicho)\b|"
    r"\btu te (souviens|rappelles) (quand|de quand)\b|^et alors\b|\bwei(ß|ss)t du noch\b|^na und\b|"
    r"\blembra (quando|de quando)\b|^e da[ií]\b|\bquem (me )?diria\b|"
    + phrases(RHETORICAL)
    + "|"
    + phrases(RHETORICAL_MORE)
)
# The client answers the question straight after ("Any questions? Nope, I'm good!")...
_SELF_ANSWER = _i(
    r"\b(never ?mind|found it|the answer is|i (have |'ve )?(decided|figured|realised|realized|worked it out)|"
    r"turns out|answered my own)\b|^(of course not|probably not|i guess|i doubt it)\b|"
    # a bare "No." or "Yep!" ("No resto, …" is Portuguese for "as for the rest")
    r"^(nope|nah|no+|yes+|yep|yup)\s*([.!,;)…-]|$)|"
    # the client's own answer, in brackets or in a word: "(Me. I do.)", "Yo. Claro."
    r"^\(?(me|i do|i did|moi|yo|ich|eu)[.!)]"
)
# ...in a word, in the five languages ("Sí, mucho más.", "Je crois que oui."): only straight after,
# and never after a question that asks something of the coach ("Can we move Friday? Yes, late
# notice, I know.")
_ANSWERED = _i(phrases(ANSWERED))
# "Why is it so hard? Probably because…": a why-question the client answers straight after.
_WHY = _i(r"\b(why|por ?qu[eé]|pourquoi|warum|wieso|weshalb|por que|porque)\b")
_BECAUSE = _i(
    r"^((probably|maybe|perhaps|i think|i suspect|mostly|partly),? )?(because|cause|'cause)\b|"
    r"^((probablemente|quiz[aá]s?|supongo que|creo que|seguramente),? )?porque\b|"
    r"^((sans doute|probablement|peut-[eê]tre|je crois|je pense),? )?(parce qu|car\b)|"
    r"^((wahrscheinlich|vermutlich|vielleicht|wohl|ich glaube),? )?(weil|da)\b|"
    r"^((provavelmente|talvez|acho que|se calhar),? )?(porque|pois)\b"
)
# ...or waves it away, or takes it back ("Don't answer that." "Ha, kidding.")
_WAVE_OFF = _i(
    r"\b(don'?t (bother )?(answer|reply to|respond to) that|no need to answer( that)?|"
    r"rhetorical( question)?|(just |only )?(kidding|joking)|jk|lol,? (kidding|jk)|not a real question|"
    r"forget i asked|ignore (that|me|the question))\b|^ha(ha)*\b|" + phrases(WAVE_OFF)
)
_OPENER = _i(phrases(QUESTION_OPENERS))


def _is_question(sentence: str) -> bool:
    return sentence.rstrip("\"')”’ ").endswith("?")


def _asks_unmarked(view: MessageView, sentence: str) -> bool:
    """In a text or a transcript with no question mark at all, a sentence that opens as a
    question does ("can you call me tmrw")."""
    return "?" not in view.fresh and bool(_OPENER.search(sentence.strip()))


_MAY_WE = _i(
    r"^((so|also|and|oh|ok|okay|sorry|btw)[,:]? )*(can|could|may) (i|we)\b|"
    r"^¿? ?(puedo|podemos|podr[ií]amos|podr[ií]a)\b|^(puis[- ]je|pourrait[- ]on|peut[- ]on|pourrions[- ]nous|"
    r"on (peut|pourrait))\b|^(kann|darf|k(ö|oe)nnte|k(ö|oe)nnen) (ich|wir)\b|^(posso|podemos|poder[ií]amos)\b"
)


def _asks_of_the_coach(sentence: str) -> bool:
    """A question that asks the coach to do something ("Can we move Friday?"): whatever the
    client adds after it ("Yes, short notice, I know"), it is still asked."""
    if _MAY_WE.search(sentence.strip()):
        return True
    lowered = sentence.lower().encode("utf-8", "surrogatepass")  # the quick form's first look
    return _ANY_REQUEST.quick.search(lowered) is not None and bool(
        _ANY_REQUEST_EACH.search(sentence)
    )


def _answered_after(sentence: str, after: list[str]) -> bool:
    """The client answers the question straight after: "Nope, I'm good!", "Sí, mucho más.",
    "Probably because…" after a why, or "never mind" a sentence later."""
    if not after:
        return False
    first = after[0].strip()
    if _SELF_ANSWER.search(first) or _ANSWERED.search(first):
        return True
    if _WHY.search(sentence) and _BECAUSE.search(first):
        return True
    return any(_SELF_ANSWER.search(s) and not _is_question(s) for s in after[1:])


def _question_in(view: MessageView, parts: list[str]) -> Finding | None:
    """The last real question in `parts`: not rhetorical, not answered or waved off by the
    client straight after, not a pitch in a group announcement."""
    announcement = is_announcement(view)
    for index in range(len(parts) - 1, -1, -1):
        sentence = parts[index]
        if not (_is_question(sentence) or _asks_unmarked(view, sentence)):
            continue
        if _RHETORICAL.search(sentence.strip()):
            continue
        after = parts[index + 1 : index + 3]
        if after and _WAVE_OFF.search(after[0]):
            continue
        if not _asks_of_the_coach(sentence) and _answered_after(sentence, after):
            continue
        if announcement and (PITCH.search(sentence.strip()) or PROMOTION.search(sentence)):
            continue
        opening = " ".join(sentence.lower().rstrip("?").split()[:2])
        return Finding(
            f"asks a question: {quote(sentence)}",
            sentence=sentence,
            rule="question",
            phrase=opening,
        )
    return None


def direct_question(view: MessageView) -> Finding | None:
    return _question_in(view, view.sentences)


# --- requests, with or without a question mark ------------------------------------------------------

_DAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_REQUESTS: tuple[tuple[str, SentencePattern], ...] = (
    (
        "asks to schedule or change a session",
        _s(
            rf"\b(reschedul\w*|cancel (our|the|my|today'?s|tomorrow'?s|{_DAY}'?s) (session|call|appointment)|"
            rf"(move|push|shift|change|swap) (our|the|my|today'?s|tomorrow'?s|{_DAY}'?s) "
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


_REQUESTS += (("asks something of you", _s(phrases(REQUEST))),)  # the five languages
_ANY_REQUEST = _s("|".join(f"(?:{p.each.pattern})" for _, p in _REQUESTS))
_ANY_REQUEST_EACH = _ANY_REQUEST.each
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


def _request_in(view: MessageView, parts: list[str]) -> Finding | None:
    """The first of `parts` with a request in a clause the client does not cancel."""
    wanted = set(parts)
    if is_announcement(view):  # "Please share this with anyone…": asked of every reader
        wanted = {sentence for sentence in wanted if not PROMOTION.search(sentence)}
    negated = {sentence for sentence, _ in view.each_sentence(_ANY_NEGATED)}
    following = dict(zip(view.sentences, [*view.sentences[1:], ""], strict=False))
    for sentence, _ in view.each_sentence(_ANY_REQUEST):
        if sentence not in wanted or _WAVE_OFF.search(following.get(sentence, "")):
            continue  # "Can you coach my team for free? Kidding."
        for clause in _CLAUSE.split(sentence):
            if (sentence in negated and _NEGATED.search(clause)) or _IN_CASE.search(clause):
                continue
            for label, pattern in _REQUESTS:
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
    """The first sentence with a request in it (by the first kind, in `_REQUESTS`' order)."""
    return _request_in(view, view.sentences)


# --- requests in words no pattern lists: the sentence model ----------------------------------------

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
    rf"(?<!if )\b(\d{{1,2}}(:\d\d)? ?(am|pm|h|uhr)?|{_DAY}|tomorrow|then|that|it) (works|suits)\b"
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
    if is_announcement(view) or _is_question(sentence):
        return False
    return not (_IN_CASE.search(sentence) or _CONFIRMS.search(sentence) or _cancelled(sentence))


def seems_to_ask(view: MessageView) -> Finding | None:
    """A sentence the model is sure asks or proposes something of the coach. (The model first,
    the conditions only for what it is sure of: most sentences are not.)"""
    if is_announcement(view):
        return None
    for sentence in view.sentences:
        if _is_question(sentence) or request_probability(sentence) < MODEL_SURE:
            continue
        if seems_to_ask_applies(view, sentence):
            return Finding(
                f"seems to ask something of you: {quote(sentence)}",
                sentence=sentence,
                rule="model",
            )
    return None


REPLY_RULES: tuple[Rule, ...] = (direct_question, request, nudge)
# Asked only when no reply rule found anything (the model costs most, and adds no reason then).
LAST_RULES: tuple[Rule, ...] = (seems_to_ask,)
