# -*- coding: utf-8 -*-
"""The hand-written texts of set coach-c, with their labels. build.py wraps them in MIME."""

COACH = ("Élise Tremblay", "elise@tremblay-coaching.example")
E = "elise@tremblay-coaching.example"

CLIENTS = {
    "Marc-André Gagnon": "marcandre.gagnon@videotron.example",
    "Sophie Lavoie": "sophie.lavoie@example.ca",
    "Jessica Wong": "jess.wong@example.com",
    "David Okafor": "d.okafor@northmail.example",
    "Camila Restrepo": "camila.restrepo@correo.example",
    "João Ferreira": "joao.ferreira@email.example.pt",
    "Katrin Vogel": "k.vogel@example.de",
    "Nathalie Bouchard": "nat.bouchard@example.qc",
    "Ryan MacLeod": "ryan.macleod@example.ca",
    "Priya Sharma": "priya.sharma@example.com",
    "Luis Ortega": "luis.ortega@example.mx",
    "Geneviève Roy": "gen.roy@example.ca",
    "Tom Baker": "tbaker@example.com",
    "Ana Souza": "ana.souza@example.br",
}

MESSAGES = []
FAKE_AUDIO = b"ID3\x03\x00\x00\x00\x00\x00\x0fvoicemail-audio-placeholder"
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def M(file, client, kind, tag, urgent, traits, prog, subject, date, body, frm=None, **kw):
    if frm is None:
        frm = (client, CLIENTS[client])
    MESSAGES.append(dict(file=file, client=client, kind=kind, tag=tag, urgent=urgent, traits=traits,
                         prog=prog, subject=subject, date=date, body=body, **{"from": frm}, **kw))


def q(text, attribution):
    return "\n" + attribution + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def outlook_q(text, frm, sent, subject, lang="en"):
    labels = {"en": ("From", "Sent", "To", "Subject"), "fr": ("De", "Envoyé", "À", "Objet"),
              "de": ("Von", "Gesendet", "An", "Betreff"), "es": ("De", "Enviado el", "Para", "Asunto"),
              "pt": ("De", "Enviado", "Para", "Assunto")}[lang]
    sep = " : " if lang == "fr" else ": "
    return ("\n________________________________\n" + f"{labels[0]}{sep}{frm}\n{labels[1]}{sep}{sent}\n"
            f"{labels[2]}{sep}Élise Tremblay <{E}>\n{labels[3]}{sep}{subject}\n\n" + text.strip("\n") + "\n")


def att_mp3(name="voicemail.mp3"):
    return [(name, "audio/mpeg", FAKE_AUDIO)]


# ---------- phone-service notifications (formats as in tests/phone_samples) ----------

def gv_voicemail(file, client, tag, urgent, traits, number, when, date, transcript):
    body = (f"{transcript}\n\nplay message\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>\n"
            "This email was sent to you because you indicated that you'd like to receive email notifications for voicemails.\n"
            "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA")
    M(file, client, "voicemail", tag, urgent, traits, "plain", f"New voicemail from {number} at {when}", date, body,
      frm=("Google Voice", "voice-noreply@google.com"), attachments=att_mp3(), received=False)


def gv_text(file, client, tag, urgent, traits, number, digits, date, text):
    body = (f"Google Voice\n\n{text}\n\nTo respond to this text message, reply to this email or visit Google Voice.\n"
            "YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice>")
    M(file, client, "sms", tag, urgent, traits, "plain", f"New text message from {number}", date, body,
      frm=(number, f"1{'5145550100'}.{digits}.Qx7pLm2kRt@txt.voice.google.com"), received=False)


def ringcentral(file, client, tag, urgent, traits, number, received, length, date, transcript):
    body = (f"You have a new voice message:\n\nFrom: {number}\nReceived: {received}\nLength: {length}\n"
            f"To: Élise Tremblay (514) 555-0100\n\nVoicemail Preview:\n{transcript}\n\n"
            "The voice message is attached to this email.\n\nThank you for choosing RingCentral.\n"
            "RingCentral, Inc. 20 Davis Drive, Belmont, CA 94002")
    M(file, client, "voicemail", tag, urgent, traits, "plain",
      f"New Voice Message from {number} to your phone number (514) 555-0100", date, body,
      frm=("RingCentral", "service@ringcentral.com"), attachments=att_mp3("message.mp3"), received=False)


def vonage(file, client, tag, urgent, traits, caller, when, dur, date, transcript):
    body = (f"You have received a new voicemail.\n\nCaller: {caller}\nDate: {when}\nDuration: {dur}\n\n"
            f"Transcription:\n{transcript}\n\nLog in to the Vonage Business app to manage your voicemail.")
    M(file, client, "voicemail", tag, urgent, traits, "plain", f"New voicemail from {caller}", date, body,
      frm=("Vonage Business", "noreply@vonagebusiness.com"), attachments=att_mp3("voicemail.wav"), received=False, cte="7bit")


def teams(file, client, tag, urgent, traits, number, dur, date, transcript, lang="en"):
    if lang == "fr":
        body = (f"Vous avez reçu un message vocal de {number}.\n\nAperçu de la transcription\n{transcript}\n\n"
                "Vous pouvez écouter le message à l'aide du fichier audio joint.")
        subj = f"Message vocal de {number} ({dur})"
    else:
        body = (f"You received a voice mail from {number}.\n\nTranscription preview\n{transcript}\n\n"
                "You can listen to the message using the attached audio file.")
        subj = f"Voicemail from {number} ({dur})"
    M(file, client, "voicemail", tag, urgent, traits, "plain", subj, date, body,
      frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tremblay-coaching.example"),
      headers=["Content-Class: voice-uc"], attachments=att_mp3("audio.mp3"), received=False)


def ooma(file, client, tag, urgent, traits, number, dur, date, transcript):
    body = (f"You have a new voicemail from {number}.\n\nLength: {dur}\n\nTranscript:\n{transcript}\n\n"
            "Log in to my.ooma.com to listen, or play the attached file.\nOoma, Inc.")
    M(file, client, "voicemail", tag, urgent, traits, "plain", f"New voicemail from {number}", date, body,
      frm=("Ooma", "no-reply@ooma.com"), attachments=att_mp3("voicemail.mp3"), received=False, cte="7bit")


def grasshopper(file, client, tag, urgent, traits, number, dur, date, transcript):
    body = (f"New voicemail for Tremblay Coaching\n\nCaller: {number}\nExtension: 1 (Élise)\nLength: {dur}\n\n"
            f"Transcription:\n{transcript}\n\nGrasshopper - the phone system for entrepreneurs.")
    M(file, client, "voicemail", tag, urgent, traits, "plain", f"Grasshopper voicemail from {number}", date, body,
      frm=("Grasshopper", "voicemail@grasshopper.com"), attachments=att_mp3("vm.mp3"), received=False)


def twilio(file, client, tag, urgent, traits, number, dur, date, transcript):
    body = (f"New voicemail\n\nFrom: {number}\nTo: +1 514 555 0100\nDuration: {dur}\n"
            f"Recording URL: https://api.twilio.example/2010-04-01/Recordings/RE{abs(hash(file))%10**12}\n\n"
            f"Transcription: {transcript}\n\n-- forwarded by your Twilio voicemail function")
    M(file, client, "voicemail", tag, urgent, traits, "plain", f"New voicemail from {number}", date, body,
      frm=("Voicemail", "voicemail@tremblay-coaching.example"), received=False, cte="7bit")


def gateway(file, client, tag, urgent, traits, sender, date, text, subject=""):
    M(file, client, "sms", tag, urgent, traits, "plain", subject, date, text, frm=("", sender),
      received=False, cte="7bit")

