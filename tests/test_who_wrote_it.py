"""Who wrote it, and what it is: texts through any carrier gateway (the text in an MMS's
text_0.txt too), numbers written without their "+", phone services by name, every wording of
"could not be transcribed", a service sending on a client's behalf, and a bounce of mail to a
client's address, matched to that client and ignored. Each beside the near miss that is not."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from service.ingest.match import Roster
from service.poll.message import process
from service.records import Client, ClientStatus, Kind, RawMessage, Tag

ACTIVE = ClientStatus.ACTIVE
JANE = Client("Jane Doe", ("jane.doe@example.org",), ("+18475550111",), ACTIVE, None)
ANA = Client("Ana Souza", ("ana@example.com.br",), ("+5511987654321",), ACTIVE, None)
ROSTER = Roster.build([JANE, ANA], ["robin@avery-coaching.example"], region="US")


def _raw(message: EmailMessage) -> RawMessage:
    for name, value in (
        ("To", "robin@avery-coaching.example"),
        ("Date", "Mon, 23 Nov 2026 10:00:00 +0000"),
        ("Message-ID", "<m1@example.org>"),
    ):
        if name not in message:
            message[name] = value
    data = message.as_bytes()
    return RawMessage(folder="INBOX", uidvalidity=1, uid=1, data=data, size=len(data))


def _mail(sender: str, subject: str, body: str, **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _read(message: EmailMessage) -> tuple[str | None, Kind | None, Tag | None]:
    done = process(_raw(message), ROSTER, date(2026, 11, 25))
    client = done.match.client.name if done.match.client else None
    verdict = done.verdict
    return client, verdict.kind if verdict else None, verdict.tag if verdict else None


@pytest.mark.parametrize(
    "sender",
    ["8475550111@vtext.com", "+18475550111@tmomail.net", "18475550111@sms.new-carrier.example"],
)
def test_a_text_through_any_gateway_is_the_clients_text(sender: str) -> None:
    client, kind, tag = _read(_mail(sender, "", "can you call me tonight"))
    assert (client, kind, tag) == ("Jane Doe", Kind.SMS, Tag.REPLY_NEEDED)


def test_an_mms_carries_its_text_in_text_0() -> None:
    message = _mail("8475550111@mms.att.net", "", "")
    message.add_attachment(
        b"running late, can we do 3pm?", maintype="text", subtype="plain", filename="text_0.txt"
    )
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="IMG_0001.png")
    assert _read(message) == ("Jane Doe", Kind.SMS, Tag.REPLY_NEEDED)


def test_a_number_without_its_plus_is_read_with_its_country_code() -> None:
    body = "You have received a new voicemail.\n\nCaller: 5511987654321\n\nTranscription:\noi, me liga amanhã"
    client, kind, _ = _read(
        _mail("Vonage Business <noreply@vonagebusiness.com>", "New voicemail", body)
    )
    assert (client, kind) == ("Ana Souza", Kind.VOICEMAIL)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Dialpad <notifications@dialpad.com>",
            "New SMS from (847) 555-0111",
            "Jane: are we still on for Thursday?",
        ),
        (
            "OpenPhone <no-reply@openphone.com>",
            "New voicemail from (847) 555-0111",
            "Transcript: hi it's Jane, call me back",
        ),
        (
            "Zoom <no-reply@zoom.us>",
            "Voicemail from +1 847-555-0111",
            "Transcription: Jane here, please call me",
        ),
        (
            "Aircall <notifications@aircall.io>",
            "New voicemail",
            "Caller: +1 847 555 0111\nTranscription: call me please",
        ),
    ],
)
def test_phone_services_by_name(sender: str, subject: str, body: str) -> None:
    client, kind, tag = _read(_mail(sender, subject, body))
    assert client == "Jane Doe" and kind in (Kind.SMS, Kind.VOICEMAIL) and tag is Tag.REPLY_NEEDED


@pytest.mark.parametrize(
    "transcript",
    [
        "Transcription not available.",
        "This voicemail could not be transcribed.",
        "We couldn't transcribe this message.",
        "Hi it's Jane, I wanted to [inaudible] before Friday.",
    ],
)
def test_every_wording_of_no_transcript_means_listen(transcript: str) -> None:
    body = f"New voicemail from (847) 555-0111\nDuration: 0:40\n\nTranscription: {transcript}"
    client, kind, tag = _read(
        _mail("RingCentral <service@ringcentral.com>", "New Voice Message", body)
    )
    done = process(
        _raw(_mail("RingCentral <service@ringcentral.com>", "New Voice Message", body)),
        ROSTER,
        date(2026, 11, 25),
    )
    assert (client, kind, tag) == ("Jane Doe", Kind.VOICEMAIL, Tag.REPLY_NEEDED)
    assert done.verdict is not None and "listen" in " ".join(done.verdict.reasons)


def test_a_service_sending_for_a_client_is_hers_and_a_mention_is_not() -> None:
    shared = _mail(
        "Jane Doe (via Google Sheets) <drive-shares-dm-noreply@google.com>",
        "Spreadsheet shared with you: Goals 2027",
        "Jane Doe has invited you to edit the following spreadsheet: Goals 2027",
        Reply_To="Jane Doe <jane.doe@example.org>",
    )
    assert _read(shared)[0] == "Jane Doe"
    not_hers = _mail(
        "Jane Doe (via Google Sheets) <drive-shares-dm-noreply@google.com>",
        "Spreadsheet shared with you",
        "Jane Doe has invited you to edit.",
        Reply_To="someone.else@example.net",
    )
    assert _read(not_hers)[0] is None
    mention = _mail(
        "Calendly <notifications@calendly.com>", "New event: Jane Doe", "Jane Doe booked a call."
    )
    assert _read(mention)[0] is None


def test_a_bounce_of_mail_to_a_client_is_hers_and_ignored() -> None:
    bounce = _mail(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail Returned to Sender",
        "I'm sorry to have to inform you that your message could not be delivered.\n\n"
        "<jane.doe@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n\n"
        "Received: from avery-coaching.example\nSubject: Could you send me the notes?\n",
    )
    assert _read(bounce) == ("Jane Doe", Kind.EMAIL, Tag.IGNORED)
    failed = _mail(
        "postmaster@example.org",
        "Delivery has failed",
        "See attached.",
        X_Failed_Recipients="jane.doe@example.org",
    )
    assert _read(failed) == ("Jane Doe", Kind.EMAIL, Tag.IGNORED)
    stranger = _mail(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail",
        "to <nobody@else.example>",
    )
    assert _read(stranger)[0] is None


@pytest.mark.parametrize(
    "subject",
    [
        "Convite aceito: Sessão de coaching",
        "Angenommen: Coaching-Sitzung",
        "Accepté : Séance",
        "Aceptado: Sesión",
    ],
)
def test_a_calendar_answer_in_any_language_is_ignored(subject: str) -> None:
    assert (
        _read(
            _mail(
                "Jane Doe <jane.doe@example.org>", subject, "Jane Doe has accepted this invitation."
            )
        )[2]
        is Tag.IGNORED
    )


def test_a_message_mail_parser_cannot_read_is_read_by_the_standard_library() -> None:
    """A boundary that is a prefix of its parent's ("ab", then "a") makes mail-parser raise
    AttributeError (as two real bounces do); the message is still read, its text and its sender,
    instead of "could not read"."""
    data = (
        b"From: Jane Doe <jane.doe@example.org>\nTo: robin@avery-coaching.example\nSubject: Hi\n"
        b"Date: Mon, 23 Nov 2026 10:00:00 +0000\nMessage-ID: <n1@example.org>\n"
        b'Content-Type: multipart/mixed; boundary="ab"\n\n--ab\n'
        b'Content-Type: multipart/mixed; boundary="a"\n\n--ab\nContent-Type: text/plain\n\n'
        b"could you call me back?\n--a\n\n"
    )
    done = process(RawMessage("INBOX", 1, 1, data, len(data)), ROSTER, date(2026, 11, 25))
    assert done.failure is None and done.parsed is not None
    assert "call me back" in done.parsed.body_text
    assert done.verdict is not None and done.verdict.tag is Tag.REPLY_NEEDED


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your email. I am currently out of the office until 2 December with limited access to email.",
        "Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes.",
        "I am away from my desk until Monday, with no access to email.",
        "Estaré fuera hasta el 3 de diciembre.",
        "Merci pour votre message. Je suis absente jusqu'au 30 novembre.",
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 1. Dezember nicht im Büro.",
        "Obrigada pela mensagem. Estou de férias até dia 5.",
        "Grazie per il messaggio. Sono fuori ufficio fino a lunedì.",
        "Bedankt voor uw bericht. Ik ben tot maandag afwezig.",
        "メールありがとうございます。12月1日まで不在にしております。",
    ],
)
def test_an_out_of_office_reply_without_its_headers_is_ignored(body: str) -> None:
    assert _read(_mail("Jane Doe <jane.doe@example.org>", "Re: Thursday", body))[2] is Tag.IGNORED


def test_a_person_away_who_asks_something_is_not_an_auto_reply() -> None:
    body = "I'm out of the office until Monday, so could we move our session to Tuesday?"
    assert (
        _read(_mail("Jane Doe <jane.doe@example.org>", "Out of office next week", body))[2]
        is Tag.REPLY_NEEDED
    )


def test_a_list_servers_answer_is_ignored() -> None:
    body = "Please send mail with the word 'subscribe' in the body to join."
    message = _mail("runclub-request@lists.example.org", "Re: join", body)
    done = process(
        _raw(message),
        Roster.build(
            [Client("Club", ("runclub-request@lists.example.org",), (), ACTIVE, None)], []
        ),
        date(2026, 11, 25),
    )
    assert done.verdict is not None and done.verdict.tag is Tag.IGNORED


def test_a_delivery_report_is_read_by_its_failed_recipient_not_the_first_address_in_it() -> None:
    """An RFC 3464 report whose human part names another client first (the coach wrote to both):
    the bounce reader's Final-Recipient decides."""
    data = (
        b"From: Mail Delivery Subsystem <mailer-daemon@mx.example.net>\r\n"
        b"To: robin@avery-coaching.example\r\nSubject: Delivery Status Notification (Failure)\r\n"
        b"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <dsn1@mx.example.net>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\n"
        b"Your message to ana@example.com.br and jane.doe@example.org could not be delivered to one"
        b" recipient.\r\n\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.net\r\n\r\n"
        b"Final-Recipient: rfc822; jane.doe@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        b"--B--\r\n"
    )
    done = process(RawMessage("INBOX", 1, 1, data, len(data)), ROSTER, date(2026, 11, 25))
    assert done.parsed is not None and done.parsed.failed_recipients == ("jane.doe@example.org",)
    assert done.match.client is not None and done.match.client.name == "Jane Doe"
    assert done.verdict is not None and done.verdict.tag is Tag.IGNORED


