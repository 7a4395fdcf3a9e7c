"""Builds coach-a's .eml files and labels.csv from the messages written out below.

Every message's words are written by hand in the data below; this script only wraps them in the
MIME each mail program or phone service would produce. Run: .venv/bin/python make.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import pathlib
from email.charset import BASE64, QP, Charset
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.audio import MIMEAudio
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).parent
COACH = ("Dana Whitfield", "dana@whitfield-coaching.example")
COACH_LINE = "(857) 555-0100"

M: list[dict] = []


def m(**kw):
    M.append(kw)


def when(s: str, tz: int) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))


def mid(msg: dict, domain: str) -> str:
    h = hashlib.sha1(msg["f"].encode()).hexdigest()
    prog = msg["prog"]
    if prog in ("gmail", "android"):
        return f"<CA+{h[:10]}{h[10:30].upper()}Xw@mail.gmail.com>"
    if prog in ("apple", "iphone"):
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if prog in ("outlook", "owa"):
        return f"<{h[:4].upper()}PR0{h[4:10].upper()}MB{h[10:14]}.namprd0{int(h[14],16)%9+1}.prod.outlook.com>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}@{domain}>"


def cte_charset(cs: str, enc: str) -> Charset:
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64}.get(enc)
    if enc == "8bit":
        c.body_encoding = None
    return c


def text_part(body: str, cs: str = "utf-8", enc: str = "qp", subtype: str = "plain", flowed=False) -> MIMEText:
    part = MIMEText("", subtype, None)
    del part["Content-Transfer-Encoding"]
    del part["MIME-Version"]
    part.set_payload(body, cte_charset(cs, enc))
    if enc == "8bit":
        part.replace_header("Content-Transfer-Encoding", "8bit") if part["Content-Transfer-Encoding"] else part.add_header("Content-Transfer-Encoding", "8bit")
    if flowed:
        part.set_param("format", "flowed")
    return part


def to_html(text: str, prog: str, quote_html: str = "") -> str:
    paras = [html.escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n")]
    if prog == "gmail":
        inner = "".join(f"<div>{p}</div><div><br></div>" for p in paras)
        return f'<div dir="ltr">{inner}</div>{quote_html}\n'
    if prog == "apple":
        inner = "".join(f"<div>{p}</div><div><br></div>" for p in paras)
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{inner}{quote_html}</body></html>\n'
        )
    if prog in ("outlook", "owa"):
        inner = "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in paras)
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            f'<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">{inner}{quote_html}</div></body></html>\n'
        )
    inner = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head></head><body>{inner}{quote_html}</body></html>\n"


def quote_block(msg: dict) -> tuple[str, str]:
    """The quoted history, in the program's own style: (plain, html)."""
    q = msg.get("quote")
    if not q:
        return "", ""
    prog = msg["prog"]
    qtext = q["text"].strip()
    qwho = q.get("who", f"{COACH[0]} <{COACH[1]}>")
    if prog in ("outlook", "owa"):
        head = q.get("head") or (
            f"From: {qwho}\nSent: {q['date']}\nTo: {msg['from'][0]} <{msg['from'][1]}>\nSubject: {q.get('subj', msg['subj'].replace('RE: ', '').replace('Re: ', ''))}"
        )
        sep = "________________________________\n" if prog == "owa" else ""
        plain = f"\n\n{sep}{head}\n\n{qtext}\n"
        h = html.escape(head).replace("\n", "<br>")
        body = html.escape(qtext).replace("\n", "<br>")
        return plain, f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">{h}</p></div><p class="MsoNormal">{body}</p>'
    head = q["head"]
    quoted = "\n".join(("> " + l) if l else ">" for l in qtext.split("\n"))
    plain = f"\n\n{head}\n\n{quoted}\n" if prog not in ("apple", "iphone") else f"\n\n> {head}\n> \n{quoted}\n"
    body = html.escape(qtext).replace("\n", "<br>")
    if prog == "gmail":
        hh = f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(head)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>'
    else:
        hh = f'<div><br><blockquote type="cite"><div>{html.escape(head)}</div><br><div>{body}</div></blockquote></div>'
    return plain, hh


def headers(msg: dict, root, domain: str):
    name, addr = msg["from"]
    root["From"] = formataddr((name, addr)) if name else addr
    root["To"] = msg.get("to", formataddr(COACH))
    if msg.get("cc"):
        root["Cc"] = msg["cc"]
    root["Subject"] = msg["subj"]
    root["Date"] = format_datetime(when(msg["date"], msg.get("tz", -5)))
    root["Message-ID"] = msg.get("mid") or mid(msg, domain)
    if msg.get("irt"):
        root["In-Reply-To"] = msg["irt"]
        root["References"] = msg["irt"]
    for k, v in msg.get("extra", {}).items():
        root[k] = v


MAILER = {
    "apple": ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "android": ("X-Mailer", "Samsung Mail"),
    "owa": ("X-MS-Exchange-Organization-AuthSource", "BN8PR04MB6321.namprd04.prod.outlook.com"),
}


def build_email(msg: dict):
    prog = msg["prog"]
    name, addr = msg["from"]
    domain = addr.split("@")[1]
    cs = msg.get("cs", "utf-8")
    enc = msg.get("enc", "qp")
    body = msg["body"].strip("\n") + "\n"
    qplain, qhtml = quote_block(msg)
    plain = body + qplain
    if prog == "thunderbird":
        plain = flow(plain)
    if prog in ("iphone", "thunderbird_plain", "android_plain") or msg.get("plain_only"):
        alt = text_part(plain, cs, enc, flowed=(prog == "thunderbird"))
    else:
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(plain, cs, enc, flowed=(prog == "thunderbird")))
        hcs = cs
        alt.attach(text_part(to_html(body, prog, qhtml), hcs, msg.get("henc", enc if enc != "8bit" else "qp"), "html"))
    atts = msg.get("attach", [])
    if atts:
        root = MIMEMultipart("mixed")
        root.attach(alt)
        for fname, ctype, data in atts:
            main, sub = ctype.split("/")
            a = MIMEApplication(data, sub) if main == "application" else MIMEBase(main, sub)
            if main != "application":
                a.set_payload(base64.b64encode(data).decode())
                a["Content-Transfer-Encoding"] = "base64"
            a.add_header("Content-Disposition", "attachment", filename=fname)
            root.attach(a)
    else:
        root = alt
    if prog == "apple" and isinstance(root, MIMEMultipart):
        h = hashlib.md5(msg["f"].encode()).hexdigest().upper()
        root.set_boundary(f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}")
    if prog in ("gmail", "android") and isinstance(root, MIMEMultipart):
        h = hashlib.md5(msg["f"].encode()).hexdigest()
        for i, part in enumerate(p for p in root.walk() if p.is_multipart()):
            part.set_boundary(f"0000000000{h[i:i + 14]}")
    if prog in ("outlook", "owa") and isinstance(root, MIMEMultipart):
        h = hashlib.md5(msg["f"].encode()).hexdigest()
        root.set_boundary(f"_000_{h[:20].upper()}namp_")
    headers(msg, root, domain)
    root["MIME-Version"] = "1.0"
    if prog in MAILER:
        root[MAILER[prog][0]] = MAILER[prog][1]
    if prog in ("outlook", "owa"):
        root["Thread-Topic"] = msg["subj"].replace("RE: ", "")
        root["Thread-Index"] = base64.b64encode(hashlib.md5(msg["subj"].encode()).digest()).decode()
        root["Content-Language"] = msg.get("lang", "en-US")
        root["X-MS-Has-Attach"] = "yes" if atts else ""
        root["X-MS-TNEF-Correlator"] = ""
    if prog == "thunderbird":
        root["Content-Language"] = msg.get("lang", "en-US")
    return root


# ---- phone services -------------------------------------------------------------------------

AUDIO = b"ID3\x03\x00\x00\x00\x00\x00\x00fake-voicemail-audio"


def with_audio(text: str, fname: str, cs="utf-8", enc="qp"):
    root = MIMEMultipart("mixed")
    root.attach(text_part(text, cs, enc))
    a = MIMEAudio(AUDIO, "mpeg")
    del a["MIME-Version"]
    a.add_header("Content-Disposition", "attachment", filename=fname)
    root.attach(a)
    return root


def digits(p: str) -> str:
    return "".join(ch for ch in p if ch.isdigit())


def us_paren(p: str) -> str:
    d = digits(p)[-10:]
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"


