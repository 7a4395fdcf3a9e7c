r"""What clients say, in the five languages the rules read: English, Spanish, French, German and
Portuguese.

Each concept is a table from a language code to one lower-case regular expression (an
alternation), to be compiled with re.IGNORECASE and searched in one sentence; `pattern(table)`
is the union over the languages, so one `SentencePattern` per concept reads all five (a client
who mixes languages, or writes too little for the language to be told, is read all the same).

How the patterns are written:
- lower case, with `\b` at the words' edges; `\b` and `\w` are the only escapes, and no
  lookbehind, so that every pattern has a quick form (quick.py): `[?]` is a question mark;
- accents optional where clients drop them (`r[ée]pondre`, `n[ãa]o`, `zur(ü|ue|u)ck`, `spa(ß|ss)`),
  apostrophes optional, straight or typographic (`don['\u2019]?t`, `c['\u2019 ]?[ée]tait`);
- a phrase that only asks at the head of a sentence is anchored with `^`;
- a cancelled request (NEGATED_REQUEST) matches from its negation to the end of its clause
  (up to a comma), so that a REQUEST match inside that span is the cancelled one, and a request
  in another clause of the same sentence still counts.
"""

from __future__ import annotations

from service.classify.phrasebook_requests import REQUEST, Table

__all__ = ["REQUEST", "Table"]
LANGUAGES = ("en", "es", "fr", "de", "pt")

# "no reply is needed": the message as a whole asks for nothing back.
NO_REPLY: Table = {
    "en": (
        r"\b(no need (for you )?to (reply|respond|answer|write back|get back to me)|"
        r"(you )?(don['’]?t|do not) (need|have) to (reply|respond|answer|write back|get back to me)|"
        r"don['’]?t (bother )?(reply|replying|respond|responding|write back|writing back)|"
        r"no (reply|response|answer) (needed|necessary|required|expected)|"
        r"no need for a (reply|response)|nothing (you need )?to (reply|respond) to|"
        r"(you )?needn['’]?t (reply|respond|answer))\b"
    ),
    "es": (
        r"\b(no (hace falta|es necesario|es preciso|necesitas|tienes que|tienes por qu[eé])"
        r"( que)?( me| nos)? (contest|respond|escrib)\w*|"
        r"no (me )?(contestes|respondas)\b(?! (a )?(eso|esto|esa|esta|la pregunta))|"
        r"sin (necesidad|obligaci[oó]n) de (contestar|responder)|"
        r"no (hace falta|necesito|espero|requiere|es necesaria) (una )?respuesta)\b"
    ),
    "fr": (
        r"\b((pas|nul|aucun) (besoin|la peine|n[ée]cessaire) de (me |nous )?r[ée]pon(dre|se)|"
        r"inutile de (me |nous )?r[ée]pondre|"
        r"(tu n['’ ]?|t['’ ]?|tu |vous n['’ ]?|vous )(as|avez) pas besoin de (me |nous )?r[ée]pondre|"
        r"(tu n['’ ]?|t['’ ]?|tu |vous n['’ ]?|vous )([eê]s|[eê]tes) pas oblig[ée]e?s? de (me |nous )?r[ée]pondre|"
        r"ne (me |nous )?(r[ée]ponds|r[ée]pondez) pas\b(?! (à|a) ([çc]a|cela|cette question))|"
        r"(pas de|aucune) r[ée]ponse (n['’ ]?est )?(n[ée]cessaire|attendue|requise|obligatoire))\b"
    ),
    "de": (
        r"\b(((du )?(musst|brauchst)|(sie )?(m(ü|ue|u)ssen|brauchen))( mir| uns)?( auch)? nicht"
        r"( zu| darauf| drauf)? (zu )?(antworten|zur(ü|ue|u)ckzuschreiben|zur(ü|ue|u)ckschreiben)|"
        r"(keine|ohne) (antwort|r(ü|ue|u)ckmeldung) (n(ö|oe|o)tig|notwendig|erforderlich|erwartet)|"
        r"(antwort|r(ü|ue|u)ckmeldung) (ist )?nicht (n(ö|oe|o)tig|notwendig|erforderlich)|"
        r"(erwarte|brauche) keine (antwort|r(ü|ue|u)ckmeldung)|"
        r"kein(e)? (antwort|r(ü|ue|u)ckmeldung) (n(ö|oe|o)tig|notwendig))\b"
    ),
    "pt": (
        r"\b((n[ãa]o|nem) (precisa|precisas|tem que|tens que|(é|e) (necess[aá]rio|preciso))( de)?"
        r"( me| nos)? (responder|responde|retornar|resposta)|"
        r"n[ãa]o (me )?(responda|responde)\b(?! (isso|essa|a isso|a essa|esta|a pergunta))|"
        r"sem (necessidade|obriga[cç][ãa]o) de (me )?(responder|retornar)|"
        r"(dispensa|n[ãa]o (precisa|espero|requer)) (de )?resposta)\b"
    ),
}

