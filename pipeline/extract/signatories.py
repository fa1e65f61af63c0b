"""Signatories: organisations said to sign (or, for a contract in preparation, to carry) the CLS.

Only parties in a signing clause count: "signé par…", "entre X et Y", "autour de la table",
"il engage…", and a bullet list that such a clause opens. Partners "associés", present
("en présence de"), joining later ("par avenant", "rejoindra") or only consulted are not signatories.
"""

from __future__ import annotations

import re

from pipeline import rules
from pipeline.clean.hints import lead
from pipeline.clean.text_tables import FOR_PARTY_SOURCE
from pipeline.extract.dates import OTHER_PLANS, PLAN_SIGNS
from pipeline.extract.orgs import OWN_EPCI_HEADS, OrgMention
from pipeline.extract.territory import CLS_GENITIVE, CLS_RX, NO_CONTRACT_ROW, named_within
from pipeline.extract.territory import name_key as territory_key
from pipeline.geo import get_gazetteer
from pipeline.geo.gazetteer import acronym
from pipeline.geo.normalize import expand_counts, fold
from pipeline.models import Signatory, Span, Territory

# Carrying a contract ("porté par l'ARS et la Ville", "co-piloté par …") is not signing it: the parties that carry a
# signed contract are not its signatories unless the text says they sign (corpus/real/README.md, conventions); those
# that carry a contract in preparation are the ones it lists. A scope cue, and one scope_ranges drops for a signed contract.
_CARRIED_SOURCE = (r"\bporteront\b|\b(?:le|la|l['’])\s*porterons\b|\bport(?:é|ée|és|ées)\s+par|\bco-?(?:porté|piloté)e?s?\s+(?:conjointement\s+)?par|"
                   r"\bconjointement\s+par|\bporter\s+le\s+contrat|"
                   # "Le contrat sera élaboré par la commune avec l'ARS Normandie" (not a diagnostic "élaboré par l'ORS")
                   r"\b(?:contrat|CLS)\s+(?:sera|seront|est|a\s+été)\s+(?:co-?)?élaborée?s?\s+(?:conjointement\s+)?par")
# ("La Communauté de communes du Vallespir, représentée par son Président, …": a party introduced by its representative)
_REPRESENTED_SOURCE = r",\s*représentée?s?\s+par\b"
SCOPE = lead(re.compile(
    # "entre" of a contract ("le contrat signé entre la Ville et l'ARS", "Entre la Ville de X, représentée par …"), not of
    # a meeting or a cooperation ("une réunion organisée entre l'ARS et une délégation", "co-construits entre l'ARS et les
    # collectivités"); not "la décision portant délégation de signature de la directrice générale de l'ARS" (a power
    # to sign, no signing)
    r"(?<!\bdélégation\sde\s)(?<!\bdélégations\sde\s)\bsign|\bparaph|\bengage\b|\bengagent\b|\bengager(?:a|ont)\b|\bs['’]engagent|"
    r"(?:^|\b(?:contrat|CLS|santé|convention|signée?s?|conclue?s?|passée?s?|liant|accord)\b[^.;:\n]{0,60}?)\bentre\s+(?:l['’]|la|le|les|"
    # a contract document's parties through their officers: "Entre Monsieur le Maire de Pantin, Monsieur le Préfet …"
    r"(?:Monsieur|Madame|M\.|Mme)\s+(?:l['’]|la|le)\b)|"
    # ("Autour de la table, une trentaine de participants : …": a meeting, no signing)
    # (nor a gathering to come: "nous permettra de mettre autour de la table l'État, l'Assurance maladie …")
    r"(?<!mettre\s)(?<!réunir\s)(?<!asseoir\s)autour\s+de\s+la\s+table(?![^.;\n]{0,40}?\bparticipants\b)|\bappos\w*\s+(?:son|sa|leur|leurs)\s+(?:nom|signatures?|paraphes?)\b|"
    r"\bpris\s+la\s+plume\b|"  # "Autour de la maire, ont pris la plume l'ARS, la préfecture …"
    # "Sont parties au contrat :" over the list of parties (not "sans être parties au contrat": NOT_SIGNING)
    r"\b(?:sont|seront|étaient|restent|demeurent)\s+parties\s+(?:au|à\s+ce|du)\s+(?:contrat|CLS)\b|"
    rf"{_CARRIED_SOURCE}|\bpartenariat\s+entre\b|"
    r"\bofficialis\w+|\bengagé(?:e|s|es)?\s+(?:ensemble\s+)?dans\b|"
    rf"{_REPRESENTED_SOURCE}|"
    r"\bpartenaires\s+suivants\b|\bl['’]engagement\s+de\b|\brenouvel\w*\s+par\b|\brenouvel\w*\s+(?:son|sa|leurs?)\s+(?:contrat|CLS)\b|\bli(?:e|era|erait)\s+(?:la|le|les|l['’])|\bli(?:ent|eront|eraient)\b|\bpartenaires\s*:|\b(?:a\s+été|est|sera)\s+conclu\b|\bconclue?s?\s+(?:avec|entre|par)\b|\bco-?signé|\bsignataires\b",
    re.I,
))
# "les intercommunalités ne le signent pas": of this contract.
_NOT_SIGN_IT = r"\bne\s+(?:le|la|les|l['’])\s*sign"
# "ne fait pas partie des signataires": said after a party, in a sentence of its own or in a signing clause.
# ("sans figurer parmi les signataires", "sans faire partie des signataires")
_NOT_AMONG = (r"ne\s+(?:fai(?:t|saient|sait)|font)\s+pas\s+partie\s+des\s+signataires|"
              r"sans\s+(?:figurer|compter|être)\s+parmi\s+les\s+signataires|sans\s+faire\s+partie\s+des\s+signataires")