def test_a_feedback_report_is_about_the_client_it_names() -> None:
    """An RFC 5965 abuse report: the coach's mail to a client was marked as spam; the report is
    that client's (Original-Rcpt-To), and a machine's."""
    data = (
        b"From: Feedback Loop <fbl@isp.example>\r\nTo: robin@avery-coaching.example\r\n"
        b"Subject: Abuse report\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=feedback-report; boundary="F"\r\n\r\n'
        b"--F\r\nContent-Type: text/plain\r\n\r\nA subscriber marked this message as spam.\r\n\r\n"
        b"--F\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\n"
        b"User-Agent: isp-fbl/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: <jane.doe@example.org>\r\n\r\n"
        b"--F--\r\n"
    )
    done = process(RawMessage("INBOX", 1, 1, data, len(data)), ROSTER, date(2026, 11, 25))
    assert done.match.client is not None and done.match.client.name == "Jane Doe"
    assert done.verdict is not None and done.verdict.tag is Tag.IGNORED


def test_a_transcript_after_a_greeting_and_the_callers_details() -> None:
    body = (
        "Hi Robin,\n\nYou received a new voicemail.\n\nCaller: JANE DOE (+18475550111)\n"
        "Duration: 00:00:41\n\nTranscription:\nHi it's Jane, could you send me two times for next week?"
    )
    client, kind, tag = _read(_mail("Zoom <no-reply@zoom.us>", "New voicemail from JANE DOE", body))
    assert (client, kind, tag) == ("Jane Doe", Kind.VOICEMAIL, Tag.REPLY_NEEDED)


