"""Render messages.py into inbox/ and sent/ (Maildirs), answered.csv and key.txt. Deterministic.

    /work/main/.venv/bin/python tests/evalsets-unscored/answered-c/build.py

Standard library only. Everything written lives in this folder.
"""

import base64
import csv
import hashlib
import html
import io
import os
import quopri
import shutil
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import messages as M  # noqa: E402

HALIFAX = timezone(timedelta(hours=-4))
OUTLOOKS = {"outlook", "outlook_com", "outlook_auto", "outlook_com_auto", "outlook_mac_fr", "owa_de", "outlook_de"}


# ------------------------------------------------------------------ small deterministic helpers
def h(key, salt=""):
    return hashlib.sha256(f"answered-c/{salt}/{key}".encode()).digest()


def hexs(key, n, salt=""):
    out = b""
    i = 0
    while len(out) * 2 < n:
        out += h(key, f"{salt}{i}")
        i += 1
    return out.hex()[:n]


def uid(key, salt=""):
    return str(uuid.UUID(bytes=h(key, "uuid" + salt)[:16], version=4))


def digits(key, n, salt=""):
    return "".join(str(b % 10) for b in (h(key, salt + "d") + h(key, salt + "e"))[:n])


def b64url(key, n, salt=""):
    return base64.urlsafe_b64encode(h(key, salt) + h(key, salt + "2")).decode()[:n]


def when(m):
    d = datetime.strptime(m["when"], "%Y-%m-%d %H:%M").replace(tzinfo=HALIFAX)
    return d + timedelta(seconds=h(m["key"], "sec")[0] % 60)


def tzof(offset):
    sign = -1 if offset[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))


def local(m, tz=None):
    return when(m).astimezone(tzof(tz or m["tz"]))


def person(k):
    if "@" in k:
        return ("", k)
    return M.PEOPLE[k]


def addr(k):
    name, a = person(k)
    return formataddr((name, a), charset="utf-8") if name else a


def addr_plain(k):
    name, a = person(k)
    return f"{name} <{a}>" if name else a


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def hour12(d, dots=False):
    hh = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if dots:
        ap = "a.m." if d.hour < 12 else "p.m."
    return f"{hh}:{d.minute:02d} {ap}"


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ------------------------------------------------------------------ Message-IDs and Thread-Index
OUTLOOK_HOSTS = {
    "coach": "YT3PR01MB6352.CANPRD01.PROD.OUTLOOK.COM",
    "declan": "YQBPR0101MB5124.CANPRD01.PROD.OUTLOOK.COM",
    "aiden_work": "YT4PR01MB9871.CANPRD01.PROD.OUTLOOK.COM",
    "naomi": "SJ0PR11MB5678.namprd11.prod.outlook.com",
    "gord": "YT2PR01MB4410.CANPRD01.PROD.OUTLOOK.COM",
    "ines": "FR2P281MB1234.DEUP281.PROD.OUTLOOK.COM",
}


def make_msgid(m):
    k, p = m["key"], m["program"]
    dom = person(m["frm"])[1].split("@")[1]
    if p in ("gmail", "gmail_android", "gmail_vacation"):
        return f"<CA{b64url(k, 50).replace('-', 'x').replace('_', '+')}@mail.gmail.com>"
    if p in ("apple_mail", "iphone", "outlook_mac_fr"):
        return f"<{uid(k).upper()}@{dom}>"
    if p in OUTLOOKS:
        host = OUTLOOK_HOSTS[m["frm"]]
        return f"<{host.split('.')[0]}{hexs(k, 28).upper()}@{host}>"
    if p == "thunderbird":
        return f"<{uid(k)}@{dom}>"
    if p == "yahoo":
        return f"<{digits(k, 10)}.{digits(k, 7, 'b')}.{int(when(m).timestamp() * 1000)}@mail.yahoo.com>"
    if p == "proton":
        return f"<{b64url(k, 43)}=@{dom}>"
    if p == "fastmail":
        return f"<{uid(k)}@app.fastmail.com>"
    if p == "spark":
        return f"<{uid(k)}@Spark>"
    if p == "superhuman":
        return f"<m{hexs(k, 8)}.{uid(k)}@we.are.superhuman.com>"
    if p in ("gv_vm", "gv_text"):
        return f"<000000000000{hexs(k, 16)}@google.com>"
    if p in ("openphone_vm", "openphone_text"):
        return f"<{b64url(k, 22)}@geopod-ismtpd-7.openphone.com>"
    return f"<{hexs(k, 24)}.{digits(k, 6)}@{dom}>"


