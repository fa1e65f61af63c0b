"""Funding amounts in euros ("15 816 €", "45.000 euros", "45 k€", "1,2 million d'euros", "15 816¤").

Each amount keeps the funder named nearest before it in its clause ("cofinancé par l'ARS à hauteur
de…") and a year when the clause gives one ("en 2024", "pour 2024").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.clean.hints import lead
from pipeline.extract.dates import OTHER_PLANS
from pipeline.extract.orgs import OrgMention
from pipeline.relevance import cls_source

_AMOUNT = re.compile(
    r"(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(?P<dec>\d{1,3}))?\s*"
    r"(?P<unit>millions?\s+d['’]euros|millions?\s+€|M€|k€|K€|k\s?euros|000\s?€|€|euros?\b|¤)",
)
_YEAR = re.compile(r"\b(?:en|pour|au\s+titre\s+de|dès)\s+(?:l['’]année\s+)?(20[1-4]\d)\b", re.I)
_EQUAL = re.compile(r"\bà\s+parts\s+égales\s+(?:par|entre)\b", re.I)
_EACH = re.compile(r"\bchacun(?:e)?\b(?!\s+(?:des|de\s+ses|de\s+leurs?)\b)", re.I)
# "la métropole et l'ARS", "Le Département et l'ARS": two funders joined by "et".
# ("L'ARS Martinique et l'Espace Sud financent chacune …", "financé à parts égales par la commune et par l'ARS": a name
# of a few capitalised words, a repeated "par")
# (after a repeated "par", a name without its article: "par l'ARS Nouvelle-Aquitaine et par Grand Poitiers")
_PAIR = re.compile(r"(?<!\s)\s*(?P<a>(?:la|le|l['’])\s*[\wÀ-ÿ-]+(?:\s(?-i:[A-ZÀ-Ý])[\wÀ-ÿ-]+){0,3})\s+et\s+(?:par\s+)?"
                   r"(?P<b>(?:la|le|l['’])\s*[\wÀ-ÿ-]+(?:\s(?-i:[A-ZÀ-Ý])[\wÀ-ÿ-]+){0,3}"
                   r"|(?<=par\s)(?-i:[A-ZÀ-Ý])[\wÀ-ÿ-]+(?:\s(?-i:[A-ZÀ-Ý])[\wÀ-ÿ-]+){0,3})", re.I)
# "financé moitié par l'ARS, moitié par la ville, soit 22 000 euros chacun": two funders, a half each.
_HALVES = re.compile(r"\bmoitié\s+par\s+(?P<a>(?:la|le|l['’])\s*[\wÀ-ÿ-]+(?:\s(?-i:[A-ZÀ-Ý])[\wÀ-ÿ-]+){0,3})\s*,\s*(?:et\s+)?"
                     r"(?:l['’]autre\s+)?moitié\s+par\s+(?P<b>(?:la|le|l['’])\s*[\wÀ-ÿ-]+(?:\s(?-i:[A-ZÀ-Ý])[\wÀ-ÿ-]+){0,3})", re.I)
# Not a contract's money: populations, prices and pay, a company's capital, building works and investments ("aménagements …
# pour un montant total de 383 333 €", "l'estimation des travaux s'élève à 266 798 € (HT)").
_NOT_FUNDING = lead(re.compile(r"\bhabitants\b|\bprix\b|\bau\s+capital\s+de\b|"
                               r"\btravaux\b|\baménagements?\b|\(?\bHT\b\)?|\bTTC\b|\binvestissements?\b|"
                               r"\baides?\s+à\s+l['’]installation\b|"  # a building's cost; a doctor's settling-in grant
                               # A project outside the contract ("un chantier estimé à 1,8 million d'euros", "relève d'un autre
                               # financement et n'entre pas dans le contrat", "suit son propre calendrier, indépendamment du CLS")
                               r"\bchantier\b|\bn['’]entre\s+pas\s+dans\b|\bhors\s+(?:du\s+)?(?:contrat|CLS)\b|"
                               # "Un projet financé à part, pour près de 350 000 euros, qui ne relève pas du contrat"
                               r"\bne\s+relèv(?:e|ent)\s+pas\s+d[ue]s?\s+(?:contrat|CLS)\b|\bfinancée?s?\s+à\s+part\b|"
                               # money asked for and not granted ("nous demandons une enveloppe de 50 000 euros …, qui ne
                               # figure pas dans le contrat signé")
                               r"\bne\s+(?:figure|figurent|est|sont)\s+pas\s+(?:inscrite?s?\s+)?(?:dans|au)\s+(?:le\s+)?(?:contrat|CLS)\b|"
                               # "(1,2 million d'euros, dont 380 000 € de DETR), est un projet distinct"
                               r"\b(?:projet|dossier|opération|investissement)s?\s+distincte?s?\b|"
                               # renovations, a town's investments, a vehicle fleet, another programme's or the
                               # CPTS's own money ("relèvent d'un autre programme", "fonds européens",
                               # "accord conventionnel interprofessionnel")
                               # what something cost ("la maison de santé, qui a coûté 2,1 millions d'euros")
                               # ("L'étude, qui coûte 18 000 euros, sera restituée en mars": a diagnostic's price)
                               r"\b(?:a|ont|avait|avaient|aura)\s+coûté\b|\bcoûtera\b|\bqui\s+co[ûu]te(?:nt)?\b|"
                               # an earlier contract's money, told in the pluperfect ("L'ARS y avait consacré 90 000 euros
                               # sur la durée du contrat")
                               # ("avait quant à lui mobilisé 180 000 € d'actions")
                               r"\b(?:y\s+)?(?:avait|avaient)\s+(?:[\w'’]+\s+){0,4}?(?:consacré|versé|apporté|alloué|mobilisé|injecté)\b|"
                               r"\brénovation\b|\binvesti(?:t|ssent)\b|\bparc\s+de\s+véhicules\b|\bautre\s+programme\b|"
                               # crime prevention's fund, the money of a contrat local de sécurité
                               r"\bFIPD\b|\bfonds\s+interministériel\s+de\s+prévention\s+de\s+la\s+délinquance\b|"
                               r"\bfonds\s+européens\b|\baccord\s+conventionnel\b|"
                               r"\bindépendamment\s+d[ue]s?\b|\bautre\s+financement\b|\bson\s+propre\s+calendrier\b|"
                               # "Sans lien avec le contrat, le conseil a voté 2,4 millions d'euros pour …"
                               r"\bsans\s+(?:aucun\s+)?(?:lien|rapport)\s+avec\b|\bréhabilitation\b|\bremise\s+aux\s+normes\b|"
                               # a budget's loss, debt or saving ("un déficit de 2,3 millions d'euros pour 2025", "une économie
                               # de 400 000 € par an")
                               r"\bdéficits?\b|\bdettes?\b|\bendettement\b|\béconomies?\s+(?:de|d['’])|"
                               # an estimate of what something would cost ("Coût estimé par le déposant : 60 000 €", "coût
                               # net estimé à 38 000 € par an"), a participatory budget's envelope
                               # ("Coût annuel chargé estimé : 50 000 €", a post's cost in a staffing table)
                               r"\bco[ûu]ts?\s+(?:(?:annuel|net|total|global|chargé|prévisionnel)\s+){0,2}estimés?\b|"
                               r"\bbudgets?\s+participatifs?\b|"
                               # "dont le coût est estimé à 1,2 million d'euros"; "une aide de 25 000 euros pour son installation";
                               # "dans le cadre d'un autre dispositif"; "financé en dehors du CLS"
                               r"\bco[ûu]ts?\s+(?:est|sera|était)\s+estimé\b|\baides?\b[^.;\n]{0,40}?\bpour\s+son\s+installation\b|"
                               r"\bautres?\s+dispositifs?\b|\ben\s+dehors\s+du\s+(?:contrat|CLS)\b|"
                               # "cette somme relève du budget général et non des crédits du contrat"
                               r"\bet\s+non\s+(?:des|du|de\s+la)\s+(?:crédits?|budget|enveloppe|financement)\s+(?:du|de\s+ce)\s+(?:contrat|CLS)\b|"
                               # An agency's total over all its contracts ("au total 3,8 millions d'euros à leur animation")
                               r"\bau\s+total\b[^.;\n]*\b(?:leurs?|des\s+(?:\w+\s+){0,3}contrats)\b|"
                               r"\bà\s+l['’]animation\s+des\s+(?:CLS|contrats)\b|\btoutes\s+délégations\s+confondues\b|"
                               # a plan's money over every field ("4,6 millions d'euros sur six ans, tous domaines confondus")
                               r"\btou(?:s|tes)\s+(?:domaines|thématiques|secteurs|politiques)\s+confondu(?:e?s)?\b", re.I))
_RESTATED = re.compile(r"\b(?:soit|c['’]est-à-dire)\s+$", re.I)
# Prices and pay, said next to their amount.
_PAY = re.compile(r"\b(?:salaires?|rémunérations?|brut|brute|bruts)\b", re.I)
# A pay that a funder takes on is the contract's money: "Son salaire est pris en charge pour moitié par l'ARS, soit 21 000 €".
_PAY_FUNDED = re.compile(r"\b(?:salaires?|rémunérations?)\b[^.;\n]{0,40}?\b(?:pris\s+en\s+charge|financée?s?|cofinancée?s?|subventionnée?s?)"
                         r"\b[^.;\n\d]{0,30}?\bpar\b", re.I)
_PAY_AFTER = re.compile(r"[^\S\n]{0,3}(?:brut|brute|bruts)\b", re.I)  # "2 400 € brut"
# "31 000 € apportés par l'ARS", "21 000 € par le PETR": the funder right after the amount.
_BY_AFTER = re.compile(r"(?:\s+(?:par\s+an|annuels?))?\s+(?:(?:apportée?s?|versée?s?|financée?s?|pris\s+en\s+charge|alloué(?:e|s|es)?)\s+)?"
                       r"par\s+(?:la\s+|le\s+|les\s+|l['’])?", re.I)
# What a payer does of "l'autre moitié" (in the sentence of the amount, _DITTO, or the next one, _OTHER_HALF_NEXT).
_TAKES_ON = r"(?:prend\s+en\s+charge|finance|assure|apporte|couvre|verse|règle)"
# "…, la Communauté de l'Auxerrois également"; "la moitié du poste, soit 25 000 € par an ; la communauté de communes prend
# en charge l'autre moitié": the same amount again, from another funder.
# ("24 000 € par an pendant la durée du contrat et la communauté de communes autant")
_DITTO = re.compile(r"(?:\s+(?:par\s+an|annuels?))?(?:\s+(?:pendant|sur|durant)\s+[^,.;:\n\d]{1,40}?)?(?:\s*,\s*(?:et\s+)?|\s+et\s+)"
                    r"(?P<who>(?:la|le|les|l['’])\s*[^\W\d_][^,.;:\n\d]{1,60}?)"
                    r"\s+(?:également|aussi|autant|de\s+même)\b"
                    # ("l'ARS verse 25 000 € par an et la commune assure l'autre moitié")
                    r"|(?:\s+(?:par\s+an|annuels?))?(?:\s*[,;]\s*(?:et\s+)?|\s+et\s+)(?P<half>(?:la|le|les|l['’])\s*[^,.;:\n\d]{2,60}?|(?-i:[A-ZÀ-Ý])[^,.;:\n\d]{2,60}?)\s+"
                    rf"(?:{_TAKES_ON}|prenant\s+(?:en|à\s+sa)\s+charge)\s+l['’]autre\s+moitié\b(?!\s*\(\s*\d)"
                    # ("la commune y consacre 15 000 € par an et l'ARS apporte la même somme")
                    r"|(?:\s+(?:par\s+an|annuels?))?(?:\s*,\s*(?:et\s+)?|\s+et\s+)(?P<same>(?:la|le|les|l['’])\s*[^\W\d_][^,.;:\n\d]{1,60}?)\s+"
                    r"(?:y\s+)?(?:apporte|verse|consacre|met|ajoute|finance|engage)\s+(?:la\s+même\s+somme|le\s+même\s+montant)\b"
                    # ("pris en charge pour moitié par l'ARS, soit 21 000 € par an, l'autre moitié restant à la charge de la commune")
                    r"|(?:\s+(?:par\s+an|annuels?|pour\s+l['’]année\s+\d{4}|en\s+\d{4}))?\s*[,;]\s*(?:et\s+)?l['’]autre\s+moitié\s+(?:(?:restant|étant|revenant|reste|est)\s+)?"
                    r"(?:à\s+la\s+charge\s+(?:de\s+la|de\s+l['’]|du|des|de)|(?:assurée?|financée?|prise?\s+en\s+charge|apportée?)\s+par)\s*"
                    r"(?P<rest>(?:la\s+|le\s+|les\s+|l['’])?[^\W\d_][^,.;:\n\d]{1,60}?)(?=\s*[,.;:\n]|\s*$)", re.I)
# "ARS 11 158 € / CCAS 11 159 € (Total : 22 317 €)": a total repeats the amounts before it.
_TOTAL_BEFORE = re.compile(r"\b(?:total|soit\s+au\s+total|au\s+total)\s*(?:de\s*|:\s*)?$", re.I)


@dataclass
class Amount:
    start: int
    end: int
    amount: float
    funder: str | None
    year: int | None


def _value(m: re.Match[str]) -> float:
    num = float(re.sub(r"[ \u00a0\u202f.]", "", m["num"]) + (f".{m['dec']}" if m["dec"] else ""))
    unit = m["unit"].lower()
    if unit.startswith("million") or unit == "m€":
        return num * 1_000_000
    if unit.startswith("k"):
        return num * 1000
    return num


# A CLS is funded in thousands to a few millions of euros; "47 millions d'euros investis pour les hôpitaux"
# is a programme of its own, not the contract's money.
MAX_CLS_AMOUNT = 10_000_000


# A subsidy granted to some other beneficiary ("Une subvention de 4 300 € a été attribuée au festival de théâtre"),
# in a sentence that does not name the contract.
_OTHER_BENEFICIARY = re.compile(r"\bsubventions?\b[^.;\n]{0,60}\b(?:attribuée?s?|accordée?s?|versée?s?|allouée?s?)\s+"
                                r"(?:au|à\s+la|à\s+l['’]|aux)\b", re.I)
_THE_CONTRACT = re.compile(r"\bCLS\b|\bcontrat\b|coordinat|coordonnat", re.I)
# The plan an amount is said of: the last one named before it in its clause. Another plan ("ceux du contrat de ville,
# qui mobilise 1,1 million d'euros", "Programme LEADER 2023-2027 : 1,2 million d'euros") funds itself, not the CLS.
# (a conseil local de santé mentale is funded on its own: "Le CLSM bénéficie d'un financement propre de l'ARS, 20 000 €")
_OTHER_PLAN = re.compile(rf"{OTHER_PLANS}|\bprogramme\s+(?:européen\s+)?LEADER\b|\bconseils?\s+locaux?\s+de\s+santé\s+mentale\b|\bCLSM\b", re.I)
_OUR_PLAN = re.compile(rf"{cls_source()}|\bcontrat\b(?!\s+(?:de\s+)?(?:ville|ruralité|territoire|relance|plan)\b)", re.I)


def _said_of_another_plan(before: str) -> bool:
    # (a "convention" is often the contract's own funding agreement: "l'ARS formalise son soutien par une convention")
    other = [m.start() for m in _OTHER_PLAN.finditer(before) if m.group().lower() != "convention"]
    ours = [m.start() for m in _OUR_PLAN.finditer(before)]
    return bool(other) and (not ours or ours[-1] < other[-1])


# A building's money ("la maison de santé pluriprofessionnelle de Solesmes, ouverte en 2024 pour 2,3 millions d'euros",
# "Le budget du centre de santé municipal, 380 000 €", "le pôle santé, dont l'extension (1,2 million d'euros)"): a
# facility named in the amount's clause, the contract's coordination or actions not named after it.
_FACILITY = re.compile(r"\bmaisons?\s+(?:de\s+|pluriprofessionnelles?\s+de\s+)?santé|\bp[ôo]les?\s+(?:de\s+)?santé|"
                       r"\bcentres?\s+de\s+santé|\bMSP\b|\bextension\b|\bconstruction\b|\bbâtiment\b", re.I)
_CLAUSE_START = re.compile(r"[.;!?\n•|][^.;!?\n•|]*$")
_FOR_THE_CONTRACT = re.compile(r"\bCLS\b|\bcontrat\b|coordinat|coordonnat|\bactions?\b|\banimat", re.I)


# Money spread over a whole region or over all contracts ("4,5 millions d'euros pour la prévention sur l'ensemble de
# l'archipel", "2,1 M€ à l'accompagnement de l'ensemble des contrats locaux de santé de la région").
_REGION_WIDE = re.compile(r"[^.;\n]{0,80}?(?:\bl['’]ensemble\s+(?:de\s+l['’](?:archipel|île|[ée]tat)|de\s+la\s+région|du\s+(?:département|territoire\s+régional)|"
                          r"d(?:es|e\s+ces)\s+(?:contrats|CLS)\b|des\s+(?:départements|territoires)\s+de\s+la\s+région)"
                          # "2,1 millions d'euros aux 47 contrats locaux de santé de la région"
                          r"|\baux\s+(?:\d{1,3}|[a-zé]+(?:-[a-zé]+)?)\s+(?:autres\s+)?(?:contrats|CLS)\b)", re.I)
# "… des 1,8 million d'euros investis dans le centre municipal de santé": what was invested, said after it.
_INVESTED_AFTER = re.compile(r"[^\S\n]++investie?s?\b", re.I)
_PART_OF = re.compile(r"[^.;\n\d]{0,30}?\bdont\s+", re.I)  # (used with fullmatch between two amounts)
# The agency's money for all of them ("l'ARS leur consacre au total 2,3 millions d'euros"): a tally, said before it.
_TO_THEM_ALL = re.compile(r"\bleur\s+(?:consacre|consacrent|apporte|alloue|verse|réserve)\s+(?:au\s+total\s+|en\s+tout\s+)?$", re.I)


# Money for building works, told after the amount ("le conseil a voté 85 000 € pour l'agrandissement du pôle santé").
_WORKS_AFTER = re.compile(r"[^\S\n]*+(?:(?:HT|TTC)[^\S\n]*+)?(?:,[^\S\n]*+)?pour[^\S\n]++(?:l['’]|la[^\S\n]++|le[^\S\n]++|les[^\S\n]++)?"
                          r"(?:agrandissement|extension|construction|rénovation|réhabilitation|aménagement|acquisition|travaux)\b",
                          re.I)


def _a_facility_s(text: str, at: int) -> bool:
    """The amount at ``at`` is what a facility costs or receives, by its clause's words before it."""
    before = text[max(0, at - 110) : at]
    if (cut := _CLAUSE_START.search(before)) is not None:
        before = before[cut.start() + 1 :]
    found = list(_FACILITY.finditer(before))
    return bool(found) and not _FOR_THE_CONTRACT.search(before, found[-1].end())