@pytest.mark.parametrize(
    "sender",
    [
        "18475550111.13125550100.aB3dE@txt.voice.google.com",  # the texter first
        "13125550100.18475550111.aB3dE@txt.voice.google.com",  # the coach's number first
    ],
)
def test_a_google_voice_text_is_from_the_number_its_subject_names(sender: str) -> None:
    message = _mail(
        f'"(847) 555-0111" <{sender}>', "New text message from (847) 555-0111", "running late!"
    )
    assert _read(message)[:2] == ("Jane Doe", Kind.SMS)


def test_a_share_for_the_client_that_asks_nothing_is_ignored_and_one_that_asks_is_not() -> None:
    share = _mail(
        "Jane Doe (via Dropbox) <no-reply@dropbox.com>",
        "Jane Doe shared a file with you",
        "Jane Doe shared a file with you\n\nGoals.pdf\n\nView file",
        Reply_To="jane.doe@example.org",
    )
    assert _read(share)[2] is Tag.IGNORED
    note = _mail(
        "Jane Doe (via Google Docs) <comments-noreply@docs.google.com>",
        "Document shared with you",
        "Jane Doe shared a document.\n\nCould you look at section 2 before Thursday?",
        Reply_To="jane.doe@example.org",
    )
    assert _read(note)[2] is Tag.REPLY_NEEDED


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nThanks for your message! I'm hiking with no signal till 7 December and will get back to you then.",
        "Olá,\n\nObrigada pela mensagem. Estou em viagem até 10/12 e responderei assim que possível.",
        "Jane Doe has tentatively accepted your invitation.",
        "Jane Doe a accepté votre invitation.",
    ],
)
def test_an_auto_reply_or_calendar_answer_told_by_its_shape(body: str) -> None:
    assert _read(_mail("Jane Doe <jane.doe@example.org>", "Re: Session", body))[2] is Tag.IGNORED


