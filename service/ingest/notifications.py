"""Voicemail and text-message notifications from phone services, read into a `PhoneNote`.

A phone service forwards a voicemail or a text to the coach's mailbox from its own address; the
client is named only by the caller's number. This module recognises the service, the kind
(voicemail or text), the caller's number, the duration, the transcript and the audio file's name,
and drops the notification's boilerplate. Pure: a `ParsedMessage` in, a `PhoneNote` (or None) out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.common.phones import normalise_phone, numbers_in
from service.records import Kind, ParsedMessage, PhoneNote


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class _Service:
    name: str
    sender: re.Pattern[str]  # the notification's From address


SERVICES: tuple[_Service, ...] = (
    _Service("Google Voice", _i(r"@(txt\.)?voice\.google\.com$|^voice-noreply@google\.com$")),
    _Service("RingCentral", _i(r"@([\w-]+\.)*ringcentral\.com$")),
    _Service("Vonage", _i(r"@([\w-]+\.)*vonage(business)?\.com$")),
    _Service("Ooma", _i(r"@([\w-]+\.)*ooma\.com$")),
    _Service("Grasshopper", _i(r"@([\w-]+\.)*grasshopper\.com$")),
    _Service(
        "Microsoft Teams / Outlook voicemail",
        _i(r"@([\w-]+\.)*(microsoft|office365|teams\.mail\.microsoft)\.com$"),
    ),
    _Service("Dialpad", _i(r"@([\w-]+\.)*dialpad\.com$")),
    _Service("OpenPhone", _i(r"@([\w-]+\.)*(openphone\.(com|co)|quo\.com)$")),
    _Service("Zoom Phone", _i(r"@([\w-]+\.)*zoom\.us$")),
    _Service("Aircall", _i(r"@([\w-]+\.)*aircall\.io$")),
    _Service("8x8", _i(r"@([\w-]+\.)*8x8\.com$")),
    _Service("Nextiva", _i(r"@([\w-]+\.)*nextiva\.com$")),
    _Service(
        "carrier visual voicemail",
        _i(
            r"@([\w-]+\.)*(vzw|verizon|verizonwireless|att|att-mail|t-mobile|tmobile|uscellular)\.(com|net)$"
        ),
    ),
)
# Carriers' email-to-SMS gateways: the local part is the sender's number, at any domain (the
# known ones and any other: a carrier abroad, a new MVNO).
SMS_GATEWAYS = _i(r"^\+?(\d{8,15})@[\w.-]+$")  # 8: +687 75 55 01, New Caledonia
_GV_TEXT_SENDER = _i(r"^(\d{10,15})\.(\d{10,15})\.[\w-]+@txt\.voice\.google\.com$")

_VOICEMAIL = _i(
    r"\b(voice ?mail|voice message|new message from|missed call with message|message ?bank|"
    r"message vocal|messagerie vocale|mensaje de voz|buz[oó]n de voz|correo de voz|"
    r"sprachnachricht|mailbox-?nachricht|nachricht auf (ihrer|deiner) mailbox|combox|"
    r"correio de voz|mensagem de voz|caixa postal|messaggio vocale|segreteria|voicemailbericht)\b"
)
_TEXT = _i(r"\b(text message|sms|mms|new text|text from|mensagem de texto|mensaje de texto)\b")
# What a voicemail's notification has and a text's has not: a recording, its length, a transcript.
_RECORDING = _i(
    r"\.(wav|mp3|m4a|amr|ogg|opus|aac)\b|\btranscri|\bduration\b|\blength\b|\blisten\b|"
    r"\b\d{1,2}:\d{2}\b(?! ?[ap]\.?m)|\b\d+ ?(seconds?|secs?)\b|\brecording\b"
)
_TEAMS = _i(r"^voice-?(uc|mail)|^voice$")  # Exchange/Teams voicemail: Content-Class: voice-uc

_LABELLED_TRANSCRIPT = _i(
    r"^\s*(voicemail )?(transcription|transcript|transcription preview|voicemail preview|preview|"
    r"message preview|message text|message)\s*(\([^)]*\))?\s*(?:[:\-]\s*(.*)|$)"
)
_UNAVAILABLE = _i(
    r"(transcription|transcript)[^.\n]{0,40}(unavailable|not available|failed|could not|couldn'?t|"
    r"in progress|not (be )?(generated|created|produced)|isn'?t available|is empty|pending)|"
    r"(could not|couldn'?t|cannot|can'?t|unable to|were unable to|was unable to|not) (be )?transcri\w*|"
    r"no transcri\w*|partly transcribed|partially transcribed|part of (this|the) (message|recording|"
    r"voicemail)|rest of (this|the) (message|recording|voicemail)|"
    r"\[(inaudible|unintelligible|unclear|indistinct)\]|^\(?(unavailable|not available)\)?\.?$"
)
_METADATA = _i(
    r"^\s*(from|caller|caller id|to|received|date|time|duration|length|message length|mailbox|"
    r"phone|number|extension|called|subject|call id|recording url|recording|attachment)\s*:"
)
_BOILERPLATE = _i(
    r"^\s*(dialpad|openphone|quo|zoom( phone)?|aircall|8x8|nextiva|ringcentral|vonage( business)?|"
    r"grasshopper|ooma|justcall|cloudtalk)\s*$|"
    r"^\s*(play message|listen\b|to listen|you can listen|click here|download|reply to this email|"
    r"google voice$|thank you for choosing|you (have|received) a new (voice|text)|"
    r"you received a voice ?mail|a caller left you|new voice ?mail$|"
    r"to respond to this text message|you (are receiving|received this)|this (e-?mail|message) was "
    r"(sent|generated)|manage (your )?(notification|settings|preferences)|unsubscribe|your account|"
    r"help center|google llc|©|copyright|privacy|terms of|view (in|on) |open (the )?app|log ?in to|"
    r"sign in to|visit |--+\s*$|_{5,})"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CALLER_LINE = _i(r"^\s*(from|caller|caller id|phone|number|calling number)\s*:\s*(.+)$")
_DURATION = _i(
    r"\b(?:duration|length|message length)\s*[:\-]?\s*(\d{1,2}(?::\d{2}){1,2}|\d+\s*(?:sec(?:onds)?|s|min(?:utes)?))\b"
)
_SUBJECT_DURATION = re.compile(r"\((\d{1,2}:\d{2}(?::\d{2})?)\)")


def _service_of(sender: str, message: ParsedMessage) -> str | None:
    for service in SERVICES:
        if service.sender.search(sender):
            return service.name
    if _TEAMS.match(message.headers.get("content-class", "")):
        return "Microsoft Teams / Outlook voicemail"
    if (
        "api.twilio.com" in message.body_text
        or "twilio" in message.headers.get("x-mailer", "").lower()
    ):
        return "Twilio forwarding"
    return None


def _kind(message: ParsedMessage, service: str | None, sender: str) -> Kind | None:
    if SMS_GATEWAYS.match(sender) or _GV_TEXT_SENDER.match(sender):
        return Kind.SMS
    head = message.subject + "\n" + message.body_text[:300]
    if _TEXT.search(message.subject):
        return Kind.SMS
    found = _VOICEMAIL.search(head)
    if (
        found
        and found.group(0).lower() == "new message from"
        and not _RECORDING.search("\n".join((message.body_text[:2000], *message.attachment_names)))
    ):
        return Kind.SMS  # "New message from +1 …" with no recording: a text (OpenPhone, Dialpad)
    if found or (service and service.startswith("Microsoft") and message.attachment_names):
        return Kind.VOICEMAIL
    return None


def _transcript(message: ParsedMessage, kind: Kind) -> tuple[str, bool]:
    """The transcript without the notification's boilerplate, and whether part of it is missing."""
    lines = message.body_text.replace("\r\n", "\n").split("\n")
    # A labelled transcript ("Transcription: …") is the transcript, whatever comes before it
    # (a greeting, "You received a new voicemail", the caller's details).
    start = next((i for i, line in enumerate(lines) if _LABELLED_TRANSCRIPT.match(line)), 0)
    lines = lines[start:]
    kept: list[str] = []
    labelled = False
    for line in lines:
        found = _LABELLED_TRANSCRIPT.match(line)
        if found and not labelled:
            labelled, kept = True, []
            if (found.group(4) or "").strip():
                kept.append(found.group(4).strip())
            continue
        if _BOILERPLATE.match(line):
            if kept:
                break
            continue
        if _METADATA.match(line):
            if labelled and kept:
                break
            continue
        kept.append(line.strip())
    text = re.sub(r"\n{3,}", "\n\n", _CONTROL.sub("", "\n".join(kept))).strip()
    # "Transcription unavailable", or a partial one ending "unable to transcribe the rest".
    sentences = re.split(r"(?<=[.!?])\s+", text)
    usable = [s for s in sentences if s and not _UNAVAILABLE.search(s)]
    partial = len(usable) != len([s for s in sentences if s])
    text = " ".join(usable).strip() if partial else text
    if not re.search(r"\w", text):
        return "", kind is Kind.VOICEMAIL
    return text, partial