# The body an amount is given to, not its funder: "l'ARS attribue à la Communauté de communes une subvention de 25 000 €".
_GIVEN_TO = re.compile(r"\b(?:attribu|vers|accord|allou|octroi)\w*[^\S\n]+(?:à|au|aux)[^\S\n]+(?:la[^\S\n]+|le[^\S\n]+|les[^\S\n]+|l['’])?$",
                       re.I)


def find_amounts(text: str, offset: int, orgs: list[OrgMention]) -> list[Amount]:
    out: list[Amount] = []
    if "€" not in text and "euro" not in text and "¤" not in text:
        return out  # every _AMOUNT has one of them: the exclusion scans need not run
    if _NOT_FUNDING.search(text) or (_OTHER_BENEFICIARY.search(text) and not _THE_CONTRACT.search(text)):
        return out
    skipped: int | None = None  # where the last amount left out ends
    for m in _AMOUNT.finditer(text):
        value = _value(m)
        if value < 500 or value >= MAX_CLS_AMOUNT:
            continue
        if (_PAY.search(text, 0, m.start()) and not _PAY_FUNDED.search(text, 0, m.start())) or _PAY_AFTER.match(text, m.end()):
            # a pay ("une rémunération de 2 400 € brut", "Dépenses : rémunération chargée 49 500 €"), not an amount a
            # later clause tells the pay's rest of ("30 000 € …, la CC prenant en charge le reste de la rémunération")
            continue
        if out and _TOTAL_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if _said_of_another_plan(text[: m.start()]) or _a_facility_s(text, m.start()) or _REGION_WIDE.match(text, m.end()) \
                or _WORKS_AFTER.match(text, m.end()) \
                or _INVESTED_AFTER.match(text, m.end()) \
                or _TO_THEM_ALL.search(text, max(0, m.start() - 40), m.start()) \
                or (skipped is not None and _PART_OF.fullmatch(text, skipped, m.start())):
            skipped = m.end()  # ("… au total 2,3 millions d'euros, dont 410 000 € dans le Var": its part too)
            continue
        if sum(abs(a.amount - value) < 0.5 for a in out) >= 2 and _RESTATED.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "… à parts égales par la commune et par l'ARS, soit 21 000 € chacune": the halves again
        start = offset + m.start()
        before = [o for o in orgs if offset <= o.start < start and o.org_type not in ("commune",)
                  and not _GIVEN_TO.search(text, max(0, o.start - offset - 40), o.start - offset)]
        funder = before[-1] if before else None
        after = [o for o in orgs if start < o.start < offset + len(text)]
        if (funder is None and after) or (after and (by := _BY_AFTER.match(text, m.end())) is not None
                                          and after[0].start == offset + by.end()):
            funder = after[0]  # "31 000 € apportés par l'ARS, 21 000 € par le PETR": the funder after its amount
        y = _YEAR.search(text)
        year = int(y.group(1)) if y else None
        # "80 000 € par an, financés à parts égales par la métropole et l'ARS": one half each.
        # "Le Département et l'ARS financent chacun 35 000 €": the whole amount each.
        clause_end = offset + len(text)
        equal = _EQUAL.search(text, m.end())
        each = _EACH.search(text)
        if equal:
            payers = [_short_funder(o) for o in orgs if offset + equal.start() <= o.start < clause_end]
            pair = _PAIR.match(text, equal.end())
            if len(payers) < 2 and pair:
                payers = [_bare_funder(pair["a"]), _bare_funder(pair["b"])]
            if len(payers) >= 2:
                out += [Amount(start, offset + m.end(), value / 2, f, year) for f in payers[:2]]
                continue
        if each:
            payers = [_short_funder(o) for o in orgs if offset <= o.start < start and o.org_type != "commune"]
            pairs = list(_PAIR.finditer(text[: m.start()])) or list(_HALVES.finditer(text[: m.start()]))
            if len(payers) < 2 and pairs:
                payers = [_bare_funder(pairs[-1]["a"]), _bare_funder(pairs[-1]["b"])]
            if len(payers) >= 2:
                out += [Amount(start, offset + m.end(), value, f, year) for f in payers[-2:]]
                continue
        out.append(Amount(start, offset + m.end(), value, _short_funder(funder), year))
        if (ditto := _DITTO.match(text, m.end())) is not None:
            # "l'ARS y consacre 30 000 € par an, la Communauté de l'Auxerrois également": the same again, another funder
            out.append(Amount(start, offset + m.end(), value, _bare_funder(ditto["who"] or ditto["half"] or ditto["same"] or ditto["rest"]), year))
    # "Le contrat est doté de 60 000 € par an : 30 000 € apportés par l'ARS …, et 30 000 € par la Ville": a total
    # before its parts, which the parts say (and once: "62 000 € : 31 000 €, 21 000 € et 10 000 €" has one total)
    for k, a in enumerate(out):
        if len(later := [b for b in out[k + 1 :] if b.start > a.start]) >= 2 and abs(sum(b.amount for b in later) - a.amount) < 0.5:
            return out[:k] + out[k + 1 :]
    return out