# Text after which organisations of the same clause are not signatories.
EXCLUDE = lead(re.compile(
    # ("… et couvre les 168 communes des trois communautés de communes du sud haut-marnais : …": the area, no parties)
    r"\bcouvr(?:e|ent|ira|iront)\s+(?:les|l['’]ensemble\s+des)\s+(?:\d[\d\s]*\s)?(?:communes|habitants)\b|"
    r"en\s+présence\s+d|associée?s?\b|rejoindr|par\s+avenant|en\s+lien\s+avec|s['’]associera|non\s+signataire|"
    rf"pas\s+(?:(?:lui|elle|eux|elles)-mêmes?\s+)?(?:non\s+plus\s+)?signataire|{_NOT_AMONG}|ne\s+figure(?:nt)?\s+pas(?:\s+non\s+plus)?\s+parmi|\bne\s+signe|n['’](?:a|ont)\s+(?:en\s+revanche\s+|toutefois\s+|cependant\s+|quant\s+à\s+(?:lui|elle)\s+)?pas(?:\s+non\s+plus)?\s+(?:signé|paraphé)|consulté|invité|"
    r"soutien\s+d[eu]s?\b|accompagné\s+par|financ(?:é|ée|és|ées)\s+par|ont\s+participé|"
    # a heading over the partners who do not sign ("Ils nous accompagnent", "Ils accompagnent la démarche")
    r"\b(?:ils|elles)\s+(?:nous\s+)?accompagnent\b|"
    # "suivront la mise en œuvre du contrat en qualité de partenaires"
    r"en\s+(?:qualité|tant)\s+(?:de|que)\s+partenaires?\b|à\s+titre\s+de\s+partenaires?\b|participeront|participent|intéress|a\s+annoncé|assistai|(?:a|ont)\s+assisté|"
    r"étaient\s+présents|sans\s+(?:s['’]engager|être|signer|parapher|avoir\s+(?:signé|paraphé))|au[-\s]delà\s+des\s+(?:signataires|partenaires\s+signataires)|"
    # Parties who will add their signature later to a contract already signed ("La CTG, la CAF et la CGSS doivent
    # également apposer leur signature").
    r"\b(?:doi(?:t|vent)|devront|devraient)\s+(?:également|aussi|encore|ultérieurement|prochainement)\s+(?:apposer|signer)|"
    # "Retenue par une autre réunion, la MSA signera le document dans les prochaines semaines"
    r"\bsigner(?:a|ont)\s+(?:(?:à\s+son|à\s+leur)\s+tour\s+|le\s+(?:document|contrat)\s+)?(?:ultérieurement|plus\s+tard|prochainement|"
    r"dans\s+les\s+(?:prochaines\s+semaines|prochains\s+(?:jours|mois)|semaines\s+à\s+venir))|"
    # the contract's coverage, no parties: "sur l'ensemble des quatre intercommunalités : A, B, C et D"
    r"\bsur\s+l['’]ensemble\s+des\s+(?:\w+\s+)?(?:intercommunalités|communautés|EPCI)\b|"
    # (or "engage le PETR et ses partenaires sur les quatre communautés de communes du Pays (A ; B ; C ; D)")
    r"\bsur\s+les\s+(?:\w+\s+)?(?:intercommunalités|communautés\s+de\s+communes|EPCI)\b|"
    # Parties engaged in a contract of their own ("les intercommunalités déjà engagées dans leur propre contrat, comme …").
    rf"\bleurs?\s+propres?\s+(?:contrats?|CLS|démarches?)\b|{_NOT_SIGN_IT}",
    re.I,
))
# Sentences about CLS in general ("est obligatoirement conclu avec l'ARS") sign nothing.
# ("élaboré conjointement par l'ARS et la commune ou l'EPCI concerné")
GENERIC = lead(re.compile(r"généralement|obligatoirement|en\s+règle\s+générale|\bles\s+CLS\b|\bun\s+CLS\b|\bou\s+l['’]EPCI\b|"
                          r"\bune\s+(?:ou\s+plusieurs\s+)?collectivités?\b|"
                          r"contrats\s+locaux\s+de\s+santé\s+sont|(?<!\bque\s)(?<!\bqu')\bpeut\b|(?<!\bque\s)\bpeuvent\b|"
                          r"\bpourr(?:a|ont|ait|aient)\s+être\s+signataires?\b", re.I))
