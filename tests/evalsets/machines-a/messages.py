"""The words and the labels of the machines-a set. build.py turns each entry into an .eml.

Each entry: file, client (roster name or ""), kind, tag, urgent, traits, and what the builder
named by "type" needs. Dates are 'YYYY-MM-DD HH:MM[:SS] ±HHMM'. The coach is Dana Whitfield,
dana@whitfield-coaching.example, on Google Workspace, in New York.
"""

COACH = ("Dana Whitfield", "dana@whitfield-coaching.example")

SIG = "\n\nWarmly,\nDana\n\n--\nDana Whitfield, PCC\nWhitfield Coaching · Brooklyn, NY\n(718) 555-0100 · whitfield-coaching.example\n"

MESSAGES = []


def add(**m):
    m.setdefault("urgent", "no")
    m.setdefault("traits", "")
    MESSAGES.append(m)


# =====================================================================================
# 1. Automated mail from or for a client: all ignored
# =====================================================================================

# --- Postfix bounce of mail to Kara's old work address (she left Brightline) -----------
add(
    file="m01-postfix-bounce.eml", client="Kara Mendez", kind="email", tag="ignored", traits="bounce",
    type="dsn",
    from_=("Mail Delivery System", "MAILER-DAEMON@smtp2.brightline-analytics.example"),
    return_path="<>", relay="smtp2.brightline-analytics.example", ip="203.0.113.25",
    subject="Undelivered Mail Returned to Sender",
    date="2026-12-01 09:14:07 -0500",
    mid_domain="smtp2.brightline-analytics.example",
    message_id="<20261201141407.4QkX2d1Zxqz9sWb@smtp2.brightline-analytics.example>",
    headers=[("Auto-Submitted", "auto-replied")],
    boundary="4QkX2d1Zxqz9sWb.1796138047/smtp2.brightline-analytics.example",
    human_extra=[("Content-Description", "Notification")],
    status_extra=[("Content-Description", "Delivery report")],
    returned_extra=[("Content-Description", "Undelivered Message")],
    human="""This is the mail system at host smtp2.brightline-analytics.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kmendez@brightline-analytics.example>: host
    exch01.corp.brightline-analytics.example[10.20.0.14] said: 550 5.1.1
    <kmendez@brightline-analytics.example>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
""",
    status="""Reporting-MTA: dns; smtp2.brightline-analytics.example
X-Postfix-Queue-ID: 4QkX2d1Zxqz9sWb
X-Postfix-Sender: rfc822; dana@whitfield-coaching.example
Arrival-Date: Tue,  1 Dec 2026 14:14:05 +0000 (UTC)

Final-Recipient: rfc822; kmendez@brightline-analytics.example
Original-Recipient: rfc822;kmendez@brightline-analytics.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; exch01.corp.brightline-analytics.example
Diagnostic-Code: smtp; 550 5.1.1 <kmendez@brightline-analytics.example>:
    Recipient address rejected: User unknown in local recipient table
""",
    original=dict(
        to=("Kara Mendez", "kmendez@brightline-analytics.example"),
        subject="Thursday + the values worksheet",
        date="2026-12-01 09:14:01 -0500",
        received=["from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n        by smtp2.brightline-analytics.example (Postfix) with ESMTPS id 4QkX2d1Zxqz9sWb\n        for <kmendez@brightline-analytics.example>; Tue,  1 Dec 2026 14:14:05 +0000 (UTC)"],
        body="Hi Kara,\n\nGreat session today. As promised, the values worksheet is attached below as a list.\nCould you pick your top five before Thursday and send them over? No need to be\nprecise, gut feeling is fine.\n\n  - freedom  - craft  - family  - security  - play  - honesty\n" + SIG,
    ),
)

# --- Microsoft 365 / Exchange NDR for Lukas's consultancy address ---------------------
add(
    file="m02-exchange-ndr.eml", client="Lukas Weber", kind="email", tag="ignored", traits="bounce",
    type="dsn",
    from_=("Microsoft Outlook", "postmaster@weberconsult.onmicrosoft.com"),
    return_path="<>", relay="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.91",
    subject="Undeliverable: Notes from today + one question",
    date="2026-12-01 16:32:44 +0000",
    mid_style="outlook", mid_domain="AM0PR07MB6411.eurprd07.prod.outlook.com",
    headers=[
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-US"),
        ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ],
    human="""Your message to l.weber@weber-consult.example couldn't be delivered.

l.weber wasn't found at weber-consult.example.

dana       Office 365      l.weber
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  * Retype the recipient's address, then resend the message.
  * If you're using Outlook, open this message and choose Send Again.
  * Remove the recipient's entry from your autocomplete list, then resend.

If the problem continues, forward this message to your email admin.

Diagnostic information for administrators:

Generating server: AM0PR07MB6411.eurprd07.prod.outlook.com

l.weber@weber-consult.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from AM6PR10CA0021.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:209:89::34)
 by AM0PR07MB6411.eurprd07.prod.outlook.com (2603:10a6:208:11e::18) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7918.24; Tue, 1 Dec
 2026 16:32:43 +0000
""",
    human_charset="utf-8", human_cte="quoted-printable",
    human_html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:15px">Your message to <a href="mailto:l.weber@weber-consult.example">l.weber@weber-consult.example</a> couldn't be delivered.</p>
<p style="font-size:21px;color:#000">l.weber wasn't found at weber-consult.example.</p>
<table><tr><td>dana</td><td>Office 365</td><td>l.weber</td></tr>
<tr><td></td><td style="color:#c00000">Action Required</td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p style="font-size:17px">How to Fix It</p>
<p>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Retype the recipient's address, then resend the message.</li>
<li>If you're using Outlook, open this message and choose <b>Send Again</b>.</li>
<li>Remove the recipient's entry from your autocomplete list, then resend.</li></ul>
<p>If the problem continues, forward this message to your email admin.</p>
<p style="color:#666">Diagnostic information for administrators:<br>Generating server: AM0PR07MB6411.eurprd07.prod.outlook.com<br>
l.weber@weber-consult.example<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>
""",
    status="""Reporting-MTA: dns;AM0PR07MB6411.eurprd07.prod.outlook.com
Received-From-MTA: dns;mail-wr1-f45.google.com
Arrival-Date: Tue, 1 Dec 2026 16:32:41 +0000

Final-Recipient: rfc822;l.weber@weber-consult.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
    original=dict(
        to=("Lukas Weber", "l.weber@weber-consult.example"),
        subject="Notes from today + one question",
        date="2026-12-01 11:32:30 -0500",
        received=["from mail-wr1-f45.google.com (209.85.221.45) by\n AM6PR10CA0021.mail.protection.outlook.com (10.167.242.71) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.7918.24 via\n Frontend Transport; Tue, 1 Dec 2026 16:32:41 +0000"],
        body="Hi Lukas,\n\nThanks for today. Notes below, as usual, in your words as best I caught them.\n\n1. The promotion conversation: you want to go in with the three projects, not the title.\n2. Mornings: phone in the kitchen until 8.\n\nOne question for you: would you rather move to every other week in January, or keep weekly\nthrough the review? Let me know when you can." + SIG,
    ),
)

# --- Exim plain-text bounce (mailbox full) for Pieter ---------------------------------
add(
    file="m03-exim-bounce.eml", client="Pieter de Vries", kind="email", tag="ignored", traits="bounce",
    type="text_bounce",
    from_=("Mail Delivery System", "Mailer-Daemon@mx2.kpnmail-hosting.example"),
    return_path="<>", relay="mx2.kpnmail-hosting.example", ip="192.0.2.77",
    subject="Mail delivery failed: returning message to sender",
    date="2026-12-02 15:05:19 +0100",
    mid_domain="mx2.kpnmail-hosting.example",
    message_id="<E1vQk7T-0004Zx-2c@mx2.kpnmail-hosting.example>",
    headers=[("X-Failed-Recipients", "pieter@devries.example.nl"), ("Auto-Submitted", "auto-replied")],
    human="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pieter@devries.example.nl
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <dana@whitfield-coaching.example>
Received: from mail-sor-f41.google.com ([209.85.220.41])
	by mx2.kpnmail-hosting.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <dana@whitfield-coaching.example>)
	id 1vQfX1-0002Ab-0t
	for pieter@devries.example.nl;
	Mon, 30 Nov 2026 21:02:51 +0100
{original}""",
    original=dict(
        to=("Pieter de Vries", "pieter@devries.example.nl"),
        subject="Re: the conversation with Marloes",
        date="2026-11-30 15:02:47 -0500",
        body="Hi Pieter,\n\nThat sounds like it took real courage. I'm glad you said it out loud, even\nimperfectly. Do you want to spend Thursday on what comes next, or give it a week\nto settle first? Either is fine." + SIG,
    ),
)

# --- qmail "failure notice" for Theo -------------------------------------------------
add(
    file="m04-qmail-failure.eml", client="Theo Nakamura-Price", kind="email", tag="ignored", traits="bounce",
    type="text_bounce",
    from_="MAILER-DAEMON@mail.np-studio.example",
    return_path="<>", relay="mail.np-studio.example", ip="198.51.100.61",
    subject="failure notice",
    date="2026-12-02 10:41:09 -0000",
    mid_domain="mail.np-studio.example",
    message_id="<20261202104109.29871.qmail@mail.np-studio.example>",
    human="""Hi. This is the qmail-send program at mail.np-studio.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<theo@np-studio.example>:
user is over quota

--- Below this line is a copy of the message.

Return-Path: <dana@whitfield-coaching.example>
Received: (qmail 29866 invoked from network); 2 Dec 2026 10:41:08 -0000
Received: from mail-sor-f41.google.com (209.85.220.41)
  by mail.np-studio.example with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 2 Dec 2026 10:41:08 -0000
{original}""",
    original=dict(
        to=("Theo Nakamura-Price", "theo@np-studio.example"),
        subject="Portfolio review — can you send the PDF?",
        date="2026-12-02 05:41:02 -0500",
        body="Morning Theo,\n\nBefore Friday, could you send me the latest portfolio PDF? I'd like to read it\nslowly rather than on screen during the call.\n\nAlso: how did the studio visit go?" + SIG,
    ),
)

# --- Gmail's own mailer-daemon, for Rachel (former client) -----------------------------
add(
    file="m05-gmail-dsn.eml", client="Rachel Goldberg", kind="email", tag="ignored", traits="bounce;former",
    type="dsn",
    from_=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    return_path="<>", relay="mail-sor-f69.google.com", ip="209.85.220.69",
    subject="Delivery Status Notification (Failure)",
    date="2026-12-03 08:20:15 -0800",
    mid_domain="mx.google.com",
    message_id="<6752f1e3.a70a0220.2c4f1b.bd22.GMR@mx.google.com>",
    headers=[("X-Failed-Recipients", "rgoldberg@hollis-partners.example"), ("Auto-Submitted", "auto-replied")],
    human="""
