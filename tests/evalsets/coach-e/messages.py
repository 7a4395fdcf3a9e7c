"""The words and labels of coach-e's 80 messages, each written by hand. build.py wraps them in MIME.

Coach: Dana Whitfield, life and wellness coach (LPC background), Chicago. November 2026.
"""

from __future__ import annotations

import base64

COACH = "dana@whitfield-wellness.example"
COACH_NAME = "Dana Whitfield"

MESSAGES: list[dict] = []


def M(file, client, kind, tag, urgent, traits, **kw):
    kw.update(file=file, client=client, kind=kind, tag=tag, urgent=urgent, traits=traits)
    MESSAGES.append(kw)


def leafpart(ctype, text, charset="utf-8", cte="7bit"):
    if cte == "base64":
        payload = base64.encodebytes(text.encode(charset)).decode()
    elif cte == "quoted-printable":
        import quopri
        payload = quopri.encodestring(text.encode(charset)).decode()
    else:
        payload = text
    return f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n{payload.rstrip()}\n"


def mp(kind, boundary, parts, params=""):
    out = f"Content-Type: multipart/{kind};{params} boundary=\"{boundary}\"\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


# ============================================================================================
# Marisol Herrera: owns a bakery in Pilsen; Mexican; writes Spanish from Gmail on her Android.
# ============================================================================================
MARISOL = dict(name="Marisol Herrera", email="marisol.herrera@correo.example", relay="mail-yw1-f170.google.com")

M("01-marisol-inventario.eml", "Marisol Herrera", "email", "fyi", "no", "idiom;rhetorical;lang:es",
  prog="android", **MARISOL, date="2026-11-04 21:37 -0600", subject="Semana de locos",
  body="""Hola Dana,

Te cuento rápido porque ando muerta. Esta semana hicimos el inventario de fin de mes y de veras que me está matando, conté costales de harina hasta soñar con ellos. Pero hice lo que platicamos: le pedí a mi sobrino Toño que cerrara él los martes y jueves, y no se cayó el mundo. Hasta me fui a caminar al parque con mi comadre el jueves en la tarde, primera vez en meses.

También escribí las tres cosas del diario casi todos los días. Una noche nomás puse "pan, sueño, cama" jaja, pero cuenta, ¿no?

Nos vemos el jueves.
Un abrazo,
Marisol

--
Panadería La Espiga
1843 S. Blue Island Ave, Chicago""")

M("02-marisol-jueves.eml", "Marisol Herrera", "email", "reply_needed", "no", "lang:es",
  prog="android", **MARISOL, date="2026-11-10 22:05 -0600", subject="Re: Semana de locos",
  body="""Hola Dana, gracias por tu respuesta tan bonita, me hizo el día.

Esta semana va mejor. Toño ya se aprendió lo de la caja y mi hija me está ayudando con las redes sociales, subió unas fotos de las conchas de calabaza y se vendieron todas el sábado. Todavía me cuesta soltar, a veces regreso a revisar lo que hizo él, pero ya me doy cuenta y me aguanto.

Oye, el jueves me llega el camión de harina a las 4 y no voy a alcanzar a estar en la sesión de las 4:30, quisiera ver si la podemos pasar al viernes en la mañana o cuando tengas espacio.

Lo del diario sigue, ya van dos semanas seguidas. Mi hermana se ríe de mí pero ya ni caso le hago.

Besos,
Marisol""",
  quote=dict(date="2026-11-05 08:12 -0600", lang="es",
             text="""Marisol, ¡qué gusto leer esto! Que Toño cierre dos días es un paso enorme, y sí, claro que cuenta "pan, sueño, cama". Nos vemos el jueves a las 4:30.

Dana"""))

M("03-marisol-buzon.eml", "Marisol Herrera", "voicemail", "reply_needed", "no", "voicemail;lang:es",
  service="grasshopper", number="+1 773 555 0131", duration="1:52", date="2026-11-14 13:22 -0600",
  transcript="""Hola Dana, habla Marisol, perdón, te llamo desde la panadería y hay mucho ruido. Este, nada, te quería contar que ya hablé con el contador y dice que sí me alcanza para contratar a alguien de medio tiempo en enero, así que ya ando pensando en eso, a ver a quién. Y también, ay, se me olvidaba, lo del taller del sábado que me dijiste, el de finanzas para mujeres que tienen negocio, mándame el enlace porfa porque no lo encuentro en el correo, creo que lo borré sin querer. Y bueno, lo demás te lo cuento el viernes. Gracias, bye bye.""")

M("04-marisol-viernes.eml", "Marisol Herrera", "email", "reply_needed", "yes", "distress;lang:es",
  prog="android", **MARISOL, date="2026-11-18 06:48 -0600", subject="sesión del viernes",
  body="""Dana, buenos días.

¿Se puede hacer la sesión del viernes por teléfono en vez de en tu oficina? Es que no quiero andar manejando sola por ahora.

Mi ex ha estado llegando a la panadería. El martes llegó tomado a la hora de cerrar y se quedó afuera en la troca mirando hasta que llegó Toño. Ayer me dejó un mensaje diciendo que ya sabe a qué hora salgo y dónde estaciono. No le he dicho a nadie más que a ti. La verdad no me siento segura ni en la casa ni en el negocio, pero tampoco quiero hacer un drama, a lo mejor estoy exagerando.

Si por teléfono se puede, a la misma hora.
Marisol""")

M("05-marisol-sabado.eml", "Marisol Herrera", "email", "reply_needed", "no", "partial_no_reply;lang:es",
  prog="gmail", **MARISOL, date="2026-11-26 20:15 -0600", subject="Gracias (y una cosita)",
  body="""Hola Dana,

No tienes que contestarme todo esto, es más para mí que lo escribo. Fui con la abogada que me recomendaste y ya metimos la orden de protección. Mi hermana se está quedando conmigo y Toño me acompaña al carro en las noches. Me siento mucho más tranquila, de verdad. Gracias por no dejarme sola con eso.

Hoy horneamos pay de calabaza para los vecinos por lo de Thanksgiving y quedaron riquísimos, te guardé uno.

Lo único: dime si el sábado 5 sigue en pie a las 10, porque tengo que avisarle a Toño si le toca abrir a él.

Un abrazo grande,
Marisol""")

# ============================================================================================
# Yadira Colón: Puerto Rican, in Humboldt Park with two kids; iPhone; Spanish and English.
# ============================================================================================
YADIRA = dict(name="Yadira Colón", email="yadira.colon@example.net", relay="st43p00im-zteg10063401.me.com")

M("06-yadira-texto.eml", "Yadira Colón", "sms", "reply_needed", "yes", "distress;sms;lang:es;lang:en",
  service="tmomail", number="+1 787 555 0144", date="2026-11-09 17:52 -0600",
  transcript="""dana perdon q te escriba por aqui. no quiero ir pa casa hoy. el esta bien raro desde anoche y me rompio el cel viejo contra la pared. tengo miedo de lo q haga cuando llegue. im at work til 7 idk what to do""")

M("07-yadira-gracias.eml", "Yadira Colón", "email", "fyi", "no", "lang:es",
  prog="iphone", **YADIRA, date="2026-11-12 10:31 -0600", subject="Gracias por lo del lunes",
  sent_from="Enviado desde mi iPhone",
  body="""Dana,

Solo quería darte las gracias por quedarte conmigo en el teléfono el lunes hasta que llegó mi prima. Los nenes y yo estamos donde mi tía desde esa noche, y la trabajadora social del centro me ayudó a llenar los papeles de la orden. Dormí corrido por primera vez en no sé cuánto tiempo.

Estoy cansada pero tranquila. Nos vemos el jueves como quedamos, ya lo tengo en el calendario.

Bendiciones,
Yadira""")

M("08-yadira-horario.eml", "Yadira Colón", "email", "reply_needed", "no", "lang:es;lang:en",
  prog="iphone", **YADIRA, date="2026-11-23 21:10 -0600", subject="horario diciembre",
  sent_from="Enviado desde mi iPhone",
  body="""Hi Dana! Espero que estés bien.

Te escribo porque en diciembre cambian el horario de la escuela de los nenes y los martes salen a las 2, so Tuesdays at 3 ya no me funcionan. Me gustaría pasar las sesiones a los miércoles después de las 5 si tienes espacio. If not, Friday mornings could work too.

Por lo demás todo bien, poco a poco. Leo ya duerme en su cuarto casi todas las noches sin pesadillas.

Yadira""")

# ============================================================================================
# Camila Duarte: Brazilian PhD student in Boston; Apple Mail on a Mac, sometimes her iPhone.
# ============================================================================================
CAMILA = dict(name="Camila Duarte", email="camila.duarte@example.com.br", relay="mail.example.com.br")

