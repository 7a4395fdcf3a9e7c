"""Wraps the words in messages.py in each mail program's MIME and writes the .eml files and labels.csv.

It adds no words of its own to a client's message: only headers, the program's quoting line,
its "Sent from" line and a phone service's boilerplate. Run: ../../../.venv/bin/python build.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
from datetime import datetime
from email.header import Header
from pathlib import Path

from messages import COACH, COACH_NAME, MESSAGES

HERE = Path(__file__).parent
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DIAS_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
JOURS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"]


def seed(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def when(spec: str) -> datetime:
    """'2026-11-03 09:14 -0600' -> an aware datetime."""
    return datetime.strptime(spec, "%Y-%m-%d %H:%M %z")


def rfc_date(d: datetime) -> str:
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def hdr(value: str) -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name: str, email: str) -> str:
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if re.search(r"[,.()@']", name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def encode(text: str, charset: str, cte: str) -> str:
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    return text


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: str = "", quoted_charset: bool = True) -> str:
    cs = f'"{charset}"' if quoted_charset else charset
    try:
        text.encode("ascii")
        ascii_only = True
    except UnicodeEncodeError:
        ascii_only = False
    if cte == "auto":
        cte = "7bit" if ascii_only else "quoted-printable"
    head = f"Content-Type: {ctype}; charset={cs}{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + encode(text, charset, cte).rstrip("\n") + "\n"


def multipart(kind: str, boundary: str, parts: list[str], preamble: str = "") -> str:
    body = f"Content-Type: multipart/{kind}; boundary=\"{boundary}\"\n\n"
    if preamble:
        body += preamble + "\n"
    for p in parts:
        body += f"--{boundary}\n{p}\n"
    return body + f"--{boundary}--\n"


def attachment(name: str, ctype: str, data: bytes, inline: bool = False) -> str:
    disp = "inline" if inline else "attachment"
    b64 = base64.encodebytes(data).decode("ascii")
    return (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: {disp}; "
            f"filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n{b64}")


def paragraphs_html(text: str, tag: str = "div", cls: str = "") -> str:
    out = []
    for para in text.split("\n\n"):
        inner = "<br>".join(html.escape(line) for line in para.split("\n"))
        c = f' class="{cls}"' if cls else ""
        out.append(f"<{tag}{c}>{inner}</{tag}>")
        if tag == "div":
            out.append(f"<{tag}><br></{tag}>")
    return "\n".join(out)


def prefix(text: str, mark: str = "> ") -> str:
    return "\n".join((mark + line) if line else mark.rstrip() for line in text.split("\n"))


# ---- quoting lines, each program's own ----------------------------------------------------

def h12(d: datetime) -> str:
    return d.strftime("%I:%M %p").lstrip("0")


def quote_line(prog: str, q: dict) -> str:
    d = when(q["date"])
    name, email = q.get("name", COACH_NAME), q.get("email", COACH)
    lang = q.get("lang", "en")
    if prog in ("gmail", "android"):
        if lang == "es":
            return (f"El {DIAS_ES[d.weekday()]}, {d.day} nov {d.year} a las {d.strftime('%H:%M')}, "
                    f"{name} (<{email}>) escribió:")
        return f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h12(d)} {name} <{email}> wrote:"
    if prog in ("apple", "iphone"):
        return f"On {d.strftime('%b')} {d.day}, {d.year}, at {h12(d)}, {name} <{email}> wrote:"
    if prog == "thunderbird":
        return f"On {d.month}/{d.day}/{d.strftime('%y')} {h12(d)}, {name} wrote:"
    if prog == "yahoo":
        return (f"On {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} at "
                f"{d.strftime('%I:%M:%S %p')} CST, {name} <{email}> wrote:")
    raise ValueError(prog)


def outlook_quote_block(q: dict, to: str, lang: str = "en") -> str:
    d = when(q["date"])
    name, email = q.get("name", COACH_NAME), q.get("email", COACH)
    if lang == "fr":
        return (f"De : {name} <{email}>\nEnvoyé : {JOURS_FR[d.weekday()]} {d.day} "
                f"{MOIS_FR[d.month - 1]} {d.year} {d.strftime('%H:%M')}\nÀ : {to}\n"
                f"Objet : {q['subject']}\n\n{q['text']}")
    if lang == "de":
        return (f"Von: {name} <{email}>\nGesendet: {d.strftime('%d.%m.%Y %H:%M')}\nAn: {to}\n"
                f"Betreff: {q['subject']}\n\n{q['text']}")
    return (f"From: {name} <{email}>\nSent: {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, "
            f"{d.year} {h12(d)}\nTo: {to}\nSubject: {q['subject']}\n\n{q['text']}")


# ---- mail programs ------------------------------------------------------------------------

def base_headers(m: dict, d: datetime, msgid: str, extra: list[str]) -> str:
    frm = addr(m["name"], m["email"])
    to = m.get("to", addr(COACH_NAME, COACH))
    lines = [
        f"Return-Path: <{m.get('return_path', m['email'])}>",
        f"Delivered-To: {COACH}",
        f"Received: from {m.get('relay', 'mx.example.net')} ({m.get('relay', 'mx.example.net')} "
        f"[203.0.113.{int(seed(m['file'])[:2], 16) % 200 + 10}])\n\tby mail.whitfield-wellness.example "
        f"with ESMTPS id {seed(m['file'])[:10]}\n\tfor <{COACH}>; {rfc_date(d)}",
        f"From: {frm}",
        f"To: {to}",
    ]
    if m.get("cc"):
        lines.append(f"Cc: {m['cc']}")
    lines += [f"Subject: {hdr(m['subject'])}", f"Date: {rfc_date(d)}", f"Message-ID: <{msgid}>"]
    if m.get("in_reply_to"):
        lines += [f"In-Reply-To: <{m['in_reply_to']}>", f"References: <{m['in_reply_to']}>"]
    return "\n".join(lines + extra) + "\n"


def reply_ref(m: dict) -> None:
    if m.get("quote") and not m.get("in_reply_to"):
        m["in_reply_to"] = seed(m["file"], "parent")[:24] + "@whitfield-wellness.example"


def build_gmail(m: dict, d: datetime, android: bool = False) -> str:
    reply_ref(m)
    s = seed(m["file"])
    msgid = f"CA{s[:6].upper()}+{s[6:20]}_{s[20:28].upper()}@mail.gmail.com"
    text, html_body = m["body"], paragraphs_html(m["body"])
    if m.get("quote"):
        q = m["quote"]
        line = quote_line("gmail", q)
        text += "\n\n" + line + "\n\n" + prefix(q["text"]) + "\n"
        html_body += (f'\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                      f'{html.escape(line)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                      f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      f'{paragraphs_html(q["text"])}</blockquote></div>')
    html_doc = f'<div dir="ltr">{html_body}</div>\n'
    b = "000000000000" + s[:16]
    alt = multipart("alternative", b, [leaf("text/plain", text, cte="auto", quoted_charset=True)
                                       .replace('charset="utf-8"', 'charset="UTF-8"'),
                                       leaf("text/html", html_doc, cte="quoted-printable")
                                       .replace('charset="utf-8"', 'charset="UTF-8"')])
    if m.get("attach"):
        outer = "000000000000" + s[16:32]
        parts = [alt] + [attachment(*a) for a in m["attach"]]
        body = multipart("mixed", outer, parts)
    else:
        body = alt
    extra = ["MIME-Version: 1.0"]
    return base_headers(m, d, msgid, extra) + body


def build_apple(m: dict, d: datetime, iphone: bool = False) -> str:
    reply_ref(m)
    s = seed(m["file"])
    uuid = f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}".upper()
    msgid = f"{uuid}@{m['email'].split('@')[1]}"
    text = m["body"]
    if iphone:
        text += "\n\n" + m.get("sent_from", "Sent from my iPhone")
    hbody = paragraphs_html(text)
    if m.get("quote"):
        q = m["quote"]
        line = quote_line("apple", q)
        text += "\n\n" + ("> " + line if iphone else line) + "\n" + ("> \n" if iphone else "\n") + prefix(q["text"]) + "\n"
        hbody += (f'<div><br><blockquote type="cite"><div>{html.escape(line)}</div><br>'
                  f'{paragraphs_html(q["text"])}</blockquote></div>')
    extra = []
    if iphone:
        extra = ["Mime-Version: 1.0 (1.0)", f"X-Mailer: {m.get('mailer', 'iPhone Mail (22B91)')}"]
    else:
        extra = ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))",
                 "X-Mailer: Apple Mail (2.3826.200.121)"]
    if iphone and not m.get("html"):
        body = leaf("text/plain", text, quoted_charset=False, cte="quoted-printable")
    else:
        b = f"Apple-Mail={uuid[:8]}-{uuid[9:13]}-{uuid[14:18]}-{uuid[19:23]}-{uuid[24:]}"
        hdoc = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'{hbody}</body></html>')
        body = multipart("alternative", b, [leaf("text/plain", text, quoted_charset=False),
                                            leaf("text/html", hdoc, quoted_charset=False)])
    return base_headers(m, d, msgid, extra) + body


def build_thunderbird(m: dict, d: datetime) -> str:
    reply_ref(m)
    s = seed(m["file"])
    msgid = f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}@{m['email'].split('@')[1]}"
    text = m["body"]
    if m.get("quote"):
        q = m["quote"]
        # a bottom-poster: the quote first, his answer after it
        text = quote_line("thunderbird", q) + "\n" + prefix(q["text"]) + "\n\n" + m["body"]
    if m.get("sig"):
        text += "\n\n-- \n" + m["sig"]
    charset = m.get("charset", "UTF-8")
    cte = m.get("cte", "8bit")
    try:
        text.encode("ascii")
        cte = "7bit"
    except UnicodeEncodeError:
        pass
    head = (f"Content-Type: text/plain; charset={charset}; format=flowed\n"
            f"Content-Transfer-Encoding: {cte}\n")
    if cte == "8bit":
        raw = text
    else:
        raw = encode(text, charset.lower(), cte) if cte != "7bit" else text
    part = head + "\n" + raw.rstrip("\n") + "\n"
    extra = ["MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird",
             f"Content-Language: {m.get('content_language', 'en-US')}"]
    if m.get("attach"):
        b = "------------" + s[:24]
        body = multipart("mixed", b, [part] + [attachment(*a) for a in m["attach"]],
                         preamble="This is a multi-part message in MIME format.")
    else:
        body = part
    out = base_headers(m, d, msgid, extra) + body
    return out


def build_outlook(m: dict, d: datetime, web: bool = False) -> str:
    reply_ref(m)
    s = seed(m["file"])
    charset = m.get("charset", "us-ascii")
    text = m["body"]
    qlang = m.get("quote_lang", "en")
    if m.get("footer"):
        text += "\n\n" + m["footer"]
    if m.get("quote") or m.get("forward"):
        q = m.get("quote") or m.get("forward")
        block = outlook_quote_block(q, q.get("to", addr(m["name"], m["email"])), qlang)
        sep = "________________________________" if web else ""
        text += "\n\n" + (sep + "\n" if sep else "") + block
    hbody = "\n".join(
        f'<p class="MsoNormal">{"<br>".join(html.escape(x) for x in para.split(chr(10)))}<o:p></o:p></p>'
        f'\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for para in text.split("\n\n"))
    if web:
        msgid = f"{s[:4].upper()}PR{s[4:6]}MB{s[6:10]}{s[10:30].upper()}@{s[30:34].upper()}PR{s[34:36]}MB{s[36:40]}.namprd{int(s[:2],16)%20:02d}.prod.outlook.com"
        hdoc = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                f'<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>'
                f'</head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, '
                f'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{paragraphs_html(text)}</div></body></html>')
        extra = ["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: " + ("yes" if m.get("attach") else ""),
                 "X-MS-TNEF-Correlator:", "msip_labels:", "X-MS-Exchange-Organization-SCL: 1",
                 f"x-ms-exchange-messagesentrepresentingtype: 1", "MIME-Version: 1.0"]
        if m.get("outlook_com"):
            extra.insert(0, "X-Microsoft-Original-Message-ID: <" + msgid + ">")
        cte = m.get("cte", "base64")
    else:
        msgid = f"00{s[:2]}01d{s[2:6]}{s[6:14]}$a{s[14:22]}$@{m['email'].split('@')[1]}"
        hdoc = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
                f'<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
                f'<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                f'<div class=WordSection1>{hbody}</div></body></html>')
        extra = ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
                 f"Thread-Index: {base64.b64encode(bytes.fromhex(s[:32])).decode()}",
                 f"Content-Language: {m.get('content_language', 'en-us')}"]
        cte = m.get("cte", "quoted-printable")
    b = f"----=_NextPart_000_{s[:4].upper()}_01DB{s[4:8].upper()}.{s[8:16].upper()}" if not web else f"_000_{s[:40].upper()}_"
    alt = multipart("alternative", b, [leaf("text/plain", text, charset, cte),
                                       leaf("text/html", hdoc, charset, cte)])
    if m.get("attach"):
        outer = f"----=_NextPart_001_{s[4:8].upper()}_01DB{s[8:12].upper()}.{s[12:20].upper()}" if not web else f"_004_{s[:40].upper()}_"
        body = multipart("mixed", outer, [alt] + [attachment(*a) for a in m["attach"]],
                         preamble="This is a multipart message in MIME format." if not web else "")
    else:
        body = alt
    return base_headers(m, d, msgid, extra) + body


def build_yahoo(m: dict, d: datetime) -> str:
    reply_ref(m)
    s = seed(m["file"])
    msgid = f"{int(s[:12], 16)}.{int(s[12:20], 16)}@mail.yahoo.com"
    text = m["body"]
    hbody = f'<div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">{paragraphs_html(m["body"])}</div>'
    if m.get("quote"):
        q = m["quote"]
        line = quote_line("yahoo", q)
        text += "\n\n\n" + "    " + line + "\n\n" + "\n".join("    " + x for x in q["text"].split("\n"))
        hbody += (f'<div id="yahoo_quoted_{s[:10]}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                  f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>{html.escape(line)}</div>'
                  f'<div><br></div><div><br></div>{paragraphs_html(q["text"])}</div></div>')
    hdoc = f'<html><head></head><body>{hbody}</body></html>'
    cte = m.get("cte", "quoted-printable")
    b = f"----=_Part_{int(s[:6], 16)}_{int(s[6:14], 16)}.{int(s[14:26], 16)}"
    alt = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", cte), leaf("text/html", hdoc, "UTF-8", cte)])
    if m.get("attach"):
        ob = f"----=_Part_{int(s[20:26], 16)}_{int(s[26:34], 16)}.{int(s[2:14], 16)}"
        body = multipart("mixed", ob, [alt] + [attachment(*a) for a in m["attach"]])
    else:
        body = alt
    extra = ["MIME-Version: 1.0", "X-Mailer: WebService/1.1.22876 YMailNorrin"]
    return base_headers(m, d, msgid, extra) + body


# ---- machines: auto-replies, receipts, bounces, calendar answers -----------------------------

def build_raw(m: dict, d: datetime) -> str:
    """A message whose whole MIME body messages.py gives (machine-written mail, newsletters)."""
    s = seed(m["file"])
    msgid = m.get("msgid", f"{s[:20]}@{m['email'].split('@')[1]}")
    extra = m.get("headers", [])
    body = m["mime"](m, s)
    return base_headers(m, d, msgid, ["MIME-Version: 1.0"] + extra) + body


# ---- phone services -------------------------------------------------------------------------

AUDIO = base64.b64decode("SUQzAwAAAAAAAA==") + b"\x00" * 48


def phone(m: dict, d: datetime) -> str:
    svc, num, t = m["service"], m["number"], m.get("transcript", "")
    s = seed(m["file"])
    when_s = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {h12(d)}"
    to = addr(COACH_NAME, COACH)

    def notice(frm: str, subject: str, text: str, audio: str | None = None,
               extra: list[str] | None = None, msgid: str | None = None, plain_only=False) -> str:
        lines = [f"From: {frm}", f"To: {to}", f"Subject: {hdr(subject)}", f"Date: {rfc_date(d)}",
                 f"Message-ID: <{msgid or s[:24] + '@' + frm.split('@')[-1].rstrip('>')}>",
                 "MIME-Version: 1.0"] + (extra or [])
        textpart = leaf("text/plain", text, "utf-8", "auto")
        if audio is None:
            return "\n".join(lines) + "\n" + textpart
        b = "===============" + str(int(s[:15], 16)) + "=="
        att = (f"Content-Type: audio/mpeg\nContent-Transfer-Encoding: base64\n"
               f"Content-Disposition: attachment; filename=\"{audio}\"\n\n"
               + base64.encodebytes(AUDIO).decode())
        return "\n".join(lines) + "\n" + multipart("mixed", b, [textpart, att])

    digits = re.sub(r"\D", "", num)
    nat = digits[-10:]
    pretty = f"({nat[:3]}) {nat[3:6]}-{nat[6:]}"
    if svc == "gv_vm":
        text = (f"{t}\n\nplay message\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER "
                f"<https://support.google.com/voice#topic=1707989> HELP FORUM "
                f"<https://productforums.google.com/forum/#!forum/voice>\nThis email was sent to you "
                f"because you indicated that you'd like to receive email notifications for voicemails.\n"
                f"Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA")
        return notice("Google Voice <voice-noreply@google.com>",
                      f"New voicemail from {pretty} at {h12(d)}", text,
                      f"voicemail-{d.strftime('%Y-%m-%d')}.mp3")
    if svc == "gv_text":
        frm = f"{pretty} <13125550100.1{nat}.{s[:10]}@txt.voice.google.com>"
        text = (f"Google Voice\n\n{t}\n\nTo respond to this text message, reply to this email or visit "
                f"Google Voice.\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER "
                f"<https://support.google.com/voice>")
        return notice(frm, f"New text message from {pretty}", text)
    if svc == "ringcentral":
        text = (f"You have a new voice message:\n\nFrom: {pretty} WIRELESS CALLER\nReceived: "
                f"{DAYS[d.weekday()]}, {when_s}\nLength: {m['duration']}\nTo: {COACH_NAME} (312) 555-0101\n\n"
                f"Voicemail Preview:\n{t}\n\nThe voice message is attached to this email.\n\n"
                f"Thank you for choosing RingCentral.\nRingCentral, Inc. 20 Davis Drive, Belmont, CA 94002")
        return notice("RingCentral <service@ringcentral.com>",
                      f"New Voice Message from {pretty} WIRELESS CALLER to your phone number (312) 555-0101",
                      text, f"Voice Message {d.strftime('%Y%m%d %H%M%S')}.mp3")
    if svc == "vonage":
        text = (f"You have received a new voicemail.\n\nCaller: 1{nat}\nDate: {d.strftime('%m/%d/%Y %I:%M %p')}\n"
                f"Duration: {m['duration']}\n\nTranscription:\n{t}\n\n"
                f"Log in to the Vonage Business app to manage your voicemail.")
        return notice("Vonage Business <noreply@vonagebusiness.com>", f"New voicemail from 1{nat}", text,
                      "voicemail.wav")
    if svc == "teams":
        frm = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitfield-wellness.example>"
        text = (f"You received a voice mail from {num}.\n\nTranscription preview\n{t}\n\n"
                f"You can listen to the message using the attached audio file.")
        return notice(frm, f"Voicemail from {num} ({m['duration']})", text, "audio.mp3",
                      extra=["Content-Class: voice-uc"])
    if svc == "verizon":
        text = (f"You received a voice message.\n\nFrom: {nat[:3]}-{nat[3:6]}-{nat[6:]}\nLength: {m['duration']}\n\n"
                f"Message: {t}\n\nThis message was sent by Verizon Visual Voicemail.")
        return notice("Verizon Visual Voicemail <vvm@vzw.com>", f"Voice Message from {nat[:3]}-{nat[3:6]}-{nat[6:]}",
                      text, "VoiceMessage.amr")
    if svc == "att_vvm":
        text = (f"You have a new voice message.\n\nFrom: {pretty}\nReceived: {when_s}\nLength: {m['duration']}\n\n"
                f"Transcription: {t}\n\nThis message was sent by AT&T Voicemail-to-Text. To manage your "
                f"notification settings, open the AT&T Visual Voicemail app.")
        return notice("AT&T Voicemail <voicemail-noreply@att-mail.com>", f"Voice message from {pretty}", text,
                      "voicemail.amr")
    if svc == "ooma":
        text = (f"You have a new voicemail from {pretty}.\n\nCaller: {pretty}\nReceived: {when_s}\n"
                f"Duration: {m['duration']}\nMailbox: Home\n\nTranscription: Transcription not available for "
                f"this message.\n\nTo listen, open the attached file or log in to my.ooma.com.\n"
                f"Thank you for choosing Ooma.")
        return notice("Ooma <voicemail@ooma.com>", f"New voicemail from {pretty}", text, "voicemail.mp3")
    if svc == "grasshopper":
        text = (f"New voicemail\n\nFrom: {pretty}\nTo: Whitfield Wellness main line\nDate: {when_s}\n"
                f"Length: {m['duration']}\n\nTranscription: {t}\n\nListen to this message in the Grasshopper "
                f"app or open the attachment.\nManage notification settings in your account.")
        return notice("Grasshopper <no-reply@grasshopper.com>", f"New voicemail from {pretty}", text,
                      "voicemail.mp3")
    if svc in ("vtext", "tmomail", "att_sms"):
        domain = {"vtext": "vtext.com", "tmomail": "tmomail.net", "att_sms": "txt.att.net"}[svc]
        lines = [f"From: {nat if svc != 'tmomail' else '1' + nat}@{domain}", f"To: {COACH}",
                 f"Subject: {m.get('subject', '')}".rstrip() if svc != "att_sms" else "Subject: ",
                 f"Date: {rfc_date(d)}", f"Message-ID: <{s[:24]}@{domain}>", "MIME-Version: 1.0"]
        return "\n".join(lines) + "\n" + leaf("text/plain", t, "utf-8", "auto")
    raise ValueError(svc)


BUILDERS = {
    "gmail": build_gmail,
    "android": lambda m, d: build_gmail(m, d, android=True),
    "apple": build_apple,
    "iphone": lambda m, d: build_apple(m, d, iphone=True),
    "thunderbird": build_thunderbird,
    "outlook": build_outlook,
    "owa": lambda m, d: build_outlook(m, d, web=True),
    "yahoo": build_yahoo,
    "raw": build_raw,
}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    for m in MESSAGES:
        d = when(m["date"])
        if m["kind"] in ("voicemail", "sms") or m.get("service"):
            text = phone(m, d)
        else:
            text = BUILDERS[m["prog"]](m, d)
        (HERE / m["file"]).write_bytes(text.encode("utf-8"))
        rows.append([m["file"], m["client"], m["kind"], m["tag"], m["urgent"], m["traits"]])
    with open(HERE / "labels.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
