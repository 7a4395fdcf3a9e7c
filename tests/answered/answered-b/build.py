"""Build the answered-b set from messages.py: inbox/ and sent/ Maildirs and answered.csv.

    /work/main/.venv/bin/python tests/evalsets-unscored/answered-b/build.py

Deterministic: the same messages.py always gives the same files.
"""

import base64
import csv
import hashlib
import html
import quopri
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import messages as MS  # noqa: E402

COACH_MAILBOX = MS.COACH[1]


# ------------------------------------------------------------------ small helpers

def hx(key, n, salt=""):
    return hashlib.sha256((salt + key).encode()).hexdigest()[:n]


def hb(key, n, salt=""):
    return hashlib.sha256((salt + key).encode()).digest()[:n]


def b64id(key, n, salt=""):
    raw = hashlib.sha256((salt + key).encode()).digest() + hashlib.sha256((key + salt).encode()).digest()
    return base64.b64encode(raw).decode().replace("+", "A").replace("/", "z").replace("=", "")[:n]


def when(m):
    d = datetime.strptime(m["date"], "%Y-%m-%d %H:%M")
    sign = -1 if m["tz"][0] == "-" else 1
    off = timedelta(hours=int(m["tz"][1:3]), minutes=int(m["tz"][3:5])) * sign
    secs = int(hx(m["key"], 4), 16) % 60
    return d.replace(second=secs, tzinfo=timezone(off))


def ehdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(p):
    name, a = p
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:"()<>@'):
            name = '"%s"' % name
    except UnicodeEncodeError:
        name = Header(name, "utf-8").encode()
    return f"{name} <{a}>"


def addrs(ps):
    return ", ".join(addr(p) for p in ps)


def fmt_phone(n):
    return f"({n[0:3]}) {n[3:6]}-{n[6:]}"


def ampm(d, nnbsp=False):
    sp = "\u202f" if nnbsp else " "
    return d.strftime("%I:%M").lstrip("0") + sp + d.strftime("%p")


def quote_lines(text):
    return "\n".join(("> " + ln) if ln and not ln.startswith(">") else (">" + ln if ln else ">")
                     for ln in text.split("\n"))


def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, body: str, charset="utf-8", cte="quoted-printable", params=""):
    data = body.encode(charset)
    if cte == "quoted-printable":
        payload = qp(data)
    elif cte == "base64":
        payload = b64(data)
    else:
        payload = data.decode(charset) if charset.lower() == "utf-8" else data.decode("ascii")
    if not payload.endswith("\n"):
        payload += "\n"
    return (f'Content-Type: {ctype}; charset="{charset}"{params}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def multipart(subtype, boundary, parts, extra=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def fake_pdf(name):
    title = name.rsplit(".", 1)[0].replace("-", " ")
    text = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            f"4 0 obj << /Length 60 >> stream\nBT /F1 18 Tf 72 720 Td ({title}) Tj ET\nendstream endobj\n"
            f"xref\n0 5\ntrailer << /Root 1 0 R /Size 5 >>\nstartxref\n0\n%%EOF\n")
    return text.encode("latin-1")


def attachment_part(fname, mtype, style):
    data = fake_pdf(fname)
    if style == "apple":
        return (f'Content-Disposition: attachment;\n\tfilename={fname}\nContent-Type: {mtype};\n'
                f'\tx-unix-mode=0644;\n\tname="{fname}"\nContent-Transfer-Encoding: base64\n\n{b64(data)}')
    if style == "outlook":
        return (f'Content-Type: {mtype}; name="{fname}"\nContent-Description: {fname}\n'
                f'Content-Disposition: attachment; filename="{fname}"; size={len(data)}\n'
                f"Content-Transfer-Encoding: base64\n\n{b64(data)}")
    return (f'Content-Type: {mtype}; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
            f"Content-Transfer-Encoding: base64\nX-Attachment-Id: f_{hx(fname, 10)}\n"
            f"Content-ID: <f_{hx(fname, 10)}>\n\n{b64(data)}")


