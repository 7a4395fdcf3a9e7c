#!/usr/bin/env python3
"""Build the machines-d labelled set from messages.py.

    /work/main/.venv/bin/python tests/evalsets-unscored/machines-d/build.py

Standard library only, deterministic (fixed seed, fixed dates): writes md-NNN.eml (shuffled, so
the numbers do not follow the categories), labels.csv and config.toml next to this file.
"""

import base64
import csv
import datetime
import hashlib
import html
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import messages as M  # noqa: E402

SEED = 20261203
PREFIX = "md"
COACH_MX = "mx1.ramanholt-careers.example"


# ---------------------------------------------------------------------------------------------
# small deterministic helpers
# ---------------------------------------------------------------------------------------------

class Rng:
    """A random.Random seeded from the global seed and a key, so each message is stable."""

    def __init__(self, key):
        h = hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()
        self.r = random.Random(int(h[:16], 16))

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def int(self, a, b):
        return self.r.randint(a, b)

    def uuid(self, upper=True):
        h = self.hex(32, upper)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def bytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def ip(self, first=None):
        a = first if first is not None else self.r.choice([23, 34, 52, 64, 74, 98, 142, 167, 185, 199, 203, 209])
        return f"{a}.{self.int(1, 254)}.{self.int(1, 254)}.{self.int(1, 254)}"


def parse_date(s, rng=None, second=None):
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = sign * datetime.timedelta(hours=int(z[1:3]), minutes=int(z[3:5]))
    y, mo, da = map(int, d.split("-"))
    h, mi = map(int, t.split(":"))
    sec = second if second is not None else (rng.int(0, 59) if rng else 0)
    return datetime.datetime(y, mo, da, h, mi, sec, tzinfo=datetime.timezone(off))


def rfc(dt):
    return format_datetime(dt)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def codec(charset):
    return {"iso-2022-jp": "iso2022_jp", "us-ascii": "ascii", "windows-1252": "cp1252",
            "shift_jis": "shift_jis"}.get(charset.lower(), charset)


def enc_header(value, charset="utf-8"):
    if value is None:
        return None
    if is_ascii(value):
        return value
    try:
        value.encode(codec(charset))
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, maxlinelen=76).encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    try:
        name.encode(codec(charset))
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset=charset)


def enc_addrs(pairs, charset="utf-8"):
    return ", ".join(enc_addr(n, a, charset) for n, a in pairs)


