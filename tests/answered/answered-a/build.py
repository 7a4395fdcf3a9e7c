"""Build eval set answered-a from messages.py: inbox/ and sent/ Maildirs, config.toml, answered.csv.

Run: /work/main/.venv/bin/python tests/evalsets-unscored/answered-a/build.py
Deterministic: the same messages.py gives the same bytes.
"""
import base64
import csv
import hashlib
import html
import shutil
import uuid
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from messages import COACH_GV_NUMBER, M, PEOPLE, ROSTER

HERE = Path(__file__).resolve().parent
COACH_TZ = ZoneInfo("America/Chicago")
BODY_POLICY = policy.default.clone(linesep="\n")  # bodies: quoted-printable lines of at most 76
POLICY = policy.default.clone(linesep="\n", max_line_length=998)  # headers: folded by fold()
BY_KEY = {x["key"]: x for x in M}


def h(key, n=40, salt=""):
    return hashlib.sha256((salt + key).encode()).hexdigest()[:n]


def hint(key, salt=""):
    return int(h(key, 12, salt), 16)


def when(msg):
    dt = datetime.strptime("2026-" + msg["when"], "%Y-%m-%d %H:%M").replace(tzinfo=COACH_TZ)
    return dt + timedelta(seconds=hint(msg["key"], "sec") % 60)


def person(k):
    name, addr, tz = PEOPLE[k]
    return name, addr, ZoneInfo(tz)


def addr_header(k):
    name, addr, _ = person(k)
    return f'"{name}" <{addr}>' if "." in name else f"{name} <{addr}>"


def local(msg):
    """The message's date in its sender's zone."""
    return when(msg).astimezone(person(msg["frm"])[2])


def digits(phone):
    return "".join(c for c in phone if c.isdigit())


# ------------------------------------------------------------------ Message-IDs, per program
def message_id(msg):
    k, prog = msg["key"], msg["prog"]
    domain = person(msg["frm"])[1].split("@")[1]
    if prog == "gmail":
        raw = base64.b64encode(bytes.fromhex(h(k, 48))).decode().replace("/", "_")
        return f"<CA{raw[:2].upper()}{raw}@mail.gmail.com>"
    if prog == "outlook":
        box = "SJ0PR11MB" + str(4000 + hint(k) % 5000)
        return f"<{box}{h(k, 32).upper()}@{box}.namprd11.prod.outlook.com>"
    if prog in ("apple", "iphone"):
        return f"<{str(uuid.UUID(h(k, 32))).upper()}@{domain}>"
    if prog == "yahoo":
        return f"<{hint(k) % 10**9}.{hint(k, 'b') % 10**6}.{1794000000000 + hint(k, 'c') % 10**9}@mail.yahoo.com>"
    if prog in ("gv_voicemail", "gv_text"):
        return f"<0000000000{h(k, 22)}@google.com>"
    return f"<{h(k, 24)}.{hint(k) % 100000}@mta.{domain}>"


def thread_index(msg):
    """Outlook's Thread-Index: 22 bytes for a new conversation, 5 more for each reply."""
    chain, cur = [], msg
    while cur is not None:
        chain.append(cur)
        cur = BY_KEY.get(cur["parent"]) if cur["parent"] else None
    root = chain[-1]
    data = bytes.fromhex("01dc" + h(root["key"], 40, "ti"))
    for link in reversed(chain[:-1]):
        data += bytes.fromhex(h(link["key"], 10, "ti2"))
    return base64.b64encode(data).decode()


def references(msg):
    """The References a program would write: the parent's References (or its In-Reply-To) plus its id."""
    parent = BY_KEY[msg["parent"]]
    refs = list(parent.get("_refs") or [])
    if not refs and parent.get("_irt"):
        refs = [parent["_irt"]]
    return refs + [parent["_id"]]


# ------------------------------------------------------------------ quoting and forwarding
def ampm(dt):
    return dt.strftime("%-I:%M %p")