def thread_index(m, parent_ti):
    if parent_ti:
        return parent_ti + h(m["key"], "ti")[:5]
    ft = int((when(m).timestamp() + 11644473600) * 10_000_000)
    return ft.to_bytes(8, "big")[:6] + h(m["key"], "guid")[:16]


# ------------------------------------------------------------------ plain text
def sig_text(m):
    s = m.get("sig")
    if not s:
        return ""
    if s.startswith("--\n"):
        s = "-- \n" + s[3:]
    return "\n\n" + s


def gt(text):
    return "\n".join(("> " + line) if line and not line.startswith(">") else (">" + line) if line else ">"
                     for line in text.split("\n"))


def to_line(m, keys):
    return "; ".join(addr_plain(k) for k in keys)


def attribution(p, parent, tz):
    d = local(parent, tz)
    name, a = person(parent["frm"])
    if p in ("gmail", "gmail_android", "superhuman"):
        return f"On {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hour12(d)} {name} <{a}> wrote:"
    if p == "iphone":
        return f"On {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {hour12(d)}, {name} <{a}> wrote:"
    if p == "apple_mail":
        return f"Le {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {d:%H:%M}, {name} <{a}> a écrit :"
    if p == "thunderbird":
        return f"On {d:%Y-%m-%d %H:%M}, {name} wrote:"
    if p == "proton":
        return (f"------- Original Message -------\nOn {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} "
                f"{ordinal(d.day)}, {d.year} at {d:%H:%M}, {name} <{a}> wrote:")
    if p == "spark":
        return f"On {d.day} {MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M} {m_off(d)}, {name} <{a}>, wrote:"
    if p == "fastmail":
        return f"On {DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {name} wrote:"
    if p == "yahoo":
        return f"On {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} at {hour12(d, True)} AST, {name} <{a}> wrote:"
    return f"On {d:%Y-%m-%d %H:%M}, {name} <{a}> wrote:"


def m_off(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def outlook_block(lang, parent, tz):
    d = local(parent, tz)
    to = to_line(parent, parent["to"])
    cc = to_line(parent, parent.get("cc", [])) if parent.get("cc") else ""
    subj = parent["subject"]
    frm = addr_plain(parent["frm"])
    if lang == "de":
        lines = [f"Von: {frm}", f"Gesendet: {TAGE[d.weekday()]}, {d.day}. {['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][d.month - 1]} {d.year} {d:%H:%M}",
                 f"An: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Betreff: {subj}"]
        return "________________________________\n" + "\n".join(lines)
    if lang == "fr":
        lines = [f"De : {frm}", f"Date : {JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}",
                 f"À : {to}"] + ([f"Cc : {cc}"] if cc else []) + [f"Objet : {subj}"]
        return "\n".join(lines)
    lines = [f"From: {frm}", f"Sent: {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {hour12(d)}",
             f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subj}"]
    return "________________________________\n" + "\n".join(lines)


def forward_block(p, parent, tz):
    d = local(parent, tz)
    pt = plain(parent)
    name, a = person(parent["frm"])
    if p in OUTLOOKS:
        lang = {"owa_de": "de", "outlook_de": "de", "outlook_mac_fr": "fr"}.get(p, "en")
        return outlook_block(lang, parent, tz) + "\n\n" + pt
    if p == "iphone":
        inner = (f"From: {name} <{a}>\nDate: {MONTHS[d.month - 1]} {d.day}, {d.year} at {hour12(d)[:-3]}:{d.second:02d} "
                 f"{hour12(d)[-2:]} AST\nTo: {to_line(parent, parent['to'])}\nSubject: {parent['subject']}\n\n{pt}")
        return "Begin forwarded message:\n\n" + gt(inner)
    return (f"---------- Forwarded message ---------\nFrom: {name} <{a}>\nDate: {DAYS[d.weekday()][:3]}, "
            f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hour12(d)}\nSubject: {parent['subject']}\n"
            f"To: {to_line(parent, parent['to'])}\n\n\n{pt}")


