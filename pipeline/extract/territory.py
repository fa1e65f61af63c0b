"""Territory mentions: which commune, EPCI, Pays/PETR or quartier a contract covers.

Candidates come from phrasings ("CLS de la ville de X", "Communauté de communes du X",
"X Agglomération", "quartier X"), from demonyms ("le territoire cristolien"), from the title and
from a town's e-mail domain; the official gazetteer links them to codes. A candidate that is tied to
a CLS mention ("le CLS du Bassin de Joinville") anchors a contract of its own; the others only
support the best anchor. Signing towns, datelines and member communes are not territories.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline import relevance, rules
from pipeline.clean.hints import lead
from pipeline.extract import status
from pipeline.extract.orgs import NAME, NAME_WORD, SHORT_NAME, OrgMention, at_venue, bare_place
from pipeline.geo import GeoContext, LinkResult, get_gazetteer
from pipeline.geo.normalize import fold
from pipeline.lines import line_end, line_start, paragraph_end, sentence_of, sentence_span

_SP = r"[^\S\n]"
_CLS = relevance.cls_source()  # the CLS lexicon of rules/mentions.yml
# "le CLS de la ville de Laon", "contrat local de santé du Pays de Chaumont", "CLS 2 de Metz", "CLS n°2 de Digoin"
_CLS_OF = lead(re.compile(
    rf"{_CLS}(?:{_SP}+(?:intercommunal|communal|métropolitain|territorial))?(?:\s*\(CLS\w{{0,2}}\))?(?:{_SP}+(?:n°{_SP}?)?[1-9]|{_SP}*\d{{4}}{_SP}*[-/–]{_SP}*\d{{4}})?{_SP}+"
    rf"(?:(?:de{_SP}+la{_SP}+ville|de{_SP}+la{_SP}+commune|du{_SP}+territoire){_SP}+(?:de{_SP}+|d['’]))?"
    rf"(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]|pour{_SP}+(?:la|le|les|l['’])|sur{_SP}+(?:la|le|les|l['’])?|"
    # "le premier contrat local de santé consacré à Fontbarlettes", "… propre au Sanitas"; "… consacré au cirque de
    # Mafate" (an area by its lower-case kind: its name follows)
    rf"(?:(?:consacré|dédié)e?|propre){_SP}+(?:à{_SP}+(?:la{_SP}+|l['’])?|au{_SP}+)"
    rf"(?:(?P<area_head>cirque|vallée|massif|plateau|presqu['’]île){_SP}*(?:de{_SP}+la{_SP}+|de{_SP}+l['’]|du{_SP}+|des{_SP}+|de{_SP}+|d['’]))?)?{_SP}*"
    rf"(?P<target>(?-i:{NAME}))",
    re.IGNORECASE,
))
# A text that ends with a CLS and its genitive ("le contrat local de santé de la", "le CLS de 3ème génération (2025-2030)
# de l'", "le CLS 2 du territoire de"): what follows is the contract's own territory, its title, not a party.
CLS_GENITIVE = re.compile(rf"{_CLS}(?:\s+(?:intercommunal|communal|métropolitain|territorial))?"
                          r"(?:\s+de\s+(?:\d{1,2}\w{0,3}|première|deuxième|seconde|troisième|quatrième|nouvelle)\s+génération)?"
                          r"(?:\s*\([^()]{0,12}\))?"
                          r"(?:\s+[1-9]|\s*\d{4}\s*[-/–]\s*\d{4})?\s+(?:(?:du\s+territoire|de\s+la\s+ville|de\s+la\s+commune)\s+)?"
                          r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.I)
# ("la Vallée de la Dordogne et la Forêt Bessède": the second part with its article)
_AND_MORE = re.compile(rf"(?:{_SP}*,{_SP}*|{_SP}+[-–]{_SP}+|{_SP}+et{_SP}+(?:(?:du|de{_SP}+la|de{_SP}+l['’]|des|de|d['’]|la|le|les|l['’]){_SP}*)?)(?-i:{NAME})")
# A lower-case demonym adjective after a name, hyphenated or not ("Lomagne tarn-et-garonnaise", "Perche ornais").
_DEMONYM_ADJ = re.compile(rf"(?<!{_SP}){_SP}+[a-zà-ÿ]{{2,20}}(?:-[a-zà-ÿ]{{2,20}}){{0,3}}(?:ais|ois|ien|in)(?:e|ne)?s?\b")
_QUARTIER_BUILDING = re.compile(r"\b(?:maisons?|conseils?|comités?|fêtes?|centres?|mairies?|journal|régies?)[^\S\n]+de[^\S\n]+$",
                                re.I)
# A CLS given to a named area: "le premier contrat local de santé consacré à la Fontaine d'Ouche".
_CLS_GIVEN_TO = lead(re.compile(rf"{_CLS}[^\S\n]+(?:entièrement[^\S\n]+)?(?:consacré|dédié|réservé)[^\S\n]+"
                                rf"(?:à[^\S\n]+la[^\S\n]+|à[^\S\n]+l['’]|au[^\S\n]+|aux[^\S\n]+)(?P<name>(?-i:{NAME}))", re.I))
# A town one went to or that one is in ("se sont rendus à Coutances"), for a CLS "de la ville" (town_of_the_contract).
_AT_A_TOWN = re.compile(rf"\b[àÀ]{_SP}+(?P<name>(?-i:{SHORT_NAME}))")
# A département in parentheses after a town ("Gentilly (Val-de-Marne)"), and the words read before it.
_DEPT_PAREN = re.compile(r"\((?P<dept>[A-ZÉÈÎ][\w'’ -]{2,30})\)")
_WORD = re.compile(r"[\w'’-]+")
# A CLS given to a town's old centre, a part of it the gazetteer never names: "le contrat local de santé consacré au
# Centre ancien de Bastia", "le CLS du centre historique de Nîmes".
_OLD_TOWN_CLS = lead(re.compile(rf"{_CLS}[^\S\n]+(?:(?:entièrement[^\S\n]+)?(?:consacré|dédié|réservé)[^\S\n]+au|du|pour[^\S\n]+le)"
                                rf"[^\S\n]+(?P<name>(?:[Cc]entre[^\S\n]+(?:ancien|historique)|[Cc]entre-ville|[Cc]œur[^\S\n]+de[^\S\n]+ville))"
                                rf"(?=[^\S\n]+(?:de|d['’])[^\S\n]*(?-i:[A-ZÀ-Ý]))", re.I))
_QUARTIER = lead(re.compile(
    rf"\bquartiers?{_SP}+(?:prioritaires?{_SP}+|voisins?{_SP}+)?(?:de{_SP}+la{_SP}+politique{_SP}+de{_SP}+la{_SP}+ville{_SP}+)?"
    rf"(?:\(QPV\){_SP}+)?(?:de{_SP}+la{_SP}+|de{_SP}+l['’]|de{_SP}+|du{_SP}+|des{_SP}+|d['’])?(?P<name>(?-i:{NAME}))",
    re.IGNORECASE,
))
# A demonym in lower case ("le territoire cristolien") has one of the usual endings; a capitalised one
# ("Couramiauds", "Saint-Chamonais", "Niçois") any ending the demonym data holds (gazetteer.demonym_endings).
_DEMONYM = re.compile(r"\b[A-Za-zÀ-ÿ][a-zà-ÿ'\-]{3,40}(?:iens?|iennes?|ois|oises?|ais|aises?|ains?|aines?|ards?|éens?|éennes?|ins?|ines?|ots?|otes?)\b"
                      r"|(?<![\w'’-])(?:[A-ZÀ-Ý][a-zà-ÿ]+-)*[A-ZÀ-Ý][a-zà-ÿ]{3,40}(?![\w'’-])")
_ARTICLE_JOINED = re.compile(rf"(?<![\w'’-])(?-i:{NAME_WORD})[^\S\n]+(?:la|le|les)[^\S\n]+(?-i:{NAME_WORD})(?![\w'’-])")
_EMAIL = re.compile(r"\b(?:ville|mairie|agglo|cc|commune)-(?P<name>[a-z][a-z\-]+)\.fr\b")
_TITLE_NAME = re.compile(rf"(?<!\w)(?-i:{NAME})")  # not inside a word ("CPS" of "4CPS")
# "Le PETR du Pays Lédonien a signé mercredi un contrat local de santé": the territory is the subject.
_SUBJECT_SIGNS = re.compile(
    rf"(?:{_SP}*\([^)\n]{{0,40}}\))?(?:{_SP}*,[^,.\n]{{0,80}},)?{_SP}*"
    rf"(?:a|ont|avait|avaient|va|vont|doit|doivent|vient{_SP}+de|viennent{_SP}+de|s'est|se|s'|a{_SP}+officiellement"
    rf"|s['’]apprêten?t?{_SP}+à)?"  # "Tremblay-en-France s'apprête à signer le sien"
    rf"(?:{_SP}*,[^,.\n]{{0,30}},)?{_SP}*"  # "ont, eux, lancé"
    rf"(?:signé|signe|signera|signent|signer|adopté|adopte|conclu|renouvel\w*|approuvé|approuve|dot[ée]e?|voté|vote"
    rf"|lancé|lance|engag\w*|prépar\w*|élabor\w*|renouvell?\w*"
    # "dispose d'un", "dispose depuis le jeudi 11 décembre dernier d'un nouveau contrat local de santé"
    rf"|dispose{_SP}+(?:(?:désormais|enfin|maintenant|aujourd['’]hui){_SP}+)?(?:depuis{_SP}[^,.\n]{{0,50}}?{_SP})?(?=d['’]un|de{_SP}+son)"
    # "Brioude a désormais son contrat local de santé"
    rf"|(?<=\ba{_SP})(?:désormais|enfin|maintenant|aujourd['’]hui|officiellement){_SP}+(?=son{_SP}|sa{_SP})"
    # "La Grâce de Dieu a son contrat local de santé de quartier"
    rf"|(?<=\ba{_SP})(?=(?:son|sa){_SP}+(?:propre{_SP}+|premier{_SP}+|nouveau{_SP}+)?(?:contrat{_SP}+local|CLS)\b))\b"
    rf"(?:[^.\n]{{0,160}}?(?:{_CLS}"
    # "ont lancé le diagnostic de leur propre contrat" on a CLS page (not "son contrat de ville")
    rf"|\b(?:son|sa|leur){_SP}+propre{_SP}+contrat\b(?!{_SP}+(?:de{_SP}+)?(?:ville|ruralité|territoire|relance|plan)\b))"
    # the next sentence's pronoun goes on: "la Communauté de communes du Pays de Phalsbourg a lancé son diagnostic au
    # printemps. Elle élabore avec l'ARS son premier contrat local de santé"
    rf"|[^.\n]{{0,160}}?\.{_SP}+(?-i:Elle|Il){_SP}[^.\n]{{0,100}}?{_CLS}"
    # its own, said by a possessive pronoun after a CLS named before: "…, Bras-Panon prépare le sien"
    rf"|{_SP}+(?:le|la){_SP}+(?:sien|sienne|leur)\b"
    # a headline's short form on a CLS page: "Santé : la Terre de Camargue signe son deuxième contrat"
    rf"|{_SP}+(?:son|sa|leur){_SP}+(?:(?:premier|deuxième|second|troisième|quatrième|nouveau|\d{{1,2}}e){_SP}+)?contrat"
    rf"(?={_SP}*(?:\n|$)))",
    re.I,
)
# "le Contrat Local de Santé mis en place par la Communauté d'Agglomération de l'Étampois": the carrier is the territory.
_CARRIED_BY = re.compile(rf"{_CLS}[^.\n]{{0,60}}?\b(?:mis{_SP}+en{_SP}+place|port[ée]|pilot[ée]|initi[ée]|élabor[ée]|"
                         rf"coordonn[ée]|conduit){_SP}+par{_SP}+(?:la|le|l['’]|les)?{_SP}*$", re.I)
# The carrier named after its verb: "Porté par le Parc naturel régional des Grands Causses, ce contrat…", "les
# communes ont confié le pilotage du Contrat local de santé au Parc…" (a CLS mention must stand near).
_CARRIER_BEFORE = re.compile(rf"(?:\bport[ée]e?s?{_SP}+par|\bconfi\w*{_SP}+(?:le{_SP}+)?(?:pilotage|portage){_SP}+(?:du|de{_SP}+son|de{_SP}+ce)"
                             rf"{_SP}+{_CLS}[^.\n]{{0,40}}?{_SP}+(?:au|à{_SP}+la|à{_SP}+l['’]))\s*(?:la|le|l['’])?{_SP}*$", re.I)
# The carrier of another kind of contract: "Texaco bénéficie par ailleurs du contrat de ville « Engagements Quartiers
# 2030 » porté par la CACEM".
_ANOTHER_CARRIED = re.compile(rf"\b(?:contrats?{_SP}+de{_SP}+ville|contrats?{_SP}+locaux?{_SP}+de{_SP}+s[ée]curité|CLSPD|CISPD|"
                              rf"CRTE|contrats?{_SP}+de{_SP}+ruralité)\b[^.\n]{{0,80}}?\bport[ée]e?s?{_SP}+par{_SP}+"
                              rf"(?:la|le|l['’]|les)?{_SP}*$", re.I)
# A carrier in the past: "Un contrat avait bien été signé en 2015, mais il était porté par le Pays de Redon": an
# earlier contract's, not the page's.
_WAS_CARRIED = re.compile(rf"\b(?:était|étaient|avait{_SP}+été|avaient{_SP}+été|fut){_SP}+(?:[\wé]+{_SP}+)?"
                          rf"(?:port|pilot|mis{_SP}+en{_SP}+place|initi|élabor|coordonn|conduit)\w*{_SP}+par{_SP}+"
                          rf"(?:la|le|l['’]|les)?{_SP}*$", re.I)
_POLE = re.compile(rf"(?-i:Pôle)(?:{_SP}+métropolitain)?{_SP}+(?P<name>(?-i:{NAME}))")
_POLE_NOT_PLACE = frozenset({"Santé", "Emploi", "Médical", "Social", "Enfance", "Famille", "Jeunesse", "Solidarité",
                             "Solidarités", "Culture", "Sport", "Sports", "Ressources", "Prévention", "Autonomie"})
_PARK = re.compile(r"parc\s+naturel\s+régional|PNR", re.I)
_PLURAL_VERB = re.compile(rf"(?<![^\S\n])(?:{_SP}*\([^)\n]{{0,40}}\))?(?:{_SP}*,[^,.\n]{{0,80}},)?{_SP}*(?:ont|vont|doivent|viennent|signent|signeront)\b", re.I)
# One of the parties a signing lists as its subject, the others after it: "…, la communauté de communes de
# Parthenay-Gâtine, l'ARS Nouvelle-Aquitaine, la CPAM des Deux-Sèvres et la MSA Poitou ont signé le deuxième contrat
# local de santé du territoire" (not "dans la salle de la mairie de Secondigny", which does not open a clause: a place).
_FIRST_OF_PARTIES = re.compile(rf"(?:{_SP}*,{_SP}*[^,.;:!?\n]{{2,80}}?){{1,6}}{_SP}+et{_SP}+[^,.;:!?\n]{{2,80}}?{_SP}+"
                               rf"(?:ont|viennent{_SP}+de){_SP}+(?:\w+{_SP}+)?sign\w*\b[^.\n]{{0,160}}?{_CLS}"
                               # not a contract the sentence names after its own place ("… le contrat local de santé de la
                               # Duchère": that quartier's, which the Ville de Lyon signs)
                               rf"(?!{_SP}+(?:de|du|des|d['’]){_SP}*(?:la{_SP}+|l['’])?(?-i:[A-ZÉÈÎ]))", re.I)
# ("Ville de Massy : 1er contrat, signé en mars 2025", a table cell; not "Lyon : le contrat de ville")
_DASH_CONTRACT = re.compile(r"[^\S\n]*[—–:][^\S\n]*(?:(?:un|le|son|leur)[^\S\n]+)?(?:(?:premier|première|deuxième|second|"
                            r"troisième|quatrième|nouveau|nouvel|1er|1re|[2-9]e|[2-9]ème)[^\S\n]+)?(?:contrat|CLS)\b"
                            r"(?![^\S\n]+(?:de[^\S\n]+)?(?:ville|ruralité|territoire|relance|plan|local[^\S\n]+de[^\S\n]+sécurité)\b)",
                            re.I)
# "Communauté de communes de la Vallée du Gapeau | 83 | Coordination du contrat local de santé signé le 12/09/2025": the
# first cell of a table row whose other cells name a CLS (a funding decision's annex, a round-up table)
_ROW_CONTRACT = re.compile(rf"[^\S\n]*\|[^\n]*?{_CLS}", re.I)
_CLAUSE_START = re.compile(r"(?:^|[.!?:]\s+|,\s+|\n)(?:la|le|les|l['’])?\s*$", re.I)


# What may stand before a row's first cell: its number ("3 | Communauté de communes Rives de Saône | 21 | …").
_FIRST_CELL_BEFORE = re.compile(r"[^\S\n]*(?:\|[^\S\n]*)?(?:\d{1,3}[.)]?[^\S\n]*\|[^\S\n]*)?")
# A table's header whose first column lists territories ("Territoire | Signature | Période | Rang").
_PLACE_COLUMN = re.compile(r"[^\S\n]*(?:\|[^\S\n]*)?(?:N°[^\S\n]*\|[^\S\n]*)?(?:territoires?|collectivités?|EPCI|intercommunalités?|communes?|"
                           r"bénéficiaires?|porteurs?)[^\S\n]*\|", re.I)


# A fact sheet's label over its territory: "- Commanditaire : Communauté de communes de Haute Cornouaille", "Territoire :
# …", "Porteur : …", whose card then speaks of a CLS.
_PLACE_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:[-•*▪][^\S\n]*)?(?:commanditaire|territoire|collectivité|porteur|structure[^\S\n]+porteuse|"
                          r"maître[^\S\n]+d['’]ouvrage)[^\S\n]*:[^\S\n]*$", re.I)
_CARD_END = re.compile(r"\n[^\S\n]*\n(?![^\S\n]*[-•*▪])")  # a blank line before a line that is no item of the card


def _labelled_card(text: str, tm: TerritoryMention) -> bool:
    """The mention is the value of a fact sheet's territory label, and its card (up to a blank line before a paragraph
    or a heading) names a CLS."""
    if not _PLACE_LABEL.search(text, max(0, tm.start - 60), tm.start):
        return False
    end = _CARD_END.search(text, tm.end)
    return CLS_RX.search(text, tm.end, end.start() if end else min(len(text), tm.end + 800)) is not None


def _heads_a_cls_row(text: str, tm: TerritoryMention) -> bool:
    """The mention is a table row's first cell and a later cell of the row names a CLS (_ROW_CONTRACT), or the table
    lists territories under a CLS mention (a board's table of the contracts it signed)."""
    start = line_start(text, tm.start)
    if not _FIRST_CELL_BEFORE.fullmatch(text, start, tm.start) or "|" not in text[tm.end : line_end(text, tm.end)]:
        return False
    if _ROW_CONTRACT.match(text, tm.end) is not None:
        return True
    while start > 0 and "|" in text[line_start(text, start - 1) : start - 1]:
        start = line_start(text, start - 1)  # up to the table's first row, its header
    return _PLACE_COLUMN.match(text, start) is not None and CLS_RX.search(text, max(0, start - 400), start) is not None


# A sentence that opens on the contract: "Le contrat sera conclu entre Nîmes Métropole, l'ARS …".
_OPENS_ON_THE_CONTRACT = re.compile(r"\s*(?:le|ce)\s+(?:présent\s+|nouveau\s+|futur\s+)?contrat\b", re.I)
_FIRST_PARTY = re.compile(r"\b(?:sign[ée]e?s?|conclue?s?|paraphée?s?)\s+(?:\w+\s+){0,3}?entre\s+(?:la|le|l['’]|les)?\s*$", re.I)
CLS_RX = re.compile(_CLS, re.I)
# The publisher as the agent of a signing: "Il est signé par la communauté de communes, l'ARS …", "signature du
# premier contrat local de santé pour la période 2013-2016, par la communauté de communes".
# (not a host: "cette signature accueillie par la Ville", "une signature organisée par la Ville")
_SIGNED_BY = re.compile(r"\bsign\w{0,10}\b(?:(?!accueilli|organis|présid|orchestr|hébergé|animée?\b)[^.;\n]){0,100}?"
                        r"\bpar\s+(?:la|le|l['’])\s*$", re.I)
# The first of the parties a list of signatories gives: "Ont signé : la communauté de communes, l'ARS …".
_SIGNERS_FIRST = re.compile(r"(?:\bOnt\s+signé|\bSignataires?|\bLes\s+signataires(?:\s+sont)?)\s*:\s*(?:la|le|l['’])?\s*$", re.I)
# "Le Pays prépare son premier contrat local de santé, avec les communautés de communes du …": the partners after "avec",
# not the contract's owner.
_PARTNER_AFTER = re.compile(r"\b(?:avec|aux\s+côtés\s+d)", re.I)
# A place named as left out ("en dehors de Toulouse Métropole", "à l'exception de la ville-centre").
_OUTSIDE_BEFORE = re.compile(r"\b(?:en\s+dehors|hors|à\s+l['’]exception)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])$", re.I)
_POSSESSIVE = re.compile(rf"\bson{_SP}+(?:propre{_SP}+|(?:tout{_SP}+)?premier{_SP}+|nouveau{_SP}+|deuxième{_SP}+|troisième{_SP}+)?{_CLS}", re.I)
# A headline's kicker ("Sud Gironde : la Communauté de communes du Réolais en Sud Gironde signe son premier CLS"): the
# area the news is filed under; the one that has "son" contract is the subject after the colon.
_TOPIC_COLON = re.compile(rf"{_SP}*:{_SP}+(?:la|le|les|l['’])?{_SP}*(?-i:[A-ZÉÈÎ])", re.I)
# "La Ville de Grenoble, qui dispose de son propre contrat local de santé, a été associée au bilan": an aside on a
# place's other contract, on a page about another one.
_OWN_ASIDE = re.compile(rf",{_SP}*qui{_SP}+(?:dispose|disposait|a|avait|possède|possédait|conduit|mène|porte){_SP}+(?:déjà{_SP}+)?(?:de{_SP}+|d['’])?"
                        rf"(?:son|sa){_SP}+propre\b"
                        # "La Ville de Douarnenez, qui accueillait la cérémonie, conduit par ailleurs son propre contrat"
                        rf"|\b(?:conduit|mène|porte|dispose|a){_SP}+(?:par{_SP}+ailleurs|en{_SP}+parallèle|de{_SP}+son{_SP}+côté)"
                        rf"{_SP}+(?:de{_SP}+|d['’])?(?:son|sa){_SP}+propre\b"
                        # "La communauté d'agglomération …, dont Sainte-Rose est membre et qui a signé son propre contrat
                        # local de santé en mars dernier, était représentée": its earlier one, an aside
                        rf"|\bqui{_SP}+(?:a|avait){_SP}+(?:déjà{_SP}+)?signé{_SP}+(?:son|sa){_SP}+propre\b", re.I)
# Words that start a capitalised run but are not places.
_NOT_PLACE = {
    "Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Ces", "Des", "Du", "De", "Il", "Elle", "Ils", "Elles", "Nous",
    "Contrat", "Contrats", "CLS", "ARS", "Santé", "Agence", "Communiqué", "Accueil", "Publié", "Photo", "Dans", "Pour",
    "Avec", "Au", "Aux", "En", "Sur", "Depuis", "Après", "Lors", "Selon", "Mise", "Qu", "Plus",
    # Institutional words that follow "quartiers (prioritaires) de la …" or "CLS du …" without being a place.
    "Politique", "Programme", "Plan", "Projet", "Dispositif", "Réseau", "Schéma",
    # Headings of council minutes, often in capitals ("CONSEIL MUNICIPAL", "SÉANCE DU 12 MARS").
    "Conseil", "Séance", "Compte", "Ordre", "Délibération", "Procès", "Extrait", "Registre",
    # Headings of contract documents that a flattened page runs into the name ("… Est-Béarn Préambule").
    "Préambule", "Sommaire", "Annexe", "Annexes", "Introduction", "Article", "Chapitre", "Titre", "Table",
    # Seasons and months of a publication's title ("Journal de l'Agglo du Printemps 2023").
    "Printemps", "Été", "Eté", "Automne", "Hiver", "Janvier", "Février", "Avril", "Juin", "Juillet", "Août",
    "Septembre", "Octobre", "Novembre", "Décembre",
}


def _before_heading_word(name: str) -> str:
    """'Est-Béarn Préambule Conformément' -> 'Est-Béarn': a name stops at a word that is no place, and at a page title's
    site suffix ('Plateau Caillou - Ville de Saint-Paul' -> 'Plateau Caillou')."""
    name = _SITE_SUFFIX_IN_NAME.split(name, maxsplit=1)[0]
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words) if i and w in _NOT_PLACE), len(words))
    # (not in an intercommunality's official name: "le contrat local de santé de Bourges Plus")
    if cut < len(words) and _exact_epci(whole := " ".join(words[: cut + 1])) is not None:
        return whole
    return " ".join(words[:cut])