def quote(msg, parent):
    pdt = when(parent).astimezone(person(msg["frm"])[2])
    pname, paddr, _ = person(parent["frm"])
    pbody = parent["_text"].rstrip("\n")
    prog = msg["prog"]
    if prog == "gmail":
        head = f"On {pdt.strftime('%a, %b %-d, %Y')} at {ampm(pdt)} {pname} <{paddr}> wrote:"
        return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in pbody.split("\n")) + "\n"
    if prog in ("apple", "iphone"):
        head = f"On {pdt.strftime('%b %-d, %Y')}, at {pdt.strftime('%H:%M') if prog == 'apple' else ampm(pdt)}, {pname} <{paddr}> wrote:"
        lines = [head, ""] + pbody.split("\n")
        return "\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if prog == "outlook":
        to = ", ".join(f"{person(t)[0]} <{person(t)[1]}>" for t in [parent["to"]])
        cc = ", ".join(f"{person(t)[0]} <{person(t)[1]}>" for t in parent["cc"])
        block = ["", "", "_" * 32, f"From: {pname} <{paddr}>",
                 f"Sent: {pdt.strftime('%A, %B %-d, %Y')} {ampm(pdt)}",
                 f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {parent['_subject']}", "", pbody]
        return "\n".join(block) + "\n"
    if prog == "yahoo":
        head = (f" On {pdt.strftime('%A, %B %-d, %Y')} at {pdt.strftime('%I:%M:%S %p')} "
                f"{pdt.strftime('%Z')}, {pname} <{paddr}> wrote: ")
        return "\n\n" + head + "\n\n\n" + pbody + "\n"
    return ""


def forward_block(msg):
    f = msg["fwd"]
    fdt = datetime.strptime("2026-" + f["when"], "%Y-%m-%d %H:%M").replace(tzinfo=COACH_TZ)
    fdt = fdt.astimezone(person(msg["frm"])[2])
    frm = f"{f['frm'][0]} <{f['frm'][1]}>"
    to = f"{f['to'][0]} <{f['to'][1]}>" if f["to"][0] else f"<{f['to'][1]}>"
    if msg["prog"] == "gmail":
        return ("\n\n---------- Forwarded message ---------\n"
                f"From: {frm}\nDate: {fdt.strftime('%a, %b %-d, %Y')} at {ampm(fdt)}\n"
                f"Subject: {f['subject']}\nTo: {to}\n\n\n{f['body']}\n")
    lines = [f"From: {frm}", f"Subject: {f['subject']}",
             f"Date: {fdt.strftime('%B %-d, %Y')} at {fdt.strftime('%H:%M:%S')} {fdt.strftime('%Z')}",
             f"To: {to}", ""] + f["body"].split("\n")
    return "\n\nBegin forwarded message:\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"


def to_html(text, prog):
    out, depth = [], 0
    for line in text.rstrip("\n").split("\n"):
        d = 0
        while line.startswith(">"):
            line = line[1:].lstrip(" ") if line[1:2] == " " or line == ">" else line[1:]
            d += 1
        while depth < d:
            out.append('<blockquote type="cite">' if prog in ("apple", "iphone") else
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        if prog == "outlook":
            out.append(f"<p>{html.escape(line) or '&nbsp;'}</p>")
        else:
            out.append(html.escape(line) + "<br>" if line else "<br>")
    out += ["</blockquote>"] * depth
    inner = "\n".join(out)
    if prog == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if prog == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
                f'font-size: 12pt;">\n{inner}\n</div>\n</body>\n</html>\n')
    if prog in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word;">{inner}</body></html>\n')
    return f"<html><body>{inner}</body></html>\n"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
            b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

GV_FOOTER = """YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
This email was sent to you because you indicated that you'd like to receive email notifications for {what}. If you don't want to receive such emails in the future, please update your email notification settings <https://voice.google.com/settings#messaging>.

Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
"""


# ------------------------------------------------------------------ building one message
def build(msg):
    prog = msg["prog"]
    dt = local(msg)
    em = EmailMessage(policy=BODY_POLICY)
    msg["_id"] = message_id(msg)
    msg["_refs"], msg["_irt"] = None, None

    if msg["box"] == "inbox":
        recv = when(msg) + timedelta(seconds=2 + hint(msg["key"], "r") % 20)
        em["Return-Path"] = f"<{person(msg['frm'])[1]}>"
        em["Delivered-To"] = person(msg["to"])[1]
        em["Received"] = (f"from {'mail-' + h(msg['key'], 6, 'mx') + '.google.com' if prog.startswith('gv') or prog == 'gmail' else 'mx.' + person(msg['frm'])[1].split('@')[1]}"
                          f" by mx.avery-coaching.example with ESMTPS id {h(msg['key'], 10, 'id').upper()}"
                          f" for <{person(msg['to'])[1]}>; {format_datetime(recv)}")

    if prog == "gv_voicemail":
        t = dt.strftime("%-I:%M %p")
        subject = f"New voicemail from {msg['phone']} at {t}"
        text = (f"Voicemail from: {msg['phone']} at {t}\nTranscript: {msg['body'].strip()}\n"
                f"Play message <https://voice.google.com/u/0/voicemail/message/{h(msg['key'], 20, 'vm')}>\n\n"
                + GV_FOOTER.format(what="voicemails"))
        em["From"] = "Google Voice <voice-noreply@google.com>"
        em["To"] = person(msg["to"])[1]
    elif prog == "gv_text":
        subject = f"New text message from {msg['phone']}"
        text = (f"<https://voice.google.com>\n{msg['body'].strip()}\n\n"
                "To respond to this text message, reply to this email or visit Google Voice <https://voice.google.com>.\n"
                + GV_FOOTER.format(what="text messages"))
        em["From"] = (f'"{msg["phone"]}" <1{digits(COACH_GV_NUMBER)}.1{digits(msg["phone"])}.'
                      f'{h(msg["key"], 10, "gvt")}@txt.voice.google.com>')
        em["To"] = person(msg["to"])[1]
    else:
        subject = msg["subject"]
        text = msg["body"]
        if prog == "iphone" and "Sent from my iPhone" not in text:
            text = text.rstrip("\n") + "\n\nSent from my iPhone\n"
        if msg["fwd"]:
            text = text.rstrip("\n") + forward_block(msg)
        em["From"] = addr_header(msg["frm"])
        em["To"] = addr_header(msg["to"])
        if msg["cc"]:
            em["Cc"] = ", ".join(addr_header(c) for c in msg["cc"])
    msg["_subject"] = subject

    em["Subject"] = subject
    em["Date"] = format_datetime(dt)
    em["Message-ID"] = msg["_id"]

    if msg["parent"]:
        parent = BY_KEY[msg["parent"]]
        refs = references(msg)
        if msg["thread"] in ("both", "irt"):
            em["In-Reply-To"] = parent["_id"]
            msg["_irt"] = parent["_id"]
        if msg["thread"] in ("both", "refs"):
            em["References"] = " ".join(refs)
            msg["_refs"] = refs
        text = text.rstrip("\n") + "\n" + quote(msg, parent)
    msg["_text"] = text

    if prog == "outlook":
        em["Thread-Topic"] = subject.split(": ", 1)[1] if subject[:3].upper() in ("RE:", "FW:") else subject
        em["Thread-Index"] = thread_index(msg)
        em["Accept-Language"] = "en-US"
        em["Content-Language"] = "en-US"
        em["X-MS-Has-Attach"] = "yes" if msg["attach"] else ""
        em["X-MS-TNEF-Correlator"] = ""
    elif prog == "apple":
        em["X-Mailer"] = "Apple Mail (2.3826.300.87.4.3)"
    elif prog == "iphone":
        em["X-Mailer"] = "iPhone Mail (22B91)"
    elif prog == "yahoo":
        em["X-Mailer"] = "WebService/1.1.24652 YMailNorrin"
    elif prog == "bulk":
        em["List-Unsubscribe"] = f"<https://{person(msg['frm'])[1].split('@')[1]}/unsubscribe/{h(msg['key'], 16)}>"
        em["Precedence"] = "bulk"
    elif prog.startswith("gv"):
        em["Auto-Submitted"] = "auto-generated"

    cte = "7bit" if text.isascii() else "quoted-printable"
    em.set_content(text, charset="utf-8" if prog != "apple" or not text.isascii() else "us-ascii", cte=cte)
    body_html = to_html(text, prog)
    em.add_alternative(body_html, subtype="html", charset="utf-8",
                       cte="7bit" if body_html.isascii() and prog not in ("outlook", "gmail") else "quoted-printable")
    for name, mime in msg["attach"]:
        maintype, subtype = mime.split("/")
        em.add_attachment(FAKE_PDF + name.encode(), maintype=maintype, subtype=subtype, filename=name)

    # boundaries as each program writes them
    def boundary(salt):
        if prog == "gmail" or prog.startswith("gv"):
            return "000000000000" + h(msg["key"], 12, salt)
        if prog == "outlook":
            return f"_00{salt[-1]}_{message_id(msg)[1:].split('@')[0][:40]}_"
        if prog in ("apple", "iphone"):
            return "Apple-Mail=_" + str(uuid.UUID(h(msg["key"], 32, salt))).upper()
        if prog == "yahoo":
            return f"----=_Part_{hint(msg['key'], salt) % 10**6}_{hint(msg['key'], salt + 'x') % 10**9}.{1794000000000 + hint(msg['key'], salt + 'y') % 10**9}"
        return "b1_" + h(msg["key"], 32, salt)

    for part in em.walk():
        if part is not em:
            del part["MIME-Version"]
    if msg["attach"]:
        em.set_boundary(boundary("mix4"))
        em.get_payload()[0].set_boundary(boundary("alt0"))
    else:
        em.set_boundary(boundary("alt0"))
    return fold(em.as_bytes(policy=POLICY))


def fold(data):
    """Fold the long References and Received lines at spaces, as mail programs do."""
    head, sep, body = data.partition(b"\n\n")
    out = []
    for line in head.split(b"\n"):
        if line.startswith((b"References: ", b"Received: ")) and len(line) > 78:
            words, cur = line.split(b" "), b""
            for w in words:
                if cur and len(cur) + 1 + len(w) > 76:
                    out.append(cur)
                    cur = b" " + w
                else:
                    cur = cur + b" " + w if cur else w
            out.append(cur)
        else:
            out.append(line)
    return b"\n".join(out) + sep + body


def main():
    for box in ("inbox", "sent"):
        shutil.rmtree(HERE / box, ignore_errors=True)
        for sub in ("cur", "new", "tmp"):
            (HERE / box / sub).mkdir(parents=True)
            if sub != "new":  # git keeps no empty folder; Maildir readers skip dot files
                (HERE / box / sub / ".keep").write_bytes(b"")

    # build in date order so that parents get their ids before their replies
    ordered = sorted(M, key=when)
    counts = {"inbox": 0, "sent": 0}
    rows = []
    client_of = {}
    for name, keys, _ in ROSTER:
        for k in keys:
            client_of[k] = name
    phone_client = {digits(p)[-10:]: name for name, _, phones in ROSTER for p in phones}
    for msg in ordered:
        data = build(msg)
        counts[msg["box"]] += 1
        fname = f"{counts[msg['box']]:03d}.eml"
        msg["_file"] = fname
        (HERE / msg["box"] / "new" / fname).write_bytes(data)
        if msg["box"] == "inbox":
            if msg["prog"].startswith("gv"):
                client = phone_client.get(digits(msg["phone"])[-10:], "")
            else:
                client = client_of.get(msg["frm"], "")
            needs, answered = msg["label"]
            rows.append((fname, client, needs, answered, msg["key"]))

    with open(HERE / "answered.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "needs_reply", "answered"])
        for r in rows:
            w.writerow(r[:4])

    coach_emails = [PEOPLE["robin"][1], PEOPLE["robin_g"][1]]
    lines = [
        "# Eval set answered-a (written blind, UNSCORED): `doorstep eval` with this file; the mailbox is",
        "# inbox/ (INBOX) and sent/ (the coach's Sent folder), both Maildirs next to this file.",
        "",
        "[coach]",
        'name = "Robin Avery"',
        "emails = [" + ", ".join(f'"{e}"' for e in coach_emails) + "]",
        'phone_region = "US"',
        'timezone = "America/Chicago"',
        "",
        "[mailbox]",
        'kind = "maildir"',
        'path = "inbox"',
        "",
        "[digest]",
        'deliver = "file"',
        'file_dir = "/tmp/doorstep-answered-a-digests"',
        "",
        "[storage]",
        'url = "sqlite:///:memory:"',
    ]
    for name, keys, phones in ROSTER:
        lines += ["", "[[clients]]", f'name = "{name}"',
                  "emails = [" + ", ".join(f'"{PEOPLE[k][1]}"' for k in keys) + "]",
                  "phones = [" + ", ".join(f'"{p}"' for p in phones) + "]"]
    (HERE / "config.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # a summary for README.md
    inbox = [r for r in rows]
    clients = [r for r in inbox if r[1]]
    needs = [r for r in inbox if r[2] == "yes"]
    ans = [r for r in needs if r[3] == "yes"]
    print(f"inbox {counts['inbox']} (from clients {len(clients)}), sent {counts['sent']}")
    print(f"needs a reply {len(needs)}: answered {len(ans)}, not answered {len(needs) - len(ans)}")
    for msg in ordered:
        if msg["box"] == "inbox" and msg["label"][0] == "yes":
            print(f"  {msg['_file']} {msg['key']:4} answered={msg['label'][1]:3} {msg['note']}")


if __name__ == "__main__":
    main()