def build_phone(msg: dict):
    svc, num, t = msg["prog"], msg["num"], msg["body"].strip()
    d = digits(num)
    dt = when(msg["date"], msg.get("tz", -5))
    clock = dt.strftime("%-I:%M %p")
    dur = msg.get("dur", "0:31")
    if svc == "gv_vm":
        disp = us_paren(num) if num.startswith("+1") else num
        root = with_audio(
            f"{t}\n\nplay message\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\nThis email was sent to you because you indicated that you'd like to receive email notifications for voicemails.\nGoogle LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n",
            f"voicemail-{dt:%Y-%m-%d}.mp3",
        )
        msg["from"] = ("Google Voice", "voice-noreply@google.com")
        msg["subj"] = f"New voicemail from {disp} at {clock}"
    elif svc == "gv_sms":
        disp = us_paren(num) if num.startswith("+1") else num
        root = text_part(f"Google Voice\n\n{t}\n\nTo respond to this text message, reply to this email or visit Google Voice.\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>\n")
        msg["from"] = (disp, f"1857555010{len(msg['f'])%10}.{d}.{hashlib.md5(msg['f'].encode()).hexdigest()[:10]}@txt.voice.google.com")
        msg["subj"] = f"New text message from {disp}"
    elif svc == "ringcentral":
        disp = us_paren(num)
        root = with_audio(
            f"You have a new voice message:\n\nFrom: {disp} WIRELESS CALLER\nReceived: {dt:%A, %B %-d, %Y} at {clock}\nLength: 00:{dur.split(':')[1]}\nTo: {COACH[0]} {COACH_LINE}\n\nVoicemail Preview:\n{t}\n\nThe voice message is attached to this email.\n\nThank you for choosing RingCentral.\nRingCentral, Inc. 20 Davis Drive, Belmont, CA 94002\n",
            f"Voice Message {dt:%Y%m%d %H%M%S}.mp3",
        )
        msg["from"] = ("RingCentral", "service@ringcentral.com")
        msg["subj"] = f"New Voice Message from {disp} WIRELESS CALLER to your phone number {COACH_LINE}"
    elif svc == "vonage":
        root = with_audio(
            f"You have received a new voicemail.\n\nCaller: {d}\nDate: {dt:%m/%d/%Y %I:%M %p}\nDuration: {dur}\n\nTranscription:\n{t}\n\nLog in to the Vonage Business app to manage your voicemail.\n",
            "voicemail.wav",
            enc="8bit",
        )
        msg["from"] = ("Vonage Business", "noreply@vonagebusiness.com")
        msg["subj"] = f"New voicemail from {d}"
    elif svc == "teams":
        root = with_audio(
            f"You received a voice mail from {num}.\n\nTranscription preview\n{t}\n\nYou can listen to the message using the attached audio file.\n",
            "audio.mp3",
        )
        root["Content-Class"] = "voice-uc"
        msg["from"] = ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitfield-coaching.example")
        msg["subj"] = f"Voicemail from {num} (00:0{dur})"
    elif svc == "vvm":
        dash = f"{d[-10:-7]}-{d[-7:-4]}-{d[-4:]}"
        root = with_audio(
            f"You received a voice message.\n\nFrom: {dash}\nLength: {dur}\n\nMessage: {t}\n\nThis message was sent by Verizon Visual Voicemail.\n",
            "VoiceMessage.amr",
        )
        msg["from"] = ("Verizon Visual Voicemail", "vvm@vzw.com")
        msg["subj"] = f"Voice Message from {dash}"
    elif svc == "ooma":
        root = with_audio(
            f"You have a new voicemail.\n\nCaller ID: {us_paren(num)}\nReceived: {dt:%b %-d, %Y} {clock}\nLength: {dur}\nTranscript: {t}\n\nListen to your voicemail in the Ooma app.\n© 2026 Ooma, Inc.\n",
            f"voicemail_{d[-4:]}.mp3",
            enc="8bit",
        )
        msg["from"] = ("Ooma", "no-reply@ooma.com")
        msg["subj"] = f"New voicemail from {us_paren(num)}"
    elif svc == "grasshopper":
        dot = f"{d[-10:-7]}.{d[-7:-4]}.{d[-4:]}"
        root = with_audio(
            f"New Voicemail\n\nFrom: {dot}\nExtension: 1 - Coaching\nMessage length: {dur}\n\nTranscription:\n{t}\n\nDownload the Grasshopper app to listen to your messages.\n",
            "message.mp3",
            enc="8bit",
        )
        msg["from"] = ("Grasshopper", "noreply@grasshopper.com")
        msg["subj"] = f"New Voicemail from {dot}"
    elif svc == "twilio":
        root = text_part(
            f"New voicemail\n\nFrom: +{d}\nDuration: {msg.get('secs', 40)} seconds\nRecording URL: https://api.twilio.com/2010-04-01/Accounts/AC3f9a/Recordings/RE{hashlib.md5(msg['f'].encode()).hexdigest()[:24]}\n\nTranscription:\n{t}\n"
        )
        root["X-Mailer"] = "twilio-functions"
        msg["from"] = ("Dana's Coaching Line", "voicemail@whitfield-coaching.example")
        msg["subj"] = f"New voicemail from +{d[0]} {d[1:4]}-{d[4:7]}-{d[7:]}"
    elif svc == "gateway":
        root = text_part(t + "\n", enc="8bit" if any(ord(ch) > 127 for ch in t) else "7bit")
        msg["from"] = ("", f"{d[-10:]}@{msg['gw']}")
        msg["subj"] = msg.get("subj", "")
    else:
        raise ValueError(svc)
    msg.setdefault("to", formataddr(COACH))
    headers(msg, root, "phone.example")
    root["MIME-Version"] = "1.0"
    return root


def fix_7bit(part):
    for p in part.walk():
        if p["Content-Transfer-Encoding"] == "7bit" and not p.is_multipart():
            pass
    return part


# ---- machine mail ---------------------------------------------------------------------------