_SITE_SUFFIX_IN_NAME = re.compile(r"(?<![^\S\n])[^\S\n]+[-–—|][^\S\n]+(?=(?:Ville|Mairie|Commune|Site|Portail)\b)")  # (linear on runs of blanks)


def reads_like_territory(name: str) -> bool:
    """An unlinked name that still names an area: 'Nord Dordogne', 'Est-Béarn', 'Îles du Ponant',
    'Pôle métropolitain Nord Franche-Comté' (rules/territory.yml: place_heads), or one holding a
    département or region name."""
    gaz = get_gazetteer()
    if gaz.departement(name) or gaz.region(name) or re.search(r"\bFrance$", name):
        return False  # "Hautes-Alpes", "Basse-Normandie": a whole département or region is not read here
    parts = re.split(r"[\s\-]", name, maxsplit=1)
    if parts[0] in _place_heads() and len(parts) == 2:  # "Ouest" alone ("pour l'Ouest guyanais") is a direction
        # (not a body's department: "Pôle Services à la population", "Pôle Solidarités")
        return parts[1].split()[0] not in _department_words()
    words = re.split(r"[\s]+", name)
    return any(gaz.departement(w) or gaz.region(w) for w in words[1:] if len(w) >= 4)


def _called_a_territory(text: str, name: str) -> bool:
    """The page itself calls the name an area: "Contrat Local de Santé Saintonge Romane", then "sur le territoire
    de la Saintonge Romane" (several words, so that a single capitalised word is not taken for one)."""
    if len(name.split()) < 2:
        return False
    return re.search(rf"\b(?:territoire|bassin\s+de\s+vie){_SP}+(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]){_SP}*"
                     rf"{re.escape(name)}\b", text, re.I) is not None


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    return frozenset(rules.load("territory")["place_heads"])


@lru_cache(maxsize=1)
def _department_words() -> frozenset[str]:
    return frozenset(rules.load("territory")["department_words"])


@lru_cache(maxsize=1)
def _cls_of_lower() -> re.Pattern[str]:
    """A CLS 'de la' an area written without capitals: a landscape or compass head of rules/territory.yml,
    then an adjective ("plaine orientale", "Est mosellan") and/or a named complement ("vallée de la Roya",
    "îles bretonnes du Ponant")."""
    heads = "|".join(sorted((re.escape(h.lower()) for h in _place_heads() if h not in _GENERIC_HEADS), key=len, reverse=True))
    adj = r"(?-i:[a-zà-ÿ][a-zà-ÿ'’\-]{1,26}(?:ais|ois|ien|in|al|aux|el|ique|ain|an|é|eux|euse|ard|on)(?:e|es|s|ne|nes|le|les)?)\b"
    complement = (rf"(?:du|de{_SP}+la|de{_SP}+l['’]|des|de|d['’]){_SP}*"
                  rf"(?-i:(?!(?:Département|France|Région)\b){NAME_WORD}(?:{_SP}+{NAME_WORD})*)")
    return lead(re.compile(
        rf"{_CLS}{_SP}+(?:de{_SP}+la|de{_SP}+l['’]|du|des){_SP}*"
        rf"(?P<target>(?:{heads})(?:{_SP}+{adj}{_SP}+{complement}|{_SP}+{adj}|{_SP}+{complement}))",
        re.I))


# A CLS of a name written wholly in lower case, up to the end of its phrase (see find_mentions).
_CLS_OF_LOWER_NAME = lead(re.compile(
    rf"{_CLS}{_SP}+(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]){_SP}*"
    rf"(?P<target>(?-i:[a-zà-ÿ][a-zà-ÿ'’\-]{{2,25}}(?:{_SP}[a-zà-ÿ][a-zà-ÿ'’\-]{{1,25}}){{0,3}}))"
    rf"(?={_SP}*(?:[,.:;()\n]|(?-i:[A-Z])|\d|$))",
    re.I))
# Heads that name a kind of area, not one area ("le CLS de la ville", "du territoire", "de la communauté").
_GENERIC_HEADS = {"Ville", "Quartier", "Territoire", "Communauté", "Pays", "Parc", "Pôle", "Centre", "Cœur", "Terres",
                  "Portes", "Côte", "Littoral"}


_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,7})\s*\($")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7})\)")


def _defined_acronyms(text: str, orgs: list[OrgMention]) -> dict[str, OrgMention]:
    """Acronyms the page defines for a territorial organisation: 'CCPL (communauté de communes du Pays
    loudunais)' or 'Communauté de communes du Pays loudunais (CCPL)'."""
    out: dict[str, OrgMention] = {}
    for o in orgs:
        if o.org_type not in _KIND_OF_ORG or not o.complement:
            continue
        if (b := _ACRONYM_BEFORE.search(text, max(0, o.start - 12), o.start)) is not None:
            out.setdefault(b.group(1), o)
        if (a := _ACRONYM_AFTER.match(text, o.end)) is not None:
            out.setdefault(a.group(1), o)
    return out


_HEAD_ARTICLE = re.compile(r"(?:Le|La|Les|LE|LA|LES)[^\S\n]+(?=\S)")


def _without_head_article(run: re.Match, text: str) -> re.Match | None:
    """A run that names a place, or the run after the article capitalised at the head of a sentence ("Le Grand Nancy a
    signé …": "Grand Nancy"); None for a run that names none ("Programme …", "CONSEIL …")."""
    if not _not_place(run.group()):
        return run
    if (article := _HEAD_ARTICLE.match(run.group())) is None:
        return None
    # (a name of several words: "La CINOR", "La CADEMA" are the acronyms the page spells out elsewhere)
    rest = _TITLE_NAME.match(text, run.start() + article.end())
    return rest if rest is not None and " " in rest.group() and not _not_place(rest.group()) else None


def _not_place(name: str) -> bool:
    """The first word is not a place ('Le', 'Programme', 'CONSEIL'), whatever its case."""
    words = name.split()
    return not words or words[0] in _NOT_PLACE or words[0].capitalize() in _NOT_PLACE
_KIND_OF_ORG = {"commune": "commune", "epci": "epci", "pays_petr": "pays_petr"}
# A CLS at the scale of a whole département ("contrat local de santé départemental"): the Département
# is then the territory, not merely a co-signatory.
_DEPT_SCALE = lead(re.compile(
    rf"{_CLS}{_SP}+départemental|(?:l'ensemble|la{_SP}+totalité|tout){_SP}+(?:du|de{_SP}+son){_SP}+"
    rf"(?:département|territoire{_SP}+départemental)|à{_SP}+l'échelle{_SP}+(?:d'un|du|de{_SP}+tout{_SP}+le){_SP}+département"
    rf"|\bdépartement\b[^.\n]{{0,80}}?{_CLS}[^.\n]{{0,60}}?(?:l'ensemble|tout{_SP}+son|la{_SP}+totalité)",
    re.I,
))

_FOR_A_QUARTIER = lead(re.compile(
    # ("un contrat local de santé taillé pour un seul quartier")
    rf"{_CLS}[^.\n]{{0,60}}?\b(?:consacré|dédié|propre|réservé|taillé|pensé|conçu)e?{_SP}+(?:au|à{_SP}+(?:un|ce)|pour{_SP}+(?:le|un|ce))"
    rf"{_SP}+(?:seul{_SP}+)?quartier(?:{_SP}+prioritaire)?\b"
    # ("… consacré à ce quartier prioritaire de l'est nantais": where it lies in its town, not its name)
    rf"(?:{_SP}+(?:de{_SP}+l['’](?:est|ouest)|du{_SP}+(?:nord|sud|centre))(?:{_SP}+[a-zà-ÿ]+)?"
    rf"|{_SP}+[a-zà-ÿ]+(?:ais|ois|ien|in|ain))?(?!{_SP}+\w)"  # ("… consacré à un quartier toulonnais")
    # "Sainte-Musse : le quartier signe son propre contrat local de santé"
    rf"|\ble{_SP}+quartier{_SP}+(?:signe|a{_SP}+signé|se{_SP}+dote{_SP}+de|a|obtient|dispose{_SP}+de){_SP}+son{_SP}+propre{_SP}+{_CLS}"
    rf"|{_CLS}[^.\n]{{0,80}}?à{_SP}+l'échelle{_SP}+(?:d'un|du){_SP}+(?:seul{_SP}+)?quartier\b"
    rf"|{_CLS}{_SP}+(?:du|de{_SP}+ce|pour{_SP}+le){_SP}+quartier\b(?!{_SP}*\w)"  # "le tout premier contrat local de santé du quartier"
    rf"|{_CLS}{_SP}+de{_SP}+quartier\b",  # "le premier contrat local de santé de quartier de son histoire"
    re.I,
))
# "aux côtés des communes de Bonneuil-sur-Marne, Choisy-le-Roi, … et Valenton": every town of the list.
# "Sept CLS sont signés (notamment à Metz, Forbach, Thionville, Sarrebourg)": three names or more.
_TOWN_LIST = lead(re.compile(
    rf"\b(?:des|les|aux|ses){_SP}+(?:communes|villes){_SP}+(?:de{_SP}+|d')?(?P<list>(?-i:{NAME})"
    rf"(?:{_SP}*,{_SP}*(?:de{_SP}+|d')?(?-i:{NAME}))*{_SP}*,?{_SP}+et{_SP}+(?:de{_SP}+|d')?(?-i:{NAME}))"
    rf"|\bnotamment{_SP}+(?:à|de|d'){_SP}*(?P<list2>(?-i:{NAME})(?:{_SP}*,{_SP}*(?:à{_SP}+)?(?-i:{NAME})){{2,}}"
    rf"(?:{_SP}*,?{_SP}+et{_SP}+(?:à{_SP}+)?(?-i:{NAME}))?)",
    re.I,
))
_BULLET = r"(?:[-•*–·▪]|\d{1,2}[.)])"  # a list item's mark: a bullet or "1." / "2)"
# "Voici les contrats locaux de santé en cours :" then one territory per bullet ("• Nord Landes (40)").
_LISTED = re.compile(
    rf"^(?:[^\n]*(?:contrats{_SP}+locaux{_SP}+de{_SP}+sant[ée]|\b(?:les|des|ces|\d+){_SP}+(?:\w+{_SP}+)?CLS\b)[^\n]*:"
    rf"|{_SP}*(?:contrats{_SP}+locaux{_SP}+de{_SP}+sant[ée]|(?-i:CLS)){_SP}+[^\n.:!?]{{0,60}})"
    rf"{_SP}*\n(?:{_SP}*\n)*(?P<items>(?:{_SP}*(?:{_BULLET}{_SP}*)+[^\n]+\n?(?:{_SP}*\n)*)+)",
    re.M | re.I,
)
# "7 villes ont signé des CLS … à la délégation de l'ARS : Bonneuil-sur-Marne, Choisy-le-Roi, … et Valenton.":
# a sentence about contracts (plural, or "un CLS" of several towns) that lists its towns inline after a colon.
_INLINE_LIST = re.compile(
    rf"(?:^|(?<=[.!?]{_SP}))(?P<head>[^.!?\n:]*\b(?P<towns>villes|communes|collectivités|territoires|intercommunalités){_SP}[^.!?\n:]*:)"
    rf"{_SP}*(?P<items>(?-i:{NAME})(?:{_SP}*,{_SP}*(?-i:{NAME}))+{_SP}*,?{_SP}+et{_SP}+(?-i:{NAME})){_SP}*(?=[.;\n]|$)",
    re.I | re.M,
)
# The second area of a joint contract, after the first one ("… du Pays Horloger et du Syndicat Mixte du Pays du
# Haut Doubs", "… de la CC de l'Ernée et de la CC du Bocage Mayennais").
_JOINT_HEADS = r"(?:Pays|PETR|Communauté|Pôle)\b"
_JOINT = re.compile(
    rf"{_SP}+et{_SP}+(?:du|de{_SP}+la|de{_SP}+l['’]|des){_SP}*(?:[Ss]yndicat{_SP}+[Mm]ixte{_SP}+(?:du|de{_SP}+la|des){_SP}+)?"
    rf"(?P<second>(?-i:{_JOINT_HEADS}){_SP}*(?:(?:de{_SP}+la|de{_SP}+l['’]|du|des|de|d['’]){_SP}*)?(?-i:{NAME}))")
_BULLET_START = re.compile(rf"(?<![^\S\n]){_SP}*{_BULLET}")
_COUNTED_ACRONYM = lead(re.compile(r"(?<![\w-])[2-5][A-Z]{2,6}\b"))
_LIST_ITEM = re.compile(rf"^{_SP}*(?:{_BULLET}{_SP}*)+(?P<name>[^\n(;:]{{2,90}}?)(?:{_SP}*\((?P<dept>\d[\dAB]|\d{{3}})\))?{_SP}*[;,.]?{_SP}*$", re.M | re.I)
# A town that is the subject of its CLS ("Cayenne renouvellera son CLS le 15 décembre").
# "Le CLS a été signé, à Meaux, lundi 9 décembre, entre la Ville et l'ARS": the town signs at home.
_TOWN_SIGNS_AT_HOME = re.compile(
    rf"\bsign[ée]e?s?{_SP}*,?{_SP}*à{_SP}+(?P<name>(?>(?-i:{NAME})))[^.\n]{{0,80}}?\bentre{_SP}+la{_SP}+"
    rf"(?:[Vv]ille|[Cc]ommune|[Mm]unicipalité)\b")
# "Champigny-sur-Marne, Vitry-sur-Seine, Alfortville et Villejuif ont signé hier leur second contrat local de
# santé": places coordinated as the subject of a signing, each its own contract (the last one found first).
_CLS_THAT = re.compile(rf"{_CLS}[^.\n]{{0,60}}?\bque{_SP}+(?:(?:la|le|les){_SP}+|l['’])?(?:[\w'’-]+{_SP}+){{0,2}}$", re.I)
_HAS_SIGNED = re.compile(rf"{_SP}{{0,3}}(?:a|ont){_SP}{{1,3}}(?:signé|conclu|paraphé|renouvelé)\b", re.I)
_LAST_OF_LIST = re.compile(rf"(?<=\s)et{_SP}+(?P<name>(?>(?-i:{NAME})))(?=\s)")
_LIST_NAME = re.compile(rf"(?-i:{NAME})")
# Places a sentence gives the same predicate by ellipsis: "Cayenne renouvellera son CLS le 15 décembre, avant Macouria et
# Matoury début 2026", "Après Mamoudzou l'année dernière, Mtsamboro a signé récemment son Contrat local de santé".
_ELLIPTIC = re.compile(rf"\b(?:[Aa]vant|[Aa]près|puis|suivie?s?{_SP}+(?:de|par))(?:{_SP}+(?:celui|celle|ceux){_SP}+(?:de|d['’]))?{_SP}+"
                       rf"(?P<names>(?-i:{NAME})(?:(?:{_SP}*,{_SP}*|{_SP}+et{_SP}+)(?-i:{NAME}))*)")
# A sentence fronted by its town ("À Acoua, la signature du contrat local de santé entre la commune, l'ARS et la préfecture
# est reportée"; "À Alfortville, le contrat signé mise sur la prévention"): that town's contract.
_AT_TOWN_CLS = re.compile(rf"(?:^|(?<=[.!?:]\s)|(?<=\n))À{_SP}+(?P<name>(?>(?-i:{SHORT_NAME}))){_SP}*,(?=[^.\n]{{0,60}}?{_CLS})",
                          re.M | re.I)
# A person's former job ("Ancienne coordinatrice du", "ex-animateur du"): a line of a CV, no contract of the page.
_FORMER_JOB = re.compile(r"\b(?:ancien(?:ne)?|ex-?)\s*(?:coordinat(?:rice|eur)|animat(?:rice|eur)|chargée?\s+de\s+mission|"
                         r"pilote|référente?)\s+(?:du|de\s+l['’])\s*$", re.I)
_SEAT_APPOSED = re.compile(rf"{_SP}*,{_SP}*(?:siège|chef-lieu|ville-centre|ville{_SP}+centre){_SP}+(?:de|du|des|d['’])", re.I)
# (or the subject of a clause after "que": "Elle a rappelé que Saint-Julien-de-Concelles a signé son premier contrat")
_BARE_SUBJECT = re.compile(rf"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=,\s)|(?<=\bque\s)|(?<=\bqu['’]))(?P<name>(?>(?-i:{NAME})))(?=\s)", re.M)
_DEPT_WHOLE = lead(re.compile(
    rf"\b(?:l'ensemble|la{_SP}+totalité){_SP}+(?:de{_SP}+la|de{_SP}+l'|du|des|de){_SP}*(?P<name>(?-i:{NAME}))"
    rf"|\btoute?{_SP}+(?:la|le|l'){_SP}*(?P<name2>(?-i:{NAME}))",
    re.I,
))