def flowed(text, width=72):
    """Wrap text as format=flowed (RFC 3676): soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() else "")
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_body(text, charset, cte):
    raw = text.encode(codec(charset))
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def pick_cte(text, charset, prefer="quoted-printable"):
    long_lines = any(len(line) > 76 for line in text.split("\n"))
    if charset.lower() == "iso-2022-jp":
        return "7bit"
    if is_ascii(text) and not long_lines:
        return "7bit"
    return prefer


# ---------------------------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------------------------

class Leaf:
    def __init__(self, ctype, body, charset=None, cte=None, params=(), headers=()):
        self.ctype, self.charset, self.params, self.extra = ctype, charset, list(params), list(headers)
        if isinstance(body, str):
            cs = (charset or "us-ascii").strip('"')
            self.cte = cte or pick_cte(body, cs)
            self.payload = encode_body(body, cs, self.cte)
        else:
            self.cte = cte
            self.payload = base64.encodebytes(body) if cte == "base64" else body

    def headers(self):
        params = ([f"charset={self.charset}"] if self.charset else []) + self.params
        ct = self.ctype + "".join(f";\n\t{p}" if len(self.ctype) + sum(len(x) for x in params) > 60 else f"; {p}"
                                  for p in params)
        hs = [("Content-Type", ct)]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        return hs + self.extra

    def body(self):
        p = self.payload
        return p if p.endswith(b"\n") else p + b"\n"


class Multi:
    def __init__(self, ctype, parts, boundary, params=(), headers=(), preamble=None, quote_boundary=True,
                 cte=None):
        self.ctype, self.parts, self.boundary, self.params = ctype, parts, boundary, list(params)
        self.extra, self.preamble, self.qb, self.cte = list(headers), preamble, quote_boundary, cte

    def headers(self):
        b = f'boundary="{self.boundary}"' if self.qb else f"boundary={self.boundary}"
        ps = self.params + [b]
        hs = [("Content-Type", self.ctype + ";\n\t" + ";\n\t".join(ps))]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        return hs + self.extra

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for p in self.parts:
            out += f"--{self.boundary}\n".encode() + render_part(p) + b"\n"
        out += f"--{self.boundary}--\n".encode()
        return out


def render_headers(hs):
    out = b""
    for k, v in hs:
        if v is None:
            continue
        out += f"{k}: {v}\n".encode("ascii")
    return out


def render_part(p):
    return render_headers(p.headers()) + b"\n" + p.body()


def render_message(top, root):
    return render_headers(top) + render_headers(root.headers()) + b"\n" + root.body()


def text_to_html(text, font="Calibri, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [linkify(html.escape(l)) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def linkify(s):
    return re.sub(r"&lt;(https?://[^&]+?)&gt;", r'<a href="\1">\1</a>', s)


# ---------------------------------------------------------------------------------------------
# fake binary attachments
# ---------------------------------------------------------------------------------------------

def fake_jpeg(rng, n=2400):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return head + rng.bytes(n) + b"\xff\xd9"


def fake_audio(rng, ctype, n=3000):
    if ctype == "audio/wav":
        data = rng.bytes(n)
        return (b"RIFF" + (36 + n).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little")
                + bytes.fromhex("01000100401f0000803e000002001000") + b"data" + n.to_bytes(4, "little") + data)
    if ctype == "audio/amr":
        return b"#!AMR\n" + rng.bytes(n)
    if ctype == "audio/mp4":
        return b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom" + rng.bytes(n)
    return b"ID3\x04\x00\x00\x00\x00\x00\x23TSSE\x00\x00\x00\x0f\x00\x00\x03Lavf58.76.100\x00" + b"\xff\xfb\x90\x64" + rng.bytes(n)


# ---------------------------------------------------------------------------------------------
# transport headers (Return-Path, Delivered-To, Received)
# ---------------------------------------------------------------------------------------------

def transport(rng, dt, env_from, helo, rcpt=M.COACH, extra_hops=()):
    arrive = dt + datetime.timedelta(seconds=rng.int(2, 40))
    qid = rng.alnum(13, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    hs = [("Return-Path", f"<{env_from}>"), ("Delivered-To", rcpt)]
    hs.append(("Received", f"from {helo} ({helo} [{rng.ip()}])\n\tby {COACH_MX} (Postfix) with ESMTPS id 4H{qid}\n\t"
                           f"for <{rcpt}>; {rfc(arrive)}"))
    for h in extra_hops:
        hs.append(("Received", h))
    return hs


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


# ---------------------------------------------------------------------------------------------
# the coach's own messages (returned in bounces, referenced by replies)
# ---------------------------------------------------------------------------------------------

def orig_msgid(o):
    h = hashlib.sha256((o["subject"] + o["date"] + o.get("to", ("", ""))[1]).encode()).hexdigest()
    frm = o.get("frm", (M.COACH_NAME, M.COACH))
    if frm[1] == M.COACH_GMAIL or o.get("gmail"):
        return f"<CAJ7kq={h[:6]}{h[6:30].upper()}@mail.gmail.com>"
    return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@ramanholt-careers.example>"


def render_original(o):
    rng = Rng("orig:" + o["subject"] + o["date"])
    frm = o.get("frm", (M.COACH_NAME, M.COACH))
    dt = parse_date(o["date"], rng)
    to = o.get("to", ("", ""))
    text = o["text"]
    cs = "utf-8" if not is_ascii(text) else "us-ascii"
    if o.get("gmail"):
        top = [("Received", f"by mail-wm1-f41.google.com with SMTP id 5b1f17b1804b1-43{rng.digits(9)}so{rng.digits(8)}5e9.2\n"
                            f"        for <{to[1]}>; {rfc(dt)}"),
               ("X-Google-Smtp-Source", "AGHT+I" + rng.alnum(40)),
               ("MIME-Version", "1.0"), ("From", enc_addr(*frm)), ("Date", rfc(dt)),
               ("Message-ID", orig_msgid(o)), ("Subject", enc_header(o["subject"])), ("To", enc_addr(*to))]
        leaf = Leaf("text/plain", text, charset='"UTF-8"' if cs == "utf-8" else '"UTF-8"',
                    cte=pick_cte(text, "utf-8"))
        leaf.payload = encode_body(text, "utf-8", leaf.cte)
        return render_message(top, leaf)
    top = [("Return-Path", f"<{frm[1]}>"),
           ("Received", f"from smtpclient.apple (bras-base-toroon0964w-grc-24-142-{rng.int(100, 200)}-{rng.int(2, 250)}.dsl.bell.ca [142.{rng.int(110, 130)}.{rng.int(1, 250)}.{rng.int(1, 250)}])\n"
                        f"\tby smtp.ramanholt-careers.example (Postfix) with ESMTPSA id 4H{rng.alnum(12)}\n\tfor <{to[1]}>; {rfc(dt)}"),
           ("From", enc_addr(*frm)), ("Content-Type", None),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
           ("Subject", enc_header(o["subject"])), ("Message-Id", orig_msgid(o)), ("Date", rfc(dt)),
           ("To", enc_addr(*to) if to[1] else None), ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    leaf = Leaf("text/plain", text, charset=cs, cte=pick_cte(text, cs))
    return render_message(top, leaf)


def original_headers(o):
    raw = render_original(o)
    return raw.split(b"\n\n", 1)[0] + b"\n"


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------

def quote_block(q, style):
    lines = q["text"].rstrip("\n").split("\n")
    quoted = "\n".join("> " + l if l else ">" for l in lines)
    return f"\n{q['intro']}\n\n{quoted}\n"


def r_email(m, rng):
    dt = parse_date(m["date"], rng)
    name, addr = m["frm"]
    to = m.get("to", [(M.COACH_NAME, M.COACH)])
    cs = m.get("charset", "utf-8")
    text = m["text"]
    if m.get("quote"):
        text = text.rstrip("\n") + "\n" + quote_block(m["quote"], m["mailer"])
    mailer = m["mailer"]
    dom = domain_of(addr)
    orig = m.get("reply_to_orig")
    refs = orig_msgid(orig) if orig else None
    subj = enc_header(m["subject"], cs if cs != "us-ascii" else "utf-8")
    frm_h = enc_addr(name, addr, cs if cs not in ("us-ascii",) else "utf-8")
    to_h = enc_addrs(to)
    extra = [tuple(h) for h in m.get("headers", [])]
    lang = m.get("lang", "en-US")

    if mailer in ("gmail", "gmail-vacation"):
        mid = f"<CA{rng.alnum(1, 'BCDEFGHJKLMNP')}{rng.alnum(3)}{rng.alnum(1, '=+_')}{rng.alnum(24)}@mail.gmail.com>"
        b = "000000000000" + rng.hex(12)
        cte = pick_cte(text, "utf-8")
        plain = Leaf("text/plain", text, charset='"UTF-8"', cte=cte)
        plain.payload = encode_body(text, "utf-8", cte)
        htm = '<div dir="ltr">' + text_to_html(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n"
        hp = Leaf("text/html", htm, charset='"UTF-8"', cte=pick_cte(htm, "utf-8"))
        hp.payload = encode_body(htm, "utf-8", hp.cte)
        root = Multi("multipart/alternative", [plain, hp], b)
        helo = f"mail-{rng.alnum(2, 'abcdefghijklmnopqrstuvwxyz')}1-f{rng.int(40, 199)}.google.com"
        top = transport(rng, dt, addr, helo) + [
            ("Received", f"by {helo} with SMTP id {rng.alnum(2, 'abcdef')}{rng.digits(3)}e{rng.digits(4)}so{rng.digits(7)}a12.{rng.int(1, 3)}\n"
                         f"        for <{M.COACH}>; {rfc(dt)}"),
            ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t={int(dt.timestamp())}; x={int(dt.timestamp()) + 604800}; darn=ramanholt-careers.example;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh={rng.alnum(43)}=;\n        b={rng.alnum(64)}\n         {rng.alnum(64)}=="),
            ("X-Gm-Message-State", "AOJu0Y" + rng.alnum(48)),
            ("X-Google-Smtp-Source", "AGHT+I" + rng.alnum(52)),
            ("MIME-Version", "1.0")]
        if refs:
            top += [("References", refs), ("In-Reply-To", refs)]
        top += [("From", frm_h), ("Date", rfc(dt)), ("Message-ID", mid), ("Subject", subj), ("To", to_h)] + extra
        return render_message(top, root)

    if mailer == "iphone":
        mid = f"<{rng.uuid()}@{dom}>"
        cte = "quoted-printable"
        leaf = Leaf("text/plain", text, charset="utf-8", cte=cte)
        top = transport(rng, dt, addr, f"sonic{rng.int(300, 399)}-{rng.int(10, 40)}.consmr.mail.ne1.yahoo.com" if dom == "yahoo.com" else f"mail.{dom}") + [
            ("From", frm_h), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(dt)),
            ("Subject", subj), ("Message-Id", mid), ("To", to_h), ("X-Mailer", "iPhone Mail (22B91)")] + extra
        return render_message(top, leaf)

    if mailer == "outlook":
        cs2 = "us-ascii" if is_ascii(text) else cs
        stamp = rng.hex(8, True)
        mid = f"<{rng.hex(12)}${rng.hex(8)}${rng.hex(8)}$@{dom}>"
        b = f"----=_NextPart_000_{rng.hex(4, True)}_01DB{rng.hex(4, True)}.{stamp}"
        cte = pick_cte(text, cs2)
        plain = Leaf("text/plain", text, charset=f'"{cs2}"', cte=cte)
        plain.payload = encode_body(text, cs2, cte)
        body_html = text_to_html(text).replace("<p>", '<p class="MsoNormal">')
        htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
               'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
               f'charset={cs2}"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
               '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
               'font-family:"Aptos",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
               f'</head><body lang=EN-GB link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>\n{body_html}\n</div></body></html>\n')
        hp = Leaf("text/html", htm, charset=f'"{cs2}"', cte="quoted-printable")
        hp.payload = encode_body(htm, cs2, "quoted-printable")
        root = Multi("multipart/alternative", [plain, hp], b)
        top = transport(rng, dt, addr, f"smtp.{dom}" if "sky" not in dom else f"relay{rng.int(1, 9)}.mail.sky.com") + [
            ("From", frm_h), ("To", to_h), ("Subject", subj), ("Date", rfc(dt)), ("Message-ID", mid),
            ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "A" + rng.alnum(26) + "=="), ("Content-Language", "en-gb" if dom == "sky.com" else "de")] + extra
        return render_message(top, root)

    if mailer == "exchange":
        host = f"{rng.alnum(2, 'ABCDEFGHJKLMNPQRSTVWXYZ')}{rng.int(1, 9)}PR0{rng.int(1, 9)}MB{rng.int(1000, 9999)}"
        region = rng.r.choice(["eurprd04", "eurprd08", "namprd12", "CANPRD01"])
        mid = f"<{host}{rng.hex(22, True)}@{host}.{region}.prod.outlook.com>"
        b = f"_000_{host}{rng.hex(12, True)}{host.lower()}_"
        enc = "base64"
        plain = Leaf("text/plain", text, charset='"utf-8"', cte=enc)
        plain.payload = encode_body(text, "utf-8", enc)
        htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
               '<body>\n<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt;">\n'
               + text_to_html(text) + "\n</div>\n</body>\n</html>\n")
        hp = Leaf("text/html", htm, charset='"utf-8"', cte=enc)
        hp.payload = encode_body(htm, "utf-8", enc)
        root = Multi("multipart/alternative", [plain, hp], b)
        hop = (f"from {host}.{region}.prod.outlook.com (2603:10a6:{rng.hex(3)}:{rng.hex(2)}::{rng.int(10, 30)}) by\n"
               f" {host}.{region}.prod.outlook.com ([fe80::{rng.hex(4)}:{rng.hex(4)}:{rng.hex(4)}:{rng.hex(4)}%{rng.int(3, 7)}]) with\n"
               f" mapi id 15.20.{rng.int(8000, 8300)}.{rng.int(10, 40)}; {rfc(dt)}")
        top = transport(rng, dt, addr, f"{rng.alnum(3, 'ABCDEFGHJKLMNPQRSTVWXYZ')}{rng.int(10, 99)}-{rng.alnum(2, 'ABCDEFGH')}{rng.int(1, 9)}-obe.outbound.protection.outlook.com",
                        extra_hops=[hop]) + [
            ("From", frm_h), ("To", to_h), ("Subject", subj),
            ("Thread-Topic", enc_header(orig["subject"] if orig else m["subject"])),
            ("Thread-Index", "AQH" + rng.alnum(30) + "=="), ("Date", rfc(dt)), ("Message-ID", mid)]
        if refs:
            top += [("References", refs), ("In-Reply-To", refs)]
        top += [("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-RecordReviewCfmType", "0")] + extra
        top += [("MIME-Version", "1.0")]
        return render_message(top, root)

    if mailer == "sieve":
        mid = f"<dovecot-sieve-{int(dt.timestamp())}-{rng.int(100000, 999999)}-0@imap{rng.int(1, 9)}.{dom}>"
        leaf = Leaf("text/plain", text, charset="utf-8", cte="8bit")
        top = transport(rng, dt, addr, f"smtp-out{rng.int(1, 9)}.{dom}") + [
            ("X-Sieve", "Pigeonhole Sieve 0.5.21 (f6cd4b8e)"), ("Message-ID", mid), ("Date", rfc(dt)),
            ("From", frm_h), ("To", M.COACH), ("Subject", subj)]
        if refs:
            top += [("In-Reply-To", refs), ("References", refs)]
        top += extra + [("MIME-Version", "1.0")]
        return render_message(top, leaf)

    if mailer == "webmail":
        mid = f"<{rng.hex(32)}@{dom}>"
        cte = "8bit" if cs.lower() == "utf-8" else "quoted-printable"
        body = flowed(text)
        leaf = Leaf("text/plain", body, charset=cs.upper() if cs.lower() == "utf-8" else cs, cte=cte,
                    params=["format=flowed"])
        top = transport(rng, dt, addr, f"smtp.{dom}") + [
            ("MIME-Version", "1.0"), ("Date", rfc(dt)), ("From", frm_h), ("To", to_h), ("Subject", subj)]
        if refs:
            top += [("In-Reply-To", refs), ("References", refs)]
        top += [("User-Agent", "Roundcube Webmail/1.6.9"), ("Message-ID", mid)] + extra
        return render_message(top, leaf)

    if mailer == "thunderbird":
        mid = f"<{rng.uuid(False).lower()}@{dom}>"
        leaf = Leaf("text/plain", flowed(text), charset="UTF-8", cte="8bit", params=["format=flowed"])
        top = transport(rng, dt, addr, f"smtp.{dom}") + [
            ("Message-ID", mid), ("Date", rfc(dt)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", m.get("lang", "en-US")),
            ("To", to_h), ("From", frm_h), ("Subject", subj)] + extra
        return render_message(top, leaf)

    if mailer == "zoho":
        ts = int(dt.timestamp() * 1000)
        mid = f"<{ts:x}.{rng.hex(16)}.{rng.digits(19)}@zohomail.com>"
        b = f"----=_Part_{rng.int(100000, 999999)}_{rng.int(100000000, 999999999)}.{ts}"
        plain = Leaf("text/plain", text, charset='"UTF-8"', cte="7bit" if is_ascii(text) else "quoted-printable")
        plain.payload = encode_body(text, "utf-8", plain.cte)
        htm = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" '
               'http-equiv="Content-Type"></head><body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
               + text_to_html(text) + "</div><br></body></html>\n")
        hp = Leaf("text/html", htm, charset='"UTF-8"', cte="quoted-printable")
        hp.payload = encode_body(htm, "utf-8", "quoted-printable")
        root = Multi("multipart/alternative", [plain, hp], b)
        top = transport(rng, dt, addr, "sender4-op-o15.zoho.com") + [
            ("ARC-Seal", "i=1; a=rsa-sha256; t=" + str(int(dt.timestamp())) + "; cv=none; d=zohomail.com; s=zohoarc; b=" + rng.alnum(60)),
            ("Date", rfc(dt)), ("From", frm_h), ("To", to_h), ("Message-Id", mid), ("Subject", subj),
            ("MIME-Version", "1.0"), ("Importance", "Medium"), ("User-Agent", "Zoho Mail"),
            ("X-Mailer", "Zoho Mail")] + extra
        return render_message(top, root)

    if mailer == "japanese-corp":
        mid = f"<{dt.strftime('%Y%m%d%H%M%S')}.{rng.hex(8, True)}@{dom}>"
        leaf = Leaf("text/plain", text, charset="ISO-2022-JP", cte="7bit")
        leaf.payload = encode_body(text, "iso-2022-jp", "7bit")
        top = transport(rng, dt, addr, f"mail.{dom}") + [
            ("Date", rfc(dt)), ("From", enc_addr(name, addr, "iso-2022-jp")), ("To", M.COACH),
            ("Subject", enc_header(m["subject"], "iso-2022-jp")), ("Message-Id", mid)]
        if refs:
            top += [("In-Reply-To", refs), ("References", refs)]
        top += [("MIME-Version", "1.0"), ("X-Mailer", "Becky! ver. 2.81.05 [ja]")] + extra
        return render_message(top, leaf)

    raise ValueError(mailer)


DSN_BOUNDARY = {
    "postfix": lambda rng, dt, host: f"4H{rng.alnum(12)}.{int(dt.timestamp())}/{host}",
    "postfix-delay": lambda rng, dt, host: f"4H{rng.alnum(12)}.{int(dt.timestamp())}/{host}",
    "exim": lambda rng, dt, host: f"{int(dt.timestamp())}-eximdsn-{rng.int(10**8, 10**9)}",
    "sendmail": lambda rng, dt, host: f"{rng.alnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{rng.digits(5)}.{int(dt.timestamp())}/{host}",
    "m365": lambda rng, dt, host: f"_000_{rng.hex(32, True)}_",
    "outlookcom": lambda rng, dt, host: f"_000_{rng.hex(32, True)}_",
    "exchange": lambda rng, dt, host: f"_000_{rng.hex(32, True)}_",
    "gmail": lambda rng, dt, host: "000000000000" + rng.hex(12),
    "zoho": lambda rng, dt, host: f"----=_Part_{rng.int(1000, 9999)}_{rng.int(10**8, 10**9)}.{int(dt.timestamp() * 1000)}",
    "german": lambda rng, dt, host: f"--=_{rng.alnum(20)}",
    "brazil": lambda rng, dt, host: f"----=_NextPart_{rng.hex(8, True)}",
    "swedish": lambda rng, dt, host: f"=_{rng.hex(24)}",
}


def ndr_html(human, style):
    head = {"m365": "#0078d4", "outlookcom": "#0078d4", "gmail": "#202124", "zoho": "#e42527"}.get(style, "#333")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">\n'
            f'<table style="border-top:4px solid {head};width:100%"><tr><td>\n{text_to_html(human)}\n</td></tr></table>\n</div></body></html>\n')


def r_dsn(m, rng):
    style = m["style"]
    dt = parse_date(m["date"], rng)
    sname, saddr = m["sender"]
    host = domain_of(saddr)
    to = m.get("to", ("", M.COACH))
    b = DSN_BOUNDARY[style](rng, dt, host)
    hcs = m.get("human_charset", "us-ascii" if is_ascii(m["human"]) else "utf-8")
    human = m["human"]
    if style in ("m365", "outlookcom", "gmail", "zoho") and m.get("html"):
        cs = "us-ascii" if is_ascii(human) else "utf-8"
        pl = Leaf("text/plain", human, charset=f'"{cs}"', cte="quoted-printable" if cs == "utf-8" else "7bit")
        pl.payload = encode_body(human, cs, pl.cte)
        htm = ndr_html(human, style)
        hp = Leaf("text/html", htm, charset='"utf-8"', cte="quoted-printable")
        hp.payload = encode_body(htm, "utf-8", "quoted-printable")
        first = Multi("multipart/alternative", [pl, hp], b.replace("_000_", "_001_") if "_000_" in b else b[:-4] + "alt1")
    else:
        params = []
        cte = None
        if hcs.lower() in ("iso-8859-1", "utf-8") and not is_ascii(human):
            cte = "quoted-printable" if hcs.lower() == "iso-8859-1" else "8bit"
        first = Leaf("text/plain", human, charset=hcs if style != "sendmail" else None, cte=cte, params=params,
                     headers=[("Content-Description", "Notification")] if style.startswith("postfix") else
                     ([("Content-Disposition", "inline")] if style == "exim" else []))
        if style == "sendmail":
            first = Leaf("text/plain", human, cte=None)
        if cte:
            first.payload = encode_body(human, hcs, cte)
    status = m["status"].replace("%ORIGID%", orig_msgid(m["original"]))
    ds_headers = [("Content-Description", "Delivery report")] if style.startswith("postfix") else []
    ds = Leaf("message/delivery-status", status, cte="7bit", headers=ds_headers)
    ds.payload = status.encode("ascii")
    o = m["original"]
    if m.get("returned") == "full":
        desc = [("Content-Description", "Undelivered Message")] if style.startswith("postfix") else []
        ret = Leaf("message/rfc822", b"", cte=None if style != "exim" else None, headers=desc)
        ret.payload = render_original(o)
    else:
        descname = "Delayed Message" if style == "postfix-delay" else "Undelivered Message Headers"
        desc = [("Content-Description", descname)] if style.startswith("postfix") else []
        ret = Leaf("text/rfc822-headers", b"", headers=desc)
        ret.payload = original_headers(o)
    root = Multi("multipart/report", [first, ds, ret], b, params=["report-type=delivery-status"],
                 preamble="This is a MIME-encapsulated message." if style in ("postfix", "postfix-delay", "sendmail") else
                 ("This is a multi-part message in MIME format." if style in ("german", "brazil", "swedish") else None),
                 cte="8bit" if style.startswith("postfix") else None)
    env_to = M.COACH  # the coach's Gmail forwards to her main mailbox
    mid_map = {
        "postfix": f"<{dt.astimezone(datetime.timezone.utc).strftime('%Y%m%d%H%M%S')}.4H{rng.alnum(12)}@{host}>",
        "exim": f"<E1t{rng.alnum(3)}{rng.alnum(3)}-000{rng.alnum(3)}-{rng.alnum(2)}@{host}>",
        "sendmail": f"<{dt.strftime('%Y%m%d%H%M')}.{rng.alnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{rng.digits(5)}@{host}>",
        "gmail": f"<{rng.alnum(24)}.{rng.int(10, 99)}@mx.google.com>",
    }
    mid = mid_map.get(style.split("-")[0], f"<{rng.uuid(False).lower()}@{host}>")
    top = [("Return-Path", "<>"), ("Delivered-To", env_to)]
    if to[1] != M.COACH:
        top.append(("X-Forwarded-To", M.COACH))
        top.append(("X-Forwarded-For", f"{to[1]} {M.COACH}"))
    helo = {"m365": f"YQZPR01CU{rng.int(1, 9)}02.outbound.protection.outlook.com",
            "outlookcom": f"NAM12-DM6-obe.outbound.protection.outlook.com",
            "gmail": f"mail-sor-f{rng.int(40, 99)}.google.com",
            "zoho": "sender4-pp-o91.zoho.com"}.get(style, host)
    host_rcv = helo
    top.append(("Received", f"from {host_rcv} ({host_rcv} [{rng.ip()}])\n\tby {COACH_MX} (Postfix) with ESMTPS id 4H{rng.alnum(12)}\n"
                            f"\tfor <{env_to}>; {rfc(dt + datetime.timedelta(seconds=rng.int(1, 20)))}"))
    if style.startswith("postfix"):
        top.append(("Received", f"by {host} (Postfix)\n\tid 4H{rng.alnum(12)}; {rfc(dt)}"))
        top += [("Date", rfc(dt)), ("From", enc_addr(sname, saddr)), ("Subject", m["subject"]),
                ("To", to[1]), ("Auto-Submitted", "auto-replied")]
    elif style == "exim":
        top += [("From", enc_addr(sname, saddr)), ("To", to[1]), ("References", orig_msgid(o)),
                ("Content-Transfer-Encoding", None), ("Subject", m["subject"]), ("Auto-Submitted", "auto-replied"),
                ("Date", rfc(dt))]
    elif style == "sendmail":
        top += [("Date", rfc(dt)), ("From", enc_addr(sname, saddr)), ("Message-Id", mid), ("To", to[1]),
                ("Subject", m["subject"]), ("Auto-Submitted", "auto-generated (failure)")]
    elif style in ("m365", "outlookcom", "exchange"):
        top += [("From", enc_addr(sname, saddr)), ("To", to[1]), ("Date", rfc(dt)),
                ("Content-Language", "en-US"), ("Message-ID", mid), ("In-Reply-To", orig_msgid(o)),
                ("References", orig_msgid(o)), ("Thread-Topic", enc_header(o["subject"])),
                ("Subject", enc_header(m["subject"])), ("Auto-Submitted", "auto-replied"),
                ("X-MS-PublicTrafficType", "Email"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                ("X-MS-Exchange-Organization-SCL", "-1")]
    elif style == "gmail":
        top += [("Received", f"by 2002:a05:6000:{rng.hex(3)}:b0:{rng.hex(3)}:{rng.hex(4)}:{rng.hex(4)} with SMTP id {rng.alnum(20)};\n        {rfc(dt)}"),
                ("Date", rfc(dt)), ("From", enc_addr(sname, saddr)), ("To", to[1]),
                ("Auto-Submitted", "auto-replied"), ("Subject", m["subject"]),
                ("References", orig_msgid(o)), ("In-Reply-To", orig_msgid(o)), ("Message-ID", mid)]
    else:
        top += [("Date", rfc(dt)), ("From", enc_addr(sname, saddr, "iso-8859-1")), ("To", to[1]),
                ("Subject", enc_header(m["subject"], "iso-8859-1" if style in ("german", "brazil", "swedish") else "utf-8")),
                ("Message-ID", mid), ("Auto-Submitted", "auto-replied")]
    if style not in ("sendmail", "m365", "outlookcom", "exchange", "gmail") and not any(k == "Message-ID" for k, _ in top):
        top.append(("Message-Id", mid))
    top += [tuple(h) for h in m.get("headers", [])]
    top.append(("MIME-Version", "1.0"))
    return render_message(top, root)


def r_plainbounce(m, rng):
    dt = parse_date(m["date"], rng)
    sname, saddr = m["sender"]
    host = domain_of(saddr)
    o = m["original"]
    if m.get("inline") == "headers":
        orig = original_headers(o).decode("ascii")
    else:
        orig = render_original(o).decode("ascii")
    text = m["human"] + "\n" + orig
    cs = m.get("charset")
    top = [("Return-Path", "<>"), ("Delivered-To", M.COACH),
           ("Received", f"from {host} ({host} [{rng.ip()}])\n\tby {COACH_MX} (Postfix) with ESMTPS id 4H{rng.alnum(12)}\n"
                        f"\tfor <{M.COACH}>; {rfc(dt + datetime.timedelta(seconds=rng.int(1, 20)))}")]
    if m["style"] == "qmail":
        top += [("Date", rfc(dt)), ("From", saddr), ("To", M.COACH), ("Subject", m["subject"]),
                ("Message-ID", f"<{int(dt.timestamp())}.{rng.int(1000, 99999)}.qmail@{host}>")]
        return render_headers(top) + b"\n" + text.encode("ascii")
    if m["style"] == "yahoo":
        top += [("Date", rfc(dt)), ("From", saddr), ("To", M.COACH), ("Subject", m["subject"]),
                ("Message-ID", f"<{int(dt.timestamp())}.{rng.int(10**7, 10**8)}@{host}>"), ("X-Yahoo-Newman-Property", "ymail-5")]
        return render_headers(top) + b"\n" + text.encode("ascii")
    if m["style"] == "japanese":
        top += [("Date", rfc(dt)), ("From", enc_addr(sname, saddr)), ("To", M.COACH),
                ("Subject", enc_header(m["subject"], "iso-2022-jp")),
                ("Message-Id", f"<{dt.strftime('%Y%m%d%H%M%S')}.{rng.hex(6, True)}@{host}>"),
                ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
        leaf = Leaf("text/plain", text, charset="ISO-2022-JP", cte="7bit")
        leaf.payload = encode_body(text, "iso-2022-jp", "7bit")
        return render_message(top, leaf)
    raise ValueError(m["style"])


def r_arf(m, rng):
    dt = parse_date(m["date"], rng)
    sname, saddr = m["sender"]
    b = f"----=_Part_{rng.int(100000, 999999)}_{rng.int(10**8, 10**9)}.{int(dt.timestamp() * 1000)}"
    human = Leaf("text/plain", m["human"], charset="US-ASCII", cte="7bit")
    rep = Leaf("message/feedback-report", m["report"], cte="7bit")
    orig = Leaf("message/rfc822", b"", cte="7bit", headers=[("Content-Disposition", "inline")])
    orig.payload = render_original(m["original"])
    root = Multi("multipart/report", [human, rep, orig], b, params=["report-type=feedback-report"])
    host = domain_of(saddr)
    top = [("Return-Path", f"<{saddr}>"), ("Delivered-To", M.COACH),
           ("Received", f"from {host} ({host} [{rng.ip()}])\n\tby {COACH_MX} (Postfix) with ESMTPS id 4H{rng.alnum(12)}\n"
                        f"\tfor <{M.COACH}>; {rfc(dt + datetime.timedelta(seconds=rng.int(1, 20)))}"),
           ("Date", rfc(dt)), ("From", enc_addr(sname, saddr)), ("To", M.COACH),
           ("Message-ID", f"<{rng.int(10**8, 10**9)}.{rng.int(1000, 9999)}.{int(dt.timestamp() * 1000)}@{host}>"),
           ("Subject", enc_header(m["subject"])), ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated")]
    return render_message(top, root)


def r_mdn(m, rng):
    dt = parse_date(m["date"], rng)
    name, addr = m["frm"]
    o = m["original"]
    oid = orig_msgid(o)
    report = m["report"].replace("%ORIGID%", oid.strip("<>"))
    if m["style"] == "thunderbird":
        b = "------------" + rng.alnum(24)
        human = Leaf("text/plain", m["human"], charset="UTF-8", cte="8bit")
        disp = Leaf("message/disposition-notification", report, cte="7bit", params=['name="MDNPart2.txt"'],
                    headers=[("Content-Disposition", "inline")])
        hdrs = Leaf("text/rfc822-headers", b"", params=['name="MDNPart3.txt"'], headers=[("Content-Disposition", "inline")])
        hdrs.payload = original_headers(o)
        root = Multi("multipart/report", [human, disp, hdrs], b, params=["report-type=disposition-notification"],
                     preamble="This is a multi-part message in MIME format.")
        top = transport(rng, dt, addr, f"mail.{domain_of(addr)}") + [
            ("Message-ID", f"<{rng.uuid(False).lower()}@{domain_of(addr)}>"), ("Date", rfc(dt)),
            ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "de-DE"), ("To", M.COACH), ("From", enc_addr(name, addr)),
            ("Subject", enc_header(m["subject"])), ("In-Reply-To", oid), ("References", oid),
            ("Auto-Submitted", "auto-replied")]
        return render_message(top, root)
    # outlook / Exchange Online
    host = f"YT2PR01MB{rng.int(1000, 9999)}"
    b = f"_000_{host}{rng.hex(16, True)}_"
    human = Leaf("text/plain", m["human"], charset='"us-ascii"', cte="7bit")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
           '<font size="2"><span style="font-size:11pt;"><div class="PlainText">' +
           text_to_html(m["human"]) + "</div></span></font></body></html>\n")
    hp = Leaf("text/html", htm, charset='"us-ascii"', cte="7bit")
    alt = Multi("multipart/alternative", [human, hp], b.replace("_000_", "_002_"))
    disp = Leaf("message/disposition-notification", report, cte="7bit")
    root = Multi("multipart/report", [alt, disp], b, params=["report-type=disposition-notification"])
    top = transport(rng, dt, addr, f"YT3PR01CU{rng.int(1, 9)}.outbound.protection.outlook.com") + [
        ("From", enc_addr(name, addr)), ("To", enc_addr(M.COACH_NAME, M.COACH)),
        ("Subject", enc_header(m["subject"])), ("Thread-Topic", enc_header(o["subject"])),
        ("Thread-Index", "AQH" + rng.alnum(26) + "=="), ("Date", rfc(dt)),
        ("Message-ID", f"<{host}{rng.hex(20, True)}@{host}.CANPRD01.PROD.OUTLOOK.COM>"),
        ("References", oid), ("In-Reply-To", oid), ("Content-Language", "en-CA"),
        ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"), ("MIME-Version", "1.0")]
    return render_message(top, root)


def ics_dt(s):
    d, t = s.split()
    return d.replace("-", "") + "T" + t.replace(":", "") + "00"


def fold_ics(line):
    out, raw = [], line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return "\r\n ".join(out)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def build_ics(m, dt):
    ev = m["event"]
    name, addr = m["frm"]
    prodid = {"google": "-//Google Inc//Google Calendar 70.9054//EN",
              "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              "outlook-counter": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              "icloud": "-//Apple Inc.//iPhone 18.1//EN"}[m["style"]]
    stamp = dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{m['method']}",
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
             "TZNAME:EST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT"]
    start, end = ev["start"], ev["end"]
    if m["method"] == "COUNTER":
        start, end = ev["new_start"], ev["new_end"]
    lines += [f"DTSTART;TZID=America/Toronto:{ics_dt(start)}", f"DTEND;TZID=America/Toronto:{ics_dt(end)}",
              f"DTSTAMP:{stamp}", f"ORGANIZER;CN={M.COACH_NAME}:mailto:{M.COACH}", f"UID:{ev['uid']}",
              f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={m['partstat']};CN={name.replace(',', '')};X-NUM-GUESTS=0:mailto:{addr}"]
    if m.get("comment"):
        lines.append(f"COMMENT;LANGUAGE=en-US:{ics_escape(m['comment'])}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{ics_escape(ev['summary'])}", "TRANSP:OPAQUE"]
    if m["method"] == "COUNTER":
        lines.append(f"X-MS-OLK-ORIGINALSTART;TZID=America/Toronto:{ics_dt(ev['start'])}")
        lines.append(f"X-MS-OLK-ORIGINALEND;TZID=America/Toronto:{ics_dt(ev['end'])}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold_ics(l) for l in lines) + "\r\n"


def when_text(ev):
    s = datetime.datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
    e = datetime.datetime.strptime(ev["end"], "%Y-%m-%d %H:%M")

    def h(x):
        return (x.strftime("%I").lstrip("0") + (x.strftime(":%M") if x.minute else "") + x.strftime("%p").lower())
    return f"{s.strftime('%A %b')} {s.day}, {s.year} ⋅ {h(s)} – {h(e)}"


def r_calendar(m, rng):
    dt = parse_date(m["date"], rng)
    name, addr = m["frm"]
    ev = m["event"]
    style = m["style"]
    ics = build_ics(m, dt)
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[m["partstat"]]
    if style == "google":
        plain = f"{name} has {verb} this invitation.\n\n"
        if m.get("comment"):
            plain += f'{name} has {verb} this invitation and says:\n"{m["comment"]}"\n\n'
        plain += (f"{ev['summary']}\n{when_text(ev)}\nEastern Time - Toronto\n\nOrganizer\n{M.COACH_NAME}\n{M.COACH}\n\n"
                  "Guests\n" f"{M.COACH_NAME} - organizer\n{name}\n\n"
                  "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                  "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
                  "for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
                  "response to the organizer, be added to the guest list, invite others regardless of their own "
                  "invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
        b1, b2 = "000000000000" + rng.hex(12), "000000000000" + rng.hex(12)
        pl = Leaf("text/plain", plain, charset='"UTF-8"', cte="quoted-printable")
        pl.payload = encode_body(plain, "utf-8", "quoted-printable")
        htm = "<!doctype html><html><head></head><body>" + text_to_html(plain) + "</body></html>\n"
        hp = Leaf("text/html", htm, charset='"UTF-8"', cte="quoted-printable")
        hp.payload = encode_body(htm, "utf-8", "quoted-printable")
        cal = Leaf("text/calendar", b"", charset='"UTF-8"', params=[f"method={m['method']}"], cte="7bit" if is_ascii(ics) else "quoted-printable")
        cal.payload = encode_body(ics, "utf-8", cal.cte)
        alt = Multi("multipart/alternative", [pl, hp, cal], b2)
        att = Leaf("application/ics", ics.encode("utf-8"), cte="base64", params=['name="invite.ics"'],
                   headers=[("Content-Disposition", 'attachment; filename="invite.ics"')])
        root = Multi("multipart/mixed", [alt, att], b1)
        top = transport(rng, dt, "calendar-notification@google.com", f"mail-sor-f69.google.com") + [
            ("MIME-Version", "1.0"), ("Reply-To", enc_addr(name, addr)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", f"<calendar-{rng.uuid(False).lower()}@google.com>"), ("Date", rfc(dt)),
            ("Subject", enc_header(m["subject"])), ("From", enc_addr(name, addr)), ("To", M.COACH)]
        return render_message(top, root)
    if style in ("outlook", "outlook-counter"):
        comment = m.get("comment") or ""
        if style == "outlook-counter":
            plain = (f"Your meeting was not updated. To update the meeting, go to your calendar and select the "
                     f"new time.\n\n{comment}\n" if comment else "")
        else:
            plain = comment + ("\n" if comment else "")
        host = f"FR4P281MB{rng.int(1000, 9999)}" if "brandenburg" in addr else f"YQXPR01MB{rng.int(1000, 9999)}"
        b = f"_000_{host}{rng.hex(16, True)}_"
        pl = Leaf("text/plain", plain or "\n", charset='"utf-8"', cte="base64")
        pl.payload = encode_body(plain or "\n", "utf-8", "base64")
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
               '<div style="font-family: Aptos, sans-serif; font-size: 12pt;">' + text_to_html(plain or " ") + "</div></body></html>\n")
        hp = Leaf("text/html", htm, charset='"utf-8"', cte="base64")
        hp.payload = encode_body(htm, "utf-8", "base64")
        cal = Leaf("text/calendar", b"", charset='"utf-8"', params=[f"method={m['method']}"], cte="base64")
        cal.payload = encode_body(ics, "utf-8", "base64")
        root = Multi("multipart/alternative", [pl, hp, cal], b)
        top = transport(rng, dt, addr, f"{host[:4]}01-{rng.alnum(3, 'ABCDEFGHJK')}-obe.outbound.protection.outlook.com") + [
            ("From", enc_addr(name, addr)), ("To", enc_addr(M.COACH_NAME, M.COACH)),
            ("Subject", enc_header(m["subject"])), ("Thread-Topic", enc_header(ev["summary"])),
            ("Thread-Index", "AQH" + rng.alnum(26) + "=="), ("Date", rfc(dt)),
            ("Message-ID", f"<{host}{rng.hex(20, True)}@{host}.{'DEUP281' if 'brandenburg' in addr else 'CANPRD01'}.PROD.OUTLOOK.COM>"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
            ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + rng.alnum(30)),
            ("MIME-Version", "1.0")]
        return render_message(top, root)
    # icloud
    plain = f"{name} has accepted your invitation.\n\n{ev['summary']}\n{when_text(ev)} (Eastern Time)\n"
    b = f"Apple-Mail=_{rng.uuid()}"
    pl = Leaf("text/plain", plain, charset="utf-8", cte="quoted-printable")
    pl.payload = encode_body(plain, "utf-8", "quoted-printable")
    cal = Leaf("text/calendar", b"", charset="utf-8", params=[f"method={m['method']}", 'name="iCal-20261125-110200.ics"'],
               cte="quoted-printable", headers=[("Content-Disposition", 'attachment; filename="iCal-20261125-110200.ics"')])
    cal.payload = encode_body(ics, "utf-8", "quoted-printable")
    root = Multi("multipart/mixed", [pl, cal], b)
    top = transport(rng, dt, addr, f"st43p00im-zteg10062001.me.com") + [
        ("From", enc_addr(name, addr)), ("Content-Type", None), ("Mime-Version", "1.0 (1.0)"),
        ("Subject", enc_header(m["subject"])), ("Date", rfc(dt)), ("Message-Id", f"<{rng.uuid()}@icloud.com>"),
        ("To", enc_addr(M.COACH_NAME, M.COACH)), ("X-Mailer", "iPhone Mail (22B91)")]
    return render_message(top, root)


SMIL = """<smil>
<head>
<layout>
<root-layout height="480" width="320"/>
<region fit="meet" height="67%" id="Image" left="0%" top="0%" width="100%"/>
<region fit="scroll" height="33%" id="Text" left="0%" top="67%" width="100%"/>
</layout>
</head>
<body>
<par dur="5000ms">
<img region="Image" src="{img}"/>
<text region="Text" src="text_0.txt"/>
</par>
</body>
</smil>
"""


def r_gateway(m, rng):
    dt = parse_date(m["date"], rng)
    addr = m["frm"]
    dom = domain_of(addr)
    style = m["style"]
    local = addr.split("@")[0]
    helo = {"pcs.rogers.com": "mta02.rogers.com", "txt.bell.ca": "smsgw2.bell.ca", "fido.ca": "mta01.fido.ca",
            "vtext.com": "njbrmsgp03.vtext.com", "vzwpix.com": "mmsmta1.vzwpix.com",
            "mms.att.net": "alpmmsi02.mms.att.net", "mms.cricketwireless.net": "mmsout1.cricketwireless.net",
            "tmomail.net": "mta-smtp-07.tmomail.net", "pm.sprint.com": "smtp-out3.pm.sprint.com",
            "optusmobile.com.au": "e2s01.optusmobile.com.au", "mmail.co.uk": "mms-gw1.mmail.co.uk",
            "sms.airtelmail.in": "smsgw.airtelmail.in", "mms.telusmobility.com": "mmsc-out2.telusmobility.com"}[dom]
    top = transport(rng, dt, addr, helo)
    mid = {"vtext.com": f"<{rng.digits(12)}.{rng.digits(5)}.JavaMail.sms@njbrmsgp03>",
           "pcs.rogers.com": f"<{rng.hex(16, True)}@mta02.rogers.com>",
           "tmomail.net": f"<{rng.alnum(20)}@tmomail.net>",
           }.get(dom, f"<{int(dt.timestamp())}.{rng.digits(6)}.{local.strip('+')}@{helo}>")
    head = [("From", addr), ("To", M.COACH)]
    if m.get("subject") is not None:
        head.append(("Subject", enc_header(m["subject"])))
    head += [("Date", rfc(dt)), ("Message-ID", mid), ("MIME-Version", "1.0")]
    if style == "plain":
        cs = m["charset"]
        leaf = Leaf("text/plain", m["text"] + "\n", charset=cs, cte=m["cte"])
        return render_message(top + head + [("X-Mailer", "SMSGateway")] if dom in ("txt.bell.ca",) else top + head, leaf)
    text = m.get("text")
    parts = []
    img = m.get("image")
    if style == "mms-telus":
        smil = Leaf("application/smil", SMIL.replace("{img}", img), charset="utf-8", cte="7bit",
                    params=['name="smil.xml"'], headers=[("Content-ID", "<smil>"), ("Content-Location", "smil.xml")])
        parts.append(smil)
    if style == "mms-cricket":
        smil = Leaf("application/smil", SMIL.replace("{img}", "").replace('<img region="Image" src=""/>\n', ""),
                    charset="utf-8", cte="7bit", params=['name="smil.xml"'],
                    headers=[("Content-ID", "<0000>"), ("Content-Location", "smil.xml")])
        parts.append(smil)
    if style == "mms-vzwpix":
        wrapper = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                   "<body><table width=\"100%\"><tr><td align=\"center\">"
                   f"<img src=\"cid:{img}\" alt=\"Picture\" width=\"320\"></td></tr></table></body></html>\n")
        parts.append(Leaf("text/html", wrapper, charset="utf-8", cte="7bit"))
    if text:
        tp = Leaf("text/plain", text.encode("utf-8"), charset="utf-8", cte="base64", params=['name="text_0.txt"'],
                  headers=[("Content-Disposition", 'attachment; filename="text_0.txt"'),
                           ("Content-Location", "text_0.txt")])
        parts.append(tp)
    if img:
        parts.append(Leaf("image/jpeg", fake_jpeg(rng), cte="base64", params=[f'name="{img}"'],
                          headers=[("Content-Disposition", f'attachment; filename="{img}"'),
                                   ("Content-ID", f"<{img}>"), ("Content-Location", img)]))
    b = {"mms-telus": f"----=_Part_{rng.int(100000, 999999)}_{rng.int(10**8, 10**9)}.{int(dt.timestamp() * 1000)}",
         "mms-att": f"__CONTENT_{rng.int(10**8, 10**9)}_PART__",
         "mms-cricket": f"__CONTENT_{rng.int(10**8, 10**9)}_PART__",
         "mms-vzwpix": f"----=_Part_{rng.int(10000, 99999)}_{rng.int(10**8, 10**9)}.{int(dt.timestamp() * 1000)}"}[style]
    sub = "multipart/related" if style in ("mms-telus", "mms-cricket") else "multipart/mixed"
    params = ['type="application/smil"', 'start="<smil>"' if style == "mms-telus" else 'start="<0000>"'] if sub == "multipart/related" else []
    root = Multi(sub, parts, b, params=params)
    extra = []
    if style == "mms-vzwpix":
        extra = [("X-Mms-Message-Type", "m-send-req"), ("X-Mailer", "Verizon Wireless Picture Messaging")]
    return render_message(top + head + extra, root)


SVC_MSGID = {
    "googlevoice": lambda r, dt: f"<{r.alnum(22)}.{r.digits(10)}@voice.google.com>",
    "googlevoice-text": lambda r, dt: f"<{r.alnum(22)}.{r.digits(10)}@txt.voice.google.com>",
    "gdocs": lambda r, dt: f"<{r.alnum(22)}-{r.digits(4)}@docos.bounces.google.com>",
    "gdrive": lambda r, dt: f"<{r.alnum(22)}@google.com>",
    "calendly": lambda r, dt: f"<{r.alnum(20)}@calendly.com>",
    "docusign": lambda r, dt: f"<{r.hex(32)}@docusign.net>",
}

SVC_EXTRA = {
    "googlevoice": [("X-Notifications", "GAMMA:<" + "voice" + ">")],
    "ringcentral": [("X-Mailer", "RingCentral Notification Service")],
    "calendly": [("X-Mailgun-Tag", "invitee_created"), ("X-Mailgun-Sid", "WyI0NzE5ZiIsICJwcml5YSIsICJjYWwiXQ==")],
    "typeform": [("X-SES-Outgoing", "2026.11.22-54.240.8.97")],
    "jotform": [("X-Jotform-Submission", "6129384756102938475")],
    "docusign": [("X-DocuSign-Envelope", "Completed")],
    "dropbox": [("X-Dropbox-Notification", "share")],
    "stripe": [("X-Stripe-Email", "payment_succeeded")],
    "linkedin": [("X-LinkedIn-Class", "NOTIFICATION"), ("X-LinkedIn-Template", "email_profile_views_v2")],
}


def brand_html(text, brand):
    body = text_to_html(text)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f4f5f7">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202124">'
            f'<tr><td style="padding:16px 24px;font-weight:bold;font-size:18px">{html.escape(brand)}</td></tr>'
            f'<tr><td style="padding:0 24px 24px 24px">\n{body}\n</td></tr></table></td></tr></table></body></html>\n')


def r_service(m, rng):
    dt = parse_date(m["date"], rng)
    name, addr = m["frm"]
    dom = domain_of(addr)
    svc = m.get("svc", "")
    text = m["text"]
    plain = Leaf("text/plain", text, charset='"UTF-8"', cte=pick_cte(text, "utf-8"))
    plain.payload = encode_body(text, "utf-8", plain.cte)
    body = plain
    if m.get("html"):
        htm = brand_html(text, m.get("brand", name))
        hp = Leaf("text/html", htm, charset='"UTF-8"', cte="quoted-printable")
        hp.payload = encode_body(htm, "utf-8", "quoted-printable")
        body = Multi("multipart/alternative", [plain, hp], f"{rng.hex(28)}")
    att = m.get("attach") or []
    if att:
        parts = [body]
        for fn, ct in att:
            parts.append(Leaf(ct, fake_audio(rng, ct), cte="base64", params=[f'name="{fn}"'],
                              headers=[("Content-Disposition", f'attachment; filename="{fn}"')]))
        body = Multi("multipart/mixed", parts, f"{rng.hex(28)}")
    mid = SVC_MSGID.get(svc, lambda r, d: f"<{r.hex(8)}.{r.hex(4)}.{r.hex(4)}.{r.hex(12)}@{dom}>")(rng, dt)
    env = f"bounce+{rng.hex(6)}@{dom}" if svc not in ("googlevoice", "googlevoice-text", "gdocs", "gdrive") else addr
    top = transport(rng, dt, env, f"o{rng.int(1, 40)}.outbound.{dom}" if "google" not in dom else f"mail-sor-f{rng.int(40, 99)}.google.com")
    top += [("Date", rfc(dt)), ("From", enc_addr(name, addr))]
    if m.get("reply_to"):
        top.append(("Reply-To", enc_addr(*m["reply_to"])))
    top += [("To", M.COACH_GMAIL if svc.startswith("googlevoice") else M.COACH),
            ("Message-ID", mid), ("Subject", enc_header(m["subject"])), ("MIME-Version", "1.0")]
    top += SVC_EXTRA.get(svc, [])
    top += [tuple(h) for h in m.get("headers", [])]
    if svc in ("googlevoice", "googlevoice-text", "ringcentral", "zoom", "nextiva", "grasshopper", "dialpad", "aircall",
               "vonage", "quo", "rogers", "ooma", "lanternline", "teams"):
        if not any(k == "Auto-Submitted" for k, _ in top):
            top.append(("Auto-Submitted", "auto-generated"))
    return render_message(top, body)


RENDER = {"email": r_email, "dsn": r_dsn, "plainbounce": r_plainbounce, "arf": r_arf, "mdn": r_mdn,
          "calendar": r_calendar, "gateway": r_gateway, "service": r_service}


# ---------------------------------------------------------------------------------------------
# config, labels, main
# ---------------------------------------------------------------------------------------------

def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def config_toml():
    out = ["# The roster for the blind set machines-d (Priya Raman-Holt, career coach, Toronto):",
           "# `doorstep eval tests/evalsets-unscored/machines-d --config tests/evalsets-unscored/machines-d/config.toml`",
           "", "[coach]", f"name = {toml_str(M.COACH_NAME)}",
           f"emails = [{toml_str(M.COACH)}, {toml_str(M.COACH_GMAIL)}]",
           'timezone = "America/Toronto"', 'phone_region = "CA"', "",
           "[mailbox]", 'kind = "maildir"', 'path = "."', "",
           "[digest]", 'deliver = "file"', 'file_dir = "/tmp/doorstep-machines-d-digests"', "",
           "[storage]", 'url = "sqlite:///:memory:"']
    for name, emails, phones, status in M.ROSTER:
        out += ["", "[[clients]]", f"name = {toml_str(name)}",
                "emails = [" + ", ".join(toml_str(e) for e in emails) + "]",
                "phones = [" + ", ".join(toml_str(p) for p in phones) + "]"]
        if status == "former":
            out.append('status = "former"')
            if name in M.ENDED:
                out.append(f"ended = {M.ENDED[name]}")
    return "\n".join(out) + "\n"


def main():
    msgs = list(M.MESSAGES)
    ids = [m["id"] for m in msgs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    order = list(range(len(msgs)))
    random.Random(SEED).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = msgs[i]
        fname = f"{PREFIX}-{n:03d}.eml"
        raw = RENDER[m["t"]](m, Rng(m["id"]))
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        client, kind, tag, urgent, traits = m["label"]
        rows.append([fname, client, kind, tag, urgent, traits])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    with open(os.path.join(HERE, "config.toml"), "w", encoding="utf-8") as fh:
        fh.write(config_toml())
    print(f"wrote {len(rows)} messages, labels.csv and config.toml to {HERE}")


if __name__ == "__main__":
    main()
