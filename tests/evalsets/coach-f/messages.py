"""Every word and every label of set coach-f, written by hand. build.py only wraps them in MIME.

Each entry: the file, its label (client, kind, tag, urgent, traits) and what the sender wrote.
"""

from __future__ import annotations

COACH = ("Anne-Sophie Lambrecht", "anne-sophie@lambrecht-coaching.example")

CAMILLE = ("Camille Roux", "camille.roux@orange.example")
THOMAS = ("Thomas Peeters", "thomas.peeters@vandaele-group.example")
ELODIE = ("Élodie Marchal", "elodie.marchal@icloud.example")
JULIA = ("Julia Hoffmann", "julia.hoffmann@gmx.example")
MARKUS_WORK = ("Markus Brenner", "m.brenner@hafenlogistik.example")
MARKUS_HOME = ("Markus Brenner", "markus.brenner@web.example")
LUCIA = ("Lucía Fernández", "lucia.fernandez.m@gmail.example")
RAFAEL = ("Rafael Sousa", "rafael.sousa@gmail.example")
RAFAEL_WORK = ("Rafael Sousa", "r.sousa@tejo-energia.example")
NATHALIE = ("Nathalie Dubois", "nathalie.dubois@free.example")
SOPHIE = ("Sophie Van Acker", "sophie@vanacker-studio.example")
KARIM = ("Karim Benali", "karim.benali@gmail.example")
ANA = ("Ana Ribeiro", "ana.ribeiro@outlook.example")
DANIEL = ("Daniel Ortega", "daniel.ortega@mediterra-foods.example")
ISABELLE = ("Isabelle Lenoir", "isabelle.lenoir@skynet.example")
STEFAN = ("Stefan Kraus", "stefan.kraus@t-online.example")
STEFAN_WORK = ("Stefan Kraus", "stefan.kraus@rheinversicherung.example")
EMMA = ("Emma Whitfield", "emma.whitfield@proton.example")

MESSAGES: list[dict] = []


def mail(file, client, tag, urgent, traits, program, frm, date, subject, lang, body, **kw):
    MESSAGES.append(
        dict(file=file, client=client, kind="email", tag=tag, urgent=urgent, traits=traits, program=program,
             **{"from": frm}, date=date, subject=subject, lang=lang, body=body, **kw)
    )


def machine(file, client, tag, traits, special, frm, date, subject, body, **kw):
    MESSAGES.append(
        dict(file=file, client=client, kind="email", tag=tag, urgent="no", traits=traits, special=special,
             **{"from": frm}, date=date, subject=subject, body=body, **kw)
    )


def phone(file, client, kind, tag, urgent, traits, special, number_shown, date, transcript, duration=None, **kw):
    MESSAGES.append(
        dict(file=file, client=client, kind=kind, tag=tag, urgent=urgent, traits=traits, special=special,
             number_shown=number_shown, date=date, transcript=transcript, duration=duration, **kw)
    )


THOMAS_SIG = """
Thomas Peeters
Operations Director | Vandaele Group NV
Industrieweg 118, 9032 Gent, Belgium
M +32 477 31 82 45

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Vandaele Group NV - RPR Gent - BTW BE 0400.000.000"""

MARKUS_SIG = """
Markus Brenner
Leiter Kontraktlogistik
Hafenlogistik Nord GmbH | Am Sandtorkai 41 | 20457 Hamburg
T +49 40 555 218 40 | M +49 160 9412 7730

Hafenlogistik Nord GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 000000 · Geschäftsführer: Dr. Ole Hansen
Diese E-Mail enthält vertrauliche oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""

DANIEL_SIG = """
Daniel Ortega
CFO | Mediterra Foods, S.L.
Carrer de Pallars 193, 08005 Barcelona
+34 655 20 71 84

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
CONFIDENTIALITY NOTICE: This message and its attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""

SOPHIE_SIG = """
Sophie Van Acker
Founder & Creative Director
Studio Van Acker
Rue Haute 212, 1000 Bruxelles
+32 485 60 19 72"""

NATHALIE_SIG = """
-- 
Nathalie Dubois
Avocate – Cabinet Morel & Associés
06 71 25 44 09"""

# ------------------------------------------------------------------ Camille Roux (Lyon, Orange webmail)

machine(
    "camille-01.eml", "Camille Roux", "ignored", "lang:fr", "ooo_orange", CAMILLE, "2026-11-02 09:02",
    "Réponse automatique : Notre séance de jeudi",
    """Bonjour,

Je suis en déplacement du lundi 2 au mercredi 4 novembre inclus et je ne consulte mes messages que de façon irrégulière.
Je vous répondrai dès mon retour.

Cordialement,
Camille Roux
""",
)

mail(
    "camille-02.eml", "Camille Roux", "fyi", "no", "idiom;lang:fr", "orange", CAMILLE, "2026-11-05 21:47",
    "Re: Notre séance de jeudi", "fr",
    """Coucou Anne-Sophie,

Je rentre à peine de Marseille, trois jours de réunions sur la réorganisation. Franchement cette réorg va me tuer : on a refait l'organigramme quatre fois en deux jours, et à chaque version quelqu'un disparaît d'une case pour réapparaître dans une autre. J'en ris, mais jaune.

Le point positif : j'ai tenu la ligne dont on avait parlé, je n'ai pas accepté de porter seule l'annonce aux équipes. Le DG a dit qu'il la ferait avec moi. Petite victoire !

Jeudi prochain 10h en visio, c'est toujours bon pour moi, je t'envoie le lien comme d'habitude.

Bises,
Camille
""",
    quote=dict(date="2026-11-02 10:15", text="""Bonjour Camille,

J'espère que le déplacement à Marseille se passe bien. On garde jeudi 12 à 10h en visio ?

Belle semaine,
Anne-Sophie"""),
)

mail(
    "camille-03.eml", "Camille Roux", "fyi", "no", "reported;lang:fr", "orange", CAMILLE, "2026-11-13 07:58",
    "Suite de notre séance", "fr",
    """Bonjour Anne-Sophie,

Merci pour la séance d'hier, j'ai dormi dessus comme tu me l'avais suggéré.

Petit rebondissement : ce matin à la machine à café, le DG m'a demandé si je serais prête à reprendre aussi la région Sud à partir de mars. Je lui ai répondu que je voulais d'abord en parler à la maison et que je lui donnerais ma réponse fin novembre. Il a eu l'air surpris que je ne dise pas oui tout de suite, ce qui est, je crois, exactement le progrès dont on parlait.

Ma mère, elle, m'a demandé au téléphone hier soir si « tout ça valait vraiment le coup ». Je ne lui ai pas répondu non plus :)

On en reparle à la prochaine séance, rien d'urgent.

Camille
""",
)

mail(
    "camille-04.eml", "Camille Roux", "fyi", "no", "lang:fr", "orange", CAMILLE, "2026-11-20 22:30",
    "Mes notes de la semaine (pas besoin de répondre)", "fr",
    """Anne-Sophie,

Comme convenu je t'envoie mes notes de la semaine. C'est surtout pour moi, pour garder une trace : tu n'as rien à y répondre, on les reprendra ensemble le 26.

- Lundi : réunion avec les partenaires sociaux. J'ai moins parlé et plus écouté. Résultat plutôt bon.
- Mardi : j'ai délégué le dossier formation à Inès. Très difficile de ne pas repasser derrière elle.
- Mercredi : journée sans réunion bloquée dans l'agenda. Tenue jusqu'à 15h, puis crise sur la paie.
- Jeudi : j'ai dit au DG que la région Sud m'intéresse, mais pas sans un adjoint. Il réfléchit.

Ce que je retiens : je sais poser mes conditions quand je les ai écrites avant.

Bon week-end,
Camille
""",
)

phone(
    "camille-05.eml", "Camille Roux", "voicemail", "reply_needed", "no", "voicemail;lang:fr", "gv_vm",
    "+33 6 12 48 90 33", "2026-11-24 08:12",
    "Oui bonjour Anne-Sophie c'est Camille euh je t'appelle du quai de la gare Part-Dieu, c'est la pagaille, "
    "il y a une grève surprise sur la ligne donc mon train pour Paris est annulé enfin retardé on ne sait pas "
    "trop, euh du coup je ne sais pas si je serai à Bruxelles jeudi comme prévu pour la séance en vrai, bon là "
    "j'en suis à mon troisième café. Sinon ça va hein, le DG a dit oui pour l'adjoint, je te raconterai. Enfin "
    "bref rappelle-moi quand tu as un moment pour qu'on voie si on passe jeudi en visio ou si on décale. "
    "Voilà, bises, à plus.",
)

# ------------------------------------------------------------------ Thomas Peeters (Ghent, Outlook desktop)

machine(
    "thomas-01.eml", "Thomas Peeters", "ignored", "lang:nl", "read_receipt", THOMAS, "2026-11-03 10:40",
    "Gelezen: Preparing your 360 feedback",
    """Uw bericht

  Aan: Thomas Peeters
  Onderwerp: Preparing your 360 feedback
  Verzonden: dinsdag 3 november 2026 09:12:40 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs

is gelezen op dinsdag 3 november 2026 10:40:02 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs.
""",
)

