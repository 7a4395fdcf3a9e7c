"""The messages of coach-g, written one by one, with the label a thoughtful coach would give each.

Mia Hollis is a health and performance coach in Sydney (Australia/Sydney). Her clients are
athletes, executives and a few students; some write in Spanish, Portuguese, French or German.
Her phone lines forward voicemails and texts by email (Google Voice, RingCentral, Vonage, Teams,
Telstra MessageBank, a carrier's email-to-SMS gateway).

Each entry: the labels (client, kind, tag, urgent, traits), then what build.py needs to dress it:
`via` (the program or service), `date` (local time with its offset), `subject`, `body` (what the
sender wrote), and optionally `quote` (the thread below it), `attach`, `charset`, `cte`, `number`.
build.py numbers the files in date order: NN-slug.eml.
"""

MIA = "Mia Hollis <mia@hollisperformance.example>"
PDF = (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
       b"trailer <</Root 1 0 R>>\n%%EOF\n")

MESSAGES: list[dict] = []


def M(slug, client, kind, tag, urgent, traits, **kw):
    MESSAGES.append(dict(slug=slug, client=client, kind=kind, tag=tag, urgent=urgent, traits=traits, **kw))


# =====================================================================================
# Jack Thornton: 20, rugby league, just made an NRL first-grade training squad. Western Sydney.
# =====================================================================================

M("jack-thursday", "Jack Thornton", "email", "fyi", "no", "quoted",
  via="gmail", date="2026-11-30 17:02 +1100", subject="Re: Thursday",
  quote=dict(date="2026-11-30 11:40 +1100", text="""Hi Jack,

Does 7am Thursday at the Penrith gym work for you? If not, can you do Friday at the same time?

Mia"""),
  body="""Sweet as, Thursday 7 it is. See ya there

Jacko""")

M("jack-preseason", "Jack Thornton", "email", "reply_needed", "yes", "distress",
  via="gmail", date="2026-12-01 21:14 +1100", subject="Re: Pre-season block",
  quote=dict(date="2026-11-29 09:05 +1100", text="""Hey Jack,

How did the first week of the pre-season block land? Send me your RPEs for each session when you get a chance and we'll adjust the loads for week 2.

Mia"""),
  body="""Hey Mia

Big news first - got the call up to train with the first grade squad from Monday!! Still pinching myself. Coach said my conditioning was the best of the young blokes so thats on you haha

RPEs were mostly 7s, Tues and Wed maybe 6. The Thursday hill session was a 9 for sure, nearly chucked.

Been a bit flat off the field tbh. Mum and dad are doing it tough with the mortgage and me still living at home eating everything in the fridge isnt helping anyone. Sometimes reckon they'd be better off if I wasnt around for them to worry about. Anyway dont stress its not a big deal, just been a long week

Catch ya Thursday
Jacko""")

M("jack-voicemail-mealplan", "Jack Thornton", "voicemail", "reply_needed", "no", "voicemail;phone_service",
  via="messagebank", date="2026-12-02 07:48 +1100", number="0491 570 156", duration="1:12",
  body="""Hey Mia it's Jack um just on the way to training, uh so yeah the hammy's feeling heaps better, did all the bridges last night and um the physio reckons I can start running again Monday which is mad. Oh and the nutrition lady at the club said something about the protein timing but whatever I'll ask her. Um yeah if you could flick us that meal plan again, the one with the snacks, that'd be unreal, I lost it when my phone died. Yeah. Alright. Catch ya.""")

M("jack-contract", "Jack Thornton", "email", "fyi", "no", "negated",
  via="gmail", date="2026-12-04 16:20 +1100", subject="contract stuff",
  body="""Hey Mia

Was gonna ask if you could give me a ring tonight about the contract offer and how it'd fit with uni, but I had a long chat with my manager and dad this arvo and we've sorted it. Signing the 2 year deal!! No need to call back, I'll fill you in properly Thursday.

Jacko""")

M("jack-tomorrow", "Jack Thornton", "email", "reply_needed", "no", "idiom",
  via="iphone", date="2026-12-08 06:12 +1100", subject="tmrw",
  body="""Morning! Club's moved training to 6am tmrw so I'll miss our gym sesh. If I'm late one more time the coach'll murder me, I'm dead meat already after last week lol. Can we shift to the arvo? Anytime after 2 works

Sent from my iPhone""")

M("jack-cleared", "Jack Thornton", "voicemail", "fyi", "no", "voicemail;phone_service",
  via="ringcentral_vm", date="2026-12-10 10:31 +1100", number="+61491570156", duration="0:26",
  body="""Hey Mia Jacko here, just letting you know I passed the concussion test this morning so I'm cleared for contact this week. All good, nothing you need to do. See ya Tuesday.""")

# =====================================================================================
# Ben Kowalski: 41, electrician, marathoner, president of his running club. Inner West.
# =====================================================================================

M("ben-halfplan", "Ben Kowalski", "email", "reply_needed", "no", "",
  via="android", date="2026-12-01 18:30 +1100", subject="Re: Half marathon plan",
  quote=dict(date="2026-11-30 15:12 +1100", text="""Hi Ben,

Attached is the 4-week block for the Sydney Harbour Half. Long runs are on Saturdays; the Thursday session is your quality day.

Mia"""),
  body="""Thanks Mia looks good. Quick q on the long runs - do you want me at goal pace for the last 5k or keep it all easy? Plan says "progressive" but not sure how progressive we're talking haha

Ben

Sent from my Galaxy""")

M("ben-club-xmas", "Ben Kowalski", "email", "fyi", "no", "announcement",
  via="gmail", date="2026-12-03 07:30 +1100", subject="[Inner West Runners] Xmas Fun Run + volunteers needed",
  to="Inner West Runners <innerwest-runners@googlegroups.example>",
  headers=[("List-ID", "<innerwest-runners.googlegroups.example>"),
           ("List-Unsubscribe", "<mailto:innerwest-runners+unsubscribe@googlegroups.example>"),
           ("Precedence", "list"), ("Mailing-list", "list innerwest-runners@googlegroups.example")],
  body="""G'day all,

Our Christmas Fun Run is on Sunday 20 December at Callan Park, 7am start. 5k and 10k options, gold coin donation, all money to the Children's Hospital at Westmead.

Can anyone help out on the day? We need 6 marshals and 2 people on the sausage sizzle. Who's keen? Reply to Sarah (sarah.lim@innerwestrunners.example) and she'll sort the roster.

Bring the kids, bring the dog, bring your worst Christmas jumper. Prizes for the worst.

Cheers,
Ben Kowalski
Club President, Inner West Runners

--
You received this message because you are subscribed to the Google Groups "Inner West Runners" group.
To unsubscribe from this group and stop receiving emails from it, send an email to innerwest-runners+unsubscribe@googlegroups.example.""")

M("ben-late", "Ben Kowalski", "sms", "fyi", "no", "sms;gateway",
  via="gateway", date="2026-12-03 06:04 +1100", number="0491 570 159", gateway_user="61491570159",
  body="running 10 late sorry, parking at bondi is a nightmare")

