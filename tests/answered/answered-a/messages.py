"""The messages of eval set answered-a, written blind (see README.md).

Each message is a dict; build.py turns them into Maildir files. Times are the coach's local
time (America/Chicago, CST -0600 all month); each sender's own zone is used for the Date header.

Keys:
  key      a name for the message (used for threading)
  box      "inbox" or "sent"
  when     "11-02 09:12" (November 2026, coach's local time)
  frm, to  person keys (see PEOPLE); cc: list of person keys
  subject, body
  prog     the program that wrote it: gmail, outlook, apple, iphone, yahoo, gv_voicemail, gv_text, bulk
  parent   key of the message it replies to (None: a new message)
  thread   "both" (In-Reply-To and References), "refs" (References only), "irt" (In-Reply-To only)
  label    for inbox messages: (needs_reply, answered) as "yes"/"no"
  attach   list of (filename, mimetype)
  fwd      a dict describing a forwarded message embedded in the body
  phone    for phone notifications: the caller's number as the service writes it
"""

PEOPLE = {
    "robin": ("Robin Avery", "robin@avery-coaching.example", "America/Chicago"),
    "robin_g": ("Robin Avery", "robin.avery.coaching@gmail.com", "America/Chicago"),
    "ellen": ("Ellen Brooks", "ellen.brooks@example.org", "America/Chicago"),
    "darius": ("Darius Moradi", "darius@moradi.example", "America/Chicago"),
    "kofi": ("Kofi Mensah", "kofi.mensah@example.com", "America/Chicago"),
    "rachel": ("Rachel Stein", "rstein@stein-law.example", "America/New_York"),
    "rachel_p": ("Rachel Stein", "rachel.stein@example.net", "America/New_York"),
    "tomas": ("Tomáš Novák", "tomas.novak@example.cz", "Europe/Prague"),
    "aisha": ("Aisha Bello", "aisha.bello@example.org", "America/Chicago"),
    "ben": ("Ben Carter", "ben@carterbuilds.example", "America/Chicago"),
    "lena": ("Lena Park", "lena.park@example.net", "America/Chicago"),
    "victor": ("Victor Hale", "victor.hale@halevc.example", "America/Los_Angeles"),
    "maya": ("Maya Ortega", "maya.ortega@correo.example", "America/Chicago"),
    "omar": ("Omar Haddad", "omar.haddad@example.com", "America/Chicago"),
    # not clients
    "priyanka": ("Priyanka Shah", "priyanka.shah@halevc.example", "America/Los_Angeles"),
    "jordan": ("Jordan Wells", "jordan.wells@halevc.example", "America/Los_Angeles"),
    "accountant": ("Denise Ford", "denise@fordbookkeeping.example", "America/Chicago"),
    "supervisor": ("Dr. Helen Marsh", "hmarsh@marsh-supervision.example", "America/Chicago"),
    "prospect": ("Chris Delgado", "chris.delgado@example.com", "America/Chicago"),
    "icf": ("ICF Chicago Chapter", "news@icfchicago.example", "America/Chicago"),
    "zoom": ("Zoom", "no-reply@zoom.example", "America/Los_Angeles"),
    "stripe": ("Stripe", "notifications@stripe.example", "America/Los_Angeles"),
    "substack": ("The Coaching Letter", "thecoachingletter@substack.example", "America/New_York"),
    "mailchimp": ("Mailchimp", "noreply@mailchimp.example", "America/New_York"),
    "hbr": ("Harvard Business Review", "emailteam@hbr.example", "America/New_York"),
    "gv": ("Google Voice", "voice-noreply@google.com", "America/Chicago"),
    "kelsey": ("Kelsey Ward", "kward@brightline.example", "America/New_York"),
}

# Clients on the roster (config.toml): person keys -> roster entry
ROSTER = [
    ("Ellen Brooks", ["ellen"], ["+1 312 555 0117"]),
    ("Darius Moradi", ["darius"], ["(773) 555-0163"]),
    ("Kofi Mensah", ["kofi"], ["+1 312 555 0188"]),
    ("Rachel Stein", ["rachel", "rachel_p"], []),
    ("Tomáš Novák", ["tomas"], []),
    ("Aisha Bello", ["aisha"], ["847-555-0131"]),
    ("Ben Carter", ["ben"], []),
    ("Lena Park", ["lena"], ["+1 630 555 0145"]),
    ("Victor Hale", ["victor"], []),
    ("Maya Ortega", ["maya"], ["312-555-0199"]),
    ("Omar Haddad", ["omar"], ["+1 (872) 555-0107"]),
]

COACH_GV_NUMBER = "(312) 555-0123"

M = []