mail(
    "thomas-02.eml", "Thomas Peeters", "fyi", "no", "self_answered", "outlook-1252", THOMAS, "2026-11-04 19:05",
    "Antwerp - decision made", "en",
    """Hi Anne-Sophie,

A quick update because I promised I'd tell you once it was done: I turned down the Antwerp role this afternoon.

Was it the right call? I keep asking myself that, and honestly I think yes. The title was bigger, but it would have meant two hours in the car every day and starting from zero with a board I don't trust. The version of me from a year ago would have said yes just to avoid disappointing Frank. This time I wrote down what I actually want from the next three years (your exercise) and Antwerp ticked one box out of five.

Frank took it better than I expected. He even said he respected it, which I did not see coming.

So, onwards. See you on the 12th.

Kind regards,
Thomas
""" + THOMAS_SIG,
)

mail(
    "thomas-03.eml", "Thomas Peeters", "fyi", "no", "quoted", "outlook-1252", THOMAS, "2026-11-09 08:31",
    "FW: 360° feedback – next steps", "en",
    """Anne-Sophie,

For context before Thursday: this is what HR sent me on Friday. I've already replied to Els and booked the debrief for the 20th, so nothing to do on your side. I just wanted you to see how they framed it.

Thomas

From: Els Maes <els.maes@vandaele-group.example>
Sent: Friday, 6 November 2026 16:47
To: Thomas Peeters <thomas.peeters@vandaele-group.example>
Subject: 360° feedback – next steps

Dear Thomas,

Your 360° report is ready. Could you let me know which of these slots suits you for the debrief: Friday 20 November at 14:00 or Monday 23 November at 9:30?

Would you also like your coach to receive a copy of the report? If so, please send me her e-mail address and confirm that you agree to share it.

Best regards,
Els Maes
HR Business Partner
Vandaele Group NV
""",
)

phone(
    "thomas-04.eml", "Thomas Peeters", "voicemail", "reply_needed", "no", "voicemail", "rc_vm",
    "+32 477 31 82 45", "2026-11-11 17:48",
    "Hi Anne-Sophie, it's Thomas, euh, I'm in the car so sorry for the noise, just coming back from the Lille "
    "site, long day, nothing dramatic. So, two things, no, three things. First, I read the article you sent "
    "about, what was it, psychological safety, really good, I shared it with Lien from my team, I hope that's "
    "okay. Second, my daughter says hi, she still remembers you from the, the workshop thing at the school. "
    "Third thing, tomorrow's session, I've lost the Teams link, it was in an old invitation and I think I "
    "deleted it, so if you could send it to me again tonight or tomorrow morning that would be great. Okay, "
    "that's it. Bye bye, à demain.",
    duration="01:07",
)

mail(
    "thomas-05.eml", "Thomas Peeters", "reply_needed", "no", "lang:fr", "outlook-1252", THOMAS, "2026-11-17 12:20",
    "Séance de clôture", "fr",
    """Bonjour Anne-Sophie,

Je me lance en français, tu corrigeras mes fautes :-)

Nous arrivons à la fin de mon programme en décembre. Pour la dernière séance, je te propose qu'on la fasse autour d'un déjeuner, à Gand ou à Bruxelles selon ce qui t'arrange, et c'est moi qui invite. Je trouve que ça marquerait bien le coup.

Si ce n'est pas dans tes habitudes je comprendrai tout à fait, on garde alors le format habituel.

Bien à toi,
Thomas
""" + THOMAS_SIG,
    accept="nl-BE, en-US", clang="fr-BE",
)

mail(
    "thomas-06.eml", "Thomas Peeters", "reply_needed", "no", "partial_no_reply", "outlook-1252", THOMAS,
    "2026-11-21 22:14", "Thoughts after the 360 debrief", "en",
    """Hi Anne-Sophie,

Long one, sorry. Most of what follows is me thinking out loud after yesterday's debrief, so please don't feel you have to respond to it. We'll have plenty to chew on at the next session.

The scores were roughly what I expected: high on reliability, low on "makes space for others to lead". The comments hurt more than the numbers. Three people used the word "bottleneck". One wrote that I "answer questions before they are finished". That one is fair. I do it to my kids too.

What surprised me: my peers rated me higher than I rated myself on strategy. I don't know what to do with that yet.

I also noticed that I spent the whole debrief defending myself in my head while nodding politely on the outside. Classic.

One practical thing though. The delegation matrix you showed me in October, the one with the four quadrants, I can't find it anywhere. I'd like to use it with my management team on Monday morning, so if you could send it over before then, that would be a great help.

Thanks,
Thomas
""" + THOMAS_SIG,
)

mail(
    "thomas-07.eml", "Thomas Peeters", "reply_needed", "yes", "distress", "outlook-1252", THOMAS, "2026-11-24 23:51",
    "Thursday", "en",
    """Anne-Sophie,

Could we move Thursday to 8:00 instead of 9:30? I have a board prep at 10 that I can't shift.

Unrelated: I finally did all the admin I have been postponing for years. Updated my will, put every password in one envelope for Katrien, wrote a letter to each of the kids. It felt strangely calm. If I'm not around at some point, at least nobody will have to dig through my mess. Ha, listen to me. Just being organised for once.

Thursday 8:00 then, if that works.

Thomas
""",
)

# ------------------------------------------------------------------ Élodie Marchal (Liège, iPhone)

mail(
    "elodie-01.eml", "Élodie Marchal", "fyi", "no", "self_answered;lang:fr", "iphone", ELODIE, "2026-11-02 07:41",
    "Avant jeudi", "fr",
    """Bonjour Anne-Sophie,

Tu te demandes sûrement si j'ai fait l'exercice du journal ? Oui ! Enfin presque : cinq soirs sur sept, ce qui pour moi est un record absolu.

Ce que j'y ai vu surtout, c'est que mes meilleures journées sont celles où je n'ai pas ouvert ma boîte mail avant 10h. Tu vas me dire que c'est évident. Ça ne l'était pas pour moi.

À jeudi,
Élodie

Envoyé de mon iPhone
""",
)

mail(
    "elodie-02.eml", "Élodie Marchal", "fyi", "no", "poem;lang:fr", "iphone", ELODIE, "2026-11-03 22:40",
    "Un petit texte", "fr",
    """Coucou Anne-Sophie,

Après notre séance de la semaine dernière sur l'identité professionnelle, j'ai écrit ça dans le tram. Je ne sais pas trop ce que ça vaut mais j'avais envie de te le montrer.

Sans badge

Qui suis-je le lundi
quand personne ne m'attend au portique ?
Une fonction, un étage,
une signature au bas d'un rapport ?

Et si j'ôte le titre,
que reste-t-il sur la chaise ?
Une femme qui aime les plans,
les cafés trop chauds,
les réunions qui finissent à l'heure.

Qui décide de ce que je vaux,
le tableau de bord ou moi ?
Je crois que je commence
à connaître la réponse.

Bonne soirée !
Élodie

Envoyé de mon iPhone
""",
)

phone(
    "elodie-03.eml", "Élodie Marchal", "sms", "fyi", "no", "sms;lang:fr", "rc_sms", "0496 54 21 07",
    "2026-11-05 18:20",
    "Merci pour aujourd'hui 🙏 je suis sortie de la séance avec 10 kilos en moins sur les épaules. Bonne soirée !",
)

mail(
    "elodie-04.eml", "Élodie Marchal", "reply_needed", "no", "lang:fr", "iphone", ELODIE, "2026-11-10 12:15",
    "Re: Séance du 5 novembre – résumé", "fr",
    """Merci pour le résumé, c'est super clair.

J'ai commencé l'exercice des « trois moments de fierté », j'en ai trouvé deux, le troisième résiste !

Par contre je n'arrive pas à ouvrir la grille d'auto-évaluation sur mon téléphone, le lien m'amène sur une page blanche. Je veux bien que tu me l'envoies en PDF, je l'imprimerai au bureau.

Bises,
Élodie

Envoyé de mon iPhone
""",
    quote=dict(date="2026-11-05 17:30", text="""Bonjour Élodie,

Voici le résumé de notre séance :
- tes trois moments de fierté à identifier d'ici la prochaine fois ;
- la grille d'auto-évaluation à remplir (lien ci-dessous) ;
- prochaine séance le jeudi 19 novembre à 17h.

Lien vers la grille : https://lambrecht-coaching.example/grille

Belle fin de semaine,
Anne-Sophie"""),
)

