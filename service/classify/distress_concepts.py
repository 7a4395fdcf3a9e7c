r"""Warning signs told by what a sentence joins, not by its exact words: a "without me" near a
"better" or "lighter", a "feel" and a "safe" across a negation, a fear near what a partner
might do, a hope near not waking up. Each concept is a small vocabulary in the five languages
(English, Spanish, French, German, Portuguese), so that a paraphrase nobody listed ("they'd
probably be lighter without me dragging along") is still read as the sign it is.

Same text and same rules as distress_signs.py (lower case, accents folded, punctuation a space;
only \b, \w and (?: (?! groups, for the quick form). A few words apart at most: `_GAP`.
"""

from __future__ import annotations

_GAP = r"(?:\w+(?:'\w*)? ){0,6}?"  # up to six words between the two halves
_SHORT = r"(?:\w+(?:'\w*)? ){0,3}?"
_TWO = r"(?:\w+(?:'\w*)? ){0,2}?"
_NEG = r"not|no|never|won'?t|wouldn'?t|will not|don'?t|doesn'?t|didn'?t|can'?t|no longer|ne|pas|plus|jamais|nunca|nicht|nie|kein\w*|nao|nem"


def _near(first: str, second: str) -> str:
    """`first` then `second`, a few words apart, in either order."""
    return rf"\b(?:{first})\b {_GAP}(?:{second})\b|\b(?:{second})\b {_GAP}(?:{first})\b"


def _then(first: str, second: str, gap: str = _GAP) -> str:
    return rf"\b(?:{first})\b {gap}(?:{second})\b"


