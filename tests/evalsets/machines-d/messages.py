# machines-d: the words and the labels, as data. build.py renders them as MIME.
#
# Each message is a dict:
#   id     a stable key (the .eml name is given by build.py after a fixed shuffle)
#   group  automated | gateway | phone | on_behalf | negative | control
#   t      the renderer: email, dsn, plainbounce, arf, mdn, calendar, gateway, service
#   date   "YYYY-MM-DD HH:MM +ZZZZ", the sender's local time
#   label  (client, kind, tag, urgent, traits)
# and the fields its renderer reads (see build.py).

COACH_NAME = "Priya Raman-Holt"
COACH = "priya@ramanholt-careers.example"
COACH_GMAIL = "priya.ramanholt@gmail.com"
COACH_GV = "(647) 555-0100"      # her Google Voice number
COACH_LINE = "(416) 555-0111"    # her business line (RingCentral and friends)

ROSTER = [
    # name, emails, phones, status
    ("Daniel Okafor", ["daniel.okafor@gmail.com", "dokafor@mapleleafmutual.example"],
     ["(416) 555-0173", "647.555.0129"], "active"),
    ("Chloé Tremblay", ["chloe.tremblay@videotron.ca"], ["+1 514-555-0188"], "active"),
    ("Brianna Caldwell", ["brianna.caldwell@sympatico.ca", "bcaldwell@nshealth-partners.example"],
     ["902-555-0148"], "active"),
    ("Aisha Rahman", ["aisha.rahman@zohomail.com"], ["604 555 0166", "+1 778 555 0134"], "active"),
    ("Marcus Webb", ["marcus.webb@yahoo.com", "mwebb@lakeshorelogistics.example"],
     ["+1 (312) 555-0147", "773-555-0161"], "active"),
    ("Jenna Kowalski", ["jenna.kowalski@outlook.com"], ["1-206-555-0112"], "active"),
    ("Oliver Bennett", ["oliver.bennett@btinternet.com", "oliver.bennett@bancafioravanti.example"],
     ["+44 (0)20 7946 0321", "+44 7700 900456"], "active"),
    ("Liam O'Connor", ["liam.oconnor@bigpond.com"], ["+61 (0)491 570 156"], "active"),
    ("Ananya Iyer", ["ananya.iyer@gmail.com", "ananya.iyer@infosphere.example"],
     ["+91-98450-12345"], "active"),
    ("Valeria Hernández", ["valeria.hernandez.r@gmail.com"], ["011 52 55 4123 8765"], "active"),
    ("Thiago Souza", ["thiago.souza@uol.com.br", "thiago.souza@icloud.com"],
     ["+55 (11) 98765-4321"], "active"),
    ("Katrin Vogel", ["katrin.vogel@web.de", "k.vogel@brandenburg-energie.example"],
     ["+49 (0)30 1234 5678", "+49 151 2345 6789"], "active"),
    ("Haruto Sato", ["haruto.sato@nifty.com", "h-sato@kaigan-shoji.example"],
     ["+81 90-1234-5678"], "active"),
    ("Thandiwe Nkosi", ["thandi.nkosi@proton.me", "t.nkosi@vanderlinden-groep.example"],
     ["+27 (0)82 555 1234"], "active"),
    ("Siobhan Clarke", ["siobhan.clarke@sky.com"], ["+44 7700 900782"], "former"),
    ("Rohan Mehta", ["rohan.mehta@rediffmail.com"], ["0091 98200 54321"], "former"),
    ("Erik Lindqvist", ["erik.lindqvist@telia.com"], ["0046 (0)70-123 45 67"], "former"),
    ("Grace Whitfield", ["grace.whitfield@icloud.com"], ["617.555.0193"], "former"),
]
ENDED = {"Siobhan Clarke": "2026-06-30", "Rohan Mehta": "2026-04-30",
         "Erik Lindqvist": "2026-08-31", "Grace Whitfield": "2026-06-15"}


def L(client, kind, tag, urgent="no", traits=""):
    return (client, kind, tag, urgent, traits)


# ---------------------------------------------------------------------------------------------
# Texts the coach sent, returned inside bounces, reports and receipts.
# ---------------------------------------------------------------------------------------------

ORIG_DANIEL_NOTES = dict(
    to=("Daniel Okafor", "dokafor@mapleleafmutual.example"),
    subject="Notes from Thursday + LinkedIn homework",
    date="2026-11-20 16:48 -0500",
    text="""Hi Daniel,

Thanks for a good session yesterday. As promised, the three things we agreed:

1. Rewrite the LinkedIn "About" section in first person, 120 words max.
2. Two coffee chats before our next session (Farah at Shopify is a great start).
3. Keep the energy log for one more week.

I've put the values worksheet in our shared folder.

Warmly,
Priya

--
Priya Raman-Holt, PCC
Career coaching · Toronto
ramanholt-careers.example
""")

ORIG_CHLOE_REMINDER = dict(
    to=("Chloé Tremblay", "chloe.tremblay@videotron.ca"),
    subject="Rappel : séance avec Priya, jeudi 26 novembre à 10 h",
    date="2026-11-24 07:00 -0500",
    text="""Bonjour Chloé,

Petit rappel : notre séance est prévue jeudi 26 novembre à 10 h (heure de l'Est), sur Zoom.
Le lien reste le même que d'habitude.

À jeudi,
Priya
""")

ORIG_BRIANNA_PACK = dict(
    to=("Brianna Caldwell", "brianna.caldwell@sympatico.ca"),
    subject="Your interview prep pack",
    date="2026-11-21 10:05 -0500",
    text="""Hi Brianna,

Here is the prep pack for the panel: the STAR grid, the twelve questions we
picked, and the one-page "why this role" summary. Read it once, then put it away
until Monday night.

You've got this.
Priya
""")

ORIG_ALUMNI = dict(
    subject="Alumni circle — January 2027",
    date="2026-11-21 12:30 -0500",
    text="""Hello,

I'm starting a small alumni circle in January: one 75-minute call a month for
people I've coached, to swap what's working in their new roles. It's free, and
entirely optional.

If you'd like a seat, just reply with "in" and I'll send the dates.

Warm wishes for the end of the year,
Priya
""")

ORIG_MARCUS_PREP = dict(
    to=("Marcus Webb", "mwebb@lakeshorelogistics.example"),
    subject="Mock interview — panel format",
    date="2026-11-24 11:20 -0600",
    text="""Hi Marcus,

For Tuesday's mock panel I'll play two roles: the hiring manager and the
skeptical finance lead. Bring the Ardent job post and your 90-second intro.

Best,
Priya
""")

ORIG_ANANYA_GMAIL = dict(
    frm=("Priya Raman-Holt", "priya.ramanholt@gmail.com"),
    to=("Ananya Iyer", "ananya.iyer@infosphere.example"),
    subject="Offer negotiation worksheet",
    date="2026-11-23 08:02 -0500",
    text="""Hi Ananya,

Sending this from my Gmail as my main account is being migrated today.
Attached is the negotiation worksheet; fill in the first page before Thursday.

Priya
""")

ORIG_MARCUS_NEWSLETTER = dict(
    to=("Marcus Webb", "marcus.webb@yahoo.com"),
    subject="Monthly job-search check-in — November",
    date="2026-11-26 06:00 -0500",
    text="""Hi Marcus,

This is my monthly check-in note to everyone I'm working with. Three prompts
for the month's end:

- What did you learn about the market this month?
- Which conversation gave you the most energy?
- What will you stop doing in December?

No need to answer by email; bring it to our next session.

Priya
""")

ORIG_JENNA_COVER = dict(
    to=("Jenna Kowalski", "jenna.kowalski@outlook.com"),
    subject="Re: Cover letter v3",
    date="2026-11-22 14:40 -0500",
    text="""Hi Jenna,

v3 is much stronger. Two small things: lead with the Zillow migration, and
cut the second paragraph in half. Then send it.

Priya
""")

ORIG_THANDI_WORKBOOK = dict(
    to=("Thandiwe Nkosi", "thandi.nkosi@proton.me"),
    subject="Sustainability roles workbook (big file, sorry)",
    date="2026-11-24 09:10 -0500",
    text="""Hi Thandi,

Here's the full workbook with the 40 ESG roles I mapped for you. It's a large
file; if it doesn't come through I'll share a link instead.

Priya
""")

ORIG_AISHA_PANEL = dict(
    to=("Aisha Rahman", "aisha.rahman@zohomail.com"),
    subject="Panel prep — second round",
    date="2026-11-23 18:15 -0500",
    text="""Hi Aisha,

For the second round: three stories, one failure story, and your questions
for them. We'll rehearse Thursday.

Priya
""")

ORIG_KATRIN_CV = dict(
    to=("Katrin Vogel", "katrin.vogel@web.de"),
    subject="Your CV with my comments",
    date="2026-11-25 04:30 -0500",
    text="""Hi Katrin,

I've gone through the CV. My comments are in the margins; the big one is the
summary at the top, which should say "energy transition" in the first line.

Priya
""")

ORIG_HARUTO = dict(
    to=("Haruto Sato", "haruto.sato@nifty.com"),
    subject="Behavioural questions list",
    date="2026-11-22 19:00 -0500",
    text="""Hi Haruto,

Here is the list of behavioural questions we talked about. Pick five and write
your answers in English, in bullet points only.

Priya
""")

ORIG_THIAGO = dict(
    to=("Thiago Souza", "thiago.souza@uol.com.br"),
    subject="Simulação de entrevista — sexta",
    date="2026-11-25 08:45 -0500",
    text="""Oi Thiago,

Confirmed for Friday: mock interview in English first, then ten minutes in
Portuguese. I'll send the calendar invite to your iCloud address.

Priya
""")

ORIG_LIAM = dict(
    to=("Liam O'Connor", "liam.oconnor@bigpond.com"),
    subject="Prep for Friday",
    date="2026-11-25 10:20 -0500",
    text="""Hi Liam,

Prep for Friday: the two salary scenarios, and your walk-away number. Keep it
to one page.

Priya
""")

ORIG_OLIVER_QUESTION = dict(
    to=("Oliver Bennett", "oliver.bennett@bancafioravanti.example"),
    subject="Can you do Thursday 9am?",
    date="2026-11-24 05:50 -0500",
    text="""Hi Oliver,

Quick question: could you do Thursday at 9:00 your time instead of 14:00? A
workshop moved into my afternoon slot.

And did you hear back from Hargreaves yet? I'm curious how the second round
landed.

Attached: the negotiation one-pager (PDF).

Priya
""")

ORIG_VALERIA_OLD = dict(
    to=("Valeria Hernández", "valeria.hernandez@grupoandares.example"),
    subject="Re: Carta de presentación — comentarios",
    date="2026-11-27 09:30 -0500",
    text="""Hola Valeria,

I just found your draft from the spring in this old thread, and it's a good
base for the new letter. See my notes below, and let's use it on Tuesday.

Priya

On Apr 14, 2026, at 6:02 PM, Valeria Hernández <valeria.hernandez@grupoandares.example> wrote:

> Hola Priya, aquí va el borrador de la carta. ¿Me dices si el tono está bien?
> Valeria Hernández | Gerente de Proyectos | Grupo Andares
""")

ORIG_DANIEL_AGREEMENT = dict(
    to=("Daniel Okafor", "dokafor@mapleleafmutual.example"),
    subject="Agreement for December sessions",
    date="2026-11-24 16:05 -0500",
    text="""Hi Daniel,

Attached is the agreement for the four December sessions. No rush.

Priya
""")

ORIG_DANIEL_MOVE = dict(
    to=("Daniel Okafor", "dokafor@mapleleafmutual.example"),
    subject="Thursday 3 Dec — moved to 11:00?",
    date="2026-11-27 09:12 -0500",
    text="Hi Daniel, would 11:00 on Thursday 3 Dec work instead of 10:00? Priya\n")

ORIG_KATRIN_WORK = dict(
    to=("Katrin Vogel", "k.vogel@brandenburg-energie.example"),
    subject="Anschreiben — zweite Fassung",
    date="2026-11-23 03:40 -0500",
    text="Hi Katrin, attached is the second draft of the cover letter with my edits. Priya\n")

ORIG_EVENTS = dict(
    to=("Toronto HR Summit", "events@torontohrsummit.example"),
    subject="Speaker bio and headshot",
    date="2026-11-25 13:05 -0500",
    text="""Hello,

As requested, my speaker bio (80 words) and headshot for the January panel.

Priya Raman-Holt
""")


MESSAGES = []


def add(**m):
    MESSAGES.append(m)


# =============================================================================================
# 1. Automated mail from or for a client: bounces
# =============================================================================================