** Address not found **

Your message wasn't delivered to rgoldberg@hollis-partners.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <rgoldberg@hollis-partners.example>: Recipient address rejected: User unknown in virtual mailbox table
""",
    human_html="""<html><head></head><body>
<div style="border:1px solid #dadce0;border-radius:8px;padding:24px">
<h2 style="font-family:'Google Sans',Roboto,Arial;font-weight:400">Address not found</h2>
<p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>rgoldberg@hollis-partners.example</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
</div>
<p>The response was:</p>
<p style="font-family:monospace">550 5.1.1 &lt;rgoldberg@hollis-partners.example&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>
</body></html>
""",
    status="""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; dana@whitfield-coaching.example
Arrival-Date: Thu, 03 Dec 2026 08:20:12 -0800 (PST)
X-Original-Message-ID: <CAJq7w2Lx0Rachel1203@mail.gmail.com>

Final-Recipient: rfc822; rgoldberg@hollis-partners.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.hollis-partners.example. (192.0.2.10, the server for the domain hollis-partners.example.)
Diagnostic-Code: smtp; 550 5.1.1 <rgoldberg@hollis-partners.example>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Thu, 03 Dec 2026 08:20:15 -0800 (PST)
""",
    original=dict(
        to=("Rachel Goldberg", "rgoldberg@hollis-partners.example"),
        subject="Thinking of you — how's the new role?",
        date="2026-12-03 11:20:10 -0500",
        message_id="<CAJq7w2Lx0Rachel1203@mail.gmail.com>",
        body="Hi Rachel,\n\nIt's been a few months and you crossed my mind this morning. How is the new\nrole treating you? No agenda, just curious, and the door is always open." + SIG,
    ),
)

# --- A Japanese ISP's bounce (ISO-2022-JP) for Yuki's old address ------------------------
add(
    file="m06-japanese-bounce.eml", client="Yuki Sato", kind="email", tag="ignored", traits="bounce;lang:ja",
    type="mixed_bounce",
    from_=("Mail Delivery Subsystem", "MAILER-DAEMON@mta04.mail.example.ne.jp"),
    return_path="<>", relay="mta04.mail.example.ne.jp", ip="203.0.113.140",
    subject="【配信エラー】メールを配信できませんでした (Returned mail: User unknown)",
    header_charset="iso-2022-jp",
    date="2026-12-02 23:58:31 +0900",
    mid_domain="mta04.mail.example.ne.jp",
    message_id="<202612021458.2B2EwVb4018833@mta04.mail.example.ne.jp>",
    charset="iso-2022-jp",
    human="""このメールはシステムからの自動送信です。返信はできません。

お客様が送信されたメールは、以下の宛先に配信できませんでした。
宛先のメールアドレスが存在しないか、現在ご利用いただけない状態です。
メールアドレスをご確認のうえ、再度送信してください。

  宛先　　： y.sato@mail.example.ne.jp
  エラー　： 550 5.1.1 <y.sato@mail.example.ne.jp>... User unknown
  受付日時： 2026年12月2日 23:58

送信されたメールは添付ファイルとしてお返しします。

----------------------------------------------------------------
EXAMPLE-NET メールサービス サポートセンター
""",
    original=dict(
        to=("Yuki Sato", "y.sato@mail.example.ne.jp"),
        subject="Next session + time zones",
        date="2026-12-02 09:58:20 -0500",
        body="Hi Yuki,\n\nNow that you're back in Osaka for the holidays, shall we move our call to 8am\nmy time (10pm yours)? Tell me if that's too late and we'll find another slot." + SIG,
    ),
)

# --- A hosting panel's notice carrying only X-Failed-Recipients, for Ingrid --------------
add(
    file="m07-xfailed-only.eml", client="Ingrid Solberg", kind="email", tag="ignored", traits="bounce",
    type="email",
    from_=("Solberg Mail", "noreply@mx3.hostbox.example"),
    relay="mx3.hostbox.example", ip="198.51.100.203",
    subject="Message to ingrid@solberg.example not delivered",
    date="2026-12-03 14:02:55 -0500",
    headers=[("X-Failed-Recipients", "ingrid@solberg.example")],
    body="""We were unable to deliver your message.

    Recipient:  ingrid@solberg.example
    Subject:    Invoice for December + the reading list
    Sent:       Thu, 3 Dec 2026 13:47 EST
    Reason:     The recipient's mailbox is over its storage limit (2.0 GB of 2.0 GB used).

The recipient will need to free up space before new messages can be delivered. You can try
sending your message again later.

This notice was generated by the mail server for solberg.example. Replies to this address
are not read.

HostBox Mail · Control panel: https://panel.hostbox.example
""",
)

# --- Gmail's delay notice (still retrying) for Camille ---------------------------------
add(
    file="m08-gmail-delay.eml", client="Camille Laurent", kind="email", tag="ignored", traits="bounce",
    type="dsn",
    from_=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    return_path="<>", relay="mail-sor-f69.google.com", ip="209.85.220.69",
    subject="Delivery Status Notification (Delay)",
    date="2026-12-04 06:11:40 -0800",
    mid_domain="mx.google.com",
    message_id="<67536a0c.170a0220.1d2a3c.06ba.GMR@mx.google.com>",
    headers=[("Auto-Submitted", "auto-replied")],
    returned="headers",
    human="""
** Message not delivered yet **

There was a temporary problem delivering your message to camille.laurent@example.fr. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.7.0 mx.example.fr Service temporairement indisponible, veuillez reessayer plus tard
""",
    status="""Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 03 Dec 2026 06:09:58 -0800 (PST)
X-Original-Message-ID: <CAJq7w2Lx0Camille1203@mail.gmail.com>

Final-Recipient: rfc822; camille.laurent@example.fr
Action: delayed
Status: 4.7.0
Remote-MTA: dns; mx.example.fr. (192.0.2.80, the server for the domain example.fr.)
Diagnostic-Code: smtp; 421 4.7.0 mx.example.fr Service temporairement indisponible, veuillez reessayer plus tard
Last-Attempt-Date: Fri, 04 Dec 2026 06:11:40 -0800 (PST)
Will-Retry-Until: Sun, 06 Dec 2026 06:09:58 -0800 (PST)
""",
    original=dict(
        to=("Camille Laurent", "camille.laurent@example.fr"),
        subject="Ton bilan du mois",
        date="2026-12-03 09:09:55 -0500",
        message_id="<CAJq7w2Lx0Camille1203@mail.gmail.com>",
        body="Bonjour Camille,\n\nMerci pour ton bilan, je l'ai lu deux fois. Est-ce qu'on garde jeudi 9h pour en parler ?" + SIG,
    ),
)

# --- ARF feedback report: Femi's provider reports the coach's newsletter -----------------
add(
    file="m09-arf-report.eml", client="Femi Adeyemi", kind="email", tag="ignored", traits="arf",
    type="arf",
    from_=("Mailbox Provider Feedback Loop", "fbl@feedback.adeyemi-mailhost.example"),
    return_path="<fbl-bounces@feedback.adeyemi-mailhost.example>", relay="fbl1.feedback.adeyemi-mailhost.example", ip="192.0.2.144",
    to=("Whitfield Coaching abuse desk", "dana@whitfield-coaching.example"),
    subject="FW: Complaint about message from 209.85.220.41",
    date="2026-12-04 03:17:02 -0600",
    mid_domain="feedback.adeyemi-mailhost.example",
    human="""This is an email abuse report for an email message received from IP 209.85.220.41 on Thu, 03 Dec 2026 19:02:11 -0600.
A subscriber of our service marked this message as spam. For more information about this
format please see http://tools.ietf.org/html/rfc5965.

To stop receiving these reports for whitfield-coaching.example, reply with UNSUBSCRIBE
in the subject line.
""",
    report="""Feedback-Type: abuse
User-Agent: AdeyemiHostFBL/2.3
Version: 1
Original-Mail-From: <dana@whitfield-coaching.example>
Original-Rcpt-To: <femi@adeyemi.example>
Arrival-Date: Thu, 03 Dec 2026 19:02:11 -0600
Reporting-MTA: dns; mx1.adeyemi-mailhost.example
Source-IP: 209.85.220.41
Authentication-Results: mx1.adeyemi-mailhost.example;
    dkim=pass header.d=whitfield-coaching.example;
    spf=pass smtp.mailfrom=dana@whitfield-coaching.example
Reported-Domain: whitfield-coaching.example
""",
    original=dict(
        to=("Femi Adeyemi", "femi@adeyemi.example"),
        subject="Whitfield Coaching — December letter: the art of the small no",
        date="2026-12-03 20:02:05 -0500",
        body="Hello friends,\n\nThis month's letter is about the small no: the meeting you decline, the favour you\ndon't take on, the text you answer tomorrow. What is one small no you could say\nthis week? Hit reply and tell me, I read every answer.\n\nDana\n\nYou're receiving this because you worked with Whitfield Coaching. Unsubscribe: https://whitfield-coaching.example/u/8841",
    ),
)

# --- Read receipts (RFC 3798) ---------------------------------------------------------
add(
    file="m10-outlook-read-receipt.eml", client="Ingrid Solberg", kind="email", tag="ignored", traits="receipt",
    type="mdn",
    from_=("Ingrid Solberg", "ingrid@solberg.example"),
    relay="mail.solberg.example",
    subject="Read: Session recap + homework",
    date="2026-12-01 18:40:27 -0500",
    mid_style="outlook", mid_domain="DM6PR11MB4137.namprd11.prod.outlook.com",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Session recap + homework"), ("Content-Language", "en-us")],
    human="""Your message

  To: Ingrid Solberg
  Subject: Session recap + homework
  Sent: Tuesday, December 1, 2026 4:02:11 PM (UTC-05:00) Eastern Time (US & Canada)

