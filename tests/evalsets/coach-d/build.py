"""Wrap the words in messages.py in the MIME of the program each client writes with.

Writes one .eml per message and labels.csv next to this file. Deterministic: ids and boundaries
come from a hash of the file name. Run: python build.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import textwrap
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr
from pathlib import Path

from messages import COACH, MESSAGES

HERE = Path(__file__).resolve().parent
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FAKE_AUDIO = b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 3
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
FAKE_DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml" + bytes(range(200))


class Rng:
    def __init__(self, seed: str):
        self.h = hashlib.sha256(seed.encode()).digest()
        self.i = 0

    def hex(self, n: int) -> str:
        out = ""
        while len(out) < n:
            self.h = hashlib.sha256(self.h + bytes([self.i % 256])).digest()
            self.i += 1
            out += self.h.hex()
        return out[:n]

    def uuid(self) -> str:
        return str(uuid.UUID(self.hex(32))).upper()

    def alnum(self, n: int) -> str:
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(abc[int(self.hex(2), 16) % len(abc)] for _ in range(n))


def when(msg: dict) -> datetime:
    stamp, offset = msg["date"].rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc_date(dt: datetime, pad: bool = False) -> str:
    off = dt.strftime("%z")
    day = f"{dt.day:02d}" if pad else str(dt.day)
    return f"{DAYS[dt.weekday()]}, {day} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {off}"


def addr(name: str | None, email: str, quote_name: bool = False) -> str:
    if not name:
        return email
    if quote_name and name.isascii():
        return f'"{name}" <{email}>'
    return formataddr((name, email), charset="utf-8")


def subject_header(subject: str, charset: str = "utf-8") -> str:
    if subject.isascii():
        return subject
    return Header(subject, charset).encode(maxlinelen=76)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode() + encode_body(text, charset, cte)


def binary(ctype: str, filename: str, data: bytes, inline: bool = False) -> bytes:
    disp = "inline" if inline else "attachment"
    head = (
        f'Content-Type: {ctype}; name="{filename}"\n'
        f'Content-Disposition: {disp}; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
    )
    return head.encode() + base64.encodebytes(data)


def multipart(subtype: str, boundary: str, parts: list[bytes], extra: str = "") -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p.rstrip(b"\n") + b"\n\n"
    return out + f"--{boundary}--\n".encode()


def body_only(part: bytes) -> tuple[str, bytes]:
    """Split a part into its Content-Type headers and the rest, to lift it to the top level."""
    head, _, rest = part.partition(b"\n\n")
    return head.decode(), rest


def assemble(headers: list[tuple[str, str]], part: bytes) -> bytes:
    top = "".join(f"{k}: {v}\n" for k, v in headers if v is not None)
    head, rest = body_only(part)
    return top.encode() + head.encode() + b"\n\n" + rest


# ---------------------------------------------------------------- text and HTML of a message


def quoted_plain(msg: dict, prefix: bool = True) -> str:
    q = msg.get("quote")
    if not q:
        return ""
    if q.get("outlook"):
        return "\n\n" + q["header"] + "\n\n" + q["text"].rstrip() + "\n"
    lines = [("> " + line).rstrip() if prefix else line for line in q["text"].rstrip().split("\n")]
    return "\n\n" + q["header"] + "\n" + "\n".join(lines) + "\n"


def para_html(text: str, wrap: str = "div") -> str:
    out = []
    for line in text.rstrip().split("\n"):
        content = html.escape(line) if line.strip() else "<br>"
        out.append(f"<{wrap}>{content}</{wrap}>")
    return "".join(out)


def gmail_html(msg: dict) -> str:
    body = f'<div dir="ltr">{para_html(msg["body"])}</div>'
    q = msg.get("quote")
    if q:
        body += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{html.escape(q["header"])}<br></div><blockquote class="gmail_quote" style="margin:0px 0px'
            ' 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'<div dir="ltr">{para_html(q["text"])}</div></blockquote></div>'
        )
    return body + "\n"


def apple_html(msg: dict) -> str:
    body = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{para_html(msg["body"])}'
    )
    q = msg.get("quote")
    if q:
        body += (
            f'<div><br><blockquote type="cite"><div>{html.escape(q["header"])}</div><br '
            f'class="Apple-interchange-newline">{para_html(q["text"])}</blockquote></div>'
        )
    return body + "</body></html>\n"


def outlook_html(msg: dict, lang: str, charset: str) -> str:
    def ps(text: str) -> str:
        return "".join(
            f"<p class=MsoNormal>{html.escape(line) if line.strip() else '&nbsp;'}<o:p></o:p></p>"
            for line in text.rstrip().split("\n")
        )

    body = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head>'
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
        "/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
        "\tfont-family:\"Aptos\",sans-serif;}\n--></style></head>"
        f"<body lang={lang} link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
        f"<div class=WordSection1>{ps(msg['body'])}"
    )
    q = msg.get("quote")
    if q:
        head_lines = q["header"].strip("_\n").strip().split("\n")
        rendered = []
        for line in head_lines:
            label, sep, rest = line.partition(":")
            if sep and len(label) < 14:
                rendered.append(f"<b>{html.escape(label)}:</b>{html.escape(rest)}")
            else:
                rendered.append(html.escape(line))
        body += (
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><div style='border:none;border-top:solid #E1E1E1 "
            "1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
            + "<br>".join(rendered)
            + f"<o:p></o:p></p></div>{ps(q['text'])}"
        )
    footer = msg.get("footer")
    if footer:
        body += f"<p class=MsoNormal style='font-size:8.0pt;color:gray'>{html.escape(footer).replace(chr(10), '<br>')}</p>"
    return body + "</div></body></html>\n"


def owa_html(msg: dict) -> str:
    font = 'style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        f'</head><body dir="ltr"><div class="elementToProof" {font}>'
        + "".join(
            f"<div>{html.escape(line) if line.strip() else '<br>'}</div>"
            for line in msg["body"].rstrip().split("\n")
        )
        + "</div>"
    )
    q = msg.get("quote")
    if q:
        head_lines = q["header"].strip("_\n").strip().split("\n")
        rendered = []
        for line in head_lines:
            label, _, rest = line.partition(":")
            rendered.append(f"<b>{html.escape(label)}:</b>{html.escape(rest)}")
        body += (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            'color="#000000">' + "<br>".join(rendered) + "</font><div>&nbsp;</div></div>"
            f'<div style="direction:ltr">{para_html(q["text"])}</div>'
        )
    return body + "</body></html>\n"


def flowed(text: str) -> str:
    """format=flowed: long lines wrapped at 72 with a trailing space on each soft break."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            out.append(line.rstrip() if line.strip() != "--" else "-- ")
            continue
        pieces = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