@dataclass
class TerritoryMention:
    start: int
    end: int
    text: str
    name: str  # as written, without the "Ville de" prefix
    kind: str | None  # hint from the phrasing
    strength: float
    anchor: bool  # tied to a CLS mention: may open a contract of its own
    link: object | None = None  # LinkResult
    needs_link: bool = False  # dropped unless the gazetteer knows it
    alternatives: list = field(default_factory=list)  # other readings of a demonym (Dionysiens: 93 or 974)
    source: str = ""  # the phrasing that found it (cls_of, org, quartier, demonym, title, publisher...): a feature
    cues: set[str] = field(default_factory=set)  # why it anchors or gained strength (subject, possessive, near_cls)
    area: bool = False  # written with a plural article ("pour les Combrailles"): an area, not a town of that name


@dataclass
class TerritoryGroup:
    key: str
    mentions: list[TerritoryMention] = field(default_factory=list)
    score: float = 0.0

    @property
    def best(self) -> TerritoryMention:
        linked = [m for m in self.mentions if m.link is not None]
        pool = linked or self.mentions
        return max(pool, key=lambda m: (m.anchor, m.strength, len(m.name)))


def _fold(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(s)).strip()


_STOP = {"ville", "de", "du", "des", "la", "le", "les", "l", "d", "commune", "communaute", "communes", "agglomeration",
         "pays", "petr", "territoire", "cc", "ca", "cu", "metropole", "et", "en", "sur", "syndicat", "mixte", "bassin",
         "quartier", "quartiers", "prioritaire", "prioritaires", "agglo"}


@lru_cache(maxsize=4096)  # asked ~9 times per distinct name while contracts are chosen and built
def name_key(name: str) -> str:
    """Key of a territory name without its kind words: 'Pays de Chaumont' and 'Chaumont' share it."""
    # "Pôle d'équilibre territorial et rural du Pays de X" is the PETR of X
    return " ".join(t for t in _PETR_LONG.sub("petr", _fold(name)).split() if t not in _STOP)


_PETR_LONG = re.compile(r"\bp[oô]les? d equilibre territoria(?:l|ux) et rura(?:l|ux)\b")


def geo_context(text: str, orgs: list[OrgMention]) -> GeoContext:
    """Départements and regions named in the document: they decide between homonyms."""
    gaz = get_gazetteer()
    deps: set[str] = set()
    regions: set[str] = set()
    for o in orgs:
        if o.complement and o.org_type in ("ars",):
            r = gaz.region(bare_place(o.complement))
            if r:
                regions.add(r)
        if o.complement and o.org_type in ("prefecture", "departement", "cpam", "caf", "sous_prefecture"):
            d = gaz.departement(bare_place(o.complement))
            if d:
                deps.add(d[0])
                regions.add(d[2])
    postal = set(re.findall(r"\b(\d{5})\s+[A-ZÉ]", text))
    return GeoContext(departements=deps, regions=regions, postal_codes=postal)


def _strip_kind(name: str) -> str:
    """'Ville du Lamentin' -> 'Le Lamentin' (not Lamentin in Guadeloupe), 'Ville de Laon' -> 'Laon'."""
    m = re.match(r"(?:la\s+|le\s+)?(?:ville|commune|mairie|municipalité|conseil\s+municipal)\s+(du\b|des\b|de\s+la\b|de\s+l['’]|de\b|d['’])\s*", name, flags=re.IGNORECASE)
    if not m:
        return name.strip()
    article = {"du": "Le ", "des": "Les ", "de la": "La ", "de l'": "L'", "de l’": "L'"}.get(" ".join(m[1].lower().split()), "")
    return (article + name[m.end():]).strip()


# "Maripasoula et Papaïchton s'engagent vers un contrat local de santé", "les communes de Grigny et de
# Viry-Châtillon ont signé un CLS": two towns that together own one contract.
# (The first town's name is bounded: a long run of capitalised words is not read again from each of its words.)
_JOINT_TOWNS = re.compile(rf"(?<![\w'’\-])(?P<a>(?>(?-i:{SHORT_NAME}))){_SP}+et{_SP}+(?:de{_SP}+)?(?P<b>(?>(?-i:{NAME})))(?=\s)")
# "… ont signé leur second contrat", "chacune son contrat": one contract each.
_EACH = re.compile(r"\b(?:leurs?|chacune?|respecti(?:f|fs|ve|ves))\b", re.I)


# A quartier the page says has no contract of its own (its sentence or the next): the actions there belong to the
# wider contract ("Ils ne font pas l'objet d'un contrat à part : le CLS couvre tout le territoire").
_NO_OWN_CONTRACT = re.compile(r"\bne\s+(?:fait|font)\s+pas\s+l['’]objet\s+d['’]un\s+(?:contrat|CLS)|"
                              r"\bpas\s+de\s+(?:contrat|CLS)\s+(?:à\s+part|propre|spécifique)", re.I)


# A bulleted row of a list of contracts: the territory first, then what became of its contract ("- Communauté de
# communes de Lacq-Orthez — signé le 5 octobre 2022 — 1re génération", "- CC du Béarn des Gaves — en préparation").
_ROW_START = re.compile(r"(?:^|\n)[^\S\n]*[-•▪◦●–*][^\S\n]*(?:la[^\S\n]+|le[^\S\n]+|l['’])?$", re.I)
_ROW_STATUS = re.compile(r"\b(?:sign[ée]|renouvel[ée]|paraph[ée]|en\s+(?:cours|préparation|élaboration)|génération|"
                         r"CLS\s+(?:de\s+)?\d)", re.I)


def _contract_rows(text: str, mentions: list[TerritoryMention]) -> None:
    """Each territory that opens a bulleted row saying what became of its contract anchors a contract of its own."""
    for tm in mentions:
        if tm.anchor or tm.kind not in ("commune", "epci", "pays_petr", "other"):
            continue
        if not _ROW_START.search(text, max(0, tm.start - 12), tm.start):
            continue
        if _ROW_STATUS.search(text, tm.end, line_end(text, tm.end)):
            tm.anchor = True
            tm.strength += 3
            tm.cues.add("row")


_FIRST_CELL = re.compile(r"[^\S\n]*+(?:\|[^\S\n]*+)?(?:\d{1,3}[.)]?[^\S\n]*+\|[^\S\n]*+)?(?P<cell>[^|\n]*+)\|")


_CONTRACT_COLUMN = re.compile(r"(?i)\b(?:contrats?|CLS|signatures?|signataires?|période|durée|statut|état|avancement|"
                              r"génération|date)\b")


# A row of a table of contracts that says there is none ("Pas de CLS à ce jour", "pas de nouveau CLS en préparation").
NO_CONTRACT_ROW = re.compile(r"(?i)\b(?:pas|aucun)\s+(?:de\s+)?(?:nouveau\s+)?(?:CLS|contrat)\b")


# An empty cell: "—", "-", "néant", "sans objet".
_NONE_CELL = re.compile(r"(?i)[—–\-/]?|néant|aucun|non|sans\s+objet|n/a")


def cls_column(heads: list[str]) -> int | None:
    """The column a table's header gives the CLS, where exactly one of its cells names one."""
    found = [k for k, head in enumerate(heads) if CLS_RX.search(head)]
    return found[0] if len(found) == 1 else None


def linked_as(name: str, kinds: tuple[str, ...], hint: str | None = None) -> LinkResult | None:
    """The one place of one of these kinds the gazetteer reads the name as, closely enough (a short name: "Matheysine",
    "Causse de Labastide-Murat"); ``hint``: the kind the text gives it."""
    res = get_gazetteer().link(name, kind=hint)
    return res if res is not None and res.type in kinds and res.score >= 0.85 and not res.ambiguous else None


def _place_column_rows(text: str, mentions: list[TerritoryMention]) -> None:
    """The first cell of each row of a table of territories under a CLS mention ("Territoire | Contrat | Signature" /
    "Mitry-Mory | 1er contrat (en cours d'élaboration) | …"), where it is exactly one place: a contract's territory,
    whether or not the row's other cells name a CLS; a row that says there is none ("… | pas de nouveau CLS en
    préparation") opens none."""
    if "|" not in text:
        return
    pos = 0
    while (head := _PLACE_COLUMN.search(text, pos)) is not None:
        pos = line_end(text, head.end()) + 1
        if head.start() != line_start(text, head.start()) or CLS_RX.search(text, 0, head.start()) is None \
                or not _CONTRACT_COLUMN.search(text, head.end(), line_end(text, head.end())):
            continue  # (a table of contracts, not "Commune | Structure | Professionnels" of the health centres)
        # (the CLS's own column, where the header gives one among others: "Intercommunalité | CRTE | Contrat local de
        # santé (CLS) | Dotations", whose "—" in a row says that territory has none)
        heads = [c.strip() for c in text[line_start(text, head.start()) : line_end(text, head.end())].split(" | ")]
        cls_at = cls_column(heads)
        while pos < len(text) and (row := _FIRST_CELL.match(text, pos)) is not None and row.end() <= line_end(text, pos):
            cell = row["cell"].rstrip()
            a, b = row.start("cell"), row.start("cell") + len(cell)
            cells = [c.strip() for c in text[pos : line_end(text, pos)].split(" | ")]
            denied = NO_CONTRACT_ROW.search(text, row.end(), line_end(text, pos)) is not None or (
                cls_at is not None and 0 < cls_at < len(cells) == len(heads) and _NONE_CELL.fullmatch(cells[cls_at]))
            within = [tm for tm in mentions if a <= tm.start < b]
            for tm in within:
                if denied:
                    tm.anchor, tm.strength = False, min(tm.strength, 1)
                    tm.cues.add("no_contract")
                elif tm.kind in ("commune", "epci", "pays_petr", "other", None):
                    tm.anchor, tm.strength = True, max(tm.strength, 5)
                    tm.cues.add("row")
            if cell and not within and not denied and (res := _exact_place(cell, homonyms=True) or linked_as(cell, ("epci", "pays_petr"))) is not None:
                # (a short intercommunality's or Pays's name too: "Le Grésivaudan", "Matheysine")
                mentions.append(TerritoryMention(a, b, cell, cell, res.type, 5, True, None if res.ambiguous else res,
                                                 needs_link=res.ambiguous, source="row", cues={"row"}))
            pos = line_end(text, pos) + 1


def _joint_towns(text: str, mentions: list[TerritoryMention]) -> None:
    """Two towns, the coordinated subject of one signing or engagement, open one joint contract (type other,
    as an annotated joint contract is), and neither opens its own."""
    for m in _JOINT_TOWNS.finditer(text):
        sub = _SUBJECT_SIGNS.match(text, m.end())
        if sub is None or _EACH.search(sub.group()) or re.search(r",\s*$", text[max(0, m.start() - 3) : m.start()]) \
                or _exact_town(m["a"]) is None or _exact_town(m["b"]) is None:
            continue  # not the last two of a longer list ("Champigny, Vitry, Villejuif et Alfortville signent")
        rest = text[m.end() : sentence_span(text, m.end(), m.end())[1]]
        if (own := _CLS_OF.search(rest)) is not None and name_key(own["target"]) not in {name_key(m["a"]), name_key(m["b"])}:
            continue  # "… et les communes de Bras-Panon et de Salazie ont signé le contrat local de santé consacré au
            # massif de Bélouve": the contract the sentence names is another place's, the towns its parties
        if any(tm.start <= m.start("a") and m.end("b") <= tm.end and tm.kind in ("epci", "pays_petr") for tm in mentions):
            continue  # the two towns an intercommunality's name holds ("communauté de communes de Gevrey-Chambertin et
            # de Nuits-Saint-Georges a renouvelé"): its subject, no joint contract
        keys = {name_key(m["a"]), name_key(m["b"])}
        for tm in mentions:
            if tm.kind in ("commune", None) and name_key(tm.name) in keys:
                tm.anchor, tm.strength = False, min(tm.strength, 2)
                tm.cues.discard("subject")
        name = f"{m['a']} et {m['b']}"
        if not any(tm.source == "joint" and tm.name == name for tm in mentions):
            mentions.append(TerritoryMention(m.start("a"), m.end("b"), m.group(), name, "other", 7, True, source="joint"))


# "… consacré à Fontbarlettes (photo ci-dessus). Conclu pour 2026-2028, il … concentre les moyens sur un quartier où …":
# the page calls the contract's unlisted place a quartier just after.
_A_QUARTIER_AFTER = re.compile(r"\b(?:un|ce|le|notre)\s+quartier\b(?!\s+(?:de|du|des)\b)", re.I)  # ("propre à notre quartier")


def _epci_read_longer(text: str, start: int, end: int) -> TerritoryMention | None:
    """text[start:end], a contract's target read further than its capitalised name, as the one intercommunality the
    gazetteer knows by it; None when it knows none."""
    longer = text[start:end]
    res = get_gazetteer().link(longer, kind="epci")
    if res is None and (bare := re.sub(r"\bet\s+(?:la|le|les|l['’])\s*", "et ", longer)) != longer:
        res = get_gazetteer().link(bare, kind="epci")  # "… et la Forêt Bessède": its official name has no article
    if res is not None and res.type == "epci" and not res.ambiguous and (
            res.score >= 0.95 or name_key(longer) == name_key(res.name)):
        return TerritoryMention(start, end, longer, res.name, "epci", 5, True, res, source="cls_of")
    return None


@lru_cache(maxsize=1)
def _joined_towns() -> re.Pattern[str]:
    """The communes whose official name joins two names by "et" ("Verneuil d'Avre et d'Iton", "Thue et Mue"), as written
    with straight or curly apostrophes and any blanks."""
    names = sorted({e.name for (kind, _), e in get_gazetteer().by_code.items() if kind == "commune" and " et " in e.name},
                   key=len, reverse=True)
    alt = "|".join(r"[^\S\n]+".join(re.escape(w).replace("'", "['’]") for w in n.split()) for n in names)
    return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])" if alt else r"(?!)")


def _exact_town(name: str) -> LinkResult | None:
    """The one commune the name is exactly, linked; None when it is none or several."""
    res = get_gazetteer().link(name, kind="commune")
    return res if res is not None and res.type == "commune" and res.score >= 0.95 and not res.ambiguous else None


def _exact_epci(name: str) -> LinkResult | None:
    """The one intercommunality whose official name, its kind's words aside, is exactly this name; None otherwise."""
    res = get_gazetteer().link(name, kind="epci")
    return res if res is not None and res.type == "epci" and not res.ambiguous and name_key(name) == name_key(res.name) \
        else None


_ELIDED = re.compile(r"\b(?P<prep>du|des|au|aux)\s+$", re.I)


def _with_elided_article(text: str, start: int, name: str) -> str:
    """"le contrat local de santé du Marin": the town whose name holds the article the preposition elides (Le Marin,
    Martinique), not Marin (Haute-Savoie), where the gazetteer has it."""
    m = _ELIDED.search(text, max(0, start - 5), start)
    if m is None or re.match(r"(?i)(?:le|la|les|l['’])\s", name):
        return name
    full = ("Le " if m["prep"].lower() in ("du", "au") else "Les ") + name
    return full if _exact_town(full) is not None else name


# "À propos de l'ARS Grand Est", "À propos de la Mutualité Française": a press release's boilerplate heading (not "À propos
# du contrat local de santé", the page's own subject)
_ABOUT = re.compile(r"^[^\S\n]*(?:À|A)[^\S\n]+propos[^\S\n]+(?:de[^\S\n]+la|de[^\S\n]+l['’]|du|des|de|d['’])[^\S\n]*"
                    r"(?!contrat|CLS\b|ce\s+contrat)[^\n]{1,70}$", re.I | re.M)
_ABOUT_END = re.compile(r"^[^\S\n]*(?:contacts?(?:[^\S\n]+presse)?|presse|(?:À|A)[^\S\n]+propos)\b", re.I | re.M)


def _about_sections(text: str) -> list[tuple[int, int]]:
    """The spans of "À propos de …" sections, each up to the next such heading, a press contact, or the end."""
    out: list[tuple[int, int]] = []
    for m in _ABOUT.finditer(text):
        end = _ABOUT_END.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


def _exact_place(name: str, homonyms: bool = False) -> LinkResult | None:
    """The one commune or EPCI the name is, linked with no context; None when it is neither, or several (with
    ``homonyms``, several communes of that very name are one place still to link with the page's context: "Sainte-Rose"
    of Guadeloupe and of La Réunion)."""
    res = get_gazetteer().link(name)
    if res is not None and res.ambiguous and homonyms and res.type == "commune" \
            and all(name_key(n) == name_key(name) for n, *_ in res.candidates):
        return res
    return res if res is not None and res.type in ("commune", "epci") and res.score >= 0.95 and not res.ambiguous else None


_ARTICLES = frozenset({"Le", "La", "Les", "LE", "LA", "LES"})
_TWO_NAMES = re.compile(r"(?!(?:Saint|Sainte|Grand|Grande|Haute?|Basse?|Val|Pays|Mont)\b)[A-ZÀ-Ý][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ'’]{2,})+")


_QUARTIER_CLS_AFTER = re.compile(r"(?<!\s)[^\S\n]++[a-zéèêàâûîô'’]++(?:[^\S\n]++(?:désormais|enfin|aussi))?[^\S\n]++(?:son|sa)"
                                 r"[^\S\n]++(?:(?:propre|futur|premier|nouveau)[^\S\n]++)?"
                                 r"(?:contrat[^\S\n]++local[^\S\n]++de[^\S\n]++santé|CLS)[^\S\n]++de[^\S\n]++quartier\b", re.I)


def _unlinked_area(name: str, any_name: bool = False) -> str | None:
    """"Le Val-d'Argent": an area (a place head of rules/territory.yml after its article) that the gazetteer does not
    know by that name; its name without the article. With ``any_name`` (a page about one quartier's own contract), any
    such name: "La Grâce de Dieu a son contrat local de santé de quartier"."""
    words = name.split(maxsplit=1)
    if len(words) != 2 or words[0] not in _ARTICLES:
        return None
    area = words[1]
    if not any_name and not reads_like_territory(area):
        return None
    known = [r for r in (get_gazetteer().link(area), get_gazetteer().link(name)) if r is not None and r.score >= 0.9]
    return None if known else area  # (a loose likeness, "CC du Val d'Argent" for "Val-d'Argent", is no name)


def _opens_like_a_place(name: str) -> bool:
    """A name that can be a place: not one of _NOT_PLACE's first words, unless it opens with an article a town's name may
    hold ("La Plaine-des-Palmistes a renouvelé son contrat", "Le Port a signé …": for the gazetteer to confirm)."""
    return not _not_place(name) or (name.split()[0] in _ARTICLES and len(name.split()) >= 2)


# A press headline's kicker ("Armentières : le pont rouvre, et la santé signe pour cinq ans") or a dateline
# ("LOUDUN. – …") at the head of a line: the town the story is about.
# (on a stripped line; a site's header too: "Saint-Jean-de-Braye – Site de la Ville", "Mazamet | Ville de Mazamet")
# ("Montauban-de-Bretagne. Le contrat local de santé … reporté": a regional daily's town and full stop before its headline)
_KICKER = re.compile(r"(?P<town>[A-ZÀ-Ý][^:.\n|–—]{1,48}?)[^\S\n]*(?::|\.[^\S\n]*[–—-]|[^\S\n][–—|][^\S\n]|\.(?=[^\S\n]+[A-ZÀ-Ý«]))"
                     r"[^\S\n]*\S")
KICKER_REACH = 1500


# Where a place lies, relative to a wider area named by a demonym adjective ("au sud de l'agglomération toulousaine",
# "aux portes de la métropole lilloise", "entre la métropole orléanaise et le Gâtinais", "dans la banlieue lyonnaise",
# "Mauléon, dans le Bocage bressuirais").
_LOCATED_BY = re.compile(r"(?i:\b(?:au|à\s+l['’])[^\S\n]+(?:nord|sud|est|ouest|c(?:œ|oe)ur)(?:-(?:est|ouest))?|\baux[^\S\n]+(?:portes|abords|confins)"
                         r"|\bprès|\bproche|\ben[^\S\n]+(?:périphérie|bordure|lisière)|\bdans|\bentre)[^\S\n]+(?:de[^\S\n]+l['’]|de[^\S\n]+la[^\S\n]+|du[^\S\n]+"
                         r"|l['’]|la[^\S\n]+|le[^\S\n]+)?(?:agglomération|métropole|banlieue|aire[^\S\n]+urbaine|couronne|périphérie|bassin)"
                         r"[^\S\n]+$"
                         # ("à Mauléon, dans le Bocage bressuirais, la commune prépare …": a named area the adjective
                         # completes)
                         r"|,[^\S\n]+dans[^\S\n]+(?:le|la|les|l['’])[^\S\n]*[A-ZÉÈ][\w'’-]{2,30}[^\S\n]+$")