was read on Tuesday, December 1, 2026 6:40:27 PM (UTC-05:00) Eastern Time (US & Canada).
""",
    report="""Reporting-UA: DM6PR11MB4137.namprd11.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;ingrid@solberg.example
Original-Message-ID: <CAJq7w2Lx0Ingrid1201@mail.gmail.com>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    original=dict(to=("Ingrid Solberg", "ingrid@solberg.example"), subject="Session recap + homework", date="2026-12-01 16:02:11 -0500", body="Hi Ingrid,\n\nRecap below. Homework: one conversation with Erik about the move, and two evenings offline.\nCan you let me know which evening works for a follow-up call?" + SIG),
)

add(
    file="m11-thunderbird-receipt.eml", client="Sofia Rossi", kind="email", tag="ignored", traits="receipt",
    type="mdn", with_headers=True,
    from_=("Sofia Rossi", "sofia.rossi@example.it"),
    relay="smtp.example.it",
    subject="Return Receipt (displayed) - January schedule",
    date="2026-12-02 21:12:09 +0100",
    mid_domain="example.it",
    headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"), ("Content-Language", "en-US")],
    human="""This is a Return Receipt for the mail that you sent to sofia.rossi@example.it.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
    report="""Reporting-UA: sofia-laptop; Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0
Final-Recipient: rfc822;sofia.rossi@example.it
Original-Message-ID: <CAJq7w2Lx0Sofia1202@mail.gmail.com>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    original=dict(to=("Sofia Rossi", "sofia.rossi@example.it"), subject="January schedule", date="2026-12-02 14:55:00 -0500", message_id="<CAJq7w2Lx0Sofia1202@mail.gmail.com>", body="Hi Sofia,\n\nHere are my January openings: Tue 6, 13, 20 at 11am, or Thursdays at 3. Which would you like?" + SIG),
)

add(
    file="m12-not-read-deleted.eml", client="Beth Kowalski", kind="email", tag="ignored", traits="receipt;former",
    type="mdn",
    from_=("Kowalski, Beth", "bethkowalski@work.example"),
    relay="mail.work.example",
    subject="Not read: Invoice 2026-118 (final session)",
    date="2026-12-04 08:03:51 -0600",
    mid_style="outlook", mid_domain="CH2PR14MB3921.namprd14.prod.outlook.com",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Invoice 2026-118 (final session)")],
    human="""Your message

  To: Kowalski, Beth
  Subject: Invoice 2026-118 (final session)
  Sent: Friday, November 20, 2026 10:15:40 AM (UTC-05:00) Eastern Time (US & Canada)

was deleted without being read on Friday, December 4, 2026 8:03:51 AM (UTC-06:00) Central Time (US & Canada).
""",
    report="""Reporting-UA: CH2PR14MB3921.namprd14.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;bethkowalski@work.example
Original-Message-ID: <CAJq7w2Lx0Beth1120@mail.gmail.com>
Disposition: manual-action/MDN-sent-automatically; deleted
""",
    original=dict(to=("Beth Kowalski", "bethkowalski@work.example"), subject="Invoice 2026-118 (final session)", date="2026-11-20 10:15:40 -0500", body="Hi Beth, the invoice for our final session is attached. It was a joy." + SIG),
)

# --- Out-of-office replies -----------------------------------------------------------
add(
    file="m13-ooo-outlook-en.eml", client="Femi Adeyemi", kind="email", tag="ignored", traits="autoreply",
    type="email",
    from_=("Femi Adeyemi", "femi@adeyemi.example"),
    relay="NAM12-MW2-obe.outbound.protection.outlook.com", ip="40.107.94.56",
    subject="Automatic reply: Next steps after Thursday",
    date="2026-12-01 12:05:33 -0500",
    mid_style="outlook", mid_domain="SA1PR19MB5582.namprd19.prod.outlook.com",
    in_reply_to="<CAJq7w2Lx0Femi1201@mail.gmail.com>",
    headers=[
        ("Thread-Topic", "Next steps after Thursday"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "femi@adeyemi.example"),
        ("Content-Language", "en-US"),
    ],
    html=True,
    body="""Thank you for your message. I am out of the office from Monday, November 30 through Friday, December 4, attending the ASAE leadership conference, with limited access to email.

For anything time-sensitive, please contact my colleague Grace Obi at grace.obi@adeyemi.example. Otherwise I will respond when I return on Monday, December 7.

Best regards,
Femi Adeyemi
Principal, Adeyemi Strategy
""",
)

add(
    file="m14-ooo-noheaders-en.eml", client="Darnell Brooks", kind="email", tag="ignored", traits="autoreply",
    type="email",
    from_=("Darnell Brooks", "darnell.brooks@example.net"),
    relay="mailout.example.net",
    subject="Re: Quick follow-up from Thursday",
    date="2026-12-02 07:31:02 -0500",
    in_reply_to="<CAJq7w2Lx0Darnell1202@mail.gmail.com>",
    body="""Thanks for your email!

I'm on a trail running trip in the Smokies with no signal until Monday, December 7. I'll get back to you when I'm back in range.

If it's about the Saturday run club, Jess (jess@brooksrunclub.example) has the schedule.

-- Darnell
""",
)

add(
    file="m15-ooo-gmail-es.eml", client="Ana Beltrán", kind="email", tag="ignored", traits="autoreply;lang:es",
    type="email",
    from_=("Ana Beltrán", "ana.beltran@correo.example"),
    relay="mail-sor-f65.google.com", ip="209.85.220.65",
    subject="Fuera de la oficina",
    date="2026-12-03 10:02:17 -0600",
    mid_style="gmail",
    in_reply_to="<CAJq7w2Lx0Ana1203@mail.gmail.com>",
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    html=True, cte="quoted-printable",
    body="""Hola:

Gracias por tu mensaje. Estoy de vacaciones hasta el lunes 14 de diciembre, sin acceso regular al correo.

Si es urgente, escríbeme por WhatsApp; si no, te respondo a mi vuelta.

Un abrazo,
Ana Beltrán
""",
)

add(
    file="m16-ooo-xautoreply-fr.eml", client="Camille Laurent", kind="email", tag="ignored", traits="autoreply;lang:fr",
    type="email",
    from_=("Camille Laurent", "camille.laurent@example.fr"),
    relay="smtp-out.example.fr", ip="192.0.2.81",
    subject="Réponse automatique : Re: Séance de jeudi",
    date="2026-12-04 15:20:44 +0100",
    mid_domain="example.fr",
    headers=[("X-Autoreply", "yes"), ("X-Mailer", "Zimbra 10.0.6_GA_4679 (zclient/10.0.6_GA_4679)")],
    charset="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 11 décembre inclus et je n'aurai qu'un accès limité à mes e-mails.

Pour toute demande urgente concernant le projet Lumen, merci de contacter Julien Mercier (julien.mercier@example.fr).

Je vous répondrai dès mon retour.

Bien cordialement,
Camille Laurent
""",
)

add(
    file="m17-ooo-precedence-de.eml", client="Lukas Weber", kind="email", tag="ignored", traits="autoreply;lang:de",
    type="email",
    from_=("Lukas Weber", "lukas.weber@example.de"),
    relay="mout.example.de", ip="192.0.2.91",
    subject="Abwesenheitsnotiz: Unterlagen für Montag",
    date="2026-12-07 06:00:12 +0100",
    mid_domain="example.de",
    headers=[("Precedence", "auto_reply"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61")],
    charset="utf-8", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an Frau Petra Lang (p.lang@weber-consult.example).

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Lukas Weber
""",
)

