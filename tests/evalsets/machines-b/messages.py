"""The words and the labels of set machines-b (build.py turns them into .eml files).

Each entry: the file's name, its labels (client, kind, tag, urgent, traits), the builder
(`fmt`) and what that builder needs. Written blind, from the formats' public descriptions.
"""

COACH_NAME = "Morgan Tremblay"
COACH_ADDR = "morgan@driftwood-coaching.example"
COACH_GMAIL = "morgan.tremblay.coach@gmail.com"
COACH = f"{COACH_NAME} <{COACH_ADDR}>"

MESSAGES: list[dict] = []


def add(file, client, kind, tag, traits="", urgent="no", **kw):
    MESSAGES.append(dict(file=file, client=client, kind=kind, tag=tag, traits=traits, urgent=urgent, **kw))


# =====================================================================================
# 1. Machines writing for a client: bounces, reports, receipts, auto-replies, calendars
# =====================================================================================

add("a01-postfix-user-unknown.eml", "Dev Malhotra", "email", "ignored", "bounce",
    fmt="dsn", date="Tue, 01 Dec 2026 09:14:05 -0800 (PST)",
    **{"from": "MAILER-DAEMON@mail.driftwood-coaching.example (Mail Delivery System)"},
    subject="Undelivered Mail Returned to Sender",
    received=["by mail.driftwood-coaching.example (Postfix)\n\tid 4QxYz1Hk3Lz9vB; Tue,  1 Dec 2026 09:14:05 -0800 (PST)"],
    human="""This is the mail system at host mail.driftwood-coaching.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dev@malhotra.example>: host mx1.malhotra.example[203.0.113.25] said: 550
    5.1.1 <dev@malhotra.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""",
    per_message=["Reporting-MTA: dns; mail.driftwood-coaching.example",
                 "X-Postfix-Queue-ID: 4QxYz1Hk3Lz9vB",
                 "X-Postfix-Sender: rfc822; morgan@driftwood-coaching.example",
                 "Arrival-Date: Tue,  1 Dec 2026 09:14:02 -0800 (PST)"],
    recipients=[["Final-Recipient: rfc822; dev@malhotra.example",
                 "Original-Recipient: rfc822;dev@malhotra.example",
                 "Action: failed", "Status: 5.1.1",
                 "Remote-MTA: dns; mx1.malhotra.example",
                 "Diagnostic-Code: smtp; 550 5.1.1 <dev@malhotra.example>: Recipient address\n    rejected: User unknown in virtual mailbox table"]],
    orig=dict(to="Dev Malhotra <dev@malhotra.example>", date="Tue, 1 Dec 2026 09:14:01 -0800",
              subject="Notes from Thursday",
              body="Hi Dev,\n\nHere are the three things we landed on:\n\n1. Block Tuesday mornings for deep work.\n2. Ask Priya to take the Monday stand-up.\n3. Draft the note to your director by Friday.\n\nTalk soon,\nMorgan\n"))