# ("… entend réduire les inégalités que peuvent rencontrer les habitants": a relative clause, not a rule)
# A photo caption naming the people who sign ("De g. à dr. : X, préfète de l'Allier ; …"), and a signing
# clause that points back to it.
_CAPTION = re.compile(r"\s*(?:\(?de\s+g(?:\.|auche)\s+à\s+d(?:r\.|roite)|sur\s+la\s+photo|photo\s*:)", re.I)
_ABOVE = re.compile(r"ci-dessus|ci-contre|sur\s+la\s+photo", re.I)
NOT_SIGNING = lead(re.compile(r"sans\s+(?:en\s+)?être\s+(?:signataires?|parties?\s+(?:au|du|à\s+ce)\s+(?:contrat|CLS|document))|sans\s+avoir\s+(?:signé|paraphé)|ne\s+(?:sont|seront|est|sera)\s+pas\s+signataires?|"
                               # "Ni la métropole ni le Département ne sont signataires de ce contrat"
                               r"\bni\s+(?:la|le|l['’]|les)\b[^.;:\n]{0,80}?\bne\s+(?:sont|seront|est|sera)\s+(?:signataires?|parties?\s+(?:au|du)\s+(?:contrat|CLS))|"
                               # "ont nourri les travaux, sans prendre part à la signature"; "sans le signer"
                               r"sans\s+(?:(?:prendre|avoir\s+pris|participer|avoir\s+participé)\s+(?:part\s+)?à\s+la\s+signature|"
                               r"(?:le\s+|la\s+)?signer\b|(?:y\s+)?apposer\s+(?:leur|sa)\s+signature)|"
                               # "était présente à la cérémonie sans être partie au contrat"; "la commune n'est pas elle-même
                               # signataire"
                               r"n['’](?:est|était|étaient|a\s+pas\s+été)\s+(?:pas\s+)?(?:(?:lui|elle|eux|elles)-mêmes?\s+)?signataires?|"
                               # a party that will sign later ("Le Département … ne le signera que dans un second temps")
                               r"\bne\s+(?:le|la|l['’])\s*signer(?:a|ont)\s+qu(?:e\s+|['’]\s*)(?:après|ultérieurement|plus\s+tard|en\s+\w+|"
                               r"dans\s+un\s+(?:second|deuxième)\s+temps)|"
                               # present beside the parties that sign ("a pris la parole aux côtés des signataires")
                               r"\baux\s+côtés\s+des\s+signataires\b|"
                               # a signature not yet decided ("leur éventuelle signature n'est pas encore arrêtée")
                               r"\béventuelle\s+signature\b|"
                               # "il n'a pas souhaité le signer", "n'a pas voulu s'y engager"
                               r"\bn['’](?:a|ont|avait|avaient)\s+pas\s+(?:souhaité|voulu|désiré)\s+(?:le\s+|la\s+|y\s+)?(?:signer|s['’]y\s+engager|s['’]engager)\b|"
                               # "il n'était pas concerné par la signature de jeudi"
                               r"\bn['’](?:est|était|étaient|sont)\s+pas\s+concerné(?:e|s|es)?\s+par\s+(?:la|cette)\s+signature\b|"
                               # "ce n'est pas la Ville de Saint-Florent-sur-Cher qui s'engage cette fois"
                               r"\bce\s+n['’]est\s+pas\s+(?:la|le|l['’]|les)\b[^.;:\n]{0,80}?\bqui\s+(?:s['’]engagen?t?|signen?t?)\b|"
                               # parties of the contracts they already have ("chacune … dispose déjà de son propre contrat
                               # local de santé, signé entre 2020 et 2024"), or that do not sign this one ("ne le
                               # signent pas"); not "engager l'élaboration de son propre CLS avec l'ARS" (its own)
                               r"\b(?:dispos\w*|poss[èée]d\w*|(?:a|ont|avait|avaient)\s+signé)\s+(?:déjà\s+)?(?:de\s+|d['’])?(?:son|sa|leurs?)\s+propres?\s+"
                               rf"(?:contrats?|CLS)\b|{_NOT_SIGN_IT}\w*\s+pas\b|"
                               rf"non[-\s]signataires?|sans\s+parapher|{_NOT_AMONG}|ne\s+figure(?:nt)?\s+pas(?:\s+non\s+plus)?\s+parmi\s+les\s+signataires|n['’](?:a|ont)\s+(?:en\s+revanche\s+|toutefois\s+|cependant\s+)?(?:pas|rien)(?:\s+non\s+plus)?\s+signé|"
                               # "Les Hôpitaux du Léman, partenaires de plusieurs actions, ne l'ont pas signé non plus"
                               r"\bne\s+l['’](?:a|ont|avait|avaient)\s+pas\s+(?:non\s+plus\s+)?signée?\b|"
                               # "Le Département de la Drôme, lui, « n'a pas été sollicité pour signer »"
                               r"\bn['’](?:a|ont|avait|avaient)\s+pas\s+été\s+(?:sollicité|invité|appelé)e?s?\s+(?:pour|à)\s+"
                               r"(?:le\s+|la\s+)?signer\b", re.I))
_SIGNING = re.compile(r"\bont\s+signé|\ba\s+signé|\bsignent\b|\bsigné\s+par|\bsignataires\s*:", re.I)
# ("Signataires pressentis", "Les futurs signataires": those of a contract in preparation)
_LIST_HEADING = re.compile(r"(?:les\s+)?(?:futurs\s+)?(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?"
                           r"(?:signataires|partenaires\s+signataires|parties\s+signataires)"
                           r"(?:\s+(?:pressentis|prévus|envisagés|attendus))?"
                           r"(?:\s+(?:du|de\s+ce)\s+(?:contrat\s+local\s+de\s+santé|\w+))?\s*:?"
                           # a heading over the parties, one per line: "Ils ont signé le contrat"
                           r"|(?:ils|elles)\s+(?:ont\s+signé|signent|signeront)(?:\s+(?:le|ce)\s+(?:contrat|CLS))?\s*:?"
                           # "Sont parties au contrat" over a list, one per line
                           r"|(?:sont|seront)\s+parties\s+(?:au|à\s+ce)\s+(?:contrat|CLS)\s*:?", re.I)
# The header of a table's first column, its cells one per line below it when the table is flattened ("Signataire" /
# "Communauté de communes des Deux Morin" / "Agence régionale de santé Île-de-France" / … / "Représenté par" / …)
_COLUMN_HEAD = re.compile(r"(?:institutions?|organismes?)?\s*signataires?\s*:?", re.I)
_REPRESENTED = re.compile(_REPRESENTED_SOURCE, re.I)
_TERRITORIAL = {"commune", "epci", "pays_petr"}
# A signing verb whose object is another plan ("L'Agglo et les communes ont signé le contrat de ruralité … avec l'État,
# la Région"): its parties are that plan's, unless the clause names the CLS too.
# ("Nous, signataires de cette pétition, demandons :": the signatories of a petition, an open letter, a motion)
_OTHER_OBJECT = re.compile(rf"\w{{0,12}}[^\S\n]{{1,4}}(?:(?:de|du|des|d['’])[^\S\n]{{0,3}})?"
                           rf"(?:(?:le|la|les|l['’]|un|une|son|sa|leurs?|ce|cette)[^\S\n]{{0,3}})?"
                           rf"(?:{OTHER_PLANS}|pétition|tribune|lettre\s+ouverte|motion)", re.I)


def _plan_signs(text: str, cue: int) -> bool:
    """The signing verb at ``cue`` is said of another plan named just before it ("La convention territoriale globale
    signée avec la CAF"): its parties are that plan's. (Not a bare "convention", often the contract's own.)"""
    m = PLAN_SIGNS.search(text, max(0, cue - 80), cue)
    return m is not None and not re.match(r"(?i)convention\b(?!\s+territoriale)", m.group())