def m(key, box, when, frm, to, subject, body, prog, parent=None, thread="both", cc=(),
      label=None, attach=(), fwd=None, phone=None, note=""):
    M.append(dict(key=key, box=box, when=when, frm=frm, to=to, cc=list(cc), subject=subject,
                  body=body.strip("\n") + "\n", prog=prog, parent=parent, thread=thread,
                  label=label, attach=list(attach), fwd=fwd, phone=phone, note=note))


Y, N = "yes", "no"

# --------------------------------------------------------------------------- Ellen Brooks
m("E1", "inbox", "11-02 09:12", "ellen", "robin", "Moving Thursday?", """
Hi Robin,

My daughter's school just announced a half day on Thursday, so I'd have her at home during our
session. Could we move this week's session to Friday morning instead? Any time before noon works
for me.

Thanks so much,
Ellen
""", "gmail", label=(Y, Y), note="direct reply E1r")

m("E1r", "sent", "11-02 14:30", "robin", "ellen", "Re: Moving Thursday?", """
Hi Ellen,

Of course. Friday at 10:00 works for me; same Zoom link as always.

Robin
""", "apple", parent="E1")

m("E2", "inbox", "11-03 08:05", "ellen", "robin", "Re: Moving Thursday?", """
Perfect, thank you! See you Friday at 10.

Ellen
""", "gmail", parent="E1r", label=(N, N))

m("ES1", "sent", "11-06 12:40", "robin", "ellen", "Notes from today", """
Hi Ellen,

A short recap of this morning, as promised:

- The two options you're weighing: stay and ask for the team lead role, or take the offer from
  the smaller firm.
- Homework: write down what a good Tuesday looks like in each option, hour by hour.
- We meet again next Friday, 13 November, at 10:00.

Have a good weekend,
Robin
""", "apple")

m("E3", "inbox", "11-09 20:41", "ellen", "robin", "Weekly reflection", """
Hi Robin,

I did the "good Tuesday" exercise. It was more revealing than I expected. In the bigger firm my
good Tuesday is mostly meetings I don't mind; in the small one it's mostly building things, and
I noticed I wrote that one twice as long.

I also talked it over with Sam on Sunday and he's supportive either way, which took some pressure
off. I'm not deciding anything yet, just noticing.

Talk Friday,
Ellen
""", "gmail", label=(N, N))

m("E4", "inbox", "11-12 07:55", "ellen", "robin", "That book you mentioned", """
Morning Robin,

What was the title of the book on making decisions that you mentioned last Friday? I wrote
down "Decide" but I can't find anything by that name that sounds right.

Ellen
""", "gmail", label=(Y, Y),
  note="answered by E5r, which replies to E5 (a separate message) and addresses both")

m("E5", "inbox", "11-12 16:20", "ellen", "robin", "October invoice", """
Hi Robin,

Sorry, another one from me today. Could you resend the October invoice? My accountant needs it
and I can't find it anywhere in my inbox.

Thanks,
Ellen
""", "gmail", label=(Y, Y))

m("E5r", "sent", "11-13 09:10", "robin", "ellen", "Re: October invoice", """
Hi Ellen,

Here's the October invoice again (attached).

And to your question from yesterday morning: the book is "Decisive" by Chip and Dan Heath. You
were close! Chapter 2 on widening your options is the part I had in mind.

See you at 10,
Robin
""", "apple", parent="E5", attach=[("Invoice-2026-10-Brooks.pdf", "application/pdf")])

m("E6", "inbox", "11-13 10:02", "ellen", "robin", "Re: October invoice", """
Got both, thank you! Ordering the book now.
""", "gmail", parent="E5r", label=(N, N))

m("E7", "inbox", "11-19 09:45", "gv", "robin", None, """
Hi Robin, it's Ellen. Could you send me the zoom link for tomorrow again? I can't find it anywhere
""", "gv_text", phone="(312) 555-0117", label=(Y, Y), note="text answered by email E7r 20 minutes later")

m("E7r", "sent", "11-19 10:05", "robin_g", "ellen", "Zoom link for tomorrow", """
Hi Ellen, here it is: https://zoom.example/j/5550117042

Robin
""", "iphone")

# --------------------------------------------------------------------------- Darius Moradi
m("D1", "inbox", "11-03 18:30", "darius", "robin", "Values exercise question", """
Hi Robin,

Quick question about the values exercise. Should I rank all 30 values on the list, or just pick
my top five and rank those? I started ranking all of them and got stuck around number 12.

Best,
Darius
""", "outlook", label=(Y, Y), note="answered by D1r, which sends References only")

m("D1r", "sent", "11-04 08:45", "robin", "darius", "Re: Values exercise question", """
Hi Darius,

Just the top five. Getting stuck around 12 is normal; the bottom of the list matters much less
than the top. Circle the ten that feel most like you, then cut to five.

Robin
""", "apple", parent="D1", thread="refs")

