"""The messages of the answered-b set: who wrote what, when, in reply to what, and the labels.

Each entry is a dict. `build.py` renders them into Maildir files in each program's style.

Keys:
  key       unique name, used by `reply_to` / `fwd` of later messages
  box       "inbox" or "sent"
  prog      gmail, gmail_android, apple, iphone, outlook (desktop, Exchange), outlook_web,
            outlook_mac, thunderbird, airmail, yahoo, gv_vm, gv_sms, gv_reply, list
  frm       (name, address); for gv_vm / gv_sms: the caller's number, 10 digits
  to, cc    lists of (name, address)
  date      "YYYY-MM-DD HH:MM", local time at `tz` (UTC offset, "-0700")
  subject   the subject (replies: written with the Re:/RE: the program adds)
  body      the text the author typed (quotes of the parent are added by build.py)
  reply_to  key of the message this replies to
  thread    "full" (In-Reply-To + References), "irt" (In-Reply-To only), "refs" (References
            only), "tindex" (Thread-Index + In-Reply-To only), None (no threading headers)
  quote     False to not quote the parent
  fwd       key of a message forwarded inside this one
  attach    list of (filename, mimetype)
  label     inbox only: (client or "", needs_reply bool, answered bool, note)
"""

COACH = ("Dana Whitfield", "dana@whitfield-coaching.example")
COACH2 = ("Dana Whitfield", "dana.whitfield.coach@gmail.example")
COACH_GV = "7205550100"  # the coach's Google Voice number

SIG = "\n\nDana\n\n-- \nDana Whitfield, PCC\nWhitfield Coaching · Denver, CO\nwhitfield-coaching.example"

MAYA = ("Maya Brooks", "maya.brooks@gmail.example")
DAN_W = ("Daniel Okafor", "d.okafor@contoso-law.example")
DAN_P = ("Daniel Okafor", "dan.okafor@outlook.example")
KAREN = ("Karen Mills", "k.mills@contoso-law.example")
SOFIA = ("Sofia Marchetti", "sofia@marchetti-studio.example")
ETHAN = ("Ethan Cole", "ethan.cole@fastmail.example")
PRIYA = ("Priya Shah", "priya.shah@example.com")
LIAM = ("Liam O'Connor", "liam.oconnor@acme-build.example")
HANA_G = ("Hana Kobayashi", "hana.k@example.net")
HANA_W = ("Hana Kobayashi", "hana@kobayashi-design.example")
MARCUS = ("Marcus Reed", "marcus.reed@example.org")
OLIVIA = ("Olivia Grant", "olivia.grant@example.com")
JORGE = ("Jorge Ramírez", "jorge.ramirez@correo.example")
BEN = ("Ben Walsh", "benwalsh77@yahoo.example")
RUTH = ("Ruth Alvarez", "ruth@alvarez-facilitation.example")

PHONES = {
    "Maya Brooks": "4155550134",
    "Ethan Cole": "3035550117",
    "Priya Shah": "6465550182",
    "Marcus Reed": "5125550163",
    "Jorge Ramírez": "3055550149",
}

MT = "-0700"  # Denver (MST in November)
CT = "-0600"
ET = "-0500"
PT = "-0800"
UTC = "+0000"

M = []


def add(**kw):
    M.append(kw)


# ---------------------------------------------------------------- week 1: 2-8 November

add(key="i_liam_hw", box="inbox", prog="outlook", frm=LIAM, to=[COACH], date="2026-11-02 08:15", tz=ET,
    subject="Homework for next week?",
    body="Hi Dana,\n\nThanks again for Friday's session. I wrote down \u201cnotice the 3pm slump\u201d but I can't "
         "remember what you wanted me to actually do with it. Was it to log it every day, or just to "
         "try the walk-around-the-block thing when it hits?\n\nThanks,\nLiam\n\nLiam O'Connor | Project "
         "Manager\nAcme Build Group | 617-555-0120\n\nCONFIDENTIALITY NOTICE: This e-mail and any "
         "attachments are intended only for the named recipient(s) and may contain confidential "
         "information. If you are not the intended recipient, please notify the sender and delete it.",
    label=("Liam O'Connor", True, True, "coach replies next day (Outlook for Mac: In-Reply-To + Thread-Index only)"))

add(key="s_liam_hw", box="sent", prog="outlook_mac", frm=COACH, to=[LIAM], date="2026-11-03 07:40", tz=MT,
    subject="Re: Homework for next week?", reply_to="i_liam_hw", thread="tindex",
    body="Hi Liam,\n\nBoth, in that order: jot down the time and what you were doing when the slump hits "
         "(just a line in your notes app), and on at least three of those days try the ten-minute walk "
         "and note whether the afternoon feels any different.\n\nWe'll look at the log together next "
         "Friday." + SIG)

add(key="i_news_1", box="inbox", prog="list", frm=("Coaching Matters", "hello@coachingmatters.example"),
    to=[COACH], date="2026-11-02 09:40", tz=ET,
    subject="5 questions that open up a stuck client",
    body="COACHING MATTERS \u2014 the Monday letter\n\nThis week: five questions that open up a stuck "
         "client, a free webinar on group coaching, and our reader survey.\n\n1. What would you try if "
         "you knew it couldn't fail?\n2. What are you tolerating?\n3. Who would you be without this "
         "story?\n4. What's the smallest next step?\n5. What do you want me to ask you next week?\n\n"
         "Read the full article: https://coachingmatters.example/l/5q\n\nYou are receiving this because "
         "you subscribed at coachingmatters.example. Unsubscribe: https://coachingmatters.example/u/88213",
    label=("", False, False, "newsletter"))

add(key="i_maya_values", box="inbox", prog="gmail", frm=MAYA, to=[COACH], date="2026-11-02 11:05", tz=PT,
    subject="Question about the values exercise",
    body="Hi Dana!\n\nI started the values card sort last night and got a bit stuck. Am I supposed to end "
         "up with my top 5 or top 10? I have 14 in the \"very important\" pile and I can't bring myself "
         "to cut any more lol.\n\nAlso is it ok to add one that isn't on the cards? \"Play\" isn't there "
         "and it feels like it should be.\n\nThanks!\nMaya",
    label=("Maya Brooks", True, True, "direct reply, full threading"))

add(key="s_maya_values", box="sent", prog="apple", frm=COACH, to=[MAYA], date="2026-11-02 15:20", tz=MT,
    subject="Re: Question about the values exercise", reply_to="i_maya_values", thread="full",
    body="Hi Maya,\n\nAim for five. Fourteen in the very-important pile is normal \u2014 try pairing them up "
         "and asking \u201cif I could only keep one of these two this year, which?\u201d It gets easier "
         "after the first few rounds.\n\nAnd yes, absolutely add Play. The cards are a starting point, "
         "not a rulebook." + SIG)