_FOR_PARTY = re.compile(rf"\s*{FOR_PARTY_SOURCE}", re.I)
_SIGNER_AT_END = re.compile(r"(?<=\S)[^\S\n]+(?-i:[A-ZÉÈÎ][a-zà-ÿ'’]+(?:-[A-ZÉÈÎ][a-zà-ÿ'’]+)?[^\S\n]+(?:(?:Le|La|De|Du)[^\S\n]+)?"
                            r"[A-ZÉÈÎ][\w'’-]+)[^\S\n]*$")
_DONE_AT = re.compile(r"\s*Fait\s+(?:à|au|en)\s+[A-ZÉ][^\n]{0,80}?\ble\s+(?:1er|\d{1,2})\s", re.I)
# "Entre" (or "Entre d'une part,") heading the parties of a contract document, one per line.
_BETWEEN = re.compile(r"entre(?:\s+d['’]une\s+part)?\s*[,:]?", re.I)
# A line of a list of parties without bullets: short, one clause, not the text that follows the list.
_AFTER_PARTIES = lead(re.compile(r"(?:il\s+(?:a\s+été|est)\s+convenu|préambule|article\b|vu\b|considérant|titre\b|chapitre\b|"
                            r"sommaire|ci-après|ensemble\s+d[ée]nommés)", re.I))


# A contract document's cover: its title in capitals ("CONTRAT LOCAL DE SANTE" / "DU TERRITOIRE" / "BEZIERS
# MEDITERRANEE"), then its parties, one bullet each ("− Agence Régionale de Santé").
_COVER_TITLE = re.compile(r"CONTRAT\s+LOCAL\s+DE\s+SANT[ÉE]\b[^a-zà-ÿ]{0,80}")


# The rest of a bulleted item wrapped onto the next line: a word or two of a name, no clause.
_WRAPPED_TAIL = re.compile(r"[\w'’-]+(?:[^\S\n]+[\w'’-]+)?")


_CLAUSE = lead(re.compile(r"(?<!\bM)(?<!\bMM)(?<!\bDr)(?<!\bSt)[.!?]\s+\S|\b(?:a|ont|est|sont|sera|seront|était|étaient|avait|"
                     r"avaient|fait|font|permet|permettent|vise|visent|doit|doivent)\b"))


# A cleft sentence whose focus is the presence ("C'est en présence de … que …", "C'est entouré de … qu'…").
_CLEFT = re.compile(r"(?:^|[.!?]\s+)c['’](?:est|était)\s+$", re.I)
_CLEFT_THAT = re.compile(r"(?<![^\S\n])[^\S\n]+(?:que|qu['’])[^\S\n]*(?=[A-ZÉÈÀÂÎÔ]|l['’]|la\s|le\s|les\s)")


def cleft_end(text: str) -> int | None:
    """In "C'est en présence de … que X et Y ont signé", where the parties after the cleft's "que" start: the
    exclusion the cleft puts in focus covers only what stands before it."""
    cut = EXCLUDE.search(text)
    if cut is None or _CLEFT.search(text, 0, cut.start()) is None:
        return None
    after = _CLEFT_THAT.search(text, cut.end())
    return after.end() if after is not None else None


def _party_line(text: str) -> bool:
    """'M. le Président du Conseil départemental de l'Aisne,': a party, not a sentence about something else."""
    body = text.strip()
    return 0 < len(body) <= 200 and not body.endswith("?") and not _AFTER_PARTIES.match(body) and not _CLAUSE.search(body)


# The header row of a table of the parties ("Institution | Représentée par", "Signataire | Qualité").
_TABLE_HEAD = re.compile(r"(?:institutions?|signataires?|partenaires\s+signataires|parties|organismes?\s+signataires?)"
                         r"\s*\|\s*(?:représentée?s?\s+par|signataires?|qualité|représentants?|nom)", re.I)


# A table's column of the parties, beside its territory, dates and period ("Territoire | Contrat | Signature | Période |
# Signataires"): each row's parties.
_SIGNERS_COLUMN = re.compile(r"(?:^|\|)[^\S\n]*(?:(?:parties|partenaires|institutions)[^\S\n]+)?signataires(?:[^\S\n]+du[^\S\n]+contrat)?"
                             r"[^\S\n]*(?:\||$)", re.I)


def excluding_heading(line: str) -> bool:
    """A short heading line over parties that do not sign ("EN PRÉSENCE DE :", "Partenaires associés :")."""
    return len(line) <= 60 and line.rstrip().endswith(":") and EXCLUDE.search(line) is not None


def in_scope(units: list[tuple[int, int, str, bool]], foreign=lambda pos: False) -> list[tuple[int, int]]:
    """Character ranges where signatories can be read: signing clauses and the lists they open.

    ``foreign(pos)`` tells whether a position belongs to another contract of the document: a signing
    verb about another contract opens no scope for this one.
    """
    return [(s, e) for s, e, _ in scope_ranges(units, foreign)]


# What opened a range of in_scope: a signing clause, a party of a list (opened by "Entre", by a "Signataires"
# heading, or by a clause ending with ':'), the answer to a question, a row of a table, a photo caption.
SCOPE_KINDS = ("clause", "list_between", "list_heading", "list_clause", "answer", "table", "caption")


_CARRIED = re.compile(_CARRIED_SOURCE, re.I)
# A signing sentence whose subject points back to the parties of the sentence before ("Tous les cinq ont signé",
# "Toutes ont paraphé", "Ensemble, ils ont apposé leur signature").
# (or the signing done again by a pronoun: "La CPAM du Lot a signé le premier contrat … Elle l'a fait aux côtés de la
# communauté de communes, de l'ARS Occitanie, de la sous-préfecture de Gourdon …")
_THOSE_OF = re.compile(r"\s*(?:(?:Celles?|Ceux)\s+(?:de|du|des|d['’])\s|(?:Il|Elle|Ils|Elles)\s+l['’](?:a|ont|avait|avaient)\s+fait\s+"
                       r"(?:aux\s+côtés\s+d|avec\s))", re.I)
