"""Build the .eml files and labels.csv of this set from messages.py.

Run: /work/main/.venv/bin/python tests/evalsets-unscored/machines-b/build.py
Every file is written byte for byte the same on every run (seeded by its name).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import random
import struct
import sys
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import messages as M  # noqa: E402

# ---------------------------------------------------------------- primitives


def ascii_only(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def hdr(s: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    if ascii_only(s):
        return s
    return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if ascii_only(name):
        return formataddr((name, email))
    return f"{Header(name, charset).encode()} <{email}>"


class Part:
    def __init__(self, headers: list[str], body: str):
        self.headers = headers
        self.body = body

    def render(self) -> str:
        return "\n".join(self.headers) + "\n\n" + self.body


def encode_text(text: str, charset: str, cte: str | None) -> tuple[str, str]:
    data = text.encode(charset)
    if cte is None:
        if ascii_only(text) and charset.lower() != "iso-2022-jp":
            cte = "7bit"
        elif charset.lower() == "iso-2022-jp":
            cte = "7bit"
        elif charset.lower() == "utf-8":
            cte = "8bit"
        else:
            cte = "quoted-printable"
    if cte == "base64":
        body = base64.encodebytes(data.replace(b"\n", b"\r\n")).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    elif cte == "8bit":
        body = data.decode(charset) if charset.lower() == "utf-8" else data.decode("latin-1")
    else:  # 7bit (8bit when a UTF-8 text is not ASCII)
        if charset.lower() == "utf-8" and not ascii_only(text):
            cte = "8bit"
            body = text
        else:
            body = data.decode("ascii")
    return cte, body


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None,
              params: str = "", extra: list[str] | None = None) -> Part:
    cte, body = encode_text(text, charset, cte)
    ct = f'Content-Type: text/{subtype}; charset="{charset}"{params}'
    return Part([ct, f"Content-Transfer-Encoding: {cte}"] + (extra or []), body)


def binary_part(ctype: str, data: bytes, filename: str | None = None, disposition: str = "attachment",
                extra: list[str] | None = None) -> Part:
    h = [f"Content-Type: {ctype}" + (f'; name="{filename}"' if filename else "")]
    if filename:
        h.append(f'Content-Disposition: {disposition}; filename="{filename}"')
    h.append("Content-Transfer-Encoding: base64")
    h += extra or []
    return Part(h, base64.encodebytes(data).decode("ascii"))


def raw_part(ctype: str, body: str, extra: list[str] | None = None) -> Part:
    return Part([f"Content-Type: {ctype}"] + (extra or []), body if body.endswith("\n") else body + "\n")


def multipart(subtype: str, parts: list[Part], boundary: str, params: str = "",
              preamble: str = "", extra: list[str] | None = None) -> Part:
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        out.append(f"--{boundary}\n{p.render()}")
    body = "\n".join(out) + f"\n--{boundary}--\n"
    return Part([f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"'] + (extra or []), body)


def message_rfc822(inner: str, ctype: str = "message/rfc822", extra: list[str] | None = None) -> Part:
    return Part([f"Content-Type: {ctype}"] + (extra or []), inner if inner.endswith("\n") else inner + "\n")


def to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n")]
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n{inner}</body></html>\n'


# ---------------------------------------------------------------- determinism


class Rng:
    def __init__(self, seed: str):
        self.r = random.Random(hashlib.sha256(seed.encode()).hexdigest())

    def hex(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n: int) -> str:
        return self.hex(n).upper()

    def alnum(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def uuid(self) -> str:
        h = self.HEX(32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def png(seed: str, w: int = 48, h: int = 32) -> bytes:
    r = random.Random(seed)
    base = (r.randrange(256), r.randrange(256), r.randrange(256))
    rows = b""
    for y in range(h):
        rows += b"\x00" + bytes(
            v for x in range(w) for v in ((base[0] + x * 3) % 256, (base[1] + y * 5) % 256, base[2])
        )

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def audio(seed: str, n: int = 1800) -> bytes:
    r = random.Random(seed)
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(r.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- top-level message

MAILERS = {
    "gmail": ["X-Mailer: none"],  # replaced below; Gmail sets no X-Mailer
}


def envelope(m: dict, rng: Rng, frm: str, to: str, subject: str | None, msgid: str,
             extra: list[str], charset: str = "utf-8", received: list[str] | None = None) -> list[str]:
    date = m["date"]
    if "relay" not in m:
        sender = m.get("from_addr") or m.get("from", "").split("<")[-1].split(">")[0].split()[0]
        dom = sender.split("@")[-1].lower()
        m = dict(m, relay=("mail-sor-f" + str(rng.r.randrange(10, 99)) + ".google.com") if dom.endswith(("gmail.com", "google.com", "googlemail.com"))
                 else ("smtp-out." + dom))
    h = []
    h.append(f"Return-Path: <{m.get('return_path', m['from_addr'] if 'from_addr' in m else '')}>")
    for rcv in received or [
        f"from {m.get('relay', 'mail-relay.example.net')} ({m.get('relay', 'mail-relay.example.net')} [{m.get('relay_ip', '198.51.100.' + str(rng.r.randrange(2, 250)))}])\n"
        f"\tby mx.driftwood-coaching.example (Postfix) with ESMTPS id {rng.HEX(11)}\n"
        f"\tfor <{M.COACH_ADDR}>; {date}"
    ]:
        h.append(f"Received: {rcv}")
    h.append(f"Date: {date}")
    h.append(f"From: {frm}")
    h.append(f"To: {to}")
    if subject is not None:
        h.append(f"Subject: {hdr(subject, charset)}")
    h.append(f"Message-ID: {msgid}")
    h += extra
    h.append("MIME-Version: 1.0")
    return h


def finish(head: list[str], body: Part) -> str:
    return "\n".join(head + body.headers) + "\n\n" + body.body


def orig_message(o: dict, rng: Rng, headers_only: bool = False) -> str:
    """The coach's own message, as returned inside a bounce."""
    frm = o.get("from", f"{M.COACH_NAME} <{M.COACH_ADDR}>")
    lines = [
        f"Received: from [192.168.1.23] (s0106a84e3f1b2c3d.vc.shawcable.example [203.0.113.77])\n\tby mail.driftwood-coaching.example (Postfix) with ESMTPSA id {rng.HEX(10)};\n\t{o['date']}",
        f"Message-ID: <{rng.uuid()}@driftwood-coaching.example>",
        f"Date: {o['date']}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-CA",
        f"To: {o['to']}",
        f"From: {frm}",
        f"Subject: {hdr(o['subject'])}",
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        "Content-Transfer-Encoding: 8bit" if not ascii_only(o.get("body", "")) else "Content-Transfer-Encoding: 7bit",
    ]
    if headers_only:
        return "\n".join(lines) + "\n"
    return "\n".join(lines) + "\n\n" + o.get("body", "") + ("\n" if not o.get("body", "").endswith("\n") else "")