add(key="i_maya_thanks", box="inbox", prog="gmail", frm=MAYA, to=[COACH], date="2026-11-02 16:02", tz=PT,
    subject="Re: Question about the values exercise", reply_to="s_maya_values", thread="full",
    body="Perfect, thank you!! Top 5 it is. Play is staying :)",
    label=("Maya Brooks", False, False, "thanks"))

add(key="s_ruth_lunch", box="sent", prog="apple", frm=COACH, to=[RUTH], date="2026-11-02 17:05", tz=MT,
    subject="Supervision lunch?",
    body="Hi Ruth,\n\nAre we still on for our peer-supervision lunch on the 13th? Same place, noon?\n\n"
         "Dana")

add(key="i_sofia_notes", box="inbox", prog="apple", frm=SOFIA, to=[COACH], date="2026-11-03 07:50", tz=ET,
    subject="Notes from Monday + a question",
    body="Good morning Dana,\n\nI typed up my notes from yesterday so I don't lose them:\n\n- the "
         "\u201cenough\u201d list (I got to 11 things)\n- saying no to the gallery board without a long "
         "explanation\n- mornings are for the studio, email after 11\n\nOne question: you suggested "
         "journaling, would daily be too much? I know myself and if it's daily I'll quit by Thursday. "
         "Is three times a week enough to be worth it?\n\nSofia",
    label=("Sofia Marchetti", True, True, "direct reply"))

add(key="s_sofia_notes", box="sent", prog="apple", frm=COACH, to=[SOFIA], date="2026-11-03 12:10", tz=MT,
    subject="Re: Notes from Monday + a question", reply_to="i_sofia_notes", thread="full",
    body="Morning Sofia,\n\nGreat notes \u2014 eleven is a lot of enough!\n\nThree times a week is "
         "plenty. Consistency beats frequency; pick the three days now (Mon/Wed/Fri?) so you aren't "
         "deciding each morning. Ten minutes, no rules about what goes in." + SIG)

add(key="i_calendly", box="inbox", prog="list", frm=("Calendly", "notifications@calendly.example"),
    to=[COACH], date="2026-11-03 12:30", tz=UTC,
    subject="New Event: Ethan Cole - 09:00am Tue, Nov 10, 2026 - 60 Minute Session",
    body="Hi Dana Whitfield,\n\nA new event has been scheduled.\n\nEvent Type: 60 Minute Session\n"
         "Invitee: Ethan Cole\nInvitee Email: ethan.cole@fastmail.example\nEvent Date/Time: 09:00am - "
         "Tuesday, November 10, 2026 (Mountain Time - US & Canada)\n\nView event in Calendly: "
         "https://calendly.example/events/7f3a\n\nPro Tip! Take Calendly anywhere you go with the "
         "mobile app.",
    label=("", False, False, "service notice naming a client"))

add(key="i_dan_promo", box="inbox", prog="outlook_web", frm=DAN_P, to=[COACH], date="2026-11-04 06:48", tz=CT,
    subject="Promotion prep",
    body="Hi Dana,\n\nWriting from my personal account since I don't want this in the firm's system. "
         "The partner-track conversation is on the 23rd. Could you send me the STAR worksheet you "
         "mentioned? I'd like to have three stories ready before our next session.\n\nThanks,\nDan",
    label=("Daniel Okafor", True, True, "client's second (personal) address; coach replies there"))

add(key="s_dan_promo", box="sent", prog="apple", frm=COACH, to=[DAN_P], date="2026-11-04 09:15", tz=MT,
    subject="Re: Promotion prep", reply_to="i_dan_promo", thread="full",
    attach=[("STAR-stories-worksheet.pdf", "application/pdf")],
    body="Hi Dan,\n\nHere's the worksheet. Start with the story you're least sure about \u2014 that's "
         "usually the one worth the most work. Bring whatever you have on the 11th, rough is fine.\n\n"
         "I'll only write to this address about this, as you asked." + SIG)

add(key="i_marcus_txt_book", box="inbox", prog="gv_sms", frm="5125550163", date="2026-11-04 13:22", tz=MT,
    body="thx for today. quick q is it atomic habits or tiny habits u recommended? at the bookstore rn",
    label=("Marcus Reed", True, True, "text; coach emails the answer 3 hours later"))

add(key="s_marcus_book", box="sent", prog="apple", frm=COACH, to=[MARCUS], date="2026-11-04 16:40", tz=MT,
    subject="The book",
    body="Hi Marcus,\n\nSorry, I was in sessions all afternoon and just saw your text. It's Tiny Habits "
         "by BJ Fogg. (Atomic Habits is good too, but Tiny Habits is the one with the recipe format we "
         "talked about.)" + SIG)

add(key="i_ethan_txt_late", box="inbox", prog="gv_sms", frm="3035550117", date="2026-11-05 08:58", tz=MT,
    body="running 10 min late sorry!! parking is a nightmare",
    label=("Ethan Cole", False, False, "text, nothing to answer"))

add(key="s_accountant", box="sent", prog="apple", frm=COACH, to=[("Gary Lund CPA", "gary@lundcpa.example")],
    date="2026-11-05 11:30", tz=MT, subject="Q4 estimated payment",
    body="Hi Gary,\n\nCould you send me the figure for the Q4 estimated payment when you have it? "
         "Thanks!\n\nDana")

add(key="i_ben_jan", box="inbox", prog="yahoo", frm=BEN, to=[COACH], date="2026-11-05 20:14", tz=UTC,
    subject="Hello from Ben",
    body="Hi Dana,\n\nIt's been a while! Things are mostly good here - the London move worked out and "
         "the new team is great. I'm starting to feel the old over-committing creeping back in though, "
         "and I'd love a couple of tune-up sessions in January. Do you have any space? Mornings your "
         "time work best for me because of the time difference.\n\nBest,\nBen",
    label=("Ben Walsh", True, True, "former client; direct reply"))

add(key="s_ben_jan", box="sent", prog="apple", frm=COACH, to=[BEN], date="2026-11-06 08:05", tz=MT,
    subject="Re: Hello from Ben", reply_to="i_ben_jan", thread="full",
    body="Ben! So good to hear from you, and congratulations on the move.\n\nYes, I'd love to. I have "
         "Monday mornings open in January: the 11th or the 18th at 8 or 9 my time (3 or 4pm for you). "
         "Pick one and I'll send a link." + SIG)