M("ben-longrun", "Ben Kowalski", "email", "fyi", "no", "idiom",
  via="samsung", date="2026-12-05 11:20 +1100", subject="Sat long run",
  body="""Mia,

Done and dusted. 28k, Bay Run then over the Anzac Bridge and back, avg 5:12s. The last 6k of hills absolutely killed me, legs are dead and I'm cactus for the rest of the arvo. Missus has banned me from the couch till I shower.

Fuel plan worked a treat, no dramas with the gels this time. 3 gels + 750ml.

Cheers
Ben

Sent from my Galaxy""")

M("ben-heat", "Ben Kowalski", "email", "fyi", "no", "rhetorical",
  via="android", date="2026-12-09 19:02 +1100", subject="Re: Heat this week",
  quote=dict(date="2026-12-08 08:15 +1100", text="""Ben, with the heat this week, shift the tempo run to before 7am and carry fluids. Let me know how it goes.

Mia"""),
  body="""Yeah nah, didn't listen. Who goes out for a tempo at 1pm in 34 degrees? This genius, apparently. Survived though, 8k at 4:45s, drank about 2L after and had a lie down. Lesson learnt, 6am from now on.

Ben""")

M("ben-taper-voicemail", "Ben Kowalski", "voicemail", "fyi", "no", "negated;voicemail;phone_service",
  via="vonage_vm", date="2026-12-10 12:48 +1100", number="61491570159", duration="0:31",
  body="""G'day Mia, Ben here. I was gonna ask you to give us a call about the taper for Sunday's half but actually you know what, I just found your email from last week with it all in there, so don't worry about calling back. All good. See you Saturday. Cheers.""")

# =====================================================================================
# Hannah Whitlock: 24, netball (state league), coming back from an ankle sprain.
# =====================================================================================

M("hannah-beeptest", "Hannah Whitlock", "email", "reply_needed", "no", "idiom",
  via="gmail", date="2026-12-01 20:33 +1100", subject="Beep test :(",
  body="""Hey Mia

So the beep test was today. Got a 10.4, which is lower than preseason last year and I wanted to crawl into a hole and die in front of the whole squad. Dramatic I know haha.

Anyway I'd love to go through the results with you before the selectors see them. Would be great if we could swap Thursday's session to Wednesday arvo so it's before the team meeting

Thanks heaps
Han""")

M("hannah-physio", "Hannah Whitlock", "email", "fyi", "no", "reported",
  via="gmail", date="2026-12-04 10:45 +1100", subject="Physio update",
  body="""Hi Mia,

Saw Kate at the physio yesterday. Ankle is good, she's happy with the single leg hops and the hop-and-stick. She asked whether you and I had agreed on the return to court plan and I told her yep, we went through it last week and I'm on step 3.

She also wondered if I should be doing more calf raises and I said I'm already doing 3x15 every day on your program so she was happy with that.

Han""")

M("hannah-address", "Hannah Whitlock", "sms", "reply_needed", "no", "sms;phone_service",
  via="gv_sms", date="2026-12-08 19:12 +1100", number="+61 491 570 110",
  body="hey can u send me the address for tmrws session at the new gym, forgot to write it down")

M("hannah-voicemail", "Hannah Whitlock", "voicemail", "reply_needed", "yes", "distress;voicemail;phone_service",
  via="teams_vm", date="2026-12-10 16:05 +1100", number="+61491570110", duration="0:58",
  body="""Hi Mia it's Hannah. Just checking you got my GPS data from the weekend, I uploaded it to the folder. Um finals are next Saturday so I'm still keen to taper like we said. Uh honestly I've been feeling really off since the breakup, like I just wanna disappear for a bit, pack a bag and vanish and nobody would even notice I'm gone. Anyway it's whatever. Yeah. Catch you Tuesday.""")

# =====================================================================================
# Sofía Benítez: 22, tennis, Buenos Aires; plays the Australian summer circuit. Spanish (rioplatense).
# =====================================================================================

M("sofia-ganamos", "Sofía Benítez", "email", "fyi", "no", "lang:es",
  via="iphone", date="2026-11-26 20:00 -0300", subject="Ganamos!!",
  body="""Miaaa ganamos el ITF de Mar del Plata!!! 6-4 3-6 7-5 en la final, con 35 grados y viento. Me acordé de lo que hablamos de la respiración en los cambios de lado y funcionó re bien.

Mañana descanso total, lo prometo 🙏

Besos
Sofi

Enviado desde mi iPhone""")

M("sofia-plan", "Sofía Benítez", "email", "fyi", "no", "negated;lang:es",
  via="gmail", date="2026-11-30 11:30 -0300", subject="Re: plan de diciembre",
  quote=dict(lang="es", date="2026-11-29 22:10 +1100", text="""Hola Sofi,

Te adjunto el plan de diciembre. Cualquier duda me avisás.

Mia"""),
  body="""Hola Mia! Te iba a pedir que me lo mandaras de nuevo porque no lo encontraba por ningún lado, pero ya está, estaba en spam 🙄 No hace falta que me lo reenvíes.

Arranqué hoy con la parte de pies rápidos, buenísimo.

Besos
Sofi""")

M("sofia-aeropuerto", "Sofía Benítez", "email", "reply_needed", "yes", "distress;lang:es",
  via="iphone", date="2026-12-02 10:05 -0300", subject="cambio de horario",
  body="""Hola Mia!

Te escribo rápido desde el aeropuerto. El jueves no llego a la sesión de las 9 (hora tuya), el vuelo a Córdoba sale tarde. Lo pasamos al viernes o como te quede.

Otra cosa, le regalé todas mis raquetas y los bolsos a mi prima Luli. Total ya no las voy a necesitar, ni eso ni nada. Estoy cansada de pelear contra todo.

Bueno, perdón por el mensaje raro jaja. Besos

Sofi

Enviado desde mi iPhone""")

# =====================================================================================
# Camila Duarte: 19, swimmer from São Paulo, on a scholarship in Brisbane. Portuguese.
# =====================================================================================

M("camila-planilha", "Camila Duarte", "email", "fyi", "no", "lang:pt",
  via="gmail", date="2026-11-28 21:00 +1000", subject="Planilha de treinos - novembro",
  attach=[("treinos_novembro.csv", "text/csv",
           "data;sessao;metros;tempo_200;sono_h\n02/11;agua;5200;2:15,8;7\n09/11;agua;5600;2:15,1;6,5\n"
           "16/11;agua;6000;2:14,6;7,5\n23/11;agua;5800;2:13,9;7\n")],
  body="""Oi Mia, segue em anexo a planilha de novembro com os tempos e o sono. Semana que vem começo o polimento.

Beijo
Camila""")

M("camila-text-noite", "Camila Duarte", "sms", "reply_needed", "yes", "distress;sms;gateway;lang:pt",
  via="gateway", date="2026-12-02 23:48 +1100", number="+61 491 571 491", gateway_user="61491571491",
  body="oi mia desculpa a hora. treino de hj foi horrivel de novo. tem dias q eu queria deitar e nao acordar mais kkkk brincadeira... ou nao sei. amanha eu te ligo")