# ---------------------------------------------------------------- one builder per program


def common(msg: dict, rng: Rng) -> dict:
    return {
        "from": addr(msg["from_name"], msg["from_addr"]),
        "to": msg.get("to") or addr(COACH["name"], COACH["email"]),
        "date": rfc_date(when(msg)),
        "subject": subject_header(msg["subject"], msg.get("charset", "utf-8")),
    }


def strip_prefix(subject: str) -> str:
    for prefix in ("RE: ", "Re: ", "RV: ", "AW: ", "TR: ", "FW: "):
        if subject.startswith(prefix):
            return subject[len(prefix):]
    return subject


def received(msg: dict, host: str, rng: Rng) -> list[tuple[str, str]]:
    dt = when(msg) + timedelta(seconds=3)
    ip = ".".join(str(int(rng.hex(2), 16)) for _ in range(2))
    return [
        ("Return-Path", f"<{msg.get('return_path', msg['from_addr'])}>"),
        (
            "Received",
            f"from {host} ({host} [{'40.107.' + ip if 'outlook' in host else '209.85.' + ip}])\n"
            f"\tby AM9PR02MB7412.eurprd02.prod.outlook.com (2603:10a6:20b:3e1::9) with Microsoft SMTP\n"
            f"\tServer id 15.20.8205.12; {rfc_date(dt, pad=True)}",
        ),
    ]