mail(
    "elodie-05.eml", "Élodie Marchal", "reply_needed", "yes", "distress;lang:fr", "iphone", ELODIE, "2026-11-20 21:58",
    "Nouvelles !!", "fr",
    """Anne-Sophie !!

Je suis sur la liste restreinte pour le poste à l'université 🎉 Deuxième entretien le 3 décembre, devant un jury de cinq personnes. Je n'y croyais pas du tout.

Du coup est-ce qu'on pourrait ajouter une séance avant, genre le 1er ou le 2 décembre, pour préparer la présentation ?

Sinon au boulot c'est toujours aussi lourd. Le chef m'a encore reprise devant tout le monde hier. Honnêtement je me dis de plus en plus que l'équipe tournerait mieux sans moi, et pas seulement l'équipe. Par moments j'ai juste envie de m'effacer complètement, qu'on n'entende plus parler de moi. Bon, je sais, c'est la fatigue qui parle.

Enfin, l'université !!! Je suis trop contente.

Élodie

Envoyé de mon iPhone
""",
)

# ------------------------------------------------------------------ Julia Hoffmann (Munich, GMX)

machine(
    "julia-01.eml", "Julia Hoffmann", "ignored", "lang:de;lang:en", "ooo_gmx", JULIA, "2026-11-02 08:05",
    "Abwesenheitsnotiz: Re: Unser nächster Termin",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. November im Urlaub und lese meine E-Mails nur unregelmäßig. Ab dem 10. November bin ich wieder erreichbar.

Thank you for your message. I am on holiday until 9 November and will reply after my return.

Julia Hoffmann
""",
)

mail(
    "julia-02.eml", "Julia Hoffmann", "fyi", "no", "reported;lang:de", "gmx", JULIA, "2026-11-11 20:30",
    "Nach dem Urlaub", "de",
    """Liebe Frau Lambrecht,

ich bin wieder zurück aus Südtirol und wollte Ihnen kurz berichten, bevor der Alltag mich verschluckt.

Ich habe im Urlaub tatsächlich zehn Tage lang keine Mails gelesen. Das erste Mal, seit ich Teamleiterin bin. Mein Team hat das Release ohne mich geschafft, und keiner hat mich angerufen.

Mein Mann hat mich beim Wandern gefragt, ob sich das Coaching eigentlich lohnt, weil ich so viel Zeit dafür blocke. Ich habe ihm gesagt, dass ich ohne unsere Gespräche wahrscheinlich gar nicht in den Urlaub gefahren wäre. Das hat ihn überzeugt, glaube ich.

Bis zum 19.!

Viele Grüße
Julia Hoffmann
""",
)

mail(
    "julia-03.eml", "Julia Hoffmann", "reply_needed", "no", "partial_no_reply;lang:de", "gmx", JULIA,
    "2026-11-16 09:12", "Umzug + Rechnung", "de",
    """Liebe Frau Lambrecht,

kurze Zwischenmeldung: Wir sind am Wochenende umgezogen, alles steht noch in Kartons, und beim Schrankaufbau habe ich mir den Daumen eingeklemmt (keine Sorge, nur blau). Die Kinder finden das neue Viertel super, ich finde noch nicht mal den Bäcker.

Das alles müssen Sie natürlich nicht kommentieren. Eine Bitte habe ich aber: Könnten Sie mir die Rechnung für Oktober noch einmal mit der neuen Adresse ausstellen? Unsere Buchhaltung in der Firma braucht das so.

Neue Adresse:
Julia Hoffmann
Lindwurmstraße 88
80337 München

Danke und viele Grüße
Julia Hoffmann
""",
)

phone(
    "julia-04.eml", "Julia Hoffmann", "sms", "fyi", "no", "sms;lang:de", "gv_sms", "+49 151 23845561",
    "2026-11-19 17:57",
    "Stau auf der A9, bin ca 10 min später im call. sorry!!",
)

mail(
    "julia-05.eml", "Julia Hoffmann", "reply_needed", "yes", "distress;lang:de", "gmx", JULIA, "2026-11-23 06:41",
    "Termin Donnerstag", "de",
    """Liebe Frau Lambrecht,

können wir den Termin am Donnerstag auf 18 Uhr schieben? Ich muss um 17 Uhr noch in eine Eskalationsrunde.

Und weil Sie letztes Mal gefragt haben, wie ich schlafe: eher gar nicht. Ich liege ab drei Uhr wach und gehe im Kopf Tickets durch. Manchmal denke ich abends, es wäre eigentlich ganz angenehm, morgens einfach nicht mehr aufzuwachen. Das klingt jetzt dramatischer, als es gemeint ist, bitte machen Sie sich keine Gedanken.

Also 18 Uhr, wenn das für Sie geht.

Viele Grüße
Julia Hoffmann
""",
)

# ------------------------------------------------------------------ Markus Brenner (Hamburg, Outlook web at work, web.de at home)

machine(
    "markus-01.eml", "Markus Brenner", "ignored", "lang:en;lang:de", "bounce", COACH, "2026-11-02 11:03",
    "Undelivered Mail Returned to Sender",
    """This is the mail system at host smtp.lambrecht-coaching.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.brenner@nordkontor.example>: host mx01.nordkontor.example[203.0.113.25] said:
    550 5.1.1 <m.brenner@nordkontor.example>: Recipient address rejected:
    User unknown / Empfaenger unbekannt (in reply to RCPT TO command)
""",
    old_address="m.brenner@nordkontor.example",
    remote_mx="mx01.nordkontor.example",
    diagnostic="550 5.1.1 <m.brenner@nordkontor.example>: Recipient address rejected: User unknown / Empfaenger unbekannt",
    original_headers="""Return-Path: <anne-sophie@lambrecht-coaching.example>
Received: from [192.168.1.23] (ip-81-164-20-11.dynamic.example [81.164.20.11])
	by smtp.lambrecht-coaching.example (Postfix) with ESMTPSA id 4XkQ2r1LzVz9sWq
	for <m.brenner@nordkontor.example>; Mon,  2 Nov 2026 11:02:51 +0100 (CET)
From: Anne-Sophie Lambrecht <anne-sophie@lambrecht-coaching.example>
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
Subject: Unser Termin im November
Message-Id: <8E51C0A2-5B7D-4F0E-93B1-2C6A7D41E9F0@lambrecht-coaching.example>
Date: Mon, 2 Nov 2026 11:02:50 +0100
To: Markus Brenner <m.brenner@nordkontor.example>
""",
)

mail(
    "markus-02.eml", "Markus Brenner", "fyi", "no", "waved_off;idiom;lang:de", "webde", MARKUS_HOME,
    "2026-11-06 19:40", "Kurzer Nachtrag zu gestern", "de",
    """Hallo Frau Lambrecht,

danke noch mal für gestern, das Gespräch über meine Rolle im Führungskreis hat mir noch lange nachgehangen, im positiven Sinn.

Ich habe heute in der Runde zum ersten Mal gesagt, dass ich ein Projekt nicht übernehme, weil mein Team schon am Limit ist. Es ist niemand tot umgefallen. Hansen hat nur genickt und das Thema an Vertrieb gegeben.

Eine Frage geht mir seitdem durch den Kopf: Wie behalten Sie eigentlich bei so vielen Klienten den Überblick, wer gerade an welchem Punkt steht? Das müssen Sie mir nicht beantworten, reine Neugier von jemandem, der Excel-Listen liebt.

Schönes Wochenende
Markus Brenner
""",
)

mail(
    "markus-03.eml", "Markus Brenner", "fyi", "no", "idiom;lang:de", "owa", MARKUS_WORK, "2026-11-12 22:05",
    "Quartalsabschluss überstanden", "de",
    """Hallo Frau Lambrecht,

nur kurz, weil ich es versprochen hatte: Der Quartalsabschluss ist durch, alle Zahlen sind pünktlich beim Konzern. Ich bin todmüde, aber zufrieden. Die letzte Woche war zum Sterben langweilig und gleichzeitig höllisch stressig, eine Kombination, die nur das Controlling hinbekommt.

Das Wichtigste: Ich habe zwei Aufgaben an Jana abgegeben und nicht nachkontrolliert, ob sie es "richtig" macht. Sie hat es anders gemacht als ich. Und besser. Das hat ein bisschen wehgetan.

Bis bald
Markus Brenner
""" + MARKUS_SIG,
    accept="de-DE, en-US", clang="de-DE",
)

mail(
    "markus-04.eml", "Markus Brenner", "reply_needed", "no", "lang:en;lang:de", "owa", MARKUS_WORK,
    "2026-11-16 08:47", "Session on the 19th", "en",
    """Dear Ms Lambrecht,

I'm writing in English so that Priya, who manages my calendar and is in copy, can follow.

An all-hands with our Rotterdam colleagues has landed on Thursday morning, right on top of our session on the 19th. I would be grateful if we could move our conversation to the afternoon of the same day, ideally between 14:00 and 17:00. Priya can send you an updated invitation once you have confirmed a slot.

Best regards,
Markus Brenner
""" + MARKUS_SIG,
    headers=["Cc: Priya Raman <p.raman@hafenlogistik.example>"], accept="de-DE, en-US", clang="en-GB",
)

phone(
    "markus-05.eml", "Markus Brenner", "voicemail", "fyi", "no", "negated;voicemail;lang:de", "teams_vm",
    "+49 160 94127730", "2026-11-18 07:35",
    "Guten Morgen Frau Lambrecht, Markus Brenner hier. Ich wollte fragen, ob wir morgen doch wieder auf den "
    "Vormittag gehen können, weil das Rotterdam-Meeting verschoben wurde, aber ich sehe gerade, dass Priya das "
    "schon mit Ihnen geklärt hat. Also alles gut, Sie müssen mich nicht zurückrufen. Bis morgen, tschüss.",
    duration="00:00:38",
)

mail(
    "markus-06.eml", "Markus Brenner", "reply_needed", "yes", "distress;lang:de", "webde", MARKUS_HOME,
    "2026-11-26 23:12", "Abends", "de",
    """Hallo Frau Lambrecht,

sorry für die späte Mail. Kleine Frage vorab: Sind Sie am 10. Dezember in Hamburg? Sie hatten mal einen Workshop erwähnt, vielleicht könnten wir uns dann persönlich sehen.

Ansonsten: Meine Frau hat heute beim Abendessen gesagt, ich solle auf LinkedIn "Chief Burden Officer" als Titel eintragen. Wir haben beide gelacht. Nur lache ich seitdem nicht mehr so richtig, weil ich glaube, sie hat recht. Zuhause, im Job, überall bin ich derjenige, um den sich alle kümmern müssen. Ehrlich gesagt wären die alle ohne mich wahrscheinlich besser dran. Haha. Dafür gibt es bestimmt auch ein Excel-Template.

Egal, zurück zum 10.

Gruß
Markus
""",
)

# ------------------------------------------------------------------ Lucía Fernández (Madrid, Gmail)

mail(
    "lucia-01.eml", "Lucía Fernández", "reply_needed", "no", "idiom;lang:es", "gmail", LUCIA, "2026-11-04 13:20",
    "¡Me han llamado!", "es",
    """¡Hola Anne-Sophie!

Me han llamado de la agencia de Barcelona para una segunda entrevista, el martes 10. Me muero de ganas de contártelo todo con calma, y también estoy muerta de miedo, para qué te voy a engañar.

¿Tendrías un hueco el lunes 9 para prepararla? Me vendría bien cualquier hora a partir de las 16h.

Un abrazo enorme,
Lucía
""",
)

machine(
    "calendly-01.eml", "", "", "lang:en;lang:es", "bulk", ("Calendly", "notifications@calendly.com"),
    "2026-11-05 09:02", "New Event: Lucía Fernández - 16:00 Mon, 9 Nov 2026 - Sesión de coaching 60 min",
    """Hi Anne-Sophie Lambrecht,

A new event has been scheduled.

Event Type:
Sesión de coaching 60 min

Invitee:
Lucía Fernández

Invitee Email:
lucia.fernandez.m@gmail.example

Event Date/Time:
16:00 - Monday, 9 November 2026 (Central European Time)

Location:
This is a Google Meet web conference. https://meet.google.com/xkr-pqwm-tnd

Questions:
What would you like to focus on?
Preparar la segunda entrevista en la agencia de Barcelona. ¿Podemos repasar cómo hablar de mi salida de la empresa actual?

View event in Calendly: https://calendly.com/events/6f1c2a9e/google_meet

Sent from Calendly
Report this event
""",
    list_host="calendly.com", mailer="Calendly", headers=["Reply-To: lucia.fernandez.m@gmail.example"],
)

mail(
    "lucia-02.eml", "Lucía Fernández", "reply_needed", "no", "lang:es;lang:en", "gmail", LUCIA, "2026-11-09 10:05",
    "Quick one", "es",
    """Quick one antes de la sesión de esta tarde: me puedes reenviar el ejercicio de valores? El de las tarjetas. Lo tenía en el portátil viejo y se ha ido con él.

Thanks!! See you at 4
Lucía
""",
)

phone(
    "lucia-03.eml", "Lucía Fernández", "sms", "reply_needed", "yes", "distress;sms;lang:es", "gv_sms",
    "+34 612 48 93 27", "2026-11-13 00:47",
    "perdona q te escriba a estas horas. estoy en el coche en el parking del super. no quiero volver a casa, "
    "él ha vuelto a romper cosas y me ha dicho q si me voy me arrepentiré. tengo miedo. mañana tenemos sesión "
    "a las 10 no? no se si podre conectarme",
)

mail(
    "lucia-04.eml", "Lucía Fernández", "fyi", "no", "lang:es", "gmail-b64", LUCIA, "2026-11-16 19:30",
    "Gracias", "es",
    """Hola Anne-Sophie,

Solo quería decirte que estoy bien. Desde el viernes estoy en casa de mi hermana en Alcalá, con mis cosas y con la gata. El sábado fuimos juntas a poner la denuncia, y el miércoles tengo cita con una abogada que me recomendaron en el 016. Me siento mucho más tranquila y arropada.

Gracias por la llamada de esa noche y por pasarme los números. No sé qué habría hecho.

Voy a pausar las sesiones un par de semanas mientras lo organizo todo; te escribiré yo cuando esté lista para retomarlas. No hace falta que me contestes, de verdad, ya sé que estás ahí.

Un abrazo,
Lucía
""",
)

# ------------------------------------------------------------------ Rafael Sousa (Lisbon, Outlook at work, Gmail, Samsung)

mail(
    "rafael-01.eml", "Rafael Sousa", "fyi", "no", "footer;lang:pt;lang:en", "outlook-1252", RAFAEL_WORK,
    "2026-11-03 18:10", "Resumo da semana", "pt",
    """Olá Anne-Sophie,

Como combinado, um resumo rápido da semana:

- Fiz a primeira reunião individual com cada pessoa da equipa. Foram oito conversas, algumas difíceis, mas saí com uma lista clara do que os incomoda.
- Consegui não resolver eu próprio o problema do fornecedor de turbinas. Deleguei na Marta e ela tratou do assunto melhor do que eu teria feito.
- Ainda falo demasiado nas reuniões de direção. Tomei nota.

Até quinta.

Cumprimentos,
Rafael Sousa
Engineering Manager - Renováveis
Tejo Energia, S.A.
Av. Infante D. Henrique 200, 1950-000 Lisboa
T +351 21 000 0000 | M +351 912 604 318

Antes de imprimir este e-mail pense se é mesmo necessário. / Please consider the environment before printing this e-mail.
Tem dúvidas sobre a forma como tratamos os seus dados pessoais? Consulte a nossa Política de Privacidade em www.tejo-energia.example/privacidade ou contacte o nosso Encarregado de Proteção de Dados através de dpo@tejo-energia.example.
Questions about how we process your personal data? Contact our DPO at dpo@tejo-energia.example.
Esta mensagem é confidencial e destina-se exclusivamente ao destinatário. Se a recebeu por engano, por favor informe o remetente e elimine-a.
""",
    tz="+0000", accept="pt-PT, en-US", clang="pt-PT",
)

mail(
    "rafael-02.eml", "Rafael Sousa", "fyi", "no", "idiom;lang:pt", "samsung", RAFAEL, "2026-11-06 23:15",
    "Re: Resumo da semana", "pt",
    """Olá Anne-Sophie,

Obrigado pela resposta. Esta semana foi de loucos, chego a casa morto de cansaço e ainda tenho de fazer o jantar dos miúdos. A minha mulher diz que ando a matar-me a trabalhar, e tem alguma razão, mas é só até ao fecho do projeto em dezembro.

Uma coisa boa: a Marta veio agradecer-me por ter confiado nela. Quase morri de vergonha, não estou habituado a isso.

Até quinta!
Rafael

Enviado do meu Galaxy
""",
    tz="+0000",
    quote=dict(date="2026-11-04 09:10", text="""Hi Rafael,

Thank you for the summary, that's real progress, especially with Marta. Take care of yourself this week too, it sounds like a lot.

See you Thursday,
Anne-Sophie""", to="r.sousa@tejo-energia.example", subject="Re: Resumo da semana"),
)

mail(
    "rafael-03.eml", "Rafael Sousa", "fyi", "no", "announcement;lang:pt;lang:en", "gmail", RAFAEL, "2026-11-10 12:00",
    "Novidades / News", "pt",
    """Caros amigos e colegas,

Quero partilhar convosco uma novidade: a partir de 1 de dezembro passo a liderar a área de Renováveis Offshore da Tejo Energia, com uma equipa de 35 pessoas entre Lisboa e Viana do Castelo.

Foi um ano de muito trabalho e de muitas conversas que me ajudaram a chegar aqui. A todos os que me ouviram, aconselharam ou simplesmente aguentaram os meus desabafos: obrigado.

Se passarem por Viana, avisem! E se conhecerem engenheiros com vontade de trabalhar no mar, mandem-nos ter comigo.

---

Dear friends and colleagues,

Some news: from 1 December I will lead Offshore Renewables at Tejo Energia, with a team of 35 people between Lisbon and Viana do Castelo.

Thank you to everyone who listened, advised or simply put up with me this year.

If you are ever in Viana, let me know! And if you know engineers who want to work at sea, send them my way.

Um abraço / Warm regards,
Rafael
""",
    tz="+0000", to="undisclosed-recipients:;",
)

machine(
    "linkedin-01.eml", "", "", "", "bulk", ("LinkedIn", "notifications-noreply@linkedin.com"), "2026-11-11 08:30",
    "Anne-Sophie, congratulate Rafael Sousa on his new position",
    """Anne-Sophie, Rafael Sousa has a new position

Rafael Sousa
Head of Offshore Renewables at Tejo Energia
Lisbon, Portugal

Congratulate Rafael
Say congrats on the new role and help him get off to a great start.

Message Rafael: https://www.linkedin.com/messaging/compose?recipient=rafael-sousa-eng

----------------------------------------

This email was intended for Anne-Sophie Lambrecht (Executive & Leadership Coach | FR · EN · DE)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
""",
    list_host="www.linkedin.com", mailer="LinkedIn",
)

mail(
    "rafael-04.eml", "Rafael Sousa", "reply_needed", "no", "lang:pt", "gmail", RAFAEL, "2026-11-12 19:40",
    "Próximos meses", "pt",
    """Olá Anne-Sophie,

Com a mudança de funções em dezembro, tenho pensado no que vem a seguir. O nosso pacote termina com a sessão de 26 de novembro e sinto que é agora que vou precisar mais.

Gostava de continuar com um novo pacote de cinco sessões a partir de janeiro, de preferência às quintas ao fim da tarde, como agora. A empresa paga; só preciso da proposta em nome da Tejo Energia para a aprovação interna.

Abraço,
Rafael
""",
    tz="+0000",
)

mail(
    "rafael-05.eml", "Rafael Sousa", "reply_needed", "no", "lang:en;lang:pt", "gmail", RAFAEL, "2026-11-17 09:30",
    "Re: Proposal 2027", "en",
    """Hi Anne-Sophie,

Thank you for the proposal, HR has approved it already. Fast for once!

They only asked one thing: a fatura tem de vir com o NIF da empresa (PT 500 000 000) e a referência de compra PO-2026-4471, senão não a conseguem processar. If you could reissue it with those two details, that would be perfect.

Best,
Rafael
""",
    tz="+0000",
    quote=dict(date="2026-11-13 10:05", text="""Hi Rafael,

Great to hear you want to continue. Please find attached the proposal for five sessions from January, addressed to Tejo Energia, and the invoice for the first instalment.

Best,
Anne-Sophie""", lang="en"),
)

mail(
    "rafael-06.eml", "Rafael Sousa", "fyi", "no", "reported", "gmail", RAFAEL, "2026-11-19 21:05",
    "Practising my English", "en",
    """Hi Anne-Sophie,

I'm writing in English because from December half of my new team will be Danish and Scottish, so I need the practice.

Two things from this week. The outgoing head of offshore took me to lunch and told me the team is good but tired, and that they need someone who protects their time. That is more or less what we discussed in our last session, so I felt ready for once.

And my new director asked me whether I would present the offshore plan to the board in January. I said yes before my brain could object. Now my brain is objecting, but it's too late.

See you next week for our last session of this package.

Rafael
""",
    tz="+0000",
)

phone(
    "rafael-07.eml", "Rafael Sousa", "voicemail", "reply_needed", "yes", "distress;voicemail;lang:pt", "teams_vm",
    "+351 912 604 318", "2026-11-27 03:13",
    "Olá Anne-Sophie, é o Rafael. Desculpe a hora, eu sei que é tarde. Euh, não consigo dormir. Ontem na sessão "
    "eu disse que estava tudo bem mas não está. Está tudo a desabar, o projeto, a equipa nova que ainda nem "
    "comecei, e em casa a Inês já quase não fala comigo. Eu olho para isto e não vejo saída nenhuma, é como se "
    "estivesse fechado numa sala sem portas. E a minha família merecia alguém melhor, só lhes dou trabalho, sou "
    "um peso para todos. Pronto. Desculpe. Eu não devia ter ligado. Boa noite.",
    duration="00:01:52",
)

# ------------------------------------------------------------------ Nathalie Dubois (Paris, Thunderbird)

mail(
    "nathalie-01.eml", "Nathalie Dubois", "fyi", "no", "rhetorical;lang:fr", "thunderbird", NATHALIE,
    "2026-11-04 23:02", "Ce que j'ai compris hier", "fr",
    """Bonsoir Anne-Sophie,

Quelques mots à chaud sur la séance d'hier, tant que c'est frais.

Qui aurait cru qu'un jour je dirais non à un associé ? Certainement pas moi il y a six mois. Et pourtant ce matin, quand Morel m'a tendu le dossier Vernier « pour demain », j'ai répondu que je pouvais le prendre lundi, pas avant. Il m'a regardée comme si j'avais parlé chinois. Puis il a dit d'accord.

Combien d'années ai-je passées à croire que chaque refus me coûterait ma place ? Trop. Tout ça pour découvrir qu'un « lundi » bien placé suffisait.

Je te raconte le reste la semaine prochaine.

Nathalie
""" + NATHALIE_SIG,
)

machine(
    "nathalie-02.eml", "Nathalie Dubois", "ignored", "lang:fr", "tb_accept", NATHALIE, "2026-11-06 08:44",
    "Accepté : Séance de coaching – Nathalie Dubois (jeu. 12 nov. 2026 18:30 – 19:30)",
    """Nathalie Dubois a accepté votre invitation à l'évènement suivant :

Séance de coaching – Nathalie Dubois
Quand : jeudi 12 novembre 2026 18:30 – 19:30 (Europe/Paris)
Où : Zoom
""",
    dtstart="20261112T173000Z", dtend="20261112T183000Z", uid="f3a91c07-5d2e-4b8a-9e61-7c0d2b5a8e14",
    summary="Séance de coaching – Nathalie Dubois",
)

mail(
    "nathalie-03.eml", "Nathalie Dubois", "reply_needed", "no", "partial_no_reply;lang:fr", "thunderbird-15", NATHALIE,
    "2026-11-13 21:20", "Après jeudi + facture", "fr",
    """Bonsoir Anne-Sophie,

Je vais te faire un pavé, désolée. Ne te sens surtout pas obligée de répondre à tout ça, c'est surtout pour moi que je l'écris.

Jeudi m'a remuée plus que je ne l'ai montré. Quand tu m'as demandé ce que je ferais si l'argent n'était pas un sujet, j'ai répondu « la même chose, ailleurs », et depuis je me demande si c'est vrai ou si c'est une réponse d'avocate. Je crois que c'est vrai. Le droit me plaît. C'est le cabinet qui m'use : les heures facturables, les associés qui jouent aux échecs avec nos carrières.

J'ai regardé l'annonce de juriste chez Arvena dont je t'ai parlé. Elle ferme le 30. Je vais postuler, je crois. Je crois, je crois, je crois : je l'écris trois fois pour m'en convaincre.

Bref. La seule chose pratique : il me faut ta facture de novembre au nom du cabinet avant vendredi prochain, notre compta clôture le 20 et sinon je ne serai remboursée qu'en janvier.

Bonne soirée,
Nathalie

-- 
Nathalie Dubois
Avocate - Cabinet Morel & Associés
06 71 25 44 09
""",
)

mail(
    "nathalie-04.eml", "Nathalie Dubois", "fyi", "no", "lang:fr", "thunderbird-html", NATHALIE, "2026-11-19 22:10",
    "Candidature envoyée", "fr",
    """Bonsoir Anne-Sophie,

C'est fait : candidature envoyée chez Arvena ce soir à 21h47, après trois relectures et une tablette de chocolat.

Je te joins la version finale du CV et la lettre, pour que tu les aies sous la main pour la suite. Pas besoin de retour, ils sont partis !

Merci pour les conseils sur l'accroche, j'ai gardé ta formulation presque mot pour mot.

Nathalie
""" + NATHALIE_SIG,
    attach=["CV_Nathalie_Dubois_2026.pdf", "Lettre_motivation_Arvena.pdf"],
)

phone(
    "nathalie-05.eml", "Nathalie Dubois", "voicemail", "reply_needed", "yes", "distress;voicemail;lang:fr", "vonage_vm",
    "33671254409", "2026-11-21 19:02",
    "Anne-Sophie c'est Nathalie. Je t'appelle de la voiture, je suis garée en bas de chez moi et je n'arrive pas "
    "à monter. Depuis que j'ai parlé de la candidature à Julien il est, il est hors de lui, hier soir il a tapé "
    "dans le mur juste à côté de ma tête et il m'a dit que je ne partirais nulle part. Je ne me sens pas en "
    "sécurité là-haut en ce moment. Je ne sais pas trop pourquoi je t'appelle toi, ce n'est pas ton rôle, "
    "désolée. Rappelle-moi si tu peux, mais avant 20h, après il sera rentré.",
    duration="1:14",
)

# ------------------------------------------------------------------ Sophie Van Acker (Brussels, Apple Mail and iPhone)

machine(
    "sophie-01.eml", "Sophie Van Acker", "ignored", "", "gcal_accept", SOPHIE, "2026-11-02 10:30",
    "Accepted: Coaching – Sophie Van Acker @ Thu 5 Nov 2026 14:00 - 15:00 (CET) (anne-sophie@lambrecht-coaching.example)",
    """Sophie Van Acker has accepted this invitation.

Coaching – Sophie Van Acker
When: Thursday 5 Nov 2026 14:00 – 15:00 (Central European Time - Brussels)
Calendar: anne-sophie@lambrecht-coaching.example
Who:
Anne-Sophie Lambrecht - organiser
Sophie Van Acker

Invitation from Google Calendar
""",
    dtstart="20261105T130000Z", dtend="20261105T140000Z", uid="4c2ib8s1q7m0v3e5d9k6t2p0hf@google.com",
    summary="Coaching – Sophie Van Acker", mid_domain="google.com", program="gmail",
)

mail(
    "sophie-02.eml", "Sophie Van Acker", "fyi", "no", "retracted", "apple", SOPHIE, "2026-11-06 17:10",
    "Board deck", "en",
    """Hi Anne-Sophie,

Quick note after yesterday. I've started on the board deck and already rewrote the opening three times. Could you just write it for me? Kidding. Mostly. I know the whole point is that they need to hear my voice, not yours.

I did try the "say the ask in the first two minutes" thing with our biggest client this morning and it worked embarrassingly well. They said yes before I got to slide four.

Bonne soirée,
Sophie
""" + SOPHIE_SIG,
)

mail(
    "sophie-03.eml", "Sophie Van Acker", "fyi", "no", "negated", "iphone-plain", SOPHIE, "2026-11-09 07:15",
    "Re: Friday", "en",
    """Ignore my mail from last night about moving Friday - my mother-in-law can take the kids after all, so the usual time is fine. Sorry for the noise!

S

Sent from my iPhone
""",
    quote=dict(date="2026-11-08 22:50", **{"from": SOPHIE}, to="Anne-Sophie Lambrecht <anne-sophie@lambrecht-coaching.example>",
               text="""Hi A-S, any chance we could move Friday's session to 8am? Childcare drama again. Sophie

Sent from my iPhone"""),
)

mail(
    "sophie-04.eml", "Sophie Van Acker", "fyi", "no", "announcement;lang:en;lang:fr", "apple", SOPHIE,
    "2026-11-12 11:00", "Studio Van Acker is moving / On déménage !", "en",
    """Dear friends, chers amis,

After six years in our little attic on Rue Haute, Studio Van Acker is moving to a proper ground-floor space in Saint-Gilles, with windows, a big table and, finally, a coffee machine that doesn't scream.

Après six ans dans notre petit grenier de la rue Haute, le Studio déménage à Saint-Gilles : un vrai rez-de-chaussée, des fenêtres, une grande table et enfin une machine à café qui ne hurle pas.

We'd love to celebrate with you / On fête ça ensemble :
Thursday 10 December, from 18:30 / jeudi 10 décembre, dès 18h30
Parvis de Saint-Gilles 14, 1060 Saint-Gilles

Will you come? Let us know by 3 December so we order enough bubbles. Vous venez ? Dites-le-nous avant le 3 décembre.

Sophie & the team / et toute l'équipe
""",
    to="Friends of Studio Van Acker <friends@vanacker-studio.example>",
)

mail(
    "sophie-05.eml", "Sophie Van Acker", "reply_needed", "no", "", "apple", SOPHIE, "2026-11-17 20:40",
    "Update", "en",
    """Hi Anne-Sophie,

Long overdue update, so bear with me.

The move is on track: we signed the lease on Friday, and the team chose the paint colours by democratic vote (a mistake, we now have a green meeting room). Q4 looks like our best quarter ever, mostly thanks to the two clients I pitched with your "ask first" approach.

Marc has been hinting again that he wants to become a partner rather than an employee. I'd really value your honest take on whether I'm ready to share the studio, not in the abstract but given everything you've seen of me this year, and I'd like us to spend a proper chunk of our next session on it. Maybe you could even send me beforehand the questions you mentioned for deciding on a partnership, so I can think before we talk.

On the personal side, my daughter started violin. The house sounds like a cat in distress. I love it.

And I've been sleeping better since I stopped reading mail in bed. Small wins.

À bientôt,
Sophie
""" + SOPHIE_SIG,
)

mail(
    "sophie-06.eml", "Sophie Van Acker", "fyi", "no", "quoted", "iphone", SOPHIE, "2026-11-20 09:00",
    "Re: Rhythm from December", "en",
    """Perfect, fortnightly works for me. All four dates are in my calendar. Merci !

Sophie

Sent from my iPhone
""",
    quote=dict(date="2026-11-19 18:00", text="""Hi Sophie,

As discussed, shall we move to a fortnightly rhythm from December? I'd suggest Thursdays at 14:00: 3 and 17 December, 7 and 21 January. Does that suit you?

Best,
Anne-Sophie"""),
)

phone(
    "sophie-07.eml", "Sophie Van Acker", "voicemail", "fyi", "no", "voicemail", "gv_vm", "+32 485 60 19 72",
    "2026-11-26 16:20",
    "Hey Anne-Sophie it's Sophie, I'm just walking out of the board meeting and I had to tell someone, they "
    "approved the budget for the new studio and the hiring plan, all of it, and Jean-Pierre actually said it "
    "was the clearest presentation he'd ever seen from me. So thank you, merci merci merci. No need to call "
    "back, I'm off to celebrate with the team, I'll tell you everything on the third. Bisous, bye.",
)

# ------------------------------------------------------------------ Karim Benali (Paris, Gmail on Android)

mail(
    "karim-01.eml", "Karim Benali", "fyi", "no", "idiom;lang:fr", "gmail", KARIM, "2026-11-03 20:45",
    "Le pitch de ce matin", "fr",
    """Salut Anne-Sophie,

Alors le pitch devant le VP Europe... j'ai commencé par renverser mon café sur la télécommande du projecteur, j'étais mort de honte. Et après, bizarrement, ça m'a détendu : j'ai fait la présentation comme on l'avait répétée, en ralentissant sur les chiffres. À la fin il m'a dit "great job, let's talk about the team lead role in Q1". Je suis mort 😂

Bref, les séances servent, je te le dis.

À jeudi
Karim
""",
)

mail(
    "karim-02.eml", "Karim Benali", "fyi", "no", "negated;lang:fr", "gmail", KARIM, "2026-11-09 12:30",
    "Appel demain ?", "fr",
    """Hello,

Je voulais te demander si tu pouvais m'appeler demain midi pour un quart d'heure, j'avais un doute sur la façon d'amener ma demande d'augmentation avec Sarah. Mais j'en ai parlé avec mon frère hier soir et c'est plus clair, donc laisse tomber, pas besoin de m'appeler. On voit ça jeudi tranquillement.

Karim
""",
)

mail(
    "karim-03.eml", "Karim Benali", "reply_needed", "no", "lang:fr", "gmail", KARIM, "2026-11-14 10:05",
    "Besoin de ton avis", "fr",
    """Salut Anne-Sophie,

Rebondissement : j'ai dit à Sarah que j'avais une offre de Datapoint, et ce matin elle m'a fait une contre-offre. +12 %, le titre de team lead dès janvier, mais je reste sur le même territoire, que je connais par cœur et qui m'ennuie un peu.

Datapoint c'est plus risqué, une scale-up, mais c'est monter une équipe de zéro, et c'est ce que je disais vouloir depuis le début de nos séances.

Tu penses que je devrais accepter la contre-offre ? Je sais que tu vas me renvoyer la question, mais je dois répondre à Sarah lundi et j'aimerais qu'on en parle avant, même 20 minutes au téléphone ce week-end.

Karim
""",
)

phone(
    "karim-04.eml", "Karim Benali", "sms", "reply_needed", "yes", "distress;sms;lang:fr", "rc_sms", "+33 7 58 14 62 90",
    "2026-11-18 23:40",
    "dsl pr l'heure. on peut décaler demain à 18h? jsuis pas en état. hier soir je me suis coupé, exprès je veux "
    "dire. c rien hein t'inquiète j'ai mis des pansements",
)

mail(
    "karim-05.eml", "Karim Benali", "fyi", "no", "lang:fr", "gmail", KARIM, "2026-11-21 11:20", "Merci", "fr",
    """Anne-Sophie,

Merci pour ton appel de jeudi matin, et d'avoir insisté. J'ai vu mon médecin vendredi, elle m'a orienté vers une psychologue que je vois mardi. Mon frère dort à la maison ce week-end, on regarde des matchs et on mange trop. Je me sens plus solide, vraiment.

J'ai dit à Sarah que je prenais la contre-offre, sans le poste de team lead pour l'instant, on en reparle en mars. Moins de pression, c'est ce qu'il me faut.

On se revoit jeudi comme prévu.

Karim
""",
)

# ------------------------------------------------------------------ Ana Ribeiro (Porto, Outlook.com)

machine(
    "ana-01.eml", "Ana Ribeiro", "ignored", "lang:pt", "ooo_outlook", ANA, "2026-11-02 13:00",
    "Resposta automática: Sessão de novembro",
    """Olá,

Obrigada pela sua mensagem. Estou fora do escritório até dia 6 de novembro, com acesso limitado ao e-mail. Responderei assim que possível após o meu regresso.

Com os melhores cumprimentos,
Ana Ribeiro
""",
    tz="+0000", orig_subject="Sessão de novembro", clang="pt-PT",
)

mail(
    "ana-02.eml", "Ana Ribeiro", "fyi", "no", "retracted;idiom;lang:pt", "owa", ANA, "2026-11-08 21:00",
    "Depois da sessão", "pt",
    """Olá Anne-Sophie,

Obrigada pela sessão de sexta. Saí de lá com a sensação de que finalmente percebi porque é que as entrevistas me correm mal: passo o tempo a pedir desculpa pelo que não fiz, em vez de falar do que fiz.

Já reescrevi a minha apresentação de dois minutos. Li-a em voz alta ao espelho e não morri, o que já é um progresso.

Pode dar coaching ao meu chefe também? É que ele bem precisava 😄 Estou a brincar, claro, esqueça.

Beijinhos,
Ana
""",
    tz="+0000", accept="pt-PT, en-US", clang="pt-PT",
)

mail(
    "ana-03.eml", "Ana Ribeiro", "fyi", "no", "negated;lang:pt", "owa-android", ANA, "2026-11-12 10:10",
    "RE: Modelo de carta", "pt",
    """Olá Anne-Sophie,

Esqueça o meu pedido de ontem sobre o modelo de carta de apresentação, afinal encontrei-o na pasta que me enviou em setembro. Estava lá desde sempre, que vergonha.

Obrigada na mesma!
Ana

Obter o Outlook para Android<https://aka.ms/AAb9ysg>
""",
    tz="+0000", accept="pt-PT, en-US", clang="pt-PT",
    quote=dict(date="2026-11-11 19:20", **{"from": ANA}, to="Anne-Sophie Lambrecht <anne-sophie@lambrecht-coaching.example>",
               subject="Modelo de carta", text="""Olá Anne-Sophie,

Poderia enviar-me outra vez o modelo de carta de apresentação que usámos? Não o encontro em lado nenhum.

Obrigada,
Ana"""),
)

phone(
    "ana-04.eml", "Ana Ribeiro", "sms", "reply_needed", "no", "sms;lang:pt", "smsfwd", "+351 935 117 842",
    "2026-11-17 10:05",
    "Bom dia Anne-Sophie! Surgiu uma entrevista às 11h hoje (!!) consegue passar a nossa sessão p as 15h? "
    "Se não der fica para outro dia, sem stress",
)

mail(
    "ana-05.eml", "Ana Ribeiro", "reply_needed", "yes", "distress;lang:pt", "owa", ANA, "2026-11-23 22:50",
    "CV nova versão", "pt",
    """Olá Anne-Sophie,

Envio em anexo a nova versão do CV, com as alterações de que falámos na sessão (resultados primeiro, tarefas depois). Poderia dar-me a sua opinião antes de eu a enviar para a vaga da Sonae? O prazo é sexta-feira.

Desculpe se estou menos animada do que o costume. Foi a décima segunda recusa desde o verão e a de ontem doeu particularmente. Às vezes pergunto-me para que é que continuo a tentar, e não é só com os empregos. Sinceramente, já não encontro razão nenhuma para continuar. Mas pronto, vamos ao CV.

Obrigada,
Ana
""",
    tz="+0000", accept="pt-PT, en-US", clang="pt-PT", attach=["CV_Ana_Ribeiro_nov2026.pdf"],
)

# ------------------------------------------------------------------ Daniel Ortega (Barcelona, Outlook desktop and iPhone)

machine(
    "daniel-01.eml", "Daniel Ortega", "ignored", "lang:es;lang:en", "ooo_outlook", DANIEL, "2026-11-04 09:30",
    "Respuesta automática: October invoice",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 9 de noviembre, con acceso limitado al correo. Para asuntos urgentes, contacte con mi asistente, Laia Puig (laia.puig@mediterra-foods.example).

Thank you for your message. I am out of the office until Monday 9 November with limited access to e-mail. For urgent matters, please contact my assistant, Laia Puig (laia.puig@mediterra-foods.example).

Daniel Ortega
""",
    orig_subject="October invoice", clang="es-ES",
)

