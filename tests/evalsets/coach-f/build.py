"""Wrap the words in messages.py in the MIME each mail program or phone service would send.

Run: /work/main/.venv/bin/python tests/evalsets-unscored/coach-f/build.py
Writes one .eml per message and labels.csv next to this file. Only wraps: every word a client
writes, and every label, is in messages.py.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from messages import COACH, MESSAGES  # noqa: E402

COACH_NAME, COACH_ADDR = COACH


def _esc(s: str) -> str:
    return html.escape(s, quote=False)
MX = "mx1.lambrecht-coaching.example"

# ---------------------------------------------------------------- dates

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
DAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def when(text: str, tz: str = "+0100") -> datetime:
    sign = 1 if tz[0] == "+" else -1
    offset = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=offset)


def rfc2822(d: datetime, seconds: int = 0) -> str:
    d = d + timedelta(seconds=seconds)
    return d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S %z")


def seed(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


# ---------------------------------------------------------------- encodings


def hdr(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if all(ord(c) < 128 for c in text):
        return text
    if enc == "B":
        return "=?" + charset.upper() + "?B?" + base64.b64encode(text.encode(charset)).decode() + "?="
    return Header(text, charset).encode()


def addr(name: str, email: str, charset: str = "utf-8", enc: str = "Q", quote: bool = False) -> str:
    if not name:
        return email
    shown = hdr(name, charset, enc)
    if shown == name and (quote or any(c in name for c in ",.()")):
        shown = '"' + name + '"'
    return f"{shown} <{email}>"


def qp(text: str, charset: str) -> str:
    raw = text.replace("\n", "\r\n").encode(charset)
    out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return out.replace("\r\n", "\n").replace("=\n", "=\n")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def flowed(text: str, width: int = 72) -> str:
    """Wrap as format=flowed does: soft breaks end in a space (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            prefix += " "
            line = line[1:]
        if len(prefix) + len(line) <= width or line == "-- ":
            out.append(prefix + line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(prefix + cur)
    return "\n".join(out)


def part(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> str:
    if "format=flowed" in extra and "delsp" not in extra:
        text = flowed(text)
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.replace("\n", "\r\n").encode(charset))
    else:
        body = text
    params = f'; charset="{charset}"' if charset != "UTF-8-bare" else ""
    head = f"Content-Type: {ctype}{params}{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + body.rstrip("\n") + "\n"


def multipart(kind: str, boundary: str, parts: list[str], extra: str = "") -> tuple[str, str]:
    ctype = f'multipart/{kind}; boundary="{boundary}"{extra}'
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p + "\n"
    body += f"--{boundary}--\n"
    return ctype, body


FAKE = {
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "docx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml" + bytes(range(40)),
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(60)) + b"\xff\xd9",
    "mp3": b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(range(64)),
    "wav": b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00" + bytes(range(32)),
    "ics": None,
}
MIME_OF = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "jpg": "image/jpeg",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
}


def attachment(name: str, style: str = "plain") -> str:
    ext = name.rsplit(".", 1)[-1].lower()
    data = FAKE[ext]
    shown = hdr(name) if any(ord(c) > 127 for c in name) else name
    if style == "apple":
        return (
            f'Content-Disposition: attachment;\n\tfilename="{shown}"\nContent-Type: {MIME_OF[ext]};\n'
            f'\tx-unix-mode=0644;\n\tname="{shown}"\nContent-Transfer-Encoding: base64\n\n{b64(data)}\n'
        )
    return (
        f'Content-Type: {MIME_OF[ext]}; name="{shown}"\nContent-Disposition: attachment; filename="{shown}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n"
    )


# ---------------------------------------------------------------- quoting


