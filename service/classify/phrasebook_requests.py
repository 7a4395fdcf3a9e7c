r"""The phrasebook's requests, in the five languages: the client asks the coach to do something.
Written as `phrasebook.py` says (lower case, `\b` and `\w` the only escapes, accents optional).
"""

from __future__ import annotations

Table = dict[str, str]  # language code → one lower-case alternation

# A request: the client asks the coach to do something (call, send, move a session, advise,
# let them know, or a polite "could you" / "please").
_EN_DAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
REQUEST: Table = {
    "en": (
        # sessions
        rf"\b(reschedul\w*|cancel (our|the|my|today['’]?s|tomorrow['’]?s|{_EN_DAY}['’]?s) "
        r"(session|call|appointment)|"
        rf"(move|push|shift|change|swap) (our|the|my|today['’]?s|tomorrow['’]?s|{_EN_DAY}['’]?s) "
        r"(session|call|appointment|time|time slot|slot|meeting)|"
        r"book (\w+ )?(more |another )?sessions?|(another|other|a different) time|"
        r"(longer|extra) session|(fortnightly|monthly) sessions)\b|"
        # material and money
        r"\b(send|share|email|forward|resend|mail)\b[^.?!]{0,40}\b(slides|worksheet|recording|link|"
        r"notes|materials?|template|exercise|handout|reading list|invoice|receipt)\b|"
        r"\b(need|want|get)\b[^.?!]{0,20}\b(an? )?(invoice|receipt)\b|\bflexibility on the fee\b|"
        r"\bhow (should|do|can) i pay\b|\bsliding scale\b|"
        # calls
        r"\b(call me( back)?|give me a (call|ring|buzz)|ring me|phone me)\b|"
        # views, talking it through
        r"\b(your|any) (thoughts|advice|feedback|input|perspective|opinion|take|guidance|tips)\b|"
        r"\bwhat do (you|u) (think|make of|reckon)\b|\bgrateful if you\b|"
        r"\b(can|could) we (talk|discuss|spend|cover|look at|go over)\b|\blet['’]?s (talk|discuss)\b|"
        r"\bi['’]?d like to (talk|discuss|renew|book|change|move|switch|continue|join|extend)\b|"
        r"\bi would like to (renew|book|change|move|switch|continue|join|extend)\b|"
        # asks something of you
        r"\b(can|could|would|will) (you|u)\b(?! (believe|imagine))|\b(please|pls|plz) (send|call|let|"
        r"share|email|write|tell|confirm|check|advise|help|remind|reply|get back|forward)\b|"
        r"\blet me know\b(?! if (i|you) (can|need) (help|anything))|\blmk\b|\bget back to me\b|"
        r"\bwould it be possible\b|\bis there any chance\b|\bwould you mind\b|"
        # wondering, hoping, needing: a request said as a statement
        r"\b(i was|i['’]?m|i am) (also |just |really )?(wondering|hoping) (if|whether|we could|you could)\b|"
        r"\bi (was|am|['’]?m) hoping (we|you) (could|can|might)\b|\bi['’]?d (love|appreciate) (it if you|your)\b|"
        r"\b(tell|show) me (\w+ )?(what you (think|make of)|honestly)\b|\bi (would|['’]?d) need (you|your|the|a)\b|"
        r"\bi need you to\b|\bit (would|['’]d) be (great|lovely|amazing|brilliant|awesome|unreal|super|"
        r"handy|helpful) if (you|u)\b|\b(if you could|if u could) (flick|send|give|forward|share|sign|"
        r"check|look)\b|\bneeds? (to be )?(signed|filled in|filled out|completed|countersigned) by "
        r"(you|my coach|a coach|the coach)\b|\b(the bit|the part|the section|the page) for you\b|"
        r"\bneed(s)? your (signature|sign-off|sign off)\b"
    ),
    "es": (
        # "te pido (de favor) que me mandes…": a request however polite
        r"\bte pido (de favor |por favor )?que\b|\bme (mandes|env[ií]es|pases|mandas|env[ií]as)\b|"
        # calls
        r"\b(ll[aá]ma(me|nos)|ll[aá]meme|devu[eé]lve(me)? la llamada|me (llamas|llamar[ií]as)\b|"
        r"(dame|deme) (un )?(toque|telefonazo|llamada|timbrazo)|"
        r"(necesito|quiero|me gustar[ií]a) que me (llames|llame|devuelvas la llamada)|"
        # sending
        r"(m[aá]nda|env[ií]a|p[aá]sa|reenv[ií]a|comp[aá]rte|re[eé]nv[ií]a)me|"
        r"(m[aá]nde|env[ií]e|p[aá]se|reenv[ií]e)me|me (mandas|env[ií]as|pasas|reenv[ií]as)\b|"
        # sessions
        r"reprogramar\w*|(cancelar|anular|cambiar|mover|pasar|aplazar|posponer|adelantar|retrasar) "
        r"(la|nuestra|mi|el|la pr[oó]xima|nuestra pr[oó]xima) (sesi[oó]n|cita|llamada|clase|"
        r"reuni[oó]n|hora)|cambiar (la )?(hora|fecha)|(a|para|en) otro (d[ií]a|horario|momento)|otro horario|otra (hora|fecha)|"
        r"(reservar|agendar|contratar) (otra|m[aá]s|una|otras|nuevas) sesi[oó]n|"
        r"(podemos|podr[ií]amos) (vernos|hablar|quedar|cambiar|mover|pasar|ver|repasar|"
        r"reprogramar|aplazar)|"
        # views, let me know
        r"(qu[eé]|c[oó]mo) (lo )?(ves|opinas|piensas|me recomiendas|me aconsejas|har[ií]as)|"
        r"qu[eé] te parece|(tu|su) (opini[oó]n|consejo|punto de vista)|alg[uú]n consejo|"
        r"acons[eé]ja(me)?|ori[eé]nta(me)?|ay[uú]d(a|e|en)me|me (ayudas|echas una mano|aconsejas)\b|"
        r"d[ií]me (qu[eé]|si|c[oó]mo|cu[aá]ndo|cu[aá]l|algo|lo que)|av[ií]sa(me)?|av[ií]seme|"
        r"me (avisas|dices|confirmas)\b|conf[ií]rma(me)?|conf[ií]rmeme|"
        r"(hazme|h[aá]game) saber|quedo (atent[oa]|a la espera)|espero (tu|su) (respuesta|confirmaci[oó]n)|"
        # polite asks
        r"(me|nos) (puedes|podr[ií]as|pod[eé]s)\b|(puedes|podr[ií]as|pod[eé]s) \w+(me|nos)\b|"
        r"podr[ií]as\b(?! (creer|imaginar))|"
        r"(te|le) importar[ií]a|ser[ií]a posible|hay (alguna )?posibilidad de|"
        r"(necesito|quer[ií]a|quiero|me gustar[ií]a) pedirte|te quer[ií]a pedir|"
        r"por favor\b(?!,? no (te preocupes|hace falta|es necesario))|porfa\w*|porfis|x ?favor)\b|"
        r"^¿? ?(usted )?(me |nos )?(puede|podr[ií]a)\b|"
        r"\b(necesitar[ií]a|ocupar[ií]a) (la|el|los|las|que|tu|su|una?)\b|\bnecesito que (me|nos)\b|"
        r"\b(me preguntaba|estaba pensando) si (podr[ií]amos|podr[ií]as|podemos|puedes)\b|"
        r"\b(te|le) agradecer[ií]a (que|si|mucho que)\b|\bser[ií]a (genial|ideal|perfecto|buen[ií]simo) "
        r"(que|si) (me|nos)\b"
    ),
    "fr": (
        # calls
        r"\b((r)?appel(le|lez|les)[- ]moi|(tu|vous) (peux|pourrais|pouvez|pourriez) me "
        r"((r)?appeler|t[ée]l[ée]phoner)|(peux|pourrais|pouvez|pourriez)[- ](tu|vous) me "
        r"((r)?appeler|t[ée]l[ée]phoner)|passe[- ]moi un (coup de fil|appel)|"
        # sending
        r"(r)?envoie[- ]moi|(r)?envoyez[- ]moi|transf[eéè]re[sz]?[- ]moi|"
        r"(tu|vous) (peux|pourrais|pouvez|pourriez) m['’ ]?(envoyer|renvoyer|transf[ée]rer|"
        r"partager|passer)|(peux|pourrais|pouvez|pourriez)[- ](tu|vous) m['’ ]?(envoyer|renvoyer|"
        r"transf[ée]rer|partager|passer)|tu m['’ ]?(envoies|renvoies|passes) |"
        # sessions
        r"(d[ée]placer|d[ée]caler|reporter|annuler|changer|avancer|reprogrammer) (la|notre|ma|le|"
        r"mon|notre prochaine|la prochaine|notre prochain) (s[ée]ance|session|rendez[- ]vous|rdv|"
        r"appel|cours|horaire|heure)|reprogrammer|un autre (cr[ée]neau|jour|moment|horaire)|"
        r"une autre (heure|date)|r[ée]server (une|d['’ ]?autres|plus de|de nouvelles) s[ée]ances?|"
        r"(on peut|on pourrait|peut[- ]on|pourrait[- ]on|est[- ]ce qu['’ ]?on (peut|pourrait)) "
        r"(d[ée]caler|d[ée]placer|reporter|changer|parler|en parler|se voir|discuter|revoir)|"
        # views, let me know
        r"qu['’ ]?en (penses|pensez)[- ](tu|vous)|(tu|vous|t['’ ]?) en (penses|pensez) quoi|"
        r"qu['’ ]?est[- ]ce que (tu|vous) en (penses|pensez)|(tu|vous) (ferais|feriez) quoi|"
        r"que (me conseilles[- ]tu|me conseillez[- ]vous|ferais[- ]tu|feriez[- ]vous)|"
        r"(à|a) (ton|votre) avis|(ton|votre) avis (sur|l[àa][- ]dessus)|conseille[sz]?[- ]moi|"
        r"(tu as|vous avez|t['’ ]?as|aurais[- ]tu|auriez[- ]vous|as[- ]tu|avez[- ]vous) (un|des) "
        r"(conseils?|id[ée]es?|pistes?)|besoin (de (ton|votre) avis|d['’ ]?un conseil|de (tes|vos) "
        r"conseils)|dis[- ]moi|dites[- ]moi|(tiens|tenez)[- ]moi au courant|"
        r"(fais|faites)[- ]moi (signe|savoir)|(tu|vous) me (dis|dites) (si|quand|quoi|ce que|"
        r"comment)|confirme[sz]?[- ]moi|(peux|pourrais|pouvez|pourriez)[- ](tu|vous) me "
        r"(confirmer|dire)|(j['’ ]?attends|dans l['’ ]?attente de) (ta|votre) r[ée]ponse|"
        # polite asks
        r"(pourriez|pourrais|pouvez|peux)[- ](tu|vous)\b(?! (croire|imaginer))|"
        r"(tu|vous) (peux|pouvez|pourrais|pourriez) (me|m['’ ]?|nous|jeter|regarder|v[ée]rifier|"
        r"relire|confirmer)|s['’ ]?il (te|vous) pla[iî]t|stp|svp|merci de (bien vouloir|me|"
        r"confirmer|r[ée]pondre|rappeler)|(je voudrais|j['’ ]?aimerais) que (tu|vous)|"
        r"j['’ ]?aurais besoin (de|d['’ ]?|que)|j['’ ]?ai besoin (que (tu|vous)|de (ta|votre|ton|vos|tes))|"
        r"je me demandais si (on|nous|tu|vous) (pourrait|pourrions|pourrais|pourriez|peut|pouvait)|"
        r"je (te|vous) serais (tr[eè]s )?reconnaissante? (de|si)|ce serait (super|top|g[ée]nial|gentil|"
        r"parfait) (si tu|si vous|que tu|que vous)|"
        r"(ce serait|serait[- ]il|est[- ]ce) possible de|est[- ]ce que (tu|vous) "
        r"(peux|pouvez|pourrais|pourriez|veux bien|voulez bien)|(tu|vous) (veux|voulez) bien|"
        r"(tu|vous) m['’ ]?(aides|aidez|aiderais|aideriez))\b"
    ),
    "de": (
        # calls
        r"\b(ruf(en sie)? mich|ruf (doch |bitte |mal |kurz )*(an|zur(ü|ue|u)ck)|"
        r"(bitte )?um (einen |kurzen )?r(ü|ue|u)ckruf|meld(e)? dich|melden sie sich|"
        # sending
        r"schick(e|en sie|st du)? mir|send(e|en sie|est du)? mir|"
        r"(leite|leiten sie) (mir )?[^.?!,]{0,30} weiter|"
        # sessions
        r"(termin|sitzung|session|stunde|gespr(ä|ae|a)ch|call|treffen|coaching)[^.?!]{0,40}"
        r"(verschieben|verlegen|absagen|umlegen|tauschen|(ä|ae|a)ndern|vorziehen)|"
        r"(anderen|neuen) termin|einen termin (vereinbaren|ausmachen|buchen)|"
        r"(weitere|mehr|zus(ä|ae|a)tzliche) (sitzungen|termine|stunden) (buchen|vereinbaren)|"
        # views, let me know
        r"was (meinst|denkst|sagst|h(ä|ae|a)ltst|r(ä|ae|a)tst) du|"
        r"was (meinen|denken|sagen|halten|raten) sie|(deine|ihre) meinung (dazu|zu|(ü|ue|u)ber)|"
        r"was ist (deine|ihre) meinung|wie (siehst du|sehen sie) das|"
        r"was w(ü|ue|u)rde(st du| sie)|(hast du|haben sie) (einen |ein paar )?(tipps?|ideen|rat|"
        r"vorschl(ä|ae|a)ge?)|(brauche|br(ä|ae|a)uchte|h(ä|ae|a)tte gern|bitte um) (deinen |ihren |"
        r"einen |ein paar )?(rat|meinung|einsch(ä|ae|a)tzung|tipps?|feedback)|"
        r"sag (mir|mal|bitte|doch)|sagen sie mir|"
        r"(gib|gebt|geben sie)( mir)?( bitte| kurz| doch| einfach)* bescheid|"
        r"sag( mir)?( bitte| kurz| doch| einfach)* bescheid|lass(en sie)? (es )?mich wissen|"
        r"(bitte um|freue mich auf) (eine |deine |ihre )?(kurze )?(antwort|r(ü|ue|u)ckmeldung)|"
        # polite asks
        r"(kannst|k(ö|oe|o)nntest|w(ü|ue|u)rdest) du\b(?! (dir |das )*(vorstellen|glauben))|"
        r"(k(ö|oe|o)nnen|k(ö|oe|o)nnten|w(ü|ue|u)rden) sie\b(?! (sich |das )*(vorstellen|glauben))|"
        r"(k(ö|oe|o)nnen|k(ö|oe|o)nnten) wir|w(ä|ae|a)re es m(ö|oe|o)glich|"
        r"kann ich (dich|sie) (bitten|fragen)|bitte\b(?! (schön|schon|sehr|gern))|"
        r"schreib(en sie)? mir (bitte|kurz|zur(ü|ue|u)ck)|ich (br(ä|ae|a)uchte|w(ü|ue|u)rde) (noch )?"
        r"(die|den|das|deine|ihre|eine|einen) (rechnung|quittung|bescheinigung|unterlagen|unterschrift|"
        r"best(ä|ae|a)tigung|termin\w*)|w(ä|ae|a)re (super|toll|nett|lieb|gut|klasse|prima|sch(ö|oe|o)n),? "
        r"wenn (du|sie|ihr)|ich w(ä|ae|a)re (dir|ihnen) dankbar)\b"
    ),
    "pt": (
        # calls
        r"\b(me (liga|ligue|telefona|telefone|retorna|retorne)\b|liga(r)? (pra|para) mim|"
        r"ligue[- ]me|(pode|poderia|podia|podes|consegue|conseguiria) me (ligar|telefonar|retornar)|"
        r"retorn(a|e) (a|minha) liga[cç][ãa]o|"
        # sending
        r"me (manda|mande|envia|envie|passa|passe|encaminha|encaminhe)\b|"
        r"(envia|manda|mande|envie)[- ]me|"
        r"(pode|poderia|podia|podes|consegue|conseguiria) me (mandar|enviar|passar|encaminhar)|"
        # sessions
        r"(remarcar|reagendar|desmarcar|cancelar|adiar|mudar|trocar|antecipar|passar) (a|nossa|minha|"
        r"o|a nossa|a minha|a pr[oó]xima|o nosso|o meu) (sess[ãa]o|consulta|reuni[ãa]o|"
        r"liga[cç][ãa]o|aula|hor[aá]rio|encontro|atendimento)|remarcar|reagendar|"
        r"outro (dia|hor[aá]rio)|outra (hora|data)|(marcar|agendar) (mais|outra|uma nova|novas) sess|"
        # views, let me know
        r"o que (voc[eê]|vc|tu) (acha|achas|pensa|sugere|recomenda|faria)|"
        r"(sua|tua) (opini[ãa]o|vis[ãa]o)|(seu|teu) conselho|algum conselho|alguma dica|"
        r"me (d[aá]|d[eê]) (uma )?(dica|luz|for[cç]a|retorno)|me (aconselha|orienta|ajuda)\b|"
        r"como (voc[eê]|vc) (v[eê]|faria)|me (avisa|avise|diz|diga|fala|fale|confirma|confirme)\b|"
        r"aguardo (o |seu |teu |sua |o seu |a sua )?(retorno|resposta|confirma[cç][ãa]o)|"
        r"fico no aguardo|"
        # polite asks
        r"(voc[eê]|vc|tu) (poderia|pode|podia|consegue|conseguiria)\b|poderia\b|"
        r"(pode|podia|consegue) me\b|por favor|por gentileza|pfv|pfvr|porfa|"
        r"seria poss[ií]vel|(tem|teria) como (voc[eê]|vc)|d[aá] (pra|para) (voc[eê]|vc)|"
        r"ser[aá] que (voc[eê]|vc) (pode|poderia|consegue)|"
        r"(pode|podia|poderia|consegue)s? (confirmar|enviar|mandar|dizer|avisar|responder|explicar|"
        r"marcar|remarcar|ver|olhar)|(eu )?precisaria (de|do|da|que)|preciso que (voc[eê]|vc|tu)|"
        r"agradeceria (se|que|muito se)|seria ([óo]timo|perfeito|incr[íi]vel|legal) se (voc[eê]|vc|tu))\b"
    ),
}
