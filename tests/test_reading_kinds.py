"""Kinds of text that ask nothing though they look as if they do, each beside the near miss that
does ask: a group announcement told by its recipients or its greeting, a signature card with no
closing, a titled poem, a why-question the client answers, a bare "No." that is not an answer,
an acceptance, "el otro día", and "career suicide"."""

from __future__ import annotations

import pytest

from service.classify.classifier import classify
from service.classify.reading import Role, read
from service.ingest.parse import parse_message
from service.records import ParsedMessage, Tag
from tests.mail import make_message

JANE = "Jane Doe <jane.doe@example.org>"


def _verdict(body: str, to: str = "robin@avery-coaching.example", cc: str = "") -> tuple[Tag, bool]:
    headers = {"Cc": cc} if cc else None
    parsed = parse_message(make_message(sender=JANE, body=body, to=to, headers=headers))
    assert isinstance(parsed, ParsedMessage)
    verdict = classify(parsed)
    return verdict.tag, verdict.urgent


def _tag(body: str, to: str = "robin@avery-coaching.example", cc: str = "") -> Tag:
    return _verdict(body, to, cc)[0]


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # sent to herself, everyone else in blind copy
        ("We're launching on Friday! Would you subscribe and tell a friend?", JANE),
        (
            "Kiez Labs is live. Tired of standups? Please share this with your team.",
            "friends@kiez.example",
        ),
        (
            "Hola a todos,\n\n¡Nos mudamos! ¿Quieres ver cómo trabajamos por dentro?",
            "robin@avery-coaching.example",
        ),
        ("Queridos amigos,\n\nJá imaginou um café na hora? Inauguração sábado. Quem vem?", JANE),
        (
            "Hallo zusammen,\n\nMöchtest du unseren Newsletter? Abonniere ihn hier.",
            "robin@avery-coaching.example",
        ),
    ],
)
def test_a_group_announcement_asks_its_readers_not_the_coach(body: str, to: str) -> None:
    assert _tag(body, to) is Tag.FYI


@pytest.mark.parametrize(
    "body",
    [
        "We're launching on Friday! Would you subscribe and tell a friend?",
        "¿Quieres ver cómo trabajamos por dentro? Te invito el jueves.",
    ],
)
def test_the_same_words_to_the_coach_alone_are_asked(body: str) -> None:
    assert _tag(body) is Tag.REPLY_NEEDED


def test_an_announcements_real_distress_still_counts() -> None:
    tag, urgent = _verdict(
        "Hi all,\n\nBig news. Honestly everyone would be better off without me.", JANE
    )
    assert (tag, urgent) == (Tag.REPLY_NEEDED, True)


def test_a_signature_card_with_no_closing_is_a_signature() -> None:
    text = (
        "Episode one is out.\n\nThanks for being in my corner,\nKwame\n\n"
        "Kwame Asante\nAsante Studio — brand & illustration\nasante-studio.example | @kwame.draws\n"
        '"What story will your brand tell next?"'
    )
    roles = {s.text: s.role for s in read(text)}
    assert (
        roles[
            'Kwame Asante Asante Studio — brand & illustration asante-studio.example | @kwame.draws "What story will your brand tell next?"'
        ]
        is Role.SIGNATURE
    )
    # a last paragraph that is no card (no name line) is the client's own
    own = read("Episode one is out.\n\nHere is the link:\nhttps://example.com/ep1\nCan you listen?")
    assert (
        own[-1].role is Role.OWN
        and _tag(
            "Episode one is out.\n\nHere is the link:\nhttps://example.com/ep1\nCan you listen?"
        )
        is Tag.REPLY_NEEDED
    )


def test_a_titled_poem_with_run_on_lines_is_a_poem() -> None:
    body = (
        "You said write it down, so I did.\n\nInventory\n\n"
        "What do you do with a Tuesday\nthat wants to be a Friday?\n"
        "Where do the small yeses go\nwhen they've piled up to the ceiling?\n\nFiona"
    )
    assert _tag(body) is Tag.FYI
    assert Role.POEM in {s.role for s in read(body)}


