"""A reading of the client's fresh text: its sentences, each with its role.

`text.fresh_text` has cut the quoted thread, forwards and the conventional signature markers.
What is left still holds sentences that are not the client asking the coach anything: a
signature after "Best," (with its "Book a call?" link), a legal or mailing-list footer ("Did you
receive this message in error?"), a poem, a question the client reports someone else asking
("Remember when you asked me why…?"). Judgement of questions and requests reads the client's
own sentences only; distress reads every sentence the client wrote (a poem too). Pure.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from itertools import pairwise

from service.classify.patterns import ignoring_case as _i
from service.classify.quick import QuickPattern, quick_form
from service.classify.text import sentences


class Role(enum.StrEnum):
    OWN = "own"  # the client's own words to the coach
    REPORTED = "reported"  # a question or request someone else made, told by the client
    POEM = "poem"  # lines of a poem or verse the client shares
    SIGNATURE = "signature"  # after a closing ("Best, Jane"): name, links, taglines
    FOOTER = "footer"  # a legal disclaimer or a mailing list's footer


@dataclass(frozen=True)
class Sentence:
    text: str
    role: Role


_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# A closing on a line of its own: what follows it is the signature.
_CLOSING = _i(
    r"^(best( wishes| regards)?|(kind |warm |many )?(regards|thanks|wishes)|thank you( so much)?|"
    r"cheers|warmly|warm(est)? regards|sincerely|yours( truly)?|love|hugs|xo+|talk soon|"
    r"all the best|take care|saludos( cordiales)?|un (abrazo|saludo)|abrazos|besos|gracias|"
    r"cordialement|bien (à vous|a vous|amicalement)|bises|amitiés|amicalement|merci( beaucoup)?|"
    r"(viele|liebe|beste|herzliche) grüße|(viele|liebe|beste|herzliche) gruesse|lg|vg|mfg|danke|"
    r"abraços?|abracos?|beijos?|atenciosamente|obrigad[oa]|um abraço|bjs)[\s,.!]*$"
)
_FOOTER = _i(
    r"(confidential|privileged|intended (solely |only )?for the (use of the )?(named |intended )?"
    r"(addressee|recipient|individual)|(received|receive) this (message|e-?mail|communication) in "
    r"error|unsubscribe|you are receiving this|you received this (email|message) because|"
    r"manage (your )?(email )?preferences|view (this email )?in your browser|disclaimer|"
    r"mensaje (es )?confidencial|darse de baja|message (est )?confidentiel|se d[ée]sinscrire|"
    r"vertraulich|abmelden|mensagem (é |e )?confidencial|cancelar (a )?inscri[çc][ãa]o|"
    r"privacy (policy|notice)|data protection|datos personales|protecci[óo]n de datos|aviso legal|"
    r"donn[ée]es personnelles|datenschutz|dados pessoais|"
    # "Don't want these any more?": a sender's own unsubscribe line, in the five languages
    r"(no longer|don'?t|do not) (wish|want) to (receive|get) |n[ãa]o (quer|deseja) (mais )?receber|"
    r"voc[eê] est[aá] recebendo (este|esse)|est[aá]s recibiendo este|(ya )?no (deseas|quieres) "
    r"recibir|vous recevez (ce|cet)|ne (plus|pas) recevoir|sie erhalten diese|nicht mehr erhalten)"
)
_POEM_CUE = _i(r"\b(poem|poetry|verses?|haiku|poema|poesía|poesia|poème|poésie|gedicht|lyrics)\b")
# Someone else's question or request, told by the client: "you asked me why…", "my boss asked
# whether…", "I asked myself…". Not "I want to ask you…" (that one asks).
_REPORTED = _i(
    r"\b(remember when you asked|you (once |always |kept )?ask(ed)? (me|us)|"
    r"(he|she|they|someone|everyone|people|my \w+|her \w+|his \w+) (asked|asks|was asking|kept asking|"
    r"wondered|wanted to know)|i (asked|ask) (myself|him|her|them)|"
    r"me pregunt(ó|o|aste|aron)|(il|elle|tu) m'a(s)? demandé|(hat|hast) mich gefragt|"
    r"(fragte|fragten) mich|me pergunt(ou|aram|aste))\b"
)


def _quick(pattern: re.Pattern[str]) -> QuickPattern:
    return quick_form(pattern.pattern)


# RE2 forms that read the whole text once: most messages have no footer, poem or reported
# question, and then no paragraph or sentence is searched by `re` for one (several times faster).
_QUICK_FOOTER, _QUICK_POEM, _QUICK_REPORTED = map(_quick, (_FOOTER, _POEM_CUE, _REPORTED))


def read(fresh: str) -> tuple[Sentence, ...]:
    """The fresh text's sentences, in order, each with its role."""
    lowered = fresh.lower().encode("utf-8", "surrogatepass")
    footers = _QUICK_FOOTER.search(lowered) is not None
    reports = _QUICK_REPORTED.search(lowered) is not None
    body, signature = _split_signature(fresh.strip())
    paragraphs = [p for p in _PARAGRAPH.split(body) if p.strip()]
    poem_cued = _QUICK_POEM.search(lowered) is not None and bool(_POEM_CUE.search(fresh))
    found: list[Sentence] = []
    titled = False
    for number, paragraph in enumerate(paragraphs):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        late = number >= len(paragraphs) // 2  # footers come late
        titled = titled or (number > 0 and _is_title(paragraphs[number - 1]))
        if footers and late and len(paragraph) > 60 and _FOOTER.search(paragraph):
            found += [Sentence(s, Role.FOOTER) for s in sentences(paragraph)]
        elif _is_verse(lines, poem_cued, titled):
            found += [Sentence(line, Role.POEM) for line in lines]
            titled = True  # the next stanza of the same poem
        else:
            found += [
                Sentence(s, Role.REPORTED if reports and _reported(s) else Role.OWN)
                for s in sentences("\n".join(lines))
            ]
    for paragraph in (p for p in _PARAGRAPH.split(signature) if p.strip()):
        role = Role.FOOTER if footers and _FOOTER.search(paragraph) else Role.SIGNATURE
        found += [Sentence(s, role) for s in sentences(paragraph)]
    return tuple(found)