# A question form that asks nothing ("who knew?").
RHETORICAL: Table = {
    "en": (
        r"^((and|but|so|lol|haha|honestly|seriously|wow|omg),? )?(who knew|isn['’]?t (that|it|this) |"
        r"can you (believe|imagine)|guess what|how (cool|amazing|great|crazy|wild|funny) is that|"
        r"why did(n['’]?t)? nobody|who would have (thought|guessed)|who would['’]?ve (thought|guessed)|"
        r"who['’]?d have (thought|guessed)|what are the odds|wouldn['’]?t you know|how about that|"
        r"what a |go figure|am i right)|, right[?]$|\bisn['’]?t (it|that)[?]$"
    ),
    "es": (
        r"\b(qui[eé]n (lo |me lo )?(dir[ií]a|iba a decir|hubiera dicho|iba a pensar|hubiera pensado|"
        r"lo dir[ií]a)|(te|se) lo (puedes|puede|pod[eé]s) creer|(puedes|pod[eé]s) creer(lo)?|"
        r"te (lo )?imaginas|a que no sabes|a qui[eé]n se le ocurre|c[oó]mo no)\b|"
        r"^¿? ?((y|pues) )?(sabes qu[eé]|qu[eé] (locura|casualidad|fuerte|suerte))|"
        r", ?¿? ?(verdad|cierto|a que s[ií])[?]$"
    ),
    "fr": (
        r"\b(qui l['’ ]?e[uû]t (cru|dit)|qui l['’ ]?aurait (cru|dit|pens[ée]|imagin[ée])|"
        r"qui aurait (cru|pens[ée]|dit)|(tu te rends|vous vous rendez) compte|"
        r"(tu|vous) (peux|pouvez) (le )?croire|(peux|pouvez)[- ](tu|vous) (le )?croire|"
        r"(tu|vous) (t['’ ]?|v['’ ]?)?(imagines|imaginez)|t['’ ]?imagines|devine(z)? quoi|"
        r"(tu sais|vous savez) quoi)\b|, (non|hein|pas vrai|n['’ ]?est[- ]ce pas) ?[?]$"
    ),
    "de": (
        r"\b(wer h(ä|ae|a)tte (das|es|so was|sowas)? ?(gedacht|geahnt|erwartet|gedacht)|"
        r"(kannst du|k(ö|oe|o)nnen sie) (dir|sich) (das )?(vorstellen|denken)|"
        r"(kannst du|k(ö|oe|o)nnen sie) (das |es )?glauben|rate mal|stell dir vor|"
        r"wie (cool|toll|verr(ü|ue|u)ckt|krass|geil|sch(ö|oe|o)n|witzig) ist das (denn)?|"
        r"ist das nicht (toll|verr(ü|ue|u)ckt|krass|witzig|sch(ö|oe|o)n|verr(ü|ue|u)ckt))\b|"
        r", (nicht wahr|gell|gelle|oder etwa nicht) ?[?]$"
    ),
    "pt": (
        r"\b(quem (diria|imaginaria|ia imaginar|poderia imaginar|ia dizer|pensaria)|"
        r"d[aá] (pra|para) acreditar|(voc[eê]|vc) acredita|(voc[eê]|vc) (consegue )?imagina|"
        r"adivinha (s[oó] )?(o que|quem)|acredita[?])|^((e|mas) )?sabe o que|, (n[eé]|n[ãa]o [eé]|"
        r"n[eé] n[ãa]o|n[ãa]o [eé] mesmo) ?[?]$"
    ),
}