add(key="i_jorge_es", box="inbox", prog="thunderbird", frm=JORGE, to=[COACH], date="2026-11-06 08:30", tz=ET,
    subject="Pregunta / question about our sessions",
    body="Hola Dana,\n\nA question I've been meaning to ask: ¿podemos hacer algunas sesiones en español? "
         "Sometimes when we talk about my family I notice I'm translating in my head and it slows me "
         "down. If not, no pasa nada, I just wanted to ask.\n\nSaludos,\nJorge",
    label=("Jorge Ramírez", True, True, "direct reply"))

add(key="s_jorge_es", box="sent", prog="airmail", frm=COACH, to=[JORGE], date="2026-11-06 10:45", tz=MT,
    subject="Re: Pregunta / question about our sessions", reply_to="i_jorge_es", thread="irt",
    body="Hola Jorge,\n\nMi español es bastante bueno, but not perfect \u2014 if you're happy to mix, "
         "so am I. Let's try next session mostly in Spanish and see how it feels. Switch whenever you "
         "want.\n\nUn abrazo," + SIG)

add(key="i_priya_txt_time", box="inbox", prog="gv_sms", frm="6465550182", date="2026-11-06 14:05", tz=MT,
    body="Hi Dana can we do 4 instead of 3 tomorrow? work thing came up. sorry for the late notice",
    label=("Priya Shah", True, True, "text; coach replies to the text by email (Google Voice reply) 26 min later"))

add(key="s_priya_txt_time", box="sent", prog="gv_reply", frm=COACH, date="2026-11-06 14:31", tz=MT,
    reply_to="i_priya_txt_time", thread="full",
    body="4 works, no problem! See you then")

add(key="i_stripe", box="inbox", prog="list", frm=("Stripe", "notifications@stripe.example"), to=[COACH],
    date="2026-11-06 18:00", tz=UTC, subject="Your payout of $1,840.00 is on the way",
    body="Whitfield Coaching\n\nA payout of $1,840.00 USD is on its way to your bank account ending in "
         "4417. It should arrive by Nov 9, 2026.\n\nView payout: https://dashboard.stripe.example/payouts/po_1Q\n",
    label=("", False, False, "vendor notice"))

add(key="i_sofia_thx", box="inbox", prog="apple", frm=SOFIA, to=[COACH], date="2026-11-07 10:11", tz=ET,
    subject="Re: Notes from Monday + a question", reply_to="s_sofia_notes", thread="full",
    body="Mon/Wed/Fri it is. Thank you! I'll report back.\n\nS.",
    label=("Sofia Marchetti", False, False, "thanks"))

# ---------------------------------------------------------------- week 2: 9-15 November

add(key="i_dan_8am", box="inbox", prog="outlook", frm=DAN_W, to=[COACH], cc=[KAREN],
    date="2026-11-09 07:30", tz=CT, subject="Wednesday session - 8am?",
    body="Hi Dana,\n\nA client call landed on top of our 10am on Wednesday. Could we move to 8am your "
         "time instead? Karen (cc'd) manages my calendar and will update the invite if that works.\n\n"
         "Best,\nDaniel\n\nDaniel Okafor\nSenior Associate | Contoso Law LLP\n312-555-0199\n\n"
         "This message may contain privileged and confidential information. If you have received it "
         "in error, please notify the sender and delete it.",
    label=("Daniel Okafor", True, True, "reply-all to Daniel + his assistant"))

add(key="s_dan_8am", box="sent", prog="apple", frm=COACH, to=[DAN_W], cc=[KAREN], date="2026-11-09 08:02", tz=MT,
    subject="Re: Wednesday session - 8am?", reply_to="i_dan_8am", thread="full",
    body="Hi Daniel, hi Karen,\n\n8am Mountain on Wednesday works. Karen, thanks for updating the "
         "invite \u2014 same Zoom link as always." + SIG)

add(key="i_jorge_txt_sheet", box="inbox", prog="gv_sms", frm="3055550149", date="2026-11-09 08:40", tz=MT,
    body="Dana puedes mandarme la hoja de ejercicios de la rueda? the wheel one. no la encuentro",
    label=("Jorge Ramírez", True, True, "text (es/en); coach emails the sheet 2 hours later"))

add(key="i_liam_360", box="inbox", prog="outlook", frm=LIAM, to=[COACH], date="2026-11-09 09:12", tz=ET,
    subject="RE: Homework for next week?", reply_to="s_liam_hw", thread="tindex",
    body="Hi Dana,\n\nLogging done \u2013 5 of 5 days, and the walk helped on 3 of them. Will bring it "
         "Friday.\n\nSeparate thing: my manager asked whether you'd be open to facilitating a 360 "
         "debrief with my team in December (6 people, half a day). Would you be willing to do that, "
         "and roughly what would it cost? She needs a number for the budget by end of month.\n\nThanks,"
         "\nLiam",
    label=("Liam O'Connor", True, False, "coach only forwards it to a colleague (with threading headers); "
           "Liam is never answered"))

add(key="s_jorge_sheet", box="sent", prog="apple", frm=COACH, to=[JORGE], date="2026-11-09 10:35", tz=MT,
    subject="La rueda / wheel of life",
    attach=[("rueda-de-la-vida.pdf", "application/pdf")],
    body="Hola Jorge,\n\nAquí está la hoja de la rueda (got your text). Fill in what you can before "
         "Thursday, no need to be precise." + SIG)

add(key="i_olivia_form", box="inbox", prog="apple", frm=OLIVIA, to=[COACH], date="2026-11-09 11:45", tz=MT,
    subject="Intake form",
    body="Hi Dana,\n\nEmbarrassing, but could you send me the intake form again? I started it on my "
         "old laptop and now I can't find it anywhere. I'd like to have it done before our first "
         "real session.\n\nThanks so much,\nOlivia",
    label=("Olivia Grant", True, False, "only a session reminder follows, and later a reply to a different "
           "question; open at the end"))

add(key="i_dan_8am_ok", box="inbox", prog="outlook", frm=DAN_W, to=[COACH], cc=[KAREN],
    date="2026-11-09 19:20", tz=CT, subject="RE: Wednesday session - 8am?", reply_to="s_dan_8am", thread="full",
    body="Perfect, thank you. Karen has updated it.\n\nDaniel",
    label=("Daniel Okafor", False, False, "thanks"))

add(key="s_ruth_fwd", box="sent", prog="gmail", frm=COACH, to=[RUTH], date="2026-11-10 08:20", tz=MT,
    subject="Fwd: RE: Homework for next week?", fwd="i_liam_360", reply_to="i_liam_360", thread="full",
    body="Hi Ruth,\n\nCould this be one for you? A client's manager wants a half-day 360 debrief for six "
         "people in December. You're so much better at team work than I am. If you're interested I'll "
         "put you in touch.\n\nDana")

