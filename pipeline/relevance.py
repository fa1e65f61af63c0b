"""Is a document about one or more specific Contrats Locaux de Santé?

Two steps, cheap first: a regex screen that lets most crawled pages skip spaCy entirely, then the
decision, which needs the territory candidates: a CLS mention that is not a look-alike (contrat local
de sécurité, CLSPD, CLSM alone), not only hypothetical ("un futur CLS"), about a named territory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import rules
from pipeline.lines import line_at

# Looser than the lexicon (rules/mentions.yml), so that it never drops a page the lexicon would keep
# (tests/test_relevance.py checks every CLS phrase against it).
_SCREEN = re.compile(r"contrats?\s+loca(?:l|ux)\s+(?:intercommuna(?:l|ux)\s+)?(?:de\s+(?:la\s+)?)?sant|\bCLS", re.IGNORECASE)


def prefilter(text: str) -> bool:
    """Cheap screen: can this text be about a CLS at all?"""
    return bool(_SCREEN.search(text))


@dataclass
class Relevance:
    is_cls: bool
    score: float
    reason: str
    cls_spans: list[tuple[int, int]]
    # Every mention names the CLS as the frame of another plan's actions (rules/relevance.yml: reference_frame).
    framed: bool = False
    # Every mention is plural ("les contrats locaux de santé du département"): a list of contracts, or none.
    plural: bool = False


def _hypothetical(text: str, start: int) -> bool:
    window = text[max(0, start - 120) : start + 160]
    if rules.compiled("relevance", "hypothetical").search(window):
        return True
    before = text[max(0, start - 100) : start]
    return bool(rules.compiled("relevance", "negated_before").search(before[-60:])
                or rules.compiled("relevance", "others_have").search(before)
                or _A_NEIGHBOURS.match(text, start))


# A neighbour's contract ("la commune observe avec intérêt le contrat local de santé signé par la ville voisine de
# Mantes-la-Jolie", "le CLS de la commune voisine"): another place's, an example on a page about something else.
_A_NEIGHBOURS = re.compile(r"[^.;:!?\n]{0,40}?\b(?:signé\s+par|de|porté\s+par)\s+(?:la|une|l['’]|les)\s*"
                           r"(?:ville|commune|intercommunalité|agglomération|communauté\s+de\s+communes)s?\s+voisines?\b", re.I)


_ACCENTS = {"é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": "[àa]", "â": "[âa]", "î": "[îi]", "ô": "[ôo]", "û": "[ûu]",
            "ç": "[çc]", "'": "['’]"}


def loose(word: str) -> str:
    """A word as a regex with its accents optional ('Éducation' also matches 'Education')."""
    return "".join(_ACCENTS.get(c, re.escape(c)) for c in word)


def phrase_pattern(phrase: str) -> str:
    """A phrase of rules/mentions.yml as a regex: whole words, any whitespace, accents optional."""
    words = [loose(w) for w in phrase.split()]
    return r"\b" + r"\s+".join(words) + r"\b"


def _alternatives(label: str) -> list[str]:
    """The phrase patterns of one label of rules/mentions.yml, longest first."""
    return sorted({phrase_pattern(p) for p in rules.load("mentions")[label]}, key=len, reverse=True)


@cache
def _lexicon() -> dict[str, re.Pattern[str]]:
    spec = rules.load("mentions")
    out = {label: re.compile("|".join(_alternatives(label)), re.I) for label in ("CLS", "OTHER_CLS")}
    # The acronym is case-sensitive ("cls" in a URL is not one) and may carry a number ("CLS 2", "CLS3").
    out["CLS_ACRONYM"] = re.compile(r"\b(?:" + "|".join(map(re.escape, spec["CLS_ACRONYM"])) + r")(?:\s?[1-9])?\b")
    return out


def only_lookalikes(text: str) -> bool:
    """The text names a look-alike ("le contrat local de santé mentale du Noyonnais", "le CLSPD") and no CLS beside it."""
    lex = _lexicon()
    other = [m.span() for m in lex["OTHER_CLS"].finditer(text)]
    return bool(other) and not lex["CLS_ACRONYM"].search(text) and all(
        any(s <= m.start() and m.end() <= e for s, e in other) for m in lex["CLS"].finditer(text))


_CLSM = re.compile(r"\bCLSM\b|\bconseils?\s+locaux?\s+de\s+sant[ée]\s+mentale\b", re.I)


def cls_source() -> str:
    """The regex source other rules use for "a CLS": any CLS phrase of rules/mentions.yml or its acronym."""
    acronyms = (rf"\b{re.escape(a)}\b" for a in rules.load("mentions")["CLS_ACRONYM"])
    return "(?:" + "|".join([*_alternatives("CLS"), *acronyms]) + ")"


# A contract in general: "la programmation d'un contrat local de santé", "dans un CLS".
_ANY_ONE = re.compile(r"\b(?:d['’]un|un|tout)\s*$", re.I)
# (not one the page tells of: "La Ville dispose d'un contrat local de santé, le deuxième du nom, signé le 3 avril 2025",
# "s'est dotée d'un CLS": its own contract, however indefinite the article)
_OWNS = re.compile(r"\b(?:dispos\w{0,4}|possèd\w{0,3}|poss[ée]d\w{0,4}|dot[ée]e?s?)\s+d['’]un\s*$", re.I)
_TOLD_AFTER = re.compile(r"(?:[^\S\n]*+\([^\S\n]*+CLS[^\S\n]*+\))?+[^\S\n]*+,?[^\S\n]*+(?:le\s+(?:premier|deuxième|second|troisième|quatrième)\b"
                         r"|signé\s+(?:le|en)\b|conclu\s+(?:le|en|pour)\b)", re.I)


def _any_one(text: str, start: int, end: int) -> bool:
    """A mention of any contract ("la programmation d'un contrat local de santé", "dans un CLS"), not of one the page
    tells of."""
    return _ANY_ONE.search(text, max(0, start - 12), start) is not None \
        and _OWNS.search(text, max(0, start - 30), start) is None and _TOLD_AFTER.match(text, end) is None
# A sentence that defines any contract: "Un contrat local de santé est un contrat signé avec l'ARS".
_DEFINING = re.compile(r"(?:^|[.!?:]\s++|\n\s*+)Un\s++$")  # possessive: linear on long runs of blanks
# A job offer ("La communauté de communes recrute un(e) coordinateur(trice) du contrat local de santé (H/F)"): the
# contract's own page, in preparation or in force.
_JOB_OFFER = re.compile(r"\brecrut|\boffre\s+d['’]emploi|\bcandidat|\b[HF]\s*/\s*[FH]\b|\bposte\s+à\s+pourvoir|\bfiche\s+de\s+poste",
                        re.I)
# A person's name in apposition before a job title: "Maëlle Jouan, coordinatrice du …".
_NAME_THEN_COMMA = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+[^\S\n]*,[^\S\n]*$")


def _persons_job(text: str, start: int) -> bool:
    """The mention at ``start`` names someone's job, in apposition to their name."""
    job = _JOB_TITLE.search(text, max(0, start - 60), start)
    return job is not None and _NAME_THEN_COMMA.search(text, max(0, job.start() - 40), job.start()) is not None


