"""Mail written by machines on a client's behalf: auto-replies, delivery and read reports,
calendar responses. A message any of these rules flags is `ignored`."""

from __future__ import annotations

import re

from service.classify.patterns import ignoring_case as _i
from service.classify.view import Finding, MessageView, Rule
from service.ingest.bounce import MAILER_DAEMON


def auto_submitted(view: MessageView) -> Finding | None:
    value = view.header("Auto-Submitted").lower()
    if value and not value.startswith("no"):
        return Finding(f"sent automatically (Auto-Submitted: {value.split(';')[0]})")
    return None


def bulk_precedence(view: MessageView) -> Finding | None:
    value = view.header("Precedence").lower()
    if value in ("bulk", "junk", "auto_reply"):  # "list" is a person's post to a list
        return Finding(f"bulk or automatic mail (Precedence: {value})")
    return None


def autoreply_headers(view: MessageView) -> Finding | None:
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if view.header(name):
            return Finding(f"an automatic reply ({name} header)")
    return None


_AUTO_SUBJECT = _i(
    r"^[\W_]*(automatic reply|auto[- ]?reply|autoreply|abwesenheitsnotiz|automatische antwort|"
    r"respuesta autom[aá]tica|r[ée]ponse automatique|risposta automatica|automatisch antwoord|"
    r"resposta autom[aá]tica|自動応答|自動返信|"
    r"undeliverable|undelivered mail|delivery (status notification|warning|notification)|"
    r"mail delivery (failed|failure|warning)|delivery has failed|could not be delivered|"
    r"delivery failure|failure notice|returned mail|mail system error|non[- ]?delivery|"
    r"unzustellbar|no se puede entregar|non remis|non distribu|n[ãa]o (foi )?entregue|"
    r"配信不能|配送エラー|read:|gelesen:|le(í|i)do:|lu :|lu:|lido:)"
)
# "Out of office" is also what a person writes in a subject ("Out of office next week: can we
# move?"): a machine's only where the text asks nothing.
_AWAY_SUBJECT = _i(
    r"^(out of (the )?office|away from (the office|e-?mail|my desk)|fuera de la oficina|absence du bureau|fuori (sede|ufficio)|"
    r"afwezig|fora do escrit[oó]rio|不在)"
)


def autoreply_subject(view: MessageView) -> Finding | None:
    """ "Automatic reply: …", "Undeliverable: …", and Exchange's "Out of Office: <subject>"; a
    bare "Out of office next week" only when the text asks nothing."""
    subject = view.message.subject
    away = _AWAY_SUBJECT.match(subject)
    if (
        _AUTO_SUBJECT.match(subject)
        or (away and subject[away.end() :].lstrip().startswith(":"))
        or (away and _asks_nothing(view))
    ):
        return Finding(f"an automatic reply, read receipt or bounce (subject “{subject[:80]}”)")
    return None


def _asks_nothing(view: MessageView) -> bool:
    """Nothing a person would write: no question, no greeting of the coach by name."""
    text = view.fresh[:1500]
    return "?" not in text and "？" not in text and not _GREETS_BY_NAME.match(text)


# A list server's own answers ("please send mail with 'subscribe' in the body").
_LIST_SERVER = _i(
    r"^(listserv|majordomo|mailman|sympa|ezmlm|lyris|[\w.-]+-(request|owner|bounces?))@"
)
# An out-of-office reply without its headers, in the words such replies use, in eight languages.
# Only where the text asks nothing ("I'm away until Monday. Can we move our session?" is a person).
_AWAY = _i(
    r"\b(i am|i'?m|i will be) (currently )?(out of (the )?office|away from (the|my) (office|desk|e-?mail)|"
    r"away from the [\w-]+ (office|desk)|"
    r"on (annual |parental |maternity |sick )?(leave|vacation|holiday))\b[^.?!]{0,60}\b(until|returning|"
    r"back on|and will|with (limited|no) access)|\b(limited|no) access to (my )?e-?mail\b|"
    r"\b(will not|won['’]t) be (reading|checking|answering) (my )?e-?mails? (until|before|till)\b|"
    r"\bestoy (fuera de la oficina|de vacaciones|ausente)\b|\bestar[eé] (fuera|ausente) (hasta|del)\b|"
    r"\bje suis (actuellement )?(absente?|en cong[ée]s?|en vacances)\b|\bje serai (absente?|de retour)\b|"
    r"\bich bin (derzeit |zurzeit |bis )?([^.?!]|\d\.){0,40}\b(nicht im b(ü|ue)ro|abwesend|im urlaub)\b|"
    r"\b(estou|estarei) (ausente|fora do escrit[óo]rio|de f[ée]rias)\b|"
    r"\bsono (attualmente )?(fuori (sede|ufficio)|assente|in ferie)\b|"
    r"\bik ben (momenteel |tot )?[^.?!]{0,30}\b(afwezig|niet op kantoor|met vakantie)\b|"
    r"不在にして|休暇をいただいて|不在のため|"
    # it says what it is: "this is an automated reply", "a reply automatically goes out"
    r"\b(this is an? )?(automatic|automated) (reply|response|message)\b|\breply automatically\b|"
    r"\brespuesta autom[aá]tica\b|\br[ée]ponse automatique\b|\bautomatische antwort\b|"
    r"\bresposta autom[aá]tica\b|\brisposta automatica\b|\bautomatisch antwoord\b|自動返信|自動応答"
)
# A person greets the coach by name ("Ciao Morgan,"); an auto-reply greets whoever wrote.
_GREETS_BY_NAME = re.compile(
    r"^\W*(hi|hello|hey|dear|ciao|hola|bonjour|salut|hallo|liebe[rs]?|ol[áa]|oi|beste|hoi)\s+"
    r"(?!(there|all|everyone|team|sir|madam|friend)\b)[A-ZÀ-Ý][\w'’-]+\s*[,!]",
    re.IGNORECASE,
)