_WITHOUT_ME = r"without me|sin mi|sans moi|ohne mich|sem mim"
_BETTER = (
    r"better|easier|lighter|happier|simpler|calmer|freer|mieux|plus (?:facile|legers?|legeres?|"
    r"heureux|heureuses|simple|tranquilles?|libres?)|mejor(?:es)?|mas (?:facil|livian[oa]s?|liger[oa]s?|"
    r"felices|tranquil[oa]s?|libres?)|besser|leichter|einfacher|glucklicher|gluecklicher|ruhiger|"
    r"melhor(?:es)?|mais (?:facil|simples|leves?|felizes|tranquil[oa]s?|livres?)|mas (?:sencillo|simple)"
)
_BURDEN = (
    r"burden|dead weight|weight on (?:everyone|everybody|them|you all)|fardeau|boulet|poids (?:pour|sur|"
    r"mort)|un poids|carga (?:para|pa|pra)|una carga|estorbo|zur last|eine last|belastung (?:fur|fuer)|"
    r"um peso|peso (?:para|pra|morto)|estorvo|um fardo"
)
_AS_ME = (
    r"i'?m|i am|i feel|feel like|like|je suis|je me sens|me sens|comme|soy|me siento|como|ich bin|"
    r"bin|fuhle mich|fuehle mich|wie|sou|me sinto|sinto"
)
_FEEL = r"feel|feels|felt|feeling|sens|sentais|senti|siento|sentia|fuhle|fuehle|fuhlte|sinto|sentia"
_SAFE = r"safe|en securite|securitaire|a salvo|segur[oa]|sicher|geborgen"
_FEAR = (
    r"afraid|scared|terrified|frightened|fear|peur|crains|effraie|terrifiee?|miedo|aterrad[oa]|"
    r"asustad[oa]|angst|furchte|fuerchte|medo|apavorad[oa]|assustad[oa]"
)
_WHAT_PARTNER_DOES = (
    r"what (?:he|she)(?:'?ll|'?d)?|ce qu'?(?:il|elle)|lo que (?:el|ella)|lo que (?:me )?(?:pueda|vaya a|va a) hacer|"
    r"was er|was sie|o que (?:ele|ela)|lo (?:q|k) (?:el |ella )?(?:haga|pueda|vaya)"
)
_UNWILLING = (
    r"afraid to|scared to|dread|don'?t want to|peur de|pas envie de|envie de pas|miedo de|no quiero|"
    r"no tengo ganas de|angst|keine lust|will nicht|medo de|nao quero|sem vontade de"
)
_GO_HOME = (
    r"go(?:ing)? (?:back )?home|rentrer|retourner (?:a la maison|chez)|volver a casa|regresar a casa|"
    r"ir (?:a|pa|pa'|para) casa|nach hause|heimgehen|heimzugehen|voltar (?:para|pra) casa|ir (?:para|pra) casa"
)
_OTHER_SUBJECT = r"(?!(?:je|j|i|yo|ich|eu|moi|me) )\w+"
_WATCHES = (
    r"regarde|lit|fouille|verifie|controle|checks|reads|goes through|looks through|monitors|mira|"
    r"revisa|lee|controla|liest|kontrolliert|checkt|durchsucht|mexe|olha|vigia"
)
_MY_PHONE = (
    r"(?:mon|mes|my|mi|mis|mein|meine|meu|minhas|meus) (?:telephone|cell|cellulaire|portable|phone|"
    r"messages|texts|textos|courriels|emails|telefono|celular|movil|mensajes|correos|handy|telefon|"
    r"nachrichten|mails|telefone|mensagens)"
)
_HOPE = r"hope|hoping|wish|if|j'?espere|espere|et si|ojala|espero|si|hoffe|hoffentlich|wenn|tomara|queria|se"
_NOT_SOON = r"(?! (?:up )?(?:in time|on time|by|before|early|at|for|until|till|a tiempo|a temps|rechtzeitig|a tempo))"
_WHY = r"why|pourquoi|por ?que|warum|wozu|wieso|para que|pra que"
_NOBODY = r"nobody|no one|no ?one would|personne|nadie|niemand|keiner|ninguem"
_NOTICE = (
    r"(?:would|'?d|ia|wurde|wuerde|es) (?:\w+ ){0,2}(?:notice|miss me|perceber|merken|vermissen)|"
    r"remarquerait|s'?en rendrait compte|se dar[ií]a cuenta|notar[ií]a|me extranar[ií]a|perceberia|"
    r"notaria|sentiria (?:a )?falta"
)
_WORTH_MORE_GONE = (
    r"worth more (?:\w+ ){0,3}(?:dead|gone)|(?:vale|valgo|vaux|vaudrais|bin) (?:\w+ ){0,3}(?:mais|mas|plus|mehr) "
    r"(?:\w+ ){0,3}(?:morto|morta|muert[oa]|morte?|tot)|life insurance (?:\w+ ){0,6}(?:worth|more)"
)
_HOARD = (
    r"(?:saving|saved|hoarding|collecting|stockpiling|keeping|storing|guardando|juntando|acumulando|"
    r"guardo|junto|garde|mets de cote|accumule|sammle|gesammelt|horte|hebe|guardei|juntei)"
)
_PILLS = (
    r"pills|tablets|meds|medication|sleeping pills|pastillas|pastilles|comprimidos|medicaments|cachets|"
    r"tabletten|medikamente|schlaftabletten|remedios|comprimidos"
)
_SMASHED = (
    r"(?:threw|smashed|broke|punched|kicked|slammed|rompio|tiro|avento|estrello|a casse|a lance|a jete|"
    r"hat|warf|schlug|quebrou|jogou|atirou) (?:\w+ ){0,4}(?:against|into|through|contra|contre|gegen|na|no) "
    r"(?:the |a |la |el |le |die |a )?(?:wall|door|pared|puerta|mur|porte|wand|tur|parede|porta)"
)
_NOT_WAKE = (
    r"(?:nicht mehr|nie mehr|nie wieder|einfach nicht) auf(?:zu)?wach\w*|"
    r"(?:ne plus|plus jamais|ne jamais|ne pas) (?:me )?reveiller\b(?! (?:les|le|la|l'|mon|ma|mes|ton|ta|tes|son|sa|ses|tout)\b)|"
    r"(?:no|nunca mas|ya no|nunca) (?:volver a )?despertar(?:me)?\b(?! (?:a|al|los|las)\b)|"
    r"(?:nao|nunca mais|nem) (?:mais )?acordar\b(?! (?:o|a|os|as)\b)"
)
_WAKE = r"wake|waking|woke|reveiller|reveille|despertar|despierte|auf(?:zu)?wach\w*|wach werde|acordar|acorde"
_BED = r"go to bed|fall asleep|go to sleep|m'?endormir|me couche|me coucher|dormirme|me acuesto|einschlafen|ins bett|dormir|deito"
_VANISH = r"disappear|vanish|dispara[iî]tre|disparaisse|desaparecer|desapareciera|verschwinden|verschwande|sumir|sumisse"
# "disappear from the group chat": leaving a place, not the world
_NOT_FROM_A_PLACE = (
    r"(?! (?:from|off|de|del|aus|von|do|da) (?:the |this |that |my |le |la |el |mi |dem |der |o |a )?"
    r"(?:group|chat|internet|social|office|party|meeting|call|grid|radar|map|groupe|grupo|gruppe|bureau|oficina|buro)\b)"
)
_I = r"i|i'?d|je|j'?|yo|ich|eu|me"
_WANT = (
    r"want|wanna|wish|would|could|just|envie|voudrais|veux|aimerais|quiero|quisiera|ojala|gustaria|"
    r"mochte|moechte|will|wurde|wuerde|am liebsten|quero|queria|gostaria"
)