# A territory signing its own contract, however the headline shortens it ("le Pays de la Déodatie signe son troisième
# contrat local"): the page's subject, not a person's job.
_SIGNS_ITS_OWN = re.compile(r"\bsign(?:e|ent|era|eront)\s+(?:son|sa|leur)\s+(?:(?:tout\s+)?(?:premier|deuxième|second|troisième|"
                            r"quatrième|nouveau)\s+)?(?:contrat\s+local\b(?!\s+de\s+s[ée]curit)|CLS\b)", re.I)
# The contract told signed by its rank, after a job's mention named it ("Anne-Sophie Leroux, coordinatrice du contrat
# local de santé du Pays … : un premier contrat avait été conclu en 2014, un deuxième en 2019. Le troisième a été signé
# le vendredi 3 juillet"): the page's subject, not only someone's job.
_ORDINAL_SIGNED = re.compile(r"\b(?:le|ce|un|son)\s+(?:premier|deuxième|second|troisième|quatrième|nouveau)"
                             r"(?:\s+contrat(?!\s+(?:de\s+ville|de\s+ruralité|de\s+territoire|de\s+relance)))?"
                             r"\s+(?:a|avait)\s+été\s+(?:signé|conclu|paraphé)\b", re.I)
# A job named after the contract: "coordinatrice du contrat local de santé", "chargé de mission « CLS »".
_JOB_TITLE = re.compile(r"\b(?:charg[ée]e?s?\s+de\s+mission|coordinat(?:eur|rice)s?|coordonnat(?:eur|rice)s?|animat(?:eur|rice)s?|"
                        r"référente?s?)\s*(?:[«\"“]\s*|(?:du|de\s+la|de|des)\s+)?$", re.I)
