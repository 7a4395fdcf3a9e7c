"""Wrap the messages written in messages.py in the MIME each mail program or phone service would send.

Nothing here decides a label: the words and the labels are all in messages.py. This file only
dresses them (headers, multipart/alternative, quoted-printable or base64, each program's way of
quoting a thread) and writes one .eml per message plus labels.csv.

    /work/main/.venv/bin/python tests/evalsets-unscored/coach-g/build.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import random
import sys
import textwrap
import tomllib
import uuid
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import messages  # noqa: E402

COACH_NAME = "Mia Hollis"
COACH = "mia@hollisperformance.example"
COACH_HDR = f"Mia Hollis <{COACH}>"
MX = "mx1.hollisperformance.example"

CONFIG = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
ROSTER = {c["name"]: c for c in CONFIG["clients"]}

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ---------------------------------------------------------------- small helpers

def parse_date(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def rfc_date(d: datetime) -> str:
    return f"{d:%a}, {d.day} {d:%b %Y %H:%M:%S %z}"


def rng_for(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def rand_token(r: random.Random, n: int, alphabet: str) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def uuid_from(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def encode_body(text: str, charset: str, cte: str) -> tuple[str, str]:
    """Return (encoded payload, the Content-Transfer-Encoding to declare)."""
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n"), "base64"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return enc.replace("\r\n", "\n").replace("=\n", "=\r\n").replace("\n", "\r\n"), "quoted-printable"
    # 7bit / 8bit
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "8bit"
    return raw.decode("latin-1"), cte  # bytes kept 1:1; the file is written as latin-1


class Part:
    """A MIME part; serialised by hand so every header and byte is what we chose."""

    def __init__(self, headers: list[tuple[str, str]], body: str = "", parts: list["Part"] | None = None,
                 boundary: str | None = None):
        self.headers = headers
        self.body = body
        self.parts = parts or []
        self.boundary = boundary

    def render(self) -> str:
        out = "".join(f"{k}: {v}\r\n" for k, v in self.headers) + "\r\n"
        if self.parts:
            if self.body:
                out += self.body + "\r\n"
            for p in self.parts:
                out += f"\r\n--{self.boundary}\r\n" + p.render()
            out += f"\r\n--{self.boundary}--\r\n"
        else:
            out += self.body
            if not out.endswith("\r\n"):
                out += "\r\n"
        return out


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: list[tuple[str, str]] | None = None, params: str = "") -> Part:
    payload, cte = encode_body(text, charset, cte)
    cs = f'charset="{charset}"' if charset.lower() in ("utf-8", "us-ascii", "iso-8859-1", "windows-1252") and ctype == "text/html" else f"charset={charset}"
    return Part([("Content-Type", f"{ctype}; {cs}{params}"), ("Content-Transfer-Encoding", cte)] + (extra or []),
                payload)


def attachment(name: str, ctype: str, data: bytes | str, inline: bool = False) -> Part:
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode("utf-8")
    b = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{name}"'),
                 ("Content-Disposition", f'{disp}; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")], b)


def multipart(kind: str, parts: list[Part], boundary: str, extra: str = "", preamble: str = "") -> Part:
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"{extra}')], preamble, parts, boundary)


def text_to_html(text: str) -> str:
    paras = text.strip("\n").split("\n\n")
    return "".join("<div>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div>\n<div><br></div>\n"
                   for p in paras)


def qlines(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def flowed(text: str) -> str:
    out = []
    for line in text.split("\n"):
        q = ""
        while line.startswith(">"):
            q += ">"
            line = line[1:].lstrip(" ") if line[1:2] == " " or line[1:2] == ">" else line[1:]
        pre = (q + " ") if q else ""
        if len(pre + line) <= 76 or line.startswith("-- "):
            out.append(pre + line)
            continue
        wrapped = textwrap.wrap(line, 74 - len(pre), break_long_words=False, break_on_hyphens=False)
        out += [pre + w + " " for w in wrapped[:-1]] + [pre + wrapped[-1]]
    return "\n".join(out)


def ampm(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def ampm_upper(d: datetime) -> str:
    return ampm(d).upper()


# ------------------------------------------------------------ quote attributions

GMAIL_ATTR = {
    "en": lambda d, who: f"On {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}, {who} wrote:",
    "es": lambda d, who: (f"El {['lun','mar','mié','jue','vie','sáb','dom'][d.weekday()]}, {d.day} "
                          f"{['ene','feb','mar','abr','may','jun','jul','ago','sept','oct','nov','dic'][d.month-1]} "
                          f"{d.year} a las {d:%H:%M}, {who.replace('<', '(<').replace('>', '>)')} escribió:"),
    "pt": lambda d, who: (f"Em {['seg.','ter.','qua.','qui.','sex.','sáb.','dom.'][d.weekday()]}, {d.day} de "
                          f"{['jan.','fev.','mar.','abr.','mai.','jun.','jul.','ago.','set.','out.','nov.','dez.'][d.month-1]} "
                          f"de {d.year} às {d:%H:%M}, {who} escreveu:"),
    "fr": lambda d, who: (f"Le {['lun.','mar.','mer.','jeu.','ven.','sam.','dim.'][d.weekday()]} {d.day} "
                          f"{['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.'][d.month-1]} "
                          f"{d.year} à {d:%H:%M}, {who} a écrit :"),
    "de": lambda d, who: (f"Am {['Mo.','Di.','Mi.','Do.','Fr.','Sa.','So.'][d.weekday()]}, {d.day}. "
                          f"{['Jan.','Feb.','März','Apr.','Mai','Juni','Juli','Aug.','Sept.','Okt.','Nov.','Dez.'][d.month-1]} "
                          f"{d.year} um {d:%H:%M} Uhr schrieb {who}:"),
}


def quote_block(prog: str, m: dict, sender_hdr: str) -> tuple[str, str]:
    """(plain-text quote, html quote) in the program's style."""
    q = m.get("quote")
    if not q:
        return "", ""
    d = parse_date(q["date"])
    who = q.get("who", COACH_HDR)
    who_name = who.split(" <")[0].strip('"')
    lang = q.get("lang", "en")
    qtext = q["text"].strip("\n")
    qsubj = q.get("subject", m["subject"].split(": ", 1)[-1] if m["subject"][:3].lower() in ("re:", "fw:", "aw:") or m["subject"][:4].lower() in ("fwd:",) else m["subject"])
    to = q.get("to", sender_hdr)
    qhtml = text_to_html(qtext)
    if q.get("forward"):
        if prog in ("outlook", "owa"):
            hdr = (f"From: {who}\nSent: {DAYS[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year} {ampm_upper(d)}\n"
                   f"To: {to}\nSubject: {qsubj}")
            sep = "________________________________\n" if prog == "owa" else ""
            return (f"\n\n{sep}{hdr}\n\n{qtext}\n",
                    f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                    f'<p class="MsoNormal"><b>From:</b> {html.escape(who)}<br><b>Sent:</b> {DAYS[d.weekday()]}, {d.day} '
                    f'{MONTHS[d.month-1]} {d.year} {ampm_upper(d)}<br><b>To:</b> {html.escape(to)}<br><b>Subject:</b> '
                    f'{html.escape(qsubj)}</p></div>\n{qhtml}')
        hdr = (f"---------- Forwarded message ---------\nFrom: {who}\nDate: {d:%a}, {d.day} {d:%b} {d.year} at "
               f"{d:%H:%M}\nSubject: {qsubj}\nTo: {to}")
        return f"\n\n{hdr}\n\n\n{qtext}\n", (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                                            f'{html.escape(hdr).replace(chr(10), "<br>")}<br></div><br><br>{qhtml}</div>')
    if prog in ("gmail", "android", "samsung"):
        attr = q.get("attr") or GMAIL_ATTR[lang](d, who)
        return (f"\n\n{attr}\n\n{qlines(qtext)}\n",
                f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{qhtml}</blockquote></div>')
    if prog in ("apple", "iphone"):
        attr = q.get("attr") or f"On {d.day} {d:%b} {d.year}, at {ampm(d)}, {who} wrote:"
        return (f"\n\n{qlines(attr + chr(10) + chr(10) + qtext)}\n",
                f'<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>{qhtml}</blockquote></div>')
    if prog in ("outlook", "owa"):
        sent = (f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year} {ampm_upper(d)}" if prog == "outlook"
                else f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}")
        hdr = f"From: {who}\nSent: {sent}\nTo: {to}\nSubject: {qsubj}"
        sep = "________________________________\n" if prog == "owa" else ""
        return (f"\n\n{sep}{hdr}\n\n{qtext}\n",
                f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font '
                f'face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> {html.escape(who)}<br>'
                f'<b>Sent:</b> {sent}<br><b>To:</b> {html.escape(to)}<br><b>Subject:</b> {html.escape(qsubj)}</font>'
                f'<div>&nbsp;</div></div>{qhtml}')
    if prog == "thunderbird":
        attr = q.get("attr") or (f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {who_name}:" if lang == "de"
                                 else f"On {d.day}/{d.month}/{d:%y} {ampm(d)}, {who_name} wrote:")
        return f"\n\n{attr}\n{qlines(qtext)}\n", f'<div class="moz-cite-prefix">{html.escape(attr)}<br></div><blockquote type="cite">{qhtml}</blockquote>'
    if prog == "proton":
        attr = f"On {DAYS[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year} at {d:%H:%M}, {who} wrote:"
        return (f"\n\n{attr}\n\n{qlines(qtext)}\n",
                f'<div class="protonmail_quote">{html.escape(attr)}<br><blockquote class="protonmail_quote" '
                f'type="cite">{qhtml}</blockquote></div>')
    if prog == "gmx":
        attr = f"Gesendet: {['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'][d.weekday()]}, {d:%d.} {['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][d.month-1]} {d.year} um {d:%H:%M} Uhr\nVon: \"{who_name}\" <{COACH}>\nAn: {sender_hdr}\nBetreff: {qsubj}"
        return f"\n\n{attr}\n\n{qtext}\n", f"<div name=\"quote\" style=\"margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;\">{html.escape(attr).replace(chr(10), '<br>')}<br>{qhtml}</div>"
    raise ValueError(prog)