_THEY_ALL_SIGNED = re.compile(r"\s*(?:ensemble\s*,\s*)?(?:tous|toutes|ils|elles)(?:\s+(?:les\s+)?(?:deux|trois|quatre|cinq|six|"
                              r"sept|huit|neuf|dix|\d{1,2}))?(?:\s+ensemble)?\s+(?:ont|avaient)\s+(?:ensuite\s+|alors\s+)?"
                              r"(?:signé|paraphé|apposé|co-?signé)\b", re.I)


def scope_ranges(units: list[tuple[int, int, str, bool]], foreign=lambda pos: False,
                 signed: bool = False) -> list[tuple[int, int, str]]:
    """in_scope's ranges, each with the kind of cue that opened it (SCOPE_KINDS); for a ``signed`` contract, a
    clause that only says who carries it opens none."""
    ranges: list[tuple[int, int, str]] = []
    open_list: str | None = None
    caption: tuple[int, int] | None = None
    table = asked = bullets_only = False
    previous: tuple[int, int, str] | None = None
    excluded = False  # inside the list of a heading of parties that do not sign ("EN PRÉSENCE DE :")
    blocks = False  # under "Fait à …, le …": signature blocks, each "Pour <party>, <its officer>"
    cover = False  # under a contract's title in capitals, before its first bullet
    for start, end, text, bullet in units:
        if excluded and (bullet or _party_line(text) or _REPRESENTED.search(text)) and not _SIGNING.search(text):
            continue  # "La Collectivité territoriale de Martinique, représentée par le Président du Conseil exécutif,"
        excluded = excluding_heading(text)
        if previous is not None and _THEY_ALL_SIGNED.match(text) and not any(r[0] == previous[0] for r in ranges) \
                and not GENERIC.search(previous[2]):
            # "Autour du maire avaient pris place X, directrice de l'ARS, … Tous les cinq ont signé le contrat": the
            # parties the signing sentence points back to
            cut = EXCLUDE.search(previous[2])
            ranges.append((previous[0], previous[0] + cut.start() if cut else previous[1], "clause"))
        if previous is not None and _THOSE_OF.match(text) and ranges and ranges[-1][0] == previous[0] \
                and ranges[-1][2] == "clause":
            # "… pour que les cinq signatures figurent au bas du document. Celles du président de la communauté de
            # communes, de la directrice de l'ARS, du sous-préfet …": the pronoun carries the signing on
            cut = EXCLUDE.search(text)
            ranges.append((start, start + cut.start() if cut else end, "clause"))
            previous = (start, end, text)
            continue
        previous = (start, end, text)
        if cover and bullet and not open_list:
            open_list, bullets_only = "list_between", True  # the parties under a contract's cover title
        body = text.strip()
        cover = not bullet and len(body) <= 80 and body == body.upper() and (cover or _COVER_TITLE.fullmatch(body) is not None)
        if open_list and (EXCLUDE.search(text) or NOT_SIGNING.search(text)):
            open_list = None  # "LES PARTENAIRES ASSOCIÉS (non signataires)": the next heading closes the list
            continue
        if open_list and (bullet or (not bullets_only and _party_line(text))):
            ranges.append((start, end, open_list))  # a party of the list, bulleted or one per line
            continue
        if open_list and bullets_only and _WRAPPED_TAIL.fullmatch(text.strip()):
            ranges.append((start, end, open_list))  # "− Communauté d'Agglomération Béziers" / "Méditerranée"
            continue
        bullets_only = False
        if asked:
            # The answer to "Qui signera ce contrat ?" in an interview lists the parties.
            asked = False
            if _LIST_HEADING.fullmatch(text.strip()) or _COLUMN_HEAD.fullmatch(text.strip()) \
                    or (text.rstrip().endswith(":") and not EXCLUDE.search(text)):
                open_list = "list_heading"  # "Qui s'engage ?" / "Les signataires du contrat :" / the list
                continue
            if bullet and not EXCLUDE.search(text):
                open_list, bullets_only = "list_heading", True  # "Qui a signé ?" over the parties, one bullet each
                ranges.append((start, end, open_list))
                continue
            cut = EXCLUDE.search(text)
            ranges.append((start, start + cut.start() if cut else end, "answer"))
            continue
        if table and " | " in text:
            if not NO_CONTRACT_ROW.search(text):  # (not "CC du Grand Cubzaguais | Pas de CLS à ce jour | – | –")
                ranges.append((start, end, "table"))  # a row of the signatories' table
            continue
        table = _TABLE_HEAD.match(text) is not None or (text.count(" | ") >= 2 and _SIGNERS_COLUMN.search(text) is not None)
        if table:
            continue
        open_list = None
        if _BETWEEN.fullmatch(text.strip()):
            open_list = "list_between"  # "Entre" heading the parties of a contract document
            continue
        if _DONE_AT.match(text):
            # "Fait à Saint-Jean-en-Royans, le 2 juillet 2026, en six exemplaires originaux." over the signature blocks
            # ("Pour la Mutualité sociale agricole Ardèche Drôme Loire, La Directrice générale adjointe"), one per line
            blocks = True
            continue
        if blocks and _FOR_PARTY.match(text) is not None:
            # the party a block signs for and its officer's title, not its signer's name run on after it ("Pour l'État,
            # Le Préfet de la Haute-Corse Jérôme Lavergne", lines joined)
            signer = _SIGNER_AT_END.search(text)
            ranges.append((start, start + (signer.start() if signer else len(text)), "list_between"))
            continue
        if blocks and (bullet or " | " in text or not _party_line(text)):
            blocks = False  # (an annex's table or a paragraph after the signatures: no more blocks)
        cues = [m for m in SCOPE.finditer(text) if not foreign(start + m.start())
                and not (_OTHER_OBJECT.match(text, m.end()) and not CLS_RX.search(text))
                and not (_plan_signs(text, m.start()) and not CLS_RX.search(text))
                and not (signed and _CARRIED.match(m.group()))]
        if NOT_SIGNING.search(text) and not _SIGNING.search(text):
            continue  # "X et Y, présents à la signature, seront associés au suivi sans être signataires"
        if (cues and _LIST_HEADING.fullmatch(text.strip())) or (_COLUMN_HEAD.fullmatch(text.strip()) and not foreign(start)):
            open_list = "list_heading"  # "Les signataires" as a heading over the list; "Signataire", a table's column
            continue
        if cues and text.rstrip().endswith("?"):
            asked = True
            continue
        if cues and not GENERIC.search(text):
            cut = EXCLUDE.search(text)
            if cut and (resume := cleft_end(text)) is not None:
                # "C'est en présence du préfet que Saint-Flour Communauté et Hautes Terres Communauté ont signé": the
                # presence ends where the cleft's "que" opens the parties that sign.
                if any(c.start() > resume for c in cues):
                    ranges.append((start + resume, end, "clause"))
                continue
            if cut and all(c.start() >= cut.start() for c in cues):
                continue  # "Le CH Le Vinatier, associé au volet santé mentale, signera par avenant"
            if cut and not _SIGNING.search(text) and all(_REPRESENTED.match(c.group()) for c in cues):
                continue  # "X, représentée par l'un de ses vice-présidents, et Y assistaient à la cérémonie": no signing
            ranges.append((start, start + cut.start() if cut else end, "clause"))
            open_list = "list_clause" if text.rstrip().endswith(":") and not cut else None
            if _ABOVE.search(text) and caption is not None:
                ranges.append((*caption, "caption"))  # "signé par les cinq partenaires ci-dessus": the photo caption
        if _CAPTION.match(text):
            caption = (start, end)
    return ranges