add(
    file="m18-ooo-noheaders-pt.eml", client="Mariana Costa", kind="email", tag="ignored", traits="autoreply;lang:pt",
    type="email",
    from_=("Mariana Costa", "mariana.costa@example.com.br"),
    relay="smtp.example.com.br", ip="192.0.2.101",
    subject="Ausência temporária",
    date="2026-12-04 09:15:00 -0300",
    mid_domain="example.com.br",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Olá,

Obrigada pela mensagem. Estou em viagem a trabalho até 10/12 e responderei assim que possível.

Para assuntos urgentes da equipe, procure o Rodrigo Lima (rodrigo.lima@example.com.br).

Atenciosamente,
Mariana Costa
""",
)

add(
    file="m19-ooo-autosubmitted-it.eml", client="Sofia Rossi", kind="email", tag="ignored", traits="autoreply;lang:it",
    type="email",
    from_=("Sofia Rossi", "sofia.rossi@example.it"),
    relay="smtp.example.it", ip="192.0.2.111",
    subject="Risposta automatica: Re: January schedule",
    date="2026-12-08 09:00:03 +0100",
    mid_domain="example.it",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    charset="utf-8", cte="8bit",
    body="""Gentile mittente,

sarò fuori ufficio da lunedì 7 a venerdì 11 dicembre, con accesso limitato alla posta elettronica.
Risponderò al mio rientro. Per questioni urgenti può rivolgersi a info@rossi-design.example.

Cordiali saluti,
Sofia Rossi
""",
)

add(
    file="m20-ooo-outlook-nl.eml", client="Pieter de Vries", kind="email", tag="ignored", traits="autoreply;lang:nl",
    type="email",
    from_=("Pieter de Vries", "pieter@devries.example.nl"),
    relay="EUR03-DBA-obe.outbound.protection.outlook.com", ip="40.107.104.72",
    subject="Automatisch antwoord: Re: the conversation with Marloes",
    date="2026-12-07 08:10:41 +0100",
    mid_style="outlook", mid_domain="AS8PR03MB7021.eurprd03.prod.outlook.com",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "the conversation with Marloes"), ("Content-Language", "nl-NL")],
    html=True, cte="quoted-printable",
    body="""Beste afzender,

Bedankt voor je bericht. Ik ben tot en met 9 december afwezig en lees mijn e-mail beperkt.
Voor dringende zaken kun je contact opnemen met Sanne Bakker (sanne@devries.example.nl).

Met vriendelijke groet,
Pieter de Vries
""",
)

add(
    file="m21-ooo-ja.eml", client="Yuki Sato", kind="email", tag="ignored", traits="autoreply;lang:ja",
    type="email",
    from_=("佐藤 由紀", "yuki.sato@example.jp"),
    relay="smtp.example.jp", ip="192.0.2.121",
    subject="自動応答: Re: Next session + time zones",
    date="2026-12-03 00:15:09 +0900",
    mid_domain="example.jp",
    headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    charset="utf-8", cte="base64",
    body="""メールありがとうございます。

12月3日（木）から12月10日（木）まで休暇のため不在にしております。
期間中はメールを確認できませんので、11日以降に順次ご返信いたします。

I am out of the office until December 10 and will reply after I return.

佐藤 由紀 / Yuki Sato
""",
)

# --- A listserv-style automatic answer from Darnell's run-club address ------------------
add(
    file="m22-listserv-reply.eml", client="Darnell Brooks", kind="email", tag="ignored", traits="autoreply",
    type="email",
    from_=("Brooks Run Club", "darnell@brooksrunclub.example"),
    return_path="<darnell-bounces@brooksrunclub.example>", relay="lists.brooksrunclub.example",
    subject="Your message to darnell@brooksrunclub.example was not distributed",
    date="2026-12-02 19:44:20 -0500",
    mid_domain="lists.brooksrunclub.example",
    headers=[("Precedence", "list"), ("List-Id", "Brooks Run Club <club.brooksrunclub.example>"), ("X-Loop", "darnell@brooksrunclub.example"), ("X-Listserv-Autoresponse", "nonmember")],
    body="""This is an automatic reply from the list server for darnell@brooksrunclub.example.

Messages to this address are passed on to the club's members, and only members may post.
Your message has not been distributed and was not read by anyone.

 - To reach the club organiser directly, please send mail with ORGANISER in the subject line
   to info@brooksrunclub.example.
 - To join the list, please send mail with the word SUBSCRIBE in the body to
   listserv@brooksrunclub.example.
 - For a list of commands, please send mail with the word HELP in the body to the same address.

Subject of your message: Re: Saturday, and the 10k plan
""",
)

# --- Calendar replies (METHOD:REPLY) --------------------------------------------------
add(
    file="m23-gcal-accepted.eml", client="Kara Mendez", kind="email", tag="ignored", traits="calendar",
    type="calendar", html=True, ics_attachment=True,
    from_=("Kara Mendez", "kara.mendez@example.com"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Accepted: Coaching — Kara / Dana @ Thu Dec 10, 2026 10am - 10:50am (EST) (dana@whitfield-coaching.example)",
    date="2026-12-04 20:11:31 -0500",
    message_id="<calendar-3b7f0c1e-44d2-4f1a-9c1e-5d8a2f6e7b10@google.com>",
    headers=[("Sender", "Google Calendar <calendar-notification@google.com>")],
    body="""Kara Mendez has accepted this invitation.

Coaching — Kara / Dana
Thursday Dec 10, 2026 ⋅ 10am – 10:50am (Eastern Time - New York)
Joining info: https://meet.google.com/xqz-abcd-efg

Organizer: dana@whitfield-coaching.example
Guests: dana@whitfield-coaching.example - organizer, kara.mendez@example.com

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261210T150000Z
DTEND:20261210T155000Z
DTSTAMP:20261205T011131Z
ORGANIZER;CN=Dana Whitfield:mailto:dana@whitfield-coaching.example
UID:5h2k9r7q1v3c0m8n4b6t2p0s1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kara Mendez;X-NUM-GUESTS=0:mailto:kara.mendez@example.com
CREATED:20261204T180000Z
LAST-MODIFIED:20261205T011131Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coaching — Kara / Dana
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
)

add(
    file="m24-outlook-declined.eml", client="Lukas Weber", kind="email", tag="ignored", traits="calendar",
    type="calendar",
    from_=("Lukas Weber", "lukas.weber@example.de"),
    relay="mout.example.de", ip="192.0.2.92",
    subject="Declined: Coaching: Lukas / Dana",
    date="2026-12-05 11:42:09 +0100",
    mid_style="outlook", mid_domain="FR3P281MB2261.DEUP281.PROD.OUTLOOK.COM",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Coaching: Lukas / Dana"), ("Content-Class", "urn:content-classes:calendarmessage")],
    body="\n",
    ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED;CN=Lukas Weber:mailto:lukas.weber@example.de
COMMENT;LANGUAGE=en-US:\\n
SUMMARY;LANGUAGE=en-US:Declined: Coaching: Lukas / Dana
DTSTART;TZID=Eastern Standard Time:20261207T110000
DTEND;TZID=Eastern Standard Time:20261207T115000
UID:040000008200E00074C5B7101A82E008000000009C1D0A3B6E57DC010000000000000000100000003F1C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261205T104209Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR""",
)

add(
    file="m25-apple-tentative.eml", client="Theo Nakamura-Price", kind="email", tag="ignored", traits="calendar",
    type="calendar",
    from_=("Theo Nakamura-Price", "theo@np-studio.example"),
    relay="mail.np-studio.example",
    subject="Invitation: Portfolio session (Tentative)",
    date="2026-12-03 22:08:55 -0800",
    mid_domain="np-studio.example",
    headers=[("X-Mailer", "iPhone Mail (22B91)")],
    body="Theo Nakamura-Price has tentatively accepted your invitation.\n",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone 18.1//EN
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;CN=Theo Nakamura-Price;CUTYPE=INDIVIDUAL;PARTSTAT=TENTATIVE:mailto:theo@np-studio.example
DTEND;TZID=America/New_York:20261211T140000
DTSTAMP:20261204T060855Z
DTSTART;TZID=America/New_York:20261211T131000
ORGANIZER;CN=Dana Whitfield:mailto:dana@whitfield-coaching.example
SEQUENCE:0
SUMMARY:Portfolio session
UID:8C1E2F44-0B6A-4E0B-9D7A-2A1E8F3C5D90
END:VEVENT
END:VCALENDAR""",
)

# =====================================================================================
# 2. Texts through carrier email gateways: kind sms
# =====================================================================================

add(
    file="s01-vtext-late.eml", client="Kara Mendez", kind="sms", tag="fyi", traits="gateway",
    type="email",
    from_="8475550111@vtext.com", relay="omx.vtext.com", ip="69.78.67.17",
    subject=None, date="2026-12-03 09:52 -0500", mid_domain="vtext.com",
    body="running 10 min late sorry!! traffic on the bridge\n",
)

add(
    file="s02-vtext-idiom.eml", client="Kara Mendez", kind="sms", tag="fyi", traits="gateway;idiom",
    type="email",
    from_="8475550111@vtext.com", relay="omx.vtext.com", ip="69.78.67.18",
    subject=None, date="2026-12-05 21:37 -0500", mid_domain="vtext.com",
    body="this week is killing me lol. still did the morning walks tho, 5 out of 5 \U0001F60E\n",
)

add(
    file="s03-tmomail-base64.eml", client="Darnell Brooks", kind="sms", tag="reply_needed", traits="gateway",
    type="email",
    from_="8475550123@tmomail.net", relay="mms-smtp.tmomail.net", ip="66.94.9.220",
    subject=None, date="2026-12-08 13:02 -0500", mid_domain="tmomail.net", cte="base64",
    body="hey is the 10k plan doc in ur dropbox or did u email it? cant find it anywhere\n",
)

add(
    file="s04-mms-att-photo.eml", client="Femi Adeyemi", kind="sms", tag="fyi", traits="gateway;mms",
    type="mms", image="IMG_2291.jpg",
    from_="4045550146@mms.att.net", relay="mms-mta.att.net", ip="166.216.149.130",
    subject="", date="2026-12-07 17:44 -0500", mid_domain="mms.att.net",
    body="GOT THE JOB!!! offer letter came in 20 min ago. couldnt have done this without our sessions. celebrating tonight \U0001F389",
)

add(
    file="s05-txt-att-es.eml", client="Ana Beltrán", kind="sms", tag="fyi", traits="gateway;lang:es",
    type="email",
    from_="7735550113@txt.att.net", relay="txt.att.net", ip="166.216.149.22",
    subject=None, date="2026-11-30 22:10 -0600", mid_domain="txt.att.net",
    body="Hola Dana! ya llegué a Chicago, todo bien. Hablé con mi mamá como dijimos y salió mejor de lo que pensaba. Nos vemos el martes\n",
)

add(
    file="s06-sprint-question.eml", client="Lukas Weber", kind="sms", tag="reply_needed", traits="gateway",
    type="email",
    from_="2025550167@messaging.sprintpcs.com", relay="smtp.messaging.sprintpcs.com", ip="68.28.5.43",
    subject=None, date="2026-12-02 08:15 -0500", mid_domain="messaging.sprintpcs.com",
    body="did u get my email w the worksheet? lmk if it came thru, the old address is dead\n",
)

add(
    file="s07-googlefi.eml", client="Theo Nakamura-Price", kind="sms", tag="fyi", traits="gateway",
    type="email",
    from_="15035550124@msg.fi.google.com", relay="mail-sor-f97.google.com", ip="209.85.220.97",
    subject=None, date="2026-12-06 19:20 -0800", mid_domain="msg.fi.google.com",
    body="finished the 30 day drawing thing today. every single day. kinda proud of myself ngl\n",
)

add(
    file="s08-uk-gateway.eml", client="Oliver Hartley", kind="sms", tag="reply_needed", traits="gateway",
    type="email",
    from_=("+44 7700 900461", "447700900461@sms.textbridge.example"), relay="out2.textbridge.example", ip="192.0.2.150",
    subject="SMS from +447700900461", date="2026-12-04 08:05 +0000", mid_domain="textbridge.example",
    headers=[("X-TextBridge-Route", "GB-VOD-04")],
    body="Hi Dana, back in London now. Could we move to 8am your time for the next few weeks? Cheers, Oliver\n\n--\nSent via TextBridge SMS-to-email. Replies to this email are delivered as SMS.\n",
)

add(
    file="s09-vtext-distress.eml", client="Sofia Rossi", kind="sms", tag="reply_needed", urgent="yes", traits="gateway;distress",
    type="email",
    from_="2125550189@vtext.com", relay="omx.vtext.com", ip="69.78.67.19",
    subject=None, date="2026-12-05 01:48 -0500", mid_domain="vtext.com",
    body="sorry to text so late. i dont think i can keep doing this. everyone would honestly be better off without me around. dont worry about it its fine\n",
)

