"""Builds the coach-b evaluation set: one .eml per message plus labels.csv.

The message texts below were each written by hand (see msgs.py); this script only wraps them in
the MIME each mail program or phone service would produce. Run:
    /work/main/.venv/bin/python tests/evalsets/coach-b/make.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from msgs import CLIENTS, COACH, MESSAGES  # noqa: E402

TZ = {"GB": 0, "ES": 60, "FR": 60, "DE": 60, "BR": -180}


def h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def when(spec: str, country: str) -> datetime:
    d = datetime.strptime(spec, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=timezone(timedelta(minutes=TZ[country])))


def encode(text: str, charset: str, cte: str) -> str:
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return text


def leaf(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> str:
    return (
        f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{encode(text, charset, cte)}\n"
    )


def to_html(text: str, font: str) -> str:
    out, quoted = [], False
    for line in text.split("\n"):
        is_q = line.startswith(">")
        if is_q and not quoted:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if quoted and not is_q:
            out.append("</blockquote>")
        quoted = is_q
        body = line.lstrip("> ") if is_q else line
        out.append(f"<div>{html.escape(body, quote=False) or '<br>'}</div>")
    if quoted:
        out.append("</blockquote>")
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:{font}">' + "\n".join(out) + "</div></body></html>"


def multipart(sub: str, parts: list[str], seed: str, style: str = "gmail") -> tuple[str, str]:
    b = {
        "gmail": "000000000000" + h(seed, 16),
        "apple": "Apple-Mail=_" + h(seed, 8).upper() + "-" + h(seed + "x", 4).upper() + "-4C1E-9D2A-" + h(seed + "y", 12).upper(),
        "outlook": "_000_" + h(seed, 20).upper() + "_",
        "tb": "------------" + h(seed, 24),
        "py": "===============" + str(int(h(seed, 12), 16)) + "==",
    }[style]
    body = "".join(f"--{b}\n{p}\n" for p in parts) + f"--{b}--\n"
    return f'multipart/{sub}; boundary="{b}"', body


def attachment(name: str, mime: str, data: bytes) -> str:
    return (
        f'Content-Type: {mime}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
        f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(data).decode()}"
    )


FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
FAKE_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 40 + bytes.fromhex("ffd9")
FAKE_MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 32


# ---- quoting, in each program's style -------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
}
DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
}
LONGDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}
LONGMONTHS = {
    "en": MONTHS["en"],
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def quote(style: str, lang: str, d: datetime, text: str, subject: str, client: tuple[str, str]) -> str:
    cn, ce = COACH["name"], COACH["email"]
    t = d.strftime("%H:%M")
    wd, mo = d.weekday(), d.month - 1
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "gmail":
        intro = {
            "en": f"On {DAYS['en'][wd]}, {d.day} {MONTHS['en'][mo][:3]} {d.year} at {t}, {cn} <{ce}> wrote:",
            "es": f"El {DAYS['es'][wd]}, {d.day} {MONTHS['es'][mo]} {d.year} a las {t}, {cn} (<{ce}>) escribió:",
            "fr": f"Le {DAYS['fr'][wd]} {d.day} {MONTHS['fr'][mo]} {d.year} à {t}, {cn} <{ce}> a écrit :",
            "de": f"Am {DAYS['de'][wd]}, {d.day}. {MONTHS['de'][mo]} {d.year} um {t} Uhr schrieb {cn} <{ce}>:",
            "pt": f"Em {DAYS['pt'][wd]}, {d.day} de {MONTHS['pt'][mo]} de {d.year} às {t}, {cn} <{ce}> escreveu:",
        }[lang]
        return f"\n\n{intro}\n\n{gt}\n"
    if style == "apple":
        intro = {
            "en": f"On {d.day} {MONTHS['en'][mo][:3]} {d.year}, at {t}, {cn} <{ce}> wrote:",
            "es": f"El {d.day} {MONTHS['es'][mo]} {d.year}, a las {t}, {cn} <{ce}> escribió:",
            "fr": f"Le {d.day} {MONTHS['fr'][mo]} {d.year} à {t}, {cn} <{ce}> a écrit :",
            "de": f"Am {d.day}.{d.month:02d}.{d.year} um {t} schrieb {cn} <{ce}>:",
            "pt": f"Em {d.day} de {MONTHS['pt'][mo]} de {d.year}, à(s) {t}, {cn} <{ce}> escreveu:",
        }[lang]
        return f"\n\n{intro}\n\n{gt}\n"
    if style == "thunderbird":
        intro = {
            "en": f"On {d.day:02d}/{d.month:02d}/{d.year} {t}, {cn} wrote:",
            "de": f"Am {d.day:02d}.{d.month:02d}.{d.year % 100:02d} um {t} schrieb {cn}:",
            "fr": f"Le {d.day:02d}/{d.month:02d}/{d.year} à {t}, {cn} a écrit :",
            "es": f"El {d.day}/{d.month}/{d.year} a las {t}, {cn} escribió:",
            "pt": f"Em {d.day:02d}/{d.month:02d}/{d.year} {t}, {cn} escreveu:",
        }[lang]
        return f"\n\n{intro}\n{gt}\n"
    if style == "outlook":
        hh = d.strftime("%I:%M").lstrip("0")
        ap = d.strftime("%p")
        ce_, cl = client
        blocks = {
            "en": ("From", "Sent", "To", "Subject", f"{LONGDAYS['en'][wd]}, {d.day} {LONGMONTHS['en'][mo]} {d.year} {t}"),
            "fr": ("De", "Envoyé", "À", "Objet", f"{LONGDAYS['fr'][wd]} {d.day} {LONGMONTHS['fr'][mo]} {d.year} {t}"),
            "de": ("Von", "Gesendet", "An", "Betreff", f"{LONGDAYS['de'][wd]}, {d.day}. {LONGMONTHS['de'][mo]} {d.year} {t}"),
            "es": ("De", "Enviado el", "Para", "Asunto", f"{LONGDAYS['es'][wd]}, {d.day} de {LONGMONTHS['es'][mo]} de {d.year} {t}"),
            "owa": ("From", "Sent", "To", "Subject", f"{LONGDAYS['en'][wd]}, {LONGMONTHS['en'][mo]} {d.day}, {d.year} {hh} {ap}"),
        }
        f, s, to, su, date = blocks[lang]
        sep = " :" if lang == "fr" else ":"
        return ("\n\n________________________________\n" if lang == "owa" else "\n\n") + (
            f"{f}{sep} {cn} <{ce}>\n{s}{sep} {date}\n{to}{sep} {cl} <{ce_}>\n{su}{sep} {subject}\n\n{text}\n"
        )
    raise ValueError(style)


# ---- mail programs --------------------------------------------------------------------------

PROGRAMS = {
    "gmail": dict(boundary="gmail", mid=lambda s, dom: f"<CA{h(s, 10).upper()}+{h(s + 'a', 14)}_{h(s + 'b', 10).upper()}@mail.gmail.com>", mailer=None, font="arial,sans-serif", html=True, quote="gmail"),
    "apple": dict(boundary="apple", mid=lambda s, dom: f"<{h(s, 8).upper()}-{h(s + 'c', 4).upper()}-4B2E-A1D3-{h(s + 'd', 12).upper()}@{dom}>", mailer="Apple Mail (2.3826.300.87.4.3)", font="-webkit-standard", html=True, quote="apple"),
    "iphone": dict(boundary="apple", mid=lambda s, dom: f"<{h(s, 8).upper()}-{h(s + 'e', 4).upper()}-4F17-8C5B-{h(s + 'f', 12).upper()}@{dom}>", mailer="iPhone Mail (22B91)", font="-apple-system", html=False, quote="apple"),
    "outlook": dict(boundary="outlook", mid=lambda s, dom: f"<00{h(s, 4)}01db{h(s + 'g', 4)}$${h(s + 'h', 8)}$${h(s + 'i', 8)}@{dom}>".replace("$$", "$"), mailer="Microsoft Outlook 16.0", font="Calibri,sans-serif", html=True, quote="outlook"),
    "owa": dict(boundary="outlook", mid=lambda s, dom: f"<AM9PR0{h(s, 1).upper()}MB{h(s + 'j', 4).upper()}{h(s + 'k', 28).upper()}@AM9PR0{h(s, 1).upper()}MB{h(s + 'j', 4).upper()}.eurprd04.prod.outlook.com>", mailer=None, font="Aptos,Calibri,sans-serif", html=True, quote="outlook"),
    "thunderbird": dict(boundary="tb", mid=lambda s, dom: f"<{h(s, 8)}-{h(s + 'l', 4)}-{h(s + 'm', 4)}-{h(s + 'n', 4)}-{h(s + 'o', 12)}@{dom}>", mailer=None, ua="Mozilla Thunderbird", font="", html=False, quote="thunderbird"),
    "android": dict(boundary="py", mid=lambda s, dom: f"<{h(s, 24)}@email.android.com>", mailer=None, font="sans-serif", html=True, quote="gmail"),
}


def enc_header(k: str, v: str, charset: str) -> str:
    if all(ord(c) < 128 for c in v):
        return v
    try:
        v.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if k in ("From", "To", "Cc"):
        name, addr = parseaddr(v)
        return formataddr((name, addr), charset=charset)
    return Header(v, charset, maxlinelen=76, header_name=k).encode()


def hdr_lines(pairs: list[tuple[str, str]], charset: str = "utf-8") -> str:
    return "".join(f"{k}: {enc_header(k, v, charset)}\n" for k, v in pairs if v is not None)


def build_client_mail(m: dict, idx: str) -> str:
    ck = m["from"]
    name, addr, country = CLIENTS[ck]["name"], m.get("addr") or CLIENTS[ck]["emails"][0], CLIENTS[ck]["country"]
    prog = PROGRAMS[m["prog"]]
    d = when(m["date"], country)
    dom = addr.split("@")[1]
    seed = idx + m["subject"]
    body = m["body"].strip("\n") + "\n"
    if m.get("quote"):
        q = m["quote"]
        qd = when(q["date"], "GB")
        qstyle = q.get("style", prog["quote"])
        qlang = q.get("lang", "en")
        body = body + quote(qstyle, qlang, qd, q["text"].strip("\n"), q.get("subject", m["subject"].split(": ", 1)[-1]), (addr, name))
    charset = m.get("charset", "utf-8")
    cte = m.get("cte") or ("quoted-printable" if any(ord(c) > 127 for c in body) or max(map(len, body.split("\n"))) > 76 else "7bit")
    fmt = '; format=flowed' if m["prog"] in ("thunderbird",) else ""
    plain = leaf(body, "plain", charset, cte, fmt)
    if prog["html"] and m.get("html", True):
        ctype, payload = multipart("alternative", [plain, leaf(to_html(body, prog["font"]), "html", charset, cte)], seed, prog["boundary"])
        block = f"Content-Type: {ctype}\n\n{payload}"
    else:
        block = plain
    if m.get("attach"):
        parts = [block] + [attachment(n, t, FAKE_PDF if t == "application/pdf" else FAKE_JPG) for n, t in m["attach"]]
        ctype, payload = multipart("mixed", parts, seed + "mixed", prog["boundary"])
        block = f"Content-Type: {ctype}\n\n{payload}"
    to = f"{COACH['name']} <{COACH['email']}>" if m["prog"] != "outlook" else f'"{COACH["name"]}" <{COACH["email"]}>'
    pairs = [
        ("Return-Path", f"<{addr}>"),
        ("From", m.get("from_header") or f"{name} <{addr}>" if m["prog"] != "outlook" else m.get("from_header") or f'"{name}" <{addr}>'),
        ("To", m.get("to") or to),
        ("Cc", m.get("cc")),
        ("Subject", m["subject"]),
        ("Date", format_datetime(d)),
        ("Message-ID", prog["mid"](seed, dom)),
    ]
    if m.get("quote"):
        ref = f"<{h(seed + 'ref', 20)}@whitcombe-coaching.example>"
        pairs += [("In-Reply-To", ref), ("References", ref)]
    if m["prog"] in ("outlook", "owa"):
        pairs += [("Thread-Topic", m["subject"].split(": ", 1)[-1]), ("Thread-Index", "AQH" + base64.b64encode(h(seed, 18).encode()).decode()[:22] + "==")]
        pairs += [("Content-Language", m.get("content_language", "en-GB"))]
    if m["prog"] == "owa":
        pairs += [("X-MS-Has-Attach", "yes" if m.get("attach") else ""), ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-messagesentrepresentingtype", "1")]
    if m.get("extra_headers"):
        pairs += m["extra_headers"]
    pairs += [("MIME-Version", "1.0")]
    if prog.get("mailer"):
        pairs += [("X-Mailer", m.get("mailer") or prog["mailer"])]
    if prog.get("ua"):
        pairs += [("User-Agent", m.get("ua") or "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")]
    hcs = {"outlook": "iso-8859-1", "owa": "iso-8859-1", "thunderbird": "utf-8"}.get(m["prog"], "utf-8")
    return hdr_lines(pairs, hcs) + block


# ---- phone services -------------------------------------------------------------------------

def phone_mail(m: dict, idx: str) -> str:
    ck = m["from"]
    country = CLIENTS[ck]["country"]
    d = when(m["date"], country)
    num = m["number"]  # as the service prints it
    digits = "".join(c for c in num if c.isdigit())
    svc = m["service"]
    text = m["body"].strip()
    seed = idx + svc
    coach_to = f"{COACH['name']} <{COACH['email']}>"
    mp3 = attachment("voicemail.mp3", "audio/mpeg", FAKE_MP3)
    local = d.strftime("%-I:%M %p")
    if svc == "gv_vm":
        frm, subj = "Google Voice <voice-noreply@google.com>", f"New voicemail from {num} at {local}"
        plain = f"{text}\n\nplay message\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\nThis email was sent to you because you indicated that you'd like to receive email notifications for voicemails.\nGoogle LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n"
        ctype, payload = multipart("mixed", [leaf(plain, "plain", "utf-8", "quoted-printable"), mp3], seed, "py")
        extra = []
    elif svc == "gv_text":
        frm, subj = f"{num} <12025550187.{digits}.{h(seed, 10)}@txt.voice.google.com>", f"New text message from {num}"
        plain = f"Google Voice\n\n{text}\n\nTo respond to this text message, reply to this email or visit Google Voice.\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>\n"
        ctype, payload = None, leaf(plain, "plain", "utf-8", "quoted-printable")
        extra = []
    elif svc == "rc_vm":
        frm, subj = "RingCentral <service@ringcentral.com>", f"New Voice Message from {num} to your phone number +44 20 3807 4410"
        plain = f"You have a new voice message:\n\nFrom: {num}\nReceived: {LONGDAYS['en'][d.weekday()]}, {LONGMONTHS['en'][d.month - 1]} {d.day}, {d.year} at {local}\nLength: {m.get('length', '00:52')}\nTo: {COACH['name']} +44 20 3807 4410\n\nVoicemail Preview:\n{text}\n\nThe voice message is attached to this email.\n\nThank you for choosing RingCentral.\nRingCentral UK Ltd., 85 Gresham Street, London EC2V 7NQ\n"
        ctype, payload = multipart("mixed", [leaf(plain, "plain", "utf-8", "quoted-printable"), mp3], seed, "py")
        extra = []
    elif svc == "rc_sms":
        frm, subj = "RingCentral <service@ringcentral.com>", f"New Text Message from {num}"
        plain = f"You have a new text message:\n\nFrom: {num}\nReceived: {LONGDAYS['en'][d.weekday()]}, {LONGMONTHS['en'][d.month - 1]} {d.day}, {d.year} at {local}\nTo: {COACH['name']} +44 20 3807 4410\n\nMessage:\n{text}\n\nTo reply, open the RingCentral app.\n\nThank you for choosing RingCentral.\n"
        ctype, payload = None, leaf(plain, "plain", "utf-8", "quoted-printable")
        extra = []
    elif svc == "vonage_vm":
        frm, subj = "Vonage Business <noreply@vonagebusiness.com>", f"New voicemail from {digits}"
        plain = f"You have received a new voicemail.\n\nCaller: {digits}\nDate: {d.strftime('%d/%m/%Y %H:%M')}\nDuration: {m.get('length', '0:38')}\n\nTranscription:\n{text}\n\nLog in to the Vonage Business app to manage your voicemail.\n"
        ctype, payload = multipart("mixed", [leaf(plain, "plain", "utf-8", "quoted-printable"), attachment("voicemail.wav", "audio/wav", FAKE_MP3)], seed, "py")
        extra = []
    elif svc == "vonage_sms":
        frm, subj = "Vonage Business <noreply@vonagebusiness.com>", f"New SMS from {digits}"
        plain = f"You have received a new text message (SMS).\n\nFrom: {digits}\nDate: {d.strftime('%d/%m/%Y %H:%M')}\n\nMessage:\n{text}\n\nLog in to the Vonage Business app to reply.\n"
        ctype, payload = None, leaf(plain, "plain", "utf-8", "quoted-printable")
        extra = []
    elif svc == "teams_vm":
        frm = "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitcombe-coaching.example>"
        subj = f"Voicemail from {num} ({m.get('length', '00:00:41')})"
        plain = f"You received a voice mail from {num}.\n\nTranscription preview\n{text}\n\nYou can listen to the message using the attached audio file.\n"
        ctype, payload = multipart("mixed", [leaf(plain, "plain", "utf-8", "quoted-printable"), attachment("audio.mp3", "audio/mpeg", FAKE_MP3)], seed, "py")
        extra = [("Content-Class", "voice-uc")]
    elif svc == "ooma_vm":
        frm, subj = "Ooma <voicemail-noreply@ooma.com>", f"New voicemail from {num}"
        plain = f"You have a new voicemail.\n\nFrom: {num}\nMailbox: Claire office line\nTime: {d.strftime('%a %d %b %Y %H:%M')}\nLength: {m.get('length', '0:44')}\n\nTranscript: {text}\n\nListen to this message in the Ooma app or at my.ooma.com.\n"
        ctype, payload = multipart("mixed", [leaf(plain, "plain", "utf-8", "quoted-printable"), mp3], seed, "py")
        extra = []
    elif svc == "grasshopper_vm":
        frm, subj = "Grasshopper <voicemail@grasshopper.com>", f"New Voicemail from {num}"
        plain = f"You have a new voicemail!\n\nCaller: {num}\nExtension: 1 - Coaching\nDuration: {m.get('length', '1:02')}\nReceived: {d.strftime('%m/%d/%Y %I:%M %p')}\n\nTranscription:\n{text}\n\nThe recording is attached.\n"
        ctype, payload = multipart("mixed", [leaf(plain, "plain", "utf-8", "quoted-printable"), mp3], seed, "py")
        extra = []
    else:
        raise ValueError(svc)
    dom = {"gv_vm": "google.com", "gv_text": "txt.voice.google.com", "rc_vm": "ringcentral.com", "rc_sms": "ringcentral.com", "vonage_vm": "vonagebusiness.com", "vonage_sms": "vonagebusiness.com", "teams_vm": "whitcombe-coaching.example", "ooma_vm": "ooma.com", "grasshopper_vm": "grasshopper.com"}[svc]
    pairs = [("From", frm), ("To", coach_to), ("Subject", subj), ("Date", format_datetime(d)), ("Message-ID", f"<{h(seed, 24)}@{dom}>"), ("MIME-Version", "1.0")] + extra
    head = hdr_lines(pairs)
    if ctype:
        return head + f"Content-Type: {ctype}\n\n" + payload
    return head + payload


def raw_mail(m: dict, idx: str) -> str:
    return m["raw"].lstrip("\n")


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    rows = []
    msgs = sorted(MESSAGES, key=lambda m: m["date"])
    for i, m in enumerate(msgs, 1):
        idx = f"{i:03d}"
        fname = f"msg-{idx}.eml"
        if "raw" in m:
            text = raw_mail(m, idx)
        elif "service" in m:
            text = phone_mail(m, idx)
        else:
            text = build_client_mail(m, idx)
        (HERE / fname).write_bytes(text.replace("\r\n", "\n").encode("ascii" if all(ord(c) < 128 for c in text) else "utf-8"))
        client, kind, tag, urgent, traits = m["label"]
        rows.append([fname, CLIENTS[client]["name"] if client else "", kind, tag, urgent, traits])
    with open(HERE / "labels.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "client", "kind", "tag", "urgent", "traits"])
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