# More questions that ask nothing, in each language: an exclamation as a question ("how naive
# was that?"), a challenge ("who said November was grey?"), "why did nobody tell me…?", a
# question put to oneself ("Warum ich mir das antue?", verb last), "and guess what…?".
RHETORICAL_MORE: Table = {
    "en": (
        r"\band guess (what|who)\b|^who (said|says|decided) (that )?\w|"
        r"^how (naive|stupid|silly|dumb|crazy|blind|typical) (was|am|is) (that|i|it)\b|"
        r"^why (did|does|has|had) (no ?one|nobody) (ever )?(tell|told|mention|warn)"
    ),
    "es": (
        r"^¿? ?qui[eé]n (dijo|dice|decidi[oó]) que|^¿? ?por ?qu[eé] nadie me (dijo|habl[oó]|cont[oó]|avis[oó])|"
        r"^¿? ?qu[eé] (ingenu[oa]|tont[oa]|cieg[oa]) (fui|era|soy)\b|\by adivina (qu[eé]|qui[eé]n)\b"
    ),
    "fr": (
        r"^qui (a dit|a d[ée]cid[ée]|dit) que|^pourquoi (est[- ]ce qu['’ ]?)?(personne|on) ne m['’ ]?a|"
        r"^(comment|qu['’ ]?est[- ]ce que) j['’ ]?ai pu [êe]tre si|\bet devine (quoi|qui)\b"
    ),
    "de": (
        r"\bwer h(ä|ae|a)tte( \w+){0,6} (gedacht|geahnt|geglaubt|erwartet)|^wer (hat gesagt|sagt),? dass|"
        r"^warum hat mir (das )?(nie )?(jemand|keiner|niemand)|"
        r"^wie (naiv|dumm|bl(ö|oe)d|blind|verr(ü|ue)ckt|typisch) (war|bin|ist) (das|ich)\b|"
        r"^(warum|wieso|weshalb|was|wie|wo|wer|ob) (ich|man) \w"
    ),
    "pt": (
        r"^quem (disse|falou|decidiu) que|^por ?que ningu[eé]m (me )?(disse|falou|contou|avisou)|"
        r"^como (eu )?(fui|pude ser|era) t[ãa]o\b|\be adivinha\b"
    ),
}

# The client's own answer straight after a question ("Yes, much more than I thought.").
ANSWERED: Table = {
    "en": (
        r"^(i think so|i don['’]?t think so|honestly,? i think|now i know|today i know)\b|"
        r"^(absolutely|definitely|totally) ?([.!;…]|$)"
    ),
    "es": (
        r"^(s[ií]|no|claro( que (s[ií]|no))?|creo que (s[ií]|no)|ahora s[eé]|hoy s[eé]|"
        r"para nada|sin duda)\b ?([.!,;:…-]|que\b|$)"
    ),
    "fr": (
        r"^(oui|non|bien s[uû]r) ?([.!,;:…-]|$)|^(bien s[uû]r que (oui|non)|je crois que (oui|non)|"
        r"je pense que (oui|non)|aujourd['’ ]?hui je sais|maintenant je sais|pas du tout|absolument|"
        r"sans doute)\b(?! que)"
    ),
    "de": (
        r"^(ja|nein|nee|klar|nat(ü|ue)rlich( nicht)?) ?([.!,;:…-]|$)|^(ich glaube (schon|nicht|ja)|heute wei(ss|ß) ich|"
        r"jetzt wei(ss|ß) ich|auf keinen fall|absolut|frag (lieber |besser )?nicht|fragen sie (lieber )?nicht)\b"
    ),
    "pt": (
        r"^(sim|n[ãa]o|claro) ?([.!,;:…-]|$)|^(claro que (sim|n[ãa]o)|acho que (sim|n[ãa]o)|hoje sei|agora sei|"
        r"de jeito nenhum|com certeza|sem d[úu]vida)\b"
    ),
}