M("camila-200", "Camila Duarte", "email", "fyi", "no", "self_answered;lang:pt",
  via="gmail", date="2026-12-04 20:15 +1000", subject="Tempo dos 200",
  body="""Oi Mia!

Fiz 2:13,4 nos 200 livre hoje no treino controlado. Será que eu consigo baixar pra 2:10 até o estadual? Claro que consigo, é só manter a rotina de sono e parar de comer brigadeiro às 11 da noite kkkk

A parte de mobilidade de ombro está ajudando muito, quase não sinto mais dor.

Beijos,
Camila""")

M("camila-resumo", "Camila Duarte", "email", "reply_needed", "no", "partial_no_reply;lang:pt",
  via="iphone", date="2026-12-09 06:50 +1000", subject="Resumo da semana",
  body="""Oi Mia,

Não precisa responder tudo, é só pra você ficar sabendo:
- 5 treinos na água, 2 na academia
- dormi mais ou menos, umas 7h
- o ombro tá 100%

Mas uma coisa sim: me manda de novo o link da chamada de sexta? Apaguei o email sem querer 🤦‍♀️

Bjs
Camila

Enviado do meu iPhone""")

# =====================================================================================
# Élodie Wamytan: 31, va'a (outrigger canoe) paddler and PE teacher, Nouméa. French.
# =====================================================================================

M("elodie-course", "Élodie Wamytan", "email", "fyi", "no", "rhetorical;lang:fr",
  via="apple", date="2026-11-29 17:45 +1100", subject="Course de dimanche", charset="iso-8859-1",
  body="""Coucou Mia,

Course de va'a ce matin à l'Anse Vata, 16 km avec le vent de face sur tout le retour. Qui a dit que la pirogue c'était un sport relaxant ? On a fini deuxièmes en V6 dames, je suis trop contente.

J'ai bien fait l'échauffement des épaules que tu m'as donné, aucune douleur.

Bises,
Élodie""")

M("elodie-voicemail", "Élodie Wamytan", "voicemail", "reply_needed", "yes", "distress;voicemail;phone_service;lang:fr",
  via="ringcentral_vm", date="2026-12-03 19:22 +1100", number="+687 755501", duration="1:04",
  body="""Oui bonjour Mia c'est Élodie euh je t'appelle parce que je sais pas trop à qui en parler. Je suis sur le parking du club là, je suis pas rentrée. Il était encore très en colère ce matin, il a cassé la porte du placard et franchement j'ai peur de rentrer ce soir. Je vais peut-être dormir dans la voiture, c'est pas grave. Excuse-moi de te déranger avec ça. Rappelle-moi si tu peux. Bisous.""")

M("elodie-appel", "Élodie Wamytan", "email", "reply_needed", "no", "lang:fr",
  via="gmail", date="2026-12-09 10:15 +1100", subject="Appel de la semaine prochaine",
  body="""Bonjour Mia,

Je rentre du tournoi de Lifou samedi. Dis-moi si jeudi à 18h (heure de Nouméa, donc 18h chez toi aussi normalement) te convient pour notre appel, sinon propose-moi autre chose.

Élodie""")

M("elodie-lifou", "Élodie Wamytan", "sms", "fyi", "no", "sms;gateway;lang:fr",
  via="gateway", date="2026-12-12 18:30 +1100", number="+687 75 55 01", gateway_user="687755501",
  gateway_host="mms.mobilis-gw.nc.example", gateway_subject="", text_attachment=True,
  body="Bien rentrée de Lifou, on a gagné le relais 😄 on se parle jeudi. Bisous")

# =====================================================================================
# Priya Raman: 44, COO of an investment firm in the CBD. Sleep, stress, boundaries.
# =====================================================================================

M("priya-quarterend", "Priya Raman", "email", "fyi", "no", "idiom;footer",
  via="outlook", date="2026-12-02 19:55 +1100", subject="Quarter end", charset="us-ascii",
  body="""Hi Mia,

Just a quick note that I'll be a bit patchy with the training log until the 12th. Quarter end is killing me - I'd honestly kill for a full weekend off. I'm still getting the morning walks in though, 5 out of 7 this week, and I've stuck to no screens after 10.

Will send the full log after Friday.

Priya

Priya Raman | Chief Operating Officer
Harbourbridge Capital | Level 31, 1 Farrer Place, Sydney NSW 2000

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this email. Received this email in error? Please contact privacy@harbourbridge-capital.example. Harbourbridge Capital Pty Ltd ABN 12 345 678 901 AFSL 123456. Please consider the environment before printing this email.""")

M("priya-journal", "Priya Raman", "email", "reply_needed", "no", "partial_no_reply",
  via="outlook", date="2026-12-04 07:05 +1100", subject="Journal dump + one thing", charset="windows-1252",
  body="""Hi Mia,

You don't need to reply to most of this, it's me thinking out loud.

The no-email-after-8 rule lasted three days. Tuesday the CEO messaged at 9:40pm and I folded immediately. I think the pattern is that I feel I have to be seen to be first to respond – nobody has ever actually asked me to. Writing that down helps.

One thing I do need: the sleep diary template you mentioned, the one with the caffeine column. I'd like to start it on Monday, so if you could send it before the weekend that would be great.

Thanks,
Priya

Priya Raman | Chief Operating Officer
Harbourbridge Capital""")

M("priya-saturday", "Priya Raman", "email", "fyi", "no", "rhetorical;self_answered",
  via="iphone", email=1, date="2026-12-05 09:15 +1100", subject="Saturday musing",
  body="""Morning Mia,

Why do I keep saying yes to every Thursday client dinner? Because I'm scared of looking less committed than the partners, obviously. Seeing it written down makes it pretty clear. I've already said no to next week's.

Also did the 45 min walk to Balmoral and back this morning without my phone. Lovely.

P

Sent from my iPhone""")

M("priya-sleeplog", "Priya Raman", "email", "reply_needed", "yes", "distress",
  via="owa", date="2026-12-08 23:02 +1100", subject="RE: Sleep log week 3", charset="windows-1252",
  quote=dict(date="2026-12-07 10:20 +1100", subject="Sleep log week 3", text="""Hi Priya,

Could you send me last week's sleep log? I want to see whether the earlier cut-off for email is helping.

Thanks,
Mia"""),
  attach=[("sleep_log_wk3.csv", "text/csv",
           "date,bed,wake,hours,notes\n30/11,00:40,05:10,4.5,board pack\n01/12,00:15,05:30,5.2,\n"
           "02/12,01:05,05:45,4.7,\n03/12,23:50,05:20,5.5,walk\n")],
  body="""Hi Mia,

Attached, sort of – I stopped logging on Thursday, sorry. Sleep is still rubbish, 4-5 hours most nights.

Board meeting is Friday. Honestly if I just didn't wake up on Friday morning at least I'd get out of presenting the restructure, ha. Although lately I catch myself half meaning it, which probably isn't a great sign. Anyway! Ignore me, it's late.

Priya

Priya Raman | Chief Operating Officer
Harbourbridge Capital | Level 31, 1 Farrer Place, Sydney NSW 2000""")