def attribution(style: str, lang: str, d: datetime, name: str, email: str, to: str, subject: str) -> str:
    wd, day, mon, y, hm = d.weekday(), d.day, d.month - 1, d.year, d.strftime("%H:%M")
    if style == "gmail":
        return {
            "en": f"On {DAYS_SHORT['en'][wd]}, {day} {MONTHS_SHORT['en'][mon]} {y} at {hm}, {name} <{email}> wrote:",
            "fr": f"Le {DAYS_SHORT['fr'][wd]} {day} {MONTHS_SHORT['fr'][mon]} {y} à {hm}, {name} <{email}> a écrit :",
            "es": f"El {DAYS_SHORT['es'][wd]}, {day} {MONTHS_SHORT['es'][mon]} {y} a las {hm}, {name} (<{email}>) escribió:",
            "de": f"Am {DAYS_SHORT['de'][wd]}, {day}. {MONTHS_SHORT['de'][mon]} {y} um {hm} Uhr schrieb {name} <{email}>:",
            "pt": f"{name} <{email}> escreveu ({DAYS_SHORT['pt'][wd]}, {day}/{mon + 1}/{y} à(s) {hm}):",
        }[lang]
    if style in ("apple", "iphone"):
        return {
            "en": f"On {day} {MONTHS_SHORT['en'][mon]} {y}, at {hm}, {name} <{email}> wrote:",
            "fr": f"Le {day} {MONTHS_SHORT['fr'][mon]} {y} à {hm}, {name} <{email}> a écrit :",
            "de": f"Am {day}.{mon + 1:02d}.{y} um {hm} schrieb {name} <{email}>:",
            "es": f"El {day} {MONTHS_SHORT['es'][mon]} {y}, a las {hm}, {name} <{email}> escribió:",
            "pt": f"A {day}/{mon + 1:02d}/{y}, às {hm}, {name} <{email}> escreveu:",
        }[lang]
    if style == "thunderbird":
        return {
            "fr": f"Le {day:02d}/{mon + 1:02d}/{y} à {hm}, {name} a écrit :",
            "de": f"Am {day:02d}.{mon + 1:02d}.{str(y)[2:]} um {hm} schrieb {name}:",
            "en": f"On {day:02d}/{mon + 1:02d}/{y} {hm}, {name} wrote:",
        }[lang]
    if style == "proton":
        return f"On {DAYS['en'][wd]}, {day} {MONTHS['en'][mon]} {y} at {hm}, {name} <{email}> wrote:"
    if style in ("outlook", "owa"):
        if lang == "en":
            ampm = d.strftime("%I:%M %p").lstrip("0")
            sent = f"{DAYS['en'][wd]}, {MONTHS['en'][mon]} {day}, {y} {ampm}" if style == "owa" else f"{DAYS['en'][wd]}, {day} {MONTHS['en'][mon]} {y} {hm}"
            return f"From: {name} <{email}>\nSent: {sent}\nTo: {to}\nSubject: {subject}"
        if lang == "fr":
            return f"De : {name} <{email}>\nEnvoyé : {DAYS['fr'][wd]} {day} {MONTHS['fr'][mon]} {y} {hm}\nÀ : {to}\nObjet : {subject}"
        if lang == "de":
            return f"Von: {name} <{email}>\nGesendet: {DAYS['de'][wd]}, {day}. {MONTHS['de'][mon]} {y} {hm}\nAn: {to}\nBetreff: {subject}"
        if lang == "es":
            return f"De: {name} <{email}>\nEnviado el: {DAYS['es'][wd]}, {day} de {MONTHS['es'][mon]} de {y} {hm}\nPara: {to}\nAsunto: {subject}"
        if lang == "pt":
            return f"De: {name} <{email}>\nEnviado: {DAYS['pt'][wd]}, {day} de {MONTHS['pt'][mon]} de {y} {hm}\nPara: {to}\nAssunto: {subject}"
    if style == "gmx":
        return (
            f"Gesendet: {DAYS['de'][wd]}, {day:02d}. {MONTHS['de'][mon]} {y} um {hm} Uhr\n"
            f'Von: "{name}" <{email}>\nAn: {to}\nBetreff: {subject}'
        )
    if style == "orange":
        return (
            f"> Message du {day:02d}/{mon + 1:02d}/{str(y)[2:]} {hm}\n> De : \"{name}\" <{email}>\n"
            f"> A : {to}\n> Copie à : \n> Objet : {subject}"
        )
    if style == "samsung":
        top = {"pt": "Mensagem original", "fr": "Message d'origine", "en": "Original message", "es": "Mensaje original"}[lang]
        lab = {
            "pt": ("De", "Data", "Para", "Assunto"),
            "fr": ("De", "Date", "À", "Objet"),
            "en": ("From", "Date", "To", "Subject"),
            "es": ("De", "Fecha", "Para", "Asunto"),
        }[lang]
        return (
            f"-------- {top} --------\n{lab[0]}: {name} <{email}>\n{lab[1]}: {day:02d}/{mon + 1:02d}/{y} {hm} (GMT{d.strftime('%z')[:3]}:{d.strftime('%z')[3:]})\n"
            f"{lab[2]}: {to}\n{lab[3]}: {subject}"
        )
    raise ValueError((style, lang))