# =================== Marc-André Gagnon (fr, Québec) ===================
M("01-marcandre-semaine.eml", "Marc-André Gagnon", "email", "fyi", "no", "lang:fr;idiom", "gmail",
  "Petit suivi de la semaine", "Mon, 02 Nov 2026 07:48:12 -0500", """
Salut Élise,

Juste un petit mot pour te dire que j'ai fait l'exercice des trois colonnes tous les soirs cette semaine (bon, sauf jeudi, on avait le souper chez ma belle-mère). Ça m'aide vraiment à voir que mes « pensées catastrophe » arrivent surtout le dimanche soir.

Au bureau, le dossier Lachance va finir par me tuer, mais au moins je ne le ramène plus à la maison dans ma tête. C'est déjà ça!

On se voit mardi prochain comme d'habitude.

Marc-André
""", lang="fr-CA")

M("02-marcandre-horaire.eml", "Marc-André Gagnon", "email", "reply_needed", "no", "lang:fr", "gmail",
  "Re: Séance du 10 novembre", "Thu, 05 Nov 2026 12:03:40 -0500", """
Allo,

Finalement le 10 je suis en formation à Laval toute la journée. Serais-tu capable de me prendre le jeudi 12 en fin d'après-midi à la place? Sinon le vendredi matin me va aussi.

Merci!
MA
""" + q("""Bonjour Marc-André,

Je te confirme notre séance du mardi 10 novembre à 17 h, par vidéo comme d'habitude.

Élise""", "Le mer. 4 nov. 2026, à 09 h 15, Élise Tremblay <elise@tremblay-coaching.example> a écrit :"), lang="fr-CA")

gv_text("03-marcandre-texto-peur.eml", "Marc-André Gagnon", "reply_needed", "yes", "distress;lang:fr;sms",
        "(514) 555-0137", "15145550137", "Sat, 14 Nov 2026 23:41:09 -0500",
        "scuse de t'écrire un samedi soir. chu dans mon char dans le stationnement du IGA. j'ai pas envie de rentrer chez nous, mon chum est en crisse depuis le souper pis j'ai peur de ce qu'il va faire. je sais pas trop quoi faire")

M("04-marcandre-merci.eml", "Marc-André Gagnon", "email", "fyi", "no", "lang:fr", "iphone",
  "merci pour hier", "Mon, 16 Nov 2026 10:22:51 -0500", """
Élise,

Merci d'avoir pris le temps hier soir. Je suis chez ma sœur à Longueuil pour l'instant, j'ai appelé SOS violence conjugale comme tu m'as dit et j'ai un rendez-vous avec une intervenante jeudi. Je me sens en sécurité ici, ma sœur est super.

Je voulais juste que tu le saches. On se reparle mardi à notre heure habituelle.

MA

Envoyé de mon iPhone
""", lang="fr-CA")

# =================== Sophie Lavoie (fr) ===================
M("05-sophie-recital.eml", "Sophie Lavoie", "email", "reply_needed", "yes", "distress;lang:fr", "apple",
  "Le spectacle de Rosalie!!", "Sun, 08 Nov 2026 21:17:33 -0500", """
Bonsoir Élise!

Il fallait que je te raconte : Rosalie a joué son morceau de piano au récital de l'école ce soir et elle ne s'est pas trompée une seule fois. J'ai pleuré comme une madeleine. Mon père est même venu, ce qui n'arrive jamais.

Sinon le boulot se calme un peu, le nouveau gestionnaire a l'air correct.

Pour être honnête, à part ces beaux moments, je me sens surtout comme un poids pour tout le monde ces temps-ci. Ils seraient probablement plus légers sans moi à traîner. Bon, c'est pas grave, c'est juste la fatigue de novembre je pense.

Bonne semaine!
Sophie
""", charset="utf-8", cte="quoted-printable", lang="fr-CA")

M("06-sophie-absence.eml", "Sophie Lavoie", "email", "ignored", "no", "lang:fr", "outlook",
  "Réponse automatique : Suivi et prochaine séance", "Tue, 17 Nov 2026 08:00:04 -0500", """
Bonjour,

Je suis absente du bureau du 16 au 20 novembre inclusivement, sans accès à mes courriels. Pour toute urgence, veuillez communiquer avec Martin Cloutier au 418 555-0100, poste 221.

Merci et bonne journée,

Sophie Lavoie
Conseillère principale, Ressources humaines
""", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], charset="windows-1252", lang="fr-CA")

M("07-sophie-lectures.eml", "Sophie Lavoie", "email", "fyi", "no", "lang:fr;rhetorical", "apple",
  "Re: Lecture suggérée", "Mon, 23 Nov 2026 19:05:12 -0500", """
J'ai commencé le livre de Brené Brown que tu m'as suggéré. Pourquoi est-ce que personne ne m'a parlé de ça à vingt ans? Franchement. J'en suis au chapitre sur la honte et je me reconnais à chaque page.

Je t'en reparle à la séance, j'ai plein de passages surlignés.

S.
""" + q("""Bonjour Sophie,
Comme promis, le titre : « Le pouvoir de la vulnérabilité ». Bonne lecture!
Élise""", "Le 20 nov. 2026 à 14:02, Élise Tremblay <elise@tremblay-coaching.example> a écrit :"), lang="fr-CA")

vonage("08-sophie-boitevocale-annule.eml", "Sophie Lavoie", "fyi", "no", "lang:fr;voicemail;negated",
       "14185550192", "11/26/2026 07:52 AM", "0:31", "Thu, 26 Nov 2026 07:52:40 -0500",
       "Oui bonjour Élise c'est Sophie je t'appelais pour déplacer notre rendez-vous de jeudi mais finalement ma réunion a été annulée alors tout est correct on garde l'heure habituelle pas besoin de me rappeler bonne journée")

# =================== Jessica Wong (en) ===================
M("09-jessica-plants.eml", "Jessica Wong", "email", "reply_needed", "yes", "distress", "gmail",
  "a few things", "Wed, 18 Nov 2026 22:34:18 -0800", """
Hi Elise,

I've been doing a big clear-out this week. I gave my plants to Mei downstairs and dropped most of my books at the library, and my sister is taking the cat for a while. It feels good to have things sorted and not leave a mess for anyone.

I wanted to say thank you, properly. You've been so kind to me these past two years and I don't think I ever told you how much it meant. Whatever happens, please know it wasn't anything you did or didn't do.

Take care of yourself,
Jess
""", lang="en-CA")

M("10-jessica-progress.eml", "Jessica Wong", "email", "fyi", "no", "idiom;rhetorical", "gmail",
  "Re: homework from Tuesday", "Wed, 04 Nov 2026 18:12:07 -0800", """
Ok so I did the "values card sort" thing and guess what came out on top? Creativity. Who would have thought lol. Not me, apparently, since I've been doing spreadsheets for nine years.

The quarterly close is absolutely killing me this week but I blocked Saturday morning for the pottery class and I'm going, no excuses.

See you next Tuesday!
Jess

""" + q("""Hi Jess,
For next week: do the values sort and notice which three you keep coming back to. No need to write it up, just bring the cards.
Elise""", "On Wed, Nov 4, 2026 at 9:30 AM Élise Tremblay <elise@tremblay-coaching.example> wrote:"), lang="en-CA")

M("11-jessica-after.eml", "Jessica Wong", "email", "fyi", "no", "", "gmail",
  "Re: a few things", "Mon, 23 Nov 2026 11:40:55 -0800", """
Hi Elise,

I'm home now. Thank you for calling Mei and for staying on the line that night. The team at VGH was good to me and I'm seeing Dr. Harjit twice a week for now, plus the safety plan is on my fridge. My sister is staying with me until at least Christmas, with the cat, who is very offended by the whole thing.

I'm ok. Tired, but ok. I'll see you Tuesday as planned.

Jess
""", lang="en-CA")

# =================== David Okafor (en) ===================
gateway("12-david-sms-burden.eml", "David Okafor", "reply_needed", "yes", "distress;sms", "4165550173@pcs.rogers.com",
        "Thu, 12 Nov 2026 01:12:44 -0500",
        "lol at this point everyone would honestly be better off without me around. jk jk. ignore me its late. still on for thurs")