add(
    file="s10-tmomail-former.eml", client="Rachel Goldberg", kind="sms", tag="fyi", traits="gateway;former",
    type="email",
    from_="9175550135@tmomail.net", relay="mms-smtp.tmomail.net", ip="66.94.9.221",
    subject=None, date="2026-12-06 14:31 -0500", mid_domain="tmomail.net", cte="base64",
    body="Hi Dana! It's Rachel G, long time. Ran my first half marathon this morning, 2:04. Thought of our sessions the whole last mile. Hope you're well!\n",
)

add(
    file="s11-vzwpix-former.eml", client="Beth Kowalski", kind="sms", tag="reply_needed", traits="gateway;mms;former",
    type="mms", image="IMG_0087.jpg",
    from_="6085550157@vzwpix.com", relay="njbrspamp3.vzwpix.com", ip="162.115.18.83",
    subject=None, date="2026-12-03 12:07 -0600", mid_domain="vzwpix.com",
    body="Hi Dana its Beth Kowalski! found this in my notebook from our sessions lol. Is your schedule open in January? Id love to come back for a few",
)

add(
    file="s12-vzwpix-pt.eml", client="Mariana Costa", kind="sms", tag="reply_needed", traits="gateway;mms;lang:pt",
    type="mms", image="IMG_5520.jpg", subtype="related",
    smil='<smil><head><layout><root-layout/><region id="Image" top="0" left="0" height="50%" width="100%"/><region id="Text" top="50%" left="0" height="50%" width="100%"/></layout></head><body><par dur="5000ms"><img src="IMG_5520.jpg" region="Image"/><text src="text_0.txt" region="Text"/></par></body></smil>\n',
    from_="6465550145@vzwpix.com", relay="njbrspamp2.vzwpix.com", ip="162.115.18.82",
    subject=None, date="2026-12-02 20:26 -0500", mid_domain="vzwpix.com",
    body="Oi Dana! Olha o quadro de visão que eu fiz no fim de semana. Você consegue dar uma olhada antes de quinta? Quero saber se ficou muito cheio",
)

add(
    file="s13-tmomail-ja-en.eml", client="Yuki Sato", kind="sms", tag="fyi", traits="gateway",
    type="email",
    from_="4155550156@tmomail.net", relay="mms-smtp.tmomail.net", ip="66.94.9.222",
    subject=None, date="2026-12-01 23:40 -0500", mid_domain="tmomail.net", cte="base64",
    body="Thanks for today. Writing my 3 good things every night now. Tonight: ramen, a call with mom, finished the deck. ありがとう！\n",
)

add(
    file="s14-vtext-ok.eml", client="Darnell Brooks", kind="sms", tag="fyi", traits="gateway",
    type="email",
    from_="8475550123@vtext.com", relay="omx.vtext.com", ip="69.78.67.20",
    subject=None, date="2026-12-08 15:40 -0500", mid_domain="vtext.com",
    body="nvm found it, was in my spam lol \U0001F44D\n",
)

add(
    file="s15-mms-att-textonly.eml", client="Ingrid Solberg", kind="sms", tag="reply_needed", traits="gateway;mms",
    type="mms", image="IMG_7712.jpg",
    from_="6175550134@mms.att.net", relay="mms-mta.att.net", ip="166.216.149.131",
    subject="", date="2026-12-07 10:19 -0500", mid_domain="mms.att.net",
    body="This is the apartment in Oslo!! Erik said yes. Can we use Thursday to plan how I tell my team?",
)

# =====================================================================================
# 3. Phone-service notifications, from the service's own address
# =====================================================================================

add(
    file="p01-dialpad-sms.eml", client="Ana Beltrán", kind="sms", tag="reply_needed", traits="phone_service",
    type="email", html=True,
    from_=("Dialpad", "notifications@dialpad.com"), relay="mail.dialpad.com", ip="198.51.100.31",
    subject="New text message from (773) 555-0113",
    date="2026-12-03 16:48 -0500", mid_domain="dialpad.com",
    body="""You have a new text message

From: (773) 555-0113
To: Dana Whitfield (718) 555-0100
Received: Dec 3, 2026 4:48 PM EST

"hi! quick q - should I email you the reflection doc or bring a printout thursday?"

Reply in Dialpad: https://dialpad.com/app/sms

You're receiving this because SMS notifications are on for your line. Manage notifications: https://dialpad.com/settings/notifications
""",
)

add(
    file="p02-dialpad-voicemail.eml", client="Camille Laurent", kind="voicemail", tag="fyi", traits="phone_service",
    type="email", html=True, attachments=[("voicemail-20261201-0912.mp3", "audio/mpeg", "mp3")],
    from_=("Dialpad", "notifications@dialpad.com"), relay="mail.dialpad.com", ip="198.51.100.32",
    subject="New voicemail from +1 718-555-0190",
    date="2026-12-01 09:13 -0500", mid_domain="dialpad.com",
    body="""New voicemail

From: +1 718-555-0190
To: Dana Whitfield
Duration: 0:24
Received: Tue, Dec 1, 2026 9:12 AM EST

Transcript:
"Hi Dana, c'est Camille. Just confirming Thursday at nine, it's in my calendar. Merci, see you then, bye."

Listen in Dialpad: https://dialpad.com/app/voicemail
""",
)

add(
    file="p03-openphone-partial.eml", client="Pieter de Vries", kind="voicemail", tag="reply_needed", traits="phone_service;partial",
    type="email", html=True,
    from_=("OpenPhone", "notifications@openphone.com"), relay="mail.openphone.com", ip="198.51.100.33",
    subject="New voicemail from (305) 555-0102",
    date="2026-12-04 18:22 -0500", mid_domain="openphone.com",
    body="""Dana Whitfield Coaching · (718) 555-0100

New voicemail from (305) 555-0102
Dec 4, 2026 at 6:21 PM · 1m 48s

"Hey Dana, it's Pieter. Um, so the thing with Marloes went... I wanted to ask you about, uh, [inaudible] and whether we should... [inaudible] before Thursday, because I'm not sure if I..."

Transcript is partial. Listen to the full voicemail in OpenPhone.

Open in OpenPhone: https://my.openphone.com/inbox
""",
)

add(
    file="p04-zoom-voicemail.eml", client="Lukas Weber", kind="voicemail", tag="reply_needed", traits="phone_service",
    type="email", html=True,
    from_=("Zoom", "no-reply@zoom.us"), relay="mta-zoom.zoom.us", ip="170.114.10.71",
    subject="You have a new voicemail from LUKAS WEBER (+12025550167)",
    date="2026-12-06 19:02 -0500", mid_domain="zoom.us",
    body="""Hi Dana Whitfield,

You received a new voicemail.

Caller: LUKAS WEBER (+12025550167)
Received: Dec 6, 2026 7:01 PM Eastern Time (US and Canada)
Duration: 00:00:41

Transcription:
Hi Dana it's Lukas. I need to cancel Monday, my daughter is sick. Could you send me a couple of options for later in the week? Thanks.

Play the voicemail in the Zoom desktop client or web portal: https://zoom.us/pbx/page/telephone/voicemail

Thank you for choosing Zoom.
-The Zoom Team
""",
)

add(
    file="p05-aircall-negated.eml", client="Femi Adeyemi", kind="voicemail", tag="fyi", traits="phone_service;negated",
    type="email", html=True,
    from_=("Aircall", "no-reply@aircall.io"), relay="mail.aircall.io", ip="198.51.100.35",
    subject="New voicemail on Coaching line from +1 404-555-0146",
    date="2026-12-02 12:30 -0500", mid_domain="aircall.io",
    body="""New voicemail

Line: Coaching line (+1 718-555-0100)
From: +1 404-555-0146
Date: December 2, 2026, 12:29 PM (America/New_York)
Duration: 32 sec

Transcription:
"Hi Dana, it's Femi. Just wanted to say thanks for the intro to Maya, we had coffee and it went great. No need to call me back, see you next week."

Listen in Aircall: https://dashboard.aircall.io/conversations
""",
)

add(
    file="p06-8x8-pt.eml", client="Mariana Costa", kind="voicemail", tag="fyi", traits="phone_service;lang:pt",
    type="email", attachments=[("msg0007.wav", "audio/wav", "wav")],
    from_=("8x8 Voicemail", "voicemail@8x8.com"), relay="smtp.8x8.com", ip="198.51.100.36",
    subject="Voice Message from 6465550145",
    date="2026-12-05 11:14 -0500", mid_domain="8x8.com",
    body="""You have received a new voice message.

From: 6465550145
To: Dana Whitfield (ext. 201)
Received: 12/05/2026 11:13 AM
Length: 00:38

Transcription (beta):
Oi Dana, é a Mariana. Só queria contar que a entrevista foi ótima, acho que consegui explicar tudo o que a gente treinou. Te conto tudo na quinta. Beijo.

The voice message is attached to this email.
8x8, Inc.
""",
)

add(
    file="p07-nextiva-former.eml", client="Rachel Goldberg", kind="voicemail", tag="reply_needed", traits="phone_service;former",
    type="email", html=True, attachments=[("voicemail.wav", "audio/wav", "wav")],
    from_=("Nextiva", "voicemail@nextiva.com"), relay="mail.nextiva.com", ip="198.51.100.37",
    subject="New Voicemail from (917) 555-0135",
    date="2026-12-07 10:05 -0500", mid_domain="nextiva.com",
    body="""New Voicemail

Mailbox: Dana Whitfield (100)
From: (917) 555-0135
Received: Monday, December 7, 2026 10:04 AM
Duration: 0:52

Voicemail transcription:
Hi Dana, it's Rachel Goldberg, I don't know if you remember me, we worked together last spring. Things are good but I'm starting to think about a career change and I'd love to start again in January if you have openings. Give me a call back at this number whenever works. Thanks so much.

The message is attached.
""",
)

add(
    file="p08-ringcentral-untranscribed.eml", client="Theo Nakamura-Price", kind="voicemail", tag="reply_needed", traits="phone_service;untranscribed",
    type="email", attachments=[("Voicemail_20261203_2041.mp3", "audio/mpeg", "mp3")],
    from_=("RingCentral", "service@ringcentral.com"), relay="smtp.ringcentral.com", ip="199.255.120.8",
    subject="New Voice Message from THEO NAKAMURA (503) 555-0124 on Thursday, December 3, 2026 at 08:41 PM",
    date="2026-12-03 20:42 -0500", mid_domain="ringcentral.com",
    body="""You have a new voice message:

From: THEO NAKAMURA (503) 555-0124
To: Dana Whitfield (718) 555-0100, Ext. 101
Received: Thursday, December 3, 2026 at 08:41 PM
Length: 00:02:16

Transcription: not available (the message could not be transcribed)

The voice message is attached to this email. You can also listen to it in the RingCentral app.

Thank you for using RingCentral!
""",
)