def test_thanks_and_a_date_from_a_person_who_asks_is_not_an_auto_reply() -> None:
    body = "Thanks for your email! I'm away until Friday. Could we meet on Monday instead?"
    assert (
        _read(_mail("Jane Doe <jane.doe@example.org>", "Re: Session", body))[2] is Tag.REPLY_NEEDED
    )


def test_a_lists_own_server_speaks_for_the_list_in_the_roster() -> None:
    club = Client("Run club", ("club@lists.example.org",), (), ACTIVE, None)
    roster = Roster.build([club], ["robin@avery-coaching.example"])
    message = _mail(
        "club-bounces@lists.example.org", "Auto-response", "This is an automated reply."
    )
    done = process(_raw(message), roster, date(2026, 11, 25))
    assert (
        done.match.client == club and done.verdict is not None and done.verdict.tag is Tag.IGNORED
    )
    other = _mail("other-bounces@lists.example.org", "Auto-response", "This is an automated reply.")
    assert process(_raw(other), roster, date(2026, 11, 25)).match.client is None


def test_a_person_who_greets_the_coach_by_name_is_no_auto_reply() -> None:
    note = "Ciao Robin,\n\nI'll be out of office until the 9th at the site. Nothing to change."
    assert (
        _read(_mail("Jane Doe <jane.doe@example.org>", "Fuori sede fino al 9", note))[2] is Tag.FYI
    )
    machine = (
        "Hi there,\n\nAway until 8 December. A reply automatically goes out; I'll answer when back."
    )
    assert (
        _read(_mail("Jane Doe <jane.doe@example.org>", "Away from email", machine))[2]
        is Tag.IGNORED
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Nouveau message vocal de +1 847 555 0111", "Transcription : rappelle-moi s'il te plaît"),
        ("Nuevo mensaje de voz de +1 847 555 0111", "Transcripción: llámame cuando puedas"),
        ("Neue Sprachnachricht von +1 847 555 0111", "Transkript: ruf mich bitte zurück"),
        (
            "You have a new MessageBank message from +1 847 555 0111",
            "Message preview (transcribed automatically, may contain errors):\ncan you call me back",
        ),
    ],
)
def test_a_voicemail_said_in_the_services_own_words(subject: str, body: str) -> None:
    client, kind, tag = _read(_mail("Phone <noreply@phone.example>", subject, body))
    assert (client, kind, tag) == ("Jane Doe", Kind.VOICEMAIL, Tag.REPLY_NEEDED)