def _digits_readings(digits: str, region: str) -> list[str]:
    """A number written as bare digits, read both ways: as a national number and as one with its
    country code but without the "+" that gateways and some services drop ("5511987654321" is
    +55 11 …). The likelier first: with 11 or more digits, the international reading."""
    national = normalise_phone(digits, region)
    international = normalise_phone("+" + digits, region)
    ordered = [international, national] if len(digits) > 10 else [national, international]
    if len(digits) == 10:  # a North American number as US gateways write it, whatever the region
        ordered.append(normalise_phone("+1" + digits, region))
    return list(dict.fromkeys(n for n in ordered if n))


def _digits_number(digits: str, region: str) -> str | None:
    readings = _digits_readings(digits, region)
    return readings[0] if readings else None


_BARE_DIGITS = re.compile(r"(?<![\d+])(\d{11,15})(?!\d)")


def _numbers(text: str, region: str) -> list[str]:
    """The numbers in `text`: as written in the coach's region, else as a North American
    service writes them ("(617) 555-0187" from Google Voice), else bare digits."""
    return (
        numbers_in(text, region)
        or numbers_in(text, "US")
        or [n for n in (_digits_number(d, region) for d in _BARE_DIGITS.findall(text)) if n]
    )


def _number(message: ParsedMessage, sender: str, region: str) -> str | None:
    subject_numbers = _numbers(message.subject, region)
    gateway = SMS_GATEWAYS.match(sender)
    if gateway:
        return _digits_number(gateway.group(1), region)
    google = _GV_TEXT_SENDER.match(sender)
    if google:  # two numbers in the address; "New text message from (608) 555-0157" says which
        said = re.sub(r"\D", "", message.subject)[-10:]
        texter = next((g for g in google.groups() if said and g.endswith(said)), google.group(2))
        return _digits_number(texter, region)
    if subject_numbers:
        return subject_numbers[0]
    for line in message.body_text.splitlines():
        caller = _CALLER_LINE.match(line)
        if caller:
            numbers = _numbers(caller.group(2), region)
            if numbers:
                return numbers[0]
    body_numbers = _numbers(message.body_text[:2000], region)
    return body_numbers[0] if body_numbers else None