# ------------------------------------------------------------ mail programs

def client_addr(m: dict) -> tuple[str, str]:
    if m.get("from_"):
        hdr = m["from_"]
        addr = hdr.split("<")[-1].rstrip(">") if "<" in hdr else hdr
        if "<" in hdr and not hdr.isascii():
            hdr = f"{encode_word(hdr.split(' <')[0], m.get('charset', 'utf-8'))} <{addr}>"
        return hdr, addr
    c = ROSTER[m["client"]]
    addr = c["emails"][m.get("email", 0)]
    name = m.get("display", c["name"])
    return f"{name} <{addr}>" if name.isascii() else f"{encode_word(name, m.get('charset','utf-8'))} <{addr}>", addr


def encode_word(s: str, charset: str = "utf-8") -> str:
    if s.isascii():
        return s
    if charset.lower() not in ("utf-8",):
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
    return f"=?{charset}?Q?" + "".join(
        c if (c.isascii() and c.isalnum()) else ("_" if c == " " else "".join(f"={b:02X}" for b in c.encode(charset)))
        for c in s) + "?="


def subj_hdr(s: str, charset: str = "utf-8") -> str:
    return encode_word(s, charset) if not s.isascii() else s


def received(r: random.Random, d: datetime, helo: str, ip: str) -> list[tuple[str, str]]:
    return [("Received", f"from {helo} ({helo} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
                         f"{rand_token(r, 10, HEX.upper())}\r\n\tfor <{COACH}>; {rfc_date(d)}")]