_ONE = r"(?:\w+(?:'\w*)? )?"  # at most one word between
_REASON = r"point|sense|reason|sentido|razon|motivo|raison|sens|sinn|grund|razao"
_GO_ON = (
    r"go(?:ing)? on|carry(?:ing)? on|living|to live|seguir|vivir|continuar|continuer|vivre|"
    r"weiter(?:zu)?machen|weiterzuleben|leben|viver|seguir em frente|continuerais|continuerait|"
    r"keep going|seguiria|continuaria|weitermache"
)
_EXIT = r"way out|escape|salida|escapatoria|saida|ausweg"
_WAY = r"way|ways|weg|ausweg|issue|issues|sortie|salida|escapatoria|saida|solucao|solution|losung"
_OUT = (
    r"out|raus|heraus|hinaus|mehr|de sortie|fuera|afuera|por dentro|dehors|s'?en sortir|sair|fora"
)
_HARM_ME = (
    r"(?:cut|cutting|harm|harming|burn|burning) myself|"
    r"(?:me (?:lastim\w*|cort\w*|hago dano|hice dano|haga dano|hacerme dano))|hacerme dano|lastimarme|cortarme|"
    r"me (?:blesser|couper|scarifier|faire du mal|suis blessee?|suis coupee?|suis fait du mal)|"
    r"(?:mich|mir) (?:selbst )?(?:verletz\w*|geritzt|ritzen|geschnitten|schneiden|weh (?:getan|tun))|ritze mich|"
    r"(?:magoar|machucar|cortar|ferir|magoei|machuquei|cortei|feri) me|me (?:magoar|magoei|magoo|machuc\w*|cort\w*|feri\w*)"
)
_GAVE = (
    r"gave away|giving away|given away|give away|regale|regalando|he regalado|verschenkt|verschenke|"
    r"verschenken|weggegeben|doei|doando|dei embora|je donne tout|j'?ai tout donne"
)
_MY_THINGS = (
    r"(?:my|all my|mon|ma|mes|tous mes|mi|mis|todos mis|todas mis|mein|meine|meinen|all meine|"
    r"o meu|a minha|os meus|as minhas|meu|minha|meus|minhas) (?:\w+ )?(?:piano|guitar|books|livres|"
    r"libros|bucher|buecher|livros|clothes|vetements|ropa|kleider|roupas|plants|plantes|plantas|"
    r"pflanzen|things|affaires|cosas|sachen|coisas|stuff|bike|velo|bici|fahrrad|bicicleta|cat|chat|"
    r"gato|katze|dog|chien|perro|hund|cachorro|jewel\w*|bijoux|joyas|schmuck|joias|records|disques|"
    r"discos|platten|collection|coleccion|sammlung|colecao|guitare|guitarra|gitarre|codes)"
)
_NO_USE = (
    r"(?:n'?en |n'?|ne )?aurai plus (?:besoin|l'?usage)|no longer (?:need|have any use for)|"
    r"won'?t (?:be )?(?:need(?:ing)?|us(?:e|ing)) (?:it|them|those|these|any of)|"
    r"ya no (?:lo|los|la|las|me) (?:voy a )?(?:necesitar|hacen falta|servir)|"
    r"(?:brauche|werde) (?:ich )?(?:sie|es|das|die|ihn) (?:eh |sowieso )?nicht mehr (?:brauchen)?|"
    r"nao (?:vou|irei) (?:mais )?precisar|ja nao (?:preciso|vou precisar)"
)
_WHATEVER = r"whatever happens|quoi qu'?il arrive|pase lo que pase|was auch (?:immer )?passiert|aconteca o que acontecer"
# "You were one of the good ones": the coach spoken of in the past, as in a farewell.
_PAST_PRAISE = (
    r"you were (?:one of )?the (?:good|best) ones?|you were (?:always )?one of the good ones|"
    r"tu as ete (?:une|un) des (?:meilleures?|rares)|fuiste (?:de )?(?:las?|los?) mejores?|"
    r"du warst (?:eine|einer) de[rn] (?:guten|besten)|voce foi (?:uma|um) d[oa]s melhores"
)
# A pet or belongings given a new home: "Sam's taking the dog".
_REHOMED = (
    r"(?:'s|is|are) (?:going to )?tak(?:e|ing) (?:the|my) (?:dog|cat|cats|dogs|bird|pets?)|"
    r"found (?:a )?(?:new )?home for (?:the|my) (?:dog|cat|pets?)|"
    r"(?:se queda|se va a quedar) con (?:el|mi) (?:perro|gato)|(?:garde|gardera|prend) (?:le|mon) (?:chien|chat)|"
    r"nimmt (?:den|meinen|die|meine) (?:hund|katze)|vai ficar com (?:o|meu|a|minha) (?:cachorro|gato|gata)"
)
# Affairs put in order: "feels good to have it all squared away".
_IN_ORDER = (
    r"(?:have|having|got) (?:it all|everything|it) squared away|"
    r"(?:put|putting|got|get) my affairs in order|tout (?:est )?regle|dejar todo (?:en orden|arreglado)|"
    r"alles (?:geregelt|erledigt) (?:habe|ist)|deixar tudo (?:em ordem|resolvido)"
)
_KNOW = (
    r"want you to know|need you to know|que tu saches|que vous sachiez|que sepas|que sepa|"
    r"dass du wei(?:ss|s)t|dass sie wissen|que saibas|que voce saiba"
)

