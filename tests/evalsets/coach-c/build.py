"""Wraps the hand-written texts in messages.py into .eml files and writes labels.csv.

Only the MIME wrapping is scripted; every message's words are in messages.py.
Run: /work/main/.venv/bin/python build.py
"""
import base64, csv, hashlib, quopri, sys
from email.utils import formataddr
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from messages import COACH, CLIENTS, MESSAGES  # noqa: E402

HERE = Path(__file__).parent


def enc_body(text, charset, cte):
    raw = text.encode(charset, errors="replace")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(charset)


def part(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + enc_body(text, charset, cte)


def to_html(text):
    import html
    lines = [html.escape(l) for l in text.split("\n")]
    out, inq = [], False
    for l in lines:
        if l.startswith("&gt;"):
            if not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inq = True
            out.append(l[4:].lstrip() + "<br>")
        else:
            if inq:
                out.append("</blockquote>")
                inq = False
            out.append((l or "") + "<br>")
    if inq:
        out.append("</blockquote>")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + "\n".join(out) + "</div></body></html>\n"


def encode_header(value):
    from email.header import Header
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


PROGRAMS = {
    "gmail": {"mid": "CA{h}@mail.gmail.com", "hdr": "", "alt": True},
    "gmail_android": {"mid": "CA{h}@mail.gmail.com", "hdr": "", "alt": True},
    "apple": {"mid": "{H}@example.mac", "hdr": "X-Mailer: Apple Mail (2.3826.300.87)\n", "alt": False,
              "mime": "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87\\))"},
    "iphone": {"mid": "{H}@iphone.local", "hdr": "X-Mailer: iPhone Mail (22B91)\n", "alt": False,
               "mime": "Mime-Version: 1.0 (1.0)"},
    "outlook": {"mid": "{H}@{dom}", "hdr": "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdtK{h8}==\nContent-Language: {lang}\n", "alt": True},
    "owa": {"mid": "YT3PR01MB{h8}@YT3PR01MB.CANPRD01.PROD.OUTLOOK.COM", "hdr": "x-ms-exchange-messagesentrepresentingtype: 1\nContent-Language: {lang}\n", "alt": True},
    "thunderbird": {"mid": "{h8}-{h4}@{dom}", "hdr": "User-Agent: Mozilla Thunderbird\nContent-Language: {lang}\n", "alt": False, "flowed": True},
    "plain": {"mid": "{h}@{dom}", "hdr": "", "alt": False},
}


def build(m):
    h = hashlib.sha1(m["file"].encode()).hexdigest()
    prog = PROGRAMS[m.get("prog", "gmail")]
    frm_name, frm_email = m["from"]
    dom = frm_email.split("@")[1]
    mid = prog["mid"].format(h=h[:30].upper() + "+" + h[30:36], H=h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:28].upper(), h8=h[:16].upper(), h4=h[16:20], dom=dom)
    lang = m.get("lang", "en-CA")
    headers = []
    if m.get("received", True):
        headers.append(f"Return-Path: <{frm_email}>")
        headers.append(f"Received: from mail.{dom} (mail.{dom} [203.0.113.{int(h[:2],16)%250+1}])\n\tby mx.tremblay-coaching.example with ESMTPS id {h[:12]}\n\tfor <elise@tremblay-coaching.example>; {m['date']}")
    headers.append(f"From: {addr(frm_name, frm_email)}")
    headers.append(f"To: {m.get('to', addr(COACH[0], COACH[1]))}")
    if m.get("cc"):
        headers.append(f"Cc: {m['cc']}")
    headers.append(f"Subject: {encode_header(m['subject'])}")
    headers.append(f"Date: {m['date']}")
    headers.append(f"Message-ID: <{m.get('mid', mid)}>")
    if m.get("reply_to_mid"):
        headers.append(f"In-Reply-To: <{m['reply_to_mid']}>\nReferences: <{m['reply_to_mid']}>")
    for x in m.get("headers", []):
        headers.append(x)
    extra_hdr = prog["hdr"].format(h8=h[:16], lang=lang)
    if extra_hdr:
        headers.append(extra_hdr.rstrip("\n"))
    headers.append(prog.get("mime", "MIME-Version: 1.0"))

    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    body = m["body"].strip("\n") + "\n"
    flowed = '; format=flowed' if prog.get("flowed") else ""
    if m.get("raw_body_part"):
        main = m["raw_body_part"]
    elif m.get("html", prog["alt"]):
        b = "alt_" + h[:20]
        main = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
                f"--{b}\n" + part("text/plain", body, charset, cte) + f"\n--{b}\n"
                + part("text/html", to_html(body), "utf-8", "quoted-printable" if cte != "base64" else "base64")
                + f"\n--{b}--\n")
    else:
        main = part("text/plain", body, charset, cte, flowed)
    atts = m.get("attachments", [])
    if atts:
        b = "mix_" + h[20:38]
        out = f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\n--{b}\n" + main + "\n"
        for fname, ctype, data in atts:
            payload = base64.encodebytes(data if isinstance(data, bytes) else data.encode()).decode()
            out += (f"--{b}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\n"
                    f"Content-Transfer-Encoding: base64\n\n{payload}\n")
        out += f"--{b}--\n"
        main = out
    return "\n".join(headers) + "\n" + main


def main():
    names = set()
    rows = []
    for m in MESSAGES:
        assert m["file"] not in names, m["file"]
        names.add(m["file"])
        text = build(m)
        (HERE / m["file"]).write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
        rows.append([m["file"], m["client"], m["kind"], m["tag"], m["urgent"], m["traits"]])
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