def reply_headers(msg: dict, rng: Rng) -> list[tuple[str, str]]:
    if msg.get("forward") or (not msg.get("quote") and not msg.get("in_reply_to")):
        return []
    ref = f"<{rng.hex(24)}@whitcombe-coaching.example>"
    if msg.get("in_reply_to"):
        ref = msg["in_reply_to"]
    return [("In-Reply-To", ref), ("References", ref)]


def with_attachments(msg: dict, rng: Rng, body_part: bytes, boundary: str) -> bytes:
    atts = msg.get("attachments") or []
    if not atts:
        return body_part
    parts = [body_part]
    for name, ctype in atts:
        data = FAKE_PDF if ctype == "application/pdf" else FAKE_DOCX
        parts.append(binary(ctype, name, data))
    return multipart("mixed", boundary, parts)


def build_gmail(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    text = msg["body"].rstrip() + "\n" + quoted_plain(msg)
    cte = "7bit" if text.isascii() else "quoted-printable"
    b = "000000000000" + rng.hex(16)
    alt = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, "UTF-8", cte),
            leaf("text/html", gmail_html(msg), "UTF-8", "quoted-printable"),
        ],
    )
    part = with_attachments(msg, rng, alt, "000000000000" + rng.hex(16))
    headers = received(msg, "mail-wm1-f52.google.com", rng) + [
        ("MIME-Version", "1.0"),
        ("Date", c["date"]),
        *reply_headers(msg, rng),
        ("Message-ID", f"<CA{rng.alnum(4)}+{rng.alnum(40)}@mail.gmail.com>"),
        ("Subject", c["subject"]),
        ("From", c["from"]),
        ("To", c["to"]),
        ("Cc", msg.get("cc")),
    ]
    return assemble(headers, part)


def build_apple(msg: dict, rng: Rng, iphone: bool = False) -> bytes:
    c = common(msg, rng)
    text = msg["body"].rstrip() + "\n" + quoted_plain(msg)
    if iphone and not msg.get("html"):
        part = leaf("text/plain", text, "utf-8", "quoted-printable")
        head, rest = body_only(part)
        part = head.replace('charset="utf-8"', "charset=utf-8").encode() + b"\n\n" + rest
    else:
        b = f"Apple-Mail={rng.uuid()}"
        part = multipart(
            "alternative",
            b,
            [
                leaf("text/plain", text, "utf-8", "quoted-printable"),
                leaf("text/html", apple_html(msg), "utf-8", "quoted-printable"),
            ],
        )
        part = with_attachments(msg, rng, part, f"Apple-Mail={rng.uuid()}")
    mailer = "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)"
    mime = "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"
    headers = received(msg, "mail-qv1-f44.google.com", rng) + [
        ("From", c["from"]),
        ("Mime-Version", mime),
        ("Subject", c["subject"]),
        ("Date", c["date"]),
        *reply_headers(msg, rng),
        ("Message-Id", f"<{rng.uuid()}@{msg['from_addr'].split('@')[1]}>"),
        ("To", c["to"]),
        ("X-Mailer", mailer),
    ]
    return assemble(headers, part)


def exchange_id(rng: Rng) -> str:
    box = f"LO{int(rng.hex(1), 16) % 9 + 1}P265MB{int(rng.hex(4), 16) % 9000 + 1000}"
    return f"<{box}{rng.hex(12).upper()}@{box}.GBRP265.PROD.OUTLOOK.COM>"