def mail_message(m: dict) -> str:
    prog = m["via"]
    r = rng_for(m["file"])
    d = parse_date(m["date"])
    from_hdr, addr = client_addr(m)
    domain = addr.split("@")[1]
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    body = m["body"].strip("\n") + "\n"
    plain_from = f"{m.get('display', ROSTER[m['client']]['name'])} <{addr}>" if not m.get("from_") else m["from_"]
    qtext, qhtml = quote_block(prog, m, plain_from)
    plain = body + qtext
    if prog == "thunderbird":
        plain = flowed(plain)
    body_html = text_to_html(body) + qhtml

    mid = {
        "gmail": f"<CA{rand_token(r, 2, B64)}+{rand_token(r, 40, B64 + '_-')}@mail.gmail.com>",
        "android": f"<CA{rand_token(r, 2, B64)}{rand_token(r, 44, B64 + '_-')}@mail.gmail.com>",
        "samsung": f"<{rand_token(r, 12, HEX)}.{rand_token(r, 8, HEX)}@email.android.com>",
        "apple": f"<{uuid_from(r).upper()}@{domain}>",
        "iphone": f"<{uuid_from(r).upper()}@{domain}>",
        "outlook": f"<00{rand_token(r, 4, HEX)}01db{rand_token(r, 4, HEX)}${rand_token(r, 8, HEX)}${rand_token(r, 8, HEX)}$@{domain}>",
        "owa": f"<SY{r.randint(4,8)}P282MB{r.randint(1000,9999)}{rand_token(r, 24, HEX.upper())}@SY{r.randint(4,8)}P282MB{r.randint(1000,9999)}.AUSP282.PROD.OUTLOOK.COM>",
        "thunderbird": f"<{uuid_from(r)}@{domain}>",
        "proton": f"<{rand_token(r, 60, B64 + '_-')}=@proton.me>",
        "gmx": f"<trinity-{uuid_from(r)}-{int(d.timestamp()*1000)}@3c-app-gmx-bs{r.randint(10,80)}>",
    }[prog]

    hdrs: list[tuple[str, str]] = [("Return-Path", f"<{addr}>"), ("Delivered-To", COACH)]
    helo = {"gmail": "mail-sor-f41.google.com", "android": "mail-pj1-f52.google.com",
            "samsung": "smtp.optusnet.example", "apple": f"smtp.{domain}", "iphone": f"smtp.{domain}",
            "outlook": f"mail.{domain}", "owa": "SY5PR01CU010.outbound.protection.outlook.com",
            "thunderbird": f"mail.{domain}", "proton": "mail-4322.protonmail.ch", "gmx": "mout.gmx.net"}[prog]
    hdrs += received(r, d, helo, f"{r.randint(20,220)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}")
    subject = m["subject"]
    to = m.get("to", COACH_HDR)
    hdrs += [("MIME-Version", "1.0")] if prog in ("gmail", "android") else []
    hdrs += [("From", from_hdr), ("Date", rfc_date(d)), ("Message-ID", mid), ("Subject", subj_hdr(subject, charset)),
             ("To", to)]
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    if m.get("quote") and not m["quote"].get("forward"):
        parent = f"<{rand_token(r, 16, HEX)}.{rand_token(r, 6, HEX)}@hollisperformance.example>"
        if m["quote"].get("who", COACH_HDR) != COACH_HDR:
            parent = f"<{rand_token(r, 20, B64)}@{m['quote']['who'].split('@')[-1].rstrip('>')}>"
        hdrs += [("In-Reply-To", parent), ("References", parent)]
    hdrs += m.get("headers", [])

    bnd = {
        "gmail": f"000000000000{rand_token(r, 16, HEX)}", "android": f"000000000000{rand_token(r, 16, HEX)}",
        "samsung": f"--_com.samsung.android.email_{r.randint(10**14, 10**15)}",
        "apple": f"Apple-Mail={uuid_from(r).upper()}", "iphone": f"Apple-Mail-{uuid_from(r).upper()}",
        "outlook": f"----=_NextPart_000_00{rand_token(r, 2, HEX.upper())}_01DB{rand_token(r, 4, HEX.upper())}.{rand_token(r, 8, HEX.upper())}",
        "owa": f"_000_SY5P282MB{r.randint(1000,9999)}{rand_token(r, 12, HEX.upper())}_",
        "thunderbird": f"------------{rand_token(r, 24, B64)}",
        "proton": f"b1_{rand_token(r, 40, B64)}", "gmx": f"=_{rand_token(r, 24, HEX)}",
    }[prog]

    # which bodies the program sends
    html_too = m.get("html", prog not in ("iphone", "thunderbird"))
    if prog in ("gmail", "android"):
        html_doc = f'<div dir="ltr">{body_html}</div>\r\n'
    elif prog == "samsung":
        html_doc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">{body_html}</body></html>'
    elif prog == "apple":
        html_doc = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                    f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                    f'{body_html}</body></html>')
    elif prog in ("outlook", "owa"):
        html_doc = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                    f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                    f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
                    f'charset={charset}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                    f'<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;'
                    f'font-family:"Calibri",sans-serif;}}--></style></head><body lang="EN-AU" link="#0563C1" '
                    f'vlink="#954F72"><div class="WordSection1">{body_html}</div></body></html>')
    elif prog == "proton":
        html_doc = (f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{body_html}</div>')
    else:
        html_doc = f"<html><head></head><body>{body_html}</body></html>"

    tparams = "; format=flowed" if prog == "thunderbird" else ""
    textp = leaf("text/plain", plain, charset, cte, params=tparams)
    if html_too:
        html_cte = m.get("html_cte", "base64" if prog in ("proton", "owa") else cte)
        core = multipart("alternative", [textp, leaf("text/html", html_doc, charset, html_cte)], bnd)
    else:
        core = textp
    atts = [attachment(*a) for a in m.get("attach", [])]
    if atts:
        core = multipart("mixed", [core] + atts, "mixed_" + bnd[-20:] + "x")

    prog_hdrs = {
        "gmail": [],
        "android": [],
        "samsung": [("X-Mailer", "Samsung Email 6.1.97.4"), ("MIME-Version", "1.0")],
        "apple": [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
                  ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        "iphone": [("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22B91)")],
        "outlook": [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Thread-Index", base64.b64encode(r.randbytes(22)).decode()),
                    ("Content-Language", m.get("content_language", "en-au"))],
        "owa": [("MIME-Version", "1.0"), ("Thread-Topic", subject.split(": ", 1)[-1] if subject.isascii() else encode_word(subject)),
                ("Thread-Index", base64.b64encode(r.randbytes(22)).decode()),
                ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU"),
                ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-organization-authas", "Anonymous")],
        "thunderbird": [("MIME-Version", "1.0"),
                        ("User-Agent", "Mozilla Thunderbird" + (" 128.5.2esr" if r.random() < 0.5 else ""))] +
                       ([("Content-Language", m["content_language"])] if m.get("content_language") else []),
        "proton": [("MIME-Version", "1.0"), ("X-Pm-Message-ID", base64.b64encode(r.randbytes(64)).decode()),
                   ("X-Pm-Origin", "external"), ("X-Pm-Content-Encryption", "end-to-end")],
        "gmx": [("MIME-Version", "1.0"), ("Importance", "normal"), ("Sensitivity", "Normal"),
                ("X-Priority", "3"), ("X-UI-Message-Type", "mail"), ("X-Provags-ID", "V03:K1:" + rand_token(r, 40, B64))],
    }[prog]
    return Part(hdrs + prog_hdrs + core.headers, core.body, core.parts, core.boundary).render()


# ------------------------------------------------------------ phone services

def digits(num: str) -> str:
    return "".join(c for c in num if c.isdigit())


def phone_message(m: dict) -> str:
    prog = m["via"]
    r = rng_for(m["file"])
    d = parse_date(m["date"])
    num = m["number"]
    dur = m.get("duration", "0:30")
    t = m["body"].strip()
    hdrs: list[tuple[str, str]] = [("Delivered-To", COACH)]
    atts: list[Part] = []
    mins, secs = (int(x) for x in dur.split(":"))

    if prog == "gv_voicemail":
        frm, ret = "Google Voice <voice-noreply@google.com>", "voice-noreply@google.com"
        subject = f"New voicemail from {num} at {ampm_upper(d)}"
        text = (f"{t}\n\nplay message\n\nYOUR ACCOUNT <https://voice.google.com>  HELP CENTRE "
                f"<https://support.google.com/voice#topic=1707989>  HELP FORUM "
                f"<https://productforums.google.com/forum/#!forum/voice>\n\n"
                f"To change how you receive voicemails, go to voicemail settings "
                f"<https://voice.google.com/settings#voicemail>.\n\nGoogle LLC\n1600 Amphitheatre Pkwy\n"
                f"Mountain View CA 94043 USA\n")
        htmlb = (f'<html><body><div style="font-family:Roboto,Arial;font-size:14px">'
                 f'<p><a href="https://voice.google.com/u/0/voicemail">{html.escape(num)}</a></p>'
                 f'<p>{html.escape(t)}</p><p><a href="https://voice.google.com/u/0/voicemail">play message</a>'
                 f' ({mins}:{secs:02d})</p><p style="font-size:11px;color:#777">To change how you receive '
                 f'voicemails, go to voicemail settings.<br>Google LLC 1600 Amphitheatre Pkwy Mountain View CA '
                 f'94043 USA</p></div></body></html>')
        mid = f"<{rand_token(r, 16, HEX)}.{rand_token(r, 6, HEX)}.voicemail@google.com>"
        body = multipart("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                         leaf("text/html", htmlb, "UTF-8", "quoted-printable")],
                         f"000000000000{rand_token(r, 16, HEX)}")
    elif prog == "gv_sms":
        dg = digits(num)
        ret = f"{dg}.1{digits(m.get('own', '+1 415 555 0139'))}.{rand_token(r, 10, B64)}@txt.voice.google.com"
        frm = f'"{num} (SMS)" <{ret}>'
        subject = f"New text message from {num}"
        text = (f"{t}\n\nTo respond to this text message, reply to this email or visit Google Voice.\n\n"
                f"YOUR ACCOUNT <https://voice.google.com>  HELP CENTRE <https://support.google.com/voice#topic=1707989>  "
                f"HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\n"
                f"This email was sent to you because you indicated that you'd like to receive email notifications "
                f"for text messages. If you don't want to receive such emails in the future, please update your email "
                f"notification settings <https://voice.google.com/settings#messaging>.\n\nGoogle LLC\n"
                f"1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")
        htmlb = (f'<html><body><p>{html.escape(t)}</p><p style="font-size:11px;color:#777">To respond to this '
                 f'text message, reply to this email or visit <a href="https://voice.google.com">Google Voice</a>.'
                 f'</p></body></html>')
        mid = f"<{rand_token(r, 16, HEX)}.{rand_token(r, 10, HEX)}.sms@txt.voice.google.com>"
        body = multipart("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                         leaf("text/html", htmlb, "UTF-8", "quoted-printable")],
                         f"000000000000{rand_token(r, 16, HEX)}")
    elif prog == "ringcentral_vm":
        frm, ret = "RingCentral <service@ringcentral.com>", "service@ringcentral.com"
        caller = m.get("caller_id", "WIRELESS CALLER")
        subject = f"New Voice Message from {caller} {num} to Mia Hollis (ext. 101)"
        rec = f"{d:%A}, {d:%B} {d.day:02d}, {d.year} at {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        text = (f"Dear Mia Hollis,\n\nYou have a new voice message:\n\nFrom:      {caller} {num}\n"
                f"Received:  {rec}\nLength:    {mins:02d}:{secs:02d}\nTo:        Mia Hollis (ext. 101)\n\n"
                f"Transcription: {t}\n\nThe voice message is attached to this email. To manage your voicemail, "
                f"log in to your account at https://service.ringcentral.com.\n\nThank you for choosing "
                f"RingCentral.\n\nSincerely,\nRingCentral Customer Care\n")
        mid = f"<{r.randint(10**11, 10**12)}.{r.randint(10**5, 10**6)}.JavaMail.ringcentral@rcmailer{r.randint(1,9)}.ringcentral.com>"
        body = leaf("text/plain", text, "UTF-8", "quoted-printable")
        atts.append(attachment(f"{d:%Y%m%d-%H%M%S}_{digits(num)}.mp3", "audio/mpeg",
                               b"ID3\x03\x00\x00\x00\x00\x00\x0f" + r.randbytes(600)))
    elif prog == "vonage_vm":
        frm, ret = "Vonage Business <no-reply@vonagebusiness.com>", "no-reply@vonagebusiness.com"
        subject = f"New voicemail from {num} ({dur})"
        text = (f"Hi Mia,\n\nYou have a new voicemail.\n\nCaller: {num}\nDate: {d.day}/{d.month}/{d.year} "
                f"{d:%H:%M}\nDuration: {dur}\nMailbox: 101 (Hollis Performance)\n\nTranscription:\n\"{t}\"\n\n"
                f"Listen in the Vonage Business app or download the attached file.\n\n"
                f"-- \nVonage Business Communications. Please do not reply to this email.\n")
        htmlb = (f"<html><body><p>Hi Mia,</p><p>You have a new voicemail.</p><table><tr><td>Caller</td><td>"
                 f"{html.escape(num)}</td></tr><tr><td>Duration</td><td>{dur}</td></tr></table><p><b>Transcription:"
                 f"</b><br>&quot;{html.escape(t)}&quot;</p></body></html>")
        mid = f"<{uuid_from(r)}@vonagebusiness.com>"
        body = multipart("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                         leaf("text/html", htmlb, "utf-8", "base64")], f"vbc-{rand_token(r, 20, HEX)}")
        atts.append(attachment(f"voicemail-{d:%Y%m%d%H%M}.wav", "audio/wav", b"RIFF" + r.randbytes(700)))
    elif prog == "vonage_sms":
        frm, ret = "Vonage Business <no-reply@vonagebusiness.com>", "no-reply@vonagebusiness.com"
        subject = f"New SMS from {num}"
        text = (f"You received a text message on your business number +61 2 5550 1180.\n\nFrom: {num}\n"
                f"Received: {d.day}/{d.month}/{d.year} {d:%H:%M}\n\n{t}\n\nReply in the Vonage Business app. "
                f"Replies to this email are not delivered.\n")
        mid = f"<{uuid_from(r)}@vonagebusiness.com>"
        body = leaf("text/plain", text, "utf-8", "quoted-printable")
    elif prog == "teams_vm":
        frm = "Microsoft Teams <noreply@email.teams.microsoft.com>"
        ret = "noreply@email.teams.microsoft.com"
        total = mins * 60 + secs
        subject = f"Voicemail from {num} ({total} seconds)"
        tr = (f"Transcription preview\n\n{t}" if t != "-" else
              "Transcription preview\n\nWe couldn't transcribe this voicemail. Play the attached audio to hear it.")
        text = (f"You received a voicemail from {num}.\n\n{tr}\n\nCaller ID: {num}\nReceived: "
                f"{d.day}/{d.month}/{d.year} {ampm(d)}\nDuration: {mins:02d}:{secs:02d}\n\n"
                f"Play in Teams <https://teams.microsoft.com/l/voicemail>\n\n"
                f"Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
        htmlb = ("<html><body style=\"font-family:'Segoe UI',sans-serif\"><h3>You received a voicemail from "
                 f"{html.escape(num)}</h3><p>{html.escape(tr).replace(chr(10), '<br>')}</p><p>Duration: "
                 f"{mins:02d}:{secs:02d}</p></body></html>")
        mid = f"<{uuid_from(r)}@SY4P282MB{r.randint(1000,9999)}.AUSP282.PROD.OUTLOOK.COM>"
        body = multipart("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                         leaf("text/html", htmlb, "utf-8", "base64")], f"_000_{rand_token(r, 30, HEX)}_")
        atts.append(attachment("audio.mp3", "audio/mpeg", b"ID3\x04\x00" + r.randbytes(500)))
        hdrs += [("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-VoiceMessageDuration", str(total))]
    elif prog == "messagebank":
        frm, ret = "Telstra MessageBank <messagebank@telstra.example>", "messagebank@telstra.example"
        subject = f"You have a new MessageBank message from {num}"
        text = (f"Hi,\n\nYou have a new MessageBank message.\n\nFrom: {num}\nReceived: {d:%d/%m/%Y} "
                f"{ampm(d)}\nLength: {mins} min {secs} sec\n\nMessage preview (transcribed automatically, may "
                f"contain errors):\n{t}\n\nThe recording is attached. You can also call 101 from your mobile to "
                f"listen.\n\nThis is an automated email. Please don't reply.\nTelstra Limited ABN 64 086 174 781\n")
        mid = f"<MB.{rand_token(r, 20, HEX.upper())}@messagebank.telstra.example>"
        body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
        atts.append(attachment(f"MessageBank_{d:%Y%m%d_%H%M}.wav", "audio/x-wav", b"RIFF" + r.randbytes(800)))
    elif prog == "gateway":
        ret = f"{m.get('gateway_user', digits(num))}@{m.get('gateway_host', 'sms.mobilegw.net.au')}"
        frm = ret
        subject = m.get("gateway_subject", "SMS")
        mid = f"<{r.randint(10**9, 10**10)}.{rand_token(r, 8, HEX)}@{m.get('gateway_host', 'sms.mobilegw.net.au')}>"
        if m.get("text_attachment"):
            body = multipart("mixed", [leaf("text/plain", "", "us-ascii", "7bit"),
                                       Part([("Content-Type", 'text/plain; charset=utf-8; name="text_0.txt"'),
                                             ("Content-Disposition", 'attachment; filename="text_0.txt"'),
                                             ("Content-Transfer-Encoding", "base64")],
                                            base64.encodebytes(t.encode()).decode().replace("\n", "\r\n"))],
                             f"----=_Part_{r.randint(10**6, 10**7)}_{r.randint(10**8, 10**9)}")
        else:
            body = leaf("text/plain", t + "\n", "utf-8", m.get("cte", "8bit" if not t.isascii() else "7bit"))
    else:
        raise ValueError(prog)

    hdrs = [("Return-Path", f"<{ret}>")] + hdrs
    hdrs += received(r, d, "mail-out." + ret.split("@")[1], f"{r.randint(20,220)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}")
    hdrs += [("MIME-Version", "1.0"), ("From", frm), ("To", COACH_HDR), ("Date", rfc_date(d)),
             ("Message-ID", mid), ("Subject", subject)]
    if prog == "teams_vm":
        hdrs.append(("Auto-Submitted", "auto-generated"))
    if atts:
        body = multipart("mixed", [body] + atts, f"mixed-{rand_token(r, 24, HEX)}")
    return Part(hdrs + body.headers, body.body, body.parts, body.boundary).render()


# ------------------------------------------------------------ machine mail and other senders

def raw_message(m: dict) -> str:
    """Messages whose whole structure is written in messages.py (machine mail, newsletters)."""
    r = rng_for(m["file"])
    d = parse_date(m["date"])
    from_hdr, addr = client_addr(m)
    hdrs = [("Return-Path", m.get("return_path", f"<{addr}>")), ("Delivered-To", COACH)]
    hdrs += received(r, d, m.get("helo", "mail." + addr.split("@")[1]),
                     f"{r.randint(20,220)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}")
    hdrs += [("MIME-Version", "1.0"), ("From", from_hdr), ("To", m.get("to", COACH_HDR)), ("Date", rfc_date(d)),
             ("Message-ID", m.get("message_id", f"<{uuid_from(r)}@{addr.split('@')[1]}>")),
             ("Subject", subj_hdr(m["subject"], m.get("charset", "utf-8")))]
    hdrs += m.get("headers", [])
    kind = m["via"]
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    bnd = f"=_{rand_token(r, 28, B64)}"
    if kind == "plain":
        core = leaf("text/plain", m["body"].strip("\n") + "\n", charset, cte)
    elif kind == "html_alt":
        core = multipart("alternative", [leaf("text/plain", m["body"].strip("\n") + "\n", charset, cte),
                                         leaf("text/html", m["html_body"], charset, m.get("html_cte", cte))], bnd)
    elif kind == "bounce":
        orig = m["original"]
        status = leaf("message/delivery-status", m["status"].strip("\n") + "\n", "us-ascii", "7bit")
        status.headers = [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")]
        origp = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                     orig.strip("\n").replace("\n", "\r\n") + "\r\n")
        core = multipart("report", [Part([("Content-Description", "Notification"),
                                          ("Content-Type", "text/plain; charset=us-ascii")],
                                         m["body"].strip("\n").replace("\n", "\r\n") + "\r\n"), status, origp],
                         bnd, extra="; report-type=delivery-status")
    elif kind == "mdn":
        mdn = Part([("Content-Type", "message/disposition-notification")],
                   m["mdn"].strip("\n").replace("\n", "\r\n") + "\r\n")
        core = multipart("report", [leaf("text/plain", m["body"].strip("\n") + "\n", charset, cte), mdn], bnd,
                         extra="; report-type=disposition-notification")
    elif kind == "calendar":
        ics = m["ics"].strip("\n") + "\n"
        cal = leaf("text/calendar", ics, "utf-8", m.get("ics_cte", "7bit"), params="; method=REPLY")
        parts = [leaf("text/plain", m["body"].strip("\n") + "\n", charset, cte)]
        if m.get("html_body"):
            parts.append(leaf("text/html", m["html_body"], charset, cte))
        parts.append(cal)
        core = multipart("alternative", parts, bnd)
        if m.get("ics_attach"):
            core = multipart("mixed", [core, attachment("invite.ics", "application/ics", ics)], "mx" + bnd)
    else:
        raise ValueError(kind)
    atts = [attachment(*a) for a in m.get("attach", [])]
    if atts:
        core = multipart("mixed", [core] + atts, "mixed" + bnd)
    return Part(hdrs + core.headers, core.body, core.parts, core.boundary).render()


PHONE = {"gv_voicemail", "gv_sms", "ringcentral_vm", "vonage_vm", "vonage_sms", "teams_vm", "messagebank", "gateway"}
RAW = {"plain", "html_alt", "bounce", "mdn", "calendar"}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    seen = set()
    ordered = sorted(messages.MESSAGES, key=lambda m: parse_date(m["date"]))
    for i, m in enumerate(ordered, 1):
        m["file"] = f"{i:02d}-{m['slug']}.eml"
        assert m["file"] not in seen, m["file"]
        seen.add(m["file"])
        if m["client"]:
            assert m["client"] in ROSTER, m["client"]
        assert m["kind"] in ("email", "voicemail", "sms")
        assert m["tag"] in ("reply_needed", "fyi", "ignored", "")
        assert (m["tag"] == "") == (m["client"] == ""), m["file"]
        if m["urgent"] == "yes":
            assert m["tag"] == "reply_needed", m["file"]
        via = m["via"]
        try:
            text = phone_message(m) if via in PHONE else raw_message(m) if via in RAW else mail_message(m)
        except Exception as e:
            raise SystemExit(f"{m['file']}: {e!r}")
        (HERE / m["file"]).write_bytes(text.encode("latin-1"))
        rows.append([m["file"], m["client"], m["kind"], m["tag"], m["urgent"], m["traits"]])
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
