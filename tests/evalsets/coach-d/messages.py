"""The words and labels of coach-d's messages, one dict per message, in the order of the files.

Written by hand for this set; build.py only wraps them in MIME. Dates are local to the writer.
"""

COACH = {
    "name": "Eleanor Whitcombe",
    "email": "eleanor@whitcombe-coaching.example",
    "line": "+44 20 7946 0100",
    "gv_digits": "442079460100",
}

ELEANOR_SIG = "Eleanor\n\nEleanor Whitcombe\nExecutive & Career Coach\nwhitcombe-coaching.example | +44 20 7946 0100"

HARCOURT_SIG = (
    "James Thornton\nGroup Finance Director\nHarcourt Capital Partners\n"
    "25 Old Broad Street, London EC2N 1HQ\nT: +44 20 7946 0321 | M: +44 7700 900123"
)
HARCOURT_FOOTER = (
    "This email and any attachments are confidential and may be legally privileged. If you are not "
    "the intended recipient, please notify the sender immediately and delete it; you must not copy, "
    "distribute or rely on it. Harcourt Capital Partners LLP is authorised and regulated by the "
    "Financial Conduct Authority. Registered in England and Wales, no. OC398812. Registered office "
    "as above."
)

BANQUE_FOOTER = (
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive "
    "de ses destinataires. Toute utilisation non conforme à sa destination, toute diffusion ou toute "
    "publication, totale ou partielle, est interdite sauf autorisation expresse. Si vous avez reçu ce "
    "message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.\n"
    "Avez-vous vraiment besoin d'imprimer ce courriel ? Pensons ensemble à l'environnement."
)