m("D2", "inbox", "11-09 07:15", "darius", "robin", "RE: Values exercise question", """
Hi Robin,

Done. My five: autonomy, honesty, craft, family, adventure. Adventure surprised me. Looking
forward to talking about it Tuesday.

Darius
""", "outlook", parent="D1r", label=(N, N))

m("DS1", "sent", "11-10 17:20", "robin", "darius", "Notes from our session", """
Hi Darius,

Thanks for today. The thread I'd pull on: where "adventure" got squeezed out over the last two
years, and what a small dose of it would look like in December.

Next session Tuesday 17 November, 16:00.

Robin
""", "apple")

m("D3", "inbox", "11-14 12:10", "gv", "robin", None, """
Hi Robin it's Darius. Something came up at work and I need to move next Tuesday's session. Can you call me back or just email me a couple of other times? Thanks.
""", "gv_voicemail", phone="(773) 555-0163", label=(Y, Y),
  note="voicemail answered by a new email D3r three hours later")

m("D3r", "sent", "11-14 15:02", "robin", "darius", "Other times next week", """
Hi Darius,

Got your voicemail. No problem about Tuesday. I can do Wednesday at 15:00 or Thursday at 9:00.
Which suits you?

Robin
""", "apple")

m("D4", "inbox", "11-14 17:40", "darius", "robin", "RE: Other times next week", """
Wednesday at 3 works. Thanks for being flexible.

Darius
""", "outlook", parent="D3r", label=(N, N))

m("D5", "inbox", "11-21 09:30", "darius", "robin", "Reading on delegation?", """
Hi Robin,

I officially take over the platform team on 1 December. Do you have any reading you'd recommend
on delegating? I know it's my weak spot and I'd like to start on the right foot.

Thanks,
Darius
""", "outlook", label=(Y, N), note="still open at the end")

# --------------------------------------------------------------------------- Kofi Mensah
m("KS1", "sent", "11-02 08:00", "robin", "kofi", "Reminder: session Wednesday 4 November, 18:00", """
Hi Kofi,

A quick reminder of our session this Wednesday, 4 November, at 18:00 (Zoom, usual link).

Robin
""", "apple")

m("K1", "inbox", "11-04 21:05", "kofi", "robin", "Continuing after December", """
Hi Robin,

Tonight's session was a good one. I'd like to keep going after our current block ends in
December. Do you offer a package of six more sessions, and what would it cost?

Kofi
""", "apple", label=(Y, Y), note="asked again in K2; K2r replies to K2 and answers both")

m("K2", "inbox", "11-06 13:20", "kofi", "robin", "Renewal package?", """
Hi Robin,

Sorry to chase. Just wondering about my question from Wednesday on the six-session package. I
need to get it into my budget before the 15th.

Kofi
""", "apple", label=(Y, Y))

m("K2r", "sent", "11-06 17:45", "robin", "kofi", "Re: Renewal package?", """
Hi Kofi,

Sorry for the slow answer, and thank you for the nudge. Yes: a block of six more sessions is
$1,140 ($190 each), payable up front or in two halves. We'd start right after our last December
session, so there's no gap.

Robin
""", "apple", parent="K2")

m("K3", "inbox", "11-07 08:10", "kofi", "robin", "Re: Renewal package?", """
Great, let's do it. Can you send me the agreement so I can sign it?

Kofi

Sent from my iPhone
""", "iphone", parent="K2r", label=(Y, Y))

m("K3r", "sent", "11-07 12:30", "robin", "kofi", "Re: Renewal package?", """
Wonderful. The agreement is attached. Sign the last page and send it back whenever suits you.

Robin
""", "apple", parent="K3", attach=[("Coaching-agreement-Mensah-2027.pdf", "application/pdf")])

m("K4", "inbox", "11-10 19:00", "kofi", "robin", "Re: Renewal package?", """
Signed and attached. Looking forward to the next round.

Kofi
""", "apple", parent="K3r", label=(N, Y), attach=[("Coaching-agreement-Mensah-2027-signed.pdf", "application/pdf")],
  note="no reply needed; the coach replied anyway (KS2)")

m("KS2", "sent", "11-12 10:15", "robin", "kofi", "Re: Renewal package?", """
Thanks Kofi, countersigned copy attached for your records.

Robin
""", "apple", parent="K4", attach=[("Coaching-agreement-Mensah-2027-countersigned.pdf", "application/pdf")])

m("K5", "inbox", "11-18 20:30", "gv", "robin", None, """
Hey Robin, Kofi here. Just wanted to say thanks for tonight, that was really helpful. No need to call me back. Have a good week.
""", "gv_voicemail", phone="(312) 555-0188", label=(N, N))