add(id="bounce-postfix-daniel", group="automated", t="dsn", style="postfix",
    date="2026-11-20 16:52 -0500",
    sender=("Mail Delivery System", "MAILER-DAEMON@smtp.ramanholt-careers.example"),
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host smtp.ramanholt-careers.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dokafor@mapleleafmutual.example>: host
    mx1.mapleleafmutual.example[203.0.113.25] said: 552 5.2.2
    <dokafor@mapleleafmutual.example>: Mailbox full (in reply to RCPT TO
    command)
""",
    status="""Reporting-MTA: dns; smtp.ramanholt-careers.example
X-Postfix-Queue-ID: 4Hk2Qz3vXPz1xN7
X-Postfix-Sender: rfc822; priya@ramanholt-careers.example
Arrival-Date: Fri, 20 Nov 2026 16:48:31 -0500 (EST)

Final-Recipient: rfc822; dokafor@mapleleafmutual.example
Original-Recipient: rfc822;dokafor@mapleleafmutual.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.mapleleafmutual.example
Diagnostic-Code: smtp; 552 5.2.2 <dokafor@mapleleafmutual.example>: Mailbox
    full
""",
    original=ORIG_DANIEL_NOTES, returned="full",
    label=L("Daniel Okafor", "email", "ignored", traits="bounce"))

add(id="bounce-exim-chloe", group="automated", t="dsn", style="exim",
    date="2026-11-24 07:01 -0500",
    sender=("Mail Delivery System", "Mailer-Daemon@server214.maplehost.example"),
    subject="Mail delivery failed: returning message to sender",
    headers=[("X-Failed-Recipients", "chloe.tremblay@videotron.ca")],
    human="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  chloe.tremblay@videotron.ca
    host mx.videotron.ca [24.201.245.120]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected by content filtering policy (URL reputation)
""",
    status="""Reporting-MTA: dns; server214.maplehost.example

Action: failed
Final-Recipient: rfc822;chloe.tremblay@videotron.ca
Status: 5.0.0
Remote-MTA: dns; mx.videotron.ca
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by content filtering policy (URL reputation)
""",
    original=ORIG_CHLOE_REMINDER,
    returned="full",
    label=L("Chloé Tremblay", "email", "ignored", traits="bounce"))

add(id="bounce-qmail-brianna", group="automated", t="plainbounce", style="qmail",
    date="2026-11-21 10:07 -0500",
    sender=(None, "MAILER-DAEMON@mail.maplehost.example"),
    subject="failure notice",
    human="""Hi. This is the qmail-send program at mail.maplehost.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<brianna.caldwell@sympatico.ca>:
206.47.199.20 does not like recipient.
Remote host said: 550 5.7.1 <brianna.caldwell@sympatico.ca>: Recipient address rejected: Message rejected due to local policy
Giving up on 206.47.199.20.

--- Below this line is a copy of the message.
""",
    original=ORIG_BRIANNA_PACK,
    label=L("Brianna Caldwell", "email", "ignored", traits="bounce"))

add(id="bounce-sendmail-rohan", group="automated", t="dsn", style="sendmail",
    date="2026-11-21 12:41 -0500",
    sender=("Mail Delivery Subsystem", "MAILER-DAEMON@list.ramanholt-careers.example"),
    subject="Returned mail: see transcript for details",
    human="""The original message was received at Sat, 21 Nov 2026 12:30:44 -0500
from [198.51.100.14]

   ----- The following addresses had permanent fatal errors -----
<rohan.mehta@rediffmail.com>
    (reason: 550 Requested action not taken: mailbox unavailable)

   ----- Transcript of session follows -----
... while talking to mx.rediffmail.com.:
>>> DATA
<<< 550 Requested action not taken: mailbox unavailable
550 5.1.1 <rohan.mehta@rediffmail.com>... User unknown
<<< 503 5.5.1 Bad sequence of commands
""",
    status="""Reporting-MTA: dns; list.ramanholt-careers.example
Received-From-MTA: DNS; [198.51.100.14]
Arrival-Date: Sat, 21 Nov 2026 12:30:44 -0500

Final-Recipient: RFC822; rohan.mehta@rediffmail.com
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.rediffmail.com
Diagnostic-Code: SMTP; 550 Requested action not taken: mailbox unavailable
Last-Attempt-Date: Sat, 21 Nov 2026 12:41:02 -0500
""",
    original=dict(ORIG_ALUMNI, to=("Rohan Mehta", "rohan.mehta@rediffmail.com")),
    returned="full",
    label=L("Rohan Mehta", "email", "ignored", traits="bounce;former"))

add(id="bounce-m365-marcus", group="automated", t="dsn", style="m365",
    date="2026-11-24 11:21 -0600",
    sender=("Microsoft Outlook", "postmaster@lakeshorelogistics.example"),
    subject="Undeliverable: Mock interview — panel format",
    human="""Your message to mwebb@lakeshorelogistics.example couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.

mwebb    Office 365    mwebb
Action Required                          Recipient

Mailbox full

How to Fix It
The recipient's mailbox is full and can't accept messages now. Try sending
the message again later, or contact the recipient directly.

More Info for Email Admins
Status code: 552 5.2.2

This error occurs when the recipient's mailbox has reached its storage quota.

Original Message Details
Created Date:    11/24/2026 5:20:41 PM
Sender Address:    priya@ramanholt-careers.example
Recipient Address:    mwebb@lakeshorelogistics.example
Subject:    Mock interview — panel format

Error Details
Reported error:    552 5.2.2 STOREDRV.Deliver; mailbox full
DSN generated by:    YQBPR0101MB6541.CANPRD01.PROD.OUTLOOK.COM
""",
    html=True,
    status="""Reporting-MTA: dns;YQBPR0101MB6541.CANPRD01.PROD.OUTLOOK.COM
Received-From-MTA: dns;smtp.ramanholt-careers.example
Arrival-Date: Tue, 24 Nov 2026 17:20:45 +0000

Final-Recipient: rfc822;mwebb@lakeshorelogistics.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 STOREDRV.Deliver; mailbox full
""",
    original=ORIG_MARCUS_PREP, returned="headers",
    label=L("Marcus Webb", "email", "ignored", traits="bounce"))

add(id="bounce-gmail-ananya", group="automated", t="dsn", style="gmail",
    date="2026-11-23 08:03 -0500",
    sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    to=("", COACH_GMAIL),
    subject="Delivery Status Notification (Failure)",
    headers=[("X-Failed-Recipients", "ananya.iyer@infosphere.example")],
    human="""
** Message blocked **

Your message to ananya.iyer@infosphere.example has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.1 Message rejected: mail from consumer webmail domains is not accepted by infosphere.example policy. Contact your administrator.
""",
    html=True,
    status="""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; priya.ramanholt@gmail.com
Arrival-Date: Mon, 23 Nov 2026 05:02:48 -0800 (PST)
X-Original-Message-ID: %ORIGID%

Final-Recipient: rfc822; ananya.iyer@infosphere.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.infosphere.example. (203.0.113.61, the server for the
 domain infosphere.example.)
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: mail from consumer webmail domains is not accepted by infosphere.example policy. Contact your administrator.
Last-Attempt-Date: Mon, 23 Nov 2026 05:02:49 -0800 (PST)
""",
    original=dict(ORIG_ANANYA_GMAIL, gmail=True), returned="full",
    label=L("Ananya Iyer", "email", "ignored", traits="bounce"))

add(id="bounce-yahoo-marcus", group="automated", t="plainbounce", style="yahoo",
    date="2026-11-25 19:44 +0000",
    sender=(None, "MAILER-DAEMON@yahoo.com"),
    subject="Failure Notice",
    human="""Sorry, we were unable to deliver your message to the following address.

<marcus.webb@yahoo.com>:
554: delivery error: dd This mailbox is disabled (554.30) - atlas214.free.mail.ne1.yahoo.com

--- Below this line is a copy of the message.
""",
    original=dict(to=("Marcus Webb", "marcus.webb@yahoo.com"), subject="Re: references",
                  date="2026-11-25 14:40 -0500",
                  text="""Hi Marcus,

Of course you can put me down as a reference. I'll need the recruiter's name
and the role title.

Priya
"""),
    label=L("Marcus Webb", "email", "ignored", traits="bounce"))

add(id="bounce-outlookcom-jenna", group="automated", t="dsn", style="outlookcom",
    date="2026-11-22 19:41 +0000",
    sender=("postmaster@outlook.com", "postmaster@outlook.com"),
    subject="Undeliverable: Re: Cover letter v3",
    human="""Delivery has failed to these recipients or groups:

jenna.kowalski@outlook.com (jenna.kowalski@outlook.com)
Your message wasn't delivered because the recipient's email provider rejected it.


Diagnostic information for administrators:

Generating server: DM6NAM12HT211.mail.protection.outlook.com

jenna.kowalski@outlook.com
Remote Server returned '550 5.7.509 Access denied, sending domain ramanholt-careers.example does not pass DMARC verification and has a DMARC policy of reject. [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com 2026-11-22T19:40:58.112Z 08DD0B3C7A55D2E1]'

Original message headers:
""",
    html=True,
    status="""Reporting-MTA: dns;DM6NAM12HT211.mail.protection.outlook.com
Received-From-MTA: dns;smtp.ramanholt-careers.example
Arrival-Date: Sun, 22 Nov 2026 19:40:57 +0000

Final-Recipient: rfc822;jenna.kowalski@outlook.com
Action: failed
Status: 5.7.509
Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain ramanholt-careers.example does not pass DMARC verification and has a DMARC policy of reject.
""",
    original=ORIG_JENNA_COVER, returned="headers",
    label=L("Jenna Kowalski", "email", "ignored", traits="bounce"))

add(id="bounce-icloud-grace", group="automated", t="dsn", style="postfix",
    date="2026-11-21 12:33 -0500",
    sender=("Mail Delivery System", "MAILER-DAEMON@p00-icloudmta-asmtp-us-central-1k.icloud.com"),
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host p00-icloudmta-asmtp-us-central-1k.icloud.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<grace.whitfield@icloud.com>: user is over quota: 552 5.2.2 <grace.whitfield@icloud.com>:
    Mailbox storage full. Please try again later.
""",
    status="""Reporting-MTA: dns; p00-icloudmta-asmtp-us-central-1k.icloud.com
X-Postfix-Queue-ID: 4HkKc11Bf9z9rwL
X-Postfix-Sender: rfc822; priya@ramanholt-careers.example
Arrival-Date: Sat, 21 Nov 2026 17:30:51 +0000 (UTC)

Final-Recipient: rfc822; grace.whitfield@icloud.com
Original-Recipient: rfc822;grace.whitfield@icloud.com
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; user is over quota
""",
    original=dict(ORIG_ALUMNI, to=("Grace Whitfield", "grace.whitfield@icloud.com")),
    returned="headers",
    label=L("Grace Whitfield", "email", "ignored", traits="bounce;former"))

add(id="bounce-proton-thandi", group="automated", t="dsn", style="postfix",
    date="2026-11-24 09:12 -0500",
    sender=("Mail Delivery System", "MAILER-DAEMON@mailout.protonmail.ch"),
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host mailout.protonmail.ch.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. The headers of the message
are attached below.

                   The mail system

<thandi.nkosi@proton.me>: message size 31874102 exceeds size limit 26214400
    of server mail.protonmail.ch[185.70.42.128]
""",
    status="""Reporting-MTA: dns; mailout.protonmail.ch
X-Postfix-Queue-ID: 4HkMvR0sZPz9tGq
X-Postfix-Sender: rfc822; priya@ramanholt-careers.example
Arrival-Date: Tue, 24 Nov 2026 14:10:22 +0000 (UTC)

Final-Recipient: rfc822; thandi.nkosi@proton.me
Original-Recipient: rfc822;thandi.nkosi@proton.me
Action: failed
Status: 5.3.4
Remote-MTA: dns; mail.protonmail.ch
Diagnostic-Code: X-Postfix; message size 31874102 exceeds size limit 26214400
    of server mail.protonmail.ch[185.70.42.128]
""",
    original=ORIG_THANDI_WORKBOOK, returned="headers",
    label=L("Thandiwe Nkosi", "email", "ignored", traits="bounce"))