def delivery_failure(view: MessageView) -> Finding | None:
    """A bounce by its envelope: from a mailer daemon, naming failed recipients, or with the empty
    return path that only machines use ("Return-Path: <>")."""
    sender = view.message.sender.email if view.message.sender else ""
    if MAILER_DAEMON.match(sender):
        return Finding(f"a delivery report from {sender.split('@')[0]}")
    if view.header("X-Failed-Recipients"):
        return Finding("a delivery failure (X-Failed-Recipients)")
    if view.header("Return-Path") == "<>":
        return Finding("sent by a machine (an empty Return-Path)")
    if _LIST_SERVER.match(sender):
        return Finding(f"an answer from a list server ({sender.split('@')[0]})")
    return None


# Words one of _AWAY's phrasings holds: a message with none of them is passed over at C speed.
_AWAY_WORDS = (
    "office",
    "automat",
    "autom\u00e1t",
    "\u81ea\u52d5",
    "desk",
    "mail",
    "fuera",
    "leave",
    "vacation",
    "holiday",
    "access",
    "oficina",
    "vacaciones",
    "ausente",
    "absent",
    "cong",
    "vacances",
    "retour",
    "b\u00fcro",
    "buero",
    "abwesend",
    "urlaub",
    "escrit",
    "f\u00e9rias",
    "ferias",
    "fuori",
    "assente",
    "ferie",
    "afwezig",
    "kantoor",
    "vakantie",
    "\u4e0d\u5728",
    "\u4f11\u6687",
)
# ...or by its shape: it opens by thanking for the message and says when an answer will come.
_THANKS_FOR_IT = _i(
    r"(^|\n)\W*((many )?thanks|thank you) for (your|the) (e-?mail|message|note)|(^|\n)\W*gracias por (tu|su) "
    r"(mensaje|correo|e-?mail)|(^|\n)\W*merci (pour|de) (votre|ton) (message|courriel|e-?mail)|"
    r"(^|\n)\W*(vielen )?dank f(ü|ue)r (ihre|deine) (nachricht|e-?mail|mail)|(^|\n)\W*obrigad[oa] pela (sua )?"
    r"(mensagem|e-?mail)|(^|\n)\W*grazie per (il (suo |tuo )?messaggio|la (sua |tua )?e-?mail)|"
    r"(^|\n)\W*bedankt voor (uw|je) (bericht|e-?mail)|(^|\n)\W*メールありがとうございます"
)
_ANSWER_LATER = _i(
    r"\b(until|till|through|back on|return(ing)? on|when i(['’]m| am) back|on my return|as soon as "
    r"(i can|possible)|get back to you|hasta|a mi regreso|cuando vuelva|jusqu|(à|a) mon retour|"
    r"d[eè]s (mon retour|que possible)|bis (zum|einschlie)|nach meiner r(ü|ue)ckkehr|at[ée] (o dia |dia )?"
    r"\d|assim que poss[ií]vel|no meu regresso|fino a|al mio rientro|tot en met|na mijn terugkeer|"
    r"まで)"
)
# A calendar answer said in its body ("Theo has tentatively accepted your invitation.").
_CALENDAR_BODY = _i(
    r"^\W*[^.?!\n]{1,60}\b(has|have) (tentatively )?(accepted|declined) (your|this|the) invitation|"
    r"^\W*[^.?!\n]{1,60}\b(a|ont) (provisoirement )?(accept[ée]|refus[ée]) (votre |ton |l['’])invitation|"
    r"^\W*[^.?!\n]{1,60}\bha (aceptado|rechazado) (tu|su|la) invitaci[oó]n|"
    r"^\W*[^.?!\n]{1,60}\bhat (ihre|deine|die) einladung (angenommen|abgelehnt)|"
    r"^\W*[^.?!\n]{1,60}\b(aceitou|recusou) (seu|o|teu) convite"
)