def quoted_plain(style: str, attr: str, text: str) -> str:
    if style in ("outlook", "owa"):
        rule = "________________________________\n" if style == "owa" else ""
        return "\n" + rule + attr + "\n\n" + text
    if style == "gmx":
        return "\n\n" + attr + "\n\n" + text
    if style == "samsung":
        return "\n\n" + attr + "\n\n" + text
    if style == "orange":
        return "\n\n" + attr + "\n> \n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    lines = "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if style in ("apple", "iphone"):
        return "\n\n> " + attr + "\n> \n" + lines
    return "\n\n" + attr + "\n" + lines


def paras_html(text: str, wrap: str = "div") -> str:
    out = []
    for line in text.split("\n"):
        esc = _esc(line)
        if wrap == "p":
            out.append(f'<p class="MsoNormal">{esc or "&nbsp;"}<o:p></o:p></p>')
        elif wrap == "br":
            out.append(esc + "<br>")
        else:
            out.append(f"<div>{esc or '<br>'}</div>")
    return "\n".join(out)


def html_body(style: str, body: str, attr: str | None, quoted: str | None) -> str:
    q = ""
    if style == "gmail":
        if attr:
            q = (
                '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{_esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{paras_html(quoted)}</blockquote></div>'
            )
        return f'<div dir="ltr">{paras_html(body)}</div>{q}\n'
    if style in ("apple", "iphone"):
        if attr:
            q = (
                f'<div><br><blockquote type="cite"><div>{_esc(attr)}</div><br class="Apple-interchange-newline">'
                f"{paras_html(quoted)}</blockquote></div>"
            )
        bodyattr = 'dir="auto"' if style == "iphone" else 'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f"<body {bodyattr}>{paras_html(body)}{q}</body></html>\n"
        )
    if style == "outlook":
        if attr:
            a = "<br>\n".join("<b>" + _esc(l.split(":", 1)[0]) + ":</b>" + _esc(l.split(":", 1)[1]) for l in attr.split("\n"))
            q = (
                '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><span lang="EN-US">{a}</span><o:p></o:p></p></div></div>'
                f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{paras_html(quoted, "p")}'
            )
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;font-size:11.0pt;font-family:\"Aptos\",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head><body lang="FR-BE" link="#467886" vlink="#96607D" '
            f'style="word-wrap:break-word"><div class="WordSection1">{paras_html(body, "p")}{q}</div></body></html>\n'
        )
    if style == "owa":
        if attr:
            a = "<br>".join("<b>" + _esc(l.split(":", 1)[0]) + ":</b>" + _esc(l.split(":", 1)[1]) for l in attr.split("\n"))
            q = (
                '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f'{a}</font><div>&nbsp;</div></div><div>{paras_html(quoted)}</div>'
            )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            f"{paras_html(body)}</div>{q}</body></html>\n"
        )
    if style == "gmx":
        if attr:
            q = (
                '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; '
                f'word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
                f'<div style="margin:0 0 10px 0;"><b>{"<br>".join(_esc(l) for l in attr.split(chr(10)))}</b></div>'
                f'<div name="quoted-content">{paras_html(quoted, "br")}</div></div>'
            )
        return (
            '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            f"{paras_html(body)}{q}</div></body></html>\n"
        )
    if style == "orange":
        if attr:
            qa = "<br>".join(_esc(l[2:]) for l in attr.split("\n"))
            q = (
                f'<br><br><blockquote style="margin-left: 0.5em; padding-left: 0.5em; border-left: 1px solid blue;">'
                f"{qa}<br><br>{paras_html(quoted, 'br')}</blockquote>"
            )
        return f"<html><head></head><body><p>{paras_html(body, 'br')}</p>{q}</body></html>\n"
    if style == "samsung":
        if attr:
            qa = "".join(f"<div>{_esc(l)}</div>" for l in attr.split("\n"))
            q = f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{qa}</div>{paras_html(quoted)}'
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'<div dir="auto">{paras_html(body)}</div>{q}</body></html>\n'
        )
    if style == "proton":
        if attr:
            q = f'<div class="protonmail_quote">{_esc(attr)}<br><blockquote class="protonmail_quote" type="cite">{paras_html(quoted)}</blockquote></div>'
        return f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{paras_html(body)}</div>{q}\n'
    if style == "thunderbird":
        if attr:
            q = f'<div class="moz-cite-prefix">{_esc(attr)}<br></div><blockquote type="cite">{paras_html(quoted, "br")}</blockquote>'
        return (
            '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            f"  </head>\n  <body>\n    <p>{paras_html(body, 'br')}</p>\n    {q}\n  </body>\n</html>\n"
        )
    raise ValueError(style)