def msgid_for(m: dict, rng: Rng, domain: str) -> str:
    return m.get("message_id") or f"<{rng.hex(8)}.{rng.digits(10)}@{domain}>"


# ---------------------------------------------------------------- builders


def b_email(m: dict, rng: Rng) -> str:
    """An ordinary message from a person's mail program (or an auto-reply)."""
    mailer = m.get("mailer", "gmail")
    charset = m.get("charset", "utf-8")
    frm = addr(m.get("from_name"), m["from_addr"], charset if charset != "iso-2022-jp" else "iso-2022-jp")
    to = m.get("to", f"{M.COACH_NAME} <{M.COACH_ADDR}>")
    extra = list(m.get("headers", []))
    if m.get("reply_to"):
        extra.insert(0, f"Reply-To: {m['reply_to']}")
    if m.get("in_reply_to"):
        extra += [f"In-Reply-To: {m['in_reply_to']}", f"References: {m['in_reply_to']}"]
    text = m["body"]
    cte = m.get("cte")
    if mailer == "gmail":
        mid = f"<CA{rng.alnum(3)}{rng.alnum(40)}@mail.gmail.com>"
        b = "000000000000" + rng.hex(12)
        parts = [text_part(text, charset=charset, cte=cte), text_part(m.get("html") or to_html(text), "html", charset, cte or "quoted-printable")]
        body = multipart("alternative", parts, b)
    elif mailer == "apple":
        mid = f"<{rng.uuid()}@{m['from_addr'].split('@')[1]}>"
        extra.append("X-Mailer: Apple Mail (2.3826.200.121)")
        body = text_part(text, charset=charset, cte=cte or "quoted-printable")
    elif mailer == "iphone":
        mid = f"<{rng.uuid()}@{m['from_addr'].split('@')[1]}>"
        extra.append("X-Mailer: iPhone Mail (22B91)")
        body = text_part(text, charset=charset, cte=cte or "quoted-printable")
    elif mailer == "outlook":
        dom = m['from_addr'].split('@')[1]
        mid = f"<YT{rng.digits(1)}PR01MB{rng.digits(4)}{rng.HEX(20)}@YT{rng.digits(1)}PR01MB{rng.digits(4)}.CANPRD01.PROD.OUTLOOK.COM>"
        extra += [f"Thread-Topic: {hdr(m.get('subject') or '', charset)}", f"Thread-Index: A{rng.alnum(26)}==",
                  "Accept-Language: en-CA, en-US", f"Content-Language: {m.get('content_language', 'en-US')}",
                  "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", f"X-Originating-IP: [{m.get('ip', '10.12.4.31')}]"]
        b = f"_000_{rng.alnum(40)}_"
        parts = [text_part(text, charset=charset, cte=cte or "quoted-printable"), text_part(m.get("html") or to_html(text), "html", charset, cte or "quoted-printable")]
        body = multipart("alternative", parts, b)
    elif mailer == "outlookcom":
        mid = f"<SN{rng.digits(1)}PR{rng.digits(2)}MB{rng.digits(4)}{rng.HEX(18)}@SN{rng.digits(1)}PR{rng.digits(2)}MB{rng.digits(4)}.namprd{rng.digits(2)}.prod.outlook.com>"
        extra += [f"Thread-Topic: {hdr(m.get('subject') or '', charset)}", f"Thread-Index: A{rng.alnum(26)}==",
                  "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "msip_labels:"]
        b = f"_000_{rng.alnum(40)}_"
        parts = [text_part(text, charset=charset, cte=cte or "quoted-printable"), text_part(m.get("html") or to_html(text), "html", charset, cte or "quoted-printable")]
        body = multipart("alternative", parts, b)
    elif mailer == "thunderbird":
        mid = f"<{rng.hex(8)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(4)}-{rng.hex(12)}@{m['from_addr'].split('@')[1]}>"
        extra += ["User-Agent: Mozilla Thunderbird", f"Content-Language: {m.get('content_language', 'en-US')}"]
        body = text_part(text, charset=charset, cte=cte, params="; format=flowed")
    elif mailer == "plain":  # a server-side auto-responder, a webmail with no X-Mailer
        mid = f"<{rng.hex(16)}@{m.get('msgid_domain', m['from_addr'].split('@')[1])}>"
        body = text_part(text, charset=charset, cte=cte)
    elif mailer == "html":  # a service's notification: text and HTML
        mid = f"<{rng.alnum(24)}@{m.get('msgid_domain', m['from_addr'].split('@')[1])}>"
        b = f"----=_Part_{rng.digits(7)}_{rng.digits(9)}.{rng.digits(13)}"
        parts = [text_part(text, charset=charset, cte=cte or "quoted-printable"), text_part(m.get("html") or to_html(text), "html", charset, cte or "quoted-printable")]
        body = multipart("alternative", parts, b)
    else:
        raise ValueError(mailer)
    if m.get("attachments"):
        atts = []
        for name, ctype in m["attachments"]:
            data = png(m["file"] + name) if ctype.startswith("image/") else audio(m["file"] + name)
            atts.append(binary_part(ctype, data, name))
        body = multipart("mixed", [body] + atts, f"----=_NextPart_{rng.HEX(3)}_{rng.HEX(4)}_{rng.HEX(8)}.{rng.HEX(8)}")
    head = envelope(m, rng, frm, to, m.get("subject"), m.get("message_id") or mid, extra, charset, m.get("received"))
    return finish(head, body)


def b_dsn(m: dict, rng: Rng) -> str:
    """A multipart/report; report-type=delivery-status (RFC 3464)."""
    charset = m.get("charset", "utf-8")
    human = text_part(m["human"], charset=charset, cte=m.get("human_cte"),
                      extra=m.get("human_extra", ["Content-Description: Notification"]))
    if m.get("human_html"):
        human = multipart("alternative", [human, text_part(m["human_html"], "html", charset, "quoted-printable")],
                          "alt-" + rng.hex(24))
        if m.get("related_icon"):
            human = multipart("related", [human, binary_part("image/png", png(m["file"] + "icon", 16, 16), "icon.png", "inline", ["Content-ID: <icon.png>"])], "rel-" + rng.hex(24))
    fields = "\n".join(m["per_message"]) + "\n"
    for r in m["recipients"]:
        fields += "\n" + "\n".join(r) + "\n"
    ds = raw_part("message/delivery-status", fields, ["Content-Description: Delivery report"])
    parts = [human, ds]
    if m.get("returned", "message") == "message":
        parts.append(message_rfc822(orig_message(m["orig"], rng), extra=["Content-Description: Undelivered Message"]))
    elif m["returned"] == "headers":
        parts.append(message_rfc822(orig_message(m["orig"], rng, True), "text/rfc822-headers",
                                    ["Content-Description: Undelivered Message Headers"]))
    boundary = m.get("boundary") or f"{rng.HEX(12)}.{rng.digits(10)}/{m.get('reporting_host', 'mail.driftwood-coaching.example')}"
    body = multipart("report", parts, boundary, " report-type=delivery-status;",
                     preamble=m.get("preamble", "This is a MIME-encapsulated message."))
    frm = m["from"]
    to = m.get("to", M.COACH_ADDR)
    extra = list(m.get("headers", ["Auto-Submitted: auto-replied"]))
    head = envelope(m, rng, frm, to, m["subject"], msgid_for(m, rng, m.get("reporting_host", "mail.driftwood-coaching.example")), extra, charset, m.get("received"))
    return finish(head, body)


def b_textbounce(m: dict, rng: Rng) -> str:
    """A bounce in one text/plain part, the returned message pasted under a line (qmail, Yahoo, old Exim)."""
    charset = m.get("charset", "utf-8")
    text = m["human"]
    if m.get("orig"):
        text += orig_message(m["orig"], rng, m.get("headers_only", False))
    body = text_part(text, charset=charset, cte=m.get("cte"))
    extra = list(m.get("headers", []))
    head = envelope(m, rng, m["from"], m.get("to", M.COACH_ADDR), m["subject"],
                    msgid_for(m, rng, m.get("reporting_host", "mx.example.net")), extra, charset, m.get("received"))
    return finish(head, body)


def b_mdn(m: dict, rng: Rng) -> str:
    """A read receipt: multipart/report; report-type=disposition-notification (RFC 3798)."""
    charset = m.get("charset", "utf-8")
    human = text_part(m["human"], charset=charset, cte=m.get("cte", "quoted-printable"))
    mdn = raw_part("message/disposition-notification", "\n".join(m["fields"]) + "\n")
    parts = [human, mdn]
    if m.get("orig"):
        parts.append(message_rfc822(orig_message(m["orig"], rng, True), "text/rfc822-headers"))
    body = multipart("report", parts, m.get("boundary") or f"----=_Part_{rng.alnum(20)}", " report-type=disposition-notification;")
    frm = addr(m.get("from_name"), m["from_addr"])
    extra = list(m.get("headers", []))
    head = envelope(m, rng, frm, M.COACH_NAME + " <" + M.COACH_ADDR + ">", m["subject"],
                    msgid_for(m, rng, m["from_addr"].split("@")[1]), extra, charset, m.get("received"))
    return finish(head, body)


def b_arf(m: dict, rng: Rng) -> str:
    """An abuse feedback report (RFC 5965)."""
    human = text_part(m["human"])
    fb = raw_part("message/feedback-report", "\n".join(m["fields"]) + "\n")
    orig = message_rfc822(orig_message(m["orig"], rng))
    body = multipart("report", [human, fb, orig], f"{rng.hex(16)}_feedback", " report-type=feedback-report;")
    head = envelope(m, rng, m["from"], M.COACH_ADDR, m["subject"], msgid_for(m, rng, m.get("msgid_domain", "example.net")),
                    list(m.get("headers", [])), received=m.get("received"))
    return finish(head, body)


def ics(m: dict) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{m['prodid']}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REPLY",
        "BEGIN:VEVENT",
        f"DTSTART;TZID=America/Vancouver:{m['dtstart']}",
        f"DTEND;TZID=America/Vancouver:{m['dtend']}",
        f"DTSTAMP:{m['dtstamp']}",
        f"ORGANIZER;CN={M.COACH_NAME}:mailto:{M.COACH_ADDR}",
        f"UID:{m['uid']}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={m['partstat']};CN={m['attendee_name']};X-NUM-GUESTS=0:mailto:{m['attendee']}",
    ]
    if m.get("comment"):
        lines.append(f"COMMENT:{m['comment']}")
    lines += [
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:{m['summary']}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def b_calendar(m: dict, rng: Rng) -> str:
    """An iMIP reply to the coach's invitation (RFC 6047) from Google, Outlook or Apple."""
    style = m["style"]
    cal_text = ics(m)
    frm = addr(m["from_name"], m["from_addr"])
    extra = list(m.get("headers", []))
    if style == "google":
        extra = [f"Sender: Google Calendar <calendar-notification@google.com>", f"Reply-To: {m['from_addr']}"] + extra
        alt = multipart("alternative", [
            text_part(m["body"], cte="quoted-printable"),
            text_part(to_html(m["body"]), "html", cte="quoted-printable"),
            text_part(cal_text, "calendar", cte="7bit", params="; method=REPLY"),
        ], "000000000000" + rng.hex(12))
        body = multipart("mixed", [alt, Part(['Content-Type: application/ics; name="invite.ics"',
                                             'Content-Disposition: attachment; filename="invite.ics"',
                                             "Content-Transfer-Encoding: base64"],
                                            base64.encodebytes(cal_text.encode()).decode())],
                         "000000000000" + rng.hex(12))
        mid = f"<calendar-{rng.uuid().lower()}@google.com>"
    elif style == "outlook":
        extra += [f"Thread-Topic: {hdr(m['summary'])}", f"Thread-Index: A{rng.alnum(26)}==",
                  f"Content-Language: {m.get('content_language', 'en-US')}", "X-MS-Has-Attach:",
                  "X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAAD",
                  "X-MS-TNEF-Correlator:"]
        body = multipart("alternative", [
            text_part(m["body"], cte="quoted-printable"),
            text_part(to_html(m["body"]), "html", cte="quoted-printable"),
            text_part(cal_text, "calendar", cte="base64", params="; method=REPLY"),
        ], f"_000_{rng.alnum(40)}_")
        mid = f"<SN{rng.digits(1)}PR{rng.digits(2)}MB{rng.digits(4)}{rng.HEX(18)}@SN{rng.digits(1)}PR{rng.digits(2)}MB{rng.digits(4)}.namprd{rng.digits(2)}.prod.outlook.com>"
    else:  # apple
        extra += ["X-Mailer: Apple Mail (2.3826.200.121)"]
        body = multipart("mixed", [
            text_part(m["body"], cte="7bit"),
            Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY; name="iCal-20261202-093112.ics"',
                  'Content-Disposition: attachment; filename="iCal-20261202-093112.ics"',
                  "Content-Transfer-Encoding: quoted-printable"], quopri.encodestring(cal_text.encode()).decode()),
        ], f"Apple-Mail={rng.uuid()}")
        mid = f"<{rng.uuid()}@{m['from_addr'].split('@')[1]}>"
    head = envelope(m, rng, frm, f"{M.COACH_NAME} <{M.COACH_ADDR}>", m["subject"], mid, extra, received=m.get("received"))
    return finish(head, body)