MESSAGES = [
    # ------------------------------------------------------------------ James Thornton
    {
        "slug": "james-integration-update",
        "build": "outlook",
        "client": "James Thornton",
        "kind": "email",
        "tag": "fyi",
        "traits": ["idiom"],
        "from_name": "James Thornton",
        "from_addr": "james.thornton@harcourt-capital.example",
        "date": "2026-11-09 07:48:31 +0000",
        "subject": "Week 3 of the integration - quick update",
        "body": """Eleanor,

Quick update before the madness starts again.

Integration workstreams are finally staffed. I took your advice and handed the systems migration to Priya in my team rather than hanging on to it myself, and she has already run with it - better than I would have, frankly. Two of the three steering meetings last week finished on time, which on this project counts as a minor miracle.

The expenses platform we've inherited from their side remains a disaster. If I ever meet whoever designed the approval workflow I may have to strangle them with their own lanyard. Eleven clicks to approve a taxi receipt.

On the home front I made it back for bath time three nights out of five, which was the target we set. Small win, felt like a big one.

Nothing for you to do - just keeping you posted ahead of Thursday.

Best,
James

""" + HARCOURT_SIG,
        "footer": HARCOURT_FOOTER,
    },
    {
        "slug": "james-360-reschedule",
        "build": "outlook",
        "client": "James Thornton",
        "kind": "email",
        "tag": "reply_needed",
        "traits": [],
        "from_name": "James Thornton",
        "from_addr": "james.thornton@harcourt-capital.example",
        "date": "2026-11-16 18:22:05 +0000",
        "subject": "RE: Thursday - 360 feedback debrief",
        "body": """Hi Eleanor,

Thanks for sending the summary through - I've read it twice now. Some of it stung (the "hard to read in meetings" line in particular) but it's fair, and I would rather hear it from you than from the board.

Annoyingly the integration committee has been moved to Thursday morning so I won't make 9am. Friday at 8 would work for me instead, or any time after 4 on Thursday if that suits you better. Sorry for the shuffle.

I'll bring the notes I made on the direct reports section. I think there's a pattern in there about how I delegate that we haven't got to yet.

James

""" + HARCOURT_SIG,
        "footer": HARCOURT_FOOTER,
        "quote": {
            "outlook": True,
            "header": "From: Eleanor Whitcombe <eleanor@whitcombe-coaching.example>\nSent: 13 November 2026 16:04\nTo: James Thornton <james.thornton@harcourt-capital.example>\nSubject: Thursday - 360 feedback debrief",
            "text": "Hi James,\n\nAttached is the summary of your 360 feedback, grouped by theme as we discussed. Have a read before Thursday and mark anything that surprises you - we'll start there.\n\nSee you at 9.\n\n" + ELEANOR_SIG,
        },
    },
    {
        "slug": "james-voicemail-car-park",
        "build": "phone",
        "service": "teams_vm",
        "client": "James Thornton",
        "kind": "voicemail",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "voicemail"],
        "from_name": "Microsoft Outlook",
        "from_addr": "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitcombe-coaching.example",
        "date": "2026-11-18 23:41:12 +0000",
        "subject": "",
        "phone": {
            "display": "+44 7700 900123",
            "duration": "00:01:26",
            "transcript": "Hi Eleanor, it's James. Sorry, I know it's late, you'll get this in the morning. I'm just sitting in the car outside the office, have been for a while actually. I can't really face going in tomorrow and I can't face going home and explaining it all again either. I keep thinking Sarah and the kids would honestly do better without me dragging them through all of this. Um. Anyway. Sorry, that's probably just the tiredness talking. Ignore me. I'll, yeah. I'll speak to you.",
        },
    },
    {
        "slug": "james-out-of-office",
        "build": "ooo",
        "program": "outlook",
        "client": "James Thornton",
        "kind": "email",
        "tag": "ignored",
        "traits": [],
        "from_name": "James Thornton",
        "from_addr": "james.thornton@harcourt-capital.example",
        "date": "2026-11-27 10:05:44 +0000",
        "subject": "Automatic reply: Notes from Friday + a reading suggestion",
        "topic": "Notes from Friday + a reading suggestion",
        "body": """Thank you for your email. I am out of the office on annual leave until Monday 7 December with limited access to email.

For anything urgent relating to the integration programme, please contact Priya Raman (priya.raman@harcourt-capital.example). For all other matters I will respond on my return.

James Thornton
Group Finance Director
Harcourt Capital Partners
""",
    },
    {
        "slug": "james-coo-thought",
        "build": "outlook",
        "client": "James Thornton",
        "kind": "email",
        "tag": "fyi",
        "traits": ["waved_off"],
        "from_name": "James Thornton",
        "from_addr": "james.thornton@harcourt-capital.example",
        "date": "2026-11-14 21:10:02 +0000",
        "subject": "COO thing",
        "body": """Eleanor - the chairman took me aside after the board dinner last night and floated the COO role, informally, "once the dust settles". Do you think I'm actually cut out for it, or is it just the next rung because it happens to be there?

Actually - don't answer that. I want to have a proper think on my own first and come to you with a view rather than borrow yours. It can go on the list for after the debrief.

J

Get Outlook for iOS""",
    },
    # ------------------------------------------------------------------ Priyanka Shah
    {
        "slug": "priyanka-got-the-role",
        "build": "gmail",
        "client": "Priyanka Shah",
        "kind": "email",
        "tag": "fyi",
        "traits": ["self_answered"],
        "from_name": "Priyanka Shah",
        "from_addr": "priyanka.shah.ldn@example.com",
        "date": "2026-11-10 12:31:07 +0000",
        "subject": "I got it!!!",
        "body": """Eleanor!!

They gave me the Head of Product role. Official letter this morning, announcement to the wider team on Monday, so keep it under your hat until then.

I keep replaying the panel in my head. Was it the roadmap presentation that swung it, or did they just not fancy another external search? Honestly, I think it was the presentation - Marcus told me afterwards that the CPO stopped taking notes halfway through and just listened, which apparently never happens.

The imposter voice is already piping up, obviously, but I'm choosing to ignore her for one weekend at least.

Thank you for the last six months. I genuinely don't think I'd have put myself forward in March without our sessions.

P x""",
    },
    {
        "slug": "priyanka-mentoring-letter",
        "build": "gmail",
        "client": "Priyanka Shah",
        "kind": "email",
        "tag": "reply_needed",
        "traits": [],
        "from_name": "Priyanka Shah",
        "from_addr": "priyanka.shah.ldn@example.com",
        "date": "2026-11-18 09:02:40 +0000",
        "subject": "Small favour - mentoring programme",
        "body": """Hi Eleanor,

Hope you're well. The new role has been a whirlwind, in a good way mostly.

One thing. The company runs an external mentoring scheme for new heads of department, and the application wants a short letter from someone who has worked with me on leadership development - a few paragraphs on what we've focused on and how I've grown, nothing confidential. I'd be really grateful if you could write one for me, ideally by Friday 27th when applications close. I've attached their guidance note so you can see what they're after.

If it's not something you normally do, that's completely fine, I'll ask my old manager instead.

Thanks so much,
Priyanka""",
        "attachments": [("Mentoring_Scheme_Guidance_2027.pdf", "application/pdf")],
    },
    {
        "slug": "priyanka-text-all-hands",
        "build": "phone",
        "service": "gv_sms",
        "client": "Priyanka Shah",
        "kind": "sms",
        "tag": "fyi",
        "traits": ["sms"],
        "from_name": None,
        "from_addr": "txt.voice.google.com",
        "date": "2026-11-26 17:45:09 +0000",
        "subject": "",
        "phone": {
            "display": "+44 7700 900456",
            "digits": "447700900456",
            "transcript": "first all hands as HoP done. didnt faint. thank u for the prep 🙏",
        },
    },
    {
        "slug": "priyanka-offsite-vent",
        "build": "gmail",
        "client": "Priyanka Shah",
        "kind": "email",
        "tag": "fyi",
        "traits": ["rhetorical", "idiom"],
        "from_name": "Priyanka Shah",
        "from_addr": "priyanka.shah.ldn@example.com",
        "date": "2026-12-03 22:15:51 +0000",
        "subject": "vent, no action needed",
        "body": """Just need to get this out of my head before bed.

Today's leadership offsite was death by PowerPoint. Four hours. Forty-two slides on "synergy pillars". Why do I always end up next to the one person who wants to debate every single bullet? And why, when they ask for someone to write up the actions, does my hand go up as if it belongs to somebody else? We both know the answer to that one - it's the "be useful so they keep you" thing we keep circling back to.

I did push back once, in the afternoon, on the pricing proposal, and nobody died. Progress!

See you on the 10th.
P""",
    },
    # ------------------------------------------------------------------ Callum Reid
    {
        "slug": "callum-personal-statement",
        "build": "thunderbird",
        "client": "Callum Reid",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["partial_no_reply"],
        "from_name": "Callum Reid",
        "from_addr": "callum.reid@example.net",
        "date": "2026-11-11 20:37:14 +0000",
        "subject": "PGCE application - personal statement draft",
        "body": """Hi Eleanor,

Right, long one, sorry. The first bit is mostly me thinking out loud and you don't need to come back on any of it.

Had the taster day at Castlebrae High on Monday. Year 9 physics, 28 of them, last period on a wet afternoon. I expected to hate it and I didn't. One lad asked why bridges don't fall down and I talked for ten minutes without notes and nobody threw anything. It felt more like engineering than engineering has felt for about five years.

Money is still the elephant. Fiona and I sat down with the spreadsheet at the weekend and it's doable for a year if we're careful, tight if the boiler goes. I keep going back and forth on whether it's selfish at 44 to take a cut this size. I know what you'd say. I know what Fiona says. Anyway.

The actual ask: I've attached my personal statement draft (the UCAS one, 4000 characters). Could you have a look at the opening paragraph in particular? It reads to me like a CV with the joy taken out. Any comments before the 25th would be brilliant.

Cheers,
Callum

-- 
Callum Reid
07700 900789""",
        "attachments": [
            (
                "Reid_PGCE_statement_v3.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
    },
    {
        "slug": "callum-old-address-bounce",
        "build": "bounce",
        "client": "Callum Reid",
        "kind": "email",
        "tag": "ignored",
        "traits": [],
        "from_name": "Microsoft Outlook",
        "from_addr": "postmaster@whitcombe-coaching.example",
        "date": "2026-11-13 14:02:19 +0000",
        "subject": "Undeliverable: Reading list + Moray House open evening",
        "body": """Your message to callum.reid@dunmore-engineering.example couldn't be delivered.

callum.reid wasn't found at dunmore-engineering.example.

Eleanor Whitcombe    Office 365    dunmore-engineering.example
Action Required                    Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
Contact the recipient (by phone, for example) to check that the address exists and is correct.

Diagnostic information for administrators:

Generating server: AM9PR02MB7412.eurprd02.prod.outlook.com

callum.reid@dunmore-engineering.example
Remote Server returned '550 5.1.1 <callum.reid@dunmore-engineering.example>: Recipient address rejected: User unknown in virtual mailbox table'
""",
        "bounce": {
            "to": "callum.reid@dunmore-engineering.example",
            "to_name": "Callum Reid",
            "mta": "AM9PR02MB7412.eurprd02.prod.outlook.com",
            "remote": "mx1.dunmore-engineering.example",
            "diagnostic": "550 5.1.1 <callum.reid@dunmore-engineering.example>: Recipient address rejected: User unknown in virtual mailbox table",
            "subject": "Reading list + Moray House open evening",
            "text": "Hi Callum,\n\nAs promised, the three books I mentioned, plus the link for the Moray House open evening on the 19th.\n\nGood luck with the statement.\n\n" + ELEANOR_SIG,
        },
    },
    {
        "slug": "callum-voicemail-sorted",
        "build": "phone",
        "service": "ringcentral_vm",
        "client": "Callum Reid",
        "kind": "voicemail",
        "tag": "fyi",
        "traits": ["negated", "voicemail"],
        "from_name": "RingCentral",
        "from_addr": "service@ringcentral.com",
        "date": "2026-11-24 08:15:33 +0000",
        "subject": "",
        "phone": {
            "display": "07700 900789",
            "duration": "00:38",
            "transcript": "Hi Eleanor it's Callum. I was ringing to see if you had ten minutes today to talk through the interview at Moray House on Thursday 'cause I'm bricking it a bit. Actually you know what, I've just had a text from Fiona and she's going to run through the questions with me tonight, so I think I'm covered. Don't worry about ringing back, honestly. I'll let you know how it goes. Cheers.",
        },
    },
    {
        "slug": "callum-offer-and-fog",
        "build": "thunderbird",
        "client": "Callum Reid",
        "kind": "email",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress"],
        "from_name": "Callum Reid",
        "from_addr": "callum.reid@example.net",
        "date": "2026-12-02 21:58:40 +0000",
        "subject": "Good news (mostly)",
        "body": """Eleanor,

Offer from Moray House! Unconditional, starting August. Fiona cried, the dog barked at Fiona crying, very emotional scenes in the Reid household.

Handed my notice in at work this afternoon, which felt surreal. My manager was decent about it, more decent than I expected.

Funny thing though. You'd think I'd be on cloud nine, and for about an hour I was, and then the usual grey fog came back down. Most mornings lately I lie there thinking it'd be no great loss if one of these days I just didn't wake up - ha, that's the December dark talking, everyone up here goes a bit like that by now. Fiona doesn't know I've been feeling like this and I'd rather keep it that way for the moment.

Anyway! Celebratory curry tonight. Talk soon.

Callum""",
    },
    {
        "slug": "callum-session-notes",
        "build": "thunderbird",
        "client": "Callum Reid",
        "kind": "email",
        "tag": "fyi",
        "traits": [],
        "from_name": "Callum Reid",
        "from_addr": "callum.reid@example.net",
        "date": "2026-11-17 07:30:12 +0000",
        "subject": "Notes from yesterday",
        "body": """Morning Eleanor,

As promised, my notes from yesterday's session while it's still fresh.

1. The "good Tuesday" exercise. I wrote it out properly last night. A good Tuesday has me in front of people, explaining something, with a bit of chaos in the room. It has nothing in it about Gantt charts. Slightly alarming how fast that came out.

2. Values: security, usefulness, curiosity. I think I've let the first one bully the other two for about a decade.

3. The conversation with Fiona. We had it. It went better than the version in my head, which I suppose is always the way.

Next steps on my side: finish the statement, book the second taster day, stop checking teachers' pay scales at midnight.

No reply needed, I just wanted them written down somewhere other than the back of a gas bill.

C""",
    },
    # ------------------------------------------------------------------ Olivia Bennett
    {
        "slug": "olivia-inspection-week",
        "build": "iphone",
        "client": "Olivia Bennett",
        "kind": "email",
        "tag": "fyi",
        "traits": ["idiom", "reported"],
        "from_name": "Olivia Bennett",
        "from_addr": "olivia.bennett@example.com",
        "date": "2026-11-14 19:40:27 +0000",
        "subject": "Survived week one of the inspection window",
        "body": """Hi Eleanor,

Just a quick one from the sofa. No call from Ofsted yet but every time the office phone rings my heart stops. I'm dead on my feet, the staff are dead on their feet, and the photocopier has actually died.

Good moment on Wednesday though: the chair of governors asked me whether I'd thought about going for the executive head post across both schools next year. I told him I'd think about it, which is a lot more than I'd have said in September. We can pick that up properly when we next talk.

Thank you for the breathing exercise by the way. Did it in the car before the governors' meeting and it worked.

Olivia x

Sent from my iPhone""",
    },
    {
        "slug": "olivia-text-staying-late",
        "build": "phone",
        "service": "ringcentral_sms",
        "client": "Olivia Bennett",
        "kind": "sms",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "sms"],
        "from_name": "RingCentral",
        "from_addr": "service@ringcentral.com",
        "date": "2026-11-20 18:52:03 +0000",
        "subject": "",
        "phone": {
            "display": "07700 900246",
            "transcript": "hi its olivia. still at school, told everyone im doing the budget. not really. easier than going home when hes in one of his moods. he went through my phone again last night + took my car keys. pls dont ring, text is safer",
        },
    },
    {
        "slug": "olivia-calendar-accepted",
        "build": "calendar_accept",
        "client": "Olivia Bennett",
        "kind": "email",
        "tag": "ignored",
        "traits": [],
        "from_name": "Olivia Bennett",
        "from_addr": "o.bennett@stmarks-academy.example",
        "date": "2026-11-12 07:55:18 +0000",
        "subject": "Accepted: Coaching session - Olivia Bennett",
        "body": "",
        "event": {
            "summary": "Coaching session - Olivia Bennett",
            "start": "20261117T170000",
            "end": "20261117T180000",
        },
    },
    {
        "slug": "olivia-im-ok",
        "build": "iphone",
        "client": "Olivia Bennett",
        "kind": "email",
        "tag": "fyi",
        "traits": [],
        "from_name": "Olivia Bennett",
        "from_addr": "olivia.bennett@example.com",
        "date": "2026-11-23 10:12:46 +0000",
        "subject": "I'm ok",
        "body": """Eleanor,

I wanted you to hear it from me. I'm staying with my sister in Bromley with the kids. Thank you for sending me the Refuge number and for staying on the line with me on Saturday. I rang them, I've got an appointment with a solicitor on Wednesday, and the police have been very good. School know and have been kind.

I'm safe and I'm not going back. Tired, but OK - actually OK, not head teacher OK.

You don't need to do anything or write back, I know you'll want to. I'll be in touch to rebook our sessions once things settle.

Olivia

Sent from my iPhone""",
    },
    {
        "slug": "olivia-back-at-school",
        "build": "iphone",
        "html": True,
        "client": "Olivia Bennett",
        "kind": "email",
        "tag": "reply_needed",
        "traits": [],
        "from_name": "Olivia Bennett",
        "from_addr": "olivia.bennett@example.com",
        "date": "2026-12-08 16:48:09 +0000",
        "subject": "Re: Whenever you're ready",
        "body": """Hi Eleanor,

Back at school full time from this week. The staff have been lovely, a bit too careful with me if anything, like I might shatter if someone mentions the nativity.

Sessions in January would be great, Tuesdays after 5 still work best. Also the book you mentioned about difficult conversations, the one with the orange cover - I'd like to get it read before the governors' budget meeting, so if you could send me the title again that would be brilliant. I've lost half my notes in the move.

Thank you for being so patient.

Olivia

Sent from my iPhone""",
        "quote": {
            "header": "On 1 Dec 2026, at 09:30, Eleanor Whitcombe <eleanor@whitcombe-coaching.example> wrote:",
            "text": "Hi Olivia,\n\nNo rush at all on sessions - whenever you're ready, I'm here. Thinking of you.\n\n" + ELEANOR_SIG,
        },
    },
    # ------------------------------------------------------------------ Tunde Adebayo
    {
        "slug": "tunde-board-debrief",
        "build": "gmail",
        "client": "Tunde Adebayo",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["idiom"],
        "from_name": "Tunde Adebayo",
        "from_addr": "tunde@brightloop.example",
        "date": "2026-11-16 19:03:22 +0000",
        "subject": "post-board debrief (long, sorry)",
        "body": """E,

Board meeting was a bloodbath, as predicted. Not for me personally, to be fair - they went after the growth numbers and Jess (CFO) took most of the fire. I held it together, didn't get defensive, did the pause-before-answering thing with Graham. Twice! Small victories.

Headlines:
- The Series A extension is probably happening, probably in Q1, probably at a worse price than I'd like.
- They want a COO hired by the summer. Which is fair. Which also feels like being told I'm not enough. Both true at once, I guess.
- I'm in Boston for five weeks from the 23rd to be near the pilot customer.

While I think of it, send me that delegation grid you drew on the whiteboard, the one with the four boxes - I want to put my whole calendar through it on the flight.

The rest of this is just me processing, so skim freely. The thing that's sticking is Graham saying "founders often make poor operators". I've decided he's half right and I'm going to be in the other half.

T""",
    },
    {
        "slug": "tunde-text-boston",
        "build": "phone",
        "service": "gv_sms",
        "client": "Tunde Adebayo",
        "kind": "sms",
        "tag": "reply_needed",
        "traits": ["sms"],
        "from_name": None,
        "from_addr": "txt.voice.google.com",
        "date": "2026-11-24 08:05:40 -0500",
        "subject": "",
        "phone": {
            "display": "(617) 555-0148",
            "digits": "16175550148",
            "transcript": "landed. jetlag brutal. can we shift next tues to 3pm uk instead of 2, customer call moved on me",
        },
    },
    {
        "slug": "tunde-poem-plane",
        "build": "gmail",
        "client": "Tunde Adebayo",
        "kind": "email",
        "tag": "fyi",
        "traits": ["poem"],
        "from_name": "Tunde Adebayo",
        "from_addr": "tunde@brightloop.example",
        "date": "2026-11-28 23:12:08 -0500",
        "subject": "wrote this instead of sleeping, don't laugh",
        "body": """Couldn't sleep, so I did the journaling thing, except it came out like this. Sharing because you'll get it.

Founder, 2am

Who told me the building was mine to hold up?
Was it the deck, the investor, the boy
who thought that being loved meant being needed?
What if the roof stays up without my hands -
would I know what to do with my hands?

Snow coming down over Back Bay in slow motion.
The city hums along without asking me anything.
I'm learning that this is allowed.

That's it. Back to spreadsheets tomorrow.
T""",
    },
    {
        "slug": "tunde-cousin-hire",
        "build": "gmail",
        "client": "Tunde Adebayo",
        "kind": "email",
        "tag": "fyi",
        "traits": ["retracted"],
        "from_name": "Tunde Adebayo",
        "from_addr": "tunde@brightloop.example",
        "date": "2026-12-04 14:26:55 -0500",
        "subject": "hiring dilemma (not really)",
        "body": """Quick one. My cousin Dayo has applied for the ops manager job. He's actually good. Is it completely insane to hire family into a fourteen-person company?

Ha - joking, I know exactly what you'd say, and I've already told him no, nicely. Just amused myself typing it out.

Rest of the week is customer visits. The pilot's going well, they've asked about a second site.

T""",
    },
    {
        "slug": "tunde-rename-announcement",
        "build": "gmail",
        "client": "Tunde Adebayo",
        "kind": "email",
        "tag": "fyi",
        "traits": ["announcement"],
        "from_name": "Tunde Adebayo",
        "from_addr": "tunde@brightloop.example",
        "to": "undisclosed-recipients:;",
        "date": "2026-12-07 10:00:31 -0500",
        "subject": "Brightloop is becoming Loopwise 🎉",
        "body": """Hi all,

You're getting this because you've been part of the Brightloop story in some way - investors, advisers, friends, early customers, and my long-suffering coach (you know who you are).

From 1 January we'll be trading as Loopwise. Same team, same product, new name - the old one kept getting confused with a lighting company in Ohio.

What changes for you: nothing, really. Our email addresses move to @loopwise.example during January, and the old ones will keep forwarding for a year.

Got questions? Send them to hello@brightloop.example and someone on the team will pick them up.

Thank you for everything this year.

Tunde
Founder & CEO, Brightloop (soon Loopwise)""",
    },
    # ------------------------------------------------------------------ Lucía Fernández
    {
        "slug": "lucia-nombramiento",
        "build": "gmail",
        "client": "Lucía Fernández",
        "kind": "email",
        "tag": "fyi",
        "traits": ["rhetorical", "idiom", "lang:es"],
        "from_name": "Lucía Fernández",
        "from_addr": "lucia.fernandez@example.es",
        "date": "2026-11-10 21:14:36 +0100",
        "subject": "¡Me lo han dado!",
        "body": """Hola Eleanor:

Me muero de ganas de contártelo en persona, pero no puedo esperar al jueves. ¡Me han nombrado directora de marketing para toda Iberia! Empiezo oficialmente en enero.

¿Quién me iba a decir hace un año, cuando lloraba en el coche antes de cada comité, que iba a estar aquí? Nadie, ni yo misma.

Mi madre ya se lo ha contado a medio barrio, claro.

Un abrazo enorme y gracias por todo,
Lucía""",
    },
    {
        "slug": "lucia-cambio-de-sesion",
        "build": "gmail",
        "client": "Lucía Fernández",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["lang:es"],
        "from_name": "Lucía Fernández",
        "from_addr": "lucia.fernandez@example.es",
        "date": "2026-11-17 08:41:10 +0100",
        "subject": "Sesión del jueves",
        "body": """Hola Eleanor,

Perdona el lío, pero este jueves tengo el comité de dirección en Lisboa y no vuelvo hasta la noche. Necesitaría pasar nuestra sesión al viernes; cualquier hora antes de las 13h (hora de Madrid) me viene bien.

Por cierto, ya he leído el capítulo que me recomendaste sobre los primeros meses en un puesto nuevo. Muy útil, sobre todo lo de no querer cambiarlo todo en la primera semana.

Gracias y perdona otra vez,
Lucía""",
    },
    {
        "slug": "lucia-voicemail-ya-esta",
        "build": "phone",
        "service": "gv_vm",
        "client": "Lucía Fernández",
        "kind": "voicemail",
        "tag": "fyi",
        "traits": ["negated", "voicemail", "lang:es"],
        "from_name": "Google Voice",
        "from_addr": "voice-noreply@google.com",
        "date": "2026-11-19 10:42:17 +0000",
        "subject": "",
        "phone": {
            "display": "+34 612 34 56 78",
            "transcript": "Hola Eleanor soy Lucía te llamaba para confirmar lo del viernes pero acabo de ver tu correo con la invitación así que nada ya está no hace falta que me llames nos vemos el viernes un beso",
        },
    },
    {
        "slug": "lucia-lo-que-no-conte",
        "build": "gmail",
        "client": "Lucía Fernández",
        "kind": "email",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "lang:es"],
        "from_name": "Lucía Fernández",
        "from_addr": "lucia.fernandez@example.es",
        "date": "2026-12-01 23:30:02 +0100",
        "subject": "Re: Friday",
        "body": """Hola Eleanor,

Sí, el viernes a las 10 me va bien.

Te escribo también porque el otro día en la sesión no te lo conté todo. Desde que me dieron el puesto casi no duermo, en casa estoy como ausente, y hay noches en las que pienso que lo más sencillo sería desaparecer sin más: coger el coche, que nadie supiera dónde estoy, o directamente dejar de estar. Lo digo medio en broma, ya sabes cómo soy, pero la idea me ronda bastante.

Bueno, no te preocupes, son cosas mías de madrugada. El viernes hablamos.

Lucía""",
        "quote": {
            "header": "El mar, 1 dic 2026 a las 10:15, Eleanor Whitcombe (<eleanor@whitcombe-coaching.example>) escribió:",
            "text": "Hi Lucía,\n\nWould Friday at 10 (your time) work for our next session?\n\n" + ELEANOR_SIG,
        },
    },
    {
        "slug": "lucia-texto-semana",
        "build": "phone",
        "service": "gv_sms",
        "client": "Lucía Fernández",
        "kind": "sms",
        "tag": "fyi",
        "traits": ["sms", "lang:es"],
        "from_name": None,
        "from_addr": "txt.voice.google.com",
        "date": "2026-12-06 12:20:44 +0100",
        "subject": "",
        "phone": {
            "display": "+34 612 34 56 78",
            "digits": "34612345678",
            "transcript": "perdona q no te he contestado al mail!! semana de locos. estoy mejor, de verdad, hablé con mi hermana y con la médica como quedamos. gracias por lo del viernes 💛 te escribo el finde, nada urgente",
        },
    },
    # ------------------------------------------------------------------ Diego Morales
    {
        "slug": "diego-reenvio-jefa",
        "build": "owa",
        "forward": True,
        "client": "Diego Morales",
        "kind": "email",
        "tag": "fyi",
        "traits": ["quoted", "lang:es"],
        "from_name": "Diego Morales",
        "from_addr": "diego.morales@nubelabs.example",
        "date": "2026-11-12 15:20:48 -0300",
        "subject": "RV: Plan de trabajo Q1",
        "body": """Eleanor, te reenvío lo que me mandó Mariana (mi jefa) el martes, para que veas el tono del que hablábamos en la sesión. Ya le contesté y quedamos en reunirnos el lunes, así que está resuelto. Es solo para que tengas contexto para la próxima.

Fijate cómo cierra. Antes me habría pasado el fin de semana sin dormir por un mail así; esta vez lo leí, respiré, y le contesté al otro día con calma.

Saludos,
Diego""",
        "quote": {
            "outlook": True,
            "header": "________________________________\nDe: Mariana Quiroga <mariana.quiroga@nubelabs.example>\nEnviado: martes, 10 de noviembre de 2026 18:47\nPara: Diego Morales <diego.morales@nubelabs.example>\nAsunto: Plan de trabajo Q1",
            "text": "Diego,\n\n¿Me podés mandar el plan de trabajo del equipo para el Q1 antes del viernes? Necesito entender por qué seguimos atrasados con la migración. ¿Lo vemos el lunes a primera hora?\n\nMariana",
        },
    },
    {
        "slug": "diego-buzon-de-voz",
        "build": "phone",
        "service": "vonage_vm",
        "client": "Diego Morales",
        "kind": "voicemail",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "voicemail", "lang:es"],
        "from_name": "Vonage Business",
        "from_addr": "noreply@vonagebusiness.com",
        "date": "2026-11-24 23:10:26 -0300",
        "subject": "",
        "phone": {
            "display": "+5491155551234",
            "duration": "1:07",
            "transcript": "Hola Eleanor, soy Diego. Perdón por la hora, ya sé que allá es de madrugada. Nada, quería escucharte un poco. Esta semana se me vino todo encima, lo del laburo, lo de Carla que se fue. Y no sé, no le encuentro sentido a seguir. A nada. Me levanto y no sé para qué. Bueno. No te quiero preocupar. Si podés, llamame. Chau.",
        },
    },
    {
        "slug": "diego-valio-la-pena",
        "build": "owa",
        "client": "Diego Morales",
        "kind": "email",
        "tag": "fyi",
        "traits": ["self_answered", "lang:es"],
        "from_name": "Diego Morales",
        "from_addr": "diego.morales@nubelabs.example",
        "date": "2026-12-05 11:02:13 -0300",
        "subject": "Gracias",
        "body": """Hola Eleanor,

Quería agradecerte la llamada del miércoles. No sé si te diste cuenta de lo mucho que me ayudó que me atendieras tan rápido.

Te cuento: empecé con la psicóloga que me recomendó la obra social, ya tuve dos sesiones, y mi hermano se está quedando conmigo unos días. Duermo un poco mejor.

También hablé con Mariana de lo que me estaba pasando. ¿Valió la pena? Sí, mucho más de lo que pensaba. Me dio dos semanas más livianas sin que tuviera que explicar demasiado.

Nos vemos en la sesión del jueves.

Un abrazo,
Diego""",
    },
    {
        "slug": "diego-respuesta-automatica",
        "build": "ooo",
        "program": "gmail",
        "client": "Diego Morales",
        "kind": "email",
        "tag": "ignored",
        "traits": ["lang:es"],
        "from_name": "Diego Morales",
        "from_addr": "diego.morales@nubelabs.example",
        "date": "2026-12-14 09:31:50 -0300",
        "subject": "Fuera de la oficina hasta el 4 de enero",
        "body": """Hola, gracias por tu mensaje.

Estoy de vacaciones hasta el 4 de enero, con acceso limitado al correo. Para temas urgentes del equipo de plataforma, escribí a Mariana Quiroga (mariana.quiroga@nubelabs.example).

¡Felices fiestas!
Diego Morales
""",
    },
    # ------------------------------------------------------------------ Camille Laurent
    {
        "slug": "camille-decision-prise",
        "build": "apple",
        "client": "Camille Laurent",
        "kind": "email",
        "tag": "fyi",
        "traits": ["self_answered", "lang:fr"],
        "from_name": "Camille Laurent",
        "from_addr": "camille.laurent@example.fr",
        "date": "2026-11-13 18:42:10 +0100",
        "subject": "Décision prise",
        "body": """Bonjour Eleanor,

Je voulais te dire que j'ai finalement refusé l'offre du cabinet américain. Le salaire était indécent (dans le bon sens), mais les horaires aussi (dans le mauvais).

Est-ce que j'ai eu raison ? Je crois que oui. Pour la première fois depuis des années, j'ai choisi en fonction de la vie que je veux et pas du CV que je devrais avoir. Et j'ai dormi neuf heures la nuit suivante, ce qui en dit long.

Je t'en dirai plus mardi.

Bises,
Camille""",
    },
    {
        "slug": "camille-texto-contre-offre",
        "build": "phone",
        "service": "gv_sms",
        "client": "Camille Laurent",
        "kind": "sms",
        "tag": "reply_needed",
        "traits": ["sms", "lang:fr"],
        "from_name": None,
        "from_addr": "txt.voice.google.com",
        "date": "2026-11-17 13:07:29 +0100",
        "subject": "",
        "phone": {
            "display": "+33 6 12 34 56 78",
            "digits": "33612345678",
            "transcript": "t dispo demain 18h pour 10 min au tel ? ils reviennent avec une contre-offre et j'ai besoin d'un regard extérieur avant de répondre",
        },
    },
    {
        "slug": "camille-closing",
        "build": "iphone",
        "client": "Camille Laurent",
        "kind": "email",
        "tag": "fyi",
        "traits": ["idiom", "lang:fr"],
        "from_name": "Camille Laurent",
        "from_addr": "camille.laurent@example.fr",
        "date": "2026-11-20 02:31:55 +0100",
        "subject": "Closing signé !!",
        "body": """Ce dossier a bien failli me tuer mais c'est signé. Deal closed at 2am, champagne at 2:05, taxi at 2:20.

Je dors jusqu'à midi et je te raconte tout mardi. The partners were actually nice to me for once.

Bisous
C.

Envoyé de mon iPhone""",
    },
    {
        "slug": "camille-merci",
        "build": "apple",
        "client": "Camille Laurent",
        "kind": "email",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "lang:fr"],
        "from_name": "Camille Laurent",
        "from_addr": "camille.laurent@example.fr",
        "date": "2026-11-28 11:16:40 +0100",
        "subject": "Merci",
        "body": """Eleanor,

Je rangeais l'appartement ce matin et j'ai pensé à toi. J'ai donné mon piano à ma nièce, et mes codes et mes livres de droit à un stagiaire du cabinet, il était ravi. Je n'en aurai plus l'usage de toute façon. C'est fou comme on se sent légère quand tout est réglé.

Je voulais te remercier pour ces deux années. Tu as été l'une des rares personnes avec qui je n'avais pas besoin de jouer un rôle. Quoi qu'il arrive, je veux que tu saches que ça a compté.

Je t'embrasse,
Camille""",
    },
    # ------------------------------------------------------------------ Antoine Mercier
    {
        "slug": "antoine-compte-rendu",
        "build": "outlook",
        "classic": True,
        "charset": "iso-8859-1",
        "lang_tag": "FR",
        "client": "Antoine Mercier",
        "kind": "email",
        "tag": "fyi",
        "traits": ["footer", "lang:fr"],
        "from_name": "Antoine Mercier",
        "from_addr": "antoine.mercier@banque-rhone.example",
        "date": "2026-11-16 08:12:37 +0100",
        "subject": "Compte rendu de notre séance du 13/11",
        "body": """Bonjour Eleanor,

Comme convenu, voici mes notes de notre dernière séance.

Ce que je retiens :
- Je prends la parole trop tard en comité, quand les décisions sont déjà prises dans les couloirs. Objectif : intervenir dans les dix premières minutes.
- Le retour de mon N+1 sur ma « froideur » mérite d'être creusé, sans que j'en fasse une affaire personnelle.
- Réorganisation de la salle des marchés : je prépare deux scénarios pour le comité du 4 décembre.

Je vous tiendrai au courant de l'avancement d'ici notre prochain rendez-vous.

Bien cordialement,

Antoine Mercier
Directeur adjoint - Marchés de capitaux
Banque Rhône-Alpes Investissement
Tél. : +33 4 72 10 20 30""",
        "footer": BANQUE_FOOTER,
    },
    {
        "slug": "antoine-facturation",
        "build": "outlook",
        "classic": True,
        "charset": "windows-1252",
        "lang_tag": "FR",
        "client": "Antoine Mercier",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["lang:fr"],
        "from_name": "Antoine Mercier",
        "from_addr": "antoine.mercier@banque-rhone.example",
        "date": "2026-11-24 17:45:03 +0100",
        "subject": "Facturation et 360",
        "body": """Bonjour Eleanor,

Notre service Achats me relance au sujet de la facturation. Je vous serais reconnaissant de bien vouloir établir la facture de novembre au nom de Banque Rhône-Alpes Investissement, à l'attention du service Achats, en y faisant figurer le bon de commande PO-2026-11873 – sans ce numéro, ils ne peuvent pas la traiter.

Concernant le 360 : our HR partner in London, Sarah Whitfield, will send you the raw data directly, in English, so nothing needs translating on my side. J'ai hâte d'en discuter avec vous.

Bien cordialement,

Antoine Mercier
Directeur adjoint – Marchés de capitaux
Banque Rhône-Alpes Investissement""",
        "footer": BANQUE_FOOTER,
    },
    {
        "slug": "antoine-accuse-de-lecture",
        "build": "read_receipt",
        "charset": "iso-8859-1",
        "client": "Antoine Mercier",
        "kind": "email",
        "tag": "ignored",
        "traits": ["lang:fr"],
        "from_name": "Antoine Mercier",
        "from_addr": "antoine.mercier@banque-rhone.example",
        "date": "2026-12-01 11:02:51 +0100",
        "subject": "Lu : Facture novembre et dates de janvier",
        "body": """Votre message

  À : Antoine Mercier
  Objet : Facture novembre et dates de janvier
  Envoyé : 01/12/2026 10:14

a été lu le 01/12/2026 11:02.
""",
    },
    # ------------------------------------------------------------------ Katrin Vogel
    {
        "slug": "katrin-kurzes-update",
        "build": "thunderbird",
        "lang_tag": "de-DE",
        "client": "Katrin Vogel",
        "kind": "email",
        "tag": "fyi",
        "traits": ["idiom", "lang:de"],
        "from_name": "Katrin Vogel",
        "from_addr": "katrin.vogel@example.de",
        "date": "2026-11-09 19:26:11 +0100",
        "subject": "Kurzes Update",
        "body": """Hallo Eleanor,

kurzes Update nach unserer Session letzte Woche:

Das Gespräch mit Thomas über die Rollenverteilung im Team hat stattgefunden. Ich habe mich an unsere Struktur gehalten (Beobachtung, Wirkung, Wunsch), und er hat tatsächlich zugehört, statt sofort in die Verteidigung zu gehen. Ich war selbst überrascht.

Ansonsten: Die Cloud-Migration bringt mich noch ins Grab. Drei Wochen Verzug, zwei Dienstleister, die sich gegenseitig die Schuld zuschieben, und ich mittendrin als Schiedsrichterin. Aber gut, das ist halt der Job.

Bis Donnerstag!
Katrin

-- 
Katrin Vogel
Engineering Manager | Infrastruktur
Mobil: +49 151 23456789""",
    },
    {
        "slug": "katrin-donnerstag-passt",
        "build": "thunderbird",
        "lang_tag": "de-DE",
        "client": "Katrin Vogel",
        "kind": "email",
        "tag": "fyi",
        "traits": ["quoted", "lang:de"],
        "from_name": "Katrin Vogel",
        "from_addr": "katrin.vogel@example.de",
        "date": "2026-11-24 16:40:02 +0100",
        "subject": "Re: Next sessions",
        "body": """Hi Eleanor,

Donnerstag um 9 passt perfekt, ist eingetragen. Vormittags bin ich sowieso klarer im Kopf.

LG Katrin""",
        "quote": {
            "header": "Am 24.11.26 um 16:03 schrieb Eleanor Whitcombe:",
            "text": "Hi Katrin,\n\nI'm sorting out dates before the holidays. Would Thursday 3 December at 9:00 your time work? Or would you prefer the afternoon?\n\n" + ELEANOR_SIG,
        },
    },
    {
        "slug": "katrin-sms-sbahn",
        "build": "phone",
        "service": "ringcentral_sms",
        "client": "Katrin Vogel",
        "kind": "sms",
        "tag": "fyi",
        "traits": ["sms", "lang:de"],
        "from_name": "RingCentral",
        "from_addr": "service@ringcentral.com",
        "date": "2026-11-26 09:58:17 +0100",
        "subject": "",
        "phone": {
            "display": "+49 151 23456789",
            "transcript": "Guten Morgen! S-Bahn steht mal wieder, bin ca 10 min später im Call. Fang schon mal an... ach nee, geht ja schlecht ohne mich 😅",
        },
    },
    {
        "slug": "katrin-keine-tuer",
        "build": "thunderbird",
        "lang_tag": "de-DE",
        "client": "Katrin Vogel",
        "kind": "email",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "lang:de"],
        "from_name": "Katrin Vogel",
        "from_addr": "katrin.vogel@example.de",
        "date": "2026-11-30 22:40:55 +0100",
        "subject": "Donnerstag",
        "body": """Liebe Eleanor,

ich weiß nicht genau, wie ich das schreiben soll, deshalb einfach so, wie es kommt.

Seit der Umstrukturierung fühle ich mich wie in einem Raum, in dem alle Türen gleichzeitig zugefallen sind. Kündigen kann ich nicht, wegen der Wohnung und Mamas Pflege. Bleiben halte ich so nicht mehr aus. Und mit Stefan kann ich nicht darüber reden, weil er sowieso findet, dass ich übertreibe. Ich sehe ehrlich gesagt keinen Weg mehr hier raus, egal wie ich es drehe und wende.

Nach außen funktioniere ich, das merkt keiner. Vielleicht können wir am Donnerstag darüber sprechen statt über die Teamziele.

Katrin""",
    },
    # ------------------------------------------------------------------ Jonas Brandt
    {
        "slug": "jonas-nachtrag-rechnung",
        "build": "outlook",
        "lang_tag": "DE-CH",
        "client": "Jonas Brandt",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["partial_no_reply", "lang:de"],
        "from_name": "Jonas Brandt",
        "from_addr": "jonas.brandt@helvepharm.example",
        "date": "2026-11-11 07:58:21 +0100",
        "subject": "Nachtrag zur Sitzung / Rechnung Q4",
        "body": """Liebe Eleanor

Vielen Dank für die gestrige Sitzung. Ein paar Gedanken dazu, auf die Sie nicht eingehen müssen – ich schreibe sie vor allem für mich selbst auf:

Das Thema «Kontrolle abgeben» zieht sich offenbar durch alles, vom Team bis zur Familie. Meine Frau hat gelacht, als ich ihr davon erzählt habe, und gemeint, das hätte sie mir auch gratis sagen können.

Was ich hingegen wirklich brauche: Unsere Buchhaltung benötigt die Rechnung für das vierte Quartal bis spätestens 30. November, adressiert an die HelvePharm AG, Kostenstelle 4410, mit meinem Namen als Besteller. Danach wird das Budget geschlossen, und dann wird es kompliziert.

Herzliche Grüsse
Jonas

Jonas Brandt
Head of Regulatory Affairs Europe
HelvePharm AG | Hochbergerstrasse 60 | 4057 Basel
+41 61 555 44 10""",
    },
    {
        "slug": "jonas-abwesenheit",
        "build": "ooo",
        "program": "outlook",
        "lang_tag": "DE-CH",
        "client": "Jonas Brandt",
        "kind": "email",
        "tag": "ignored",
        "traits": ["lang:de"],
        "from_name": "Jonas Brandt",
        "from_addr": "jonas.brandt@helvepharm.example",
        "date": "2026-11-19 12:16:08 +0100",
        "subject": "Automatische Antwort: Rechnung Q4 und Termine Dezember",
        "topic": "Rechnung Q4 und Termine Dezember",
        "body": """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 27. November abwesend und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Claudia Meier (claudia.meier@helvepharm.example, +41 61 555 44 00).

Freundliche Grüsse
Jonas Brandt
""",
    },
    {
        "slug": "jonas-rueckblick",
        "build": "outlook",
        "lang_tag": "DE-CH",
        "client": "Jonas Brandt",
        "kind": "email",
        "tag": "fyi",
        "traits": ["rhetorical", "reported", "lang:de"],
        "from_name": "Jonas Brandt",
        "from_addr": "jonas.brandt@helvepharm.example",
        "date": "2026-12-03 18:05:40 +0100",
        "subject": "Rückblick auf das Jahr",
        "body": """Liebe Eleanor

Bevor der Dezember ganz im Budgetstress versinkt, ein kurzer Rückblick.

Vor einem Jahr habe ich Ihnen gesagt, ich wolle «einfach effizienter werden». Wie naiv war das eigentlich? Heute weiss ich, dass es nie um Effizienz ging, sondern darum, dass ich niemandem etwas zugetraut habe.

Letzte Woche hat mich mein Chef gefragt, ob ich mir vorstellen könnte, ab Sommer die Leitung für ganz Europa zu übernehmen. Ich habe ihm gesagt, ich denke darüber nach – und diesmal meine ich das ehrlich, nicht als höfliche Absage.

Wer hätte gedacht, dass ich einmal freiwillig Verantwortung abgebe, um mehr zu bekommen?

Bis zum nächsten Termin im Januar.

Herzliche Grüsse
Jonas""",
    },
    {
        "slug": "jonas-voicemail-termin",
        "build": "phone",
        "service": "teams_vm",
        "client": "Jonas Brandt",
        "kind": "voicemail",
        "tag": "fyi",
        "traits": ["negated", "voicemail", "lang:de"],
        "from_name": "Microsoft Outlook",
        "from_addr": "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitcombe-coaching.example",
        "date": "2026-12-09 14:22:31 +0000",
        "subject": "",
        "phone": {
            "display": "+41 79 123 45 67",
            "duration": "00:00:24",
            "transcript": "Grüezi Eleanor, hier ist Jonas Brandt. Ich wollte kurz fragen, ob der Termin im Januar schon steht, aber ich sehe gerade, die Einladung ist bereits in meinem Kalender. Also alles gut, Sie müssen nicht zurückrufen. Schöne Festtage!",
        },
    },
    # ------------------------------------------------------------------ Beatriz Almeida
    {
        "slug": "beatriz-novidades",
        "build": "iphone",
        "client": "Beatriz Almeida",
        "kind": "email",
        "tag": "fyi",
        "traits": ["idiom", "lang:pt"],
        "from_name": "Beatriz Almeida",
        "from_addr": "beatriz.almeida@example.pt",
        "date": "2026-11-09 20:03:14 +0000",
        "subject": "Novidades de Lisboa",
        "body": """Olá Eleanor!

Só para te contar que a apresentação à administração correu muito bem. Estava morta de nervos antes de entrar, mas lembrei-me do que falámos sobre olhar para a sala como uma conversa e não como um tribunal, e resultou.

O Ricardo (o diretor financeiro) veio ter comigo no fim e disse que foi a apresentação mais clara que viu este ano. Quase caí para o lado.

Falamos na próxima semana. Beijinhos,
Beatriz

Enviado do meu iPhone""",
    },
    {
        "slug": "beatriz-correio-de-voz",
        "build": "phone",
        "service": "vonage_vm",
        "client": "Beatriz Almeida",
        "kind": "voicemail",
        "tag": "reply_needed",
        "traits": ["voicemail", "lang:pt"],
        "from_name": "Vonage Business",
        "from_addr": "noreply@vonagebusiness.com",
        "date": "2026-11-14 11:37:52 +0000",
        "subject": "",
        "phone": {
            "display": "+351912345678",
            "duration": "0:41",
            "transcript": "Olá Eleanor, é a Beatriz. Estou a ligar porque gostava de marcar uma sessão extra antes do Natal, se tiveres disponibilidade, por causa da avaliação de desempenho, que foi antecipada para dia 15. Liga-me quando puderes, ou manda mensagem. Obrigada, beijinhos.",
        },
    },
    {
        "slug": "beatriz-uma-coisa",
        "build": "iphone",
        "client": "Beatriz Almeida",
        "kind": "email",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "lang:pt"],
        "from_name": "Beatriz Almeida",
        "from_addr": "beatriz.almeida@example.pt",
        "date": "2026-11-21 23:05:38 +0000",
        "subject": "uma coisa",
        "body": """Eleanor, desculpa escrever a esta hora.

Não sei se devia contar-te isto, mas prometi que seria honesta contigo. Voltei a magoar-me, como fazia no tempo da faculdade. Nos braços, nada de grave, já tratei. Foi depois da discussão com a minha mãe ao telefone.

Não é nada de especial, a sério, estou bem e amanhã vou trabalhar normalmente. Só não queria que houvesse segredos entre nós.

B.

Enviado do meu iPhone""",
    },
    {
        "slug": "beatriz-sms-londres",
        "build": "phone",
        "service": "gv_sms",
        "client": "Beatriz Almeida",
        "kind": "sms",
        "tag": "fyi",
        "traits": ["sms", "lang:pt"],
        "from_name": None,
        "from_addr": "txt.voice.google.com",
        "date": "2026-12-03 18:44:20 +0000",
        "subject": "",
        "phone": {
            "display": "+351 912 345 678",
            "digits": "351912345678",
            "transcript": "cheguei! Londres está gelada 🥶 obrigada pela conversa de ontem, ajudou mesmo. já marquei a consulta com a psicóloga para janeiro. vemo-nos dia 10 ao vivo finalmente",
        },
    },
    {
        "slug": "beatriz-resposta-automatica",
        "build": "ooo",
        "program": "outlook",
        "lang_tag": "PT-PT",
        "client": "Beatriz Almeida",
        "kind": "email",
        "tag": "ignored",
        "traits": ["lang:pt"],
        "from_name": "Beatriz Almeida",
        "from_addr": "beatriz.almeida@tejoseguros.example",
        "date": "2026-12-10 08:01:12 +0000",
        "subject": "Resposta automática: Marcação de janeiro",
        "topic": "Marcação de janeiro",
        "body": """Olá,

Obrigada pela sua mensagem. Estarei ausente do escritório de 10 a 28 de dezembro, sem acesso regular ao email. Para assuntos urgentes, contacte a equipa de Planeamento através de planeamento@tejoseguros.example.

Boas festas!
Beatriz Almeida
Tejo Seguros | Planeamento Estratégico
""",
    },
    # ------------------------------------------------------------------ Rafael Costa
    {
        "slug": "rafael-mock-interview",
        "build": "samsung",
        "client": "Rafael Costa",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["lang:pt"],
        "from_name": "Rafael Costa",
        "from_addr": "rafael.costa@example.com.br",
        "date": "2026-11-16 07:52:36 +0000",
        "subject": "Mock interview?",
        "body": """Hi Eleanor,

Good news, I got through to the final round at the fintech in Shoreditch (can't say the name yet haha). It's on the 25th, panel of three, including a "values" section that honestly scares me more than the technical part.

Would you be able to do a mock interview with me next week, maybe Monday or Tuesday evening? Seria ótimo treinar em inglês com alguém que me dê feedback sincero, porque com os meus amigos brasileiros eu acabo relaxando demais.

Obrigado!
Rafael

Enviado do meu Galaxy""",
    },
    {
        "slug": "rafael-sms-peso",
        "build": "phone",
        "service": "ringcentral_sms",
        "client": "Rafael Costa",
        "kind": "sms",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "sms", "lang:pt"],
        "from_name": "RingCentral",
        "from_addr": "service@ringcentral.com",
        "date": "2026-11-21 22:14:05 +0000",
        "subject": "",
        "phone": {
            "display": "07700 900321",
            "transcript": "oi Eleanor. dia pesado. sinto que sou só um peso pra todo mundo aqui, pro meu time, pra Ju, pra minha família que pagou minha vinda. whatever. sorry, ignore this, just tired",
        },
    },
    {
        "slug": "rafael-passei",
        "build": "samsung",
        "client": "Rafael Costa",
        "kind": "email",
        "tag": "fyi",
        "traits": ["lang:pt"],
        "from_name": "Rafael Costa",
        "from_addr": "rafael.costa@example.com.br",
        "date": "2026-12-02 09:17:48 +0000",
        "subject": "PASSEI",
        "body": """Eleanor!!! Passei! Got the offer this morning, starting in February. Ainda não acredito.

Also, obrigado pela ligação de domingo. I did book the GP appointment, it's this Friday, and I told Ju everything. Ela foi incrível.

No need to reply to this, sério, I know you're busy - I just wanted you to hear it from me before LinkedIn does.

Abraço,
Rafael

Enviado do meu Galaxy""",
    },
    # ------------------------------------------------------------------ former clients
    {
        "slug": "helen-thank-you",
        "build": "owa",
        "charset": "utf-8",
        "lang_tag": "en-GB",
        "client": "Helen Marsh",
        "kind": "email",
        "tag": "reply_needed",
        "urgent": "yes",
        "traits": ["distress", "former"],
        "from_name": "Helen Marsh",
        "from_addr": "helen.marsh@example.org.uk",
        "date": "2026-12-05 16:20:09 +0000",
        "subject": "Thank you",
        "body": """Dear Eleanor,

I hope you don't mind me writing out of the blue. It's been a while - I think our last session was in June, just before I moved to the new trust.

I've been meaning to write for ages to say thank you properly. You got me through the worst year of my working life and I don't think I ever told you how much that meant.

I've been putting my affairs in order these last few weeks: sorting the house, finding homes for the cats, telling the people who matter to me what they've meant while I still can. You were on the list. So - thank you, for everything. Please don't worry about me, I'm at peace with it all now.

With love and gratitude,
Helen""",
    },
    {
        "slug": "sebastian-lebenszeichen",
        "build": "gmail",
        "client": "Sebastian Kraus",
        "kind": "email",
        "tag": "fyi",
        "traits": ["former", "lang:de"],
        "from_name": "Sebastian Kraus",
        "from_addr": "s.kraus@example.at",
        "date": "2026-11-20 17:33:12 +0100",
        "subject": "Lebenszeichen aus Wien",
        "body": """Hallo Eleanor,

lange nichts gehört! Ich wollte mich einfach mal melden. Seit September leite ich das Produktteam bei einem kleinen Start-up hier in Wien, zwölf Leute, viel Chaos, ich liebe es.

Ich denke oft an unsere Gespräche über Perfektionismus. Geheilt bin ich nicht, aber inzwischen erwische ich mich dabei, bevor ich um Mitternacht noch Folien umbaue. Meistens jedenfalls.

Alles Gute für die Feiertage und liebe Grüße nach London,
Sebastian""",
    },
    {
        "slug": "niall-referral",
        "build": "gmail",
        "client": "Niall O'Connor",
        "kind": "email",
        "tag": "reply_needed",
        "traits": ["former"],
        "from_name": "Niall O'Connor",
        "from_addr": "niall.oconnor@example.ie",
        "date": "2026-11-25 13:48:27 +0000",
        "subject": "Referral",
        "body": """Hi Eleanor,

Hope London is treating you well. Three months into the new role and still employed, so the coaching clearly stuck.

A colleague of mine, Aoife Byrne, steps up to a director role in January and asked if I knew a good coach. I said you, obviously. Would you be happy for me to pass on your email, or would you rather she came through the website? I didn't want to hand out your details without checking first.

All the best,
Niall""",
    },
    # ------------------------------------------------------------------ not from clients
    {
        "slug": "newsletter-coaching-association",
        "build": "bulk",
        "kind": "email",
        "traits": ["footer"],
        "from_name": "AEC UK - The Coach's Briefing",
        "from_addr": "briefing@aec-uk.example",
        "bounce_domain": "mail.aec-uk.example",
        "list_id": "The Coach's Briefing <briefing.aec-uk.example>",
        "unsubscribe": "<https://aec-uk.example/unsubscribe?u=8812&id=44f1>, <mailto:unsubscribe@aec-uk.example>",
        "x_mailer": "Mailchimp Mailer - **CID44f1a0be21**",
        "date": "2026-11-15 07:00:00 +0000",
        "subject": "The Coach's Briefing, November: is your practice ready for 2027?",
        "body": """THE COACH'S BRIEFING - November 2026
Association for Executive Coaching UK

Is your practice ready for 2027?
New supervision guidelines come into force in April. Here's what changes for accredited members, and what doesn't.

Are you charging enough?
Our annual fees survey is open until 30 November. Ten minutes, fully anonymous, and you'll get the results first.

Events
- 3 December: Coaching across borders - working with clients in other languages (online)
- 21 January: Regional networking breakfast, Manchester

Questions about your membership? Reply to this email or call the office on 020 7946 0555.
You are receiving this because you are a member of AEC UK. Unsubscribe | Update your preferences""",
    },
    {
        "slug": "calendly-new-event-katrin",
        "build": "bulk",
        "kind": "email",
        "traits": [],
        "from_name": "Calendly",
        "from_addr": "notifications@calendly.com",
        "bounce_domain": "calendly.com",
        "reply_to": "Katrin Vogel <katrin.vogel@example.de>",
        "date": "2026-12-08 19:12:44 +0000",
        "subject": "New Event: Katrin Vogel - 09:00 Thu, 14 Jan 2027 - 60 Minute Coaching Session",
        "body": """Hi Eleanor Whitcombe,

A new event has been scheduled.

Event Type:
60 Minute Coaching Session

Invitee:
Katrin Vogel

Invitee Email:
katrin.vogel@example.de

Event Date/Time:
09:00 - Thursday, 14 January 2027 (GMT)

Location:
This is a Microsoft Teams web conference.

Questions:
Anything you'd like us to focus on?
Rückkehr nach der Pause, Teamziele 2027

View event in Calendly

Sent from Calendly""",
    },
    {
        "slug": "stranger-coaching-enquiry",
        "build": "gmail",
        "kind": "email",
        "traits": [],
        "from_name": "Marcus Hale",
        "from_addr": "marcus.hale.consulting@example.com",
        "date": "2026-11-22 20:05:51 +0000",
        "subject": "Coaching enquiry - new partner",
        "body": """Dear Ms Whitcombe,

I came across your profile through the AEC directory. I've recently been made a partner at a mid-sized consultancy and I'm looking for an executive coach for the first half of next year, mainly around leading former peers.

Do you have capacity from February, and could you send me your rates and how you usually structure an engagement?

Kind regards,
Marcus Hale""",
    },
    {
        "slug": "vendor-bookkeeper-invoice",
        "build": "bulk",
        "kind": "email",
        "traits": [],
        "from_name": "Clearledger Bookkeeping Ltd",
        "from_addr": "messaging-service@post.xero.com",
        "bounce_domain": "post.xero.com",
        "reply_to": "Clearledger Bookkeeping Ltd <accounts@clearledger.example>",
        "date": "2026-12-01 06:30:15 +0000",
        "subject": "Invoice INV-0412 from Clearledger Bookkeeping Ltd for Whitcombe Coaching Ltd",
        "body": """Hi Eleanor,

Here's invoice INV-0412 for £240.00 GBP (November bookkeeping and VAT return preparation).

The amount outstanding of £240.00 is due on 15 Dec 2026.

View and pay your bill online: https://in.xero.example/aB12cD34eF56

If you have any questions, please let us know.

Thanks,
Clearledger Bookkeeping Ltd""",
        "attachments": [("Invoice INV-0412.pdf", "application/pdf")],
    },
    {
        "slug": "linkedin-message-james",
        "build": "bulk",
        "kind": "email",
        "traits": [],
        "from_name": "James Thornton via LinkedIn",
        "from_addr": "messages-noreply@linkedin.com",
        "bounce_domain": "bounce.linkedin.com",
        "unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=abc>",
        "date": "2026-12-08 08:44:02 +0000",
        "subject": "James just messaged you",
        "body": """James Thornton
Group Finance Director at Harcourt Capital Partners

"Eleanor - would you be open to speaking at our finance leadership offsite in March? Happy to discuss details when..."

Reply

You are receiving Messaging notification emails.
Unsubscribe | Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    },
    {
        "slug": "unknown-number-text",
        "build": "phone",
        "service": "gv_sms",
        "kind": "sms",
        "traits": ["sms"],
        "from_name": None,
        "from_addr": "txt.voice.google.com",
        "date": "2026-11-18 12:31:09 +0000",
        "subject": "",
        "phone": {
            "display": "+44 7700 900999",
            "digits": "447700900999",
            "transcript": "Hi, is this Eleanor Whitcombe the coach? Priyanka S passed on your number, I'd love to chat about coaching in the new year if you have space. Sunita",
        },
    },
]