add(id="bounce-zoho-aisha", group="automated", t="dsn", style="zoho",
    date="2026-11-23 18:17 -0500",
    sender=("Zoho Mail", "mailer-daemon@mx.zohomail.com"),
    subject="Delivery Status Notification (Failure)",
    human="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

    aisha.rahman@zohomail.com

Technical details of permanent failure:
The account aisha.rahman@zohomail.com is temporarily blocked because its storage
limit was exceeded. The account owner has been notified.

Reason: 552 5.2.2 Mailbox quota exceeded - account temporarily blocked
""",
    html=True,
    status="""Reporting-MTA: dns; mx.zohomail.com
Arrival-Date: Mon, 23 Nov 2026 23:15:40 +0000

Final-Recipient: rfc822; aisha.rahman@zohomail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded - account temporarily blocked
""",
    original=ORIG_AISHA_PANEL, returned="full",
    label=L("Aisha Rahman", "email", "ignored", traits="bounce"))

add(id="bounce-webde-katrin", group="automated", t="dsn", style="german",
    date="2026-11-25 10:31 +0100",
    sender=("Mail Delivery System", "mailer-daemon@mx-ha.web.de"),
    subject="Unzustellbar: Your CV with my comments",
    human_charset="iso-8859-1",
    human="""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Ihre Nachricht konnte an folgende Empfänger NICHT zugestellt werden:

  katrin.vogel@web.de
    Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
    Antwort des Servers: 552 5.2.2 Mailbox voll / mailbox full

Dies ist ein dauerhafter Fehler. Die Nachricht wird nicht erneut zugestellt.
Bitte informieren Sie den Empfänger auf anderem Weg oder versuchen Sie es
später erneut.

Die Kopfzeilen Ihrer ursprünglichen Nachricht finden Sie im Anhang.

--
WEB.DE Mailsystem
""",
    status="""Reporting-MTA: dns; mx-ha.web.de
Arrival-Date: Wed, 25 Nov 2026 10:30:57 +0100

Final-Recipient: rfc822; katrin.vogel@web.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox voll / mailbox full
""",
    original=ORIG_KATRIN_CV, returned="headers",
    label=L("Katrin Vogel", "email", "ignored", traits="bounce;lang:de"))

add(id="bounce-nifty-haruto", group="automated", t="plainbounce", style="japanese",
    date="2026-11-23 09:01 +0900",
    sender=("MAILER-DAEMON", "MAILER-DAEMON@mta-a.nifty.com"),
    subject="配信エラー: Behavioural questions list",
    charset="iso-2022-jp",
    human="""このメールは、メールサーバーから自動的に送信されています。
このメールへの返信はできません。

お送りいただいたメールは、以下の宛先に配信できませんでした。

  宛先： haruto.sato@nifty.com
  理由： 宛先のメールボックスの容量が上限を超えています。
         (552 5.2.2 Mailbox full)

しばらく時間をおいてから、再度送信してください。

----- 配信できなかったメールのヘッダー -----
""",
    original=ORIG_HARUTO, inline="headers",
    label=L("Haruto Sato", "email", "ignored", traits="bounce;lang:ja"))

add(id="bounce-uol-thiago", group="automated", t="dsn", style="brazil",
    date="2026-11-25 10:46 -0300",
    sender=("Sistema de Entrega de Mensagens do UOL", "mailer-daemon@uol.com.br"),
    subject="Mensagem não entregue: Simulação de entrevista — sexta",
    human_charset="iso-8859-1",
    human="""Olá,

Esta é uma mensagem automática do sistema de e-mail do UOL. Não responda.

Não foi possível entregar a sua mensagem para o(s) seguinte(s) destinatário(s):

    thiago.souza@uol.com.br

Motivo: a caixa postal do destinatário está cheia.
Resposta do servidor: 552 5.2.2 Caixa postal cheia / mailbox full

Este é um erro permanente. Sua mensagem original segue anexada.

Atenciosamente,
Equipe UOL Mail
""",
    status="""Reporting-MTA: dns; mx.uol.com.br
Arrival-Date: Wed, 25 Nov 2026 10:45:31 -0300

Final-Recipient: rfc822; thiago.souza@uol.com.br
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Caixa postal cheia / mailbox full
""",
    original=ORIG_THIAGO, returned="full",
    label=L("Thiago Souza", "email", "ignored", traits="bounce;lang:pt"))

add(id="bounce-telia-erik", group="automated", t="dsn", style="swedish",
    date="2026-11-21 18:35 +0100",
    sender=("Telia E-post", "mailer-daemon@mailfe.telia.com"),
    subject="Olevererbart: Alumni circle — January 2027",
    human_charset="iso-8859-1",
    human="""Detta är ett automatiskt genererat meddelande från e-postsystemet hos Telia.

Ditt meddelande kunde inte levereras till följande mottagare:

    erik.lindqvist@telia.com

Orsak: Mottagarens brevlåda är full.
Svar från servern: 552 5.2.2 Brevlådan är full / mailbox full

Felet är permanent och meddelandet kommer inte att skickas igen.
Rubrikerna från ditt ursprungliga meddelande finns bifogade.
""",
    status="""Reporting-MTA: dns; mailfe.telia.com
Arrival-Date: Sat, 21 Nov 2026 18:30:49 +0100

Final-Recipient: rfc822; erik.lindqvist@telia.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full (brevladan ar full)
""",
    original=dict(ORIG_ALUMNI, to=("Erik Lindqvist", "erik.lindqvist@telia.com")),
    returned="headers",
    label=L("Erik Lindqvist", "email", "ignored", traits="bounce;lang:sv;former"))

add(id="delay-postfix-liam", group="automated", t="dsn", style="postfix-delay",
    date="2026-11-25 14:25 -0500",
    sender=("Mail Delivery System", "MAILER-DAEMON@smtp.ramanholt-careers.example"),
    subject="Delayed Mail (still being retried)",
    human="""This is the mail system at host smtp.ramanholt-careers.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<liam.oconnor@bigpond.com>: host mx.bigpond.com[61.9.168.240] said: 451 4.7.1
    Service temporarily unavailable, please try again later (in reply to RCPT
    TO command)
""",
    status="""Reporting-MTA: dns; smtp.ramanholt-careers.example
X-Postfix-Queue-ID: 4HkPq92Lb3z1xRk
X-Postfix-Sender: rfc822; priya@ramanholt-careers.example
Arrival-Date: Wed, 25 Nov 2026 10:20:14 -0500 (EST)

Final-Recipient: rfc822; liam.oconnor@bigpond.com
Original-Recipient: rfc822;liam.oconnor@bigpond.com
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mx.bigpond.com
Diagnostic-Code: smtp; 451 4.7.1 Service temporarily unavailable, please try
    again later
Will-Retry-Until: Mon, 30 Nov 2026 10:20:14 -0500 (EST)
""",
    original=ORIG_LIAM, returned="headers",
    label=L("Liam O'Connor", "email", "ignored", traits="bounce"))

add(id="bounce-exchange-oliver-question", group="automated", t="dsn", style="exchange",
    date="2026-11-24 10:52 +0000",
    sender=("Microsoft Exchange", "postmaster@bancafioravanti.example"),
    subject="Undeliverable: Can you do Thursday 9am?",
    human="""Delivery has failed to these recipients or groups:

Oliver Bennett (oliver.bennett@bancafioravanti.example)
Your message couldn't be delivered. The attachment type is blocked by the
organization's policy. Remove the attachment or send it as a link.

Diagnostic information for administrators:

Generating server: LONEXCH02.bancafioravanti.example

oliver.bennett@bancafioravanti.example
#550 5.7.1 Message rejected by transport rule: external attachments blocked ##

Original message headers:
""",
    status="""Reporting-MTA: dns;LONEXCH02.bancafioravanti.example
Received-From-MTA: dns;smtp.ramanholt-careers.example
Arrival-Date: Tue, 24 Nov 2026 10:50:33 +0000

Final-Recipient: rfc822;oliver.bennett@bancafioravanti.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 Message rejected by transport rule: external attachments blocked
X-Display-Name: Oliver Bennett
""",
    original=ORIG_OLIVER_QUESTION, returned="full",
    label=L("Oliver Bennett", "email", "ignored", traits="bounce;quoted"))

add(id="bounce-oldaddress-valeria", group="automated", t="dsn", style="postfix",
    date="2026-11-27 08:31 -0600",
    sender=("Mail Delivery System", "MAILER-DAEMON@mx2.grupoandares.example"),
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host mx2.grupoandares.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<valeria.hernandez@grupoandares.example>: host
    buzones.grupoandares.example[10.4.2.17] said: 550 5.1.1
    <valeria.hernandez@grupoandares.example>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
""",
    status="""Reporting-MTA: dns; mx2.grupoandares.example
X-Postfix-Queue-ID: 4HkV1m6W0Sz2FhT
X-Postfix-Sender: rfc822; priya@ramanholt-careers.example
Arrival-Date: Fri, 27 Nov 2026 08:30:58 -0600 (CST)

Final-Recipient: rfc822; valeria.hernandez@grupoandares.example
Original-Recipient: rfc822;valeria.hernandez@grupoandares.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; buzones.grupoandares.example
Diagnostic-Code: smtp; 550 5.1.1 <valeria.hernandez@grupoandares.example>:
    Recipient address rejected: User unknown in local recipient table
""",
    original=ORIG_VALERIA_OLD, returned="full",
    label=L("Valeria Hernández", "email", "ignored", traits="bounce"))

# ----- feedback-loop reports -----

add(id="arf-yahoo-marcus", group="automated", t="arf",
    date="2026-11-26 09:14 -0800",
    sender=("Yahoo! Mail AntiSpam Feedback", "feedback@arf.mail.yahoo.com"),
    subject="FW: Monthly job-search check-in — November",
    human="""This is an email abuse report for an email message received from IP 198.51.100.14 on Thu, 26 Nov 2026 03:00:12 -0800.
For more information about this format please see http://www.mipassoc.org/arf/.
""",
    report="""Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 0.1
Original-Mail-From: <priya@ramanholt-careers.example>
Original-Rcpt-To: <marcus.webb@yahoo.com>
Arrival-Date: Thu, 26 Nov 2026 03:00:12 -0800
Source-IP: 198.51.100.14
Reported-Domain: ramanholt-careers.example
Authentication-Results: mta4012.mail.gq1.yahoo.com  from=ramanholt-careers.example; domainkeys=neutral (no sig);  from=ramanholt-careers.example; dkim=pass (ok)
""",
    original=ORIG_MARCUS_NEWSLETTER,
    label=L("Marcus Webb", "email", "ignored", traits="arf"))

add(id="arf-jmrp-jenna", group="automated", t="arf",
    date="2026-11-27 16:02 +0000",
    sender=("Outlook.com JMRP", "staff@hotmail.com"),
    subject="complaint about message from 198.51.100.14",
    human="""This is an email abuse report for an email message received from IP 198.51.100.14 on Fri, 27 Nov 2026 11:00:07 -0500.
An Outlook.com user marked this message as junk. You are receiving this report because you
enrolled this IP address in the Junk Mail Reporting Program (JMRP).
""",
    report="""Feedback-Type: abuse
User-Agent: Microsoft JMRP/1.0
Version: 1
Original-Mail-From: <priya@ramanholt-careers.example>
Original-Rcpt-To: <jenna.kowalski@outlook.com>
Arrival-Date: Fri, 27 Nov 2026 16:00:07 +0000
Source-IP: 198.51.100.14
Reported-Domain: ramanholt-careers.example
Incidents: 1
""",
    original=dict(ORIG_MARCUS_NEWSLETTER, to=("Jenna Kowalski", "jenna.kowalski@outlook.com"),
                  date="2026-11-27 11:00 -0500",
                  text=ORIG_MARCUS_NEWSLETTER["text"].replace("Hi Marcus", "Hi Jenna")),
    label=L("Jenna Kowalski", "email", "ignored", traits="arf"))

# ----- read receipts -----