def _duration(message: ParsedMessage) -> str | None:
    found = _SUBJECT_DURATION.search(message.subject) or _DURATION.search(message.body_text)
    return found.group(1) if found else None


def may_be_phone_note(message: ParsedMessage) -> bool:
    """Could this be a phone service's notification? By the headers alone (sender, subject)."""
    sender = message.sender.email.lower() if message.sender else ""
    return bool(
        _service_of(sender, message)
        or SMS_GATEWAYS.match(sender)
        or _VOICEMAIL.search(message.subject)
        or _TEXT.search(message.subject)
    )


def read_phone_note(message: ParsedMessage, region: str) -> PhoneNote | None:
    """The voicemail or text this notification carries, or None when it is not one."""
    sender = message.sender.email.lower() if message.sender else ""
    gateway = SMS_GATEWAYS.match(sender) is not None  # the texter's number is the address
    service = "a carrier's text gateway" if gateway else _service_of(sender, message)
    kind = _kind(message, service, sender)
    if kind is None:
        return None
    number = _number(message, sender, region)
    bare = SMS_GATEWAYS.match(sender) or _GV_TEXT_SENDER.match(sender)
    readings = _digits_readings(bare.groups()[-1], region) if bare else []
    if region != "US":  # "(617) 555-0187" from a North American service, read as one
        readings.append(_number(message, sender, "US") or "")
    alternatives = tuple(dict.fromkeys(n for n in readings if n and n != number))
    if service is None:
        if number is None:
            return None  # the generic fallback needs a number to call it a notification
        else:
            service = "a phone service"
    audio = tuple(
        a
        for a in message.attachment_names
        if re.search(r"\.(mp3|wav|m4a|amr|ogg|opus|wma)$", a, re.I)
    )
    transcript, partial = _transcript(message, kind)
    return PhoneNote(
        service=service,
        kind=kind,
        number=number,
        transcript=transcript,
        duration=_duration(message) if kind is Kind.VOICEMAIL else None,
        audio=audio,
        partial=partial and bool(transcript),
        alternatives=alternatives,
    )