# A sentence after a question that takes the question back ("never mind", "just kidding").
WAVE_OFF: Table = {
    "en": (
        r"\b(never ?mind|nvm|found it|the answer is|turns out|answered my own|"
        r"i (have |['’]ve )?(decided|figured|realised|realized|worked it out)|"
        r"(just |only )?(kidding|joking)|jk|j/k|don['’]?t (answer|reply to) that|"
        r"(no need to|you don['’]?t have to) answer (that|this)|forget (i asked|i said anything|"
        r"my question|about it)|scratch that|rhetorical question|ignore (that|my (last )?question))\b|"
        r"^((oh|ok|okay|actually|nah),? )?(forget it|forget that|ignore me)\b"
    ),
    "es": (
        r"\b(no (me )?(contestes|respondas) (a )?(eso|esto|esa|esta|la pregunta)|"
        r"no hace falta que (contestes|respondas) (a )?(eso|esto)|(es|era) (una )?broma|"
        r"(es|era) (un )?chiste|(estoy|estaba) bromeando|es coña|olv[ií]dalo|olv[ií]date|"
        r"olvida (lo que|mi pregunta|la pregunta|eso)|ya (lo )?(encontr[eé]|resolv[ií])|"
        r"ya est[aá] resuelto|pregunta ret[oó]rica|me (respond[ií]|contest[eé]) (yo )?sol[oa]|"
        r"resulta que|la respuesta es|al final (lo )?(encontr[eé]|resolv[ií]|decid[ií])|"
        r"ya (he )?(decid[ií]|decidido))\b|"
        r"^((jaja\w*|bueno|nada|no),? )?(broma|d[eé]jalo|da igual|no importa)\b"
    ),
    "fr": (
        r"\b(laisse(z)? tomber|c['’ ]?[ée]tait pour (rire|plaisanter|d[ée]conner)|"
        r"je (rigole|plaisante|blague|d[ée]conne)|c['’ ]?est (une blague|pour rire)|"
        r"oublie(z)? (ma question|[çc]a|ce que j['’ ]?ai dit)|"
        r"ne (r[ée]ponds|r[ée]pondez) pas (à|a) ([çc]a|cela|cette question)|question rh[ée]torique|"
        r"^ne (me )?(r[ée]ponds|r[ée]pondez) pas\b|"
        r"peu importe|j['’ ]?ai trouv[ée]( la r[ée]ponse| tout seul| toute seule| moi[- ]m[eê]me)|"
        r"(c['’ ]?est bon|en fait|finalement|ah),? j['’ ]?ai (trouv[ée]|d[ée]cid[ée]|compris)|"
        r"la r[ée]ponse est|en fait c['’ ]?est bon)\b|^((bon|ah|ok|non),? )?(oublie(z)?|trouv[ée])\b"
    ),
    "de": (
        r"\b(vergiss (es|das|die frage|meine frage|was ich gesagt)|vergessen sie (es|das|die frage|"
        r"meine frage)|(war|ist) (doch )?(nur )?(ein )?(spa(ß|ss)|witz|scherz)|nur (ein )?(spa(ß|ss)|"
        r"witz|scherz)|kleiner (scherz|witz)|hat sich (schon )?erledigt|"
        r"(antworte|antworten sie) (bitte )?nicht (darauf|drauf)|musst du nicht beantworten|"
        r"rhetorische frage|hab(e)?['’]?s (schon )?gefunden|"
        r"(habe|hab) (die antwort|es) (schon |doch )?(gefunden|herausgefunden|rausgefunden)|"
        r"stellt sich heraus|wie sich herausstellt|(habe|hab) mich (schon |jetzt )?entschieden|"
        r"die antwort ist)\b|^((ach|ok|okay|na ja|naja|nee),? )?(egal|ist egal|schon gut|vergiss es)\b"
    ),
    "pt": (
        r"\b(deix(a|e) (pra|para) l[aá]|deixa quieto|"
        r"(é|e|foi|era|s[oó]|t[oô]|tava|estou|estava)( uma| de| s[oó]| so)* brincadeira|"
        r"(t[oô]|estou|tava|estava) brincando|brincadeirinha|"
        r"esque(ce|[cç]a) (isso|o que eu (disse|falei|perguntei)|a pergunta|minha pergunta)|"
        r"n[ãa]o (responde|responda|precisa responder) (isso|essa|a essa|a isso|a pergunta)|"
        r"pergunta ret[oó]rica|j[aá] (achei|encontrei|resolvi|descobri|decidi)|"
        r"resolvi sozinh[oa]|a resposta [eé])\b|"
        r"^((kk+|haha+|rs+|ah|ok|n[ãa]o),? )?(brincadeira|esquece|esque[cç]a|n[ãa]o importa)\b"
    ),
}