def phone_display(num):
    if num.startswith("+1 "):
        a, b, c = num[3:].split()
        return f"({a}) {b}-{c}"
    return num


def service_plain(m):
    s = m["service"]
    d = local(m, "-0400")
    num = phone_display(s["number"])
    p = m["program"]
    if p == "openphone_vm":
        return f"""New voicemail

From: {num}
To: Okafor Coaching · (902) 555-0100
Duration: {s['duration']}
Received: {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hour12(d)}

Transcript
"{m['body']}"

Listen in OpenPhone: https://my.openphone.com/inbox/PNx7Kq2Rv1/c/AC{hexs(m['key'], 20)}

You're receiving this email because voicemail notifications are turned on for Okafor Coaching.
Manage notifications: https://my.openphone.com/settings/notifications
OpenPhone Technologies, Inc. · 1 Letterman Dr, San Francisco, CA 94129"""
    if p == "openphone_text":
        return f"""New message

From: {num}
To: Okafor Coaching · (902) 555-0100
{MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hour12(d)}

"{m['body']}"

Reply in OpenPhone: https://my.openphone.com/inbox/PNx7Kq2Rv1/c/AC{hexs(m['key'], 20)}

You're receiving this email because message notifications are turned on for Okafor Coaching.
Manage notifications: https://my.openphone.com/settings/notifications"""
    footer = """YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
This email was sent to you because you indicated that you'd like to receive email notifications for {what}. If you don't want to receive such emails in the future, please update your email notification settings <https://voice.google.com/settings#messaging>.

Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA"""
    if p == "gv_vm":
        return f"""<https://voice.google.com>
New voicemail from {num} at {hour12(d)}
Transcript: {m['body']}
Play message <https://voice.google.com/u/0/voicemail/message/{b64url(m['key'], 24)}>
""" + footer.format(what="voicemails")
    return f"""<https://voice.google.com>
{m['body']}
To respond to this text message, reply to this email or visit Google Voice <https://voice.google.com>.
""" + footer.format(what="text messages")


def plain(m):
    if m["key"] in PLAIN:
        return PLAIN[m["key"]]
    if m.get("service"):
        t = service_plain(m)
    else:
        t = m["body"] + sig_text(m)
        p = m["program"]
        tz = m["tz"]
        if m.get("quote"):
            parent = BY[m["quote"]]
            if p in OUTLOOKS:
                lang = {"owa_de": "de", "outlook_de": "de", "outlook_mac_fr": "fr"}.get(p, "en")
                t += "\n\n" + outlook_block(lang, parent, tz) + "\n\n" + plain(parent)
            elif p in ("iphone", "apple_mail"):
                t += "\n\n" + gt(attribution(p, parent, tz) + "\n\n" + plain(parent))
            else:
                t += "\n\n" + attribution(p, parent, tz) + "\n" + ("\n" if p in ("gmail", "proton") else "") + gt(plain(parent))
        if m.get("fwd"):
            t += "\n\n" + forward_block(m["program"], BY[m["fwd"]], m["tz"])
    PLAIN[m["key"]] = t
    return t


def to_html(text, program, charset="utf-8"):
    out = []
    lines = text.split("\n")

    def block(ls):
        res = []
        i = 0
        while i < len(ls):
            if ls[i].startswith(">"):
                j = i
                inner = []
                while j < len(ls) and ls[j].startswith(">"):
                    inner.append(ls[j][2:] if ls[j].startswith("> ") else ls[j][1:])
                    j += 1
                res.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                           + block(inner) + "</blockquote>")
                i = j
            elif ls[i].startswith("________________________________"):
                res.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
                i += 1
            else:
                res.append(html.escape(ls[i], quote=False) + "<br>")
                i += 1
        return "\n".join(res)

    body = block(lines)
    if program in ("gmail", "gmail_android", "gmail_vacation"):
        return f'<div dir="ltr">{body}</div>\n'
    if program in OUTLOOKS:
        return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                f'<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">\n{body}\n</div>\n</body>\n</html>\n')
    if program == "apple_mail":
        return f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{body}</body></html>\n'
    if program == "yahoo":
        return f'<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">{body}</div></div></body></html>\n'
    return f"<html><body><div>{body}</div></body></html>\n"