def test_a_short_number_at_a_gateway_is_read_both_ways_and_the_roster_chooses() -> None:
    """Nine digits: an Australian national number, or New Caledonia's +687 without its "+"."""
    noumea = Client("Élodie", ("elodie@example.nc",), ("+687755501",), ACTIVE, None)
    roster = Roster.build([noumea], ["robin@avery-coaching.example"], region="AU")
    done = process(
        _raw(_mail("687755501@mms.gw.example", "", "bien rentrée, à jeudi")),
        roster,
        date(2026, 11, 25),
    )
    assert (
        done.match.client == noumea and done.verdict is not None and done.verdict.kind is Kind.SMS
    )


def test_a_post_to_a_mailing_list_is_a_persons() -> None:
    message = _mail(
        "Jane Doe <jane.doe@example.org>",
        "Club dinner",
        "Dinner is on the 12th, all welcome.",
        Precedence="list",
    )
    assert _read(message)[2] is Tag.FYI


@pytest.mark.parametrize(
    ("sender", "reply_to"),
    [
        ("Jane Doe via DocuSign <dse_NA4@docusign.net>", "jane.doe@example.org"),
        (
            "Jane Doe (Google Docs) <comments-noreply@docs.google.com>",
            "Jane Doe <jane.doe@example.org>",
        ),
    ],
)
def test_a_service_sending_for_a_client_in_other_words(sender: str, reply_to: str) -> None:
    body = "Jane Doe sent you a document.\n\nCould you countersign it and send me a copy?"
    assert _read(_mail(sender, "Please sign", body, Reply_To=reply_to)) == (
        "Jane Doe",
        Kind.EMAIL,
        Tag.REPLY_NEEDED,
    )


def test_a_north_american_number_is_read_as_one_wherever_the_coach_is() -> None:
    """A US gateway writes ten digits with no country code; Google Voice writes (617) 555-0187."""
    jake = Client("Jake", ("jake@example.com",), ("+16175550187",), ACTIVE, None)
    roster = Roster.build([jake], ["robin@avery-coaching.example"], region="IE")
    text = _mail("6175550187@vtext.com", "", "running 10 min late")
    assert process(_raw(text), roster, date(2026, 11, 25)).match.client == jake
    voicemail = _mail(
        "Google Voice <voice-noreply@google.com>",
        "New voicemail from (617) 555-0187",
        "New voicemail from (617) 555-0187\n\ncould we move our call to Friday?",
    )
    assert process(_raw(voicemail), roster, date(2026, 11, 25)).match.client == jake


def test_a_transcript_under_the_services_name_and_a_header_line() -> None:
    body = 'Dialpad\n\nYou have a new voicemail from +1 847 555 0111\n\n"Hi it\'s Jane, could you call me back?"'
    assert _read(_mail("Dialpad <notifications@dialpad.com>", "New voicemail", body)) == (
        "Jane Doe",
        Kind.VOICEMAIL,
        Tag.REPLY_NEEDED,
    )


@pytest.mark.parametrize(
    "body",
    [
        "I'm on leave until Monday. Honestly I don't see the point of going on anymore.",
        "Accepted. I keep thinking everyone would be better off without me.",
    ],
)
def test_distress_outweighs_a_machine_told_only_by_its_words(body: str) -> None:
    done = process(
        _raw(_mail("Jane Doe <jane.doe@example.org>", "Re: Thursday", body)),
        ROSTER,
        date(2026, 11, 25),
    )
    assert done.verdict is not None
    assert (done.verdict.tag, done.verdict.urgent) == (Tag.REPLY_NEEDED, True)


def test_a_bounce_in_its_own_words_names_the_address_and_a_person_saying_so_is_heard() -> None:
    bounce = (
        "****** Message from InterScan Messaging Security Suite ******\n\n"
        "Unable to deliver message to <jane.doe@example.org>.\n"
    )
    person = "My email to your old address couldn't be delivered, so I'm writing here. Got the job!"
    sender = "imss@filter.example"
    assert _read(_mail(sender, "Mail could not be delivered", bounce)) == (
        "Jane Doe",
        Kind.EMAIL,
        Tag.IGNORED,
    )
    assert _read(_mail("Jane Doe <jane.doe@example.org>", "News", person))[2] is Tag.FYI