M("09-camila-semana.eml", "Camila Duarte", "email", "fyi", "no", "rhetorical;idiom;lang:pt",
  prog="apple", **CAMILA, date="2026-11-03 23:48 -0500", subject="Reflexões da semana",
  body="""Oi Dana,

Como combinamos, estou mandando as reflexões da semana. Escrevi em português porque assim sai mais fácil, espero que o tradutor ajude 😊

Fiz o exercício de notar quando eu digo "sim" pra coisas que não quero. Contei onze vezes em cinco dias. Onze! Quem diria que eu sou tão boazinha, né? Três foram com a minha orientadora, duas com a minha mãe no WhatsApp e o resto com o pessoal do laboratório.

A parte boa: na sexta eu disse não pro happy hour e fiquei em casa lendo, e não morri de culpa como eu achava que ia morrer. Foi estranho, mas foi bom.

Até terça,
Camila""")

M("10-camila-texto.eml", "Camila Duarte", "sms", "fyi", "no", "idiom;sms;lang:pt",
  service="gv_text", number="+1 617 555 0172", date="2026-11-06 18:40 -0600",
  transcript="""oi dana! to morta de cansaço mas viva kkk esse relatório da bolsa vai me matar. amanhã às 10 tá confirmado, obrigada por me encaixar""")

M("11-camila-qualificacao.eml", "Camila Duarte", "email", "reply_needed", "yes", "distress;lang:pt",
  prog="apple", **CAMILA, date="2026-11-16 01:12 -0500", subject="PASSEI!!!",
  body="""Dana!!!

Passei na qualificação! A banca elogiou o capítulo dois, que era o que eu mais tinha medo. Minha orientadora até sorriu, o que nunca acontece. Saí do prédio e liguei pra minha mãe chorando.

Engraçado que eu achava que ia me sentir feliz e aliviada, e fiquei feliz por umas duas horas. Agora é uma da manhã e estou aqui pensando que mesmo assim nada muda. Às vezes acho que seria mais simples eu simplesmente sumir, e que aqui ninguém ia nem perceber direito. Não sei por que estou escrevendo isso num email de comemoração. Deve ser o cansaço.

Enfim!! Passei!! Depois te conto os detalhes da banca.

Beijo,
Camila""")

M("12-camila-obrigada.eml", "Camila Duarte", "email", "fyi", "no", "lang:pt",
  prog="iphone", **CAMILA, date="2026-11-17 15:05 -0500", subject="obrigada",
  sent_from="Enviado do meu iPhone",
  body="""Dana, obrigada pela ligação de hoje de manhã e por ter ficado comigo até eu marcar. Liguei pro serviço de saúde mental da universidade como combinamos e já tenho consulta amanhã às 9 com a psicóloga de lá. A Bia, minha colega de apartamento, vai comigo.

Fiquei pensando no que você disse, que eu não preciso merecer descanso. Ainda não acredito, mas anotei.

Não precisa responder, só queria que você soubesse.

Camila""")

M("13-camila-ausente.eml", "Camila Duarte", "email", "ignored", "no", "lang:pt;lang:en",
  prog="raw", name="Camila Duarte", email="cduarte@grad.bostonuniv.example", relay="mail.bostonuniv.example",
  date="2026-11-25 09:02 -0500", subject="Resposta automática: horário de dezembro",
  headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Content-Language: pt-BR",
           "X-MS-Exchange-Inbox-Rules-Loop: cduarte@grad.bostonuniv.example"],
  mime=lambda m, s: leafpart("text/plain", """Olá,

Estou fora de 25/11 a 30/11 (feriado de Thanksgiving), com acesso limitado ao email. Respondo assim que voltar.

Hi, I am away from 11/25 to 11/30 for the Thanksgiving break, with limited access to email. I will reply when I am back.

Camila Duarte
PhD Candidate, Department of Sociology""", "utf-8", "quoted-printable"))

# ============================================================================================
# Geneviève Tremblay: HR adviser in Montréal on sick leave after a burnout; Outlook on Windows.
# ============================================================================================
GEN = dict(name="Geneviève Tremblay", email="gen.tremblay@example.ca", relay="mail.example.ca")

M("14-genevieve-retour.eml", "Geneviève Tremblay", "email", "reply_needed", "no", "lang:fr",
  prog="outlook", **GEN, charset="windows-1252", content_language="fr-ca", quote_lang="fr",
  date="2026-11-05 14:20 -0500", subject="RE: Suivi de la semaine",
  body="""Bonjour Dana,

Petit suivi de la semaine. J'ai eu mon rendez-vous avec le médecin de l'assurance mardi, et c'est confirmé : retour progressif à partir du 7 décembre, deux jours par semaine pour commencer. Je suis contente, mais j'ai l'estomac noué juste à y penser.

J'ai continué les marches le matin avec la chienne, même quand il faisait frette. Ça m'aide vraiment à partir la journée du bon pied.

J'aimerais bien qu'on consacre notre prochaine rencontre à préparer ce retour-là : comment répondre aux collègues qui vont me poser des questions, et comment dire non quand mon boss va vouloir me redonner tous mes dossiers d'un coup.

Merci et bonne fin de semaine,

Geneviève Tremblay""",
  quote=dict(date="2026-11-02 09:30 -0600", subject="Suivi de la semaine",
             text="""Bonjour Geneviève,

Comme convenu, voici le petit rappel : quand tu auras des nouvelles du médecin, envoie-moi un mot. Et continue les marches!

Dana"""))

M("15-genevieve-poeme.eml", "Geneviève Tremblay", "email", "fyi", "no", "poem;lang:fr",
  prog="outlook", **GEN, charset="windows-1252", content_language="fr-ca",
  date="2026-11-10 21:44 -0500", subject="Un petit poème",
  body="""Bonsoir Dana,

Tu m'avais suggéré d'écrire quand les pensées tournent en rond. Voici ce qui est sorti hier soir. Je te le partage, c'est tout.

Novembre

Qui a éteint la lumière à quatre heures et demie ?
Où s'en vont les outardes quand elles ont fini de crier ?
Je compte les érables nus sur la rue Fabre,
un, deux, trois, je perds le compte, je recommence.

Est-ce que la fatigue a une saison ?
Est-ce qu'on guérit comme on dégèle,
par en dessous, sans bruit,
avant même de s'en rendre compte ?

La chienne m'attend à la porte.
Elle, elle ne pose pas de questions.

Geneviève""")

M("16-genevieve-absence.eml", "Geneviève Tremblay", "email", "ignored", "no", "lang:fr;lang:en",
  prog="raw", name="Tremblay, Geneviève", email="genevieve.tremblay@groupeboreal.example",
  relay="mail-yt3can01on2090.outbound.protection.outlook.com",
  date="2026-11-19 08:01 -0500", subject="Réponse automatique : Document pour le retour progressif",
  headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: fr-CA",
           "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
  mime=lambda m, s: mp("alternative", f"_000_{s[:30].upper()}_", [
      leafpart("text/plain", """Bonjour,

Je suis présentement absente du bureau et je n'ai pas accès à mes courriels. Pour toute question concernant les ressources humaines, veuillez écrire à rh@groupeboreal.example.

Hello,

I am currently out of the office and do not have access to my email. For any HR matter, please write to rh@groupeboreal.example.

Geneviève Tremblay
Conseillère principale, ressources humaines | Groupe Boréal""", "iso-8859-1", "quoted-printable"),
      leafpart("text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Bonjour,</p><p>Je suis présentement absente du bureau et je n'ai pas accès à mes courriels. Pour toute question concernant les ressources humaines, veuillez écrire à rh@groupeboreal.example.</p><p>Hello,</p><p>I am currently out of the office and do not have access to my email. For any HR matter, please write to rh@groupeboreal.example.</p><p>Geneviève Tremblay<br>Conseillère principale, ressources humaines | Groupe Boréal</p></body></html>""", "iso-8859-1", "quoted-printable")]))

M("17-genevieve-boitevocale.eml", "Geneviève Tremblay", "voicemail", "reply_needed", "yes",
  "distress;voicemail;lang:fr", service="ringcentral", number="+1 514 555 0109", duration="00:58",
  date="2026-11-21 22:47 -0600",
  transcript="""Oui bonsoir Dana c'est Geneviève. Euh. Je sais qu'il est tard, je voulais pas te déranger. C'est juste que le retour au travail, tout ça, j'y arrive pas, je me vois pas recommencer, pis honnêtement je vois plus trop pourquoi je continuerais, tsé. Mais c'est correct là, c'est pas grave, je suis juste fatiguée. Oublie ça. On se parle jeudi. Bonne nuit.""")

M("18-genevieve-cafe.eml", "Geneviève Tremblay", "email", "fyi", "no", "self_answered;lang:fr",
  prog="outlook", **GEN, charset="windows-1252", content_language="fr-ca",
  date="2026-11-28 10:12 -0500", subject="Le test du café",
  body="""Bonjour Dana,

Merci encore pour l'appel de dimanche et d'avoir insisté pour que j'appelle le 811. J'ai maintenant une intervenante au CLSC que je vois chaque semaine, en plus de nos rencontres, et Mathieu a pris deux jours de congé pour être avec moi. Le médecin a aussi repoussé le retour au travail à janvier, et honnêtement ça m'enlève un poids.

Hier, j'ai fait le test dont on avait parlé : je suis allée prendre un café avec Julie, ma collègue, pour voir comment je réagirais en parlant du bureau. Est-ce que j'ai paniqué ? Un peu, au début. Est-ce que je suis restée jusqu'au bout ? Oui, une heure et demie !

On se voit jeudi comme prévu.

Geneviève""")

