"""machines-c: the words and the labels. build.py turns each entry into an .eml.

Coach: Niamh Gallagher, Dublin (Europe/Dublin, phone_region IE). Mail arrives 23 Nov - 2 Dec 2026.
Each entry: id, group, labels (client, kind, tag, urgent, traits), fmt (which builder) and its words.
"""

COACH_NAME = "Niamh Gallagher"
COACH_ADDR = "niamh@gallagher-coaching.example"

CLIENTS = [
    dict(name="Ciarán Murphy", emails=["ciaran.murphy@example.ie", "cmurphy@oldjob.example"], phones=["087 123 4567"]),
    dict(name="Siobhán Kelly", emails=["siobhan.kelly@example.ie"], phones=["+353 86 555 0199"]),
    dict(name="Declan O'Reilly", emails=["declan@oreilly-build.example", "dreilly@work.example"], phones=["(085) 555-0134"]),
    dict(name="Emma Whitfield", emails=["emma.whitfield@example.co.uk"], phones=["+44 7700 900123"]),
    dict(name="Jake Thornton", emails=["jake.thornton@example.com"], phones=["+1 (617) 555-0187"]),
    dict(name="Magdalena Nowak", emails=["magda.nowak@example.pl", "m.nowak@berlin-logistik.example"], phones=["+48 601 555 012"]),
    dict(name="Lucía Fernández", emails=["lucia.fernandez@correo.example.es"], phones=["+34 612 55 50 33"]),
    dict(name="Giulia Romano", emails=["giulia.romano@example.it"], phones=["+39 347 555 0198"]),
    dict(name="Aisling Byrne", emails=["aisling.byrne@icloud.example"], phones=["00353 83 555 0172"]),
    dict(name="Pádraig Walsh", emails=["paddy.walsh@example.net", "padraig@walsh-farm.example"], phones=["086-555-0111"]),
    dict(name="Fionnuala Doyle", emails=["fionnuala@doyle-design.example"], phones=[]),
    dict(name="Oliver Hughes", emails=["oliver.hughes@example.co.uk"], phones=["+44 (0)7700 900456"]),
    dict(name="Sanne de Vries", emails=["sanne.devries@example.nl"], phones=["+31 6 5555 0123"]),
    dict(name="Camille Laurent", emails=["camille.laurent@example.fr"], phones=["+33 6 55 55 01 23"]),
    dict(name="Beatriz Costa", emails=["beatriz.costa@example.pt"], phones=[]),
    dict(name="Marek Kowalczyk", emails=["marek.k@example.pl"], phones=["+48 512 555 778"], status="former", ended="2026-06-30"),
    dict(name="Rachel Greene", emails=["rachel.greene@example.org", "r.greene@tokyo-trading.example.jp"], phones=["+1 617 555 0142"], status="former", ended="2026-08-31"),
    dict(name="Tomás Ó Sé", emails=["tomas.ose@example.ie"], phones=["087 555 0190"], status="former"),
]


def L(client, kind, tag, traits=(), urgent="no"):
    return dict(client=client, kind=kind, tag=tag, urgent=urgent, traits=list(traits))


NOTES = ("Hi,\n\nAs promised, here are my notes from our session, with the two exercises we talked about.\n\n"
         "1. Ten minutes of morning pages before you open the laptop.\n2. One 'no' a day, said kindly.\n\n"
         "See you next week,\nNiamh\n")

MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


# =====================================================================================
# AUTOMATED: bounces, delay notices, a feedback report, read receipts, out-of-office
# replies, calendar acceptances. All ignored; the client is the one the report is about.
# =====================================================================================

add(id="bounce-postfix-oldjob", group="automated", fmt="dsn", mta="postfix", date="2026-11-23 09:12",
    orig=dict(to="cmurphy@oldjob.example", subject="Your notes from Tuesday", date="2026-11-23 09:11", body=NOTES),
    diag="550 5.1.1 <cmurphy@oldjob.example>: Recipient address rejected: User unknown in local recipient table",
    remote="mail.oldjob.example", **L("Ciarán Murphy", "email", "ignored", ["bounce"]))

add(id="bounce-exim-quota", group="automated", fmt="bounce_plain", mta="exim", date="2026-11-24 18:40",
    orig=dict(to="padraig@walsh-farm.example", subject="Thursday's session", date="2026-11-24 18:39"),
    diag="SMTP error from remote mail server after RCPT TO:<padraig@walsh-farm.example>:\n    552 5.2.2 mailbox full: quota exceeded (40960000 bytes)",
    **L("Pádraig Walsh", "email", "ignored", ["bounce"]))

add(id="bounce-sendmail", group="automated", fmt="dsn", mta="sendmail", date="2026-11-25 14:03",
    orig=dict(to="jake.thornton@example.com", subject="Worksheet: values in action", date="2026-11-25 13:58"),
    diag="550 5.1.1 <jake.thornton@example.com>... User unknown", remote="mx1.example.com",
    **L("Jake Thornton", "email", "ignored", ["bounce"]))

add(id="bounce-m365", group="automated", fmt="dsn", mta="m365", date="2026-11-26 08:30",
    orig=dict(to="dreilly@work.example", subject="Invoice for November", date="2026-11-26 08:29"),
    **L("Declan O'Reilly", "email", "ignored", ["bounce"]))

add(id="bounce-gmail", group="automated", fmt="dsn", mta="gmail", date="2026-11-27 11:20",
    orig=dict(to="emma.whitfield@example.co.uk", subject="Re: Thursday 7pm?", date="2026-11-27 11:19"),
    status="5.1.1", diag="550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
    remote="aspmx.example.co.uk", **L("Emma Whitfield", "email", "ignored", ["bounce"]))

add(id="bounce-yahoo-former", group="automated", fmt="bounce_plain", mta="yahoo", date="2026-11-23 20:05",
    orig=dict(to="rachel.greene@example.org", subject="Checking in", date="2026-11-23 20:04"),
    diag="Remote host said: 552 1 Requested mail action aborted, mailbox not found [RCPT_TO]",
    **L("Rachel Greene", "email", "ignored", ["bounce", "former"]))

add(id="bounce-zoho", group="automated", fmt="dsn", mta="zoho", date="2026-11-28 10:44",
    orig=dict(to="fionnuala@doyle-design.example", subject="Session recording", date="2026-11-28 10:40"),
    status="5.2.3", diag="552 5.2.3 Message size exceeds the limit of 20 MB set by the recipient's administrator",
    **L("Fionnuala Doyle", "email", "ignored", ["bounce"]))

add(id="bounce-fastmail", group="automated", fmt="dsn", mta="fastmail", date="2026-11-29 16:15",
    orig=dict(to="sanne.devries@example.nl", subject="Your plan for December", date="2026-11-29 16:14"),
    status="5.7.1", diag="550 5.7.1 Message rejected as spam by Content Filtering",
    remote="mx.example.nl", **L("Sanne de Vries", "email", "ignored", ["bounce"]))

