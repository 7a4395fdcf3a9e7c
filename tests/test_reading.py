"""The reading of a client's text: each sentence's role, and the judgement that reads only the
client's own sentences: questions that ask nothing, cancelled requests, a partial "no need to
reply", a signature's, a footer's, a poem's and a reported question."""

from __future__ import annotations

import pytest

from service.classify.classifier import classify
from service.classify.reading import Role, read
from service.ingest.parse import parse_message
from service.records import ParsedMessage, Tag
from tests.mail import MessageParts, make_message


def _tag(body: str, headers: dict[str, str] | None = None, to: str | None = None) -> Tag:
    parts: MessageParts = {"body": body, "headers": headers}
    if to:
        parts["to"] = to
    message = make_message(**parts)
    parsed = parse_message(message)
    assert isinstance(parsed, ParsedMessage)
    return classify(parsed).tag


def test_roles() -> None:
    text = (
        "Hi Robin,\n\nRemember when you asked me why I wanted this job? Now I know. My boss "
        "asked me to lead the project, should I say yes?\n\nI wrote a little poem:\n\n"
        "Where do the hours go?\nWho keeps them, who lets them fall?\nDo they remember us?\n"
        "Or do we just forget?\n\nBest,\nJane\nWant a free consult? Book here\n\n"
        "This message is confidential and intended only for the named recipient. Did you "
        "receive this message in error? Please delete it."
    )
    roles = {s.text: s.role for s in read(text)}
    assert roles["Remember when you asked me why I wanted this job?"] is Role.REPORTED
    assert roles["My boss asked me to lead the project, should I say yes?"] is Role.OWN
    assert roles["Do they remember us?"] is Role.POEM
    assert roles["Best, Jane Want a free consult?"] is Role.SIGNATURE
    assert roles["Did you receive this message in error?"] is Role.FOOTER


@pytest.mark.parametrize(
    "body",
    [
        "No need to call me back, I sorted it out with HR.",
        "You don't have to send anything, I found the worksheet.",
        "Any questions from my side? Nope, I'm good! Great session.",
        "Why did I wait so long to do this? Don't answer that.",
        "Thoughts? Ha, kidding, I know what you'll say.",
        "Remember when you asked me why I kept saying yes to everything? I finally said no.",
        "Here's a poem I wrote on the train:\n\nWho am I when the meeting ends?\nWhere does "
        "the noise go?\nIs quiet a place?\nOr a door?\n\nThat's all!",
        "Great news about the offer.\n\nThanks,\nJane\nCareer changer | Want to chat? Book a call",
        "Quick update: I finished the exercise.\n\nThis e-mail is confidential and intended "
        "solely for the addressee. Did you receive this message in error? Tell the sender.",
        "No need to reply, just sharing that the interview went well. Who'd have guessed?",
    ],
)
def test_questions_and_requests_that_ask_nothing_are_fyi(body: str) -> None:
    assert _tag(body) is Tag.FYI


@pytest.mark.parametrize(
    "body",
    [
        "No need to reply to most of this, it's just me thinking aloud. But could you send me "
        "the values worksheet before Thursday?",
        "No need to call, but could you email me the notes?",
        "No need to reply. Oh wait, actually can you move our session to Friday?",
        "Great session.\n\nThanks,\nJane\n\nP.S. could you send the link?",
        "Thanks!\n\nOne more thing: can you call me tomorrow about the offer?",
        "My boss asked me to lead the project, should I say yes?",
    ],
)
def test_a_real_request_still_needs_a_reply(body: str) -> None:
    assert _tag(body) is Tag.REPLY_NEEDED


def test_a_pitch_in_a_group_announcement_asks_nothing() -> None:
    body = "Our new cohort starts in January! Ready to take the next step? Seats are limited."
    assert _tag(body, to="undisclosed-recipients:;") is Tag.FYI
    assert _tag(body, {"List-Id": "<cohort.example>"}) is Tag.FYI
    assert _tag(body) is Tag.REPLY_NEEDED  # the same words to the coach alone: asked


@pytest.mark.parametrize(
    "body",
    [
        "Please find time to look over my draft before Friday.",
        "Happy to meet Thursday afternoon if that works for you.",
    ],
)
def test_the_sentence_model_finds_requests_no_pattern_lists(body: str) -> None:
    from service.classify.requests import seems_to_ask
    from service.classify.rules import REPLY_RULES
    from service.classify.view import MessageView

    parsed = parse_message(make_message(body=body))
    assert isinstance(parsed, ParsedMessage)
    view = MessageView(message=parsed, fresh=body)
    others = [rule(view) for rule in REPLY_RULES]
    assert not any(others)  # no pattern finds it: the model does
    assert seems_to_ask(view) is not None and _tag(body) is Tag.REPLY_NEEDED


def test_the_model_leaves_a_conditional_and_a_cancelled_request_alone() -> None:
    assert _tag("I've paid the invoice. Let me know if it hasn't arrived.") is Tag.FYI
    assert _tag("No need to find time to look over my draft, it's done.") is Tag.FYI


@pytest.mark.parametrize(
    ("body", "tag"),
    [
        ("If anything changes, let me know. Otherwise see you Tuesday.", Tag.FYI),
        ("Just confirming: our call tomorrow is at 9 your time, 10 for me.", Tag.FYI),
        ("If you could send me the notes from Tuesday, that would be great.", Tag.REPLY_NEEDED),
        ("¿Me puedes llamar mañana? Es sobre la oferta.", Tag.REPLY_NEEDED),
        ("Pas besoin de répondre, je voulais juste partager la bonne nouvelle.", Tag.FYI),
        ("Kannst du mir bitte die Unterlagen schicken?", Tag.REPLY_NEEDED),
        ("Não precisa me ligar de volta, já resolvi.", Tag.FYI),
        ("can you call me tmrw about the offer", Tag.REPLY_NEEDED),
        ("Friday at 10 works for me. See you then.", Tag.FYI),
        ("¿Te acuerdas de cuando te decía que nunca lo haría? Pues lo hice.", Tag.FYI),
        ("So what if I am? I'm proud of it.", Tag.FYI),
        ("Could you lend me your whole library? Kidding, I'll buy the book.", Tag.FYI),
        ("Vergiss bitte meine Frage von gestern, ich habe die Antwort gefunden.", Tag.FYI),
        ("Don't reply to my work email after 5, use this one.", Tag.FYI),
        ("No need to reply tonight, but can you send the notes tomorrow?", Tag.REPLY_NEEDED),
    ],
)
def test_requests_in_case_and_in_five_languages(body: str, tag: Tag) -> None:
    assert _tag(body) is tag