def build_outlook(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    charset = msg.get("charset", "utf-8")
    lang = msg.get("lang_tag", "EN-GB")
    text = msg["body"].rstrip() + "\n" + quoted_plain(msg)
    if msg.get("footer"):
        text += "\n" + msg["footer"] + "\n"
    b = f"_000_{rng.hex(40).upper()}_"
    alt = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, charset, "quoted-printable"),
            leaf("text/html", outlook_html(msg, lang, charset), charset, "quoted-printable"),
        ],
    )
    part = with_attachments(msg, rng, alt, f"_004_{rng.hex(40).upper()}_")
    desktop = msg.get("classic")
    headers = received(msg, "EUR05-DB8-obe.outbound.protection.outlook.com", rng) + [
        ("From", addr(msg["from_name"], msg["from_addr"], quote_name=True)),
        ("To", msg.get("to") or addr(COACH["name"], COACH["email"], quote_name=True)),
        ("Subject", c["subject"]),
        ("Thread-Topic", subject_header(strip_prefix(msg["subject"]), msg.get("charset", "utf-8"))),
        ("Thread-Index", "AQH" + rng.alnum(30) + "=="),
        ("Date", c["date"]),
        ("Message-ID", f"<000001db{rng.hex(4)}${rng.hex(8)}${rng.hex(8)}@{msg['from_addr'].split('@')[1]}>" if desktop else exchange_id(rng)),
        *reply_headers(msg, rng),
        ("Accept-Language", None if desktop else f"{lang.lower()}, en-US"),
        ("Content-Language", lang.lower()),
        ("X-MS-Has-Attach", None if desktop else ("yes" if msg.get("attachments") else "")),
        ("X-Mailer", "Microsoft Outlook 16.0" if desktop else None),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, part)


def build_owa(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    text = msg["body"].rstrip() + "\n" + quoted_plain(msg)
    b = f"_000_{rng.hex(40).upper()}_"
    alt = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, msg.get("charset", "iso-8859-1"), "quoted-printable"),
            leaf("text/html", owa_html(msg), "utf-8", "base64"),
        ],
    )
    headers = received(msg, "BN8PR05MB6578.namprd05.prod.outlook.com", rng) + [
        ("From", c["from"]),
        ("To", c["to"]),
        ("Subject", c["subject"]),
        ("Thread-Topic", subject_header(strip_prefix(msg["subject"]))),
        ("Thread-Index", "AQH" + rng.alnum(26) + "=="),
        ("Date", c["date"]),
        ("Message-ID", exchange_id(rng).replace("GBRP265", "NAMP220")),
        *reply_headers(msg, rng),
        ("Accept-Language", msg.get("lang_tag", "es-AR").lower() + ", en-US"),
        ("Content-Language", msg.get("lang_tag", "es-AR").lower()),
        ("X-MS-Has-Attach", ""),
        ("msip_labels", ""),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, alt)