add(key="i_hana_price", box="inbox", prog="apple", frm=HANA_W, to=[COACH], date="2026-11-10 10:03", tz=PT,
    subject="Pricing my freelance work",
    attach=[("Kobayashi-rates-2027.pdf", "application/pdf")],
    body="Hi Dana,\n\nAs promised, attached is my draft rate sheet for next year. My gut says the "
         "hourly rate ($70) is too low but every time I raise it I hear my old boss saying nobody will "
         "pay that. Could you look at it and tell me honestly whether it's too low? Especially the "
         "branding package.\n\nThank you!\nHana\n\n\u2014\nHana Kobayashi\nKobayashi Design \u00b7 "
         "Seattle",
    label=("Hana Kobayashi", True, True, "answered by the coach's reply to Hana's own forwarded copy of it "
           "(sent again from her other address)"))

add(key="s_ben_jan2", box="sent", prog="apple", frm=COACH, to=[BEN], date="2026-11-10 09:00", tz=MT,
    subject="Re: Hello from Ben", reply_to="i_ben_jan2", thread="full",
    body="Done \u2014 Monday 11 January, 8am my time / 3pm yours. Calendar invite on its way. And yes, "
         "same as before: the card link in the invite, charged after the session." + SIG)

add(key="i_ben_jan2", box="inbox", prog="yahoo", frm=BEN, to=[COACH], date="2026-11-10 07:12", tz=UTC,
    subject="Re: Hello from Ben", reply_to="s_ben_jan", thread="full",
    body="Brilliant. Let's do the 11th at 8 your time. Shall I pay the same way as before?\n\nBen",
    label=("Ben Walsh", True, True, "direct reply (booking and payment both answered)"))

add(key="i_zoom", box="inbox", prog="list", frm=("Zoom", "no-reply@zoom.example"), to=[COACH],
    date="2026-11-10 15:40", tz=UTC, subject="Cloud Recording - Dana Whitfield's Personal Meeting Room is now available",
    body="Hi Dana Whitfield,\n\nYour cloud recording is now available.\n\nTopic: Dana Whitfield's Personal "
         "Meeting Room\nDate: Nov 10, 2026 09:00 AM Mountain Time (US and Canada)\n\nShare recording "
         "with viewers: https://zoom.example/rec/share/Xq8\n\nThank you for choosing Zoom.",
    label=("", False, False, "vendor notice"))

add(key="i_sofia_extra", box="inbox", prog="apple", frm=SOFIA, to=[COACH], date="2026-11-11 08:20", tz=ET,
    subject="Extra session this month?",
    body="Dana,\n\nI'm running on fumes. The show install got moved up two weeks and I'm sleeping about "
         "five hours a night. Could we add an extra session before Thanksgiving? I'll take any slot you "
         "have, even early morning.\n\nSofia",
    label=("Sofia Marchetti", True, False, "coach replies only to her follow-up (the article link), "
           "not to the extra-session request; later only a reminder"))

add(key="i_ruth_yes", box="inbox", prog="gmail", frm=RUTH, to=[COACH], date="2026-11-11 12:10", tz=MT,
    subject="Re: Fwd: RE: Homework for next week?", reply_to="s_ruth_fwd", thread="full",
    body="Happy to! December is fairly open for me. Have him (or his manager) email me directly and "
         "I'll send a proposal.\n\nR.",
    label=("", False, False, "colleague"))

add(key="i_sofia_link", box="inbox", prog="apple", frm=SOFIA, to=[COACH], date="2026-11-11 21:55", tz=ET,
    subject="Re: Extra session this month?", reply_to="i_sofia_extra", thread="full",
    body="Also \u2014 could you send me the link to that burnout article you mentioned? The one about "
         "the three kinds of rest. I lost my notes.\n\nS.",
    label=("Sofia Marchetti", True, True, "coach replies to this one with the link"))

add(key="s_sofia_link", box="sent", prog="iphone", frm=COACH, to=[SOFIA], date="2026-11-12 07:05", tz=MT,
    subject="Re: Extra session this month?", reply_to="i_sofia_link", thread="full",
    body="Here it is: https://restwell.example/three-kinds-of-rest\n\nThe section on sensory rest is the "
         "one I was thinking of for you.\n\nDana")

add(key="s_olivia_remind", box="sent", prog="apple", frm=COACH, to=[OLIVIA], date="2026-11-12 09:00", tz=MT,
    subject="Reminder: our session Thursday at 10",
    body="Hi Olivia,\n\nA quick reminder that we meet next Thursday, 19 November, at 10am at my office "
         "(1420 Larimer St, suite 3B). Street parking is easiest on 15th.\n\nLooking forward to it!"
         + SIG)

add(key="i_ethan_vm_offer", box="inbox", prog="gv_vm", frm="3035550117", date="2026-11-12 09:33", tz=MT,
    body="Hi Dana it's Ethan. So I got the offer from Lumen, and they need an answer by Friday. Could you "
         "call me back today or tomorrow? I'd really like to talk it through before I say yes or no. "
         "Thanks. Bye.",
    label=("Ethan Cole", True, False, "voicemail; coach writes only four days later, a session reminder"))

add(key="i_olivia_see_you", box="inbox", prog="apple", frm=OLIVIA, to=[COACH], date="2026-11-12 17:45", tz=MT,
    subject="Re: Reminder: our session Thursday at 10", reply_to="s_olivia_remind", thread="full",
    body="See you Thursday!\n\nOlivia",
    label=("Olivia Grant", False, False, "acknowledgement"))

add(key="i_pt_news", box="inbox", prog="list", frm=("Psychology Today", "newsletters@psychologytoday.example"),
    to=[COACH], date="2026-11-13 08:00", tz=ET, subject="Why we procrastinate on the things we love",
    body="THE WEEKLY BRIEF\n\nWhy we procrastinate on the things we love \u2014 and what to do about it.\n"
         "Plus: the science of small wins.\n\nRead more: https://psychologytoday.example/brief/1113\n\n"
         "Manage your subscriptions: https://psychologytoday.example/prefs",
    label=("", False, False, "newsletter"))

add(key="i_marcus_checkin", box="inbox", prog="gmail_android", frm=MARCUS, to=[COACH], date="2026-11-13 11:18", tz=CT,
    subject="week 2 check in",
    body="Hey Dana\n\nquick report: did the 2 minute rule 5 out of 7 days. the floss one is stuck now, "
         "the push-up one not so much. no questions just reporting in like you said\n\nMarcus",
    label=("Marcus Reed", False, False, "progress note"))

