"""A group announcement: mail a client sends to many people at once (a launch, a move, a
newsletter of their own), the coach among them. Its questions and requests are asked of every
reader ("Want to see how we work?", "Please share this"), rarely of the coach. Told by its
headers first (a list's, blind copies, many recipients), then by a greeting to a group. Pure.
"""

from __future__ import annotations

from service.classify.patterns import ignoring_case as _i
from service.classify.view import MessageView

# A greeting to many: "Hi everyone," "Dear friends and clients," "Hola a todos," "Liebe Freunde,"
_GROUP_GREETING = _i(
    r"^(hi|hello|hey|dear|greetings|good morning),? (all|everyone|everybody|friends|folks|"
    r"team|y'?all|(my )?(dear |lovely )?(friends|clients|colleagues|community|network|neighbou?rs))\b|"
    r"^(hola|buenos d[ií]as|queridos|queridas|estimados|estimadas),? (a )?(tod[oa]s|amig[oa]s|"
    r"clientes|colegas)\b|^(bonjour|salut|coucou|chers|ch[eè]res)( [àa])? (tous|toutes|tout le monde|"
    r"amis|amies|clients|coll[eè]gues)\b|^(hallo|liebe|lieber|guten tag|moin)( an)? (alle|zusammen|"
    r"freunde|freundinnen|kunden|kolleg\w*)\b|^(ol[aá]|oi|queridos|queridas|prezados|caros),? "
    r"(a )?(tod[oa]s|amig[oa]s|clientes|colegas|fam[ií]lia)\b"
)
# An address that stands for a group: "friends@", "team@", "newsletter@".
_GROUP_MAILBOX = _i(
    r"^(all|everyone|friends|team|members|community|list|lists|news|newsletter|updates|"
    r"announce\w*|circle|network|clients|customers|subscribers)[-_.]?\w*@"
)
# What an announcement asks of every reader: a pitch ("Tired of…?", "¿Quieres ver…?") or a
# promotion ("subscribe", "share this", "spread the word").
PITCH = _i(
    r"^(want to|ready to|looking for|curious|interested in|did you know|ever wondered|"
    r"have you ever|what if you|are you ready|struggling with|tired of|need (a|an|some|help)|"
    r"(¿ ?)?(quieres|quiere|queres|te gustar[ií]a|sab[ií]as que|est[aá]s buscando|buscas|"
    r"cansad[oa] de|vous voulez|tu veux|envie de|saviez-vous|savais-tu|vous cherchez|"
    r"marre de|m[oö]chtest du|m[oö]chten sie|willst du|wollen sie|wusstest du|wussten sie|"
    r"suchst du|suchen sie|keine lust (mehr )?auf|quer|voc[eê] quer|sabia que|procurando|"
    r"cansad[oa] de|j[aá] imaginou|imagina))\b"
)
PROMOTION = _i(
    r"\b(subscribe|sign up|register|follow (us|me|along)|share (this|it|the|with)|forward (this|it)|"
    r"spread the word|tell (a friend|one person|anyone|your friends)|leave a review|rate (it|us)|"
    r"like and|retweet|rsvp|suscr[ií]b\w*|comp[aá]rt\w*|reg[ií]strate|s[ií]gue(me|nos)|"
    r"abonne\w*|partage\w*|inscri\w*|faites passer|abonnier\w*|teil(t|e|en) (es|das|diese\w*|gerne)|weitersagen|weiterleit\w*|"
    r"folg(e|t) (uns|mir)|anmeld\w*|inscrev\w*|compartilh\w*|sigam?\b|segue-nos|divulg\w*|repass\w*|confirme presen[çc]a|"
    r"who'?s (coming|in)|qui[eé]n (viene|se apunta)|qui (vient|est partant)|wer kommt|quem vem)\b"
)


def is_announcement(view: MessageView) -> bool:
    """Sent to a list or to many people at once, or greeting a group: its questions are rarely
    for the coach."""
    if view.header("List-Id") or view.header("List-Unsubscribe"):
        return True
    to, cc = view.header("To"), view.header("Cc")
    if to in ("", "[]"):  # no To: the coach was among the blind copies
        return True
    if "undisclosed" in to.lower() or (to + cc).count("@") >= 5:
        return True
    recipients = [address.email.lower() for address in view.message.recipients]
    sender = view.message.sender.email.lower() if view.message.sender else ""
    if recipients and sender and all(address == sender for address in recipients):
        return True  # sent to oneself, everyone else in blind copy
    if any(_GROUP_MAILBOX.match(address) for address in recipients):
        return True
    first = next(iter(view.sentences), "")
    return bool(_GROUP_GREETING.search(first.strip()))
