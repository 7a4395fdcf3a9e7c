"""Warning signs of distress (service/classify/distress.py), in five languages and three styles.

Hard cases, decided on purpose (recall first: a false alarm costs the coach a minute):
- "I want to disappear from the group chat for a week" is not a sign (disappearing *from* a
  place, *into* a book or *for* a set time is leaving); "I just want to disappear for a while"
  is one.
- "I feel trapped in this job" is a sign (988 lists feeling trapped, whatever the cause).
- "I'd rather die than present again" is not (a comparison); "honestly id rather be dead" is.
- "I hate to be a burden but could we move Tuesday" is not (a polite formula before a request).
- "he'll kill me if he finds out" is a sign, even if it is a joke about a husband.
- "I'm not suicidal, don't worry" is a sign: a denial or a joke never cancels one.
- "I wanted to die of embarrassment" and "I hurt myself at the gym" are not.
"""

from __future__ import annotations

import pytest

from service.classify.distress import Sign, warning_sign

POSITIVE: dict[str, list[str]] = {
    "talks of suicide or of killing themselves": [
        "I've been thinking about suicide.",
        "i keep having thoughts of killing myself",
        "Sometimes I think I should just end it all, lol.",
        "im thinking of ending it tbh",
        "I want to end my life.",
        "i might take my own life jk... mostly",
        "I've been looking up ways to die.",
        "how many pills would it take haha",
        "I bought a gun last week.",
        "thinking about jumping off the bridge",
        "Im so tired of everything i want it to stop",
        "kms honestly",
        "I'm not suicidal, don't worry, just tired.",
        "pienso en suicidarme",
        "a veces quiero acabar con todo",
        "quiero quitarme la vida",
        "je veux en finir",
        "j'ai pensé à me suicider",
        "je pense a mettre fin a mes jours",
        "ich will mich umbringen",
        "ich denke an Selbstmord",
        "manchmal will ich mir das Leben nehmen",
        "quero acabar com tudo",
        "penso em me matar",
        "às vezes penso em suicídio",
    ],
    "wishes to be dead or not to wake up": [
        "I wish I was dead.",
        "sometimes i wish i were dead lol",
        "I just want to go to sleep and not wake up.",
        "i dont want to wake up tomorrow",
        "I don't want to live anymore.",
        "i want to die haha anyway not a big deal",
        "I'd be better off dead.",
        "honestly id rather be dead",
        "I wish I could sleep forever.",
        "I hope I never wake up.",
        "haha i want to die",
        "Ich möchte einfach nicht mehr aufwachen",
        "quiero dormir y no despertar",
        "no quiero seguir viviendo",
        "Je ne veux plus vivre",
        "i dont want to exist",
        "quiero morirme",
        "no quiero despertar mañana",
        "ojalá estuviera muerta",
        "je veux mourir",
        "j'ai plus envie de vivre",
        "je voudrais ne plus me réveiller",
        "ich will nicht mehr aufwachen",
        "ich wäre lieber tot",
        "ich will nicht mehr leben",
        "quero morrer",
        "nao quero mais viver",
        "queria dormir para sempre",
    ],
    "talks of being a burden": [
        "i keep thinking everyone would honestly be better off if i just wasnt around anymore",
        "I'm such a burden to everyone.",
        "i feel like a burden lol",
        "Everyone would be better off without me.",
        "it would be easier for everyone if i wasnt around",
        "It'd be easier for everyone if I weren't in the picture.",
        "easier for everyone if i was not here",
        "Nobody would even notice if I was gone.",
        "my family would be better off",
        "I feel like Im a burden on everyone honestly",
        "it would be easier for everyone if i werent here",
        "Everyone would be better off, anyway not a big deal.",
        "easier for everyone if I wasn’t around",
        "no quiero ser una carga",
        "estarían mejor sin mí",
        "sería más fácil para todos si yo no estuviera",
        "ce serait plus simple pour tout le monde si je n'étais pas là",
        "es wäre einfacher für alle, wenn ich nicht da wäre",
        "seria mais fácil para todos se eu não estivesse aqui",
        "je suis un fardeau pour tout le monde",
        "ils seraient mieux sans moi",
        "ich bin nur eine Last",
        "alle wären ohne mich besser dran",
        "sou um peso para todos",
        "estariam melhor sem mim",
    ],
    "wants to disappear or not be around": [
        "I just want to disappear.",
        "sometimes i wish i could just vanish",
        "i want to disappear for a while",
        "i just wanna disappear jk",
        "I won't be around much longer.",
        "i just want to not be here anymore",
        "quiero desaparecer",
        "je veux disparaître",
        "je voudrais ne plus être là",
        "ich will einfach verschwinden",
        "ich möchte nicht mehr da sein",
        "quero sumir",
        "je veux plus être là",
        "ich will nicht mehr",
        "não quero mais estar aqui",
        "to com vontade de sumir",
    ],
    "feels trapped, with no way out": [
        "I feel trapped.",
        "i feel so trapped in this job",
        "There's no way out.",
        "i cant escape this",
        "estoy en un callejón sin salida",
        "me siento atrapada",
        "je ne vois pas d'issue",
        "je me sens piégée",
        "ich sehe keinen Ausweg",
        "alles ist ausweglos",
        "me sinto presa",
        "não vejo saída",
    ],
    "says the pain is more than they can bear": [
        "I can't take it anymore.",
        "i cant do this anymore lol",
        "I can't go on like this.",
        "i cant cope",
        "The pain is unbearable.",
        "I'm at breaking point.",
        "ya no aguanto",
        "no puedo más",
        "je n'en peux plus",
        "j'en peux plus",
        "ich kann nicht mehr",
        "ich halte das nicht mehr aus",
        "não aguento mais",
        "nao da mais",
    ],
    "sees no reason to live": [
        "I have no reason to live.",
        "i have nothing to live for",
        "What's the point of anything?",
        "whats the point of living",
        "what is the point of anything",
        "honestly what's the point",
        "I don't see the point anymore.",
        "Life isn't worth living.",
        "no tengo razón para vivir",
        "la vida no tiene sentido",
        "je n'ai aucune raison de vivre",
        "à quoi bon",
        "das hat alles keinen Sinn mehr",
        "es gibt keinen Grund zu leben",
        "não tenho motivo para viver",
        "nada faz sentido",
    ],
    "feels hopeless": [
        "I feel hopeless.",
        "everything is hopeless lol",
        "i've given up on life",
        "me siento sin esperanza",
        "je n'ai plus d'espoir",
        "ich fühle mich hoffnungslos",
        "estou sem esperança",
    ],
    "says goodbye as if for the last time": [
        "In case I don't see you again, thank you.",
        "if i dont see you again take care",
        "Thank you for everything, truly, goodbye.",
        "This is goodbye.",
        "You won't hear from me again.",
        "por si no te vuelvo a ver, gracias",
        "gracias por todo, adiós",
        "merci pour tout, adieu",
        "au cas où je ne vous reverrais pas",
        "danke für alles, lebewohl",
        "falls ich dich nicht wiedersehe, danke",
        "obrigada por tudo, adeus",
        "caso eu nao te veja mais, obrigado",
    ],
    "is giving things away or putting affairs in order": [
        "I've been giving away my things.",
        "i gave away all my books and my guitar",
        "I'm putting my affairs in order.",
        "i wrote my will last night",
        "I’ve written a will, unexpectedly.",
        "I want you to have my notes when I'm gone.",
        "estoy regalando mis cosas",
        "hice mi testamento",
        "j'ai fait mon testament",
        "ich verschenke meine Sachen",
        "ich habe mein Testament geschrieben",
        "estou doando minhas coisas",
        "fiz meu testamento",
    ],
    "talks of hurting themselves": [
        "I've started cutting again.",
        "i keep wanting to hurt myself",
        "The old habit with the razor is back.",
        "i relapsed into self harm lol",
        "i relapsed, the razor again",
        "I have been self-harming again.",
        "I'm scared of what I might do.",
        "tengo ganas de hacerme daño",
        "j'ai envie de me faire du mal",
        "ich will mir etwas antun",
        "ich ritze mich wieder",
        "quero me machucar",
        "me cortei de novo",
    ],
    "is afraid of a partner or of going home": [
        "I'm scared to go home.",
        "im afraid to go home tonight",
        "He gets angry if I'm late.",
        "he checks my phone every night",
        "I'm afraid of what he'll do.",
        "she wont let me see my friends",
        "he'll kill me if he finds out",
        "He gets really angry when I see my friends.",
        "I am so scared to go back home tonight",
        "My husband checks my messages.",
        "I'm walking on eggshells.",
        "tengo miedo de volver a casa",
        "él revisa mi celular",
        "j'ai peur de rentrer",
        "il contrôle mon téléphone",
        "ich habe Angst nach Hause zu gehen",
        "er kontrolliert mein Handy",
        "tenho medo de voltar para casa",
        "ele fica bravo se eu chego tarde",
    ],
    "says they are in crisis or not okay": [
        "I'm not okay.",
        "i am not ok",
        "Im in a really dark place right now lol",
        "I think I'm in crisis.",
        "estoy en crisis",
        "je suis en crise",
        "ich bin in einer Krise",
        "estou em crise",
    ],
    "does not feel safe": [
        "I don't feel safe.",
        "i dont feel safe at home",
        "I'm not safe at home.",
        "no me siento segura",
        "je ne me sens pas en sécurité",
        "ich fühle mich nicht sicher",
        "não me sinto segura",
    ],
}