def test_a_report_behind_a_byte_order_mark_is_still_read() -> None:
    report = _mail(
        "Mail Delivery System <MAILER-DAEMON@mx.example>",
        "Undelivered Mail Returned to Sender",
        "The mail to jane.doe@example.org could not be delivered.",
    )
    data = b"\xef\xbb\xbf" + _raw(report).data
    done = process(RawMessage("INBOX", 1, 1, data, len(data)), ROSTER, date(2026, 11, 25))
    assert done.match.client == JANE
    assert done.verdict is not None and done.verdict.tag is Tag.IGNORED


def test_a_text_said_as_a_new_message_with_no_recording_is_a_text() -> None:
    text = _mail(
        "OpenPhone <notifications@openphone.example>",
        "New message from +1 (847) 555-0111",
        '+1 (847) 555-0111 sent a message to Avery Coaching:\n\n"thank you for today"\n',
    )
    voicemail = _mail(
        "OpenPhone <notifications@openphone.example>",
        "New message from +1 (847) 555-0111",
        "Duration: 0:42\nTranscription: hi it's Jane, thanks for today\n",
    )
    assert _read(text)[:2] == ("Jane Doe", Kind.SMS)
    assert _read(voicemail)[:2] == ("Jane Doe", Kind.VOICEMAIL)


def test_a_number_a_gateway_writes_as_dialled_at_home_is_the_roster_number_it_ends() -> None:
    liam = Client("Liam O", ("liam@example.com.au",), ("+61491570156",), ACTIVE, None)
    roster = Roster.build([JANE, liam], ["robin@avery-coaching.example"], region="CA")
    text = _raw(_mail("0491570156@sms.carrier.example.au", "", "can we do 8am fri instead?"))
    done = process(text, roster, date(2026, 11, 25))
    assert done.match.client == liam
    stranger = _raw(_mail("0491000000@sms.carrier.example.au", "", "hi"))
    assert process(stranger, roster, date(2026, 11, 25)).match.client is None


def test_japanese_in_iso_2022_jp_is_read_as_japanese() -> None:
    message = EmailMessage()
    message["From"] = "Jane Doe <jane.doe@example.org>"
    message["Subject"] = "【自動返信】不在のお知らせ"
    message.set_content("12月1日まで出張のため不在にしております。", charset="iso-2022-jp")
    done = process(_raw(message), ROSTER, date(2026, 11, 25))
    assert done.parsed is not None and "不在にしております" in done.parsed.body_text
    assert done.verdict is not None and done.verdict.tag is Tag.IGNORED


def test_a_calendar_answer_with_a_typed_note_is_the_clients_to_read() -> None:
    note = (
        "Jane Doe has tentatively accepted this invitation and says:\n"
        '"Puede que se me cruce el festival de la escuela; te confirmo el lunes."\n'
    )
    plain = "Jane Doe has accepted this invitation.\n"
    subject = "Tentatively Accepted: Session @ Tue Dec 1"
    assert _read(_mail("Jane Doe <jane.doe@example.org>", subject, note))[2] is Tag.FYI
    assert _read(_mail("Jane Doe <jane.doe@example.org>", subject, plain))[2] is Tag.IGNORED


def test_thanks_for_the_help_in_spanish_asks_nothing() -> None:
    thanks = "¡Ya mandé la solicitud! Mil gracias por la ayuda con la carta."
    asks = "Ayúdame con la carta, porfa."
    assert _read(_mail("Jane Doe <jane.doe@example.org>", "carta", thanks))[2] is Tag.FYI
    assert _read(_mail("Jane Doe <jane.doe@example.org>", "carta", asks))[2] is Tag.REPLY_NEEDED


def test_a_form_service_in_its_own_name_sends_her_answers_and_a_booking_service_only_names_her() -> (
    None
):
    form = _mail(
        "Jotform <noreply@jotform.example>",
        "Session feedback - new submission",
        "What would you like to cover next time?\nSalary. Could you send me a template?\n",
        Reply_To="jane.doe@example.org",
    )
    booking = _mail(
        "Calendly <notifications@calendly.example>",
        "New Event: Jane Doe",
        "A new event has been scheduled.\n\nInvitee:\nJane Doe\n",
        Reply_To="jane.doe@example.org",
    )
    assert _read(form) == ("Jane Doe", Kind.EMAIL, Tag.REPLY_NEEDED)
    assert _read(booking)[0] is None