add(id="bounce-icloud", group="automated", fmt="dsn", mta="icloud", date="2026-11-30 09:02",
    orig=dict(to="aisling.byrne@icloud.example", subject="Reading list", date="2026-11-30 09:01"),
    status="5.2.2", diag="552 5.2.2 <aisling.byrne@icloud.example>: user over quota",
    **L("Aisling Byrne", "email", "ignored", ["bounce"]))

add(id="bounce-italian-isp", group="automated", fmt="dsn", mta="it", date="2026-11-26 17:33",
    orig=dict(to="giulia.romano@example.it", subject="Appunti della sessione", date="2026-11-26 17:31"),
    status="5.2.2", diag="552 5.2.2 casella piena / mailbox full", remote="mx.libero.example",
    **L("Giulia Romano", "email", "ignored", ["bounce", "lang:it"]))

add(id="bounce-spanish-isp", group="automated", fmt="dsn", mta="es", date="2026-11-27 19:10",
    orig=dict(to="lucia.fernandez@correo.example.es", subject="Resumen de la sesión", date="2026-11-27 19:08"),
    status="5.2.2", diag="552 5.2.2 Cuota excedida / quota exceeded", remote="mx.correo.example.es",
    **L("Lucía Fernández", "email", "ignored", ["bounce", "lang:es"]))

add(id="delay-postfix", group="automated", fmt="dsn", mta="postfix_delay", action="delayed", headers_only=True,
    date="2026-11-24 13:20",
    orig=dict(to="m.nowak@berlin-logistik.example", subject="Next session: Friday?", date="2026-11-24 09:15"),
    status="4.4.1", diag="connect to mx.berlin-logistik.example[192.0.2.80]:25: Connection timed out",
    remote="mx.berlin-logistik.example", **L("Magdalena Nowak", "email", "ignored", ["bounce"]))

add(id="arf-newsletter", group="automated", fmt="arf", date="2026-11-25 07:55",
    reporter="feedback.mail.example.net", ua="ExampleNet-FBL/2.1",
    orig=dict(to="paddy.walsh@example.net", subject="Niamh's December letter: rest before resolutions", date="2026-11-24 08:00",
              body="Hello,\n\nThis month: why rest comes before resolutions, and a short exercise for the darker evenings.\n\n"
                   "To stop these letters, reply STOP.\n\nNiamh\n"),
    **{"from": "ExampleNet Feedback Loop <fbl@feedback.mail.example.net>"},
    subject="Abuse report: complaint from a user of example.net",
    human=("This is an email abuse report for an email message received from IP 198.51.100.77 on "
           "Tue, 24 Nov 2026 08:00:14 +0000.\nA user of example.net marked this message as spam.\n"
           "For more information about this format please see http://tools.ietf.org/html/rfc5965.\n"),
    **L("Pádraig Walsh", "email", "ignored", ["arf"]))

add(id="mdn-thunderbird", group="automated", fmt="mdn", ua="thunderbird", date="2026-11-26 21:14",
    client_addr="siobhan.kelly@example.ie", **{"from": "Siobhán Kelly <siobhan.kelly@example.ie>"},
    orig=dict(to="siobhan.kelly@example.ie", subject="Forms for January", date="2026-11-26 16:02"),
    **L("Siobhán Kelly", "email", "ignored", ["receipt"]))

add(id="mdn-outlook-fr", group="automated", fmt="mdn", ua="outlook", date="2026-11-27 08:47",
    client_addr="camille.laurent@example.fr", **{"from": "Camille Laurent <camille.laurent@example.fr>"},
    orig=dict(to="camille.laurent@example.fr", subject="Notes de séance – 26/11", date="2026-11-26 18:30"),
    subject_prefix="Lu : ",
    human=("Votre message\n\n  À : Camille Laurent\n  Objet : {subject}\n  Envoyé : {sent:%d/%m/%Y %H:%M}\n\n"
           "a été lu le {read:%d/%m/%Y %H:%M}.\n"),
    **L("Camille Laurent", "email", "ignored", ["receipt", "lang:fr"]))

add(id="ooo-exchange-en", group="automated", fmt="ooo", date="2026-11-23 10:02",
    **{"from": "Declan O'Reilly <dreilly@work.example>"}, subject="Automatic reply: Your notes from Tuesday",
    orig=True, html=True, mailer="outlook",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "dreilly@work.example"), ("Thread-Topic", "Your notes from Tuesday"),
             ("Content-Language", "en-IE"), ("X-MS-Exchange-Organization-AutoReply", "OOF")],
    text=("Thank you for your email. I am out of the office on site visits until Monday 30 November with limited access to email.\n\n"
          "For anything urgent regarding the Naas project please contact the site office on 045 555 0100 "
          "or email projects@work.example.\n\nKind regards,\nDeclan O'Reilly\nSenior Project Manager\n"),
    **L("Declan O'Reilly", "email", "ignored", ["autoreply"]))

add(id="ooo-gmail-vacation", group="automated", fmt="ooo", date="2026-11-24 12:31",
    **{"from": "Emma Whitfield <emma.whitfield@example.co.uk>"}, subject="Away until 14 December",
    orig=True, html=True,
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
    text=("Hello! I'm travelling with very patchy signal until 14 December and won't be reading email.\n\n"
          "I'll reply when I'm back. If it's about the charity shop rota, Jo (jo.baines@example.co.uk) has it in hand.\n\nEmma\n"),
    **L("Emma Whitfield", "email", "ignored", ["autoreply"]))

add(id="ooo-outlook-es-noheaders", group="automated", fmt="ooo", date="2026-11-25 09:45", tz="+0100",
    **{"from": "Lucía Fernández <lucia.fernandez@correo.example.es>"}, subject="Respuesta automática: Worksheet: values in action",
    orig=True, html=True, mailer="outlook",
    text=("Hola,\n\nGracias por tu mensaje. Estoy fuera de la oficina hasta el 1 de diciembre y tendré acceso limitado al correo. "
          "Responderé a tu mensaje lo antes posible a mi regreso.\n\nPara asuntos urgentes, puedes escribir a mi compañera "
          "Marta (marta.ruiz@correo.example.es).\n\nUn saludo,\nLucía Fernández\n"),
    **L("Lucía Fernández", "email", "ignored", ["autoreply", "lang:es"]))

add(id="ooo-exchange-fr", group="automated", fmt="ooo", date="2026-11-30 08:03", tz="+0100",
    **{"from": "Camille Laurent <camille.laurent@example.fr>"}, subject="Réponse automatique : Séance de jeudi",
    orig=True, html=True, mailer="outlook",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Organization-AutoReply", "OOF"), ("Content-Language", "fr-FR")],
    text=("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus. Je n'aurai qu'un accès limité à mes e-mails "
          "et je vous répondrai dès mon retour.\n\nPour toute demande urgente, merci de contacter l'accueil au 01 55 55 01 00.\n\n"
          "Cordialement,\nCamille Laurent\n"),
    **L("Camille Laurent", "email", "ignored", ["autoreply", "lang:fr"]))