# A request the client takes back in the same clause ("no need to call me back"): matched from
# the negation to the clause's end.
_CLAUSE = r"[^.?!,;]{0,40}"
NEGATED_REQUEST: Table = {
    "en": (
        r"\b(no need (for you )?to|(you )?(don['’]?t|do not) (need|have) to|(you )?needn['’]?t|"
        r"don['’]?t (bother|worry about)|no rush to|there['’]?s no need to) "
        r"(call|calling|ring|ringing|phone|phoning|send|sending|email|emailing|forward|"
        r"forwarding|get back|getting back|reschedule|rescheduling|move|moving|book|booking)\b"
        rf"{_CLAUSE}|\bdon['’]?t (call|ring|phone) me\b{_CLAUSE}|\bno (call|callback|call back) "
        r"(needed|necessary)\b"
    ),
    "es": (
        r"\b(no (hace falta|es necesario|es preciso|necesitas|tienes que|tienes por qu[eé]|"
        r"te preocupes por)|sin necesidad de)( que)?( me| nos)? (llam|mand|env[ií]|devolv|pas|"
        r"reprogram|cambi|mov|reenv)\w*"
        rf"{_CLAUSE}|\bno (me|nos) (llames|mandes|env[ií]es|pases)\b{_CLAUSE}"
    ),
    "fr": (
        r"\b((pas|plus|nul) (besoin|la peine) de|inutile de|"
        r"(tu n['’ ]?|t['’ ]?|tu |vous n['’ ]?|vous )(as|avez) pas besoin de|"
        r"(tu n['’ ]?|t['’ ]?|tu |vous n['’ ]?|vous )([eê]s|[eê]tes) pas oblig[ée]e?s? de) "
        r"(me |m['’ ]?|nous )?((r)?appeler|t[ée]l[ée]phoner|(r)?envoyer|transf[ée]rer|d[ée]caler|"
        r"d[ée]placer|reporter)"
        rf"{_CLAUSE}|\bne (me |m['’ ]?)?((r)?appelle|(r)?appelez|envoie|envoyez) (pas|rien)\b{_CLAUSE}"
    ),
    "de": (
        r"\b(brauchst|musst|brauchen|m(ü|ue|u)ssen|braucht|m(ü|ue|u)sst)\b[^.?!,;]{0,40}?"
        r"\b(nicht|nichts|keine?n?)\b[^.?!,;]{0,40}?(zur(ü|ue|u)ck|an|zu)?(zu ?)?"
        r"(rufen|schicken|senden|mailen|verschieben)\b"
        rf"{_CLAUSE}|\bkein(en)? r(ü|ue|u)ckruf\b{_CLAUSE}|\b(ruf|rufen sie) mich( bitte)? nicht "
        r"(an|zur(ü|ue|u)ck)\b|\bnicht n(ö|oe|o)tig,? mich (an|zur(ü|ue|u)ck)zurufen\b|"
        rf"\bschick(en sie)? mir( bitte)? nichts\b{_CLAUSE}"
    ),
    "pt": (
        r"\b(n[ãa]o|nem) (precisa|precisas|tem que|tens que|(é|e) (necess[aá]rio|preciso)|"
        r"se preocupe em|se preocupa em|precisa se preocupar em)( de)?( me| nos)? "
        r"(ligar|telefonar|retornar|mandar|enviar|passar|encaminhar|remarcar|reagendar)\b"
        rf"{_CLAUSE}|\bn[ãa]o (me )?(liga|ligue|mande|manda|envie|envia)\b{_CLAUSE}"
    ),
}