# --------------------------------------------------------------------------- Rachel Stein
m("R1", "inbox", "11-04 11:15", "rachel", "robin", "360 feedback form", """
Hi Robin,

Could you send me the 360 feedback template you mentioned? I'd like to get it out to my team
this week so we have the answers before the end of the month.

Best regards,
Rachel

Rachel Stein | Partner
Stein & Kowalski LLP
""", "outlook", label=(Y, N),
  note="R2r replies to R2 in the same thread about the phone session only; the template is never sent")

m("R2", "inbox", "11-05 08:40", "rachel", "robin", "RE: 360 feedback form", """
Also: I'm travelling next week. Could we do Tuesday's session by phone instead of Zoom? My
hotel wifi is usually terrible.

Rachel
""", "outlook", parent="R1", label=(Y, Y))

m("R2r", "sent", "11-05 12:00", "robin", "rachel", "Re: 360 feedback form", """
Hi Rachel,

Phone is fine. I'll call your cell at 7:00 your time on Tuesday. Safe travels!

Robin
""", "apple", parent="R2")

m("R3", "inbox", "11-05 12:30", "rachel", "robin", "RE: 360 feedback form", """
Thanks!

Sent from Outlook for iOS
""", "outlook", parent="R2r", label=(N, N))

m("R4", "inbox", "11-16 14:20", "rachel_p", "robin", "Fwd: Your mid-year review", """
Robin, can you look at this before I answer? Especially the second paragraph. How would you
respond to "needs to delegate more" without sounding defensive?

Rachel
""", "gmail", label=(Y, Y), fwd=dict(
    frm=("Kelsey Ward", "kward@brightline.example"), when="11-16 09:02",
    to=("Rachel Stein", "rstein@stein-law.example"), subject="Your mid-year review",
    body="""Hi Rachel,

Thanks for a strong first half. Client feedback is excellent and the Henley matter was handled
beautifully.

One area to work on: you still need to delegate more. Associates tell me they'd welcome more
ownership, and your hours are not sustainable.

Happy to talk it through.
Kelsey"""))

m("R4r", "sent", "11-17 08:30", "robin", "rachel_p", "Re: Fwd: Your mid-year review", """
Hi Rachel,

I'd start by agreeing with the part you agree with: the hours aren't sustainable. Then name one
concrete thing you'll hand over this quarter (the Henley follow-ups?) and ask Kelsey how she'd
like to hear about progress. That turns "needs to delegate more" into a plan you own.

Happy to go through a draft next time if you like.

Robin
""", "apple", parent="R4")

m("R5", "inbox", "11-18 07:50", "rachel_p", "robin", "Re: Fwd: Your mid-year review", """
That helps a lot. I sent my reply last night, more or less your structure. Kelsey already wrote
back that she likes the plan.

R.
""", "gmail", parent="R4r", label=(N, N))

m("RS1", "sent", "11-20 10:00", "robin", "rachel", "Reminder: our session Tuesday 24 November, 7:00", """
Hi Rachel,

A reminder of our session on Tuesday 24 November at 7:00 your time (6:00 mine), back on Zoom.

Robin
""", "apple")

# --------------------------------------------------------------------------- Tomáš Novák
m("T1", "inbox", "11-06 10:10", "tomas", "robin", "Can my partner join a session?", """
Dear Robin,

Would it be possible for my partner Jana to join one of our sessions? The move back to Prague
affects her as much as me, and I think it would help if she heard the conversation.

Best,
Tomáš
""", "gmail", label=(Y, Y), note="answered by T1r, whose subject changed")

m("T1r", "sent", "11-06 15:40", "robin", "tomas", "Joint session — a few thoughts", """
Dear Tomáš,

Yes, that's possible, and I think it's a good idea. A few thoughts: let's make it a full
session rather than the last half of one, and let's agree beforehand what you'd like Jana to
hear. The 17th would work well for me.

Warmly,
Robin
""", "apple", parent="T1")

m("T2", "inbox", "11-07 09:00", "tomas", "robin", "Re: Joint session — a few thoughts", """
Sounds good. We'll aim for the 17th. Jana is looking forward to it.

Tomáš
""", "gmail", parent="T1r", label=(N, N))

m("T3", "inbox", "11-13 22:10", "tomas", "robin", "Fwd: The case for quitting well", """
Thought of our conversation when I read this.
""", "gmail", label=(N, Y), fwd=dict(
    frm=("The Long Read", "newsletter@longread.example"), when="11-13 14:00",
    to=("", "tomas.novak@example.cz"), subject="The case for quitting well",
    body="""This week: why leaving a job well matters as much as starting one.

Most of us spend months planning an arrival and an afternoon planning a departure. Yet the way
we leave shapes our reputation, our relationships, and the story we tell ourselves about the
years we spent there..."""), note="no reply needed; the coach thanked him anyway (TS1)")