add(id="ooo-exchange-de", group="automated", fmt="ooo", date="2026-11-24 09:16", tz="+0100",
    **{"from": "\"Nowak, Magdalena\" <m.nowak@berlin-logistik.example>"}, subject="Automatische Antwort: Next session: Friday?",
    orig=True, html=True, mailer="outlook",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Organization-AutoReply", "OOF"), ("Content-Language", "de-DE")],
    text=("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
          "In dringenden Fällen wenden Sie sich bitte an disposition@berlin-logistik.example.\n\n"
          "Thank you for your message. I am out of the office until 27 November 2026 with no access to email. "
          "For urgent matters please contact disposition@berlin-logistik.example.\n\n"
          "Mit freundlichen Grüßen / Kind regards\nMagdalena Nowak\nTeamleitung Disposition\n"),
    **L("Magdalena Nowak", "email", "ignored", ["autoreply", "lang:de"]))

add(id="ooo-polish-former", group="automated", fmt="ooo", date="2026-11-28 15:02", tz="+0100",
    **{"from": "Marek Kowalczyk <marek.k@example.pl>"}, subject="Autoodpowiedź: Re: Dawno się nie słyszeliśmy",
    orig=True, charset="iso-8859-2", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoresponder", "poczta.example.pl autoresponder")],
    text=("Dzień dobry,\n\ndziękuję za wiadomość. Do 6 grudnia przebywam na urlopie i nie odpowiadam na e-maile. "
          "Odpowiem po powrocie.\n\nPozdrawiam\nMarek Kowalczyk\n"),
    **L("Marek Kowalczyk", "email", "ignored", ["autoreply", "former", "lang:pl"]))

add(id="ooo-portuguese-precedence", group="automated", fmt="ooo", date="2026-11-29 10:11",
    **{"from": "Beatriz Costa <beatriz.costa@example.pt>"}, subject="Resposta automática: Resumo da sessão",
    orig=True, headers=[("Precedence", "bulk")],
    text=("Olá,\n\nObrigada pela sua mensagem. Estou de férias até dia 4 de dezembro, com acesso limitado ao e-mail. "
          "Responderei assim que possível após o meu regresso.\n\nCumprimentos,\nBeatriz Costa\n"),
    **L("Beatriz Costa", "email", "ignored", ["autoreply", "lang:pt"]))

add(id="ooo-zimbra-it", group="automated", fmt="ooo", date="2026-11-25 18:22", tz="+0100",
    **{"from": "Giulia Romano <giulia.romano@example.it>"}, subject="Risposta automatica: Appunti della sessione",
    orig=True, headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
                        ("Precedence", "bulk"), ("X-Mailer", "Zimbra 10.0.6_GA_4200")],
    text=("Gentile mittente,\n\nsarò fuori ufficio fino a lunedì 30 novembre. Al mio rientro risponderò al suo messaggio.\n"
          "Per urgenze può contattare la segreteria al numero 02 5555 0110.\n\nCordiali saluti,\nGiulia Romano\n"),
    **L("Giulia Romano", "email", "ignored", ["autoreply", "lang:it"]))

add(id="ooo-exchange-nl", group="automated", fmt="ooo", date="2026-11-26 07:58", tz="+0100",
    **{"from": "Sanne de Vries <sanne.devries@example.nl>"}, subject="Automatisch antwoord: Your plan for December",
    orig=True, html=True, mailer="outlook",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "nl-NL")],
    text=("Beste afzender,\n\nBedankt voor je bericht. Ik ben afwezig tot en met 2 december en lees mijn e-mail niet. "
          "Voor dringende zaken kun je contact opnemen met Pieter via pieter@example.nl.\n\nMet vriendelijke groet,\nSanne de Vries\n"),
    **L("Sanne de Vries", "email", "ignored", ["autoreply", "lang:nl"]))

add(id="ooo-japanese-former", group="automated", fmt="ooo", date="2026-11-24 09:05", tz="+0900",
    **{"from": "Rachel Greene <r.greene@tokyo-trading.example.jp>"}, subject="自動応答: Checking in", subject_charset="iso-2022-jp",
    orig=True, charset="iso-2022-jp", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=("お世話になっております。\n\n11月23日から12月1日まで出張のため不在にしております。\n"
          "期間中はメールの確認が遅れますので、ご了承ください。\n"
          "お急ぎの場合は、営業部（sales@tokyo-trading.example.jp）までご連絡ください。\n\n"
          "I am away on business from 23 November to 1 December and will reply on my return.\n\n"
          "レイチェル・グリーン / Rachel Greene\n"),
    **L("Rachel Greene", "email", "ignored", ["autoreply", "former", "lang:ja"]))

add(id="ooo-icloud", group="automated", fmt="ooo", date="2026-11-27 14:40",
    **{"from": "Aisling Byrne <aisling.byrne@icloud.example>"}, subject="Re: Reading list",
    orig=True, headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "iCloud MailClient2709B42 MailServer2709B1.30016")],
    text=("Hi, thanks for your email. I'm on annual leave until Monday 7 December and not checking mail. "
          "I'll get back to you when I return.\n\nAisling\n"),
    **L("Aisling Byrne", "email", "ignored", ["autoreply"]))

add(id="ooo-zoho", group="automated", fmt="ooo", date="2026-11-30 12:00",
    **{"from": "Fionnuala Doyle <fionnuala@doyle-design.example>"}, subject="Auto Reply: Session recording",
    orig=True, html=True, headers=[("X-ZohoMail-Autoreply", "true"), ("Auto-Submitted", "auto-replied")],
    text=("Thanks for getting in touch with Doyle Design.\n\nThe studio is closed for a team retreat from 30 November to 2 December. "
          "I'll reply to every message when we're back on Thursday.\n\nFionnuala\nDoyle Design | Kilkenny\n"),
    **L("Fionnuala Doyle", "email", "ignored", ["autoreply"]))

add(id="ooo-fastmail-sieve", group="automated", fmt="ooo", date="2026-11-28 08:15",
    **{"from": "Oliver Hughes <oliver.hughes@example.co.uk>"}, subject="Auto: Your notes from Tuesday",
    orig=True, headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    text=("I'm away walking the Pennine Way until 6 December, mostly out of signal. "
          "I'll pick up your message when I'm back.\n\nOliver\n"),
    **L("Oliver Hughes", "email", "ignored", ["autoreply"]))