add(id="mdn-thunderbird-katrin", group="automated", t="mdn", style="thunderbird",
    date="2026-11-23 09:52 +0100",
    frm=("Katrin Vogel", "k.vogel@brandenburg-energie.example"),
    subject="Empfangsbestätigung (angezeigt) - Anschreiben — zweite Fassung",
    human="""Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an Katrin Vogel <k.vogel@brandenburg-energie.example> gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
""",
    report="""Reporting-UA: brandenburg-energie.example; Thunderbird 128.5.0
Final-Recipient: rfc822;k.vogel@brandenburg-energie.example
Original-Message-ID: <%ORIGID%>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    original=ORIG_KATRIN_WORK,
    label=L("Katrin Vogel", "email", "ignored", traits="receipt;lang:de"))

add(id="mdn-outlook-read-daniel", group="automated", t="mdn", style="outlook",
    date="2026-11-24 16:31 -0500",
    frm=("Daniel Okafor", "dokafor@mapleleafmutual.example"),
    subject="Read: Agreement for December sessions",
    human="""Your message

  To: Daniel Okafor
  Subject: Agreement for December sessions
  Sent: Tuesday, November 24, 2026 4:05:12 PM (UTC-05:00) Eastern Time (US & Canada)

 was read on Tuesday, November 24, 2026 4:31:40 PM (UTC-05:00) Eastern Time (US & Canada).
""",
    report="""Reporting-UA: YT2PR01MB8832.CANPRD01.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: RFC822; dokafor@mapleleafmutual.example
Original-Message-ID: <%ORIGID%>
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: kP3n1q5H7k2Wq4bV0cXh9w==
X-Display-Name: Daniel Okafor
""",
    original=ORIG_DANIEL_AGREEMENT,
    label=L("Daniel Okafor", "email", "ignored", traits="receipt"))

# ----- vacation / out-of-office -----

add(id="ooo-en-daniel", group="automated", t="email", mailer="exchange",
    date="2026-11-27 09:13 -0500",
    frm=("Daniel Okafor", "dokafor@mapleleafmutual.example"),
    subject="Automatic reply: Thursday 3 Dec — moved to 11:00?",
    reply_to_orig=ORIG_DANIEL_MOVE,
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "dokafor@mapleleafmutual.example")],
    text="""Thank you for your message. I'm out of the office until Monday, November 30 with limited access to email.

For urgent matters please call me on (647) 555-0129, or contact Sandra Lee (slee@mapleleafmutual.example) for anything related to the Q4 claims review.

Daniel Okafor
Senior Claims Analyst | Maple Leaf Mutual
""",
    label=L("Daniel Okafor", "email", "ignored", traits="autoreply"))

add(id="ooo-fr-chloe", group="automated", t="email", mailer="sieve",
    date="2026-11-25 16:20 -0500",
    frm=("Chloé Tremblay", "chloe.tremblay@videotron.ca"),
    subject="Absence du bureau : Re: Ta lettre de présentation",
    reply_to_orig=dict(to=("Chloé Tremblay", "chloe.tremblay@videotron.ca"),
                       subject="Re: Ta lettre de présentation", date="2026-11-25 16:19 -0500",
                       text="Chloé, j'ai mis mes commentaires dans le document. Priya\n"),
    headers=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
    text="""Bonjour,

Je suis à l'extérieur du bureau du 25 au 29 novembre inclusivement et j'aurai un accès limité à mes courriels. Je répondrai à votre message dès mon retour, le lundi 30 novembre.

Pour toute urgence, vous pouvez me joindre au 514 555-0188.

Merci et bonne journée,
Chloé Tremblay
""",
    label=L("Chloé Tremblay", "email", "ignored", traits="autoreply;lang:fr"))

add(id="ooo-es-valeria", group="automated", t="email", mailer="gmail-vacation",
    date="2026-11-24 13:02 -0600",
    frm=("Valeria Hernández", "valeria.hernandez.r@gmail.com"),
    subject="Fuera de la oficina / Out of office",
    reply_to_orig=dict(to=("Valeria Hernández", "valeria.hernandez.r@gmail.com"),
                       subject="Tu carta — versión 2", date="2026-11-24 14:01 -0500",
                       text="Hola Valeria, adjunto la versión 2. Priya\n"),
    headers=[("Auto-Submitted", "auto-replied")],
    text="""¡Hola!

Estoy de vacaciones con mi familia en Oaxaca hasta el martes 1 de diciembre, con acceso muy limitado al correo. Responderé a tu mensaje a mi regreso.

Si es urgente, mándame un WhatsApp.

Saludos,
Valeria
""",
    label=L("Valeria Hernández", "email", "ignored", traits="autoreply;lang:es"))

add(id="ooo-de-katrin", group="automated", t="email", mailer="exchange", lang="de-DE",
    date="2026-11-26 15:40 +0100",
    frm=("Vogel, Katrin", "k.vogel@brandenburg-energie.example"),
    subject="Automatische Antwort: Verhandlung — Ihre Zahlen",
    reply_to_orig=dict(to=("Katrin Vogel", "k.vogel@brandenburg-energie.example"),
                       subject="Verhandlung — Ihre Zahlen", date="2026-11-26 09:39 -0500",
                       text="Hi Katrin, here are the salary bands I found. Priya\n"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Dienstag, 1. Dezember, auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Jansen (+49 30 1234 5600, m.jansen@brandenburg-energie.example).

Mit freundlichen Grüßen
Katrin Vogel
Leiterin Netzplanung | Brandenburg Energie GmbH
""",
    label=L("Katrin Vogel", "email", "ignored", traits="autoreply;lang:de"))

add(id="ooo-pt-thiago", group="automated", t="email", mailer="webmail", charset="iso-8859-1",
    date="2026-11-30 08:15 -0300",
    frm=("Thiago Souza", "thiago.souza@uol.com.br"),
    subject="Resposta automática: Re: Próximos passos",
    reply_to_orig=dict(to=("Thiago Souza", "thiago.souza@uol.com.br"),
                       subject="Re: Próximos passos", date="2026-11-30 06:14 -0500",
                       text="Oi Thiago, great work on Friday. Priya\n"),
    headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    text="""Olá!

Estou em viagem a trabalho até quarta-feira (2/12), com acesso limitado ao e-mail. Respondo assim que voltar.

Se for urgente, me chame no WhatsApp: +55 11 98765-4321.

Abraço,
Thiago Souza
""",
    label=L("Thiago Souza", "email", "ignored", traits="autoreply;lang:pt"))

add(id="ooo-it-oliver", group="automated", t="email", mailer="exchange", lang="it-IT",
    date="2026-11-27 13:05 +0000",
    frm=("Bennett Oliver", "oliver.bennett@bancafioravanti.example"),
    subject="Risposta automatica: Your one-pager (as a link)",
    reply_to_orig=dict(to=("Oliver Bennett", "oliver.bennett@bancafioravanti.example"),
                       subject="Your one-pager (as a link)", date="2026-11-27 08:04 -0500",
                       text="Hi Oliver, the attachment was blocked, so here it is as a link. Priya\n"),
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text="""Gentile mittente,

grazie per il Suo messaggio. Sarò fuori ufficio fino a lunedì 30 novembre con accesso limitato alla posta elettronica. Per questioni urgenti può contattare la segreteria della filiale di Londra al numero +44 20 7946 0000.

Thank you for your email. I am out of the office until Monday 30 November with limited access to email. For urgent matters please contact the London branch office on +44 20 7946 0000.

Oliver Bennett
Banca Fioravanti S.p.A. – London Branch

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. This e-mail and any attachments are confidential.
""",
    label=L("Oliver Bennett", "email", "ignored", traits="autoreply;lang:it"))

add(id="ooo-nl-thandi", group="automated", t="email", mailer="exchange", lang="nl-NL",
    date="2026-11-27 14:30 +0200",
    frm=("Thandiwe Nkosi", "t.nkosi@vanderlinden-groep.example"),
    subject="Automatisch antwoord: Workbook link",
    reply_to_orig=dict(to=("Thandiwe Nkosi", "t.nkosi@vanderlinden-groep.example"),
                       subject="Workbook link", date="2026-11-27 07:29 -0500",
                       text="Hi Thandi, here's the workbook as a link instead. Priya\n"),
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Goedendag,

Bedankt voor uw bericht. Ik ben tot en met dinsdag 1 december afwezig en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u contact opnemen met het secretariaat via +31 20 555 0142.

Met vriendelijke groet,
Thandiwe Nkosi
Van der Linden Groep | Johannesburg office
""",
    label=L("Thandiwe Nkosi", "email", "ignored", traits="autoreply;lang:nl"))

add(id="ooo-sv-erik", group="automated", t="email", mailer="webmail",
    date="2026-11-30 17:05 +0100",
    frm=("Erik Lindqvist", "erik.lindqvist@telia.com"),
    subject="Autosvar: Alumni circle — January 2027",
    reply_to_orig=dict(ORIG_ALUMNI, to=("Erik Lindqvist", "erik.lindqvist@telia.com"),
                       date="2026-11-30 11:04 -0500"),
    headers=[("X-Autoreply", "yes")],
    text="""Hej!

Tack för ditt mejl. Jag är föräldraledig till och med den 8 januari och läser inte min e-post regelbundet. Jag svarar när jag är tillbaka.

Thanks for your email. I'm on parental leave until 8 January and will reply when I'm back.

Vänliga hälsningar,
Erik
""",
    label=L("Erik Lindqvist", "email", "ignored", traits="autoreply;lang:sv;former"))

add(id="ooo-ja-haruto", group="automated", t="email", mailer="japanese-corp", charset="iso-2022-jp",
    date="2026-11-27 10:00 +0900",
    frm=("佐藤 陽翔", "h-sato@kaigan-shoji.example"),
    subject="【自動返信】不在のお知らせ",
    reply_to_orig=dict(to=("Haruto Sato", "h-sato@kaigan-shoji.example"),
                       subject="Mock interview recording", date="2026-11-26 19:59 -0500",
                       text="Hi Haruto, here is the recording link from today. Priya\n"),
    headers=[],
    text="""いつもお世話になっております。
海岸商事株式会社 営業企画部の佐藤です。

誠に勝手ながら、11月27日（金）から12月1日（火）まで出張のため不在にしております。
12月2日（水）以降、順次ご返信いたします。

お急ぎの場合は、営業企画部（03-5555-0123）までご連絡ください。

※本メールは自動送信です。

佐藤 陽翔
海岸商事株式会社 営業企画部
""",
    label=L("Haruto Sato", "email", "ignored", traits="autoreply;lang:ja"))

add(id="ooo-hi-ananya", group="automated", t="email", mailer="gmail-vacation",
    date="2026-11-28 08:31 +0530",
    frm=("Ananya Iyer", "ananya.iyer@gmail.com"),
    subject="छुट्टी पर / On leave",
    reply_to_orig=dict(to=("Ananya Iyer", "ananya.iyer@gmail.com"),
                       subject="Offer negotiation worksheet (resent)", date="2026-11-27 22:00 -0500",
                       text="Hi Ananya, resending the worksheet to your personal address. Priya\n"),
    headers=[("Auto-Submitted", "auto-replied")],
    text="""नमस्ते!

मैं 30 नवंबर तक परिवार के साथ छुट्टी पर हूँ और ईमेल कम ही देख पाऊँगी। लौटकर जवाब दूँगी।

Hi! I'm away with family until 30 November and checking email only occasionally. I'll reply when I'm back.

धन्यवाद,
Ananya
""",
    label=L("Ananya Iyer", "email", "ignored", traits="autoreply;lang:hi"))

add(id="ooo-noheaders-liam", group="automated", t="email", mailer="webmail",
    date="2026-11-26 07:21 +1100",
    frm=("Liam O'Connor", "liam.oconnor@bigpond.com"),
    subject="Re: Prep for Friday",
    reply_to_orig=ORIG_LIAM,
    headers=[],
    text="""This is an automatic reply.

G'day, I'm at the Hunter Valley offsite until Monday 30/11 with patchy reception. I'm away until Monday; for anything urgent call me on 0491 570 156.

Cheers,
Liam
""",
    label=L("Liam O'Connor", "email", "ignored", traits="autoreply"))

add(id="helpdesk-ananya", group="automated", t="service",
    date="2026-11-30 10:02 +0530",
    frm=("Infosphere People Helpdesk", "peoplehelp@infosphere.example"),
    subject="[Ticket #HR-48213] Re: Offer negotiation — next steps",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "ServiceNow"),
             ("Precedence", "auto_reply")],
    html=True, brand="Infosphere People Helpdesk",
    text="""Dear Sender,

Thank you for contacting Infosphere People Helpdesk.

Your email to ananya.iyer@infosphere.example was received while the recipient is on leave
(Ananya Iyer, returning 01-Dec-2026). As per the mailbox policy, your message has been logged
with our helpdesk:

    Ticket number:  HR-48213
    Short description:  Re: Offer negotiation — next steps
    Priority:  4 - Low
    Assignment group:  People Helpdesk - Bengaluru

We received your ticket #HR-48213 and an associate will review it within 2 business days.
Please quote the ticket number in any further correspondence.

This is a system-generated email. Please do not reply to this message.

Regards,
Infosphere People Helpdesk
""",
    label=L("Ananya Iyer", "email", "ignored", traits="autoreply"))

# ----- calendar replies -----

EV_DANIEL = dict(summary="Career session — Daniel / Priya", start="2026-12-03 10:00", end="2026-12-03 11:00",
                 uid="5n2ql0v8k1c4r7h0q3t6bxw9f2@google.com")
add(id="cal-google-accept-daniel", group="automated", t="calendar", style="google",
    date="2026-11-27 21:14 -0500",
    frm=("Daniel Okafor", "daniel.okafor@gmail.com"),
    subject="Accepted: Career session — Daniel / Priya @ Thu Dec 3, 2026 10am - 11am (EST) (priya@ramanholt-careers.example)",
    method="REPLY", partstat="ACCEPTED", event=EV_DANIEL, comment=None,
    label=L("Daniel Okafor", "email", "ignored", traits="calendar"))

add(id="cal-outlook-accept-marcus", group="automated", t="calendar", style="outlook",
    date="2026-11-25 08:14 -0600",
    frm=("Marcus Webb", "mwebb@lakeshorelogistics.example"),
    subject="Accepted: Mock interview — panel format",
    method="REPLY", partstat="ACCEPTED",
    event=dict(summary="Mock interview — panel format", start="2026-12-01 10:00", end="2026-12-01 11:00",
               uid="040000008200E00074C5B7101A82E0080000000071C4E0B25E3FDB01000000000000000010000000"),
    comment=None,
    label=L("Marcus Webb", "email", "ignored", traits="calendar"))

add(id="cal-icloud-accept-thiago", group="automated", t="calendar", style="icloud",
    date="2026-11-25 11:02 -0300",
    frm=("Thiago Souza", "thiago.souza@icloud.com"),
    subject="Invitation Accepted: Mock interview (EN + PT)",
    method="REPLY", partstat="ACCEPTED",
    event=dict(summary="Mock interview (EN + PT)", start="2026-11-27 09:00", end="2026-11-27 10:15",
               uid="B7E1C2A4-5D3F-4C8E-9A61-2F0D7E4B91C3"), comment=None,
    label=L("Thiago Souza", "email", "ignored", traits="calendar"))

add(id="cal-outlook-decline-brianna", group="automated", t="calendar", style="outlook",
    date="2026-11-26 13:48 -0400",
    frm=("Brianna Caldwell", "bcaldwell@nshealth-partners.example"),
    subject="Declined: Session 5 — Brianna / Priya",
    method="REPLY", partstat="DECLINED",
    event=dict(summary="Session 5 — Brianna / Priya", start="2026-12-03 12:00", end="2026-12-03 13:00",
               uid="040000008200E00074C5B7101A82E00800000000D0A1B27E5C3FDB01000000000000000010000000"),
    comment="""Sorry Priya, I'm in Ottawa for the accreditation review that whole day. Could we move to Friday Dec 4 at 2 pm Atlantic, or is the following Tuesday better for you?""",
    label=L("Brianna Caldwell", "email", "reply_needed", traits="calendar"))