add(key="s_marcus_checkin", box="sent", prog="iphone", frm=COACH, to=[MARCUS], date="2026-11-13 12:40", tz=MT,
    subject="Re: week 2 check in", reply_to="i_marcus_checkin", thread="full",
    body="Love this. 5/7 is a real streak. Let's make the push-up smaller next week \u2014 one push-up.\n\n"
         "Dana")

add(key="i_hana_fwd", box="inbox", prog="apple", frm=HANA_G, to=[COACH], date="2026-11-14 09:02", tz=PT,
    subject="Fwd: Pricing my freelance work", fwd="i_hana_price",
    attach=[("Kobayashi-rates-2027.pdf", "application/pdf")],
    body="Hi Dana \u2014 I sent this from my work account on Tuesday and I'm not sure it went through "
         "(that account has been weird). Could you take a look before Monday? I'm sending quotes out "
         "next week.\n\nHana",
    label=("Hana Kobayashi", True, True, "client forwards her own message again; coach replies to this copy"))

add(key="s_hana_price", box="sent", prog="apple", frm=COACH, to=[HANA_G], date="2026-11-14 12:30", tz=MT,
    subject="Re: Fwd: Pricing my freelance work", reply_to="i_hana_fwd", thread="full",
    body="Hi Hana,\n\nIt did come through \u2014 sorry for the slow reply. Honest answer: yes, $70 is low "
         "for your experience. The Seattle range I see for independent brand designers is $90\u2013130. "
         "I'd go to $95 and put the branding package at $4,800 instead of $3,200, with the logo-only "
         "option kept for people who balk.\n\nAnd notice who's speaking when you hear \"nobody will pay "
         "that.\" We can look at that voice on Monday." + SIG)

add(key="i_hana_thx", box="inbox", prog="gmail", frm=HANA_G, to=[COACH], date="2026-11-14 13:10", tz=PT,
    subject="Re: Fwd: Pricing my freelance work", reply_to="s_hana_price", thread="full",
    body="This is so helpful. Raising to $95. Thank you!!",
    label=("Hana Kobayashi", False, False, "thanks"))

add(key="i_dan_article", box="inbox", prog="outlook_web", frm=DAN_P, to=[COACH], date="2026-11-15 20:30", tz=CT,
    subject="Fw: The quiet power of the second draft",
    body="Thought you'd like this one. No need to reply.\n\nDan\n\n________________________________\n"
         "From: The Marginalian <newsletter@marginalian.example>\nSent: Sunday, November 15, 2026 "
         "7:00 AM\nSubject: The quiet power of the second draft\n\nOn revision as an act of kindness "
         "toward one's earlier self... https://marginalian.example/2026/11/15/second-draft",
    label=("Daniel Okafor", False, False, "FYI forward, no need to reply"))

# ---------------------------------------------------------------- week 3: 16-22 November

add(key="i_maya_vm", box="inbox", prog="gv_vm", frm="4155550134", date="2026-11-16 09:40", tz=MT,
    body="Hi Dana, it's Maya. Something came up at work on Thursday, a client offsite, so could we move "
         "our session to Friday? Any time Friday works. Call or email me back, thanks. Bye.",
    label=("Maya Brooks", True, True, "voicemail; coach emails about it 75 minutes later (no threading)"))

add(key="s_maya_vm", box="sent", prog="apple", frm=COACH, to=[MAYA], date="2026-11-16 10:55", tz=MT,
    subject="Friday instead",
    body="Hi Maya,\n\nGot your voicemail. Friday works \u2014 how about 11am my time (10am yours)? Same "
         "link." + SIG)

add(key="s_ethan_remind", box="sent", prog="apple", frm=COACH, to=[ETHAN], date="2026-11-16 12:00", tz=MT,
    subject="Reminder: session Tuesday 17 Nov, 9am",
    body="Hi Ethan,\n\nJust a reminder that we're on for Tuesday the 17th at 9am, on Zoom: "
         "https://zoom.example/j/5550100\n\nSee you then!" + SIG)

add(key="s_sofia_remind", box="sent", prog="apple", frm=COACH, to=[SOFIA], date="2026-11-16 12:02", tz=MT,
    subject="Reminder: session Wednesday 18 Nov, 2pm",
    body="Hi Sofia,\n\nJust a reminder that we're on for Wednesday the 18th at 2pm Eastern, on Zoom: "
         "https://zoom.example/j/5550100\n\nSee you then!" + SIG)

add(key="i_jorge_vm", box="inbox", prog="gv_vm", frm="3055550149", date="2026-11-16 14:12", tz=MT,
    body="Hola Dana, soy Jorge. The recruiter from Baptist Health called me this morning about the "
         "operations director job and I want your advice before I call her back on Thursday. Llámame "
         "cuando puedas, please. Gracias.",
    label=("Jorge Ramírez", True, False, "voicemail; the coach's next email (3 days later) is an unrelated "
           "article"))

add(key="i_ethan_took", box="inbox", prog="thunderbird", frm=ETHAN, to=[COACH], date="2026-11-16 18:05", tz=MT,
    subject="Re: Reminder: session Tuesday 17 Nov, 9am", reply_to="s_ethan_remind", thread="full",
    body="Hi Dana,\n\nSee you tomorrow. FYI I ended up taking the Lumen offer on Friday \u2014 I figured "
         "it out with my sister in the end. Looking forward to debriefing it.\n\nEthan",
    label=("Ethan Cole", False, False, "news"))

add(key="i_icf", box="inbox", prog="list", frm=("ICF Membership", "membership@coachfederation.example"),
    to=[COACH], date="2026-11-17 10:30", tz=ET, subject="Your membership renews on December 15",
    body="Dear Dana,\n\nYour ICF membership renews on December 15, 2026. To keep your credential "
         "benefits, renew before that date: https://coachfederation.example/renew\n\nICF Member Services",
    label=("", False, False, "vendor notice"))

add(key="i_priya_fees", box="inbox", prog="iphone", frm=PRIYA, to=[COACH], date="2026-11-18 07:15", tz=ET,
    subject="Question about fees",
    body="Hi Dana,\n\nMy hours got cut at work starting December. Do you have a sliding scale or any "
         "kind of reduced rate? I really don't want to stop our sessions, they've been the one thing "
         "keeping me sane this fall.\n\nPriya",
    label=("Priya Shah", True, True, "answered by the coach's reply to her follow-up the next day"))

add(key="i_ethan_txt_5pm", box="inbox", prog="gv_sms", frm="3035550117", date="2026-11-18 15:10", tz=MT,
    body="hey can we push next tues to 5pm? new job orientation runs late all that week",
    label=("Ethan Cole", True, True, "text; coach emails 40 minutes later"))