# A bounce in its own words, from a filter or gateway that sends no report ("Unable to deliver
# message to <x>", "Votre message n'a pas pu etre delivre").
_BOUNCE_WORDS = _i(
    r"\b(your |the |this )?(e-?mail |message |mail )(to [^\s]+ )?(could not|couldn['’]t|cannot|can['’]t|"
    r"was not|wasn['’]t) (be )?deliver(ed)?\b|\bunable to deliver (the |your |this )?(message|mail)\b|"
    r"\bdelivery (to the following recipients? |has )?(failed|permanently failed)\b|"
    r"\bn['’]a pas pu [eê]tre (d[ée]livr[ée]|remis|distribu[ée])|\bno (se )?(ha podido|pudo) (ser )?entregar|"
    r"\bkonnte nicht zugestellt werden|\bn[ãa]o p[ôo]de ser entregue|\bnon (è stato|ha potuto essere) "
    r"(consegnat|recapitat)|\bkon niet (worden )?(afgeleverd|bezorgd)|配信(でき|出来)ませんでした"
)

_ADDRESS_NEAR = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def away_message(view: MessageView) -> Finding | None:
    """An out-of-office reply, or a calendar answer, that carries none of the usual headers, told
    by its words; never a message that asks something."""
    if not _asks_nothing(view):
        return None
    text = view.fresh[:600]  # such replies say it at once
    lowered = text.lower()
    found = _AWAY.search(text) if any(word in lowered for word in _AWAY_WORDS) else None
    if found:
        return Finding(f"an out-of-office reply (“{' '.join(found.group(0).split())[:60]}”)")
    if _THANKS_FOR_IT.search(text[:300]) and _ANSWER_LATER.search(text):
        return Finding("an automatic reply (it thanks for the message and says when you will hear)")
    if _CALENDAR_BODY.search(text) and not _WITH_A_NOTE.search(text):
        return Finding("a calendar response")
    bounce = _BOUNCE_WORDS.search(text)
    if bounce and _ADDRESS_NEAR.search(text, bounce.start(), bounce.end() + 120):
        return Finding("a delivery failure, in its own words, naming the address")
    return None


def report_content(view: MessageView) -> Finding | None:
    if view.message.content_type in ("multipart/report", "message/delivery-status"):
        return Finding("a delivery or read report (multipart/report)")
    return None


_CALENDAR_SUBJECT = _i(
    r"^(accepted|declined|tentative|tentatively accepted|updated invitation|invitation (accepted|declined)|"
    r"aceptad[oa]|rechazad[oa]|invitaci[oó]n (aceptada|rechazada)|provisional|"
    r"accept[ée]e?|refus[ée]e?|invitation (accept[ée]e|refus[ée]e)|provisoire|"
    r"angenommen|abgelehnt|mit vorbehalt angenommen|zugesagt|abgesagt|"
    r"aceit[oa]|recusad[oa]|convite (aceito|aceite|recusado)|provis[oó]rio|"
    r"accettat[oa]|rifiutat[oa]|geaccepteerd|afgewezen|voorlopig)\s*:"
)


# "… has tentatively accepted this invitation and says: …": a note the person typed, hers to read.
_WITH_A_NOTE = _i(r"\binvitation,? (and says|y dice|et dit|und sagt|e diz|e dice|en zegt)\s*:")


def calendar_response(view: MessageView) -> Finding | None:
    """An accept or decline; not one with a note that asks ("Could we do Friday instead?")."""
    subject = view.message.subject
    content_type = view.header("Content-Type").lower()
    if not _asks_nothing(view) or _WITH_A_NOTE.search(view.fresh[:1500]):
        return None
    if _CALENDAR_SUBJECT.match(subject) or (
        "text/calendar" in content_type and "method=reply" in content_type
    ):
        return Finding(f"a calendar response (“{subject[:80]}”)")
    return None


# The rules that read a machine by the words a person might also write; where one of them alone
# finds a machine and the text shows distress, the distress stands.
WORDED_RULES: frozenset[Rule] = frozenset({away_message, calendar_response})

IGNORE_RULES: tuple[Rule, ...] = (
    auto_submitted,
    bulk_precedence,
    autoreply_headers,
    autoreply_subject,
    report_content,
    delivery_failure,
    calendar_response,
    away_message,
)
