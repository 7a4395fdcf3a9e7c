"""Build the machines-c set: one .eml per message in messages.py, plus labels.csv and counts.

Run with /work/main/.venv/bin/python tests/evalsets-unscored/machines-c/build.py
Only the standard library: the MIME is written by hand so that each format looks the way
its RFC and its real senders make it (multipart/report, message/delivery-status, text_0.txt ...).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import quopri
import random
import struct
import wave
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

import messages as M

HERE = Path(__file__).resolve().parent
COACH = M.COACH_ADDR
COACH_NAME = M.COACH_NAME
MX = "mx1.gallagher-coaching.example"

# ---------------------------------------------------------------- small MIME machinery


def h(value: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def norm_addr(value: str, charset: str = "utf-8") -> str:
    """'Name <a@b>' written plainly in messages.py, made RFC 5322-correct (quoted, RFC 2047-encoded)."""
    if "<" not in value or "=?" in value:
        return value
    name, email = parseaddr(value)
    return addr(name, email, charset)


def seed(*parts) -> random.Random:
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest())


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def upid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def uuid(rng: random.Random, upper=False) -> str:
    s = hexid(rng, 32)
    s = f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"
    return s.upper() if upper else s


class Leaf:
    def __init__(self, ctype, text=None, data=None, charset="utf-8", cte=None, params="",
                 headers=(), filename=None, disposition=None):
        self.ctype, self.text, self.data, self.charset = ctype, text, data, charset
        self.cte, self.params, self.headers = cte, params, list(headers)
        self.filename, self.disposition = filename, disposition


class Multi:
    def __init__(self, subtype, parts, params="", boundary=None, headers=(), preamble=None):
        self.subtype, self.parts, self.params = subtype, parts, params
        self.boundary, self.headers, self.preamble = boundary, list(headers), preamble


def wrap76(s: str) -> str:
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def render_node(node, rng) -> tuple[list[str], str]:
    if isinstance(node, Multi):
        b = node.boundary or ("----=_Part_" + str(rng.randint(10**5, 10**6)) + "_"
                              + str(rng.randint(10**8, 10**9)) + "." + str(rng.randint(10**12, 10**13)))
        if node.params:
            hdrs = [f'Content-Type: multipart/{node.subtype}; {node.params};\n boundary="{b}"']
        else:
            hdrs = [f'Content-Type: multipart/{node.subtype};\n boundary="{b}"']
        hdrs += node.headers
        out = []
        if node.preamble:
            out.append(node.preamble + "\n")
        for p in node.parts:
            ph, pb = render_node(p, rng)
            out.append(f"--{b}\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n")
        out.append(f"--{b}--\n")
        return hdrs, "\n".join(out)
    # a leaf
    ctype = node.ctype
    is_text = node.text is not None
    ps = []
    if is_text and node.charset and not ctype.startswith("message/"):
        ps.append(f"charset={node.charset}" if node.charset.lower() in ("utf-8", "us-ascii")
                  else f'charset="{node.charset}"')
    if node.params:
        ps.append(node.params)
    if node.filename and not ctype.startswith("text/calendar"):
        ps.append(f'name="{node.filename}"')
    hdrs = ["Content-Type: " + "; ".join([ctype] + ps)]
    if node.disposition or node.filename:
        disp = node.disposition or "attachment"
        hdrs.append(f'Content-Disposition: {disp}' + (f'; filename="{node.filename}"' if node.filename else ""))
    if is_text:
        raw = node.text.encode(node.charset or "utf-8")
        cte = node.cte
        if cte is None:
            ascii_ok = all(b < 128 for b in raw)
            long_lines = any(len(l) > 990 for l in raw.split(b"\n"))
            cte = "7bit" if ascii_ok and not long_lines else "quoted-printable"
        if cte == "quoted-printable":
            body = quopri.encodestring(raw).decode("ascii")
        elif cte == "base64":
            body = wrap76(base64.b64encode(raw).decode("ascii"))
        else:
            cs = (node.charset or "utf-8").lower()
            if cs in ("utf-8", "utf8"):
                body = raw.decode("utf-8")
            elif all(b < 128 for b in raw):
                body = raw.decode("ascii")  # e.g. ISO-2022-JP: 7-bit escape sequences, kept byte for byte
            else:  # an 8-bit legacy charset cannot sit in a UTF-8 file: send it quoted-printable
                cte = "quoted-printable"
                body = quopri.encodestring(raw).decode("ascii")
    else:
        cte = node.cte or "base64"
        body = wrap76(base64.b64encode(node.data).decode("ascii"))
    if not ctype.startswith("message/") or cte != "7bit":
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    hdrs += node.headers
    return hdrs, body


def render(headers: list[tuple[str, str]], node, rng) -> str:
    nh, body = render_node(node, rng)
    lines = [f"{k}: {v}" for k, v in headers]
    has_mime = any(k.lower() == "mime-version" for k, _ in headers)
    if not has_mime:
        lines.append("MIME-Version: 1.0")
    return "\n".join(lines + nh) + "\n\n" + body.rstrip("\n") + "\n"


def when(m) -> datetime:
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M")
    tz = m.get("tz", "+0000")
    sign = 1 if tz[0] == "+" else -1
    off = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return dt.replace(tzinfo=off)


def dstr(dt: datetime) -> str:
    return format_datetime(dt)


def received(dt: datetime, frm_host: str, ip: str, rng) -> tuple[str, str]:
    t = dt.astimezone(timezone.utc) + timedelta(seconds=rng.randint(1, 40))
    return ("Received", f"from {frm_host} ({frm_host} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id "
            f"{upid(rng, 11)}\n\tfor <{COACH}>; {format_datetime(t)}")


def base_headers(m, frm: str, subject: str | None, rng, *, to=None, msgid=None, host=None,
                 ip="203.0.113.25", return_path=None, extra=()):
    dt = when(m)
    frm = norm_addr(frm, m.get("from_charset", "utf-8"))
    host = host or (frm.split("@")[-1].rstrip(">") if "@" in frm else "mail.example")
    hs = [("Return-Path", f"<{return_path if return_path is not None else frm.split('<')[-1].rstrip('>')}>"),
          ("Delivered-To", COACH), received(dt, host, ip, rng)]
    hs += list(extra)
    hs.append(("From", frm))
    hs.append(("To", to or addr(COACH_NAME, COACH)))
    if subject is not None:
        hs.append(("Subject", h(subject, m.get("subject_charset", "utf-8"))))
    hs.append(("Date", dstr(dt)))
    hs.append(("Message-ID", msgid or f"<{hexid(rng, 24)}@{host}>"))
    return hs


def text_to_html(text: str, style: str = "gmail") -> str:
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(esc(q[1:].lstrip()) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        out.append(f"<div>{esc(line) if line.strip() else '<br>'}</div>")
    flush_quote()
    body = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">{body}</div>\n'
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body lang="EN-IE" style="word-wrap:break-word"><div class="WordSection1">'
                + body.replace("<div>", '<p class="MsoNormal">').replace("</div>", "</p>")
                + "</div></body></html>\n")
    return f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>{body}</body></html>\n'


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# tiny media files
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////"
    "////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")


def wav_bytes(seconds: float, rng) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(bytes(128 + rng.randint(-3, 3) for _ in range(int(8000 * min(seconds, 1.5)))))
    return buf.getvalue()


def mp3_bytes(rng) -> bytes:
    return b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(rng.randint(0, 255) for _ in range(600))


def amr_bytes(rng) -> bytes:
    return b"#!AMR\n" + bytes(rng.randint(0, 255) for _ in range(400))


# ---------------------------------------------------------------- ordinary mail programs


def mailer_headers(kind, rng, dt):
    if kind == "gmail":
        return [], f"0000000000{hexid(rng, 16)}", None
    if kind == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")], f"Apple-Mail={uuid(rng, True)}", None
    if kind == "iphone":
        return [("X-Mailer", "iPhone Mail (22B91)")], None, None
    if kind == "outlook":
        return [("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", base64.b64encode(rng.randbytes(22)).decode()),
                ("Content-Language", "en-ie")], f"----=_NextPart_000_00{hexid(rng, 2).upper()}_01DB{hexid(rng, 4).upper()}.{hexid(rng, 8).upper()}", None
    if kind == "outlook_web":
        return [("Thread-Topic", None), ("Thread-Index", base64.b64encode(rng.randbytes(12)).decode()),
                ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")], f"_000_{upid(rng, 12)}PROD_", None
    if kind == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird")], None, None
    if kind == "android":
        return [], f"0000000000{hexid(rng, 16)}", None
    return [], None, None


def build_plain(m, rng):
    dt = when(m)
    kind = m.get("mailer", "gmail")
    frm = m["from"]
    domain = frm.split("@")[-1].rstrip(">")
    if kind in ("gmail", "android"):
        msgid = f"<CA{upid(rng, 2)}{base64.b64encode(rng.randbytes(30)).decode().rstrip('=').replace('/', '_')}@mail.gmail.com>"
    elif kind == "outlook_web":
        msgid = f"<AM9PR{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}{upid(rng, 20)}@AM9PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}.eurprd0{rng.randint(1, 8)}.prod.outlook.com>"
    elif kind in ("apple", "iphone"):
        msgid = f"<{uuid(rng, True)}@{domain}>"
    elif kind == "thunderbird":
        msgid = f"<{uuid(rng)}@{domain}>"
    else:
        msgid = f"<00{hexid(rng, 2)}01db{hexid(rng, 4)}${hexid(rng, 8)}${hexid(rng, 8)}@{domain}>"
    extra_h, boundary, _ = mailer_headers(kind, rng, dt)
    hs = base_headers(m, frm, m["subject"], rng, msgid=msgid, host=m.get("host"), to=m.get("to"))
    if m.get("cc"):
        hs.insert(-2, ("Cc", m["cc"]))
    if m.get("in_reply_to"):
        hs.append(("In-Reply-To", m["in_reply_to"]))
        hs.append(("References", m.get("references", m["in_reply_to"])))
    for k, v in m.get("headers", []):
        hs.append((k, v))
    for k, v in extra_h:
        if k == "Thread-Topic":
            v = h(m["subject"].split(":", 1)[-1].strip() if m["subject"].lower().startswith(("re:", "fw:")) else m["subject"])
        hs.append((k, v))
    charset = m.get("charset", "utf-8")
    text = m["text"]
    cte = m.get("cte")
    if kind == "thunderbird":
        node = Leaf("text/plain", text, charset=charset, cte=cte, params="format=flowed")
    elif kind == "iphone" and not m.get("attachments"):
        node = Leaf("text/plain", text, charset=charset, cte=cte or "quoted-printable")
    else:
        style = "outlook" if kind.startswith("outlook") else ("gmail" if kind in ("gmail", "android") else "plain")
        html = m.get("html") or text_to_html(text, style)
        node = Multi("alternative", [Leaf("text/plain", text, charset=charset, cte=cte),
                                     Leaf("text/html", html, charset=charset, cte=cte or "quoted-printable")],
                     boundary=boundary)
    if m.get("attachments"):
        parts = [node]
        for att in m["attachments"]:
            parts.append(att_leaf(att, rng))
        node = Multi("mixed", parts)
    return render(hs, node, rng)


def att_leaf(att, rng):
    if att["type"] == "message/rfc822":
        return Leaf("message/rfc822", att["text"], charset=None, cte="7bit", filename=att.get("filename"),
                    disposition="attachment" if att.get("filename") else "inline")
    data = att.get("data") or (JPEG if att["type"] == "image/jpeg" else rng.randbytes(300))
    return Leaf(att["type"], data=data, filename=att["filename"])


# ---------------------------------------------------------------- the coach's original messages (quoted in reports)


def original_message(o, rng, headers_only=False):
    dt = datetime.strptime(o["date"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    to = o["to"]
    lines = [
        f"Return-Path: <{o.get('from_addr', COACH)}>",
        f"Received: from [192.168.1.23] (unknown [198.51.100.14])\n\tby smtp.gallagher-coaching.example (Postfix) with ESMTPSA id {upid(rng, 10)}\n\tfor <{to}>; {format_datetime(dt)}",
        f"From: {addr(o.get('from_name', COACH_NAME), o.get('from_addr', COACH))}",
        f"To: {to}",
        f"Subject: {h(o['subject'])}",
        f"Date: {format_datetime(dt)}",
        f"Message-ID: {o['msgid']}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "User-Agent: Mozilla Thunderbird",
    ]
    if headers_only:
        return "\n".join(lines) + "\n"
    return "\n".join(lines) + "\n\n" + o["body"].rstrip("\n") + "\n"


def orig_from(m):
    o = dict(m["orig"])
    o.setdefault("msgid", f"<{hexid(seed(m['id'], 'orig'), 8)}-{hexid(seed(m['id'], 'o2'), 4)}@gallagher-coaching.example>")
    o.setdefault("body", "Hi,\n\nA quick note ahead of our next session.\n\nNiamh\n")
    return o


# ---------------------------------------------------------------- bounces and delay notices


def status_block(reporting_mta, rcpts, arrival=None, received_from=None, envid=None):
    lines = [f"Reporting-MTA: dns; {reporting_mta}"]
    if envid:
        lines.append(f"Original-Envelope-Id: {envid}")
    if received_from:
        lines.append(f"Received-From-MTA: dns; {received_from}")
    if arrival:
        lines.append(f"Arrival-Date: {arrival}")
    out = "\n".join(lines) + "\n"
    for r in rcpts:
        rl = []
        if r.get("orig_rcpt", True):
            rl.append(f"Original-Recipient: rfc822;{r['rcpt']}")
        rl.append(f"Final-Recipient: rfc822; {r['rcpt']}")
        rl.append(f"Action: {r['action']}")
        rl.append(f"Status: {r['status']}")
        if r.get("remote"):
            rl.append(f"Remote-MTA: dns; {r['remote']}")
        if r.get("diag"):
            rl.append(f"Diagnostic-Code: smtp; {r['diag']}")
        if r.get("last"):
            rl.append(f"Last-Attempt-Date: {r['last']}")
        if r.get("until"):
            rl.append(f"Will-Retry-Until: {r['until']}")
        out += "\n" + "\n".join(rl) + "\n"
    return out


def build_dsn(m, rng):
    mta = m["mta"]
    o = orig_from(m)
    rcpt = o["to"]
    dt = when(m)
    odt = datetime.strptime(o["date"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    action = m.get("action", "failed")
    status = m.get("status", "5.1.1")
    diag = m.get("diag", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt)
    remote = m.get("remote", "mx." + rcpt.split("@")[1])
    full = not m.get("headers_only")
    last = format_datetime(dt)
    rdom = rcpt.split("@")[1]

    if mta in ("postfix", "postfix_delay", "fastmail"):
        rep = "smtp.gallagher-coaching.example" if mta != "fastmail" else f"mail{rng.randint(10, 99)}.messagingengine.com"
        qid = upid(rng, 10)
        frm = addr("Mail Delivery System", f"MAILER-DAEMON@{rep}")
        if action == "delayed":
            subject = "Delayed Mail (still being retried)"
            human = (f"This is the mail system at host {rep}.\n\n"
                     "####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                     "####################################################################\n\n"
                     "Your message could not be delivered for more than 4 hour(s).\n"
                     "It will be retried until it is 5 day(s) old.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n"
                     f"<{rcpt}>: {diag}\n")
            until = format_datetime(odt + timedelta(days=5))
            rcpts = [dict(rcpt=rcpt, action="delayed", status=status, diag=diag, remote=remote, until=until)]
        else:
            subject = "Undelivered Mail Returned to Sender"
            human = (f"This is the mail system at host {rep}.\n\n"
                     "I'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n"
                     f"<{rcpt}>: host {remote}[192.0.2.{rng.randint(2, 250)}] said: {diag} (in reply to RCPT TO\n    command)\n")
            rcpts = [dict(rcpt=rcpt, action="failed", status=status, diag=diag, remote=remote)]
        ds = status_block(rep, rcpts, arrival=format_datetime(odt),
                          envid=qid) .replace(f"Original-Envelope-Id: {qid}\n", f"X-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {COACH}\n")
        node = Multi("report", [
            Leaf("text/plain", human, charset="us-ascii", params="", headers=["Content-Description: Notification"]),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit", headers=["Content-Description: Delivery report"]),
            Leaf("message/rfc822" if full else "text/rfc822-headers", original_message(o, rng, not full), charset=None,
                 cte="7bit" if full else None, headers=["Content-Description: Undelivered Message" if full else "Content-Description: Undelivered Message Headers"]),
        ], params="report-type=delivery-status", boundary=f"{qid}.{rng.randint(10**9, 2 * 10**9)}/{rep}",
            headers=["Content-Description: Non-Delivery Report" if action != "delayed" else "Content-Description: Delayed Mail Notification"],
            preamble="This is a MIME-encapsulated message.")
        hs = base_headers(m, frm, subject, rng, to=f"{COACH}", host=rep, return_path="",
                          msgid=f"<{upid(rng, 8)}.{rng.randint(10**9, 2 * 10**9)}@{rep}>")
        hs.append(("Auto-Submitted", "auto-replied"))
        return render(hs, node, rng)

    if mta == "sendmail":
        rep = "relay.gallagher-coaching.example"
        qid = f"5B{upid(rng, 6)}{rng.randint(100000, 999999)}"
        frm = f"Mail Delivery Subsystem <MAILER-DAEMON@{rep}>"
        human = ("The original message was received at " + format_datetime(odt) + "\n"
                 f"from [198.51.100.14]\n\n   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n"
                 f"    (reason: {diag})\n\n   ----- Transcript of session follows -----\n"
                 f"... while talking to {remote}.:\n>>> DATA\n<<< {diag}\n550 5.1.1 <{rcpt}>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n")
        ds = status_block(rep, [dict(rcpt=rcpt, action="failed", status=status, diag=diag, remote=remote, last=last, orig_rcpt=False)],
                          arrival=format_datetime(odt), received_from="[198.51.100.14]").replace(
            "Reporting-MTA", f"Reporting-MTA").replace("Received-From-MTA: dns;", "Received-From-MTA: DNS;")
        ds = ds.replace("Reporting-MTA: dns;", "Reporting-MTA: dns;").replace("Arrival-Date", "Arrival-Date")
        node = Multi("report", [
            Leaf("text/plain", human, charset="us-ascii"),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit"),
            Leaf("message/rfc822", original_message(o, rng), charset=None, cte="7bit"),
        ], params="report-type=delivery-status", boundary=f"{qid}.{rng.randint(10**9, 2 * 10**9)}/{rep}",
            preamble="This is a MIME-encapsulated message")
        hs = base_headers(m, frm, "Returned mail: see transcript for details", rng, to=f"<{COACH}>", host=rep,
                          return_path="", msgid=f"<2026{dt:%m%d%H%M}.{qid}@{rep}>")
        hs.append(("Auto-Submitted", "auto-generated (failure)"))
        return render(hs, node, rng)

    if mta == "m365":
        rep = f"AS8PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}.eurprd0{rng.randint(1, 8)}.prod.outlook.com"
        frm = addr("Microsoft Outlook", "postmaster@outlook.com") if m.get("o365_from_outlook") else \
            f"postmaster@{rdom}"
        frm = addr("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{rdom}")
        subject = "Undeliverable: " + o["subject"]
        human_text = (f"Your message to {rcpt} couldn't be delivered.\n\n"
                      f"{rcpt.split('@')[0]} wasn't found at {rdom}.\n\n"
                      f"niamh       Office 365      {rcpt.split('@')[0]}\nAction Required                 Recipient\n\n"
                      "Unknown To address\n\nHow to Fix It\n"
                      "The address may be misspelled or may not exist. Try one or more of the following:\n"
                      "  - Retype the recipient's address, then resend the message.\n"
                      "  - If you're using Outlook, open this message and choose Send Again.\n"
                      "  - If the problem persists, contact the recipient by some other means (by phone, for example).\n\n"
                      "Was this helpful? Send feedback to Microsoft.\n"
                      "________________________________\n\nMore Info for Email Admins\n"
                      f"Status code: 550 5.1.10\n\nThis error occurs because the sender sent a message to an email address hosted by Office 365 "
                      "but the address is incorrect or doesn't exist at the destination domain.\n\n"
                      f"Original Message Details\nCreated Date:    {format_datetime(odt)}\n"
                      f"Sender Address:  {COACH}\nRecipient Address:  {rcpt}\nSubject:  {o['subject']}\n\n"
                      "Error Details\nError:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
                      f"Message rejected by:  {rep}\n")
        html = "<html><head></head><body><p><b><font color=\"#000000\" size=\"3\">Your message to " + esc(rcpt) + \
            " couldn't be delivered.</font></b></p>" + "".join(f"<p>{esc(p)}</p>" for p in human_text.split("\n\n")[1:]) + "</body></html>"
        ds = (f"Reporting-MTA: dns;{rep}\nReceived-From-MTA: dns;DB9PR03MB7641.eurprd03.prod.outlook.com\n"
              f"Arrival-Date: {format_datetime(odt)}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
        node = Multi("report", [
            Multi("alternative", [Leaf("text/plain", human_text, charset="us-ascii"),
                                  Leaf("text/html", html, charset="us-ascii")], boundary=f"_001_{upid(rng, 20)}_"),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit"),
            Leaf("message/rfc822", original_message(o, rng), charset=None, cte="7bit"),
        ], params="report-type=delivery-status", boundary=f"_000_{upid(rng, 20)}_")
        hs = base_headers(m, frm, subject, rng, to=addr(COACH_NAME, COACH), host=rep, return_path="",
                          msgid=f"<{uuid(rng)}@{rep}>")
        hs += [("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
               ("X-MS-PublicTrafficType", "Email")]
        return render(hs, node, rng)

    if mta == "gmail":
        frm = addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")
        human = ("\n** Address not found **\n\n"
                 f"Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.\n\n"
                 "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                 f"The response from the remote server was:\n{diag}\n")
        html = ("<html><head></head><body><table><tr><td style=\"padding:48px 0 0\"><img src=\"https://www.gstatic.com/images/branding/product/1x/gmail_48dp.png\" height=\"48\"></td></tr>"
                f"<tr><td><h2>Address not found</h2><p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{esc(rcpt)}</b></a> "
                "because the address couldn't be found, or is unable to receive mail.</p>"
                f"<p><a href=\"https://support.google.com/mail/?p=NoSuchUser\">LEARN MORE</a></p><p>The response from the remote server was:</p><p style=\"font-family:monospace\">{esc(diag)}</p></td></tr></table></body></html>")
        ds = (f"Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; {COACH}\nArrival-Date: {format_datetime(odt)}\n"
              f"X-Original-Message-ID: {o['msgid']}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: {status}\n"
              f"Remote-MTA: dns; {remote}. (192.0.2.41, the server for the domain {rdom}.)\nDiagnostic-Code: smtp; {diag}\n"
              f"Last-Attempt-Date: {format_datetime(dt)}\n")
        node = Multi("report", [
            Multi("related", [Multi("alternative", [Leaf("text/plain", human, charset="UTF-8"),
                                                    Leaf("text/html", html, charset="UTF-8")])]),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit"),
            Leaf("message/rfc822", original_message(o, rng), charset=None, cte="7bit"),
        ], params="report-type=delivery-status", boundary=f"0000000000{hexid(rng, 16)}")
        hs = base_headers(m, frm, "Delivery Status Notification (Failure)", rng, to=COACH, host="mail-sor-f69.google.com",
                          return_path="", msgid=f"<{hexid(rng, 16)}.{hexid(rng, 6)}@mx.google.com>")
        hs += [("X-Failed-Recipients", rcpt), ("References", o["msgid"]), ("In-Reply-To", o["msgid"]),
               ("Auto-Submitted", "auto-replied")]
        return render(hs, node, rng)

    if mta == "zoho":
        rep = "mx.zohomail.eu"
        frm = f"mailer-daemon@{rep}"
        human = (f"This message was created automatically by mail delivery software.\n\n"
                 f"A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n"
                 f"{rcpt}, ERROR CODE :{diag}\n")
        ds = status_block(rep, [dict(rcpt=rcpt, action="failed", status=status, diag=diag, remote=remote)],
                          arrival=format_datetime(odt))
        node = Multi("report", [
            Leaf("text/plain", human, charset="UTF-8"),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit"),
            Leaf("text/rfc822-headers", original_message(o, rng, True), charset="UTF-8"),
        ], params="report-type=delivery-status")
        hs = base_headers(m, frm, "Undelivered Mail Returned to Sender", rng, to=COACH, host=rep, return_path="",
                          msgid=f"<{rng.randint(10**12, 10**13)}.{rng.randint(10**5, 10**6)}@{rep}>")
        hs.append(("X-ZohoMail-DSN", "true"))
        return render(hs, node, rng)

    if mta == "icloud":
        rep = f"p{rng.randint(10, 99)}-mailgateway-smtp-{hexid(rng, 8)}.p{rng.randint(10, 99)}-mailgateway-smtp.me.com"
        frm = addr("Mail Delivery System", f"MAILER-DAEMON@{rep}")
        human = (f"This is the mail system at host {rep}.\n\n"
                 "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                 "                   The mail system\n\n"
                 f"<{rcpt}>: {diag}\n")
        ds = status_block(rep, [dict(rcpt=rcpt, action="failed", status=status, diag=diag)], arrival=format_datetime(odt))
        node = Multi("report", [
            Leaf("text/plain", human, charset="us-ascii", headers=["Content-Description: Notification"]),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit", headers=["Content-Description: Delivery report"]),
            Leaf("message/rfc822", original_message(o, rng), charset=None, cte="7bit", headers=["Content-Description: Undelivered Message"]),
        ], params="report-type=delivery-status")
        hs = base_headers(m, frm, "Undelivered Mail Returned to Sender", rng, to=COACH, host=rep, return_path="")
        hs.append(("Auto-Submitted", "auto-replied"))
        return render(hs, node, rng)

    if mta in ("it", "es"):
        # an Italian ISP (Libero/Virgilio style) or a Spanish ISP (Telefonica/Movistar style)
        if mta == "it":
            rep = "smtp-out.libero.example"
            frm = addr("Servizio di consegna posta", f"MAILER-DAEMON@{rep}")
            subject = "Messaggio non recapitato / Undelivered Mail"
            human = ("Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
                     "Il messaggio che hai inviato non è stato recapitato a uno o più destinatari.\n"
                     "Errore permanente: la casella del destinatario è piena o non è più attiva.\n\n"
                     f"Destinatario: {rcpt}\nMotivo: {diag}\n\n"
                     "Ti consigliamo di verificare l'indirizzo e di riprovare più tardi.\n\n"
                     "----- English -----\nThis message was generated automatically. Your message could not be delivered.\n")
        else:
            rep = "mailgw02.movistar.example"
            frm = addr("Sistema de entrega de correo", f"postmaster@{rep}")
            subject = "Notificación de estado de entrega (error): " + o["subject"]
            human = ("Este es un mensaje generado automáticamente.\n\n"
                     "No se ha podido entregar su mensaje a uno o más destinatarios.\n"
                     f"Destinatario: {rcpt}\nCausa: el buzón del destinatario está lleno (cuota excedida).\n"
                     f"Respuesta del servidor remoto: {diag}\n\n"
                     "No es necesario que responda a este mensaje.\n")
        ds = status_block(rep, [dict(rcpt=rcpt, action="failed", status=status, diag=diag, remote=remote)],
                          arrival=format_datetime(odt))
        node = Multi("report", [
            Leaf("text/plain", human, charset="iso-8859-1" if mta == "es" else "utf-8", cte="quoted-printable" if mta == "es" else "8bit"),
            Leaf("message/delivery-status", ds, charset=None, cte="7bit"),
            Leaf("text/rfc822-headers", original_message(o, rng, True), charset="us-ascii"),
        ], params="report-type=delivery-status")
        hs = base_headers(m, frm, subject, rng, to=COACH, host=rep, return_path="")
        hs.append(("Auto-Submitted", "auto-replied"))
        return render(hs, node, rng)
    raise ValueError(mta)


def build_bounce_plain(m, rng):
    """Bounces that are not multipart/report: Exim's classic text, Yahoo's 'Failure Notice'."""
    o = orig_from(m)
    rcpt = o["to"]
    dt = when(m)
    if m["mta"] == "exim":
        rep = "mx3.hostinger-like.example"
        frm = addr("Mail Delivery System", f"Mailer-Daemon@{rep}")
        body = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {rcpt}\n    {m['diag']}\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n"
                + original_message(o, rng))
        hs = base_headers(m, frm, "Mail delivery failed: returning message to sender", rng, to=COACH, host=rep, return_path="",
                          msgid=f"<E1t{upid(rng, 3)}{hexid(rng, 4)}-00{upid(rng, 4)}-{upid(rng, 2)}@{rep}>")
        hs += [("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]
        return render(hs, Leaf("text/plain", body, charset="us-ascii"), rng)
    # yahoo
    rep = "mta1017.mail.ir2.yahoo.example"
    frm = f"MAILER-DAEMON@{rep}"
    body = ("Sorry, we were unable to deliver your message to the following address.\n\n"
            f"<{rcpt}>:\n{m['diag']}\n\n"
            "--- Below this line is a copy of the message.\n\n" + original_message(o, rng))
    hs = base_headers(m, frm, "Failure Notice", rng, to=COACH, host=rep, return_path="")
    return render(hs, Leaf("text/plain", body, charset="us-ascii"), rng)


# ---------------------------------------------------------------- feedback report (RFC 5965) and read receipts (RFC 3798)


def build_arf(m, rng):
    o = orig_from(m)
    dt = when(m)
    rep = m["reporter"]
    human = m["human"]
    fr = ("Feedback-Type: abuse\nUser-Agent: " + m["ua"] + "\nVersion: 1\n"
          f"Original-Mail-From: <bounce-{hexid(rng, 6)}@news.gallagher-coaching.example>\n"
          f"Original-Rcpt-To: <{o['to']}>\n"
          f"Arrival-Date: {format_datetime(datetime.strptime(o['date'], '%Y-%m-%d %H:%M').replace(tzinfo=timezone.utc))}\n"
          f"Reporting-MTA: dns; {rep}\nSource-IP: 198.51.100.77\nAuthentication-Results: {rep}; dkim=pass header.d=gallagher-coaching.example\n"
          "Reported-Domain: gallagher-coaching.example\n")
    o2 = dict(o, from_addr="news@gallagher-coaching.example", from_name="Niamh Gallagher Coaching")
    node = Multi("report", [
        Leaf("text/plain", human, charset="us-ascii", disposition="inline"),
        Leaf("message/feedback-report", fr, charset=None, cte="7bit", disposition="inline"),
        Leaf("message/rfc822", original_message(o2, rng), charset=None, cte="7bit", disposition="inline"),
    ], params="report-type=feedback-report")
    hs = base_headers(m, m["from"], m["subject"], rng, to="abuse-reports@gallagher-coaching.example", host=rep, return_path="")
    return render(hs, node, rng)


def build_mdn(m, rng):
    o = orig_from(m)
    dt = when(m)
    client_addr = m["client_addr"]
    if m["ua"] == "thunderbird":
        subject = "Return Receipt (displayed) - " + o["subject"]
        human = (f"This is a Return Receipt for the mail that you sent to {client_addr}.\n\n"
                 "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
                 "computer. There is no guarantee that the recipient has read or understood the message contents.\n")
        reporting = "Reporting-UA: " + client_addr.split("@")[1] + "; Mozilla Thunderbird"
        extra = []
        msgid = f"<{uuid(rng)}@{client_addr.split('@')[1]}>"
    else:  # outlook, french
        subject = m.get("subject_prefix", "Lu : ") + o["subject"]
        sent = datetime.strptime(o["date"], "%Y-%m-%d %H:%M")
        human = m["human"].format(to=client_addr, subject=o["subject"], sent=sent, read=when(m))
        reporting = "Reporting-UA: " + client_addr.split("@")[1] + "; Microsoft Outlook 16.0"
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-fr")]
        msgid = f"<000001db{hexid(rng, 4)}${hexid(rng, 8)}${hexid(rng, 8)}@{client_addr.split('@')[1]}>"
    dn = (f"{reporting}\nFinal-Recipient: rfc822;{client_addr}\nOriginal-Message-ID: {o['msgid']}\n"
          f"Disposition: manual-action/MDN-sent-{'manually' if m['ua'] == 'thunderbird' else 'automatically'}; displayed\n")
    node = Multi("report", [
        Leaf("text/plain", human, charset="UTF-8", cte="8bit" if m["ua"] == "thunderbird" else "quoted-printable"),
        Leaf("message/disposition-notification", dn, charset="UTF-8", cte="7bit", params="name=\"MDNPart2.txt\"",
             disposition="inline"),
        Leaf("text/rfc822-headers", original_message(o, rng, True), charset="UTF-8", params='name="MDNPart3.txt"',
             disposition="inline"),
    ], params="report-type=disposition-notification")
    hs = base_headers(m, m["from"], subject, rng, msgid=msgid, host=m["from"].split("@")[-1].rstrip(">"))
    hs += [("In-Reply-To", o["msgid"]), ("References", o["msgid"])] + extra
    if m["ua"] == "thunderbird":
        hs.append(("User-Agent", "Mozilla Thunderbird"))
    return render(hs, node, rng)


# ---------------------------------------------------------------- automatic replies


def build_ooo(m, rng):
    o = m.get("orig")
    hs = base_headers(m, m["from"], m["subject"], rng, to=m.get("to", COACH), host=m.get("host"),
                      return_path=m.get("return_path"))
    if o:
        oid = f"<{hexid(seed(m['id'], 'orig'), 8)}-{hexid(seed(m['id'], 'o2'), 4)}@gallagher-coaching.example>"
        hs += [("In-Reply-To", oid), ("References", oid)]
    for k, v in m.get("headers", []):
        hs.append((k, v))
    charset = m.get("charset", "utf-8")
    if m.get("html"):
        style = "outlook" if m.get("mailer", "").startswith("outlook") else "plain"
        node = Multi("alternative", [Leaf("text/plain", m["text"], charset=charset, cte=m.get("cte")),
                                     Leaf("text/html", text_to_html(m["text"], style), charset=charset,
                                          cte="quoted-printable" if charset != "iso-2022-jp" else "7bit")],
                     boundary=m.get("boundary"))
    else:
        node = Leaf("text/plain", m["text"], charset=charset, cte=m.get("cte"), params=m.get("params", ""))
    return render(hs, node, rng)


# ---------------------------------------------------------------- calendar replies


def ics_reply(m, partstat, comment=None):
    s = m["event"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{m.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
             f"DTSTART:{s['start']}", f"DTEND:{s['end']}", f"DTSTAMP:{s['start'][:8]}T090000Z",
             f"ORGANIZER;CN={COACH_NAME}:mailto:{COACH}", f"UID:{s['uid']}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={m['client_addr']};X-NUM-GUESTS=0:mailto:{m['client_addr']}"]
    if comment:
        lines.append("COMMENT:" + comment.replace(",", "\\,"))
    lines += [f"SUMMARY:{s['summary']}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def build_calendar(m, rng):
    partstat = m.get("partstat", "ACCEPTED")
    verb = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively accepted"}[partstat]
    ics = ics_reply(m, partstat, m.get("note"))
    if m["style"] == "google":
        subject = f"{verb}: {m['event']['summary']} @ {m['event']['human']} ({COACH})"
        if m.get("note"):
            subject = f"{verb}: {m['event']['summary']} @ {m['event']['human']} ({COACH})"
            verbing = {"ACCEPTED": "accepted", "DECLINED": "declined"}[partstat]
            text = f"{m['name']} has {verbing} this invitation with a note:\n\n\"{m['note']}\"\n\n"
        else:
            text = f"{m['name']} has {'accepted' if partstat == 'ACCEPTED' else 'declined'} this invitation.\n\n"
        text += (f"{m['event']['summary']}\nWhen\n{m['event']['human']}\nJoining info\nJoin with Google Meet\n"
                 f"meet.google.com/{hexid(rng, 3)}-{hexid(rng, 4)}-{hexid(rng, 3)}\n\nInvitation from Google Calendar\n\n"
                 "You are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, "
                 "go to Calendar settings, select this calendar, and change \"Other notifications\".\n")
        node = Multi("mixed", [
            Multi("alternative", [Leaf("text/plain", text, charset="UTF-8", cte="quoted-printable"),
                                  Leaf("text/html", text_to_html(text, "plain"), charset="UTF-8", cte="quoted-printable"),
                                  Leaf("text/calendar", ics, charset="UTF-8", params="method=REPLY", cte="7bit")]),
            Leaf("application/ics", data=ics.encode(), filename="invite.ics"),
        ])
        hs = base_headers(m, addr(m["name"], m["client_addr"]), subject, rng, host="calendar-server.bounces.google.com",
                          return_path=f"{hexid(rng, 20)}@calendar-server.bounces.google.com",
                          msgid=f"<calendar-{uuid(rng)}@google.com>")
        hs.append(("Sender", "Google Calendar <calendar-notification@google.com>"))
        hs.append(("Reply-To", m["client_addr"]))
        return render(hs, node, rng)
    # outlook
    subject = f"{verb}: {m['event']['summary']}"
    text = m.get("note") or ""
    node = Multi("alternative", [Leaf("text/plain", text + "\n", charset="utf-8"),
                                 Leaf("text/calendar", ics.replace("Google Inc//Google Calendar 70.9054", "Microsoft Corporation//Outlook 16.0 MIMEDIR"),
                                      charset="utf-8", params="method=REPLY", cte="base64")],
                 boundary=f"_000_{upid(rng, 20)}_")
    hs = base_headers(m, addr(m["name"], m["client_addr"]), subject, rng, host=m["client_addr"].split("@")[1],
                      msgid=f"<{upid(rng, 8)}@{m['client_addr'].split('@')[1]}>")
    hs += [("Thread-Topic", m["event"]["summary"]), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Calendar-Series-Instance-Id", base64.b64encode(rng.randbytes(18)).decode()),
           ("X-MS-TNEF-Correlator", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    return render(hs, node, rng)


# ---------------------------------------------------------------- carrier email gateways


def build_gateway(m, rng):
    frm = m["from"]
    host = frm.split("@")[1]
    hs = base_headers(m, frm, m.get("subject"), rng, to=COACH, host=host, msgid=m.get("msgid") or
                      f"<{rng.randint(10**9, 10**10)}.{rng.randint(1000, 9999)}.JavaMail.{host.split('.')[0]}@{host}>")
    for k, v in m.get("headers", []):
        hs.append((k, v))
    if m.get("mms"):
        parts = []
        if m.get("html_wrapper"):
            wrapper = m["html_wrapper"]
            parts.append(Leaf("text/html", wrapper, charset="UTF-8", cte="7bit"))
        if m.get("text") is not None:
            parts.append(Leaf("text/plain", m["text"], charset=m.get("charset", "UTF-8"), cte=m.get("cte", "base64"),
                              filename="text_0.txt", disposition="attachment"))
        for i, img in enumerate(m.get("images", [])):
            parts.append(Leaf("image/jpeg", data=JPEG, filename=img, headers=[f"Content-ID: <{i}>"]))
        if m.get("smil"):
            smil = ('<smil><head><layout><root-layout/><region id="Image" fit="meet" top="0" left="0" height="80%" width="100%"/>'
                    '</layout></head><body><par dur="5000ms"><img src="' + m["images"][0] + '" region="Image"/></par></body></smil>')
            parts.insert(0, Leaf("application/smil", data=smil.encode(), filename="smil.xml"))
        node = Multi(m.get("mms_subtype", "mixed"), parts)
    else:
        node = Leaf("text/plain", m["text"], charset=m.get("charset", "UTF-8"), cte=m.get("cte"))
    return render(hs, node, rng)


# ---------------------------------------------------------------- phone services


def build_phone(m, rng):
    s = m["service"]
    dt = when(m)
    t = dt.strftime("%-I:%M %p")
    num = m["number"]
    tr = m.get("transcript")
    dur = m.get("duration", "0:38")
    audio = None
    fields = dict(num=num, t=t, day=dt.strftime("%A, %d %B %Y"), dur=dur, tr=tr or "", name=m.get("caller_name", ""))
    ring_line = "+353 1 555 0123"
    if s == "google_voice":
        frm = addr("Google Voice", "voice-noreply@google.com")
        if m["kind"] == "sms":
            subject = f"New text message from {num}"
            text = f"Google Voice\n\n{num}\n\n{tr}\n\nREPLY\n<https://voice.google.com/u/0/messages?itemId=t.{hexid(rng, 20)}>\n"
        else:
            subject = f"New voicemail from {num} at {t}"
            text = (f"Google Voice\n\nNew voicemail from {num} at {t}\n\n{tr}\n\nPlay message\n"
                    f"<https://voice.google.com/u/0/voicemail/message/{hexid(rng, 20)}>\n")
        text += ("\nYOUR ACCOUNT <https://voice.google.com/u/0/settings>\nHELP CENTER <https://support.google.com/voice#topic=1707989>\n"
                 "HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\n\n"
                 "This email was sent to you because you indicated that you'd like to receive email notifications for "
                 f"{'text messages' if m['kind'] == 'sms' else 'voicemails'}. If you don't want to receive such emails in the future, "
                 "please update your email notification settings <https://voice.google.com/settings#messaging>.\n\n"
                 "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")
        msgid = f"<{hexid(rng, 24)}.{rng.randint(10**17, 10**18)}@voice.google.com>"
        extra = []
        host = "voice.google.com"
    elif s == "ringcentral":
        frm = addr("RingCentral", "service@ringcentral.com")
        subject = f"New Voice Message from {m['caller_name']} {num} on {dt.strftime('%A, %B %-d, %Y at %-I:%M %p')}"
        text = (f"Dear Niamh Gallagher,\n\nYou have a new voice message.\n\nFrom: {m['caller_name']} {num}\nReceived: {dt.strftime('%A, %B %-d, %Y at %-I:%M %p')}\n"
                f"Length: 00:{dur.split(':')[1]}\nTo: Niamh Gallagher Ext. 101\n\nTranscription:\n{tr}\n\n"
                "Note: The transcription is machine-generated and may not be accurate.\n\n"
                "Listen to this message in the RingCentral app, or open the attached file.\n\n"
                "Thank you for choosing RingCentral.\n\nRingCentral, Inc. 20 Davis Drive, Belmont, CA 94002\n")
        audio = ("audio/mpeg", f"{dt:%Y%m%d%H%M}_{num.strip('+')}.mp3", mp3_bytes(rng))
        msgid = f"<{rng.randint(10**9, 10**10)}.{rng.randint(10**6, 10**7)}.JavaMail.msgsvc@ringcentral.com>"
        extra = [("X-RC-Notification", "voicemail")]
        host = "ringcentral.com"
    elif s == "vonage":
        frm = addr("Vonage Business", "noreply@vonage.com")
        subject = f"New Voicemail from {num}"
        text = (f"You have a new voicemail.\n\nFrom: {num}\nTo: Gallagher Coaching ({ring_line})\nDate: {dt.strftime('%d/%m/%Y %H:%M')}\nDuration: {dur}\n\n"
                + (f"Transcription:\n{tr}\n" if tr else "Transcription is not available for this message. Please listen to the attached recording.\n")
                + "\nManage your notifications at https://app.vonage.com\n\n(c) 2026 Vonage. All rights reserved.\n")
        audio = ("audio/mpeg", "voicemail.mp3", mp3_bytes(rng))
        msgid = None
        extra = []
        host = "vonage.com"
    elif s == "dialpad":
        frm = addr("Dialpad", "notifications@dialpad.com")
        subject = f"New voicemail from {num}"
        text = (f"Dialpad\n\nYou have a new voicemail from {num}\nto Niamh Gallagher ({ring_line}) - {dt.strftime('%b %-d, %Y, %-I:%M %p')} ({dur})\n\n"
                f"\"{tr}\"\n\nListen in Dialpad: https://dialpad.com/app/voicemail/{hexid(rng, 16)}\n\n"
                "You're receiving this email because voicemail notifications are on. Manage preferences in Dialpad settings.\n")
        msgid = None
        extra = []
        host = "dialpad.com"
    elif s == "openphone":
        frm = addr("Quo (formerly OpenPhone)", "notifications@openphone.com")
        subject = f"New message from {num}"
        text = (f"Gallagher Coaching line {ring_line}\n\nNew message from {num}\n\n{tr}\n\n"
                f"Reply in Quo: https://my.quo.com/inbox/{hexid(rng, 12)}\n\nYou can turn off email notifications in Settings > Notifications.\n")
        msgid = None
        extra = []
        host = "openphone.com"
    elif s == "zoom":
        frm = addr("Zoom", "no-reply@zoom.us")
        subject = f"You have a new voicemail from {num}"
        text = (f"Hi Niamh Gallagher,\n\nYou received a voicemail from {num}.\n\nReceived: {dt.strftime('%b %d, %Y %I:%M %p')} Dublin\nDuration: 00:{dur}\n\n"
                f"Transcription:\n{tr}\n\n(Transcription provided by Zoom. Some words could not be recognised.)\n\n"
                "Play voicemail: https://zoom.us/pbx/page/telephone/voicemail#/voicemail\n\nThank you for choosing Zoom.\n-The Zoom Team\n\n"
                "Copyright 2026 Zoom Communications, Inc. All rights reserved.\n")
        audio = ("audio/mpeg", "voicemail.mp3", mp3_bytes(rng))
        msgid = None
        extra = []
        host = "zoom.us"
    elif s == "aircall":
        frm = addr("Aircall", "no-reply@aircall.io")
        subject = f"New voicemail from {num} on Gallagher Coaching"
        text = (f"New voicemail\n\nFrom {num}\nOn Gallagher Coaching ({ring_line})\n{dt.strftime('%d %b %Y at %H:%M')} - {dur}\n\n"
                f"Transcript\n{tr}\n\nListen on Aircall: https://dashboard.aircall.io/conversations/{rng.randint(10**9, 10**10)}\n\n"
                "Aircall, 11 rue Saint-Georges, 75009 Paris\n")
        msgid = None
        extra = []
        host = "aircall.io"
    elif s == "8x8":
        frm = addr("8x8 Voicemail", "voicemail@8x8.com")
        subject = f"Voicemail message from {num}"
        text = (f"You have received a new voicemail message.\n\nCaller: {num}\nReceived: {dt.strftime('%d %B %Y %H:%M:%S')} GMT\nLength: {dur}\nMailbox: 101 (Niamh Gallagher)\n\n"
                "Transcription: unavailable.\n\nThe voicemail message is attached to this email as a .wav file.\n\n"
                "This is an automated message from 8x8 Work. Please do not reply.\n")
        audio = ("audio/wav", f"msg{rng.randint(1000, 9999)}.wav", wav_bytes(1.0, rng))
        msgid = None
        extra = []
        host = "8x8.com"
    elif s == "nextiva":
        frm = addr("Nextiva", "voicemail@nextiva.com")
        subject = f"New Voicemail from {num}"
        text = (f"Hello Niamh,\n\nYou have a new voicemail.\n\nFrom: {num}\nDate: {dt.strftime('%m/%d/%Y %I:%M %p')}\nDuration: {dur}\n\n"
                f"Voicemail transcription:\n{tr}\n\nThe recording is attached.\n\nNextiva | nextiva.com\n")
        audio = ("audio/wav", "voicemail.wav", wav_bytes(1.0, rng))
        msgid = None
        extra = []
        host = "nextiva.com"
    elif s == "grasshopper":
        frm = addr("Grasshopper", "noreply@grasshopper.com")
        subject = f"New Voicemail from {num}"
        text = (f"You have a new voicemail in your Grasshopper account.\n\nFrom: {num}\nTo: Ext. 1 - Niamh\nReceived: {dt.strftime('%m/%d/%Y %I:%M %p')}\nLength: {dur}\n\n"
                f"Transcription:\n{tr}\n\n[We could only transcribe part of this message. Listen to the attached recording for the rest.]\n\n"
                "Grasshopper - the phone system for entrepreneurs.\n")
        audio = ("audio/mpeg", "Voicemail.mp3", mp3_bytes(rng))
        msgid = None
        extra = []
        host = "grasshopper.com"
    elif s == "teams":
        frm = addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gallagher-coaching.example")
        subject = f"Voicemail from {num} ({dur.split(':')[1]} seconds)"
        text = (f"You received a voice mail from {num}.\n\nTranscription preview\n{tr}\n\n"
                "Preview provided by Microsoft Speech Services\nYou can listen to the attached audio file or find this voicemail in Microsoft Teams.\n"
                "Was this preview helpful? Yes / No\n")
        audio = ("audio/mpeg", "audio.mp3", mp3_bytes(rng))
        msgid = f"<{uuid(rng)}@AM0PR03MB{rng.randint(1000, 9999)}.eurprd03.prod.outlook.com>"
        extra = [("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-UM-PartnerContent", "voicemail"),
                 ("Content-Class", "voice"), ("X-CallingTelephoneNumber", num), ("X-VoiceMessageDuration", str(int(dur.split(':')[1])))]
        host = "outlook.com"
    elif s == "ooma":
        frm = addr("Ooma", "voicemail@ooma.com")
        subject = f"New voicemail from {num}"
        text = (f"Hi Niamh,\n\nYou have a new voicemail from {num}, {dt.strftime('%a %b %-d %Y %-I:%M %p')}, {dur} long.\n\n"
                f"Transcript:\n{tr}\n\nThe voicemail is attached. You can also listen in the Ooma app.\n\nOoma, Inc.\n")
        audio = ("audio/mpeg", "ooma_voicemail.mp3", mp3_bytes(rng))
        msgid = None
        extra = []
        host = "ooma.com"
    elif s == "carrier_vvm":
        frm = addr("Vodafone Voicemail", "voicemail@vvm.vodafone.example.ie")
        subject = f"Voicemail from {num}"
        text = (f"You have a new voicemail message.\n\nFrom: {num}\nReceived: {dt.strftime('%d/%m/%Y %H:%M')}\nLength: {dur}\n\n"
                "Your voicemail is attached as an audio file. Dial 171 to listen from your mobile.\n\n"
                "Vodafone Voicemail to Email. Please do not reply to this email.\n")
        audio = ("audio/amr", "voicemail.amr", amr_bytes(rng))
        msgid = None
        extra = []
        host = "vvm.vodafone.example.ie"
    elif s == "justcall":
        frm = addr("JustCall", "notifications@justcall.io")
        subject = f"New SMS from {num}"
        text = (f"You have received a new SMS on Gallagher Coaching ({ring_line})\n\nFrom: {num}\nTime: {dt.strftime('%d %b %Y, %H:%M')}\n\nMessage:\n{tr}\n\n"
                "Reply from the JustCall app: https://app.justcall.io/app/sms\n")
        msgid = None
        extra = []
        host = "justcall.io"
    elif s == "cloudtalk":
        frm = addr("CloudTalk", "notifications@cloudtalk.io")
        subject = f"New voicemail from {num}"
        text = (f"Hello Niamh,\n\nyou have a new voicemail on number Gallagher Coaching ({ring_line}).\n\nCaller: {num}\nDate: {dt.strftime('%Y-%m-%d %H:%M:%S')}\nDuration: {dur}\n\n"
                f"Transcription:\n{tr}\n\nListen to the recording in CloudTalk: https://my.cloudtalk.io/calls/{rng.randint(10**7, 10**8)}\n\nCloudTalk team\n")
        msgid = None
        extra = []
        host = "cloudtalk.io"
    elif s == "callbird":  # a small service nobody has heard of
        frm = addr("Callbird alerts", "alerts@callbird.example")
        subject = f"Voicemail: {num} ({dur})"
        text = (f"CALLBIRD\n--------\nNew voicemail for Gallagher Coaching\n\nCaller: {num}\nWhen: {dt.strftime('%d.%m.%Y %H:%M')}\nLength: {dur}\n\n"
                f"What they said (beta transcript):\n{tr}\n\nlisten: https://callbird.example/v/{hexid(rng, 10)}\n\n"
                "-- \nYou get this because voicemail-to-email is switched on. callbird.example/settings\n")
        audio = ("audio/ogg", "voicemail.ogg", b"OggS" + rng.randbytes(500))
        msgid = None
        extra = []
        host = "callbird.example"
    else:
        raise ValueError(s)
    hs = base_headers(m, frm, subject, rng, to=COACH, host=host, msgid=msgid,
                      return_path="" if s == "teams" else f"bounces+{rng.randint(10**6, 10**7)}@em.{host}")
    hs += extra
    if s in ("dialpad", "aircall", "openphone", "zoom", "justcall", "cloudtalk", "google_voice"):
        hs.append(("X-Auto-Response-Suppress", "All"))
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"100%\"><tr><td>"
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</td></tr></table></body></html>")
    node = Multi("alternative", [Leaf("text/plain", text, charset="UTF-8", cte=m.get("cte", "quoted-printable")),
                                 Leaf("text/html", html, charset="UTF-8", cte="quoted-printable")])
    if audio:
        node = Multi("mixed", [node, Leaf(audio[0], data=audio[2], filename=audio[1])])
    return render(hs, node, rng)


# ---------------------------------------------------------------- services sending on someone's behalf


VIA = {
    "gdocs_comment": ("Google Docs", "comments-noreply@docs.google.com"),
    "gdrive": ("Google Drive", "drive-shares-dm-noreply@google.com"),
    "gsheets": ("Google Sheets", "drive-shares-dm-noreply@google.com"),
    "gdocs": ("Google Docs", "drive-shares-dm-noreply@google.com"),
    "calendly": ("Calendly", "notifications@calendly.com"),
    "zoom": ("Zoom", "no-reply@zoom.us"),
    "docusign": ("DocuSign", "dse_NA4@docusign.net"),
    "dropbox": ("Dropbox", "no-reply@dropbox.com"),
    "typeform": ("Typeform", "notifications@typeform.com"),
}


def build_via(m, rng):
    svc, email = VIA[m["service"]]
    name = m["name"]
    if m["service"] == "gdocs_comment":
        display = f"{name} (Google Docs)"
    elif m["service"] == "docusign":
        display = f"{name} via DocuSign"
    else:
        display = f"{name} (via {svc})"
    host = email.split("@")[1]
    hs = base_headers(m, addr(display, email), m["subject"], rng, to=COACH, host=host,
                      return_path=f"3{hexid(rng, 20)}@{host}" if "google" in host else f"bounces@{host}")
    hs.append(("Reply-To", addr(name, m["reply_to"])))
    for k, v in m.get("headers", []):
        hs.append((k, v))
    text = m["text"]
    html = "<html><body>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"
    node = Multi("alternative", [Leaf("text/plain", text, charset="UTF-8", cte="quoted-printable"),
                                 Leaf("text/html", html, charset="UTF-8", cte="quoted-printable")])
    return render(hs, node, rng)


def build_notice(m, rng):
    host = m["from"].split("@")[1].rstrip(">")
    hs = base_headers(m, m["from"], m["subject"], rng, to=COACH, host=host, return_path=f"bounce-{hexid(rng, 10)}@{host}")
    for k, v in m.get("headers", []):
        hs.append((k, v))
    text = m["text"]
    html = "<html><body>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"
    node = Multi("alternative", [Leaf("text/plain", text, charset="UTF-8", cte="quoted-printable"),
                                 Leaf("text/html", html, charset="UTF-8", cte="quoted-printable")])
    return render(hs, node, rng)


BUILDERS = {"plain": build_plain, "dsn": build_dsn, "bounce_plain": build_bounce_plain, "arf": build_arf,
            "mdn": build_mdn, "ooo": build_ooo, "calendar": build_calendar, "gateway": build_gateway,
            "phone": build_phone, "via": build_via, "notice": build_notice}


def write_config():
    lines = ["# The roster for machines-c, a blind set about who wrote a message and what kind it is.",
             "# Score with: doorstep eval tests/evalsets-unscored/machines-c --config tests/evalsets-unscored/machines-c/config.toml",
             "", "[coach]", f'name = "Niamh"', f'emails = ["{COACH}"]', 'timezone = "Europe/Dublin"', 'phone_region = "IE"', "",
             "[mailbox]", 'kind = "maildir"', 'path = "."', "", "[digest]", 'deliver = "file"',
             'file_dir = "/tmp/doorstep-machines-c-digests"', "", "[storage]", 'url = "sqlite:///:memory:"']
    for c in M.CLIENTS:
        lines += ["", "[[clients]]", f'name = "{c["name"]}"',
                  "emails = [" + ", ".join(f'"{e}"' for e in c["emails"]) + "]",
                  "phones = [" + ", ".join(f'"{p}"' for p in c["phones"]) + "]"]
        if c.get("status"):
            lines.append(f'status = "{c["status"]}"')
        if c.get("ended"):
            lines.append(f'ended = {c["ended"]}')
    (HERE / "config.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    write_config()
    for old in HERE.glob("*.eml"):
        old.unlink()
    msgs = list(M.MESSAGES)
    ids = [m["id"] for m in msgs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    order = list(range(len(msgs)))
    random.Random(20261203).shuffle(order)  # file numbers do not follow the categories
    rows = []
    for n, i in enumerate(order, 1):
        m = msgs[i]
        fname = f"mc-{n:03d}.eml"
        rng = seed("machines-c", m["id"])
        text = BUILDERS[m["fmt"]](m, rng)
        (HERE / fname).write_text(text, encoding="utf-8")
        rows.append((fname, m))
    rows.sort(key=lambda r: r[0])
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        for fname, m in rows:
            w.writerow([fname, m["client"], m["kind"], m["tag"], m.get("urgent", "no"), ";".join(m.get("traits", []))])
    # a check that every label names a roster client, and counts for the README
    roster = {c["name"] for c in M.CLIENTS}
    for _, m in rows:
        assert m["client"] == "" or m["client"] in roster, m["id"]
        assert (m["client"] == "") == (m["tag"] == ""), m["id"]
        assert m["kind"] in ("email", "voicemail", "sms"), m["id"]
        if m.get("urgent") == "yes":
            assert m["tag"] == "reply_needed"
    c = Counter(m["group"] for _, m in rows)
    tags = Counter(m["tag"] or "(empty)" for _, m in rows)
    kinds = Counter(m["kind"] for _, m in rows)
    traits = Counter(t for _, m in rows for t in m.get("traits", []))
    print(len(rows), "messages")
    print("groups:", dict(c))
    print("tags:", dict(tags))
    print("kinds:", dict(kinds))
    print("urgent:", sum(m.get("urgent") == "yes" for _, m in rows))
    print("traits:", dict(sorted(traits.items())))


if __name__ == "__main__":
    main()