_CONTACT_LINE = re.compile(r"\bcontacts?\b|@|\b0\d(?:[ .·]?[\d·]{2}){4}\b|\bt[ée]l(?:\.|éphone)?\s*:", re.I)


def _in_contact_line(text: str, pos: int) -> bool:
    """Whether the line holding pos is a contact's: a phone number, an e-mail address or the word "contact"."""
    return _CONTACT_LINE.search(text, *line_at(text, pos)) is not None


_EXPANDS = re.compile(r"(?<!\s)\s*\(\s*CLS\s*\)")  # (starts where a run of spaces starts: linear)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LINKS = frozenset({"de", "du", "des", "d", "la", "l", "le", "les"})


def _spelled_otherwise(text: str) -> bool:
    """The page spells "(CLS)" out as something else than a contract ("un comité local de suivi (CLS)"): the three
    words before it, short links ("de", "du", "la") aside, have the initials C, L, S and are no CLS phrase."""
    for m in _EXPANDS.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        words = [w for w in _WORD.findall(before.replace("’", "'").replace("'", " ")) if w.lower() not in _LINKS][-5:]
        # the three words right before, or before a place that completes them ("Cercle laïque sportif d'Oyonnax (CLS)")
        for k in range(len(words) - 3, max(len(words) - 6, -1), -1):
            three = words[k : k + 3]
            if k + 3 < len(words) and not all(w[0].isupper() for w in words[k + 3 :]):
                break
            if "".join(w[0] for w in three).upper() == "CLS":
                phrase = before[before.rfind(three[0], 0, before.rfind(three[-1])) :]
                if not _lexicon()["CLS"].search(phrase) and not _lexicon()["OTHER_CLS"].search(phrase):
                    return True
    return False


def _acronym_is_another(text: str, other_spans: list[tuple[int, int]], full: list[tuple[int, int]]) -> bool:
    """The page expands "CLS" as a look-alike ("contrat local de sécurité (CLS)", "comité local de suivi (CLS)") and
    never as a CLS."""
    if any(_EXPANDS.match(text, e) for _, e in full):
        return False
    return any(_EXPANDS.match(text, e) for _, e in other_spans) or _spelled_otherwise(text)


# An encyclopedia's disambiguation page ("CLS peut désigner : - Contrat local de santé, en France, outil de …"): the
# contract among the acronym's meanings, defined, no one contract.
_MEANINGS = re.compile(r"\bpage\s+d['’]homonymie\b|\bCLS\s+peut\s+désigner\b", re.I)
_LINK_LINE = re.compile(r"^[^\S\n]*[-•*›>][^\S\n]+(?P<item>[^\n]{1,80})$", re.M)
_OF_A_PLACE = re.compile(r"\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÉÈÎ]")


