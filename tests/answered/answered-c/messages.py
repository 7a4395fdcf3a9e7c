"""answered-c: every message of the set, as data. build.py renders them into real MIME.

The coach: Maren Okafor, Okafor Coaching, Halifax, Nova Scotia (America/Halifax; all of
2-29 November 2026 is AST, -0400, since DST ended on 1 November). Main address on Microsoft 365
(Outlook desktop on Windows, English; Outlook for Mac, French, on her home Mac; iPhone Mail;
Outlook on the web with a German display language on a business-centre PC in Hamburg, where
she is at a training 12-15 November). Second address: a Gmail account she uses on weekends,
which sends with Reply-To set to the main address. Phone: an OpenPhone business line,
+1 902 555 0100, and an old Google Voice number, +1 902 555 0177, still on some clients'
phones; both notify the main address.

Fields of a message:
  key       short name, used by other messages to point at it
  box       "inbox" or "sent"
  program   the mail program (or phone service) that wrote it: see build.PROGRAMS
  frm       a key of PEOPLE; to / cc / bcc: lists of PEOPLE keys (or literal addresses)
  when      the time in Halifax (AST, -0400); tz is the offset the sender's Date header uses
  irt       the key of the message named in In-Reply-To (None: no In-Reply-To header)
  refs      the keys named in References, in that order ([]: no References header)
  quote     the key of the message quoted below the text, in the program's style
  fwd       the key of the message forwarded (its text is included as a forward)
  attach    [(file name, MIME type)]
  service   for phone-service notifications: the caller's number and the call details
  inbox messages: client (roster name or ""), kind, needs_reply, answered, reason
  sent messages:  note (what it is and which INBOX messages it answers, if any)
"""

COACH_NAME = "Maren Okafor"
COACH_MAIN = "maren@okafor-coaching.example"
COACH_SECOND = "okafor.maren@gmail.example"
OPENPHONE_LINE = "+1 902 555 0100"
GOOGLE_VOICE_LINE = "+1 902 555 0177"

PEOPLE = {
    "coach": ("Maren Okafor", COACH_MAIN),
    "coach2": ("Maren Okafor", COACH_SECOND),
    "aiden": ("Aiden MacLeod", "aiden.macleod@example.com"),
    "aiden_work": ("MacLeod, Aiden", "amacleod@harbourlogistics.example"),
    "chloe": ("Chloé Tremblay", "chloe.tremblay@example.ca"),
    "farah": ("Farah Siddiqui", "farah.s@icloud.example"),
    "declan": ("Declan Byrne", "declan.byrne@seaforthengineering.example"),
    "naomi": ("Naomi Whitehorse", "naomi.whitehorse@outlook.example"),
    "tomasz": ("Tomasz Nowak", "tomasz@nowak-studio.example"),
    "jolene": ("Jolene Pelletier", "jolene_pelletier@yahoo.example"),
    "ravi": ("Ravi Menon", "ravi.menon@proton.example"),
    "bea": ("Beatriz Santos", "bea@santos.fastmail.example"),
    "kwame": ("Kwame Asante", "kwame.asante@example.com"),
    "lucy": ("Lucy Fairweather", "lucy@fairweather.example"),
    "hamid": ("Hamid Karimi", "hamid.karimi@example.net"),
    # not clients
    "gord": ("Lahey, Gord", "gord.lahey@tidewaterhealth.example"),
    "sunil": ("Sunil Rao", "sunil.rao@example.org"),
    "ines": ("Dr. Ines Wagner", "ines.wagner@supervision-hamburg.example"),
    "dana": ("Dana Fougère", "dana@fougerebookkeeping.example"),
    "brenda": ("Brenda MacIsaac", "brenda@macisaaccpa.example"),
    "icf": ("ICF Insights", "insights@news.coachingfederation.example"),
    "squarespace": ("Squarespace", "form-submission@squarespace.info"),
    "zoom": ("Zoom", "no-reply@zoom.us"),
    "microsoft": ("Microsoft", "microsoft-noreply@microsoft.com"),
    "linkedin": ("LinkedIn", "notifications-noreply@linkedin.com"),
    "library": ("Halifax Public Libraries", "noreply@halifaxpubliclibraries.example"),
    "hub": ("The Hub Halifax", "hello@thehubhalifax.example"),
    "openphone": ("OpenPhone", "notifications@openphone.com"),
    "googlevoice": ("Google Voice", "voice-noreply@google.com"),
}

CLIENTS = [
    dict(name="Aiden MacLeod", emails=["aiden.macleod@example.com", "amacleod@harbourlogistics.example"],
         phones=["+1 902 555 0141"]),
    dict(name="Chloé Tremblay", emails=["chloe.tremblay@example.ca"], phones=["+1 514 555 0187"]),
    dict(name="Farah Siddiqui", emails=["farah.s@icloud.example"], phones=["+1 902 555 0163"]),
    dict(name="Declan Byrne", emails=["declan.byrne@seaforthengineering.example"], phones=["+1 902 555 0119"]),
    dict(name="Naomi Whitehorse", emails=["naomi.whitehorse@outlook.example"], phones=["+1 902 555 0172"]),
    dict(name="Tomasz Nowak", emails=["tomasz@nowak-studio.example"], phones=["+1 902 555 0128"]),
    dict(name="Jolene Pelletier", emails=["jolene_pelletier@yahoo.example"], phones=["+1 506 555 0134"]),
    dict(name="Ravi Menon", emails=["ravi.menon@proton.example"], phones=["+1 902 555 0195"]),
    dict(name="Beatriz Santos", emails=["bea@santos.fastmail.example"], phones=["+351 912 000 417"]),
    dict(name="Kwame Asante", emails=["kwame.asante@example.com"], phones=["+1 902 555 0156"]),
    dict(name="Lucy Fairweather", emails=["lucy@fairweather.example"], phones=["+1 604 555 0121"],
         status="former", ended="2026-08-31"),
    dict(name="Hamid Karimi", emails=["hamid.karimi@example.net"], phones=["+1 403 555 0166"],
         status="former", ended="2026-06-30"),
]

ALL_CLIENT_KEYS = ["aiden", "chloe", "farah", "declan", "naomi", "tomasz", "jolene", "ravi",
                   "bea", "kwame", "lucy", "hamid"]

SIG_COACH = """Maren Okafor (she/her)
Okafor Coaching · Halifax, Nova Scotia
(902) 555-0100 · okafor-coaching.example"""

SIG_DECLAN = """Declan Byrne, P.Eng.
Project Director | Seaforth Engineering Ltd.
T 902 555 0119 | 1801 Hollis Street, Halifax NS

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential information. Any unauthorized review,
use or distribution is prohibited. If you are not the intended recipient, please contact the
sender by reply e-mail and destroy all copies of the original message."""

SIG_AIDEN_WORK = """Aiden MacLeod | Operations Manager
Harbour Logistics Ltd. | 1 Marginal Road, Halifax NS B3H 4P7
This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it."""

SIG_NAOMI = """Naomi Whitehorse
Clinical Educator, Tidewater Health"""

SIG_TOMASZ = """--
Tomasz Nowak · Nowak Studio · photography & design
nowak-studio.example"""

SIG_PROTON = "Sent with Proton Mail secure email."

SIG_IPHONE = "Sent from my iPhone"


def invoice_body(first, number, sessions, extra=""):
    amount = 165 * sessions
    hst = round(amount * 0.14, 2)
    return f"""Hi {first},

{extra}Please find attached your invoice for November.

Invoice {number}
{sessions} coaching sessions × $165.00 = ${amount:,.2f}
HST (14%) = ${hst:,.2f}
Total due: ${amount + hst:,.2f}, by 10 December 2026

Payment by Interac e-Transfer to payments@okafor-coaching.example (auto-deposit), or by cheque.

Thank you!"""


def reminder_body(first, when_text, where_text):
    return f"""Hi {first},

A quick reminder of our next session:

  {when_text}
  {where_text}

If you need to change the time, just reply to this email, at least 24 hours ahead if you can.

See you then,"""


ZOOM = "Zoom: https://us06web.zoom.us/j/83412007761?pwd=okafor (meeting ID 834 1200 7761, passcode 2611)"

