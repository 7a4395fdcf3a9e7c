"""The machines' envelopes: auto-replies, receipts, a bounce, calendar replies, phone services,
and the non-client senders' mailers. Only wraps: the words are in messages.py."""

from __future__ import annotations

import html as _html


def _esc(s):
    return _html.escape(s, quote=False)


def build_special(m: dict, g: dict) -> str:
    kind = m["special"]
    return globals()["_" + kind](m, g)


def _common(m, g, frm, subject, extra=()):
    d = g["when"](m["date"], m.get("tz", "+0100"))
    h = g["seed"](m["file"])
    H = [
        f"Return-Path: <{m.get('return_path', frm[1])}>",
        f"Delivered-To: {g['COACH_ADDR']}",
        g["received"](m, d, frm[1], m.get("program", "x")).rstrip("\n"),
        f"From: {g['addr'](frm[0], frm[1])}",
        f"To: {m.get('to') or g['addr'](g['COACH_NAME'], g['COACH_ADDR'])}",
        f"Subject: {g['hdr'](subject)}",
        f"Date: {g['rfc2822'](d)}",
        f"Message-ID: <{h[:26]}@{m.get('mid_domain', frm[1].split('@')[1])}>",
        "MIME-Version: 1.0",
    ]
    H += list(extra)
    return d, h, H


def _text_html(g, text, html_text, bnd, cs="utf-8", cte="quoted-printable"):
    return g["multipart"](
        "alternative",
        bnd,
        [g["part"]("text/plain", text, cs, cte), g["part"]("text/html", html_text, cs, cte)],
    )


def _simple_html(text):
    return "<html><body>" + "".join(f"<p>{_esc(p)}</p>" for p in text.split("\n\n")) + "</body></html>\n"


# ---------------------------------------------------------------- auto-replies