add(id="cal-google-tentative-valeria", group="automated", t="calendar", style="google",
    date="2026-11-29 20:40 -0600",
    frm=("Valeria Hernández", "valeria.hernandez.r@gmail.com"),
    subject="Tentatively Accepted: Sesión — Valeria / Priya @ Tue Dec 1, 2026 6pm - 7pm (EST) (priya@ramanholt-careers.example)",
    method="REPLY", partstat="TENTATIVE",
    event=dict(summary="Sesión — Valeria / Priya", start="2026-12-01 18:00", end="2026-12-01 19:00",
               uid="7hq2m4o6a8c0e2g4i6k8m0o2q4@google.com"),
    comment="""Puede que se me cruce el festival de la escuela de mi hija; te confirmo el lunes en cuanto sepa el horario.""",
    label=L("Valeria Hernández", "email", "fyi", traits="calendar;lang:es"))

add(id="cal-outlook-counter-katrin", group="automated", t="calendar", style="outlook-counter",
    date="2026-11-23 11:05 +0100",
    frm=("Vogel, Katrin", "k.vogel@brandenburg-energie.example"),
    subject="New Time Proposed: Coaching — Verhandlungsgespräch vorbereiten",
    method="COUNTER", partstat="TENTATIVE",
    event=dict(summary="Coaching — Verhandlungsgespräch vorbereiten", start="2026-11-25 09:00",
               end="2026-11-25 10:00", new_start="2026-11-25 10:00", new_end="2026-11-25 11:00",
               uid="040000008200E00074C5B7101A82E00800000000B3F09C1A4E3FDB01000000000000000010000000"),
    comment="""Would 16:00 CET on Wednesday work instead? The board meeting got moved into my morning.""",
    label=L("Katrin Vogel", "email", "reply_needed", traits="calendar"))


# =============================================================================================
# 2. Texts through carrier email-to-SMS/MMS gateways
# =============================================================================================

add(id="sms-rogers-daniel", group="gateway", t="gateway", style="plain",
    date="2026-11-26 09:56 -0500",
    frm="6475550129@pcs.rogers.com", subject=None, charset="us-ascii", cte="7bit",
    text="running 10 min late, TTC is a disaster this morning. start without me lol jk",
    label=L("Daniel Okafor", "sms", "fyi", traits="gateway;sms"))

add(id="sms-bell-brianna", group="gateway", t="gateway", style="plain",
    date="2026-11-23 21:30 -0400",
    frm="9025550148@txt.bell.ca", subject="", charset="windows-1252", cte="quoted-printable",
    text="Can we push tmrw to 3 instead of 1? Got pulled into a board thing \u2013 sorry!!",
    label=L("Brianna Caldwell", "sms", "reply_needed", traits="gateway;sms"))

add(id="mms-telus-aisha", group="gateway", t="gateway", style="mms-telus",
    date="2026-11-30 12:18 -0800",
    frm="17785550134@mms.telusmobility.com", subject="MMS",
    text="GOT THE OFFER \U0001F389\U0001F389 Telus Health said yes!!! call me when u can",
    image="IMG_4471.jpg",
    label=L("Aisha Rahman", "sms", "reply_needed", traits="gateway;mms;sms"))

add(id="sms-fido-chloe", group="gateway", t="gateway", style="plain",
    date="2026-11-28 18:07 -0500",
    frm="5145550188@fido.ca", subject=None, charset="iso-8859-1", cte="base64",
    text="Salut Priya! As-tu eu le temps de regarder ma lettre de présentation? L'entrevue chez Desjardins est lundi à 9h.",
    label=L("Chloé Tremblay", "sms", "reply_needed", traits="gateway;sms;lang:fr"))

add(id="sms-vtext-marcus", group="gateway", t="gateway", style="plain",
    date="2026-11-24 17:42 -0600",
    frm="3125550147@vtext.com", subject=None, charset="us-ascii", cte="7bit",
    text="Interview at Ardent went ok I think. Will tell u more next session",
    label=L("Marcus Webb", "sms", "fyi", traits="gateway;sms"))

add(id="mms-vzwpix-marcus-image", group="gateway", t="gateway", style="mms-vzwpix",
    date="2026-11-24 17:45 -0600",
    frm="3125550147@vzwpix.com", subject=None, text=None, image="IMG_20261124_174401.jpg",
    label=L("Marcus Webb", "sms", "fyi", traits="gateway;mms;sms"))

add(id="mms-att-jenna-distress", group="gateway", t="gateway", style="mms-att",
    date="2026-11-28 23:51 -0800",
    frm="2065550112@mms.att.net", subject=None,
    text="sorry to text so late. i keep thinking everyone would honestly be better off if i just wasnt around anymore. not sure why im telling u this. nvm its fine",
    label=L("Jenna Kowalski", "sms", "reply_needed", urgent="yes", traits="gateway;mms;sms;distress"))

add(id="mms-cricket-marcus", group="gateway", t="gateway", style="mms-cricket",
    date="2026-11-30 08:10 -0600",
    frm="7735550161@mms.cricketwireless.net", subject=None,
    text="quick q for tmrw - do u want the 3 job posts printed or just links?",
    label=L("Marcus Webb", "sms", "reply_needed", traits="gateway;mms;sms"))

add(id="sms-tmo-grace-1of2", group="gateway", t="gateway", style="plain",
    date="2026-11-29 15:02 -0500",
    frm="16175550193@tmomail.net", subject=None, charset="utf-8", cte="8bit",
    text="(1/2) Hi Priya! It's Grace Whitfield (spring cohort). Wanted you to hear it from me: I accepted the program director role at Harbor Literacy, starting Jan 11. I used the salary script",
    label=L("Grace Whitfield", "sms", "fyi", traits="gateway;sms;former"))

add(id="sms-tmo-grace-2of2", group="gateway", t="gateway", style="plain",
    date="2026-11-29 15:02 -0500",
    frm="16175550193@tmomail.net", subject=None, charset="utf-8", cte="8bit",
    text="(2/2) word for word and they came up 8k. Anyway, thank you for everything. No need to reply, just wanted you to know! \U0001F499",
    label=L("Grace Whitfield", "sms", "fyi", traits="gateway;sms;former"))

add(id="sms-sprint-unknown", group="gateway", t="gateway", style="plain",
    date="2026-11-25 12:33 -0600",
    frm="13125550199@pm.sprint.com", subject="", charset="us-ascii", cte="7bit",
    text="Hi is this Priya Raman-Holt the career coach? I got your number from Marcus Webb. Do you have openings for new clients in January?",
    label=L("", "sms", "", traits="gateway;sms"))

add(id="sms-au-liam", group="gateway", t="gateway", style="plain",
    date="2026-11-25 09:12 +1100",
    frm="0491570156@optusmobile.com.au", subject="SMS from 0491570156", charset="utf-8", cte="base64",
    text="mate the board meeting ran over, can we do 8am my time fri instead? (thats thu 4pm yours)",
    label=L("Liam O'Connor", "sms", "reply_needed", traits="gateway;sms"))

add(id="sms-uk-oliver", group="gateway", t="gateway", style="plain",
    date="2026-12-01 18:40 +0000",
    frm="+447700900456@mmail.co.uk", subject=None, charset="utf-8", cte="quoted-printable",
    text="Signed the contract!! Start 4 Jan. Pint's on me next time you're in London \U0001F37B",
    label=L("Oliver Bennett", "sms", "fyi", traits="gateway;sms"))

add(id="sms-in-ananya", group="gateway", t="gateway", style="plain",
    date="2026-11-25 21:10 +0530",
    frm="919845012345@sms.airtelmail.in", subject="Message from +919845012345", charset="utf-8", cte="base64",
    text="Priya ji, HR round kal 11am IST hai. bahut nervous hoon \U0001F605 any last tips??",
    label=L("Ananya Iyer", "sms", "reply_needed", traits="gateway;sms;lang:hi"))


# =============================================================================================
# 3. Phone-service notifications
# =============================================================================================

GV_FOOTER = """
YOUR ACCOUNT <https://voice.google.com>  HELP CENTER
<https://support.google.com/voice#topic=1707989>  HELP FORUM
<https://productforums.google.com/forum/#!forum/voice>

This email was sent to you because you indicated that you'd like to receive
email notifications for %s. If you don't want to receive such emails in
the future, please update your email notification settings
<https://voice.google.com/settings#messaging>.

Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
"""

add(id="gv-vm-daniel", group="phone", t="service", svc="googlevoice",
    date="2026-11-23 08:42 -0500",
    frm=("Google Voice", "voice-noreply@google.com"),
    subject="New voicemail from (647) 555-0129 at 8:42 AM",
    html=True, brand="Google Voice",
    text="""Hi Priya, it's Daniel. Just calling to confirm we're still on for Thursday. Also, could you take a look at my LinkedIn summary before then? I put the new version in the doc. Call me back when you get a chance. Thanks.

play message <https://voice.google.com/u/0/voicemail/message/AHwOX_BhQw2fZ8n3>
""" + GV_FOOTER % "voicemails",
    attach=[],
    label=L("Daniel Okafor", "voicemail", "reply_needed", traits="phone_service;voicemail"))

add(id="gv-text-chloe", group="phone", t="service", svc="googlevoice-text",
    date="2026-11-27 08:15 -0500",
    frm=("(514) 555-0188", "16475550100.15145550188.Xr4kPq9vZm@txt.voice.google.com"),
    subject="New text message from (514) 555-0188",
    html=True, brand="Google Voice",
    text="""Merci encore pour la séance d'hier! J'ai mis mon profil LinkedIn à jour ce matin et j'ai déjà deux messages de recruteurs.

To respond to this text message, reply to this email or visit Google Voice
<https://voice.google.com>.
""" + GV_FOOTER % "text messages",
    label=L("Chloé Tremblay", "sms", "fyi", traits="phone_service;sms;lang:fr"))