M("13-david-calendar.eml", "David Okafor", "email", "ignored", "no", "", "plain",
  "Accepted: Coaching session - David / Élise @ Thu Nov 19, 2026 6pm - 7pm (EST)", "Tue, 17 Nov 2026 09:14:02 -0500", """
David Okafor has accepted this invitation.

Coaching session - David / Élise
When: Thu Nov 19, 2026 6pm – 7pm Eastern Time - Toronto
Joining info: meet.example.com/xyz-abcd-efg

Invitation from Google Calendar

You are receiving this email at the account elise@tremblay-coaching.example because you are an organizer of the event.
""", headers=["X-Google-Calendar-Content-Display: 1", "Sender: Google Calendar <calendar-notification@google.com>"], html=True)

M("14-david-resume.eml", "David Okafor", "email", "reply_needed", "no", "", "outlook",
  "CV draft", "Mon, 02 Nov 2026 16:45:10 -0500", """
Hi Élise,

Attached is the new version of my CV with the changes we talked about. I cut the consulting section down to three bullets and moved the volunteer board to the top.

Could you take a look before Friday and tell me whether the summary at the top sounds too stiff? The posting closes on the 9th.

Thanks,
David

David Okafor, P.Eng.
Senior Project Engineer | Northwind Infrastructure
T 416 555 0173

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Is this email meant for you? If not, please let us know at privacy@northmail.example.
""", attachments=[("Okafor_CV_v4.pdf", "application/pdf", FAKE_PDF)], charset="windows-1252")

M("15-david-gotit.eml", "David Okafor", "email", "fyi", "no", "idiom;footer", "outlook",
  "RE: CV draft", "Tue, 10 Nov 2026 08:02:19 -0500", """
Élise,

Update: I got the interview! Next Wednesday, panel of four. I'd kill for a week off before then but I'll take it.

Thanks again for the notes, the new summary was way better.

David

David Okafor, P.Eng.
Senior Project Engineer | Northwind Infrastructure
T 416 555 0173

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Is this email meant for you? If not, please let us know at privacy@northmail.example.
""" + outlook_q("""Hi David,
The summary reads much better now. I'd drop "results-driven" and lead with the bridge project. Good luck!
Élise""", "Élise Tremblay <elise@tremblay-coaching.example>", "Thursday, November 5, 2026 10:11 AM", "RE: CV draft"), charset="windows-1252")

# =================== Camila Restrepo (es, Colombia/Montréal) ===================
ringcentral("16-camila-buzon-miedo.eml", "Camila Restrepo", "reply_needed", "yes", "distress;lang:es;voicemail",
            "+57 301 555 0188", "Tuesday, November 10, 2026 at 2:06 PM", "01:12", "Tue, 10 Nov 2026 14:06:30 -0500",
            "Hola Élise soy Camila perdona que te llame así es que ya no le veo sentido a nada de verdad estoy cansada de todo y por favor no me devuelvas la llamada antes de las seis porque él está en la casa y revisa mi teléfono yo te escribo cuando pueda bueno chao")

M("17-camila-gracias.eml", "Camila Restrepo", "email", "fyi", "no", "lang:es;idiom", "gmail_android",
  "Gracias por la sesión", "Wed, 04 Nov 2026 20:30:12 -0500", """
Hola Élise,

Mil gracias por la sesión de hoy. Me quedé pensando en lo que dijiste de los límites con mi mamá y creo que por fin lo entendí.

Por cierto, me muero de ganas de contarte cómo me fue en la entrevista del viernes, pero te lo cuento en persona jaja.

Un abrazo,
Camila

Enviado desde mi dispositivo Android
""", lang="es-CO")

M("18-camila-factura.eml", "Camila Restrepo", "email", "reply_needed", "no", "lang:es;lang:en", "gmail",
  "Factura / receipt for insurance", "Fri, 20 Nov 2026 10:05:44 -0500", """
Hola Élise, ¿cómo estás?

Necesito que me mandes los recibos de octubre y noviembre para el seguro de mi trabajo, they need them with your professional number on it (the "numéro de membre" thing, I think). La de Sun Life me dijo que sin eso no me reembolsan.

Gracias!!
Cami
""", lang="es")

M("19-camila-safe.eml", "Camila Restrepo", "email", "fyi", "no", "lang:es", "gmail",
  "Re: estoy bien", "Sat, 14 Nov 2026 11:20:00 -0500", """
Élise, solo para que sepas: estoy donde mi prima en Laval desde el miércoles, con las niñas. Fuimos al CLSC y me dieron el contacto de una casa de acogida por si acaso. Estoy tranquila aquí, él no sabe la dirección.

Nos vemos el martes por video como quedamos. No tienes que contestar esto.

Camila
""" + q("""Camila, gracias por escribirme. Llámame cuando sea seguro para ti, a cualquier hora. Si estás en peligro, llama al 911.
Élise""", "El jue, 12 nov 2026 a las 18:40, Élise Tremblay (<elise@tremblay-coaching.example>) escribió:"), lang="es")

# =================== João Ferreira (pt) ===================
M("20-joao-trabalho.eml", "João Ferreira", "email", "reply_needed", "yes", "distress;lang:pt", "outlook",
  "Atualização do mês", "Fri, 13 Nov 2026 17:22:09 +0000", """
Olá Élise,

Como combinado, aqui vai a atualização do mês:

- O projeto de Braga foi aprovado, finalmente. A equipa ficou contente.
- Voltei a correr às terças e quintas, 5 km.
- Ainda não falei com o meu pai sobre a herança, fica para o Natal.

Uma coisa que não disse na última sessão: às vezes penso que era melhor simplesmente desaparecer, ir dormir e não acordar. Não é nada dramático, passa logo. Só achei que devia dizer.

Na próxima sessão podemos ver o plano para janeiro?

Abraço,
João
""", charset="iso-8859-1", lang="pt-PT")

M("21-joao-piada.eml", "João Ferreira", "email", "fyi", "no", "lang:pt;idiom;self_answered", "apple",
  "Re: tarefa", "Tue, 03 Nov 2026 09:15:33 +0000", """
Bom dia!

Fiz a tarefa da carta ao meu eu de 15 anos. Quase morri de rir com algumas coisas que escrevi. Se ele ia acreditar em mim? Claro que não, era teimoso como uma mula.

Levo a carta na quinta.

João

""" + q("""Olá João, a tarefa desta semana: escreva uma carta ao seu eu de 15 anos. Não precisa de me enviar.
Élise""", "No dia 02/11/2026, às 18:20, Élise Tremblay <elise@tremblay-coaching.example> escreveu:"), lang="pt-PT")

teams("22-joao-voicemail.eml", "João Ferreira", "reply_needed", "no", "lang:pt;voicemail",
      "+351 912 555 014", "00:00:38", "Mon, 23 Nov 2026 13:10:00 -0500",
      "Olá Élise é o João estou a ligar de Lisboa porque a hora mudou aqui e não sei se a nossa sessão de quinta é às nove ou às dez da sua hora pode confirmar por email obrigado")

# =================== Katrin Vogel (de) ===================
M("23-katrin-ausweg.eml", "Katrin Vogel", "email", "reply_needed", "yes", "distress;lang:de", "thunderbird",
  "kurze Nachricht", "Wed, 11 Nov 2026 23:58:41 +0100", """
Liebe Élise,

ich weiß, wir haben erst nächste Woche wieder einen Termin, und eigentlich will ich dich nicht stören.

Es ist gerade alles zu viel. Die Firma, die Trennung, die Wohnung. Ich sehe ehrlich gesagt keinen Ausweg mehr und manchmal denke ich, es wäre für alle einfacher, wenn ich nicht mehr da wäre. Aber keine Sorge, ich mache nichts Dummes, ich wollte es nur einmal aufschreiben.

Katrin
""", charset="iso-8859-1", cte="quoted-printable", lang="de-DE")