add(id="ooo-thunderbird-filter", group="automated", fmt="ooo", date="2026-11-25 21:30",
    **{"from": "Pádraig Walsh <paddy.walsh@example.net>"}, subject="Re: Niamh's December letter: rest before resolutions",
    orig=True, params="format=flowed", headers=[("User-Agent", "Mozilla Thunderbird")],
    text=("Hello,\n\nI am away from the farm office and will not be reading email until 3 December. "
          "For deliveries ring the yard on 059 555 0123.\n\nThank you,\nPádraig Walsh\nWalsh Farm Produce\n"),
    **L("Pádraig Walsh", "email", "ignored", ["autoreply"]))

add(id="cal-outlook-accepted", group="automated", fmt="calendar", style="outlook", date="2026-11-24 15:20", tz="-0500",
    name="Jake Thornton", client_addr="jake.thornton@example.com",
    event=dict(summary="Coaching session – Jake", start="20261203T160000Z", end="20261203T170000Z",
               uid="040000008200E00074C5B7101A82E00800000000B0F4ABCD1F5ADB01000000000000000010000000", human=""),
    **L("Jake Thornton", "email", "ignored", ["calendar"]))

add(id="cal-google-accepted", group="automated", fmt="calendar", style="google", date="2026-11-29 19:02",
    name="Siobhán Kelly", client_addr="siobhan.kelly@example.ie",
    event=dict(summary="Coaching: Siobhán / Niamh", start="20261204T100000Z", end="20261204T110000Z",
               uid="7kq2m3l0s9a8v1e2b3c4d5f6g7@google.com", human="Fri 4 Dec 2026 10am - 11am (GMT)"),
    **L("Siobhán Kelly", "email", "ignored", ["calendar"]))

# =====================================================================================
# CARRIER EMAIL GATEWAYS (kind sms)
# =====================================================================================

add(id="gw-vtext-late", group="gateway", fmt="gateway", date="2026-11-24 14:58", tz="-0500",
    **{"from": "6175550187@vtext.com"}, text="running 10 min late for our call sorry!! traffic on 93 is nuts",
    **L("Jake Thornton", "sms", "fyi", ["gateway"]))

add(id="gw-vzwpix-mms", group="gateway", fmt="gateway", date="2026-11-28 20:14", tz="-0500",
    **{"from": "6175550187@vzwpix.com"}, subject="", mms=True, mms_subtype="related",
    html_wrapper=('<html><body><table><tr><td><img src="cid:0"></td></tr><tr><td>'
                  "This message was sent using the Picture and Video Messaging service from Verizon Wireless!"
                  "</td></tr></table></body></html>"),
    text="finished my vision board!!! be honest what do u think, too much?", images=["IMG_4417.jpg"],
    **L("Jake Thornton", "sms", "reply_needed", ["gateway", "mms"]))

add(id="gw-att-image-only", group="gateway", fmt="gateway", date="2026-11-26 23:41", tz="-0500",
    **{"from": "6175550142@mms.att.net"}, mms=True, images=["1000021337.jpg"], smil=True,
    **L("Rachel Greene", "sms", "fyi", ["gateway", "mms", "former"]))

add(id="gw-tmobile-stranger", group="gateway", fmt="gateway", date="2026-11-27 02:10",
    **{"from": "13125550199@tmomail.net"}, text="hey is this mike? its kev from the gym, you left your headphones",
    **L("", "sms", "", ["gateway"]))

add(id="gw-uk-reschedule", group="gateway", fmt="gateway", date="2026-11-30 17:22",
    **{"from": "447700900123@mms.ee.co.uk"}, subject="Text message",
    text="Hi Niamh can we do Thurs 7pm instead of Weds? Something's come up at work. Emma x",
    **L("Emma Whitfield", "sms", "reply_needed", ["gateway"]))

add(id="gw-ie-base64-nocc", group="gateway", fmt="gateway", date="2026-11-25 19:50",
    **{"from": "0871234567@sms.three.example.ie"}, cte="base64",
    text="Session was class today thanks a mil. Doing the walk every morning now before work, feels great",
    **L("Ciarán Murphy", "sms", "fyi", ["gateway"]))

add(id="gw-vodafone-late", group="gateway", fmt="gateway", date="2026-11-26 09:51",
    **{"from": "353865550199@sms.vodafone.example.ie"},
    text="Stuck on the M50, be 15 min late. No need to reply x",
    **L("Siobhán Kelly", "sms", "fyi", ["gateway"]))

add(id="gw-eir-distress", group="gateway", fmt="gateway", date="2026-11-28 01:37",
    **{"from": "0865550111@txt.eir.example.ie"},
    text=("sorry for texting so late. i dont think i can keep going like this. everyone would honestly be "
          "better off without me. dont worry about it"),
    **L("Pádraig Walsh", "sms", "reply_needed", ["gateway", "distress"], urgent="yes"))

add(id="gw-plus-polish", group="gateway", fmt="gateway", date="2026-11-23 08:05", tz="+0100",
    **{"from": "48601555012@text.plusgsm.example.pl"}, charset="iso-8859-2", cte="quoted-printable",
    text="Dzień dobry Niamh, czy możemy przełożyć sesję na piątek o 10? Magda",
    **L("Magdalena Nowak", "sms", "reply_needed", ["gateway", "lang:pl"]))

add(id="gw-movistar-es", group="gateway", fmt="gateway", date="2026-11-29 22:30", tz="+0100",
    **{"from": "34612555033@correo.movistar.example.es"}, charset="iso-8859-1",
    text="Ya estoy en Madrid, todo bien. Hablamos el jueves! Un abrazo, Lucía",
    **L("Lucía Fernández", "sms", "fyi", ["gateway", "lang:es"]))

add(id="gw-tim-mms-it", group="gateway", fmt="gateway", date="2026-11-29 12:05", tz="+0100",
    **{"from": "+393475550198@mms.tim.example.it"}, subject="MMS", mms=True,
    text="Guarda!! Il mio primo 10k 🎉 grazie per la spinta, non ci credo ancora", images=["IMG-20261129-WA0003.jpg"],
    **L("Giulia Romano", "sms", "fyi", ["gateway", "mms", "lang:it"]))

add(id="gw-three-image-only", group="gateway", fmt="gateway", date="2026-11-29 15:47",
    **{"from": "0835550172@mms.three.example.ie"}, subject="MMS message", mms=True, images=["photo.jpg"],
    **L("Aisling Byrne", "sms", "fyi", ["gateway", "mms"]))

add(id="gw-former-rebook", group="gateway", fmt="gateway", date="2026-12-01 20:12",
    **{"from": "353875550190@sms.vodafone.example.ie"},
    text="hi niamh its tomas o se, hope ur well. would love to book a few sessions in the new year if you have space?",
    **L("Tomás Ó Sé", "sms", "reply_needed", ["gateway", "former"]))