NEGATIVE = [
    "If I wasn't here on Monday, could you send the notes?",
    "This spreadsheet is killing me.",
    "I'd die for a nap.",
    "Dying to hear how your trip went!",
    "I could kill for a coffee.",
    "My commute is murder.",
    "I'm dead tired.",
    "The presentation killed!",
    "You're killing it.",
    "I nearly died laughing.",
    "I plan to disappear into a book for the weekend.",
    "I want to disappear from the group chat for a week.",
    "I'm exhausted after the launch but proud.",
    "My manager is killing my idea.",
    "My feet are killing me after the hike.",
    "That joke killed me.",
    "I wanted to die of embarrassment.",
    "I'd rather die than sit through another budget meeting.",
    "The cake was to die for.",
    "I hurt myself at the gym.",
    "I burned myself on the stove.",
    "I'll end it here, thanks!",
    "Could we end it early on Friday?",
    "I won't be around next week.",
    "I don't want to wake up early tomorrow.",
    "I hate to be a burden but could we move Tuesday?",
    "The tax burden is heavy this year.",
    "Thank you for everything this year!",
    "Then it hit me that I need a new plan.",
    "The deadline is tight but doable.",
    "I'm drowning in email.",
    "This is my goodbye for now, see you in spring.",
    "I don't see the point of the new weekly report.",
    "What's the point of the offsite agenda?",
    "I'm cutting costs this quarter.",
    "We're cutting back on meetings.",
    "I'm giving away free tickets to the workshop.",
    "I'm giving the keynote next week.",
    "Can we push our session to Thursday?",
    "Please send the slides when you can.",
    "I'm so happy with how the session went.",
    "The problem will disappear once we fix the config.",
    "My boss gets angry if the numbers are late.",
    "I need to check my phone for the dates.",
    "The file disappeared from the shared drive.",
    "me muero de ganas de verte",
    "me muero de hambre",
    "este informe me está matando",
    "muerto de cansancio",
    "je meurs de faim",
    "j'étais mort de rire",
    "ça me tue ce projet",
    "ich sterbe vor Hunger",
    "das bringt mich um",
    "ich bin todmüde",
    "morrendo de rir",
    "estou morta de cansaço",
    "o arquivo sumiu da pasta",
    "vamos terminar a reunião mais cedo",
    "quiero terminar el informe",
    "je veux finir le rapport",
    "ich möchte das Projekt abschließen",
    "Wir sehen uns nächste Woche.",
    "gracias por la sesión de ayer",
    "merci pour la séance",
    "obrigado pela sessão",
    "um so yeah i just i dont know if tuesday works",
    "My razor-sharp focus paid off.",
]