M("priya-voicemail", "Priya Raman", "voicemail", "reply_needed", "no", "voicemail;untranscribed;phone_service",
  via="teams_vm", date="2026-12-11 07:50 +1100", number="+61 491 570 158", duration="0:47", body="-")

# =====================================================================================
# Daniel Nguyen: 38, founder and CEO of a software start-up (Tesselate). Writes from Proton.
# =====================================================================================

M("dan-nextyear", "Daniel Nguyen", "email", "reply_needed", "no", "",
  via="proton", date="2026-11-25 08:10 +1100", subject="Next year",
  body="""Mia,

Proposal for 2027: we move to fortnightly sessions from February, and keep the monthly HRV review as is. Budget's tight until the raise closes and I think I've got the habits locked in now.

Happy to hear it if you think that's too early.

Dan

Sent with Proton Mail secure email.""")

M("dan-chest", "Daniel Nguyen", "email", "fyi", "no", "",
  via="proton", date="2026-11-27 22:40 +1100", subject="Getting this off my chest",
  body="""Mia, no need to reply to this one, I just find it helps to write it down and you're the only person who reads these.

Had the performance review with the board chair today. Mostly good. She thinks I'm spreading myself too thin across product and fundraising, and she's right. I said I'd hire a COO by March. Felt good to commit to it out loud.

Slept 7h10 last night, first time over 7 in weeks.

Dan

Sent with Proton Mail secure email.""")

M("dan-midweek", "Daniel Nguyen", "email", "fyi", "no", "idiom",
  via="proton", date="2026-12-02 13:05 +1100", subject="Mid-week",
  body="""Hi Mia,

Quick one. Three back-to-back board prep sessions today, if I have to look at one more Gantt chart, shoot me now. But I did get the lunchtime walk in and skipped the 3pm coffee like we agreed.

HRV is trending up (avg 58 this week vs 51 last).

Dan

Sent with Proton Mail secure email.""")

M("dan-mornings", "Daniel Nguyen", "email", "fyi", "no", "waved_off",
  via="proton", date="2026-12-04 08:40 +1100", subject="Mornings",
  body="""Mia,

Been going back and forth on whether I should drop the 6am strength sessions and move everything to lunchtime. Don't answer that, I already know what you're going to say about protecting mornings. Just venting. I'll keep them through December and we'll see.

3/3 this week.

Dan

Sent with Proton Mail secure email.""")

M("dan-voicemail", "Daniel Nguyen", "voicemail", "reply_needed", "yes", "distress;voicemail;phone_service",
  via="gv_voicemail", date="2026-12-07 22:31 +1100", number="+61 491 572 549", duration="1:38",
  body="""Hey Mia it's Dan um sorry it's late, I'm just driving home from the office. Uh two things, the invoice for November came through to my personal email instead of the company one so can you resend it to accounts at tesselate, and um yeah I missed Saturday's session which you probably noticed. Honestly I've been going through the motions with everything. The company, the training, home. I keep asking myself what any of it is actually for and I haven't got a good answer anymore. Like I just don't see the point of me in any of it. Anyway. Yeah. It's fine, I'm just tired. Talk soon.""")

# =====================================================================================
# Grace Ofori: 47, director of clinical operations at a hospital. Apple Mail at home, Outlook at work.
# =====================================================================================

M("grace-thanks", "Grace Ofori", "email", "fyi", "no", "",
  via="apple", date="2026-11-26 20:10 +1100", subject="Thank you",
  body="""Mia,

Just wanted to say thank you for today. The bit about treating my calendar like a training plan, with rest days actually written in, has stuck with me all afternoon. I've blocked Wednesday lunchtimes until February.

See you in two weeks.

Grace""")

M("grace-november", "Grace Ofori", "email", "reply_needed", "no", "",
  via="outlook", date="2026-11-27 19:40 +1100", subject="Monthly reflection – November", charset="windows-1252",
  body="""Hi Mia,

As promised, my monthly reflection. It's longer than usual, sorry – it's been a month.

Training: I managed 10 of the 12 strength sessions, which is the most since we started. The two I missed were both on-call weekends, so I think we just plan around those in future. Walking is now a daily thing, mostly 30 minutes before work.

Sleep: better on the weeks I'm not on call. Worse on the ones I am. No surprises there.

Work: the theatre redesign project is on track and the accreditation visit is 10 December. I've delegated the document prep to Anika, which felt uncomfortable but she's doing a great job. I'd like to move our session on 14 December to the 15th, as the accreditation debrief has landed on the 14th. Same time is fine.

Home: the kids finish school on the 18th and we're going to Jervis Bay for a week after Christmas. I'm planning to take the running shoes and nothing with a hospital login on it.

Thanks for a good month.

Grace

Dr Grace Ofori
Director of Clinical Operations | North Shore Health
This email and any attachments are confidential. If you have received it in error, please notify the sender and delete it. North Shore Health acknowledges the Traditional Custodians of the land on which we work.""")

M("grace-week", "Grace Ofori", "email", "reply_needed", "yes", "distress",
  via="apple", date="2026-12-03 18:40 +1100", subject="Week notes + a change to Thursday",
  body="""Hi Mia,

Quick notes for the week:
- Strength sessions 3/3, finally!
- 7 hours sleep on four nights
- Presented the theatre redesign to the exec and it went really well

The other thing, and I'm only mentioning it because you asked me last time to be honest about home stuff: Tom's been drinking again and it got loud on the weekend. I've been staying late at the hospital most nights because I honestly don't feel safe going home until he's asleep. It's fine, I've got it under control, but that's why the evening walks have dropped off.

Can we do next Thursday at 7:30 instead of 6?

Grace""")

M("grace-offsite", "Grace Ofori", "email", "fyi", "no", "quoted",
  via="outlook", date="2026-12-07 21:10 +1100", subject="FW: Leadership offsite",
  quote=dict(forward=True, who="Andrew Pike <andrew.pike@northshorehealth.example>", date="2026-12-06 20:40 +1100",
             to="Grace Ofori <grace.ofori@northshorehealth.example>", subject="Leadership offsite",
             text="""Grace,

Can you pull together the leadership development plan for the offsite and send it to me by Wednesday? Also, could you facilitate the morning session? I know it's short notice.

Thanks,
Andrew

Andrew Pike
Chief Executive | North Shore Health"""),
  body="""Mia – for context before Thursday. This landed at 8:40pm on a Sunday. Just want you to see what I'm dealing with, we'll talk about it in session.

G""")

M("grace-panel", "Grace Ofori", "email", "fyi", "no", "idiom",
  via="iphone", date="2026-12-10 14:02 +1100", subject="!!!",
  body="""Mia, the accreditation panel is done and we absolutely killed it. Zero findings. I nearly died on the spot when the lead assessor said it was the best-prepared site she'd seen this year. The box breathing before I walked in made a real difference. More Thursday.

G

Sent from my iPhone""")

# =====================================================================================
# Matías Rojas: 45, operations manager at a mining company, Santiago. Chilean Spanish.
# =====================================================================================