MESSAGES = [
    # ---------------------------------------------------------------- week 1 (2-8 Nov)
    dict(key="bea_clocks", box="inbox", program="fastmail", frm="bea", to=["coach"],
         when="2026-11-02 13:05", tz="+0000", subject="Session times after the clock change",
         body="""Olá Maren,

Quick practical one: the clocks changed here last week and yours changed yesterday, so I am confused (as usual!). Can we keep our Monday calls at 2pm your time? For me that is now 6pm, which is actually better because I'm out of the office by then.

If that doesn't work for you, 1pm your time is also fine.

Beijinhos,
Bea""",
         client="Beatriz Santos", kind="email", needs_reply=True, answered=True,
         reason="asks to keep Mondays at 2pm Halifax time; the coach's reply (References only, no In-Reply-To) says yes"),
    dict(key="s_bea_clocks", box="sent", program="outlook", frm="coach", to=["bea"],
         when="2026-11-02 16:20", tz="-0400", subject="RE: Session times after the clock change",
         irt=None, refs=["bea_clocks"], quote="bea_clocks",
         body="""Hi Bea,

Yes, let's keep Mondays at 2pm my time (6pm for you). Nothing changes on my side, so the calendar invitation stays as it is. See you on the 9th!

Maren""", sig=SIG_COACH,
         note="answers bea_clocks; carries References but no In-Reply-To"),

    dict(key="chloe_worksheet", box="inbox", program="apple_mail", frm="chloe", to=["coach"],
         when="2026-11-02 15:40", tz="-0400", subject="Fiche des valeurs ?",
         body="""Bonjour Maren,

Désolée de te déranger… I can't find the values worksheet you gave me in October. J'ai cherché partout, I think it went out with the recycling 🙈 Could you send it to me again? I want to do it before Thursday.

Merci mille fois,
Chloé""",
         client="Chloé Tremblay", kind="email", needs_reply=True, answered=True,
         reason="asks for the worksheet again; the coach's iPhone reply (In-Reply-To only) attaches it"),
    dict(key="s_chloe_worksheet", box="sent", program="iphone", frm="coach", to=["chloe"],
         when="2026-11-02 20:15", tz="-0400", subject="Re: Fiche des valeurs ?",
         irt="chloe_worksheet", refs=[], quote="chloe_worksheet",
         attach=[("Values-worksheet.pdf", "application/pdf")],
         body="""Here it is! Printable PDF attached. No need to do all 40: circle your top 10 and we'll start there on Thursday.

Maren""", sig=SIG_IPHONE,
         note="answers chloe_worksheet; In-Reply-To only, no References"),

    dict(key="icf_news", box="inbox", program="bulk", frm="icf", to=["coach"],
         when="2026-11-03 09:20", tz="+0000", subject="ICF Insights: Ethics in the age of AI note-takers",
         body="""ICF INSIGHTS · NOVEMBER 2026

Ethics in the age of AI note-takers
Should you let a meeting bot record your coaching sessions? Our ethics committee answers members' five most common questions, from consent to data retention.

Also in this issue
· CCE webinars for December: supervision, team coaching, and the business of coaching
· Regional chapters: the Atlantic Canada chapter meets 18 November (online)
· Credentialing: the new PCC performance indicators take effect 1 January

You are receiving this email because you are a member of the International Coaching Federation.
Update your preferences or unsubscribe: https://news.coachingfederation.example/u/2f9c1""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a professional body's newsletter, not a client"),

    dict(key="kwame_plan", box="inbox", program="spark", frm="kwame", to=["coach"],
         when="2026-11-03 10:02", tz="-0400", subject="my plan for the week",
         body="""Hey Maren

Feeling great after Monday. Writing it down like you said so I actually do it:
- Mon/Wed/Fri gym before work (6:30!!)
- no phone after 10pm
- call my dad on Sunday
- block 2 hours Thursday for the grant report

We'll see how it goes lol. Will report back next week.

K""",
         client="Kwame Asante", kind="email", needs_reply=False, answered=False,
         reason="a plan written down for himself; nothing to answer"),

    dict(key="aiden_article", box="inbox", program="outlook", frm="aiden_work", to=["coach"],
         when="2026-11-03 12:10", tz="-0400", subject="Quick one",
         body="""Hi Maren,

Sorry to use the work address, I'm between meetings. Could you send me the article you mentioned on Friday, the one about giving feedback to people who used to be your peers? I'd like to read it before my 1:1 with Jenna on Thursday.

Also, could you please reply to my personal address (aiden.macleod@example.com) rather than this one? Our IT team can see this mailbox and I'd rather keep coaching separate.

Thanks,
Aiden""", sig=SIG_AIDEN_WORK,
         client="Aiden MacLeod", kind="email", needs_reply=True, answered=True,
         reason="asks for the article; the coach's Outlook reply sends it, addressed to his personal address as he asked"),

    dict(key="tomasz_rates", box="inbox", program="thunderbird", frm="tomasz", to=["coach"],
         when="2026-11-03 14:22", tz="-0400", subject="Pricing the studio work",
         attach=[("rates-2027-draft.csv", "text/csv")],
         body="""Hi Maren,

Following up on yesterday. I drafted the new rates (attached, it's just an export from the spreadsheet). Day rate goes from $650 to $720, small jobs from $180 to $200.

Be honest: is this too timid? I know what you're going to say but I want to hear it.

Tomasz""", sig=SIG_TOMASZ,
         client="Tomasz Nowak", kind="email", needs_reply=True, answered=True,
         reason="asks for an honest opinion on his new rates; the coach's reply gives it"),
    dict(key="s_tomasz_rates", box="sent", program="outlook", frm="coach", to=["tomasz"],
         when="2026-11-03 18:05", tz="-0400", subject="RE: Pricing the studio work",
         irt="tomasz_rates", refs=["tomasz_rates"], quote="tomasz_rates",
         body="""Hi Tomasz,

You asked for honest: yes, it's timid. You told me on Monday that your calendar is full through March and that you turned down two jobs in October. A 10% rise when you are turning work away protects your comfort, not your business.

Try this as an experiment: write down the number that makes you slightly nervous (I suspect it's somewhere around $850), and sit with it for 48 hours before you decide.

Maren""", sig=SIG_COACH,
         note="answers tomasz_rates; full In-Reply-To and References"),

    dict(key="s_aiden_article", box="sent", program="outlook", frm="coach", to=["aiden"],
         when="2026-11-03 19:40", tz="-0400", subject="RE: Quick one",
         irt="aiden_article", refs=["aiden_article"], quote="aiden_article",
         body="""Hi Aiden,

Moving us over to your personal address, as you asked.

Here's the piece: "From Peer to Boss Without Losing the Team", https://hbr.example/2024/03/from-peer-to-boss. The section on the first three conversations is the part I had in mind for you and Jenna.

Good luck on Thursday. I'll be curious to hear how it goes.

Maren""", sig=SIG_COACH,
         note="answers aiden_article, sent to the client's other (personal) address"),

    dict(key="farah_breathing", box="inbox", program="iphone", frm="farah", to=["coach"],
         when="2026-11-04 08:45", tz="-0400", subject="breathing thing",
         body="""Hi Maren, I tried the 4-7-8 breathing before my presentation yesterday and honestly it helped more than I expected. My hands still shook but my voice didn't. Thank you for pushing me on that.

Farah""", sig=SIG_IPHONE,
         client="Farah Siddiqui", kind="email", needs_reply=False, answered=False,
         reason="progress note and thanks"),

    dict(key="tomasz_when", box="inbox", program="thunderbird", frm="tomasz", to=["coach"],
         when="2026-11-04 11:30", tz="-0400", subject="Re: Pricing the studio work",
         irt="s_tomasz_rates", refs=["tomasz_rates", "s_tomasz_rates"], quote="s_tomasz_rates",
         body="""OK. You were right, the number was making me nervous in a good way. I went to $820 day rate and $240 for small jobs (+26% ish).

Next question: do I tell my existing clients now, or wait until January when the new rates start? Two of them book me every month.

T.""",
         client="Tomasz Nowak", kind="email", needs_reply=True, answered=True,
         reason="asks whether to tell existing clients now or in January; the coach's iPhone reply says now"),

    dict(key="jolene_homework", box="inbox", program="yahoo", frm="jolene", to=["coach"],
         when="2026-11-04 21:14", tz="+0000", subject="Homework!!",
         body="""Hi Maren!!

I did my gratitude list EVERY day this week, im kind of shocked. Here's my favourite ones:
- the guy at Tims who remembered my order
- Mom laughing on the phone sunday
- finishing the puzzle w/ Kayla
- my car starting in the cold lol

ok thats it, see you monday
Jolene""",
         client="Jolene Pelletier", kind="email", needs_reply=False, answered=False,
         reason="homework report; nothing to answer"),

    dict(key="ravi_values", box="inbox", program="proton", frm="ravi", to=["coach"],
         when="2026-11-05 06:30", tz="+0000", subject="Values exercise, what came up",
         body="""Maren,

I did the values ranking on the ferry this morning. Top three ended up being autonomy, craft, and (surprisingly) community. Security came seventh, which explains a lot about why the bank job feels so heavy even though on paper it's the "safe" one.

Nothing to answer, just writing it down so it's real. We can pick it up next week.

Ravi""", sig=SIG_PROTON,
         client="Ravi Menon", kind="email", needs_reply=False, answered=False,
         reason="a reflection; says there is nothing to answer"),

    dict(key="s_tomasz_when", box="sent", program="iphone", frm="coach", to=["tomasz"],
         when="2026-11-05 07:50", tz="-0400", subject="Re: Pricing the studio work",
         irt="tomasz_when", refs=["tomasz_when", "s_tomasz_rates", "tomasz_rates"], quote="tomasz_when",
         body="""Tell them now. Seven weeks' notice is a courtesy, and it gives them time to budget. Springing it on them in January is what would feel like a surprise. Keep it short: new rates from 1 January, thank them for the work, no apology.""",
         sig=SIG_IPHONE,
         note="answers tomasz_when; References in an unusual (newest-first) order"),

    dict(key="declan_move", box="inbox", program="outlook", frm="declan", to=["coach"],
         when="2026-11-05 08:15", tz="-0400", subject="Moving next Thursday?",
         body="""Hi Maren,

Any chance we could move next Thursday's session (the 12th) to earlier in the day? I've been pulled into a site visit in Truro that afternoon and I won't be back before 5. Anything before noon works, or the Friday if that's easier for you.

Thanks,
Declan""", sig=SIG_DECLAN,
         client="Declan Byrne", kind="email", needs_reply=True, answered=True,
         reason="asks to move the 12th; he re-sent it quoted in declan_bump, and the coach's reply to that (10:00 on the 12th) answers it"),

    dict(key="naomi_benefits", box="inbox", program="outlook_com", frm="naomi", to=["coach"], cc=["gord"],
         when="2026-11-06 09:10", tz="-0400", subject="Benefits paperwork - session count",
         body="""Good morning Maren,

I'm copying Gord Lahey from our HR team. For my wellness benefit claim, Gord needs a short confirmation from you of how many coaching sessions I've had since September and how many are left in my package. Could you reply to both of us? Just the numbers is fine, no details about what we talk about please 🙂

Thank you,
Naomi""", sig=SIG_NAOMI,
         client="Naomi Whitehorse", kind="email", needs_reply=True, answered=True,
         reason="asks for a session count for HR; the coach's reply-all gives the numbers"),
    dict(key="s_naomi_benefits", box="sent", program="outlook", frm="coach", to=["naomi"], cc=["gord"],
         when="2026-11-06 11:45", tz="-0400", subject="RE: Benefits paperwork - session count",
         irt="naomi_benefits", refs=["naomi_benefits"], quote="naomi_benefits",
         body="""Good morning Naomi and Gord,

I confirm that Naomi has had 8 coaching sessions with me since 8 September 2026, and that 4 sessions remain in her 12-session package (valid until 31 March 2027).

Please let me know if you need this on letterhead.

Best regards,
Maren Okafor""", sig=SIG_COACH,
         note="reply-all (client in To, her HR adviser in Cc); answers naomi_benefits"),

    dict(key="gord_thanks", box="inbox", program="outlook", frm="gord", to=["coach", "naomi"],
         when="2026-11-06 12:02", tz="-0400", subject="RE: Benefits paperwork - session count",
         irt="s_naomi_benefits", refs=["naomi_benefits", "s_naomi_benefits"], quote="s_naomi_benefits",
         body="""Thanks Maren, that's all I need. Naomi, I've filed it with your claim.

Gord

Gord Lahey | HR Advisor, Benefits | Tidewater Health""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="the client's HR adviser, not a client"),

    dict(key="s_kwame_rem1", box="sent", program="outlook", frm="coach", to=["kwame"],
         when="2026-11-06 17:00", tz="-0400", subject="Reminder: our session on Tuesday 10 November, 4:00 pm",
         body=reminder_body("Kwame", "Tuesday 10 November, 4:00-5:00 pm (Halifax time)", ZOOM) + "\nMaren",
         sig=SIG_COACH, note="session reminder (template); answers nothing"),

    dict(key="tomasz_quiet", box="inbox", program="thunderbird", frm="tomasz", to=["coach"],
         when="2026-11-06 13:30", tz="-0400", subject="Re: Pricing the studio work",
         irt="s_tomasz_when", refs=["tomasz_rates", "s_tomasz_rates", "tomasz_when", "s_tomasz_when"],
         quote="s_tomasz_when",
         body="""Told the two regulars yesterday. Harbourview Dental said "fair enough, see you in January" (!!!). The other one, the brewery, read it and went quiet. Nothing since.

Do I follow up, or wait and let them come to me? My instinct is to write back and offer them the old rate for Q1, which I suspect is the wrong instinct.

T.""",
         client="Tomasz Nowak", kind="email", needs_reply=True, answered=True,
         reason="asks whether to follow up; the coach answers from her Gmail address (long References)"),
    dict(key="s_tomasz_quiet", box="sent", program="gmail", frm="coach2", to=["tomasz"],
         when="2026-11-06 20:30", tz="-0400", subject="Re: Pricing the studio work",
         irt="tomasz_quiet", refs=["tomasz_rates", "s_tomasz_rates", "tomasz_when", "s_tomasz_when", "tomasz_quiet"],
         quote="tomasz_quiet",
         body="""Your suspicion is right: don't pre-discount. Give them until Wednesday. If nothing by then, one friendly line: "Just checking this landed OK, happy to talk it through." That's it. Silence after a price change is usually someone doing their budget, not someone leaving.

Proud of you for sending it.
Maren""",
         note="answers tomasz_quiet, from the coach's second (Gmail) address; five References"),

    dict(key="form_patrick", box="inbox", program="squarespace", frm="squarespace", to=["coach"],
         when="2026-11-07 10:48", tz="+0000", subject="Form Submission - New Inquiry - Okafor Coaching",
         body="""Sent via form submission from Okafor Coaching

Name: Patrick Doucette
Email: pdoucette@example.org
Subject: Career coaching
Message: Hi Maren, a friend (Aiden M.) recommended you. I'm thinking about leaving teaching after 14 years and I'm stuck. Do you have space in the new year, and do you offer a free first call?

(Sent from okafor-coaching.example/contact)""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a website form: a prospective client, not on the roster"),

    dict(key="lucy_news", box="inbox", program="superhuman", frm="lucy", to=["coach"],
         when="2026-11-08 12:00", tz="-0800", subject="News!",
         body="""Maren!

I got it. Director of Client Experience, starting in January. I negotiated (!!) using the script we wrote in the spring and they came up $14k. I still can't quite believe it.

I hear your voice every Monday when I plan the week: "what's the one thing that would make this a good week?" Thank you, truly.

Lucy""",
         client="Lucy Fairweather", kind="email", needs_reply=False, answered=False,
         reason="a former client's good news; the only question is the coach's own, quoted"),

    dict(key="bea_vitoria", box="inbox", program="fastmail", frm="bea", to=["coach"],
         when="2026-11-08 16:20", tz="+0000", subject="Uma pequena vitória",
         body="""Olá Maren!

Só para contar: hoje disse ao meu chefe que não posso ficar com o projeto novo sem largar um dos outros. E ele aceitou! Tirou-me o relatório mensal. Ainda estou a tremer um bocadinho, mas estou orgulhosa.

Não precisas de responder, era só para partilhar.

Beijinhos,
Bea""",
         client="Beatriz Santos", kind="email", needs_reply=False, answered=False,
         reason="good news in Portuguese; says no need to reply"),

    # ---------------------------------------------------------------- week 2 (9-15 Nov)
    dict(key="declan_bump", box="inbox", program="outlook", frm="declan", to=["coach"],
         when="2026-11-09 07:50", tz="-0400", subject="RE: Moving next Thursday?",
         irt="declan_move", refs=["declan_move"], quote="declan_move",
         body="""Hi Maren, just bumping this in case it got buried over the weekend (see below). I need to tell the site team today whether I'm coming back early.

Declan""", sig=SIG_DECLAN,
         client="Declan Byrne", kind="email", needs_reply=True, answered=True,
         reason="re-sends the request to move the 12th; the coach's Outlook reply gives 10:00 on the 12th"),
    dict(key="s_declan_move", box="sent", program="outlook", frm="coach", to=["declan"],
         when="2026-11-09 10:05", tz="-0400", subject="RE: Moving next Thursday?",
         irt="declan_bump", refs=["declan_bump"], quote="declan_bump",
         body="""Hi Declan,

It did get buried, sorry! Let's do Thursday the 12th at 10:00 instead of 3:00, same Zoom link. I'm flying out that evening, so a morning session suits me too.

Maren""", sig=SIG_COACH,
         note="answers declan_bump and the request it quotes (declan_move); In-Reply-To and References name only declan_bump"),

    dict(key="tomasz_signed", box="inbox", program="thunderbird", frm="tomasz", to=["coach"],
         when="2026-11-09 08:30", tz="-0400", subject="Re: Pricing the studio work",
         irt="s_tomasz_quiet",
         refs=["tomasz_rates", "s_tomasz_rates", "tomasz_when", "s_tomasz_when", "tomasz_quiet", "s_tomasz_quiet"],
         quote="s_tomasz_quiet",
         body="""She came back! The brewery signed off on the new rate for 2027 and asked if I can do their spring catalogue. I didn't even have to send the follow-up.

That's all, no need to answer, just wanted you to know. Beer is on me in January.

T.""",
         client="Tomasz Nowak", kind="email", needs_reply=False, answered=False,
         reason="good news; says no need to answer"),

    dict(key="aiden_jenna", box="inbox", program="gmail_android", frm="aiden", to=["coach"],
         when="2026-11-09 12:15", tz="-0400", subject="Jenna",
         body="""Had the 1:1 with Jenna. Used the "first three conversations" thing from the article almost word for word. It went... fine? Better than fine actually. She said she'd been waiting for me to bring it up.

No need to reply, just wanted to tell someone who'd get it.

A""",
         client="Aiden MacLeod", kind="email", needs_reply=False, answered=False,
         reason="news, 'no need to reply' (the coach replied anyway, but there was nothing to answer)"),
    dict(key="s_aiden_jenna", box="sent", program="iphone", frm="coach", to=["aiden"],
         when="2026-11-09 18:30", tz="-0400", subject="Re: Jenna",
         irt="aiden_jenna", refs=["aiden_jenna"], quote="aiden_jenna",
         body="""Aiden, that's wonderful. "She'd been waiting for me to bring it up": remember that one. See you Thursday.

M.""", sig=SIG_IPHONE,
         note="a reply to an FYI (aiden_jenna); answers nothing that needed answering"),

    dict(key="jolene_december", box="inbox", program="yahoo", frm="jolene", to=["coach"],
         when="2026-11-09 20:40", tz="+0000", subject="December?",
         body="""Hi Maren,

This is a bit awkward to write. Money's tight with Christmas and the car repair, so I was wondering if we could switch to every other week starting in December instead of every week? I really don't want to stop altogether, its helping so much. If every other week doesn't work with how you do things just tell me and I'll figure something out.

Thanks for understanding,
Jolene""",
         client="Jolene Pelletier", kind="email", needs_reply=True, answered=True,
         reason="asks to go fortnightly; the threaded reply only defers ('next week'), but the coach's unthreaded 'December schedule' mail of 18 Nov says yes"),
    dict(key="s_jolene_hold", box="sent", program="outlook", frm="coach", to=["jolene"],
         when="2026-11-10 08:20", tz="-0400", subject="RE: December?",
         irt="jolene_december", refs=["jolene_december"], quote="jolene_december",
         body="""Hi Jolene,

Not awkward at all, and thank you for telling me. I want to look properly at my December calendar before I answer, and I'm away at a training at the end of this week, so I'll get back to you on this next week. Please don't worry in the meantime.

Maren""", sig=SIG_COACH,
         note="a holding reply to jolene_december ('I'll get back to you on this next week'): answers nothing by itself"),

    dict(key="kwame_zoom_text", box="inbox", program="gv_text", frm="googlevoice", to=["coach"],
         when="2026-11-10 09:12", tz="+0000", subject="New text message from (902) 555-0156",
         service=dict(number="+1 902 555 0156"),
         body="""hey can u send me the zoom link again for today? cant find it anywhere sorry""",
         client="Kwame Asante", kind="sms", needs_reply=True, answered=True,
         reason="a text asking for the Zoom link; the coach's unthreaded email 28 minutes later sends it"),
    dict(key="s_kwame_zoom", box="sent", program="iphone", frm="coach", to=["kwame"],
         when="2026-11-10 09:40", tz="-0400", subject="Zoom link for today",
         body=f"""Hi Kwame, got your text. Here's the link for 4pm today:

{ZOOM}

See you at 4.
Maren""", sig=SIG_IPHONE,
         note="answers kwame_zoom_text (a text) by email, no threading headers"),

    dict(key="zoom_renewal", box="inbox", program="bulk", frm="zoom", to=["coach"],
         when="2026-11-10 15:00", tz="+0000", subject="Your Zoom Workplace Pro plan renews on December 1",
         body="""Hi Maren,

Your Zoom Workplace Pro plan (1 license, billed monthly) will renew automatically on December 1, 2026. Your payment method ending in 4417 will be charged CA$20.99 plus applicable taxes.

Manage your plan: https://zoom.us/billing

Zoom Communications, Inc. · 55 Almaden Blvd, San Jose, CA 95113""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a vendor's billing notice"),

    dict(key="chloe_non", box="inbox", program="apple_mail", frm="chloe", to=["coach"],
         when="2026-11-10 19:05", tz="-0400", subject="Petite victoire 🎉",
         body="""Coucou Maren,

J'ai dit NON à la réunion de vendredi soir. Poliment, mais non. Et personne n'en est mort ! 😄 Je me sens un peu coupable mais surtout fière.

On en parle jeudi.
Chloé""",
         client="Chloé Tremblay", kind="email", needs_reply=False, answered=False,
         reason="good news in French, to talk about on Thursday"),

    dict(key="naomi_extra_text", box="inbox", program="openphone_text", frm="openphone", to=["coach"],
         when="2026-11-11 13:20", tz="+0000", subject="New message from (902) 555-0172",
         service=dict(number="+1 902 555 0172"),
         body="""Hi Maren its Naomi. Do you have any openings this week?? Things are a lot at work and I could really use an extra session if you can fit me in. Any time thurs or fri""",
         client="Naomi Whitehorse", kind="sms", needs_reply=True, answered=False,
         reason="a text asking for an extra session; the coach's next mail to Naomi (the Bcc newsletter, then a reminder on 20 Nov) does not answer it"),

    dict(key="s_newsletter", box="sent", program="outlook", frm="coach", to=["coach"],
         bcc=ALL_CLIENT_KEYS,
         when="2026-11-12 08:45", tz="-0400", subject="Notes from Maren: November",
         body="""Hello everyone,

A few notes for November, from a very wet Halifax.

Travel. I'm at a coaching supervision training in Hamburg from 12 to 15 November. The sessions that week have been moved, and we've arranged each of them together. Email will be patchy, so please be patient with me.

The end of the year. The last sessions of 2026 are in the week of 14 December; I'm back on 4 January. If you'd like to change how often we meet in the new year, bring it to a session.

Something to read. Kristin Neff's short piece on "fierce self-compassion" has come up with several of you this autumn. The idea that being kind to yourself and holding yourself to a high standard are not opposites is worth a few minutes with a cup of tea.

A small experiment for the month: at the end of each day, write one sentence about something you did well. Just one.

Warmly,
Maren

You are receiving this because you are, or have been, one of my coaching clients. If you'd rather not get these notes, just reply and say so.""",
         sig=SIG_COACH,
         note="the monthly newsletter, To the coach herself, Bcc every client; answers nothing"),

    dict(key="declan_ooo", box="inbox", program="outlook_auto", frm="declan", to=["coach"],
         when="2026-11-12 08:46", tz="-0400", subject="Automatic reply: Notes from Maren: November",
         irt="s_newsletter", refs=[],
         body="""Thank you for your email. I am on site visits in Truro on Thursday 12 November with limited access to email. For urgent matters, please call the Seaforth office at 902 555 0110.

Declan Byrne""",
         client="Declan Byrne", kind="email", needs_reply=False, answered=False,
         reason="an out-of-office reply to the newsletter (ignored)"),

    dict(key="ravi_offer", box="inbox", program="proton", frm="ravi", to=["coach"],
         when="2026-11-12 07:55", tz="+0000", subject="Job offer: need your take",
         body="""Hi Maren,

Bluenose Analytics made the offer last night. It's the data-team lead role we talked about. Base is $104k, which is less than I hoped, and they want me to start 4 January.

Two questions, and I'd love your take before I call them back on Friday:
1. Do I push on salary or on the start date first? I need February to wind down properly at the bank.
2. Is it a bad look to ask for one remote day a week in the first month?

I know you're probably busy. Sorry for the essay.

Ravi""", sig=SIG_PROTON,
         client="Ravi Menon", kind="email", needs_reply=True, answered=False,
         reason="two questions before Friday; the coach only sent a holding reply ('I'll get back to you on this next week') and forwarded it (WG:) to a recruiter; no mail ever answered him"),
    dict(key="s_ravi_hold", box="sent", program="iphone", frm="coach", to=["ravi"],
         when="2026-11-12 10:30", tz="-0400", subject="Re: Job offer: need your take",
         irt="ravi_offer", refs=["ravi_offer"], quote="ravi_offer",
         body="""Ravi, congratulations!! That's huge, and well earned.

I'm heading to the airport shortly for a training in Hamburg. These are good questions and I want to give them proper thought, so I'll get back to you on this next week.

Maren""", sig=SIG_IPHONE,
         note="a holding reply to ravi_offer; answers neither of its questions"),
    dict(key="s_ravi_fwd", box="sent", program="owa_de", frm="coach", to=["sunil"],
         when="2026-11-13 10:10", tz="+0100", subject="WG: Job offer: need your take",
         irt="ravi_offer", refs=["ravi_offer"], fwd="ravi_offer",
         body="""Hi Sunil,

Forwarding with my client's permission. You hire data people: what would you push on first here, salary or start date? I'd value your take before I write back to him.

Greetings from a very grey Hamburg,
Maren""",
         note="forwards ravi_offer (WG:, German Outlook on the web) to a third party, with In-Reply-To and References to it: not an answer to Ravi"),

    dict(key="sunil_reply", box="inbox", program="gmail", frm="sunil", to=["coach"],
         when="2026-11-14 09:30", tz="-0400", subject="Re: WG: Job offer: need your take",
         irt="s_ravi_fwd", refs=["ravi_offer", "s_ravi_fwd"], quote="s_ravi_fwd",
         body="""Maren, salary first, always. Start dates are the easiest thing for a hiring manager to give, so save that one. And one remote day a week in month one is completely normal now, he shouldn't worry.

Happy to chat if it's useful. Enjoy Hamburg!
S.""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a colleague's answer to the coach's forward, not a client"),

    dict(key="hamid_calgary", box="inbox", program="gmail", frm="hamid", to=["coach"],
         when="2026-11-14 18:10", tz="-0700", subject="Hello from Calgary",
         body="""Hi Maren,

It's been a while! Just wanted to say the move went well. The new team is small and a bit chaotic, but I'm enjoying being the one who calms things down rather than the one who panics. I guess some of our work stuck :)

The kids have discovered snow. Real snow, not Halifax slush.

Hope all is good on the coast.

Hamid""",
         client="Hamid Karimi", kind="email", needs_reply=False, answered=False,
         reason="a former client's news"),

    dict(key="bea_podcast", box="inbox", program="fastmail", frm="bea", to=["coach"],
         when="2026-11-15 10:40", tz="+0000", subject="Notícias + uma pergunta",
         body="""Hi Maren,

News first: the boss thing held! A week later and the monthly report is still not mine. I even left at 18:00 on Thursday.

And a question: could you recommend a podcast about burnout? Portuguese or English, I'll take either. My commute is 40 minutes each way and I'm tired of true crime.

Beijinhos
Bea""",
         client="Beatriz Santos", kind="email", needs_reply=True, answered=True,
         reason="asks for a podcast; the coach's reply from her Gmail address recommends two"),

    # ---------------------------------------------------------------- week 3 (16-22 Nov)
    dict(key="s_bea_podcast", box="sent", program="gmail", frm="coach2", to=["bea"],
         when="2026-11-16 08:10", tz="-0400", subject="Re: Notícias + uma pergunta",
         irt="bea_podcast", refs=["bea_podcast"], quote="bea_podcast",
         body="""Bea, so glad it held. And 18:00 on a Thursday!

For the commute, two I trust:
- "The Burnout Fix" (English, short episodes, very practical)
- "Bem-Estar em Dia" (I haven't heard it myself, but a Brazilian colleague swears by it)

Start with the first one's episode called "Recovery is not a reward".

Maren""",
         note="answers bea_podcast, from the coach's Gmail address"),

    dict(key="microsoft_invoice", box="inbox", program="bulk", frm="microsoft", to=["coach"],
         when="2026-11-16 09:05", tz="+0000", subject="Your Microsoft 365 Business Standard invoice is ready",
         body="""Your invoice is ready

Billing account: Okafor Coaching
Invoice number: G0871946213
Invoice date: November 16, 2026
Amount due: CA$16.90 (taxes included)

The amount will be charged to your payment method on file. You can view and download the invoice in the Microsoft 365 admin center.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a vendor's invoice"),

    dict(key="aiden_vm_friday", box="inbox", program="openphone_vm", frm="openphone", to=["coach"],
         when="2026-11-16 10:25", tz="+0000", subject="New voicemail from (902) 555-0141",
         service=dict(number="+1 902 555 0141", duration="0:31"),
         body="""Hi Maren, it's Aiden. Um, something's come up Thursday morning, we've got an audit walkthrough. Any chance we can push Thursday to Friday, same time? So Friday at eight? Just let me know, email's fine. Thanks, bye.""",
         client="Aiden MacLeod", kind="voicemail", needs_reply=True, answered=True,
         reason="a voicemail asking to move Thursday to Friday; the coach's unthreaded email two hours later moves it"),

    dict(key="ravi_negotiated", box="inbox", program="proton", frm="ravi", to=["coach"],
         when="2026-11-16 11:00", tz="+0000", subject="Re: Job offer: need your take",
         irt="s_ravi_hold", refs=["ravi_offer", "s_ravi_hold"], quote="s_ravi_hold",
         body="""Update so you don't spend your training thinking about it: I went with salary first (gut call), they came up to $110k, and I got 1 February as a start date without even arguing. The remote day I'll raise once I'm in.

No need to reply, I know you're just back. See you Thursday.

Ravi""", sig=SIG_PROTON,
         client="Ravi Menon", kind="email", needs_reply=False, answered=False,
         reason="news; says no need to reply"),

    dict(key="s_aiden_friday", box="sent", program="outlook", frm="coach", to=["aiden"],
         when="2026-11-16 12:30", tz="-0400", subject="Friday at 8",
         body="""Hi Aiden,

Got your voicemail, no problem. I've moved us to Friday 20 November at 8:00, same Zoom link. Good luck with the audit!

Maren""", sig=SIG_COACH,
         note="answers aiden_vm_friday (a voicemail), no threading headers"),

    dict(key="declan_article", box="inbox", program="outlook", frm="declan", to=["coach"],
         when="2026-11-17 09:30", tz="-0400", subject="Article you might like",
         body="""Hi Maren,

Saw this and thought of our conversation about delegating to Priya's team: https://www.engineering-leadership.example/let-go-of-the-drawings

No action needed. Have a good week.

Declan""", sig=SIG_DECLAN,
         client="Declan Byrne", kind="email", needs_reply=False, answered=False,
         reason="shares an article; 'no action needed'"),

    dict(key="kwame_partner", box="inbox", program="spark", frm="kwame", to=["coach"],
         when="2026-11-17 12:40", tz="-0400", subject="quick q",
         body="""Hey Maren

this grant report is killing me lol, 3 days to go. Anyway, question: Adwoa (my partner) keeps asking what we actually do in our sessions. Would it be ok if she came to one? She wants to understand, not to fix me haha. Let me know if that's a thing you do.

K""",
         client="Kwame Asante", kind="email", needs_reply=True, answered=True,
         reason="asks whether his partner can join a session; the coach's reply, under a new subject, says yes"),

    dict(key="jolene_nudge_text", box="inbox", program="openphone_text", frm="openphone", to=["coach"],
         when="2026-11-17 16:05", tz="+0000", subject="New message from (506) 555-0134",
         service=dict(number="+1 506 555 0134"),
         body="""hi maren its jolene, did you get a chance to look at december? no pressure just wondering 🙂""",
         client="Jolene Pelletier", kind="sms", needs_reply=True, answered=True,
         reason="a text chasing the December question; answered with jolene_december by the coach's 'December schedule' email the next morning"),

    dict(key="s_kwame_partner", box="sent", program="outlook", frm="coach", to=["kwame"],
         when="2026-11-17 17:20", tz="-0400", subject="Bringing Adwoa to a session",
         irt="kwame_partner", refs=["kwame_partner"], quote="kwame_partner",
         body="""Hi Kwame,

Yes, that's absolutely a thing. I do joint sessions now and then, and it's lovely that she wants to understand. Let's plan it for one of our December sessions; beforehand we'll talk about what you want her to hear and what you'd rather keep to yourself.

(And hang in there with the grant report. Three days is doable.)

Maren""", sig=SIG_COACH,
         note="answers kwame_partner; the coach changed the subject (threading headers kept)"),

    dict(key="farah_distress", box="inbox", program="iphone", frm="farah", to=["coach"],
         when="2026-11-17 22:41", tz="-0400", subject="sorry",
         body="""Hi Maren. I don't really know why I'm writing this so late. Everything has felt like too much since the weekend. Work, my mom, all of it. I keep thinking everyone would honestly be better off if I wasn't dragging them down all the time. I'm not going to do anything stupid I don't think. I just can't see how this gets better.

Sorry. You can probably ignore this.""", sig=SIG_IPHONE,
         client="Farah Siddiqui", kind="email", needs_reply=True, answered=True,
         reason="distress (feels a burden, no way out); the coach answered 34 minutes later with crisis numbers and a call the next morning"),
    dict(key="s_farah_distress", box="sent", program="iphone", frm="coach", to=["farah"],
         when="2026-11-17 23:15", tz="-0400", subject="Re: sorry",
         irt="farah_distress", refs=["farah_distress"], quote="farah_distress",
         body="""Farah, I'm really glad you wrote, and I'm not ignoring this. You are not a burden to me, or to the people who love you, even if it feels that way tonight.

If at any point tonight you feel you might act on these thoughts, please call or text 9-8-8 (the Suicide Crisis Helpline, any time, day or night) or go to the emergency department at the Infirmary. You can also call me now at (902) 555-0100. I'm up.

I'm going to call you tomorrow at 9am. Could you text me when you wake up so I know you're OK?

Maren""", sig=SIG_IPHONE,
         note="answers farah_distress within 34 minutes"),

    dict(key="farah_morning_text", box="inbox", program="openphone_text", frm="openphone", to=["coach"],
         when="2026-11-18 08:40", tz="+0000", subject="New message from (902) 555-0163",
         service=dict(number="+1 902 555 0163"),
         body="""ok. im up. talked to my sister for a long time last night after your email, shes coming over today. call at 9 is ok""",
         client="Farah Siddiqui", kind="sms", needs_reply=False, answered=False,
         reason="the text the coach asked for: she is up, with her sister, and confirms the call; nothing to answer"),

    dict(key="s_jolene_december", box="sent", program="outlook", frm="coach", to=["jolene"],
         when="2026-11-18 09:30", tz="-0400", subject="December schedule",
         body="""Hi Jolene,

Thank you for your patience (and for the nudge!). Yes, let's go every other week from December. Your sessions would be Monday 7 December and Monday 21 December, then we'll look at January together. Same time, 6pm.

And thank you for telling me what's going on. It's the kind of thing I'd much rather know.

Maren""", sig=SIG_COACH,
         note="answers jolene_december and jolene_nudge_text together; a new message, no threading headers"),

    dict(key="kwame_dec1", box="inbox", program="spark", frm="kwame", to=["coach"],
         when="2026-11-18 10:15", tz="-0400", subject="Re: Bringing Adwoa to a session",
         irt="s_kwame_partner", refs=["kwame_partner", "s_kwame_partner"], quote="s_kwame_partner",
         body="""Amazing, she's excited. Can we do Dec 1? That's our usual Tuesday. Also she wanted me to ask if there's an extra cost for her to come (she's very practical lol)

K""",
         client="Kwame Asante", kind="email", needs_reply=True, answered=False,
         reason="asks for 1 Dec and whether there's a cost; the coach's later mail to Kwame (reminders, an invoice) answers neither"),

    dict(key="spam_vm", box="inbox", program="openphone_vm", frm="openphone", to=["coach"],
         when="2026-11-18 14:00", tz="+0000", subject="New voicemail from (833) 555-0199",
         service=dict(number="+1 833 555 0199", duration="0:42"),
         body="""Hello, this is an important message regarding your vehicle's extended warranty. Our records show your coverage is about to expire. Press one to speak to a specialist now, or call us back at 833 555 0199.""",
         client="", kind="voicemail", needs_reply=False, answered=False,
         reason="a robocall voicemail from an unknown number"),

    dict(key="tomasz_accountant_vm", box="inbox", program="gv_vm", frm="googlevoice", to=["coach"],
         when="2026-11-19 11:14", tz="+0000", subject="New voicemail from (902) 555-0128 at 11:14 AM",
         service=dict(number="+1 902 555 0128", duration="0:26"),
         body="""Hey Maren it's Tomasz. Quick question, totally unrelated to the rates stuff, do you know a good accountant for self-employed people in Halifax? Mine's retiring and I've got the HST thing in January. If you know someone give me a shout. Cheers.""",
         client="Tomasz Nowak", kind="voicemail", needs_reply=True, answered=True,
         reason="a voicemail asking for an accountant; the coach's unthreaded email 2½ hours later names one"),

    dict(key="chloe_late_text", box="inbox", program="openphone_text", frm="openphone", to=["coach"],
         when="2026-11-19 13:48", tz="+0000", subject="New message from (514) 555-0187",
         service=dict(number="+1 514 555 0187"),
         body="""sorry running 10 min late for 2pm, my meeting is running over!! 🙏""",
         client="Chloé Tremblay", kind="sms", needs_reply=False, answered=False,
         reason="running late; nothing to answer"),

    dict(key="s_tomasz_accountant", box="sent", program="iphone", frm="coach", to=["tomasz"],
         when="2026-11-19 13:50", tz="-0400", subject="Accountant",
         body="""Hi Tomasz, got your voicemail. Brenda MacIsaac (MacIsaac CPA, on Agricola St) does mine and half the freelancers I know: brenda@macisaaccpa.example. Tell her I sent you.

Maren""", sig=SIG_IPHONE,
         note="answers tomasz_accountant_vm (a voicemail), no threading headers"),

    dict(key="chloe_sister", box="inbox", program="apple_mail", frm="chloe", to=["coach"],
         when="2026-11-19 15:02", tz="-0400", subject="Ma sœur",
         body="""Maren,

Merci pour aujourd'hui (et désolée pour le retard !).

Question de la part de ma sœur Élise: she's been watching me this fall and now she wants coaching too 😄 Are you taking new clients in January? What's your rate for someone starting out, and is it OK if I give her your email?

Bisous,
Chloé""",
         client="Chloé Tremblay", kind="email", needs_reply=True, answered=True,
         reason="asks about new clients, the rate and passing on the address; the coach replied four days later with all three"),

    dict(key="linkedin_aiden", box="inbox", program="bulk", frm="linkedin", to=["coach"],
         when="2026-11-19 16:30", tz="+0000", subject="Aiden MacLeod commented on your post",
         body="""Aiden MacLeod commented on your post

"This is exactly the thing nobody tells you when you get promoted over your friends. Saving this."

Your post: "Three conversations to have in your first month as a new manager"

See all comments: https://www.linkedin.com/feed/update/urn:li:activity:7396312218

You are receiving notification emails. Unsubscribe · Help
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a LinkedIn notice that names a client; not from a client"),

    dict(key="declan_360", box="inbox", program="outlook", frm="declan", to=["coach"],
         when="2026-11-20 08:50", tz="-0400", subject="My 360 feedback report",
         attach=[("360-Report-DByrne-2026.pdf", "application/pdf")],
         body="""Hi Maren,

Attached is my 360 report from HR. I've read it twice and I honestly can't tell whether it's bad or whether I'm just reading it badly. Could you have a look before our session next Thursday and tell me what jumps out at you? Page 4 (the direct reports' comments) is the one that stung.

Thanks,
Declan""", sig=SIG_DECLAN,
         client="Declan Byrne", kind="email", needs_reply=True, answered=True,
         reason="asks her to read his 360 and say what jumps out; she forwarded it (TR:) to her supervisor, then replied to him on 24 Nov with three points"),

    dict(key="farah_book", box="inbox", program="iphone", frm="farah", to=["coach"],
         when="2026-11-20 10:10", tz="-0400", subject="Thank you",
         body="""Maren, thank you for Wednesday morning and for calling. I'm doing a bit better. I've got an appointment with Dr. Haddad on Monday, and my sister is staying till Sunday.

Could you send me the name of that book on self-compassion you mentioned? I want to have something to read this weekend.

Farah""", sig=SIG_IPHONE,
         client="Farah Siddiqui", kind="email", needs_reply=True, answered=False,
         reason="asks for the book's name; the coach gave it on a phone call (her 23 Nov email mentions the call but names no book): not answered by mail"),

    dict(key="brenda_hst", box="inbox", program="gmail", frm="brenda", to=["coach"],
         when="2026-11-20 11:00", tz="-0400", subject="Q4 HST instalment",
         body="""Hi Maren,

Friendly reminder that your Q4 HST instalment is due 31 December. Based on last year it should be about $1,150; I'll confirm the figure once Dana sends me November's numbers.

Also, a Tomasz Nowak got in touch this morning. Thanks for the referral!

Brenda

Brenda MacIsaac, CPA · MacIsaac CPA · 2045 Agricola Street, Halifax""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="the coach's accountant; mentions a client but is not from one"),

    dict(key="s_naomi_rem", box="sent", program="outlook", frm="coach", to=["naomi"],
         when="2026-11-20 16:00", tz="-0400", subject="Reminder: our session on Monday 23 November, 12:00 pm",
         body=reminder_body("Naomi", "Monday 23 November, 12:00-1:00 pm", "At the studio, 5657 Spring Garden Road, suite 402") + "\nMaren",
         sig=SIG_COACH, note="session reminder (template); does not answer naomi_extra_text"),
    dict(key="s_kwame_rem2", box="sent", program="outlook", frm="coach", to=["kwame"],
         when="2026-11-20 16:02", tz="-0400", subject="Reminder: our session on Tuesday 24 November, 4:00 pm",
         body=reminder_body("Kwame", "Tuesday 24 November, 4:00-5:00 pm (Halifax time)", ZOOM) + "\nMaren",
         sig=SIG_COACH, note="session reminder (template); does not answer kwame_dec1"),

    dict(key="naomi_reflection", box="inbox", program="outlook_com", frm="naomi", to=["coach"],
         when="2026-11-20 20:05", tz="-0400", subject="A reflection",
         body="""Maren,

I've been thinking about what you asked on Monday: what would I do if I wasn't afraid of disappointing anyone? I don't have an answer yet and I'm not sure I'm supposed to. Isn't that the whole point, that I've never let myself ask it?

Some things I noticed this week:
- I said "sorry" eleven times in one meeting. I counted.
- I didn't volunteer for the Christmas committee. First time in six years.
- Mom's tests are next week, so that's in the background of everything.

Anyway, no need to reply, I'll bring it Monday.

Naomi""", sig=SIG_NAOMI,
         client="Naomi Whitehorse", kind="email", needs_reply=False, answered=False,
         reason="a reflection with a rhetorical question; 'no need to reply'"),

    dict(key="s_declan_fwd", box="sent", program="outlook_mac_fr", frm="coach", to=["ines"],
         when="2026-11-21 10:15", tz="-0400", subject="TR: My 360 feedback report",
         irt=None, refs=[], fwd="declan_360",
         attach=[("360-Report-DByrne-2026.pdf", "application/pdf")],
         body="""Dear Ines,

With my client's consent, here is the 360 report I mentioned for Tuesday's supervision. I'd like to look at page 4 together before I write back to him; I'm wary of my own reaction to it.

Merci, and see you Tuesday,
Maren""",
         note="forwards declan_360 (TR:, Outlook for Mac in French) to the coach's supervisor: not an answer to Declan"),

    dict(key="lucy_coffee", box="inbox", program="superhuman", frm="lucy", to=["coach"],
         when="2026-11-21 14:30", tz="-0800", subject="Coffee in December?",
         body="""Hi Maren,

I'll be back in Halifax for the holidays, 18 December to 2 January. Would you be up for a coffee? My treat, and no agenda, though I might want to talk about a short refresher package in the spring once I've survived my first 100 days.

Let me know what works?

Lucy""",
         client="Lucy Fairweather", kind="email", needs_reply=True, answered=True,
         reason="a former client proposes coffee; the coach's Gmail reply proposes a date and place"),

    dict(key="bea_summary_vm", box="inbox", program="openphone_vm", frm="openphone", to=["coach"],
         when="2026-11-22 09:12", tz="+0000", subject="New voicemail from +351 912 000 417",
         service=dict(number="+351 912 000 417", duration="0:38"),
         body="""Olá Maren, it's Bea. Sorry for calling on a Sunday, I just remembered. My therapist wants to see a short summary of what we worked on last session, the boundaries stuff. Could you email me something, just a few lines? Obrigada, beijinho.""",
         client="Beatriz Santos", kind="voicemail", needs_reply=True, answered=False,
         reason="a voicemail asking for a written summary; the coach's next mail to Bea (the November invoice) does not include one"),

    dict(key="ines_reply", box="inbox", program="outlook_de", frm="ines", to=["coach"],
         when="2026-11-22 15:20", tz="+0100", subject="AW: TR: My 360 feedback report",
         irt="s_declan_fwd", refs=["s_declan_fwd"], quote="s_declan_fwd",
         body="""Liebe Maren,

thanks, I've read it. Page 4 is harsh in tone, but most of it is about him being unavailable, not unkind. I'd lead with that. Let's talk on Tuesday.

Herzliche Grüße
Ines

Dr. Ines Wagner · Supervision & Coaching · Hamburg""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="the coach's supervisor, not a client"),

    dict(key="s_lucy_coffee", box="sent", program="gmail", frm="coach2", to=["lucy"],
         when="2026-11-22 19:40", tz="-0400", subject="Re: Coffee in December?",
         irt="lucy_coffee", refs=["lucy_coffee"], quote="lucy_coffee",
         body="""Lucy! Yes, I'd love that. How about Monday 21 December, 10am, at Lion & Bright? And yes to talking about spring, no pressure either way.

Maren""",
         note="answers lucy_coffee, from the coach's Gmail address"),

    # ---------------------------------------------------------------- week 4 (23-29 Nov)
    dict(key="s_chloe_sister", box="sent", program="outlook", frm="coach", to=["chloe"],
         when="2026-11-23 09:40", tz="-0400", subject="RE: Ma sœur",
         irt="chloe_sister", refs=["chloe_sister"], quote="chloe_sister",
         body="""Hi Chloé,

Sorry for the slow reply, last week got away from me. How lovely that Élise is curious!

Yes, I'll have two spaces opening in January. My rate for a new client is $165 per session, or $1,800 for a 12-session package. Please do give her my email (this one); she's welcome to book a free 20-minute call first.

Maren""", sig=SIG_COACH,
         note="answers chloe_sister, four days later"),

    dict(key="library_hold", box="inbox", program="bulk", frm="library", to=["coach"],
         when="2026-11-23 10:05", tz="+0000", subject="Your hold is ready for pickup",
         body="""Hello MAREN OKAFOR,

The following item is ready for pickup at Halifax Central Library until November 30, 2026:

  Four thousand weeks : time management for mortals / Oliver Burkeman

Please bring your library card.

Halifax Public Libraries""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="a library notice"),

    dict(key="s_farah_tuesday", box="sent", program="iphone", frm="coach", to=["farah"],
         when="2026-11-23 10:30", tz="-0400", subject="Tuesday",
         body="""Hi Farah,

It was good to talk on the phone on Saturday, and I'm glad the book sounded like the right one. Thinking of you today with Dr. Haddad.

See you Tuesday at 11 as usual.

Maren""", sig=SIG_IPHONE,
         note="mentions the phone call that dealt with farah_book, but names no book: does not answer it by mail"),

    dict(key="ravi_invoice_vm", box="inbox", program="openphone_vm", frm="openphone", to=["coach"],
         when="2026-11-23 17:25", tz="+0000", subject="New voicemail from (902) 555-0195",
         service=dict(number="+1 902 555 0195", duration="0:27"),
         body="""Hi Maren, it's Ravi. Could you send me the invoice for November when you do them? The new place has a wellness account from February and HR wants to see a sample invoice to approve it. Thanks, talk soon.""",
         client="Ravi Menon", kind="voicemail", needs_reply=True, answered=True,
         reason="a voicemail asking for November's invoice; the coach's invoice mail of 26 Nov sends it and says so ('as you asked in your voicemail')"),

    dict(key="s_declan_360", box="sent", program="outlook", frm="coach", to=["declan"],
         when="2026-11-24 09:15", tz="-0400", subject="RE: My 360 feedback report",
         irt="declan_360", refs=["declan_360"], quote="declan_360",
         body="""Hi Declan,

I've read it properly. Three things jump out:

1. It's much less bad than it feels. Your peers and your director rate you highly on judgement and delivery, well above the company average.

2. Page 4 is mostly about access, not character. Five of the seven comments say some version of "hard to get time with him". None of them say you're unfair or unkind.

3. Nobody questions your competence. What they're asking for is more of you, which is a very different problem from having too much of you.

Let's spend Thursday on number 2. Bring your calendar from the last month.

Maren""", sig=SIG_COACH,
         note="answers declan_360"),

    dict(key="hamid_reference", box="inbox", program="gmail", frm="hamid", to=["coach"],
         when="2026-11-24 08:35", tz="-0700", subject="A small favour: a reference?",
         body="""Hi Maren,

I hope it's OK to ask this. I've applied to volunteer as a peer mentor with Calgary Newcomer Connect, helping newly arrived professionals with their first job search here. They ask for a short character reference from someone who has seen me "in a growth context", and you're the obvious person.

Would you be willing to write a few lines? The deadline is 5 December. It can be an email to me that I forward to them.

Thanks either way,
Hamid""",
         client="Hamid Karimi", kind="email", needs_reply=True, answered=True,
         reason="a former client asks for a reference; the coach forwarded it to her Gmail and replied to him from that forwarded copy with the reference"),

    dict(key="naomi_call_vm", box="inbox", program="openphone_vm", frm="openphone", to=["coach"],
         when="2026-11-24 11:50", tz="+0000", subject="New voicemail from (902) 555-0172",
         service=dict(number="+1 902 555 0172", duration="0:44"),
         body="""Hi Maren, it's Naomi. Um. Mom got her results this morning and it's, it's not good. It's cancer. I'm okay, I'm at work, I just... could you call me when you have a minute? Today if you can. Thanks.""",
         client="Naomi Whitehorse", kind="voicemail", needs_reply=True, answered=True,
         reason="hard news and 'could you call me today'; the coach's unthreaded email 1¾ hours later responds and fixes the call for 5:30 that day"),

    dict(key="s_naomi_call", box="sent", program="outlook", frm="coach", to=["naomi"],
         when="2026-11-24 13:35", tz="-0400", subject="Your message this morning",
         body="""Naomi,

I'm so sorry about your mom. Thank you for calling me.

I'm with clients until 5, and I'll call you at 5:30 today on your cell. If you'd rather talk later tonight, just text me a time and I'll make it work.

Thinking of you,
Maren""", sig=SIG_COACH,
         note="answers naomi_call_vm (a voicemail) by arranging the call she asked for; no threading headers"),

    dict(key="aiden_course", box="inbox", program="gmail", frm="aiden", to=["coach"],
         when="2026-11-24 19:30", tz="-0400", subject="Leadership course in January?",
         body="""Hi Maren,

HR is offering me a spot in the "Emerging Leaders" course at Saint Mary's starting in January, six Friday afternoons. I'm torn. Part of me thinks it's exactly what I need after this fall, the other part thinks it'll be a lot of slides and I'd get more from just keeping going with you.

What do you think? Would it complement what we're doing or just overlap? No rush, I have until 11 December to say yes.

Aiden""",
         client="Aiden MacLeod", kind="email", needs_reply=True, answered=False,
         reason="asks her opinion on a course ('no rush' is not 'no need'); her later mail to Aiden is an invoice and a reminder"),

    dict(key="s_hamid_fwd_self", box="sent", program="iphone", frm="coach", to=["coach2"],
         when="2026-11-25 07:10", tz="-0400", subject="Fwd: A small favour: a reference?",
         irt=None, refs=[], fwd="hamid_reference",
         body="""To do on the laptop tonight: Hamid's reference.""", sig=SIG_IPHONE,
         note="forwards hamid_reference to the coach's own Gmail address (no threading headers): not an answer"),

    dict(key="hub_news", box="inbox", program="bulk", frm="hub", to=["coach"],
         when="2026-11-25 09:00", tz="+0000", subject="December at The Hub: holiday hours & members' social",
         body="""THE HUB HALIFAX · DECEMBER

Holiday hours: the space closes at 3pm on 24 December and reopens on 4 January.
Members' social: Thursday 10 December, 5-8pm, in the big room. Bring a friend.
Meeting rooms: book January early, the Harbour Room is already filling up.

You're receiving this because you're a member of The Hub Halifax.
Unsubscribe: https://thehubhalifax.example/unsubscribe?m=8812""",
         client="", kind="email", needs_reply=False, answered=False,
         reason="the coworking space's newsletter"),

    dict(key="s_hamid_reference", box="sent", program="gmail", frm="coach2", to=["hamid"],
         when="2026-11-25 21:05", tz="-0400", subject="Re: Fwd: A small favour: a reference?",
         irt="s_hamid_fwd_self", refs=["s_hamid_fwd_self"], quote="s_hamid_fwd_self",
         body="""Hi Hamid,

Of course, it's a pleasure. Here it is; forward it as is.

---
To the volunteer team at Calgary Newcomer Connect,

I worked with Hamid Karimi as his coach from January to June 2026, during his move into a new role and then to a new city. Hamid is thoughtful, steady under pressure, and unusually good at listening before he advises. He set himself hard goals and met them, and he was generous with what he learned. I recommend him warmly as a peer mentor.

Maren Okafor, PCC
Okafor Coaching, Halifax, Nova Scotia · (902) 555-0100
---

Good luck. They'd be lucky to have you.
Maren""",
         note="answers hamid_reference; a reply to the coach's own forwarded copy, so In-Reply-To and References name only the forward, never Hamid's message"),

    dict(key="s_inv_aiden", box="sent", program="outlook", frm="coach", to=["aiden"],
         when="2026-11-26 08:30", tz="-0400", subject="Invoice OC-2611-01: November 2026",
         attach=[("Invoice-OC-2611-01.pdf", "application/pdf")],
         body=invoice_body("Aiden", "OC-2611-01", 4) + "\nMaren", sig=SIG_COACH,
         note="monthly invoice (template); does not answer aiden_course"),
    dict(key="s_inv_naomi", box="sent", program="outlook", frm="coach", to=["naomi"],
         when="2026-11-26 08:31", tz="-0400", subject="Invoice OC-2611-02: November 2026",
         attach=[("Invoice-OC-2611-02.pdf", "application/pdf")],
         body=invoice_body("Naomi", "OC-2611-02", 4) + "\nMaren", sig=SIG_COACH,
         note="monthly invoice (template); answers nothing"),
    dict(key="naomi_ooo", box="inbox", program="outlook_com_auto", frm="naomi", to=["coach"],
         when="2026-11-26 08:32", tz="-0400", subject="Automatic reply: Invoice OC-2611-02: November 2026",
         irt="s_inv_naomi", refs=[],
         body="""I am away from work until November 30 for a family matter, with no access to email. For Clinical Education, please contact educ@tidewaterhealth.example.

Naomi Whitehorse""",
         client="Naomi Whitehorse", kind="email", needs_reply=False, answered=False,
         reason="an out-of-office reply to the invoice (ignored)"),
    dict(key="s_inv_kwame", box="sent", program="outlook", frm="coach", to=["kwame"],
         when="2026-11-26 08:33", tz="-0400", subject="Invoice OC-2611-03: November 2026",
         attach=[("Invoice-OC-2611-03.pdf", "application/pdf")],
         body=invoice_body("Kwame", "OC-2611-03", 4) + "\nMaren", sig=SIG_COACH,
         note="monthly invoice (template); does not answer kwame_dec1"),
    dict(key="kwame_ooo", box="inbox", program="gmail_vacation", frm="kwame", to=["coach"],
         when="2026-11-26 08:34", tz="-0400", subject="Out of office until Tuesday Dec 1",
         irt="s_inv_kwame", refs=["s_inv_kwame"],
         body="""Hi! I'm off the grid until Tuesday December 1. If it's about the Harbourfront Youth grant, please email grants@harbourfrontyouth.example.

Kwame""",
         client="Kwame Asante", kind="email", needs_reply=False, answered=False,
         reason="a vacation auto-reply to the invoice (ignored)"),
    dict(key="s_inv_ravi", box="sent", program="outlook", frm="coach", to=["ravi"],
         when="2026-11-26 08:36", tz="-0400", subject="Invoice OC-2611-04: November 2026",
         attach=[("Invoice-OC-2611-04.pdf", "application/pdf")],
         body=invoice_body("Ravi", "OC-2611-04", 4,
                           extra="Here's your November invoice, as you asked in your voicemail on Monday. I've put "
                                 "\"Leadership and career coaching\" as the service description, which is what most "
                                 "wellness accounts look for; let me know if HR needs anything else on it.\n\n") + "\nMaren",
         sig=SIG_COACH,
         note="monthly invoice with a personal line: answers ravi_invoice_vm (he asked for exactly this); does not answer ravi_offer"),
    dict(key="s_inv_bea", box="sent", program="outlook", frm="coach", to=["bea"],
         when="2026-11-26 08:38", tz="-0400", subject="Invoice OC-2611-05: November 2026",
         attach=[("Invoice-OC-2611-05.pdf", "application/pdf")],
         body=invoice_body("Bea", "OC-2611-05", 3) + "\nMaren", sig=SIG_COACH,
         note="monthly invoice (template); does not answer bea_summary_vm"),
    dict(key="s_inv_tomasz", box="sent", program="outlook", frm="coach", to=["tomasz"],
         when="2026-11-26 08:40", tz="-0400", subject="Invoice OC-2611-06: November 2026",
         attach=[("Invoice-OC-2611-06.pdf", "application/pdf")],
         body=invoice_body("Tomasz", "OC-2611-06", 4) + "\nMaren", sig=SIG_COACH,
         note="monthly invoice (template); answers nothing"),

    dict(key="farah_better_vm", box="inbox", program="openphone_vm", frm="openphone", to=["coach"],
         when="2026-11-26 12:30", tz="+0000", subject="New voicemail from (902) 555-0163",
         service=dict(number="+1 902 555 0163", duration="0:22"),
         body="""Hi Maren, it's Farah. Just letting you know the appointment with Dr. Haddad went really well and I'm doing better. No need to call me back, see you Tuesday.""",
         client="Farah Siddiqui", kind="voicemail", needs_reply=False, answered=False,
         reason="news; 'no need to call me back'"),

    dict(key="declan_manager", box="inbox", program="outlook", frm="declan", to=["coach"],
         when="2026-11-26 14:10", tz="-0400", subject="RE: My 360 feedback report",
         irt="s_declan_360", refs=["declan_360", "s_declan_360"], quote="s_declan_360",
         body="""Hi Maren,

Thanks for today, and for reading it so carefully. Your point 2 has been rattling around in my head all afternoon.

Question: my manager added her own comments to the report (a separate document). Can I bring those to our next session, or is that a separate conversation, outside what we do?

Declan""", sig=SIG_DECLAN,
         client="Declan Byrne", kind="email", needs_reply=True, answered=False,
         reason="asks whether he can bring his manager's comments; no later mail to Declan"),

    dict(key="chloe_video", box="inbox", program="apple_mail", frm="chloe", to=["coach"],
         when="2026-11-26 20:15", tz="-0400", subject="Re: Ma sœur",
         irt="s_chloe_sister", refs=["chloe_sister", "s_chloe_sister"], quote="s_chloe_sister",
         body="""Merci Maren ! Je lui ai passé ton courriel et ton numéro.

One more thing while I think of it: I'll be in Quebec City for work the week of Dec 1. Could we do our Dec 3 session by video instead of at the studio? Same time is fine.

Chloé""",
         client="Chloé Tremblay", kind="email", needs_reply=True, answered=False,
         reason="asks to do 3 Dec by video; the coach's next mail to Chloé is the template reminder, which still says 'at the studio'"),

    dict(key="tomasz_invoice_q", box="inbox", program="thunderbird", frm="tomasz", to=["coach"],
         when="2026-11-27 08:40", tz="-0400", subject="Re: Invoice OC-2611-06: November 2026",
         irt="s_inv_tomasz", refs=["s_inv_tomasz"], quote="s_inv_tomasz",
         body="""Hi Maren,

Small thing: the invoice says 4 sessions but I count 3 in November. We skipped the 12th because of Hamburg, and the 19th was my voicemail, not a session. Could you check and resend if I'm right?

Thanks,
Tomasz""", sig=SIG_TOMASZ,
         client="Tomasz Nowak", kind="email", needs_reply=True, answered=False,
         reason="asks her to check the invoice; she only forwarded it (FW:) to her bookkeeper, nothing went back to Tomasz"),
    dict(key="s_tomasz_fwd", box="sent", program="outlook", frm="coach", to=["dana"],
         when="2026-11-27 09:20", tz="-0400", subject="FW: Invoice OC-2611-06: November 2026",
         irt="tomasz_invoice_q", refs=["s_inv_tomasz", "tomasz_invoice_q"], fwd="tomasz_invoice_q",
         body="""Dana, could you check Tomasz's November count against the calendar? I think he's right and we'll need to reissue. Thanks!

M.""",
         note="forwards tomasz_invoice_q (FW:) to the bookkeeper, with In-Reply-To and References to it: not an answer to Tomasz"),

    dict(key="elise_text", box="inbox", program="gv_text", frm="googlevoice", to=["coach"],
         when="2026-11-27 12:15", tz="+0000", subject="New text message from (902) 555-0108",
         service=dict(number="+1 902 555 0108"),
         body="""Hi! This is Élise Tremblay, Chloé's sister 🙂 She gave me this number. Are you taking new clients in January? I'd love to book the free call. Merci!""",
         client="", kind="sms", needs_reply=False, answered=False,
         reason="a text from a prospective client (a client's sister), not on the roster"),

    dict(key="jolene_thanksgiving", box="inbox", program="yahoo", frm="jolene", to=["coach"],
         when="2026-11-27 18:45", tz="+0000", subject="Happy American Thanksgiving lol",
         body="""Hi Maren,

My cousin in Bangor made us do American Thanksgiving on zoom yesterday and I ate pie at 10pm so thats my update. Also I kept doing the gratitude list, 3 weeks now!!

see you Dec 7
Jolene""",
         client="Jolene Pelletier", kind="email", needs_reply=False, answered=False,
         reason="news; nothing to answer"),

    dict(key="s_chloe_rem", box="sent", program="outlook", frm="coach", to=["chloe"],
         when="2026-11-28 10:00", tz="-0400", subject="Reminder: our session on Thursday 3 December, 2:00 pm",
         body=reminder_body("Chloé", "Thursday 3 December, 2:00-3:00 pm", "At the studio, 5657 Spring Garden Road, suite 402") + "\nMaren",
         sig=SIG_COACH, note="session reminder (template); does not answer chloe_video"),
    dict(key="s_aiden_rem", box="sent", program="outlook", frm="coach", to=["aiden"],
         when="2026-11-28 10:01", tz="-0400", subject="Reminder: our session on Friday 4 December, 8:00 am",
         body=reminder_body("Aiden", "Friday 4 December, 8:00-9:00 am", ZOOM) + "\nMaren",
         sig=SIG_COACH, note="session reminder (template); does not answer aiden_course"),
    dict(key="s_kwame_rem3", box="sent", program="outlook", frm="coach", to=["kwame"],
         when="2026-11-28 10:02", tz="-0400", subject="Reminder: our session on Tuesday 1 December, 4:00 pm",
         body=reminder_body("Kwame", "Tuesday 1 December, 4:00-5:00 pm (Halifax time)", ZOOM) + "\nMaren",
         sig=SIG_COACH, note="session reminder (template) for the date he proposed, but silent on Adwoa and the cost: does not answer kwame_dec1"),
]