add(
    file="p09-ringcentral-uk.eml", client="Oliver Hartley", kind="voicemail", tag="fyi", traits="phone_service",
    type="email", attachments=[("Voicemail_20261207_0311.mp3", "audio/mpeg", "mp3")],
    from_=("RingCentral", "service@ringcentral.com"), relay="smtp.ringcentral.com", ip="199.255.120.9",
    subject="New Voice Message from +44 7700 900461 on Monday, December 7, 2026 at 03:11 AM",
    date="2026-12-07 03:12 -0500", mid_domain="ringcentral.com",
    body="""You have a new voice message:

From: +44 7700 900461
To: Dana Whitfield (718) 555-0100, Ext. 101
Received: Monday, December 7, 2026 at 03:11 AM
Length: 00:00:29

Transcription:
Morning Dana, sorry, forgot the time difference again. Just to say I sent the signed agreement back this morning, all sorted. Talk Thursday.

The voice message is attached to this email.

Thank you for using RingCentral!
""",
)

add(
    file="p10-gvoice-text-former.eml", client="Beth Kowalski", kind="sms", tag="fyi", traits="phone_service;former",
    type="email", html=True,
    from_=("(608) 555-0157", "16085550157.17185550100.kQ2tXv8bYp@txt.voice.google.com"),
    relay="mail-sor-f69.google.com", ip="209.85.220.69",
    subject="New text message from (608) 555-0157",
    date="2026-12-04 18:55 -0500", mid_domain="txt.voice.google.com",
    body="""hey dana it's beth. just read your december letter, the small no thing. needed that today. thank you!

YOUR ACCOUNT  HELP CENTER  HELP FORUM
To respond to this text message, reply to this email or visit Google Voice.
You received this message because you're a Google Voice user. You can change your Google Voice email notification settings.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""",
)

add(
    file="p11-gvoice-vm-safe.eml", client="Sofia Rossi", kind="voicemail", tag="fyi", traits="phone_service;negated",
    type="email", html=True,
    from_=("Google Voice", "voice-noreply@google.com"), relay="mail-sor-f69.google.com", ip="209.85.220.69",
    subject="New voicemail from (212) 555-0189 at 9:14 AM",
    date="2026-12-06 09:15 -0500", mid_domain="google.com",
    body="""Hi Dana, it's Sofia. I'm okay. I just wanted to say thank you for calling on Friday night. My sister is staying with me this week and we have the appointment with Dr. Conti on Monday. I'm feeling a lot steadier. No need to call back today, I'll see you Thursday.

play message

YOUR ACCOUNT  HELP CENTER  HELP FORUM
To respond to this voicemail, visit Google Voice.
You received this message because you're a Google Voice user. You can change your Google Voice email notification settings.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""",
)

add(
    file="p12-smallservice-vm-distress.eml", client="Kara Mendez", kind="voicemail", tag="reply_needed", urgent="yes", traits="phone_service;distress",
    type="email",
    from_=("LineKeeper Alerts", "alerts@linekeeper-phone.example"), relay="mx.linekeeper-phone.example", ip="192.0.2.171",
    subject="Voicemail received on your LineKeeper number",
    date="2026-12-06 23:47 -0500", mid_domain="linekeeper-phone.example",
    body="""LineKeeper · Voicemail received

Caller: 847-555-0111
Your number: 718-555-0100
When: Sun Dec 6, 11:46 PM
Length: 1 min 05 s

What they said (automatic transcript, may contain errors):
hi Dana it's Kara um sorry it's late. mom's back in the hospital and I'm just, I don't know. lately I feel like I'm just a burden on everyone honestly. anyway it's not a big deal I'm fine, just call me when you get a chance I guess. bye

Log in to listen: https://app.linekeeper-phone.example/vm
To stop these emails, change your alert settings.
""",
)

add(
    file="p13-smallservice-text.eml", client="Kara Mendez", kind="sms", tag="reply_needed", traits="phone_service",
    type="email",
    from_=("LineKeeper Alerts", "alerts@linekeeper-phone.example"), relay="mx.linekeeper-phone.example", ip="192.0.2.172",
    subject="Text message received on your LineKeeper number",
    date="2026-12-10 09:31 -0500", mid_domain="linekeeper-phone.example",
    body="""LineKeeper · Text message received

From: (312) 555-0178
To: 718-555-0100
When: Thu Dec 10, 9:31 AM

can you resend the meet link? its not in my inbox and we start in 30

Reply from the app: https://app.linekeeper-phone.example/messages
""",
)

add(
    file="p14-vonage-vm.eml", client="Ingrid Solberg", kind="voicemail", tag="reply_needed", traits="phone_service",
    type="email", attachments=[("VoiceMessage.wav", "audio/wav", "wav")],
    from_=("Vonage Business", "noreply@vonagebusiness.com"), relay="mail.vonagebusiness.com", ip="198.51.100.44",
    subject="New voicemail from 6175550134",
    date="2026-12-04 10:08 -0500", mid_domain="vonagebusiness.com",
    body="""You have a new voicemail.

From: 6175550134
Mailbox: 101 - Dana Whitfield
Date: 12/04/2026 10:07 AM
Duration: 00:00:37

Transcription:
Hi Dana it's Ingrid. My mailbox was full so your invoice bounced, sorry, I cleared it out. Could you send it again, and can you add the reading list too? Thanks.

Voicemail is attached.
""",
)

# =====================================================================================
# 4. Mail sent on a client's behalf by a service, and negatives
# =====================================================================================