M("matias-viaje", "Matías Rojas", "email", "fyi", "no", "reported;lang:es",
  via="outlook", date="2026-12-02 08:30 -0300", subject="Viaje al norte", charset="windows-1252",
  content_language="es-cl",
  body="""Hola Mia:

Te cuento que mi jefe me preguntó si podía viajar a Antofagasta la próxima semana a ver la faena, y le dije que sí. Así que del lunes 7 al jueves 10 voy a estar en el norte, pero ya coordiné con el hotel para usar el gimnasio a las 6:30.

La sesión del jueves la hago igual desde el hotel, tengo buena conexión.

Saludos,
Matías Rojas
Gerente de Operaciones | Minera Andes S.A.
Av. Apoquindo 4500, Las Condes, Santiago""")

M("matias-factura", "Matías Rojas", "email", "reply_needed", "no", "lang:es",
  via="gmail", date="2026-12-05 09:00 -0300", subject="Factura noviembre",
  body="""Hola Mia,

Te agradecería que me enviaras la factura de noviembre a nombre de Minera Andes S.A., RUT 76.543.210-K, para rendirla esta semana en la empresa. Si es en pesos o en dólares australianos da lo mismo.

Gracias y saludos,
Matías""")

M("matias-antofagasta", "Matías Rojas", "email", "fyi", "no", "idiom;lang:es",
  via="android", date="2026-12-07 21:30 -0300", subject="Desde Antofagasta",
  body="""Hola Mia,

Primer día en la faena, me muero de sueño. Salimos a las 5 de la mañana y volvimos a las 8 de la noche, el calor me mató. Igual hice los 20 minutos de movilidad en la pieza del hotel antes de comer, y nada de bebidas, puro agua con electrolitos.

Mañana si alcanzo voy al gimnasio antes del turno.

Abrazo
Matías""")

M("matias-semana", "Matías Rojas", "email", "reply_needed", "yes", "distress;lang:es",
  via="gmail", date="2026-12-09 21:10 -0300", subject="Semana complicada",
  body="""Hola Mia, ¿cómo estás?

Esta semana fue dura. Me bajaron el bono y tuve que contarle a la Caro que este verano no vamos a poder ir al sur con los niños. Ella lo tomó bien, pero yo me siento una carga para todos en la casa, como que sin mí estarían más tranquilos.

Igual sigo saliendo a correr en las mañanas, eso me ayuda harto. Hice 8 km el martes.

Nos vemos el jueves por Zoom.

Un abrazo,
Matías""")

# =====================================================================================
# Lukas Gruber: 52, managing director of a ski-equipment firm, Vienna. German (Austrian).
# =====================================================================================

M("lukas-knie", "Lukas Gruber", "email", "fyi", "no", "lang:de",
  via="gmx", date="2026-11-24 21:15 +0100", subject="Kurzes Update", charset="iso-8859-1",
  body="""Hallo Mia,

nur ein kurzes Update, du musst nicht antworten: Das Knie hält, drei Skitouren am Wochenende am Semmering, insgesamt 2.400 Höhenmeter. Die Mobility-Übungen mache ich jeden Abend vor dem Zähneputzen, wie besprochen.

Schönen Abend nach Sydney!
Lukas""")

M("lukas-messe", "Lukas Gruber", "email", "fyi", "no", "idiom;lang:de",
  via="gmx", date="2026-11-29 20:05 +0100", subject="Woche 48", charset="utf-8",
  body="""Servus Mia,

die Woche hat mich echt umgebracht – drei Tage Messe in München, jeden Abend Kundenessen. Bin immer noch todmüde, aber: ich war jeden Morgen um 6 im Hotel-Gym, sogar am Freitag nach der Weihnachtsfeier. Krafttraining nach deinem Plan B (Hotelversion).

Schritte im Schnitt 11.200 pro Tag.

Bis bald
Lukas""")

M("lukas-pdf", "Lukas Gruber", "email", "reply_needed", "no", "lang:de",
  via="thunderbird", date="2026-11-28 09:20 +0100", subject="Re: Übungen Hotel", charset="iso-8859-15",
  cte="8bit",
  quote=dict(lang="de", date="2026-11-27 21:03 +1100", subject="Übungen Hotel", text="""Hi Lukas,

Here's the hotel-room version of the strength plan for your trip: three circuits, no equipment needed except a chair and a towel. The PDF is attached.

Mia"""),
  body="""Hallo Mia,

danke! Leider ist das PDF bei mir leer, es wird nur die erste Seite mit dem Logo angezeigt. Wäre super, wenn du mir die Übungen nochmal als Text oder in einem anderen Format schicken könntest.

LG Lukas""")

M("lukas-kitzbuehel", "Lukas Gruber", "email", "reply_needed", "no", "lang:en;lang:de",
  via="thunderbird", date="2026-11-30 18:45 +0100", subject="Race in Kitzbühel", charset="utf-8", cte="quoted-printable",
  body="""Hi Mia,

quick one in English for once: I signed up for the Kitzbühel uphill race on 24 January (up the Streif, 860 Höhenmeter). Ich weiß, das ist ambitioniert. Should I switch the strength block to more uphill intervals from now, or keep going with the plan until Christmas?

Lukas""")

M("lukas-update", "Lukas Gruber", "email", "reply_needed", "yes", "distress;lang:de",
  via="thunderbird", date="2026-12-01 07:40 +0100", subject="Kurzes Update / Termin", charset="iso-8859-15",
  cte="quoted-printable",
  body="""Hallo Mia,

sorry, dass ich mich die letzten zwei Wochen nicht gemeldet habe. Die Trainingspläne hab ich ehrlich gesagt kaum gemacht.

Die Firma steht wahrscheinlich vor der Insolvenz, die Bank will bis Jahresende eine Antwort, und ich hab für den Kredit privat gebürgt. Ich lieg jede Nacht wach und seh keinen Ausweg mehr, egal wie ich es dreh. Manchmal denk ich, es wär für alle leichter, wenn ich einfach weg wäre.

Aber egal, wird schon irgendwie. Unseren Termin am Donnerstag halte ich ein.

Liebe Grüße aus Wien
Lukas

-- 
Lukas Gruber
Geschäftsführer | Gruber Alpintechnik GmbH
Mariahilfer Straße 88, 1070 Wien""")

# =====================================================================================
# Liam O'Connor: 22, triathlete, honours student at UNSW.
# =====================================================================================

M("liam-week12", "Liam O'Connor", "email", "fyi", "no", "retracted",
  via="owa", date="2026-12-01 15:20 +1100", subject="Week 12 training + thesis chaos", charset="us-ascii",
  body="""Hi Mia,

Training this week:
Mon - swim 2.8k
Tue - bike 60 min Z2
Wed - rest (thesis)
Thu - run 10k
Sat - brick 40k/5k

Thesis is due on the 18th and I'm about 8000 words short. Can you just write the discussion chapter for me? Kidding, kidding. I'll survive.

Cheers,
Liam

Liam O'Connor
BSc (Hons) candidate, School of Health Sciences
UNSW Sydney""")

M("liam-text", "Liam O'Connor", "sms", "fyi", "no", "idiom;sms;phone_service",
  via="vonage_sms", date="2026-12-03 21:47 +1100", number="0491 570 737",
  body="lol nearly died laughing at that video u sent of the guy falling off the trainer. exam tmrw im so dead. swim done tho 3.2k")