# (the sign, its pattern, its anchor: words the sentence must hold for the pattern to match,
# the quick first look; the gaps' loose forms would make one RE2 program too big)
CONCEPT_SIGNS: tuple[tuple[str, str, str], ...] = (
    ("talks of being a burden", _near(_WITHOUT_ME, _BETTER), _WITHOUT_ME),
    ("talks of being a burden", _then(_AS_ME, _BURDEN), _BURDEN),
    ("does not feel safe", _then(_NEG, rf"(?:{_FEEL})\b {_SHORT}(?:{_SAFE})", _ONE), _SAFE),
    ("does not feel safe", _then(_FEEL, rf"(?:{_NEG})\b {_SHORT}(?:{_SAFE})", _SHORT), _SAFE),
    (
        "is afraid of a partner or of going home",
        _then(_FEAR, _WHAT_PARTNER_DOES),
        _WHAT_PARTNER_DOES,
    ),
    ("is afraid of a partner or of going home", _then(_UNWILLING, _GO_HOME), _GO_HOME),
    (
        "is afraid of a partner or of going home",
        rf"\b{_OTHER_SUBJECT} (?:{_WATCHES}) (?:\w+ )?{_MY_PHONE}\b",
        _MY_PHONE,
    ),
    (
        "wishes to be dead or not to wake up",
        _then(_HOPE, rf"(?:{_NEG})\b {_SHORT}(?:{_WAKE})\b{_NOT_SOON}"),
        _WAKE,
    ),
    ("wishes to be dead or not to wake up", _then(_BED, rf"(?:{_NEG})\b {_GAP}(?:{_WAKE})"), _WAKE),
    (
        "sees no reason to live",
        _then(_NEG, rf"(?:{_REASON})\b {_SHORT}(?:{_GO_ON})", _SHORT),
        rf"(?:{_REASON}) {_SHORT}(?:{_GO_ON})",
    ),
    (
        "feels trapped, with no way out",
        _then(_NEG, rf"(?:{_WAY})\b {_SHORT}(?:{_OUT})", _ONE),
        rf"(?:{_WAY}) {_SHORT}(?:{_OUT})",
    ),
    ("feels trapped, with no way out", _then(_NEG, _EXIT, _SHORT), _EXIT),
    ("talks of hurting themselves", rf"\b(?:{_HARM_ME})\b", _HARM_ME),
    ("wishes to be dead or not to wake up", rf"\b(?:{_NOT_WAKE}){_NOT_SOON}", _NOT_WAKE),
    ("sees no reason to live", _then(_NEG, rf"(?:{_WHY})\b {_SHORT}(?:{_GO_ON})", _SHORT), _WHY),
    ("talks of being a burden", _then(_NOBODY, _NOTICE, _SHORT), _NOTICE),
    (
        "wants to disappear or not be around",
        rf"(?:{_near(_BETTER, _VANISH)})(?! (?:to|into|off to|a la|a|nach|para|pra) )",
        _VANISH,
    ),
    ("talks of being a burden", rf"\b(?:{_WORTH_MORE_GONE})\b", _WORTH_MORE_GONE),
    ("talks of suicide or of killing themselves", _then(_HOARD, _PILLS, _SHORT), _PILLS),
    ("is afraid of a partner or of going home", rf"\b{_SMASHED}\b", _SMASHED),
    ("is giving things away or putting affairs in order", _then(_GAVE, _MY_THINGS, _ONE), _GAVE),
    ("is giving things away or putting affairs in order", rf"\b(?:{_NO_USE})\b", _NO_USE),
    ("says goodbye as if for the last time", _near(_WHATEVER, _KNOW), _WHATEVER),
    ("says goodbye as if for the last time", rf"\b(?:{_PAST_PRAISE})\b", _PAST_PRAISE),
    ("is giving things away or putting affairs in order", rf"\b(?:{_REHOMED})\b", _REHOMED),
    ("is giving things away or putting affairs in order", rf"\b(?:{_IN_ORDER})\b", _IN_ORDER),
    (
        "wants to disappear or not be around",
        _then(_I, rf"(?:{_WANT})\b {_TWO}(?:{_VANISH})\b{_NOT_FROM_A_PLACE}", _TWO),
        _VANISH,
    ),
)