# ---------------------------------------------------------------- mail programs

PROGRAMS = {
    # style, message-id form, extra headers, default charset/encodings
    "gmail": dict(style="gmail", cs="UTF-8", cte="quoted-printable", hcte="quoted-printable"),
    "gmail-b64": dict(style="gmail", cs="UTF-8", cte="base64", hcte="base64"),
    "apple": dict(style="apple", cs="utf-8", cte="quoted-printable", hcte="quoted-printable"),
    "iphone": dict(style="iphone", cs="utf-8", cte="quoted-printable", hcte="quoted-printable"),
    "iphone-plain": dict(style="iphone", cs="utf-8", cte="quoted-printable", hcte=None),
    "outlook": dict(style="outlook", cs="iso-8859-1", cte="quoted-printable", hcte="quoted-printable"),
    "outlook-1252": dict(style="outlook", cs="windows-1252", cte="quoted-printable", hcte="quoted-printable"),
    "owa": dict(style="owa", cs="utf-8", cte="base64", hcte="base64"),
    "owa-android": dict(style="owa", cs="utf-8", cte="base64", hcte="base64"),
    "thunderbird": dict(style="thunderbird", cs="UTF-8", cte="8bit", hcte=None),
    "thunderbird-15": dict(style="thunderbird", cs="ISO-8859-15", cte="8bit", hcte=None),
    "thunderbird-html": dict(style="thunderbird", cs="UTF-8", cte="quoted-printable", hcte="quoted-printable"),
    "gmx": dict(style="gmx", cs="UTF-8", cte="quoted-printable", hcte="quoted-printable"),
    "webde": dict(style="gmx", cs="UTF-8", cte="quoted-printable", hcte="quoted-printable"),
    "orange": dict(style="orange", cs="UTF-8", cte="quoted-printable", hcte="quoted-printable"),
    "samsung": dict(style="samsung", cs="UTF-8", cte="base64", hcte="base64"),
    "proton": dict(style="proton", cs="utf-8", cte="quoted-printable", hcte="base64"),
}


def message_id(program: str, m: dict, d: datetime, email: str) -> str:
    h = seed(m["file"])
    dom = email.split("@")[1]
    if program.startswith("gmail") or program == "samsung-gmail":
        return f"<CA{h[:2].upper()}{base64.b32encode(bytes.fromhex(h[:30])).decode().rstrip('=')}+{h[30:36]}@mail.gmail.com>"
    if program in ("apple", "iphone", "iphone-plain"):
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if program.startswith("outlook"):
        u = h.upper()
        return f"<AM9PR0{u[0]}MB{int(h[1:6], 16) % 9999:04d}{u[6:14]}{u[14:22]}@AM9PR0{u[0]}MB{int(h[1:6], 16) % 9999:04d}.eurprd0{int(h[22], 16) % 9}.prod.outlook.com>"
    if program.startswith("owa"):
        u = h.upper()
        return f"<DB9P193MB{int(h[:4], 16) % 9999:04d}{u[4:12]}{u[12:20]}@DB9P193MB{int(h[:4], 16) % 9999:04d}.EURP193.PROD.OUTLOOK.COM>"
    if program.startswith("thunderbird"):
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
    if program in ("gmx", "webde"):
        host = "3c-app-gmx-bap42" if program == "gmx" else "3c-app-webde-bs27"
        return f"<trinity-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-{int(d.timestamp()) * 1000 + int(h[32:35], 16)}@{host}>"
    if program == "orange":
        return f"<{int(h[:9], 16) % 999999999}.{int(h[9:14], 16)}.{int(d.timestamp()) * 1000}.JavaMail.open-xchange@opme11oxm2{int(h[14], 16) % 9}nd1.rouen.francetelecom.fr>"
    if program == "samsung":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@email.android.com>"
    if program == "proton":
        return f"<{base64.urlsafe_b64encode(bytes.fromhex(h + h[:20])).decode()[:60]}=@proton.me>"
    return f"<{h[:24]}@{dom}>"


