# The coach-b messages, each written by hand. label = (client key or None, kind, tag, urgent, traits)

COACH = {"name": "Claire Whitcombe", "email": "claire@whitcombe-coaching.example"}

CLIENTS = {
    "oliver": dict(name="Oliver Hughes", emails=["oliver.hughes@gmail.example"], phones=["+44 7700 900123"], country="GB"),
    "priya": dict(name="Priya Shah", emails=["priya.shah@hollins-marketing.example", "priyashah88@outlook.example"], phones=["+44 7700 900456"], country="GB"),
    "lucia": dict(name="Lucía Fernández", emails=["lucia.fernandez@correo.example"], phones=["+34 612 345 678"], country="ES"),
    "javier": dict(name="Javier Ortega", emails=["javier@ortega-arquitectes.example"], phones=["+34 655 210 987"], country="ES"),
    "amelie": dict(name="Amélie Durand", emails=["amelie.durand@orange.example"], phones=["+33 6 12 34 56 78"], country="FR"),
    "thomas": dict(name="Thomas Laurent", emails=["t.laurent@banque-rive.example"], phones=["+33 7 81 22 33 44"], country="FR"),
    "katrin": dict(name="Katrin Vogel", emails=["katrin.vogel@web.example", "k.vogel@alpentech.example"], phones=["+49 151 23456789"], country="DE"),
    "jonas": dict(name="Jonas Becker", emails=["jonas@kiezlabs.example"], phones=["+49 176 98765432", "+49 30 1234567"], country="DE"),
    "mariana": dict(name="Mariana Costa", emails=["mariana.costa@uol.example"], phones=["+55 11 98765-4321"], country="BR"),
    "rafael": dict(name="Rafael Almeida", emails=["rafael.almeida@gmail.example", "rafael@vetor.example"], phones=["+55 21 99876-5432"], country="BR"),
    "fiona": dict(name="Fiona MacLeod", emails=["fiona.macleod@btinternet.example"], phones=["+44 7700 900789", "+44 131 496 0321"], country="GB"),
    "daniel": dict(name="Daniel Okafor", emails=["daniel.okafor@nbt-nhs.example", "dan.okafor@gmail.example"], phones=["+44 7700 900234"], country="GB"),
    # former clients
    "marc": dict(name="Marc Dubois", emails=["marc.dubois@free.example"], phones=[], country="FR", status="former", ended="2026-06-30"),
    "isabel": dict(name="Isabel Ruiz", emails=["isabel.ruiz@telefonica.example"], phones=["+34 699 100 200"], country="ES", status="former", ended="2026-04-15"),
    "george": dict(name="George Pemberton", emails=["george@pemberton.example"], phones=[], country="GB", status="former", ended="2026-08-31"),
    # not clients (only used for time zones)
    "_gb": dict(name="", emails=[], phones=[], country="GB"),
}

NHS_FOOTER = """
Daniel Okafor
Operations Manager, Emergency Department
North Bristol NHS Trust (test)

**********************************************************************
Have you had your flu jab yet? Staff can book at any of the drop-in clinics listed on the intranet.
This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it. NHS email is not a secure
channel for patient-identifiable information.
**********************************************************************"""

BANQUE_FOOTER = """
Thomas Laurent
Directeur général adjoint – Banque de Financement
Banque Rive Gauche | 12 quai de la Tournelle, 75005 Paris
T +33 1 44 00 00 00 | M +33 7 81 22 33 44

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, pourriez-vous en avertir immédiatement l'émetteur et le détruire ? Toute utilisation non conforme est interdite. Banque Rive Gauche décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
This message and any attachments are confidential. If you are not the intended recipient, please notify the sender immediately and delete it."""