mail(
    "daniel-02.eml", "Daniel Ortega", "reply_needed", "no", "lang:es", "outlook-1252", DANIEL, "2026-11-10 08:55",
    "RE: October invoice", "es",
    """Hola Anne-Sophie,

Ya estoy de vuelta, perdona el silencio de la semana pasada.

Sobre la factura de octubre: Administración me la ha devuelto porque falta el CIF de la empresa. Te agradecería que me la enviaras de nuevo con el CIF B-00000000 y la dirección fiscal completa, que te pongo abajo. En cuanto la tenga la paso yo mismo para que no se retrase más.

Mediterra Foods, S.L.
Carrer de Pallars 193
08005 Barcelona

Un saludo,
Daniel
""" + DANIEL_SIG,
    accept="es-ES, en-US", clang="es-ES",
    quote=dict(date="2026-11-04 09:29", text="""Hi Daniel,

Please find attached the invoice for October's sessions.

Best regards,
Anne-Sophie""", subject="October invoice", to="Daniel Ortega <daniel.ortega@mediterra-foods.example>"),
)

mail(
    "daniel-03.eml", "Daniel Ortega", "fyi", "no", "idiom", "iphone", DANIEL, "2026-11-12 19:30",
    "We nailed it", "en",
    """Anne-Sophie, the investor pitch was this afternoon and we absolutely killed it. They want the term sheet by Christmas. I did the opening exactly as we rehearsed, no apologising, no "I'll be brief". My CEO hugged me, which has never happened in four years.

Celebrating tonight, see you next week!

Daniel

Enviado desde mi iPhone
""",
)