m("TS1", "sent", "11-14 08:20", "robin", "tomas", "Re: Fwd: The case for quitting well", """
Thank you, Tomáš. A lovely piece, and very much our conversation.

Robin
""", "apple", parent="T3")

m("TS2", "sent", "11-16 09:00", "robin", "tomas", "Reminder: joint session Tuesday 17 November", """
Dear Tomáš,

A reminder that tomorrow's session, with Jana, is at 11:00 my time (18:00 in Prague). Same Zoom
link; Jana is welcome to join from her own computer.

Robin
""", "apple")

m("T4", "inbox", "11-19 08:25", "tomas", "robin", "After the twelve sessions", """
Dear Robin,

We are at session ten already. What happens after our twelve sessions? Do you offer monthly
check-ins, and if so what do they cost? I'd like to keep some support during the first months
in Prague.

Best,
Tomáš
""", "gmail", label=(Y, N), note="TS3, a later forward about something else, does not answer it")

m("TS3", "sent", "11-21 11:00", "robin", "tomas", "Fwd: Podcast: couples and career moves", """
Tomáš, this one made me think of you and Jana after Tuesday. The second half is the good part.

Robin
""", "apple", fwd=dict(
    frm=("Work Life Radio", "hello@worklife-radio.example"), when="11-20 06:00",
    to=("", "robin@avery-coaching.example"), subject="Podcast: couples and career moves",
    body="""New episode: when one partner's career moves the whole family.

Our guests, two researchers who have followed 40 dual-career couples for a decade, talk about
who decides, who adjusts, and why the "trailing spouse" story is usually wrong..."""))

# --------------------------------------------------------------------------- Aisha Bello
m("A1", "inbox", "11-05 17:25", "gv", "robin", None, """
Running 10 min late, so sorry!
""", "gv_text", phone="(847) 555-0131", label=(N, N))

m("A2", "inbox", "11-10 17:45", "gv", "robin", None, """
Hi Robin it's Aisha Bello. I wanted to ask if you have any Saturday morning openings in December, my work schedule is changing. Give me a call back when you can. Thanks.
""", "gv_voicemail", phone="(847) 555-0131", label=(Y, N),
  note="the next email to Aisha (AS1, 3 days later) is an invoice and does not answer it")

m("AS1", "sent", "11-13 09:30", "robin", "aisha", "November invoice", """
Hi Aisha,

Attached is your invoice for November's sessions. Thank you!

Robin
""", "apple", attach=[("Invoice-2026-11-Bello.pdf", "application/pdf")])

m("A3", "inbox", "11-13 12:00", "aisha", "robin", "Re: November invoice", """
Paid, thanks Robin!

Aisha
""", "yahoo", parent="AS1", thread="irt", label=(N, N))

m("A4", "inbox", "11-17 19:20", "gv", "robin", None, """
Is our session on the 26th still on with Thanksgiving?
""", "gv_text", phone="(847) 555-0131", label=(Y, Y), note="text answered by email A4r within the hour")

m("A4r", "sent", "11-17 20:15", "robin", "aisha", "Thanksgiving week", """
Hi Aisha,

Good thinking, thanks for asking. Let's move the 26th to Monday 30 November, same time (17:30).
Does that work?

Robin
""", "apple")

m("A5", "inbox", "11-17 20:40", "gv", "robin", None, """
Monday 30th works 👍
""", "gv_text", phone="(847) 555-0131", label=(N, N))

# --------------------------------------------------------------------------- Ben Carter
m("BS1", "sent", "11-03 11:00", "robin", "ben", "Welcome, and a few things before we start", """
Hi Ben,

Welcome aboard! Attached is the welcome pack with the intake questions. Fill them in before our
first session on Tuesday 10 November at 12:00 if you can.

Robin
""", "apple", attach=[("Welcome-pack.pdf", "application/pdf")])

m("B1", "inbox", "11-09 06:50", "ben", "robin", "Stuck on the business plan", """
Hi Robin,

Before tomorrow: I keep stalling on the financial section of the business plan. Every time I
open the spreadsheet I find something else to do. How would you suggest I break it down?

Ben
""", "outlook", label=(Y, Y), note="B1r sends In-Reply-To only")

m("B1r", "sent", "11-10 13:05", "robin", "ben", "Re: Stuck on the business plan", """
Hi Ben,

As we said today: three rows a day, not the whole sheet. Start with costs you already know
(rent, insurance, the van) and leave revenue for last. Twenty minutes, then stop, even if it's
going well.

Robin
""", "apple", parent="B1", thread="irt")