def header_publisher(text: str) -> str | None:
    """The intercommunality or Pays whose name alone makes a page's first line ("COMMUNAUTÉ DE COMMUNES AUXONNE
    PONTAILLER VAL DE SAÔNE" over its council's minutes): the publisher its "la Communauté de communes" stands for."""
    lines = [line.strip() for line in text[:KICKER_REACH].splitlines() if line.strip()][:3]
    if (named := next((m for line in lines if (m := _PUBLICATION_NAME.match(line)) is not None), None)) is not None \
            and any(_OF_THE_COMMUNITY.search(line) for line in lines):
        # "L'OUST À BROCÉLIANDE MAG" / "Le magazine de la communauté de communes – N° 18": the publication bears the
        # community's name
        res = get_gazetteer().link(named["name"], kind="epci")
        if res is not None and res.type == "epci" and res.score >= 0.8 and not res.ambiguous:
            return res.name
    for k, line in enumerate(lines):
        # (or the masthead under a newsletter's name: "LA LETTRE DE LA PLAINE" / "Le journal de la Communauté de
        # communes de la Plaine du Nord Loiret")
        line = _MASTHEAD.sub("", line) if k else line
        if not 8 <= len(line) <= 100 or not _HEADER_KIND.match(line):
            continue
        if k and _HEADER_KIND.fullmatch(line):
            line = f"{line} {lines[k - 1]}"  # "GRAND MONTAUBAN" / "Communauté d'Agglomération": the name over its kind
        res = _site_territory(line)
        return res.name if res is not None and res.type in ("epci", "pays_petr") else None
    return None


# A publication's title made of its publisher's name and a publication word, and the line that says whose it is.
_PUBLICATION_NAME = re.compile(r"^(?P<name>[^\n]{3,60}?)[^\S\n]+(?:le[^\S\n]+)?(?:mag|magazine|infos?|actus?|journal)"
                               r"(?:$|[^\S\n]+(?:n°|[–—-]))", re.I)
_OF_THE_COMMUNITY = re.compile(r"(?i)\b(?:magazine|journal|lettre|bulletin)\b[^\n]{0,30}?\b(?:de\s+la\s+communaut[ée]\s+(?:de\s+communes|"
                               r"d['’]agglom[ée]ration)|de\s+l['’]agglom[ée]ration|de\s+l['’]intercommunalit[ée])\b")
_MASTHEAD = re.compile(r"^(?:le|la|l['’])\s*(?:journal|magazine|lettre(?:\s+d['’]information)?|bulletin)\s+"
                       r"(?:de\s+la|de\s+l['’]|du|des)\s*", re.I)


_HEADER_KIND = re.compile(r"(?i)(?:communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)|m[ée]tropole|p[ôo]le\s+d['’][ée]quilibre"
                          r"|petr|pays|syndicat\s+mixte)\b")


_AREA_ARTICLE = re.compile(r"\b(?:le|du|au|dans\s+le|pour\s+le|sur\s+le)\s+$", re.I)


def kicker_town(text: str) -> str | None:
    """The one town that the kickers and datelines of a page's head name, if exactly one: on a news page, the town
    that "la Ville" stands for when no town is named as an organisation."""
    towns = set()
    lines = [(raw, line) for raw in text[:KICKER_REACH].splitlines() if (line := raw.strip())]
    for k, (raw, line) in enumerate(lines):
        if 12 <= len(raw) <= 240 and (m := _KICKER.match(line)) is not None and len(m["town"].split()) <= 6 \
                and (res := _exact_town(m["town"])) is not None:
            towns.add(res.name)
        elif k + 1 < len(lines) and _KICKER_ALONE.fullmatch(line) and line != line.upper() \
                and _HEADLINE_AFTER.search(_headline_after(lines, k)) and (res := _exact_town(line)) is not None:
            # a daily's kicker on a line of its own: "Stiring-Wendel" over its headline (or over its date line:
            # "Montreuil-Juigné" / "Publié le 28/09/2026 à 06h15" / "Santé : la ville signe …")
            towns.add(res.name)
        elif k + 1 < len(lines) and line.isupper() and _CAPS_KICKER.fullmatch(line) \
                and _SENTENCE_HEADLINE.match(lines[k + 1][1]) and (res := _exact_town(line)) is not None:
            towns.add(res.name)  # a local page's town in capitals over its headline: "MIOS" / "Le forum santé a servi …"
    return towns.pop() if len(towns) == 1 else None


def _headline_after(lines: list[tuple[str, str]], k: int) -> str:
    """The line after a kicker, past a publication date line."""
    nxt = lines[k + 1][1]
    return lines[k + 2][1] if _DATE_LINE.match(nxt) and k + 2 < len(lines) else nxt


_DATE_LINE = re.compile(r"(?i)(?:publi[ée]e?|mis\s+en\s+ligne|mis\s+à\s+jour)\s+le\s+\d")


# A town written in capitals, one to five words ("MIOS", "SAINT-JEAN-DE-LUZ", "LE PORT"), and the sentence-case
# headline of four words or more that follows it.
_CAPS_KICKER = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,40}(?:[^\S\n][A-ZÀ-Ý'’-]{1,20}){0,4}")
# (a headline, not a paragraph's sentence: "AVRIL" / "Le 12, le nouveau skatepark est inauguré près du stade. Les jeunes
# …" is a month's entry in a year's review)
_SENTENCE_HEADLINE = re.compile(r"(?=[^\n]{20,160}$)(?![^\n]*[.!?](?:\s|$))[A-ZÀ-Ý«\"][^\n]*[a-zà-ÿ][^\n]*(?:[^\S\n]+\S+){3}")


def masthead_town(text: str, site: str | None, ctx: GeoContext | None = None) -> str | None:
    """The town a page's masthead names when the publisher is no town: the one town a site name holds ("Comité de
    jumelage Le Mans – Paderborn"; of homonyms, the one in the départements the page names, ``ctx``: "US Montdidier
    Football" over "la sous-préfète de Montdidier … la CPAM de la Somme"), or that the page's first lines write with its
    département ("Le blog du Dr X, médecin généraliste à Lavaur (Tarn)"). Its "la Ville", "notre ville" are that town."""
    for part in _SITE_SUFFIX.split(site or "")[:1]:
        words = list(_WORD.finditer(part))[:12]
        runs = ((a, b) for a in range(len(words)) for b in range(min(len(words), a + 6), a, -1))
        # (not an acronym: "US Montdidier Football" holds no town "Us")
        found = [res for a, b in runs if words[a].group()[0].isupper() and not words[a].group().isupper()
                 and (res := _town_in(part[words[a].start():words[b - 1].end()], ctx)) is not None]
        if ctx is not None and any(res.departement in ctx.departements for res in found):
            found = [res for res in found if res.departement in ctx.departements]
        towns = {res.name for res in found}
        longest = {t for t in towns if not any(t != u and t in u for u in towns)}
        if len(longest) == 1:
            return longest.pop()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:KICKER_REACH])][:5]
    found = {tm.name for a, b in lines[:3] if (tm := _town_with_its_departement(text, a, b)) is not None}
    # (or a letterhead's address: "8 rue Pasteur – 25130 Villers-le-Lac", the town of that postcode's département)
    found |= {res.name for a, b in lines if (m := _POSTAL_TOWN.search(text, a, b)) is not None
              and (res := _exact_town(m["town"])) is not None and res.departement == _dept_of_postcode(m["code"])}
    return found.pop() if len(found) == 1 else None


_POSTAL_TOWN = re.compile(r"(?<!\d)(?P<code>\d{5})[^\S\n]+(?P<town>[A-ZÉÈ][\w'’-]+(?:[^\S\n]+[\w'’-]+){0,3})[^\S\n]*$")


def _dept_of_postcode(code: str) -> str:
    """'25130': '25'; '97110': '971' (Corsica's '20…' matches neither '2A' nor '2B': no town read there)."""
    return code[:3] if code.startswith("97") else code[:2]


def _town_in(name: str, ctx: GeoContext | None) -> LinkResult | None:
    """The one commune the name is exactly; of homonyms, the one of the départements ``ctx`` holds, if one."""
    if (res := _exact_town(name)) is not None or ctx is None or not ctx.departements:
        return res
    res = get_gazetteer().link(name, kind="commune", context=ctx)
    return res if res is not None and res.type == "commune" and res.score >= 0.95 and res.departement in ctx.departements \
        else None


# A town's name alone on its line, as a daily prints its kicker ("Stiring-Wendel", "Saint-Pol-sur-Mer"): a capital, five
# letters at least, no sentence.
# (the headline under it: "Santé : la Ville signe son troisième contrat local de santé")
_HEADLINE_AFTER = re.compile(r"(?i)\S[^\S\n]*:[^\S\n]|\bla\s+(?:ville|commune)\b|\ble\s+maire\b")
_KICKER_ALONE = re.compile(r"[A-ZÀ-Ý][\w'’-]{4,40}(?:[^\S\n][\w'’-]{1,20}){0,3}")


def _named_as_companion(text: str, tm: TerritoryMention, cls_spans: list[tuple[int, int]], companion: re.Pattern[str]) -> bool:
    """The CLS mention just before the place is the object of "complète", "en complément de", "s'adosse à": the
    wider contract the page's own builds on."""
    before = [s for s, e in cls_spans if s < tm.start and tm.start - e <= 40 and not re.search(r"[.!?\n]", text[e : tm.start])]
    return bool(before) and companion.search(text, max(0, max(before) - 120), max(before)) is not None


def _signs_anothers(tm: TerritoryMention, mentions: list[TerritoryMention], cls_spans: list[tuple[int, int]],
                    sentence_end: int) -> bool:
    """A party that signs the contract of another place its sentence names right after the CLS ("…, la Ville de
    Besançon, Grand Besançon Métropole et la CPAM ont signé le contrat local de santé du quartier de Planoise"):
    a party of that contract, not a contract of its own."""
    key = name_key(tm.name)
    spans = [(s, e) for s, e in cls_spans if tm.end <= s < sentence_end]
    gaz = get_gazetteer()
    return any(m is not tm and m.anchor and m.source in ("cls_of", "quartier") and m.start < sentence_end
               # a place of its own scale, not "le premier CLS intercommunal de Guyane", "le 3ème CLS de la Vienne"
               and m.kind != "departement" and not gaz.region(m.name) and not gaz.departement(m.name)
               and any(e <= m.start <= e + 40 for s, e in spans)
               and name_key(m.name) != key and not named_within(m.name, tm.name) and not named_within(tm.name, m.name)
               for m in mentions)