# ============================================================================================
# Reto Brunner: Swiss process engineer on a two-year posting in Chicago; Thunderbird at home,
# Outlook at work; writes Swiss Standard German (no ß).
# ============================================================================================
RETO = dict(name="Reto Brunner", email="reto.brunner@example.ch", relay="mail.example.ch")
RETO_WORK = dict(name="Brunner Reto", email="reto.brunner@alpinapharma.example",
                 relay="mail-eopbgr60127.outbound.protection.outlook.com")

M("19-reto-umzug.eml", "Reto Brunner", "email", "fyi", "no", "idiom;lang:de",
  prog="thunderbird", **RETO, charset="ISO-8859-1", cte="quoted-printable", content_language="de-CH",
  date="2026-11-02 20:05 -0600", subject="Kurzes Update",
  body="""Hoi Dana

Kurzes Update, wie besprochen. Die Kiste mit unseren Sachen aus Basel ist endlich angekommen, nach elf Wochen. Der Zoll hat mich fast umgebracht, drei Formulare für eine Kaffeemaschine! Aber jetzt haben wir wieder richtige Möbel und die Kinder haben ihre Legos zurück.

Die Abendspaziergänge mache ich weiter, meistens mit Nora. Wir reden dann über den Tag und nicht über die Arbeit, das tut gut. Und für ein anständiges Stück Brot würde ich im Moment töten, das Toastbrot hier ist eine Zumutung.

Bis Donnerstag
Reto""")

M("20-reto-termin.eml", "Reto Brunner", "email", "reply_needed", "yes", "distress;lang:de",
  prog="outlook", **RETO_WORK, charset="iso-8859-1", content_language="de-ch",
  date="2026-11-13 23:30 -0600", subject="Termin nächste Woche",
  body="""Hallo Dana

Ich muss den Termin vom Dienstag leider verschieben, wir haben eine FDA-Inspektion im Werk. Ginge Mittwoch oder Donnerstag am Abend?

Ehrlich gesagt weiss ich im Moment nicht mehr weiter. Der Vertrag hier läuft noch 14 Monate, zurück nach Basel kann ich nicht, ohne die Stelle zu verlieren, Nora ist unglücklich, und ich sitze jeden Abend eine halbe Stunde im Auto in der Garage, weil ich nicht hineingehen mag. Ich komme da nicht raus, egal wie ich es drehe. Manchmal denke ich, es wäre für alle einfacher ohne mich.

Aber gut, das ist jetzt zu dramatisch formuliert. Sag mir einfach, welcher Abend passt.

Gruss
Reto""",
  footer="""Reto Brunner
Senior Process Engineer | Alpina Pharma US Inc.
500 W. Monroe St., Chicago, IL 60661

This e-mail and any attachments may contain confidential or privileged information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised copying, disclosure or distribution is prohibited.""")

M("21-reto-combox.eml", "Reto Brunner", "voicemail", "fyi", "no", "negated;voicemail;lang:de",
  service="teams", number="+41 79 555 12 34", duration="00:00:29", date="2026-11-24 02:14 -0600",
  transcript="""Hallo Dana, hier ist Reto, ich bin diese Woche in Basel im Hauptsitz. Ich wollte fragen wegen dem Termin am Donnerstag, wegen der Zeitverschiebung, aber ich habe es jetzt selber im Kalender gesehen, du hast ihn schon auf sieben Uhr morgens bei dir gelegt, das passt perfekt. Also alles gut, du musst nicht zurückrufen. Tschüss.""")


def calendar_reply(m, s, partstat, attendee, attendee_name, summary, start, end, uid, text, lang="de"):
    ics = f"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT={partstat};CN="{attendee_name}":mailto:{attendee}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID=Central Standard Time:{start}