m("B2", "inbox", "11-13 07:30", "ben", "robin", "RE: Stuck on the business plan", """
That helped. Costs are done. Would you be willing to look over the draft if I send it next week?
I know that's maybe outside what coaching covers.

Ben
""", "outlook", parent="B1r", label=(Y, Y))

m("B2r", "sent", "11-13 18:20", "robin", "ben", "Re: Stuck on the business plan", """
Happy to, Ben. I won't check the numbers, but I'll read it for clarity and for where it sounds
like you. Send it whenever it's ready.

Robin
""", "apple", parent="B2")

m("B3", "inbox", "11-20 16:45", "ben", "robin", "RE: Stuck on the business plan", """
Hi Robin,

Here's the draft. Any feedback before our Tuesday session would be great, especially on the
pricing page. I'm not sure it's believable.

Ben
""", "outlook", parent="B2r", label=(Y, N), attach=[("Carter-Builds-business-plan-v3.pdf", "application/pdf")],
  note="only a session reminder (BS2) follows")

m("BS2", "sent", "11-22 09:00", "robin", "ben", "Reminder: session Tuesday 24 November, 12:00", """
Hi Ben,

A reminder of our session on Tuesday 24 November at 12:00, at the usual Zoom link.

Robin
""", "apple")

# --------------------------------------------------------------------------- Lena Park
m("L1", "inbox", "11-02 10:05", "gv", "robin", None, """
Hi Robin, it's Lena Park. I think I was charged twice for October, could you take a look and let me know? Call me back or email, whatever's easier. Thanks.
""", "gv_voicemail", phone="(630) 555-0145", label=(Y, Y), note="voicemail answered by email L1r two hours later")

m("L1r", "sent", "11-02 12:20", "robin", "lena", "Your October payment", """
Hi Lena,

Thanks for your voicemail, and sorry about that. You're right: the October payment went through
twice. I've refunded the second one; it should be back on your card in 3 to 5 days.

Robin
""", "apple")

m("L2", "inbox", "11-02 13:00", "lena", "robin", "Re: Your October payment", """
Thank you!! That was fast.

Lena
""", "apple", parent="L1r", thread="refs", label=(N, N))

m("L3", "inbox", "11-11 21:30", "lena", "robin", "Journal entry, week 6", """
Hi Robin,

Sharing this week's entry, as agreed.

Monday I said no to the weekend shift and the world didn't end. Wednesday I caught myself
apologising four times in one meeting and stopped at the fifth. Friday was hard: my mother
called and I slipped right back into the old role for an hour. But I noticed it afterwards, and
that's new.

See you next Thursday,
Lena
""", "apple", label=(N, N))

m("L4", "inbox", "11-16 09:10", "lena", "robin", "About the strengths assessment", """
Hi Robin,

The assessment link arrived. Should I take it before our next session, or would you rather we
go through it together?

Lena
""", "apple", label=(Y, Y))

m("L4r", "sent", "11-16 14:00", "robin", "lena", "Re: About the strengths assessment", """
Hi Lena,

Take it before, on your own, when you have 40 quiet minutes. Don't read the report yet; we'll
open it together on Thursday.

Robin
""", "apple", parent="L4")

m("LS1", "sent", "11-18 08:00", "robin", "lena", "Reminder: session Thursday 19 November, 17:00", """
Hi Lena,

A reminder of our session tomorrow, Thursday 19 November, at 17:00.

Robin
""", "apple")

m("LS2", "sent", "11-19 19:10", "robin", "lena", "Notes and homework", """
Hi Lena,

Thank you for tonight. Your top strengths, as we read them: learner, empathy, responsibility.

Homework for next week: the letter to your younger self. And if you have energy left, the
energy audit we talked about (optional).

Robin
""", "apple")

m("L5", "inbox", "11-20 18:00", "lena", "robin", "Quick question on homework", """
Hi Robin,

Sorry, I wrote both down last night and now I'm not sure: is the homework for next week the
letter to my younger self, or the energy audit, or both?

Lena
""", "apple", label=(Y, N), note="still open at the end (LS2 came before it)")

# --------------------------------------------------------------------------- Victor Hale (team)
m("V1", "inbox", "11-05 15:20", "victor", "robin", "Team offsite facilitation, Dec 4?", """
Hi Robin,

Would you be available to facilitate a half-day offsite for our partners on Friday, December 4?
Six people, in Chicago. What would you need from us to prepare, and what would it cost?

Copying Priyanka (my co-founder) and Jordan, who handles logistics.

Thanks,
Victor
""", "outlook", cc=["priyanka", "jordan"], label=(Y, Y), note="answered by a reply-all V1r")