# (the acronym may follow the long name: "l'Agence régionale de santé ARS PACA")
_ARS_REGION = re.compile(r"(?:de\s+l['’])?(?:ARS|agence\s+r[ée]gionale?\s+de\s+sant[ée])(?:\s+\(?ARS\)?)?\s+(?:de\s+|d['’]|du\s+)?(?P<r>.+)$",
                         re.I)


def initials(name: str) -> str:
    """'Communauté de communes Pays d'Évian Vallée d'Abondance' -> 'CCPEVA': the acronym a text writes for it."""
    return fold(acronym(name)).upper()


_CPTS_LONG = re.compile(r"communautés?\s+professionnelles?\s+territoriales?\s+de\s+santé\s+(?P<rest>\S.*)$", re.I)


def canonical(org: OrgMention, territory: Territory | None, specific_ars: str | None, dept_of: str | None = None,
              town: str | None = None) -> str:
    """The name a signatory is listed under: generic mentions take the document's full names, an ARS is
    'ARS <région>' however written ('Agence régionale de santé X', 'délégation départementale de l'ARS X'),
    and a short form of the contract's own territory takes its full name ('Tours Métropole'). A bare 'le
    Département' is that of the contract, written as the text writes its place (``dept_of``: 'de la Haute-Saône')."""
    if org.org_type == "departement" and org.generic and org.head.lower() == "département" and dept_of:
        return f"Département {dept_of}"
    if org.org_type == "sous_prefecture" and org.generic and org.head.lower() in ("sous-préfet", "sous-préfète") \
            and territory is not None \
            and (arrondissement := get_gazetteer().sous_prefecture(territory.type, territory.insee)):
        # "le sous-préfet de l'arrondissement": that of the arrondissement that holds the contract's territory (a bare
        # "la Sous-Préfecture" stays as written)
        elided = re.match(r"(?i)[aeiouyàâéèêëîïôöûü]", arrondissement) is not None
        return f"Sous-préfecture d'{arrondissement}" if elided else f"Sous-préfecture de {arrondissement}"
    if org.org_type == "cpts" and (m := _CPTS_LONG.match(org.name)):
        return f"CPTS {m['rest']}"  # the name every annotated set writes: "CPTS du Pays Horloger"
    if org.org_type == "ars" and org.generic and specific_ars:
        return specific_ars
    if org.org_type == "ars" and org.generic and territory is not None and territory.region:
        # a bare "l'ARS" is the agency of the contract's region: listed as "ARS <région>" as a named one is
        return rules.load("ars")["official_names"].get(territory.region) or f"ARS {territory.region}"
    if org.org_type == "ars" and not org.generic:
        m = _ARS_REGION.search(org.name)
        if m:
            region = get_gazetteer().region(m["r"])
            if region is None and not get_gazetteer().departement(m["r"]):
                # "l'Agence régionale de santé (ARS) Laurent Bien": its director's name, not a place
                return specific_ars if specific_ars and specific_ars != org.name else "ARS"
            official = rules.load("ars")["official_names"].get(region or "")
            place = region if region and m["r"].lower().endswith(region.lower()) else m["r"]  # "de la Guyane": "Guyane"
            return official or f"ARS {place}"
    if (territory is not None and not org.generic and org.org_type == territory.type == "epci"
            and expand_counts(org.name) == initials(territory.name)):
        return territory.name  # "la CCMG" for the Communauté de communes de Marie-Galante
    if (territory is not None and not org.generic and org.org_type == territory.type
            and org.org_type in _TERRITORIAL and territory.type != "commune"):
        own, full = territory_key(org.name), territory_key(territory.name)
        if own and full and own != full and set(own.split()) < set(full.split()):
            return territory.name
    if (territory is not None and not org.generic and org.org_type == territory.type == "commune"
            and _cut_short(org.name, territory)):
        return town_party(territory.name)
    if org.generic and territory is not None and org.org_type in _TERRITORIAL:
        if org.org_type == territory.type == "commune":
            return town_party(territory.name)
        if org.org_type == "commune" and territory.type == "quartier":
            return town_party(town) if town else org.name  # the quartier's town, named elsewhere
        if org.org_type == territory.type:
            return territory.name
    return org.name


# "Ville de Saint Laurent" for Saint-Laurent-du-Maroni, "Ville de Tremblay-en-" where a PDF lost the end of the line
_TOWN_PARTY = re.compile(r"(?i)^(?:ville|commune|mairie|municipalité)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)")


def _cut_short(name: str, territory: Territory) -> bool:
    """The contract's own town named by the head of its name: its first words, or a word cut at a hyphen where the
    text lost the rest. Not another town of that name in its département ("Ville de Saint-Denis" is no short form of
    a Saint-Denis-en-Val)."""
    def words(s: str) -> str:
        return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(s)).split())

    short, full = words(_TOWN_PARTY.sub("", name)), words(territory.name)
    if not short or short == full or not full.startswith(short + " "):
        return False
    dept = territory.departement
    return not dept or all(key != short for key, _ in get_gazetteer().communes_of(dept))