def to_html(text, style):
    """A plain rendering of the text as the program's HTML part."""
    out, depth = [], 0
    for ln in text.split("\n"):
        d = 0
        while ln.startswith(">"):
            ln = ln[1:]
            if ln.startswith(" "):
                ln = ln[1:]
            d += 1
        while depth < d:
            out.append('<blockquote type="cite">' if style == "apple" else
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                       'solid rgb(204,204,204);padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((html.escape(ln) or "<br>") + ("<br>" if ln else ""))
    out.extend(["</blockquote>"] * depth)
    inner = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
                f'after-white-space;">{inner}</body></html>\n')
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/'
                '2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 '
                '(filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\t'
                'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" '
                f'vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                f'<p class="MsoNormal">{inner}</p>\n</div>\n</body>\n</html>\n')
    if style == "yahoo":
        return (f'<html><head></head><body><div class="ydp5f2e yahoo-style-wrap" style="font-family:Helvetica '
                f'Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">{inner}</div></div>'
                f"</body></html>\n")
    return f"<html><body>{inner}</body></html>\n"


# ------------------------------------------------------------------ Message-IDs

DOMAIN = {}


def make_mid(m):
    k, p = m["key"], m["prog"]
    frm = m["frm"]
    dom = frm[1].split("@")[1] if isinstance(frm, tuple) else "google.com"
    if p in ("gmail", "gmail_android", "list_gmail"):
        return f"<CA{b64id(k, 48)}@mail.gmail.com>"
    if p in ("apple", "iphone", "gv_reply", "airmail", "list_out"):
        u = hx(k, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if p in ("outlook", "outlook_auto", "outlook_receipt", "outlook_mac"):
        box = "MN2PR11MB" + str(int(hx(k, 4, "box"), 16) % 9000 + 1000)
        if p == "outlook_mac":
            box = "DM6PR07MB" + str(int(hx(k, 4, "box"), 16) % 9000 + 1000)
        return f"<{box}{hx(k, 24, 'o').upper()}@{box}.namprd11.prod.outlook.com>"
    if p == "outlook_web":
        box = "SA1PR19MB" + str(int(hx(k, 4, "box"), 16) % 9000 + 1000)
        return f"<{box}{hx(k, 20, 'w').upper()}@{box}.namprd19.prod.outlook.com>"
    if p == "thunderbird":
        u = hx(k, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if p == "yahoo":
        return f"<{int(hx(k, 7), 16) % 9000000 + 1000000}.{int(hx(k, 6, 'y'), 16) % 900000}." \
               f"{int(when(m).timestamp() * 1000)}@mail.yahoo.com>"
    if p in ("gv_vm", "gv_sms"):
        return f"<000000000000{hx(k, 12, 'gv')}@google.com>"
    if p == "list":
        return f"<{hx(k, 20, 'l')}.{hx(k, 8, 'l2')}@{m['frm'][1].split('@')[1]}>"
    raise ValueError(p)


def thread_index(m, parent):
    if parent is not None and parent.get("_tindex"):
        raw = parent["_tindex"] + hb(m["key"], 5, "ti")
    else:
        raw = hb(m["key"], 22, "ti")
    return raw


# ------------------------------------------------------------------ attribution lines

def attribution(style, parent, in_tz):
    pd = parent["_when"].astimezone(in_tz)
    who = parent["_from_pair"]
    if style == "gmail":
        return (f"On {pd.strftime('%a, %b')} {pd.day}, {pd.year} at {ampm(pd, True)} "
                f"{who[0]} <{who[1]}> wrote:")
    if style in ("apple", "iphone", "airmail"):
        return f"On {pd.strftime('%b')} {pd.day}, {pd.year}, at {ampm(pd)}, {who[0]} <{who[1]}> wrote:"
    if style == "thunderbird":
        return f"On {pd.month}/{pd.day}/{pd.strftime('%y')} {ampm(pd)}, {who[0]} wrote:"
    if style == "yahoo":
        return (f"On {pd.strftime('%A')}, {pd.day} {pd.strftime('%B %Y')} at {pd.strftime('%H:%M:%S')} GMT, "
                f"{who[0]} <{who[1]}> wrote:")
    raise ValueError(style)


def outlook_header_block(parent, in_tz):
    pd = parent["_when"].astimezone(in_tz)
    who = parent["_from_pair"]
    to = parent.get("_to_pairs") or [MS.COACH]
    lines = ["________________________________", f"From: {who[0]} <{who[1]}>",
             f"Sent: {pd.strftime('%A, %B')} {pd.day}, {pd.year} {ampm(pd)}",
             "To: " + "; ".join(f"{n} <{a}>" for n, a in to)]
    if parent.get("cc"):
        lines.append("Cc: " + "; ".join(f"{n} <{a}>" for n, a in parent["cc"]))
    lines.append(f"Subject: {parent['_subject']}")
    return "\n".join(lines)


def compose_text(m, parent, fwd):
    tz = m["_when"].tzinfo
    p = m["prog"]
    style = {"gmail_android": "gmail", "list_out": "apple", "gv_reply": "iphone",
             "outlook_web": "outlook", "outlook_mac": "outlook"}.get(p, p)
    body = m["body"]
    if p in ("iphone", "gv_reply"):
        body += "\n\nSent from my iPhone"
    if p == "gmail_android":
        pass
    if fwd is not None:
        fd = fwd["_when"].astimezone(tz)
        fw = fwd["_from_pair"]
        to = fwd.get("_to_pairs") or [MS.COACH]
        if style == "gmail":
            block = ("---------- Forwarded message ---------\n"
                     f"From: {fw[0]} <{fw[1]}>\n"
                     f"Date: {fd.strftime('%a, %b')} {fd.day}, {fd.year} at {ampm(fd, True)}\n"
                     f"Subject: {fwd['_subject']}\n"
                     "To: " + ", ".join(f"{n} <{a}>" for n, a in to) + "\n\n\n" + fwd["_text"])
            return body + "\n\n" + block
        if style == "apple":
            zone = {"-0800": "PST", "-0700": "MST", "-0600": "CST", "-0500": "EST"}[fwd["tz"]]
            fd0 = fwd["_when"]
            block = ("Begin forwarded message:\n\n"
                     f"From: {fw[0]} <{fw[1]}>\nSubject: {fwd['_subject']}\n"
                     f"Date: {fd0.strftime('%B')} {fd0.day}, {fd0.year} at "
                     f"{fd0.strftime('%I:%M:%S').lstrip('0')} {fd0.strftime('%p')} {zone}\n"
                     "To: " + ", ".join(f"{n} <{a}>" for n, a in to) + "\n\n" + fwd["_text"])
            return body + "\n\n" + quote_lines(block)
        raise ValueError(style)
    if parent is None or m.get("quote") is False:
        return body
    ptext = parent["_text"]
    if style == "outlook":
        return body + "\n\n" + outlook_header_block(parent, tz) + "\n\n" + ptext
    if style == "thunderbird":  # bottom-posted
        return attribution("thunderbird", parent, tz) + "\n" + quote_lines(ptext) + "\n\n" + body
    if style == "gmail":
        return body + "\n\n" + attribution("gmail", parent, tz) + "\n\n" + quote_lines(ptext)
    if style in ("apple", "iphone", "airmail"):
        return body + "\n\n" + quote_lines(attribution(style, parent, tz) + "\n\n" + ptext)
    if style == "yahoo":
        return body + "\n\n\n" + attribution("yahoo", parent, tz) + "\n\n" + quote_lines(ptext)
    raise ValueError(style)


GV_FOOTER_TEXT = (
    "YOUR ACCOUNT <https://voice.google.com> HELP CENTER\n"
    "<https://support.google.com/voice#topic=1707989> HELP FORUM\n"
    "<https://productforums.google.com/forum/#!forum/voice>\n"
    "{why}\n\n"
    "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")


# ------------------------------------------------------------------ rendering

def render(m, byk):
    p = m["prog"]
    d = m["_when"]
    parent = byk.get(m.get("reply_to")) if m.get("reply_to") else None
    fwd = byk.get(m.get("fwd")) if m.get("fwd") else None
    mid = m["_mid"]
    H = []  # header lines

    inbox = m["box"] == "inbox"
    if inbox:
        sender = m["_from_pair"][1]
        H.append(f"Return-Path: <{sender}>")
        H.append(f"Delivered-To: {COACH_MAILBOX}")
        rd = (d + timedelta(seconds=3)).astimezone(timezone.utc)
        H.append(f"Received: from {'mail-sor-f41.google.com' if 'google' in sender else 'mx.' + sender.split('@')[1]}"
                 f" ([198.51.100.{int(hx(m['key'], 2), 16) % 250 + 2}])\n\tby mx1.whitfield-coaching.example "
                 f"with ESMTPS id {hx(m['key'], 12, 'rcv')}\n\tfor <{COACH_MAILBOX}>; {format_datetime(rd)}")

    # threading
    irt = refs = None
    if parent is not None:
        chain = parent["_chain"] + [parent["_mid"]]
        m["_chain"] = chain
        mode = m.get("thread", "full")
        if mode in ("full", "irt", "tindex"):
            irt = parent["_mid"]
        if mode in ("full", "refs"):
            refs = chain
    else:
        m["_chain"] = []
    if p.startswith("outlook"):
        m["_tindex"] = thread_index(m, parent)
    refs_hdr = "\n\t".join(refs) if refs else None

    # subject
    if p == "gv_vm":
        subject = f"New voicemail from {fmt_phone(m['frm'])} at {ampm(d)}"
    elif p == "gv_sms":
        subject = f"New text message from {fmt_phone(m['frm'])}"
    elif p == "gv_reply":
        subject = "Re: " + parent["_subject"]
    else:
        subject = m["subject"]
    m["_subject"] = subject

    # recipients
    if p == "gv_reply":
        to = [("", parent["_from_pair"][1])]
        to_hdr = f'"{parent["_from_pair"][0]}" <{parent["_from_pair"][1]}>'
    elif p in ("gv_vm", "gv_sms"):
        to = [MS.COACH]
        to_hdr = COACH_MAILBOX
    else:
        to = m["to"]
        to_hdr = addrs(to)
    m["_to_pairs"] = to
    cc_hdr = addrs(m["cc"]) if m.get("cc") else None
    bcc_hdr = addrs(m["bcc"]) if m.get("bcc") else None

    text = m["_text"] = compose_text(m, parent, fwd) if p not in ("gv_vm", "gv_sms", "outlook_receipt") else ""
    date_hdr = format_datetime(d)

    # -------- per program
    if p in ("gv_vm", "gv_sms"):
        num = m["frm"]
        if p == "gv_vm":
            vm_id = b64id(m["key"], 40, "vm")
            text = (f"New voicemail from {fmt_phone(num)} at {ampm(d)}\n\n"
                    f"Transcript: {m['body']}\n\nPlay message\n"
                    f"<https://voice.google.com/u/0/voicemail/message/{vm_id}>\n\n" +
                    GV_FOOTER_TEXT.format(why="This email was sent to you because you indicated that you'd "
                                              "like to receive email notifications for voicemails. If you "
                                              "don't want to receive such emails in the future, please update "
                                              "your email notification settings\n"
                                              "<https://voice.google.com/settings#messaging>."))
            frm_hdr = "Google Voice <voice-noreply@google.com>"
            htmlb = ('<html><body><div style="font-family:Roboto,Arial,sans-serif"><h2 style="font-size:'
                     f'16px">New voicemail from {fmt_phone(num)} at {ampm(d)}</h2><p><b>Transcript:</b> '
                     f'{html.escape(m["body"])}</p><p><a href="https://voice.google.com/u/0/voicemail/message/'
                     f'{vm_id}">Play message</a></p><p style="font-size:11px;color:#777">Google LLC 1600 '
                     'Amphitheatre Pkwy Mountain View CA 94043 USA</p></div></body></html>\n')
        else:
            text = (f"{m['body']}\n\n" +
                    GV_FOOTER_TEXT.format(why="To respond to this text message, reply to this email or visit "
                                              "Google Voice <https://voice.google.com>.\nThis email was sent to "
                                              "you because you indicated that you'd like to receive email "
                                              "notifications for text messages. If you don't want to receive "
                                              "such emails in the future, please update your email "
                                              "notification settings\n<https://voice.google.com/settings#messaging>."))
            frm_hdr = f'"{fmt_phone(num)}" <{m["_from_pair"][1]}>'
            htmlb = ('<html><body><div style="font-family:Roboto,Arial,sans-serif"><p style="font-size:16px">'
                     f'{html.escape(m["body"])}</p><p style="font-size:11px;color:#777">To respond to this text '
                     'message, reply to this email or visit <a href="https://voice.google.com">Google Voice</a>.'
                     '</p></div></body></html>\n')
        m["_text"] = text
        bnd = f"000000000000{hx(m['key'], 12, 'b')}"
        H += ["MIME-Version: 1.0", f"Date: {date_hdr}", f"Message-ID: {mid}", f"Subject: {subject}",
              f"From: {frm_hdr}", f"To: {to_hdr}"]
        body = multipart("alternative", bnd, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                              leaf("text/html", htmlb, "UTF-8", "quoted-printable")])
        return "\n".join(H) + "\n" + body

    frm_hdr = addr(m["frm"])

    if p in ("gmail", "gmail_android"):
        if p == "gmail_android":
            pass
        bnd = f"000000000000{hx(m['key'], 12, 'b')}"
        alt = multipart("alternative", bnd, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                             leaf("text/html", to_html(text, "gmail"), "UTF-8",
                                                  "quoted-printable")])
        if m.get("attach"):
            bnd2 = f"000000000000{hx(m['key'], 12, 'm')}"
            alt = multipart("mixed", bnd2, [alt.rstrip("\n")] +
                            [attachment_part(f, t, "gmail") for f, t in m["attach"]])
        H.append("MIME-Version: 1.0")
        if refs_hdr:
            H.append(f"References: {refs_hdr}")
        if irt:
            H.append(f"In-Reply-To: {irt}")
        H += [f"From: {frm_hdr}", f"Date: {date_hdr}", f"Message-ID: {mid}", f"Subject: {ehdr(subject)}",
              f"To: {to_hdr}"]
        if cc_hdr:
            H.append(f"Cc: {cc_hdr}")
        return "\n".join(H) + "\n" + alt

    if p in ("apple", "list_out", "airmail"):
        bnd = f"Apple-Mail={'_' + hx(m['key'], 32, 'b').upper()}"
        if p == "airmail":
            bnd = hx(m["key"], 8, "b") + "_" + hx(m["key"], 8, "c") + "_" + hx(m["key"], 4, "d")
        plain = leaf("text/plain", text, "utf-8", "quoted-printable")
        alt = multipart("alternative", bnd, [plain, leaf("text/html", to_html(text, "apple"), "utf-8",
                                                         "quoted-printable")])
        if m.get("attach"):
            bnd2 = f"Apple-Mail={'_' + hx(m['key'], 32, 'm').upper()}"
            alt = multipart("mixed", bnd2, [alt.rstrip("\n")] +
                            [attachment_part(f, t, "apple") for f, t in m["attach"]])
        ct, rest = alt.split("\n\n", 1)
        H.append(ct)
        if p == "airmail":
            H.append("MIME-Version: 1.0")
        else:
            H.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
        H.append(f"Subject: {ehdr(subject)}")
        H.append(f"From: {frm_hdr}")
        if irt:
            H.append(f"In-Reply-To: {irt}")
        H.append(f"Date: {date_hdr}")
        if cc_hdr:
            H.append(f"Cc: {cc_hdr}")
        if bcc_hdr:
            H.append(f"Bcc: {bcc_hdr}")
        H.append(f"Message-Id: {mid}")
        if refs_hdr:
            H.append(f"References: {refs_hdr}")
        H.append(f"To: {to_hdr}")
        H.append("X-Mailer: Airmail (642)" if p == "airmail" else "X-Mailer: Apple Mail (2.3826.300.87.4.3)")
        return "\n".join(H) + "\n\n" + rest

    if p in ("iphone", "gv_reply"):
        H.append('Content-Type: text/plain;\n\tcharset=utf-8')
        H.append("Content-Transfer-Encoding: quoted-printable")
        H.append(f"From: {frm_hdr}")
        H.append("Mime-Version: 1.0 (1.0)")
        H.append(f"Date: {date_hdr}")
        H.append(f"Subject: {ehdr(subject)}")
        H.append(f"Message-Id: {mid}")
        if refs_hdr:
            H.append(f"References: {refs_hdr}")
        if cc_hdr:
            H.append(f"Cc: {cc_hdr}")
        if irt:
            H.append(f"In-Reply-To: {irt}")
        H.append(f"To: {to_hdr}")
        H.append("X-Mailer: iPhone Mail (22B91)")
        return "\n".join(H) + "\n\n" + qp(text.encode("utf-8")) + "\n"

    if p == "thunderbird":
        H += [f"Message-ID: {mid}", f"Date: {date_hdr}", "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", f"Subject: {ehdr(subject)}", f"To: {to_hdr}"]
        if refs_hdr:
            H.append(f"References: {refs_hdr}")
        H += ["Content-Language: " + ("es-ES" if "correo" in m["frm"][1] else "en-US"), f"From: {frm_hdr}"]
        if irt:
            H.append(f"In-Reply-To: {irt}")
        H += ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"]
        return "\n".join(H) + "\n\n" + text + "\n"

    if p == "yahoo":
        bnd = f"----=_Part_{int(hx(m['key'], 6), 16) % 900000}_{int(hx(m['key'], 8, 'y'), 16)}." \
              f"{int(d.timestamp() * 1000)}"
        H += [f"Date: {date_hdr}", f"From: {frm_hdr}", f"To: {to_hdr}", f"Message-ID: {mid}"]
        if irt:
            H.append(f"In-Reply-To: {irt}")
        if refs_hdr:
            H.append(f"References: {refs_hdr}")
        H += [f"Subject: {ehdr(subject)}", "MIME-Version: 1.0"]
        alt = multipart("alternative", bnd, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                             leaf("text/html", to_html(text, "yahoo"), "UTF-8",
                                                  "quoted-printable")])
        H.append("X-Mailer: WebService/1.1.24652 YMailNorrin")
        return "\n".join(H) + "\n" + alt

    if p in ("outlook", "outlook_web", "outlook_mac", "outlook_auto"):
        topic = subject
        for pre in ("RE: ", "Re: ", "Automatic reply: ", "Fw: ", "FW: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        H += [f"From: {frm_hdr}", f"To: {to_hdr}"]
        if cc_hdr:
            H.append(f"CC: {cc_hdr}")
        H += [f"Subject: {ehdr(subject)}", f"Thread-Topic: {ehdr(topic)}",
              f"Thread-Index: {base64.b64encode(m['_tindex']).decode()}", f"Date: {date_hdr}",
              f"Message-ID: {mid}"]
        if refs_hdr:
            H.append(f"References: {refs_hdr}")
        if irt:
            H.append(f"In-Reply-To: {irt}")
        if p == "outlook_mac":
            H.append("User-Agent: Microsoft-MacOutlook/16.91.24111020")
        H += ["Accept-Language: en-US", "Content-Language: en-US",
              f"X-MS-Has-Attach: {'yes' if m.get('attach') else ''}", "X-MS-TNEF-Correlator:"]
        if p == "outlook_auto":
            H += ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: " + m["frm"][1]]
        H.append("MIME-Version: 1.0")
        bnd = f"_000_{mid[1:].split('@')[0][:40]}_"
        charset = "windows-1252" if m["frm"] == MS.LIAM else "utf-8"
        plain = leaf("text/plain", text, charset if charset != "windows-1252" else "Windows-1252",
                     "quoted-printable")
        if charset == "windows-1252":
            plain = ('Content-Type: text/plain; charset="Windows-1252"\nContent-Transfer-Encoding: '
                     f'quoted-printable\n\n{qp(text.encode("cp1252"))}\n')
        alt = multipart("alternative", bnd, [plain, leaf("text/html", to_html(text, "outlook"), "utf-8",
                                                         "quoted-printable")])
        return "\n".join(H) + "\n" + alt

    if p == "outlook_receipt":
        topic = subject[len("Read: "):]
        orig = parent
        H += [f"From: {frm_hdr}", f"To: {to_hdr}", f"Subject: {ehdr(subject)}", f"Thread-Topic: {ehdr(topic)}",
              f"Thread-Index: {base64.b64encode(m['_tindex']).decode()}", f"Date: {date_hdr}",
              f"Message-ID: {mid}"]
        if irt:
            H.append(f"In-Reply-To: {irt}")
        H += ["Content-Language: en-US", "X-MS-Has-Attach:", "MIME-Version: 1.0"]
        od = orig["_when"].astimezone(d.tzinfo)
        human = (f"Your message\n\n  To: {m['frm'][0]}\n  Subject: {topic}\n  Sent: "
                 f"{od.strftime('%A, %B')} {od.day}, {od.year} {ampm(od)} (UTC-06:00) Central Time (US & "
                 f"Canada)\n\nwas read on {d.strftime('%A, %B')} {d.day}, {d.year} {ampm(d)} (UTC-06:00) "
                 f"Central Time (US & Canada).\n")
        m["_text"] = human
        mdn = (f"Reporting-UA: MN2PR11MB; Microsoft Exchange Server\nFinal-Recipient: rfc822;{m['frm'][1]}\n"
               f"Original-Message-ID: {orig['_mid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
        bnd = f"_000_{mid[1:].split('@')[0][:40]}_"
        body = multipart("report", bnd, [leaf("text/plain", human, "utf-8", "quoted-printable"),
                                         f"Content-Type: message/disposition-notification\n\n{mdn}"],
                         extra='; report-type="disposition-notification"')
        return "\n".join(H) + "\n" + body

    if p == "list":
        dom = m["frm"][1].split("@")[1]
        bnd = f"_----------=_MCPart_{hx(m['key'], 10, 'b')}"
        H += [f"From: {frm_hdr}", f"To: {to_hdr}", f"Subject: {ehdr(subject)}", f"Date: {date_hdr}",
              f"Message-ID: {mid}", "MIME-Version: 1.0", "Precedence: bulk",
              f"List-Id: <{hx(m['key'], 16, 'list')}.list-id.{dom}>",
              f"List-Unsubscribe: <https://{dom}/unsubscribe?u={hx(m['key'], 12)}>, "
              f"<mailto:unsubscribe@{dom}?subject=unsubscribe>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"Feedback-ID: {hx(m['key'], 6)}:{dom}"]
        alt = multipart("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                             leaf("text/html", to_html(text, "list"), "utf-8", "base64")])
        return "\n".join(H) + "\n" + alt

    raise ValueError(p)


def from_pair(m):
    if m["prog"] in ("gv_vm",):
        return ("Google Voice", "voice-noreply@google.com")
    if m["prog"] == "gv_sms":
        num = m["frm"]
        tok = b64id(num, 10, "gvtok")
        return (fmt_phone(num), f"1{MS.COACH_GV}.1{num}.{tok}@txt.voice.google.com")
    return m["frm"]


def main():
    msgs = [dict(x) for x in MS.M]
    keys = [x["key"] for x in msgs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for m in msgs:
        m["_when"] = when(m)
        m["_from_pair"] = from_pair(m)
        m["_mid"] = make_mid(m)
    mids = [m["_mid"] for m in msgs]
    assert len(mids) == len(set(mids)), "duplicate Message-IDs"
    msgs.sort(key=lambda m: m["_when"].astimezone(timezone.utc))
    byk = {}
    for m in msgs:
        for ref in ("reply_to", "fwd"):
            if m.get(ref):
                assert m[ref] in byk, f"{m['key']}: {ref} {m[ref]} is not earlier"
        assert m["_when"].month == 11 and m["_when"].year == 2026
        m["_raw"] = render(m, byk)
        byk[m["key"]] = m

    for box in ("inbox", "sent"):
        root = HERE / box
        if root.exists():
            shutil.rmtree(root)
        for sub in ("cur", "new", "tmp"):
            (root / sub).mkdir(parents=True)
        (root / "cur" / ".keep").write_text("")
        (root / "tmp" / ".keep").write_text("")
        n = 0
        for m in msgs:
            if m["box"] != box:
                continue
            n += 1
            m["_file"] = f"{n:03d}.eml"
            (root / "new" / m["_file"]).write_bytes(m["_raw"].encode("utf-8"))

    rows = []
    for m in msgs:
        if m["box"] != "inbox":
            continue
        client, needs, answered, _note = m["label"]
        rows.append([m["_file"], client, "yes" if needs else "no", "yes" if (needs and answered) else "no"])
    with open(HERE / "answered.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "needs_reply", "answered"])
        w.writerows(rows)

    # a key to the files, for the README and for anyone checking the labels
    with open(HERE / "key.txt", "w") as f:
        for m in msgs:
            lab = m.get("label")
            note = f"  [{lab[0] or '-'}; needs={lab[1]}; answered={lab[2]}] {lab[3]}" if lab else ""
            par = f" <- {m.get('reply_to')}" if m.get("reply_to") else ""
            f.write(f"{m['box']}/{m['_file']}  {m['_when'].isoformat()}  {m['prog']:<15} {m['key']}{par}{note}\n")

    inbox = [m for m in msgs if m["box"] == "inbox"]
    sent = [m for m in msgs if m["box"] == "sent"]
    needs = [m for m in inbox if m["label"][1]]
    ans = [m for m in needs if m["label"][2]]
    clients = [m for m in inbox if m["label"][0]]
    print(f"inbox {len(inbox)} ({len(clients)} from clients, {len(needs)} need a reply, "
          f"{len(ans)} answered, {len(needs) - len(ans)} not), sent {len(sent)}")


if __name__ == "__main__":
    main()