MESSAGES = [
    # ------------------------------------------------------------------ Oliver Hughes (London)
    dict(from_="oliver", prog="gmail", date="2026-11-09 08:12", subject="Re: Thursday",
         body="""Morning Claire,

Thursday 2pm works for me. See you then.

O""",
         quote=dict(date="2026-11-08 17:40", text="Hi Oliver,\n\nCould we do Thursday at 2pm this week instead of the usual 9am? I have a supervision session in the morning.\n\nBest,\nClaire"),
         label=("oliver", "email", "fyi", "no", "quoted")),
    dict(from_="oliver", prog="gmail", date="2026-11-11 22:40", subject="week so far",
         body="""Claire

Quick brain dump before I forget it all. Quarter end is absolutely killing me, I've been in the office till 9 three nights running and I'd kill for a weekend with no laptop in the house.

BUT. Did the thing with Sarah. Told her I won't be answering Slack after 7 unless something's actually on fire. She just said "fair enough". Six months of dreading that conversation and it took forty seconds. Weird, right?

Also the kids have started calling my phone "Daddy's other baby" which is a bit close to the bone.

More on Thursday.
Oliver""",
         label=("oliver", "email", "fyi", "no", "idiom;rhetorical")),
    dict(from_="oliver", service="gv_text", number="+44 7700 900123", date="2026-11-13 23:51",
         body="haha if i dont show up thurs its bc ive finally disappeared for good. honestly might be the best thing for everyone tbh",
         label=("oliver", "sms", "reply_needed", "yes", "distress;sms")),
    dict(from_="oliver", prog="gmail", date="2026-11-16 07:30", subject="360 stuff",
         body="""Hi Claire,

Should I bring the printouts of the 360 feedback on Thursday or do you have them? Actually never mind, I'll just bring them, easier than you digging them out.

Slept seven hours two nights in a row. Possibly a personal record since 2019.

Oliver""",
         label=("oliver", "email", "fyi", "no", "self_answered")),
    dict(from_="oliver", prog="gmail", date="2026-11-17 12:05", subject="Fwd: Leadership offsite – agenda and logistics",
         body="""This is the offsite I was moaning about. Look at the 7am "energiser". You'll enjoy that given what we talked about.

---------- Forwarded message ---------
From: People Team <people@harcourt-finance.example>
Date: Mon, 16 Nov 2026 at 16:22
Subject: Leadership offsite – agenda and logistics
To: Senior Leadership <slt@harcourt-finance.example>


Dear all,

Please find the agenda for the leadership offsite (3–4 December, Oxfordshire) below.

07:00 Energiser run (optional but encouraged!)
08:30 Breakfast
09:30 Strategy 2027: where do we want to be?
13:00 Lunch
14:00 Resilience workshop

Could everyone confirm dietary requirements and whether you need a room by Friday? Can you also let us know if you'd like to join the coach from the station?

Thanks,
The People Team""",
         label=("oliver", "email", "fyi", "no", "quoted")),
    dict(from_="oliver", service="rc_vm", number="+447700900123", date="2026-11-18 13:14", length="00:29",
         body="hi claire it's oliver um I was calling to see if we could do thursday a bit earlier but er actually scratch that sarah's moved her thing so the normal time's fine no need to call me back cheers bye",
         label=("oliver", "voicemail", "fyi", "no", "negated;voicemail")),
    dict(from_="oliver", prog="gmail", date="2026-11-20 19:22", subject="after today",
         body="""Hi Claire,

Thanks for today, and for the text on Saturday. I'm sorry about that message, it was a bad night and a bad joke. I'm OK. Genuinely. I've told Emma how the last few months have been and she's been brilliant about it.

Booked a week in Northumberland over Christmas, no laptop, Emma's hiding the charger.

One thing I keep going round in circles on: do you think it's worth telling the board about the burnout stuff before the offsite, or is that career suicide in a place like ours? I half want to and half think it'd follow me around forever.

Have a good weekend,
Oliver""",
         label=("oliver", "email", "reply_needed", "no", "idiom")),
    dict(from_="oliver", service="gv_text", number="+44 7700 900123", date="2026-11-19 13:52",
         body="running 10 late sorry!! central line is a disgrace",
         label=("oliver", "sms", "fyi", "no", "sms")),

    # ------------------------------------------------------------------ Priya Shah (Manchester)
    dict(from_="priya", prog="owa", date="2026-11-10 21:48", subject="Pitch went well!!",
         body="""Hi Claire,

Okay so I have to tell you – the Lowry pitch went SO well. They want a second meeting and Jake from their side literally said "you're the first agency that actually listened". I nearly cried in the lift. The slide we reworked on Thursday (the one with the three "whys") was the moment the room changed.

Other bits:
- Q4 numbers are up 12% on last year, which nobody expected including me
- Hired the new junior, starts in January
- I've actually been doing the 10-minute walk after lunch, 4 out of 5 days

Honestly the team runs fine without me these days, I could disappear tomorrow and nobody would notice, they'd probably all be better off lol. Anyway!! Not the point of this email.

Can't wait to debrief on Thursday, I'll bring the deck.

Priya x

Priya Shah
Head of Marketing | Hollins Marketing
0161 496 0777""",
         label=("priya", "email", "reply_needed", "yes", "distress")),
    dict(from_="priya", prog="owa", date="2026-11-12 08:03", subject="RE: Checking in",
         body="""Hi Claire,

Thank you for this, it meant a lot. I was going to ask if you could squeeze in a call before our session but I talked it all through with my sister last night and I'm honestly fine, so no need! See you Thursday.

P x""",
         quote=dict(date="2026-11-11 09:15", lang="owa", text="Hi Priya,\n\nCongratulations on the pitch – what a result. Something you wrote stayed with me, though, the line about disappearing and the team being better off without you. I'd like to hear more about how you're really doing. Would a short call before Thursday help? I can do tomorrow at 12 or 5.\n\nWarmly,\nClaire"),
         label=("priya", "email", "fyi", "no", "negated;quoted")),
    dict(from_="priya", service="teams_vm", number="+44 7700 900456", date="2026-11-14 10:41", length="00:00:37",
         body="hi claire it's priya um just wanted to say thank you for thursday it really helped er I've booked in with the GP like you suggested it's next wednesday so yeah that's that um okay have a nice weekend bye",
         label=("priya", "voicemail", "fyi", "no", "voicemail")),
    dict(from_="priya", prog="owa", date="2026-11-17 22:15", subject="why am I like this",
         body="""Hi Claire,

Why do I always say yes to everything? Who agrees to run the office Secret Santa AND the client Christmas drinks AND the charity quiz in the same fortnight? (Me. I do. Apparently.)

I noticed it happening this time though, which is new. I heard myself say "yes of course" and there was a little voice going "you absolutely do not want to do this". Progress of a sort.

Just venting, see you Thursday.
Priya""",
         label=("priya", "email", "fyi", "no", "rhetorical;self_answered")),
    dict(from_="priya", prog="android", addr="priyashah88@outlook.example", date="2026-11-19 08:47", subject="Zoom link",
         body="""Morning! Please send me the Zoom link for today, the one in the calendar invite says the meeting has expired. On the train so will join from my phone.

Get Outlook for Android""",
         label=("priya", "email", "reply_needed", "no", "")),
    dict(from_="priya", prog="owa", date="2026-11-21 11:30", subject="January",
         body="""Hi Claire,

Bit of an awkward one. Could we move to fortnightly sessions from January? Budget's going to be tight after Christmas with the car and everything, and I think I'm in a place where I can do a bit more on my own between sessions. If you think that's a bad idea, tell me!

Priya""",
         label=("priya", "email", "reply_needed", "no", "")),

    # ------------------------------------------------------------------ Lucía Fernández (Madrid)
    dict(from_="lucia", prog="iphone", date="2026-11-09 19:20", subject="Re: Sesión del martes",
         body="""Hola Claire!

El martes a las 3 me va perfecto. Un abrazo,
Lucía

Enviado desde mi iPhone""",
         quote=dict(date="2026-11-09 16:02", lang="es", text="Hola Lucía,\n\n¿Te va bien el martes a las 15:00 (hora de Madrid)?\n\nUn saludo,\nClaire"),
         label=("lucia", "email", "fyi", "no", "lang:es;quoted")),
    dict(from_="lucia", prog="gmail", date="2026-11-12 18:44", subject="¡Noticias!",
         body="""Hola Claire,

Tenía que contártelo: ayer mi jefa me preguntó si quería liderar el proyecto de reestructuración del área de personas. Me preguntó también si me veía capaz con todo lo que tengo encima, y le dije que sí, sin dudar ni un segundo. ¡Yo! La que hace tres meses no se atrevía a hablar en el comité.

Ya te cuento el martes con más calma. Estoy muy orgullosa (y un poco asustada, para qué mentir).

Besos,
Lucía""",
         label=("lucia", "email", "fyi", "no", "lang:es;reported")),
    dict(from_="lucia", prog="iphone", date="2026-11-15 02:13", subject="no puedo dormir",
         body="""Claire, perdona la hora.

Llevo semanas durmiendo fatal. Lo del proyecto es mucho, mi madre otra vez en el hospital, y Pablo ya casi ni me habla. A veces pienso que sería más fácil no despertarme por la mañana y ya está, que todo pare.

Bueno, no es para tanto, son rachas. Seguro que mañana lo veo de otra manera. No te preocupes.

L.

Enviado desde mi iPhone""",
         label=("lucia", "email", "reply_needed", "yes", "distress;lang:es")),
    dict(from_="lucia", prog="gmail", date="2026-11-18 10:05", subject="el ejercicio de valores",
         body="""Hola Claire,

Gracias por llamarme el domingo, de verdad. Estoy mejor, he pedido cita con mi médica para el jueves.

Una cosa: ¿me podrías mandar otra vez el ejercicio de valores que hicimos en septiembre, el de las tarjetas? Lo quiero usar con mi equipo (sin decir que es tuyo, jaja, o sí, como prefieras).

Un abrazo,
Lucía""",
         label=("lucia", "email", "reply_needed", "no", "lang:es")),
    dict(from_="lucia", service="ooma_vm", number="+34612345678", date="2026-11-19 17:32", length="0:31",
         body="hola claire soy lucía eh te llamo porque el martes al final no voy a poder que tengo el comité llámame cuando puedas y buscamos otro hueco vale un beso",
         label=("lucia", "voicemail", "reply_needed", "no", "lang:es;voicemail")),
    dict(from_="lucia", prog="gmail", date="2026-11-20 09:10", subject="Fwd: Invitación – Jornadas de Liderazgo Femenino 2027",
         body="""¡Mira lo que me ha llegado! Ya he dicho que sí. Hace un año me habría escondido debajo de la mesa.

---------- Forwarded message ---------
De: Organización Jornadas <info@jornadas-liderazgo.example>
Date: jue, 19 nov 2026 a las 17:03
Subject: Invitación – Jornadas de Liderazgo Femenino 2027
To: <lucia.fernandez@correo.example>


Estimada Lucía:

Nos complace invitarte a participar como ponente en las Jornadas de Liderazgo Femenino que se celebrarán en Madrid el 18 de marzo de 2027.

¿Te gustaría compartir tu experiencia en la transformación de equipos de RR. HH.? ¿Podrías confirmarnos tu disponibilidad antes del 4 de diciembre?

Un cordial saludo,
Equipo organizador""",
         label=("lucia", "email", "fyi", "no", "lang:es;quoted")),
    dict(from_="lucia", prog="iphone", date="2026-11-22 20:37", subject="Mi padre",
         body="""No hace falta que contestes, solo quería contarte que por fin hablé con mi padre. Le dije lo que ensayamos, casi palabra por palabra. No fue perfecto pero no gritamos ninguno de los dos, y al final me abrazó. Llevo toda la tarde con una sensación rara, como ligera.

Gracias por empujarme.

Enviado desde mi iPhone""",
         label=("lucia", "email", "fyi", "no", "lang:es")),

    # ------------------------------------------------------------------ Javier Ortega (Barcelona)
    dict(from_="javier", prog="apple", date="2026-11-10 23:05", subject="HEMOS GANADO",
         body="""Claire!!

Me muero de ganas de contártelo en la sesión pero no puedo esperar: hemos ganado el concurso de la biblioteca de Gràcia. Tres años presentándonos y por fin. Estoy muerto de cansancio, llevo dos noches sin dormir con las maquetas, pero feliz como un niño.

And yes, I delegated the renders to Marta like we said. She did them better than me, which is annoying and wonderful at the same time.

Una abraçada,
Javi

--
Javier Ortega
Ortega Arquitectes · Carrer de Verdi 14, 08012 Barcelona""",
         label=("javier", "email", "fyi", "no", "idiom;lang:es")),
    dict(from_="javier", prog="apple", date="2026-11-13 12:00", subject="Ortega Arquitectes se muda · Nos mudamos al Poblenou",
         to="undisclosed-recipients:;",
         body="""Queridos amigos, clientes y colaboradores:

Después de nueve años en Gràcia, Ortega Arquitectes se muda. A partir del 1 de diciembre nos encontraréis en nuestro nuevo estudio del Poblenou, en Carrer de Pujades 102.

¿Buscas un espacio que inspire? ¿Quieres ver cómo trabajamos por dentro? Os esperamos en la inauguración el jueves 10 de diciembre a partir de las 19:00, con vermut y música en directo.

Confirmad asistencia en estudi@ortega-arquitectes.example.

Gracias por acompañarnos todos estos años.

Javier Ortega y el equipo de Ortega Arquitectes""",
         label=("javier", "email", "fyi", "no", "announcement;lang:es")),
    dict(from_="javier", service="rc_sms", number="+34 655 21 09 87", date="2026-11-14 16:20",
         body="ya estoy en el aeropuerto. la sesion de hoy at 6 still ok? si no lo movemos al lunes",
         label=("javier", "sms", "reply_needed", "no", "lang:es;sms")),
    dict(from_="javier", prog="apple", date="2026-11-17 21:40", subject="Re: Notas de la sesión",
         body="""Buenas Claire,

So the week was intense. The client in Girona changed the brief for the third time and I did not explode, which is progress. Respiré, conté hasta diez, le dije que lo estudiaríamos. Marta me miró como si fuera otra persona.

Por cierto, una cosa que llevo días pensando: ¿crees que debería buscar un socio para el estudio o seguir yo solo un par de años más? Con la biblioteca ya no llego a todo y no sé si es miedo o sentido común lo que me frena.

Anyway, el finde fuimos a la Costa Brava con los niños y no abrí el portátil ni una vez. Ni una.

Javi""",
         quote=dict(date="2026-11-14 19:10", lang="es", text="Hola Javi,\n\nAquí tienes las notas de hoy. Los tres puntos que te llevas: pausa antes de responder, delegar los renders, y una tarde sin pantallas.\n\nClaire"),
         label=("javier", "email", "reply_needed", "no", "lang:es")),
    dict(from_="javier", prog="apple", date="2026-11-19 08:15", subject="delegar",
         body="""Claire,

¿Quién me iba a decir hace un año que estaría delegando la reunión con el ayuntamiento en Marta? Nadie. Ni yo. Y ha salido bien, mejor que si hubiera ido yo con mis nervios.

Solo quería que lo supieras.

Javi""",
         label=("javier", "email", "fyi", "no", "rhetorical;self_answered;lang:es")),
    dict(from_="javier", prog="iphone", date="2026-11-21 10:02", subject="jueves",
         body="""Hola Claire, ¿podemos pasar la sesión del jueves al viernes a las 10? Tengo obra en Sabadell el jueves todo el día. Si no te va, lo hacemos el jueves por la tarde desde el coche, sin problema.

Javi

Enviat des del meu iPhone""",
         label=("javier", "email", "reply_needed", "no", "lang:es")),

    # ------------------------------------------------------------------ Amélie Durand (Lyon)
    dict(from_="amelie", prog="thunderbird", charset="iso-8859-1", date="2026-11-10 20:30", subject="Une pensée avant jeudi",
         body="""Bonsoir Claire,

Je relisais mes notes de la dernière séance et une question me trotte dans la tête : est-ce que c'est normal d'avoir plus peur de réussir que d'échouer ? Ne me répondez pas, on en parlera jeudi, je voulais juste la noter quelque part avant de l'oublier.

Bonne soirée,
Amélie""",
         label=("amelie", "email", "fyi", "no", "waved_off;lang:fr")),
    dict(from_="amelie", service="vonage_vm", number="+33 6 12 34 56 78", date="2026-11-11 09:05", length="0:19",
         body="bonjour claire c'est amélie euh oui mardi à quinze heures ça me va très bien voilà à mardi au revoir",
         label=("amelie", "voicemail", "fyi", "no", "lang:fr;voicemail")),
    dict(from_="amelie", prog="thunderbird", charset="iso-8859-1", date="2026-11-12 17:55", subject="Un livre ?",
         body="""Bonjour Claire,

Je dois présenter mon projet de reconversion devant le conseil de l'école en janvier et rien que d'y penser j'ai les mains moites. Pourriez-vous me recommander un livre sur la prise de parole en public ? Quelque chose de concret, pas trop « développement personnel » si possible.

Merci d'avance,
Amélie""",
         label=("amelie", "email", "reply_needed", "no", "lang:fr")),
    dict(from_="amelie", prog="thunderbird", charset="iso-8859-1", date="2026-11-14 11:20", subject="Re: Le journal",
         body="""Bonjour Claire,

Oui, je l'ai fait tous les soirs sauf mercredi (conseil de classe jusqu'à 20h). Ce qui ressort : je note presque toujours les mêmes trois choses qui m'ont épuisée, et presque jamais ce qui m'a fait plaisir. Je vais essayer d'inverser la semaine prochaine.

Amélie""",
         quote=dict(date="2026-11-13 18:00", lang="fr", style="thunderbird", text="Bonjour Amélie,\n\nAvez-vous pu faire l'exercice du journal cette semaine ? Qu'est-ce qui en ressort ?\n\nBelle journée,\nClaire"),
         label=("amelie", "email", "fyi", "no", "quoted;lang:fr")),
    dict(from_="amelie", prog="thunderbird", charset="iso-8859-1", date="2026-11-18 23:40", subject="Merci",
         body="""Claire,

Je voulais vous écrire ce soir pendant que j'en ai le courage. Merci pour tout ce que vous avez fait pour moi cette année, vraiment. Vous avez été plus patiente avec moi que je ne l'ai jamais été moi-même.

J'ai donné mes plantes à ma voisine et mes livres à la bibliothèque de l'école, je n'en aurai plus besoin. J'ai rangé l'appartement. Tout est en ordre maintenant, c'est plus simple comme ça.

Prenez soin de vous.
Amélie""",
         label=("amelie", "email", "reply_needed", "yes", "distress;lang:fr")),
    dict(from_="amelie", prog="thunderbird", charset="iso-8859-1", date="2026-11-21 15:10", subject="Re: Merci",
         body="""Claire,

Merci d'avoir appelé jeudi, et d'avoir insisté. Ma soeur est là depuis vendredi. J'ai vu le médecin ce matin et j'ai un rendez-vous au CMP mardi. Ma voisine m'a rendu les plantes sans rien demander.

Je vous tiens au courant.
Amélie""",
         label=("amelie", "email", "fyi", "no", "lang:fr")),

    # ------------------------------------------------------------------ Thomas Laurent (Paris)
    dict(from_="thomas", prog="outlook", charset="windows-1252", content_language="fr-FR", date="2026-11-09 18:25", subject="Facture octobre",
         body="""Bonjour Claire,

Désolé pour le silence, ce dossier de fusion me tue, je suis crevé et je n'ai pas vu mes enfants éveillés depuis mardi. Bref, rien de nouveau sous le soleil.

Pourriez-vous m'envoyer la facture d'octobre au nom de la banque, s'il vous plaît ? Notre comptabilité la réclame avant le 15.

Bien à vous,
""" + BANQUE_FOOTER,
         label=("thomas", "email", "reply_needed", "no", "idiom;footer;lang:fr")),
    dict(from_="thomas", prog="outlook", charset="windows-1252", content_language="en-GB", date="2026-11-12 07:48", subject="Yesterday",
         body="""Claire,

Thank you for yesterday's session, very useful. I am testing the "two-minute rule" for the inbox this week. Day one: 43 emails dealt with before 9. Day two: we will see.

Best regards,
""" + BANQUE_FOOTER,
         label=("thomas", "email", "fyi", "no", "footer")),
    dict(from_="thomas", service="teams_vm", number="+33 7 81 22 33 44", date="2026-11-13 08:10", length="00:00:24",
         body="oui bonjour claire c'est thomas laurent je vous appelle de l'aéroport euh juste pour vous dire que jeudi c'est bon pour moi même heure pas besoin de me rappeler bonne journée",
         label=("thomas", "voicemail", "fyi", "no", "lang:fr;voicemail")),
    dict(from_="thomas", prog="outlook", charset="windows-1252", content_language="fr-FR", date="2026-11-16 19:02", subject="TR: Comité de pilotage – point d'étape",
         body="""Claire,

Pour info, voici le mail de mon PDG dont je vous parlais jeudi. Vous verrez le ton. Rien à faire de votre côté, c'est juste pour le contexte de notre prochaine séance.

T.

De : Philippe Marchand <p.marchand@banque-rive.example>
Envoyé : lundi 16 novembre 2026 17:41
À : Thomas Laurent <t.laurent@banque-rive.example>
Objet : Comité de pilotage – point d'étape

Thomas,

Pouvez-vous me confirmer d'ici vendredi que l'équipe est alignée sur le calendrier ? Et qui pilote réellement le volet IT ? J'ai eu trois réponses différentes cette semaine.

J'attends un point clair, pas un PowerPoint.

PM
""" + BANQUE_FOOTER,
         label=("thomas", "email", "fyi", "no", "quoted;footer;lang:fr")),
    dict(from_="thomas", prog="outlook", charset="windows-1252", content_language="fr-FR", date="2026-11-18 21:15", subject="Quelques nouvelles",
         body="""Bonsoir Claire,

Quelques nouvelles en vrac avant jeudi.

J'ai répondu à Philippe en trois lignes, sans me justifier. Il a répondu « OK ». Je crois que c'est la première fois.

Le week-end, j'ai emmené Louise au marché sans téléphone. Elle m'a demandé si j'étais malade.

D'ailleurs, est-ce que vous pensez que je devrais refuser la présidence du comité des risques qu'on me propose ? Sur le papier c'est une marque de confiance, mais c'est aussi deux soirées par mois. J'aimerais votre avis avant de répondre lundi.

Et j'ai recommencé la natation, deux fois cette semaine.

Bien à vous,
""" + BANQUE_FOOTER,
         label=("thomas", "email", "reply_needed", "no", "footer;lang:fr")),
    dict(from_="thomas", date="2026-11-20 16:02", raw="""From: Thomas Laurent <t.laurent@banque-rive.example>
To: Claire Whitcombe <claire@whitcombe-coaching.example>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Quelques_nouvelles?=
Date: Fri, 20 Nov 2026 16:02:11 +0100
Message-ID: <PR1P264MB3521A7D0E4C1F2AB89C3D5E0A4C2A@PR1P264MB3521.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <b3f1c2d4-0a11-4e2b-9c77-claire-reply@whitcombe-coaching.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: t.laurent@banque-rive.example
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en d=E9placement jusqu'au lundi 23 novembre inclus, avec un acc=E8s=
 limit=E9 =E0 mes messages. Pour toute urgence, merci de contacter mon ass=
istante, Nathalie Roux (n.roux@banque-rive.example, +33 1 44 00 00 01).

Cordialement,
Thomas Laurent

I am travelling until Monday 23 November with limited access to email. For=
 urgent matters please contact Nathalie Roux.
""",
         label=("thomas", "email", "ignored", "no", "lang:fr")),

    # ------------------------------------------------------------------ Katrin Vogel (Munich)
    dict(from_="katrin", prog="thunderbird", date="2026-11-10 07:20", subject="Re: Termin nächste Woche",
         body="""Hallo Claire,

Dienstag um 15 Uhr passt mir gut. Ich ruf dich über Zoom an wie immer.

Viele Grüße
Katrin""",
         quote=dict(date="2026-11-09 18:30", lang="de", style="thunderbird", text="Liebe Katrin,\n\nwürde dir nächste Woche Dienstag um 15 Uhr passen?\n\nHerzliche Grüße\nClaire"),
         label=("katrin", "email", "fyi", "no", "quoted;lang:de")),
    dict(from_="katrin", prog="gmail", date="2026-11-12 21:05", subject="Kurzes Update",
         body="""Hi Claire,

kurzes Update, weil ich versprochen hab, mich zu melden: Die Steuererklärung bringt mich noch um, ich sitz seit drei Abenden dran und bin todmüde. Aber: Ich war viermal morgens laufen! Um sechs! Wer hätte gedacht, dass ich sowas mal freiwillig mache?

Im Team läuft es besser, seit ich die Dailys auf 15 Minuten begrenzt habe. Stefan hat sich beschwert, der Rest hat applaudiert.

Bis Dienstag,
Katrin""",
         label=("katrin", "email", "fyi", "no", "idiom;rhetorical;lang:de")),
    dict(from_="katrin", service="rc_vm", number="+49 (151) 23456789", date="2026-11-15 23:10", length="01:12",
         body="hallo claire ich bin's katrin ähm sorry dass ich so spät anrufe ich weiß gar nicht genau warum ich anrufe ich hab einfach das gefühl ich komm da nicht mehr raus mit der arbeit mit markus mit allem es gibt irgendwie keinen ausweg mehr egal ähm ruf einfach an wenn du zeit hast oder auch nicht ist nicht so wichtig tschüss",
         label=("katrin", "voicemail", "reply_needed", "yes", "distress;lang:de;voicemail")),
    dict(from_="katrin", prog="thunderbird", date="2026-11-17 12:40", subject="Rechnung",
         body="""Hallo Claire,

vergiss bitte meine Frage von gestern wegen der Rechnung, ich hab sie gefunden, sie war im Spam-Ordner gelandet. Ist schon bezahlt.

Und danke nochmal für Montag. Es hat gutgetan, zu reden.

Katrin""",
         label=("katrin", "email", "fyi", "no", "negated;lang:de")),
    dict(from_="katrin", date="2026-11-19 08:00", raw="""From: Katrin Vogel <k.vogel@alpentech.example>
To: Claire Whitcombe <claire@whitcombe-coaching.example>
Subject: Automatische Antwort: Termin Dienstag
Date: Thu, 19 Nov 2026 08:00:42 +0100
Message-ID: <FR3P281MB15C8D2F4E3A9B01C7E6A1F2D9B3C@FR3P281MB15C8.DEUP281.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_FR3P281MB15C8D2F4E3A9B01C7E6A1F2D9B3C_"

--_000_FR3P281MB15C8D2F4E3A9B01C7E6A1F2D9B3C_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VmllbGVuIERhbmsgZsO8ciBJaHJlIE5hY2hyaWNodC4NCg0KSWNoIGJpbiBiaXMgZWluc2NobGll
w59saWNoIDI3LjExLiBuaWNodCBpbSBCw7xybyB1bmQgaGFiZSBrZWluZW4gWnVncmlmZiBhdWYg
bWVpbmUgRS1NYWlscy4gSWhyZSBOYWNocmljaHQgd2lyZCBuaWNodCB3ZWl0ZXJnZWxlaXRldC4g
SW4gZHJpbmdlbmRlbiBGw6RsbGVuIHdlbmRlbiBTaWUgc2ljaCBiaXR0ZSBhbiB0ZWFtLWZpcm13
YXJlQGFscGVudGVjaC5leGFtcGxlLg0KDQpNaXQgZnJldW5kbGljaGVuIEdyw7zDn2VuDQpLYXRy
aW4gVm9nZWwNCg==

--_000_FR3P281MB15C8D2F4E3A9B01C7E6A1F2D9B3C_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHA+VmllbGVuIERhbmsgZsO8ciBJaHJlIE5hY2hyaWNodC48L3A+PHA+SWNo
IGJpbiBiaXMgZWluc2NobGllw59saWNoIDI3LjExLiBuaWNodCBpbSBCw7xybyB1bmQgaGFiZSBr
ZWluZW4gWnVncmlmZiBhdWYgbWVpbmUgRS1NYWlscy48L3A+PHA+TWl0IGZyZXVuZGxpY2hlbiBH
csO8w59lbjxicj5LYXRyaW4gVm9nZWw8L3A+PC9ib2R5PjwvaHRtbD4=

--_000_FR3P281MB15C8D2F4E3A9B01C7E6A1F2D9B3C_--
""",
         label=("katrin", "email", "ignored", "no", "lang:de")),
    dict(from_="katrin", prog="gmail", date="2026-11-20 17:30", subject="Energie-Tagebuch",
         body="""Hallo Claire,

schick mir bitte die Übung mit dem Energie-Tagebuch nochmal, ich find sie nirgends und will sie nächste Woche bei meiner Schwester in Ruhe machen. Die Abwesenheitsnotiz auf der Arbeitsadresse kannst du ignorieren, ich hab mir eine Woche freigenommen. Auf Anraten meiner Ärztin übrigens.

Danke dir!
Katrin""",
         label=("katrin", "email", "reply_needed", "no", "lang:de")),
    dict(from_="katrin", prog="gmail", date="2026-11-22 10:45", subject="Re: Wie geht's dir?",
         quote=dict(date="2026-11-21 18:00", lang="de", text="Liebe Katrin,\n\nich denke an dich. Wie geht es dir heute?\n\nHerzlich\nClaire"),
         body="""Liebe Claire,

ich bin jetzt seit Freitag bei meiner Schwester in Augsburg. Wir gehen viel spazieren, ich schlafe wieder mehr als fünf Stunden, und Markus und ich haben am Telefon das erste Mal seit Wochen normal geredet. Es geht besser. Nicht gut, aber besser.

Keine Antwort nötig, ich wollte nur, dass du Bescheid weißt.

Katrin""",
         label=("katrin", "email", "fyi", "no", "quoted;lang:de")),

    # ------------------------------------------------------------------ Jonas Becker (Berlin)
    dict(from_="jonas", prog="gmail", date="2026-11-09 13:33", subject="Offsite",
         body="""Hey Claire,

can you coach my whole team for free? ha, kidding, the budget conversation is for January and I know your rates.

Just wanted to say the offsite in Brandenburg went well. We did the "start / stop / continue" thing you showed me and nobody threw anything. Lena said it was the first offsite where she didn't feel talked at.

Talk Thursday,
Jonas

--
Jonas Becker · Co-founder & CEO, Kiez Labs
kiezlabs.example""",
         label=("jonas", "email", "fyi", "no", "retracted")),
    dict(from_="jonas", prog="gmail", date="2026-11-11 10:00", subject="Kiez Labs is live 🚀",
         to="Friends of Kiez Labs <friends@kiezlabs.example>",
         body="""Hi everyone,

After 14 months of building, Kiez Labs is officially live!

Ready to ship faster without burning out your team? Tired of standups that could have been a message? Kiez Labs turns your team's scattered updates into one calm weekly summary.

👉 Try it free for 30 days: https://kiezlabs.example/start

Thank you for the support, the intros and the patience. Please share this with anyone who might find it useful.

Jonas, Lena & the Kiez Labs team

You're receiving this because you're on our friends & supporters list. Don't want these emails? Unsubscribe: https://kiezlabs.example/unsubscribe""",
         label=("jonas", "email", "fyi", "no", "announcement;footer")),
    dict(from_="jonas", prog="gmail", date="2026-11-16 01:25", subject="ehrlich gesagt", cte="base64",
         body="""Claire,

Launch week was a blur. Numbers are fine, investors happy, Lena happy, everyone happy, yay.

Ich muss dir was sagen, bevor Donnerstag, sonst sag ich's nie. Die alte Gewohnheit ist wieder da, you know which one, from when I was at uni. Nur zweimal, und es ist "unter Kontrolle", was auch immer das heißt. Long sleeves in November are very convenient haha.

Please don't make it a big thing on Thursday, I just didn't want to be lying to you.

J""",
         label=("jonas", "email", "reply_needed", "yes", "distress;lang:de")),
    dict(from_="jonas", service="gv_text", number="+49 176 9876 5432", date="2026-11-18 09:14",
         body="danke für den call gestern. termin beim hausarzt ist freitag 9 uhr. alles ok ish",
         label=("jonas", "sms", "fyi", "no", "lang:de;sms")),
    dict(from_="jonas", date="2026-11-17 15:12", raw="""From: Jonas Becker <jonas@kiezlabs.example>
Sender: Lena Hoffmann <lena@kiezlabs.example>
To: Claire Whitcombe <claire@whitcombe-coaching.example>
Subject: Accepted: Coaching Jonas / Claire @ Thu 19 Nov 2026 10:00 - 11:00 (CET)
Date: Tue, 17 Nov 2026 15:12:07 +0100
Message-ID: <calendar-7d1c40e2-91b3-4f3a-a6c1-2b8f0e5d9a44@google.com>
Reply-To: Jonas Becker <jonas@kiezlabs.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000c4e2a10621f0a7b1"

--000000000000c4e2a10621f0a7b1
Content-Type: multipart/alternative; boundary="000000000000c4e2a00621f0a7af"

--000000000000c4e2a00621f0a7af
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: 7bit

Jonas Becker has accepted this invitation.

Coaching Jonas / Claire
Thursday 19 Nov 2026 10:00 - 11:00 (Central European Time - Berlin)

Joining info: Join with Zoom
https://zoom.example/j/84512239011

Invitation from Google Calendar

You are receiving this email because Lena Hoffmann (lena@kiezlabs.example)
responded on behalf of Jonas Becker.

--000000000000c4e2a00621f0a7af
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261119T090000Z
DTEND:20261119T100000Z
DTSTAMP:20261117T141207Z
ORGANIZER;CN=Claire Whitcombe:mailto:claire@whitcombe-coaching.example
UID:5f0c2b1e9a7d@whitcombe-coaching.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas
 Becker;X-NUM-GUESTS=0:mailto:jonas@kiezlabs.example
SUMMARY:Coaching Jonas / Claire
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR

--000000000000c4e2a00621f0a7af--

--000000000000c4e2a10621f0a7b1
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpNRVRIT0Q6UkVQTFkNCkVORDpWQ0FMRU5EQVINCg==
--000000000000c4e2a10621f0a7b1--
""",
         label=("jonas", "email", "ignored", "no", "")),
    dict(from_="jonas", prog="gmail", date="2026-11-21 18:50", subject="long one, sorry", cte="base64",
         body="""Hi Claire,

Long one, sorry. No need to reply to most of this, I'm mostly thinking out loud.

Saw the GP yesterday. She was kind and practical and I have a referral to someone who does DBT in Kreuzberg. First appointment 3 Dec. I told Lena, which was harder than telling the GP. She just hugged me and then asked if I wanted coffee, which was exactly right.

Work: the churn numbers from the first cohort are better than our model, and I've stopped checking the dashboard at 2am (mostly). I'm still not sure whether to hire a COO in Q1 or wait until the seed extension closes. Part of me thinks hiring someone is admitting I can't do it. I know what you'll say about that.

One thing I do need: can you send me November's invoice with our VAT ID on it (DE 314 159 265)? Our accountant is chasing me and apparently the one without it doesn't count.

Danke für alles,
Jonas""",
         label=("jonas", "email", "reply_needed", "no", "partial_no_reply")),

    # ------------------------------------------------------------------ Mariana Costa (São Paulo)
    dict(from_="mariana", prog="gmail", date="2026-11-09 10:15", subject="Saudades!", cte="base64",
         body="""Oi Claire!

Tô morrendo de saudade das nossas sessões presenciais em Londres, o Zoom não é a mesma coisa (mas vale, vale muito). Essa semana foi puxada, tô morta de cansaço, mas fechei o roadmap do Q1 sem virar a noite, o que pra mim é quase um milagre.

Ah, e falei não pro meu diretor pela primeira vez. Educadamente, mas falei!

Beijos,
Mari""",
         label=("mariana", "email", "fyi", "no", "idiom;lang:pt")),
    dict(from_="mariana", service="gv_text", number="+55 11 98765-4321", date="2026-11-12 01:40",
         body="oi claire desculpa sumir essa semana. to cansada de ser um peso pra todo mundo, pro time, pro gui, pra minha mae. mas relaxa ta tudo bem kkkk so precisava falar pra alguem",
         label=("mariana", "sms", "reply_needed", "yes", "distress;lang:pt;sms")),
    dict(from_="mariana", service="vonage_vm", number="+55 11 98765-4321", date="2026-11-13 19:22", length="0:46",
         body="oi claire é a mariana tudo bem desculpa pela mensagem de ontem à noite eu tava num dia bem ruim mas assim se você puder me ligar amanhã de manhã eu queria muito conversar tá bom obrigada beijo",
         label=("mariana", "voicemail", "reply_needed", "no", "lang:pt;voicemail")),
    dict(from_="mariana", date="2026-11-16 14:02", raw="""From: Mariana Costa <mariana.costa@uol.example>
To: claire@whitcombe-coaching.example
Subject: =?UTF-8?Q?Convite_aceito=3A_Sess=C3=A3o_de_coaching_=E2=80=93_Mariana_=40_ter?=
 =?UTF-8?Q?=2E_17_de_nov_de_2026_12=3A00_=E2=80=93_13=3A00_=28BRT=29?=
Date: Mon, 16 Nov 2026 14:02:55 -0300
Message-ID: <calendar-a93e5b71-2c04-4d8e-b6f1-0e7d3c2a5b18@google.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000007a1f3e0621f1b2c4"

--0000000000007a1f3e0621f1b2c4
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: quoted-printable

Mariana Costa aceitou este convite.

Sess=C3=A3o de coaching =E2=80=93 Mariana
ter=C3=A7a-feira, 17 de novembro de 2026 12:00 =E2=80=93 13:00 (Hor=C3=A1rio=
 Padr=C3=A3o de Bras=C3=ADlia)

Convite do Google Agenda

Voc=C3=AA est=C3=A1 recebendo este e-mail porque =C3=A9 o organizador do eve=
nto.

--0000000000007a1f3e0621f1b2c4
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261117T150000Z
DTEND:20261117T160000Z
DTSTAMP:20261116T170255Z
ORGANIZER;CN=Claire Whitcombe:mailto:claire@whitcombe-coaching.example
UID:8b2d7f4c1e3a@whitcombe-coaching.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mariana
 Costa:mailto:mariana.costa@uol.example
SUMMARY:Sessao de coaching - Mariana
END:VEVENT
END:VCALENDAR

--0000000000007a1f3e0621f1b2c4--
""",
         label=("mariana", "email", "ignored", "no", "lang:pt")),
    dict(from_="mariana", prog="gmail", date="2026-11-15 11:30", subject="Re: terça",
         body="""Oi Claire,

Terça às 15h (horário de Londres) está ótimo pra mim. E obrigada pela ligação de ontem, de verdade. Conversei com o Gui à noite e marquei uma consulta com a psicóloga que a empresa oferece.

Bjs, Mari""",
         quote=dict(date="2026-11-14 16:45", lang="pt", text="Oi Mari,\n\nFoi bom falar com você hoje. Vamos marcar a próxima sessão para terça às 15h (Londres), 12h para você?\n\nUm abraço,\nClaire"),
         label=("mariana", "email", "fyi", "no", "quoted;lang:pt")),
    dict(from_="mariana", prog="iphone", date="2026-11-20 22:10", subject="escrevi no avião",
         body="""Claire, escrevi isso no voo pra Recife. Não precisa comentar, só queria dividir.

Quem eu seria
se não pedisse licença
pra ocupar o meu lugar?

Quanto pesa uma palavra
engolida vinte anos?

A janela não responde.
Lá embaixo, o mar
faz o que sempre fez:
chega, e volta, e chega.

Mari

Enviado do meu iPhone""",
         label=("mariana", "email", "fyi", "no", "poem;lang:pt")),
    dict(from_="mariana", prog="gmail", date="2026-11-22 15:20", subject="artigo",
         body="""Oi Claire, tudo bem?

Você pode me mandar aquele artigo sobre síndrome do impostor que você mencionou na terça? Aquele da Harvard Business Review, acho. Quero mandar pra uma colega do time que está passando pela mesma coisa.

Obrigada!
Mari""",
         label=("mariana", "email", "reply_needed", "no", "lang:pt")),

    # ------------------------------------------------------------------ Rafael Almeida (Rio)
    dict(from_="rafael", prog="gmail", date="2026-11-10 20:05", subject="Atualização + uma coisa",
         body="""Oi Claire,

Não precisa responder a maior parte disso, é mais pra registrar. A semana foi boa: terminei a migração do sistema de pagamentos, o time não precisou ficar no fim de semana, e consegui ir na academia três vezes. Minha irmã veio de São Paulo e a gente foi na praia domingo, coisa que eu não fazia há meses.

Mas uma coisa: você poderia me mandar a fatura de novembro em nome da empresa (Vetor Tecnologia Ltda.)? O RH vai reembolsar se eu mandar até dia 20.

Abraço,
Rafael""",
         label=("rafael", "email", "reply_needed", "no", "partial_no_reply;lang:pt")),
    dict(from_="rafael", service="gv_vm", number="+55 (21) 99876-5432", date="2026-11-14 23:48",
         body="oi claire é o rafael desculpa ligar essa hora eu sei que aí já é de madrugada eu só queria dizer obrigado por tudo sabe você me ajudou muito esse ano eu já falei tchau pro meu irmão hoje também eu não vejo mais muito motivo pra nada então é isso tá bom tchau",
         label=("rafael", "voicemail", "reply_needed", "yes", "distress;lang:pt;voicemail")),
    dict(from_="rafael", service="vonage_sms", number="+55 21 99876-5432", date="2026-11-16 12:30",
         body="oi claire valeu pela ligacao de ontem e por ter ligado pro meu irmao. to na casa da minha mae. to melhor",
         label=("rafael", "sms", "fyi", "no", "lang:pt;sms")),
    dict(from_="rafael", date="2026-11-17 10:31", raw="""Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: claire@whitcombe-coaching.example
Subject: Delivery Status Notification (Failure)
Date: Tue, 17 Nov 2026 10:31:19 -0800
Message-ID: <6737b2f7.5d0a0220.3e9a1.abcd.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000091c0d60621f2aa01"

--00000000000091c0d60621f2aa01
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to rafael@vetor.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.

--00000000000091c0d60621f2aa01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Nov 2026 10:31:17 -0800 (PST)

Final-Recipient: rfc822; rafael@vetor.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.vetor.example. (198.51.100.25, the server for the domain vetor.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 17 Nov 2026 10:31:19 -0800 (PST)

--00000000000091c0d60621f2aa01
Content-Type: text/rfc822-headers

From: Claire Whitcombe <claire@whitcombe-coaching.example>
To: Rafael Almeida <rafael@vetor.example>
Subject: Fatura de novembro
Date: Tue, 17 Nov 2026 18:31:10 +0000
Message-ID: <e41f0c92-7a3b-4c8d-9e21-claire-invoice@whitcombe-coaching.example>

--00000000000091c0d60621f2aa01--
""",
         label=("rafael", "email", "ignored", "no", "")),
    dict(from_="rafael", prog="gmail", date="2026-11-19 21:15", subject="apresentação", cte="base64",
         body="""Oi Claire,

Hoje apresentei o projeto pro board e no meio eu esqueci completamente o nome do nosso maior cliente. Quase morri de vergonha, fiquei uns cinco segundos em silêncio que pareceram uma hora. Mas depois segui e no fim o CFO veio falar que gostou.

Você acha que eu devia pedir feedback direto pro diretor sobre isso, ou é melhor deixar quieto? Não sei se é humildade ou se é chamar atenção pro erro.

PS: meu email da empresa mudou, agora só uso esse aqui.

Abraço,
Rafael""",
         label=("rafael", "email", "reply_needed", "no", "idiom;lang:pt")),
    dict(from_="rafael", prog="android", date="2026-11-22 09:40", subject="sprint review",
         body="""Claire, bom dia! Quick one: the sprint review went great, o time apresentou sozinho e eu só fiz a introdução. First time I didn't rewrite everyone's slides the night before. Também comecei com a psicóloga na quinta, gostei dela.

Rafael

Enviado do meu Galaxy""",
         label=("rafael", "email", "fyi", "no", "lang:pt")),

    # ------------------------------------------------------------------ Fiona MacLeod (Edinburgh)
    dict(from_="fiona", prog="apple", date="2026-11-09 20:40", subject="worth the money",
         body="""Claire,

My mum asked me on Sunday whether coaching was "worth the money, really". I said ask me in March. Then she asked whether you were "one of those Americans", and I said no, you're from Kent, which she seemed to feel was worse.

Anyway. Good week. The trustees' away day went fine and I only apologised twice.

F""",
         label=("fiona", "email", "fyi", "no", "reported")),
    dict(from_="fiona", prog="apple", date="2026-11-12 22:30", subject="a wee poem",
         body="""Claire, you said write it down, so I did. Don't laugh.

Inventory

What do you do with a Tuesday
that wants to be a Friday?
Where do the small yeses go
when they've piled up to the ceiling?

I ask the kettle. It boils.
I ask the cat. She leaves.
The answer, it turns out,
is mostly: sit down.

Fiona""",
         label=("fiona", "email", "fyi", "no", "poem")),
    dict(from_="fiona", service="rc_sms", number="07700 900789", date="2026-11-13 18:05",
         body="board ran 3 hrs. dead on my feet. over my dead body am i agreeing to friday board meetings next year",
         label=("fiona", "sms", "fyi", "no", "idiom;sms")),
    dict(from_="fiona", prog="apple", date="2026-11-15 21:10", subject="getting it out of my head",
         body="""No need to reply to this, I just want it out of my head before the week starts.

Things I'm proud of: said no to the Glasgow conference; walked to work three days; didn't read emails in bed.
Things I'm not: shouted at Ewan over the dishwasher; ate a family bag of crisps standing at the fridge on Thursday.

Next week: dentist, funding bid, mum's birthday. Breathe.

F""",
         label=("fiona", "email", "fyi", "no", "")),
    dict(from_="fiona", prog="apple", date="2026-11-18 23:55", subject="Thursday",
         body="""Claire,

I don't really know how to write this so I'll just write it. The funding bid fell through, which means redundancies in January and I'm the one who has to do them. Ewan's been sleeping in the spare room. Mum's getting worse.

I'm not being dramatic. I just can't see a way out of any of it. It's like being in a room where someone's quietly taken all the doors away, and I keep walking round the walls.

See you Thursday. Or I'll try.

F""",
         label=("fiona", "email", "reply_needed", "yes", "distress")),
    dict(from_="fiona", prog="apple", date="2026-11-21 14:15", subject="view from the top",
         attach=[("IMG_4471.jpeg", "image/jpeg")],
         body="""Claire,

Thank you for Thursday, and for staying on the phone after. I've spoken to the GP and the EAP line, and Ewan and I are seeing someone together on the 2nd.

Photo attached: I made it up Arthur's Seat this morning, first time in a year. Which gave me an idea. Would you be up for a walking session next time? On the phone while I walk, I mean, unless you fancy coming to Edinburgh in December (I do not recommend it).

Fiona""",
         label=("fiona", "email", "reply_needed", "no", "")),

    # ------------------------------------------------------------------ Daniel Okafor (Bristol)
    dict(from_="daniel", prog="outlook", charset="windows-1252", date="2026-11-10 16:20", subject="Tuesday",
         body="""Hi Claire,

Thanks for Tuesday. I've done the five-minute plan every morning since, on the bus in. It's the first thing that's stuck in months.

Dan
""" + NHS_FOOTER,
         label=("daniel", "email", "fyi", "no", "footer")),
    dict(from_="daniel", prog="outlook", charset="windows-1252", date="2026-11-11 12:45", subject="RE: Next session",
         body="""Yes, Thursday 8am works – I'll call from the car park before my shift.

Dan
""" + NHS_FOOTER,
         quote=dict(date="2026-11-11 09:00", lang="en", text="Hi Daniel,\n\nWould Thursday at 8am work for our next session, or is that too close to your shift?\n\nBest,\nClaire"),
         label=("daniel", "email", "fyi", "no", "quoted;footer")),
    dict(from_="daniel", date="2026-11-12 07:58", raw="""From: Daniel Okafor <daniel.okafor@nbt-nhs.example>
To: Claire Whitcombe <claire@whitcombe-coaching.example>
Subject: Read: Session notes and the "stop doing" list
Date: Thu, 12 Nov 2026 07:58:31 +0000
Message-ID: <LO2P265MB4821D3A0F7B5C9E1A2D4F6B8C0E@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_7A3F1C2E-0D4B-4E8A-9B61-5C2D7E9F0A13_"
X-MS-Exchange-Organization-SCL: -1
Content-Language: en-GB

--_7A3F1C2E-0D4B-4E8A-9B61-5C2D7E9F0A13_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

To: Daniel Okafor
Subject: Session notes and the "stop doing" list
Sent: Wednesday, November 11, 2026 6:02:17 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Thursday, November 12, 2026 7:58:29 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

--_7A3F1C2E-0D4B-4E8A-9B61-5C2D7E9F0A13_
Content-Type: message/disposition-notification

Reporting-UA: LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;daniel.okafor@nbt-nhs.example
Original-Message-ID: <a8c4e2f0-3b19-47d6-8e5a-claire-notes@whitcombe-coaching.example>
Disposition: manual-action/MDN-sent-manually; displayed

--_7A3F1C2E-0D4B-4E8A-9B61-5C2D7E9F0A13_--
""",
         label=("daniel", "email", "ignored", "no", "")),
    dict(from_="daniel", prog="outlook", charset="windows-1252", date="2026-11-14 19:40", subject="Rota",
         body="""Claire,

The winter rota is murder. Three of my band 7s off sick and I'd die for a lie-in that isn't followed by a 6am call. That said, I kept my Friday lunch clear for the first time since August and ate it outside, in the rain, like a lunatic. Felt great.

Dan
""" + NHS_FOOTER,
         label=("daniel", "email", "fyi", "no", "idiom;footer")),
    dict(from_="daniel", prog="outlook", charset="windows-1252", date="2026-11-17 11:05", subject="Invoice",
         body="""Hi Claire,

Please could you resend the October invoice to my personal address (dan.okafor@gmail.example) rather than this one. Finance here have started opening anything with "invoice" in the subject line.

Thanks,
Dan
""" + NHS_FOOTER,
         label=("daniel", "email", "reply_needed", "no", "footer")),
    dict(from_="daniel", prog="gmail", addr="dan.okafor@gmail.example", date="2026-11-19 22:50", subject="not work stuff",
         body="""Claire,

Writing from my personal one, sorry, I'd rather this wasn't on the work system.

I've been staying late at the hospital more than I need to. It's easier than going home, if I'm honest. Mark has been, I don't know how to put it. I watch what I say. I check what mood he's in from the car before I go in. Last week he took my phone and read everything, and then he was lovely for two days, which is almost worse.

I'm sure it's nothing, every couple has rough patches, and it's not like he's ever really hurt me. I just needed to say it to someone who isn't in it.

Please don't reply to this address after 6, he reads things on the iPad.

D""",
         label=("daniel", "email", "reply_needed", "yes", "distress")),
    dict(from_="daniel", service="vonage_sms", number="+44 7700 900234", date="2026-11-20 20:12",
         body="at work till 9 again easier than going home tbh. dont text back tonight he checks my phone. ill ring you tmrw from the car",
         label=("daniel", "sms", "reply_needed", "yes", "distress;negated;sms")),

    # ------------------------------------------------------------------ added in a second pass
    dict(from_="javier", prog="iphone", date="2026-11-11 09:30", subject="Re: Factura noviembre",
         body="""Recibida, gracias! ¿Me haces descuento por haber ganado el concurso? Jaja, es broma, ya está pagada.

Javi

Enviat des del meu iPhone""",
         quote=dict(date="2026-11-11 08:15", lang="es", text="Hola Javi,\n\nTe adjunto la factura de noviembre.\n\nUn abrazo,\nClaire"),
         label=("javier", "email", "fyi", "no", "retracted;quoted;lang:es")),
    dict(from_="fiona", service="grasshopper_vm", number="0131 496 0321", date="2026-11-20 08:40", length="1:47",
         body="(Transcription not available for this message)",
         label=("fiona", "voicemail", "reply_needed", "no", "voicemail")),
    dict(from_="priya", prog="android", addr="priyashah88@outlook.example", date="2026-11-13 19:05", subject="random thought",
         body="""Is it mad that I actually miss the chaos of the old job sometimes? Don't answer that, I know exactly what you'll say and you'd be right.

Off to yoga. Actual yoga! Who am I.

Get Outlook for Android""",
         label=("priya", "email", "fyi", "no", "waved_off;rhetorical")),
    dict(from_="katrin", prog="outlook", addr="k.vogel@alpentech.example", content_language="de-DE", charset="windows-1252", date="2026-11-11 13:25", subject="AW: Unterlagen für Dienstag",
         body="""Hallo Claire,

danke, ist alles angekommen. Ich schau mir das Werte-Arbeitsblatt am Wochenende in Ruhe an.

Viele Grüße
Katrin

Katrin Vogel
Teamleitung Firmware | AlpenTech GmbH
Leopoldstraße 180, 80804 München
AlpenTech GmbH · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführer: Dr. Anton Weiß""",
         quote=dict(date="2026-11-11 10:02", lang="de", text="Liebe Katrin,\n\nanbei die Unterlagen für Dienstag: das Werte-Arbeitsblatt und die Notizen von letzter Woche. Gibst du mir kurz Bescheid, ob alles angekommen ist?\n\nHerzliche Grüße\nClaire"),
         label=("katrin", "email", "fyi", "no", "quoted;lang:de")),
    dict(from_="thomas", prog="outlook", charset="windows-1252", content_language="fr-FR", date="2026-11-10 12:30", subject="RE: Facture octobre",
         attach=[("BonDeCommande_2027_signe.pdf", "application/pdf")],
         body="""Bien reçu, merci. Vous trouverez ci-joint le bon de commande signé pour le premier trimestre 2027.

T.
""" + BANQUE_FOOTER,
         quote=dict(date="2026-11-10 09:40", lang="fr", text="Bonjour Thomas,\n\nVoici la facture d'octobre. Pourriez-vous également me renvoyer le bon de commande signé pour 2027 ?\n\nBien cordialement,\nClaire"),
         label=("thomas", "email", "fyi", "no", "quoted;footer;lang:fr")),
    dict(from_="amelie", prog="android", date="2026-11-09 12:10", subject="Re: Lien Zoom pour jeudi",
         body="""Merci Claire, c'est noté. À jeudi !

Amélie""",
         quote=dict(date="2026-11-09 10:30", lang="fr", style="gmail", text="Bonjour Amélie,\n\nVoici le lien Zoom pour jeudi : https://zoom.example/j/93311200457\nL'heure vous convient-elle toujours ?\n\nClaire"),
         label=("amelie", "email", "fyi", "no", "quoted;lang:fr")),
    dict(from_="mariana", service="gv_text", number="+55 11 98765-4321", date="2026-11-21 13:05",
         body="oi claire! semana que vem pode ser quinta 14h em vez de terca? tenho offsite terca o dia todo",
         label=("mariana", "sms", "reply_needed", "no", "lang:pt;sms")),
    dict(from_="isabel", service="rc_sms", number="+34 699 10 02 00", date="2026-11-16 10:24",
         body="Hola Claire soy Isabel Ruiz!! te acabo de mandar un correo, sin prisa ninguna 😊",
         label=("isabel", "sms", "fyi", "no", "former;lang:es;sms")),

    # ------------------------------------------------------------------ former clients
    dict(from_="marc", prog="gmail", date="2026-11-11 15:30", subject="Des nouvelles de Marc",
         body="""Bonjour Claire,

Je voulais vous donner des nouvelles, presque six mois après notre dernière séance : j'ai enfin ouvert ma boulangerie ! Rue de la Part-Dieu, à Lyon, depuis le 2 novembre. Je me lève à 3h30 et je n'ai jamais été aussi content de me lever.

Je repense souvent à la séance où vous m'aviez demandé ce que je regretterais le plus à 70 ans. Voilà la réponse.

Si vous passez par Lyon, le pain est pour moi.

Marc""",
         attach=[("boulangerie-ouverture.jpg", "image/jpeg")],
         label=("marc", "email", "fyi", "no", "former;lang:fr")),
    dict(from_="isabel", prog="owa", date="2026-11-16 10:20", subject="¿Retomamos?",
         content_language="es-ES",
         body="""Hola Claire:

¡Cuánto tiempo! Espero que estés muy bien.

Te escribo porque en enero empiezo como directora de operaciones en una empresa nueva y me gustaría retomar unas sesiones contigo para los primeros meses. ¿Tendrías hueco a partir de la segunda semana de enero? Preferiblemente los lunes o martes por la tarde.

Un abrazo fuerte,
Isabel""",
         label=("isabel", "email", "reply_needed", "no", "former;lang:es")),
    dict(from_="george", prog="thunderbird", date="2026-11-18 09:30", subject="A proper goodbye (for now)",
         body="""Dear Claire,

I wanted to say a proper goodbye before we go. We've sold the house and we fly to Vancouver on the 30th: Jen's job came through in the end, and after everything we worked on about not waiting for the "right time" I didn't have a leg to stand on. I've been giving half my books away to the Oxfam on the high street since the movers charge by the box. The garage is finally empty. Jen says I'm lighter already.

No need to reply to most of this, it's mostly an excuse to say thank you. But could you send me the name of that book on the inner critic you recommended back in the spring? I gave my copy away in the great purge and I'd like to buy it again over there.

All the very best, and thank you,
George""",
         label=("george", "email", "reply_needed", "no", "former;partial_no_reply")),

    # ------------------------------------------------------------------ not clients
    dict(from_="_gb", date="2026-11-10 06:00", raw="""From: EMCC UK <newsletter@emccuk.example>
To: claire@whitcombe-coaching.example
Subject: November update: Are you ready for 2027?
Date: Tue, 10 Nov 2026 06:00:03 +0000
Message-ID: <20261110060003.5a1b2c3d@mail.emccuk.example>
List-Unsubscribe: <https://emccuk.example/unsubscribe?u=4f2a>, <mailto:unsubscribe@emccuk.example>
List-Id: EMCC UK members <members.emccuk.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

EMCC UK - Member update, November 2026

Are you ready for 2027? Is your CPD log up to date?

- Winter conference: "Coaching in a time of overwhelm", 22 January, Birmingham. Early-bird ends 30 November.
- New supervision groups starting in February.
- Reminder: accreditation renewals are now online.

Questions? Visit the member help centre.

You are receiving this email as a member of EMCC UK. Unsubscribe or manage preferences: https://emccuk.example/prefs
""",
         label=(None, "email", "", "no", "announcement;footer")),
    dict(from_="_gb", date="2026-11-13 14:18", raw="""From: Sarah Lindqvist <sarah.lindqvist@gmail.example>
To: claire@whitcombe-coaching.example
Subject: Coaching enquiry
Date: Fri, 13 Nov 2026 14:18:40 +0000
Message-ID: <CAJ8f2xQ1mB7eP0vK4nT9zR3uW6yL5sD2aH8cF1gE0jN7kM4oPq@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi Claire,

I found your profile on the EMCC directory. I'm a senior product lead in London and I'm looking for a coach for the first six months of a new role. Do you have space for new clients in January, and could you tell me your rates?

Thanks,
Sarah Lindqvist
""",
         label=(None, "email", "", "no", "")),
    dict(from_="_gb", date="2026-11-15 09:00", raw="""From: Calendly <notifications@calendly.example>
To: claire@whitcombe-coaching.example
Subject: New Event: Oliver Hughes - 09:00 Thu, 19 Nov 2026 - Coaching session (60 min)
Date: Sun, 15 Nov 2026 09:00:12 +0000
Message-ID: <0100018f3a2b-7c1d-4e8f-calendly-event@email.calendly.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Claire Whitcombe,

A new event has been scheduled.

Event Type: Coaching session (60 min)
Invitee: Oliver Hughes
Invitee Email: oliver.hughes@gmail.example
Event Date/Time: 09:00 - Thursday, 19 November 2026 (GMT)

Questions:
Anything you'd like to focus on? -> The board conversation

View event in Calendly
""",
         label=(None, "email", "", "no", "")),
    dict(from_="_gb", date="2026-11-16 08:30", raw="""From: Sophie Martin via LinkedIn <messages-noreply@linkedin.example>
To: Claire Whitcombe <claire@whitcombe-coaching.example>
Subject: Sophie sent you a message
Date: Mon, 16 Nov 2026 08:30:51 +0000
Message-ID: <1832771204.4417291.1763281851000@ltx1-app2204.prod.linkedin.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Sophie Martin
HR Business Partner at Meridian Group

"Hi Claire, would you be open to a quick call about leadership coaching for our new managers cohort?"

View message: https://www.linkedin.example/messaging/

You are receiving Messaging notification emails. Unsubscribe
""",
         label=(None, "email", "", "no", "")),
    dict(from_="_gb", date="2026-11-18 12:10", raw="""From: =?UTF-8?Q?Beatriz_Ni=C3=B1o?= <beatriz.nino@correo.example>
To: claire@whitcombe-coaching.example
Subject: =?UTF-8?Q?Informaci=C3=B3n_sobre_coaching?=
Date: Wed, 18 Nov 2026 13:10:05 +0100
Message-ID: <A1B2C3D4-E5F6-4789-ABCD-0123456789AB@correo.example>
X-Mailer: iPhone Mail (22B91)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hola Claire,

Me ha pasado tu contacto Luc=C3=ADa Fern=C3=A1ndez, trabajamos juntas. =C2=
=BFTrabajas tambi=C3=A9n en espa=C3=B1ol? =C2=BFCu=C3=A1les son tus tarifa=
s para sesiones online?

Gracias,
Beatriz

Enviado desde mi iPhone
""",
         label=(None, "email", "", "no", "lang:es")),
    dict(from_="_gb", date="2026-11-19 07:00", raw="""From: Psychologies Magazine <newsletter@psychologies.example>
To: claire@whitcombe-coaching.example
Subject: =?UTF-8?Q?Et_si_vous_=C3=A9tiez_votre_meilleur_coach_=3F?=
Date: Thu, 19 Nov 2026 08:00:00 +0100
Message-ID: <nl-20261119.fr.8841@psychologies.example>
Precedence: bulk
List-Unsubscribe: <https://psychologies.example/desinscription>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Et si vous =C3=A9tiez votre meilleur coach ?

Cette semaine : 5 exercices pour apprivoiser le stress de fin d'ann=C3=A9e,=
 le test "=C3=8Ates-vous un perfectionniste ?", et notre dossier sur l'=
=C3=A9puisement des dirigeants.

Vous recevez cette lettre car vous =C3=AAtes abonn=C3=A9(e). Se d=C3=A9sa=
bonner : https://psychologies.example/desinscription
""",
         label=(None, "email", "", "no", "announcement;lang:fr")),
]

for _m in MESSAGES:
    if "from_" in _m:
        _m["from"] = _m.pop("from_")