m("V1r", "sent", "11-06 10:15", "robin", "victor", "Re: Team offsite facilitation, Dec 4?", """
Hi Victor, Priyanka, Jordan,

Yes, I'm available on December 4. For a half day with six people my fee is $2,400, including
two short preparation calls.

What I need from you: 30 minutes with each of Victor and Priyanka beforehand, a room with a
whiteboard and no screens, and the three questions you most want the partners to leave with.

Robin
""", "apple", parent="V1", cc=["priyanka", "jordan"])

m("V2", "inbox", "11-06 11:30", "jordan", "robin", "RE: Team offsite facilitation, Dec 4?", """
Thanks Robin! I'll set up the prep calls and send the venue details once the room is booked.

Jordan Wells
Operations, Hale Ventures
""", "outlook", parent="V1r", cc=["victor", "priyanka"], label=(N, N))

m("V3", "inbox", "11-09 08:00", "victor", "robin", "RE: Team offsite facilitation, Dec 4?", """
Great, confirmed for December 4. Priyanka and I will get you the three questions this week.

Victor
""", "outlook", parent="V2", cc=["priyanka", "jordan"], label=(N, N))

m("VS1", "sent", "11-12 16:00", "robin", "victor", "Offsite: draft agenda", """
Hi Victor,

Following our prep call, here is a draft agenda for December 4. Comments welcome, from you or
Priyanka.

Robin
""", "apple", cc=["priyanka"], attach=[("Offsite-draft-agenda.pdf", "application/pdf")])

m("VN1", "inbox", "11-18 13:10", "jordan", "robin", "Offsite venue details", """
Hi Robin,

The room is booked: Hale Ventures, 14th floor, 180 N LaSalle St. Arrive from 8:30; we start at
9:00. Parking validation at the front desk.

Jordan
""", "outlook", cc=["victor"], label=(N, Y))

m("VS2", "sent", "11-18 15:30", "robin", "jordan", "Re: Offsite venue details", """
Thanks Jordan, all noted. See you on the 4th.

Robin
""", "apple", parent="VN1", cc=["victor"])

m("V4", "inbox", "11-21 17:10", "victor", "robin", "Coaching for our VP of Sales?", """
Hi Robin,

Separate topic from the offsite. Would you take on Marta, our VP of Sales, as a one-to-one
client from January? She's asked for a coach and I'd rather it were someone we trust.

Victor
""", "outlook", label=(Y, N), note="still open at the end")

# --------------------------------------------------------------------------- Maya Ortega
m("M1", "inbox", "11-12 11:40", "gv", "robin", None, """
Hi Robin it's Maya, I [inaudible] about the [inaudible] on Thursday. Call me back when you can, bye.
""", "gv_voicemail", phone="(312) 555-0199", label=(Y, Y),
  note="partly inaudible voicemail; answered by email M1r three hours later")

m("M1r", "sent", "11-12 14:55", "robin_g", "maya", "Missed your call", """
Hi Maya,

Sorry I missed your call. Your voicemail cut out in the middle. What's up with Thursday?

Robin
""", "gmail")

m("M2", "inbox", "11-12 16:30", "maya", "robin_g", "Re: Missed your call", """
Sorry! I just wanted to ask if Thursday could be at 5 instead of 4. I have a doctor's appointment
that's running late these days.

Maya
""", "gmail", parent="M1r", label=(Y, Y))

m("M2r", "sent", "11-12 17:10", "robin_g", "maya", "Re: Missed your call", """
5 works. See you then!

Robin
""", "gmail", parent="M2")

m("M3", "inbox", "11-18 20:05", "gv", "robin", None, """
Can we push tomorrow to 5:30? Something came up at work
""", "gv_text", phone="(312) 555-0199", label=(Y, N), note="nothing sent to Maya afterwards")

# --------------------------------------------------------------------------- Omar Haddad
m("O1", "inbox", "11-03 09:30", "omar", "robin", "Thank you", """
Robin,

Just wanted to say thank you for last week. I've thought about the "two chairs" conversation
every day since.

Omar
""", "yahoo", label=(N, Y), note="no reply needed; the coach replied anyway (OS1)")

m("OS1", "sent", "11-03 12:00", "robin", "omar", "Re: Thank you", """
That's lovely to hear, Omar. Thank you for telling me.

Robin
""", "apple", parent="O1")

m("OS2", "sent", "11-09 08:30", "robin", "omar", "Reminder: session Thursday 12 November, 12:00", """
Hi Omar,

A reminder of our session this Thursday, 12 November, at noon.

Robin
""", "apple")

m("O2", "inbox", "11-10 10:00", "omar", "robin", "Confidentiality question", """
Hi Robin,

HR just told me the company will pay for our sessions from now on. Does that mean they get any
reports about what we discuss? I'd want to know before Thursday.

Omar
""", "yahoo", label=(Y, Y), note="O2r sends In-Reply-To only")

