"""Warning signs told by what a sentence joins (distress_concepts.py): paraphrases nobody listed,
in the five languages, each beside an everyday sentence with one half of the sign only."""

from __future__ import annotations

import pytest

from service.classify.distress import warning_sign


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Honestly they'd all be a lot happier without me around.", "burden"),
        ("Mi familia estaría más tranquila sin mí, la verdad.", "burden"),
        ("Je suis devenue un boulet pour mon équipe.", "burden"),
        ("Ich fühle mich wie eine Last für alle.", "burden"),
        ("Sinto que sou um peso para a minha família.", "burden"),
        ("I don't really feel safe in the flat any more.", "safe"),
        ("No me siento segura en casa desde el sábado.", "safe"),
        ("Ich fühle mich dort nicht mehr sicher.", "safe"),
        ("Não me sinto segura com ele.", "safe"),
        ("I'm scared of what he'll do when he reads it.", "partner"),
        ("Tengo miedo de lo que él pueda hacer.", "partner"),
        ("I really don't want to go home tonight.", "partner"),
        ("Mein Mann liest meine Nachrichten, bitte nur aufs Diensthandy.", "partner"),
        ("Some days I hope I just won't wake up.", "wake"),
        ("Ojalá un día no despierte, y ya.", "wake"),
        ("Je ne vois vraiment aucune raison de continuer.", "reason"),
        ("Não vejo sentido nenhum em continuar.", "reason"),
        ("Es gibt keinen Ausweg mehr für mich.", "trapped"),
        ("No le veo salida a esto.", "trapped"),
        ("I cut myself again last night, it's not deep.", "hurt"),
        ("Hab mich wieder geritzt, nichts Schlimmes.", "hurt"),
        ("Me corté otra vez, perdón.", "hurt"),
        ("I've been giving away my records and my plants.", "giving"),
        ("Je n'en aurai plus besoin de toute façon.", "giving"),
        ("Whatever happens, I want you to know you helped.", "goodbye"),
        ("Pase lo que pase, quiero que sepas que me ayudaste.", "goodbye"),
        ("Sometimes I just want to vanish.", "disappear"),
        ("J'aimerais disparaître quelques jours, pour de bon.", "disappear"),
        ("honestly I don't see why I'd keep going with any of it", "reason"),
        ("Ich weiß nicht, warum ich weitermachen sollte.", "reason"),
        ("Nadie se daría cuenta si no estuviera.", "burden"),
        ("The policy pays out more than I'm worth, I'm worth more to them dead, ha.", "burden"),
        ("Je garde mes cachets de côté dans un tiroir.", "suicide"),
        ("Estou juntando os comprimidos que o médico passou.", "suicide"),
        ("He threw my laptop against the wall last night.", "partner"),
        ("Ele jogou o prato contra a parede.", "partner"),
        ("Seria más sencillo desaparecer y ya.", "disappear"),
        ("Parfois j'aimerais ne plus me réveiller.", "wake"),
        ("Eu queria dormir e não acordar mais.", "wake"),
        ("Sam's taking the dog, which is a relief.", "giving"),
        ("Feels good to have it all squared away.", "giving"),
        ("You were one of the good ones, honestly.", "goodbye"),
    ],
)
def test_a_paraphrased_sign_is_read(sentence: str, sign: str) -> None:
    found = warning_sign([sentence])
    assert found is not None, sentence
    words = {
        "burden": "burden",
        "safe": "safe",
        "partner": "partner",
        "wake": "wake",
        "reason": "reason",
        "trapped": "trapped",
        "hurt": "hurting",
        "giving": "giving",
        "goodbye": "goodbye",
        "disappear": "disappear",
        "suicide": "suicide",
    }
    assert words[sign] in found.sign


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting went better than I feared.",
        "I feel safe with you, that's why I told you.",
        "No sé, me siento segura contigo.",
        "I'm scared of the presentation, to be honest.",
        "If I don't wake up in time, start without me.",
        "I wish this cold would disappear.",
        "Gave my old laptop a wipe before selling it.",
        "Ce dossier a bien failli me tuer mais c'est signé.",
        "This spreadsheet is killing me.",
        "Este proyecto me está matando.",
        "Das Projekt bringt mich noch um.",
        "Telling the board now would be career suicide.",
        "There's no way I'm doing the marathon again.",
        "Nobody noticed my new haircut, typical.",
        "It would be nice to disappear to a beach for a week.",
        "I didn't wake up until ten, oops.",
        "Ne pas réveiller les enfants avant huit heures.",
        "I'm saving up for a new bike.",
        "If I'm wrong we'll need to get things squared away, like today.",
        "Sam took the dog for a walk.",
    ],
)
def test_an_everyday_sentence_is_no_sign(sentence: str) -> None:
    assert warning_sign([sentence]) is None, sentence


def test_an_idiom_does_not_hide_a_sign_beside_it() -> None:
    found = warning_sign(["This job is killing me and honestly I want to die."])
    assert found is not None and "dead" in found.sign
    assert warning_sign(["Il va me tuer s'il apprend ça."]) is not None  # a person, not a file