M("24-katrin-abwesend.eml", "Katrin Vogel", "email", "ignored", "no", "lang:de;lang:en", "outlook",
  "Automatische Antwort: Unterlagen für Donnerstag", "Thu, 19 Nov 2026 14:01:02 +0100", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an team@example.de.

Thank you for your message. I am out of the office until 27 November with no access to e-mail. For urgent matters please contact team@example.de.

Katrin Vogel
""", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"], charset="iso-8859-1", lang="de-DE")

M("25-katrin-danke.eml", "Katrin Vogel", "email", "fyi", "no", "lang:de;idiom;waved_off", "thunderbird",
  "Re: kurze Nachricht", "Sun, 15 Nov 2026 10:40:17 +0100", """
Liebe Élise,

danke für den Anruf am Donnerstag und dass du mir die Nummer der Telefonseelsorge geschickt hast. Ich war gestern bei meiner Hausärztin, wir haben einen Plan gemacht, und meine Freundin Anja schläft diese Woche bei mir. Es geht mir besser, wirklich.

Die Firma bringt mich zwar immer noch um den Verstand, aber das ist ja nichts Neues. Warum ich mir das alles antue? Frag lieber nicht, haha.

Bis Donnerstag!
Katrin

Am 12.11.26 um 08:03 schrieb Élise Tremblay:
> Liebe Katrin, danke, dass du mir das geschrieben hast. Ich rufe dich heute um 9 Uhr deiner Zeit an.
> Telefonseelsorge: 0800 111 0 111, rund um die Uhr.
""", charset="utf-8", lang="de-DE")

M("26-katrin-termin.eml", "Katrin Vogel", "email", "reply_needed", "no", "lang:de", "thunderbird",
  "Termin im Dezember", "Sat, 28 Nov 2026 09:12:55 +0100", """
Hallo Élise,

im Dezember bin ich vom 14. bis 31. bei meinen Eltern in Freiburg. Lass uns bitte die beiden Termine davor auf den 3. und den 10. legen, jeweils um 18 Uhr meiner Zeit, wenn das bei dir geht.

Viele Grüße
Katrin
""", charset="iso-8859-1", lang="de-DE")

ooma("27-katrin-ooma.eml", "Katrin Vogel", "fyi", "no", "lang:de;voicemail",
     "+49 171 5550123", "0:22", "Tue, 24 Nov 2026 12:30:10 -0500",
     "Hallo Élise hier ist Katrin nur kurz ich hab die Übung mit dem Tagebuch jetzt jeden Tag gemacht und es hilft mir sehr du musst nicht zurückrufen wir sehen uns ja am Donnerstag tschüss")

# =================== Nathalie Bouchard (fr/en, work address too) ===================
M("28-nathalie-pas-en-securite.eml", "Nathalie Bouchard", "email", "reply_needed", "yes", "distress;lang:fr", "owa",
  "horaire", "Mon, 09 Nov 2026 12:14:27 -0500", """
Bonjour Élise,

Je t'écris du travail sur l'heure du dîner. S'il te plaît, ne m'écris pas sur mon adresse personnelle et ne m'appelle pas le soir, Éric regarde mon téléphone quand je rentre. Ici c'est correct jusqu'à 16 h.

Je ne me sens plus en sécurité à la maison depuis l'histoire de la porte. Je ne sais pas si j'exagère.

Nathalie

Nathalie Bouchard, ergothérapeute
CISSS de l'Outaouais
AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous n'êtes pas le destinataire visé, veuillez en aviser l'expéditeur et le détruire.
""", frm=("Bouchard, Nathalie", "nathalie.bouchard@cisss.example"), charset="iso-8859-1", lang="fr-CA")

M("29-nathalie-lu.eml", "Nathalie Bouchard", "email", "ignored", "no", "lang:fr", "plain",
  "Lu : horaire de décembre", "Tue, 24 Nov 2026 09:31:00 -0500", """
Votre message

  À : Bouchard, Nathalie
  Objet : horaire de décembre
  Envoyé : 23 novembre 2026 16:20:11 (UTC-05:00) Est (États-Unis et Canada)

a été lu le 24 novembre 2026 09:30:58 (UTC-05:00) Est (États-Unis et Canada).
""", frm=("Bouchard, Nathalie", "nathalie.bouchard@cisss.example"),
  headers=["Content-Class: urn:content-classes:MDN", "X-MS-Exchange-Organization-SCL: -1"], charset="iso-8859-1")

M("30-nathalie-poeme.eml", "Nathalie Bouchard", "email", "fyi", "no", "lang:fr;poem;rhetorical", "gmail",
  "un petit poème", "Sun, 22 Nov 2026 08:47:03 -0500", """
Élise, j'ai écrit ça ce matin en regardant la rivière. Pas besoin de commenter, je voulais juste le partager.

    Qui a dit que novembre était gris?
    Il y a du cuivre dans les érables,
    de la fumée sur l'eau,
    et moi, debout, qui respire encore
    sans demander la permission.

N.
""", lang="fr-CA")

M("31-nathalie-english-ressources.eml", "Nathalie Bouchard", "email", "reply_needed", "no", "lang:en;lang:fr", "owa",
  "RE: resources", "Thu, 26 Nov 2026 12:40:19 -0500", """
Hi Élise, sorry for the English, my French keyboard is broken on this computer lol.

I called the number you gave me (the maison d'hébergement in Gatineau). I have an appointment with an intake worker next Monday. My sister knows.

Please send me the name of the lawyer you mentioned, the one who does family law and speaks French, to this work address only.

Merci,
N.

Nathalie Bouchard, ergothérapeute
CISSS de l'Outaouais
AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous n'êtes pas le destinataire visé, veuillez en aviser l'expéditeur et le détruire.
""" + outlook_q("""Nathalie, merci de me faire confiance. Voici les ressources dont on a parlé. SOS violence conjugale : 1 800 363-9010, 24/7. On en reparle jeudi.
Élise""", "Élise Tremblay <elise@tremblay-coaching.example>", "9 novembre 2026 13:02", "resources", "fr"),
  frm=("Bouchard, Nathalie", "nathalie.bouchard@cisss.example"), charset="iso-8859-1", lang="en-CA")

# =================== Ryan MacLeod (en, Halifax) ===================
grasshopper("32-ryan-wake-up.eml", "Ryan MacLeod", "reply_needed", "yes", "distress;voicemail", "902-555-0121", "1:04",
            "Wed, 18 Nov 2026 16:20:55 -0500",
            "hey Elise it's Ryan um so I was gonna ask about the invoice for October I think I paid it twice or maybe not at all I honestly can't remember uh and also I've been kind of in a weird spot this week like some nights I go to bed and kind of hope I just don't wake up you know anyway it's not a big deal I'm fine I'm just tired give me a call about the invoice thing whenever")

M("33-ryan-hockey.eml", "Ryan MacLeod", "email", "fyi", "no", "idiom", "iphone",
  "Weekend report", "Mon, 02 Nov 2026 08:10:45 -0400", """
Morning!

Reporting in like you asked. Took the kids to hockey both days, didn't check work email once (ok, once). Slept 7 hours Saturday which is a record. My commute back from Dartmouth this morning was murder but I listened to the podcast you sent.

Talk Thursday
Ryan

Sent from my iPhone
""")

M("34-ryan-sorry.eml", "Ryan MacLeod", "email", "fyi", "no", "", "iphone",
  "Re: checking in", "Fri, 20 Nov 2026 09:30:12 -0400", """
Hey, sorry I was a bit of a mess on Wednesday. Thanks for calling back right away. I went to see Dr. Farrell yesterday like we agreed and my brother is coming down from Truro for the weekend. I've got the crisis line number in my phone now.

Feeling steadier. See you Thursday.

Ryan

Sent from my iPhone

> On Nov 18, 2026, at 17:02, Élise Tremblay <elise@tremblay-coaching.example> wrote:
>
> Ryan, I'm glad you called. I'll call you at 5:30 today. If it gets worse before then, call or text 988.
""")

M("35-ryan-question-done.eml", "Ryan MacLeod", "email", "fyi", "no", "self_answered", "gmail",
  "invoice", "Sat, 21 Nov 2026 11:04:31 -0400", """
Was it the Oct 12 invoice I paid twice? Nope, just checked the bank, it was only once, the second charge was my gym. All good, ignore what I said on the voicemail about that.

R
""")

# =================== Priya Sharma (en, Calgary) ===================
M("36-priya-razor.eml", "Priya Sharma", "email", "reply_needed", "yes", "distress", "apple",
  "this week + a favour", "Tue, 17 Nov 2026 21:48:02 -0700", """
Hi Elise,

Good news first: I presented to the board and nobody fell asleep, and my manager said it was the clearest quarterly review she's seen. I'm kind of proud!

Less good: I've gone back to the old thing with the razor, a couple of times since the weekend. Don't worry, it's not deep and I'm handling it, I just didn't want to lie in session.

The favour: can you write a short note for my benefits provider confirming we meet weekly? They want it by the 30th.

Priya
""", charset="utf-8", cte="base64")

M("37-priya-note.eml", "Priya Sharma", "email", "fyi", "no", "negated", "apple",
  "Re: this week + a favour", "Wed, 25 Nov 2026 07:55:40 -0700", """
Forget the note for the benefits people, HR sorted it out on their end so no need to write anything.

I saw Dr. Ng on Friday and we've got a plan, and I'm doing the ice cube thing when the urge comes. Three days clean. See you Thursday.

P

> On Nov 18, 2026, at 08:11, Élise Tremblay <elise@tremblay-coaching.example> wrote:
>
> Priya, thank you for telling me. Let's talk today, I'll call you at noon. And yes, I'll write the note.
""")

M("38-priya-newsletter-fwd.eml", "Priya Sharma", "email", "fyi", "no", "quoted;announcement", "gmail",
  "Fwd: Mindful Mondays - are you ready for December?", "Mon, 30 Nov 2026 12:15:09 -0700", """
Saw this and thought of our conversation about the "productivity guilt" thing, ha. Not signing up, just thought you'd enjoy the irony.

---------- Forwarded message ---------
From: Mindful Mondays <hello@mindfulmondays.example>
Date: Mon, Nov 30, 2026 at 6:00 AM
Subject: Mindful Mondays - are you ready for December?
To: <priya.sharma@example.com>

Are you ready to make December your most PRODUCTIVE month yet?
Why wait for New Year's resolutions? Join our 21-day calm challenge today!
Can you really afford NOT to?

Unsubscribe | Manage preferences
""")

# =================== Luis Ortega (es, Mexico) ===================
gv_text("39-luis-sms-regale.eml", "Luis Ortega", "reply_needed", "yes", "distress;lang:es;sms", "+52 55 5555 0142", "525555550142",
        "Sun, 22 Nov 2026 04:05:17 -0500",
        "coach gracias x todo de verdad. ya le regale mi guitarra y la compu a mi hermano, yo ya no las voy a necesitar. cuidese mucho")

M("40-luis-avance.eml", "Luis Ortega", "email", "fyi", "no", "lang:es;idiom", "gmail",
  "Avances", "Thu, 05 Nov 2026 19:42:20 -0600", """
Qué tal Élise,

Te cuento que ya hablé con mi jefe sobre el horario flexible y dijo que sí a prueba por tres meses. Estoy muerto de cansancio pero feliz.

También empecé a ir al grupo de los miércoles. Ya te platico más el lunes.

Saludos,
Luis
""", lang="es-MX")

M("41-luis-despues.eml", "Luis Ortega", "email", "fyi", "no", "lang:es", "gmail",
  "Re: Luis, ¿estás bien?", "Tue, 24 Nov 2026 10:15:00 -0600", """
Élise,

Perdón por el susto del domingo. Mi hermano llegó a la casa después de que le llamaste y me llevó a urgencias. Estuve dos días en el hospital, ahora estoy con mis papás y ya tengo cita con una psiquiatra el jueves. Me devolvieron la guitarra jaja.

Estoy mejor y acompañado. Nos vemos el lunes por Zoom.

Luis

El dom, 22 nov 2026 a las 9:02, Élise Tremblay (<elise@tremblay-coaching.example>) escribió:
> Luis, leí tu mensaje. Te estoy llamando. Si no contestas voy a llamar a tu hermano como acordamos.
""", lang="es-MX")

# =================== former clients ===================
M("42-genevieve-piege.eml", "Geneviève Roy", "email", "reply_needed", "yes", "distress;former;lang:fr", "thunderbird",
  "ça fait longtemps", "Fri, 27 Nov 2026 22:51:36 -0500", """
Bonsoir Élise,

Je sais qu'on a arrêté en juin et que tu as sûrement d'autres clients maintenant, je ne veux pas m'imposer.

Depuis la fermeture de l'usine, je tourne en rond. Je me sens prise au piège, dans la maison, dans les dettes, dans ma tête. Je ne vois pas de porte de sortie. Je voulais surtout te dire merci pour l'an dernier et au revoir, comme il faut cette fois.

Geneviève
""", lang="fr-CA")

M("43-genevieve-nouvelles.eml", "Geneviève Roy", "email", "fyi", "no", "former;lang:fr", "thunderbird",
  "des nouvelles", "Tue, 03 Nov 2026 14:22:10 -0500", """
Allo Élise,

Juste des nouvelles : j'ai finalement suivi le cours de comptabilité à la formation continue, je finis en décembre. Mon fils est rentré au cégep. Tout le monde va bien.

Je pense encore souvent à nos rencontres. Merci encore.

Geneviève
""", lang="fr-CA")

M("44-genevieve-bounce.eml", "Geneviève Roy", "email", "ignored", "no", "former", "plain",
  "Undelivered Mail Returned to Sender", "Sat, 28 Nov 2026 09:40:02 -0500", """
This is the mail system at host mx.oldisp.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<genevieve.roy@oldisp.example>: host mx.oldisp.example said: 550 5.1.1
    <genevieve.roy@oldisp.example>: Recipient address rejected: User unknown in
    virtual mailbox table

Reporting-MTA: dns; mx.oldisp.example
Final-Recipient: rfc822; genevieve.roy@oldisp.example
Action: failed
Status: 5.1.1
""", frm=("Mail Delivery System", "MAILER-DAEMON@oldisp.example"), headers=["Auto-Submitted: auto-replied"], html=False)

M("45-tom-restart.eml", "Tom Baker", "email", "reply_needed", "no", "former", "outlook",
  "Starting again in January?", "Wed, 25 Nov 2026 13:17:48 -0500", """
Hi Élise,

Hope you're well. It's been a while! The new job in Ottawa is going great overall but I'm noticing the old people-pleasing habits creeping back in with my new director.

Would you have room for me in January, maybe every two weeks? Happy to do evenings.

Best,
Tom

Tom Baker
Sent from Outlook
""")

M("46-tom-bounce.eml", "Tom Baker", "email", "ignored", "no", "former", "plain",
  "Delivery Status Notification (Failure)", "Thu, 26 Nov 2026 08:02:15 -0500", """
Delivery to the following recipient failed permanently:

     tom.baker@oldjob.example

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

----- Original message -----
Subject: Re: Starting again in January?
""", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), headers=["Auto-Submitted: auto-replied", "X-Failed-Recipients: tom.baker@oldjob.example"], html=False)

M("47-ana-saudades.eml", "Ana Souza", "email", "fyi", "no", "former;lang:pt", "gmail",
  "Notícias de São Paulo", "Sun, 15 Nov 2026 15:33:02 -0300", """
Oi Élise, tudo bem?

Só passei para contar que a mudança para São Paulo deu certo. Consegui o emprego na ONG e estou morando perto da minha mãe. Uso muito aquele exercício da respiração quadrada antes das reuniões.

Não precisa responder, sei que você é ocupadíssima. Um beijo grande e saudades!

Ana
""", lang="pt-BR")

twilio("48-ana-voicemail-referral.eml", "Ana Souza", "reply_needed", "no", "former;lang:pt;voicemail",
       "+55 11 95555-0133", "0:47", "Fri, 20 Nov 2026 11:02:33 -0500",
       "Oi Élise aqui é a Ana Souza tudo bem uma amiga minha a Beatriz vai se mudar para Montreal em janeiro e está procurando uma coach que fale português você atende ou pode me indicar alguém me manda um email beijo")

# =================== not from clients ===================
M("49-calendly-jessica.eml", "", "email", "", "no", "", "plain",
  "New Event: Jessica Wong - 60 Minute Session", "Mon, 09 Nov 2026 10:00:21 -0500", """
Hi Élise Tremblay,

A new event has been scheduled.

Event Type: 60 Minute Session
Invitee: Jessica Wong
Invitee Email: jess.wong@example.com
Event Date/Time: 12:00pm - 01:00pm (Pacific Time), Tuesday, November 17, 2026

Questions:
What would you like to focus on? Work boundaries, and the pottery thing :)

View event in Calendly
Need to make changes to this event? Cancel | Reschedule

Sent from Calendly
""", frm=("Calendly", "notifications@calendly.com"), html=True)

M("50-prospect-fr.eml", "", "email", "", "no", "lang:fr", "gmail",
  "Demande d'information - coaching de carrière", "Wed, 11 Nov 2026 20:14:55 -0500", """
Bonjour Madame Tremblay,

Une collègue m'a donné votre nom. Je suis infirmière depuis quinze ans et je pense à une réorientation. Offrez-vous des séances en soirée, et quels sont vos tarifs? Est-ce que c'est couvert par les assurances collectives?

Merci à l'avance,
Véronique Pelletier
""", frm=("Véronique Pelletier", "vero.pelletier@example.net"), lang="fr-CA")

M("51-icf-newsletter.eml", "", "email", "", "no", "announcement", "plain",
  "ICF Québec | Are you ready for 2027? Early-bird ends Friday", "Tue, 17 Nov 2026 06:00:00 -0500", """
ICF QUÉBEC MONTHLY

Are you getting the most out of your credential?
What would your practice look like with 10 more ideal clients?

Join us on January 21 for "Coaching in the Age of AI", a full-day conference at the Palais des congrès. Early-bird pricing ends this Friday!

Register now

Questions? Contact membership@icf-quebec.example
You are receiving this email because you are a member of ICF Québec. Unsubscribe | Update preferences
""", frm=("ICF Québec", "news@icf-quebec.example"), headers=["List-Unsubscribe: <mailto:unsubscribe@icf-quebec.example>", "Precedence: bulk"], html=True)

M("52-accountant.eml", "", "email", "", "no", "", "outlook",
  "T2125 - documents for 2026", "Mon, 30 Nov 2026 11:45:03 -0500", """
Hi Élise,

To get a head start on your 2026 return, could you send me your home-office measurements and the receipts for the Zoom and Google Workspace subscriptions by mid-December?

Thanks,
Pierre Dubé, CPA
Dubé & Associés
""", frm=("Pierre Dubé", "pdube@dube-cpa.example"))

M("53-linkedin-david.eml", "", "email", "", "no", "", "plain",
  "David Okafor endorsed you for Career Coaching", "Sat, 21 Nov 2026 14:31:45 +0000", """
David Okafor endorsed you for Career Coaching

David Okafor
Senior Project Engineer at Northwind Infrastructure

Why not return the favour? See David's skills

Unsubscribe
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""", frm=("LinkedIn", "messages-noreply@linkedin.com"), html=True)

gateway("54-unknown-sms.eml", "", "", "no", "sms", "5145550199@txt.bell.ca",
        "Thu, 19 Nov 2026 17:20:00 -0500",
        "Hi is this the coach? my friend gave me your number, do u do sessions on weekends")

# =================== more client mail ===================
M("55-marcandre-frere.eml", "Marc-André Gagnon", "email", "fyi", "no", "lang:fr;reported", "gmail",
  "mon frère", "Wed, 25 Nov 2026 18:03:30 -0500", """
Salut,

Petite anecdote : mon frère m'a demandé si tu faisais aussi du coaching de couple, il pense que ça pourrait l'aider avec sa blonde. Je lui ai dit que je ne pensais pas et que de toute façon il pouvait te le demander lui-même, haha.

Sinon tout va bien chez ma sœur, j'ai signé pour un 3½ à Verdun à partir du 1er janvier!

MA
""", lang="fr-CA")

M("56-sophie-fwd-mere.eml", "Sophie Lavoie", "email", "fyi", "no", "lang:fr;quoted", "apple",
  "Tr : Noël", "Tue, 24 Nov 2026 21:40:11 -0500", """
Regarde ce que ma mère m'a envoyé. Je ne vais pas répondre ce soir, on en parle jeudi. Juste pour que tu voies le ton.

Début du message réexpédié :

> De: Micheline Lavoie <micheline.lavoie@example.ca>
> Objet: Noël
> Date: 24 novembre 2026 à 18:12:40 UTC−5
> À: Sophie Lavoie <sophie.lavoie@example.ca>
>
> Est-ce que tu vas enfin venir à Noël cette année ou tu vas encore inventer une excuse? Ton frère, lui, vient avec les enfants. Rappelle-moi.
""", lang="fr-CA")

M("57-jessica-link.eml", "Jessica Wong", "email", "reply_needed", "no", "", "iphone",
  "link", "Tue, 01 Dec 2026 08:55:02 -0800", """
Morning! The Zoom link in my calendar says expired. Send me the new one for today when you get a sec

J

Sent from my iPhone
""")

M("58-jessica-retract.eml", "Jessica Wong", "email", "fyi", "no", "retracted", "gmail",
  "Re: Tuesday", "Tue, 10 Nov 2026 15:20:48 -0800", """
That was such a good session. Can we make them two hours from now on?? Kidding, kidding, my bank account just fainted. One hour is perfect.

Thanks Elise
""" + q("""Thanks for today, Jess. Same time next week.""", "On Tue, Nov 10, 2026 at 1:05 PM Élise Tremblay <elise@tremblay-coaching.example> wrote:"))

M("59-david-long.eml", "David Okafor", "email", "reply_needed", "no", "", "outlook",
  "Interview debrief (long, sorry)", "Thu, 19 Nov 2026 21:12:05 -0500", """
Élise,

Writing this down while it's fresh. The interview was two hours, four people, and the first 30 minutes went really well. I used the STAR format for the bridge story like we practised. Then the VP asked about managing up and I kind of rambled.

Overall I think I'm in the top three. They said they'll decide by December 4.

I was also wondering whether we could use Thursday's session to prepare for a salary negotiation in case they make an offer, rather than the values work we'd planned. Let me know if that works for you.

Then on a personal note, my mom's surgery went fine and she's home. My brother is handling the first week.

Talk soon,
David

David Okafor, P.Eng.
Senior Project Engineer | Northwind Infrastructure
""", charset="windows-1252")

M("60-david-partial.eml", "David Okafor", "email", "reply_needed", "no", "partial_no_reply", "gmail",
  "notes from this week", "Mon, 30 Nov 2026 07:30:00 -0500", """
No need to reply to most of this, it's just my journal notes from the week, pasted below so I don't forget them:

- Monday: said no to the extra committee. Felt weird, then fine.
- Wednesday: slept badly, woke up at 4 thinking about the offer.
- Friday: long run, 12k.

The one thing I do need: can you confirm we're still on for Thursday at 6 and not 6:30? My calendar shows both.

D
""")

gv_text("61-camila-tarde.eml", "Camila Restrepo", "fyi", "no", "lang:es;sms", "+57 301 555 0188", "573015550188",
        "Tue, 03 Nov 2026 17:55:40 -0500", "voy 10 min tarde, el metro esta parado en Berri. ya llego")

M("62-camila-waved.eml", "Camila Restrepo", "email", "fyi", "no", "lang:es;rhetorical;waved_off", "gmail_android",
  "uf", "Thu, 26 Nov 2026 22:40:19 -0500", """
¿Por qué siempre termino diciendo que sí a todo en el trabajo? No me contestes, ya sé la respuesta, la hablamos el martes jaja.

Hoy me tocó quedarme hasta las 8 otra vez. Pero me fui caminando y me sentí mejor.

Cami

Enviado desde mi dispositivo Android
""", lang="es-CO")

M("63-joao-link.eml", "João Ferreira", "email", "reply_needed", "no", "lang:pt", "outlook",
  "Sessão de quinta", "Tue, 24 Nov 2026 08:40:00 +0000", """
Olá Élise,

Recebi a sua resposta, obrigado. Então fica às 9h da sua hora, 14h aqui.

Envie-me por favor o novo link do Zoom, o antigo já não funciona.

Cumprimentos,
João Ferreira
Engenheiro Civil | Ferreira & Costa, Lda.
""", charset="iso-8859-1", lang="pt-PT")

M("64-joao-footer.eml", "João Ferreira", "email", "fyi", "no", "lang:pt;footer", "outlook",
  "Fotos da corrida", "Sun, 29 Nov 2026 18:20:44 +0000", """
Élise,

Fiz a minha primeira corrida de 10 km hoje de manhã! 58 minutos. Mando uma foto na meta, estou com uma cara horrível mas feliz.

João

João Ferreira
Engenheiro Civil | Ferreira & Costa, Lda.
Antes de imprimir este email, pense: precisa mesmo de o fazer? Proteja o ambiente.
Esta mensagem é confidencial. Se a recebeu por engano, por favor avise o remetente e apague-a.
""", attachments=[("meta_10k.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-jpeg")], charset="iso-8859-1", lang="pt-PT")

M("65-katrin-befoerderung.eml", "Katrin Vogel", "email", "fyi", "no", "lang:de;rhetorical", "thunderbird",
  "Neuigkeiten!", "Tue, 01 Dec 2026 19:30:22 +0100", """
Liebe Élise,

stell dir vor: Ich habe die Teamleitung bekommen! Wer hätte das vor einem halben Jahr gedacht? Ich jedenfalls nicht.

Ich freue mich auf unsere Sitzung am Donnerstag, da gibt es viel zu erzählen.

Herzliche Grüße
Katrin
""", charset="utf-8", cte="base64", lang="de-DE")

M("66-katrin-chefin.eml", "Katrin Vogel", "email", "fyi", "no", "lang:de;reported", "thunderbird",
  "Nachtrag zur Sitzung", "Fri, 06 Nov 2026 11:05:18 +0100", """
Hallo Élise,

noch ein Nachtrag: Meine Chefin hat mich heute gefragt, ob ich mir vorstellen könnte, das Projekt in Hamburg zu übernehmen. Ich habe gesagt, dass ich bis Montag darüber nachdenke. Das ist genau die Situation, über die wir gesprochen haben, und ich will diesmal nicht sofort ja sagen.

Ich berichte dir, wie ich mich entschieden habe.

Katrin

Am 05.11.26 um 19:02 schrieb Élise Tremblay:
> Danke für heute, Katrin. Bis nächste Woche!
""", charset="iso-8859-1", lang="de-DE")

ringcentral("67-nathalie-vm-recu.eml", "Nathalie Bouchard", "fyi", "no", "lang:fr;voicemail", "(819) 555-0166",
            "Friday, November 27, 2026 at 12:10 PM", "00:19", "Fri, 27 Nov 2026 12:10:44 -0500",
            "Oui bonjour c'est Nathalie je voulais juste te dire que j'ai bien reçu le nom de l'avocate merci beaucoup j'ai pris rendez-vous pour lundi voilà bonne fin de semaine")

gateway("68-ryan-late.eml", "Ryan MacLeod", "fyi", "no", "sms", "9025550121@txt.bell.ca",
        "Thu, 05 Nov 2026 16:57:12 -0400", "running 5 min late traffic on the bridge sorry")

gateway("69-ryan-zoom.eml", "Ryan MacLeod", "reply_needed", "no", "sms", "19025550121@txt.bell.ca",
        "Wed, 25 Nov 2026 20:44:51 -0400", "hey can we do zoom tmrw instead of phone, want to show u something on my screen")

M("70-priya-poem.eml", "Priya Sharma", "email", "fyi", "no", "poem;rhetorical", "gmail",
  "wrote this on the train", "Sat, 28 Nov 2026 16:10:27 -0700", """
Not asking for feedback, just wanted you to have it.

  what do you call the space
  between the urge and the act?
  I used to call it nothing.
  now I call it a breath,
  and then another,
  and then the train pulls in.

P.
""")

M("71-priya-buried.eml", "Priya Sharma", "email", "reply_needed", "no", "", "gmail",
  "catching up", "Thu, 12 Nov 2026 19:44:30 -0700", """
Hi Elise!

Quick catch-up since we skipped last week. The offsite in Banff was exhausting but the team loved the workshop I ran. My sister had the baby (a girl, Anaya, 3.2 kg). I've been walking every lunch.

Do you think it would be okay to bring my partner to one session in December, to talk about the household stuff? Totally fine if that's not how you work.

Also I finally bought snow tires. Adulting.

Priya
""")

vonage("72-luis-buzon.eml", "Luis Ortega", "reply_needed", "no", "lang:es;voicemail", "525555550142",
       "11/16/2026 06:40 PM", "0:35", "Mon, 16 Nov 2026 19:40:12 -0500",
       "Hola Élise habla Luis oye no voy a poder el lunes que viene por un viaje de trabajo a Monterrey podemos cambiarlo al martes o miércoles en la tarde me avisas gracias")

M("73-luis-pdf.eml", "Luis Ortega", "email", "fyi", "no", "lang:es;negated", "gmail",
  "Re: el PDF", "Sun, 08 Nov 2026 12:30:06 -0600", """
Élise, ya no hace falta que me mandes el PDF del ejercicio de valores, lo encontré en mi carpeta de descargas. Perdón por la molestia.

Luis

El sáb, 7 nov 2026 a las 21:15, Luis Ortega (<luis.ortega@example.mx>) escribió:
> Hola Élise, ¿me puedes mandar otra vez el PDF del ejercicio de valores? No lo encuentro.
""", lang="es-MX")

teams("74-marcandre-vocal.eml", "Marc-André Gagnon", "reply_needed", "no", "lang:fr;voicemail", "+1 514-555-0137", "00:00:29",
      "Fri, 20 Nov 2026 09:45:30 -0500",
      "Oui allo Élise c'est Marc-André j'aurais besoin d'une lettre qui confirme qu'on se voit chaque semaine pour mon avocate rappelle-moi quand tu peux merci", lang="fr")

M("75-sophie-idiome.eml", "Sophie Lavoie", "email", "fyi", "no", "lang:fr;idiom", "apple",
  "ma semaine en bref", "Fri, 13 Nov 2026 20:01:55 -0500", """
Allo!

Semaine de fous. Je suis morte de fatigue, mais j'ai fait ma présentation devant la direction et j'ai seulement failli mourir de honte une fois, quand mon écran a affiché mes notes « respire, Sophie ». Tout le monde a ri, moi aussi finalement.

Et j'ai dit non à la troisième réunion du vendredi après-midi. Fière de moi.

Bisous,
Sophie
""", charset="iso-8859-1", lang="fr-CA")

M("76-david-footer.eml", "David Okafor", "email", "fyi", "no", "footer", "outlook",
  "Offer!", "Tue, 01 Dec 2026 12:00:00 -0500", """
They made the offer! 14% more than I have now, and I negotiated an extra week of vacation using exactly the script we practised. Signing tomorrow.

Thank you, truly.

David

David Okafor, P.Eng.
Senior Project Engineer | Northwind Infrastructure
Did you know Northwind matches employee donations to the United Way? Why not give today?
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
""", charset="windows-1252")

M("77-jessica-vision.eml", "Jessica Wong", "email", "reply_needed", "no", "", "gmail",
  "vision board", "Sat, 28 Nov 2026 13:22:05 -0800", """
Hi Elise,

Made the vision board we talked about. It's very glittery, my niece helped. Tell me honestly what you think of the bottom corner, I'm not sure the "quit by June" part is a goal or a fantasy.

Jess
""", attachments=[("vision_board.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-jpeg-2")])

M("78-camila-expo.eml", "Camila Restrepo", "email", "fyi", "no", "lang:es;lang:fr;announcement", "gmail",
  "Invitación: expo colectiva / Invitation: exposition collective", "Mon, 23 Nov 2026 09:00:00 -0500", """
¿Te gusta el arte local? ¿Buscas un plan diferente para el sábado?
Aimez-vous l'art local? Vous cherchez une sortie différente samedi?

Expo colectiva «Raíces / Racines»
Sábado 5 de diciembre, 18 h - Galerie du Plateau, 4321 rue Saint-Denis
Entrada libre / Entrée libre

Con obras de Camila Restrepo, Ana Lucía Mejía y Hugo Bélanger.

Para dejar de recibir estas invitaciones, responde «BAJA».
""", to="undisclosed-recipients:;", lang="es")

M("79-nathalie-ignore.eml", "Nathalie Bouchard", "email", "fyi", "no", "negated", "owa",
  "RE: resources", "Thu, 26 Nov 2026 15:02:00 -0500", """
Actually ignore my question about the lawyer, my sister already found one through her work, she speaks French and does legal aid. All set.

N.

Nathalie Bouchard, ergothérapeute
CISSS de l'Outaouais
AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous n'êtes pas le destinataire visé, veuillez en aviser l'expéditeur et le détruire.
""", frm=("Bouchard, Nathalie", "nathalie.bouchard@cisss.example"), charset="iso-8859-1")

M("80-ryan-ooo.eml", "Ryan MacLeod", "email", "ignored", "no", "", "outlook",
  "Automatic reply: checking in", "Wed, 11 Nov 2026 10:00:12 -0400", """
Thanks for your email. I'm away for Remembrance Day and back on Thursday, November 12. For anything urgent, please call the office at 902-555-0100.

Ryan MacLeod
""", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

M("81-priya-declined.eml", "Priya Sharma", "email", "ignored", "no", "", "plain",
  "Declined: Coaching - Priya / Élise", "Mon, 02 Nov 2026 09:10:00 -0700", """
Priya Sharma has declined this meeting.

Coaching - Priya / Élise
When: Thursday, November 5, 2026 1:00 PM-2:00 PM (UTC-07:00) Mountain Time (US & Canada)
""", headers=["Content-Class: urn:content-classes:calendarmessage"], html=True)

gv_text("82-katrin-sms.eml", "Katrin Vogel", "fyi", "no", "lang:de;sms", "+49 171 5550123", "491715550123",
        "Thu, 12 Nov 2026 03:20:00 -0500", "Hab deine Mail gelesen, danke. Bis 9 Uhr dann.")

M("83-joao-fwd-chefe.eml", "João Ferreira", "email", "fyi", "no", "lang:pt;lang:en;quoted", "outlook",
  "FW: Porto account", "Wed, 18 Nov 2026 16:00:31 +0000", """
Só para saberes: o meu chefe mandou isto ontem e eu já respondi que aceito, mas só a partir de fevereiro. Pus limites, como treinámos!

João
""" + outlook_q("""João, can you take over the Porto account from December? I know it's short notice. Let me know by Friday.
Rui""", "Rui Almeida <rui.almeida@ferreiracosta.example>", "17 de novembro de 2026 10:02", "Porto account", "pt"),
  charset="iso-8859-1", lang="pt-PT")

M("84-luis-rhetorical.eml", "Luis Ortega", "email", "fyi", "no", "lang:es;rhetorical;idiom", "gmail",
  "jaja", "Sun, 29 Nov 2026 20:10:45 -0600", """
¿Quién diría que iba a terminar disfrutando los domingos con mis papás? El hombre que odiaba las comidas familiares. Mi mamá me mata con su pozole, de verdad.

Todo tranquilo, sigo con la psiquiatra cada jueves. Nos vemos mañana.

Luis
""", lang="es-MX")

M("85-marcandre-self.eml", "Marc-André Gagnon", "email", "fyi", "no", "lang:fr;self_answered", "gmail",
  "lettre", "Mon, 23 Nov 2026 08:12:00 -0500", """
As-tu eu mon message vocal pour la lettre? Oui, je viens de voir ton courriel avec la lettre en pièce jointe, je l'ai transférée à mon avocate. Merci mille fois!

MA
""", lang="fr-CA")

M("86-tom-tagline.eml", "Tom Baker", "email", "fyi", "no", "former;footer", "gmail",
  "Re: Starting again in January?", "Mon, 30 Nov 2026 19:02:33 -0500", """
Perfect, every second Tuesday at 7 works. I've put it in my calendar starting January 12. Thanks for fitting me in!

Tom

--
Tom Baker | Program Lead
"What's your why?" - ask me about our mentoring program

""" + q("""Hi Tom, lovely to hear from you. I can do every second Tuesday at 7 pm starting January 12.
Élise""", "On Mon, Nov 30, 2026 at 2:15 PM Élise Tremblay <elise@tremblay-coaching.example> wrote:"))

M("87-sophie-facture.eml", "Sophie Lavoie", "email", "reply_needed", "no", "lang:fr;partial_no_reply", "apple",
  "notes + facture", "Sun, 29 Nov 2026 10:30:00 -0500", """
Bonjour Élise,

Pas besoin de répondre à tout ça, c'est surtout pour moi :
- j'ai appelé ma mère et je lui ai dit que je ne viendrais que le 25 au soir;
- elle a soupiré très fort, mais elle a survécu;
- moi aussi.

Par contre, j'aurais besoin de la facture de novembre pour mes assurances, avec ton numéro de membre de l'Ordre dessus.

Merci!
Sophie
""", lang="fr-CA")

M("88-camila-olvidalo.eml", "Camila Restrepo", "email", "fyi", "no", "lang:es;retracted", "gmail_android",
  "mañana", "Sun, 29 Nov 2026 21:05:09 -0500", """
¿Me podrías llamar mañana un ratico? Bueno no, olvídalo, no es urgente, mejor lo hablamos el martes en la sesión con calma.

Buenas noches!
Cami

Enviado desde mi dispositivo Android
""", lang="es-CO")

M("89-ryan-nap.eml", "Ryan MacLeod", "email", "reply_needed", "no", "idiom", "iphone",
  "book", "Sun, 29 Nov 2026 15:40:02 -0400", """
Hey

Kids had a birthday party marathon this weekend, three in two days. I'd die for a nap right now. But I did the breathing thing in the car before going in to each one and it actually helped.

what was the name of that book about the anxious brain you mentioned last time, the one with the blue cover. Want to get it before the library closes for the holidays

Ryan

Sent from my iPhone
""")

ooma("90-priya-ooma.eml", "Priya Sharma", "fyi", "no", "voicemail", "(403) 555-0159", "0:18",
     "Fri, 27 Nov 2026 18:05:00 -0500",
     "hi Elise it's Priya just wanted to leave a quick happy message the four day streak is now a week no need to call back see you Thursday bye")

gv_voicemail("91-david-gv-voicemail.eml", "David Okafor", "fyi", "no", "idiom;voicemail", "(416) 555-0173", "6:47 PM",
             "Wed, 18 Nov 2026 18:47:10 -0500",
             "hey Élise it's David just got out of the panel interview I'm dead on my feet but I think it went well I'll write it all up tonight for you anyway no need to call back we'll talk Thursday")