def find_mentions(text: str, title: str | None, orgs: list[OrgMention], cls_spans: list[tuple[int, int]]) -> list[TerritoryMention]:
    mentions: list[TerritoryMention] = []
    for_quartier = _FOR_A_QUARTIER.search(text) is not None
    # "à l'échelle du département" said of the contract, not of a comparison ("plus marqués qu'à l'échelle du
    # département" in a PETR's diagnostic)
    dept_scale = any(cls_in_sentence(text, m.start(), m.end(), cls_spans) for m in _DEPT_SCALE.finditer(text))
    gaz = get_gazetteer()
    for m in _CLS_OF.finditer(text):
        if _FORMER_JOB.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Ancienne coordinatrice du contrat local de santé de Pordic (2021-2024), elle accompagne …": a CV
        target = _before_heading_word(m["target"])
        if re.match(r"(?i)contrats\b", m.group()) and gaz.departement(target):
            continue  # "les 27 contrats locaux de santé de Seine-Saint-Denis": the département's many, not its own
        if dept_scale and gaz.departement(target) and not gaz.region(target):
            # "la signature du contrat local de santé des Landes" on a page about a contract "à l'échelle de tout le
            # département": the département's own.
            mentions.append(TerritoryMention(m.start("target"), m.start("target") + len(target), target, target,
                                             "departement", 5, True, source="dept_scale"))
            continue
        if _not_place(target) and not re.match(r"(?:Pays|Ville|Communauté|Métropole|PETR|Syndicat)\b", target):
            continue
        t_end = m.start("target") + len(target)
        not_org = not any(o.start == m.start("target") for o in orgs)
        # "le contrat local de santé du Lodévois et Larzac": a name joined by "et" that the gazetteer knows whole as one
        # intercommunality (Communauté de communes Lodévois et Larzac), not the town its first word recalls
        if not_org and (more := _AND_MORE.match(text, t_end)) is not None \
                and (tm := _epci_read_longer(text, m.start("target"), more.end())) is not None:
            mentions.append(tm)
            continue
        # "le premier contrat local de santé de la Lomagne tarn-et-garonnaise": a name and its lower-case demonym
        # adjective (the genitive only: "un contrat local de santé pour l'Ouest guyanais" names an area, not the CC de
        # l'Ouest Guyanais)
        if not_org and (adj := _DEMONYM_ADJ.match(text, t_end)) is not None \
                and not re.search(r"(?i)\b(?:pour|sur)\b", text[m.start() : m.start("target")]) \
                and (tm := _epci_read_longer(text, m.start("target"), adj.end())) is not None:
            mentions.append(tm)
            continue
        # Re-read the target as an org when it is one ("Communauté de communes du Val d'Argent").
        org = next((o for o in orgs if o.start == m.start("target")), None)
        if org is not None and org.generic and org.org_type == "commune":
            continue  # "le CLS de la Ville": the town the page names, not a commune called Ville (Oise)
        first_end = org.end if org is not None else m.start("target") + len(target)
        if (org is None or org.org_type in _KIND_OF_ORG) and (joint := _JOINT.match(text, first_end)) is not None \
                and re.match(_JOINT_HEADS, target):
            # "Le CLS du Pays Horloger et du Syndicat Mixte du Pays du Haut Doubs": one contract of both areas.
            first = org.name if org is not None else target
            kind = "pays_petr" if first.startswith("Pays") and joint["second"].startswith("Pays") else "other"
            name = f"{first} et {joint['second']}"
            mentions.append(TerritoryMention(m.start("target"), joint.end(), text[m.start("target"):joint.end()], name,
                                             kind, 5.5, True, source="cls_of"))
            continue
        if org and org.org_type in _KIND_OF_ORG and org.complement:
            mentions.append(TerritoryMention(org.start, org.end, org.name, org.name, _KIND_OF_ORG[org.org_type], 5, True, source="cls_of"))
        elif org is None or org.org_type in _KIND_OF_ORG:
            # An unlinked target must at least read like a territory ("Bassin de Joinville").
            tm = TerritoryMention(m.start("target"), m.start("target") + len(target), target,
                                  _with_elided_article(text, m.start("target"), target), None, 5, True, source="cls_of")
            tm.area = _PLURAL_ARTICLE.search(text, max(0, tm.start - 6), tm.start) is not None
            # "CLS Seine-et-Tilles" and "le pôle d'équilibre territorial et rural Seine-et-Tilles": the page's own PETR.
            named = next((o for o in orgs if o.org_type in _KIND_OF_ORG and o.complement and o.start != m.start("target")
                          and bare_place(o.complement).strip() == target), None)
            if named is not None and named.org_type != "commune" and _exact_town(target) is not None and \
                    not re.match(r"\s+et\s+(?:la\s+|l['’])?$", text[m.start("target") + len(target) : named.start]):
                # "le CLS de Montélimar" beside "Montélimar Agglomération": a town's name is the town's, unless the
                # two are the contract's together ("le CLS de Limoges et Limoges Métropole": the intercommunality's)
                named = None
            if named is not None:
                tm.kind = _KIND_OF_ORG[named.org_type]
            tm.needs_link = not reads_like_territory(target) and not _called_a_territory(text, target) and named is None \
                and not m["area_head"]
            if tm.needs_link and (for_quartier or _A_QUARTIER_AFTER.search(text, m.end(), m.end() + 200)) \
                    and _exact_town(target) is None:
                # "le tout premier contrat local de santé du quartier … de la Duchère": a name no gazetteer lists,
                # on a page about a quartier's contract, is the quartier's.
                tm.kind, tm.needs_link = "quartier", False
            elif named is None and get_gazetteer().link(target) is None and _town_and_compass(target):
                tm.kind, tm.needs_link = "quartier", False  # "le contrat local de santé de Nantes Nord"
            mentions.append(tm)
    for m in _cls_of_lower().finditer(text):
        # "le contrat local de santé de la plaine orientale", "… des îles bretonnes du Ponant": an area in lower case.
        target = m["target"]
        name = target[0].upper() + target[1:]
        mentions.append(TerritoryMention(m.start("target"), m.end("target"), target, name, None, 5, True, source="cls_of"))
    for m in _CLS_OF_LOWER_NAME.finditer(text):
        # "contrat local de santé du grand nancy Période : 2013-2017" (a transcript's title in lower case): a name
        # the gazetteer knows exactly, not a common word ("du territoire", "de la ville").
        target = m["target"]
        if any(tm.start <= m.start("target") < tm.end for tm in mentions) or target.split()[0].capitalize() in _GENERIC_HEADS:
            continue
        res = gaz.link(target)
        if res is not None and res.type in ("commune", "epci", "pays_petr") and res.score >= 0.95 and not res.ambiguous:
            mentions.append(TerritoryMention(m.start("target"), m.end("target"), target, res.name, res.type, 5, True, res,
                                             source="cls_of"))
    for o in orgs:
        if o.org_type == "pays_petr" and gaz.region(o.name):
            continue  # "Pays de la Loire" is a region
        if o.org_type in _KIND_OF_ORG and o.complement:
            if _not_place(_ARTICLE_NAME.sub("", bare_place(o.complement))):
                continue  # "l'Agglo du Printemps 2023" (a magazine's issue), "Communauté du Programme …" (not the
                # article of a name: "Communauté de communes Les Bertranges")
            name = o.name if o.org_type != "commune" else _strip_kind(o.name)
            if o.org_type == "commune" and name == o.name.strip() and _not_place(name):
                continue  # "CONSEIL MUNICIPAL Effectif légal : 39" in the heading of minutes
            end = o.end
            # "CC du Romorantinais et du Monestois", "CC Ardenne, Rives de Meuse": a name joined by "et du" or ",".
            # "CC de Vitry, Champagne et Der": up to three joined parts, the longest the gazetteer knows.
            ends, pos = [], o.end
            while o.org_type == "epci" and len(ends) < 3 and (more := _AND_MORE.match(text, pos)):
                pos = more.end()
                ends.append(pos)
            for stop in reversed(ends):
                longer = o.name + text[o.end : stop]
                res = gaz.link(longer, kind="epci")
                if res is not None and res.type == "epci" and res.score >= 0.85:
                    name, end = longer, stop
                    break
            if (o.org_type in ("epci", "pays_petr") and not o.generic and o.head[:1].islower()
                    and CLS_GENITIVE.search(text, max(0, o.start - 90), o.start)):
                # "le nouveau contrat local de santé de la communauté d'agglomération Chauny-Tergnier-La Fère": the
                # contract's own territory, its head in lower case (the capitalised names are read above); still an
                # organisation that may sign through its officer ("… a été signé entre François Boussard, son président")
                mentions.append(TerritoryMention(o.start, end, text[o.start : end], name, _KIND_OF_ORG[o.org_type], 5, True,
                                                 source="org", cues={"cls_of"}))
                continue
            tm = TerritoryMention(o.start, end, text[o.start : end], name, _KIND_OF_ORG[o.org_type], 2, False, source="org")
            # "le Pays sabolien": a demonym adjective names a territory only where the gazetteer knows it
            tm.needs_link = o.complement.islower()
            if o.org_type == "commune" and at_venue(text, o):
                tm.cues.add("venue")  # "signé hier à la mairie d'Envermeu": the building where the parties sign
            mentions.append(tm)
        elif o.org_type == "other" and o.complement and _PARK.fullmatch(o.head) and not _not_place(bare_place(o.complement)):
            # A regional nature park carries some contracts ("Porté par le Parc naturel régional des Grands
            # Causses, ce contrat…"): a territory of its own, which no gazetteer lists.
            name = f"Parc naturel régional {' '.join(o.complement.split())}"
            mentions.append(TerritoryMention(o.start, o.end, text[o.start : o.end],
                                             name, "other", 2, False, source="org"))
    for m in _POLE.finditer(text):
        # "les 4 communautés de communes du Pôle Haute Lande Armagnac", "le Pôle métropolitain Nord Franche-Comté":
        # a grouping of intercommunalities that no gazetteer lists, a territory of its own.
        if _not_place(m["name"]) or m["name"].split()[0] in _POLE_NOT_PLACE:
            continue
        name = " ".join(m.group().split())
        mentions.append(TerritoryMention(m.start(), m.end(), m.group(), name, "other", 2, False, source="org"))
    for o in orgs:
        if o.org_type == "departement" and o.complement and dept_scale:
            mentions.append(TerritoryMention(o.start, o.end, o.name, bare_place(o.complement), "departement", 4, True, source="dept_scale"))
    for m in _DEPT_WHOLE.finditer(text):
        # "un contrat local de santé couvrant l'ensemble de la Haute-Saône", "… pour toute la Lozère"
        name = m["name"] or m["name2"]
        tied = any(0 <= m.start() - e <= 60 and not re.search(r"[.\n]", text[e : m.start()]) for _, e in cls_spans)
        if tied and gaz.departement(name):
            a, b = m.span("name") if m["name"] else m.span("name2")
            mentions.append(TerritoryMention(a, b, name, name, "departement", 4, True, source="dept_whole"))
    for lst in _LISTED.finditer(text):
        for item in _LIST_ITEM.finditer(text, lst.start("items"), lst.end("items")):
            name = item["name"]
            org = next((o for o in orgs if o.start <= item.start("name") < o.end), None)
            if org is not None and org.org_type not in _KIND_OF_ORG:
                continue  # "- Préfecture des Côtes d'Armor": a list of partners, not of contracts
            if org is None and (not re.fullmatch(NAME, name) or _not_place(name) or len(name.split()) > 8):
                continue  # a name, or a territorial organisation ("Communauté de communes Aunis Atlantique")
            probe = f"{name} ({item['dept']})" if item["dept"] else name
            res = gaz.link(probe)
            tm = TerritoryMention(item.start("name"), item.end("name"), name, name, None, 5, True, source="listed")
            if res is not None and res.type in ("commune", "epci", "pays_petr") and res.score >= 0.8:
                tm.link = res
            else:
                tm.needs_link = not reads_like_territory(name) and len(name.split()) < 2
            mentions.append(tm)
    for lst in _INLINE_LIST.finditer(text):
        said = text[lst.start("towns") : lst.end("head")]  # what the towns do: "… villes ont signé des CLS :"
        if not CLS_RX.search(lst["head"]) or not status.extract_status(said, False)[1]:
            continue  # "huit autres villes disposent d'un CLS : …": a list without a status is said in passing
        for item in re.finditer(rf"(?-i:{NAME})", lst["items"]):
            a = lst.start("items") + item.start()
            if any(o.start <= a < o.end for o in orgs) or _not_place(item.group()):
                continue
            res = gaz.link(item.group())
            if res is not None and res.type in ("commune", "epci") and res.score >= 0.8:
                mentions.append(TerritoryMention(a, a + len(item.group()), item.group(), item.group(), res.type, 5, True,
                                                 res, source="listed"))
    for m in _COUNTED_ACRONYM.finditer(text):
        # "le CLS de la 4CPS": an EPCI acronym written with a count, which capitalised-name patterns do not read
        res = gaz.link(m.group(), kind="epci")
        if res is not None and res.score >= 0.8:
            tied = any(0 <= m.start() - e <= 40 and not re.search(r"[.\n]", text[e : m.start()]) for _, e in cls_spans)
            mentions.append(TerritoryMention(m.start(), m.end(), m.group(), res.name, "epci", 5 if tied else 3, tied, res,
                                             source="acronym"))
    for m in _joined_towns().finditer(text):
        # "Verneuil d'Avre et d'Iton dispose désormais de son propre contrat": a town whose official name joins two by
        # "et", which no capitalised reading covers (it stops at "Verneuil d'Avre")
        if (res := _exact_town(m.group())) is None or any(tm.start <= m.start() and m.end() <= tm.end for tm in mentions):
            continue
        signs = _SUBJECT_SIGNS.match(text, m.end()) is not None
        mentions.append(TerritoryMention(m.start(), m.end(), m.group(), res.name, "commune", 4 if signs else 2, signs, res,
                                         source="subject" if signs else "org"))
    quartier_page = re.search(r"\bquartiers?\b", text, re.I) is not None
    for m in _BARE_SUBJECT.finditer(text):
        if not _SUBJECT_SIGNS.match(text, m.end()) or any(o.start < m.end() and m.start() < o.end for o in orgs):
            continue  # (named as an organisation: read above, "La Ville du Lamentin")
        if quartier_page and _QUARTIER_CLS_AFTER.match(text, m.end()) and _exact_place(m["name"]) is None \
                and not _not_place(m["name"]):
            # "Cavani prépare son contrat local de santé de quartier": a name no gazetteer knows, whose own contract the
            # sentence calls a quartier's
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], m["name"], "quartier", 4.5, True,
                                             source="quartier"))
            continue
        if quartier_page and (area := _unlinked_area(m["name"], for_quartier)) is not None:
            # "Le Val-d'Argent a désormais son propre contrat local de santé", on a page about a quartier: an area no
            # town or intercommunality is called, the quartier's
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], area, "quartier", 4.5, True,
                                             source="quartier"))
            continue
        if _opens_like_a_place(m["name"]) and (res := _exact_place(m["name"], homonyms=True)) is not None:
            # Linked with the page's context below (link_mentions): "Sainte-Anne" of a Martinique paper is not Guadeloupe's.
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], m["name"], res.type, 4, True,
                                             needs_link=True, source="subject"))
    for m in _AT_TOWN_CLS.finditer(text):
        if _SEAT_APPOSED.match(text, m.end("name")):
            continue  # "À Fresnes, siège de la communauté de communes, le premier contrat … du territoire": its venue
        if (res := _exact_town(m["name"])) is not None and not any(o.start <= m.start("name") < o.end for o in orgs):
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], res.name, "commune", 4, True, res,
                                             source="subject"))
    for m in _TOWN_SIGNS_AT_HOME.finditer(text):
        if (res := _exact_town(m["name"])) is not None and not any(tm.start == m.start("name") for tm in mentions):
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], m["name"], "commune", 4, True, res,
                                             source="org", cues={"first_party"}))
    for m in _ELLIPTIC.finditer(text):
        sentence = sentence_of(text, m.start(), m.end())
        if not CLS_RX.search(sentence) or not status.extract_status(sentence, False)[1]:
            continue  # the ellipsis repeats a predicate about a CLS ("… a signé son CLS", "renouvellera son CLS")
        for item in re.finditer(rf"(?-i:{NAME})", m["names"]):
            a = m.start("names") + item.start()
            name = item.group()
            if _not_place(name) or any(o.start <= a < o.end for o in orgs) or any(tm.start == a for tm in mentions):
                continue
            if (res := _exact_place(name)) is not None:
                mentions.append(TerritoryMention(a, a + len(name), name, name, res.type, 4, True, needs_link=True,
                                                 source="subject", cues={"ellipsis"}))
    for m in _LAST_OF_LIST.finditer(text):
        if not _SUBJECT_SIGNS.match(text, m.end()):
            continue
        start = sentence_span(text, m.start(), m.start())[0]
        if (colon := text.rfind(":", start, m.start())) >= 0:
            start = colon + 1  # "Rive droite : Floirac et Bassens signent …": the list after a headline's kicker
        head = text[start : m.start()].strip()
        parts = [p.strip() for p in head.split(",")] if head else []
        if not parts or len(parts) > 12 or not all(_LIST_NAME.fullmatch(p) for p in parts):
            continue  # the sentence before "et" is not a list of names only
        pos = start
        for part in [*parts, m["name"]]:
            at = text.index(part, pos)
            pos = at + len(part)
            if _not_place(part) or any(o.start <= at < o.end for o in orgs) or any(tm.start == at for tm in mentions):
                continue
            if (res := _exact_place(part, homonyms=True)) is not None:
                # (homonymous towns, "Floirac" of the Gironde, the Lot and the Charente-Maritime: linked with the
                # page's context, as a bare subject is)
                mentions.append(TerritoryMention(at, pos, part, part, res.type, 5, True, None if res.ambiguous else res,
                                                 needs_link=res.ambiguous, source="subject"))
    for m in _QUARTIER.finditer(text):
        if _not_place(m["name"]):
            continue  # "quartiers prioritaires de la Politique de la Ville", "… du Programme régional"
        if _QUARTIER_BUILDING.search(text, max(0, m.start() - 20), m.start()):
            # "la maison de quartier du Val-Nord", "le conseil de quartier de Borny": a building, a body, which names the
            # quartier only weakly (the contract's own where the page says its CLS is the quartier's: _FOR_A_QUARTIER)
            mentions.append(TerritoryMention(m.start(), m.end(), m.group(), m["name"], "quartier", 1, False, source="quartier",
                                             cues={"building"}))
            continue
        if _NO_OWN_CONTRACT.search(text, m.end(), sentence_span(text, m.end(), m.end())[1] + 160):
            continue  # "Les quartiers Beauval et Pierre Collinet … ne font pas l'objet d'un contrat à part"
        # "un contrat local de santé (CLS) consacré au quartier prioritaire du Val Fourré": the CLS is the quartier's.
        tied = any(0 <= m.start() - e <= 40 and "." not in text[e : m.start()] for _, e in cls_spans)
        name = m["name"]
        if text[m.start()].isupper() and _fold(name) in _COMPASS_ONLY:
            # "les Quartiers Sud ont désormais leur propre contrat local de santé": a quartier named by its capitalised
            # head and a compass point, in a sentence about a CLS (not a site's section, "Actualité | Quartier Sud")
            if not cls_in_sentence(text, m.start(), m.end(), cls_spans):
                continue
            name = m.group()
            tied = tied or _THEIR_OWN.search(sentence_of(text, m.start(), m.end())) is not None
        mentions.append(TerritoryMention(m.start(), m.end(), m.group(), name, "quartier", 4.5 if tied else 2.5, tied, source="quartier"))
    if quartier_page:
        for m in _CLS_GIVEN_TO.finditer(text):
            # "le premier contrat local de santé consacré à la Fontaine d'Ouche", on a page about a quartier: a name the
            # gazetteer does not know as a town is that quartier's
            if _not_place(m["name"]) or get_gazetteer().link(m["name"]) is not None \
                    or any(o.start <= m.start("name") < o.end for o in orgs):
                continue
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], m["name"], "quartier", 4.5, True,
                                             source="quartier"))
    for m in _OLD_TOWN_CLS.finditer(text):
        # "le premier contrat local de santé consacré au Centre ancien de Bastia": a part of its town, by a generic name
        mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], m["name"], "quartier", 4.5, True,
                                         source="quartier"))
    if for_quartier:
        # "un contrat local de santé entièrement consacré au quartier", name given elsewhere ("quartier des
        # Tarterêts"): every mention of the quartier named most often is the contract's.
        # (a quartier named as such before one named only by its building: "le contrat local de santé de Nantes Nord",
        # signed "à la maison de quartier de la Boissière")
        named = Counter(_fold(tm.name) for tm in mentions if tm.kind == "quartier" and "building" not in tm.cues) \
            or Counter(_fold(tm.name) for tm in mentions if tm.kind == "quartier")
        if named:
            top = named.most_common(1)[0][0]
            for tm in mentions:
                if tm.kind == "quartier" and _fold(tm.name) == top and not tm.anchor:
                    tm.anchor, tm.strength = True, 4.5
    for m in _TOWN_LIST.finditer(text):
        group = "list" if m["list"] else "list2"
        for town in re.finditer(rf"(?-i:{NAME})", m[group]):
            a = m.start(group) + town.start()
            tm = TerritoryMention(a, a + len(town.group()), town.group(), town.group(), "commune", 2, False, source="town_list")
            tm.needs_link = True
            mentions.append(tm)
    for m in _TOWNS_MAGAZINE.finditer(text):
        # "Le magazine municipal de Romilly-sur-Seine": the page is the town's own, its "la Ville" that town
        if (res := _exact_town(m["name"])) is not None:
            mentions.append(TerritoryMention(m.start("name"), m.end("name"), m["name"], res.name, "commune", 3, False, res,
                                             source="publisher"))
    endings = gaz.demonym_endings
    lowered = ""  # the text in lower case, made once if a derived demonym asks for it
    for m in _DEMONYM.finditer(text):
        if fold(m.group()[-3:]).lower() not in endings:
            continue
        if any(o.start <= m.start() < o.end for o in orgs):
            continue  # "Roannais Agglomération" names the EPCI, not the town of the Roannais
        if _LOCATED_BY.search(text, max(0, m.start() - 80), m.start()):
            continue  # "au sud de l'agglomération toulousaine": where the territory lies, not a territory
        links = gaz.demonym(m.group())
        if not links:
            continue
        if _AREA_ARTICLE.search(text, max(0, m.start() - 12), m.start()) and m.group()[:1].isupper():
            # "un nouveau sera lancé dans le Bouzonvillois", "Dans le Libournais, la communauté de communes
            # Castillon/Pujols prépare son premier contrat": an area named after its town, not the town
            continue
        known = gaz.demonym_known(m.group())
        if not known and links[0].name.lower() in (lowered := lowered or text.lower()):
            # a demonym read off a name the page writes anyway ("Gentilé : Lectourois" under "Lectoure") adds nothing
            continue
        # (a demonym read off the town's name weighs less than one the table lists)
        mentions.append(TerritoryMention(m.start(), m.end(), m.group(), links[0].name, "commune", 2 if known else 1, False,
                                         links[0], alternatives=links[1:], source="demonym"))
    for m in _EMAIL.finditer(text):
        mentions.append(TerritoryMention(m.start(), m.end(), m.group(), m["name"].replace("-", " "), "commune", 1.5, False, source="email"))
    # An EPCI's name with a bare article inside, as the gazetteer writes it ("Caen la Mer se dote de son premier
    # contrat local de santé"): no capitalised run holds it whole.
    for m in _ARTICLE_JOINED.finditer(text):
        if any(tm.start <= m.start() < tm.end for tm in mentions):
            continue
        res = gaz.link(m.group(), kind="epci")
        if res is not None and res.type == "epci" and res.score >= 0.85 and not res.ambiguous \
                and fold(res.name).endswith(fold(m.group())):
            mentions.append(TerritoryMention(m.start(), m.end(), m.group(), m.group(), "epci", 1.5, False, res,
                                             source="epci_name"))
    # Any capitalised run that is the exact name of an EPCI ("porté par Plaine Limagne").
    covered = [(tm.start, tm.end) for tm in mentions]
    defined = _defined_acronyms(text, orgs)
    runs = list(_TITLE_NAME.finditer(text))  # (read again below for the names written as an enumeration)
    for run in runs:
        m = _without_head_article(run, text)
        if m is None or any(s <= m.start() < e for s, e in covered):
            continue
        if m.group() in defined:
            # "la CCPL (communauté de communes du Pays loudunais)": the page's own expansion, not the gazetteer's
            # homonym acronym (CC du Pays de Limours).
            o = defined[m.group()]
            mentions.append(TerritoryMention(m.start(), m.end(), m.group(), o.name, _KIND_OF_ORG[o.org_type], 1.5, False,
                                             source="epci_name"))
            continue
        res = gaz.link(m.group(), kind="epci")
        # The distinctive part of an official name ("Grand Belfort", "Lisieux Normandie", "CIVIS") is enough
        # when it is several words or an acronym, and no region or département bears it.
        # (or two names joined by a hyphen that no town bears: "Damvillers-Spincourt" for the CC de Damvillers Spincourt)
        distinctive = len(m.group().split()) >= 2 or re.fullmatch(r"[A-Z]{3,6}", m.group()) is not None \
            or (_TWO_NAMES.fullmatch(m.group()) is not None and _exact_town(m.group()) is None)
        if (res is not None and res.type == "epci" and (res.score >= 0.95 or (res.score >= 0.85 and distinctive))
                and not gaz.region(m.group()) and not gaz.departement(m.group())):
            mentions.append(TerritoryMention(m.start(), m.end(), m.group(), m.group(), "epci", 1.5, False, res, source="epci_name"))
    if title:
        t_end = text.find(title) + len(title) if title in text else 0
        for m in _TITLE_NAME.finditer(title):
            if _not_place(m.group()):
                continue
            if m.start() == 0 and " " not in m.group() and re.match(r"\s*(?:\(|[a-zà-ÿ])", title[m.end():]):
                continue  # capitalised only as the first word: "Chargé(e) de mission", "Coordinateur du CLS"
            start = text.find(m.group()) if t_end else -1
            # "Un premier contrat local de santé pour Saint-Jean-de-la-Ruelle": the title gives the contract its place
            tied = _TITLE_CLS_FOR.search(title, 0, m.start()) is not None and _exact_place(m.group(), homonyms=True) is not None
            tm = TerritoryMention(max(start, 0), max(start, 0) + len(m.group()), m.group(), m.group(), None,
                                  4 if tied else 1, tied, needs_link=tied, source="title")
            # ("… signe le contrat local de santé des Combrailles": an area, as in the text's own genitive)
            tm.area = _PLURAL_ARTICLE.search(title, max(0, m.start() - 6), m.start()) is not None
            mentions.append(tm)
    mentions = _joined_epci_names(text, runs, mentions)
    for tm in mentions:
        if not tm.anchor and tm.kind in ("commune", "epci", "pays_petr") and (
                _NO_PARTY_AFTER.match(text, tm.end) or _OUTSIDE_BEFORE.search(text, max(0, tm.start - 30), tm.start)):
            # ("… couvrent près d'un habitant sur deux en dehors de Toulouse Métropole": the place left out)
            # "La Métropole européenne de Lille avait envoyé son vice-président … : tous deux ont assisté à la cérémonie
            # sans être parties au contrat": a body said to take no part in the contract is not its territory
            tm.cues.add("no_party")  # (its strength is capped once every cue is read, below)
    if not _THE_TOWN_SIGNS.search(text):  # (a page about a CLS: the town signs that one)
        _merge_demonyms(mentions)
    else:
        # "la Ville a signé son troisième contrat local de santé" and "les Stéphanois": the demonym names the town that
        # signs (even beside "Saint-Étienne Métropole", which it does not then stand for)
        for tm in mentions:
            if tm.source == "demonym" and tm.kind == "commune":
                tm.strength += 1
    if about := _about_sections(text):
        # a press release's "À propos de l'ARS …" boilerplate ("signataire de celui de l'Eurométropole de Strasbourg")
        # speaks of its publishers, not of the contract
        mentions = [tm for tm in mentions if not any(s <= tm.start < e for s, e in about)]
    # A mention inside a CLS sentence is more likely the contract's territory; one whose sentence
    # says "son CLS" ("le PETR engage l'élaboration de son propre CLS") opens a contract, and so does
    # the subject of a signing ("Le PETR du Pays Lédonien a signé ... un contrat local de santé").
    predecessor = rules.compiled("relevance", "predecessor")
    companion = rules.compiled("relevance", "companion_before")
    for tm in mentions:
        lo, hi = sentence_span(text, tm.start, tm.end)
        sentence = text[lo:hi]
        if tm.anchor and (predecessor.search(sentence) or _named_as_companion(text, tm, cls_spans, companion)):
            # the contract the new one replaces, or the wider one it complements ("Il complète, à l'échelle du
            # quartier, le contrat local de santé de la Ville")
            tm.anchor, tm.strength = False, 2
            tm.cues.add("predecessor")
            continue
        if (tm.kind in ("commune", "epci", "pays_petr", "other") and not tm.anchor
                and _CLS_THAT.search(text, max(0, tm.start - 140), tm.start) and _HAS_SIGNED.match(text, tm.end)
                and not predecessor.search(sentence)):
            # "Le contrat local de santé 2021-2025 que la communauté urbaine Perpignan Méditerranée Métropole a signé
            # avec l'ARS": the subject of the relative clause signed the contract it qualifies.
            tm.anchor = True
            tm.strength += 3
            tm.cues.add("subject")
            continue
        if (tm.kind in ("commune", "epci", "pays_petr", "other") and not tm.anchor and (sub := _SUBJECT_SIGNS.match(text, tm.end))
                and not _signs_anothers(tm, mentions, cls_spans, hi)):
            tm.anchor = True
            # The one subject of its signing ("la CC des Savanes doit signer") stands on its own; one of
            # several ("…, la CGSS et la CA Cap Excellence ont signé") only supports the contract.
            tm.strength += 2 if _PLURAL_VERB.match(sub.group()) else 3
            tm.cues.add("subject")
            continue
        if tm.kind in ("commune", "epci", "pays_petr", "other") and not tm.anchor and (
                _DASH_CONTRACT.match(text, tm.end) or _heads_a_cls_row(text, tm) or _labelled_card(text, tm)):
            # "Communauté de communes du Bassin de Pont-à-Mousson — contrat de deuxième génération signé le 12 mars
            # 2026": an item of a list of contracts that opens on its territory
            tm.anchor = True
            tm.strength += 3
            tm.cues.add("subject")
            continue
        if (tm.kind in ("commune", "epci", "pays_petr", "other") and not tm.anchor
                and _CLAUSE_START.search(text, max(0, tm.start - 8), tm.start) and _FIRST_OF_PARTIES.match(text, tm.end)
                and not _signs_anothers(tm, mentions, cls_spans, hi)):
            tm.anchor = True
            tm.strength += 2  # one of several subjects, as with a plural verb above
            tm.cues.add("subject")
            continue
        if (tm.kind in ("commune", "epci", "pays_petr") and not tm.anchor and ((
                _FIRST_PARTY.search(text[max(0, tm.start - 60) : tm.start])
                and (CLS_RX.search(sentence) or _OPENS_ON_THE_CONTRACT.match(sentence))) or _first_listed_signatory(text, tm))):
            # (or "Le contrat sera conclu entre Nîmes Métropole, l'ARS …" in a section about the CLS)
            # "le CLS a été signé entre la Ville de Vénissieux et ses partenaires": the first party is the territory.
            tm.anchor = True
            tm.strength += 3
            tm.cues.add("first_party")
            continue
        if tm.kind in ("commune", "epci", "pays_petr", "other") and not tm.anchor and (
                _CARRIED_BY.search(text, max(0, tm.start - 160), tm.start)
                or (_CARRIER_BEFORE.search(text, max(0, tm.start - 160), tm.start)
                    and any(abs(tm.start - s) < 200 for s, _ in cls_spans))) \
                and not _WAS_CARRIED.search(text, max(0, tm.start - 60), tm.start) and not predecessor.search(sentence) \
                and not _ANOTHER_CARRIED.search(text, max(0, tm.start - 160), tm.start):
            # (not the carrier of the contract the page's replaces: "Jusqu'ici, les habitants relevaient du contrat
            # local de santé porté par le PETR …, arrivé à son terme en 2024")
            tm.anchor = True
            tm.strength += 3
            tm.cues.add("carrier")
            continue
        if any(abs(tm.start - s) < 160 for s, _ in cls_spans):
            tm.strength += 1
            tm.cues.add("near_cls")
            if (tm.kind in ("commune", "epci", "pays_petr", "quartier") and not tm.anchor
                    and (own := _POSSESSIVE.search(sentence)) and not predecessor.search(sentence)
                    and not _OWN_ASIDE.search(sentence) and not _TOPIC_COLON.match(text, tm.end)
                    and not _PARTNER_AFTER.search(text, lo + own.end(), tm.start)):
                tm.anchor = True
                tm.strength += 2
                tm.cues.add("possessive")
            elif tm.kind in ("commune", "epci", "pays_petr") and _OWN_ASIDE.search(sentence):
                tm.cues.add("aside")  # its own other contract, told in passing: no contract a count of the page's makes
        if tm.kind in ("commune", "epci", "pays_petr") and not tm.anchor and "no_party" in tm.cues \
                and _opens_its_sentence(text, lo, tm) and _possessive_next(text, hi, mentions, predecessor) \
                and _PREPARES_ITS_OWN.search(text, hi + 1, sentence_span(text, hi + 1, hi + 1)[1]) \
                and (_known_place(tm) or _NAMED_BODY.search(tm.text) is not None):
            # "Tours Métropole Val de Loire n'est pas signataire du contrat fondettois. Mais la collectivité a lancé, de
            # son côté, l'élaboration de son propre contrat local de santé": no party of the town's, the subject of its
            # own contract in preparation (not one it already runs: "elle conduit son propre contrat", an aside)
            tm.cues.discard("no_party")
            tm.anchor = True
            tm.strength += 3
            tm.cues.update({"near_cls", "possessive", "own_in_preparation"})
        if tm.kind in ("commune", "epci", "pays_petr") and not tm.anchor and "no_party" not in tm.cues \
                and _opens_its_sentence(text, lo, tm) and not _GUEST.search(sentence) \
                and _possessive_next(text, hi, mentions, predecessor) and _known_place(tm):
            # "Sa voisine, la communauté de communes Cazals-Salviac, a fait un autre choix. Le 19 novembre dernier, son
            # conseil communautaire a voté l'engagement de son premier contrat local de santé": the next sentence's
            # "son" contract, naming no other place, is the subject's
            tm.anchor = True
            tm.strength += 3
            tm.cues.update({"near_cls", "possessive"})
    _place_column_rows(text, mentions)
    _joint_towns(text, mentions)
    _contract_rows(text, mentions)
    cut = len(text.rstrip())
    before, _, last_line = text[:cut].rpartition("\n")
    if cut and text[cut - 1] not in ".!?)»\"”:;" and len(last_line.split()) >= 6 and not _BULLET_START.match(last_line) \
            and before.strip() and "@" not in last_line:  # (a contact line ending on an address is whole)
        # The excerpt stops mid-sentence ("Ainsi, le programme d'actions du CLS de la Ville de Sain"): a name that
        # runs into its end may be cut short (a list's last item, "- CLS de Vannes", is whole; so is the title
        # of a page that holds nothing else, "CONTRAT LOCAL DE SANTE DE STAINS").
        mentions = [tm for tm in mentions if tm.end < cut]
    for tm in mentions:
        if "no_party" in tm.cues and not tm.anchor:
            tm.strength = min(tm.strength, 1)
        if _under_neighbours_heading(text, tm.start):
            # "Et les territoires voisins ?" / "• Espace Communautaire Lons Agglomération : CLS de 2e génération en cours":
            # the neighbours' contracts, beside the page's own
            tm.anchor, tm.strength = False, min(tm.strength, 1)
            tm.cues.add("neighbour")
        if tm.kind in ("pays_petr", "epci", "other", None) and _EPITHET_OF.search(text, max(0, tm.start - 30), tm.start):
            # "La capitale du Pays d'Aigues dispose désormais de son propre contrat": a town's epithet names the area it
            # is the capital of; the town is the subject, not that area
            tm.anchor, tm.strength = False, min(tm.strength, 1)
            tm.cues.add("epithet")
        if tm.anchor and "|" in (row := text[line_start(text, tm.start) : line_end(text, tm.end)]) \
                and relevance.only_lookalikes(row):
            # a look-alike's row of a table of contracts ("Ville de Chambéry | Conseil local de santé mentale | Installé")
            tm.anchor, tm.strength = False, min(tm.strength, 1)
        if _SEVERAL_SIGNED_AT.search(text, max(0, tm.start - 70), tm.start):
            tm.cues.add("venue")  # "Santé : deux contrats signés à Lure": the place of several signings, none its own
        if tm.anchor and _PAST_SUBJECT.match(text, tm.end):
            tm.cues.add("past_subject")  # "La ville de Narbonne avait signé le sien en 2015": an earlier contract's party
        if tm.anchor and tm.kind in ("epci", "pays_petr", "commune") and _in_a_parenthesised_list(text, tm.start, tm.end):
            # "chacune des cinq intercommunalités membres du PETR (Bayeux Intercom, …, et l'Intercom de la Vire au
            # Noireau) dispose déjà de son propre contrat": the members a sentence enumerates, their own contracts in passing
            tm.anchor, tm.strength = False, min(tm.strength, 1)
    # "Actualité | Quartier Sud | 22 mai 2026": a district of the site's sections, named by a compass point only, is no
    # quartier with a contract of its own
    # ("un quartier prioritaire … du Maine-et-Loire dispose d'un contrat": a département is neither a quartier nor a town)
    # ("SANTÉ : LE QUARTIER A SON CONTRAT LOCAL DE SANTÉ": a headline in capitals, no quartier's name)
    return [tm for tm in mentions if not (tm.kind == "quartier" and (_fold(tm.name) in _COMPASS_ONLY
                                                                     or _CONTRACT_WORDS.search(tm.name)))
            and not (tm.kind in ("quartier", "commune") and tm.link is None and _only_a_departement(tm.name))]