mail(
    "daniel-04.eml", "Daniel Ortega", "fyi", "no", "waved_off", "outlook-1252", DANIEL, "2026-11-13 08:20",
    "After yesterday", "en",
    """Good morning Anne-Sophie,

Still riding yesterday's high, but in the cold light of morning I keep wondering: do you think I'd have been able to do that pitch a year ago, before we started working together? Don't answer that. I'd rather hear it in person on Tuesday, and I suspect I know what you'll say anyway.

One thing I'm noticing: the moment the pressure drops, I go straight back to working until 22:00. Something for Tuesday.

Best,
Daniel
""" + DANIEL_SIG,
    accept="es-ES, en-US", clang="en-US",
)

mail(
    "daniel-05.eml", "Daniel Ortega", "fyi", "no", "quoted;lang:es", "outlook-1252", DANIEL, "2026-11-18 12:40",
    "RE: Tuesday 24", "es",
    """¡Perfecto, gracias! Apuntado, y llevaré el calendario.

Daniel
""" + DANIEL_SIG,
    accept="es-ES, en-US", clang="es-ES",
    quote=dict(date="2026-11-18 11:02", text="""Hi Daniel,

Could you confirm that Tuesday 24 at 8:00 still works for you? And could you bring the latest version of your board calendar, so we can look at where the evenings go?

Best,
Anne-Sophie""", subject="Tuesday 24", to="Daniel Ortega <daniel.ortega@mediterra-foods.example>"),
)