CASES = [(sentence, label) for label, sentences in POSITIVE.items() for sentence in sentences]


@pytest.mark.parametrize(("sentence", "label"), CASES)
def test_a_warning_sign_is_found_and_named(sentence: str, label: str) -> None:
    assert warning_sign([sentence]) == Sign(sentence, label)


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_an_idiom_or_ordinary_sentence_is_not_distress(sentence: str) -> None:
    assert warning_sign([sentence]) is None


def test_the_first_sentence_showing_a_sign_is_quoted_as_given() -> None:
    sentences = [
        "Hi Sam!",
        "This spreadsheet is killing me.",
        "Honestly I CAN’T take it anymore…",
        "I feel trapped.",
    ]
    assert warning_sign(sentences) == Sign(sentences[2], "says the pain is more than they can bear")


def test_a_voicemail_without_punctuation_is_read() -> None:
    found = warning_sign(["um so yeah i just i dont know i just want to um disappear you know"])
    assert found is not None and found.sign == "wants to disappear or not be around"


def test_no_sentences_no_sign() -> None:
    assert warning_sign([]) is None


def test_enough_cases() -> None:
    assert len(CASES) >= 120 and len(NEGATIVE) >= 60


ORDINARY = [
    "Thanks for the session yesterday, it really helped me think about the launch.",
    "Could we move Thursday to 3pm?",
    "I'm exhausted after the launch but proud.",
    "My manager is killing my idea, so I need a plan B.",
    "Please send the worksheet again, I lost it.",
]