# ------------------------------------------------------------------ MIME
def encode(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return text


def text_part(text, subtype, charset, cte, params=""):
    if cte == "7bit":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return (f'Content-Type: text/{subtype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n\n'
            + encode(text, charset, cte).rstrip("\n") + "\n")


def fake_attachment(name, m):
    if name.endswith(".csv"):
        return ("item,2026,2027 draft\nDay rate,650,720\nHalf day,380,420\nSmall job (up to 2h),180,200\n"
                "Retouching per hour,75,85\n").encode()
    title = name.rsplit(".", 1)[0]
    stream = f"BT /F1 14 Tf 72 720 Td ({title}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def attachment_part(name, ctype, m):
    data = base64.encodebytes(fake_attachment(name, m)).decode("ascii")
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Description: {name}\n'
            f'Content-Disposition: attachment; filename="{name}"\nContent-Transfer-Encoding: base64\n\n{data}')


def flowed(text, width=72):
    """RFC 3676 format=flowed, as Thunderbird writes it: long lines broken after a space."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            line = line[1:]
        lead = prefix + (" " if prefix else "")
        if not prefix and (line.startswith(" ") or line.startswith("From ")):
            lead = " "
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(lead) + len(cur) + len(w) > width:
                out.append(lead + cur)  # cur ends with a space: a soft break
                cur = ""
            cur += w + " "
        out.append((lead + cur[:-1]).rstrip(" ") if cur else lead.rstrip(" "))
    return "\n".join(out)


def multipart(subtype, parts, boundary):
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n', body


def body_parts(m):
    """(content-type header lines, body) for the message."""
    p, k = m["program"], m["key"]
    text = plain(m)
    htmltext = to_html(text, p)
    atts = [attachment_part(n, t, m) for n, t in m.get("attach", [])]
    declan = m["frm"] == "declan"
    if p == "iphone" or p == "thunderbird":
        if p == "iphone":
            tp = text_part(text, "plain", "utf-8", "quoted-printable")
        else:
            tp = f"Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n{flowed(text)}\n"
        if not atts:
            head, _, rest = tp.partition("\n\n")
            return head + "\n", rest
        b = ("Apple-Mail-" + uid(k, "b").upper()) if p == "iphone" else "------------" + b64url(k, 24, "b").replace("-", "0").replace("_", "1")
        if p == "thunderbird":
            return multipart("mixed", [tp] + atts, b)[0], "This is a multi-part message in MIME format.\n" + multipart("mixed", [tp] + atts, b)[1]
        return multipart("mixed", [tp] + atts, b)
    if p in OUTLOOKS:
        cs = "windows-1252" if declan else "us-ascii"
        try:
            text.encode(cs)
            htmltext.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        htmltext = to_html(text, p, cs)
        alt = [text_part(text, "plain", cs, "quoted-printable"), text_part(htmltext, "html", cs, "quoted-printable")]
        if p == "outlook_mac_fr":
            b = f"B_39{digits(k, 8)}_{digits(k, 9, 'm')}"
            inner_h, inner_b = multipart("alternative", alt, b)
            return multipart("mixed", [inner_h + "\n" + inner_b] + atts, b.replace("B_", "B_", 1) + "_MIME") if atts else (inner_h, inner_b)
        b = f"_000_{OUTLOOK_HOSTS[m['frm']].split('.')[0]}{hexs(k, 24, 'b').upper()}_"
        if not atts:
            return multipart("alternative", alt, b)
        inner_h, inner_b = multipart("alternative", alt, b)
        return multipart("mixed", [inner_h + "\n" + inner_b] + atts, b.replace("_000_", "_004_"))
    if p == "apple_mail":
        b = "Apple-Mail=_" + uid(k, "b").upper()
        return multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                         text_part(htmltext, "html", "utf-8", "quoted-printable")], b)
    if p == "proton":
        b = "b1=_" + b64url(k, 40, "b").replace("-", "").replace("_", "")
        alt_h, alt_b = multipart("alternative", [text_part(text, "plain", "utf-8", "base64"),
                                                 text_part(htmltext, "html", "utf-8", "base64")], b + "alt")
        return multipart("mixed", [alt_h + "\n" + alt_b], b)
    if p == "yahoo":
        b = f"----=_Part_{digits(k, 7)}_{digits(k, 9, 'x')}.{int(when(m).timestamp() * 1000)}"
        return multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                         text_part(htmltext, "html", "UTF-8", "quoted-printable")], b)
    if p in ("gmail", "gmail_android", "gmail_vacation"):
        b = "000000000000" + hexs(k, 12, "b")
        alt = [text_part(text, "plain", "UTF-8", "7bit" if p != "gmail_android" else "base64"),
               text_part(htmltext, "html", "UTF-8", "quoted-printable")]
        return multipart("alternative", alt, b)
    if p == "spark":
        b = f"{hexs(k, 8, 'b')}_{hexs(k, 8, 'c')}_{hexs(k, 3, 'd')}"
        return multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                         text_part(htmltext, "html", "utf-8", "quoted-printable")], b)
    # fastmail, superhuman, bulk, services
    b = {"fastmail": hexs(k, 32, "b"), "superhuman": "--==_mimepart_" + hexs(k, 12, "b")}.get(p, "----=_NextPart_" + hexs(k, 20, "b"))
    return multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                     text_part(htmltext, "html", "utf-8", "quoted-printable")], b)


def fold_ids(ids):
    return "\n ".join(ids)


def render(m):
    p, k = m["program"], m["key"]
    d = local(m)
    H = []
    if m["box"] == "inbox":
        rcpt = M.COACH_MAIN
        frm_addr = person(m["frm"])[1]
        if p == "gv_text":
            caller = m['service']['number'].replace('+', '').replace(' ', '')
            frm_addr = f"19025550177.{caller}.{b64url(k, 10).replace('-', 'x').replace('_', 'y')}@txt.voice.google.com"
        H.append(f"Return-Path: <{frm_addr if 'gmail' not in p else frm_addr}>")
        H.append(f"Delivered-To: {rcpt}")
        host = frm_addr.split("@")[1]
        H.append(f"Received: from mail-out.{host} (mail-out.{host} [203.0.113.{h(k, 'ip')[0] % 250 + 1}])\n"
                 f"\tby YT3PR01MB6352.CANPRD01.PROD.OUTLOOK.COM with ESMTPS id {hexs(k, 12, 'rid').upper()}\n"
                 f"\tfor <{rcpt}>; {format_datetime(when(m).astimezone(timezone.utc))}")
    date = format_datetime(d)
    if p == "yahoo":
        date = date.replace(", 0", ", ", 1) + " (UTC)"
    if p in ("gmail", "gmail_android", "gmail_vacation", "superhuman"):
        date = date.replace(", 0", ", ", 1)
    # From / To
    if p == "gv_text":
        frm_hdr = f'"{phone_display(m["service"]["number"])}" <{frm_addr}>'
    else:
        frm_hdr = addr(m["frm"])
    H.append(f"From: {frm_hdr}")
    H.append("To: " + ",\n\t".join(addr(t) for t in m["to"]))
    if m.get("cc"):
        H.append("CC: " + ",\n\t".join(addr(t) for t in m["cc"]))
    if m.get("bcc"):
        H.append("Bcc: " + ",\n\t".join(addr(t) for t in m["bcc"]))
    H.append(f"Subject: {hdr(m['subject'])}")
    if p in OUTLOOKS:
        topic = m["subject"]
        stripped = True
        while stripped:
            stripped = False
            for pre in ("Automatic reply: ", "RE: ", "FW: ", "TR: ", "WG: ", "AW: "):
                if topic.startswith(pre):
                    topic, stripped = topic[len(pre):], True
        H.append(f"Thread-Topic: {hdr(topic)}")
        H.append(f"Thread-Index: {base64.b64encode(TI[k]).decode()}")
    H.append(f"Date: {date}")
    H.append(f"Message-ID: {MID[k]}")
    if m.get("irt"):
        H.append(f"In-Reply-To: {MID[m['irt']]}")
    if m.get("refs"):
        H.append("References: " + fold_ids([MID[r] for r in m["refs"]]))
    if m["frm"] == "coach2":
        H.append(f"Reply-To: {addr('coach')}")
    if m["frm"] == "squarespace":
        H.append("Reply-To: Patrick Doucette <pdoucette@example.org>")
    # program headers
    if p in OUTLOOKS:
        lang = {"owa_de": "de-DE", "outlook_de": "de-DE", "outlook_mac_fr": "fr-CA"}.get(p, "en-CA")
        if p == "outlook_mac_fr":
            H.append("User-Agent: Microsoft-MacOutlook/16.91.24111020")
        else:
            H.append(f"Accept-Language: {lang}, en-US")
        H.append(f"Content-Language: {lang}")
        H.append(f"X-MS-Has-Attach: {'yes' if m.get('attach') else ''}")
        H.append("X-MS-TNEF-Correlator: ")
        if p in ("outlook_auto", "outlook_com_auto"):
            H.append("Auto-Submitted: auto-generated")
            H.append("X-Auto-Response-Suppress: All")
            H.append("X-MS-Exchange-Inbox-Rules-Loop: " + person(m["frm"])[1])
    elif p == "apple_mail":
        H.append("X-Mailer: Apple Mail (2.3826.300.87.4.3)")
    elif p == "iphone":
        H.append("X-Mailer: iPhone Mail (22B91)")
    elif p == "thunderbird":
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: en-US")
    elif p == "yahoo":
        H.append("X-Mailer: WebService/1.1.24866 YMailNorrin")
    elif p == "proton":
        H.append(f"X-Pm-Message-ID: {b64url(k, 86, 'pm')}==")
        H.append("X-Pm-Origin: internal")
        H.append("X-Pm-Content-Encryption: end-to-end")
    elif p == "fastmail":
        H.append("User-Agent: Cyrus-JMAP/3.13.0-alpha0-1113-g41b71e5cf6-fm-20261028.001-g41b71e5c")
        H.append(f"X-ME-Sender: <xms:{b64url(k, 30, 'me')}>")
    elif p == "spark":
        H.append(f"X-Readdle-Message-ID: {MID[k][1:-1]}")
    elif p == "superhuman":
        H.append(f"X-Mailer: Superhuman Desktop ({d.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ})")
        H.append(f"X-Superhuman-ID: {b64url(k, 8, 'sid')}")
        H.append(f"X-Superhuman-Draft-ID: draft00{hexs(k, 14, 'dr')}")
    elif p == "gmail_vacation":
        H.append("Auto-Submitted: auto-replied")
        H.append("Precedence: bulk")
    elif p == "bulk":
        H.append(f"List-Unsubscribe: <https://{person(m['frm'])[1].split('@')[1]}/unsubscribe/{hexs(k, 16, 'u')}>")
        H.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        H.append("Precedence: bulk")
    elif p in ("openphone_vm", "openphone_text"):
        H.append(f"X-Entity-Ref-ID: {uid(k, 'ent')}")
    elif p in ("gv_vm", "gv_text"):
        H.append("X-Google-Voice-Notification: true" if p == "gv_vm" else "X-Google-Sender: txt.voice.google.com")
    ctype, body = body_parts(m)
    mime = "MIME-Version: 1.0"
    if p == "apple_mail":
        mime = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"
    elif p == "iphone":
        mime = "Mime-Version: 1.0 (1.0)"
    H.append(mime)
    H.append(ctype.rstrip("\n"))
    if p == "iphone" and "Content-Transfer-Encoding" not in ctype and not m.get("attach"):
        pass
    msg = "\n".join(H) + "\n\n" + body
    return msg.encode("utf-8")


# ------------------------------------------------------------------ main
BY = {}
PLAIN = {}
MID = {}
TI = {}


def main():
    msgs = M.MESSAGES
    keys = [m["key"] for m in msgs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for m in msgs:
        m.setdefault("irt", None)
        m.setdefault("refs", [])
        BY[m["key"]] = m
    seen = set()
    for m in msgs:  # parents come first, and exist
        for r in [m.get("irt"), m.get("quote"), m.get("fwd")] + list(m.get("refs", [])):
            if r:
                assert r in seen, f"{m['key']} points at {r}, not earlier in the list"
                assert when(BY[r]) < when(m), f"{m['key']} is older than {r}"
        seen.add(m["key"])
        MID[m["key"]] = make_msgid(m)
        if m["program"] in OUTLOOKS:
            parent = m.get("irt") or m.get("quote") or m.get("fwd")
            TI[m["key"]] = thread_index(m, TI.get(parent) if parent else None)
    assert len(set(MID.values())) == len(MID), "duplicate Message-IDs"

    for box in ("inbox", "sent"):
        root = os.path.join(HERE, box)
        if os.path.isdir(root):
            shutil.rmtree(root)
        for sub in ("new", "cur", "tmp"):
            os.makedirs(os.path.join(root, sub))
    files = {}
    for box in ("inbox", "sent"):
        items = sorted((m for m in msgs if m["box"] == box), key=when)
        for i, m in enumerate(items, 1):
            name = f"{i:03d}.eml"
            files[m["key"]] = f"{box}/new/{name}"
            with open(os.path.join(HERE, box, "new", name), "wb") as f:
                f.write(render(m))

    inbox = sorted((m for m in msgs if m["box"] == "inbox"), key=when)
    sent = sorted((m for m in msgs if m["box"] == "sent"), key=when)
    with open(os.path.join(HERE, "answered.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "needs_reply", "answered"])
        for m in inbox:
            assert not (m["answered"] and not m["needs_reply"]), m["key"]
            assert m["client"] or not m["needs_reply"], m["key"]
            w.writerow([os.path.basename(files[m["key"]]), m["client"],
                        "yes" if m["needs_reply"] else "no", "yes" if m["answered"] else "no"])

    def ref(k):
        return f"{files[k]} ({k})"

    lines = ["answered-c: key to the messages (generated by build.py from messages.py)", "",
             "Times are Halifax time (AST, -0400).", "", "INBOX", "====="]
    for m in inbox:
        d = when(m)
        lab = "not a client" if not m["client"] else (
            f"needs_reply={'yes' if m['needs_reply'] else 'no'} answered={'yes' if m['answered'] else 'no'}")
        lines.append(f"{os.path.basename(files[m['key']])}  {d:%a %d %b %H:%M}  {m['program']:<16} {m['key']}")
        lines.append(f"     from: {addr_plain(m['frm']) if not m.get('service') else m['service']['number'] + ' via ' + M.PEOPLE[m['frm']][0]}"
                     f"   client: {m['client'] or '-'} ({m['kind']})")
        lines.append(f"     subject: {m['subject']}")
        thr = []
        if m.get("irt"):
            thr.append(f"In-Reply-To {ref(m['irt'])}")
        if m.get("refs"):
            thr.append("References " + ", ".join(ref(r) for r in m["refs"]))
        if thr:
            lines.append("     replies to: " + "; ".join(thr))
        lines.append(f"     label: {lab}")
        lines.append(f"     why: {m['reason']}")
        lines.append("")
    lines += ["SENT", "===="]
    for m in sent:
        d = when(m)
        lines.append(f"{os.path.basename(files[m['key']])}  {d:%a %d %b %H:%M}  {m['program']:<16} {m['key']}")
        lines.append(f"     from: {addr_plain(m['frm'])}  to: {', '.join(addr_plain(t) for t in m['to'])}"
                     + (f"  cc: {', '.join(addr_plain(t) for t in m['cc'])}" if m.get("cc") else "")
                     + (f"  bcc: {len(m['bcc'])} clients" if m.get("bcc") else ""))
        lines.append(f"     subject: {m['subject']}")
        lines.append("     In-Reply-To: " + (ref(m["irt"]) if m.get("irt") else "none"))
        lines.append("     References: " + (", ".join(ref(r) for r in m["refs"]) if m.get("refs") else "none"))
        if m.get("fwd"):
            lines.append(f"     forwards: {ref(m['fwd'])}")
        lines.append(f"     note: {m['note']}")
        lines.append("")
    with open(os.path.join(HERE, "key.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    n_client = sum(1 for m in inbox if m["client"])
    n_need = sum(1 for m in inbox if m["needs_reply"])
    n_ans = sum(1 for m in inbox if m["answered"])
    print(f"inbox {len(inbox)} ({n_client} from clients, {len(inbox) - n_client} others), sent {len(sent)}; "
          f"needs_reply {n_need}, answered {n_ans}, open {n_need - n_ans}")


def check():
    """Standard-library checks of what main() wrote."""
    import email
    import email.policy
    import tomllib

    ids = {}
    parsed = {}
    for box in ("inbox", "sent"):
        for sub in ("cur", "tmp"):
            assert os.listdir(os.path.join(HERE, box, sub)) == [], f"{box}/{sub} not empty"
        for name in sorted(os.listdir(os.path.join(HERE, box, "new"))):
            with open(os.path.join(HERE, box, "new", name), "rb") as f:
                msg = email.message_from_bytes(f.read(), policy=email.policy.default)
            assert not msg.defects, (box, name, msg.defects)
            for part in msg.walk():
                assert not part.defects, (box, name, part.defects)
                if part.get_content_maintype() == "text":
                    part.get_content()  # decodes
            mid = msg["Message-ID"].strip()
            assert mid not in ids, f"duplicate Message-ID {mid}"
            ids[mid] = f"{box}/{name}"
            parsed[f"{box}/{name}"] = msg
    dangling = 0
    for where, msg in parsed.items():
        for header in ("In-Reply-To", "References"):
            for ref in (msg.get(header) or "").split():
                if ref not in ids:
                    dangling += 1
                    print(f"dangling {header} in {where}: {ref}")
    assert dangling == 0
    with open(os.path.join(HERE, "answered.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    inbox_files = sorted(os.listdir(os.path.join(HERE, "inbox", "new")))
    assert [r["file"] for r in rows] == inbox_files, "answered.csv rows != inbox files"
    for r in rows:
        assert r["needs_reply"] in ("yes", "no") and r["answered"] in ("yes", "no")
        assert not (r["answered"] == "yes" and r["needs_reply"] == "no")
        assert r["client"] or (r["needs_reply"], r["answered"]) == ("no", "no")
    with open(os.path.join(HERE, "config.toml"), "rb") as f:
        cfg = tomllib.load(f)
    assert cfg["mailbox"]["kind"] == "maildir" and cfg["mailbox"]["path"] == "inbox"
    assert cfg["coach"]["emails"] == [M.COACH_MAIN, M.COACH_SECOND]
    roster = {c["name"]: c for c in cfg["clients"]}
    for c in M.CLIENTS:
        r = roster[c["name"]]
        assert r["emails"] == c["emails"] and r["phones"] == c["phones"], c["name"]
        assert r.get("status", "active") == c.get("status", "active"), c["name"]
    assert len(roster) == len(M.CLIENTS)
    by_email = {e.lower(): c["name"] for c in cfg["clients"] for e in c["emails"]}
    by_phone = {"".join(ch for ch in p if ch.isdigit()): c["name"] for c in cfg["clients"] for p in c["phones"]}
    for m in M.MESSAGES:
        if m["box"] != "inbox":
            continue
        if m.get("service"):
            who = by_phone.get("".join(ch for ch in m["service"]["number"] if ch.isdigit()), "")
        else:
            who = by_email.get(person(m["frm"])[1].lower(), "")
        assert who == m["client"], (m["key"], who, m["client"])
    print(f"checked: {len(parsed)} messages parse, {len(ids)} unique Message-IDs, no dangling references, "
          f"{len(rows)} label rows, config.toml loads and matches the roster")


if __name__ == "__main__":
    main()
    check()