add("a02-exim-returned-question.eml", "Noah Castellano", "email", "ignored", "bounce;former;quoted",
    fmt="textbounce", date="Mon, 30 Nov 2026 10:02:44 -0800",
    **{"from": "Mail Delivery System <Mailer-Daemon@smtp.driftwood-coaching.example>"},
    subject="Mail delivery failed: returning message to sender",
    headers=["X-Failed-Recipients: noah@castellano.example", "Auto-Submitted: auto-replied"],
    reporting_host="smtp.driftwood-coaching.example",
    human="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  noah@castellano.example
    host mail.castellano.example [198.51.100.14]
    SMTP error from remote mail server after RCPT TO:<noah@castellano.example>:
    550 5.1.1 <noah@castellano.example>: No such user here

------ This is a copy of the message, including all the headers. ------

Return-path: <morgan@driftwood-coaching.example>
""",
    orig=dict(to="Noah Castellano <noah@castellano.example>", date="Mon, 30 Nov 2026 10:02:41 -0800",
              subject="Checking in",
              body="Hi Noah,\n\nIt's been a few months since we wrapped up, and I've been wondering how the move\nwent. Would you like to book a catch-up session in January? I have Thursday\nmornings open. And did you ever send that letter to your brother?\n\nWarmly,\nMorgan\n"))

add("a03-sendmail-mailbox-full.eml", "Kamala Persaud", "email", "ignored", "bounce",
    fmt="dsn", date="Mon, 30 Nov 2026 16:32:19 -0800",
    **{"from": "Mail Delivery Subsystem <MAILER-DAEMON@relay2.driftwood-coaching.example>"},
    subject="Returned mail: see transcript for details",
    reporting_host="relay2.driftwood-coaching.example",
    headers=["Auto-Submitted: auto-generated (failure)"],
    human="""The original message was received at Mon, 30 Nov 2026 16:02:11 -0800
from mail.driftwood-coaching.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<kamala.persaud@telus.net>
    (reason: 552 5.2.2 <kamala.persaud@telus.net>... Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx-in.telus.net.:
>>> DATA
<<< 552 5.2.2 <kamala.persaud@telus.net>... Mailbox full
554 5.0.0 Service unavailable
""",
    human_extra=[],
    per_message=["Reporting-MTA: dns; relay2.driftwood-coaching.example",
                 "Received-From-MTA: DNS; mail.driftwood-coaching.example",
                 "Arrival-Date: Mon, 30 Nov 2026 16:02:11 -0800"],
    recipients=[["Final-Recipient: RFC822; kamala.persaud@telus.net", "Action: failed", "Status: 5.2.2",
                 "Remote-MTA: DNS; mx-in.telus.net",
                 "Diagnostic-Code: SMTP; 552 5.2.2 <kamala.persaud@telus.net>... Mailbox full",
                 "Last-Attempt-Date: Mon, 30 Nov 2026 16:32:19 -0800"]],
    returned="message",
    orig=dict(to="Kamala Persaud <kamala.persaud@telus.net>", date="Mon, 30 Nov 2026 16:02:09 -0800",
              subject="The worksheet you asked for",
              body="Hi Kamala,\n\nAttached again is the boundaries worksheet, as promised. No rush with it.\n\nMorgan\n"))

add("a04-office365-ndr.eml", "Olu Adeyemi", "email", "ignored", "bounce",
    fmt="dsn", date="Tue, 1 Dec 2026 17:40:15 -0800",
    **{"from": "Microsoft Outlook <postmaster@ubcresearch.onmicrosoft.com>"},
    subject="Undeliverable: Notes from our session",
    reporting_host="YT2PR01MB4567.CANPRD01.PROD.OUTLOOK.COM",
    boundary="d9a1c4e2-77f0-4c1a-9e0b-3f1f6a5d2c11",
    preamble="",
    headers=["Content-Language: en-US", "X-MS-PublicTrafficType: Email",
             "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied",
             "X-MS-Exchange-Organization-SCL: -1"],
    human="""Your message to oadeyemi@ubc-research.example couldn't be delivered.

oadeyemi wasn't found at ubc-research.example.

morgan          Office 365          oadeyemi
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Retype the recipient's address, then resend the message.
  *   If you're using Outlook, open this message, remove the recipient's address from the To, Cc, or Bcc box, then type the address again.
  *   Contact the recipient by some other means (by phone, for example) to confirm you're using the right address. Ask them if they've set up an email forwarding rule that could be forwarding your message to an incorrect address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.

Original Message Details
Created Date:      12/1/2026 5:40:12 PM
Sender Address:    morgan@driftwood-coaching.example
Recipient Address: oadeyemi@ubc-research.example
Subject:           Notes from our session

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: YT2PR01MB4567.CANPRD01.PROD.OUTLOOK.COM
""",
    human_html="<html><body><p><b><font color=\"#000000\" size=\"3\">Your message to <a href=\"mailto:oadeyemi@ubc-research.example\">oadeyemi@ubc-research.example</a> couldn't be delivered.</font></b></p>\n<p>oadeyemi wasn't found at ubc-research.example.</p>\n<p>Original Message Details<br>Subject: Notes from our session</p>\n<p>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p></body></html>\n",
    per_message=["Reporting-MTA: dns;YT2PR01MB4567.CANPRD01.PROD.OUTLOOK.COM",
                 "Received-From-MTA: dns;mail.driftwood-coaching.example",
                 "Arrival-Date: Wed, 2 Dec 2026 01:40:13 +0000"],
    recipients=[["Final-Recipient: rfc822;oadeyemi@ubc-research.example", "Action: failed", "Status: 5.1.10",
                 "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"]],
    returned="headers",
    orig=dict(to="Olu Adeyemi <oadeyemi@ubc-research.example>", date="Tue, 1 Dec 2026 17:40:12 -0800",
              subject="Notes from our session"))

add("a05-gmail-disabled.eml", "Aiyana Redcloud", "email", "ignored", "bounce",
    fmt="dsn", date="Wed, 02 Dec 2026 08:21:37 -0800 (PST)",
    **{"from": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"},
    to=COACH_GMAIL,
    subject="Delivery Status Notification (Failure)",
    reporting_host="mx.google.com",
    boundary="000000000000f3c1a205f0e2b7d4",
    preamble="",
    related_icon=True,
    headers=["X-Failed-Recipients: aiyana.redcloud@gmail.com", "Auto-Submitted: auto-replied",
             "References: <CAF7vRk2mQ9xLw0ZpYt1uNc4Hq8sDe3bGj5@mail.gmail.com>",
             "In-Reply-To: <CAF7vRk2mQ9xLw0ZpYt1uNc4Hq8sDe3bGj5@mail.gmail.com>"],
    received=["by 2002:a05:6a10:9e8c:b0:5c1:4d2f:7a10 with SMTP id k12csp31882pxb;\n\tWed, 2 Dec 2026 08:21:37 -0800 (PST)"],
    human="""
** Message blocked **

Your message to aiyana.redcloud@gmail.com has been blocked. The account you tried to reach is disabled.

Learn more here: https://support.google.com/mail/?p=DisabledUser

The response was:

The email account that you tried to reach is disabled.
""",
    human_extra=[],
    human_html="<html><head></head><body><div><table><tr><td><img src=\"cid:icon.png\" width=\"24\" height=\"24\"></td><td><h2 style=\"font-size:20px\">Message blocked</h2></td></tr></table><p>Your message to <a style=\"color:#212121\">aiyana.redcloud@gmail.com</a> has been blocked. The account you tried to reach is disabled. See technical details below for more information.</p><p>The response was:</p><p style=\"font-family:monospace\">The email account that you tried to reach is disabled.</p></div></body></html>\n",
    per_message=["Reporting-MTA: dns; googlemail.com", "Received-From-MTA: dns; morgan.tremblay.coach@gmail.com",
                 "Arrival-Date: Wed, 02 Dec 2026 08:21:35 -0800 (PST)",
                 "X-Original-Message-ID: <CAF7vRk2mQ9xLw0ZpYt1uNc4Hq8sDe3bGj5@mail.gmail.com>"],
    recipients=[["Final-Recipient: rfc822; aiyana.redcloud@gmail.com", "Action: failed", "Status: 5.2.1",
                 "Diagnostic-Code: smtp; The email account that you tried to reach is disabled.\n    https://support.google.com/mail/?p=DisabledUser x9-20020a05620a0d8900b007b1e4a2c8a1sor2918476qkp.5 - gsmtp",
                 "Last-Attempt-Date: Wed, 02 Dec 2026 08:21:37 -0800 (PST)"]],
    returned="message",
    orig=dict(**{"from": f"Morgan Tremblay <{COACH_GMAIL}>"}, to="aiyana.redcloud@gmail.com",
              date="Wed, 2 Dec 2026 08:21:33 -0800", subject="Thursday",
              body="Hi Aiyana, just confirming Thursday at 10. See you then!\nMorgan\n"))

add("a06-yahoo-failure-notice.eml", "Marisol Quintero", "email", "ignored", "bounce;former",
    fmt="textbounce", date="Thu, 26 Nov 2026 14:05:51 +0000",
    **{"from": "MAILER-DAEMON@yahoo.com"},
    subject="Failure Notice",
    reporting_host="mta4012.mail.gq1.yahoo.com",
    human="""Sorry, we were unable to deliver your message to the following address.

<marisol.quintero@yahoo.ca>:
554: delivery error: dd This user doesn't have a yahoo.ca account (marisol.quintero@yahoo.ca) [-5] - mta4012.mail.gq1.yahoo.com

--- Below this line is a copy of the message.

""",
    orig=dict(to="Marisol Quintero <marisol.quintero@yahoo.ca>", date="Thu, 26 Nov 2026 06:05:47 -0800",
              subject="Happy belated birthday",
              body="Hi Marisol,\n\nI saw the photos from the library opening. Congratulations!\n\nMorgan\n"))

add("a07-qmail-no-mailbox.eml", "Farrah Haddad", "email", "ignored", "bounce",
    fmt="textbounce", date="2 Dec 2026 03:11:09 -0000",
    **{"from": "MAILER-DAEMON@mail.haddad-studio.example"},
    subject="failure notice",
    reporting_host="mail.haddad-studio.example",
    human="""Hi. This is the qmail-send program at mail.haddad-studio.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<farrah@haddad-studio.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <morgan@driftwood-coaching.example>
Received: (qmail 29041 invoked from network); 2 Dec 2026 03:11:09 -0000
""",
    orig=dict(to="Farrah Haddad <farrah@haddad-studio.example>", date="Tue, 1 Dec 2026 19:11:05 -0800",
              subject="Re: the studio launch",
              body="Farrah, that sounds wonderful. Let's spend Thursday on the launch plan.\n\nMorgan\n"))

add("a08-gmx-postfach-voll.eml", "Lukas Brenner", "email", "ignored", "bounce;lang:de",
    fmt="dsn", date="Wed, 2 Dec 2026 19:44:30 +0100",
    **{"from": "Mail Delivery System <mailer-daemon@gmx.net>"},
    subject="Unzustellbar: Übung für diese Woche",
    reporting_host="mout.gmx.net",
    headers=["Auto-Submitted: auto-replied", "X-UI-Out-Filterresults: notjunk:1;"],
    human_cte="quoted-printable",
    human="""Dies ist eine automatisch erstellte Nachricht des Mailsystems von GMX.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
Es handelt sich um einen dauerhaften Fehler.

Folgende Adresse war nicht erreichbar:

  lukas.brenner@gmx.de
    Grund: Das Postfach des Empfängers ist voll. Der Empfänger kann derzeit
    keine weiteren Nachrichten annehmen.
    552 5.2.2 Mailbox full / Postfach voll

Bitte versuchen Sie es später noch einmal oder kontaktieren Sie den Empfänger
auf anderem Weg.

--- Eine Kopie Ihrer Nachricht befindet sich im Anhang ---
""",
    per_message=["Reporting-MTA: dns; mout.gmx.net", "Arrival-Date: Wed, 2 Dec 2026 19:44:27 +0100"],
    recipients=[["Final-Recipient: rfc822; lukas.brenner@gmx.de", "Action: failed", "Status: 5.2.2",
                 "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full"]],
    orig=dict(to="Lukas Brenner <lukas.brenner@gmx.de>", date="Wed, 2 Dec 2026 10:44:21 -0800",
              subject="Übung für diese Woche",
              body="Hi Lukas,\n\nhere is the exercise for this week: three evenings, ten minutes, the\nquestions we wrote down. How did the conversation with your team go?\n\nMorgan\n"))

add("a09-orange-non-remis.eml", "Isabelle Fournier", "email", "ignored", "bounce;lang:fr",
    fmt="dsn", date="Mon, 30 Nov 2026 22:17:40 +0100",
    **{"from": "Orange - Service Messagerie <MAILER-DAEMON@orange.fr>"},
    subject="Non remis : Séance du 10 décembre",
    reporting_host="smtp-out.orange.fr",
    charset="iso-8859-1",
    human_cte="quoted-printable",
    headers=["Auto-Submitted: auto-replied", "Content-Language: fr-FR"],
    human="""Ce message a été généré automatiquement par le système de messagerie d'Orange.
Merci de ne pas y répondre.

Votre message n'a pas pu être remis au destinataire suivant :

    <isabelle.fournier@orange.fr> : la boîte aux lettres du destinataire est
    pleine depuis plus de 5 jours.
    Code d'erreur : 552 5.2.2 Quota dépassé

Il s'agit d'une erreur permanente. Votre message a été supprimé de la file
d'attente. Vous trouverez ci-joint l'en-tête du message d'origine.
""",
    per_message=["Reporting-MTA: dns; smtp-out.orange.fr", "Arrival-Date: Wed, 25 Nov 2026 21:58:02 +0100"],
    recipients=[["Final-Recipient: rfc822; isabelle.fournier@orange.fr", "Action: failed", "Status: 5.2.2",
                 "Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded",
                 "Last-Attempt-Date: Mon, 30 Nov 2026 22:17:40 +0100"]],
    returned="headers",
    orig=dict(to="Isabelle Fournier <isabelle.fournier@orange.fr>", date="Wed, 25 Nov 2026 12:57:58 -0800",
              subject="Séance du 10 décembre"))

add("a10-japanese-user-unknown.eml", "Hana Kobayashi", "email", "ignored", "bounce;lang:ja",
    fmt="textbounce", date="Thu, 3 Dec 2026 06:02:11 +0900 (JST)",
    **{"from": "MAILER-DAEMON@mx.nifty.example.jp (Mail Delivery Subsystem)"},
    subject="配信不能のお知らせ (Returned mail: User unknown)",
    charset="iso-2022-jp",
    reporting_host="mx.nifty.example.jp",
    headers=["Auto-Submitted: auto-replied"],
    headers_only=True,
    human="""このメールは、メールサーバーから自動的に送信されています。
このメールに返信しないでください。

お客様が送信されたメールは、以下の宛先に配信できませんでした。
宛先のメールアドレスが存在しないか、誤っている可能性があります。

  宛先: hana.kobayashi@nifty.example.jp
  理由: 550 5.1.1 User unknown (ユーザーが存在しません)

This message was created automatically by the mail system.
Your message could not be delivered to: hana.kobayashi@nifty.example.jp

------ 元のメッセージのヘッダー / Original message headers ------

""",
    orig=dict(to="Hana Kobayashi <hana.kobayashi@nifty.example.jp>", date="Wed, 2 Dec 2026 13:01:55 -0800",
              subject="Next session"))

add("a11-postfix-delayed.eml", "Chloe Nakamura", "email", "ignored", "bounce",
    fmt="dsn", date="Wed, 2 Dec 2026 15:20:41 -0800 (PST)",
    **{"from": "MAILER-DAEMON@mail.driftwood-coaching.example (Mail Delivery System)"},
    subject="Delayed Mail (still being retried)",
    received=["by mail.driftwood-coaching.example (Postfix)\n\tid 4QyB2c7Lm0z3Fq; Wed,  2 Dec 2026 15:20:41 -0800 (PST)"],
    human="""This is the mail system at host mail.driftwood-coaching.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<chloe.nakamura@shaw.ca>: connect to mx.shaw.ca[64.59.128.135]:25: Connection
    timed out
""",
    per_message=["Reporting-MTA: dns; mail.driftwood-coaching.example",
                 "X-Postfix-Queue-ID: 4QyB2c7Lm0z3Fq",
                 "X-Postfix-Sender: rfc822; morgan@driftwood-coaching.example",
                 "Arrival-Date: Wed,  2 Dec 2026 11:12:09 -0800 (PST)"],
    recipients=[["Final-Recipient: rfc822; chloe.nakamura@shaw.ca",
                 "Original-Recipient: rfc822;chloe.nakamura@shaw.ca",
                 "Action: delayed", "Status: 4.4.1",
                 "Diagnostic-Code: X-Postfix; connect to mx.shaw.ca[64.59.128.135]:25:\n    Connection timed out",
                 "Will-Retry-Until: Mon,  7 Dec 2026 11:12:09 -0800 (PST)"]],
    returned="headers",
    orig=dict(to="Chloe Nakamura <chloe.nakamura@shaw.ca>", date="Wed, 2 Dec 2026 11:12:07 -0800",
              subject="Can we move Tuesday?"))

add("a12-two-addresses-one-failed.eml", "Giulia Romano", "email", "ignored", "bounce",
    fmt="dsn", date="Tue, 1 Dec 2026 12:31:02 -0800",
    **{"from": "Mail Delivery System <postmaster@mail.driftwood-coaching.example>"},
    subject="Delivery Status Notification: message partly undelivered",
    headers=["Auto-Submitted: auto-generated"],
    human="""Your message

  Subject: March retreat: facilitators' notes
  To: eilidh.macleod@btinternet.com, giulia.romano@studio-romano.example

could not be delivered to one of its recipients. The other copy was
delivered normally. Details are in the attached delivery report.

No action is needed for recipients that accepted the message.

-- 
Mail Delivery System, mail.driftwood-coaching.example
""",
    per_message=["Reporting-MTA: dns; mail.driftwood-coaching.example",
                 "Arrival-Date: Tue, 1 Dec 2026 12:30:51 -0800"],
    recipients=[["Final-Recipient: rfc822; giulia.romano@studio-romano.example", "Action: failed", "Status: 5.7.1",
                 "Remote-MTA: dns; mx.studio-romano.example",
                 "Diagnostic-Code: smtp; 550 5.7.1 Message rejected: attachment type not\n    allowed by policy"]],
    returned="headers",
    orig=dict(to="Eilidh MacLeod <eilidh.macleod@btinternet.com>, Giulia Romano <giulia.romano@studio-romano.example>",
              date="Tue, 1 Dec 2026 12:30:49 -0800", subject="March retreat: facilitators' notes"))

add("a13-arf-jmrp-complaint.eml", "Olu Adeyemi", "email", "ignored", "arf",
    fmt="arf", date="Sat, 28 Nov 2026 03:12:44 -0800",
    **{"from": "staff@hotmail.com"},
    subject="complaint about message from 192.0.2.10",
    msgid_domain="jmrp.hotmail.com",
    headers=["X-HmXmrOriginalRecipient: <olu.adeyemi@outlook.com>", "Auto-Submitted: auto-generated"],
    human="""This is an email abuse report for an email message received from IP 192.0.2.10 on Sat, 28 Nov 2026 03:12:41 -0800.
For more information about this format please see http://www.mipassoc.org/arf/.
""",
    fields=["Feedback-Type: abuse", "User-Agent: JMRP/1.0", "Version: 1",
            "Original-Mail-From: <morgan@driftwood-coaching.example>",
            "Original-Rcpt-To: <olu.adeyemi@outlook.com>",
            "Arrival-Date: Sat, 28 Nov 2026 03:12:41 -0800",
            "Reported-Domain: driftwood-coaching.example", "Source-IP: 192.0.2.10"],
    orig=dict(to="olu.adeyemi@outlook.com", date="Fri, 27 Nov 2026 09:00:00 -0800",
              subject="Driftwood Coaching: December openings",
              body="Hello,\n\nA few sessions have opened up in December. Reply to this message to book one.\n\nMorgan Tremblay\nDriftwood Coaching\n"))

add("a14-read-receipt-outlook.eml", "Dev Malhotra", "email", "ignored", "receipt",
    fmt="mdn", date="Tue, 1 Dec 2026 16:02:10 -0800",
    from_name="Dev Malhotra", from_addr="dmalhotra@northshore-eng.example",
    subject="Read: Notes from Thursday",
    headers=["Thread-Topic: Notes from Thursday", "Content-Language: en-US", "X-MS-Has-Attach:"],
    human="""Your message

  To: Dev Malhotra
  Subject: Notes from Thursday
  Sent: Tuesday, December 1, 2026 3:12:45 PM (UTC-08:00) Pacific Time (US & Canada)

was read on Tuesday, December 1, 2026 4:02:10 PM (UTC-08:00) Pacific Time (US & Canada).
""",
    fields=["Reporting-UA: YT3PR01MB8123.CANPRD01.PROD.OUTLOOK.COM; Microsoft Exchange Server",
            "Final-Recipient: rfc822;dmalhotra@northshore-eng.example",
            "Original-Message-ID: <5b2e4a9c-1f3d-4e8a-b6c7-2d9e0f1a3b4c@driftwood-coaching.example>",
            "Disposition: automatic-action/MDN-sent-automatically; displayed"])

add("a15-read-receipt-french.eml", "Benoît Lavoie", "email", "ignored", "receipt;lang:fr",
    fmt="mdn", date="Tue, 1 Dec 2026 14:20:02 -0500",
    from_name="Benoît Lavoie", from_addr="b.lavoie@cabinetlavoie.example",
    subject="Lu : Votre plan pour décembre",
    headers=["Thread-Topic: Votre plan pour décembre", "Content-Language: fr-CA", "X-MS-Has-Attach:"],
    human="""Votre message

  À : Benoît Lavoie
  Objet : Votre plan pour décembre
  Envoyé : mardi 1 décembre 2026 10:04:33 (UTC-05:00) Heure de l'Est (États-Unis et Canada)

a été lu le mardi 1 décembre 2026 14:20:02 (UTC-05:00) Heure de l'Est (États-Unis et Canada).
""",
    fields=["Reporting-UA: YQBPR0101MB5521.CANPRD01.PROD.OUTLOOK.COM; Microsoft Exchange Server",
            "Final-Recipient: rfc822;b.lavoie@cabinetlavoie.example",
            "Original-Message-ID: <0c7d1e2f-9a8b-4c3d-8e1f-6a5b4c3d2e1f@driftwood-coaching.example>",
            "Disposition: automatic-action/MDN-sent-automatically; displayed"])

# ---- out-of-office replies

add("a16-ooo-exchange-en.eml", "Dev Malhotra", "email", "ignored", "autoreply",
    fmt="email", mailer="outlook", date="Mon, 30 Nov 2026 08:03:12 -0800",
    from_name="Dev Malhotra", from_addr="dmalhotra@northshore-eng.example",
    subject="Automatic reply: Notes from Thursday",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
             "X-MS-Exchange-Inbox-Rules-Loop: dmalhotra@northshore-eng.example"],
    in_reply_to="<5b2e4a9c-1f3d-4e8a-b6c7-2d9e0f1a3b4c@driftwood-coaching.example>",
    body="""Thank you for your message. I am out of the office from November 30 to December 4 with limited access to email.

For anything urgent regarding the Lonsdale project, please contact Priya Shah at pshah@northshore-eng.example or 604-555-0120.

Dev Malhotra, P.Eng.
Senior Project Engineer | Northshore Engineering
""")

add("a17-ooo-gmail-vacation.eml", "Jonah Whitfield", "email", "ignored", "autoreply",
    fmt="email", mailer="gmail", date="Wed, 2 Dec 2026 21:10:03 +1100",
    from_name="Jonah Whitfield", from_addr="jonah.whitfield@gmail.com",
    subject="On the road until 14 Dec",
    headers=["Auto-Submitted: auto-replied"],
    in_reply_to="<1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b@driftwood-coaching.example>",
    body="""G'day!

I'm travelling around Tasmania until 14 December with patchy reception, so replies will be slow. I'll get back to you properly once I'm home in Hobart.

Cheers,
Jonah
""")

add("a18-ooo-outlook-es.eml", "Gabriel Ortega", "email", "ignored", "autoreply;lang:es",
    fmt="email", mailer="outlookcom", date="Tue, 1 Dec 2026 11:45:30 -0600",
    from_name="Gabriel Ortega", from_addr="gabriel.ortega@correo.example.mx",
    subject="Respuesta automática: Plan para enero",
    content_language="es-MX",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: es-MX"],
    body="""Gracias por tu mensaje.

Estoy de vacaciones hasta el 6 de enero y no tendré acceso regular al correo. Si es algo urgente, puedes llamarme al +52 55 5555 0123.

Un saludo,
Gabriel Ortega
""")

add("a19-ooo-orange-fr-xautoreply.eml", "Isabelle Fournier", "email", "ignored", "autoreply;lang:fr",
    fmt="email", mailer="plain", date="Thu, 26 Nov 2026 09:12:08 +0100",
    from_name="Isabelle Fournier", from_addr="isabelle.fournier@orange.fr",
    subject="Absence : Séance du 10 décembre", charset="iso-8859-1",
    headers=["X-Autoreply: yes"],
    body="""Bonjour,

Je suis absente jusqu'au 14 décembre inclus et je ne consulte pas mes messages.
Votre courriel sera traité à mon retour.

Cordialement,
Isabelle Fournier

--
Message d'absence envoyé automatiquement.
""")

add("a20-ooo-gmx-de.eml", "Lukas Brenner", "email", "ignored", "autoreply;lang:de",
    fmt="email", mailer="plain", date="Fri, 27 Nov 2026 18:00:41 +0100",
    from_name="Lukas Brenner", from_addr="lukas.brenner@gmx.de", msgid_domain="gmx.net",
    subject="Abwesenheitsnotiz: Re: Übung für diese Woche", cte="quoted-printable",
    headers=["Auto-Submitted: auto-replied", "Precedence: bulk", "X-UI-Filterresults: notjunk:1;"],
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11.12. im Urlaub und lese meine E-Mails nur
unregelmäßig. In dringenden Fällen erreichen Sie mich mobil.

Viele Grüße
Lukas Brenner
""")

add("a21-ooo-uol-pt-noheaders.eml", "Priscila Nunes", "email", "ignored", "autoreply;lang:pt",
    fmt="email", mailer="plain", date="Mon, 30 Nov 2026 14:22:10 -0300",
    from_name="Priscila Nunes", from_addr="priscila.nunes@uol.com.br",
    subject="Resposta automática: Sessão de quinta",
    body="""Olá!

Estou de férias até 18/12, com acesso limitado ao e-mail. Responderei assim que possível.

Abraços,
Priscila Nunes
""")

add("a22-ooo-zimbra-it.eml", "Giulia Romano", "email", "ignored", "autoreply;lang:it",
    fmt="email", mailer="plain", date="Wed, 25 Nov 2026 17:31:09 +0100",
    from_name="Giulia Romano", from_addr="giulia.romano@studio-romano.example",
    subject="Risposta automatica: Re: Esercizio della settimana", cte="quoted-printable",
    headers=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
             "X-Mailer: Zimbra 9.0.0_GA_4178 (zclient/9.0.0_GA_4178)"],
    body="""Gentile mittente,

grazie per il messaggio. Sarò fuori sede fino al 9 dicembre senza accesso alla posta.
Risponderò al mio rientro.

Cordiali saluti,
Giulia Romano
Studio Romano Architetti
""")

