"""A nudge in a reply asks again about the quoted message; the same words outside a thread, or
an opener that only follows up on a session, ask nothing."""

from __future__ import annotations

from service.classify.classifier import classify
from service.classify.nudge import is_nudge
from service.ingest.parse import parse_message
from service.records import ParsedMessage, Tag
from tests.mail import make_message


def _tag(body: str, threaded: bool) -> Tag:
    headers = {"In-Reply-To": "<first@example.org>"} if threaded else None
    parsed = parse_message(make_message(subject="Re: Invoice", body=body, headers=headers))
    assert isinstance(parsed, ParsedMessage)
    return classify(parsed).tag


def test_a_nudge_in_a_reply_waits_for_an_answer() -> None:
    body = "Just bumping this in case it got buried!\n\n> Could you send the November invoice?"
    assert _tag(body, threaded=True) is Tag.REPLY_NEEDED
    assert _tag("Just bumping this in case it got buried!", threaded=False) is Tag.FYI


def test_following_up_on_a_session_is_no_nudge() -> None:
    assert not is_nudge("Following up on our session: I did the exercise and it helped.")
    assert is_nudge("Any news on my last email? No stress.")