# Sentence openers that make a sentence a question even without its question mark ("can you
# send it"), and Spanish's opening mark anywhere in it. Only openers that clearly ask.
QUESTION_OPENERS: Table = {
    "en": (
        r"^(((hi|hey|so|also|and|oh|ok|okay|sorry|btw|quick question)[,:]? )*)"
        r"((can|could|would|will) (you|u)|(do|did|does|have|are|were) (you|u)|"
        r"(should|shall|may|can|could) (i|we)|is (it|there|that) (ok|okay|possible|alright|fine)|"
        r"(what|when|where|which|how|why) (do|did|does|should|would|can|could|are|will) "
        r"(you|u|i|we)|(what|which) (was|is|were) (the|that) (name|title|link|book|website|app))\b"
    ),
    "es": (
        r"¿|^(me |nos )?(podr[ií]as|podr[ií]a|te importar[ií]a|le importar[ií]a|ser[ií]a posible|"
        r"hay (alguna )?posibilidad)\b|^(me |nos )?(puedes|pod[eé]s) \w+(me|nos)\b|"
        r"^me (puedes|pod[eé]s|dices|mandas|llamas|ayudas|recomiendas|avisas|confirmas)\b|"
        r"^(tienes|tiene|ten[eé]s) (un )?(hueco|tiempo|un momento|disponibilidad|un rato)\b"
    ),
    "fr": (
        r"^(est[- ]ce (que|qu['’ ]?)|(peux|pourrais|pouvez|pourriez|veux|voudrais|voulez|voudriez|"
        r"sais|savez|as|avez|aurais|auriez|es|[eê]tes|penses|pensez|crois|croyez)[- ](tu|vous)\b|"
        r"(tu|vous) (peux|pouvez|pourrais|pourriez) (me|m['’ ]?|nous)|qu['’ ]?est[- ]ce qu|"
        r"(quand|o[uù]|comment|pourquoi) est[- ]ce|comment (tu|vous|on) |"
        r"(quel|quelle|quels|quelles) (est|sont|serait|heure|jour|date))"
    ),
    "de": (
        r"^((kannst|k(ö|oe|o)nntest|w(ü|ue|u)rdest|hast|h(ä|ae|a)ttest|bist|w(ä|ae|a)rst|willst|"
        r"magst|meinst|denkst) du|wei(ß|ss)t du\b(?!,)|(k(ö|oe|o)nnen|k(ö|oe|o)nnten|w(ü|ue|u)rden|"
        r"haben|h(ä|ae|a)tten|sind|wissen) sie|(soll|sollte|darf) ich|(sollen|sollten|k(ö|oe|o)nnen|"
        r"k(ö|oe|o)nnten) wir|passt (es|dir|ihnen|das)|geht (es|das) (bei dir|bei ihnen|am|um)|"
        r"ist (es|das) (ok|okay|m(ö|oe|o)glich|in ordnung)|(wann|wo|wie|warum|wieso|weshalb|"
        r"welche[rsnm]?|was) (kann|k(ö|oe|o)nnte|soll|sollte|kannst|k(ö|oe|o)nntest|hast|"
        r"h(ä|ae|a)ltst|meinst|denkst|w(ü|ue|u)rdest|passt))\b"
    ),
    "pt": (
        r"^((oi|ei|e|ah|ent[ãa]o),? )?((voc[eê]|vc|tu) (pode|poderia|podia|consegue|conseguiria|"
        r"teria|quer|prefere|topa)|(pode|poderia|podia|consegue) (me|nos)|ser[aá] que|tem como|"
        r"teria como|d[aá] (pra|para) (voc[eê]|vc|a gente)|seria poss[ií]vel|"
        r"(o )?que (voc[eê]|vc) acha|(como|quando|onde|qual|quanto) (voc[eê]|vc) "
        r"(acha|prefere|pode|quer|consegue))\b"
    ),
}

CONCEPTS: dict[str, Table] = {
    "no_reply": NO_REPLY,
    "request": REQUEST,
    "rhetorical": RHETORICAL,
    "wave_off": WAVE_OFF,
    "rhetorical_more": RHETORICAL_MORE,
    "answered": ANSWERED,
    "negated_request": NEGATED_REQUEST,
    "question_opener": QUESTION_OPENERS,
}


def pattern(concept: Table) -> str:
    """One alternation over all the languages of `concept`, for one `SentencePattern`."""
    return "|".join(f"(?:{concept[language]})" for language in LANGUAGES)