def _only_links(text: str, spans: list[tuple[int, int]]) -> bool:
    """A site map or a menu: every CLS mention is a short item of a long list of links ("- Contrat local de santé",
    "- Contrat local de santé : les fiches-actions") and names no place; the page says nothing of a contract."""
    items = [m for m in _LINK_LINE.finditer(text) if len(m["item"].split()) <= 8 and not m["item"].rstrip().endswith(".")]
    if len(items) < 15:
        return False
    return all(any(m.start("item") <= s < m.end("item") for m in items) and not _OF_A_PLACE.match(text, e) for s, e in spans)


def assess(text: str) -> Relevance:
    """Mentions and their meaning; ``is_cls`` is final only once a territory is known (see decide)."""
    lex = _lexicon()
    other_spans = [m.span() for m in lex["OTHER_CLS"].finditer(text)]
    # "contrat local de santé mentale": the longer look-alike wins over the CLS phrase it starts with.
    full = [m.span() for m in lex["CLS"].finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e in other_spans)]
    # (not a hashtag: "#CLS" among a post's tags names no contract)
    acro = [m.span() for m in lex["CLS_ACRONYM"].finditer(text) if not text.startswith("#", max(0, m.start() - 1))]
    if acro and _acronym_is_another(text, other_spans, full):
        acro = []  # "le contrat local de sécurité (CLS)": the acronym is the look-alike's on this page
    n_other = len(other_spans)
    if not full:
        if not acro or n_other:
            return Relevance(False, 0.05 if acro else 0.0, "no CLS expansion" if acro else "no CLS mention", [])
        # Acronym only, no other meaning given: keep it if the page is about health.
        if len(re.findall(r"\bsanté\b", text, re.IGNORECASE)) < 3:
            return Relevance(False, 0.2, "acronym only, not about health", [])
    real = [s for s in full if not _hypothetical(text, s[0])]
    if full and not real:
        return Relevance(False, 0.2, "CLS only hypothetical", [])
    # CLSM pages count too ("2016 est une année charnière, le CLSM débute une collaboration … dans le cadre du
    # Contrat Local de Santé"): the conseil local de santé mentale, named by its acronym or in full.
    # (counting the mentions of one contract only: not "aux côtés des 80 contrats locaux de santé de la région", "Un
    # contrat local de santé est un contrat signé avec l'ARS")
    specific_real = [(s, e) for s, e in real if not text[s:e].lower().startswith("contrats")
                     and not _DEFINING.search(text, max(0, s - 12), s)]
    if len(specific_real) + len(acro) == 1 and n_other + len(_CLSM.findall(text)) >= 2:
        # One CLS sentence on a page about its look-alikes (minutes renewing a CLSPD, a CLSM page that
        # recalls "le contrat local de santé intercommunal poursuit ses actions"): a passing mention.
        return Relevance(False, 0.2, "passing mention on a look-alike's page", [])
    spans = sorted(real + acro)
    if _MEANINGS.search(text):
        return Relevance(False, 0.2, "a page of the acronym's meanings", [])
    if _only_links(text, spans):
        return Relevance(False, 0.2, "CLS only in a list of links", [])
    score = min(1.0, 0.5 + 0.1 * len(real) + 0.05 * len(acro) - 0.1 * n_other)
    contacts = [sp for sp in spans if _JOB_TITLE.search(text, max(0, sp[0] - 60), sp[0]) and _in_contact_line(text, sp[0])]
    if contacts and len(contacts) < len(spans):
        # "Nom du contact : Mme Solenn Le Berre, coordinatrice du contrat local de santé – 02 98 …": a job's name in a
        # contact line, wherever the page puts it; what the page says of the contract is in its other mentions
        spans = [sp for sp in spans if sp not in contacts]
    # An acronym right after its expansion is that mention ("contrat local de santé (CLS)"): one.
    own = mentions_once(spans)
    # (the page's other mentions only in the plural or of any one CLS: "les coordinateurs des contrats locaux de santé
    # bretons", "« Un CLS, ce n'est pas un guichet de plus »": a seminar's page, not one contract's)
    specific = [(s, e) for s, e in own if not text[s:e].lower().startswith("contrats") and not _any_one(text, s, e)]
    if (all(_persons_job(text, s) for s, _ in own)
            or (specific and len(specific) < len(own) and all(_persons_job(text, s) for s, _ in specific))) \
            and not _JOB_OFFER.search(text) and not _SIGNS_ITS_OWN.search(text) and not _ORDINAL_SIGNED.search(text):
        # "Maëlle Jouan, coordinatrice du contrat local de santé de la communauté de communes du Pays de Blain, rejoint
        # l'ARS": a contract named only as someone's job, on a page that is no offer of that job (not "Les animatrices
        # du contrat local de santé de Tours ont présenté un bilan de leurs actions": the contract's people, its subject)
        return Relevance(False, 0.2, "CLS only as a job title", [])
    frame = rules.compiled("relevance", "reference_frame")
    # "… inscrites dans la programmation d'un contrat local de santé (CLS) … témoigne Karine Douville, coordinatrice du
    # CLS d'Inter-Caux-Vexin": any contract, in general, and one named only as a person's title.
    in_frame = [frame.search(text[max(0, s - 60) : s]) is not None for s, _ in own]
    framed = any(in_frame) and all(f or _any_one(text, s, e) for f, (s, e) in zip(in_frame, own, strict=True))
    plural = not acro and all(text[s:e].lower().startswith("contrats") for s, e in real)
    return Relevance(True, max(score, 0.3), "CLS mentioned", spans, framed, plural)


