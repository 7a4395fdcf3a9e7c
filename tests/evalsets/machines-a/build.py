"""Build the machines-a set: one .eml per message in messages.py, plus labels.csv.

Run with /work/main/.venv/bin/python build.py (from this folder or anywhere).
The words and the labels are in messages.py; this file only assembles the MIME by hand,
so that every report part (message/delivery-status, message/feedback-report,
message/disposition-notification, text/calendar) is written byte for byte as its RFC shows.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

import messages as M

HERE = Path(__file__).resolve().parent
COACH = ("Dana Whitfield", "dana@whitfield-coaching.example")

# A 1x1 JPEG, enough to stand for a photo attached to an MMS.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////"
    "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAB"
    "PxA="
)
# A few bytes standing for an audio file (a WAV header and silence, an MP3 frame header).
TINY_WAV = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00" + b"\x00" * 64
TINY_MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\xff\xfb\x90d" + b"\x00" * 96


# ---------------------------------------------------------------- small helpers


def when(spec: str) -> datetime:
    """'2026-12-01 09:14 -0500' (seconds optional) -> aware datetime."""
    for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):
        try:
            return datetime.strptime(spec, fmt)
        except ValueError:
            pass
    raise ValueError(spec)


def rfcdate(spec: str, plus_minutes: int = 0) -> str:
    return format_datetime(when(spec) + timedelta(minutes=plus_minutes))


def h(value: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def a(who, charset: str = "utf-8") -> str:
    """An address: 'x@y', or (name, 'x@y')."""
    if isinstance(who, str):
        return who
    name, email = who
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def token(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        out.append(alphabet[digest[i % len(digest)] % len(alphabet)])
        i += 1
        if i % len(digest) == 0:
            digest = hashlib.sha256(digest).digest()
    return "".join(out)


def mid(seed: str, domain: str, style: str = "plain") -> str:
    if style == "gmail":
        t = token(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return f"<CA{t[:2]}+{t[2:40]}@mail.gmail.com>"
    if style == "outlook":
        t = token(seed, 36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return f"<{t[:4]}PR{t[4:6]}MB{t[6:10]}{t[10:36]}@{domain}>"
    return f"<{token(seed, 12)}.{token(seed + 'x', 8)}@{domain}>"


def encode(text: str, cte: str, charset: str) -> str:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode(charset) if charset.lower() not in ("iso-2022-jp",) else data.decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def to_html(text: str) -> str:
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(line) for line in p.split("\n")]
        if all(line.startswith("&gt;") for line in lines if line):
            inner = "<br>\n".join(line.lstrip("&gt;").lstrip() for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div>")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n' + "\n<div><br></div>\n".join(out) + "\n</body></html>\n"


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: str):
        self.headers = headers
        self.body = body

    def render(self) -> str:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        body = self.body if self.body.endswith("\n") else self.body + "\n"
        return head + "\n" + body


def leaf(ctype: str, text: str, charset: str | None = "utf-8", cte: str = "7bit", extra=None, params: str = "") -> Part:
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    if params:
        ct += "; " + params
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    headers += extra or []
    return Part(headers, encode(text, cte, charset or "us-ascii"))


def binary(ctype: str, filename: str, data: bytes, disposition: str = "attachment", extra=None) -> Part:
    headers = [
        ("Content-Type", f'{ctype}; name="{filename}"'),
        ("Content-Transfer-Encoding", "base64"),
        ("Content-Disposition", f'{disposition}; filename="{filename}"'),
    ]
    headers += extra or []
    return Part(headers, b64(data))


def multi(subtype: str, parts: list[Part], seed: str, params: str = "", boundary: str | None = None, extra=None) -> Part:
    boundary = boundary or ("----=_Part_" + token(seed + subtype, 6, "0123456789") + "_" + token(seed, 10, "0123456789") + "." + token(seed + "t", 13, "0123456789"))
    ct = f"multipart/{subtype}; " + (params + "; " if params else "") + f'boundary="{boundary}"'
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p.render()
    body += f"--{boundary}--\n"
    return Part([("Content-Type", ct)] + (extra or []), body)


def rfc822(text: str, ctype: str = "message/rfc822", extra=None) -> Part:
    return Part([("Content-Type", ctype)] + (extra or []), text)


def received_in(spec: dict, seed: str) -> list[tuple[str, str]]:
    """Delivered-To and the Received line Google adds when the coach's Workspace mailbox takes a message."""
    host = spec.get("relay") or ("mail." + addr_domain(spec["from_"]))
    ip = spec.get("ip") or "198.51.100.%d" % (int(token(seed, 2), 16) % 250 + 2)
    date = rfcdate(spec["date"], 0)
    return [
        ("Delivered-To", COACH[1]),
        ("Received", f"by 2002:a05:7010:{token(seed, 4)}:b0:{token(seed + 'r', 3)}:{token(seed + 's', 4)} with SMTP id {token(seed + 'i', 10)};\n        {date}"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {token(seed + 'm', 18, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n        for <{COACH[1]}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {date}"),
    ]


def addr_domain(who) -> str:
    email = who if isinstance(who, str) else who[1]
    return email.split("@", 1)[1]


def top(spec: dict, seed: str, charset: str = "utf-8") -> list[tuple[str, str]]:
    headers = [("Return-Path", spec.get("return_path", "<%s>" % (spec["from_"] if isinstance(spec["from_"], str) else spec["from_"][1])))]
    headers += received_in(spec, seed)
    headers += [(k, v) for k, v in spec.get("pre_headers", [])]
    headers.append(("Date", rfcdate(spec["date"])))
    headers.append(("From", a(spec["from_"], spec.get("header_charset", "utf-8"))))
    if spec.get("reply_to"):
        headers.append(("Reply-To", a(spec["reply_to"])))
    to = spec.get("to", COACH)
    headers.append(("To", a(to)))
    if spec.get("cc"):
        headers.append(("Cc", a(spec["cc"])))
    if spec.get("subject") is not None:
        headers.append(("Subject", h(spec["subject"], spec.get("header_charset", "utf-8"))))
    domain = spec.get("mid_domain") or addr_domain(spec["from_"])
    headers.append(("Message-ID", spec.get("message_id") or mid(seed, domain, spec.get("mid_style", "plain"))))
    if spec.get("in_reply_to"):
        headers.append(("In-Reply-To", spec["in_reply_to"]))
        headers.append(("References", spec["in_reply_to"]))
    headers += [(k, v) for k, v in spec.get("headers", [])]
    headers.append(("MIME-Version", "1.0"))
    return headers


def coach_original(o: dict, seed: str, out_host: str = "mail-sor-f41.google.com") -> str:
    """The coach's own message as the remote server received it (for bounces and reports)."""
    date = rfcdate(o["date"])
    if "cte" not in o:
        o = dict(o, cte="7bit" if o["body"].isascii() else "quoted-printable")
    msgid = o.get("message_id") or mid(seed + "orig", "", "gmail")
    to = a(o["to"])
    headers = []
    for line in o.get("received", []):
        headers.append(("Received", line.replace("{date}", date)))
    headers += [
        ("Received", f"by mail-sor-f41.google.com with SMTP id {token(seed + 'o', 10)}\n        for <{o['to'][1] if not isinstance(o['to'], str) else o['to']}>;\n        {date}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=whitfield-coaching.example; s=google; t=1796101200;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh={token(seed + 'bh', 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=;\n        b={token(seed + 'b', 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}"),
        ("MIME-Version", "1.0"),
        ("From", a(COACH)),
        ("Date", date),
        ("Message-ID", msgid),
        ("Subject", h(o["subject"])),
        ("To", to),
        ("Content-Type", 'text/plain; charset="UTF-8"'),
        ("Content-Transfer-Encoding", o.get("cte", "7bit")),
    ]
    body = encode(o["body"], o.get("cte", "7bit"), "utf-8")
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    return head + "\n" + body


def headers_only(text: str) -> str:
    return text.split("\n\n", 1)[0] + "\n"


def finish(headers: list[tuple[str, str]], part: Part) -> str:
    return "".join(f"{k}: {v}\n" for k, v in headers + part.headers) + "\n" + (part.body if part.body.endswith("\n") else part.body + "\n")


# ---------------------------------------------------------------- builders, one per kind of message


def build_email(s: dict, seed: str) -> str:
    charset = s.get("charset", "utf-8")
    cte = s.get("cte", "7bit")
    text = s["body"]
    if s.get("html"):
        body = multi("alternative", [
            leaf("text/plain", text, charset, cte),
            leaf("text/html", s.get("html_body") or to_html(text), charset, s.get("html_cte", "quoted-printable")),
        ], seed)
    else:
        body = leaf("text/plain", text, charset, cte, params=s.get("params", ""))
    atts = s.get("attachments") or []
    if atts:
        parts = [body]
        for name, ctype, kind in atts:
            data = {"jpeg": TINY_JPEG, "wav": TINY_WAV, "mp3": TINY_MP3}.get(kind) or kind.encode()
            parts.append(binary(ctype, name, data))
        body = multi("mixed", parts, seed + "mixed")
    return finish(top(s, seed, charset), body)


def build_dsn(s: dict, seed: str) -> str:
    """multipart/report; report-type=delivery-status (RFC 3464)."""
    original = coach_original(s["original"], seed)
    human = leaf("text/plain", s["human"], s.get("human_charset", "us-ascii"), s.get("human_cte", "7bit"), extra=s.get("human_extra"))
    if s.get("human_html"):
        human = multi("alternative", [human, leaf("text/html", s["human_html"], "utf-8", "quoted-printable")], seed + "alt")
    status = Part([("Content-Type", "message/delivery-status")] + s.get("status_extra", []), s["status"].strip("\n") + "\n")
    if s.get("returned", "full") == "full":
        ret = rfc822(original, "message/rfc822", s.get("returned_extra"))
    else:
        ret = rfc822(headers_only(original), "text/rfc822-headers", s.get("returned_extra"))
    body = multi("report", [human, status, ret], seed, params="report-type=delivery-status", boundary=s.get("boundary"))
    return finish(top(s, seed), body)


def build_text_bounce(s: dict, seed: str) -> str:
    """A plain-text bounce with the returned message inline (Exim, qmail)."""
    original = coach_original(s["original"], seed)
    text = s["human"].replace("{original}", original)
    return finish(top(s, seed), leaf("text/plain", text, s.get("charset", "us-ascii"), "8bit" if s.get("charset") else "7bit"))


def build_mixed_bounce(s: dict, seed: str) -> str:
    """A notice in its own language with the returned message attached (the Japanese ISP)."""
    original = coach_original(s["original"], seed)
    charset = s.get("charset", "iso-2022-jp")
    parts = [leaf("text/plain", s["human"], charset, "7bit"), rfc822(original)]
    return finish(top(s, seed, charset), multi("mixed", parts, seed))


def build_arf(s: dict, seed: str) -> str:
    """multipart/report; report-type=feedback-report (RFC 5965)."""
    original = coach_original(s["original"], seed)
    parts = [
        leaf("text/plain", s["human"], "us-ascii"),
        Part([("Content-Type", "message/feedback-report")], s["report"].strip("\n") + "\n"),
        rfc822(original),
    ]
    return finish(top(s, seed), multi("report", parts, seed, params="report-type=feedback-report"))


def build_mdn(s: dict, seed: str) -> str:
    """multipart/report; report-type=disposition-notification (RFC 3798)."""
    original = coach_original(s["original"], seed)
    parts = [
        leaf("text/plain", s["human"], s.get("charset", "utf-8"), s.get("cte", "7bit")),
        Part([("Content-Type", "message/disposition-notification")], s["report"].strip("\n") + "\n"),
    ]
    if s.get("with_headers"):
        parts.append(rfc822(headers_only(original), "text/rfc822-headers"))
    return finish(top(s, seed), multi("report", parts, seed, params="report-type=disposition-notification"))


def build_calendar(s: dict, seed: str) -> str:
    """An attendee's METHOD:REPLY (RFC 5546), the way calendar programs mail it."""
    ics = s["ics"].strip("\n").replace("\n", "\r\n") + "\r\n"
    cal = Part([
        ("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
        ("Content-Transfer-Encoding", "7bit"),
    ], ics)
    inner = [leaf("text/plain", s["body"], "UTF-8", "quoted-printable")]
    if s.get("html"):
        inner.append(leaf("text/html", to_html(s["body"]), "UTF-8", "quoted-printable"))
    inner.append(cal)
    body = multi("alternative", inner, seed)
    if s.get("ics_attachment"):
        att = Part([
            ("Content-Type", 'application/ics; name="invite.ics"'),
            ("Content-Disposition", 'attachment; filename="invite.ics"'),
            ("Content-Transfer-Encoding", "base64"),
        ], b64(ics.encode()))
        body = multi("mixed", [body, att], seed + "m")
    return finish(top(s, seed), body)


def build_mms(s: dict, seed: str) -> str:
    """A carrier MMS: the words only in text_0.txt, with a photo."""
    parts = []
    if s.get("smil"):
        parts.append(Part([("Content-Type", 'application/smil; name="smil.xml"'), ("Content-Transfer-Encoding", "7bit"), ("Content-Disposition", 'inline; filename="smil.xml"')], s["smil"]))
    parts.append(Part([
        ("Content-Type", 'text/plain; charset="utf-8"; name="text_0.txt"'),
        ("Content-Transfer-Encoding", s.get("cte", "base64")),
        ("Content-Disposition", 'attachment; filename="text_0.txt"'),
    ], encode(s["body"], s.get("cte", "base64"), "utf-8")))
    if s.get("image"):
        parts.append(binary("image/jpeg", s["image"], TINY_JPEG))
    body = multi(s.get("subtype", "mixed"), parts, seed)
    return finish(top(s, seed), body)


BUILDERS = {
    "email": build_email,
    "dsn": build_dsn,
    "text_bounce": build_text_bounce,
    "mixed_bounce": build_mixed_bounce,
    "arf": build_arf,
    "mdn": build_mdn,
    "calendar": build_calendar,
    "mms": build_mms,
}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    names = set()
    for m in M.MESSAGES:
        name = m["file"]
        assert name not in names, name
        names.add(name)
        text = BUILDERS[m["type"]](m, name)
        (HERE / name).write_bytes(text.encode("utf-8"))
        rows.append([name, m["client"], m["kind"], m["tag"], m.get("urgent", "no"), m.get("traits", "")])
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