add(id="gw-o2-uk-news", group="gateway", fmt="gateway", date="2026-12-01 13:03",
    **{"from": "447700900456@mmail.o2.example.co.uk"},
    text="Got the job!!! Start 11 Jan. Couldn't have done it without our sessions. Oliver",
    **L("Oliver Hughes", "sms", "fyi", ["gateway"]))

# =====================================================================================
# PHONE-SERVICE NOTIFICATIONS (voicemail / sms)
# =====================================================================================

add(id="ph-google-voice", group="phone", fmt="phone", service="google_voice", date="2026-11-25 14:14",
    number="(617) 555-0187",
    transcript=("Hey Niamh it's Jake. Something came up at work Thursday, could we move our call to Friday morning instead? "
                "Call me back or just text, whatever's easier. Thanks."),
    **L("Jake Thornton", "voicemail", "reply_needed", ["phone_service"]))

add(id="ph-ringcentral", group="phone", fmt="phone", service="ringcentral", date="2026-11-26 10:02",
    number="+353865550199", caller_name="KELLY SIOBHAN", duration="0:31",
    transcript="Hi Niamh, it's Siobhán. Just ringing to say I'll have the forms back to you by Friday. Talk soon, bye.",
    **L("Siobhán Kelly", "voicemail", "fyi", ["phone_service"]))

add(id="ph-vonage-untranscribed", group="phone", fmt="phone", service="vonage", date="2026-11-27 16:45",
    number="353871234567", duration="0:47", transcript=None,
    **L("Ciarán Murphy", "voicemail", "reply_needed", ["phone_service", "untranscribed"]))

add(id="ph-dialpad", group="phone", fmt="phone", service="dialpad", date="2026-11-30 11:36",
    number="+44 7700 900123", duration="0:52",
    transcript=("Hi Niamh it's Emma, sorry to ring out of the blue. I got the offer from the Leeds firm and I have to give them an answer "
                "by Monday, so could you call me back when you get a chance, I'd really like to talk it through."),
    **L("Emma Whitfield", "voicemail", "reply_needed", ["phone_service"]))

add(id="ph-openphone-polish", group="phone", fmt="phone", service="openphone", date="2026-11-27 18:20",
    number="+48 601 555 012", transcript="Dziękuję za dzisiaj! Ćwiczenie z listą naprawdę pomogło, już czuję różnicę.",
    **L("Magdalena Nowak", "sms", "fyi", ["phone_service", "lang:pl"]))

add(id="ph-zoom-partial-es", group="phone", fmt="phone", service="zoom", date="2026-11-28 13:05",
    number="+34612555033", duration="0:44",
    transcript=("Hola Niamh, soy Lucía, te llamaba porque [inaudible] ... lo del trabajo nuevo y ... [inaudible] ... "
                "el jueves. Llámame cuando puedas, ¿vale? Un beso."),
    **L("Lucía Fernández", "voicemail", "reply_needed", ["phone_service", "partial", "lang:es"]))

add(id="ph-aircall", group="phone", fmt="phone", service="aircall", date="2026-12-01 09:12",
    number="+39 347 555 0198", duration="0:19",
    transcript="Hi Niamh it's Giulia, just confirming Thursday at six. No need to call me back. Ciao ciao!",
    **L("Giulia Romano", "voicemail", "fyi", ["phone_service"]))

add(id="ph-8x8-untranscribed", group="phone", fmt="phone", service="8x8", date="2026-11-30 15:28",
    number="0855550134", duration="1:06", transcript=None,
    **L("Declan O'Reilly", "voicemail", "reply_needed", ["phone_service", "untranscribed"]))

add(id="ph-nextiva-aftercrisis", group="phone", fmt="phone", service="nextiva", date="2026-11-28 12:40",
    number="+353 86 555 0111", duration="0:40",
    transcript=("Hi Niamh, it's Paddy. Thanks a million for ringing me back last night. I'm doing a good bit better today, "
                "my sister's come down and she's staying with me for the week, and I've an appointment with the GP Monday. "
                "Talk to you Tuesday."),
    **L("Pádraig Walsh", "voicemail", "fyi", ["phone_service"]))

add(id="ph-grasshopper-partial", group="phone", fmt="phone", service="grasshopper", date="2026-11-29 17:55",
    number="+353835550172", duration="0:58",
    transcript="Hi Niamh it's Aisling, I wanted to ask you about the ... the thing we said about my",
    **L("Aisling Byrne", "voicemail", "reply_needed", ["phone_service", "partial"]))

add(id="ph-teams", group="phone", fmt="phone", service="teams", date="2026-12-01 16:22",
    number="+447700900456", duration="0:24",
    transcript="Hi Niamh, Oliver here. Could you send me the notes from Tuesday's session when you get a minute? Cheers.",
    **L("Oliver Hughes", "voicemail", "reply_needed", ["phone_service"]))

add(id="ph-ooma-former", group="phone", fmt="phone", service="ooma", date="2026-12-02 10:10",
    number="0875550190", duration="0:29",
    transcript=("Hi Niamh, Tomás here, just ringing to wish you a happy Christmas a bit early since I'll be away. "
                "Hope the year's been good to you. Take care."),
    **L("Tomás Ó Sé", "voicemail", "fyi", ["phone_service", "former"]))

add(id="ph-carrier-vvm", group="phone", fmt="phone", service="carrier_vvm", date="2026-12-02 08:48",
    number="+31655550123", duration="0:51", transcript=None,
    **L("Sanne de Vries", "voicemail", "reply_needed", ["phone_service", "untranscribed"]))

add(id="ph-justcall-fr", group="phone", fmt="phone", service="justcall", date="2026-11-26 19:33",
    number="+33 6 55 55 01 23", transcript="Bonjour Niamh, bien reçu le lien, à jeudi ! Camille",
    **L("Camille Laurent", "sms", "fyi", ["phone_service", "lang:fr"]))

add(id="ph-cloudtalk-stranger", group="phone", fmt="phone", service="cloudtalk", date="2026-11-30 10:05",
    number="+35315550100", duration="0:35",
    transcript=("Hi, this is Dave from Bright Energy Solutions, calling about a free solar assessment for your business premises. "
                "Give us a ring back on 01 555 0100."),
    **L("", "voicemail", "", ["phone_service"]))

add(id="ph-callbird-former", group="phone", fmt="phone", service="callbird", date="2026-12-02 12:30",
    number="+48 512 555 778", duration="0:33",
    transcript=("Cześć Niamh, tu Marek. Hi, sorry, English. I wanted to ask if you run group sessions now, "
                "my team at work might be interested. Can you email me the details? Dzięki!"),
    **L("Marek Kowalczyk", "voicemail", "reply_needed", ["phone_service", "former", "lang:pl"]))

# =====================================================================================
# SENT ON A CLIENT'S BEHALF BY A SERVICE (Reply-To: the client's roster address)
# =====================================================================================