def as_written(name: str, written: str) -> str:
    """The official name with the ligatures the text writes ("Cœur de Garonne" where the gazetteer has "Coeur")."""
    for word in re.findall(r"(?<![\w'’-])[\w'’-]*[œŒ][\w'’-]*", written):
        name = re.sub(rf"\b{re.escape(word.replace('œ', 'oe').replace('Œ', 'Oe'))}\b", word, name, flags=re.I)
    return name


# "l'État" names the préfecture the text names in full elsewhere ("la préfecture de l'Essonne"), as a generic
# "l'Assurance maladie" names its CPAM ("la CPAM des Flandres"): the heads of the State's mentions.
_STATE = frozenset({"État", "Etat"})
_NAMED_ONCE = ("prefecture", "cpam", "msa", "caf", "carsat", "education_nationale", "hospital", "cpts")
# Kinds of which a page may name several that all sign: a generic mention beside two named ones is not dropped.
_SEVERAL_SIGN = frozenset({"hospital", "cpts"})


# "L'État était représenté par Mme Claire Dumontet, sous-préfète de Cholet": the State is that (sous-)préfecture.
_STATE_BY = re.compile(r"\bl['’]État\b[^.;\n]{0,20}?\breprésentée?\s+par\b[^.;\n]{0,80}?$", re.I)


def _named_parties(orgs: list[OrgMention], text: str = "") -> dict[str, OrgMention | None]:
    """The one préfecture (or sous-préfecture), the one CPAM and the one MSA a text names with their place: the party
    that its generic mentions stand for. Two different ones: none, unless the text says which one represents the
    State, then None; for the caisses and services, None: "l'Assurance maladie" of a title stands for "la CPAM de
    l'Ardèche" and "la CPAM de la Drôme" of the list, no third party."""
    out: dict[str, OrgMention | None] = {}
    for kind in _NAMED_ONCE:
        types = ("prefecture", "sous_prefecture") if kind == "prefecture" else (kind,)
        named = [o for o in orgs if o.org_type in types and o.complement and o.head not in _STATE]
        parties = {party_key(o.org_type, o.name) for o in named}
        if len(parties) == 1:  # "Assurance Maladie Savoie", "CPAM de la Savoie"
            out[kind] = named[-1]
        elif kind == "prefecture" and text and (by := next(
                (o for o in named if _STATE_BY.search(text, max(0, o.start - 120), o.start)), None)) is not None:
            out[kind] = by
        elif kind == "prefecture" and text and not parties and (by := next(
                (o for o in orgs if o.org_type == "sous_prefecture" and o.generic
                 and _STATE_BY.search(text, max(0, o.start - 120), o.start)), None)) is not None:
            out[kind] = by  # "l'État, représenté par le sous-préfet de l'arrondissement": that sous-préfecture
        elif len(parties) >= 2 and kind not in _SEVERAL_SIGN:  # (beside two hospitals named, "le centre hospitalier" may be a third)
            # (the State too: "les représentants de l'État" beside "le sous-préfet de Thionville" and "la sous-préfète de
            # Briey", who sign for it, is no party of its own)
            out[kind] = None
    # "l'URPS" of a headline beside "l'URPS Médecins libéraux Nouvelle-Aquitaine" of the text: the one body of that head
    # the text names in full (other kinds of party have no one-per-place rule: by their head only)
    bare = {o.head.lower() for o in orgs if o.org_type == "other" and o.generic}
    full: dict[str, dict[str, OrgMention]] = {}
    for n in orgs:
        if n.org_type == "other" and not n.generic and n.complement and n.head.lower() in bare:
            full.setdefault(n.head.lower(), {})[party_key(n.org_type, n.name)] = n
    out.update({f"other:{head}": next(iter(named.values())) for head, named in full.items() if len(named) == 1})
    return out


# Kinds whose generic mention stands for the named one only when it is a short form of it: "la CAF" for "la CAF du
# Val-d'Oise", "l'Éducation nationale" for "la DSDEN du Val-de-Marne"; "la direction des services départementaux de
# l'Éducation nationale" is its own name, not "l'Éducation nationale de la Manche" of a director's title.
_SHORT_FORM_WORDS = {"caf": frozenset({"caf", "caisse", "allocations", "familiales"}),
                     "education_nationale": frozenset({"education", "nationale"})}


def _shortens(generic: OrgMention, named: OrgMention) -> bool:
    words = _SHORT_FORM_WORDS.get(generic.org_type)
    return words is None or set(territory_key(generic.name).split()) <= words | set(territory_key(named.name).split())


def pays_as_own_epci(sigs: list[Signatory], territory: Territory) -> list[tuple[int, Signatory]]:
    """"le Pays de Barr signe son premier CLS" beside "la Communauté de communes du Pays de Barr": a Pays whose whole
    name the contract's intercommunality carries is that intercommunality by its short name (as
    territory.link_mentions reads it), listed once. The parties kept, with their index in ``sigs``."""
    if territory.type != "epci":
        return list(enumerate(sigs))
    out: list[tuple[int, Signatory]] = []
    for i, sig in enumerate(sigs):
        if sig.org_type == "pays_petr" and re.match(r"(?i)pays\s", sig.name) and named_within(sig.name, territory.name):
            sig = Signatory(org_type="epci", name=territory.name)
        key = territory_key(sig.name)
        if sig.org_type != "epci" or all(o.org_type != "epci" or territory_key(o.name) != key for _, o in out):
            out.append((i, sig))
    return out


def town_party(town: str) -> str:
    """A town as a party, with French elision: "Ville d'Auxerre", "Ville du Havre", "Ville des Mureaux"."""
    if m := re.match(r"(?i)(le|les)\s+(.+)$", town):
        return f"Ville {'du' if m[1].lower() == 'le' else 'des'} {m[2]}"
    if re.match(r"(?i)[aeiouyàâéèêëîïôöûü]|h[éèêyiœ]", town):  # "d'Hyères", "d'Hérouville"; "de Houilles"
        return f"Ville d'{town}"
    return f"Ville de {town}"