_PS = _i(r"^p\.?\s?s\b")
_GREETING = _i(
    r"^(hi|hello|hey|dear|hola|querid[oa]s?|estimad[oa]|bonjour|salut|cher|ch[eè]re|hallo|liebe|lieber|ol[aá]|oi|prezad[oa])\b"
)


def _split_signature(text: str) -> tuple[str, str]:
    """The text before a closing line ("Best," "Un abrazo,") after its first line, and the
    signature from there: only when what follows is short, signature-like lines with no P.S.
    ("Thanks!" and then a long paragraph is no closing)."""
    lines = text.splitlines()
    for index in range(len(lines) - 1, 0, -1):
        if not _CLOSING.match(lines[index].strip()):
            continue
        rest = [line.strip() for line in lines[index + 1 :] if line.strip()]
        if len(rest) <= 8 and all(
            (len(line) <= 80 or _FOOTER.search(line)) and not _PS.match(line) for line in rest
        ):
            return "\n".join(lines[:index]), "\n".join(lines[index:])
        return text, ""
    return _split_card(text)


# A signature card with no closing before it: a name line, then title, company, links.
_CONTACT = _i(
    r"(https?://|www\.|\w\.(com|org|net|io|co|example)\b|(^|\s)@\w|\w@\w|\+?\d[\d ().-]{7,}\d)"
)
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _split_card(text: str) -> tuple[str, str]:
    """The text before a last paragraph that is a card ("Kwame Asante / Asante Studio /
    asante-studio.com | @kwame"), and the card: a name line, at most six short lines, a contact."""
    paragraphs = _PARAGRAPH.split(text)
    if len(paragraphs) < 2:
        return text, ""
    lines = [line.strip() for line in paragraphs[-1].splitlines() if line.strip()]
    words = lines[0].split() if lines else []
    named = 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)
    if not named or len(lines) > 7 or any(len(line) > 80 for line in lines):
        return text, ""
    if not any(_CONTACT.search(line) for line in lines[1:]):
        return text, ""
    return "\n\n".join(paragraphs[:-1]), paragraphs[-1]


def _reported(sentence: str) -> bool:
    """A question the client tells of: the reporting words lead into its last clause ("you asked
    me why I left?"), not into a clause before the client's own ("she asked me to lead it,
    should I?")."""
    if not sentence.rstrip("\"')”’ ").endswith("?"):
        return False
    matches = list(_REPORTED.finditer(sentence))
    return bool(matches) and not re.search(r"[,;:–—]| - ", sentence[matches[-1].end() :])


def _is_verse(lines: list[str], cued: bool, titled: bool = False) -> bool:
    """Short lines that are not a list: a poem when the message calls it one, or when most of
    its lines end without a full stop (prose wrapped at 72 columns does neither)."""
    if len(lines) < 4 or any(re.match(r"^([-*•]|\d+[.)])\s", line) for line in lines):
        return False
    short = sum(1 for line in lines if len(line) <= 55) >= 0.75 * len(lines)
    if not short:
        return False
    open_ended = sum(1 for line in lines if not line.endswith((".", "!", "?", ":")))
    return (
        cued
        or (len(lines) >= 6 and open_ended >= 0.6 * len(lines))
        or (titled and _enjambed(lines))
    )


def _enjambed(lines: list[str]) -> bool:
    """Verse's run-on lines: two or more lines that carry on, in lower case, a line left open
    ("What do you do with a Tuesday / that wants to be a Friday?"), among lines that begin
    with a capital."""
    runs = sum(
        1
        for before, line in pairwise(lines)
        if line[0].islower() and not before.endswith((".", "!", "?", ":"))
    )
    return runs >= 2 and sum(1 for line in lines if line[0].isupper()) >= 2


def _is_title(paragraph: str) -> bool:
    """A poem's title on a line of its own: short, capitalised, no full stop, not a greeting."""
    line = paragraph.strip()
    return (
        "\n" not in line
        and 0 < len(line) <= 40
        and line[0].isupper()
        and not line.endswith((".", "!", "?", ":", ",", ";"))
        and not _GREETING.match(line)
    )
