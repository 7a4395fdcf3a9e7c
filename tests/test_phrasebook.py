"""The phrase tables of the five languages: every pattern compiles, is lower case and has a quick
form that never misses what the pattern finds; each concept finds its phrases and not others."""

from __future__ import annotations

import re

import pytest

from service.classify import phrasebook
from service.classify.quick import quick_form

ALL = [(c, lang) for c, table in phrasebook.CONCEPTS.items() for lang in table]

# concept → language → (sentences it finds, sentences it does not)
CASES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "no_reply": {
        "en": (["No need to reply!", "you dont have to answer"], ["Please reply soon."]),
        "es": (["Nada urgente, no hace falta que contestes."], ["Contéstame pronto."]),
        "fr": (["Pas besoin de répondre.", "pas la peine de repondre"], ["Réponds-moi vite."]),
        "de": (["Du musst nicht antworten.", "Keine Antwort nötig."], ["Antworte mir bitte."]),
        "pt": (["Sem pressa, não precisa responder.", "nao precisa responder"], ["Me responde."]),
    },
    "request": {
        "en": (["Can you call me back?", "pls send the worksheet"], ["I got the job!"]),
        "es": (
            ["Llámame mañana.", "¿Me puedes llamar?"],
            ["Nada urgente, solo quería contarte que conseguí el trabajo."],
        ),
        "fr": (
            ["Rappelle-moi.", "Pourriez-vous m'envoyer le lien ?"],
            ["Pas besoin de répondre, je voulais juste partager."],
        ),
        "de": (
            ["Ruf mich zurück.", "Könnten Sie mir die Notizen schicken?"],
            ["Dienstag um 15 Uhr passt."],
        ),
        "pt": (["Me liga de volta.", "Pode me ligar amanhã?"], ["Consegui o emprego!"]),
    },
    "rhetorical": {
        "en": (["Who knew?", "Can you believe it?"], ["Can you send it?"]),
        "es": (["¿Quién lo diría?"], ["¿Quién viene el martes?"]),
        "fr": (["Qui l'eût cru ?"], ["Qui vient mardi ?"]),
        "de": (["Wer hätte das gedacht?"], ["Wer kommt am Dienstag?"]),
        "pt": (["Quem diria?"], ["Quem vem na terça?"]),
    },
    "wave_off": {
        "en": (["Never mind.", "jk"], ["I mind the gap."]),
        "es": (["No contestes eso.", "Es broma."], ["Fue una semana larga."]),
        "fr": (["Laisse tomber.", "C'était pour rire."], ["Je suis tombée malade."]),
        "de": (["Vergiss es.", "War nur Spaß."], ["Ich habe es vergessen zu sagen, danke."]),
        "pt": (["Deixa pra lá.", "É brincadeira."], ["Foi uma semana boa."]),
    },
    "rhetorical_more": {
        "en": (["Who said Mondays are grim?", "How naive was that?"], ["Who can cover Friday?"]),
        "es": (["¿Quién dijo que era fácil?", "¿Por qué nadie me dijo esto?"], ["¿Quién viene?"]),
        "fr": (["Qui a dit que novembre était gris ?"], ["Qui vient jeudi ?"]),
        "de": (
            ["Wer hätte das vor einem Jahr gedacht?", "Warum ich mir das antue?"],
            ["Wer kommt?"],
        ),
        "pt": (["Quem disse que seria fácil?", "Por que ninguém me contou?"], ["Quem vem?"]),
    },
    "answered": {
        "en": (["I think so.", "Absolutely!"], ["Totally fine if not.", "I think we should talk."]),
        "es": (["Sí, mucho más.", "Claro que no."], ["No sé qué hacer.", "Sí quiero verte."]),
        "fr": (["Oui, je l'ai vu.", "Je crois que oui."], ["Ouille, j'ai mal."]),
        "de": (["Ja, gerade gesehen.", "Ich glaube schon."], ["Jahrelang habe ich gewartet."]),
        "pt": (["Sim, muito.", "Claro que não."], ["Não sei o que fazer."]),
    },
    "negated_request": {
        "en": (["No need to call me back."], ["Call me back."]),
        "es": (["No hace falta que me llames."], ["Llámame."]),
        "fr": (["Pas la peine de me rappeler."], ["Rappelle-moi."]),
        "de": (["Du brauchst mich nicht zurückzurufen."], ["Ruf mich zurück."]),
        "pt": (["Não precisa me ligar."], ["Me liga."]),
    },
    "question_opener": {
        "en": (["can you send it", "do you have time tomorrow"], ["I can send it"]),
        "es": (["¿puedes mandarlo", "podrías mandarme el enlace"], ["Puedo mandarlo"]),
        "fr": (["est-ce que tu peux venir", "peux-tu m'envoyer le lien"], ["Je peux venir"]),
        "de": (["kannst du mir das schicken", "hast du morgen Zeit"], ["Ich kann es schicken"]),
        "pt": (["você pode me mandar", "você poderia me ligar"], ["Eu posso mandar"]),
    },
}


@pytest.mark.parametrize(("concept", "language"), ALL)
def test_every_pattern_compiles_in_lower_case_with_a_quick_form(
    concept: str, language: str
) -> None:
    source = phrasebook.CONCEPTS[concept][language]
    assert source == source.lower()
    re.compile(source, re.IGNORECASE)
    quick_form(source)


@pytest.mark.parametrize("concept", list(phrasebook.CONCEPTS))
def test_every_concept_covers_the_five_languages_and_its_union_has_a_quick_form(
    concept: str,
) -> None:
    table = phrasebook.CONCEPTS[concept]
    assert set(table) == set(phrasebook.LANGUAGES)
    union = phrasebook.pattern(table)
    re.compile(union, re.IGNORECASE)
    quick_form(union)


@pytest.mark.parametrize(("concept", "language"), ALL)
def test_each_concept_finds_its_phrases_and_not_others(concept: str, language: str) -> None:
    source = phrasebook.CONCEPTS[concept][language]
    each = re.compile(source, re.IGNORECASE)
    quick = quick_form(source)
    positives, negatives = CASES[concept][language]
    for sentence in positives:
        assert each.search(sentence), sentence
        assert quick.search(sentence.lower().encode()), sentence  # the quick form never hides it
    for sentence in negatives:
        assert not each.search(sentence), sentence