add(id="via-gdocs-comment", group="on_behalf", fmt="via", service="gdocs_comment", date="2026-11-24 20:40",
    name="Emma Whitfield", reply_to="emma.whitfield@example.co.uk",
    subject="Career plan 2027 - draft",
    text=("Emma Whitfield added a comment to the following document\n\nCareer plan 2027 - draft\n\n"
          "\"3. What I'd need to leave by June\"\n\n"
          "Emma Whitfield\n@niamh@gallagher-coaching.example could you look at section 3 before Thursday? I'm not sure the money bit is realistic.\n\n"
          "Reply    Open\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
          "You have received this email because you are mentioned in this thread. Change what Google Docs sends you.\n"),
    **L("Emma Whitfield", "email", "reply_needed", ["on_behalf"]))

add(id="via-gdrive-message", group="on_behalf", fmt="via", service="gdrive", date="2026-11-26 22:05",
    name="Ciarán Murphy", reply_to="ciaran.murphy@example.ie",
    subject="Document shared with you: \"Reflection journal - November\"",
    text=("Ciarán Murphy shared a document\n\nCiarán Murphy (ciaran.murphy@example.ie) has invited you to view the following document:\n\n"
          "Reflection journal - November\n\n"
          "\"Here's the journal from the last few weeks. No need to comment on it, I just wanted you to have it before Tuesday.\"\n\n"
          "Open\n\nIf you don't want to receive files from this person, block the sender from Drive\n\n"
          "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
          "You have received this email because ciaran.murphy@example.ie shared a document with you from Google Docs.\n"),
    **L("Ciarán Murphy", "email", "fyi", ["on_behalf"]))

add(id="via-gdrive-nomessage", group="on_behalf", fmt="via", service="gdrive", date="2026-11-27 09:30",
    name="Siobhán Kelly", reply_to="siobhan.kelly@example.ie",
    subject="Spreadsheet shared with you: \"Values worksheet\"",
    text=("Siobhán Kelly shared a spreadsheet\n\nSiobhán Kelly (siobhan.kelly@example.ie) has invited you to edit the following spreadsheet:\n\n"
          "Values worksheet\n\nOpen\n\nIf you don't want to receive files from this person, block the sender from Drive\n\n"
          "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
          "You have received this email because siobhan.kelly@example.ie shared a spreadsheet with you from Google Sheets.\n"),
    **L("Siobhán Kelly", "email", "ignored", ["on_behalf"]))

add(id="via-gsheets-question", group="on_behalf", fmt="via", service="gsheets", date="2026-11-25 16:12", tz="-0500",
    name="Jake Thornton", reply_to="jake.thornton@example.com",
    subject="Spreadsheet shared with you: \"Habit tracker Dec\"",
    text=("Jake Thornton shared a spreadsheet\n\nJake Thornton (jake.thornton@example.com) has invited you to edit the following spreadsheet:\n\n"
          "Habit tracker Dec\n\n\"Made this from your template. Does the layout make sense to you or should I track fewer things?\"\n\n"
          "Open\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
          "You have received this email because jake.thornton@example.com shared a spreadsheet with you from Google Sheets.\n"),
    **L("Jake Thornton", "email", "reply_needed", ["on_behalf"]))

add(id="via-calendly-rescheduled", group="on_behalf", fmt="via", service="calendly", date="2026-11-27 13:15",
    name="Declan O'Reilly", reply_to="declan@oreilly-build.example",
    subject="Updated: Declan O'Reilly - 10:00am Tue, 8 Dec 2026 - 60 Minute Coaching Session",
    text=("Hi Niamh Gallagher,\n\nAn event has been rescheduled.\n\nEvent Type:\n60 Minute Coaching Session\n\n"
          "Invitee:\nDeclan O'Reilly\n\nInvitee Email:\ndeclan@oreilly-build.example\n\n"
          "Event Date/Time:\n10:00am - Tuesday, 8 December 2026 (Dublin Time)\n(was 10:00am - Thursday, 3 December 2026)\n\n"
          "Location:\nThis is a Zoom web conference.\n\nView event in Calendly\n\n"
          "Sent from Calendly. Reply to this email to contact the invitee.\n"),
    **L("Declan O'Reilly", "email", "ignored", ["on_behalf", "calendar"]))

add(id="via-zoom-invite-es", group="on_behalf", fmt="via", service="zoom", date="2026-11-28 11:02", tz="+0100",
    name="Lucía Fernández", reply_to="lucia.fernandez@correo.example.es",
    subject="Invitación: Repaso del plan – Lucía y Niamh",
    text=("Lucía Fernández le está invitando a una reunión de Zoom programada.\n\n"
          "Tema: Repaso del plan – Lucía y Niamh\nHora: 3 dic 2026 06:00 p. m. Madrid\n\n"
          "Unirse a la reunión Zoom\nhttps://us05web.zoom.us/j/85555012345?pwd=abcDEF\n\n"
          "ID de reunión: 855 5501 2345\nCódigo de acceso: 4k7Pq2\n\n"
          "Zoom Communications, Inc. | 55 Almaden Blvd, San Jose, CA 95113\n"),
    **L("Lucía Fernández", "email", "ignored", ["on_behalf", "lang:es"]))

add(id="via-docusign-note", group="on_behalf", fmt="via", service="docusign", date="2026-11-30 19:48",
    name="Pádraig Walsh", reply_to="paddy.walsh@example.net",
    subject="Pádraig Walsh sent you a document to review and sign: Coaching agreement 2027",
    text=("Pádraig Walsh sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nPádraig Walsh\npaddy.walsh@example.net\n\n"
          "Hi Niamh, I've put the new dates into the agreement and signed my bit. Can you countersign it and send me back a copy for my records?\n\n"
          "Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.\n\n"
          "About DocuSign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.\n\n"
          "Questions about the Document?\nIf you need to modify the document or have questions about the details in the document, "
          "please reach out to the sender by emailing them directly.\n"),
    **L("Pádraig Walsh", "email", "reply_needed", ["on_behalf"]))

add(id="via-dropbox-photos", group="on_behalf", fmt="via", service="dropbox", date="2026-11-30 21:15",
    name="Aisling Byrne", reply_to="aisling.byrne@icloud.example",
    subject="Aisling Byrne shared \"Retreat photos\" with you",
    text=("Aisling Byrne shared a folder with you\n\n\"a few pics from the weekend in Glendalough :) the view from the top is the one I told you about\"\n\n"
          "Retreat photos\n\nGo to folder\n\nEnjoy!\nThe Dropbox team\n\n"
          "© 2026 Dropbox, Inc. You received this email because Aisling Byrne shared a folder with you.\n"),
    **L("Aisling Byrne", "email", "fyi", ["on_behalf"]))