# The next sentence names who pays the other half: "L'ARS mobilise 20 000 euros en 2026 pour financer la coordination du
# contrat. La communauté de communes prend en charge l'autre moitié du poste."
# (a deliberation's next article too: "Article 2 : La Communauté de communes assure l'autre moitié du financement du poste")
_OTHER_HALF_NEXT = re.compile(r"\s*(?:Article[^\S\n]+\d{1,2}[^\S\n]*[:.–—-][^\S\n]*)?(?P<who>(?:la|le|les|l['’])\s*[^\W\d_][^,.;:\n\d]{1,60}?)\s+"
                              rf"{_TAKES_ON}\s+l['’]autre\s+moitié\b"
                              r"(?![^.\n]*\d)", re.I)


def other_half_next(text: str, offset: int, before: Amount) -> Amount | None:
    """The amount of a sentence that opens on the payer of "l'autre moitié" of the amount the sentence before gave: the
    same amount again, from that payer (one entry per funder, corpus/README.md)."""
    m = _OTHER_HALF_NEXT.match(text)
    if m is None:
        return None
    return Amount(offset + m.start("who"), offset + m.end(), before.amount, _bare_funder(m["who"]), before.year)


def _bare_funder(words: str) -> str:
    """'la métropole' -> 'Métropole': a funder named by a common noun."""
    w = re.sub(r"^(?:la|le|les|l['’])\s*", "", words.strip(), flags=re.I)
    return w[:1].upper() + w[1:]