M("liam-scholarship", "Liam O'Connor", "email", "reply_needed", "no", "",
  via="gmail", email=1, date="2026-12-07 14:22 +1100", subject="Scholarship",
  body="""Hey Mia,

Hope you had a good weekend. Good news, I've been shortlisted for the Sport NSW high-performance scholarship! Interview is early January.

They want a reference from a coach who knows my training history, and I was hoping you'd be willing to write one. It's due on the 20th, they send you a link to fill in. Totally understand if you're too busy this time of year.

Liam""")

M("liam-garmin", "Liam O'Connor", "email", "fyi", "no", "",
  via="thunderbird", date="2026-12-10 09:40 +1100", subject="Garmin export for November",
  attach=[("activities_nov.csv", "text/csv",
           "Activity Type,Date,Distance,Time,Avg HR\nPool Swim,2026-11-02,2800,00:52:10,138\n"
           "Cycling,2026-11-03,32.1,01:00:04,131\nRunning,2026-11-05,10.02,00:44:51,152\n")],
  body="""Hi Mia,

Here's the Garmin export for November as a CSV like you asked in our last session. The two runs on the 19th and 20th were on the treadmill so the distances are a bit off.

Thesis now 3000 words short, getting there.

Liam""")

# =====================================================================================
# Tamsin Reid: 20, uni student, ocean swimmer, surf lifesaver. Anxiety; history of self-harm.
# =====================================================================================

M("tamsin-salt", "Tamsin Reid", "email", "fyi", "no", "poem",
  via="thunderbird", date="2026-11-30 22:10 +1100", subject="something I wrote after the ocean swim",
  body="""Hi Mia,

You said writing might help between sessions, so here's a thing. You don't have to do anything with it.

    Salt

What is the sea but a held breath
let go a thousand times a day?
Who told the tide it could come back
after all it carried away?

I swam out past the second flag,
the cold was loud, and then was not.
Why do I count the strokes at all?
Maybe to keep the ones I've got.

T

--
Tamsin Reid
Bachelor of Arts (Psychology), The University of Sydney""")

M("tamsin-text", "Tamsin Reid", "sms", "reply_needed", "yes", "distress;sms;phone_service",
  via="gv_sms", date="2026-12-05 02:14 +1100", number="+61 491 570 313",
  body="sorry its late. had a really bad night and cut again, first time since march. its not deep im ok. didnt want to lie to u on thurs")

M("tamsin-update", "Tamsin Reid", "email", "fyi", "no", "",
  via="iphone", email=1, date="2026-12-09 12:30 +1100", subject="update",
  body="""Hi Mia,

Just wanted to let you know I went to the GP yesterday like we talked about, and I've got my first appointment with the uni counselling service on Monday. My housemate Jess knows now too and she's been checking in on me every night, which is a bit much but also nice.

I haven't hurt myself since last week and I'm feeling steadier. Thanks for not freaking out when I told you, it made it way easier to tell everyone else.

See you Thursday
T

Sent from my iPhone""")

# =====================================================================================
# Ruby Castellano: 17, Year 12, rower. Writes from her school account and her own Gmail.
# =====================================================================================

M("ruby-diary", "Ruby Castellano", "email", "fyi", "no", "footer",
  via="owa", email=1, date="2026-12-01 16:05 +1100", subject="Training diary wk 48", charset="us-ascii",
  attach=[("Training diary wk 48.pdf", "application/pdf", PDF)],
  body="""Hi Mia,

Here's my training diary for last week (attached). I did all the ergs and 2 of the 3 gym sessions, missed Friday because of my chem prac exam.

Thanks,
Ruby

________________________________
St Mary's College | Student email
This email and any attachments are intended only for the named recipient. Is this email unexpected or suspicious? Report it to ICT Services at phishing@stmarys.example. Need to talk to someone? Your Year Adviser and the College counsellors are here for you, or call Kids Helpline on 1800 55 1800.""")

M("ruby-erg", "Ruby Castellano", "sms", "fyi", "no", "idiom;sms;gateway",
  via="gateway", date="2026-12-05 17:10 +1100", number="0491 572 983", gateway_user="0491572983",
  gateway_host="txt.optus-sms.example",
  body="erg test done 7:48 for 2k!!! pb by 4 sec. im literally dying rn legs are cooked. the ute carked it on the way home so dad has to come get me lol")

M("ruby-campform", "Ruby Castellano", "email", "reply_needed", "no", "",
  via="gmail", date="2026-12-09 16:40 +1100", subject="camp form",
  attach=[("Camp_consent_form_2027.pdf", "application/pdf", PDF)],
  body="""hi mia

mum says the rowing camp form needs to be signed by my coach as well as her before the 15th, its attached. the bit for you is on page 2 where it says "strength and conditioning coach". sorry its so last minute

ruby""")

# =====================================================================================
# Former clients
# =====================================================================================

M("olivia-news", "Olivia Tran", "email", "fyi", "no", "announcement;former",
  via="gmail", date="2026-12-01 09:00 +1100", subject="New chapter 🎉",
  to="Olivia Tran <olivia.tran@mail.example>",
  body="""Hi everyone,

Some personal news: after nine years at Westpac I've started as Head of People at Tidewater Energy this week. I'm sending this to the people who helped me get here, and you're all on that list.

My new work email is olivia.tran@tidewater.example. Coffee in the new year? I'd love that, just ping me whenever.

Thank you, all of you.

Olivia""")

M("marcus-thanks", "Marcus Webb", "email", "reply_needed", "yes", "distress;former",
  via="outlook", date="2026-12-04 23:55 +1100", subject="Thanks for everything", charset="us-ascii",
  body="""Mia,

Long time no chat. I wanted to write and say thank you properly, which I never really did when we wrapped up in June. You got me through the first year after cricket when I had no idea who I was without it.

I've sorted out a few things this week. The kit bags and the signed bats have gone to the juniors at the club, and Sam's taking the dog. Feels good to have it all squared away.

You were one of the good ones. Look after yourself, and don't work too hard.

All the best,
Marcus""")

M("kiri-kiaora", "Kiri Parata", "email", "reply_needed", "no", "former",
  via="gmail", date="2026-12-08 12:00 +1300", subject="Kia ora from Auckland",
  body="""Kia ora Mia,

It's been a while! I'm back in Auckland, coaching the under-18 sprint squad at the club and running again myself, mostly masters 200s for fun.

I'd love to do a few sessions with you in the new year to get some structure back, maybe 4 over Feb to March. Let me know your current rates and whether you've got space.

Ngā mihi,
Kiri""")

# =====================================================================================
# Written by machines on a client's behalf: ignored
# =====================================================================================