add(id="rc-vm-marcus", group="phone", t="service", svc="ringcentral",
    date="2026-11-25 13:07 -0500",
    frm=("RingCentral", "service@ringcentral.com"),
    subject="New Voice Message from WEBB MARCUS (773) 555-0161 on Wednesday, November 25, 2026 at 12:07 PM",
    html=True, brand="RingCentral",
    text="""Dear Priya Raman-Holt:

You have a new voice message:

From:           WEBB MARCUS (773) 555-0161
Received:       Wednesday, November 25, 2026 at 12:07 PM
Length:         00:38
To:             Priya Raman-Holt Ext. 101 (416) 555-0111

Transcription:
Hey Priya it's Marcus, calling from my work phone. The recruiter from Ardent Freight wants references by Friday. Can I put you down as one, or is that weird since you're my coach? Let me know. Thanks.

Transcription is computer generated and may not be 100% accurate.

Thank you for using RingCentral!
""",
    attach=[("Message_20261125_120716.mp3", "audio/mpeg")],
    label=L("Marcus Webb", "voicemail", "reply_needed", traits="phone_service;voicemail"))

add(id="vonage-vm-oliver-untranscribed", group="phone", t="service", svc="vonage",
    date="2026-11-30 06:24 -0500",
    frm=("Vonage Business", "no-reply@vonage.com"),
    subject="New Voicemail from 442079460321",
    html=True, brand="Vonage",
    text="""You have a new voicemail.

From: 442079460321
To: 14165550111 (Priya Raman-Holt)
Date: 11/30/2026 06:24 AM
Duration: 1 min 12 sec

Voicemail transcription is not available for this message.

The voicemail is attached to this email as an audio file. You can also listen to it in the
Vonage Business app.

Manage your notification settings at https://app.vonage.com/settings
""",
    attach=[("VM_442079460321_20261130.wav", "audio/wav")],
    label=L("Oliver Bennett", "voicemail", "reply_needed", traits="phone_service;voicemail;untranscribed"))

add(id="dialpad-vm-katrin-partial", group="phone", t="service", svc="dialpad",
    date="2026-11-24 12:30 -0500",
    frm=("Dialpad", "notifications@dialpad.com"),
    subject="New voicemail from +49 1512 3456789",
    html=True, brand="Dialpad",
    text="""New voicemail

+49 1512 3456789 left you a voicemail on your line (416) 555-0111.
Tue, Nov 24, 2026, 12:29 PM EST · 0:51

Transcript (partial)
"Hi Priya, it's Katrin. I got the [inaudible] from the hiring committee and they want an answer by [inaudible] ... so, um ... could you call me back before Friday? [inaudible] ... on my mobile. Danke."

Some parts of this voicemail could not be transcribed.

Listen in Dialpad: https://dialpad.com/app/voicemail/5829301847
""",
    attach=[("voicemail.mp3", "audio/mpeg")],
    label=L("Katrin Vogel", "voicemail", "reply_needed", traits="phone_service;voicemail;partial"))

add(id="quo-text-valeria", group="phone", t="service", svc="quo",
    date="2026-11-30 19:22 -0500",
    frm=("Quo", "notifications@openphone.com"),
    subject="New message from +52 55 4123 8765",
    html=True, brand="Quo (formerly OpenPhone)",
    text="""Priya's line · (416) 555-0111

New message from +52 55 4123 8765

"¡Ya mandé la solicitud! Mil gracias por la ayuda con la carta \U0001F64F"

Reply in Quo: https://my.openphone.com/inbox/PNx7Kq2/c/CNa91ZfE

You're receiving this because notifications for new messages are on.
""",
    label=L("Valeria Hernández", "sms", "fyi", traits="phone_service;sms;lang:es"))

add(id="quo-vm-unknown", group="phone", t="service", svc="quo",
    date="2026-11-26 14:05 -0500",
    frm=("Quo", "notifications@openphone.com"),
    subject="New voicemail from (416) 555-0177",
    html=True, brand="Quo (formerly OpenPhone)",
    text="""Priya's line · (416) 555-0111

New voicemail from (416) 555-0177 · 0:34

Transcript:
"Hi Priya, this is Mark Delacroix from Northline Talent Partners. We're putting together a list of coaches for our outplacement program in the new year and your name came up. Give me a call back at 416-555-0177 when you have a minute. Thanks."

Listen in Quo: https://my.openphone.com/inbox/PNx7Kq2/c/CNb03YtH
""",
    attach=[("voicemail.mp3", "audio/mpeg")],
    label=L("", "voicemail", "", traits="phone_service;voicemail"))

add(id="zoom-vm-brianna", group="phone", t="service", svc="zoom",
    date="2026-11-24 17:18 -0500",
    frm=("Zoom", "no-reply@zoom.us"),
    subject="You have a new voicemail from +19025550148",
    html=True, brand="Zoom Phone",
    text="""Hi Priya Raman-Holt,

You received a new voicemail.

Caller: +19025550148
Received: Nov 24, 2026 05:17 PM Eastern Time (US and Canada)
Duration: 00:00:27

Voicemail transcription:
Hi Priya, it's Brianna. Just wanted to say the panel went really well, they asked exactly the questions we practised. No need to call me back, see you Tuesday.

Play voicemail in Zoom: https://zoom.us/pbx/page/telephone/voicemail
""",
    attach=[("voicemail.mp3", "audio/mpeg")],
    label=L("Brianna Caldwell", "voicemail", "fyi", traits="phone_service;voicemail;negated"))

add(id="aircall-vm-liam-untranscribed", group="phone", t="service", svc="aircall",
    date="2026-11-29 17:40 -0500",
    frm=("Aircall", "notifications@aircall.io"),
    subject="New voicemail on Priya Coaching Line from +61 491 570 156",
    html=True, brand="Aircall",
    text="""New voicemail

Line: Priya Coaching Line (+1 416-555-0111)
From: +61 491 570 156
When: Sunday, November 29, 2026 5:40 PM (America/Toronto)
Duration: 0:44

Transcription not available.

Listen to the voicemail: https://assets.aircall.io/calls/1829374651/voicemail
""",
    attach=[],
    label=L("Liam O'Connor", "voicemail", "reply_needed", traits="phone_service;voicemail;untranscribed"))

add(id="8x8-vm-thandi-distress", group="phone", t="service", svc="8x8",
    date="2026-11-27 15:52 -0500",
    frm=("8x8 Voicemail", "voicemail@8x8.com"),
    subject="Voicemail from 27825551234 (0:58)",
    html=False,
    text="""You have a new voicemail message.

From: 27825551234
To: Priya Raman-Holt (x101)
Received: 11/27/2026 3:52 PM
Duration: 0:58

Transcription:
Hi Priya, it's Thandi. Sorry, I know it's not our day. I just, I don't really want to go home tonight. He's been, um, it's been bad since the retrenchment news and I'm a bit scared of what he'll do when he's been drinking. Anyway, sorry, it's probably nothing. Can you call me when you get this? Use my cell, not the house phone.

Voice message attached.
""",
    attach=[("msg0012.wav", "audio/wav")],
    label=L("Thandiwe Nkosi", "voicemail", "reply_needed", urgent="yes",
            traits="phone_service;voicemail;distress"))

add(id="nextiva-vm-aisha", group="phone", t="service", svc="nextiva",
    date="2026-11-25 18:03 -0500",
    frm=("Nextiva", "noreply@nextiva.com"),
    subject="New Voicemail: 6045550166",
    html=True, brand="Nextiva",
    text="""You have a new voicemail

Caller: 6045550166
Mailbox: Priya Raman-Holt (101)
Time: 11/25/2026 3:02 PM PST
Length: 0:41

Transcript:
Hi Priya, it's Aisha. Quick update, the second round went great, like, really great. The commute would kill me, honestly, but I'd take it in a heartbeat. I'll send you the details by email. Talk Thursday!
""",
    attach=[("voicemail-6045550166.wav", "audio/wav")],
    label=L("Aisha Rahman", "voicemail", "fyi", traits="phone_service;voicemail;idiom"))

add(id="grasshopper-vm-haruto-untranscribed", group="phone", t="service", svc="grasshopper",
    date="2026-11-30 20:11 -0500",
    frm=("Grasshopper", "notifications@grasshopper.com"),
    subject="New Voicemail from +819012345678",
    html=True, brand="Grasshopper",
    text="""You have a new voicemail!

From: +819012345678
To: Priya Raman-Holt Coaching (Ext. 1)
Received: 11/30/2026 8:11 PM
Length: 1:03

We couldn't transcribe this message. Listen to the attached audio file.

Log in to Grasshopper to manage your voicemail: https://app.grasshopper.com
""",
    attach=[("voicemail.mp3", "audio/mpeg")],
    label=L("Haruto Sato", "voicemail", "reply_needed", traits="phone_service;voicemail;untranscribed"))

add(id="teams-vm-ananya", group="phone", t="service", svc="teams",
    date="2026-11-26 07:46 -0500",
    frm=("Microsoft Teams", "noreply@email.teams.microsoft.com"),
    subject="Voicemail from +919845012345 (00:31)",
    html=True, brand="Microsoft Teams",
    headers=[("X-CallingTelephoneNumber", "+919845012345"), ("X-VoiceMessageDuration", "31"),
             ("X-VoiceMessageSenderName", "+919845012345"), ("Content-Class", "voice")],
    text="""You received a voicemail from +919845012345.

Transcription preview:
"Hi Priya, Ananya here. Just calling to say thank you, the HR round went well and they're sending the offer letter on Monday. Nothing urgent, we'll talk Thursday. Bye!"

The preview is generated automatically and may not be accurate. Play the attached audio to hear the full message.
""",
    attach=[("audio.mp3", "audio/mpeg")],
    label=L("Ananya Iyer", "voicemail", "fyi", traits="phone_service;voicemail"))

add(id="ooma-vm-jenna-partial", group="phone", t="service", svc="ooma",
    date="2026-11-24 14:20 -0500",
    frm=("Ooma Voicemail", "voicemail@ooma.com"),
    subject="New voicemail from (206) 555-0112",
    html=True, brand="Ooma",
    text="""Ooma Office

You have a new voicemail from (206) 555-0112 on 11/24/2026 at 2:19 PM, duration 0:48.

Voicemail transcript:
"Hi Priya it's Jenna, I'm calling about ... (unintelligible) ... the final round is on the eighth, so could we maybe add an extra session next week? ... (unintelligible) ... call me back when you can. Thanks."

Parts of this message could not be transcribed.

The voicemail is attached.
""",
    attach=[("VM_2065550112.mp3", "audio/mpeg")],
    label=L("Jenna Kowalski", "voicemail", "reply_needed", traits="phone_service;voicemail;partial"))

add(id="rogers-vvm-daniel", group="phone", t="service", svc="rogers",
    date="2026-11-23 19:48 -0500",
    frm=("Rogers Visual Voicemail", "vvm-noreply@rogers.com"),
    subject="New voicemail from 416-555-0173",
    html=True, brand="Rogers",
    text="""You have a new voicemail.

From: 416-555-0173
Date: Nov 23, 2026 7:47 PM
Length: 0:29

Voice to Text:
Hey Priya, Daniel again, sorry to bug you. I just realized the doc link I sent doesn't have comment access, I'll fix it tonight. Ignore my earlier voicemail about the summary, we can just go over it Thursday. Thanks.

Voice to Text is provided for convenience and may not be accurate.
The audio is attached to this email.
""",
    attach=[("voicemail.amr", "audio/amr")],
    label=L("Daniel Okafor", "voicemail", "fyi", traits="phone_service;voicemail;negated"))

add(id="lanternline-vm-rohan", group="phone", t="service", svc="lanternline",
    date="2026-11-28 10:15 -0500",
    frm=("Lanternline Voice", "alerts@lanternline.example"),
    subject="\U0001F4DE Voicemail · +91 98200 54321 · 0:37",
    html=True, brand="Lanternline",
    text="""Lanternline · new voicemail

Caller       +91 98200 54321 (India)
Line         Priya – Coaching
Left at      Sat 28 Nov, 10:15 AM
Length       0:37

What they said
Hi Priya, Rohan Mehta here, it's been ages. Just wanted to let you know I've moved to Pune and started my own consultancy, partly thanks to our sessions. No need to call back, I'll email you properly next week. Take care.

Open in Lanternline → https://app.lanternline.example/vm/88213
""",
    attach=[("lanternline-vm-88213.m4a", "audio/mp4")],
    label=L("Rohan Mehta", "voicemail", "fyi", traits="phone_service;voicemail;former;negated"))