add(key="s_ethan_5pm", box="sent", prog="iphone", frm=COACH, to=[ETHAN], date="2026-11-18 15:52", tz=MT,
    subject="Tuesday at 5",
    body="Hi Ethan, 5pm next Tuesday (the 24th) is fine. Same Zoom link. Good luck at orientation!\n\nDana")

add(key="i_priya_followup", box="inbox", prog="iphone", frm=PRIYA, to=[COACH], date="2026-11-19 06:50", tz=ET,
    subject="Following up - sliding scale",
    body="Sorry to bug you, just following up on my email yesterday about whether you have a sliding "
         "scale. No rush, I just wanted to make sure it didn't get lost.\n\nP",
    label=("Priya Shah", True, True, "same question again, new thread; coach replies here"))

add(key="i_marcus_vm", box="inbox", prog="gv_vm", frm="5125550163", date="2026-11-19 09:12", tz=MT,
    body="Hey Dana it's Marcus. My mom's back in the hospital, nothing too scary they think, but I'm "
         "going to be driving back and forth to San Antonio. I think I need to skip next week. Can you "
         "let me know if that's okay and if maybe we could do something short over the phone instead. "
         "Thanks.",
    label=("Marcus Reed", True, True, "voicemail; coach emails from her second (Gmail) address 5 hours later"))

add(key="s_priya_fees", box="sent", prog="apple", frm=COACH, to=[PRIYA], date="2026-11-19 11:00", tz=MT,
    subject="Re: Following up - sliding scale", reply_to="i_priya_followup", thread="full",
    body="Hi Priya,\n\nIt didn't get lost \u2014 I wanted to think about it properly. Yes: I keep a few "
         "sliding-scale places, and I can offer you $90 a session instead of $140 from December until "
         "your hours come back. No paperwork, just tell me when things change.\n\nI'm really glad the "
         "sessions help. We'll keep going." + SIG)

add(key="i_substack", box="inbox", prog="list", frm=("The Reflective Practitioner", "reflective@substack.example"),
    to=[COACH], date="2026-11-19 12:00", tz=UTC, subject="On not fixing",
    body="On not fixing\n\nThe hardest thing I learned as a new coach was to stop fixing. ...\n\n"
         "Read in the app: https://reflective.substack.example/p/on-not-fixing\n\nUnsubscribe "
         "https://reflective.substack.example/action/disable_email",
    label=("", False, False, "newsletter"))

add(key="s_marcus_vm", box="sent", prog="gmail", frm=COACH2, to=[MARCUS], date="2026-11-19 14:30", tz=MT,
    subject="Your mom / next week",
    body="Hi Marcus,\n\nJust got your voicemail between sessions \u2014 I'm so sorry about your mom. Of "
         "course skip next week, no charge. A 20-minute phone check-in sounds good; how about Wednesday "
         "the 25th at noon your time? I'll call your cell. If that doesn't work with the driving, just "
         "text me.\n\nTake care of yourself too,\nDana\n\n(writing from my personal address, I'm away "
         "from the office)")

add(key="s_jorge_article", box="sent", prog="apple", frm=COACH, to=[JORGE], date="2026-11-19 16:15", tz=MT,
    subject="Artículo sobre valores / the values article",
    body="Hola Jorge,\n\nHere's the article on values and family expectations I mentioned a few weeks "
         "ago: https://restwell.example/values-and-family\n\nNo hace falta responder, just something to "
         "read before we meet again." + SIG)

add(key="i_dan_salary", box="inbox", prog="outlook", frm=DAN_W, to=[COACH], date="2026-11-20 09:25", tz=CT,
    subject="Salary question before Monday",
    body="Hi Dana,\n\nOne thing I didn't get to ask on Wednesday. When I meet the new managing partner on "
         "Monday, should I bring up compensation at all, or is it smarter to wait until the partner-track "
         "decision is made? My instinct is to wait but I don't want to seem like I'm not advocating for "
         "myself.\n\nThanks,\nDaniel\n\nDaniel Okafor\nSenior Associate | Contoso Law LLP\n"
         "312-555-0199\n\nThis message may contain privileged and confidential information. If you have "
         "received it in error, please notify the sender and delete it.",
    label=("Daniel Okafor", True, False, "the coach's next email to him (Nov 24) is about billing; open"))

add(key="s_newsletter", box="sent", prog="list_out", frm=COACH, to=[COACH], bcc=[MAYA, DAN_W, SOFIA, ETHAN,
    PRIYA, LIAM, HANA_G, MARCUS, OLIVIA, JORGE], date="2026-11-20 10:00", tz=MT,
    subject="Whitfield Coaching \u2014 November notes",
    body="Hello everyone,\n\nA short note as the year turns toward its end.\n\n* My office is closed "
         "26\u201327 November for Thanksgiving.\n* December sessions are open for booking now.\n* A "
         "reading for the dark evenings: \u201cRest is not a reward\u201d, "
         "https://restwell.example/rest-is-not-a-reward\n\nWarmly," + SIG)

add(key="i_liam_ooo", box="inbox", prog="outlook_auto", frm=LIAM, to=[COACH], date="2026-11-20 12:00", tz=ET,
    subject="Automatic reply: Whitfield Coaching \u2014 November notes", reply_to="s_newsletter", thread="irt",
    quote=False,
    body="I'm on site in Worcester until Monday 23 November with limited access to email. For urgent "
         "matters please contact the project office at 617-555-0100.\n\nLiam",
    label=("Liam O'Connor", False, False, "out-of-office"))

add(key="i_sofia_poem", box="inbox", prog="apple", frm=SOFIA, to=[COACH], date="2026-11-21 10:05", tz=ET,
    subject="a small poem",
    body="Wrote this at 5am, couldn't sleep, thought of our talk about rest.\n\n  the kiln cools\n  "
         "slower than I want\n  and that is the glaze\n\nThat's all. Have a good weekend.\nS.",
    label=("Sofia Marchetti", False, False, "poem"))

add(key="i_jorge_read", box="inbox", prog="thunderbird", frm=JORGE, to=[COACH], date="2026-11-22 19:30", tz=ET,
    subject="Re: Artículo sobre valores / the values article", reply_to="s_jorge_article", thread="full",
    body="Gracias Dana, lo leí dos veces. The part about \"inherited shoulds\" hit home.\n\nJorge",
    label=("Jorge Ramírez", False, False, "thanks"))

# ---------------------------------------------------------------- week 4: 23-29 November