# Signs said sideways, added after the first blind sets were scored (written here in other
# words than those sets' messages).
@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("My husband goes through my texts every night.", "is afraid of a partner"),
        ("Honestly staying at the office is easier than going home lately.", "is afraid of a"),
        ("He's never actually hit me, so it's probably fine.", "is afraid of a partner"),
        ("I walk on eggshells around him all weekend.", "is afraid of a partner"),
        ("Mi novio revisa mi celular todos los días.", "is afraid of a partner"),
        ("Il lit mes messages quand je dors.", "is afraid of a partner"),
        ("Er kontrolliert mein Handy jeden Abend.", "is afraid of a partner"),
        ("Ele mexe no meu celular o tempo todo.", "is afraid of a partner"),
        ("The old habit came back last week, only on my leg.", "talks of hurting themselves"),
        ("Long sleeves all summer again, you know why.", "talks of hurting themselves"),
        ("if i vanish its probably the best thing for everyone lol", "talks of being a burden"),
        ("Não vejo mais sentido pra nada.", "sees no reason to live"),
        ("I gave my records to my nephew, I won't be needing them anymore.", "is giving things"),
        ("I really can't see a way out of this one.", "feels trapped"),
    ],
)
def test_signs_said_sideways(sentence: str, sign: str) -> None:
    found = warning_sign([sentence])
    assert found is not None and found.sign.startswith(sign), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I need to check my phone for the dates.",
        "He reads to the kids every night.",
        "The old website is back up.",
        "Long sleeves for the wedding, it's in a church.",
    ],
)
def test_sideways_signs_leave_ordinary_sentences_alone(sentence: str) -> None:
    assert warning_sign([sentence]) is None, sentence