add(id="porchbell-text-thiago", group="phone", t="service", svc="porchbell",
    date="2026-11-23 10:31 -0500",
    frm=("Porchbell", "texts@porchbell.example"),
    subject="Text from +55 11 98765 4321",
    html=False,
    text="""PORCHBELL — new text on your business number (416) 555-0111

From: +55 11 98765 4321 (Brazil)
At:   2026-11-23 10:31 EST

  Oi Priya! Can we do the mock interview in English on Friday? E depois uns 10 min em português se der 😅

Reply to this email to answer by text. Replies are sent from (416) 555-0111.
--
Porchbell · porchbell.example · Manage alerts: https://porchbell.example/alerts
""",
    label=L("Thiago Souza", "sms", "reply_needed", traits="phone_service;sms;lang:pt"))


# =============================================================================================
# 4. Services sending on a client's behalf
# =============================================================================================

add(id="gdocs-comment-katrin", group="on_behalf", t="service", svc="gdocs",
    date="2026-11-25 20:12 +0100",
    frm=("Katrin Vogel (via Google Docs)", "comments-noreply@docs.google.com"),
    reply_to=("Katrin Vogel", "katrin.vogel@web.de"),
    subject="Lebenslauf_KVogel_2026 - @priya@ramanholt-careers.example Is \"led\" too strong here?",
    html=True, brand="Google Docs",
    text="""Katrin Vogel mentioned you in a comment in the following document

Lebenslauf_KVogel_2026

    "Led the migration of 14 regional grid-planning tools to SAP S/4HANA"

Katrin Vogel
@priya@ramanholt-careers.example Is "led" too strong here? I only co-led the migration with Jonas, and he'll probably be a reference.

Reply   Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because you are mentioned in this thread.
Change what Google Docs sends you <https://docs.google.com/document/u/0/docos/notify?id=1kV9>. You can reply to this email to reply to the discussion.
""",
    label=L("Katrin Vogel", "email", "reply_needed", traits="on_behalf"))

add(id="gdrive-share-daniel", group="on_behalf", t="service", svc="gdrive",
    date="2026-11-23 21:30 -0500",
    frm=("Daniel Okafor (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Daniel Okafor", "daniel.okafor@gmail.com"),
    subject="Document shared with you: \"LinkedIn summary – v4\"",
    html=True, brand="Google Drive",
    text="""Daniel Okafor shared a document

Daniel Okafor (daniel.okafor@gmail.com) has invited you to edit the following document:

LinkedIn summary – v4

Open <https://docs.google.com/document/d/1pQ7xZ/edit?usp=sharing_eip>

If you don't want to receive files from this person, block the sender <https://drive.google.com/drive/blocksender> from Drive

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because daniel.okafor@gmail.com shared a document with you from Google Docs.
""",
    label=L("Daniel Okafor", "email", "ignored", traits="on_behalf"))

add(id="gsheets-share-marcus", group="on_behalf", t="service", svc="gdrive",
    date="2026-11-29 16:05 -0600",
    frm=("Marcus Webb (via Google Sheets)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Marcus Webb", "marcus.webb@yahoo.com"),
    subject="Spreadsheet shared with you: \"Job tracker – MW\"",
    html=True, brand="Google Sheets",
    text="""Marcus Webb shared a spreadsheet

Marcus Webb (marcus.webb@yahoo.com) has invited you to view the following spreadsheet:

    Here's the tracker as promised. 14 applications out, 3 callbacks, 1 final round (Ardent). Nothing to do with it, just so you can see where things stand.

Job tracker – MW

Open <https://docs.google.com/spreadsheets/d/1Zt4hB/edit?usp=sharing_eip>

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because marcus.webb@yahoo.com shared a spreadsheet with you from Google Sheets.
""",
    label=L("Marcus Webb", "email", "fyi", traits="on_behalf"))

add(id="calendly-ananya-question", group="on_behalf", t="service", svc="calendly",
    date="2026-12-01 21:44 +0530",
    frm=("Ananya Iyer via Calendly", "notifications@calendly.com"),
    reply_to=("Ananya Iyer", "ananya.iyer@gmail.com"),
    subject="New Event: Ananya Iyer - 09:30am Thu, Dec 3, 2026 - 60-minute coaching session",
    html=True, brand="Calendly",
    text="""Hi Priya Raman-Holt,

A new event has been scheduled.

Event Type:
60-minute coaching session

Invitee:
Ananya Iyer

Invitee Email:
ananya.iyer@gmail.com

Event Date/Time:
09:30am - 10:30am (Eastern Time - US & Canada) on Thursday, December 3, 2026

Location:
This is a Zoom web conference.
https://us06web.zoom.us/j/84120937715

Invitee Time Zone:
India Standard Time

Questions:

Please share anything that will help prepare for our meeting.
The offer letter arrived: 18 LPA fixed plus variable. Is it normal to ask for a joining bonus in India, or will that look greedy? I'd like to decide before I reply to them on Monday.

View event in Calendly <https://calendly.com/scheduled_events/EB7Q2R>

Pro Tip! Take Calendly anywhere you work. Access Calendly from your favorite apps.

Sent from Calendly
Report this event <https://calendly.com/report>
""",
    label=L("Ananya Iyer", "email", "reply_needed", traits="on_behalf"))

add(id="calendly-aisha-no-question", group="on_behalf", t="service", svc="calendly",
    date="2026-11-30 12:40 -0800",
    frm=("Aisha Rahman via Calendly", "notifications@calendly.com"),
    reply_to=("Aisha Rahman", "aisha.rahman@zohomail.com"),
    subject="New Event: Aisha Rahman - 04:00pm Wed, Dec 2, 2026 - 30-minute focus call",
    html=True, brand="Calendly",
    text="""Hi Priya Raman-Holt,

A new event has been scheduled.

Event Type:
30-minute focus call

Invitee:
Aisha Rahman

Invitee Email:
aisha.rahman@zohomail.com

Event Date/Time:
04:00pm - 04:30pm (Eastern Time - US & Canada) on Wednesday, December 2, 2026

Location:
Phone call. Priya will call the invitee at +1 778-555-0134.

Invitee Time Zone:
Pacific Time - US & Canada

Questions:

What would you like to focus on?
The salary conversation with Telus Health before I sign.

Is there anything I should know before we meet?
Not really, just that I'll be calling in from the car between school pickups.

What does a great outcome look like for you?
A number I'm confident saying out loud.

View event in Calendly <https://calendly.com/scheduled_events/EC3K8W>

Sent from Calendly
""",
    label=L("Aisha Rahman", "email", "fyi", traits="on_behalf"))

add(id="typeform-oliver", group="on_behalf", t="service", svc="typeform",
    date="2026-11-22 11:20 +0000",
    frm=("Oliver Bennett via Typeform", "notifications@typeform.com"),
    reply_to=("Oliver Bennett", "oliver.bennett@btinternet.com"),
    subject="New response: Mid-programme check-in",
    html=True, brand="Typeform",
    text="""You've got a new response to Mid-programme check-in

Respondent: Oliver Bennett (oliver.bennett@btinternet.com)
Submitted: 22 Nov 2026, 11:19 GMT

1. How are you feeling about your search right now, from 1 to 10?
8

2. What's been the biggest win since we started?
Getting to the final round at Hargreaves, and actually enjoying the interview for once.

3. Is there anything you'd like to change about our sessions?
No, the pace is right.

4. Anything else you'd like Priya to know?
—

See all responses <https://admin.typeform.com/form/Kx3pQ9/results#responses>

Typeform · You're receiving this because you turned on response notifications for this form.
""",
    label=L("Oliver Bennett", "email", "fyi", traits="on_behalf"))

add(id="jotform-liam-question", group="on_behalf", t="service", svc="jotform",
    date="2026-11-27 08:55 +1100",
    frm=("Jotform", "noreply@jotform.com"),
    reply_to=("Liam O'Connor", "liam.oconnor@bigpond.com"),
    subject="Session feedback - new submission from Liam O'Connor",
    html=True, brand="Jotform",
    text="""Session feedback

Name               Liam O'Connor
Email              liam.oconnor@bigpond.com
Session date       26-11-2026
How useful was today's session?   ★★★★★ (5)
What would you like to cover next time?
                   Salary negotiation. Could we spend the whole hour on it? And do you have a template for a counter-offer email you could send me before Friday?
Anything else?     Cheers for fitting me in early.

You can edit this submission and view all your submissions easily.
Jotform · 4 Embarcadero Center, Suite 780, San Francisco CA 94111
""",
    label=L("Liam O'Connor", "email", "reply_needed", traits="on_behalf"))

add(id="zoom-scheduler-brianna", group="on_behalf", t="service", svc="zoom",
    date="2026-11-30 10:12 -0400",
    frm=("Brianna Caldwell via Zoom", "no-reply@zoom.us"),
    reply_to=("Brianna Caldwell", "bcaldwell@nshealth-partners.example"),
    subject="Brianna Caldwell booked: Career coaching (50 min) on Fri, Dec 4, 2026",
    html=True, brand="Zoom Scheduler",
    text="""Hi Priya Raman-Holt,

Brianna Caldwell has booked a new appointment with you.

Appointment: Career coaching (50 min)
When: Friday, December 4, 2026 · 1:00 PM - 1:50 PM Eastern Time (US and Canada)
Invitee: Brianna Caldwell (bcaldwell@nshealth-partners.example)
Location: Zoom meeting (link added to the calendar event)
Notes from invitee: (none)

Reschedule or cancel: https://scheduler.zoom.us/manage/a7f2k9

Zoom Video Communications, Inc. · 55 Almaden Blvd, San Jose, CA 95113
""",
    label=L("Brianna Caldwell", "email", "ignored", traits="on_behalf"))

add(id="docusign-thiago-request", group="on_behalf", t="service", svc="docusign",
    date="2026-11-30 14:20 -0300",
    frm=("Thiago Souza via Docusign", "dse_NA3@docusign.net"),
    reply_to=("Thiago Souza", "thiago.souza@uol.com.br"),
    subject="Please DocuSign: Reference_Consent_Form_TSouza.pdf",
    html=True, brand="Docusign",
    text="""Thiago Souza sent you a document to review and sign.

REVIEW DOCUMENT <https://na3.docusign.net/Signing/EmailStart.aspx?a=4f1c&etti=24>

Thiago Souza
thiago.souza@uol.com.br

Hi Priya, the HR team at Vale Digital needs your signature on this reference consent form by Wednesday. Could you sign it when you have a minute? Obrigado!

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
6A2F9C41E8B34D0FA1C7

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""",
    label=L("Thiago Souza", "email", "reply_needed", traits="on_behalf"))

add(id="dropbox-daniel-question", group="on_behalf", t="service", svc="dropbox",
    date="2026-11-29 11:48 -0500",
    frm=("Daniel Okafor (via Dropbox)", "no-reply@dropbox.com"),
    reply_to=("Daniel Okafor", "daniel.okafor@gmail.com"),
    subject="Daniel Okafor shared \"Portfolio_2026\" with you",
    html=True, brand="Dropbox",
    text="""Daniel Okafor shared a folder with you

"Here's the portfolio. Which 3 pieces would you lead with for the Shopify interview?"

Portfolio_2026
11 files

Go to folder <https://www.dropbox.com/scl/fo/x8a2k/h?dl=0>

Enjoy!
The Dropbox team

© 2026 Dropbox, Inc.
You received this email because Daniel Okafor (daniel.okafor@gmail.com) shared a folder with you. Report abuse.
""",
    label=L("Daniel Okafor", "email", "reply_needed", traits="on_behalf"))

add(id="signnow-chloe", group="on_behalf", t="service", svc="signnow",
    date="2026-11-21 14:09 -0500",
    frm=("Chloé Tremblay via signNow", "noreply@signnow.com"),
    reply_to=("Chloé Tremblay", "chloe.tremblay@videotron.ca"),
    subject="Chloé Tremblay has signed \"Entente de coaching 2027\"",
    html=True, brand="signNow",
    text="""Document signed

Chloé Tremblay (chloe.tremblay@videotron.ca) has signed the document "Entente de coaching 2027".

All parties have now signed. A copy of the completed document is available in your signNow account.

View document <https://app.signnow.com/webapp/document/3c91d0e2>

signNow by airSlate · This is an automated message, please do not reply.
""",
    label=L("Chloé Tremblay", "email", "ignored", traits="on_behalf"))