def _ooo_outlook(m, g):
    frm = m["from"]
    h0 = g["seed"](m["file"], "ti")
    d, h, H = _common(
        m,
        g,
        frm,
        m["subject"],
        [
            "Thread-Topic: " + g["hdr"](m["orig_subject"]),
            f"Thread-Index: AQHZ{h0[:22]}",
            "Auto-Submitted: auto-replied",
            "X-MS-Exchange-Inbox-Rules-Loop: " + frm[1],
            "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            f"Content-Language: {m.get('clang', 'en-US')}",
        ],
    )
    ctype, body = _text_html(g, m["body"], _simple_html(m["body"]), "_000_" + h[:30] + "_", "utf-8", "base64")
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _ooo_gmx(m, g):
    frm = m["from"]
    d, h, H = _common(m, g, frm, m["subject"], ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-UI-Message-Type: autoresponder"])
    return "\n".join(H) + "\n" + g["part"]("text/plain", m["body"], "UTF-8", "quoted-printable")


def _ooo_orange(m, g):
    frm = m["from"]
    d, h, H = _common(
        m, g, frm, m["subject"], ["Auto-Submitted: auto-replied (vacation)", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "Precedence: bulk"]
    )
    return "\n".join(H) + "\n" + g["part"]("text/plain", m["body"], "UTF-8", "quoted-printable")


def _read_receipt(m, g):
    frm = m["from"]
    d, h, H = _common(m, g, frm, m["subject"], [f"Content-Language: {m.get('clang', 'nl-BE')}", "X-MS-Exchange-Organization-SCL: -1"])
    bnd = "_000_" + h[:30] + "_"
    mdn = (
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: AM9PR04MB8211.eurprd04.prod.outlook.com; Microsoft Exchange Server\n"
        f"Final-Recipient: rfc822; {frm[1]}\n"
        "Disposition: automatic-action/MDN-sent-automatically; displayed\n"
        f"X-MSExch-Correlation-Key: {h[:24]}\n"
        f"Original-Message-ID: <{g['seed'](m['file'], 'orig')[:20]}@lambrecht-coaching.example>\n"
    )
    ctype, body = g["multipart"](
        "report", bnd, [g["part"]("text/plain", m["body"], "utf-8", "quoted-printable"), mdn], '; report-type="disposition-notification"'
    )
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _bounce(m, g):
    frm = ("Mail Delivery System", "MAILER-DAEMON@smtp.lambrecht-coaching.example")
    d, h, H = _common(m, g, frm, m["subject"], ["Auto-Submitted: auto-replied"])
    H[0] = "Return-Path: <>"
    bnd = f"{h[:10].upper()}.{int(h[10:18], 16)}/smtp.lambrecht-coaching.example"
    status = (
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; smtp.lambrecht-coaching.example\n"
        f"X-Postfix-Queue-ID: {h[:10].upper()}\n"
        f"Arrival-Date: {g['rfc2822'](d, -9)} (CET)\n\n"
        f"Final-Recipient: rfc822; {m['old_address']}\n"
        f"Original-Recipient: rfc822;{m['old_address']}\n"
        "Action: failed\nStatus: 5.1.1\n"
        f"Remote-MTA: dns; {m['remote_mx']}\n"
        f"Diagnostic-Code: smtp; {m['diagnostic']}\n"
    )
    orig = "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + m["original_headers"].strip("\n") + "\n"
    ctype, body = g["multipart"](
        "report",
        bnd,
        ["Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + m["body"].strip("\n") + "\n", status, orig],
        '; report-type=delivery-status',
    )
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _ics(m, partstat_name, partstat_email, method="REPLY"):
    return (
        "BEGIN:VCALENDAR\nPRODID:" + m.get("prodid", "-//Google Inc//Google Calendar 70.9054//EN") + "\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nDTSTART:{m['dtstart']}\nDTEND:{m['dtend']}\nDTSTAMP:{m['dtstart']}\n"
        "ORGANIZER;CN=Anne-Sophie Lambrecht:mailto:anne-sophie@lambrecht-coaching.example\n"
        f"UID:{m['uid']}\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={partstat_name};X-NUM-GUESTS=0:mailto:{partstat_email}\n"
        f"SUMMARY:{m['summary']}\nSEQUENCE:0\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def _gcal_accept(m, g):
    frm = m["from"]
    d, h, H = _common(m, g, frm, m["subject"], ["Sender: Google Calendar <calendar-notification@google.com>", "Reply-To: " + frm[1]])
    H[0] = "Return-Path: <3" + h[:12] + "-calendar@calendar-server.bounces.google.com>"
    ics = _ics(m, frm[0], frm[1])
    html_text = (
        '<span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">'
        f"<table><tr><td><h3>{_esc(m['body'].splitlines()[0])}</h3></td></tr>"
        + "".join(f"<tr><td>{_esc(l)}</td></tr>" for l in m["body"].splitlines()[1:] if l)
        + "</table></span></span>\n"
    )
    alt_ctype, alt = g["multipart"](
        "alternative",
        "000000000000alt" + h[:12],
        [
            g["part"]("text/plain", m["body"], "UTF-8", "quoted-printable", "; format=flowed; delsp=yes"),
            g["part"]("text/html", html_text, "UTF-8", "quoted-printable"),
            g["part"]("text/calendar", ics, "UTF-8", "7bit", "; method=REPLY"),
        ],
    )
    attach = f'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n{g["b64"](ics.encode())}\n'
    ctype, body = g["multipart"]("mixed", "000000000000mix" + h[:12], [f"Content-Type: {alt_ctype}\n\n{alt}", attach])
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _tb_accept(m, g):
    frm = m["from"]
    d, h, H = _common(m, g, frm, m["subject"], ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"])
    ics = _ics(dict(m, prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"), frm[0], frm[1])
    ctype, body = g["multipart"](
        "mixed",
        "------------" + h[:24],
        [
            g["part"]("text/plain", m["body"], "UTF-8", "8bit"),
            g["part"]("text/calendar", ics, "UTF-8", "8bit", "; method=REPLY"),
            f'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n{g["b64"](ics.encode())}\n',
        ],
    )
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


# ---------------------------------------------------------------- phone services

AUDIO = 'Content-Type: audio/{sub}\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="{name}"\n\n{data}\n'


def _audio(g, name):
    ext = name.rsplit(".", 1)[1]
    sub = {"mp3": "mpeg", "wav": "wav"}[ext]
    return AUDIO.format(sub=sub, name=name, data=g["b64"](g["FAKE"][ext]))


def _teams_vm(m, g):
    frm = ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lambrecht-coaching.example")
    subject = f"Voicemail from {m['number_shown']} ({m['duration']})"
    d, h, H = _common(m, g, frm, subject, ["Content-Class: voice-uc", "X-MS-Exchange-Organization-AuthAs: Internal", "X-CallingTelephoneNumber: " + m["number_shown"].replace(" ", "")])
    text = (
        f"You received a voice mail from {m['number_shown']}.\n\nTranscription preview\n{m['transcript']}\n\n"
        "You can listen to the message using the attached audio file.\n"
    )
    ctype, body = g["multipart"]("mixed", "_002_" + h[:30] + "_", [g["part"]("text/plain", text, "utf-8", "quoted-printable"), _audio(g, "audio.mp3")])
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _rc_vm(m, g):
    frm = ("RingCentral", "service@ringcentral.com")
    subject = f"New Voice Message from {m['number_shown']} to your phone number +32 2 808 41 70"
    d, h, H = _common(m, g, frm, subject)
    received = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")
    text = (
        f"You have a new voice message:\n\nFrom: {m['number_shown']}\nReceived: {received}\nLength: {m['duration']}\n"
        f"To: Anne-Sophie Lambrecht +32 2 808 41 70\n\nVoicemail Preview:\n{m['transcript']}\n\n"
        "The voice message is attached to this email.\n\nThank you for choosing RingCentral.\n"
        "RingCentral, Inc. 20 Davis Drive, Belmont, CA 94002\n"
    )
    ctype, body = g["multipart"](
        "mixed",
        "===============" + str(int(h[:16], 16))[:19] + "==",
        [g["part"]("text/plain", text, "utf-8", "quoted-printable"), _audio(g, d.strftime("Voice Message %Y%m%d %H%M%S.mp3"))],
    )
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _rc_sms(m, g):
    frm = ("RingCentral", "service@ringcentral.com")
    subject = f"New Text Message from {m['number_shown']} to your phone number +32 2 808 41 70"
    d, h, H = _common(m, g, frm, subject)
    received = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")
    text = (
        f"You have a new text message:\n\nFrom: {m['number_shown']}\nReceived: {received}\n"
        f"To: Anne-Sophie Lambrecht +32 2 808 41 70\n\nMessage:\n{m['transcript']}\n\n"
        "To reply, open the RingCentral app.\n\nThank you for choosing RingCentral.\n"
        "RingCentral, Inc. 20 Davis Drive, Belmont, CA 94002\n"
    )
    return "\n".join(H) + "\n" + g["part"]("text/plain", text, "utf-8", "quoted-printable")


def _vonage_vm(m, g):
    frm = ("Vonage Business", "noreply@vonagebusiness.com")
    subject = f"New voicemail from {m['number_shown']}"
    d, h, H = _common(m, g, frm, subject)
    text = (
        f"You have received a new voicemail.\n\nCaller: {m['number_shown']}\nDate: {d.strftime('%d/%m/%Y %H:%M')}\n"
        f"Duration: {m['duration']}\n\nTranscription:\n{m['transcript']}\n\n"
        "Log in to the Vonage Business app to manage your voicemail.\n"
    )
    ctype, body = g["multipart"]("mixed", "===============" + str(int(h[:16], 16))[:19] + "==", [g["part"]("text/plain", text, "utf-8", "quoted-printable"), _audio(g, "voicemail.wav")])
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _gv_vm(m, g):
    frm = ("Google Voice", "voice-noreply@google.com")
    d0 = g["when"](m["date"], m.get("tz", "+0100"))
    subject = f"New voicemail from {m['number_shown']} at {d0.strftime('%I:%M %p').lstrip('0')}"
    d, h, H = _common(m, g, frm, subject)
    text = (
        f"{m['transcript']}\n\nplay message\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER "
        "<https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\n"
        "This email was sent to you because you indicated that you'd like to receive email notifications for voicemails.\n"
        "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n"
    )
    ctype, body = g["multipart"](
        "mixed",
        "===============" + str(int(h[:16], 16))[:19] + "==",
        [g["part"]("text/plain", text, "utf-8", "quoted-printable"), _audio(g, d.strftime("voicemail-%Y-%m-%d.mp3"))],
    )
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body


def _gv_sms(m, g):
    digits = "".join(c for c in m["number_shown"] if c.isdigit())
    frm = (m["number_shown"], f"32460201234.{digits}.{g['seed'](m['file'])[:10]}@txt.voice.google.com")
    subject = f"New text message from {m['number_shown']}"
    d, h, H = _common(m, g, frm, subject)
    text = (
        f"Google Voice\n\n{m['transcript']}\n\nTo respond to this text message, reply to this email or visit Google Voice.\n"
        "YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>\n"
    )
    return "\n".join(H) + "\n" + g["part"]("text/plain", text, "utf-8", "quoted-printable")


def _smsfwd(m, g):
    frm = ("SMS Forwarder", "forwarder@lambrecht-coaching.example")
    subject = f"SMS from {m['number_shown']}"
    d, h, H = _common(m, g, frm, subject, ["X-Mailer: SMS Forwarder for Android 3.4.1"])
    text = f"From: {m['number_shown']}\nReceived: {d.strftime('%d/%m/%Y %H:%M')}\nSIM: SIM 1 (Proximus)\n\n{m['transcript']}\n\n--\nForwarded automatically by SMS Forwarder\n"
    return "\n".join(H) + "\n" + g["part"]("text/plain", text, "utf-8", "8bit")


# ---------------------------------------------------------------- non-client mailers


def _bulk(m, g):
    frm = m["from"]
    extra = [
        f"List-Unsubscribe: <https://{m['list_host']}/unsubscribe?u={g['seed'](m['file'])[:16]}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        f"X-Mailer: {m.get('mailer', 'Sendinblue')}",
    ] + m.get("headers", [])
    d, h, H = _common(m, g, frm, m["subject"], extra)
    html_text = m.get("html") or (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">'
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
        + "".join(f'<tr><td style="padding:8px 24px">{_esc(p).replace(chr(10), "<br>")}</td></tr>' for p in m["body"].split("\n\n"))
        + "</table></td></tr></table></body></html>\n"
    )
    ctype, body = _text_html(g, m["body"], html_text, "----=_NmP-" + h[:16], "utf-8", m.get("cte", "quoted-printable"))
    return "\n".join(H) + f"\nContent-Type: {ctype}\n\n" + body