def received(m: dict, d: datetime, email: str, program: str) -> str:
    dom = email.split("@")[1]
    h = seed(m["file"], "rcv")
    if program.startswith("gmail") or program == "samsung":
        relay = f"mail-wr1-f{int(h[:2], 16) % 70 + 10}.google.com"
        ip = f"209.85.221.{int(h[2:4], 16) % 200 + 20}"
    elif program.startswith("owa") or program.startswith("outlook"):
        relay = f"EUR0{int(h[0], 16) % 5 + 1}-DB5-obe.outbound.protection.outlook.com"
        ip = f"52.101.{int(h[2:4], 16) % 200}.{int(h[4:6], 16) % 250}"
    elif program in ("gmx",):
        relay, ip = "mout.gmx.net", "212.227.15.18"
    elif program == "webde":
        relay, ip = "mout.web.de", "212.227.15.4"
    elif program == "orange":
        relay, ip = "smtp-out2{}.orange.fr".format(int(h[0], 16) % 9), f"80.12.242.{int(h[1:3], 16) % 200}"
    elif program == "proton":
        relay, ip = "mail-4322.protonmail.ch", "185.70.43.22"
    elif email.lower().startswith("microsoftexchange"):
        relay = f"EUR0{int(h[0], 16) % 5 + 1}-AM5-obe.outbound.protection.outlook.com"
        ip = f"52.101.{int(h[2:4], 16) % 200}.{int(h[4:6], 16) % 250}"
    elif dom == "lambrecht-coaching.example":
        relay, ip = "smtp.lambrecht-coaching.example", "10.20.0.5"
    elif dom.endswith("google.com"):
        relay = f"mail-sor-f{int(h[:2], 16) % 70 + 10}.google.com"
        ip = f"209.85.220.{int(h[2:4], 16) % 200 + 20}"
    else:
        relay, ip = f"mta{int(h[0], 16) % 4 + 1}.{dom}", f"198.{int(h[:2], 16) % 200 + 18}.{int(h[2:4], 16)}.{int(h[4:6], 16) % 250}"
    return (
        f"Received: from {relay} ({relay} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id 4X{h[6:16].upper()}\n"
        f"\tfor <{COACH_ADDR}>; {rfc2822(d.astimezone(timezone(timedelta(hours=1))), 4)} (CET)\n"
    )