add(
    file="v01-sheets-share-plain.eml", client="Kara Mendez", kind="email", tag="ignored", traits="on_behalf",
    type="email", html=True,
    from_=("Kara Mendez (via Google Sheets)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Kara Mendez", "kara.mendez@example.com"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Spreadsheet shared with you: \"Habit tracker Q4\"",
    date="2026-12-01 19:05 -0500", mid_domain="google.com",
    body="""Kara Mendez shared a spreadsheet

Kara Mendez (kara.mendez@example.com) has invited you to edit the following spreadsheet:

Habit tracker Q4
https://docs.google.com/spreadsheets/d/1hT9xQ2cR4vK8mN0pL6sB3wE7yU5iO1aZ/edit?usp=sharing_eil_m

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because kara.mendez@example.com shared a spreadsheet with you from Google Sheets.
""",
)

add(
    file="v02-sheets-share-message.eml", client="Kara Mendez", kind="email", tag="reply_needed", traits="on_behalf",
    type="email", html=True,
    from_=("Kara Mendez (via Google Sheets)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Kara Mendez", "kara.mendez@example.com"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Spreadsheet shared with you: \"Budget — moving out\"",
    date="2026-12-07 21:33 -0500", mid_domain="google.com",
    body="""Kara Mendez shared a spreadsheet

Kara Mendez (kara.mendez@example.com) has invited you to comment on the following spreadsheet:

"here's the moving-out budget we talked about. can you look at the 'first 3 months' tab before thursday and tell me if it looks realistic? be honest"

Budget — moving out
https://docs.google.com/spreadsheets/d/1Bm4Yt7uQ0wE2rT9yU8iO6pA3sD5fG1hJ/edit?usp=sharing_eil_m

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because kara.mendez@example.com shared a spreadsheet with you from Google Sheets.
""",
)

add(
    file="v03-docs-share-message.eml", client="Lukas Weber", kind="email", tag="reply_needed", traits="on_behalf",
    type="email", html=True,
    from_=("Lukas Weber (via Google Docs)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Lukas Weber", "lukas.weber@example.de"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Document shared with you: \"Promotion case — draft 2\"",
    date="2026-12-03 07:12 -0500", mid_domain="google.com",
    body="""Lukas Weber shared a document

Lukas Weber (lukas.weber@example.de) has invited you to edit the following document:

"Draft 2. Does the second paragraph sound too defensive to you? I rewrote it three times and can't tell anymore."

Promotion case — draft 2
https://docs.google.com/document/d/1Pq8Wm3nE5rT7yU9iO0pA2sD4fG6hJ8kL/edit?usp=sharing_eil_m

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because lukas.weber@example.de shared a document with you from Google Docs.
""",
)

add(
    file="v04-docs-share-fr.eml", client="Camille Laurent", kind="email", tag="fyi", traits="on_behalf;lang:fr",
    type="email", html=True,
    from_=("Camille Laurent (via Google Docs)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Camille Laurent", "camille.laurent@example.fr"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Document partagé avec vous : \"Bilan de novembre\"",
    date="2026-12-02 17:40 +0100", mid_domain="google.com",
    body="""Camille Laurent a partagé un document

Camille Laurent (camille.laurent@example.fr) vous a invité à consulter le document suivant :

"Voici mon bilan du mois. Pas besoin de répondre, c'est juste pour que tu l'aies avant jeudi."

Bilan de novembre
https://docs.google.com/document/d/1Cz2Xv4bN6mQ8wE0rT1yU3iO5pA7sD9fG/edit?usp=sharing_eil_m

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car camille.laurent@example.fr a partagé un document avec vous dans Google Docs.
""",
)

add(
    file="v05-calendly-booked.eml", client="Darnell Brooks", kind="email", tag="ignored", traits="on_behalf",
    type="email", html=True,
    from_=("Darnell Brooks (via Calendly)", "notifications@calendly.com"),
    reply_to=("Darnell Brooks", "darnell.brooks@example.net"),
    relay="o1.email.calendly.com", ip="167.89.10.5",
    subject="New Event: Darnell Brooks - 10:00am Thu, Dec 17, 2026 - 50 Minute Coaching Session",
    date="2026-12-08 16:02 -0500", mid_domain="calendly.com",
    body="""Hi Dana Whitfield,

A new event has been scheduled.

Event Type:
50 Minute Coaching Session

Invitee:
Darnell Brooks

Invitee Email:
darnell.brooks@example.net

Event Date/Time:
10:00am - Thursday, December 17, 2026 (Eastern Time - US & Canada)

Location:
This is a Zoom web conference.

Invitee Time Zone:
Eastern Time - US & Canada

View event in Calendly

Sent from Calendly
Report this event
""",
)

add(
    file="v06-calendly-canceled-reason.eml", client="Darnell Brooks", kind="email", tag="reply_needed", traits="on_behalf",
    type="email", html=True,
    from_=("Darnell Brooks (via Calendly)", "notifications@calendly.com"),
    reply_to=("Darnell Brooks", "darnell.brooks@example.net"),
    relay="o1.email.calendly.com", ip="167.89.10.6",
    subject="Canceled: Darnell Brooks - 10:00am Thu, Dec 10, 2026 - 50 Minute Coaching Session",
    date="2026-12-08 12:47 -0500", mid_domain="calendly.com",
    body="""Hi Dana Whitfield,

The event below has been canceled.

Event Type:
50 Minute Coaching Session

Invitee:
Darnell Brooks

Invitee Email:
darnell.brooks@example.net

Event Date/Time:
10:00am - Thursday, December 10, 2026 (Eastern Time - US & Canada)

Canceled by:
Darnell Brooks

Reason for canceling:
work trip got moved up, sorry! can we find a time next week instead? mornings are best

Sent from Calendly
""",
)

add(
    file="v07-zoom-chat.eml", client="Femi Adeyemi", kind="email", tag="reply_needed", traits="on_behalf",
    type="email", html=True,
    from_=("Femi Adeyemi (via Zoom)", "no-reply@zoom.us"),
    reply_to=("Femi Adeyemi", "femi.adeyemi@example.com"),
    relay="mta-zoom.zoom.us", ip="170.114.10.72",
    subject="Femi Adeyemi sent you a message in Zoom Team Chat",
    date="2026-12-08 14:52 -0500", mid_domain="zoom.us",
    body="""Hi Dana,

You have 1 unread message from Femi Adeyemi.

Femi Adeyemi  2:51 PM
are we still on for 3? and can you send the link again, my calendar ate it

View in Zoom

You're receiving this email because you have unread messages in Zoom Team Chat. Change email notification settings.
Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113
""",
)

add(
    file="v08-sheets-comment-assign.eml", client="Ingrid Solberg", kind="email", tag="reply_needed", traits="on_behalf",
    type="email", html=True,
    from_=("Ingrid Solberg (via Google Sheets)", "comments-noreply@docs.google.com"),
    reply_to=("Ingrid Solberg", "ingrid@solberg.example"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Ingrid Solberg assigned you an action item in \"Relocation plan\"",
    date="2026-12-08 08:20 -0500", mid_domain="docs.google.com",
    body="""Ingrid Solberg assigned you an action item in the following spreadsheet

Relocation plan

  Ingrid Solberg
  @dana@whitfield-coaching.example could you fill in your January availability in column F when you get a chance? then I can book the flights around our calls

  Assigned to you

Reply   Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because you are mentioned in this thread. Change what Google Sheets sends you.
""",
)

add(
    file="v09-dropbox-share.eml", client="Theo Nakamura-Price", kind="email", tag="ignored", traits="on_behalf",
    type="email", html=True,
    from_=("Theo Nakamura-Price (via Dropbox)", "no-reply@dropbox.com"),
    reply_to=("Theo Nakamura-Price", "theo@np-studio.example"),
    relay="mailout.dropbox.com", ip="162.125.6.20",
    subject="Theo Nakamura-Price shared \"Portfolio_2026_v3.pdf\" with you",
    date="2026-12-03 21:10 -0800", mid_domain="dropbox.com",
    body="""Theo Nakamura-Price shared a file with you

Portfolio_2026_v3.pdf
18.4 MB

View file

Enjoy!
The Dropbox team

Dropbox, Inc., PO Box 77767, San Francisco, CA 94107
You received this email because Theo Nakamura-Price (theo@np-studio.example) shared a file with you on Dropbox.
""",
)

# --- Negatives: client column empty ---------------------------------------------------
add(
    file="v10-linkedin-mentions.eml", client="", kind="email", tag="", traits="mentions_client",
    type="email", html=True,
    from_=("LinkedIn", "messages-noreply@linkedin.com"), relay="mailb-ae.linkedin.com", ip="108.174.0.217",
    subject="Congratulate Darnell Brooks on starting a new position",
    date="2026-12-02 08:30 -0500", mid_domain="linkedin.com",
    headers=[("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>")],
    body="""Dana, congratulate Darnell Brooks on starting a new position

Darnell Brooks
Program Director at Midwest Youth Running
Started a new position

Congratulate Darnell

Kara Mendez and 2 others in your network also viewed your profile this week.

This email was intended for Dana Whitfield (Leadership & Career Coach, PCC)
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
)

add(
    file="v11-calendly-reminder.eml", client="", kind="email", tag="", traits="mentions_client",
    type="email", html=True,
    from_=("Calendly", "notifications@calendly.com"), relay="o1.email.calendly.com", ip="167.89.10.7",
    subject="Reminder: 50 Minute Coaching Session with Yuki Sato tomorrow at 8:00am",
    date="2026-12-08 08:00 -0500", mid_domain="calendly.com",
    body="""Hi Dana Whitfield,

This is a friendly reminder that your 50 Minute Coaching Session with Yuki Sato is tomorrow.

Event Date/Time:
8:00am - Wednesday, December 9, 2026 (Eastern Time - US & Canada)

Invitee Email:
yuki.sato@example.jp

Questions:
Anything you'd like to share before the session?
(no answer)

Sent from Calendly
""",
)

add(
    file="v12-via-nameclash.eml", client="", kind="email", tag="", traits="on_behalf;mentions_client",
    type="email", html=True,
    from_=("Ana Beltrán (via Google Docs)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Ana Beltrán", "abeltran@parkslope-pta.example"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73",
    subject="Document shared with you: \"PS 321 PTA — Winter fair volunteers\"",
    date="2026-12-04 12:10 -0500", mid_domain="google.com",
    body="""Ana Beltrán shared a document

Ana Beltrán (abeltran@parkslope-pta.example) has invited you to edit the following document:

"Hi all, PTA treasurer here. Please add your name next to a shift for the winter fair by Friday. Thanks! — Ana B."

PS 321 PTA — Winter fair volunteers
https://docs.google.com/document/d/1Kj3Lm5nP7qR9sT1uV3wX5yZ7aB9cD1eF/edit?usp=sharing_eil_m

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because abeltran@parkslope-pta.example shared a document with you from Google Docs.
""",
)

add(
    file="v13-via-stranger.eml", client="", kind="email", tag="", traits="on_behalf;mentions_client",
    type="email", html=True,
    from_=("Jordan Ellis (via Calendly)", "notifications@calendly.com"),
    reply_to=("Jordan Ellis", "jordan.ellis@example.com"),
    relay="o1.email.calendly.com", ip="167.89.10.8",
    subject="New Event: Jordan Ellis - 1:00pm Fri, Dec 11, 2026 - Free 20 Minute Discovery Call",
    date="2026-12-07 22:15 -0500", mid_domain="calendly.com",
    body="""Hi Dana Whitfield,

A new event has been scheduled.

Event Type:
Free 20 Minute Discovery Call

Invitee:
Jordan Ellis

Invitee Email:
jordan.ellis@example.com

Event Date/Time:
1:00pm - Friday, December 11, 2026 (Eastern Time - US & Canada)

Questions:
What brings you to coaching?
Kara Mendez recommended you. I'm a new manager and could use help with delegating. Do you offer packages?

Sent from Calendly
""",
)

add(
    file="v14-newsletter-quotes-client.eml", client="", kind="email", tag="", traits="mentions_client",
    type="email", html=True,
    from_=("The Coaching Circle", "letters@coachingcircle.example"), relay="mta.sendgrid-like.example", ip="198.51.100.90",
    subject="The Coaching Circle — December: \"I finally said no to my boss\"",
    date="2026-12-05 07:00 -0500", mid_domain="coachingcircle.example",
    headers=[("List-Unsubscribe", "<mailto:unsubscribe@coachingcircle.example?subject=unsubscribe>"), ("List-Id", "The Coaching Circle <letters.coachingcircle.example>"), ("Precedence", "bulk")],
    body="""THE COACHING CIRCLE · December 2026

Client voices: "I finally said no to my boss"

"I'd spent three years saying yes to everything," says Darnell Brooks, a runner and program
director from Chicago who worked with coach Dana Whitfield this autumn. "Can you imagine what
it felt like to say no and have nothing terrible happen?" Darnell now runs a free Saturday club
for new runners; readers who want to join can write to him at darnell.brooks@example.net.

Also this month:
 - Five questions to end the year with
 - Member spotlight: three new ICF credentials

Do you have a client story to share? Reply to this email and tell us.

You're receiving this because you're a member of The Coaching Circle.
Unsubscribe · Update preferences · 210 W 29th St, New York, NY 10001
""",
)

# =====================================================================================
# 5. Ordinary messages: controls, and a few from strangers
# =====================================================================================

add(
    file="c01-gmail-progress.eml", client="Kara Mendez", kind="email", tag="fyi", traits="",
    type="email", html=True, cte="quoted-printable",
    from_=("Kara Mendez", "kara.mendez@example.com"), relay="mail-sor-f65.google.com", ip="209.85.220.65",
    subject="week recap (short one)",
    date="2026-12-04 22:41 -0500", mid_style="gmail",
    body="""Hi Dana,

Short one this week. I told my manager I'm leaving Brightline at the end of the month, and it
was way less dramatic than the version in my head. I'm using my personal email from now on, the
work one is already shut off.

Walks: 5/5. Values: still freedom, craft, family at the top. See you Thursday!

Kara
""",
)

add(
    file="c02-applemail-question.eml", client="Darnell Brooks", kind="email", tag="reply_needed", traits="",
    type="email",
    from_=("Darnell Brooks", "darnell.brooks@example.net"), relay="mailout.example.net",
    subject="Re: Quick follow-up from Thursday",
    date="2026-12-07 20:18 -0500",
    in_reply_to="<CAJq7w2Lx0Darnell1202@mail.gmail.com>",
    headers=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    cte="quoted-printable",
    body="""Back from the mountains, sorry for the auto-reply spam.

To your question: yes, I'd like to keep the 10k plan separate from the work stuff. Do you think
it's okay to spend a whole session on the board presentation, or is that too "work" for what
we're doing?

D

> On Dec 2, 2026, at 7:30 AM, Dana Whitfield <dana@whitfield-coaching.example> wrote:
>
> Hi Darnell, quick follow-up from Thursday: do you want to keep the 10k plan and the
> work goals in one conversation, or separate them?
>
> Dana
""",
)

add(
    file="c03-outlook-thanks.eml", client="Ingrid Solberg", kind="email", tag="fyi", traits="",
    type="email", html=True, cte="quoted-printable",
    from_=("Ingrid Solberg", "ingrid@solberg.example"), relay="mail.solberg.example",
    subject="RE: Invoice for December + the reading list",
    date="2026-12-04 13:20 -0500", mid_style="outlook", mid_domain="DM6PR11MB4137.namprd11.prod.outlook.com",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Invoice for December + the reading list")],
    body="""Got both, thank you! Paid the invoice just now. The reading list is perfect, I've already
ordered the Bridges one.

Ingrid

-----Original Message-----
From: Dana Whitfield <dana@whitfield-coaching.example>
Sent: Friday, December 4, 2026 11:02 AM
To: Ingrid Solberg <ingrid@solberg.example>
Subject: Invoice for December + the reading list

Hi Ingrid, resending now that your mailbox has room. Let me know if anything's missing.
""",
)

add(
    file="c04-thunderbird-request.eml", client="Oliver Hartley", kind="email", tag="reply_needed", traits="",
    type="email",
    from_=("Oliver Hartley", "oliver.hartley@example.co.uk"), relay="smtp.example.co.uk",
    subject="Receipt for my company",
    date="2026-12-03 09:44 +0000",
    headers=[("User-Agent", "Mozilla Thunderbird 128.5.0")],
    charset="iso-8859-1", cte="quoted-printable",
    body="""Hi Dana,

Finance at work have agreed to reimburse the sessions from October on (hurrah). Could you send
me a receipt for October and November with the company name on it? It's Hartley & Finch Ltd,
£ amounts are fine or dollars, whichever is easier.

Thanks,
Oliver
""",
)

add(
    file="c05-iphone-fyi-nl.eml", client="Pieter de Vries", kind="email", tag="fyi", traits="lang:nl",
    type="email",
    from_=("Pieter de Vries", "pieter@devries.example.nl"), relay="smtp.example.nl",
    subject="Gelukt",
    date="2026-12-05 14:02 +0100",
    headers=[("X-Mailer", "iPhone Mail (22B91)")],
    body="""Hoi Dana,

Gelukt! Ik heb het gesprek met Marloes gehad en het ging goed. Meer op donderdag.

(Sorry, mijn mailbox was vol, de helpdesk heeft het opgelost.)

Pieter

Verstuurd vanaf mijn iPhone
""",
)

add(
    file="c06-former-update.eml", client="Rachel Goldberg", kind="email", tag="fyi", traits="former",
    type="email", html=True,
    from_=("Rachel Goldberg", "rachel.goldberg@example.org"), relay="mail.example.org",
    subject="a year later",
    date="2026-12-06 16:12 -0500",
    headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
    body="""Dear Dana,

I realised it's almost a year since our first session. I wanted to tell you that I still do the
Sunday review, and that I got the role I was scared to apply for. My old work address is gone,
so this is the one to use.

Nothing to answer, just gratitude.

Rachel
""",
)

add(
    file="c07-long-one-request.eml", client="Theo Nakamura-Price", kind="email", tag="reply_needed", traits="",
    type="email", html=True, cte="base64",
    from_=("Theo Nakamura-Price", "theo@np-studio.example"), relay="mail.np-studio.example",
    subject="studio visit, the PDF, and a favour",
    date="2026-12-04 23:05 -0800",
    headers=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    body="""Hi Dana,

Sorry, my mailbox filled up with client files and I only noticed when your mail bounced. I've
cleared it out and the PDF is in Dropbox now.

The studio visit went well. They liked the packaging work more than the branding work, which
surprised me, and it made me think about what we said about following the energy. I've been
drawing every day, 30 days straight now, and I think I'm starting to actually enjoy it again.

One favour: would you be willing to write a two-line reference for the residency application?
It's due on the 18th.

Theo
""",
)

add(
    file="c08-re-undeliverable.eml", client="Lukas Weber", kind="email", tag="reply_needed", traits="",
    type="email",
    from_=("Lukas Weber", "lukas.weber@example.de"), relay="mout.example.de",
    subject="Re: Undeliverable: Notes from today + one question",
    date="2026-12-01 20:40 +0100",
    headers=[("User-Agent", "Mozilla Thunderbird 128.5.0")],
    body="""Hi Dana,

You forwarded me the bounce, thanks. The weber-consult address is closed since I left the
partnership, please use this one from now on.

To your question: I'd like to keep weekly through the review in January. Can we also talk
Thursday about how I present the three projects?

Lukas

On 01.12.26 at 18:02, Dana Whitfield wrote:
> Lukas, this bounced from your consultancy address. Forwarding below.
>
> ---------- Forwarded message ---------
> From: Microsoft Outlook <postmaster@weberconsult.onmicrosoft.com>
> Subject: Undeliverable: Notes from today + one question
>
> Your message to l.weber@weber-consult.example couldn't be delivered.
""",
)

add(
    file="c09-manual-ooo-notice.eml", client="Sofia Rossi", kind="email", tag="reply_needed", traits="",
    type="email", html=True, cte="quoted-printable",
    from_=("Sofia Rossi", "sofia.rossi@example.it"), relay="smtp.example.it",
    subject="Out of office next week",
    date="2026-12-03 18:30 +0100",
    mid_domain="example.it",
    body="""Ciao Dana,

Heads up: I'll be out of office Dec 7 to 11 (a work trip to Milan), so let's skip next week.
Does Thursday the 17th work instead? Same time?

Sofia
""",
)

add(
    file="c10-pt-question.eml", client="Mariana Costa", kind="email", tag="reply_needed", traits="lang:pt",
    type="email", html=True, cte="quoted-printable",
    from_=("Mariana Costa", "mariana.costa@example.com.br"), relay="smtp.example.com.br",
    subject="Dúvida sobre a sessão de quinta",
    date="2026-12-01 10:10 -0300",
    body="""Oi Dana, tudo bem?

Na quinta vou estar no hotel, em viagem a trabalho. Podemos fazer a sessão por vídeo em vez
de telefone?
E você pode me mandar de novo aquele exercício dos valores? Não acho mais.

Obrigada!
Mariana
""",
)

add(
    file="c11-ja-fyi.eml", client="Yuki Sato", kind="email", tag="fyi", traits="lang:ja",
    type="email", cte="base64",
    from_=("Yuki Sato", "yuki.sato@example.jp"), relay="smtp.example.jp",
    subject="Re: Next session + time zones",
    date="2026-12-03 07:40 +0900",
    body="""Hi Dana,

Got your resend. My old ne.jp address doesn't work any more, sorry. 10pm Osaka time is totally fine for me.
夜のほうが落ち着いて話せるので、むしろ嬉しいです。

See you next week,
Yuki
""",
)

# --- strangers --------------------------------------------------------------------
add(
    file="x01-prospect-inquiry.eml", client="", kind="email", tag="", traits="",
    type="email", html=True,
    from_=("Priya Shah", "priya.shah@example.com"), relay="mail-sor-f65.google.com", ip="209.85.220.65",
    subject="Coaching inquiry",
    date="2026-12-02 12:00 -0500", mid_style="gmail",
    body="""Hello Dana,

A friend passed on your website. I'm a new engineering manager and struggling with delegation.
Do you have space for new clients in January, and what are your rates?

Best,
Priya Shah
""",
)

add(
    file="x02-bounce-nonclient.eml", client="", kind="email", tag="", traits="bounce",
    type="dsn",
    from_=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    return_path="<>", relay="mail-sor-f69.google.com", ip="209.85.220.69",
    subject="Delivery Status Notification (Failure)",
    date="2026-12-02 13:05:10 -0800",
    mid_domain="mx.google.com",
    headers=[("X-Failed-Recipients", "priya.sha@example.com"), ("Auto-Submitted", "auto-replied")],
    human="""
** Address not found **

Your message wasn't delivered to priya.sha@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550-5.1.1 The email account that you tried to reach does not exist.
""",
    status="""Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 02 Dec 2026 13:05:07 -0800 (PST)

Final-Recipient: rfc822; priya.sha@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 02 Dec 2026 13:05:10 -0800 (PST)
""",
    original=dict(
        to=("Priya Shah", "priya.sha@example.com"),
        subject="Re: Coaching inquiry",
        date="2026-12-02 16:05:00 -0500",
        body="Hi Priya,\n\nThank you for writing. Yes, I have two openings in January. Would a free 20-minute call next week help?" + SIG,
    ),
)

add(
    file="x03-ooo-nonclient.eml", client="", kind="email", tag="", traits="autoreply",
    type="email",
    from_=("Jordan Ellis", "jordan.ellis@example.com"), relay="mail-sor-f65.google.com", ip="209.85.220.65",
    subject="Out of office",
    date="2026-12-08 09:01 -0500", mid_style="gmail",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""Hi, I'm out until December 10 with limited email. I'll reply when I'm back.
Jordan
""",
)

add(
    file="x04-gateway-stranger.eml", client="", kind="sms", tag="", traits="gateway;mentions_client",
    type="email",
    from_="3125550199@vtext.com", relay="omx.vtext.com", ip="69.78.67.21",
    subject=None, date="2026-12-06 11:30 -0500", mid_domain="vtext.com",
    body="Hi is this Dana the coach? got your number from Kara Mendez. do you have time for a call this week\n",
)

add(
    file="x05-unknown-caller-vm.eml", client="", kind="voicemail", tag="", traits="phone_service",
    type="email", html=True,
    from_=("Google Voice", "voice-noreply@google.com"), relay="mail-sor-f69.google.com", ip="209.85.220.69",
    subject="New voicemail from (646) 555-0177 at 2:02 PM",
    date="2026-12-07 14:03 -0500", mid_domain="google.com",
    body="""Hi, this is Marco from Brooklyn Office Supply, calling about the standing desk order for Whitfield Coaching. It's ready for pickup. Call us back at 646-555-0177. Thanks.

play message

YOUR ACCOUNT  HELP CENTER  HELP FORUM
To respond to this voicemail, visit Google Voice.
You received this message because you're a Google Voice user. You can change your Google Voice email notification settings.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""",
)