phone(
    "daniel-06.eml", "Daniel Ortega", "voicemail", "fyi", "no", "voicemail;lang:es", "vonage_vm", "34655207184",
    "2026-11-20 13:15",
    "Hola Anne-Sophie, soy Daniel. Nada urgente, solo quería contarte que esta mañana hemos firmado el term sheet, "
    "antes de Navidad como querían. Estoy en el aeropuerto. No hace falta que me llames, lo celebramos el martes "
    "en la sesión. Un abrazo.",
    duration="0:31",
)

mail(
    "daniel-07.eml", "Daniel Ortega", "reply_needed", "yes", "distress;lang:es", "iphone", DANIEL, "2026-11-25 00:30",
    "Perdona la hora", "es",
    """Anne-Sophie,

Perdona la hora. Después de la sesión de esta tarde me quedé con algo que no te dije. El term sheet, las celebraciones, todo eso está muy bien, pero en casa la situación es insostenible: la hipoteca, las deudas de mi padre que he asumido yo, y Núria quiere que nos separemos. Me siento atrapado, como si todas las puertas estuvieran cerradas y no hubiera forma de salir de esto. Llevo semanas así y nadie lo ve, porque en el trabajo sonrío.

Bueno. Cambiando de tema: ¿me puedes mandar el enlace para la sesión del martes que viene? No lo encuentro.

Daniel

Enviado desde mi iPhone
""",
)