def test_a_text_in_short_lower_case_lines_is_no_poem() -> None:
    body = "Hey\n\nQuick q\ncan you move our call\nto thursday\nor friday\nThanks"
    assert _tag(body) is Tag.REPLY_NEEDED


@pytest.mark.parametrize(
    "body",
    [
        "Why is it so hard to accept help? Probably because I was the eldest.",
        "Warum fällt es mir so schwer? Wahrscheinlich, weil ich die Älteste bin.",
        "¿Por qué me cuesta tanto? Porque siempre lo hice todo sola.",
        "Who agrees to run three events in one fortnight? (Me. I do. Apparently.)",
        "Est-ce normal d'avoir peur de réussir ? Ne me répondez pas, on en parlera jeudi.",
    ],
)
def test_questions_the_client_answers_or_waves_off(body: str) -> None:
    assert _tag(body) is Tag.FYI


@pytest.mark.parametrize(
    "body",
    [
        "Can we move Friday? Because I have the dentist.",  # a reason, not an answer
        "Você acha que vale a pena mandar o estudo antes? Fiquei na dúvida. No resto, tudo bem.",
        "Est-ce normal d'avoir peur ? Répondez-moi quand vous pouvez.",
    ],
)
def test_questions_that_still_ask(body: str) -> None:
    assert _tag(body) is Tag.REPLY_NEEDED


def test_an_acceptance_is_news_and_a_proposal_asks() -> None:
    assert _tag("Yes, Thursday 8am works – I'll call from the car park before my shift.") is Tag.FYI
    assert _tag("Happy to meet Thursday afternoon if that works for you.") is Tag.REPLY_NEEDED


def test_the_other_day_is_past_and_another_day_is_asked() -> None:
    assert _tag("Lo del otro día fue una noche mala, ya hablamos.") is Tag.FYI
    assert _tag("¿Lo pasamos a otro día? El jueves no puedo.") is Tag.REPLY_NEEDED


def test_career_suicide_is_an_idiom_and_suicide_is_not() -> None:
    assert _verdict("Telling the board now would be career suicide, wouldn't it?")[1] is False
    assert _verdict("I keep thinking about suicide, career stuff aside.")[1] is True
    assert _verdict("Sería un suicidio profesional decirlo ahora.")[1] is False


@pytest.mark.parametrize(
    "body",
    [
        "¿Mereció la pena el viaje? Sí, muchísimo. Volví con otra cabeza.",
        "Ai-je bien fait de refuser ? Je crois que oui. Je me sens libre.",
        "Hast du meine Nachricht bekommen? Ja, gerade gesehen, danke!",
        "Ele ia concordar? Claro que não, nunca concorda.",
        "Wer hätte das vor einem Jahr gedacht? Ich jedenfalls nicht.",
        "Qui a dit que les lundis étaient tristes ? Pas moi.",
        "How naive was that? Very, in hindsight.",
        "Warum ich mir das antue? Frag lieber nicht.",
        "I did the card sort and guess what came out on top? Creativity.",
    ],
)
def test_questions_answered_or_put_to_oneself_in_five_languages(body: str) -> None:
    assert _tag(body) is Tag.FYI


@pytest.mark.parametrize(
    "body",
    [
        "Can we move Friday to 3? Yes, short notice, I know.",  # asked, whatever follows
        "Do you think I could bring my partner once? Totally fine if not.",
        "Você acha que devo aceitar? Não sei o que fazer.",
        "Wie siehst du das? Ich bin unsicher.",
    ],
)
def test_a_question_that_asks_still_asks_whatever_follows(body: str) -> None:
    assert _tag(body) is Tag.REPLY_NEEDED


@pytest.mark.parametrize(
    "body",
    [
        "Wäre super, wenn du mir die Übungen nochmal als Text schicken könntest.",
        "Te agradecería que me enviaras la factura de noviembre.",
        "Je te serais reconnaissante de m'envoyer le plan.",
        "Agradeceria se você pudesse mandar o plano de novo.",
        "It'd be unreal if you could flick us that meal plan again.",
        "Mum says the camp form needs to be signed by my coach before the 15th.",
    ],
)
def test_a_request_said_as_a_wish_or_a_need(body: str) -> None:
    assert _tag(body) is Tag.REPLY_NEEDED