def build_mail(m: dict) -> str:
    program = m["program"]
    p = PROGRAMS[program]
    style, cs, cte, hcte = p["style"], p["cs"], p["cte"], p["hcte"]
    name, email = m["from"]
    d = when(m["date"], m.get("tz", "+0100"))
    to = m.get("to") or addr(COACH_NAME, COACH_ADDR)
    body = m["body"].strip("\n") + "\n"
    attr = quoted = None
    q = m.get("quote")
    if q:
        qd = when(q["date"], m.get("tz", "+0100"))
        qname, qemail = q.get("from", COACH)
        qto = q.get("to", f"{name} <{email}>")
        attr = attribution(style, q.get("lang", m["lang"]), qd, qname, qemail, qto, q.get("subject", m["subject"].split(":", 1)[-1].strip()))
        quoted = q["text"].strip("\n")
        if q.get("nested"):
            quoted += "\n" + q["nested"]
    fwd = m.get("forward")
    plain = body
    if attr:
        plain = body.rstrip("\n") + "\n" + quoted_plain(style, attr, quoted) + "\n"
    if fwd:
        plain = body.rstrip("\n") + "\n\n" + fwd.strip("\n") + "\n"
    # headers
    subject_cs = "utf-8" if cs.lower().startswith("utf") else cs
    from_enc = "B" if style in ("owa", "samsung") else "Q"
    H = []
    H.append(f"Return-Path: <{email}>")
    H.append(f"Delivered-To: {COACH_ADDR}")
    H.append(received(m, d, email, program).rstrip("\n"))
    mid = message_id(program, m, d, email)
    reply_to_id = f"<{seed(m['file'], 'parent')[:20]}@lambrecht-coaching.example>" if q else None
    frm = addr(name, email, subject_cs, from_enc, quote=style == "gmx")
    subj = hdr(m["subject"], subject_cs, "B" if style in ("owa", "samsung") else "Q")
    extra = m.get("headers", [])
    if style == "gmail":
        H += ["MIME-Version: 1.0"]
        if reply_to_id:
            H += [f"References: {reply_to_id}", f"In-Reply-To: {reply_to_id}"]
        H += [f"From: {frm}", f"Date: {rfc2822(d)}", f"Message-ID: {mid}", f"Subject: {subj}", f"To: {to}"]
    elif style in ("apple", "iphone"):
        H += [f"From: {frm}"]
        if program == "apple":
            H += ["Content-Type-Placeholder", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"]
        else:
            H += ["Content-Type-Placeholder", "Mime-Version: 1.0 (1.0)"]
        H += [f"Subject: {subj}", f"Date: {rfc2822(d)}"]
        if reply_to_id:
            H += [f"References: {reply_to_id}", f"In-Reply-To: {reply_to_id}"]
        H += [f"Message-Id: {mid}", f"To: {to}"]
        H += ["X-Mailer: Apple Mail (2.3826.300.87.4.3)" if program == "apple" else "X-Mailer: iPhone Mail (22B91)"]
    elif style == "outlook":
        H += [f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Thread-Topic: {hdr(m['subject'].split(': ', 1)[-1], subject_cs)}"]
        H += [f"Thread-Index: AQH{base64.b64encode(bytes.fromhex(seed(m['file'], 'ti')[:30])).decode()}", f"Date: {rfc2822(d)}", f"Message-ID: {mid}"]
        if reply_to_id:
            H += [f"References: {reply_to_id}", f"In-Reply-To: {reply_to_id}"]
        H += [f"Accept-Language: {m.get('accept', 'en-US')}", f"Content-Language: {m.get('clang', 'en-US')}", "X-MS-Has-Attach: " + ("yes" if m.get("attach") else ""), "X-MS-TNEF-Correlator:"]
        H += ["x-ms-exchange-organization-authas: Internal", "X-MS-Exchange-Organization-SCL: 1", "MIME-Version: 1.0"]
    elif style == "owa":
        H += [f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Thread-Topic: {hdr(m['subject'].split(': ', 1)[-1], subject_cs, 'B')}"]
        H += [f"Thread-Index: AQH{base64.b64encode(bytes.fromhex(seed(m['file'], 'ti')[:30])).decode()}", f"Date: {rfc2822(d)}", f"Message-ID: {mid}"]
        if reply_to_id:
            H += [f"References: {reply_to_id}", f"In-Reply-To: {reply_to_id}"]
        H += [f"Accept-Language: {m.get('accept', 'en-US')}", f"Content-Language: {m.get('clang', 'en-US')}", "X-MS-Has-Attach: " + ("yes" if m.get("attach") else "")]
        H += ["x-ms-publictraffictype: Email", "x-ms-traffictypediagnostic: DB9P193MB1444:EE_|AS8P193MB1285:EE_", "msip_labels:", "MIME-Version: 1.0"]
    elif style == "thunderbird":
        H += [f"Message-ID: {mid}", f"Date: {rfc2822(d)}", "MIME-Version: 1.0", f"User-Agent: {m.get('ua', 'Mozilla Thunderbird')}"]
        if reply_to_id:
            H += [f"Subject: {subj}", f"To: {to}", f"References: {reply_to_id}", f"Content-Language: {m.get('clang', 'fr')}", f"From: {frm}", f"In-Reply-To: {reply_to_id}"]
        else:
            H += [f"Content-Language: {m.get('clang', 'fr')}", f"To: {to}", f"From: {frm}", f"Subject: {subj}"]
    elif style == "gmx":
        H += ["MIME-Version: 1.0", f"Message-ID: {mid}", f"From: {frm}", f"To: {to}", f"Subject: {subj}", "Importance: normal", "Sensitivity: Normal"]
        H += [f"Date: {rfc2822(d)}"]
        if reply_to_id:
            H += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        H += ["X-Priority: 3", "X-UI-Message-Type: mail", f"X-Provags-ID: V03:K1:{base64.b64encode(bytes.fromhex(seed(m['file'], 'pv')[:36])).decode()}", "X-Spam-Flag: NO"]
    elif style == "orange":
        H += [f"Date: {rfc2822(d)}", f"From: {frm}", f"To: {to}", f"Message-ID: {mid}"]
        if reply_to_id:
            H += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        H += [f"Subject: {subj}", "MIME-Version: 1.0", "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "X-Originating-Client: open-xchange-appsuite"]
    elif style == "samsung":
        H += [f"Date: {rfc2822(d)}", f"Subject: {subj}", f"Message-ID: {mid}", "X-Android-Message-ID: " + mid, f"From: {frm}", f"To: {to}", "Importance: Normal", "X-Priority: 3", "X-MSMail-Priority: Normal", "MIME-Version: 1.0"]
        if reply_to_id:
            H += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
    elif style == "proton":
        H += [f"Date: {rfc2822(d)}", f"To: {to}", f"From: {frm}", f"Subject: {subj}", f"Message-ID: {mid}"]
        if reply_to_id:
            H += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        H += ["Feedback-ID: 70214856:user:proton", "X-Pm-Message-ID: " + seed(m["file"], "pm")[:30], "MIME-Version: 1.0"]
    H += extra
    # body
    plain_cs = cs
    if program == "thunderbird-15":
        plain_part = part("text/plain", plain, cs, "8bit", "; format=flowed")
    elif style == "thunderbird" and program != "thunderbird-html":
        plain_part = part("text/plain", plain, cs, cte, "; format=flowed")
    else:
        plain_part = part("text/plain", plain, plain_cs, cte)
    bnd = "----=_Part_" + seed(m["file"], "b")[:16]
    if style == "gmail":
        bnd = "0000000000" + seed(m["file"], "b")[:18]
    elif style in ("apple", "iphone"):
        bnd = "Apple-Mail-" + seed(m["file"], "b")[:8].upper() + "-" + seed(m["file"], "c")[:4].upper() + "-4B0E-9A1D-" + seed(m["file"], "d")[:12].upper()
    elif style in ("outlook", "owa"):
        bnd = "_000_" + message_id(program, m, d, email)[1:40].replace("@", "").replace(".", "") + "_"
    elif style == "thunderbird":
        bnd = "------------" + seed(m["file"], "b")[:24]
    if hcte:
        hpart = part("text/html", html_body(style, body.rstrip("\n"), attr, quoted), plain_cs if style != "outlook" else cs, hcte)
        ctype, content = multipart("alternative", bnd, [plain_part, hpart])
    else:
        ctype, content = plain_part.split("\n", 2)[0][len("Content-Type: ") :], None
    atts = m.get("attach", [])
    if atts:
        inner_ctype, inner = ctype, content
        if content is None:
            inner_part = plain_part
        else:
            inner_part = f"Content-Type: {inner_ctype}\n\n{inner}"
        mbnd = bnd.replace("Part_", "Part_M") + "m"
        ctype, content = multipart("mixed", mbnd, [inner_part] + [attachment(a, "apple" if style in ("apple", "iphone") else "plain") for a in atts])
    headers = "\n".join(H)
    if content is None:
        # single part: take the part's own headers
        head, _, pbody = plain_part.partition("\n\n")
        ptype = head.split("\n")
        if "Content-Type-Placeholder" in headers:
            headers = headers.replace("Content-Type-Placeholder", ptype[0] + "\n" + ptype[1])
            return headers + "\n\n" + pbody
        return headers + "\n" + ptype[0] + "\n" + ptype[1] + "\n\n" + pbody
    if "Content-Type-Placeholder" in headers:
        headers = headers.replace("Content-Type-Placeholder", f"Content-Type: {ctype}")
        return headers + "\n\n" + content
    return headers + f"\nContent-Type: {ctype}\n\n" + content


# ---------------------------------------------------------------- machines and phone services

from templates import build_special  # noqa: E402


def main() -> None:
    rows = []
    names = set()
    for m in MESSAGES:
        assert m["file"] not in names, m["file"]
        names.add(m["file"])
        text = build_special(m, globals()) if m.get("special") else build_mail(m)
        encoding = "iso-8859-15" if m.get("program") == "thunderbird-15" else "utf-8"
        (HERE / m["file"]).write_bytes(text.encode(encoding))
        rows.append([m["file"], m["client"], m["kind"], m["tag"], m["urgent"], m["traits"]])
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