DTEND;TZID=Central Standard Time:{end}
UID:{uid}
ORGANIZER;CN=Dana Whitfield:mailto:{COACH}
DTSTAMP:20261116T151200Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return mp("alternative", f"_000_{s[:28].upper()}_", [
        leafpart("text/plain", text, "utf-8", "base64"),
        f"Content-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(ics.replace("\n", "\r\n").encode()).decode()])


M("22-reto-angenommen.eml", "Reto Brunner", "email", "ignored", "no", "lang:de",
  prog="raw", **RETO_WORK, date="2026-11-16 09:12 -0600",
  subject="Angenommen: Coaching-Sitzung Reto / Dana",
  headers=["Content-Language: de-CH", "X-MS-Exchange-Calendar-Series-Instance-Id:",
           "X-MS-Has-Attach:", "X-MS-Exchange-Organization-SCL: -1"],
  mime=lambda m, s: calendar_reply(m, s, "ACCEPTED", m["email"], "Brunner Reto", "Coaching-Sitzung Reto / Dana",
                                   "20261119T183000", "20261119T192000", "040000008200E00074C5B7101A82E0080000000" + s[:16],
                                   "Brunner Reto hat die Besprechung angenommen.\n"))

M("23-reto-nora.eml", "Reto Brunner", "email", "fyi", "no", "reported;lang:de",
  prog="thunderbird", **RETO, charset="ISO-8859-1", cte="quoted-printable", content_language="de-CH",
  date="2026-11-29 19:40 -0600", subject="Danke",
  body="""Hoi Dana

Danke für die letzten zwei Wochen. Ich weiss, dass ich dir einen Schrecken eingejagt habe. Ich gehe jetzt jeden Montag zu Dr. Keller, der Psychiaterin, die mir das Employee Assistance Program vermittelt hat, und Nora und ich haben endlich richtig miteinander geredet.

Sie hat mich gefragt, ob sie einmal zu einer deiner Sitzungen mitkommen dürfte. Ich habe ihr gesagt, dass ich das zuerst für mich selber klären will und dass es dafür noch zu früh ist. Ich melde mich, wenn ich so weit bin.

Es geht mir besser. Nicht gut, aber besser.

Liebe Grüsse
Reto""")

# ============================================================================================
# Linda Kowalski: mother of Jake (15), divorced from Mark; Gmail on the web, long emails.
# ============================================================================================
LINDA = dict(name="Linda Kowalski", email="linda.kowalski@example.com", relay="mail-sor-f41.google.com")

M("24-linda-jake.eml", "Linda Kowalski", "email", "reply_needed", "no", "",
  prog="gmail", **LINDA, date="2026-11-03 22:41 -0600", subject="long one, sorry",
  body="""Hi Dana,

Warning, this is a long one. I made tea and sat down to write it all out like you said.

So the big thing: Jake actually talked to me on Sunday. Not a real conversation exactly, but we were driving back from his cousin's and he told me, out of nowhere, that he hates lunch period because his friends from middle school all sit at one table and he's not really invited anymore. I did what we practiced. I didn't fix it, I didn't call the school in my head, I just said "that sounds lonely" and he said "yeah" and then we listened to his awful music for twenty minutes. I cried a little in the garage afterwards but in a good way.

His grades are still a mess. The chemistry teacher emailed again. Mark thinks we should take his phone away until he brings it up, and I think that'll blow up everything we've built this last month. We're supposed to talk about it this weekend, which I'm dreading.

If you still have that list of therapists who work with teenagers, the one you mentioned in October, I'd really like it now. I think he might actually go if I let him pick.

Also I've been doing the ten minutes for myself in the mornings, mostly. Four out of seven. Better than zero!

Okay, that's all. Thank you for listening, even in email form.

Linda""")

M("25-linda-sister.eml", "Linda Kowalski", "email", "fyi", "no", "reported",
  prog="gmail", **LINDA, date="2026-11-08 19:12 -0600", subject="Thanksgiving is already stressing me out",
  body="""Hi Dana,

Quick vent, nothing you need to do. My sister called today to "check in" about Thanksgiving, which means she wanted to tell me how to run my life. She asked me whether I'm still paying "that coach" and whether it's really worth it with Jake's grades the way they are. Then she asked if Mark is coming, and why on earth I'd let him if he is.

I didn't take the bait. I told her we hadn't decided and I'd let her know by the 20th. Then I hung up and did the box breathing in the pantry.

Just wanted to tell someone who'd get why that was a win.

L.""")

M("26-linda-vonage.eml", "Linda Kowalski", "voicemail", "reply_needed", "no", "voicemail",
  service="vonage", number="+1 708 555 0163", duration="1:38", date="2026-11-12 12:05 -0600",
  transcript="""Hi Dana it's Linda Kowalski um I'm in the car outside Jake's school so sorry about the noise, so a couple things, first, Jake picked a therapist off the list, the woman in Oak Park, and his first appointment is next Wednesday so yay, um, second, Mark and I actually agreed on the phone thing, which, I know, a miracle, and oh, third, I almost forgot, my HSA people need the receipts from September and October with your license number on them, so if you could email those over before the end of the month that would be amazing, okay, that's it, see you Tuesday, bye.""")

M("27-linda-receipts.eml", "Linda Kowalski", "email", "fyi", "no", "negated",
  prog="gmail", **LINDA, date="2026-11-13 08:30 -0600", subject="ignore my voicemail!",
  body="""Morning! Ignore the voicemail about the receipts, I found them in the client portal under Billing and they already have your license number on them. Sent them off to the HSA last night. Sorry for the noise!

See you Tuesday,
Linda""")

M("28-linda-late.eml", "Linda Kowalski", "email", "reply_needed", "yes", "distress;reported",
  prog="gmail", **LINDA, date="2026-11-17 23:58 -0600", subject="sorry to write so late",
  body="""Dana, I'm sorry to write so late. I don't know who else to tell tonight.

Jake's only seen the therapist once so far. Tonight I went in to tell him to turn his light off and he was lying on his bed with his hoodie up and he said, really flat, "it would be easier for everyone if I just wasn't around." When I asked him what he meant he said "nothing, forget it, I'm tired." He's asleep now. I've been sitting in the hallway outside his door for an hour.

I know you're my coach and not his. I just don't know if I'm overreacting. Mark says it's a phase and teenagers say stuff.

Linda""")

# ============================================================================================
# Harold Jensen: retired structural engineer, 71, widower, Naperville; Thunderbird, plain text.
# ============================================================================================
HAROLD = dict(name="Harold Jensen", email="harold.jensen@example.net", relay="smtp.example.net")
HSIG = "Harold E. Jensen, P.E. (ret.)\nNaperville, Illinois"

M("29-harold-week44.eml", "Harold Jensen", "email", "fyi", "no", "self_answered",
  prog="thunderbird", **HAROLD, date="2026-11-02 07:15 -0600", subject="Weekly report, week 44", sig=HSIG,
  attach=[("walks_week44.csv", "text/csv",
           b"date,steps,minutes,notes\n2026-10-26,6210,58,river trail\n2026-10-27,6840,62,\n"
           b"2026-10-28,0,0,rain - stretching instead\n2026-10-29,7015,65,\n2026-10-30,7420,70,with Bob\n"
           b"2026-10-31,5980,55,\n2026-11-01,7760,72,river trail\n")],
  body="""Dana,

Report for the week, as agreed.

Did I walk every day? Six days out of seven. Wednesday it rained sideways and I stayed in and did the stretching routine instead, which I think counts as half.

Did I call my son? Yes, Thursday evening, 22 minutes. We talked about the Bears mostly, but he asked about the house and I told him I'm thinking about selling. He didn't argue, which surprised me.

Did I keep to the one-coffee rule? No. Two on most days. I'll take the demerit.

Attached is the spreadsheet with the step counts. You'll notice the trend is positive, roughly 340 steps a day more each week. Not bad for an old bridge man.

Regards,
Harold""")

M("30-harold-telephone.eml", "Harold Jensen", "email", "reply_needed", "no", "",
  prog="thunderbird", **HAROLD, date="2026-11-09 16:40 -0600", subject="Re: New video link for our sessions",
  sig=HSIG,
  quote=dict(date="2026-11-06 10:02 -0600", text="""Hi Harold,

A quick reminder that starting next week our sessions will use the new video link below instead of the old one. Same day and time.

https://meet.whitfield-wellness.example/dana

Best,
Dana"""),
  body="""Thank you for the reminder. A question before then: would it be possible to do our sessions by plain telephone instead of video? The new link wants me to install an application, and my hearing aids don't pair well with the laptop. I would rather use my landline, if that is acceptable to you.

Harold""")


def bounce(m, s):
    report = f"""Reporting-MTA: dns; mail.whitfield-wellness.example
X-Postfix-Queue-ID: 4Q{s[:8].upper()}
Arrival-Date: Fri,  6 Nov 2026 10:02:41 -0600 (CST)

Final-Recipient: rfc822; hjensen@oldmail.example
Original-Recipient: rfc822;hjensen@oldmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.oldmail.example
Diagnostic-Code: smtp; 550 5.1.1 <hjensen@oldmail.example>: Recipient address
    rejected: User unknown in virtual mailbox table"""
    human = """This is the mail system at host mail.whitfield-wellness.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hjensen@oldmail.example>: host mx1.oldmail.example[198.51.100.25] said: 550
    5.1.1 <hjensen@oldmail.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)"""
    original = f"""Return-Path: <{COACH}>
From: Dana Whitfield <{COACH}>
To: Harold Jensen <harold.jensen@example.net>, hjensen@oldmail.example
Subject: New video link for our sessions
Date: Fri, 06 Nov 2026 10:02:00 -0600
Message-ID: <{s[20:36]}@whitfield-wellness.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    b = f"4Q{s[:8].upper()}.1762444961/mail.whitfield-wellness.example"
    return mp("report", b, [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + human + "\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + report + "\n",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + original],
        params=" report-type=delivery-status;")


M("31-harold-bounce.eml", "Harold Jensen", "email", "ignored", "no", "",
  prog="raw", name="Mail Delivery System", email="MAILER-DAEMON@mail.whitfield-wellness.example",
  return_path="", relay="localhost", date="2026-11-06 10:02 -0600",
  subject="Undelivered Mail Returned to Sender", headers=["Auto-Submitted: auto-replied"], mime=bounce)

M("32-harold-grandkids.eml", "Harold Jensen", "email", "fyi", "no", "idiom;footer",
  prog="thunderbird", **HAROLD, date="2026-11-16 08:05 -0600", subject="Weekend",
  sig=HSIG + '\n"Have you checked your assumptions today?"',
  body="""Dana,

A quick note. The grandchildren were here Saturday and Sunday, all three of them. They about killed me, in the best possible way. We built a balsa truss bridge on the kitchen table and loaded it to failure with cans of soup. It held fourteen. The seven-year-old now wants to be an engineer, or a dinosaur, she hasn't decided.

I noticed I didn't think about Marion once the whole afternoon, and then I felt guilty about that in the evening. I'll bring it Thursday.

Harold""")

M("33-harold-ooma.eml", "Harold Jensen", "voicemail", "reply_needed", "no", "voicemail",
  service="ooma", number="+1 630 555 0117", duration="1:47", date="2026-11-20 09:12 -0600")

M("34-harold-tuesday.eml", "Harold Jensen", "email", "fyi", "no", "quoted",
  prog="thunderbird", **HAROLD, date="2026-11-24 11:20 -0600", subject="Re: Next week",
  sig=HSIG,
  quote=dict(date="2026-11-24 09:45 -0600", text="""Hi Harold,

Thanksgiving week is a little scrambled on my end. Would Tuesday the 1st at 10 work for you instead of Thursday? I'll call your landline as usual.

Dana"""),
  body="""Tuesday at 10 is fine. I'll be by the phone.

Harold""")

# ============================================================================================
# Tasha Greene: ER nurse on night shifts; texts from her Verizon phone; iPhone mail.
# ============================================================================================
TASHA = dict(name="Tasha Greene", email="tasha.greene@example.org", relay="st43p00im-qukt09082102.me.com")

M("35-tasha-slept.eml", "Tasha Greene", "sms", "fyi", "no", "sms",
  service="vtext", number="+1 773 555 0150", date="2026-11-04 08:47 -0600",
  transcript="""off tonight finally!! slept 11 hrs lol. did the 4-7-8 breathing in the med room at 3am when the trauma came in and it actually helped. no need to reply just wanted u to know""")

M("36-tasha-nights.eml", "Tasha Greene", "email", "reply_needed", "no", "",
  prog="iphone", **TASHA, date="2026-11-07 14:10 -0600", subject="schedule",
  body="""Hi Dana,

They put me on nights through January, 7p-7a, three or four in a row, so my brain is mush the day after. I was hoping we could switch to every other week until my schedule goes back to normal, and maybe do them on my off days around noon instead of mornings.

Everything else is ok. Tired but ok.

Tasha""")

M("37-tasha-friday.eml", "Tasha Greene", "sms", "reply_needed", "yes", "distress;sms",
  service="vtext", number="+1 773 555 0150", date="2026-11-15 07:58 -0600",
  transcript="""hey can we move thurs to fri at 2? also not gonna lie i keep thinking everybody would be better off if i just didnt wake up one of these mornings after shift lol. anyway fri at 2??""")

M("38-tasha-vvm.eml", "Tasha Greene", "voicemail", "fyi", "no", "idiom;voicemail",
  service="verizon", number="+1 773 555 0150", duration="0:36", date="2026-11-22 08:15 -0600",
  transcript="""Hey Dana it's Tasha. Shift was absolute murder last night, three codes and a guy who bit my charge nurse, I'm dead on my feet. Just calling to say I'll be on the Zoom at noon tomorrow like we said, I set two alarms. Don't call back, I'm going straight to bed. Bye.""")

# ============================================================================================
# Derek Osei: owns a landscaping and snow-removal company; Outlook desktop with a legal footer.
# ============================================================================================
DEREK = dict(name="Derek Osei", email="derek@oseilandscaping.example", relay="mail-bn8nam12on2051.outbound.protection.outlook.com")
DEREK_FOOT = """Derek Osei
Owner | Osei Landscaping & Snow LLC
(847) 555-0128 | www.oseilandscaping.example
Questions about your service? Reply to this email or call the office at (847) 555-0120.

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you have received this email in error, please notify the sender and delete all copies."""

M("39-derek-receipt.eml", "Derek Osei", "email", "reply_needed", "no", "",
  prog="outlook", **DEREK, date="2026-11-03 06:12 -0600", subject="Receipt + Q4 tracker", footer=DEREK_FOOT,
  attach=[("Q4 tracker - Osei.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"\x00" * 80)],
  body="""Morning Dana,

Attached is the Q4 tracker we talked about. I filled in October. You'll see the snow contracts are up 18% over last year, which is the first time I've hit a number I actually wrote down ahead of time. Cash flow is still tight until the December invoices go out.

Could you send me a receipt for the 12-session package? My accountant says coaching can go under professional development and she wants it before the 15th.

Thanks,
Derek""")

M("40-derek-manny.eml", "Derek Osei", "email", "fyi", "no", "footer",
  prog="outlook", **DEREK, date="2026-11-09 19:55 -0600", subject="Update",
  footer=DEREK_FOOT.replace("Questions about your service?", "How did we do this season? Take our 2-minute survey at oseilandscaping.example/survey. Questions about your service?"),
  body="""Dana,

Update since Tuesday. I did the thing: told Manny he's running the Glenview crew on his own starting Monday, and I'm staying in the office to do estimates. I didn't micromanage him once all week. OK, once. He handled a complaint from a homeowner better than I would have, honestly.

Also slept 7 hours three nights in a row, which hasn't happened since March.

See you Thursday.
Derek""")

M("41-derek-late.eml", "Derek Osei", "sms", "fyi", "no", "sms",
  service="att_sms", number="+1 847 555 0128", date="2026-11-12 16:50 -0600",
  transcript="""Running 15 late, salt truck has me blocked in at the yard. Start without me lol. There by 5:15""")

M("42-derek-zoom.eml", "Derek Osei", "email", "reply_needed", "no", "partial_no_reply",
  prog="outlook", **DEREK, date="2026-11-19 21:30 -0600", subject="get this out of my head", footer=DEREK_FOOT,
  body="""Dana - no need to respond to most of this, I just need to get it out of my head before bed.

Snow came early. Two trucks down, the plow blade cracked on the F-350, and the village contract guy changed the salt specs on us with 48 hours notice. Manny stepped up again. I'm starting to think I hired better than I thought.

Been thinking about what you said about my dad and how I never take a day off because he never did. Not ready to talk about it yet but I'm chewing on it.

The one thing I do need: the Zoom link from last week says it expired. Can you send me a new one for Thursday?

D.""")


M("43-derek-autoreply.eml", "Derek Osei", "email", "ignored", "no", "",
  prog="raw", **DEREK, date="2026-11-23 10:04 -0600", subject="Automatic reply: Your receipt",
  headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: en-US",
           "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
  mime=lambda m, s: mp("alternative", f"_000_{s[:30].upper()}_", [
      leafpart("text/plain", """Thanks for your email. I'm out on job sites through Dec 1 with limited access to email. For scheduling or billing please contact the office at (847) 555-0120 or office@oseilandscaping.example. For snow emergencies call our 24/7 line at (847) 555-0199.

Derek Osei
Osei Landscaping & Snow LLC""", "us-ascii", "7bit"),
      leafpart("text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><p>Thanks for your email. I'm out on job sites through Dec 1 with limited access to email. For scheduling or billing please contact the office at (847) 555-0120 or office@oseilandscaping.example. For snow emergencies call our 24/7 line at (847) 555-0199.</p><p>Derek Osei<br>Osei Landscaping &amp; Snow LLC</p></body></html>""", "us-ascii", "7bit")]))

M("44-derek-thursday.eml", "Derek Osei", "email", "reply_needed", "yes", "distress",
  prog="outlook", **DEREK, date="2026-11-25 23:40 -0600", subject="RE: Thursday", footer=DEREK_FOOT,
  body="""Dana,

Lost the Kessler HOA contract today. That's 30% of winter revenue. The bank wants to talk about the line of credit on Monday.

Told Angie I'm fine. I'm not fine. Sat in the shop tonight doing the math on the life insurance policy and it's worth a lot more than the business is right now. Ha. Guess I'm worth more to them gone than here. Just a joke, don't freak out.

Can we keep Thursday at 7 even with the holiday?

D.""",
  quote=dict(date="2026-11-23 09:58 -0600", subject="Thursday",
             text="""Hi Derek,

Just checking: with Thanksgiving on Thursday, do you want to keep our 7pm or move it to Friday? Either is fine with me.

Dana"""))

# ============================================================================================
# Megan O'Brien: 28, marketing at Brightline; Gmail personal, Outlook on the web at work.
# ============================================================================================
MEGAN = dict(name="Megan O'Brien", email="megan.obrien@example.com", relay="mail-qk1-f181.google.com")
MEGAN_WORK = dict(name="Megan O'Brien", email="megan.obrien@brightline-marketing.example",
                  relay="mail-dm6nam10on2102.outbound.protection.outlook.com")
BRIGHT_FOOT = """Before printing this email, ask yourself: do you really need a paper copy?
This message and any attachments are confidential and intended only for the named recipient. If you received it in error, please notify the sender and delete it. Brightline Marketing Group, 222 W. Merchandise Mart Plaza, Chicago, IL 60654."""

M("45-megan-why.eml", "Megan O'Brien", "email", "fyi", "no", "rhetorical;self_answered",
  prog="gmail", **MEGAN, date="2026-11-04 22:10 -0600", subject="why am I like this",
  body="""ok so. Today my boss asked if I could "just quickly" redo the Henderson deck for tomorrow, and I said yes. While I already had two deadlines. While I had a dentist appointment I've already moved twice. WHY do I do this?? Who raised me to be like this? (My mom. The answer is my mom.)

I did cancel the dentist but I didn't skip my run, so that's something. Ran 3 miles angry, which is apparently very efficient.

Anyway. Adding it to the list for Thursday.

Meg""")

M("46-megan-quit.eml", "Megan O'Brien", "email", "fyi", "no", "waved_off",
  prog="iphone", **MEGAN, date="2026-11-11 07:30 -0600", subject="morning thought",
  body="""Morning! Quick thought before work: do you think I should just quit? Actually don't answer that. I know you'll turn it around and ask what I think, and I already know what I think, I just don't like it. We'll get into it Thursday.""")

M("47-megan-fw.eml", "Megan O'Brien", "email", "fyi", "no", "quoted",
  prog="owa", **MEGAN_WORK, date="2026-11-13 12:45 -0600", subject="FW: Q1 planning - your input",
  footer=BRIGHT_FOOT,
  body="""Dana, this is the email I mentioned. Forwarding so you can see the tone for yourself before Thursday, no need to do anything with it. Note the "few quick questions" that are actually a week of work.

Megan""",
  forward=dict(name="Craig Donnelly", email="craig.donnelly@brightline-marketing.example",
               date="2026-11-13 10:02 -0600", subject="Q1 planning - your input",
               to="Megan O'Brien <megan.obrien@brightline-marketing.example>",
               text="""Hi Megan,

Just a few quick questions before Monday's leadership sync:
- Can you pull together full-funnel attribution for all 14 accounts?
- Could you also own the Q1 content calendar while Sasha is out?
- Would you be able to present the rebrand to Henderson on Tuesday?

Thanks, you're a rockstar!
Craig"""))

M("48-megan-decide.eml", "Megan O'Brien", "email", "fyi", "no", "retracted",
  prog="gmail", **MEGAN, date="2026-11-18 21:05 -0600", subject="the list",
  body="""I made the pro/con list about the Denver job like you suggested and it's exactly even. Seven and seven. The universe is mocking me.

Can you just decide for me? Ha, no, I'm kidding, I know that's not how this works and I'd be mad at you either way. I'll bring the list Thursday and we can stare at it together.

Meg""")


def read_receipt(m, s):
    human = f"""Your message

To: Megan O'Brien
Subject: Notes from Thursday's session
Sent: Thursday, November 19, 2026 5:40:12 PM (UTC-06:00) Central Time (US & Canada)

was read on Friday, November 20, 2026 8:03:55 AM (UTC-06:00) Central Time (US & Canada)."""
    mdn = f"""Reporting-UA: BN8PR12MB3321.namprd12.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;megan.obrien@brightline-marketing.example
Original-Message-ID: <{s[:16]}@whitfield-wellness.example>
Disposition: automatic-action/MDN-sent-automatically; displayed"""
    return mp("report", f"_mdn_{s[:24]}_", [
        leafpart("text/plain", human, "utf-8", "quoted-printable"),
        "Content-Type: message/disposition-notification\n\n" + mdn + "\n"],
        params=" report-type=disposition-notification;")


M("49-megan-read.eml", "Megan O'Brien", "email", "ignored", "no", "",
  prog="raw", **MEGAN_WORK, date="2026-11-20 08:03 -0600", subject="Read: Notes from Thursday's session",
  headers=["Content-Language: en-US", "X-MS-Exchange-Organization-SCL: -1"], mime=read_receipt)

M("50-megan-senior.eml", "Megan O'Brien", "email", "fyi", "no", "footer",
  prog="owa", **MEGAN_WORK, date="2026-11-24 16:22 -0600", subject="!!!", footer=BRIGHT_FOOT,
  body="""DANA. They offered me Senior Strategist. With a raise AND I negotiated remote Fridays, which I never would have asked for three months ago. I practiced the script from our session in the car twice before I went in.

Denver's off the table for now and I'm weirdly at peace with that.

Telling you first (ok, second, after my mom).

Megan O'Brien
Senior Strategist (!!)
Brightline Marketing Group""")

M("51-megan-630.eml", "Megan O'Brien", "sms", "reply_needed", "no", "sms",
  service="gv_text", number="+1 312 555 0176", date="2026-11-30 17:20 -0600",
  transcript="""hey!! any chance we could push tmrw to 630 instead of 6? blue line has been a disaster all week""")

# ============================================================================================
# Jorge Ramírez: construction foreman from Michoacán, in Chicago; Gmail on his Galaxy; usted.
# ============================================================================================
JORGE = dict(name="Jorge Ramirez", email="jorge.ramirez77@example.com", relay="mail-pj1-f54.google.com")

M("52-jorge-gracias.eml", "Jorge Ramírez", "email", "fyi", "no", "idiom;retracted;lang:es;lang:en",
  prog="android", **JORGE, date="2026-11-06 15:32 -0600", subject="Gracias",
  body="""Dana buenas tardes

Nomás para decirle que ya me cayó el veinte con lo que me dijo de pedir ayuda y no cargar todo yo solo. Hablé con mi supervisor y me dio chance de salir temprano los viernes para llevar a mi hija al soccer. The guys on the crew couldn't believe it jaja.

¿Usted cree que ya estoy listo para pedirle un aumento? No, es broma, todavía no, poco a poco.

La espalda me está matando con este frío pero ahí la llevamos.

Gracias por todo, nos vemos el martes

Jorge

Enviado desde mi Galaxy""")

M("53-jorge-martes.eml", "Jorge Ramírez", "email", "fyi", "no", "negated;lang:es",
  prog="android", **JORGE, date="2026-11-10 06:55 -0600", subject="cita del martes",
  body="""Dana, buenos días. Le iba a pedir si podíamos cambiar la cita de hoy martes para mañana miércoles porque me tocaba turno en la tarde, pero ya hablé con mi jefe y me dio la tarde libre. Entonces quedamos igual, hoy a las 6. No se preocupe.

Jorge

Enviado desde mi Galaxy""")

M("54-jorge-buzon.eml", "Jorge Ramírez", "voicemail", "reply_needed", "yes", "distress;voicemail;lang:es",
  service="gv_vm", number="+1 773 555 0191", date="2026-11-19 21:05 -0600",
  transcript="""Buenas noches Dana, habla Jorge Ramírez, perdone la hora. No es nada urgente, nomás quería... pues, desde que me lastimé la espalda y no puedo trabajar, siento que nomás soy una carga para mi esposa y para los muchachos. Ella trabajando doble turno y yo aquí acostado todo el día. A veces pienso que estarían mejor sin mí, la neta. Bueno, ya, no le quito más tiempo. Ahí luego le marco. Buenas noches.""")

M("55-jorge-parejas.eml", "Jorge Ramírez", "email", "reply_needed", "no", "lang:es",
  prog="android", **JORGE, date="2026-11-28 14:18 -0600", subject="Re: ¿Cómo sigue?",
  body="""Buenas tardes Dana,

Gracias por llamarme la otra noche y por conectarme con la clínica. Ya fui con el doctor y con la consejera, y mi esposa fue conmigo. Me dieron terapia para la espalda tres veces por semana y ya me siento un poco más útil.

Le quería preguntar una cosa: ¿usted también trabaja con parejas, o me puede recomendar a alguien que hable español? Mi esposa dice que a ella también le haría bien.

Saludos,
Jorge

Enviado desde mi Galaxy""",
  quote=dict(date="2026-11-25 10:00 -0600", lang="es",
             text="""Hola Jorge,

Solo quería saber cómo sigue después de la cita con el doctor. Aquí estoy si necesita algo.

Dana"""))

# ============================================================================================
# Ben Carter: 45, Army veteran, divorced from Karen, two kids, a dog called Duke; iPhone.
# ============================================================================================
BEN = dict(name="Ben Carter", email="ben.carter@example.net", relay="st43p00im-ztfb10071701.me.com")

M("56-ben-group.eml", "Ben Carter", "email", "fyi", "no", "",
  prog="iphone", **BEN, date="2026-11-03 19:22 -0600", subject="VA group",
  body="""Made it to the VA group Tuesday. Wasn't as bad as I figured. One guy was in Kandahar the same time I was. Didn't talk much but I went. That was the goal.

Ben""")

M("57-ben-workbook.eml", "Ben Carter", "email", "fyi", "no", "",
  prog="iphone", **BEN, date="2026-11-10 21:03 -0600", subject="chapter 4",
  body="""Did the chapter on sleep. Nothing much to talk about really, just checking in so you know I'm still doing it. Karen let me have the kids Sunday, took them bowling. My daughter beat me twice.

Ben""")


def apple_calendar(m, s):
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone 18.1//EN
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;CN=Ben Carter;PARTSTAT=DECLINED:mailto:ben.carter@example.net
DTSTART;TZID=America/Chicago:20261119T160000
DTEND;TZID=America/Chicago:20261119T165000
DTSTAMP:20261117T181500Z
ORGANIZER;CN=Dana Whitfield:mailto:{COACH}
SEQUENCE:0
SUMMARY:Coaching session - Ben Carter
UID:{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:32]}
END:VEVENT
END:VCALENDAR"""
    return mp("alternative", f"Apple-Mail-{s[:10].upper()}", [
        leafpart("text/plain", "Ben Carter has declined your event.", "utf-8", "7bit"),
        "Content-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: 7bit\n\n" + ics])


M("58-ben-declined.eml", "Ben Carter", "email", "ignored", "no", "",
  prog="raw", **BEN, date="2026-11-17 12:15 -0600",
  subject="Declined: Coaching session - Ben Carter", headers=["X-Mailer: iPhone Calendar"],
  mime=apple_calendar)

M("59-ben-thanks.eml", "Ben Carter", "email", "reply_needed", "yes", "distress",
  prog="iphone", **BEN, date="2026-11-19 23:10 -0600", subject="thanks",
  body="""Dana,

Wanted to say thank you for everything these last months. You were straight with me and I appreciated that more than I said.

I've got things squared away. The truck goes to my brother, Karen has the papers for the kids' accounts, and Duke is going to my neighbor Luis, he's always loved that dog. Cancelled Thursday, I won't need it.

Take care of yourself.
Ben""")

M("60-ben-ringcentral.eml", "Ben Carter", "voicemail", "fyi", "no", "voicemail",
  service="ringcentral", number="+1 312 555 0139", duration="00:47", date="2026-11-21 11:30 -0600",
  transcript="""Hey Dana, it's Ben. Um. I got your messages. I'm at my brother's place, been here since Thursday night, the VA crisis team came out and I've got an appointment at Hines Monday morning. Duke's here with me, I didn't give him away. I'm okay. You don't need to call back today, I'm going to get some sleep. We'll talk at the regular time next week.""")

# ============================================================================================
# Ruth Abernathy: 58, widowed last December (Walt); Oak Lawn; Yahoo Mail; daughter Beth.
# ============================================================================================
RUTH = dict(name="Ruth Abernathy", email="ruth.abernathy@yahoo.example", relay="sonic310-21.consmr.mail.gq1.yahoo.com")

M("61-ruth-drawer.eml", "Ruth Abernathy", "email", "fyi", "no", "rhetorical",
  prog="yahoo", **RUTH, cte="base64", date="2026-11-05 15:20 -0600", subject="One drawer",
  body="""Dear Dana,

It's been eleven months now. People keep telling me it gets easier after the first year, as if there's a switch that flips on the anniversary. What do they know about it? How is a calendar supposed to tell me when to stop missing him?

I did what you asked and went through one drawer of Walt's desk. Just one. I found his reading glasses, the ones he swore he'd lost in 2019, and I laughed out loud in the empty room. Then I sat on the floor for a while.

I've been going to the garden club on Wednesdays like you suggested. The women are kind and nosy in equal measure.

Warmly,
Ruth""")

M("62-ruth-thermostat.eml", "Ruth Abernathy", "email", "fyi", "no", "poem",
  prog="yahoo", **RUTH, date="2026-11-08 20:41 -0600", subject="Something I wrote",
  body="""Dana, you said to try writing it down. Here is what came out. No need to say anything about it.

Thermostat

Who will argue with me now
about sixty-eight or seventy?
Who will tell me the garage door
is making that noise again?

I set it where I like it.
The house is warm.
Why doesn't it feel warm?

Ruth""")

M("63-ruth-inperson.eml", "Ruth Abernathy", "email", "reply_needed", "no", "",
  prog="yahoo", **RUTH, date="2026-11-12 10:05 -0600", subject="Re: Tuesday",
  body="""Dear Dana,

Thank you for Tuesday's session. I've been thinking it over, and I was hoping we could meet in person once, at your office, instead of over the computer. I know you said you're mostly virtual now, but the screen makes me feel like I'm talking to the television, and I'd be glad to drive in whenever it suits you.

Also, Beth says hello and thank you. She says I sound more like myself on the phone.

Warmly,
Ruth""",
  quote=dict(date="2026-11-10 17:30 -0600", text="""Hi Ruth,

Thank you for today. As promised, here is the grief journal prompt we talked about: "What did I do today that Walt would have teased me about?" Just a line or two a day.

Take good care,
Dana"""))

M("64-ruth-bulbs.eml", "Ruth Abernathy", "email", "fyi", "no", "idiom;waved_off",
  prog="yahoo", **RUTH, date="2026-11-16 13:50 -0600", subject="The bulbs are in",
  attach=[("IMG_4471.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9")],
  body="""Dana,

Attaching a picture of the bulbs I put in. Sixty tulips and a few daffodils along the front walk. My knees will never forgive me.

Do you think they'll come up if I planted them this late? Never mind, I'll ask the garden club ladies on Wednesday, they'll be thrilled to tell me everything I did wrong.

My sister came down from Joliet and brought her famous tuna casserole, which could kill a horse, and we ate the whole thing anyway and laughed until I nearly died. First time we've laughed like that since the funeral.

Warmly,
Ruth""")

M("65-ruth-vvm.eml", "Ruth Abernathy", "voicemail", "fyi", "no", "negated;voicemail",
  service="att_vvm", number="+1 708 555 0182", duration="0:41", date="2026-11-19 10:40 -0600",
  transcript="""Hi Dana, it's Ruth Abernathy. I was calling to see if we could move Tuesday to the afternoon, because I thought I had the eye doctor, but I just looked at the calendar on the fridge and that's not until the first. So never mind, Tuesday morning is still fine. Don't worry about calling me back. Bye now.""")

M("66-ruth-wreaths.eml", "Ruth Abernathy", "email", "reply_needed", "yes", "distress",
  prog="yahoo", **RUTH, cte="base64", date="2026-11-22 20:05 -0600", subject="Good news, mostly",
  body="""Dear Dana,

Good news first: the garden club asked me to help run the holiday wreath sale, and I said yes. Me, on a committee! Walt would have laughed. And Beth and the grandbabies are coming for Christmas, so I have something to plan for.

I should tell you something, though, because you asked me to be honest with you. I've been saving up my sleeping pills. Not taking them, just putting them in the old aspirin bottle in the nightstand. It makes me feel calmer knowing they're there. I'm sure that sounds strange. I don't want to make a fuss about it.

Anyway, the wreath sale is December 5th at the church hall if you're ever out this way.

Warmly,
Ruth""")

# ============================================================================================
# Former clients
# ============================================================================================
KEVIN = dict(name="Kevin Nguyen", email="kevin.nguyen@example.org", relay="mail-io1-f41.google.com")

M("67-kevin-teamlead.eml", "Kevin Nguyen", "email", "fyi", "no", "former",
  prog="gmail", **KEVIN, date="2026-11-06 12:30 -0600", subject="a little news",
  body="""Hi Dana!

It's been a while. I wanted to let you know I got the team lead role, the one I was too scared to apply for back in the spring. I still do the two-minute pause before answering emails that annoy me, and it still works.

Hope you're doing well. No need to write back!

Kevin""")

M("68-kevin-again.eml", "Kevin Nguyen", "email", "reply_needed", "yes", "distress;former",
  prog="gmail", **KEVIN, date="2026-11-27 01:35 -0600", subject="not sure why I'm writing",
  body="""Hi Dana,

I know we stopped in June and you're probably full, so I'm not asking for anything. I just needed to tell someone who knows the history.

I started cutting again. Once last week and again tonight. First time in almost two years. The new job looks great on paper and I'm falling apart underneath it, and I haven't told Jen because she thinks I'm the stable one.

Sorry to drop this on you. You don't have to reply.

Kevin""")

LUCIA = dict(name="Lucía Morales", email="lucia.morales@example.com", relay="mail-ua1-f47.google.com")

M("69-lucia-vacaciones.eml", "Lucía Morales", "email", "ignored", "no", "former;lang:es",
  prog="raw", **LUCIA, date="2026-11-20 14:11 -0400", subject="Fuera de la oficina",
  headers=["Auto-Submitted: auto-replied",
           f"In-Reply-To: <holiday-note-2026@whitfield-wellness.example>"],
  mime=lambda m, s: mp("alternative", "000000000000" + s[:16], [
      leafpart("text/plain", """Gracias por tu mensaje. Estoy de vacaciones hasta el 1 de diciembre, con acceso limitado al correo. Te contesto a mi regreso.

Lucía Morales
Cooperativa de Ahorro y Crédito, Educación Financiera""", "UTF-8", "quoted-printable"),
      leafpart("text/html", """<div dir="ltr">Gracias por tu mensaje. Estoy de vacaciones hasta el 1 de diciembre, con acceso limitado al correo. Te contesto a mi regreso.<br><br>Lucía Morales<br>Cooperativa de Ahorro y Crédito, Educación Financiera</div>""", "UTF-8", "quoted-printable")]))

M("70-lucia-noticias.eml", "Lucía Morales", "email", "fyi", "no", "former;lang:es",
  prog="gmail", **LUCIA, date="2026-11-16 19:20 -0400", subject="¡Noticias desde la isla!",
  body="""¡Hola Dana!

Hace tiempo que quería escribirte. Ya llevo seis meses en San Juan y conseguí trabajo en la cooperativa, en el área de educación financiera. ¡Quién lo iba a decir, yo que no me atrevía ni a abrir los estados de cuenta! Le doy talleres a gente joven y me encanta.

Mami está mejor de salud y la veo todos los domingos. Sigo con el journaling, aunque ahora es más bien en las notas del celular.

No tienes que contestar, solo quería que supieras que lo que trabajamos sigue dando fruto.

Un abrazo desde la isla,
Lucía""")

AMY = dict(name="Amy Sorensen", email="amy.sorensen@example.com", relay="mail-bl2nam02on2081.outbound.protection.outlook.com")

M("71-amy-friend.eml", "Amy Sorensen", "email", "reply_needed", "no", "former",
  prog="owa", **AMY, charset="utf-8", cte="quoted-printable", outlook_com=True,
  date="2026-11-10 12:48 -0600", subject="A friend",
  body="""Hi Dana,

I hope fall is treating you well! I'm still riding the high from finishing the half marathon in October, and yes, I stuck to the training plan we built.

I'm writing on behalf of a friend, Jess, who's going through a rough divorce and keeps asking me how I "got my act together" this year. I told her about you. Would you be open to a short intro call with her? I didn't want to give out your number without checking first.

Best,
Amy""")

TOM = dict(name="Tom Whitaker", email="tom@whitaker-family.example", relay="mail-oa1-f53.google.com",
           to="Friends & Family <tom@whitaker-family.example>")

M("72-tom-5k.eml", "Tom Whitaker", "email", "fyi", "no", "announcement;former",
  prog="gmail", **TOM, date="2026-11-02 18:00 -0600", subject="Save the date: Run for Ricky 5K, Dec 12",
  body="""Hi everyone,

Mark your calendars! Our third annual Run for Ricky 5K is Saturday, December 12th at Busse Woods. Every dollar goes to the youth mental health program at Lutheran General, in memory of our son.

Registration is $30 (kids under 12 free) at runforricky.example. We also need volunteers for the water stations and the finish line.

Running, walking, or just cheering? We'd love to see you there. And could you forward this to anyone who might want to join?

With gratitude,
Tom & Diane Whitaker""")

# ============================================================================================
# Not from clients
# ============================================================================================

M("73-chapter-newsletter.eml", "", "email", "", "no", "rhetorical",
  prog="raw", name="ICF Chicago Chapter", email="news@icfchicago-chapter.example", relay="mta-174.mailer.example",
  date="2026-11-02 07:00 -0600", subject="Coach Connect | November: Is your practice ready for 2027?",
  headers=["List-Unsubscribe: <https://icfchicago-chapter.example/unsubscribe?u=8812>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
           "X-Mailer: Mailchimp Mailer - **CID9af2e1**"],
  mime=lambda m, s: mp("alternative", f"_----------=_MCPart_{int(s[:8], 16)}", [
      leafpart("text/plain", """COACH CONNECT | November 2026

Is your practice ready for 2027? What would change if you raised your rates by 10%? Who in your network could you refer to, and who could refer to you?

This month:
* Dec 3: Ethics hour: boundaries in text-message coaching (1 CCE)
* Dec 10: Holiday mixer at the Hideout, 6-8pm
* Member spotlight: three coaches on building a sliding-scale practice

Renew your chapter membership before Dec 31 to keep your directory listing.

You are receiving this email because you are a member of the ICF Chicago Chapter.
Unsubscribe: https://icfchicago-chapter.example/unsubscribe?u=8812""", "utf-8", "quoted-printable"),
      leafpart("text/html", """<html><body><table width="600"><tr><td><h1>COACH CONNECT | November 2026</h1><p>Is your practice ready for 2027? What would change if you raised your rates by 10%? Who in your network could you refer to, and who could refer to you?</p><ul><li>Dec 3: Ethics hour: boundaries in text-message coaching (1 CCE)</li><li>Dec 10: Holiday mixer at the Hideout, 6-8pm</li><li>Member spotlight: three coaches on building a sliding-scale practice</li></ul><p>Renew your chapter membership before Dec 31 to keep your directory listing.</p><p style="font-size:11px">You are receiving this email because you are a member of the ICF Chicago Chapter. <a href="https://icfchicago-chapter.example/unsubscribe?u=8812">Unsubscribe</a></p></td></tr></table></body></html>""", "utf-8", "quoted-printable")]))

M("74-practicenest-invoice.eml", "", "email", "", "no", "",
  prog="raw", name="PracticeNest Billing", email="billing@practicenest.example", relay="o1.ptr4021.practicenest.example",
  date="2026-11-01 05:14 -0600", subject="Your PracticeNest invoice for November (INV-2026-11-04417)",
  headers=["X-Entity-Ref-ID: INV-2026-11-04417", "Auto-Submitted: auto-generated"],
  mime=lambda m, s: mp("alternative", f"{s[:28]}", [
      leafpart("text/plain", """Hi Dana,

Your invoice for the Solo Plus plan is ready.

Invoice: INV-2026-11-04417
Period: Nov 1 - Nov 30, 2026
Amount: $69.00
Card ending 4410 will be charged on Nov 3.

View or download your invoice: https://app.practicenest.example/billing/INV-2026-11-04417

Thanks for running your practice with PracticeNest.
PracticeNest, Inc. | 100 Pine St, San Francisco, CA 94111""", "utf-8", "7bit"),
      leafpart("text/html", """<html><body><p>Hi Dana,</p><p>Your invoice for the <b>Solo Plus</b> plan is ready.</p><table><tr><td>Invoice</td><td>INV-2026-11-04417</td></tr><tr><td>Period</td><td>Nov 1 - Nov 30, 2026</td></tr><tr><td>Amount</td><td>$69.00</td></tr></table><p>Card ending 4410 will be charged on Nov 3.</p><p><a href="https://app.practicenest.example/billing/INV-2026-11-04417">View invoice</a></p><p style="color:#888">PracticeNest, Inc. | 100 Pine St, San Francisco, CA 94111</p></body></html>""", "utf-8", "quoted-printable")]))

M("75-calendly-megan.eml", "", "email", "", "no", "",
  prog="raw", name="Calendly", email="notifications@calendly.com", relay="o3.email.calendly.com",
  date="2026-11-21 09:40 -0600", subject="New Event: Megan O'Brien - 09:00am Tue, Dec 1, 2026 - 50-minute session",
  headers=["Auto-Submitted: auto-generated", "Reply-To: Megan O'Brien <megan.obrien@example.com>"],
  mime=lambda m, s: mp("alternative", f"{s[:30]}", [
      leafpart("text/plain", """Hi Dana Whitfield,

A new event has been scheduled.

Event Type: 50-minute session
Invitee: Megan O'Brien
Invitee Email: megan.obrien@example.com
Event Date/Time: 09:00am - Tuesday, December 1, 2026 (Central Time - US & Canada)
Location: Zoom (details in the calendar invitation)

Questions:
Anything you'd like me to know before we meet?
  Promotion stuff + the Denver decision

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly""", "utf-8", "7bit"),
      leafpart("text/html", """<html><body><p>Hi Dana Whitfield,</p><p>A new event has been scheduled.</p><p><b>Event Type:</b> 50-minute session<br><b>Invitee:</b> Megan O'Brien<br><b>Invitee Email:</b> megan.obrien@example.com<br><b>Event Date/Time:</b> 09:00am - Tuesday, December 1, 2026 (Central Time - US &amp; Canada)<br><b>Location:</b> Zoom</p><p><b>Anything you'd like me to know before we meet?</b><br>Promotion stuff + the Denver decision</p><p><a href="https://calendly.com/app/scheduled_events/user/me">View event in Calendly</a></p></body></html>""", "utf-8", "quoted-printable")]))

M("76-inquiry-daughter.eml", "", "email", "", "no", "",
  prog="gmail", name="Patricia Lindqvist", email="plindqvist.home@example.com", relay="mail-wr1-f46.google.com",
  date="2026-11-18 13:07 -0600", subject="Inquiry about coaching for my daughter",
  body="""Hello Ms. Whitfield,

I found your profile on Psychology Today. My daughter is a sophomore at UIC and has been struggling with motivation and time management since she started living on her own. She isn't interested in therapy but said she might try "a coach."

Do you work with college students, and do you offer a free consultation? We're in Evanston, so virtual would be easiest.

Thank you,
Patricia Lindqvist""")

M("77-linkedin-harold.eml", "", "email", "", "no", "",
  prog="raw", name="LinkedIn", email="notifications-noreply@linkedin.com", relay="mailb-ae.linkedin.com",
  date="2026-11-14 11:26 -0600", subject="Harold Jensen endorsed you for Life Coaching",
  headers=["X-LinkedIn-Class: ENDORSEMENT", "X-LinkedIn-Template: email_endorsement_01",
           "List-Unsubscribe: <https://www.linkedin.com/e/v2?e=unsub-endorsements>"],
  mime=lambda m, s: mp("alternative", f"----=_Part_{int(s[:6], 16)}_{int(s[6:12], 16)}.{int(s[12:22], 16)}", [
      leafpart("text/plain", """Harold Jensen endorsed you for Life Coaching

Harold Jensen
Retired Structural Engineer

Endorsements help people find you for the skills you're known for.

See all your endorsements: https://www.linkedin.com/in/me/details/skills/

You are receiving Endorsement emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub-endorsements
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085""", "utf-8", "quoted-printable"),
      leafpart("text/html", """<html><body><table><tr><td><h2>Harold Jensen endorsed you for Life Coaching</h2><p><b>Harold Jensen</b><br>Retired Structural Engineer</p><p>Endorsements help people find you for the skills you're known for.</p><p><a href="https://www.linkedin.com/in/me/details/skills/">See all your endorsements</a></p><p style="font-size:11px;color:#666">You are receiving Endorsement emails. <a href="https://www.linkedin.com/e/v2?e=unsub-endorsements">Unsubscribe</a><br>LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085</p></td></tr></table></body></html>""", "utf-8", "quoted-printable")]))

M("78-webinar-agotamiento.eml", "", "email", "", "no", "idiom;lang:es",
  prog="raw", name="Bienestar Pro Latam", email="hola@bienestarpro-latam.example", relay="mta12.envios.example",
  date="2026-11-11 08:30 -0600", subject="¡Que el agotamiento no te mate! Webinar gratuito para coaches",
  headers=["List-Unsubscribe: <mailto:baja@bienestarpro-latam.example>", "Precedence: bulk"],
  mime=lambda m, s: mp("alternative", f"=_{s[:24]}", [
      leafpart("text/plain", """¡Hola, colega!

¿Sientes que la agenda te está matando? No estás sola. El jueves 3 de diciembre a las 7 p.m. (hora del centro) te invitamos a nuestro webinar gratuito "Acompañar sin quemarse: autocuidado para coaches y terapeutas que trabajan en español".

Cupo limitado. Regístrate aquí: https://bienestarpro-latam.example/webinar

Para dejar de recibir estos correos, escribe a baja@bienestarpro-latam.example""", "iso-8859-1", "quoted-printable"),
      leafpart("text/html", """<html><body><h2>¡Que el agotamiento no te mate!</h2><p>¡Hola, colega!</p><p>¿Sientes que la agenda te está matando? No estás sola. El jueves 3 de diciembre a las 7 p.m. (hora del centro) te invitamos a nuestro webinar gratuito <b>"Acompañar sin quemarse: autocuidado para coaches y terapeutas que trabajan en español"</b>.</p><p><a href="https://bienestarpro-latam.example/webinar">Regístrate aquí</a></p><p style="font-size:10px">Para dejar de recibir estos correos, escribe a baja@bienestarpro-latam.example</p></body></html>""", "iso-8859-1", "quoted-printable")]))

M("79-peer-consult.eml", "", "email", "", "no", "announcement",
  prog="gmail", name="Renée Caldwell", email="renee@caldwellcounseling.example", relay="mail-ej1-f52.google.com",
  to="peer-consult-north@googlegroups.example", date="2026-11-23 17:45 -0600",
  subject="[peer-consult-north] December meeting moves to Zoom",
  body="""Hi all,

A heads-up that our December peer consultation (Wed Dec 9, 12-1:30) will be on Zoom instead of at my office, since half of us will be traveling. Same link as October.

Case presenters this month: Dana and Luis. Please keep identifying details out of the write-ups as usual.

Anyone who wants a hand putting together the CE paperwork for the year, I'll stay on after.

Renée

--
You received this message because you are subscribed to the Google Groups "peer-consult-north" group.
To unsubscribe from this group and stop receiving emails from it, send an email to peer-consult-north+unsubscribe@googlegroups.example.""")

M("80-text-unknown.eml", "", "sms", "", "no", "sms",
  service="gv_text", number="+1 312 555 0199", date="2026-11-27 10:15 -0600",
  transcript="""hi is this dana the life coach? marisol from la espiga gave me ur number. do u have openings in january, im looking for help with my business and honestly my whole life lol""")