_GUEST = re.compile(r"\b(?:assistai(?:t|ent)|étai(?:t|ent)\s+(?:présente?s?|représentée?s?))\b", re.I)


# Between the parts of a name written as an enumeration: "Riom, Limagne et Volcans", "Thiers Dore et Montagne".
_JOIN_GAP = re.compile(r"[^\S\n]*,[^\S\n]*(?:et[^\S\n]+)?|[^\S\n]+et[^\S\n]+")


def _joined_epci_names(text: str, runs: list[re.Match[str]], mentions: list[TerritoryMention]) -> list[TerritoryMention]:
    """An intercommunality named bare as the enumeration of its parts ("sur le territoire du Grand Saint-Dizier, Der et
    Vallées", "Thiers Dore et Montagne a signé"): no capitalised run holds it whole, and the run before the last join
    is a town's name (Riom, Montagne). Read whole where the gazetteer knows exactly that name; the mentions of its
    parts become the one mention of it. ``runs``: the text's capitalised runs (_TITLE_NAME)."""
    if " et " not in text and ", " not in text:
        return mentions
    taken_until = -1
    for i, first in enumerate(runs):
        if first.start() < taken_until:
            continue
        chain = [first]
        while len(chain) < 4 and i + len(chain) < len(runs) and _JOIN_GAP.fullmatch(
                text, chain[-1].end(), runs[i + len(chain)].start()):
            chain.append(runs[i + len(chain)])
        if len(chain) < 2 or _not_place(first.group()):
            continue
        for last in reversed(chain[1:]):
            joined = text[first.start() : last.end()]
            if (res := _exact_epci(joined)) is not None:
                start, end = first.start(), last.end()
                parts = [tm for tm in mentions if start <= tm.start and tm.end <= end]
                best = max(parts, key=lambda tm: tm.strength, default=None)
                tm = TerritoryMention(start, end, joined, res.name, "epci", max(1.5, best.strength if best else 0),
                                      any(p.anchor for p in parts), res, source=best.source if best else "epci_name")
                tm.cues.update(c for p in parts for c in p.cues)
                mentions = [m for m in mentions if m not in parts] + [tm]
                taken_until = end
                break
    return mentions


def _known_place(tm: TerritoryMention) -> bool:
    """A place the gazetteer knows by that name ("la communauté de communes Causse de Labastide-Murat"), not a kind's
    generic head ("Deuxième intercommunalité du Pays à s'engager")."""
    return tm.link is not None or linked_as(tm.name, (tm.kind,), tm.kind) is not None


# Its own contract in preparation: "a lancé l'élaboration de son propre contrat", "prépare (en effet) son propre contrat".
_PREPARES_ITS_OWN = re.compile(rf"\b(?:a{_SP}+lancé|lance|engage|a{_SP}+engagé)\b[^.;\n]{{0,40}}?\bl['’]élaboration{_SP}+de{_SP}+son"
                               rf"|\b(?:prépare|élabore|construit){_SP}+(?:en{_SP}+effet{_SP}+|désormais{_SP}+|aussi{_SP}+)?son\b",
                               re.I)


# A body named by a proper name beside its kind ("Tours Métropole", linked later), not a kind alone ("L'Agglomération").
_NAMED_BODY = re.compile(r"(?<![\w'’])(?!(?:Métropole|Agglomération|Agglo|Communauté|Ville|Commune|Pays|PETR|La|Le|Les|L)\b)"
                         r"(?-i:[A-ZÀ-Ý])[\w-]{2,}")


# A list of the signatories under its heading line: "Signataires pressentis :" / " – Communauté de communes Porte du Jura".
_SIGNERS_HEADING = re.compile(r"[^\S\n]*(?:les[^\S\n]+)?signataires(?:[^\S\n]+[\w'’]+){0,2}[^\S\n]*:[^\S\n]*", re.I)
_ITEM_OPENING = re.compile(r"[^\S\n]*(?:[-–—•·*▪][^\S\n]*)?")


_NEIGHBOURS_HEADING = re.compile(r"[^\n]{0,40}\bvoisin(?:e|s|es)?\b[^\n.]{0,30}", re.I)


def _under_neighbours_heading(text: str, pos: int) -> bool:
    """The line of pos stands in a short run of lines (a slide's, a box's) under a heading that names the neighbours
    ("Et les territoires voisins ?", "Chez nos voisins")."""
    lo = line_start(text, pos)
    for _ in range(4):
        if lo == 0:
            return False
        prev = line_start(text, lo - 1)
        line = text[prev : lo - 1]
        if not line.strip():
            return False  # (a blank line ends the run)
        if len(line.strip()) <= 60 and _NEIGHBOURS_HEADING.fullmatch(line.strip()):
            return True
        lo = prev
    return False


def _first_listed_signatory(text: str, tm: TerritoryMention) -> bool:
    """The mention opens the first item of a list of signatories ("Signataires pressentis :" / " – Communauté de communes
    Porte du Jura" / " – ARS …"): the contract's own territory, as the first party of "signé entre …" is."""
    lo = line_start(text, tm.start)
    if not lo or _ITEM_OPENING.fullmatch(text, lo, tm.start) is None:
        return False
    return _SIGNERS_HEADING.fullmatch(text, line_start(text, lo - 1), lo - 1) is not None


def _opens_its_sentence(text: str, lo: int, tm: TerritoryMention) -> bool:
    """The mention is its sentence's subject, at most after a short apposition ("Sa voisine, la communauté de …"), with
    a predicate after it (not a kicker, "OUEST GUYANAIS. La commune a engagé l'élaboration de son premier contrat")."""
    after = text[tm.end : sentence_span(text, tm.start, tm.end)[1]]
    return tm.start - lo <= 30 and "." not in text[lo : tm.start] and len(re.findall(r"[^\W\d_]{2,}", after)) >= 2


def _possessive_next(text: str, hi: int, mentions: list[TerritoryMention], predecessor: re.Pattern[str]) -> bool:
    """The sentence after ``hi`` says "son … contrat local de santé" of no other place it names."""
    if hi >= len(text):
        return False
    nlo, nhi = sentence_span(text, hi + 1, hi + 1)
    if "\n" in text[hi:nlo]:
        return False  # (within its paragraph)
    following = text[nlo:nhi]
    # (not "… assistait à la cérémonie. Elle n'est pas signataire de ce contrat : elle conduit son propre contrat local
    # de santé": a guest's own other contract)
    return _POSSESSIVE.search(following) is not None and not predecessor.search(following) \
        and not _OWN_ASIDE.search(following) and not _NO_PARTY_AFTER.match(following) \
        and not any(nlo <= m.start < nhi for m in mentions)


def _in_a_parenthesised_list(text: str, start: int, end: int) -> bool:
    """[start, end) stands inside parentheses that enumerate three names or more ("(A, B, C et D)")."""
    opening, closing = text.rfind("(", max(0, start - 300), start), text.find(")", end, end + 300)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing] or "\n" in text[opening:closing]:
        return False
    return text.count(",", opening, closing) >= 2


def _only_a_departement(name: str) -> bool:
    bare = re.sub(r"^(?:le|la|les|l['’])\s*", "", name, flags=re.I)
    return get_gazetteer().departement(bare) is not None and _exact_town(bare) is None


# ("l'agglomération Pau Béarn Pyrénées dispose de son contrat local de santé, renouvelé en 2024": a contract it already
# has, dated by its signing, not "dispose désormais de son propre contrat")
# ("Rennes dispose depuis longtemps de son propre contrat local de santé, renouvelé pour la troisième fois en 2022")
# ("La Ville de Colmar a signé en 2019 un premier contrat local de santé, qui a couvert la période 2019-2024")
_PAST_SUBJECT = re.compile(r"[^\S\n]+(?:avai(?:t|ent)[^\S\n]+(?:déjà[^\S\n]+)?(?:signé|conclu|adopté|renouvelé)\b"
                           r"|a[^\S\n]+(?:signé|conclu)[^\S\n]+en[^\S\n]+(?:19|20)\d\d[^\S\n]+(?:un|son)[^\S\n]+premier\b"
                           r"|dispos(?:e|ent)[^\S\n]+(?:déjà[^\S\n]+|depuis[^\S\n]+(?:longtemps|des[^\S\n]+années|plusieurs[^\S\n]+années)[^\S\n]+)?"
                           r"(?:de[^\S\n]+son|d['’]un)[^\S\n]+(?:propre[^\S\n]+)?"
                           r"(?:contrat[^\S\n]+local[^\S\n]+de[^\S\n]+santé|CLS)(?:[^\S\n]*\(CLS\))?,?[^\S\n]+"
                           r"(?:signé|renouvelé|adopté|conclu)(?:[^\S\n]+pour[^\S\n]+la[^\S\n]+\w+[^\S\n]+fois)?[^\S\n]+en[^\S\n]+(?:19|20)\d\d\b)")


# (plural: "deux contrats signés à Lure", "Trois CLS signés à Amiens")
_SEVERAL_SIGNED_AT = re.compile(r"\b(?:contrats|CLS)\b[^.;:!?\n]{0,40}?\bsign[ée]s[^\S\n]+(?:(?:ce|cette|hier|mardi|lundi|"
                                r"mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|après-midi)[^\S\n]+){0,2}à[^\S\n]+$", re.I)


_CONTRACT_WORDS = re.compile(r"(?i)\bcontrats?\b")  # (not "santé": the quartier "Ar Santé - Les Fontaines" of Lannion)
_THEIR_OWN = re.compile(r"\b(?:leur|son|sa)\s+(?:propre\s+)?(?:premier\s+)?(?:contrat\s+local\s+de\s+santé|CLS)\b", re.I)
_COMPASS_ONLY = frozenset({"nord", "sud", "est", "ouest", "centre", "nord est", "nord ouest", "sud est", "sud ouest",
                           "centre ville"})


def publisher_mentions(text: str, orgs: list[OrgMention], site: str | None,
                       cls_spans: list[tuple[int, int]] | None = None, whole_sentence: bool = False,
                       ctx: GeoContext | None = None) -> list[TerritoryMention]:
    """On the site of a commune or an intercommunality, "la communauté de communes a signé son contrat
    local de santé" names the publisher: a generic org of the publisher's kind that signs or owns the
    CLS stands for it. With ``cls_spans`` (a page whose text names no place of its own), a generic org
    whose sentence or the next one speaks of the CLS does too ("la Ville facilite … Elle a aussi développé
    un Contrat local de santé")."""
    res = _site_territory_in(site, text, orgs, ctx)
    if res is None:
        return []
    out = []
    for o in orgs:
        if not o.generic or _KIND_OF_ORG.get(o.org_type) != res.type:
            continue
        sentence = sentence_of(text, o.start, o.end)
        if _SUBJECT_SIGNS.match(text, o.end) or _SIGNED_BY.search(text, max(0, o.start - 140), o.start) \
                or _SIGNERS_FIRST.search(text, max(0, o.start - 40), o.start) \
                or _POSSESSIVE.search(sentence) or (_ENGAGES.search(text, max(0, o.start - 50), o.start)
                                                    and _THE_CONTRACT.search(_with_antecedent(text, o.start, sentence))) or (
                cls_spans and _cls_in_next_sentences(text, o.start, o.end, cls_spans, whole_sentence)):
            out.append(TerritoryMention(o.start, o.end, text[o.start : o.end], res.name, res.type, 4, True, res, source="publisher"))
    return out


def kicker_cls_mentions(text: str, town: str, cls_spans: list[tuple[int, int]],
                        mentions: list[TerritoryMention]) -> list[TerritoryMention]:
    """The page's kicker town where its own headline line names the CLS ("Dieulouard : le contrat local de santé sera
    signé la semaine prochaine" over "la commune s'apprête à signer son premier contrat local de santé"; "Remiremont –
    L'Ademat-H plaide pour le Contrat Local de Santé"). Not beside an intercommunality or a Pays the page names, unless
    a sentence gives the CLS to "la commune" (a dateline's town over "la présidente de la communauté de communes")."""
    res = _exact_town(town)
    if res is None:
        return []
    wider = any(m.link is not None and m.link.type in ("epci", "pays_petr") for m in mentions)
    for m in re.finditer(r"[^\n]+", text[:KICKER_REACH]):
        line = m.group()
        at = line.find(town)
        if at < 0 or at > 3 or (k := _KICKER.match(line.strip())) is None or k["town"].strip() != town:
            continue
        # (and a sentence of the page gives a CLS to "la commune" or "la ville": "la commune s'apprête à signer son premier
        # contrat local de santé"; not a dateline's town over "la présidente de la communauté de communes")
        if any(m.start() <= s < m.end() for s, _ in cls_spans) and (not wider or any(
                _THE_TOWN.search(sentence_of(text, s, e)) for s, e in cls_spans if s >= m.end())):
            start = m.start() + at
            return [TerritoryMention(start, start + len(town), town, res.name, "commune", 4, True, res, source="title")]
    return []


_THE_TOWN = re.compile(r"\b(?:la|notre)\s+(?:commune|ville|municipalité)\b(?!\s+(?:de|d['’])\s)", re.I)


def town_cls_mentions(text: str, town: str, cls_spans: list[tuple[int, int]]) -> list[TerritoryMention]:
    """The page's own town (its header's or kicker's) where a CLS is said to be the town's in lower case, which names
    no organisation: "le premier contrat local de santé de la ville", "autorise le maire à le signer" in the sentence
    of a CLS or the next one."""
    res = _exact_town(town)
    if res is None:
        return []
    out = []
    for start, end in cls_spans:
        lo, hi = sentence_span(text, start, end)
        nxt = sentence_span(text, hi + 1, hi + 1)[1] if hi < len(text) else hi
        if _OF_THE_TOWN.match(text, end) or _MAYOR_SIGNS.search(text, lo, nxt):
            out.append(TerritoryMention(start, end, text[start:end], res.name, res.type, 4, True, res, source="publisher"))
    return out


_OF_THE_TOWN = re.compile(r"(?:[^\S\n]+\d{4}\s*[-–/]\s*\d{4})?[^\S\n]+de[^\S\n]+la[^\S\n]+(?:[Vv]ille|[Cc]ommune)\b(?![^\S\n]+(?:de|d['’])[^\S\n])")
_MAYOR_SIGNS = re.compile(r"\bautoris\w*[^\S\n]+(?:M\.|Mme|Madame|Monsieur|le|la)[^\S\n]+maire\b[^.;\n]{0,40}?\bsigner\b")


# "… du contrat qui engage l'Agglomération et ses partenaires": the contract binds the publisher.
# ("Il lie pour cinq ans la Ville, l'Agence régionale de santé …": a duration between)
_ENGAGES = re.compile(r"\b(?:engage|lie|réunit)\s+(?:(?:pour|sur)\s+(?:\w+\s+){1,2})?(?:l['’]|la\s+|le\s+)$", re.I)
# A sentence that opens on a pronoun ("Il lie …") speaks of what the sentence before it named.
_PRONOUN_OPENS = re.compile(r"\s*(?:Il|Elle)\s")