def build_thunderbird(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    text = flowed(msg["body"].rstrip() + "\n" + quoted_plain(msg))
    cte = "7bit" if text.isascii() else "8bit"
    part = leaf("text/plain", text, "UTF-8", cte, "; format=flowed")
    head, rest = body_only(part)
    part = head.replace('charset="UTF-8"', "charset=UTF-8").encode() + b"\n\n" + rest
    part = with_attachments(msg, rng, part, "------------" + rng.alnum(24))
    headers = received(msg, "smtp.example-isp.net", rng) + [
        ("Message-ID", f"<{rng.uuid().lower()}@{msg['from_addr'].split('@')[1]}>"),
        ("Date", c["date"]),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        *reply_headers(msg, rng),
        ("Content-Language", msg.get("lang_tag", "en-GB")),
        ("To", c["to"]),
        ("From", c["from"]),
        ("Subject", c["subject"]),
    ]
    return assemble(headers, part)


def build_samsung(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    text = msg["body"].rstrip() + "\n" + quoted_plain(msg)
    b = f"--_com.samsung.android.email_{int(rng.hex(12), 16)}"
    alt = multipart(
        "alternative",
        b,
        [
            leaf("text/plain", text, "UTF-8", "base64"),
            leaf(
                "text/html",
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                f'<body dir="auto">{para_html(msg["body"])}</body></html>',
                "UTF-8",
                "base64",
            ),
        ],
    )
    headers = received(msg, "mail-ed1-f47.google.com", rng) + [
        ("Message-ID", f"<{rng.hex(8)}-{rng.hex(4)}@email.android.com>"),
        ("Date", c["date"]),
        ("Subject", c["subject"]),
        ("From", c["from"]),
        ("To", c["to"]),
        *reply_headers(msg, rng),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, alt)


# ---------------------------------------------------------------- machines


def build_ooo(msg: dict, rng: Rng) -> bytes:
    """An out-of-office reply (Outlook or Gmail's vacation responder)."""
    c = common(msg, rng)
    if msg["program"] == "gmail":
        alt = multipart(
            "alternative",
            "000000000000" + rng.hex(16),
            [
                leaf("text/plain", msg["body"], "UTF-8", "quoted-printable"),
                leaf("text/html", gmail_html({"body": msg["body"]}), "UTF-8", "quoted-printable"),
            ],
        )
        headers = received(msg, "mail-sor-f69.google.com", rng) + [
            ("MIME-Version", "1.0"),
            ("From", c["from"]),
            ("To", c["to"]),
            ("Auto-Submitted", "auto-replied"),
            ("Subject", c["subject"]),
            ("Date", c["date"]),
            ("Message-ID", f"<auto-{rng.hex(20)}@nubelabs.example>"),
            ("In-Reply-To", f"<{rng.hex(24)}@whitcombe-coaching.example>"),
            ("Precedence", "bulk"),
        ]
        return assemble(headers, alt)
    lang = msg.get("lang_tag", "EN-GB")
    alt = multipart(
        "alternative",
        f"_000_{rng.hex(40).upper()}_",
        [
            leaf("text/plain", msg["body"], "utf-8", "quoted-printable"),
            leaf("text/html", outlook_html({"body": msg["body"]}, lang, "utf-8"), "utf-8", "quoted-printable"),
        ],
    )
    headers = received(msg, "EUR02-AM0-obe.outbound.protection.outlook.com", rng) + [
        ("From", addr(msg["from_name"], msg["from_addr"])),
        ("To", addr(COACH["name"], COACH["email"])),
        ("Subject", c["subject"]),
        ("Thread-Topic", subject_header(msg["topic"])),
        ("Thread-Index", "AQH" + rng.alnum(30) + "=="),
        ("Date", c["date"]),
        ("Message-ID", exchange_id(rng)),
        ("In-Reply-To", f"<{rng.hex(24)}@whitcombe-coaching.example>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", msg["from_addr"]),
        ("Content-Language", lang.lower()),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, alt)


def build_read_receipt(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    orig_id = f"<{rng.hex(24)}@whitcombe-coaching.example>"
    mdn = (
        "Reporting-UA: " + msg["from_addr"].split("@")[1] + "; Microsoft Outlook 16.0\n"
        f"Final-Recipient: rfc822;{msg['from_addr']}\n"
        f"Original-Message-ID: {orig_id}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )
    part = multipart(
        "report",
        f"----=_NextPart_000_{rng.hex(4).upper()}_01DB{rng.hex(4).upper()}.{rng.hex(8).upper()}",
        [
            leaf("text/plain", msg["body"], msg.get("charset", "iso-8859-1"), "quoted-printable"),
            b"Content-Type: message/disposition-notification\n\n" + mdn.encode(),
        ],
        "; report-type=disposition-notification",
    )
    headers = received(msg, "EUR01-VE1-obe.outbound.protection.outlook.com", rng) + [
        ("From", addr(msg["from_name"], msg["from_addr"], quote_name=True)),
        ("To", addr(COACH["name"], COACH["email"], quote_name=True)),
        ("Subject", c["subject"]),
        ("Date", c["date"]),
        ("Message-ID", f"<000601db{rng.hex(4)}${rng.hex(8)}${rng.hex(8)}@banque-rhone.example>"),
        ("In-Reply-To", orig_id),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr"),
    ]
    return assemble(headers, part)


def build_bounce(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    b = msg["bounce"]
    orig_dt = when(msg) - timedelta(seconds=4)
    orig_id = exchange_id(rng)
    status = (
        f"Reporting-MTA: dns;{b['mta']}\nReceived-From-MTA: dns;AM9PR02MB7412.eurprd02.prod.outlook.com\n"
        f"Arrival-Date: {rfc_date(orig_dt, pad=True)}\n\n"
        f"Final-Recipient: rfc822;{b['to']}\nAction: failed\nStatus: 5.1.1\n"
        f"Diagnostic-Code: smtp;{b['diagnostic']}\nRemote-MTA: dns;{b['remote']}\n"
    )
    original = (
        f"From: {addr(COACH['name'], COACH['email'])}\nTo: {b['to_name']} <{b['to']}>\n"
        f"Subject: {b['subject']}\nDate: {rfc_date(orig_dt, pad=True)}\nMessage-ID: {orig_id}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
    ).encode() + encode_body(b["text"], "utf-8", "quoted-printable")
    alt = multipart(
        "alternative",
        f"_000_{rng.hex(40).upper()}_",
        [
            leaf("text/plain", msg["body"], "us-ascii", "7bit"),
            leaf(
                "text/html",
                "<html><head></head><body>" + para_html(msg["body"], "p") + "</body></html>",
                "us-ascii",
                "7bit",
            ),
        ],
    )
    report = multipart(
        "report",
        f"_{rng.hex(36)}_",
        [
            alt,
            b"Content-Type: message/delivery-status\n\n" + status.encode(),
            b"Content-Type: message/rfc822\n\n" + original,
        ],
        "; report-type=delivery-status",
    )
    headers = [
        ("Return-Path", "<>"),
        ("From", addr("Microsoft Outlook", "postmaster@whitcombe-coaching.example")),
        ("To", f"<{COACH['email']}>"),
        ("Date", c["date"]),
        ("Message-ID", f"<{rng.uuid().lower()}@AM9PR02MB7412.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", orig_id),
        ("References", orig_id),
        ("Subject", c["subject"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, report)


def build_calendar_accept(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    ev = msg["event"]
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
        "BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n"
        "TZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
        "BEGIN:VEVENT\n"
        f"ATTENDEE;PARTSTAT=ACCEPTED;CN={msg['from_name']}:mailto:{msg['from_addr']}\n"
        f"REPLY-TO;CN={msg['from_name']}:mailto:{msg['from_addr']}\n"
        f"SUMMARY;LANGUAGE=en-GB:Accepted: {ev['summary']}\n"
        f"DTSTART;TZID=GMT Standard Time:{ev['start']}\nDTEND;TZID=GMT Standard Time:{ev['end']}\n"
        f"UID:040000008200E00074C5B7101A82E00800000000{rng.hex(32).upper()}\n"
        "CLASS:PUBLIC\nPRIORITY:5\n"
        f"DTSTAMP:{when(msg).astimezone(timezone.utc):%Y%m%dT%H%M%SZ}\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\n"
        "SEQUENCE:0\nLOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    alt = multipart(
        "alternative",
        f"_000_{rng.hex(40).upper()}_",
        [
            leaf("text/plain", msg["body"], "utf-8", "7bit"),
            leaf("text/calendar", ics, "utf-8", "base64", "; method=REPLY"),
        ],
    )
    headers = received(msg, "EUR03-AM7-obe.outbound.protection.outlook.com", rng) + [
        ("From", addr(msg["from_name"], msg["from_addr"])),
        ("To", addr(COACH["name"], COACH["email"])),
        ("Subject", c["subject"]),
        ("Thread-Topic", ev["summary"]),
        ("Thread-Index", "AQH" + rng.alnum(30) + "=="),
        ("Date", c["date"]),
        ("Message-ID", exchange_id(rng)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + rng.alnum(20)),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, alt)


# ---------------------------------------------------------------- phone services


def build_phone(msg: dict, rng: Rng) -> bytes:
    svc = msg["service"]
    p = msg["phone"]
    dt = when(msg)
    c = common(msg, rng)
    local = dt.astimezone(timezone.utc)  # the coach is in London: GMT in winter
    clock = local.strftime("%I:%M %p").lstrip("0")
    audio = None
    headers: list[tuple[str, str]] = []
    if svc == "gv_vm":
        subject = f"New voicemail from {p['display']} at {clock}"
        text = (
            f"{p['transcript']}\n\nplay message\n\n"
            "YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989>"
            " HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\n"
            "This email was sent to you because you indicated that you'd like to receive email "
            "notifications for voicemails.\nGoogle LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n"
        )
        frm = "Google Voice <voice-noreply@google.com>"
        audio = f"voicemail-{local:%Y%m%d}-{rng.hex(4)}.mp3"
    elif svc == "gv_sms":
        subject = f"New text message from {p['display']}"
        text = (
            f"Google Voice\n\n{p['transcript']}\n\n"
            "To respond to this text message, reply to this email or visit Google Voice.\n"
            "YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>\n"
        )
        frm = f"\"{p['display']}\" <{COACH['gv_digits']}.{p['digits']}.{rng.alnum(10)}@txt.voice.google.com>"
    elif svc == "ringcentral_vm":
        subject = f"New Voice Message from {p['display']} WIRELESS CALLER to your phone number {COACH['line']}"
        text = (
            "You have a new voice message:\n\n"
            f"From: {p['display']} WIRELESS CALLER\n"
            f"Received: {local:%A, %d %B %Y} at {clock}\n"
            f"Length: {p['duration']}\nTo: {COACH['name']} {COACH['line']}\n\n"
            f"Voicemail Preview:\n{p['transcript']}\n\n"
            "The voice message is attached to this email.\n\nThank you for choosing RingCentral.\n"
            "RingCentral UK Ltd. 85 Gresham Street, London EC2V 7NQ\n"
        )
        frm = "RingCentral <service@ringcentral.com>"
        audio = f"Voice Message {local:%Y%m%d %H%M%S}.mp3"
    elif svc == "ringcentral_sms":
        subject = f"New Text Message from {p['display']}"
        text = (
            "You have a new text message:\n\n"
            f"From: {p['display']}\nReceived: {local:%A, %d %B %Y} at {clock}\n"
            f"To: {COACH['name']} {COACH['line']}\n\n"
            f"Message:\n{p['transcript']}\n\n"
            "To reply, open the RingCentral app.\n\nThank you for choosing RingCentral.\n"
            "RingCentral UK Ltd. 85 Gresham Street, London EC2V 7NQ\n"
        )
        frm = "RingCentral <service@ringcentral.com>"
    elif svc == "vonage_vm":
        subject = f"New voicemail from {p['display']}"
        text = (
            "You have received a new voicemail.\n\n"
            f"Caller: {p['display']}\nDate: {local:%d/%m/%Y %H:%M}\nDuration: {p['duration']}\n\n"
            f"Transcription:\n{p['transcript']}\n\n"
            "Log in to the Vonage Business app to manage your voicemail.\n"
        )
        frm = "Vonage Business <noreply@vonagebusiness.com>"
        audio = "voicemail.wav"
    elif svc == "teams_vm":
        subject = f"Voicemail from {p['display']} ({p['duration']})"
        text = (
            f"You received a voice mail from {p['display']}.\n\n"
            f"Transcription preview\n{p['transcript']}\n\n"
            "You can listen to the message using the attached audio file.\n"
        )
        frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitcombe-coaching.example>"
        audio = "audio.mp3"
        headers.append(("Content-Class", "voice-uc"))
    else:
        raise ValueError(svc)
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    if audio:
        ctype = "audio/wav" if audio.endswith(".wav") else "audio/mpeg"
        body = multipart("mixed", "===============" + str(int(rng.hex(16), 16))[:19] + "==", [body, binary(ctype, audio, FAKE_AUDIO)])
    top = [
        ("Return-Path", "<" + frm.split("<")[-1].rstrip(">") + ">"),
        ("From", frm),
        ("To", addr(COACH["name"], COACH["email"])),
        ("Subject", subject_header(subject)),
        ("Date", c["date"]),
        ("Message-ID", f"<{rng.hex(20)}@{frm.split('@')[-1].rstrip('>')}>"),
        ("MIME-Version", "1.0"),
        *headers,
    ]
    return assemble(top, body)


# ---------------------------------------------------------------- non-clients


def build_bulk(msg: dict, rng: Rng) -> bytes:
    c = common(msg, rng)
    html_body = msg.get("html_body") or (
        "<!doctype html><html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" "
        f"align=\"center\"><tr><td>{para_html(msg['body'], 'p')}</td></tr></table></body></html>"
    )
    alt = multipart(
        "alternative",
        "_----" + rng.alnum(22) + "===_" + rng.hex(2).upper() + "/00-" + rng.hex(5) + "-" + rng.hex(8),
        [
            leaf("text/plain", msg["body"], "utf-8", "quoted-printable"),
            leaf("text/html", html_body, "utf-8", "quoted-printable"),
        ],
    )
    part = with_attachments(msg, rng, alt, "_----mixed" + rng.alnum(20))
    headers = [
        ("Return-Path", f"<bounce-mc.us21_{rng.hex(8)}@{msg.get('bounce_domain', 'mail.example-esp.net')}>"),
        ("From", c["from"]),
        ("Reply-To", msg.get("reply_to")),
        ("To", c["to"]),
        ("Subject", c["subject"]),
        ("Date", c["date"]),
        ("Message-ID", f"<{rng.hex(24)}@{msg.get('bounce_domain', 'mail.example-esp.net')}>"),
        ("List-Unsubscribe", msg.get("unsubscribe")),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click" if msg.get("unsubscribe") else None),
        ("List-Id", msg.get("list_id")),
        ("Precedence", "bulk" if msg.get("list_id") else None),
        ("X-Mailer", msg.get("x_mailer")),
        ("X-Auto-Response-Suppress", "All"),
        ("MIME-Version", "1.0"),
    ]
    return assemble(headers, part)


BUILDERS = {
    "gmail": build_gmail,
    "apple": build_apple,
    "iphone": lambda m, r: build_apple(m, r, iphone=True),
    "outlook": build_outlook,
    "owa": build_owa,
    "thunderbird": build_thunderbird,
    "samsung": build_samsung,
    "ooo": build_ooo,
    "read_receipt": build_read_receipt,
    "bounce": build_bounce,
    "calendar_accept": build_calendar_accept,
    "phone": build_phone,
    "bulk": build_bulk,
}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    for n, msg in enumerate(MESSAGES, 1):
        name = f"{n:02d}-{msg['slug']}.eml"
        rng = Rng(name)
        data = BUILDERS[msg["build"]](msg, rng)
        (HERE / name).write_bytes(data)
        rows.append(
            [
                name,
                msg.get("client", ""),
                msg["kind"],
                msg.get("tag", ""),
                msg.get("urgent", "no"),
                ";".join(msg.get("traits", [])),
            ]
        )
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