add("a23-ooo-nl-noheaders.eml", "Sanne de Vries", "email", "ignored", "autoreply;former;lang:nl",
    fmt="email", mailer="plain", date="Thu, 3 Dec 2026 08:40:55 +0100",
    from_name="Sanne de Vries", from_addr="sanne.devries@ziggo.nl",
    subject="Afwezig: Re: Even bijpraten?",
    body="""Beste afzender,

Ik ben afwezig tot en met maandag 4 januari. Uw e-mail wordt niet doorgestuurd.
Voor dringende zaken kunt u mij bellen.

Met vriendelijke groet,
Sanne de Vries

(Dit is een automatisch antwoord.)
""")

add("a24-ooo-ja.eml", "Hana Kobayashi", "email", "ignored", "autoreply;lang:ja",
    fmt="email", mailer="plain", date="Sat, 5 Dec 2026 02:00:12 +0900",
    from_name="小林 花", from_addr="hana.kobayashi@nifty.example.jp", charset="iso-2022-jp",
    subject="自動応答: 次回のセッションについて",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""メールありがとうございます。

12月5日から12月13日まで不在にしております。
この期間はメールを確認できません。戻り次第、ご連絡いたします。

小林 花
""")

add("a25-ooo-en-unusual-order-noheaders.eml", "Chloe Nakamura", "email", "ignored", "autoreply",
    fmt="email", mailer="plain", date="Thu, 3 Dec 2026 12:06:40 -0800",
    from_name="Chloe Nakamura", from_addr="chloe.nakamura@shaw.ca",
    subject="Away from email (reply automatic) until Dec 8",
    body="""Hi there,

Away until Tuesday, December 8 I am, with no email. A reply automatically goes out to everyone who writes this week; I'll answer yours when I'm back.

Chloe
""")

add("a26-mailman-autoresponse.eml", "Kamala Persaud", "email", "ignored", "autoreply",
    fmt="email", mailer="plain", date="Tue, 1 Dec 2026 10:15:22 -0800",
    from_addr="coordinators-bounces@lists.eastvanfoodbank.example",
    to="morgan@driftwood-coaching.example",
    msgid_domain="lists.eastvanfoodbank.example",
    subject='Auto-response for your message to the "Coordinators" mailing list',
    headers=["X-Mailman-Version: 2.1.39", "Precedence: bulk", "X-List-Administrivia: yes",
             "X-BeenThere: coordinators@lists.eastvanfoodbank.example",
             "List-Id: East Van Food Bank volunteer coordinators <coordinators.lists.eastvanfoodbank.example>",
             "X-Autoreply: yes"],
    body="""Thank you for writing to the East Van Food Bank volunteer coordinators.

Your message has been received and will be read by one of our coordinators
within two business days. For donation drop-off hours, please see
https://eastvanfoodbank.example/hours.

This is an automated reply from the Coordinators mailing list.
""")

# ---- calendar replies

add("a27-calendar-google-accepted.eml", "Jonah Whitfield", "email", "ignored", "calendar",
    fmt="calendar", style="google", date="Wed, 2 Dec 2026 17:31:12 +0000",
    from_name="Jonah Whitfield", from_addr="jonah.whitfield@gmail.com",
    subject="Accepted: Coaching session with Morgan @ Thu 10 Dec 2026 3pm - 4pm (PST) (morgan@driftwood-coaching.example)",
    body="""Jonah Whitfield has accepted this invitation.

Coaching session with Morgan
Thursday 10 Dec 2026 ⋅ 3pm – 4pm (Pacific Time - Vancouver)

Organizer
morgan@driftwood-coaching.example

Guests
morgan@driftwood-coaching.example - organizer
jonah.whitfield@gmail.com

Invitation from Google Calendar

You are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to Calendar settings, select this calendar, and change "Other notifications".
""",
    prodid="-//Google Inc//Google Calendar 70.9054//EN", dtstart="20261210T150000", dtend="20261210T160000",
    dtstamp="20261202T173112Z", uid="5k3q9v1r2m7t0b6c8d4e@google.com", partstat="ACCEPTED",
    attendee_name="Jonah Whitfield", attendee="jonah.whitfield@gmail.com", summary="Coaching session with Morgan")

add("a28-calendar-google-aceptada-es.eml", "Gabriel Ortega", "email", "ignored", "calendar;lang:es",
    fmt="calendar", style="google", date="Wed, 2 Dec 2026 15:02:47 +0000",
    from_name="Gabriel Ortega", from_addr="gabriel.ortega@correo.example.mx",
    subject="Invitación aceptada: Sesión de coaching @ jue 17 dic 2026 9am - 10am (GMT-8) (morgan@driftwood-coaching.example)",
    body="""Gabriel Ortega ha aceptado esta invitación.

Sesión de coaching
jueves 17 dic 2026 ⋅ 9am – 10am (hora del Pacífico - Vancouver)

Organizador
morgan@driftwood-coaching.example

Invitados
morgan@driftwood-coaching.example - organizador
gabriel.ortega@correo.example.mx

Invitación de Google Calendar

Recibes este correo porque estás suscrito a las notificaciones del calendario.
""",
    prodid="-//Google Inc//Google Calendar 70.9054//EN", dtstart="20261217T090000", dtend="20261217T100000",
    dtstamp="20261202T150247Z", uid="2h8n4p6s0w1y3a5c7e9g@google.com", partstat="ACCEPTED",
    attendee_name="Gabriel Ortega", attendee="gabriel.ortega@correo.example.mx", summary="Sesión de coaching")

add("a29-calendar-outlook-declined.eml", "Olu Adeyemi", "email", "ignored", "calendar",
    fmt="calendar", style="outlook", date="Thu, 3 Dec 2026 09:14:55 -0800",
    from_name="Olu Adeyemi", from_addr="olu.adeyemi@outlook.com",
    subject="Declined: Coaching session",
    body="\n",
    prodid="Microsoft Exchange Server 2010", dtstart="20261208T180000", dtend="20261208T190000",
    dtstamp="20261203T171455Z", uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6", partstat="DECLINED",
    attendee_name="Olu Adeyemi", attendee="olu.adeyemi@outlook.com", summary="Coaching session")

add("a30-calendar-apple-tentative.eml", "Chloe Nakamura", "email", "ignored", "calendar",
    fmt="calendar", style="apple", date="Wed, 2 Dec 2026 09:31:12 -0800",
    from_name="Chloe Nakamura", from_addr="chloe.nakamura@shaw.ca",
    subject="Tentative: Coaching session (Tue 8 Dec 2026 09:00)",
    body="Chloe Nakamura has tentatively accepted your invitation to \"Coaching session\" on 8 December 2026 at 09:00.\n",
    prodid="-//Apple Inc.//macOS 15.1//EN", dtstart="20261208T090000", dtend="20261208T100000",
    dtstamp="20261202T173112Z", uid="7E1B4C2A-93D0-4F55-8A6E-2B9C1D0E3F47", partstat="TENTATIVE",
    attendee_name="Chloe Nakamura", attendee="chloe.nakamura@shaw.ca", summary="Coaching session")

# =====================================================================================
# 2. Texts through carriers' email gateways
# =====================================================================================

add("g01-bell-nosubject.eml", "Aiyana Redcloud", "sms", "reply_needed", "gateway",
    fmt="sms", date="Tue, 1 Dec 2026 07:52:10 -0800", from_addr="6045550134@txt.bell.ca",
    subject=None,
    body="Hey Morgan its Aiyana. Are we still on for thurs at 10? I might be 5 min late\n")

add("g02-rogers-nosubject.eml", "Chloe Nakamura", "sms", "fyi", "gateway",
    fmt="sms", date="Sun, 29 Nov 2026 20:11:45 -0800", from_addr="7785550122@pcs.rogers.com",
    subject=None,
    body="Finished the values worksheet!!! took me 3 tries lol. see u next week\n")

add("g03-telus-base64.eml", "Farrah Haddad", "sms", "reply_needed", "gateway",
    fmt="sms", date="Wed, 2 Dec 2026 22:40:03 -0800", from_addr="2505550199@msg.telus.com",
    subject="", cte="base64",
    body="can u resend the zoom link for tmrw, cant find it anywhere\n")

add("g04-freedom-qp-emoji.eml", "Dev Malhotra", "sms", "fyi", "gateway",
    fmt="sms", date="Thu, 3 Dec 2026 13:05:27 -0800", from_addr="6045550187@txt.freedommobile.ca",
    subject="SMS", cte="quoted-printable",
    body="Presentation done 🎉 didnt freeze up once. thanks for last week\n")

add("g05-virgin-former-noneed.eml", "Marisol Quintero", "sms", "fyi", "gateway;former;negated",
    fmt="sms", date="Fri, 27 Nov 2026 16:33:18 -0800", from_addr="7785550143@vmobile.ca",
    subject=None, cte="quoted-printable",
    body="hi morgan its marisol q! long time. just wanted u to know i got the job at the library 😊 no need to write back, just had to share\n")

add("g06-fido-distress.eml", "Olu Adeyemi", "sms", "reply_needed", "gateway;distress", urgent="yes",
    fmt="sms", date="Fri, 4 Dec 2026 01:47:09 -0800", from_addr="2365550105@fido.ca",
    subject=None,
    body="sorry its so late. cant sleep again. honestly i think everyone would be better off if i just wasnt around anymore. anyway dont worry about it\n")

add("g07-verizon-former-asks.eml", "Noah Castellano", "sms", "reply_needed", "gateway;former",
    fmt="sms", date="Mon, 30 Nov 2026 12:18:40 -0500", from_addr="2065550117@vtext.com",
    subject=None,
    body="Hi Morgan, Noah C here. Moving back to Van in Jan. Do you have room for me again? Would love to restart\n")

add("g08-att-mms-text0-opinion.eml", "Chloe Nakamura", "sms", "reply_needed", "gateway;mms",
    fmt="sms", date="Sun, 29 Nov 2026 18:02:33 -0800", from_addr="4255550109@mms.att.net",
    subject="Multimedia Message", mms=True, image_name="IMG_4021.png",
    headers=["X-Mms-Message-Type: m-send-req"],
    body="Here's the vision board from the weekend. Thoughts?? be honest\n")

add("g09-tmobile-mms-image-only.eml", "Noah Castellano", "sms", "fyi", "gateway;mms;former",
    fmt="sms", date="Tue, 1 Dec 2026 09:40:02 -0800", from_addr="2065550117@tmomail.net",
    subject=None, mms=True, body="", image_name="IMG_0788.png")

add("g10-verizon-mms-text0.eml", "Kamala Persaud", "sms", "reply_needed", "gateway;mms",
    fmt="sms", date="Sat, 28 Nov 2026 15:25:19 -0800", from_addr="3605550138@vzwpix.com",
    subject="", mms=True, smil=False, image_name="20261128_152419.png",
    body="Look who showed up at the food bank today! my sister. Is it ok if she comes to the session next wk? she wants to see what its about\n")

add("g11-foreign-gateway-de.eml", "Lukas Brenner", "sms", "reply_needed", "gateway;lang:de",
    fmt="sms", date="Wed, 2 Dec 2026 21:14:50 +0100", from_addr="4915123456789@sms.netzmobil.example",
    subject="SMS von +4915123456789", cte="quoted-printable",
    body="Hi Morgan, schaffe es morgen nicht pünktlich. Können wir 30 min später anfangen? LG Lukas\n")

add("g12-mexico-gateway-es.eml", "Gabriel Ortega", "sms", "fyi", "gateway;lang:es",
    fmt="sms", date="Sun, 29 Nov 2026 19:03:11 -0600", from_addr="525555550123@mensajes.telmovil.example.mx",
    subject=None, cte="base64",
    body="ya llegué a cdmx, todo bien por aquí. nos vemos el jueves 🙌\n")

add("g13-bell-mms-text0.eml", "Aiyana Redcloud", "sms", "fyi", "gateway;mms",
    fmt="sms", date="Sat, 28 Nov 2026 08:15:44 -0800", from_addr="6045550134@txt.bell.ca",
    subject=None, mms=True, image_name="image000000.png",
    body="5k without walking!! this was the view at the seawall\n")

add("g14-telus-idiom-request.eml", "Kamala Persaud", "sms", "reply_needed", "gateway;idiom",
    fmt="sms", date="Thu, 3 Dec 2026 11:47:30 -0800", from_addr="6045550110@msg.telus.com",
    subject=None, cte="quoted-printable",
    body="Morgan I know u said no scheduling by text but this is killing me, cant find my notes from last time. Could you resend the worksheet?\n")

add("g15-fido-cancelled-call.eml", "Priscila Nunes", "sms", "fyi", "gateway;negated",
    fmt="sms", date="Tue, 1 Dec 2026 18:22:05 -0800", from_addr="6045550171@fido.ca",
    subject=None,
    body="nvm about calling tonight, sorted it out with my manager 👍 no need to call\n")

add("g16-bell-stranger.eml", "", "sms", "", "gateway",
    fmt="sms", date="Wed, 2 Dec 2026 10:02:12 -0800", from_addr="6045550155@txt.bell.ca",
    subject=None,
    body="Hi is this Dr Patel's office? I need to reschedule my cleaning\n")

# =====================================================================================
# 3. Phone services' notifications (from the service's own address)
# =====================================================================================

add("p01-dialpad-voicemail.eml", "Dev Malhotra", "voicemail", "reply_needed", "phone_service",
    fmt="email", mailer="html", date="Mon, 30 Nov 2026 12:41:09 -0800",
    from_name="Dialpad", from_addr="notifications@dialpad.com",
    subject="New voicemail from (604) 555-0187",
    attachments=[("voicemail.mp3", "audio/mpeg")],
    body="""You have a new voicemail

From: (604) 555-0187
To: Driftwood Coaching (604) 555-0100
Duration: 0:38
Received: Nov 30, 2026 12:40 PM PST

Transcription:
"Hey Morgan, it's Dev. Wondering if we can push Thursday to two o'clock, something came up at work. Let me know. Thanks."

Listen in Dialpad: https://dialpad.com/app/voicemail

You received this email because voicemail notifications are turned on for your line.
""")

add("p02-openphone-text.eml", "Chloe Nakamura", "sms", "fyi", "phone_service",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 10:58:44 -0800",
    from_name="OpenPhone", from_addr="notifications@openphone.com",
    subject="New message from +1 (778) 555-0122",
    body="""+1 (778) 555-0122 sent a message to Driftwood Coaching (+1 604 555 0100):

"thank you for today. really needed that"

Reply in OpenPhone: https://my.openphone.com/inbox

Manage your notification settings in OpenPhone.
""")

add("p03-zoomphone-untranscribed.eml", "Farrah Haddad", "voicemail", "reply_needed", "phone_service;untranscribed",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 20:43:30 -0800",
    from_name="Zoom", from_addr="no-reply@zoom.us",
    subject="New voicemail from 250-555-0199",
    attachments=[("voicemail_20261201_2042.mp3", "audio/mpeg")],
    body="""Hi Morgan Tremblay,

You have a new voicemail from 250-555-0199 (2505550199) on Dec 1, 2026 at 8:42 PM.

Duration: 00:01:12

Transcription: Transcription not available.

You can listen to the voicemail in the Zoom app or from the attachment.

Thank you for choosing Zoom.
""")

add("p04-aircall-voicemail-uk.eml", "Eilidh MacLeod", "voicemail", "fyi", "phone_service",
    fmt="email", mailer="html", date="Wed, 2 Dec 2026 04:12:55 -0800",
    from_name="Aircall", from_addr="notifications@aircall.io",
    subject="New voicemail from +44 7700 900461 on Driftwood Coaching",
    body="""New voicemail

Caller: +44 7700 900461
Line: Driftwood Coaching
Duration: 27s

Transcript
Hi Morgan, it's Eilidh. Just to say I landed in Edinburgh fine, and I'll be on for our call on the fifteenth as planned. Nothing you need to do. Bye for now.

Open in Aircall: https://phone.aircall.io/voicemails
""")

add("p05-8x8-partial-inaudible.eml", "Hana Kobayashi", "voicemail", "reply_needed", "phone_service;partial",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 15:20:18 -0800",
    from_name="8x8 Voicemail", from_addr="voicemail@8x8.com",
    subject="Voicemail Message from 4035550176",
    attachments=[("msg0004.wav", "audio/wav")],
    body="""You have received a new voicemail message.

From: 4035550176
To: Morgan Tremblay (Ext. 100)
Received: Thursday, December 3, 2026 3:19 PM
Length: 0:52

Transcription:
Hi Morgan, it's Hana. I'm calling about [inaudible] and the session next week, because my [inaudible] changed and so [inaudible]. Okay, talk soon.

This transcription was generated automatically and may contain errors.
""")

add("p06-nextiva-no-plus-noneed.eml", "Aiyana Redcloud", "voicemail", "fyi", "phone_service;negated",
    fmt="email", mailer="html", date="Wed, 2 Dec 2026 17:05:41 -0800",
    from_name="Nextiva", from_addr="voicemail@nextiva.com",
    subject="Voicemail from 16045550134",
    attachments=[("voicemail.wav", "audio/wav")],
    body="""New Voicemail

Caller ID: 16045550134
Called: 16045550100
Date: 12/02/2026 05:04 PM
Duration: 00:00:31

Transcript:
Hi Morgan, it's Aiyana. Just wanted to say thank you for the resources you sent, they were perfect. No need to call me back, see you Thursday.
""")

add("p07-ringcentral-fr.eml", "Benoît Lavoie", "voicemail", "reply_needed", "phone_service;lang:fr",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 09:16:02 -0800",
    from_name="RingCentral", from_addr="service@ringcentral.com",
    subject="New Voice Message from WIRELESS CALLER (514) 555-0161 on Tuesday, December 01, 2026 at 09:15 AM",
    attachments=[("Voice Message.mp3", "audio/mpeg")],
    body="""You have a new voice message:

From: WIRELESS CALLER (514) 555-0161
Received: Tuesday, December 01, 2026 at 09:15 AM
Length: 00:46
To: Morgan Tremblay (604) 555-0100

Transcription:
Bonjour Morgan, c'est Benoît. Est-ce qu'on pourrait se parler demain avant midi? J'ai une décision à prendre pour le poste à Québec. Rappelle-moi quand tu peux. Merci.

Thank you for using RingCentral!
""")

add("p08-vonage-rest-not-transcribed.eml", "Jonah Whitfield", "voicemail", "reply_needed", "phone_service;partial",
    fmt="email", mailer="html", date="Mon, 30 Nov 2026 14:55:02 -0800",
    from_name="Vonage Business", from_addr="noreply@vonage.com",
    subject="New voicemail from 61491570156",
    attachments=[("vm-20261130-1454.mp3", "audio/mpeg")],
    body="""You have a new voicemail.

From: +61 491 570 156
Mailbox: 100 (Morgan Tremblay)
Received: 11/30/2026 2:54 PM
Duration: 1:37

Message:
G'day Morgan, it's Jonah, calling from Hobart. It's early here, so sorry if the line is bad. I wanted to tell you about
(The rest of this message could not be transcribed.)

Log in to the Vonage Business app to listen.
""")

add("p09-googlevoice-text-former.eml", "Marisol Quintero", "sms", "reply_needed", "phone_service;former",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 19:32:48 -0800",
    from_name="(778) 555-0143", from_addr="16045550100.17785550143.Xr8fLq2kTn@txt.voice.google.com",
    msgid_domain="txt.voice.google.com",
    subject="New text message from (778) 555-0143",
    body="""Hi Morgan! Are you taking new bookings for January? Would love to come back for a few sessions

YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
To respond to this text message, reply to this email or visit Google Voice <https://voice.google.com>.

You received this email because you enabled text message forwarding.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""")

add("p10-googlevoice-voicemail.eml", "Olu Adeyemi", "voicemail", "fyi", "phone_service",
    fmt="email", mailer="html", date="Wed, 2 Dec 2026 16:13:20 -0800",
    from_name="Google Voice", from_addr="voice-noreply@google.com",
    subject="New voicemail from (236) 555-0105 at 4:12 PM",
    body="""Hey Morgan, it's Olu. Just wanted to tell you the interview went really well, they want a second round. Talk Friday.

Play message <https://voice.google.com/u/0/voicemail>

YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
This email was sent to you because you indicated that you'd like to receive email notifications for voicemails.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""")

add("p11-grasshopper-dots.eml", "Gabriel Ortega", "voicemail", "reply_needed", "phone_service",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 11:20:36 -0800",
    from_name="Grasshopper", from_addr="voicemail@grasshopper.com",
    subject="New Voicemail from 604.555.0148",
    attachments=[("Voicemail.mp3", "audio/mpeg")],
    body="""You have a new voicemail!

From: 604.555.0148
To: Driftwood Coaching - Main Line
Extension: 1 (Morgan)
Length: 0:29

Transcription:
Hi Morgan, it's Gabriel. I'm back in Vancouver. Could you send me the invoice for November? My accountant is asking for it. Thanks.

Listen to this message in the Grasshopper app.
""")

add("p12-teams-voicemail-distress.eml", "Kamala Persaud", "voicemail", "reply_needed", "phone_service;distress", urgent="yes",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 22:48:11 -0800",
    from_name="Microsoft Teams", from_addr="noreply@email.teams.microsoft.com",
    subject="Voicemail from +1 604-555-0110 (0:54)",
    attachments=[("audio.mp3", "audio/mpeg")],
    body="""You received a voicemail from +16045550110

Transcript
Morgan, it's Kamala. Sorry, I know it's late. He's been drinking again and I don't feel safe going home tonight. I'm at my sister's for now. Can you call me when you get this?

Play in Teams

Voicemail preview is provided by Microsoft Teams. Transcription may not be accurate.
""")

add("p13-unknown-service-voicemail-de.eml", "Lukas Brenner", "voicemail", "fyi", "phone_service;lang:de",
    fmt="email", mailer="html", date="Fri, 27 Nov 2026 09:02:44 -0800",
    from_name="LineLoop", from_addr="no-reply@lineloop.example",
    subject="New voicemail from 4915123456789",
    body="""LineLoop - new voicemail

Caller: 4915123456789
Your number: 16045550100
Length: 22 seconds

Transcript (auto):
Hallo Morgan, hier ist Lukas. Nur kurz: die Übung mit den drei Fragen hat mir geholfen. Bis nächste Woche.

LineLoop · simple phone numbers for small businesses
""")

add("p14-unknown-service-text-es.eml", "Gabriel Ortega", "sms", "reply_needed", "phone_service;lang:es",
    fmt="email", mailer="html", date="Fri, 27 Nov 2026 13:40:09 -0800",
    from_name="CallNest", from_addr="alerts@callnest.example",
    subject="Text message received from +52 55 5555 0123",
    body="""CallNest: you have a new text message

From: +52 55 5555 0123
To: +1 604 555 0100 (Driftwood Coaching)

¿Podemos mover la sesión del jueves al martes? Tengo un viaje de trabajo.

Reply from the CallNest app. Do not reply to this email.
""")

add("p15-googlevoice-stranger.eml", "", "voicemail", "", "phone_service",
    fmt="email", mailer="html", date="Mon, 30 Nov 2026 10:30:15 -0800",
    from_name="Google Voice", from_addr="voice-noreply@google.com",
    subject="New voicemail from (604) 555-0163 at 10:29 AM",
    body="""Hi, this is Tara from Westside Dental calling to confirm your appointment on Monday the seventh at 2pm. Please call us back at 604 555 0163 if you need to change it.

Play message <https://voice.google.com/u/0/voicemail>

YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
This email was sent to you because you indicated that you'd like to receive email notifications for voicemails.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""")

# =====================================================================================
# 4. Sent for a client by a service ("via"), and notices that only name a client
# =====================================================================================

add("b01-drive-share-question.eml", "Farrah Haddad", "email", "reply_needed", "on_behalf",
    fmt="email", mailer="html", date="Mon, 30 Nov 2026 21:04:51 -0800",
    from_name="Farrah Haddad (via Google Docs)", from_addr="drive-shares-dm-noreply@google.com",
    reply_to="Farrah Haddad <farrah.haddad@example.org>", msgid_domain="docs-share.google.com",
    subject='Document shared with you: "Reflection journal – November"',
    body="""Farrah Haddad shared a document

Farrah Haddad (farrah.haddad@example.org) has invited you to edit the following document:

Here's my journal for November. Could you look at week 3 before Thursday and tell me if I'm overthinking it?

Reflection journal – November
Open: https://docs.google.com/document/d/1xQ9vLmN3pR7sT2uW5yZ8aB4cD6eF0gH/edit?usp=sharing_eil

If you don't want to receive files from this person, block the sender from Drive.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because farrah.haddad@example.org shared a document with you from Google Docs.
""")

add("b02-drive-share-automated.eml", "Dev Malhotra", "email", "ignored", "on_behalf",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 08:30:12 -0800",
    from_name="Dev Malhotra (via Google Drive)", from_addr="drive-shares-dm-noreply@google.com",
    reply_to="Dev Malhotra <dev@malhotra.example>", msgid_domain="docs-share.google.com",
    subject='Folder shared with you: "Career plan 2027"',
    body="""Dev Malhotra shared a folder

Dev Malhotra (dev@malhotra.example) has invited you to view the following folder:

Career plan 2027
Open: https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7mN8oP9qR?usp=sharing

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because dev@malhotra.example shared a folder with you from Google Drive.
""")

add("b03-calendly-booking-notes.eml", "Chloe Nakamura", "email", "fyi", "on_behalf",
    fmt="email", mailer="html", date="Wed, 2 Dec 2026 09:40:33 -0800",
    from_name="Chloe Nakamura (via Calendly)", from_addr="notifications@calendly.com",
    reply_to="chloe.nakamura@shaw.ca",
    subject="New Event: Chloe Nakamura - 09:00am Tue, Dec 8, 2026 - 60 Minute Session",
    body="""Hi Morgan Tremblay,

A new event has been scheduled.

Event Type:
60 Minute Session

Invitee:
Chloe Nakamura

Invitee Email:
chloe.nakamura@shaw.ca

Event Date/Time:
09:00am - Tuesday, December 8, 2026 (Pacific Time - US & Canada)

Location:
This is a Zoom web conference.

Invitee Time Zone:
Pacific Time - US & Canada

Questions:

Please share anything that will help prepare for our meeting.
I'd like to talk about the feedback from my new manager. It went better than I feared.

View event in Calendly

Sent from Calendly
""")

add("b04-calendly-cancel-asks.eml", "Aiyana Redcloud", "email", "reply_needed", "on_behalf",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 06:58:10 -0800",
    from_name="Aiyana Redcloud (via Calendly)", from_addr="notifications@calendly.com",
    reply_to="aiyana.redcloud@gmail.com",
    subject="Canceled: Aiyana Redcloud - 10:00am Thu, Dec 10, 2026 - 60 Minute Session",
    body="""Hi Morgan Tremblay,

The event below has been canceled.

Event Type:
60 Minute Session

Invitee:
Aiyana Redcloud

Invitee Email:
aiyana.redcloud@gmail.com

Event Date/Time:
10:00am - Thursday, December 10, 2026 (Pacific Time - US & Canada)

Canceled by:
Aiyana Redcloud

Reason for canceling:
Work trip got moved up, sorry! Could we find a time the week after? Mornings are best for me.

Sent from Calendly
""")

add("b05-zoom-recording-shared.eml", "Olu Adeyemi", "email", "ignored", "on_behalf",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 19:12:40 -0800",
    from_name="Olu Adeyemi (via Zoom)", from_addr="no-reply@zoom.us",
    reply_to="olu.adeyemi@outlook.com",
    subject="Olu Adeyemi has shared a cloud recording with you",
    body="""Hi,

Olu Adeyemi has shared a cloud recording with you.

Topic: Mock interview practice
Date: Dec 1, 2026 06:00 PM Pacific Time (US and Canada)

Share recording link:
https://us06web.zoom.us/rec/share/Qm9yZ2FuLXJlY29yZGluZy1saW5r

Thank you for choosing Zoom.
-The Zoom Team

Copyright ©2026 Zoom Video Communications, Inc. All rights reserved.
""")

add("b06-docusign-completed.eml", "Benoît Lavoie", "email", "ignored", "on_behalf;lang:fr",
    fmt="email", mailer="html", date="Wed, 2 Dec 2026 11:03:27 -0800",
    from_name="Benoît Lavoie (via DocuSign)", from_addr="dse_NA4@docusign.net",
    reply_to="b.lavoie@cabinetlavoie.example",
    subject="Complété : Entente de coaching 2027.pdf",
    body="""Tous les signataires ont complété Entente de coaching 2027.pdf

VOIR LE DOCUMENT COMPLÉTÉ

Benoît Lavoie
b.lavoie@cabinetlavoie.example

Tous les signataires ont terminé de signer ce document. Le document complété est joint à ce courriel.

Ne partagez pas ce courriel
Ce courriel contient un lien sécurisé vers DocuSign. Veuillez ne pas partager ce courriel, ce lien ou le code d'accès avec d'autres personnes.

À propos de DocuSign
Signez des documents électroniquement en quelques minutes. C'est sûr, sécurisé et juridiquement contraignant.
""")

add("b07-docusign-sign-request.eml", "Giulia Romano", "email", "reply_needed", "on_behalf",
    fmt="email", mailer="html", date="Mon, 30 Nov 2026 02:14:50 -0800",
    from_name="Giulia Romano (via DocuSign)", from_addr="dse_NA3@docusign.net",
    reply_to="giulia.romano@studio-romano.example",
    subject="Please DocuSign: Fornitore - modulo di registrazione.pdf",
    body="""Giulia Romano sent you a document to review and sign.

REVIEW DOCUMENT

Giulia Romano
giulia.romano@studio-romano.example

Hi Morgan, this is the vendor form from our HR so the studio can pay for my sessions directly. Could you sign it by Friday? Grazie!

Powered by DocuSign

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""")

add("b08-dropbox-share-fyi.eml", "Jonah Whitfield", "email", "fyi", "on_behalf",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 03:12:09 -0800",
    from_name="Jonah Whitfield (via Dropbox)", from_addr="no-reply@dropboxmail.com",
    reply_to="jonah.whitfield@gmail.com",
    subject='Jonah Whitfield shared "Goals 2027.pdf" with you',
    body="""Jonah Whitfield shared a file with you

"No rush on this, just for your files before our next session."

Goals 2027.pdf
View file: https://www.dropbox.com/scl/fi/k2j4h6g8/Goals-2027.pdf

Enjoy!
The Dropbox team

You received this email because Jonah Whitfield shared a file with you on Dropbox.
""")

add("b09-dropbox-share-automated.eml", "Hana Kobayashi", "email", "ignored", "on_behalf",
    fmt="email", mailer="html", date="Sat, 28 Nov 2026 17:22:41 -0800",
    from_name="Hana Kobayashi (via Dropbox)", from_addr="no-reply@dropboxmail.com",
    reply_to="hana.kobayashi@nifty.example.jp",
    subject='Hana Kobayashi shared "Session notes" with you',
    body="""Hana Kobayashi shared a folder with you

Session notes
View folder: https://www.dropbox.com/scl/fo/p9q8r7s6/Session-notes

Enjoy!
The Dropbox team

You received this email because Hana Kobayashi shared a folder with you on Dropbox.
""")

add("b10-googleforms-invite.eml", "Eilidh MacLeod", "email", "reply_needed", "on_behalf",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 05:48:19 -0800",
    from_name="Eilidh MacLeod (via Google Forms)", from_addr="forms-receipts-noreply@google.com",
    reply_to="eilidh.macleod@btinternet.com",
    subject="Retreat sign-up – dietary needs",
    body="""Eilidh MacLeod has invited you to fill out a form:

Retreat sign-up – dietary needs

Hi Morgan, I'm pulling together numbers for the March team retreat you're facilitating. Could you fill this in by next Friday so the caterer has everything?

FILL OUT FORM: https://docs.google.com/forms/d/e/1FAIpQLSdR3tReAtDiEtArY/viewform

Create your own Google Form
Google Forms: Create and analyze surveys.
""")

add("n01-linkedin-mentions.eml", "", "email", "", "mentions_client",
    fmt="email", mailer="html", date="Tue, 1 Dec 2026 06:02:31 +0000",
    from_name="LinkedIn", from_addr="messages-noreply@linkedin.com",
    subject="Congratulate Dev Malhotra on starting a new position",
    body="""Dev Malhotra started a new position

Dev Malhotra
Principal Engineer at Cascadia Structural
Dev Malhotra (dev@malhotra.example) is in your network.

Say congrats

You are receiving notification emails from LinkedIn.
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""")

add("n02-drive-via-not-roster.eml", "", "email", "", "on_behalf;mentions_client",
    fmt="email", mailer="html", date="Wed, 2 Dec 2026 13:27:05 -0800",
    from_name="Priya Shah (via Google Sheets)", from_addr="drive-shares-dm-noreply@google.com",
    reply_to="Priya Shah <pshah@northshore-eng.example>", msgid_domain="docs-share.google.com",
    subject='Spreadsheet shared with you: "Lonsdale team coaching budget"',
    body="""Priya Shah shared a spreadsheet

Priya Shah (pshah@northshore-eng.example) has invited you to edit the following spreadsheet:

Morgan, Dev Malhotra suggested I share this with you. Could you add your rates for the team sessions in column D?

Lonsdale team coaching budget
Open: https://docs.google.com/spreadsheets/d/1ZyXwVuTsRqPoNmLkJiHgFeDcBa/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because pshah@northshore-eng.example shared a spreadsheet with you from Google Sheets.
""")

add("n03-newsletter-mentions.eml", "", "email", "", "mentions_client",
    fmt="email", mailer="html", date="Thu, 3 Dec 2026 07:00:00 -0800",
    from_name="Coaches of the Coast", from_addr="news@coachesofthecoast.example",
    subject="December: our winter mixer, and a talk by Olu Adeyemi",
    headers=["List-Unsubscribe: <https://coachesofthecoast.example/unsubscribe?u=8f2a>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
    body="""Coaches of the Coast — December newsletter

Winter mixer
Join us on December 17 at the Maritime Museum. Bring a colleague!

Talk: "Career pivots at forty"
Olu Adeyemi, researcher and former client of one of our members, will share how he changed fields. Any questions for Olu? Send them in before the talk.

Member news
Welcome to our six new members this month.

You are receiving this because you joined Coaches of the Coast. Update your preferences or unsubscribe.
""")

add("n04-stripe-receipt-mentions.eml", "", "email", "", "mentions_client",
    fmt="email", mailer="html", date="Mon, 30 Nov 2026 18:44:12 +0000",
    from_name="Stripe", from_addr="notifications@stripe.com",
    subject="Payment of CA$180.00 from Kamala Persaud",
    body="""You received a payment of CA$180.00

Customer: Kamala Persaud
Email: kamala.persaud@telus.net
Description: Coaching session – December 3
Payment method: Visa •••• 4242
Date: Nov 30, 2026

View payment in the Dashboard: https://dashboard.stripe.com/payments/pi_3Qx9

You're receiving this email because you have payment notifications turned on for Driftwood Coaching.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""")

# =====================================================================================
# 5. Ordinary mail: clients as controls, and strangers
# =====================================================================================

add("c01-gmail-progress.eml", "Chloe Nakamura", "email", "fyi", "",
    fmt="email", mailer="gmail", date="Sun, 29 Nov 2026 21:15:02 -0800",
    from_name="Chloe Nakamura", from_addr="chloe.nakamura@shaw.ca",
    subject="little update",
    body="""Hi Morgan,

Just a quick one. I did the morning check-in four days out of seven this week, which is a record for me. The day I skipped was the day of the big review and honestly that's the day I needed it most, so lesson learned.

I also finally told my manager I can't take on the Henderson account. She was fine with it!! All that worry for nothing.

See you Tuesday,
Chloe
""")

add("c02-outlook-work-question.eml", "Dev Malhotra", "email", "reply_needed", "",
    fmt="email", mailer="outlook", date="Thu, 3 Dec 2026 14:22:51 -0800",
    from_name="Dev Malhotra", from_addr="dmalhotra@northshore-eng.example",
    subject="360 template",
    body="""Hi Morgan,

Quick one between meetings. You mentioned a template for collecting 360 feedback from the team. Could you send it over? I'd like to send it out before the holidays.

Thanks,
Dev

Dev Malhotra, P.Eng.
Senior Project Engineer | Northshore Engineering
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""")

add("c03-applemail-handwritten-away-asks.eml", "Eilidh MacLeod", "email", "reply_needed", "",
    fmt="email", mailer="apple", date="Mon, 30 Nov 2026 09:40:17 +0000",
    from_name="Eilidh MacLeod", from_addr="eilidh.macleod@btinternet.com",
    subject="Away 12–20 Dec",
    body="""Hi Morgan,

Heads up that I'll be away on Skye from the 12th to the 20th, and the cottage has no signal at all (which is rather the point). So I'll be out of office and not reading email that week.

Could we move our session on the 15th to the 22nd instead? Any time after 4pm my time works.

Thanks!
Eilidh

Sent from my iPad""")

add("c04-re-automatic-reply-human.eml", "Olu Adeyemi", "email", "reply_needed", "",
    fmt="email", mailer="outlookcom", date="Wed, 2 Dec 2026 08:05:39 -0800",
    from_name="Olu Adeyemi", from_addr="olu.adeyemi@outlook.com",
    subject="Re: Automatic reply: Session notes",
    in_reply_to="<0e4b6d8f-2a1c-4e3b-9d5f-7a6b8c9d0e1f@driftwood-coaching.example>",
    body="""Ha, sorry about the auto-reply, I forgot to turn it off. I'm back early, actually. Can we keep Thursday at 6 as planned?

Olu

________________________________
From: Morgan Tremblay <morgan@driftwood-coaching.example>
Sent: Tuesday, December 1, 2026 4:40 PM
To: Olu Adeyemi <olu.adeyemi@outlook.com>
Subject: Re: Automatic reply: Session notes

No problem, enjoy the conference! We'll pick it up when you're back.

Morgan

________________________________
From: Olu Adeyemi <olu.adeyemi@outlook.com>
Sent: Tuesday, December 1, 2026 2:02 PM
To: Morgan Tremblay <morgan@driftwood-coaching.example>
Subject: Automatic reply: Session notes

I'm away at a conference until December 7 with limited access to email.
""")

add("c05-iphone-ja-thanks.eml", "Hana Kobayashi", "email", "fyi", "lang:ja",
    fmt="email", mailer="iphone", date="Fri, 27 Nov 2026 19:03:26 -0800",
    from_name="小林 花", from_addr="hana.kobayashi@nifty.example.jp",
    subject="今日はありがとうございました",
    body="""モーガンさん

今日のセッション、ありがとうございました。
「完璧じゃなくていい」という言葉がずっと頭に残っています。
今週は、毎晩ひとつだけ良かったことを書いてみます。

また来週よろしくお願いします。

花

iPhoneから送信""")

add("c06-orange-fr-question.eml", "Isabelle Fournier", "email", "reply_needed", "lang:fr",
    fmt="email", mailer="plain", date="Tue, 1 Dec 2026 20:31:44 +0100",
    from_name="Isabelle Fournier", from_addr="isabelle.fournier@orange.fr", charset="utf-8", cte="quoted-printable",
    subject="Séance du 10 décembre",
    headers=["X-Mailer: Orange Messagerie"],
    body="""Bonjour Morgan,

J'ai bien reçu votre message, désolée pour le retour automatique, ma boîte était pleine.

Est-ce qu'on pourrait faire la séance du 10 décembre en visio plutôt qu'au téléphone ? Je serai chez ma sœur à Lyon et la connexion est meilleure sur l'ordinateur.

Merci et à bientôt,
Isabelle
""")

add("c07-thunderbird-de-fyi.eml", "Lukas Brenner", "email", "fyi", "lang:de",
    fmt="email", mailer="thunderbird", date="Sat, 28 Nov 2026 11:20:09 +0100",
    from_name="Lukas Brenner", from_addr="lukas.brenner@gmx.de", content_language="de-DE",
    subject="Kurzer Zwischenstand",
    body="""Hallo Morgan,

nur ein kurzer Zwischenstand: Das Gespräch mit meinem Team lief besser als
gedacht. Ich habe die drei Fragen benutzt, und zwei Kollegen haben sich
hinterher bedankt. Wer hätte das gedacht?

Bis Donnerstag,
Lukas
""")

add("c08-long-fyi-one-request.eml", "Kamala Persaud", "email", "reply_needed", "",
    fmt="email", mailer="gmail", date="Fri, 27 Nov 2026 22:08:14 -0800",
    from_name="Kamala Persaud", from_addr="kamala.persaud@telus.net",
    subject="a long one, sorry",
    body="""Hi Morgan,

This week was a lot, in a good way mostly. The food bank hit its November target two days early, and the new volunteers are finding their feet. I delegated the Saturday schedule to Ray, which I would never have done in September. It felt strange to leave at four like a normal person.

My sister is staying with me for a while. That has been lovely and also complicated, you know how it is with family. I've been using the pause-before-answering thing we practised, and it mostly works.

One thing: could you send me the reading list you mentioned, the one about burnout in volunteer work? I'd like to order a couple before the holidays.

Otherwise nothing to answer here, just wanted to write it down while I remember.

Kamala
""")

add("c09-uol-pt-question.eml", "Priscila Nunes", "email", "reply_needed", "lang:pt",
    fmt="email", mailer="plain", date="Thu, 3 Dec 2026 08:44:10 -0800",
    from_name="Priscila Nunes", from_addr="priscila.nunes@uol.com.br", cte="quoted-printable",
    subject="Sessão de quinta",
    headers=["X-Mailer: UOL Mail"],
    body="""Oi Morgan,

Voltei das férias antes do previsto! Você ainda tem horário na quinta às 17h? Se não der, pode ser sexta de manhã.

Beijos,
Priscila
""")

add("c10-human-away-note-fyi.eml", "Giulia Romano", "email", "fyi", "lang:it",
    fmt="email", mailer="apple", date="Mon, 23 Nov 2026 18:10:30 +0100",
    from_name="Giulia Romano", from_addr="giulia.romano@libero.it",
    subject="Fuori sede fino al 9",
    body="""Ciao Morgan,

just so you know, I'll be out of office until the 9th, at the site in Matera. I've set up the automatic reply at the studio, so you'll probably get that too, ignore it.

We already have the 10th in the calendar, so nothing to change. A presto!

Giulia""")

add("s01-stranger-inquiry.eml", "", "email", "", "",
    fmt="email", mailer="gmail", date="Wed, 2 Dec 2026 12:33:40 -0800",
    from_name="Tessa Grant", from_addr="tessa.grant.van@gmail.com",
    subject="Coaching enquiry",
    body="""Hi Morgan,

My friend Chloe recommended you. I'm thinking about a career change and wondered whether you have any openings in January, and what your rates are?

Thanks,
Tessa
""")

add("s02-stranger-ooo.eml", "", "email", "", "autoreply",
    fmt="email", mailer="outlook", date="Tue, 1 Dec 2026 10:04:12 -0800",
    from_name="Brian Okafor", from_addr="brian.okafor@harbourlaw.example",
    subject="Automatic reply: Workshop proposal for Harbour Law",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday, December 7. For urgent matters please call reception at 604-555-0177.

Brian Okafor | Harbour Law LLP
""")

add("s03-stranger-bounce.eml", "", "email", "", "bounce",
    fmt="dsn", date="Tue, 1 Dec 2026 10:04:09 -0800 (PST)",
    **{"from": "MAILER-DAEMON@mail.driftwood-coaching.example (Mail Delivery System)"},
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host mail.driftwood-coaching.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<b.okafor@harbourlaw.example>: host mx.harbourlaw.example[198.51.100.61] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)
""",
    per_message=["Reporting-MTA: dns; mail.driftwood-coaching.example",
                 "X-Postfix-Queue-ID: 4QxZ0a1Bc2dE",
                 "X-Postfix-Sender: rfc822; morgan@driftwood-coaching.example",
                 "Arrival-Date: Tue,  1 Dec 2026 10:04:06 -0800 (PST)"],
    recipients=[["Final-Recipient: rfc822; b.okafor@harbourlaw.example",
                 "Original-Recipient: rfc822;b.okafor@harbourlaw.example",
                 "Action: failed", "Status: 5.1.1",
                 "Remote-MTA: dns; mx.harbourlaw.example",
                 "Diagnostic-Code: smtp; 550 5.1.1 User unknown"]],
    orig=dict(to="Brian Okafor <b.okafor@harbourlaw.example>", date="Tue, 1 Dec 2026 10:04:05 -0800",
              subject="Workshop proposal for Harbour Law",
              body="Hi Brian,\n\nAs promised, here is the outline for the team workshop. Would January work for you?\n\nMorgan Tremblay\n"))