# Where a page's first CLS mention stands, as a share of its text and in characters, beyond which a mention that
# nothing specific follows is a passing one (see decide): not in a short notice's few lines.
LATE_MENTION = 0.3
LATE_CHARS = 400


def explains(text: str) -> bool:
    """The page explains CLS in general: two explainer phrasings or more (rules/relevance.yml: generic)."""
    return len({m.group().lower() for m in rules.compiled("relevance", "generic").finditer(text)}) >= 2


def mentions_once(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted mention spans less an acronym right after its expansion ("contrat local de santé (CLS)"): one
    mention."""
    return [(s, e) for k, (s, e) in enumerate(spans) if k == 0 or s - spans[k - 1][1] > 2]


def may_pass(rel: Relevance, text_len: int, expansions_once: bool = False) -> bool:
    """Whether the page's CLS mentions can be a passing one: once or twice, the first one late (see decide).
    ``expansions_once``: "contrat local de santé (CLS)", an acronym right after its expansion, counts once."""
    n = len(mentions_once(rel.cls_spans) if expansions_once else rel.cls_spans)
    return 0 < n <= 2 and rel.cls_spans[0][0] > max(LATE_MENTION * text_len, LATE_CHARS)


def decide(rel: Relevance, n_contracts: int, said: bool = True, text_len: int = 0) -> Relevance:
    """The final verdict once the contracts are read. ``said``: whether anything specific was read of them (a
    status, a date, a period, parties, axes, funding). The schema's passing mention: a page about something
    else that names a CLS once or twice, late, and says nothing of it ("Le projet figure parmi les actions du
    contrat local de santé du territoire")."""
    if rel.is_cls and n_contracts == 0:
        return Relevance(False, min(rel.score, 0.4), "no specific territory", rel.cls_spans)
    if rel.is_cls and not said and may_pass(rel, text_len):
        return Relevance(False, min(rel.score, 0.3), "passing mention: nothing said of the CLS", rel.cls_spans)
    if rel.is_cls and may_pass(rel, text_len, expansions_once=True) and rel.framed:
        return Relevance(False, min(rel.score, 0.3), "passing mention: the CLS as another plan's frame", rel.cls_spans)
    if rel.is_cls and rel.plural and n_contracts < 2:
        # "les animatrices des contrats locaux de santé d'Indre-et-Loire", "les contrats locaux de santé que la ville
        # et la Matheysine ont chacune conclus": a page that names contracts only in the plural and lists none of
        # them is about no one contract (a list of contracts under "Les contrats locaux de santé en cours" is).
        return Relevance(False, min(rel.score, 0.2), "CLS only in the plural", rel.cls_spans)
    return rel
