"""The corpus check's sentence judgement: a corpus sentence is judged as a whole message."""

from __future__ import annotations

from service.classify import rules
from service.classify.judge_corpus import _view


def test_a_corpus_sentence_is_judged_as_a_message() -> None:
    asks = _view("Could you send me the draft by Friday?")
    tells = _view("The draft went out on Friday.")
    assert rules.direct_question(asks) or rules.request(asks)
    assert not (rules.direct_question(tells) or rules.request(tells))
    assert not rules.seems_to_ask_applies(asks, "Could you send me the draft by Friday?")
    assert rules.seems_to_ask_applies(tells, "The draft went out on Friday.")