def b_sms(m: dict, rng: Rng) -> str:
    """A text or picture message through a carrier's email gateway: the sender is the number@carrier."""
    frm = m["from_addr"] if not m.get("from_name") else addr(m["from_name"], m["from_addr"])
    extra = list(m.get("headers", []))
    charset = m.get("charset", "utf-8")
    if m.get("mms"):
        parts = []
        if m.get("smil", True):
            smil = ('<smil><head><layout><root-layout/><region id="Image" fit="meet" top="0" left="0" height="80%" width="100%"/>'
                    '<region id="Text" top="80%" left="0" height="20%" width="100%" fit="scroll"/></layout></head>'
                    f'<body><par dur="5000ms"><img src="{m.get("image_name", "IMG_1.png")}" region="Image"/>'
                    + ('<text src="text_0.txt" region="Text"/>' if m.get("body") else "") + '</par></body></smil>')
            parts.append(Part(['Content-Type: application/smil; name="smil.smil"', 'Content-Location: smil.smil',
                               'Content-Disposition: inline; filename="smil.smil"', "Content-Transfer-Encoding: 7bit"], smil + "\n"))
        if m.get("body"):
            cte, b = encode_text(m["body"], charset, m.get("cte", "base64"))
            parts.append(Part([f'Content-Type: text/plain; charset={charset}; name="text_0.txt"', 'Content-Location: text_0.txt',
                               'Content-Disposition: inline; filename="text_0.txt"', f"Content-Transfer-Encoding: {cte}"], b))
        name = m.get("image_name", "IMG_1.png")
        parts.append(binary_part("image/png", png(m["file"]), name, "attachment", [f"Content-Location: {name}"]))
        body = multipart("mixed", parts, f"----=_Part_{rng.digits(7)}_{rng.digits(9)}.{rng.digits(13)}")
    else:
        body = text_part(m["body"], charset=charset, cte=m.get("cte"))
    dom = m["from_addr"].split("@")[1]
    mid = f"<{rng.digits(10)}.{rng.alnum(8)}.{rng.digits(6)}@{m.get('msgid_domain', dom)}>"
    head = envelope(m, rng, frm, m.get("to", M.COACH_ADDR), m.get("subject"), mid, extra, charset, m.get("received"))
    return finish(head, body)


BUILDERS = {"email": b_email, "dsn": b_dsn, "textbounce": b_textbounce, "mdn": b_mdn, "arf": b_arf,
            "calendar": b_calendar, "sms": b_sms}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    seen = set()
    for m in M.MESSAGES:
        assert m["file"] not in seen, m["file"]
        seen.add(m["file"])
        parsedate_to_datetime(m["date"])  # a valid Date
        text = BUILDERS[m["fmt"]](m, Rng(m["file"]))
        (HERE / m["file"]).write_bytes(text.encode("utf-8"))
        rows.append([m["file"], m["client"], m["kind"], m["tag"], m.get("urgent", "no"), m.get("traits", "")])
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