add(key="i_ethan_ref", box="inbox", prog="thunderbird", frm=ETHAN, to=[COACH], date="2026-11-23 08:05", tz=MT,
    subject="Reference letter for the leadership program?",
    body="Hi Dana,\n\nLumen runs an internal leadership program and new managers can apply in their "
         "first quarter. They want a short letter from \"someone who has observed your development\". "
         "Would you be willing to write one? It's due December 4th. Totally fine if that's not "
         "something coaches do.\n\nThanks,\nEthan",
    label=("Ethan Cole", True, True, "coach replies with References only"))

add(key="i_olivia_couples", box="inbox", prog="apple", frm=OLIVIA, to=[COACH], date="2026-11-23 09:50", tz=MT,
    subject="Quick question",
    body="Hi Dana,\n\nMy husband asked me to ask: do you ever work with couples? He's seen how much the "
         "sessions have helped me and he's curious. If not, could you recommend someone?\n\nOlivia",
    label=("Olivia Grant", True, True, "coach replies with a new subject"))

add(key="i_dan_promoted", box="inbox", prog="outlook_web", frm=DAN_P, to=[COACH], date="2026-11-23 16:30", tz=CT,
    subject="RE: Promotion prep", reply_to="s_dan_promo", thread="full",
    body="Dana \u2014 I got it. Partner track, starting January. The second STAR story is the one that "
         "did it, I think. Thank you!!!\n\nDan",
    label=("Daniel Okafor", False, False, "good news"))

add(key="s_ethan_ref", box="sent", prog="airmail", frm=COACH, to=[ETHAN], date="2026-11-23 13:00", tz=MT,
    subject="Re: Reference letter for the leadership program?", reply_to="i_ethan_ref", thread="refs",
    body="Hi Ethan,\n\nHappy to. Coaches do write these sometimes; I'll keep it to what I've seen of "
         "how you work (not what we talk about). Could you send me the program's guidance or the form, "
         "if there is one? I'll have it to you by 1 December." + SIG)

add(key="s_dan_billing", box="sent", prog="apple", frm=COACH, to=[DAN_W], date="2026-11-24 08:30", tz=MT,
    subject="December invoices \u2014 new billing portal",
    body="Hi Daniel,\n\nFrom December, invoices will come from my new billing portal (Practice Better) "
         "rather than from me directly. Karen will get a one-time email to set up the firm's card. "
         "Nothing else changes." + SIG)

add(key="s_olivia_couples", box="sent", prog="apple", frm=COACH, to=[OLIVIA], date="2026-11-24 09:10", tz=MT,
    subject="Couples coaching \u2014 a couple of names", reply_to="i_olivia_couples", thread="full",
    body="Hi Olivia,\n\nHow lovely that he's curious. I don't work with couples myself, but two people "
         "I trust do:\n\n- Dr. Amara Singh (Gottman-trained), amarasingh-couples.example\n- Tom & "
         "Lena Fisk, who run weekend intensives in Boulder\n\nHappy to tell you more at our next session." + SIG)

add(key="i_dan_read", box="inbox", prog="outlook_receipt", frm=DAN_W, to=[COACH], date="2026-11-24 09:41", tz=CT,
    subject="Read: December invoices \u2014 new billing portal", reply_to="s_dan_billing", thread="irt",
    quote=False, body="",
    label=("Daniel Okafor", False, False, "read receipt"))

add(key="i_hana_headshots", box="inbox", prog="gmail", frm=HANA_G, to=[COACH], date="2026-11-20 14:40", tz=PT,
    subject="headshots",
    body="Hi Dana, random one: you mentioned once that a photographer you know does good headshots "
         "for people who hate being photographed. Could you send me their name? My website's About page "
         "still has a photo from 2019.\n\nHana",
    label=("Hana Kobayashi", True, False, "coach later replies only to her 'no need to reply' thanks"))

add(key="i_hana_today", box="inbox", prog="gmail", frm=HANA_G, to=[COACH], date="2026-11-24 15:20", tz=PT,
    subject="Thanks for today",
    body="Just wanted to say today's session really clicked. The \"who's speaking\" question is going "
         "on a sticky note. No need to reply!\n\nHana",
    label=("Hana Kobayashi", False, False, "thanks, no need to reply"))

add(key="s_hana_today", box="sent", prog="iphone", frm=COACH, to=[HANA_G], date="2026-11-24 17:05", tz=MT,
    subject="Re: Thanks for today", reply_to="i_hana_today", thread="full",
    body="So glad, Hana. Sticky notes are underrated. See you in two weeks!\n\nDana")

add(key="s_jorge_read", box="sent", prog="apple", frm=COACH, to=[JORGE], date="2026-11-24 07:45", tz=MT,
    subject="Re: Artículo sobre valores / the values article", reply_to="i_jorge_read", thread="full",
    body="Me alegro, Jorge. \"Inherited shoulds\" \u2014 let's start there next time." + SIG)

add(key="i_maya_invoice", box="inbox", prog="gmail", frm=MAYA, to=[COACH], date="2026-11-25 09:10", tz=PT,
    subject="November invoice for HR?",
    body="Hi Dana,\n\nMy company's learning budget is reimbursing the sessions (!!). Could you send me an "
         "invoice for November that shows your business name and tax ID? HR needs it by December 1st.\n\n"
         "Thank you!\nMaya",
    label=("Maya Brooks", True, False, "only a session reminder follows; open at the end"))

add(key="i_jorge_txt_thx", box="inbox", prog="gv_sms", frm="3055550149", date="2026-11-25 16:40", tz=MT,
    body="gracias por la sesion de hoy!! nos vemos el 9 \U0001F64F",
    label=("Jorge Ramírez", False, False, "text, thanks"))

add(key="i_marcus_txt_tg", box="inbox", prog="gv_sms", frm="5125550163", date="2026-11-26 11:00", tz=MT,
    body="happy thanksgiving dana!! \U0001F983 mom is home, thanks for the call yesterday",
    label=("Marcus Reed", False, False, "text, news"))

add(key="s_marcus_tg", box="sent", prog="gv_reply", frm=COACH, date="2026-11-26 12:15", tz=MT,
    reply_to="i_marcus_txt_tg", thread="full",
    body="Happy Thanksgiving Marcus! So glad she's home")

add(key="s_maya_remind", box="sent", prog="apple", frm=COACH, to=[MAYA], date="2026-11-26 08:00", tz=MT,
    subject="Reminder: session Monday 30 Nov, 11am",
    body="Hi Maya,\n\nA reminder that we're on for Monday the 30th at 11am Mountain (10am Pacific), same "
         "Zoom link: https://zoom.example/j/5550100\n\nHappy Thanksgiving!" + SIG)