def _short_funder(org: OrgMention | None) -> str | None:
    if org is None:
        return None
    return "ARS" if org.org_type == "ars" and org.generic else org.name


def told_once(amounts: list[Amount], headed: set[int]) -> list[Amount]:
    """A contract's amounts, each told once (``headed``: the ids of those read in a heading line):
    - a heading's amount told again below ("30 000 € par an pour la coordination" / "L'ARS continuera de financer le
      poste … à hauteur de 30 000 € par an"): the one of the sentence, and of the two the one whose funder is named;
    - one body's amount told under two of its names ("financé … par l'Agence régionale de santé … soit 27 000 €" /
      "SOLLICITE auprès de l'Agence régionale de santé Auvergne-Rhône-Alpes une participation de 27 000 €"): the first."""
    told = {(a.amount, a.year) for a in amounts if id(a) not in headed}
    # (a heading's amount that the parts below add up to: "60 000 euros par an" over "… 40 000 euros apportés par
    # l'agglomération et 20 000 euros par l'ARS")
    body = [a for a in amounts if id(a) not in headed]
    told |= {(a.amount, a.year) for a in amounts if id(a) in headed and len(body) >= 2
             and any(abs(sum(b.amount for b in body[k : k + n]) - a.amount) < 0.5
                     for n in (2, 3) for k in range(len(body) - n + 1))}
    funded = {(a.amount, a.year) for a in amounts if a.funder}
    amounts = [a for a in amounts if (a.funder or (a.amount, a.year) not in funded)
               and (id(a) not in headed or (a.amount, a.year) not in told)]
    return [a for k, a in enumerate(amounts) if not any(
        b.amount == a.amount and b.year == a.year and b.funder and a.funder and b.funder != a.funder
        and _funder_body(b.funder) == _funder_body(a.funder) for b in amounts[:k])]


def _funder_body(name: str) -> str:
    """'ARS', 'ARS Auvergne-Rhône-Alpes', 'Agence régionale de santé': one body."""
    key = " ".join(name.lower().split())
    return "ars" if key.startswith(("ars", "agence régionale de santé")) else key