m("O2r", "sent", "11-11 08:15", "robin", "omar", "Re: Confidentiality question", """
Hi Omar,

No. When an employer pays, they get invoices and, if you agree, attendance dates. Nothing about
what we discuss, unless you choose to share it yourself. We can put that in writing on
Thursday.

Robin
""", "iphone", parent="O2", thread="irt")

m("O3", "inbox", "11-11 09:00", "omar", "robin", "Re: Confidentiality question", """
That's a relief, thank you.
""", "yahoo", parent="O2r", thread="irt", label=(N, N))

m("O4", "inbox", "11-17 13:30", "gv", "robin", None, """
Hi Robin, it's Omar, just confirming Thursday at noon. No need to call back. Bye.
""", "gv_voicemail", phone="(872) 555-0107", label=(N, N))

m("O5", "inbox", "11-20 22:15", "omar", "robin", "A referral?", """
Hi Robin,

Could you recommend a couples counselor in Evanston? My wife and I have decided to try. No rush.

Omar
""", "yahoo", label=(Y, N), note="still open at the end")

# --------------------------------------------------------------------------- not clients
m("N1", "inbox", "11-02 07:00", "icf", "robin", "November events: ethics roundtable and year-end social", """
ICF Chicago Chapter, November 2026

Ethics roundtable, Thursday 12 November, 18:00, online.
Year-end social, Wednesday 9 December, 18:30, River North.

You are receiving this because you are a chapter member. Unsubscribe: https://icfchicago.example/u
""", "bulk", label=(N, N))

m("N2", "inbox", "11-04 19:10", "zoom", "robin", "Cloud recording is now available", """
Hi Robin Avery,

Your cloud recording is now available.

Topic: Robin Avery's Personal Meeting Room
Date: Nov 4, 2026 06:00 PM Central Time

Recordings are kept for 30 days.
""", "bulk", label=(N, N))

m("N3", "inbox", "11-08 06:12", "stripe", "robin", "Your payout of $1,240.00 is on the way", """
A payout of $1,240.00 USD is on the way to your bank account ending in 4417. It should arrive by
Tuesday, November 10.
""", "bulk", label=(N, N))

m("N4", "inbox", "11-09 14:02", "gv", "robin", None, """
This is an important message about your vehicle's extended warranty. Press one to speak to a specialist.
""", "gv_voicemail", phone="(312) 555-0100", label=(N, N))

m("N5", "inbox", "11-11 06:30", "substack", "robin", "Why clients go quiet in week six", """
The Coaching Letter, issue 88

Every coach knows the week-six dip. This week, three ideas for what to do about it, and one for
what not to do...

Unsubscribe https://substack.example/unsubscribe
""", "bulk", label=(N, N))

m("N6", "inbox", "11-14 10:30", "gv", "robin", None, """
Hi is this Marco? We're still on for the gutters Saturday?
""", "gv_text", phone="(708) 555-0176", label=(N, N))

m("N7", "inbox", "11-16 11:00", "mailchimp", "robin", "Your campaign \"November note\" has been sent", """
Your campaign "November note" was sent to 212 subscribers.

View report: https://mailchimp.example/reports/88123
""", "bulk", label=(N, N))

m("N8", "inbox", "11-22 05:45", "hbr", "robin", "The Daily: Managing the holiday slowdown", """
Harvard Business Review, The Daily

Managing the holiday slowdown. Four things to do with the quietest two weeks of the year.

Manage your preferences: https://hbr.example/prefs
""", "bulk", label=(N, N))

# --------------------------------------------------------------------------- sent to others
m("XS1", "sent", "11-05 16:00", "robin", "accountant", "Q3 receipts", """
Hi Denise,

Attached are the Q3 receipts. The two big ones are the laptop and the ICF renewal.

Robin
""", "apple", attach=[("Q3-receipts.pdf", "application/pdf")])

m("XS2", "sent", "11-09 13:00", "robin", "prospect", "Following up on our call", """
Hi Chris,

Thanks for the call this morning. As promised, here's how I work: twelve sessions over roughly
four months, weekly at first. Let me know if you'd like to go ahead.

Robin Avery
""", "apple")

m("XS3", "sent", "11-12 09:00", "robin", "supervisor", "Supervision Thursday", """
Hi Helen,

Still on for Thursday at 8? I'd like to bring a case about a client whose employer has started
paying for the sessions.

Robin
""", "apple")

m("XS4", "sent", "11-18 17:00", "robin", "accountant", "Re: Q3 receipts", """
Hi Denise, one more: the receipt for the offsite materials. Attached.

Robin
""", "apple", parent="XS1", attach=[("offsite-materials.pdf", "application/pdf")])