add(key="i_vm_unknown", box="inbox", prog="gv_vm", frm="7205550177", date="2026-11-27 10:05", tz=MT,
    body="Hi, this message is for Dana Whitfield. This is Denise from Dr. Patel's office confirming your "
         "dental cleaning on Tuesday December 1st at 8am. Please call us back at 720-555-0177 if you "
         "need to reschedule.",
    label=("", False, False, "voicemail from a number not on the roster"))

add(key="i_ruth_nudge", box="inbox", prog="gmail", frm=RUTH, to=[COACH], date="2026-11-27 11:30", tz=MT,
    subject="Re: Fwd: RE: Homework for next week?", reply_to="i_ruth_yes", thread="full",
    body="Did your client's manager ever get in touch? I'm filling up December.\n\nR.",
    label=("", False, False, "colleague"))

add(key="s_ruth_nudge", box="sent", prog="apple", frm=COACH, to=[RUTH], date="2026-11-27 13:00", tz=MT,
    subject="Re: Fwd: RE: Homework for next week?", reply_to="i_ruth_nudge", thread="full",
    body="Not yet \u2014 that's on me, I haven't got back to him. I'll do it Monday.\n\nDana")

add(key="i_marcus_txt_link", box="inbox", prog="gv_sms", frm="5125550163", date="2026-11-27 14:22", tz=MT,
    body="hey can u send me the zoom link for monday? lost it in the chaos",
    label=("Marcus Reed", True, False, "text; nothing follows; open at the end"))

add(key="i_inquiry", box="inbox", prog="gmail", frm=("Rachel Nguyen", "rachel.nguyen@example.org"), to=[COACH],
    date="2026-11-27 20:15", tz=MT, subject="Coaching inquiry",
    body="Hello,\n\nA friend (Olivia Grant) recommended you. I'm a new manager and struggling with "
         "delegating. Do you have availability in January, and what are your rates?\n\nThank you,\n"
         "Rachel Nguyen",
    label=("", False, False, "prospective client, not on the roster"))

add(key="i_priya_twice", box="inbox", prog="iphone", frm=PRIYA, to=[COACH], date="2026-11-28 09:00", tz=ET,
    subject="Re: Following up - sliding scale", reply_to="s_priya_fees", thread="full",
    body="Thank you so much Dana, this means a lot. $90 works. One more question: could I pay twice a "
         "month instead of per session? It would line up with my paychecks.\n\nPriya",
    label=("Priya Shah", True, False, "open at the end"))

add(key="i_olivia_ooo_none", box="inbox", prog="apple", frm=OLIVIA, to=[COACH], date="2026-11-28 15:30", tz=MT,
    subject="Re: Couples coaching \u2014 a couple of names", reply_to="s_olivia_couples", thread="full",
    body="Thank you! We booked a call with Dr. Singh.\n\nOlivia",
    label=("Olivia Grant", False, False, "thanks"))

add(key="i_ben_pay", box="inbox", prog="yahoo", frm=BEN, to=[COACH], date="2026-11-29 09:45", tz=UTC,
    subject="Re: Hello from Ben", reply_to="s_ben_jan2", thread="full",
    body="Got the invite, thanks! See you on the 11th.\n\nBen",
    label=("Ben Walsh", False, False, "acknowledgement"))

add(key="i_sofia_remind_ok", box="inbox", prog="apple", frm=SOFIA, to=[COACH], date="2026-11-16 15:30", tz=ET,
    subject="Re: Reminder: session Wednesday 18 Nov, 2pm", reply_to="s_sofia_remind", thread="full",
    body="Thanks, I'll be there.\n\nS.",
    label=("Sofia Marchetti", False, False, "acknowledgement"))

add(key="i_liam_back", box="inbox", prog="outlook", frm=LIAM, to=[COACH], date="2026-11-23 07:55", tz=ET,
    subject="Session notes", 
    body="Hi Dana,\n\nBack from site. Quick summary of my week for Friday: slump log still going, 4 of 5 "
         "days walked, and I said no to the Saturday pour, which felt huge.\n\nLiam",
    label=("Liam O'Connor", False, False, "progress note"))

# ---------------------------------------------------------------- more of the coach's sent mail

add(key="s_invoice_hana", box="sent", prog="apple", frm=COACH, to=[HANA_G], date="2026-11-02 16:30", tz=MT,
    subject="November invoice",
    attach=[("Invoice-2026-11-Kobayashi.pdf", "application/pdf")],
    body="Hi Hana,\n\nAttached is your invoice for November (two sessions). The card link is at the "
         "bottom as usual." + SIG)

add(key="s_web", box="sent", prog="apple", frm=COACH, to=[("Pete Sorensen", "pete@sorensen-web.example")],
    date="2026-11-17 13:20", tz=MT, subject="Website: new testimonials page",
    body="Hi Pete,\n\nCould you add the three testimonials below to the About page when you have a "
         "minute? Names removed as we discussed.\n\nThanks,\nDana")

add(key="s_sofia_poem", box="sent", prog="iphone", frm=COACH, to=[SOFIA], date="2026-11-22 09:30", tz=MT,
    subject="Re: a small poem", reply_to="i_sofia_poem", thread="full",
    body="Sofia, this is beautiful. \u201cAnd that is the glaze\u201d \u2014 I'll be thinking about that "
         "all week.\n\nDana")

add(key="s_dan_congrats", box="sent", prog="apple", frm=COACH, to=[DAN_P], date="2026-11-23 17:10", tz=MT,
    subject="Re: Promotion prep", reply_to="i_dan_promoted", thread="full",
    body="Dan!! Congratulations \u2014 you earned every bit of that. Let's take some time next session "
         "just to notice what you did.\n\nDana")

add(key="s_liam_notes", box="sent", prog="outlook_mac", frm=COACH, to=[LIAM], date="2026-11-23 10:05", tz=MT,
    subject="Re: Session notes", reply_to="i_liam_back", thread="tindex",
    body="Hi Liam,\n\nSaying no to the Saturday pour \u2014 that's the headline. Well done. See you "
         "Friday." + SIG)

add(key="s_rachel", box="sent", prog="apple", frm=COACH, to=[("Rachel Nguyen", "rachel.nguyen@example.org")],
    date="2026-11-28 10:20", tz=MT, subject="Re: Coaching inquiry", reply_to="i_inquiry", thread="full",
    body="Hi Rachel,\n\nThank you for getting in touch, and please thank Olivia for me. I have two "
         "openings from mid-January. My rates and a link to book a free 20-minute call are here: "
         "https://whitfield-coaching.example/work-with-me" + SIG)