M("lukas-abwesend", "Lukas Gruber", "email", "ignored", "no", "autoreply;lang:de",
  via="plain", date="2026-12-03 06:12 +0100", subject="Abwesenheitsnotiz: Re: Kurzes Update / Termin",
  charset="iso-8859-1", return_path="<>",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. Dezember auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Petra Huber (office@gruber-alpintechnik.example, +43 1 555 0188).

Mit freundlichen Grüßen
Lukas Gruber
Gruber Alpintechnik GmbH""")

M("grace-read", "Grace Ofori", "email", "ignored", "no", "receipt",
  via="mdn", date="2026-12-04 08:02 +1100", subject="Read: Session notes - 3 December",
  helo="SY6PR01MB7788.ausprd01.prod.outlook.com",
  body="""Your message

  To: Grace Ofori
  Subject: Session notes - 3 December
  Sent: Thursday, 3 December 2026 9:14 PM (UTC+10:00) Canberra, Melbourne, Sydney

was read on Friday, 4 December 2026 8:02 AM (UTC+10:00) Canberra, Melbourne, Sydney.""",
  mdn="""Reporting-UA: SY6PR01MB7788.ausprd01.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;grace.ofori@northshorehealth.example
Original-Message-ID: <6f2a1c9e04b7.3d81aa@hollisperformance.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
  headers=[("Thread-Topic", "Session notes - 3 December"), ("X-MS-Exchange-Organization-SCL", "-1")])

M("dan-accepted", "Daniel Nguyen", "email", "ignored", "no", "calendar",
  via="calendar", date="2026-12-05 07:31 +1100",
  subject="Accepted: Coaching - Dan / Mia @ Thu 10 Dec 2026 7am - 8am (AEDT) (mia@hollisperformance.example)",
  from_="Daniel Nguyen <dan@tesselate.example>", helo="mail-sor-f69.google.com",
  message_id="<calendar-7c1b6a0e-33de-4a51-9c0e-91f2d8a4b6c1@google.com>",
  headers=[("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Reply-To", "Daniel Nguyen <dan@tesselate.example>")],
  body="""Daniel Nguyen has accepted this invitation.

Coaching - Dan / Mia
Thursday 10 Dec 2026 ⋅ 7am – 8am (Australian Eastern Daylight Time - Sydney)

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.""",
  html_body="<html><body><p>Daniel Nguyen has accepted this invitation.</p><p><b>Coaching - Dan / Mia</b><br>"
            "Thursday 10 Dec 2026 &#8901; 7am &ndash; 8am (Australian Eastern Daylight Time - Sydney)</p></body></html>",
  ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261209T200000Z
DTEND:20261209T210000Z
DTSTAMP:20261204T203100Z
ORGANIZER;CN=Mia Hollis:mailto:mia@hollisperformance.example
UID:3hq0c7a1lmd2k9d0e5v8u1b6fo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Nguyen;X-NUM-GUESTS=0:mailto:dan@tesselate.example
CREATED:20261204T001500Z
LAST-MODIFIED:20261204T203100Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coaching - Dan / Mia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", ics_attach=True)

M("hannah-declined", "Hannah Whitlock", "email", "ignored", "no", "calendar",
  via="calendar", date="2026-12-06 12:40 +1100", subject="Declined: Return-to-court review",
  helo="mail-yw1-f170.google.com",
  body="""Hannah Whitlock has declined this invitation.

Return-to-court review
Wednesday 16 Dec 2026 ⋅ 4pm – 4:45pm (Australian Eastern Daylight Time - Sydney)

Invitation from Google Calendar""",
  ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261216T050000Z
DTEND:20261216T054500Z
DTSTAMP:20261206T014000Z
ORGANIZER;CN=Mia Hollis:mailto:mia@hollisperformance.example
UID:5r8kq1n2ob7c3e9f0h4j6l2m1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Hannah Whitlock:mailto:hannah.whitlock@gmail.example
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Return-to-court review
END:VEVENT
END:VCALENDAR""")

M("kiri-bounce", "Kiri Parata", "email", "ignored", "no", "bounce;former",
  via="bounce", date="2026-12-08 14:22 +1100", subject="Undelivered Mail Returned to Sender",
  from_="Mail Delivery System <MAILER-DAEMON@mx1.hollisperformance.example>", return_path="<>",
  helo="mx1.hollisperformance.example", headers=[("Auto-Submitted", "auto-replied")],
  body="""This is the mail system at host mx1.hollisperformance.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kiri.parata@aucklandathletics.example>: host
    mx.aucklandathletics.example[203.0.113.25] said: 550 5.1.1
    <kiri.parata@aucklandathletics.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)""",
  status="""Reporting-MTA: dns; mx1.hollisperformance.example
X-Postfix-Queue-ID: 4QxT2m1Hn9z9sWd
X-Postfix-Sender: rfc822; mia@hollisperformance.example
Arrival-Date: Tue,  8 Dec 2026 14:21:58 +1100 (AEDT)

Final-Recipient: rfc822; kiri.parata@aucklandathletics.example
Original-Recipient: rfc822;kiri.parata@aucklandathletics.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.aucklandathletics.example
Diagnostic-Code: smtp; 550 5.1.1 <kiri.parata@aucklandathletics.example>:
    Recipient address rejected: User unknown in virtual mailbox table""",
  original="""Return-Path: <mia@hollisperformance.example>
From: Mia Hollis <mia@hollisperformance.example>
To: Kiri Parata <kiri.parata@aucklandathletics.example>
Subject: Re: Kia ora from Auckland
Date: Tue, 8 Dec 2026 14:21:55 +1100
Message-ID: <9b41d7c2e0aa.55c1f0@hollisperformance.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8""")

M("matias-vacaciones", "Matías Rojas", "email", "ignored", "no", "autoreply;lang:es",
  via="plain", date="2026-12-11 10:02 -0300", subject="Respuesta automática: Factura noviembre",
  from_="Matías Rojas <matias.rojas@mineraandes.example>", charset="utf-8", return_path="<>",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Hola,

Estoy de vacaciones hasta el lunes 4 de enero, sin acceso regular al correo. Para temas urgentes de la Gerencia de Operaciones, escribir a Paula Fuentes (paula.fuentes@mineraandes.example).

Saludos,
Matías Rojas
Gerente de Operaciones | Minera Andes S.A.""")

M("camila-ferias", "Camila Duarte", "email", "ignored", "no", "autoreply;lang:pt",
  via="plain", date="2026-12-10 18:20 +1000", subject="Resposta automática: Re: Resumo da semana",
  charset="iso-8859-1", headers=[("X-Autoreply", "yes"), ("X-Mailer", "UOL Mail")],
  body="""Olá! Estou em viagem com a equipe até 14/12 e vou responder quando voltar.

Camila Duarte

(Esta é uma resposta automática.)""")

M("priya-ooo", "Priya Raman", "email", "ignored", "no", "autoreply",
  via="plain", date="2026-12-11 06:01 +1100", subject="Automatic reply: Session summary - 10 Dec",
  charset="us-ascii", return_path="<>", helo="SY5P282MB4421.AUSP282.PROD.OUTLOOK.COM",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "priya.raman@harbourbridge-capital.example"),
           ("Thread-Topic", "Session summary - 10 Dec")],
  body="""Thank you for your email. I am on leave from 11 December to 4 January with limited access to email.

For anything urgent please contact my EA, Helen Park, on (02) 5550 1234 or at helen.park@harbourbridge-capital.example. Need something actioned before the 4th? Helen can help.

Priya Raman | Chief Operating Officer
Harbourbridge Capital""")