def resolve(org: OrgMention, named: dict[str, OrgMention | None], territory: Territory | None, specific_ars: str | None,
            dept_of: str | None = None, town: str | None = None) -> tuple[OrgMention, str, str] | None:
    """The party a mention stands for, the name it is listed under and its key (org_type:name key); None for
    a mention that never signs this contract."""
    if (org.generic or org.head in _STATE) and org.org_type in named and named[org.org_type] is None:
        return None  # "l'Assurance maladie" beside two CPAM named in full: those, not a third party
    if (org.head in _STATE or org.generic) and org.org_type in named and _shortens(org, named[org.org_type]):
        org = named[org.org_type]  # "l'État", "l'Assurance maladie": the préfecture, the CPAM the text names
    elif org.generic and org.org_type == "other" and (full := named.get(f"other:{org.head.lower()}")) is not None:
        org = full
    elif org.generic and org.org_type == "sous_prefecture" and (sub := named.get("prefecture")) is not None \
            and sub.org_type == "sous_prefecture":
        org = sub  # "Madame la Sous-préfète" beside "Madame la Sous-préfète de Montluçon": the one the text names
    if org.generic and org.org_type in _TERRITORIAL and territory is not None and org.org_type != territory.type \
            and (org.head.lower() in OWN_EPCI_HEADS or org.org_type == "pays_petr" or org.head == "maire"):
        return None  # "l'agglomération", "le Pays", "le maire" stand for the contract's own EPCI, Pays, town only
    name = canonical(org, territory, specific_ars, dept_of, town)
    if org.org_type == "prefecture" and org.complement is None:
        # The State without a place, however written ("la Préfecture", "les services de l'État", "l'État"): one party.
        return org, name, "prefecture:"
    if org.org_type == "ars":
        # One agency signs a contract, however written: "ARS PACA", "Agence régionale de santé Provence-Alpes-Côte
        # d'Azur", "ARS DT 22" (its territorial delegation), "l'ARS".
        return org, name, "ars:"
    return org, name, party_key(org.org_type, name)


def party_key(org_type: str, name: str) -> str:
    """One key per party: "CHI de la Lauter" and "Centre hospitalier intercommunal de la Lauter", "l'Assurance Maladie
    de l'Ain" and "la CPAM de l'Ain" are one party, by their own place or name."""
    key = territory_key(name)
    if org_type in _KIND_WORDS:
        # (all words a kind's: "Conseil départemental" and "le Département" are one party, that of no place)
        key = " ".join(w for w in key.split() if w not in _KIND_WORDS[org_type])
    if org_type in _DEPT_SCOPED and key:
        # "CPAM 93", "CPAM du 93", "CPAM de Seine-Saint-Denis": the one CPAM of that département
        words = [w for w in re.sub(r"[^a-z0-9]+", " ", fold(name)).split() if w not in _KIND_WORDS.get(org_type, ())]
        place = _SAINT.sub("saint", " ".join(words))
        if (dept := get_gazetteer().departement(place) or get_gazetteer().departement(key)) is not None:
            key = dept[0]
    return f"{org_type}:{key}"


# Bodies with one office per département, named by its number as often as by its name.
_DEPT_SCOPED = frozenset({"cpam", "caf", "msa", "prefecture", "departement", "education_nationale"})
_SAINT = re.compile(r"\bst\b")


_KIND_WORDS = {"hospital": frozenset({"centre", "centres", "hospitalier", "hospitaliers", "intercommunal", "ch", "chi", "chic"}),
               # (and the CGSS of the overseas départements: "Caisse générale de sécurité sociale de la Guyane")
               "cpam": frozenset({"cpam", "caisse", "primaire", "d", "assurance", "maladie", "cgss", "generale", "securite",
                                  "sociale"}),
               # "Conseil départemental de la Haute-Saône" and "le Département" read as "Département de la Haute-Saône"
               "departement": frozenset({"conseil", "departemental", "departement", "general", "cd"}),
               "prefecture": frozenset({"prefecture", "prefet", "prefete"}),
               "caf": frozenset({"caf", "caisse", "d", "allocations", "familiales"}),
               "msa": frozenset({"msa", "mutualite", "sociale", "agricole"})}


# "le contrat local de santé de Decazeville communauté a été signé": the mention that names the contract
# ("CLS de X", "CLS 2 du Pays de Y", "le CLS de 3ème génération (2025-2030) de l'Agglomération d'Agen") is its title
# (territory.CLS_GENITIVE), not a party, even inside a signing clause.


_RELATIVE = re.compile(r"(?:\s{0,3}\([^()\n]{0,40}\))?\s{0,3},?\s{0,3}qui\b")  # "…des Coëvrons (53), qui avait signé son CLS"


def names_contract(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] is the complement of a CLS ("le CLS de X"), not the subject of a relative."""
    return CLS_GENITIVE.search(text, max(0, start - 90), start) is not None and _RELATIVE.match(text, end) is None


def extract_signatories(
    text: str, orgs: list[OrgMention], scopes: list[tuple[int, int]], territory: Territory | None,
    specific_ars: str | None, dept_of: str | None = None, town: str | None = None,
) -> tuple[list[Signatory], list[Span]]:
    out: list[Signatory] = []
    spans: list[Span] = []
    seen: set[str] = set()
    named = _named_parties(orgs, text)
    for org in orgs:
        if not any(s <= org.start and org.end <= e for s, e in scopes) or names_contract(text, org.start, org.end):
            continue
        resolved = resolve(org, named, territory, specific_ars, dept_of, town)
        if resolved is None:
            continue
        org, name, key = resolved
        if key in seen:
            continue
        seen.add(key)
        out.append(Signatory(org_type=org.org_type, name=name))
        spans.append(Span(start=org.start, end=org.end, text=text[org.start : org.end]))
    return out, spans
