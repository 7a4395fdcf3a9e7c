"""The direct-question rule: a question the client asks the coach, in her own sentences, that is
not rhetorical, answered in the next breath, waved off ("no rush") or asked of someone else."""

from __future__ import annotations

from service.classify.announcement import PITCH, PROMOTION, is_announcement
from service.classify.patterns import ignoring_case as _i
from service.classify.phrasebook import (
    ANSWERED,
    QUESTION_OPENERS,
    RHETORICAL,
    RHETORICAL_MORE,
    WAVE_OFF,
)
from service.classify.phrasebook import pattern as phrases
from service.classify.request_phrases import ANY_REQUEST
from service.classify.view import (
    Finding,
    MessageView,
    quote,
    sentence_pattern,
)

_s = sentence_pattern


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
WAVED_OFF = _i(
    r"\b(don'?t (bother )?(answer|reply to|respond to) that|no need to answer( that)?|"
    r"rhetorical( question)?|(just |only )?(kidding|joking)|jk|lol,? (kidding|jk)|not a real question|"
    r"forget i asked|ignore (that|me|the question))\b|^ha(ha)*\b|" + phrases(WAVE_OFF)
)


_OPENER = _i(phrases(QUESTION_OPENERS))


def is_question(sentence: str) -> bool:
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
    return ANY_REQUEST.quick.search(lowered) is not None and bool(ANY_REQUEST.search(sentence))


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
    return any(_SELF_ANSWER.search(s) and not is_question(s) for s in after[1:])


def question_in(view: MessageView, parts: list[str]) -> Finding | None:
    """The last real question in `parts`: not rhetorical, not answered or waved off by the
    client straight after, not a pitch in a group announcement."""
    announcement = is_announcement(view)
    for index in range(len(parts) - 1, -1, -1):
        sentence = parts[index]
        if not (is_question(sentence) or _asks_unmarked(view, sentence)):
            continue
        if _RHETORICAL.search(sentence.strip()):
            continue
        after = parts[index + 1 : index + 3]
        if after and WAVED_OFF.search(after[0]):
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
    return question_in(view, view.sentences)