add(id="msforms-haruto", group="on_behalf", t="service", svc="msforms",
    date="2026-11-29 22:31 +0900",
    frm=("Microsoft Forms", "noreply@forms.office.com"),
    reply_to=("Haruto Sato", "h-sato@kaigan-shoji.example"),
    subject="New response received for Weekly reflection",
    html=True, brand="Microsoft Forms",
    text="""Microsoft Forms

You have a new response for your form

Weekly reflection

Responder: h-sato@kaigan-shoji.example
Submitted: 29/11/2026 22:31

View results <https://forms.office.com/Pages/DesignPageV2.aspx?subpage=design&id=Rk2y&analysis=true>

To stop receiving these notifications, open your form, select More form settings > Settings and clear "Get email notification of each response".

Microsoft respects your privacy. Read our privacy statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("Haruto Sato", "email", "ignored", traits="on_behalf"))


# =============================================================================================
# 5. Negatives: not from a client
# =============================================================================================

add(id="linkedin-viewed-jenna", group="negative", t="service", svc="linkedin",
    date="2026-11-26 06:32 -0800",
    frm=("LinkedIn", "notifications-noreply@linkedin.com"),
    subject="Jenna Kowalski viewed your profile",
    headers=[("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>")],
    html=True, brand="LinkedIn",
    text="""Priya, your profile is getting noticed

Jenna Kowalski viewed your profile
Senior Data Analyst (open to work) · Seattle, Washington

See all views <https://www.linkedin.com/me/profile-views/>

You appeared in 23 searches this week.

This email was intended for Priya Raman-Holt (Career coach · Toronto).
Learn why we included this. You are receiving notification emails.
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    label=L("", "email", "", traits="mentions_client"))

add(id="calendly-marcus-noreplyto", group="negative", t="service", svc="calendly",
    date="2026-11-24 19:10 -0600",
    frm=("Calendly", "notifications@calendly.com"),
    subject="New Event: Marcus Webb - 10:00am Tue, Dec 1, 2026 - 60-minute coaching session",
    html=True, brand="Calendly",
    text="""Hi Priya Raman-Holt,

A new event has been scheduled.

Event Type:
60-minute coaching session

Invitee:
Marcus Webb

Invitee Email:
marcus.webb@yahoo.com

Event Date/Time:
10:00am - 11:00am (Eastern Time - US & Canada) on Tuesday, December 1, 2026

Location:
This is a Zoom web conference.

Invitee Time Zone:
Central Time - US & Canada

View event in Calendly <https://calendly.com/scheduled_events/EA1Z5P>

Sent from Calendly
""",
    label=L("", "email", "", traits="mentions_client"))

add(id="stripe-receipt-liam", group="negative", t="service", svc="stripe",
    date="2026-11-27 17:03 -0500",
    frm=("Stripe", "notifications@stripe.com"),
    subject="Payment received: CA$480.00 from Liam O'Connor",
    html=True, brand="Stripe",
    text="""Ramanholt Careers

You received a payment of CA$480.00

Customer      Liam O'Connor (liam.oconnor@bigpond.com)
Description   December package – 2 sessions
Payment date  Nov 27, 2026, 5:02 PM EST
Method        Visa ending in 4242
Payment ID    pi_3QkT8d2eZvKYlo2C0q1Z7a9x

View payment in the Dashboard <https://dashboard.stripe.com/payments/pi_3QkT8d2eZvKYlo2C0q1Z7a9x>

You're receiving this email because you have payment notifications turned on.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""",
    label=L("", "email", "", traits="mentions_client"))

add(id="gdocs-comment-stranger", group="negative", t="service", svc="gdocs",
    date="2026-11-28 13:20 -0500",
    frm=("Samira Haddad (via Google Docs)", "comments-noreply@docs.google.com"),
    reply_to=("Samira Haddad", "samira.haddad@hey.com"),
    subject="Workshop outline – Jan 2027 - Could you look at section 3 before Friday?",
    html=True, brand="Google Docs",
    text="""Samira Haddad added a comment to the following document

Workshop outline – Jan 2027

    "Section 3: negotiating your first offer"

Samira Haddad
@priya@ramanholt-careers.example Could you look at section 3 before Friday? I think it overlaps with what Daniel's cohort covered.

Reply   Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because you are mentioned in this thread.
""",
    label=L("", "email", "", traits="on_behalf"))

add(id="newsletter-collective", group="negative", t="service", svc="newsletter",
    date="2026-11-30 06:00 -0500",
    frm=("The Career Coaches Collective", "newsletter@careercoachescollective.example"),
    subject="This week: pricing your 2027 packages (and a question for you)",
    headers=[("List-Unsubscribe", "<mailto:unsubscribe@careercoachescollective.example?subject=unsubscribe>, <https://careercoachescollective.example/u/8Kq2>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("List-Id", "Collective Weekly <weekly.careercoachescollective.example>"),
             ("X-Mailer", "Mailchimp Mailer - **CID4f2a9c0e1b7d**")],
    html=True, brand="The Career Coaches Collective",
    text="""THE COLLECTIVE WEEKLY · 30 November 2026

Hi Priya,

Are you raising your rates in January? Most of our members are, and this week we look at how.

1. Pricing your 2027 packages: three models that work for career coaches
2. Member story: how Dana moved from hourly to quarterly retainers
3. Holiday slowdown? Five things to do with a quiet December

Hit reply and tell us: what's the one tool you couldn't run your practice without?

See you next week,
The Collective team

You're receiving this because you joined the Career Coaches Collective.
Update your preferences or unsubscribe.
""",
    label=L("", "email", "", traits=""))

add(id="bounce-stranger", group="negative", t="dsn", style="postfix",
    date="2026-11-25 13:07 -0500",
    sender=("Mail Delivery System", "MAILER-DAEMON@smtp.ramanholt-careers.example"),
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host smtp.ramanholt-careers.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<events@torontohrsummit.example>: host mail.torontohrsummit.example[192.0.2.44]
    said: 550 5.1.1 <events@torontohrsummit.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""",
    status="""Reporting-MTA: dns; smtp.ramanholt-careers.example
X-Postfix-Queue-ID: 4HkQ0b1Tt8z1xS2
X-Postfix-Sender: rfc822; priya@ramanholt-careers.example
Arrival-Date: Wed, 25 Nov 2026 13:05:40 -0500 (EST)

Final-Recipient: rfc822; events@torontohrsummit.example
Original-Recipient: rfc822;events@torontohrsummit.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.torontohrsummit.example
Diagnostic-Code: smtp; 550 5.1.1 <events@torontohrsummit.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
    original=ORIG_EVENTS, returned="full",
    label=L("", "email", "", traits="bounce"))


# =============================================================================================
# 6. Controls: ordinary client mail, tagged by content
# =============================================================================================

add(id="email-daniel-update", group="control", t="email", mailer="gmail",
    date="2026-11-22 20:14 -0500",
    frm=("Daniel Okafor", "daniel.okafor@gmail.com"),
    subject="Update since Thursday (long, sorry)",
    text="""Hi Priya,

Quick (ok, not quick) update since Thursday.

- Finished the values exercise. "Autonomy" and "craft" came out on top, which explains a lot about why the claims job feels so heavy.
- Coffee chat with Farah at Shopify went great. She offered to refer me once a product ops role opens up.
- I still haven't touched the cover letter. I keep opening it and closing it again.

One thing: could you send me the "pain letter" template you mentioned? I want to try it for the Wealthsimple role before it closes on the 30th.

Also, my brother asked me over dinner "why would you leave a stable insurance job?" and I'm still chewing on that one. Probably something for Thursday.

Thanks,
Daniel
""",
    label=L("Daniel Okafor", "email", "reply_needed", traits="reported"))

add(id="email-chloe-news", group="control", t="email", mailer="thunderbird", lang="fr",
    date="2026-11-21 09:40 -0500",
    frm=("Chloé Tremblay", "chloe.tremblay@videotron.ca"),
    subject="Bonne nouvelle!",
    text="""Bonjour Priya,

Petite bonne nouvelle pour commencer la fin de semaine : j'ai été convoquée en deuxième entrevue chez Desjardins, pour le poste de conseillère en développement organisationnel! L'entrevue est lundi le 30.

J'ai utilisé l'histoire du projet de fusion comme on l'avait pratiquée, et la gestionnaire a pris plein de notes.

Merci pour ton aide, vraiment. On s'en reparle jeudi.

Chloé
""",
    label=L("Chloé Tremblay", "email", "fyi", traits="lang:fr"))

add(id="email-haruto-ja", group="control", t="email", mailer="iphone",
    date="2026-11-24 22:05 +0900",
    frm=("佐藤陽翔", "haruto.sato@nifty.com"),
    subject="来週のセッションについて / next session",
    text="""プリヤさん

いつもありがとうございます。
来週のセッションですが、英語の面接練習を中心にしていただけますか？
特に「なぜ転職するのか」の答え方がまだ不安です。

Also, could you send me the list of behavioural questions again? I think the first email did not arrive.

よろしくお願いします。
佐藤

Sent from my iPhone
""",
    label=L("Haruto Sato", "email", "reply_needed", traits="lang:ja"))

add(id="email-siobhan-former-news", group="control", t="email", mailer="outlook", 
    date="2026-11-30 12:15 +0000",
    frm=("Siobhan Clarke", "siobhan.clarke@sky.com"),
    subject="Some news!",
    text="""Hi Priya,

Long time! I hope you're well and that Toronto isn't too cold yet.

I just wanted to share some news: I've been promoted to Head of Partnerships at Northgate Arts, starting in January. It's the role we sketched out on that whiteboard back in May, almost word for word.

No need to reply, I just wanted you to know the work we did paid off.

With love from Manchester,
Siobhan
""",
    label=L("Siobhan Clarke", "email", "fyi", traits="former;announcement"))

add(id="email-thiago-rhetorical", group="control", t="email", mailer="webmail", charset="iso-8859-1",
    date="2026-11-26 19:30 -0300",
    frm=("Thiago Souza", "thiago.souza@uol.com.br"),
    subject="Re: Update da semana",
    reply_to_orig=dict(to=("Thiago Souza", "thiago.souza@uol.com.br"), subject="Update da semana",
                       date="2026-11-26 08:30 -0500", text="Oi Thiago, how did the week go? Any news from Nubank?\n"),
    quote=dict(intro="Em 26/11/2026 10:30, Priya Raman-Holt escreveu:",
               text="Oi Thiago, how did the week go? Any news from Nubank?\n\nPriya"),
    text="""Oi Priya,

Semana corrida! Sent three more applications (Nubank, Vale Digital and a startup in Campinas). Quem é que contrata em dezembro, né? Everyone's already in holiday mode here. Anyway, I'm not stopping.

The mock interview on Friday is still on; I'll be ready at 11h my time.

Abraço,
Thiago
""",
    label=L("Thiago Souza", "email", "fyi", traits="rhetorical;quoted;lang:pt"))

add(id="email-katrin-idiom", group="control", t="email", mailer="outlook", charset="windows-1252",
    date="2026-11-30 08:02 +0100",
    frm=("Vogel, Katrin", "k.vogel@brandenburg-energie.example"),
    subject="Negotiation prep",
    text="""Hi Priya,

This negotiation prep is killing me (in a good way, mostly). I've written down my three numbers like you said, and the walk-away one still feels too high, but I'll keep it.

Could you send me the BATNA worksheet before Wednesday? I want to fill it in on the train to Cottbus.

Viele Grüße
Katrin

Katrin Vogel
Leiterin Netzplanung
Brandenburg Energie GmbH | Am Kanal 12 | 14467 Potsdam
Sitz der Gesellschaft: Potsdam · Amtsgericht Potsdam HRB 12345
""",
    label=L("Katrin Vogel", "email", "reply_needed", traits="idiom"))

add(id="email-aisha-reported", group="control", t="email", mailer="zoho",
    date="2026-11-28 11:25 -0800",
    frm=("Aisha Rahman", "aisha.rahman@zohomail.com"),
    subject="Counter from my manager",
    text="""Hi Priya,

Quick update before Wednesday: when I told my manager about the Telus Health offer, she asked whether I'd consider staying if they matched it. I told her I'd think about it over the weekend.

I'm leaning no. It's not really about the money, and we both know it.

I'll bring it to our call.

Aisha
""",
    label=L("Aisha Rahman", "email", "fyi", traits="reported"))

add(id="email-marcus-distress", group="control", t="email", mailer="iphone",
    date="2026-11-27 22:48 -0600",
    frm=("Marcus Webb", "marcus.webb@yahoo.com"),
    subject="thanks + Ardent",
    text="""Hey Priya

Great session Tuesday, thanks. Applied to 4 more places. Honestly I'm starting to feel like I'm just a burden on everyone, Dana's been carrying the house and my team would probably be better off without me dragging them down. lol anyway

Can we look at the Ardent posting on Tuesday? They moved the deadline up.

M

Sent from my iPhone
""",
    label=L("Marcus Webb", "email", "reply_needed", urgent="yes", traits="distress"))