# =====================================================================================
# Not from clients (tag empty)
# =====================================================================================

M("newsletter-recovery", "", "email", "", "no", "",
  via="html_alt", date="2026-12-01 05:00 +1100", subject="December: heat, hydration and the holiday slump",
  from_="The Recovery Lab <news@recoverylab-mail.example>", helo="mail177.suw11.mcsv.net",
  headers=[("List-Unsubscribe", "<https://recoverylab.us21.list-manage.example/unsubscribe?u=8f2&id=1c7>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("X-Mailer", "Mailchimp Mailer - **CIDd41e6a2b8f1c4d3e**")],
  body="""THE RECOVERY LAB - Issue 48

Is your athlete's summer slump really overtraining? Three questions to ask before you cut their load.

1. Are they sleeping less than 7 hours?
2. Has their resting heart rate crept up?
3. Are they dreading sessions they used to love?

Read the full article: https://recoverylab.example/summer-slump

Want more? Join our February workshop in Melbourne.

You're receiving this because you subscribed at recoverylab.example.
Unsubscribe | Update your preferences""",
  html_body="<html><body><h1>THE RECOVERY LAB</h1><p>Is your athlete's summer slump really overtraining? Three "
            "questions to ask before you cut their load.</p><ol><li>Are they sleeping less than 7 hours?</li><li>Has "
            "their resting heart rate crept up?</li><li>Are they dreading sessions they used to love?</li></ol><p>"
            "<a href='https://recoverylab.example/summer-slump'>Read the full article</a></p><p style='font-size:11px'>"
            "<a href='https://recoverylab.us21.list-manage.example/unsubscribe'>Unsubscribe</a></p></body></html>")

M("calendly-jack", "", "email", "", "no", "mentions_client",
  via="html_alt", date="2026-12-02 12:15 +1100",
  subject="New Event: Jack Thornton - 09:00am Fri, 11 Dec 2026 - 45 Minute Performance Session",
  from_="Calendly <notifications@calendly.com>", helo="o1.email.calendly.com",
  body="""Hi Mia Hollis,

A new event has been scheduled.

Event Type:
45 Minute Performance Session

Invitee:
Jack Thornton

Invitee Email:
jack.thornton@bigpond.example

Event Date/Time:
09:00am - Friday, 11 December 2026 (Australian Eastern Daylight Time)

Questions:
What would you like to focus on? - hamstring return to running

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly""",
  html_body="<html><body><p>Hi Mia Hollis,</p><p>A new event has been scheduled.</p><p><b>Invitee:</b> Jack "
            "Thornton</p><p><b>Event Date/Time:</b> 09:00am - Friday, 11 December 2026</p><p><b>What would you like "
            "to focus on?</b> hamstring return to running</p></body></html>")

M("prospect-swimmer", "", "email", "", "no", "",
  via="iphone", date="2026-12-03 20:45 +1100", subject="Coaching for my daughter?",
  from_="Ella Marsh <ella.marsh@bigpond.example>",
  body="""Hi Mia,

A friend from Coogee surf club gave me your name. My daughter is 15 and swims for the state squad, and we're looking for someone to help with her strength work and sleep (and honestly her nerves before races).

Do you work with teenagers? And what are your rates for a block of sessions?

Thanks,
Ella Marsh

Sent from my iPhone""")

M("physio-kate", "", "email", "", "no", "",
  via="outlook", date="2026-12-04 12:30 +1100", subject="Hannah Whitlock - return to court", charset="us-ascii",
  from_="Kate Lawson <kate@innerwestphysio.example>",
  body="""Hi Mia,

I saw Hannah Whitlock yesterday for her ankle review. She's progressing well and I'm comfortable with her moving to step 4 of the return-to-court plan from next week.

Could you send me a copy of her current S&C program so I can make sure our rehab loading lines up? Happy to chat by phone if easier.

Kind regards,
Kate Lawson
Sports Physiotherapist | Inner West Physio
Ph (02) 5550 3390""")

M("voicemail-unknown", "", "voicemail", "", "no", "voicemail;phone_service",
  via="gv_voicemail", date="2026-12-07 11:12 +1100", number="(02) 5550 4821", duration="0:34",
  body="""Hi, this is Steve from Eastern Suburbs Fitness, just following up about the room hire for your group sessions in January. Give me a call back on 02 5550 4821 when you get a chance. Thanks.""")

M("linkedin-priya", "", "email", "", "no", "mentions_client",
  via="html_alt", date="2026-12-08 09:10 +1100", subject="Priya Raman endorsed you for Performance Coaching",
  from_="LinkedIn <messages-noreply@linkedin.com>", helo="mailb-dc.linkedin.com",
  headers=[("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>"), ("Precedence", "bulk")],
  body="""Priya Raman endorsed you for Performance Coaching

Priya Raman
Chief Operating Officer at Harbourbridge Capital

Want to return the favour? Endorse Priya's skills: https://www.linkedin.com/in/me/

Unsubscribe | Help
This email was intended for Mia Hollis (Health & Performance Coach). Learn why we included this.
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085""",
  html_body="<html><body><p><b>Priya Raman</b> endorsed you for <b>Performance Coaching</b></p><p>Want to return "
            "the favour? <a href='https://www.linkedin.com/in/me/'>Endorse Priya's skills</a></p></body></html>")

M("strava-ben", "", "email", "", "no", "mentions_client",
  via="html_alt", date="2026-12-06 11:45 +1100", subject="Ben Kowalski gave you kudos!",
  from_="Strava <no-reply@strava.com>", helo="mta-out.strava.com",
  headers=[("List-Unsubscribe", "<https://www.strava.com/unsubscribe>"), ("Precedence", "bulk")],
  body="""Ben Kowalski gave you kudos on Saturday Morning Ride.

Keep it up! Give kudos back: https://www.strava.com/dashboard

To stop receiving these emails, update your notification settings.""",
  html_body="<html><body><p><b>Ben Kowalski</b> gave you kudos on <b>Saturday Morning Ride</b>.</p></body></html>")

M("xero-invoice", "", "email", "", "no", "",
  via="html_alt", date="2026-12-09 10:00 +1100", subject="Invoice INV-0417 from Coastline Bookkeeping for Hollis Performance",
  from_="Coastline Bookkeeping <messaging-service@post.xero.com>", helo="post.xero.com",
  headers=[("Reply-To", "accounts@coastlinebookkeeping.example")],
  attach=[("Invoice INV-0417.pdf", "application/pdf", PDF)],
  body="""Hi Mia,

Here's invoice INV-0417 for AUD 660.00 for November bookkeeping and BAS preparation.

The amount outstanding of AUD 660.00 is due on 23 Dec 2026.

View and pay your bill online: https://in.xero.com/abc123

If you have any questions, please let us know.

Thanks,
Coastline Bookkeeping""",
  html_body="<html><body><p>Hi Mia,</p><p>Here's invoice INV-0417 for AUD 660.00.</p><p>The amount outstanding "
            "of AUD 660.00 is due on 23 Dec 2026.</p><p><a href='https://in.xero.com/abc123'>View and pay</a></p>"
            "</body></html>")