def _with_antecedent(text: str, pos: int, sentence: str) -> str:
    """The sentence at pos, and the one before it when it opens on a pronoun."""
    if not _PRONOUN_OPENS.match(sentence):
        return sentence
    lo = sentence_span(text, pos, pos)[0]
    return sentence_of(text, max(0, lo - 2), max(0, lo - 1)) + " " + sentence


_THE_CONTRACT = re.compile(r"\bcontrat\b|\bCLS\b", re.I)


_OUR_PLACE = re.compile(r"\bnotre\s+(?P<noun>ville|commune|agglomération|agglo|communauté(?:\s+de\s+communes)?|intercommunalité)\b",
                        re.I)
_OUR_KIND = {"ville": "commune", "commune": "commune"}
# "nous avons signé notre deuxième contrat local de santé": the publisher's own voice owns the contract.
_OUR_CLS = re.compile(r"\b(?:notre|nos)\s+(?:[\w-]+\s+){0,2}?(?:contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS)\b", re.I)


def _site_territory_in(site: str | None, text: str, orgs: list[OrgMention], ctx: GeoContext | None) -> LinkResult | None:
    """The publisher's territory, or of homonyms ("Ville de Vernouillet") the one in the départements the page names
    (``ctx``: the page's, read from its text and organisations where the caller has none)."""
    if (res := _site_territory(site)) is not None or not site:
        return res
    ctx = ctx or geo_context(text, orgs)
    return _site_territory(site, (frozenset(ctx.departements), frozenset(ctx.regions)))


@lru_cache(maxsize=256)
def _site_territory(site: str | None, places: tuple[frozenset[str], frozenset[str]] | None = None) -> LinkResult | None:
    """The commune, EPCI or Pays a publisher's name (site name or URL host) is, when the gazetteer is sure of it (of
    homonyms, the one in the départements and regions ``places`` gives)."""
    if not site:
        return None
    ctx = GeoContext(departements=set(places[0]), regions=set(places[1]), postal_codes=set()) \
        if places and (places[0] or places[1]) else None
    # "Ville de Flers – Site officiel": "Ville de Flers"; "Rennes, Ville et Métropole" (a town's and its métropole's
    # shared site): "Rennes"
    for name in dict.fromkeys((site, _SITE_SUFFIX.split(site)[0], _SHARED_SITE.sub("", site))):
        res = get_gazetteer().link(_strip_kind(name), context=ctx)
        if res is not None and res.type in ("commune", "epci", "pays_petr") and (
                res.score >= 0.9 or (res.score >= 0.8 and not res.ambiguous and name_key(name) == name_key(res.name))):
            # (a site named by its intercommunality's name without the kind: "Arc Sud Bretagne" for the Communauté de
            # communes Arc Sud Bretagne)
            return res
    return None


_SHARED_SITE = re.compile(r",?[^\S\n]+(?:ville|commune)[^\S\n]+(?:et|&)[^\S\n]+(?:métropole|agglo(?:mération)?|communauté)$", re.I)
# ("Saint-Cyprien · Sant Cebrià de Rosselló": a bilingual site name, its French part first)
_SITE_SUFFIX = re.compile(r"(?<![^\S\n])[^\S\n]+[–—|·][^\S\n]+")  # from the start of a run of spaces: linear


def our_place_mentions(text: str, site: str | None, cls_spans: list[tuple[int, int]],
                       own_voice: bool = True) -> list[TerritoryMention]:
    """On a publisher's own site, "le premier contrat local de santé de notre ville" names the publisher as the
    contract's territory, whatever other body the page names as a party. Without ``own_voice`` (``site`` is the town a
    page names, not its publisher) only "notre ville" does: "notre contrat local de santé" is then a speaker's."""
    # Each with the kind of territory it says ("notre ville": a commune; "notre CLS": whatever the publisher is).
    # (not "Jusqu'ici, notre commune relevait du contrat local de santé du Pays …": another's, earlier contract)
    predecessor = rules.compiled("relevance", "predecessor")
    ours = [(m, _OUR_KIND.get(m["noun"].lower(), "epci")) for m in _OUR_PLACE.finditer(text)
            if cls_in_sentence(text, m.start(), m.end(), cls_spans)
            and not predecessor.search(sentence_of(text, m.start(), m.end()))]
    ours += [(m, None) for m in _OUR_CLS.finditer(text)] if own_voice else []
    res = _site_territory(site) if ours else None
    if res is None or res.type not in ("commune", "epci"):
        return []
    out = []
    for m, kind in ours:
        if kind in (None, res.type):
            out.append(TerritoryMention(m.start(), m.end(), m.group(), res.name, res.type, 6, True, res, source="publisher",
                                        cues={"possessive"}))
    return out


def cls_in_sentence(text: str, start: int, end: int, cls_spans: list[tuple[int, int]]) -> bool:
    """A CLS mention in the sentence of [start, end)."""
    lo, hi = sentence_span(text, start, end)
    return any(lo <= a < hi for a, _ in cls_spans)


def publisher_fallback(site: str | None, cls_spans: list[tuple[int, int]], text: str) -> list[TerritoryMention]:
    """A page on a commune's or an intercommunality's own site that names its CLS and no place nor party at all
    ("CONTRAT LOCAL DE SANTE : c'est parti pour les groupes de travail … des 20 communes de notre territoire" on
    cc-paysdetarascon.fr) is about the publisher's contract: the publisher, placed at the first CLS mention."""
    res = _site_territory(site)
    if res is None or not cls_spans:
        return []
    a, b = cls_spans[0]
    return [TerritoryMention(a, b, text[a:b], res.name, res.type, 2, True, res, source="publisher")]


def _cls_in_next_sentences(text: str, start: int, end: int, cls_spans: list[tuple[int, int]],
                           whole_sentence: bool = False) -> bool:
    """A CLS mention after [start, end) in its sentence or in the one after it; with ``whole_sentence``, before it in its
    sentence too ("Dans le cadre du CLS, l'ARS s'engage aux côtés de la Communauté urbaine", on the publisher's own
    site: not for the one town a page names, where "la Ville" after the CLS may be another party)."""
    lo, stop = sentence_span(text, start, end)
    stop = sentence_span(text, stop + 1, stop + 1)[1]
    return any((lo if whole_sentence else start) <= a < stop for a, _ in cls_spans)