add(id="via-typeform-checkin", group="on_behalf", fmt="via", service="typeform", date="2026-12-01 07:30",
    name="Fionnuala Doyle", reply_to="fionnuala@doyle-design.example",
    subject="New response to Weekly check-in",
    text=("You have a new response to Weekly check-in\n\n"
          "Your name\nFionnuala Doyle\n\nHow was your week, 1-10?\n6\n\n"
          "What went well?\nFinally sent the quote to the hotel client without rewriting it five times.\n\n"
          "What do you want to focus on next session?\nSetting boundaries with my business partner. Could we spend the whole session on that "
          "instead of the pricing work? Let me know if that's OK.\n\n"
          "View all responses\n\nTypeform · You're getting this because you turned on notifications for this form.\n"),
    **L("Fionnuala Doyle", "email", "reply_needed", ["on_behalf"]))

add(id="via-gdocs-polish", group="on_behalf", fmt="via", service="gdocs", date="2026-12-01 18:40", tz="+0100",
    name="Magdalena Nowak", reply_to="magda.nowak@example.pl",
    subject="Dokument udostępniony dla Ciebie: „CV 2027 – wersja robocza”",
    text=("Magdalena Nowak udostępnia dokument\n\nMagdalena Nowak (magda.nowak@example.pl) zaprasza Cię do komentowania tego dokumentu:\n\n"
          "CV 2027 – wersja robocza\n\n„Hej Niamh, czy możesz rzucić okiem na moje CV przed piątkiem? Szczególnie na pierwszą stronę.”\n\n"
          "Otwórz\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
          "Otrzymujesz tę wiadomość, ponieważ magda.nowak@example.pl udostępnia Ci dokument z Dokumentów Google.\n"),
    **L("Magdalena Nowak", "email", "reply_needed", ["on_behalf", "lang:pl"]))

# ---- negatives: not from a client ----

add(id="neg-calendly-notice", group="negative", fmt="notice", date="2026-11-26 12:00",
    **{"from": "Calendly <notifications@calendly.com>"},
    subject="New Event: Oliver Hughes - 09:30am Mon, 7 Dec 2026 - 60 Minute Coaching Session",
    text=("Hi Niamh Gallagher,\n\nA new event has been scheduled.\n\nEvent Type:\n60 Minute Coaching Session\n\n"
          "Invitee:\nOliver Hughes\n\nEvent Date/Time:\n09:30am - Monday, 7 December 2026 (Dublin Time)\n\n"
          "View event in Calendly\n\nPro Tip! Take Calendly anywhere you go with the mobile app.\n"),
    **L("", "email", "", ["mentions_client"]))

add(id="neg-via-not-roster", group="negative", fmt="via", service="gdocs", date="2026-11-29 10:20",
    name="Orla Byrne", reply_to="orla.byrne@example.ie",
    subject="Document shared with you: \"Wellbeing workshop proposal\"",
    text=("Orla Byrne shared a document\n\nOrla Byrne (orla.byrne@example.ie) has invited you to edit the following document:\n\n"
          "Wellbeing workshop proposal\n\n\"Aisling said you might be up for running a session for our team in February - would you have a look?\"\n\n"
          "Open\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"),
    **L("", "email", "", ["on_behalf"]))

add(id="neg-stripe-receipt", group="negative", fmt="notice", date="2026-11-25 16:31",
    **{"from": "Stripe <notifications@stripe.com>"}, subject="Payment received: €120.00 from Jake Thornton",
    text=("Gallagher Coaching\n\nYou received a payment of €120.00 EUR\n\nCustomer: Jake Thornton (jake.thornton@example.com)\n"
          "Description: Coaching session – 3 December\nPayment method: Visa •••• 4242\nDate: 25 Nov 2026\n\n"
          "View payment in the Dashboard\n\nStripe, 510 Townsend Street, San Francisco, CA 94103\n"),
    **L("", "email", "", ["mentions_client"]))

add(id="neg-linkedin", group="negative", fmt="notice", date="2026-12-01 08:10",
    **{"from": "LinkedIn <notifications-noreply@linkedin.com>"}, subject="Congratulate Emma Whitfield on her new position",
    text=("Emma Whitfield started a new position as Head of Operations at Harrowgate Partners.\n\nSay congrats\n\n"
          "You are receiving notification emails. Unsubscribe\nLinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n"),
    **L("", "email", "", ["mentions_client"]))

# =====================================================================================
# ORDINARY CLIENT MESSAGES (controls)
# =====================================================================================

add(id="ctl-handwritten-away", group="control", fmt="plain", mailer="gmail", date="2026-11-23 19:20",
    **{"from": "Emma Whitfield <emma.whitfield@example.co.uk>"}, subject="Away from Friday",
    text=("Hi Niamh,\n\nHeads up that I'm away from this Friday until the 14th, visiting my sister in Lisbon. "
          "I'll have my phone but I'm not planning to look at email much.\n\n"
          "Could we move our session on the 10th to the 16th or 17th? Either works, evenings best.\n\nThanks!\nEmma\n"),
    **L("Emma Whitfield", "email", "reply_needed", []))

add(id="ctl-greets-asks-nothing", group="control", fmt="plain", mailer="iphone", date="2026-11-24 08:02",
    **{"from": "Siobhán Kelly <siobhan.kelly@example.ie>"}, subject="Yesterday",
    text=("Hi Niamh,\n\nJust a quick note to say the breathing thing worked wonders before my presentation yesterday. "
          "My hands were still shaking but my voice wasn't, and my manager said it was the clearest update she'd had all quarter.\n\n"
          "See you Friday,\nSiobhán\n\nSent from my iPhone\n"),
    **L("Siobhán Kelly", "email", "fyi", []))

add(id="ctl-re-automatic-reply", group="control", fmt="plain", mailer="outlook_web", date="2026-11-30 09:14",
    **{"from": "Declan O'Reilly <dreilly@work.example>"}, subject="Re: Automatic reply: Next steps",
    in_reply_to="<oof-5521@gallagher-coaching.example>",
    text=("Ha, I see you're away too! No rush at all, enjoy the break.\n\n"
          "When you're back, could you send me the invoice for November? Accounts need it by the 15th.\n\nDeclan\n\n"
          "From: Niamh Gallagher <niamh@gallagher-coaching.example>\nSent: Monday 30 November 2026 09:02\n"
          "To: Declan O'Reilly <dreilly@work.example>\nSubject: Automatic reply: Next steps\n\n"
          "Thanks for your message. I'm away until Wednesday 2 December and will reply when I'm back.\nNiamh\n"),
    **L("Declan O'Reilly", "email", "reply_needed", []))

FWD_BOUNCE = (
    "This is the mail system at host smtp.example.com.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
    "                   The mail system\n\n"
    "<niamh@ngcoaching.example>: host mx.ngcoaching.example[192.0.2.9] said: 550 5.1.1\n"
    "    <niamh@ngcoaching.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n")