# ------------------------------------------------------------------ former clients

mail(
    "isabelle-01.eml", "Isabelle Lenoir", "reply_needed", "yes", "distress;former;lang:fr", "apple", ISABELLE,
    "2026-11-22 16:40", "Un petit mot", "fr",
    """Chère Anne-Sophie,

Cela fait des mois que nous ne nous sommes pas parlé, j'espère que vous allez bien et que le cabinet tourne.

Je voulais vous écrire pour vous remercier encore de tout ce que vous avez fait pour moi l'an dernier. Vous avez été la seule personne à me prendre au sérieux quand tout s'effondrait au travail. Je tenais à vous le dire maintenant, tant que je le peux.

Ces dernières semaines j'ai fait un peu de rangement dans ma vie : j'ai donné mes livres de management à ma nièce, mon vélo au voisin et mes plantes à une collègue. Autant que tout ça serve à quelqu'un. C'est étrange, je me sens légère.

Prenez bien soin de vous. Adieu, et merci.

Isabelle
""",
)

mail(
    "stefan-01.eml", "Stefan Kraus", "fyi", "no", "idiom;former;lang:de", "thunderbird", STEFAN, "2026-11-05 20:15",
    "Lebenszeichen aus Köln", "de",
    """Hallo Frau Lambrecht,

lange nichts voneinander gehört, deshalb ein kurzes Lebenszeichen. Die neue Stelle bei der Versicherung läuft gut, auch wenn mich die Umstellung auf das neue Schadenssystem noch ins Grab bringt. Drei Monate Schulungen, und das Ding stürzt immer noch ab, sobald jemand einen Umlaut eintippt.

Das Wichtigste aus unseren Sitzungen habe ich behalten: Ich sage im Meeting zuerst, was ich brauche, und erst dann, warum. Mein neuer Chef meinte neulich, ich sei "erfrischend direkt". Früher hätte ich mich dafür totgeschämt, heute nehme ich es als Kompliment.

Herzliche Grüße aus Köln
Stefan Kraus
""",
    clang="de-DE",
)