def build_special(msg: dict):
    kind = msg["prog"]
    name, addr = msg["from"]
    domain = addr.split("@")[1]
    if kind == "ooo_outlook":
        root = MIMEMultipart("alternative")
        root.attach(text_part(msg["body"].strip() + "\n", msg.get("cs", "utf-8"), msg.get("enc", "qp")))
        root.attach(text_part(to_html(msg["body"], "outlook"), msg.get("cs", "utf-8"), "b64", "html"))
        msg.setdefault("extra", {}).update({"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": addr})
        msg["prog"] = "owa"
    elif kind == "ooo_gmail":
        root = MIMEMultipart("alternative")
        root.attach(text_part(msg["body"].strip() + "\n"))
        root.attach(text_part(to_html(msg["body"], "gmail"), "utf-8", "qp", "html"))
        msg.setdefault("extra", {}).update({"Auto-Submitted": "auto-replied", "Precedence": "bulk", "X-Autoreply": "yes"})
        msg["prog"] = "gmail"
    elif kind == "receipt":
        root = MIMEMultipart("report", report_type="disposition-notification")
        root.attach(text_part(msg["body"].strip() + "\n", "utf-8", "qp"))
        mdn = MIMEBase("message", "disposition-notification")
        mdn.set_payload(
            f"Reporting-UA: {domain}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{addr}\nOriginal-Message-ID: {msg['orig']}\nDisposition: manual-action/MDN-sent-manually; displayed\n"
        )
        root.attach(mdn)
        msg["prog"] = "outlook"
    elif kind in ("cal_google", "cal_outlook", "cal_apple", "cal_tb"):
        partstat = msg.get("partstat", "ACCEPTED")
        dtstart = msg["ev"]
        ics = (
            "BEGIN:VCALENDAR\r\nPRODID:" + {"cal_google": "-//Google Inc//Google Calendar 70.9054//EN", "cal_outlook": "Microsoft Exchange Server 2010", "cal_apple": "-//Apple Inc.//iPhone 18.1//EN", "cal_tb": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"}[kind]
            + "\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
            f"DTSTART;TZID=America/New_York:{dtstart}\r\nDTSTAMP:20261101T120000Z\r\n"
            f"ORGANIZER;CN={COACH[0]}:mailto:{COACH[1]}\r\nUID:{hashlib.md5(msg['f'].encode()).hexdigest()}@whitfield-coaching.example\r\n"
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={name}:mailto:{addr}\r\n"
            f"SUMMARY:{msg['evname']}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(msg["body"].strip() + "\n"))
        calpart = MIMEText(ics, "calendar", "utf-8")
        del calpart["MIME-Version"]
        calpart.set_param("method", "REPLY")
        alt.attach(calpart)
        if kind == "cal_google":
            root = MIMEMultipart("mixed")
            root.attach(alt)
            att = MIMEApplication(ics.encode(), "ics")
            att.add_header("Content-Disposition", "attachment", filename="invite.ics")
            root.attach(att)
            msg["prog"] = "gmail"
            msg.setdefault("extra", {})["Sender"] = "Google Calendar <calendar-notification@google.com>"
        else:
            root = alt
            msg["prog"] = {"cal_outlook": "outlook", "cal_apple": "iphone", "cal_tb": "thunderbird"}[kind]
    elif kind == "bounce":
        root = MIMEMultipart("report", report_type="delivery-status")
        root.attach(text_part(msg["body"].strip() + "\n", "utf-8", "7bit"))
        import email as _email
        ds = MIMEBase("message", "delivery-status")
        ds.set_payload([
            _email.message_from_string("Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 16 Nov 2026 07:02:11 -0800\n"),
            _email.message_from_string(f"Final-Recipient: rfc822; {msg['rcpt']}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.asante-studio.example\nDiagnostic-Code: smtp; 550 5.1.1 <{msg['rcpt']}>: Recipient address rejected: User unknown in virtual mailbox table\n"),
        ])
        root.attach(ds)
        orig = MIMEBase("text", "rfc822-headers")
        orig.set_payload(f"From: {formataddr(COACH)}\nTo: {msg['rcpt']}\nSubject: {msg['origsubj']}\nDate: Mon, 16 Nov 2026 10:02:11 -0500\n")
        root.attach(orig)
        msg.setdefault("extra", {})["Auto-Submitted"] = "auto-replied"
        msg["prog"] = "bounce"
    elif kind == "newsletter":
        root = MIMEMultipart("alternative")
        root.attach(text_part(msg["body"].strip() + "\n", msg.get("cs", "utf-8"), "qp"))
        root.attach(text_part(to_html(msg["body"], "x"), msg.get("cs", "utf-8"), "b64", "html"))
        msg.setdefault("extra", {}).update({"List-Unsubscribe": f"<https://{domain}/unsubscribe?u=8812>", "Precedence": "bulk", "X-Mailer": "Mailchimp Mailer - **CID8812a**"})
    else:
        raise ValueError(kind)
    headers(msg, root, domain)
    root["MIME-Version"] = "1.0"
    if msg["prog"] in MAILER and not root[MAILER[msg["prog"]][0]]:
        root[MAILER[msg["prog"]][0]] = MAILER[msg["prog"]][1]
    return root


PHONE = {"gv_vm", "gv_sms", "ringcentral", "vonage", "teams", "vvm", "ooma", "grasshopper", "twilio", "gateway"}
SPECIAL = {"ooo_outlook", "ooo_gmail", "receipt", "cal_google", "cal_outlook", "cal_apple", "cal_tb", "bounce", "newsletter"}


def finalize(root) -> None:
    """Headers in the order mail programs write them; MIME-Version only at the top."""
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    ct, cte = root["Content-Type"], root["Content-Transfer-Encoding"]
    del root["MIME-Version"], root["Content-Type"], root["Content-Transfer-Encoding"]
    root["MIME-Version"] = "1.0"
    root["Content-Type"] = ct
    if cte:
        root["Content-Transfer-Encoding"] = cte


def flow(text: str) -> str:
    """format=flowed: long lines wrapped at 72 with a trailing space (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + len(word) + 1 > 72:
                out.append(cur + " ")
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    return "\n".join(out)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    seen = set()
    for msg in M:
        assert msg["f"] not in seen, msg["f"]
        seen.add(msg["f"])
        label = (msg["f"], msg["c"], msg.get("k", "email"), msg["t"], msg.get("u", "no"), msg.get("tr", ""))
        if msg["prog"] in PHONE:
            root = build_phone(msg)
        elif msg["prog"] in SPECIAL:
            root = build_special(msg)
        else:
            root = build_email(msg)
        finalize(root)
        data = root.as_bytes(policy=root.policy.clone(linesep="\n"))
        (HERE / msg["f"]).write_bytes(data)
        rows.append(label)
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(len(rows), "messages")


# ---- the messages ---------------------------------------------------------------------------
# Shorthand: f file, c client (roster name, "" for a non-client), k kind, t tag, u urgent,
# tr traits, prog the mail program or phone service, tz the sender's UTC offset.

LU = ("Lucía Fernández", "lucia.fdez@example.com")
RA = ("Rafael Costa", "rafael@costa-design.example")
RA2 = ("Rafa Costa", "rafa.costa@example.com.br")
MA = ("Mariana Oliveira", "mari.oliveira@example.net")
CL = ("Claire Dubois-Hartmann", "claire.dh@example.fr")
CL2 = ("Hartmann, Claire", "c.hartmann@lumen-analytics.example")
DE = ("Derek Thompson", "derek.thompson@northbridge-logistics.example")
PR = ("Priya Shah", "priya.shah@example.org")
JO = ("Jordan Ellis", "jordan.ellis@example.com")
HA = ("Hannah Kowalski", "hkowalski@example.net")
MI = ("Miguel Ángel Torres", "matorres@example.mx")
BE = ("Beth Carrington", "beth.carrington@example.com")
KW = ("Kwame Asante", "kwame.asante@example.org")
KW2 = ("Kwame Asante | Asante Studio", "kwame@asante-studio.example")
GR = ("Greg Novak", "greg.novak@example.com")
IS = ("Isabel Moreno", "isabel.moreno@example.es")
TO = ("Tom Whitaker", "tom@whitaker-build.example")

DEREK_SIG = """Derek Thompson
Director, Regional Operations | Northbridge Logistics
O: (312) 555-0179 | derek.thompson@northbridge-logistics.example

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential or privileged information. If you are not the intended recipient, please notify the sender immediately and delete this message. Have questions about how Northbridge handles your data? Visit northbridge-logistics.example/privacy or write to privacy@northbridge-logistics.example."""

CLAIRE_SIG = """--
Claire Hartmann
Senior Data Analyst, Lumen Analytics
+1 212 555 0148"""

KWAME_SIG = """Kwame Asante
Asante Studio — brand & illustration
asante-studio.example | @kwame.draws
"What story will your brand tell next?\""""


# ---- Lucía Fernández (Miami; writes Spanish, Gmail) -----------------------------------------

m(f="01-lucia-semana.eml", c="Lucía Fernández", t="fyi", tr="lang:es", prog="gmail", **{"from": LU},
  subj="Mi semana", date="2026-11-09 20:41", body="""Hola Dana,

Te cuento cómo fue la semana. Hice las tres llamadas informativas que nos propusimos: una con la chica de recursos humanos del hospital, otra con un exalumno de la FIU que ahora trabaja en gestión de proyectos y la tercera con mi prima Ana (esa casi no cuenta porque terminamos hablando de la boda de mi hermano, jaja).

Lo que más me sirvió fue la del exalumno. Me dijo que con mi experiencia coordinando turnos en la clínica ya tengo la mitad del camino hecho para la certificación CAPM. Me fui a casa con otra energía.

También actualicé el LinkedIn, por fin. Todavía me da vergüenza poner "en transición", pero ahí está.

Un abrazo y nos vemos el jueves,
Lucía""")

m(f="02-lucia-cansada.eml", c="Lucía Fernández", t="reply_needed", u="yes", tr="distress;lang:es", prog="gmail", **{"from": LU},
  subj="perdón por el rollo", date="2026-11-12 23:58", body="""Dana, perdón por escribirte tan tarde.

Hoy fue un día raro. Me rechazaron del programa de residencias y luego mi mamá me llamó para decirme que otra vez no le alcanza para la renta, y yo le mandé lo que tenía. Estoy cansada de ser siempre la que sostiene todo y a la vez sentir que no sirvo para nada.

A veces pienso que todos estarían mejor sin mí, que sería un alivio para ellos no tener que preocuparse más. Bueno, tonterías mías, seguro mañana lo veo distinto. No es para tanto.

Nada, ya me voy a dormir. El jueves te cuento lo de la certificación.

L.""")

m(f="03-lucia-voicemail.eml", c="Lucía Fernández", k="voicemail", t="fyi", tr="negated;lang:es;voicemail", prog="gv_vm", num="+1 305 555 0117",
  date="2026-11-10 12:16", body="""Hola Dana soy Lucía eh te llamaba para confirmar que el jueves a las seis me queda perfecto y que ya tengo el ejercicio de los valores hecho así que nada no hace falta que me devuelvas la llamada nos vemos el jueves chao""")

m(f="04-lucia-enlace.eml", c="Lucía Fernández", t="reply_needed", tr="idiom;lang:es", prog="gmail", **{"from": LU},
  subj="¡Noticias!", date="2026-11-16 08:03", body="""¡Dana! Me muero de ganas de contarte: me llamaron del hospital Jackson para una entrevista de coordinadora de proyectos. ¡¡Una entrevista de verdad!!

Es el martes 24. Estoy nerviosa pero del bueno.

Oye, ¿me puedes mandar otra vez el enlace de la guía para preparar entrevistas con el método STAR? La tenía en el correo viejo y no la encuentro.

Besos,
Lucía""")

m(f="05-lucia-no-hace-falta.eml", c="Lucía Fernández", t="fyi", tr="negated;lang:es", prog="gmail", **{"from": LU},
  subj="Re: Lo que hablamos el jueves", date="2026-11-14 10:27",
  body="""No hace falta que me contestes, de verdad, solo quería dejarlo por escrito para no olvidarlo.

Lo que me llevé de la sesión: que "no estar lista" no es un dato, es un miedo. Lo tengo pegado en la nevera. Mi hijo me preguntó qué significaba y le dije que algún día lo va a entender.

Gracias, Dana. Eres un regalo.

Lucía""",
  quote={"head": "El jue, 12 nov 2026 a las 19:02, Dana Whitfield (<dana@whitfield-coaching.example>) escribió:",
         "text": """Hola Lucía,

Gracias por la sesión de hoy. Te dejo la frase que salió al final, por si quieres tenerla a mano:
"No estar lista no es un dato, es un miedo."

Un abrazo,
Dana"""})

m(f="06-lucia-sms-tarde.eml", c="Lucía Fernández", k="sms", t="fyi", tr="sms;lang:es", prog="gateway", num="+1 305 555 0117", gw="vtext.com",
  date="2026-11-19 17:57", body="""ya casi llego perdón el tráfico en la 836 está horrible 5 min""")

m(f="07-lucia-parcial.eml", c="Lucía Fernández", t="reply_needed", tr="partial_no_reply;lang:es", prog="gmail", **{"from": LU},
  subj="cosas varias", date="2026-11-20 14:12", body="""Hola Dana,

No hace falta que respondas a todo esto, es más que nada para desahogarme: la entrevista de práctica con mi cuñado fue un desastre, se reía cada vez que yo decía "sinergia", mi jefa me cambió los turnos otra vez sin avisar y el carro hace un ruido que no me gusta nada.

Pero una cosa sí necesito: el jueves que viene es Thanksgiving y mi suegra viene a casa. ¿Podemos pasar la sesión al viernes 27 a la misma hora? Si no puedes, dime otro día.

Gracias!!
Lucía""")


# ---- Miguel Ángel Torres (Mexico City / San Antonio; Spanish; Samsung and Gmail) --------------

m(f="08-miguel-sms-noche.eml", c="Miguel Ángel Torres", k="sms", t="reply_needed", u="yes", tr="distress;sms;lang:es", prog="gv_sms", num="+52 55 5555 0142", tz=-6,
  date="2026-11-11 01:37", body="""perdon la hora dana. todo bien con lo del trabajo nuevo jaja ya firmé. pero la neta ya no le veo sentido a nada, a veces pienso q seria mas facil dormirme y no despertar. bueno ya me voy a dormir no me hagas caso""")

m(f="09-miguel-factura.eml", c="Miguel Ángel Torres", t="reply_needed", tr="lang:es", prog="android", tz=-6, plain_only=True, **{"from": MI},
  subj="Factura", date="2026-11-09 11:05", body="""Buen día Dana

Te pido de favor que me mandes la factura de las sesiones de octubre a nombre de Torres Consultoría S.A. de C.V., RFC TCO140812QX3. Mi contadora la necesita antes del día 15 para cerrar el mes.

Saludos
Miguel Ángel

Enviado desde mi Galaxy""")

m(f="10-miguel-estudiar.eml", c="Miguel Ángel Torres", t="fyi", tr="rhetorical;lang:es", prog="gmail", tz=-6, **{"from": MI},
  subj="Me inscribí!", date="2026-11-13 19:20", body="""Dana,

¿Quién iba a decir que a los 47 años volvería a sentarme en un salón de clases? Pues aquí estoy: me inscribí al diplomado de dirección de proyectos en el Tec, los sábados de enero a junio.

Mi esposa dice que estoy loco. ¿Y qué si lo estoy? Loco con un plan, como dices tú.

Ya te platico más en la sesión.
Un abrazo,
Miguel Ángel""")

m(f="11-miguel-voicemail.eml", c="Miguel Ángel Torres", k="voicemail", t="reply_needed", tr="lang:es;voicemail", prog="grasshopper", num="+1 210 555 0188", tz=-6, dur="0:52",
  date="2026-11-17 09:44", body="""Hola Dana habla Miguel Ángel oye me llegó el contrato de la empresa nueva y hay una cláusula de no competencia que no me late nada quería ver si me puedes marcar hoy o mañana para platicarlo antes de firmar gracias""")

m(f="12-miguel-cv.eml", c="Miguel Ángel Torres", t="fyi", tr="quoted;lang:es", prog="gmail", tz=-6, **{"from": MI},
  subj="Re: Tu CV", date="2026-11-18 16:31", body="""Listo, ya te lo mandé por WeTransfer hace rato, revisa tu spam por si acaso.

Gracias!""",
  quote={"head": "El mié, 18 nov 2026 a las 10:15, Dana Whitfield (<dana@whitfield-coaching.example>) escribió:",
         "text": """Hola Miguel Ángel,

¿Puedes mandarme tu CV actualizado antes de la sesión del viernes? Así lo revisamos juntos con lo del contrato.

Dana"""})

m(f="13-miguel-aviso-legal.eml", c="Miguel Ángel Torres", t="fyi", tr="footer;lang:es", prog="outlook", tz=-6, cs="windows-1252", **{"from": ("Miguel Ángel Torres", "matorres@example.mx")},
  subj="Primera semana", date="2026-11-20 18:02", lang="es-MX", body="""Dana:

Primera semana en la empresa nueva. Me dieron oficina con ventana (¡!) y un equipo de seis personas que todavía me miran con desconfianza. Hoy hice la primera junta de planeación y salió mejor de lo que esperaba.

Dormí mejor esta semana. Lo del otro día fue una noche mala, ya hablamos.

Saludos,

Miguel Ángel Torres
Gerente de Operaciones

AVISO DE PRIVACIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario. ¿Tiene dudas sobre el tratamiento de sus datos personales? Escriba a privacidad@example.mx o consulte nuestro aviso integral en example.mx/privacidad.""")


# ---- Isabel Moreno (former client, Madrid; Thunderbird, old charsets) -------------------------

m(f="14-isabel-madrid.eml", c="Isabel Moreno", t="fyi", tr="former;rhetorical;lang:es", prog="thunderbird", tz=1, cs="iso-8859-1", enc="8bit", plain_only=True, lang="es-ES", **{"from": IS},
  subj="Noticias desde Madrid", date="2026-11-10 21:15", body="""Querida Dana:

¿Te acuerdas de cuando te decía que nunca me atrevería a dejar la consultora? Pues la dejé. Desde el lunes soy la responsable de formación de una fundación pequeñita en Lavapiés, cobro menos y estoy feliz como una niña.

No te escribo para nada en concreto, solo quería que lo supieras. Mucho de esto empezó en aquellas sesiones de los martes a las siete de la mañana (¡qué horas!).

Un abrazo muy fuerte,
Isabel

-- 
Isabel Moreno
Fundación Tejiendo Barrio""")

m(f="15-isabel-referencia.eml", c="Isabel Moreno", t="reply_needed", tr="former;lang:es", prog="thunderbird", tz=1, cs="windows-1252", enc="qp", plain_only=True, lang="es-ES", **{"from": IS},
  subj="Una petición (sin compromiso)", date="2026-11-17 09:50", body="""Hola Dana:

Perdona que te escriba con una petición después de tanto tiempo. La fundación está solicitando una subvención europea para un programa de mentoría y nos piden cartas de apoyo de profesionales que conozcan mi trabajo.

¿Estarías dispuesta a escribir unas líneas sobre el proceso que hicimos juntas? En inglés vale. El plazo es el 4 de diciembre. Si no te viene bien lo entiendo perfectamente.

Gracias de corazón,
Isabel

-- 
Isabel Moreno
Fundación Tejiendo Barrio""")


# ---- Rafael Costa (Boston; Portuguese; Apple Mail, iPhone, a Gmail address) -------------------

m(f="16-rafael-projeto.eml", c="Rafael Costa", t="fyi", tr="lang:pt", prog="apple", **{"from": RA},
  subj="Atualização", date="2026-11-09 18:22", body="""Oi Dana,

Só uma atualização rápida. Entreguei o portfólio novo pro estúdio de Cambridge na sexta. Cortei metade dos projetos, como a gente conversou — doeu, mas ficou muito mais claro. Deixei só os três de sinalização e o rebranding da padaria da minha tia.

Também comecei a acordar meia hora mais cedo pra desenhar antes de abrir o e-mail. Três dias seguidos até agora!

Abraço,
Rafa""")

m(f="17-rafael-voicemail.eml", c="Rafael Costa", k="voicemail", t="reply_needed", u="yes", tr="distress;lang:pt;voicemail", prog="vonage", num="+1 617 555 0163", dur="1:14",
  date="2026-11-13 22:49", body="""oi Dana é o Rafa desculpa ligar essa hora eu sei que não é horário de sessão é que eu tô aqui no carro na frente do prédio faz uma hora e não consigo subir eu não aguento mais sabe parece que não tem saída nenhuma tá tudo travado o estúdio disse não a Ju foi embora e eu fico pensando que todo mundo ia ficar melhor sem eu dando trabalho enfim desculpa não é nada não esquece""")

m(f="18-rafael-ferias.eml", c="Rafael Costa", t="ignored", tr="lang:pt", prog="ooo_gmail", **{"from": RA2},
  subj="Resposta automática: Re: Sessão de quinta", date="2026-11-16 10:03",
  body="""Olá! Estou fora do escritório até 23/11 com acesso limitado ao e-mail. Para assuntos urgentes do estúdio, escreva para contato@costa-design.example.

Obrigado,
Rafael Costa""")

m(f="19-rafael-confirmado.eml", c="Rafael Costa", t="fyi", tr="lang:pt", prog="iphone", plain_only=True, **{"from": RA},
  subj="Re: Horário novo", date="2026-11-17 07:45", body="""Confirmado quinta às 15h. Obrigado por encaixar!

Enviado do meu iPhone""",
  quote={"head": "Em 16 de nov. de 2026, à(s) 21:10, Dana Whitfield <dana@whitfield-coaching.example> escreveu:",
         "text": """Rafa, consigo quinta às 15h ou sexta às 9h. Qual fica melhor?

Dana"""})

m(f="20-rafael-pergunta-meio.eml", c="Rafael Costa", t="reply_needed", tr="lang:pt", prog="apple", **{"from": RA},
  subj="depois de ontem", date="2026-11-18 20:30", body="""Dana,

Obrigado por ontem. Sério. Voltei a falar com meu irmão e marquei consulta com a psicóloga do plano de saúde pra segunda. Me sinto mais leve, não 100%, mas mais leve.

A entrevista com a agência de Providence foi remarcada pra dia 2. Você acha que vale a pena eu mandar o estudo de caso da padaria antes ou é melhor levar impresso e mostrar lá? Fiquei na dúvida.

No resto, tô cozinhando de novo, o que é sempre bom sinal. Fiz feijoada pra seis pessoas e comi sozinho por três dias, haha.

Um abraço,
Rafa""")

m(f="21-rafael-quem-diria.eml", c="Rafael Costa", t="fyi", tr="rhetorical;lang:pt", prog="gmail", **{"from": RA2},
  subj="olha só", date="2026-11-21 11:02", body="""Dana!! A agência de Providence me chamou pra um freela de três meses, começa em janeiro. Quem diria, né? Há um mês eu não conseguia nem abrir o Illustrator.

Não é o emprego dos sonhos mas é um pé na porta. Te conto tudo na quinta.

Rafa""")


# ---- Mariana Oliveira (São Paulo / New York; Portuguese; Gmail) ------------------------------

m(f="22-mariana-inauguracao.eml", c="Mariana Oliveira", t="fyi", tr="announcement;rhetorical;lang:pt", prog="gmail", tz=-3, **{"from": MA},
  to="Mariana Oliveira <mari.oliveira@example.net>",
  subj="🎉 Inauguração da Doce Mari — 28 de novembro!", date="2026-11-10 09:00", body="""Queridos amigos, família e clientes,

Já imaginou começar o sábado com um pão de queijo quentinho e um café coado na hora? Pois é: depois de dois anos de feiras, encomendas e muita farinha no cabelo, a Doce Mari finalmente ganhou endereço!

Inauguração: sábado, 28 de novembro, das 8h às 14h
Rua Harmonia, 412 — Vila Madalena, São Paulo

Vai ter degustação, sorteio de uma cesta de Natal e 10% de desconto na primeira encomenda. Quem vem?

Com carinho,
Mariana

Você está recebendo este e-mail porque é uma pessoa querida. Não quer mais receber? É só me responder com "sair".""")

m(f="23-mariana-morta.eml", c="Mariana Oliveira", t="fyi", tr="idiom;lang:pt", prog="gmail", tz=-3, **{"from": MA},
  subj="semana louca", date="2026-11-12 23:10", body="""Dana, tô morta de cansaço mas feliz. A reforma da loja acabou (quase), o forno chegou, o eletricista veio três vezes e finalmente a luz da vitrine acende.

Segui o que combinamos: delegar o Instagram pra minha sobrinha. Ela já fez um post que teve mais curtidas que todos os meus juntos. Me matou de rir e de vergonha ao mesmo tempo.

Beijo e até semana que vem,
Mari""")

m(f="24-mariana-sms.eml", c="Mariana Oliveira", k="sms", t="reply_needed", tr="sms;lang:pt", prog="gateway", num="+1 646 555 0132", gw="tmomail.net",
  date="2026-11-13 19:25", body="""oi Dana pode me ligar amanha de manha antes das 10? o investidor mandou a contraproposta e preciso pensar junto c vc""")

m(f="25-mariana-calendario.eml", c="Mariana Oliveira", t="ignored", tr="lang:pt", prog="cal_apple", tz=-3, **{"from": MA},
  subj="Convite aceito: Sessão de coaching — Mariana", date="2026-11-14 08:12", ev="20261119T090000", evname="Sessão de coaching — Mariana",
  body="""Mariana Oliveira aceitou o convite.""")

m(f="26-mariana-nao-precisa.eml", c="Mariana Oliveira", t="fyi", tr="negated;lang:pt", prog="gmail", tz=-3, **{"from": MA},
  subj="Re: amanhã cedo", date="2026-11-14 07:02", body="""Dana, bom dia! Não precisa mais me ligar hoje, conversei com meu contador ontem à noite e decidi recusar a contraproposta. Fiquei em paz com a decisão. Conto os detalhes na quinta.

Beijos""",
  quote={"head": "Em sex., 13 de nov. de 2026 às 20:40, Dana Whitfield <dana@whitfield-coaching.example> escreveu:",
         "text": """Mari, recebi sua mensagem. Te ligo amanhã às 9h, pode ser?
Dana"""})

m(f="27-mariana-parcial.eml", c="Mariana Oliveira", t="reply_needed", tr="partial_no_reply;lang:pt", prog="gmail", tz=-3, **{"from": MA},
  subj="desabafo + uma coisinha", date="2026-11-18 22:47", body="""Dana,

Não precisa responder quase nada disso, é desabafo. A fornecedora de embalagens atrasou de novo, minha mãe quer que eu contrate a prima dela (não vou), e eu chorei no banho de puro cansaço, mas um choro bom, sabe?

Only one thing I really need from you: the pitch deck for the bank. Can you look at slides 4 to 7 before Friday and tell me if the numbers story makes sense? I'm attaching it. Sorry for the Portuguese-English mess, my brain is bilingual tonight.

Beijo,
Mari""",
  attach=[("DoceMari_pitch_v3.pdf", "application/pdf", b"%PDF-1.4\n% fake pitch deck\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")])

m(f="28-mariana-voicemail.eml", c="Mariana Oliveira", k="voicemail", t="reply_needed", tr="lang:pt;voicemail", prog="gv_vm", num="+55 11 98765 4321", tz=-3,
  date="2026-11-20 11:38", body="""oi Dana é a Mariana tudo bem então o banco adiantou a reunião pra segunda de manhã e eu queria saber se dá pra gente fazer uma sessão extra no domingo nem que seja meia hora me liga quando puder tá beijo""")


# ---- Claire Dubois-Hartmann (New York, often in Europe; French, German, English) --------------

m(f="29-claire-absence.eml", c="Claire Dubois-Hartmann", t="ignored", tr="lang:fr;lang:de", prog="ooo_outlook", tz=1, **{"from": CL2},
  subj="Réponse automatique : Re: Notre séance de mardi", date="2026-11-10 16:05",
  body="""Bonjour,

Je suis en déplacement à Francfort jusqu'au 16 novembre avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.

Guten Tag,

ich bin bis zum 16. November auf Dienstreise in Frankfurt und habe nur eingeschränkten Zugriff auf meine E-Mails. Ich melde mich nach meiner Rückkehr.

Claire Hartmann
Lumen Analytics""")

m(f="30-claire-disparaitre.eml", c="Claire Dubois-Hartmann", t="reply_needed", u="yes", tr="distress;lang:fr", prog="apple", tz=1, **{"from": CL},
  subj="Francfort", date="2026-11-12 23:31", body="""Dana,

Je t'écris de l'hôtel, je n'arrive pas à dormir. La présentation s'est bien passée, mon chef était content, tout le monde était content. Et moi je suis rentrée dans la chambre et je me suis assise par terre pendant une heure.

J'aimerais juste disparaître un moment. Pas partir en vacances, disparaître. Des fois je me dis que ce serait plus simple de m'endormir et de ne plus me réveiller, comme ça plus de réunions, plus de rien.

Bref, je dramatise, c'est la fatigue. Sinon, j'ai trouvé une librairie géniale près du Römer, je te ramène un livre.

Claire""")

m(f="31-claire-steuer.eml", c="Claire Dubois-Hartmann", t="fyi", tr="idiom;lang:de", prog="apple", **{"from": CL},
  subj="Kurzes Update", date="2026-11-17 19:48", body="""Hallo Dana,

zurück in New York. Die Steuererklärung für Deutschland bringt mich noch um, aber immerhin habe ich alle Belege zusammen. Mein Vater hat mir am Telefon drei Stunden lang Excel erklärt, das war fast schon Therapie.

Zu dem, was wir besprochen haben: Ich habe mit meiner Ärztin einen Termin für nächste Woche gemacht. Und ich schlafe wieder etwas besser.

Bis Dienstag,
Claire""")

m(f="32-claire-perfectionniste.eml", c="Claire Dubois-Hartmann", t="fyi", tr="waved_off;lang:fr", prog="apple", **{"from": CL},
  subj="réflexion du soir", date="2026-11-18 22:05", body="""J'ai réécrit le même e-mail à mon équipe six fois ce soir. Six fois ! Pour dire que la réunion de jeudi est déplacée.

Est-ce que je suis trop perfectionniste ? Non, ne réponds pas, je connais déjà la réponse et je l'entends avec ta voix.

Je note ça pour mardi.

C.""")

m(f="33-claire-reschedule.eml", c="Claire Dubois-Hartmann", t="reply_needed", prog="outlook", **{"from": CL2},
  subj="Tuesday's session", date="2026-11-19 09:12", body="""Hi Dana,

Our quarterly review got moved to Tuesday afternoon (of course). Could we do Monday the 23rd at 6pm instead, or Wednesday the 25th early morning? Either works for me.

Thanks,
Claire

""" + CLAIRE_SIG)

m(f="34-claire-teams.eml", c="Claire Dubois-Hartmann", k="voicemail", t="fyi", tr="negated;lang:de;voicemail", prog="teams", num="+1 212 555 0148", dur="0:24",
  date="2026-11-20 12:31", body="""Hallo Dana hier ist Claire ich wollte nur kurz sagen Montag um 18 Uhr passt perfekt danke fürs Verschieben du musst nicht zurückrufen bis Montag tschüss""")

m(f="35-claire-rendezvous.eml", c="Claire Dubois-Hartmann", t="fyi", tr="lang:fr", prog="apple", **{"from": CL},
  subj="Re: Invitation lundi 23", date="2026-11-20 18:40", body="""C'est noté pour lundi 23 à 18h, merci Dana. J'ai bloqué le créneau dans mon agenda pro aussi, pour que personne ne me le vole.

Bonne soirée,
Claire""",
  quote={"head": "Le 20 nov. 2026 à 13:02, Dana Whitfield <dana@whitfield-coaching.example> a écrit :",
         "text": """Parfait Claire, lundi 23 à 18h alors. Je t'envoie l'invitation.

Dana"""})

m(f="36-claire-link.eml", c="Claire Dubois-Hartmann", t="reply_needed", tr="lang:de", prog="iphone", plain_only=True, **{"from": CL},
  subj="Link für Montag", date="2026-11-22 21:14", body="""Hi Dana, schick mir bitte den Zoom-Link für morgen noch mal, die Einladung ist irgendwo in meinem Arbeitspostfach verschwunden. Danke!

Von meinem iPhone gesendet""")


# ---- Derek Thompson (Chicago; Outlook desktop at work, legal footer) -------------------------

m(f="37-derek-quarter-end.eml", c="Derek Thompson", t="fyi", tr="idiom;footer", prog="outlook", tz=-6, cs="windows-1252", **{"from": DE},
  subj="Week recap", date="2026-11-09 17:52", body="""Dana,

Quick recap since we skipped last week. Quarter-end close is killing me - three DCs short on headcount and the Gary situation hasn't improved. That said, I did the thing: blocked Friday afternoons for "thinking time" and so far nobody has booked over it. Small win.

Had the skip-level with Monique. It went better than I feared. She actually used the word "successor" about me, unprompted.

Talk Thursday.

""" + DEREK_SIG)

m(f="38-derek-360-done.eml", c="Derek Thompson", t="fyi", tr="quoted;footer", prog="outlook", tz=-6, **{"from": DE},
  subj="RE: 360 results", date="2026-11-10 08:14", body="""Done - uploaded the full report to the shared folder last night. Fair warning, the comments section is not flattering.

See you Thursday.

""" + DEREK_SIG,
  quote={"date": "Monday, November 9, 2026 7:31 PM", "subj": "360 results",
         "text": """Hi Derek,

Could you send me your 360 results before Thursday? I'd like to have time to read the comments properly before we talk.

Thanks,
Dana"""})

m(f="39-derek-ooo.eml", c="Derek Thompson", t="ignored", prog="ooo_outlook", tz=-6, **{"from": DE},
  subj="Automatic reply: Thursday agenda", date="2026-11-11 14:20",
  body="""Thank you for your email. I am out of the office at our Memphis facility through Friday, November 13, with limited access to email. For urgent operational matters please contact Karen Liu at karen.liu@northbridge-logistics.example or (312) 555-0170.

Derek Thompson
Director, Regional Operations""")

m(f="40-derek-read.eml", c="Derek Thompson", t="ignored", prog="receipt", tz=-6, **{"from": DE}, orig="<notes-1116@whitfield-coaching.example>",
  subj="Read: Notes from our session", date="2026-11-16 07:58",
  body="""Your message

To: Derek Thompson
Subject: Notes from our session
Sent: Monday, November 16, 2026 6:30:12 AM (UTC-06:00) Central Time (US & Canada)

was read on Monday, November 16, 2026 7:58:04 AM (UTC-06:00) Central Time (US & Canada).""")

m(f="41-derek-voicemail.eml", c="Derek Thompson", k="voicemail", t="reply_needed", u="yes", tr="distress;voicemail", prog="ringcentral", num="+1 312 555 0179", tz=-6, dur="0:58",
  date="2026-11-17 23:12", body="""hey Dana it's Derek um sorry it's late I just wanted to say thanks for everything you've been really great to me this year I mean that and uh I've been getting my stuff in order you know the paperwork the accounts all that so Karen won't have to deal with any of it and I won't need the Thursday slot anymore so give it to someone who can use it okay take care of yourself bye""")

m(f="42-derek-denver.eml", c="Derek Thompson", t="fyi", tr="reported;footer", prog="outlook", tz=-6, **{"from": DE},
  subj="Denver", date="2026-11-20 16:03", body="""Dana,

Thank you for calling back on Wednesday and for staying on the line as long as you did. I saw Dr. Patel yesterday, Karen came with me. We have a plan. I'm okay.

Separate topic, and the reason I'm writing: Monique asked me whether I'd consider taking over the Denver region next year. I told her I'd think about it over the holidays and give her an answer in January. I want to put it on our list for after Thanksgiving, no rush before then.

""" + DEREK_SIG)

m(f="43-derek-invoice.eml", c="Derek Thompson", t="reply_needed", tr="footer", prog="outlook", tz=-6, **{"from": DE},
  subj="Invoice for Q4 sessions", date="2026-11-19 11:40", body="""Hi Dana,

Please send the invoice for the Q4 sessions to accounts.payable@northbridge-logistics.example and copy me. It needs PO 4500-88213 on it or AP will bounce it back. Our cutoff is the 30th.

Thanks,

""" + DEREK_SIG)

m(f="44-derek-thanks.eml", c="Derek Thompson", t="fyi", prog="iphone", tz=-6, plain_only=True, **{"from": DE},
  subj="Thanks", date="2026-11-21 09:30", body="""Good session yesterday. Walked out lighter. Thanks Dana.

Sent from my iPhone""")


# ---- Priya Shah (San Jose; Gmail, texts) -----------------------------------------------------

m(f="45-priya-calendar.eml", c="Priya Shah", t="ignored", prog="cal_google", tz=-8, **{"from": PR},
  subj="Accepted: Coaching — Priya / Dana @ Fri Nov 13, 2026 8am - 9am (PST) (dana@whitfield-coaching.example)", date="2026-11-09 13:44", ev="20261113T110000", evname="Coaching — Priya / Dana",
  body="""Priya Shah has accepted this invitation.

Coaching — Priya / Dana
When: Friday Nov 13, 2026 8am – 9am (Pacific Time - Los Angeles)
Calendar: dana@whitfield-coaching.example

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more""")

m(f="46-priya-kill-weekend.eml", c="Priya Shah", t="reply_needed", tr="idiom", prog="gmail", tz=-8, **{"from": PR},
  subj="friday??", date="2026-11-10 21:18", body="""hiii

I'd kill for a free weekend right now. Onsite interviews Thursday AND Friday, my cousin's engagement party Saturday, and the dog ate a sock (he's fine, the sock is not).

Could we move Friday's session to next Tuesday, same time? If Tuesday's bad I can do Monday night.

p""")

m(f="47-priya-decide.eml", c="Priya Shah", t="fyi", tr="retracted", prog="gmail", tz=-8, **{"from": PR},
  subj="TWO OFFERS", date="2026-11-16 18:55", body="""Dana!!!!

Both of them came through. Stripe-ish fintech place (more money, longer commute) and the climate startup (less money, the mission I actually care about, 2 days in office).

Can you just decide for me which one to take? KIDDING. I know, I know, "what does the Priya from five years from now want". I'm doing the values grid tonight with a glass of wine.

Will bring it Tuesday.
P""")

m(f="48-priya-bonus.eml", c="Priya Shah", t="fyi", tr="self_answered", prog="gmail", tz=-8, **{"from": PR},
  subj="negotiation", date="2026-11-18 12:22", body="""Update: going with the climate startup. Grid wasn't even close once I was honest with it.

Should I negotiate the signing bonus? Yes. Obviously yes, you'd say "what's the worst that happens, they say no". So I'm asking for 15k and an extra week of PTO. Call with the recruiter is at 3.

Wish me luck (don't actually need to, I've got this).""")

m(f="49-priya-text-plants.eml", c="Priya Shah", k="sms", t="reply_needed", u="yes", tr="distress;sms", prog="gateway", num="+1 408 555 0134", tz=-8, gw="txt.att.net",
  date="2026-11-19 22:41", body="""lol giving away all my plants and the good knives to my neighbor this weekend, wont need them where im going 😂 jk jk. kind of. anyway the recruiter said yes to the bonus. thanks for everything dana you were the best""")

m(f="50-priya-gv-signed.eml", c="Priya Shah", k="sms", t="fyi", tr="sms", prog="gv_sms", num="+1 408 555 0134", tz=-8,
  date="2026-11-21 10:05", body="""Signed!! Start date Jan 11. Also I'm ok today, my sister is here, see you Tuesday""")

m(f="51-priya-mom.eml", c="Priya Shah", t="fyi", tr="reported", prog="gmail", tz=-8, **{"from": PR},
  subj="thanksgiving dread", date="2026-11-22 16:48", body="""Pre-Thanksgiving mood report: my mom called to ask whether I'd "finally be getting a real job with a real company" now. I told her the startup has 40 people and a real office and real health insurance. She asked if it has a pension. Ha.

Anyway I'm not taking the bait this year. Practicing the broken-record thing we did.

Sister's still staying with me through the weekend, which helps.""")

m(f="52-priya-buried.eml", c="Priya Shah", t="reply_needed", prog="gmail", tz=-8, **{"from": PR},
  subj="onboarding thoughts", date="2026-11-13 07:30", body="""Morning Dana,

Long one, sorry. I've been thinking about how I want to show up in the first 90 days at wherever I land. Last time I said yes to everything in month one and was underwater by month three. So this time I wrote down three things I won't volunteer for until I've been there 60 days: hiring committees, the offsite planning, and anything with "culture" in the name.

I also want to do a listening tour, 1:1s with everybody on the team plus the two PMs I'll work with most. I'm going to use the questions from the doc you shared in September. Do you have a version of that doc for people managers, or is that the same one? My last manager basically never did 1:1s so I have no model for it.

The other thing is my sleep has been great this week, like actually 7 hours, which I think is because I stopped checking Slack in bed.

OK that's it. Going on a run before today's interview.

p""")


# ---- Jordan Ellis (Portland; Gmail, iPhone) --------------------------------------------------

m(f="53-jordan-burden.eml", c="Jordan Ellis", t="reply_needed", u="yes", tr="distress", prog="gmail", tz=-8, **{"from": JO},
  subj="good news (mostly)", date="2026-11-11 20:14", body="""Hey Dana!

Okay so the big news: I got a second-round interview at the parks department for the GIS analyst role!! Friday at 10. I'm actually excited, which feels weird to type.

The other stuff is less fun. My sister covered my rent again this month and I can tell she's tired of it. Honestly I feel like I've been such a burden on everyone, her, my mom, you with all my late emails. They'd probably all be relieved if I just wasn't around to worry about anymore. Anyway! Not a big deal, just a mood.

I'm going to practice my GIS portfolio walkthrough tomorrow. Wish me luck!

Jordan""")

m(f="54-jordan-vacation.eml", c="Jordan Ellis", t="ignored", prog="ooo_gmail", tz=-8, **{"from": JO},
  subj="Re: Checking in", date="2026-11-12 09:01",
  body="""Hi! I'm offline for a couple of days and will get back to you as soon as I can. - Jordan""")

m(f="55-jordan-thanks.eml", c="Jordan Ellis", t="fyi", prog="iphone", tz=-8, plain_only=True, **{"from": JO},
  subj="Re: Checking in", date="2026-11-12 14:22", body="""Thanks for calling this morning. I'm ok. I called the number you gave me and talked to someone for like 40 min. I'm staying at my sister's tonight and we're getting pho. Talk Friday after the interview

Sent from my iPhone""",
  quote={"head": "On Nov 12, 2026, at 7:05 AM, Dana Whitfield <dana@whitfield-coaching.example> wrote:",
         "text": """Jordan, I read your email from last night and I'd like to talk today. I'll call you at 9. If you ever feel unsafe, please call or text 988 right away.

Dana"""})

m(f="56-jordan-voicemail.eml", c="Jordan Ellis", k="voicemail", t="reply_needed", tr="voicemail", prog="gv_vm", num="+1 503 555 0191", tz=-8,
  date="2026-11-16 11:02", body="""hey Dana it's Jordan so um they made me an offer the parks job and they want an answer by Wednesday and I don't know if I should ask for more money or if that's like pushing it can you call me back today or tomorrow whenever you have a sec thanks""")

m(f="57-jordan-spreadsheets.eml", c="Jordan Ellis", t="fyi", tr="rhetorical", prog="gmail", tz=-8, **{"from": JO},
  subj="week one-ish", date="2026-11-19 19:47", body="""Dana,

Accepted the offer (with 4k more, thank you for the script). Started onboarding early with some remote training modules. Who knew spreadsheets of tree canopy data could be so soothing? Not me.

Still seeing the counselor from the warmline on Mondays. Sister says I seem more like myself.

Talk soon,
Jordan""")

m(f="58-jordan-article.eml", c="Jordan Ellis", t="fyi", tr="negated;quoted", prog="gmail", tz=-8, **{"from": JO},
  subj="Re: that article", date="2026-11-20 08:11", body="""Never mind about the article on negotiating remote days, don't worry about digging it up, I found it in my bookmarks.

J""",
  quote={"head": "On Thu, Nov 19, 2026 at 8:30 PM Jordan Ellis <jordan.ellis@example.com> wrote:", "who": "Jordan",
         "text": """Hey, could you send me that article you mentioned about negotiating remote days? I can't find it.
J"""})

m(f="59-jordan-tuesday.eml", c="Jordan Ellis", t="reply_needed", prog="gmail", tz=-8, **{"from": JO},
  subj="next session", date="2026-11-22 12:30", body="""Hi Dana, my training schedule for next week just came out and Wednesday is booked solid. Let me know if Tuesday at 4 works instead. Otherwise Thursday after 5.

Jordan""")


# ---- Hannah Kowalski (Pittsburgh; Thunderbird) -----------------------------------------------

m(f="60-hannah-calendar.eml", c="Hannah Kowalski", t="ignored", prog="cal_tb", **{"from": HA},
  subj="Accepted: Coaching session - Hannah K. (Hannah Kowalski)", date="2026-11-09 08:30", ev="20261112T070000", evname="Coaching session - Hannah K.",
  body="""Hannah Kowalski has accepted this invitation.""")

m(f="61-hannah-enough.eml", c="Hannah Kowalski", t="fyi", tr="quoted", prog="thunderbird", plain_only=True, enc="8bit", **{"from": HA},
  subj="Re: Homework", date="2026-11-10 21:40", body="""Hi Dana,

I sat with this one for a few days. "Enough" would look like leaving the lab by 6 at least three nights a week, one weekend a month with no grading at all, and not rewriting other people's grant sections at midnight because I think mine will be better. Writing it down makes it sound so small. It doesn't feel small.

I'll bring the list Thursday.

Hannah""",
  quote={"head": "On 11/9/26 4:12 PM, Dana Whitfield wrote:",
         "text": """Hi Hannah,

For this week, one question to sit with: what would "enough" look like, concretely, in a normal week? No need to answer now, bring it Thursday.

Dana"""})

m(f="62-hannah-worksheet.eml", c="Hannah Kowalski", t="reply_needed", prog="thunderbird", plain_only=True, **{"from": HA},
  subj="values worksheet", date="2026-11-12 12:05", body="""Hi Dana,

Please send me the values worksheet again, I can't find it in my downloads and I want to redo it before the faculty meeting on Monday.

Thank you!
Hannah

-- 
Hannah Kowalski, PhD
Research Scientist, Dept. of Biological Sciences""")

m(f="63-hannah-ooma.eml", c="Hannah Kowalski", k="voicemail", t="fyi", tr="negated;voicemail", prog="ooma", num="+1 412 555 0126", dur="0:17",
  date="2026-11-12 06:58", body="""hi Dana it's Hannah um I'm running like ten minutes late for our call this morning the bus didn't come sorry about that no need to call back I'll just dial in when I'm at my desk""")

m(f="64-hannah-home.eml", c="Hannah Kowalski", t="reply_needed", u="yes", tr="distress", prog="thunderbird", plain_only=True, enc="8bit", **{"from": HA},
  subj="the promotion thing", date="2026-11-16 21:52", body="""Dana,

I'm writing from my office. I've been staying here until 9 or 10 most nights this month, and honestly it isn't the grant deadline. It's just easier than going home when Mark is in one of his moods. Last week he took my phone and read through all my messages, and he was furious about the texts with my sister. I've started keeping my car keys and my passport in my work bag. I also moved some money into an account at a different bank. Probably I'm overreacting, he's never actually hit me.

Anyway, that's not why I'm writing. The department chair wants me to apply for the senior scientist position. I keep thinking about it and then not doing it. Can we talk about it Thursday?

Hannah""")

m(f="65-hannah-twilio.eml", c="Hannah Kowalski", k="voicemail", t="fyi", tr="voicemail", prog="twilio", num="+1 412 555 0126", secs=38,
  date="2026-11-20 17:33", body="""hey Dana it's Hannah just wanted to say I'm at my sister's and I'm staying here for now and I called the number from the women's center and I have an appointment Monday and I also submitted the application for the senior position so yeah that's it that's the update talk Thursday""")


# ---- Beth Carrington (Nashville; Apple Mail, iPhone) -----------------------------------------

m(f="66-beth-poem.eml", c="Beth Carrington", t="fyi", tr="poem;rhetorical", prog="apple", tz=-6, **{"from": BE},
  subj="a poem, because you asked me to write badly on purpose", date="2026-11-09 22:17", body="""Dana — you said write something bad and finish it. So here. It is finished. It may be bad.

What If I Left Publishing

What if the manuscripts stop calling
and I don't answer anyway?
What is a red pen for
if not for crossing out the safe word "later"?
Who gets to call it quitting
when you walk toward something?
Isn't every door
a wall that changed its mind?

Okay. That's it. Don't critique it, I'll cry.

Beth""")

m(f="67-beth-sleeves.eml", c="Beth Carrington", t="reply_needed", u="yes", tr="distress", prog="iphone", tz=-6, plain_only=True, **{"from": BE},
  subj="Tuesday", date="2026-11-11 01:20", body="""Hi. Can't sleep. Bad day at the press, Linda screamed at me in front of the whole editorial meeting about the Harper proofs.

I don't know how to say this so I'll just say it. The old thing from college is back. The long sleeves thing. It's not as bad as back then, it's just my arm, it's just sometimes, and it helps me calm down. I'm only telling you because you said to tell you if it came back. Please don't freak out.

See you Tuesday.
B

Sent from my iPhone""")

m(f="68-beth-embarrassment.eml", c="Beth Carrington", t="fyi", tr="idiom", prog="apple", tz=-6, **{"from": BE},
  subj="open mic", date="2026-11-14 23:05", body="""I read at the open mic tonight. THE POEM. The bad one.

I nearly died of embarrassment when I dropped my phone halfway through and had to start the stanza over, but a woman in the front row snapped her fingers at the door line and afterward asked if I had a chapbook. A chapbook! I have a Notes app.

Also: I called the therapist you recommended and I have an intake on the 19th. Sleeves situation better this week.

Beth""")

m(f="69-beth-vvm.eml", c="Beth Carrington", k="voicemail", t="fyi", tr="negated;voicemail", prog="vvm", num="+1 615 555 0155", tz=-6, dur="0:36",
  date="2026-11-19 16:10", body="""Hi Dana it's Beth I had my intake with the therapist today and I liked her I think she's going to be good and I'm going back next week anyway that's all no need to call me back I'll see you Tuesday bye""")

m(f="70-beth-book.eml", c="Beth Carrington", t="fyi", tr="rhetorical", prog="apple", tz=-6, **{"from": BE},
  subj="book rec", date="2026-11-21 10:44", body="""Finished "Designing Your Life" on the plane to my mom's. Some of it is corny, but the odyssey plans exercise wrecked me in the best way. Plan three was "run a tiny poetry press out of a bookshop in Asheville." What's the worst that could happen, right? Besides bankruptcy, ha.

I'm writing plan three up properly before Tuesday.

Beth""")

m(f="71-beth-no-reply.eml", c="Beth Carrington", t="fyi", tr="negated", prog="iphone", tz=-6, plain_only=True, **{"from": BE},
  subj="thinking out loud", date="2026-11-22 19:58", body="""No need to reply to this at all, I just think better when I'm writing to someone.

Mom asked at dinner if I was "still doing the coaching thing" and I said yes and that it's the best money I spend, and she didn't say anything, which for her is practically applause. My brother wants to go in on the bookshop idea with me, which is either wonderful or terrifying. Probably both.

OK. Writing it down was enough. Good night.

Sent from my iPhone""")


# ---- Kwame Asante (Atlanta; Gmail, a studio address on Outlook web) --------------------------

m(f="72-kwame-podcast.eml", c="Kwame Asante", t="fyi", tr="announcement;rhetorical;footer", prog="owa", **{"from": KW2},
  to="Kwame Asante | Asante Studio <kwame@asante-studio.example>",
  subj="Launching: The Sticky Brand podcast 🎙️", date="2026-11-10 10:00", body="""Hi friends,

Ever wondered why some brands stick in your head for twenty years and others vanish before the logo's dry? So have I, so I started a podcast about it.

The Sticky Brand: episode one drops Thursday, November 19, with my first guest, the designer behind Atlanta's BeltLine wayfinding. New episodes every other Thursday on Apple Podcasts, Spotify and wherever you listen.

Would you do me a favor and subscribe, and tell one person who'd like it?

Thanks for being in my corner,
Kwame

""" + KWAME_SIG, cs="utf-8", enc="b64", henc="b64")

m(f="73-kwame-bounce.eml", c="Kwame Asante", t="ignored", prog="bounce", **{"from": ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")},
  rcpt="kwame@asante-studio.example", origsubj="Your November invoice",
  subj="Delivery Status Notification (Failure)", date="2026-11-16 10:02", body="""** Address not found **

Your message wasn't delivered to kwame@asante-studio.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <kwame@asante-studio.example>: Recipient address rejected: User unknown in virtual mailbox table""")

m(f="74-kwame-commute.eml", c="Kwame Asante", t="fyi", tr="idiom", prog="gmail", **{"from": KW},
  subj="co-working update", date="2026-11-11 19:05", body="""Dana,

Signed up for the co-working space in Old Fourth Ward. The commute from Decatur is murder at 8am so I'm going in at 10 and staying late, which suits my brain better anyway.

Met a guy there who does packaging design and we're already talking about teaming up on a pitch. I died laughing at his portfolio — he did a hot sauce label that's just a screaming chili. Genius.

Anyway, that's my week. Talk Monday.
K""")

m(f="75-kwame-invoice.eml", c="Kwame Asante", t="reply_needed", prog="gmail", **{"from": KW},
  subj="invoice", date="2026-11-16 13:30", body="""Hey Dana — my studio email died (long story, I let the domain lapse, I know, I know). Could you resend the November invoice to this address? My accountant needs it by Friday for the quarterly estimate.

Also, use this one for everything from now on.

Thanks!
K""")

m(f="76-kwame-sounds-good.eml", c="Kwame Asante", t="fyi", tr="quoted", prog="gmail", **{"from": KW},
  subj="Re: Moving Monday?", date="2026-11-17 08:49", body="""Sounds good! 11 it is.""",
  quote={"head": "On Mon, Nov 16, 2026 at 9:10 PM Dana Whitfield <dana@whitfield-coaching.example> wrote:",
         "text": """Hi Kwame,

Would you be okay moving Monday's session to 11am instead of 10? Let me know if that doesn't work.

Dana"""})

m(f="77-kwame-sms.eml", c="Kwame Asante", k="sms", t="fyi", tr="sms", prog="gateway", num="+1 404 555 0187", gw="tmomail.net",
  date="2026-11-16 10:56", body="""on my way, parking, 5 min""")

m(f="78-kwame-nervous.eml", c="Kwame Asante", t="fyi", tr="waved_off", prog="gmail", **{"from": KW},
  subj="ep 1 is live", date="2026-11-19 21:12", body="""Episode one is out. 12 listeners so far, and 4 of them are my aunties.

Is it weird that I'm this nervous about a podcast with 12 listeners? Don't answer that. I know what you'll say: "nervous means it matters."

K""")

m(f="79-kwame-accra.eml", c="Kwame Asante", t="fyi", prog="iphone", plain_only=True, **{"from": KW},
  subj="made it", date="2026-11-21 06:40", tz=0, body="""Landed in Accra! 14 hrs door to door. Mom says hi and says thank you for "making him brave." Her words not mine 😂

Back on the 30th.

Sent from my iPhone""")

m(f="80-kwame-partner.eml", c="Kwame Asante", t="reply_needed", prog="gmail", **{"from": KW},
  subj="next session", date="2026-11-22 15:20", tz=0, body="""Dana, thinking of bringing Ade (the packaging guy) to part of our session on Dec 1, since the pitch is half his. Just the first 20 min, then he'd leave and it's just us. Totally fine if you'd rather keep the session 1:1, just let me know either way.

K""")


# ---- Former clients: Greg Novak, Tom Whitaker ------------------------------------------------

m(f="81-greg-promoted.eml", c="Greg Novak", t="fyi", tr="former", prog="gmail", tz=-7, **{"from": GR},
  subj="thought you'd want to know", date="2026-11-10 18:30", body="""Hi Dana,

It's been a while! Wanted to let you know I got the engineering manager job. The one we spent all of April arguing about whether I even wanted. Turns out I did.

First week is chaos, but the good kind. Thanks for all of it.

Greg""")

m(f="82-greg-referral.eml", c="Greg Novak", t="reply_needed", tr="former", prog="gmail", tz=-7, **{"from": GR},
  subj="a friend", date="2026-11-17 12:15", body="""Dana,

A friend of mine from the old team, Tasha Bell, is thinking about leaving tech for teaching and is kind of spinning on it. I told her you were the reason I stopped spinning. Would you be open to a 20 minute intro call with her? I can connect you two by email if so.

Greg""")

m(f="83-greg-feet.eml", c="Greg Novak", t="fyi", tr="former;idiom", prog="android", tz=-7, plain_only=True, **{"from": GR},
  subj="half marathon", date="2026-11-22 14:02", body="""Finished the Turkey Trot half this morning. 2:04. My feet are killing me and I'm going to eat an entire pie tonight.

Remember when I said I didn't have time for anything but work? Ha.

Sent from my Pixel""")

m(f="84-tom-year.eml", c="Tom Whitaker", t="fyi", tr="former;rhetorical", prog="owa", cs="iso-8859-1", enc="qp", **{"from": TO},
  subj="One year", date="2026-11-13 12:10", body="""Dana,

Can you believe it's been a year since that first session where I told you I was going to sell the company "by spring"? Didn't sell it. Restructured it, hired a general manager, and I'm home for dinner four nights a week. Café con leche on the porch every morning with Diane.

Just wanted to say it out loud to someone who was there.

Tom Whitaker
Whitaker Build & Restoration""")

m(f="85-tom-kidding.eml", c="Tom Whitaker", t="fyi", tr="former;retracted", prog="owa", **{"from": TO},
  subj="RE: One year", date="2026-11-16 07:35", body="""Thanks for the kind note back. Any chance you're taking on old clients again for a "year two" tune-up? Kidding. You'd tell me I already know what to do, and you'd be right. I've got the notebook.

Happy Thanksgiving to you and yours.

Tom""",
  quote={"date": "Sunday, November 15, 2026 4:20 PM", "subj": "RE: One year",
         "text": """Tom, this made my week. A general manager and dinners at home: that is what we were working toward. Enjoy the porch.

Dana"""})


# ---- Not from clients ------------------------------------------------------------------------

m(f="86-newsletter-federation.eml", c="", t="", tr="footer", prog="newsletter", **{"from": ("Coaching Practice Weekly", "news@coachingpractice-weekly.example")},
  subj="Are you ready for 2027? 5 trends reshaping career coaching", date="2026-11-12 06:00", body="""Coaching Practice Weekly — November 12, 2026

Are you ready for 2027?
Our annual survey of 1,200 coaches is in. The short version: clients want shorter engagements, more async check-ins, and coaches who understand AI-driven hiring.

1. The rise of the "portfolio career" client
2. Async coaching: voice notes are the new session
3. Resume screening bots and what your clients need to know
4. Group programs are back
5. Pricing: why coaches who raised rates in 2026 lost fewer clients

Read the full report: https://coachingpractice-weekly.example/2027-trends

Questions about your subscription? Reply to this email or visit our help center.
You are receiving this because you subscribed at coachingpractice-weekly.example. Unsubscribe | Update preferences
Coaching Practice Weekly, 2150 N Ave, Suite 300, Denver CO 80205""")

m(f="87-stranger-inquiry.eml", c="", t="", prog="gmail", tz=-6, **{"from": ("Rachel Amundsen", "rachel.amundsen@example.net")},
  subj="Career coaching inquiry", date="2026-11-13 15:40", body="""Hi Dana,

I found your website through a search for career change coaches. I'm a high school chemistry teacher (11 years) looking at instructional design or corporate training. Do you work with teachers making that switch, and what do your packages cost?

Thanks,
Rachel Amundsen""")

m(f="88-stranger-lucia-amiga.eml", c="", t="", tr="lang:es", prog="iphone", plain_only=True, **{"from": ("Daniela Ruiz", "daniruiz.84@example.com")},
  subj="Me dio tu contacto Lucía", date="2026-11-18 19:12", body="""Hola Dana, mi amiga Lucía Fernández me pasó tu correo. Estoy buscando trabajo después de 6 años en casa con mis hijos y no sé por dónde empezar. ¿Tienes espacio para clientes nuevos en enero? ¿Trabajas en español?

Gracias,
Daniela

Enviado desde mi iPhone""")

m(f="89-vendor-receipt.eml", c="", t="", prog="newsletter", **{"from": ("Practice Better Billing", "billing@practiceledger.example")},
  subj="Your receipt from PracticeLedger — November 2026", date="2026-11-15 04:12", body="""Hi Dana,

Thanks for your payment. Here's your receipt.

Plan: Solo Coach (monthly)
Amount: $39.00
Card: Visa ending 4417
Date: November 15, 2026

Need help? Visit our help center or reply to this email.

PracticeLedger Inc., 401 Congress Ave, Austin TX 78701""")

m(f="90-unknown-sms.eml", c="", t="", k="sms", tr="sms", prog="gateway", num="+1 718 555 0164", gw="vtext.com",
  date="2026-11-19 12:03", body="""Hi is this Dana the coach? Got your number from Kwame, wanted to ask about sessions for my daughter""")

m(f="91-congresso-pt.eml", c="", t="", tr="lang:pt", prog="newsletter", **{"from": ("Congresso Brasileiro de Coaching", "contato@congressocoaching.example.com.br")},
  subj="Últimas vagas: Congresso Online de Carreira 2027", date="2026-11-20 09:00", body="""Olá, Dana!

Você já pensou em levar sua prática de coaching para o próximo nível? O Congresso Online de Carreira 2027 reúne 40 palestrantes de 8 países, com tradução simultânea em inglês e espanhol.

📅 23 a 25 de fevereiro de 2027
🎟️ Lote promocional até 30/11: R$ 297

Garanta sua vaga: https://congressocoaching.example.com.br/inscricao

Não quer mais receber nossos e-mails? Descadastre-se aqui.""")


m(f="92-claire-warum.eml", c="Claire Dubois-Hartmann", t="fyi", tr="self_answered;lang:de", prog="thunderbird", plain_only=True, lang="de-DE", **{"from": CL},
  subj="Nachtrag zu Montag", date="2026-11-21 15:26", body="""Liebe Dana,

ich habe nach unserer Sitzung noch lange über die Frage nachgedacht, warum es mir so schwerfällt, Hilfe anzunehmen. Warum eigentlich? Wahrscheinlich, weil ich als Älteste immer diejenige war, die alles organisiert hat, und weil meine Mutter "Hilfe brauchen" immer wie eine Schwäche klingen ließ. So, beantwortet, danke Gehirn.

Die Ärztin war übrigens nett. Ich gehe jetzt alle zwei Wochen hin, und mein Chef weiß Bescheid, dass ich dienstags früher gehe.

Liebe Grüße,
Claire""")


if __name__ == "__main__":
    main()
