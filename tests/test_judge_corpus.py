"""The corpus check's sentence judgement: a corpus sentence is judged as a whole message."""

from __future__ import annotations

from service.classify import questions, requests
from service.classify.judge_corpus import _view


def test_a_corpus_sentence_is_judged_as_a_message() -> None:
    asks = _view("Could you send me the draft by Friday?")
    tells = _view("The draft went out on Friday.")
    assert questions.direct_question(asks) or requests.request(asks)
    assert not (questions.direct_question(tells) or requests.request(tells))
    assert not requests.seems_to_ask_applies(asks, "Could you send me the draft by Friday?")
    assert requests.seems_to_ask_applies(tells, "The draft went out on Friday.")