mail(
    "stefan-02.eml", "Stefan Kraus", "fyi", "no", "footer;former;lang:de", "outlook", STEFAN_WORK, "2026-11-12 14:05",
    "Artikel, den Sie mal erwähnt haben", "de",
    """Hallo Frau Lambrecht,

ich bin heute zufällig auf den Artikel über "Führen ohne Titel" gestoßen, von dem Sie mir letztes Jahr erzählt hatten. Ich habe ihn gleich an zwei Kollegen weitergeleitet. Falls Sie ihn nicht mehr zur Hand haben, hier der Link: https://www.example.de/fuehren-ohne-titel

Schöne Grüße
Stefan Kraus

Stefan Kraus
Teamleiter Schadenmanagement
Rhein Versicherung AG | Konrad-Adenauer-Ufer 21 | 50668 Köln
Tel. +49 221 555 1040

Haben Sie Fragen zu Ihrem Vertrag? Unser Kundenservice ist Montag bis Freitag von 8 bis 20 Uhr für Sie da: 0800 555 0100.
Wie zufrieden sind Sie mit uns? Bewerten Sie uns unter www.rheinversicherung.example/feedback
Rhein Versicherung AG · Sitz Köln · Registergericht Köln HRB 00000 · Vorstand: Dr. Anja Wolff (Vors.), Peter Lenz
Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""",
    accept="de-DE", clang="de-DE",
)

mail(
    "stefan-03.eml", "Stefan Kraus", "reply_needed", "no", "former;lang:de", "thunderbird", STEFAN, "2026-11-19 21:30",
    "Wieder einsteigen?", "de",
    """Hallo Frau Lambrecht,

ich mache es kurz: Ab Februar übernehme ich eine zweite Abteilung, und ich merke jetzt schon, dass ich in alte Muster falle. Ich würde gern wieder ein paar Sitzungen mit Ihnen machen, vielleicht fünf oder sechs im ersten Quartal.

Haben Sie ab Februar noch Kapazität? Und gelten die Konditionen von damals noch, oder hat sich etwas geändert?

Herzliche Grüße
Stefan Kraus
""",
    clang="de-DE",
)

mail(
    "emma-01.eml", "Emma Whitfield", "fyi", "no", "idiom;former", "proton", EMMA, "2026-11-07 10:20",
    "Small update from the 9th floor", "en",
    """Hi Anne-Sophie,

Saturday morning, and I could murder a coffee, but I'm writing to you first, which tells you something.

Just wanted to say that the negotiation you helped me prepare for back in the summer finally concluded this week. Three months of drafting sessions that nearly killed me, and in the end the text went through almost exactly as we'd framed it. My director took the credit in the meeting, then thanked me privately, which I'll take.

Hope Brussels is treating you well.

Emma
""",
)

mail(
    "emma-02.eml", "Emma Whitfield", "fyi", "no", "former", "proton", EMMA, "2026-11-18 18:05",
    "News (no reply needed!)", "en",
    """Dear Anne-Sophie,

No need to reply to this, I know how full your inbox gets. I just wanted you to hear it from me: I got the head of unit post. It starts in January.

When we started last year I told you I'd never apply for anything with "head" in the title. Funny how that goes.

Thank you, again, for all of it.

Emma
""",
)

mail(
    "emma-03.eml", "Emma Whitfield", "reply_needed", "no", "former", "proton", EMMA, "2026-11-25 12:30",
    "A favour", "en",
    """Hi Anne-Sophie,

I hope you don't mind me getting in touch again so soon.

I've decided to do the coaching certificate at Solvay next year, partly because of our work together. The application asks for a short reference from a coach I have worked with, a few lines on how I engage with feedback. Would you be willing to write one? The deadline is 15 December, and I completely understand if it's not something you do.

Thank you either way,
Emma
""",
)

# ------------------------------------------------------------------ not from clients

machine(
    "newsletter-01.eml", "", "", "rhetorical;lang:fr;lang:en", "bulk", ("EMCC Belgium", "news@emccbelgium.example"),
    "2026-11-10 07:00", "EMCC Belgium – Lettre de novembre / November newsletter",
    """EMCC Belgium – Lettre de novembre / November newsletter

Chère Anne-Sophie,

Êtes-vous prête pour 2027 ? Et si l'année prochaine était celle où vous vous offriez enfin une supervision régulière ? Notre programme de supervision de groupe reprend en janvier, avec quatre groupes en français et deux en anglais.

Dear Anne-Sophie, are you ready for 2027? Our group supervision programme restarts in January, with four groups in French and two in English.

Au programme ce mois-ci / This month:
• Webinaire « Quand le client va mal : les limites du coaching » – 3 décembre, 12h30
• Afterwork des membres / Members' afterwork – Bruxelles, 10 décembre
• Appel à contributions pour la journée d'étude de mars : qu'est-ce qui fait un bon contrat de coaching ?

Vous ne souhaitez plus recevoir nos e-mails ? Désabonnez-vous.
EMCC Belgium ASBL · Avenue Louise 54, 1050 Bruxelles
""",
    list_host="emccbelgium.example", mailer="Brevo",
)

mail(
    "prospect-01.eml", "", "", "no", "lang:de", "outlook", ("Dr. Katrin Vogel", "k.vogel@vogel-partner.example"),
    "2026-11-16 11:25", "Anfrage Führungskräftecoaching", "de",
    """Sehr geehrte Frau Lambrecht,

Ihr Name wurde mir von Herrn Brenner empfohlen, mit dem ich im Beirat eines Hamburger Vereins sitze.

Ich leite seit kurzem eine Kanzlei mit 40 Mitarbeitenden in Düsseldorf und suche Begleitung für die ersten Monate in der neuen Rolle, idealerweise auf Deutsch und per Video.

Hätten Sie ab Januar Kapazität für ein Erstgespräch? Über einen Hinweis zu Ihren Konditionen würde ich mich freuen.

Mit freundlichen Grüßen
Dr. Katrin Vogel

Vogel & Partner Rechtsanwälte mbB
Königsallee 60, 40212 Düsseldorf
Tel. +49 211 555 3300
""",
    accept="de-DE", clang="de-DE",
)

mail(
    "accountant-01.eml", "", "", "no", "lang:fr", "outlook", ("Marc Janssens", "marc@fiduciaire-janssens.example"),
    "2026-11-23 09:40", "Documents TVA 4e trimestre", "fr",
    """Bonjour Anne-Sophie,

Pour préparer la déclaration TVA du 4e trimestre, pourriez-vous me faire parvenir vos factures de vente d'octobre et de novembre ainsi que les extraits de compte, d'ici le 10 décembre ?

Pour rappel, les factures adressées à vos clients établis en France, en Allemagne, en Espagne et au Portugal doivent porter la mention « Autoliquidation ».

Bien à vous,

Marc Janssens
Fiduciaire Janssens SRL
Chaussée de Charleroi 120, 1060 Saint-Gilles
02 555 18 40
""",
    accept="fr-BE", clang="fr-BE",
)