add(id="ctl-forwarded-bounce", group="control", fmt="plain", mailer="gmail", date="2026-11-26 21:02", tz="-0500",
    **{"from": "Jake Thornton <jake.thornton@example.com>"}, subject="Fwd: Undelivered Mail Returned to Sender",
    text=("Hey Niamh,\n\nI sent you my worksheet last week and just found this bounce in my inbox, I think I used your old address. "
          "Is this one the right one now? And did the worksheet ever reach you some other way? I'll resend if not.\n\nJake\n\n"
          "---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@smtp.example.com>\n"
          "Date: Thu, Nov 19, 2026 at 8:40 PM\nSubject: Undelivered Mail Returned to Sender\nTo: <jake.thornton@example.com>\n\n"
          + FWD_BOUNCE),
    **L("Jake Thornton", "email", "reply_needed", ["bounce"]))

add(id="ctl-polish-update", group="control", fmt="plain", mailer="thunderbird", date="2026-11-27 21:45", tz="+0100",
    **{"from": "Magdalena Nowak <magda.nowak@example.pl>"}, subject="Tydzień / this week",
    text=("Hi Niamh,\n\nKrótko po polsku, bo tak mi łatwiej: ten tydzień był lepszy. Dwa razy powiedziałam szefowi \"nie\" "
          "i świat się nie zawalił. Mama przyjeżdża na święta, więc trochę stresu, ale ogarniam.\n\n"
          "In English: better week, said no twice, the world did not end :)\n\nDo zobaczenia w piątek,\nMagda\n"),
    **L("Magdalena Nowak", "email", "fyi", ["lang:pl"]))

add(id="ctl-spanish-question", group="control", fmt="plain", mailer="apple", date="2026-11-30 20:10", tz="+0100",
    **{"from": "Lucía Fernández <lucia.fernandez@correo.example.es>"}, subject="Una pregunta sobre el ejercicio",
    text=("Hola Niamh:\n\nHe estado haciendo el ejercicio de los valores y me he quedado atascada en el paso tres. "
          "¿Tengo que elegir solo tres valores o puedo quedarme con cinco? Me cuesta muchísimo descartar.\n\n"
          "Gracias, y nos vemos el jueves.\nLucía\n"),
    **L("Lucía Fernández", "email", "reply_needed", ["lang:es"]))

add(id="ctl-former-news", group="control", fmt="plain", mailer="gmail", date="2026-11-28 18:30", tz="+0100",
    **{"from": "Marek Kowalczyk <marek.k@example.pl>"}, subject="Dawno się nie słyszeliśmy",
    text=("Hi Niamh,\n\nLong time! I just wanted to share that I was promoted to team lead this month. "
          "I still use the one-page plan we made in the spring, every Monday.\n\n"
          "No need to reply, I know December is busy. Just wanted you to know.\n\nPozdrawiam,\nMarek\n"),
    **L("Marek Kowalczyk", "email", "fyi", ["former"]))

add(id="ctl-portuguese-invoice", group="control", fmt="plain", mailer="outlook_web", date="2026-11-26 14:05",
    **{"from": "Beatriz Costa <beatriz.costa@example.pt>"}, subject="Fatura de novembro",
    text=("Olá Niamh,\n\nPode enviar-me a fatura de novembro com o NIF da empresa (PT 555 123 456)? "
          "A contabilidade precisa dela até sexta-feira.\n\nObrigada!\nBeatriz\n"),
    **L("Beatriz Costa", "email", "reply_needed", ["lang:pt"]))

add(id="ctl-dutch-question", group="control", fmt="plain", mailer="apple", date="2026-11-24 21:10", tz="+0100",
    **{"from": "Sanne de Vries <sanne.devries@example.nl>"}, subject="Boek tip?",
    text=("Hoi Niamh,\n\nJe noemde vorige week een boek over grenzen stellen, maar ik ben de titel vergeten. "
          "Weet je nog welke het was? Ik wil het meenemen op vakantie.\n\nGroetjes,\nSanne\n"),
    **L("Sanne de Vries", "email", "reply_needed", ["lang:nl"]))

add(id="ctl-google-declined-note", group="control", fmt="calendar", style="google", date="2026-11-30 13:45", tz="+0100",
    name="Giulia Romano", client_addr="giulia.romano@example.it", partstat="DECLINED",
    note="Scusa Niamh, I have a work dinner that night. Could we do Friday the 11th instead, same time?",
    event=dict(summary="Coaching: Giulia / Niamh", start="20261210T170000Z", end="20261210T180000Z",
               uid="3n8p1q5r7s0t2u4v6w8x9y@google.com", human="Thu 10 Dec 2026 5pm - 6pm (GMT)"),
    **L("Giulia Romano", "email", "reply_needed", ["calendar"]))

add(id="ctl-reply-quoted-thread", group="control", fmt="plain", mailer="gmail", date="2026-12-02 07:40",
    **{"from": "Oliver Hughes <oliver.hughes@example.co.uk>"}, subject="Re: Your notes from Tuesday",
    in_reply_to="<notes-7731@gallagher-coaching.example>",
    text=("Back from the hills and got them, thank you. The bit about the one 'no' a day made me laugh, "
          "because I said no to a second week of walking. Will try it at work.\n\nOliver\n\n"
          "On Mon, 23 Nov 2026 at 09:11, Niamh Gallagher <niamh@gallagher-coaching.example> wrote:\n"
          "> Hi,\n>\n> As promised, here are my notes from our session. Any questions, just ask.\n>\n> Niamh\n"),
    **L("Oliver Hughes", "email", "fyi", []))

# =====================================================================================
# STRANGERS (client empty)
# =====================================================================================

add(id="str-accountant-ooo", group="stranger", fmt="ooo", date="2026-11-30 09:05",
    **{"from": "Brendan Nolan <brendan@nolan-accounts.example>"}, subject="Automatic reply: Q4 receipts",
    html=True, mailer="outlook", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="I'm out of the office until 7 December. For VAT queries please call the office on 01 555 0177.\n\nBrendan Nolan\nNolan Accounts\n",
    **L("", "email", "", ["autoreply"]))

add(id="str-venue-bounce", group="stranger", fmt="dsn", mta="postfix", date="2026-11-27 15:30",
    orig=dict(to="bookings@oldmill-venue.example", subject="Room for a workshop in February?", date="2026-11-27 15:29"),
    diag="550 5.1.1 <bookings@oldmill-venue.example>: Recipient address rejected: User unknown", remote="mx.oldmill-venue.example",
    **L("", "email", "", ["bounce"]))

add(id="str-prospect-referral", group="stranger", fmt="plain", mailer="gmail", date="2026-12-01 12:15",
    **{"from": "Rónán Keane <ronan.keane@example.ie>"}, subject="Coaching enquiry",
    text=("Hi Niamh,\n\nCiarán Murphy gave me your details, he says you helped him a lot this year. "
          "Would you have space for a new client in January? I'm mostly looking at a career change.\n\nThanks,\nRónán\n"),
    **L("", "email", "", []))