def _demonym_stem(word: str) -> str:
    w = _fold(word)
    for suffix in ("iennes", "ienne", "iens", "ennes", "enne", "ens", "oises", "oise", "aises", "aise", "aines",
                   "aine", "ines", "ine", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


# A town's own publication named with its town: "Le magazine municipal de Romilly-sur-Seine", "Bulletin municipal d'Ervy".
_TOWNS_MAGAZINE = re.compile(rf"\b(?:magazine|journal|bulletin|lettre)[^\S\n]+(?:municipale?|d['’]informations?[^\S\n]+municipales?)"
                             rf"[^\S\n]+(?:de[^\S\n]+|d['’]|du[^\S\n]+)(?P<name>(?-i:{SHORT_NAME}))", re.I)
# A title's CLS given to a place: "Un premier contrat local de santé pour Saint-Jean-de-la-Ruelle", "… à Oyonnax".
_TITLE_CLS_FOR = re.compile(rf"{_CLS}[^\S\n]+(?:pour|à)[^\S\n]+$", re.I)
# A town called after the area it heads: "la capitale du Pays d'Aigues", "le chef-lieu du Pays de Caux".
_EPITHET_OF = re.compile(r"\b(?:capitale|chef-lieu|ville-centre|ville\s+centre)[^\S\n]+(?:du|de[^\S\n]+la|de[^\S\n]+l['’]|des)[^\S\n]*$",
                         re.I)
# What a sentence says of a body after naming it: it takes no part in the contract.
_NO_PARTY_AFTER = re.compile(r"[^.;!?\n]{0,160}?\b(?:sans\s+(?:en\s+)?être\s+(?:parties?|signataires?)\b|"
                             r"n['’](?:est|était|étaient)\s+pas\s+(?:partie|signataire)|ne\s+(?:sont|seront|sera)\s+pas\s+"
                             r"(?:parties?|signataires?)\b|n['’](?:a|ont)\s+(?:pas|toujours\s+pas)(?:\s+non\s+plus)?\s+(?:signé|paraphé)|"
                             r"non[-\s]signataires?\b)",
                             re.I)
# ("la Ville a signé son troisième contrat", "ce nouveau contrat a été signé à l'hôtel de ville par la Ville, l'ARS …")
_THE_TOWN_SIGNS = re.compile(r"\b(?:la|La)\s+(?:Ville|ville|commune|municipalité)\s+(?:a|vient\s+de)\s+(?:signé|signer|paraphé|renouvelé|"
                             r"renouveler)\b|\b(?:signé|paraphé)e?\b[^.;\n]{0,80}?\bpar\s+la\s+Ville\b")


def _merge_demonyms(mentions: list[TerritoryMention]) -> None:
    """A demonym next to an intercommunal name built on it or on its town speaks of the wider territory:
    'les Lédoniens' and the 'PETR du Pays Lédonien', 'les Havrais' and 'Le Havre Seine Métropole'."""
    wide = [tm for tm in mentions if tm.kind in ("epci", "pays_petr") and "no_party" not in tm.cues]
    for tm in [m for m in mentions if m.kind == "commune" and m.link is not None and " " not in m.text.strip()
               and _fold(m.text) != _fold(m.link.name)]:
        stem = _demonym_stem(tm.text)
        town = name_key(tm.link.name)
        owner = next((w for w in wide if any(t.startswith(stem) for t in _fold(w.name).split())
                      or (town and f" {town} " in f" {name_key(w.link.name if w.link else w.name)} ")), None)
        if owner is not None:
            mentions.remove(tm)
            owner.strength += 1


_KIND_SUFFIX = re.compile(r"\s{1,3}(?:Agglo|Agglomération|Communauté)$")
_KIND_PREFIX = re.compile(r"^(?:Métropole|Communauté\s+(?:d['’]agglomération|de\s+communes|urbaine)|CA|CC|CU)\s+(?=\S)")


_PAYS_BODY = re.compile(r"\bPETR\b|pôle|syndicat", re.I)


def named_within(name: str, longer: str) -> bool:
    """Whether ``longer`` carries ``name`` whole, word for word ("Pays Ajaccien" in "Communauté d'agglomération du Pays
    Ajaccien"; "Pays de Chaumont" not in "Agglomération de Chaumont")."""
    return f" {fold(name)} " in f" {fold(longer)} "


_ARTICLE_NAME = re.compile(r"^(?:Les|Le|La|L['’])\s*(?=[A-ZÀ-Ý])")
_PLURAL_ARTICLE = re.compile(r"(?-i:\b(?:les|des))\s+$")


def link_mentions(mentions: list[TerritoryMention], ctx: GeoContext) -> None:
    gaz = get_gazetteer()
    named_epcis = {tm.link.insee for tm in mentions if tm.link is not None and tm.link.type == "epci"}
    quartiers = {name_key(tm.name) for tm in mentions if tm.kind == "quartier"}
    for tm in list(mentions):
        if tm.link is not None or tm.kind == "quartier":
            continue
        if tm.kind == "departement":
            tm.link = gaz.link(tm.name, kind="departement")
            if tm.link is None:
                mentions.remove(tm)  # "l'Hôtel du Département de Tulle" names a building, not a département
            continue
        hint = tm.kind if tm.kind in ("commune", "epci", "pays_petr") else None
        res = gaz.link(tm.name, kind=hint, context=ctx)
        if res is None and hint in ("pays_petr", "epci"):
            # "le Pays Voironnais" with no Pays of that name: the intercommunality called so (CA du Pays Voironnais);
            # "Pays de Gex Agglo", "Métropole TPM": its short name (or acronym) and its kind. A looser reading when the text names that
            # intercommunality otherwise too ("Pays de Gex" beside "Pays de Gex Agglo").
            stem = _KIND_PREFIX.sub("", _KIND_SUFFIX.sub("", tm.name))
            res = gaz.link(stem, kind="epci", context=ctx) if stem else None
            vouched = stem != tm.name or (res is not None and res.insee in named_epcis)  # "…Agglo" says its kind
            # "le Pays sabolien" for the Communauté de communes du Pays Sabolien: the same name, but for its kind
            vouched = vouched or (tm.needs_link and res is not None and name_key(stem) == name_key(res.name))
            res = res if res is not None and not res.ambiguous and (res.score >= 0.9 or vouched) else None
            if res is None and tm.name.startswith("Pays ") and (whole := gaz.link(tm.name, kind="epci", context=ctx)) \
                    is not None and not whole.ambiguous and name_key(tm.name) == name_key(whole.name):
                # "le Pays d'Orthe et Arrigans": the Communauté de communes Pays d'Orthe et Arrigans, its whole name
                res = whole
        if res is not None and tm.kind is None and ctx.regions and res.region not in ctx.regions:
            res = None  # a bare capitalised word far from the regions the text names ("Mosson" in Côte-d'Or)
        if res is not None and tm.area and res.type == "commune" and not res.name.startswith("Les "):
            # "un troisième contrat local de santé pour les Combrailles": the area, not the village of Combrailles;
            # left to the Pays or intercommunality of that name the page may give
            tm.needs_link = False
            continue
        if res is not None and res.type in ("commune", "epci", "pays_petr") and res.score >= 0.8:
            tm.link = res
        elif res is None and tm.kind is None and _town_and_compass(tm.name):
            # "le contrat local de santé de Nantes Nord": a town and a compass point that no gazetteer lists as one
            # name is a quartier of that town (an intercommunality's "Aunis Sud", "Bugey Sud" holds no town's name)
            tm.kind, tm.needs_link = "quartier", False
        elif (tm.needs_link or res is None) and tm.kind in (None, "commune", "other") and name_key(tm.name) in quartiers:
            # "Caucriauville signe le premier contrat local de santé de son histoire" on a page that says "le quartier
            # de Caucriauville": that quartier, which no gazetteer lists
            tm.kind, tm.needs_link = "quartier", False
        elif tm.needs_link:
            mentions.remove(tm)
    # "Le Pays Ajaccien se dote de son premier CLS" beside "la Communauté d'agglomération du Pays Ajaccien (CAPA) … a
    # signé": the intercommunality of that name, not the old Pays the gazetteer also lists, unless the page says a
    # Pays's own body (PETR, pôle, syndicat mixte).
    epcis = [tm.link for tm in mentions if tm.link is not None and tm.link.type == "epci"]
    for tm in mentions:
        if tm.link is None or tm.link.type != "pays_petr" or tm.link.insee or _PAYS_BODY.search(tm.text):
            continue
        # "… du Pays Ajaccien", not "… de Chaumont"; the name as written where the gazetteer's carries its body ("Pays de
        # Bray" for the "PETR du Pays de Bray", beside the Communauté de communes du Pays de Bray)
        same = next((e for e in epcis if named_within(tm.link.name, e.name) or _pays_words_within(tm.text, e.name)), None)
        if same is not None:
            tm.link = same
    # "le Pays de Villeneuve", which no Pays bears, on a page that names the "Communauté de communes du Pays de Villeneuve
    # en Armagnac Landais": that intercommunality's short name (not the town "Villeneuve-de-Marsan" of its headline).
    for tm in mentions:
        if tm.link is None and tm.kind in (None, "pays_petr") and len(
                same := {e.insee: e for e in epcis if named_within(tm.name, e.name) and _pays_words_within(tm.name, e.name)}) == 1:
            tm.link = next(iter(same.values()))
    # "LE CONTRAT LOCAL DE SANTÉ DES COMBES" on the page of the Communauté de communes des Combes (Haute-Saône): not the
    # commune Les Combes of another département, but that intercommunality's short name
    if ctx.departements:
        for tm in mentions:
            if tm.link is None or tm.link.type != "commune" or tm.link.departement in ctx.departements \
                    or tm.kind not in (None, "commune") or tm.source not in ("cls_of", "title"):
                continue
            same = {e.insee: e for e in epcis if words_within(tm.name, e.name) and e.departement in ctx.departements}
            if len(same) == 1:
                tm.link = next(iter(same.values()))
    # A demonym with several towns takes the one the text names elsewhere, else one in its regions.
    codes = {tm.link.insee for tm in mentions if tm.link is not None and not tm.alternatives}
    for tm in mentions:
        if not tm.alternatives:
            continue
        readings = [tm.link, *tm.alternatives]
        named = [r for r in readings if r.insee in codes]
        local = [r for r in readings if ctx.regions and r.region in ctx.regions]
        if named or local:
            tm.link = (named or local)[0]
            tm.name = tm.link.name
    # A demonym the data gives one town far from the départements the text names ("Saintannais": Sainte-Anne of
    # Guadeloupe only, in a Martinique paper): homonymous towns often share a demonym; take the one named there.
    for tm in mentions:
        if tm.source != "demonym" or tm.link is None or not ctx.departements or tm.link.departement in ctx.departements:
            continue
        res = gaz.link(tm.link.name, kind="commune", context=ctx)
        if res is not None and res.type == "commune" and res.departement in ctx.departements and res.name == tm.link.name:
            tm.link, tm.alternatives = res, []
    # A demonym whose every reading lies outside the regions the text names ("Montois", Mont-de-Marsan's in the data, on
    # a page of the ARS Grand Est and the CPAM de Meurthe-et-Moselle): another town's that shares it, which the data
    # lacks; it names no place.
    # (overseas, one ARS covers several collectivités: the ARS de Guadeloupe, Saint-Martin, Saint-Barthélemy; not on a page
    # of the Oise, whose "Marinois" are Margny-lès-Compiègne's, not Le Marin's)
    overseas = any(r in _OVERSEAS_REGIONS for r in ctx.regions)
    mentions[:] = [tm for tm in mentions if not (
        tm.source == "demonym" and tm.link is not None and ctx.regions
        and not any(r.region in ctx.regions or (overseas and (r.departement or "").startswith("97"))
                    for r in (tm.link, *tm.alternatives)))]


_OVERSEAS_REGIONS = frozenset({"Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"})


_LINK_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et"})
_TOWN_COMPASS = re.compile(r"(?P<town>[A-ZÀ-Ý][\w'’-]*(?:[ -][\w'’]+){0,3}?)[ -](?:Nord|Sud|Est|Ouest|Centre)(?:[ -](?:Est|Ouest))?")


def _town_and_compass(name: str) -> bool:
    """'Nantes Nord', 'Lille-Sud': one commune's exact name, then a compass point."""
    m = _TOWN_COMPASS.fullmatch(name.strip())
    return m is not None and _exact_town(m["town"]) is not None


def quartier_over_far_homonym(mentions: list[TerritoryMention], ctx: GeoContext) -> None:
    """A name the page calls a quartier ("la maison de quartier de Beauregard") that the gazetteer knows only as a commune
    outside the page's départements and regions (Beauregard, Ain, on a Poissy page about the CPAM des Yvelines) is that
    quartier wherever the page names it."""
    if not ctx.departements and not ctx.regions:
        return
    named = {_fold(m.name) for m in mentions if m.kind == "quartier"}
    for m in mentions:
        if m.link is not None and m.link.type == "commune" and _fold(m.name) in named \
                and m.link.departement not in ctx.departements and m.link.region not in ctx.regions:
            m.link, m.kind, m.alternatives = None, "quartier", []


def _town_with_its_departement(text: str, start: int, end: int) -> TerritoryMention | None:
    """The one town a line writes with its département in parentheses ("Gentilly (Val-de-Marne)"), as a mention: the
    longest run of the words before the parentheses that is a town of that département."""
    found: list[TerritoryMention] = []
    for paren in _DEPT_PAREN.finditer(text, start, end):
        dept = get_gazetteer().departement(bare_place(paren["dept"]))
        if dept is None:
            continue
        words = list(_WORD.finditer(text, max(start, paren.start() - 60), paren.start()))[-5:]
        ctx = GeoContext({dept[0]}, {dept[2]}, set())
        for k in range(len(words)):
            a, b = words[k].start(), words[-1].end()
            res = get_gazetteer().link(text[a:b], kind="commune", context=ctx)
            if res is not None and res.type == "commune" and res.departement == dept[0] and res.score >= 0.95:
                found.append(TerritoryMention(a, b, text[a:b], res.name, "commune", 5, True, res, source="town_dept"))
                break
    return found[0] if len(found) == 1 else None


def _heading_before(text: str, pos: int, reach: int = 800) -> tuple[int, int] | None:
    """The span of the nearest heading line before pos, within reach: a short line with no final full stop."""
    end = text.rfind("\n", 0, pos)
    while end > 0 and pos - end <= reach:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and len(line) <= 90 and not line.endswith((".", "!", "?", "»", ":", ",", ";")):
            return start, end
        end = start - 1
    return None


def town_of_the_contract(text: str, mentions: list[TerritoryMention], cls_spans: list[tuple[int, int]]) -> None:
    """"Adjointe au maire de Ploudalmézeau chargée de la santé. Elle a porté le premier contrat local de santé de la
    commune, signé …": a CLS "de la commune" (or "de la ville") is that of the one town its sentence or the sentence
    before names."""
    for start, end in cls_spans:
        if _OF_THE_TOWN.match(text, end) is None:
            continue
        own = lo = sentence_span(text, start, end)[0]
        lo = sentence_span(text, max(0, lo - 2), max(0, lo - 1))[0] if lo > 1 else lo
        near = [tm for tm in mentions if lo <= tm.start < end and tm.link is not None and tm.link.type == "commune"
                and "venue" not in tm.cues]
        if not near and len(at := {res.insee: (m, res) for m in _AT_A_TOWN.finditer(text, min(lo, line_start(text, start)), start)
                                   if (res := _exact_town(m["name"])) is not None}) == 1:
            # (or the one town it names "à" in them: "Vos rapporteurs se sont rendus à Coutances le vendredi 2 octobre.
            # Signé le 11 avril 2025 …, le premier contrat local de santé de la ville couvre …")
            m, res = next(iter(at.values()))
            town = TerritoryMention(m.start("name"), m.end("name"), m["name"], res.name, "commune", 5, True, res,
                                    source="at_town")
            mentions.append(town)
            near = [town]
        if not near and (head := _heading_before(text, own)) is not None \
                and (town := _town_with_its_departement(text, *head)) is not None:
            # (or the town its section's heading writes with its département: "Prix de l'action municipale : Gentilly
            # (Val-de-Marne)" / … / "L'action relève du contrat local de santé de la ville")
            mentions.append(town)
            near = [town]
        if len({tm.link.insee for tm in near}) == 1:
            for tm in near:
                tm.anchor, tm.strength = True, max(tm.strength, 5)  # (as strong as "le contrat local de santé de X")


def towns_leading_paragraphs(text: str, mentions: list[TerritoryMention], cls_spans: list[tuple[int, int]]) -> None:
    """A round-up whose paragraphs each open on their town ("À Pfastatt, le maire a signé … le premier contrat local de
    santé de la commune" / "À Soultz-Haut-Rhin, c'est un deuxième contrat qui a été paraphé …"): where two paragraphs or
    more open so and one of them names a CLS, each that speaks of a contract is its town's, as strong as "le CLS de X"."""
    # (a paragraph's opening sentence, not a section's heading: "À Bar-sur-Seine, c'est signé" over the intercommunality's
    # news)
    leads = [(m, res) for m in _TOWN_LEADS.finditer(text)
             if line_end(text, m.start()) - m.start() >= 60 and (res := _exact_town(m["name"])) is not None]
    if len({res.insee for _, res in leads}) < 2:
        return
    bounds = [m.start() for m, _ in leads] + [len(text)]
    paragraphs = [(m, res, m.start(), min(bounds[k + 1], paragraph_end(text, m.start()))) for k, (m, res) in enumerate(leads)]
    if not any(a <= s < b for _, _, a, b in paragraphs for s, _ in cls_spans):
        return
    for m, res, a, b in paragraphs:
        if _A_CONTRACT.search(text, a, b) is None or any(
                a <= tm.start < b and tm.link is not None and tm.link.type != "commune" for tm in mentions):
            continue  # (nor one whose paragraph names an intercommunality: the contract may be its)
        _anchor_town(mentions, m, res)
    for tm in mentions:
        # (and a paragraph of the round-up that opens on its town as the subject: "Enfin, Horbourg-Wihr prépare le sien")
        if tm.anchor and tm.source == "subject" and tm.link is not None and tm.link.type == "commune" \
                and _PARAGRAPH_OPENING.fullmatch(text, (ls := line_start(text, tm.start)), tm.start) \
                and (ls == 0 or text[max(0, ls - 2) : ls] == "\n\n"):
            tm.strength = max(tm.strength, 5)


# "À Avion, la Ville élabore avec l'ARS son premier contrat local de santé": a sentence that opens on its town, then
# gives the contract to "la Ville" (or "la commune").
_TOWN_THEN_THE_TOWN = re.compile(rf"(?:^|(?<=[.!?][^\S\n]))[^\S\n]*À{_SP}+(?P<name>(?-i:{SHORT_NAME})){_SP}*,{_SP}*"
                                 r"(?:la|notre)[^\S\n]+(?:[Vv]ille|[Cc]ommune|municipalité)\b", re.M)


def town_then_its_contract(text: str, mentions: list[TerritoryMention], cls_spans: list[tuple[int, int]]) -> None:
    """The town a sentence opens on ("À Avion, la Ville élabore … son premier contrat local de santé") owns the
    contract the sentence names, as strong as "le CLS de X"."""
    for m in _TOWN_THEN_THE_TOWN.finditer(text):
        lo, hi = sentence_span(text, m.start("name"), m.end())
        if not any(lo <= s < hi for s, _ in cls_spans) or (res := _exact_town(m["name"])) is None:
            continue
        _anchor_town(mentions, m, res)


def _anchor_town(mentions: list[TerritoryMention], m: re.Match[str], res: LinkResult) -> None:
    """The town of ``m["name"]`` as an anchored mention, as strong as "le CLS de X" (its mention there, or a new one)."""
    town = next((tm for tm in mentions if tm.start == m.start("name")), None)
    if town is None:
        town = TerritoryMention(m.start("name"), m.end("name"), m["name"], res.name, "commune", 5, True, res,
                                source="at_town")
        mentions.append(town)
    town.anchor, town.strength = True, max(town.strength, 5)


# What a paragraph may open with before its subject: a connector of a list of news ("Enfin, ", "De son côté, ").
_PARAGRAPH_OPENING = re.compile(r"[^\S\n]*(?:(?:Enfin|Ensuite|Puis|De\s+son\s+côté|Quant\s+à\s+elle|Plus\s+loin|Non\s+loin)[^\S\n]*,[^\S\n]*)?")
# A paragraph that opens on its town: "À Pfastatt, …" at the head of a line.
_TOWN_LEADS = re.compile(rf"(?m)^[^\S\n]*À{_SP}+(?P<name>(?-i:{SHORT_NAME})){_SP}*,")
# A contract, or the page's own one told again ("c'est un deuxième contrat qui a été paraphé", "prépare le sien").
_A_CONTRACT = re.compile(rf"\bcontrats?\b|{_CLS}|\ble\s+sien\b", re.I)
# (or a section on its contract's making: "Démarche d'élaboration engagée")
_A_CONTRACT_OR_STEP = re.compile(rf"\bcontrats?\b|{_CLS}|\ble\s+sien\b|\bélaboration\b", re.I)


def places_heading_sections(text: str, mentions: list[TerritoryMention]) -> None:
    """A round-up in sections headed by each territory with its département ("3.a Communauté de communes la
    Grandvallière (Jura)", "3.b Fourchambault (Nièvre)", "3.c Seloncourt (Doubs)"): where two headings or more do so, each
    whose section speaks of a contract opens it, as strong as "le CLS de X"."""
    heads: list[tuple[int, int, TerritoryMention]] = []
    for m in _PLACE_HEADING.finditer(text):
        a, b = m.start("name"), m.end()
        # (an intercommunality's name may end on its seat: "Communauté de communes Haut-Jura Saint-Claude (Jura)")
        found = _epci_with_its_departement(text, m) or _town_with_its_departement(text, a, b)
        if found is not None:
            heads.append((m.start(), m.end(), found))
    if not heads:
        # a feature's chapters, each headed by its town ("I. Saran, le premier pas" / "II. Châlette-sur-Loing, la
        # troisième génération"): a town no other town of France shares, whose chapter names a CLS early (not a digest's
        # "3. Bischwiller : la piscine rouvrira le 5 octobre")
        for m in _PLACE_CHAPTER.finditer(text):
            if (res := _exact_town(m["name"])) is not None and CLS_RX.search(text, m.end(), m.end() + 600) is not None:
                heads.append((m.start(), m.end(), TerritoryMention(m.start("name"), m.end("name"), m["name"], res.name,
                                                                   "commune", 5, True, res, source="chapter")))
    if len({tm.name for _, _, tm in heads}) < 2:
        return
    opened: list[TerritoryMention] = []
    for k, (_, b, tm) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else min(len(text), b + 1500)
        if _A_CONTRACT_OR_STEP.search(text, b, stop) is None:
            continue
        if _NO_CONTRACT.search(text, b, stop) or (tm.kind == "commune" and _TOWN_A_PARTY.search(text, b, stop) is None and any(
                b <= m.start < stop and m.link is not None and m.link.type in ("epci", "pays_petr") for m in mentions)):
            continue  # "La ville n'est couverte par aucun contrat local de santé"; a town's section on its intercommunality's
        tm.anchor, tm.strength, tm.cues = True, max(tm.strength, 5), tm.cues | {"heading"}
        opened.append(tm)
    spans = {(tm.start, tm.end) for tm in opened}  # (each in place of the page's other reading of its heading)
    mentions[:] = [m for m in mentions if (m.start, m.end) not in spans] + opened


# (or a town that chose to do without: "Nous n'avons pas souhaité nous engager", "le choix de s'en passer")
_NO_CONTRACT = re.compile(r"(?i)\baucun\s+(?:contrat|CLS)\b|\bpas\s+souhaité\s+(?:nous\s+|s['’]\s*)?engager\b|\bs['’]en\s+passer\b|\b(?:ne|n['’])\s*(?:dispose|a|possède|compte)\s+pas\s+(?:de|d['’])\s*"
                          r"(?:contrat|CLS)\b|\bpas\s+de\s+(?:contrat\s+local|CLS)\b")
# The town itself among the parties of its section's contract ("signé le 14 mars 2025 par la ville, l'ARS, … et
# l'Agglomération"): the intercommunality its section names signs beside it.
_TOWN_A_PARTY = re.compile(r"(?i)\b(?:par|entre)\s+la\s+(?:ville|commune)\b|\bla\s+(?:ville|commune)\s+(?:a|avait)\s+signé\b")
# A chapter's heading: a roman or arabic number, a town, then the chapter's own words after a comma or a dash.
_PLACE_CHAPTER = re.compile(r"(?m)^[^\S\n]*(?:[IVX]{1,4}|\d{1,2})[.)][^\S\n]+(?P<name>[A-ZÀ-Ý][\w'’-]{1,40}(?:[^\S\n]+[\w'’-]{1,20}){0,3}?)"
                            r"[^\S\n]*(?:,|[–—:])[^\S\n]+[^\n]{1,80}$")
# A heading line that is a place and its département, numbered or not: "3.b Fourchambault (Nièvre)".
_PLACE_HEADING = re.compile(r"(?m)^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2}|\.?[a-z])?[.)]?[^\S\n]+|[a-z]\)[^\S\n]+|[-•][^\S\n]+)?"
                            r"(?P<name>[A-ZÀ-Ý][^()\n]{1,80}?)[^\S\n]*\((?P<dept>[A-ZÀ-Ý][\w'’ -]{2,30})\)[^\S\n]*$")


def _epci_with_its_departement(text: str, m: re.Match[str]) -> TerritoryMention | None:
    """The intercommunality a heading names with its département ("Communauté de communes la Grandvallière (Jura)")."""
    dept = get_gazetteer().departement(bare_place(m["dept"]))
    if dept is None or not _HEADER_KIND.match(m["name"].strip()):
        return None
    res = get_gazetteer().link(m["name"].strip(), kind="epci")
    if res is None or res.type not in ("epci", "pays_petr") or res.score < 0.8 or res.departement not in (None, dept[0]):
        return None
    return TerritoryMention(m.start("name"), m.start("name") + len(m["name"].rstrip()), m["name"].strip(), res.name,
                            res.type, 5, True, res, source="town_dept")


def quartier_named_alone(text: str, mentions: list[TerritoryMention]) -> None:
    """On a page about a quartier's own contract ("le premier contrat local de santé consacré à ce quartier") that
    names no quartier as such, the one place near a CLS that nothing links ("Malakoff : un contrat local de santé pour
    le quartier", where Malakoff the town is elsewhere) is that quartier."""
    if _FOR_A_QUARTIER.search(text) is None:
        return
    named = {_fold(m.name) for m in mentions if m.kind == "quartier"}
    loose = [m for m in mentions if m.link is None and m.kind is None and "near_cls" in m.cues]
    # (or the quartier the page names as such elsewhere: "Sainte-Musse : le quartier signe son propre contrat" over "la
    # maison de quartier de Sainte-Musse")
    if len(keys := {_fold(m.name) for m in loose}) == 1 and (not named or keys <= named):
        for m in loose:
            m.kind, m.anchor, m.strength = "quartier", True, max(m.strength, 4.5)


def _pays_words_within(written: str, name: str) -> bool:
    """"Pays de Bray" as written, every word of it in "Communauté de communes du Pays de Bray" (not in "… Bray-Eawy")."""
    return re.match(r"(?i)pays\s", written.strip()) is not None and words_within(written, name)


def words_within(name: str, longer: str) -> bool:
    """Every word of name but its articles and prepositions is a word of longer ("Sud Bassin" of "Communauté
    d'agglomération Bassin d'Arcachon Sud", "Les COMBES" of "Communauté de communes des Combes")."""
    words = set(re.findall(r"\w+", _fold(name))) - _LINK_WORDS
    return bool(words) and words <= set(re.findall(r"\w+", _fold(longer)))


def _a_departement_alone(tm: TerritoryMention) -> bool:
    """A name that is a département's and nothing more: "Vaucluse" is the département (or a village of the Doubs), not
    the "Communauté d'agglomération Luberon Monts de Vaucluse" whose name it ends ("Loire Métropole" is a name of its
    own)."""
    return tm.kind in (None, "departement") and _KIND_WORD.search(tm.name) is None \
        and get_gazetteer().departement(tm.name) is not None


_KIND_WORD = re.compile(r"(?i)\b(?:métropole|communauté|agglo\w*|pays|petr|pôle|cc|ca|cu|ville|commune)\b")


def _town_and_its_quartier(a: TerritoryMention, b: TerritoryMention) -> bool:
    """A quartier nothing links is not the town or intercommunality whose name it holds ("Nantes Nord"); one written
    as the town's very name is that town."""
    return any(x.kind == "quartier" and x.link is None and y.link is not None
               and name_key(x.name) not in (name_key(y.name), name_key(y.link.name)) for x, y in ((a, b), (b, a)))


def group_mentions(mentions: list[TerritoryMention]) -> list[TerritoryGroup]:
    """One group per distinct territory: same code, or names whose keys contain one another."""
    groups: list[TerritoryGroup] = []
    for tm in sorted(mentions, key=lambda m: m.start):
        key = tm.link.insee if tm.link is not None and tm.link.insee else name_key(tm.name)
        if not key:
            continue
        nk = name_key(tm.link.name if tm.link is not None else tm.name)
        target = None
        for g in groups:
            if g.key == key:
                target = g
                break
            if tm.link is not None and g.best.link is not None:
                if tm.link.insee and g.best.link.insee == tm.link.insee:
                    target = g  # a group opened by an unlinked short name ("le Mézenc"), linked since
                    break
                if not tm.link.insee and not g.best.link.insee and \
                        (tm.link.type, tm.link.name) == (g.best.link.type, g.best.link.name):
                    target = g  # a Pays has no code: "le Pays du Trégor-Goëlo" and "Trégor-Goëlo", linked alike
                    break
                continue  # both linked, different codes: "Ville de Laon" is not "agglomération du Pays de Laon"
            if _town_and_its_quartier(tm, g.best):
                continue  # "Nantes Nord", the quartier, is not Nantes
            gk = name_key(g.best.link.name if g.best.link is not None else g.best.name)
            if nk and gk and (nk == gk or len(min(nk, gk, key=len)) >= 4) and (
                    set(nk.split()) <= set(gk.split()) or set(gk.split()) <= set(nk.split())) \
                    and (nk == gk or not _a_departement_alone(tm if len(nk) <= len(gk) else g.best)):
                # "Pays du Trégor" and "Pays du Trégor-Goëlo", "PETR du Val-de-Saône" and "… Val-de-Saône Vingeanne"
                target = g
                break
            if len(sk := name_key(tm.name)) >= 4 and any(name_key(m.name) == sk for m in g.mentions):
                # "Cap Atlantique" and "la communauté d'agglomération Cap Atlantique", linked to its official name (CA
                # de la Presqu'île de Guérande Atlantique): one place, written alike
                target = g
                break
        if target is None:
            target = TerritoryGroup(key)
            groups.append(target)
        target.mentions.append(tm)
    # A group's best link may change as mentions join it: two groups that end linked to one territory are one ("Roissy
    # Pays de France" of a newsletter's contents, "la communauté d'agglomération Roissy Pays de France" of its article).
    merged: dict[tuple[str, str], TerritoryGroup] = {}
    for g in list(groups):
        link = g.best.link
        if link is None:
            continue
        ident = (link.type, link.insee or link.name)
        if (first := merged.setdefault(ident, g)) is not g:
            first.mentions = sorted(first.mentions + g.mentions, key=lambda m: m.start)
            groups.remove(g)
    for g in groups:
        g.score = sum(m.strength for m in g.mentions)
    return groups


@lru_cache(maxsize=1)
def epci_of_town() -> dict[str, str]:
    """Commune INSEE code -> SIREN of the EPCI it belongs to (rules/geo/epci.tsv members)."""
    from pipeline.geo.areas import get_areas

    return {town: siren for siren, towns in get_areas().epci_members.items() for town in towns}


def scale_up(text: str, groups: list[TerritoryGroup], cls_spans: list[tuple[int, int]]) -> list[TerritoryGroup]:
    """A CLS widened to the agglomeration or built at its scale (rules/territory.yml intercommunal_scale) is
    its EPCI's: the leading town ("Saint-Nazaire", named as host or by its mayor) hands its mentions to the EPCI
    it belongs to, which the page may name otherwise ("la CARENE") or only generically ("la Métropole")."""
    if not groups:
        return groups
    top = max(groups, key=lambda g: g.score)
    link = top.best.link
    if link is None or link.type != "commune" or not link.insee:
        return groups
    communal = rules.compiled("territory", "communal_contract")
    said = any(cls_in_sentence(text, m.start(), m.end(), cls_spans) and not communal.search(sentence_of(text, m.start(), m.end()))
               for m in rules.compiled("territory", "intercommunal_scale").finditer(text)) \
        or rules.compiled("territory", "intercommunal_cover").search(text) is not None
    siren = epci_of_town().get(link.insee) if said else None
    ent = get_gazetteer().get("epci", siren) if siren else None
    if ent is None:
        return groups
    res = get_gazetteer().result(ent, 1.0)
    moved = [TerritoryMention(m.start, m.end, m.text, res.name, "epci", m.strength, m.anchor, res, source="scale",
                              cues=set(m.cues)) for m in top.mentions]
    target = next((g for g in groups if g.best.link is not None and g.best.link.insee == siren), None)
    if target is None:
        target = TerritoryGroup(siren)
        groups = [*groups, target]
    target.mentions += moved
    target.score = sum(m.strength for m in target.mentions)
    return [g for g in groups if g is not top]


def not_the_contracts(text: str, mentions: list[TerritoryMention]) -> list[TerritoryMention]:
    """The mentions that may name the page's contract: not an intercommunality or a Pays where the page says the
    contract stays the town's (rules/territory.yml communal_contract), nor one whose own sentence says it signs no
    contract (not_a_party: "Angers Loire Métropole … n'en est pas signataire"), unless the next one tells its own contract
    in preparation (find_mentions: "own_in_preparation")."""
    communal = rules.compiled("territory", "communal_contract").search(text) is not None
    denied = rules.compiled("territory", "not_a_party")
    wider = ("epci", "pays_petr")
    # "L'intercommunalité n'est pas signataire du contrat": the page's own intercommunality, by its generic name
    kinds = {kind for kind, head in (("epci", _GENERIC_EPCI), ("pays_petr", _GENERIC_PAYS))
             for h in head.finditer(text) if denied.search(text, h.end(), sentence_span(text, h.end(), h.end())[1])}
    # (a section's own heading, "3.a Communauté de communes la Grandvallière (Jura)", is not the generic subject another
    # section denies: "La communauté d'agglomération, partenaire des actions, n'est pas signataire")
    return [m for m in mentions if (kind := m.kind or (m.link.type if m.link else None)) not in wider or not (
        communal or (kind in kinds and "heading" not in m.cues)
        or (m.cues.isdisjoint({"cls_of", "own_in_preparation"}) and denied.search(text, m.end, sentence_span(text, m.end, m.end)[1])))]


# A sentence's subject that names the page's intercommunality or Pays by its kind alone.
_GENERIC_EPCI = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?:L['’]intercommunalité|La\s+communauté\s+(?:de\s+communes|"
                           r"d['’]agglomération|urbaine)|L['’]agglo(?:mération)?|La\s+métropole)(?=[\s,])")
_GENERIC_PAYS = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?:Le\s+Pays|Le\s+PETR|Le\s+pôle\s+d['’]équilibre)(?=[\s,])")
