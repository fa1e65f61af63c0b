"""Priority axes of one contract: the list a header clause announces ("s'organise autour de 5 axes :").

Three shapes are read: bullet or numbered lines under the header (sub-items such as "Fiche action
1.1" skipped), lines "Label : explication" (the label is the axis), and inline lists after a colon
(split at ";", or at commas, where a list of infinitives may itself contain commas). The generic
2009-law list and lists of missions, fiches actions or cross-cutting stakes are not axes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import rules
from pipeline.extract import tables
from pipeline.extract.orgs import find_orgs
from pipeline.extract.themes import themes_of
from pipeline.extract.units import BULLET, Unit
from pipeline.lines import line_end, line_start
from pipeline.models import Axis

_R = rules.load("axes")
_NUMBERS = rules.number_words()
_COUNT = re.compile(rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})\s+(?:grand(?:e|s|es)?\s+|pistes\s+d['’])?"
                    r"(?:axes|orientations|priorités|pistes|défis|objectifs|volets|chantiers|thématiques|thèmes|domaines|enjeux|ambitions"
                    # the page's own word for them, quoted ("quatre « caps »")
                    r"|«[^\S\n]*[a-zà-ÿ]{3,20}[^\S\n]*»)", re.I)
_SUB = re.compile(_R["sub_items"], re.I)
# A numbered sub-heading of a section: "3.1 Garantir l'accès aux soins de premier recours".
_SECTION_ITEM = re.compile(r"(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?[^\S\n]+(?P<label>[A-ZÀ-Ý«][^\n]{2,150})$")
_GENERIC_MARKER = re.compile(_R["generic_marker"], re.I)
_GENERIC_CONCEPTS = [re.compile(c, re.I) for c in _R["generic_concepts"]]
# ("AXE 1 | Se soigner près de chez soi": a bar too, as a magazine's headings write it)
# (a letter numbers it before a separator or a capitalised label: "AXE A - RENFORCER …", "AXE B AMÉLIORER …")
_AXE_PREFIX = re.compile(r"^(?:axe|orientation|priorité|objectif|ambition|levier|chantier|défi|enjeu|volet)\b\s*(?:n°\s*)?"
                         r"(?:\d+|[IVX]+|[A-H](?=\s*[:.–—|-]|\s+(?-i:[A-ZÀ-Ý])))?"
                         r"\s*[:.–—|-]?\s*", re.I)
_PREFIX_WORD = re.compile(r"(?i)axe|orientation|priorit|objectif|ambition|levier|chantier|défi|enjeu|volet")
_NOT_VERB = {"premier", "dernier", "cancer", "hiver", "leur", "pour", "sur", "entre", "notre", "votre", "autre",
             "centre", "ordre", "titre", "cadre", "membre", "nombre", "offre", "lettre", "quatre", "contre", "libre",
             "propre", "foyer", "métier", "quartier", "atelier", "dossier", "parcours", "soir", "espoir", "pouvoir",
             "savoir", "devoir", "avenir", "loisir", "plaisir", "désir", "mer", "fer", "air", "désert", "ordinaire"}
_ORDINAL_WORDS = ("premi(?:er|ère)", "deuxième|seconde?", "troisième", "quatrième", "cinquième", "sixième", "septième",
                  "huitième")
_NUMBERING = re.compile(r"(?i)(?:axe|orientation|priorité|objectif|volet|défi|enjeu|thématique|ambition|levier|chantier)s?\s*(?:stratégique\s*)?"
                        r"(?:(?:n°\s*)?(?:\d{1,2}|[IVX]{1,4}|[A-H])\b\.?|transversale?s?\b"  # "Axe transversal : …"
                        # a deed's numbers in words: "Axe un — Garantir l'accès aux soins …"
                        r"|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?=[^\S\n]*(?:[—–:-]|$)))"
                        # "Premier axe : l'accès aux soins …", "Troisième priorité : …"
                        rf"|(?:{'|'.join(_ORDINAL_WORDS)}|dernier|dernière)\s+(?:axe|orientation|priorité|objectif|volet|défi|"
                        r"enjeu|ambition|levier|chantier)\b")
_COLUMN_HEAD = re.compile(r"(?i)(?:les\s+)?(?:axes?|orientations?|priorités?|objectifs?|thèmes?|thématiques?)"
                          r"(?:\s+(?:stratégiques?|prioritaires?))?(?:\s+du\s+(?:CLS|contrat))?")  # "Axe du CLS"
_DATE_CELL = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}")
_ROW_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[A-H])\.?")
_ENUM_WORDS = re.compile(r"^(?:et|puis|ensuite|enfin|d['’]abord|aussi|également|mais\s+aussi|ainsi\s+que)\s+", re.I)


@dataclass
class AxisItem:
    label: str
    raw: str  # the whole item: label, examples and explanation (what themes are read from)
    start: int
    end: int
    short: str | None = None  # the label before a colon, when the item has one


def details(items: list[AxisItem]) -> tuple[list[Axis], list[str]]:
    """The contract's axes, ranked, each with its themes; and the themes of them all, in order of first use."""
    axes = [Axis(rank=i + 1, text=it.label, themes=themes_of(it.raw)) for i, it in enumerate(items)]
    themes: list[str] = []
    for a in axes:
        themes += [t for t in a.themes if t not in themes]
    return axes, themes


def _is_infinitive(chunk: str) -> bool:
    words = re.findall(r"[\wÀ-ÿ'’-]+", chunk.lower())
    if not words:
        return False
    while len(words) > 1 and words[0] in ("et", "mieux", "bien", "davantage", "encore", "aussi"):
        words = words[1:]  # "mieux repérer", "et accompagner"
    w = words[0]
    return bool(re.fullmatch(r"[a-zà-ÿ-]{2,}(?:er|ir|re|oir)", w)) and w not in _NOT_VERB


# A clause ("avait mis en lumière", "Le contrat s'articulera autour de", "Ces priorités seront déclinées"): a sentence,
# not an axis label.
_TOLD = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront)\s+(?:été\s+)?(?:\w+\s+)?\w+(?:é|ée|és|ées|is|it|ait)\b"
                   r"|\bs['’](?:articul|organis|structur|décli)\w*|\b(?:seront|sera|sont)\b")


# "Offre de soins : attirer de nouveaux professionnels…": an item's label before its colon and explanation.
_LABEL_THEN_COLON = re.compile(r"([^:\n]{3,100}):[^\S\n]+\S")
# "Cap 2": the numbering of an item under the page's own word for its axes ("quatre « caps »").
_WORD_NUMBER = re.compile(r"(?!(?:Article|Annexe|Chapitre|Titre|Page|Section|Partie|Fiche|Point|Tome|Étape|Mesure|Action)\b)"
                          r"[A-ZÉ][a-zà-ÿ]{1,15}[^\S\n]+\d{1,2}")


_LEADER_PAGE = re.compile(r"(?<![^\S\n])[^\S\n]*+(?:\.[^\S\n]?+){2,}+[^\S\n]*+(?:p\.[^\S\n]*+)?\d{1,3}[^\S\n]*+$")


def _clean(label: str) -> str:
    label = BULLET.sub("", label, count=1)
    label = _AXE_PREFIX.sub("", label) if _AXE_PREFIX.match(label) and _PREFIX_WORD.match(label) else label
    bare = re.sub(r"(?<!\s)\s*\([^()]*\)", "", label)
    # "Le parcours (personnes âgées, personnes en situation de handicap…)": a one-word label keeps its examples.
    label = bare if len(re.findall(r"[\wÀ-ÿ]{3,}", bare)) >= 2 else label
    label = _LEADER_PAGE.sub("", label)  # a table of contents' line: "Garantir un accès aux soins ........ 7"
    label = re.sub(r"(?<!\s)\s*…+\s*$|(?<!\s)\s*\.\.\.\s*$", "", label)
    label = _ENUM_WORDS.sub("", label.strip())
    label = label.strip(" ,;.:«»\"'“”–—-")
    return re.sub(r"\s+", " ", label).replace("’", "'")


_LAW_TAIL = re.compile(r"[\s,.;]*(?:(?:et|ou)\s.*)?", re.S)


def _is_generic(items: list[str]) -> bool:
    generic = [g.lower() for g in _R["generic_items"]]
    bare = [re.sub(r"^(?:les\b|la\b|le\b|l')\s*", "", it.lower().strip()) for it in items]
    if "santé" in bare or "sante" in bare:
        # "santé, mobilités, alimentation locale", "L'emploi et la formation, L'énergie, La santé": a territory's policy
        # fields, health among them, no contract's axes (no axis of a health contract is "la santé" alone)
        return True
    # "la promotion de la santé" is the law's; "la promotion de la santé mentale", "la prévention pour tous" are a
    # contract's own: an item is the law's when it is one of its items, up to a last word of the law's list.
    hits = sum(1 for it in bare if any(it.startswith(g) and _LAW_TAIL.fullmatch(it[len(g):]) for g in generic))
    if hits >= max(2, len(items) - 1):
        return True
    # The law's list reworded or cut otherwise ("la promotion, la prévention de la santé, les soins,
    # l'accompagnement médico-social mais aussi les déterminants"): its marker and most of its concepts.
    joined = " ; ".join(items)
    concepts = sum(1 for c in _GENERIC_CONCEPTS if c.search(joined))
    return _GENERIC_MARKER.search(joined) is not None and concepts >= 3


# ("…, au premier rang desquelles le diabète", "…, à commencer par les jeunes": what the item singles out)
_SINGLES_OUT = r"au\s+premier\s+rang\s+desquel(?:le)?s|en\s+tête\s+desquel(?:le)?s|à\s+commencer\s+par|y\s+compris"
_COMMENT = re.compile(r",\s+(?=(?:alors\s+que|qui|avec|dont|où|afin|grâce|notamment|via|car|puisque|par\s+exemple"
                      r"|en\s+lien\s+avec|en\s+partenariat\s+avec|dans\s+(?:un|une|ce|cette)\s+[a-zà-ÿ]+\s+(?:où|qui)"
                      rf"|en\s+particulier|tout\s+en|en\s+[a-zà-ÿ]+ant|une?\s+(?:enjeu|priorité|sujet|défi)|{_SINGLES_OUT})\b)", re.I)


_ARTICLE = re.compile(r"(?:la|le|les|l['’]|une?|des|du|de)\b", re.I)
# A comma part that comments the previous one ("l'offre de soins, dont la médecine de ville").
# "…et de la mobilité vers les lieux de soins, un sujet sensible dans les communes éloignées": an apposition.
_COMMENT_PART = re.compile(r"^(?:dont|notamment|en\s+particulier|par\s+exemple|qui|tout\s+en|alors\s+que"
                           # "…, dans une commune où la part des plus de 60 ans augmente": where, not what
                           r"|dans\s+(?:un|une|ce|cette)\s+[a-zà-ÿ]+\s+(?:où|qui)"
                           rf"|une?\s+(?:enjeu|priorité|sujet|défi|thème|question)\b|{_SINGLES_OUT})", re.I)


def _comma_parts(s: str) -> list[str]:
    """Comma-separated parts outside parentheses, a commenting part kept with the part it comments."""
    parts: list[str] = []
    depth = 0
    cut = 0
    for m in re.finditer(r"[()]|,\s+", s):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(s[cut:m.start()])
            cut = m.end()
    parts.append(s[cut:])
    out: list[str] = []
    for p in parts:
        if not p.strip():
            continue
        if out and _COMMENT_PART.match(p.strip()):
            out[-1] += ", " + p
        else:
            out.append(p)
    return out


_ET = re.compile(r"(?<!\s)\s+et\s+")
_ET_ARTICLE = re.compile(r"(?<!\s)\s+et\s+(?=(?:la|le|l['’]|les|des|du)\b)")


def _split_at_last(pattern: re.Pattern[str], text: str) -> list[str]:
    """The text cut at the last match of ``pattern`` (the list's own 'et' comes last)."""
    found = list(pattern.finditer(text))
    if not found:
        return [text]
    return [text[: found[-1].start()], text[found[-1].end():]]


def _label_part(part: str) -> str:
    """An inline item's label ends at its comment; the comment stays in the item (for its themes)."""
    return _COMMENT.split(part, maxsplit=1)[0]


# A step of a schedule ("Octobre - décembre 2026 : analyse des données", "15 mars : restitution"), not an axis.
# (an evening's programme too: "18h30 : accueil", "19 h 15 – table ronde")
_SCHEDULE_STEP = re.compile(r"(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                            r"décembre|printemps|été|automne|hiver)\b|\d{1,2}\s?h\s?(?:\d{2})?\s*[:–-]", re.I)


def _beyond_count(parts: list[str], count: int | None) -> list[str]:
    """"4 orientations : sport et alimentation, …, environnement, 14 actions structurantes et 30 mesures": parts past
    the count that are numbers of something else are not axes."""
    if count and len(parts) > count and all(re.match(r"\d", p.strip()) for p in parts[count:]):
        return parts[:count]
    return parts


# "…, le repérage des fragilités et, enfin, la santé des quartiers": the list's last link, a comma like the others.
_AND_FINALLY = re.compile(r"(?<![\s,]),?\s*(?:et\s*,?\s*)?\benfin\s*,\s*|(?<!\s)\s+et\s*,?\s*enfin\s*,?\s+", re.I)


# "…, et – c'est nouveau – santé-environnement": an aside between dashes inside the list.
_DASH_ASIDE = re.compile(r"(?<=\s)[–—]\s[^–—,;:.]{1,80}?\s[–—](?=\s)")


def _split_inline(s: str, count: int | None) -> list[str]:
    s = _AND_FINALLY.sub(", ", s.strip().rstrip("."))
    if len(numbered := _numbered_parts(s)) >= 2:
        return numbered  # "Axes : 1. Accès aux soins – 2. Santé mentale – 3. …": the numbers part the items
    if ";" in s and count and len(re.findall(r"(?<!\s)\s*;\s*\S", s)) + 1 < count \
            and len(first := _split_inline(s[: s.index(";")], count)) == count:
        # "… en quatre axes : A, B, C et D ; le portrait de …": the list the header counts ends at the ";" (where the
        # ";" do not part as many items as it counts: "quatre axes : l'accès aux soins, avec …, ; la santé des jeunes ; …")
        return first
    if ";" in s:
        parts = [p for p in re.split(r"(?<!\s)\s*;\s*", s) if p.strip()]
        # "l'accès aux soins, alors que 4 000 habitants n'ont plus de médecin": the label ends at its comment
        # (_label_part), the comment stays in the item for its themes.
        return [re.sub(r"^\s*\d+[.)]\s*", "", p) for p in parts]
    parts = _comma_parts(_DASH_ASIDE.sub(" ", s))
    while len(parts) >= 3 and re.match(r"\s*et\s", parts[-2]) and re.match(r"\s*avec\s", parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]  # "…, et santé-environnement, avec un travail sur l'eau": its comment
    if len(parts) >= 2:
        parts[-1] = re.sub(r"^\s*et\s+", "", parts[-1])  # "…, le sport-santé, et le repérage des fragilités"
    if parts and _is_infinitive(parts[0]):
        merged: list[str] = []
        for p in parts:
            if merged and not _is_infinitive(p):
                merged[-1] += ", " + p
            else:
                merged.append(p)
        if count and len(parts) == count > len(merged):
            # "quatre priorités : attirer et garder des soignants, la santé mentale des jeunes, le sport-santé, et …":
            # the count says the nouns after a first verb are items of their own, not its objects.
            return parts
        out: list[str] = []
        for k, p in enumerate(merged):
            if k + 1 < len(merged):
                out.append(p)  # "promouvoir la santé des jeunes et prévenir…, améliorer…": the list's "et" is its last
                continue
            pieces = re.split(r"(?<!\s)\s+et\s+(?=[a-zà-ÿ]+(?:er|ir|re)\b)", p)
            while count and len(pieces) > 1 and len(out) + len(pieces) > count:
                pieces[:2] = [f"{pieces[0]} et {pieces[1]}"]  # the count keeps "promouvoir X et lutter contre Y" whole
            # "accompagner et maintenir l'autonomie": a lone verb joins the next piece.
            for k, piece in enumerate(pieces):
                if len(piece.split()) < 2 and k + 1 < len(pieces):
                    pieces[k + 1] = f"{piece} et {pieces[k + 1]}"
                    pieces[k] = ""
            out.extend(x for x in pieces if x)
        return out
    if count and len(parts) < count and parts:
        last = re.split(r"(?<!\s)\s+et\s+(?=(?:la|le|l['’]|les|des|du)\b)", parts[-1])
        if len(parts) - 1 + len(last) > count:
            # "…, l'attractivité du territoire et la fidélisation des professionnels et l'amélioration de la
            # connaissance": the list's "et" is the last one.
            last = _split_at_last(_ET_ARTICLE, parts[-1])
        if len(last) == 1 and len(parts) + 1 == count:
            last = _split_at_last(_ET, parts[-1])  # "…, santé environnementale et santé mentale"
        parts = parts[:-1] + last
        if len(parts) < count:
            # "le développement de l'offre et un environnement favorable, la poursuite de la prévention et une
            # observation de la santé mentale": the count says each part holds two axes.
            split = [x for p in parts for x in re.split(r"(?<!\s)\s+et\s+(?=(?:une?|la|le|l['’]|les|des|du)\b)", p)]
            if len(split) == count:
                parts = split
    elif len(parts) >= 2:
        last = parts[-1]
        m = re.match(r"(.+?)\s+et\s+((?:la|le|l['’]|les)\s.+)$", last)
        if m and count is None and len(parts) >= 3:
            parts = [*parts[:-1], m.group(1), m.group(2)]
        elif count is None and len(parts) >= 3 and not any(_ARTICLE.match(p.strip()) for p in parts):
            # "prévention, accès aux soins, santé mentale, santé-environnement et soutien aux professionnels":
            # bare nouns, the list's "et" is in the last part.
            parts = parts[:-1] + _split_at_last(_ET, last)
    return parts


def _numbered_parts(s: str) -> list[str]:
    """The items of a run numbered 1, 2, 3… inside one line ("1. A – 2. B – 3. C", "1) A ; 2) B"), or none; the last
    ends at a table's next cell."""
    run: list[re.Match[str]] = []
    for m in _INLINE_NUMBER.finditer(s):
        if int(m["n"]) == len(run) + 1:
            run.append(m)
    if len(run) < 3 or run[0].start() > 3:
        return []
    ends = [m.start() for m in run[1:]] + [len(s)]
    parts = [s[m.end() : e].split(" | ")[0].strip(" –—-;,") for m, e in zip(run, ends, strict=True)]
    return parts if all(parts) else []


_INLINE_NUMBER = re.compile(r"(?:^|(?<=[–—;,])\s*|(?<=\s))(?P<n>[1-9])[.)](?=\s+[^\W\d_])")


# "quatre axes", "5 grandes priorités": a count of axes (the two readings below).
_COUNTED_AXES = r"(?:\d|deux|trois|quatre|cinq|six|sept|huit)\s+(?:grands\s+)?(?:axes|orientations|priorités)"
_COUNTED_OWN = re.compile(rf"(?i)\b{_COUNTED_AXES}"
                          r"\s+(?:stratégiques\s+|prioritaires\s+)?(?:du|de\s+ce|de\s+notre|de\s+son)\s+(?:contrat|CLS)\b")


# A last clause whose subject is the counted list, in the present or the passé composé: "cinq priorités ont été
# retenues", "quatre axes se dégagent" (not "quatre axes avaient été retenus", the earlier contract's).
_COUNTED_SUBJECT = re.compile(rf"(?i){_COUNTED_AXES}"
                              r"(?:\s+(?:stratégiques|prioritaires))?\s+(?:ont\s+été|sont|se\s+dégagent|structurent|guident)\b")


def _owned_by_contract(text: str) -> bool:
    """The header's last clause gives the list to the contract ("En lien avec les priorités du projet régional
    de santé, le CLS s'articule autour de 4 axes :"), or it counts the contract's own axes ("Les actions menées
    répondaient aux quatre axes du contrat :"): an exclusion cue elsewhere in it does not count."""
    head = text[: text.rfind(":")] if ":" in text else text
    if _COUNTED_OWN.search(head):
        return True
    k = head.rfind(", ")
    clause = head[k + 2 :]
    if k >= 0 and _COUNTED_SUBJECT.match(clause) and rules.compiled("axes", "header_excludes").search(clause) is None:
        return True  # "Issues de l'évaluation du précédent contrat …, cinq priorités ont été retenues :"
    lo = k + 2 if k >= 0 else 0
    cue = rules.compiled("axes", "header_cues").search(head, lo)
    if cue is not None and _clause_start(head, cue.start()) == cue.start() \
            and re.search(r"(?i)\b(?:CLS|contrat)\b", head[lo : cue.start()]) is not None \
            and rules.compiled("axes", "header_excludes").search(head, cue.start()) is None:
        # "Le nouveau contrat conserve ces acquis et s'organise autour de cinq axes :": the contract's second verb,
        # coordinated by "et", owns the list that the first one's object would exclude
        return True
    return (k >= 0 and re.search(r"(?i)\b(?:CLS|contrat)\b", clause) is not None
            and rules.compiled("axes", "header_cues").search(clause) is not None
            and rules.compiled("axes", "header_excludes").search(clause) is None)


def _header_ok(text: str) -> bool:
    if not rules.compiled("axes", "header_cues").search(text):
        return False
    # (a relative clause between commas says nothing of the list: "Le contrat, qui vient en complément des actions menées
    # par l'agglomération, retient trois priorités :")
    bare = _RELATIVE_ASIDE.sub("", text)
    if rules.compiled("axes", "header_excludes").search(bare) and not _owned_by_contract(bare):
        return False
    fiche = rules.compiled("axes", "fiche_exclude").search(text)
    # "Les axes et leurs fiches actions :" announces axes; "les fiches actions :" alone does not.
    return fiche is None or _count(text) is not None or re.search(r"(?i)\b(?:axes|orientations)\b", text[: fiche.start()]) is not None


_RELATIVE_ASIDE = re.compile(r",[^\S\n]+(?:qui|dont)[^\S\n][^,:;.\n]{1,160},")


def _count(text: str) -> int | None:
    m = _COUNT.search(text)
    if not m:
        return None
    n = m["n"].lower()
    return int(n) if n.isdigit() else _NUMBERS.get(n)


def _inline_items(u: Unit, tail: str, offset: int, parts: list[str], relabel=lambda part: part) -> list[AxisItem]:
    """Items of an inline list, with their spans in the text (``relabel`` rewrites a part before cleaning)."""
    items: list[AxisItem] = []
    base = u.start + offset
    pos = 0
    for part in parts:
        k = tail.find(part.strip(), pos)
        k = k if k >= 0 else pos
        pos = k + len(part.strip())
        label = _clean(relabel(part))
        if label:
            items.append(AxisItem(label, part, base + k, base + pos))
    return items


# "Le contrat s'articule autour de l'installation des médecins, de l'accompagnement des aidants et de…"
_AROUND = re.compile(r"\b(?:s['’]articule|articulée?|s['’]organise|organisée?|se\s+structure|structurée?|repose)\s+"
                     r"(?:autour|sur)\s+(?=d['’]|de\s|du\s|des\s)", re.I)
_DE_ITEM = re.compile(r"(?:,\s+(?:et\s+)?|(?<!\s)\s+et\s+|(?<!\s)\s+ainsi\s+que\s+)(?=d['’]|de\s+l|de\s+la\s|du\s|des\s)", re.I)
# "Le contrat veut d'abord renforcer…, puis prévenir…, ensuite accompagner…, et enfin lutter…"
_CHAIN_START = re.compile(r"\bd['’]abord\s+", re.I)
_CHAIN_SPLIT = re.compile(r"(?:,|(?<!\s))\s+(?:et\s*,?\s*)?(?:puis|ensuite|enfin)\s*,?\s+", re.I)  # "et, enfin,"
# "… ce contrat, qui vise tout à la fois à faciliter…, à accentuer…, mais aussi à favoriser…" under a header that counts
# them ("Quatre axes"): aims said as one sentence of "à" + infinitive.
_AIMS_AT = re.compile(r"\bvis(?:e|ent|era|eront|ait)\s+(?:(?:tout\s+)?à\s+la\s+fois\s+|notamment\s+|également\s+|aussi\s+)?à\s+(?=\w)",
                      re.I)
_AIMS_SPLIT = re.compile(r",\s+(?:(?:et|mais\s+aussi|ainsi\s+que)\s+)?à\s+|(?<!\s)\s+(?:et|mais\s+aussi|ainsi\s+que)\s+à\s+", re.I)


# This contract, not any ("Le nouveau contrat", "ce deuxième CLS", "Notre contrat local de santé").
_THIS_CONTRACT = re.compile(r"\b(?:nouveau|ce|cet|notre|son|leur|premier|deuxième|second|troisième)\s+(?:\w+\s+)?(?:contrat|CLS)\b",
                            re.I)


_STRESSES = re.compile(r"\b(?:met(?:tra)?\s+l['’]accent|insiste|se\s+concentre(?:ra)?|mise|misera)\s+sur\s+", re.I)
_SUR_SPLIT = re.compile(r",\s+(?:et\s+)?sur\s+|(?<!\s)\s+et\s+sur\s+", re.I)
_BEARS_ON = re.compile(r"\b(?:porte|portera|portent|portait)\s+sur\s+(?=l['’]|la\s|le\s|les\s)", re.I)
_ARTICLE_SPLIT = re.compile(r",\s+(?:et\s+)?(?=(?:la|le|les|l['’]))|(?<!\s)\s+et\s+(?=(?:la|le|les|l['’]))", re.I)


def _de_article(part: str) -> str:
    """'de la santé mentale' -> 'la santé mentale', 'du diabète' -> 'le diabète'."""
    part = part.strip()
    for prefix, article in (("de la ", "la "), ("de l'", "l'"), ("de l’", "l'"), ("du ", "le "), ("des ", "les "),
                            ("d'", ""), ("d’", ""), ("de ", "")):
        if part.lower().startswith(prefix):
            return article + part[len(prefix):]
    return part


# "la santé mentale est l'un des quatre axes du contrat, avec l'accès aux soins, le bien vieillir et la prévention":
# one axis named, the others after "avec", as many as counted.
# ("… devient l'un des cinq axes du contrat, aux côtés de l'accès aux soins, de la prévention … et de …")
_ONE_OF_COUNTED = re.compile(rf"(?i)(?:^|[,:]\s)(?P<first>(?:la|le|les|l['’])\s*[^,.;:()]{{3,80}}?)\s+"
                             r"(?:est|constitue|sera|reste|devient|deviendra)\s+"
                             rf"l['’]une?\s+des\s+(?P<n>{_COUNTED_AXES})\s+(?:du|de\s+ce|de\s+notre|de\s+son)\s+(?:contrat|CLS)\b"
                             r"[^,.;:]{0,40},\s+(?:avec|(?P<beside>aux\s+côtés))\s+")


def _one_of_counted(u: Unit) -> list[AxisItem]:
    m = _ONE_OF_COUNTED.search(u.text)
    if m is None:
        return []
    tail = u.text[m.end():].rstrip(" .")
    if m["beside"]:
        rest, relabel = [p for p in _split_de_list(tail) if p.strip()], _de_article
    else:
        rest, relabel = [p for p in _ARTICLE_SPLIT.split(tail) if p.strip()], (lambda part: part)
    return _named_then_listed(u, m, [(m["first"], "first")], rest, relabel)


def _named_then_listed(u: Unit, m: re.Match[str], named: list[tuple[str, str]], rest: list[str],
                       relabel=lambda part: part) -> list[AxisItem]:
    """The items a counted sentence names in its head (label, group), then those it lists after the match, when together
    they make the count (group "n")."""
    if len(rest) + len(named) != _count(m["n"]):
        return []
    return [*(AxisItem(_clean(label), m[g], u.start + m.start(g), u.start + m.end(g)) for label, g in named),
            *_inline_items(u, u.text[m.end():], m.end(), rest, relabel)]


# "Ses cinq axes vont de l'accès aux soins à la santé environnementale, en passant par la santé mentale, la nutrition et
# la santé sexuelle des jeunes": the two ends and what lies between, as many as counted.
_FROM_TO_VIA = re.compile(rf"(?i)\b(?P<n>{_COUNTED_AXES})\b[^,.;:]{{0,40}}?\b(?:vont|va|s['’]étendent|couvrent|courent)\s+"
                          r"(?P<a>(?:de\s+l['’]|de\s+la\s|du\s|des\s)[^,;:.]{3,80})\s+(?P<b>(?:à\s+l['’]|à\s+la\s|au\s|aux\s)"
                          r"[^,;:.]{3,80}?)\s*,\s*en\s+passant\s+par\s+")


def _a_article(part: str) -> str:
    """'à la santé environnementale' -> 'la santé environnementale', 'aux aidants' -> 'les aidants'."""
    part = part.strip()
    for prefix, article in (("à la ", "la "), ("à l'", "l'"), ("à l’", "l'"), ("aux ", "les "), ("au ", "le ")):
        if part.lower().startswith(prefix):
            return article + part[len(prefix):]
    return part


def _from_to_via(u: Unit) -> list[AxisItem]:
    m = _FROM_TO_VIA.search(u.text)
    if m is None:
        return []
    rest = [p for p in _ARTICLE_SPLIT.split(u.text[m.end():].rstrip(" .")) if p.strip()]
    return _named_then_listed(u, m, [(_de_article(m["a"]), "a"), (_a_article(m["b"]), "b")], rest)


def _clause_start(text: str, end: int) -> int:
    """Where the clause whose verb starts at ``end`` starts: at that verb when it is coordinated with another by "et"
    ("Il reprend les acquis du premier et s'articule autour de …"), else at the sentence's start (an apposition's
    subject stays: "un diagnostic local de santé, articulé autour de …")."""
    return end if text[max(0, end - 4) : end] == " et " else 0


def _prose_items(u: Unit, after_header: bool = False, count: int | None = None) -> list[AxisItem]:
    """Axis lists written as a sentence: 'articulé autour de X, de Y et de Z', 'd'abord X, puis Y, enfin Z'."""
    if one_of := _one_of_counted(u) or _from_to_via(u):
        return one_of
    m = _AROUND.search(u.text)
    # (the header's own clause: "Il reprend les acquis du premier et s'articule autour de …" is the new contract's list)
    if m and rules.compiled("axes", "header_excludes").search(u.text, _clause_start(u.text, m.start())) is None:
        tail = u.text[m.end():]
        parts = _split_de_list(tail.rstrip(" ."))
        if len(parts) >= 3:
            return _inline_items(u, tail, m.end(), parts, lambda part: _de_article(_label_part(part)))
    m = _STRESSES.search(u.text)
    if m:
        # "Le contrat met l'accent sur X, sur Y, sur Z et sur W"
        tail = u.text[m.end():]
        parts = [p for p in _SUR_SPLIT.split(tail.rstrip(" .")) if p.strip()]
        if len(parts) >= 3:
            return _inline_items(u, tail, m.end(), parts)
    m = _BEARS_ON.search(u.text)
    # (not what a diagnostic's findings bear on: "les premiers constats portent sur la démographie médicale, …")
    if m and rules.compiled("axes", "header_excludes").search(u.text, _clause_start(u.text, m.start()), m.start()) is None:
        # "il porte sur l'attractivité médicale, le bien vieillir à domicile et la santé mentale"
        tail = u.text[m.end():]
        parts = [p for p in _ARTICLE_SPLIT.split(tail.rstrip(" .")) if p.strip()]
        if len(parts) >= 3 and all(re.match(r"(?i)(?:la|le|les|l['’])\s*\w", p) for p in parts):
            return _inline_items(u, tail, m.end(), parts)
    m = _AIMS_AT.search(u.text)
    # (or, with no header that counts them, this contract's aims each repeating its "à": "Le nouveau contrat vise à
    # améliorer l'accès aux soins, à protéger la santé des jeunes, à favoriser le bien vieillir et à prévenir les
    # addictions"; not what any CLS aims at, "Le contrat local de santé vise à réduire les inégalités …")
    own = m is not None and _THIS_CONTRACT.search(u.text, _clause_start(u.text, m.start()), m.start()) is not None
    if m and ((after_header and count) or own):
        tail = u.text[m.end():]
        parts = [p for p in _AIMS_SPLIT.split(tail.rstrip(" .")) if p.strip()]
        if (len(parts) == count or (own and len(parts) >= 3)) and all(_is_infinitive(p) for p in parts):
            return _inline_items(u, tail, m.end(), parts, _label_part)
    m = _CHAIN_START.search(u.text)
    if m and (after_header or re.search(r"(?i)\b(?:contrat|CLS)\b", u.text[: m.start()])):
        tail = u.text[m.end():]
        # "Il s'agira d'abord de faciliter…, ensuite de mieux repérer…, et enfin de prévenir…"
        parts = [re.sub(r"^(?:de\s+|d['’])", "", p.strip()) for p in _CHAIN_SPLIT.split(tail.rstrip(" .")) if p.strip()]
        # "trois axes forts : tout d'abord l'accès aux soins, puis la prévention et, enfin, la santé mentale": nouns
        # when the header counts them.
        if len(parts) >= 3 and (all(_is_infinitive(p) for p in parts) or len(parts) == count):
            return _inline_items(u, tail, m.end(), parts, _label_part)
    return []


# "Le premier axe porte sur l'accès aux soins, … Le deuxième vise la santé des étudiants. Le quatrième,
# enfin, est consacré à la prévention des addictions": one sentence per axis, in order.
_ORDINAL_AXIS = re.compile(
    rf"^(?:Le|La)\s+(?P<ord>{'|'.join(_ORDINAL_WORDS)})"
    r"(?P<noun>\s+(?:axe|orientation|priorité|objectif|volet|défi|chantier))?"
    # ("La troisième, nouvelle par rapport au premier contrat, concerne …": an aside between commas)
    r"(?:\s*,\s*(?:enfin|ensuite|quant\s+à\s+(?:lui|elle)|[^,.;:\n]{1,60})\s*,)?\s*,?\s+"
    r"(?:c['’]est|porte\s+sur|vise(?:\s+à)?|concerne|cible|s['’]attache\s+à|s['’]intéresse\s+à|a\s+pour\s+objet"
    r"|est\s+(?:de|d['’](?=\w))|consiste\s+à|touche\s+à"
    r"|est\s+(?:consacrée?|dédiée?|centrée?|tournée?)(?:\s+(?:à|sur|vers)(?=\s))?"
    r"|:)(?:(?<=['’])|\s+)(?P<rest>.+)$", re.I)  # ("La première : maintenir une offre de soins …")


# A step of an ordinal chain without its ordinal: "Vient ensuite la prévention …", "Enfin, le contrat entend préserver …".
_CHAIN_NEXT = re.compile(r"(?:Vien(?:t|nent)\s+ensuite|Ensuite\s*,|Puis\s*,|(?P<last>Enfin\s*,)"
                         # "Il faudra aussi mieux repérer …", "Troisième objectif : rompre l'isolement …"
                         r"|Il\s+(?:faudra|faut|s['’]agira|s['’]agit)\s+(?:aussi|également|ensuite)(?:\s+d[e'’])?"
                         rf"|(?:{'|'.join(_ORDINAL_WORDS[1:])})\s+(?:axe|objectif|priorité|chantier|orientation|volet|enjeu)\s*:)\s*"
                         r"(?:(?:le\s+contrat|il|elle)\s+(?:entend|vise\s+à|veut|souhaite|porte\s+sur|s['’]attache\s+à)\s+)?"
                         r"(?P<rest>\S.+)$", re.I)


def _near(a: Unit, b: Unit) -> bool:
    return 0 <= b.line - a.line <= 2


def _ordinal_chain(units: list[Unit], i: int) -> list[AxisItem]:
    items: list[AxisItem] = []
    # "… s'engagent à travailler sur les quatre priorités. La première est d'accompagner…": the sentence
    # before counts the axes, so "La première" needs no noun.
    prev = units[i - 1] if i > 0 else None
    counted = (prev is not None and _near(prev, units[i]) and _count(prev.text) is not None
               and rules.compiled("axes", "header_cues").search(prev.text) is not None)
    items_line = -1
    for u in units[i:]:
        m = _ORDINAL_AXIS.match(u.text)
        if m is None and (len(items) >= 2 or (counted and items)) and (step := _CHAIN_NEXT.match(u.text)) is not None:
            # "La première vise à …. La deuxième porte sur …. Vient ensuite la prévention …. Enfin, le contrat entend
            # préserver …": the chain goes on without ordinals
            rest = re.split(r",\s|\s:\s|\s[–—]\s", step["rest"], maxsplit=1)[0]
            items.append(AxisItem(_clean(rest), u.text, u.start + step.start("rest"), u.start + step.start("rest") + len(rest)))
            items_line = u.line
            if step["last"]:
                break
            continue
        if m is None:
            if items and (u.line == units[i].line or u.line == items_line):
                items[-1].raw += " " + u.text  # the axis's explanation (its themes), before the next ordinal
                continue
            break
        if len(items) >= len(_ORDINAL_WORDS) or not re.fullmatch(_ORDINAL_WORDS[len(items)], m["ord"], re.I):
            break  # the next ordinal in order, or the chain ends
        if not items and not m["noun"] and not counted:
            return []  # "Le premier contrat porte sur…" is no axis
        rest = re.split(r",\s|\s:\s|\s[–—]\s", m["rest"], maxsplit=1)[0]
        label = _clean(re.sub(r"(?i)^aux\s", "les ", re.sub(r"(?i)^au\s", "le ", rest)))  # "consacré aux jeunes"
        items.append(AxisItem(label, u.text, u.start + m.start("rest"), u.start + m.start("rest") + len(rest)))
        items_line = u.line
    return items if len(items) >= 2 else []


def _split_de_list(tail: str) -> list[str]:
    """'de X, de Y et de Z' -> items; an 'et' inside a middle item stays ('des femmes enceintes et des
    jeunes enfants'): only the last comma part is split, at its last 'et de', unless it opens with 'et'."""
    parts = [p.strip() for p in re.split(r",\s+", tail) if p.strip()]
    while len(parts) > 2 and _COMMENT_PART.match(parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]  # "…et de la santé mentale, notamment dans le monde agricole"
    if len(parts) < 2:
        return _DE_ITEM.split(tail)
    last = parts[-1]
    if not re.match(r"(?i)(?:et|ainsi\s+que)\s", last):
        cuts = list(re.finditer(r"(?i)(?<!\s)\s+(?:et|ainsi\s+que)\s+(?=d['’]|de\s|du\s|des\s)", last))
        if cuts:
            parts[-1:] = [last[: cuts[-1].start()], last[cuts[-1].end():]]
    parts = [re.sub(r"(?i)^(?:et|ainsi\s+que)\s+", "", p) for p in parts]
    return parts if all(re.match(r"(?i)(?:d['’]|de\s|du\s|des\s)", p) for p in parts[1:]) else []


def _reads_as_axes(items: list[str]) -> bool:
    if any(len(it) > 220 or find_orgs(it) for it in items):
        return False
    return sum(1 for it in items if themes_of(it)) >= max(2, round(0.75 * len(items)))


def _is_heading(u: Unit) -> bool:
    """A short line on its own ('Les priorités', 'Les quatre axes du CLS 3'), a list header without colon."""
    return u.first_in_line and len(u.text.split()) <= 8 and not re.search(r"[.;!?,]$", u.text.strip())


# "Améliorer la prévention, renforcer les soins de proximité, agir sur … : autant d'axes du contrat signé …"
_AUTANT = re.compile(r"\bautant\s+d(?:e\s+|['’])(?:axes|priorités|orientations|objectifs|enjeux|chantiers)\b", re.I)


def _listed_before(u: Unit) -> list[AxisItem]:
    """A list that comes first and is named after it ("X, Y, Z : autant de priorités du contrat")."""
    m = _AUTANT.search(u.text)
    tail = u.text[: m.start()].rstrip(" \u00a0…:.") if m else ""
    if len(tail) < 20:
        return []
    items = _inline_items(u, tail, 0, _split_inline(tail, None), _label_part)
    labels = [it.label for it in items]
    if len(items) < 3 or _is_generic(labels) or any(len(it) > 160 or find_orgs(it) for it in labels):
        return []
    return items if sum(1 for it in items if themes_of(it.raw)) >= max(2, -(-len(items) // 2)) else []


# A list in parentheses right after the cue that counts it.
_DASH_LIST = re.compile(r"(?:[^\S\n]+[^\W\d]+(?:['’][^\W\d]+)?){0,5}[^\S\n]+[–—][^\S\n]+(?P<list>[^–—()\n]{10,300}?)[^\S\n]+[–—]")
_PAREN_LIST = re.compile(r"(?:[^\S\n]+[^\W\d]+(?:['’][^\W\d]+)?){0,2}[^\S\n]*\((?P<list>[^()\n]{10,300})\)")


def _announced_items(u: Unit, last: bool = False) -> list[AxisItem]:
    """A list that a sentence announces without a header colon ("Les quatre thématiques de travail sont X, Y,
    Z et W", "les axes prioritaires que sont X, Y et Z", "Cinq axes ont été définis, X, …"), or with a colon
    after a weaker cue ("Ses principaux objectifs : X, Y et Z"). Weaker evidence than a header, so the items
    must read as health priorities."""
    cue = rules.compiled("axes", "header_cues").search(u.text) or rules.compiled("axes", "announce_cues").search(u.text)
    if cue is None or (rules.compiled("axes", "header_excludes").search(u.text) and not _owned_by_contract(u.text)):
        return []
    intro = rules.compiled("axes", "announce_introducers").search(u.text, cue.end())
    if (paren := _PAREN_LIST.match(u.text, cue.end()) or _DASH_LIST.match(u.text, cue.end())) is not None:
        # "articulé autour de cinq orientations (accès aux soins, santé mentale, …), compte 31 fiches-actions", "Parmi
        # les trois axes retenus par ce comité – A, B, C –, notre caisse …"
        start, tail = paren.start("list"), paren["list"]
    elif intro is None or intro.start() - cue.end() > 60:
        return []  # "des priorités … couvrant les champs de compétences de l'ARS, à savoir": another noun's list
    else:
        start = intro.end()
        if (part_of := re.match(r"(?<!\s)\s*(?:dont|notamment|parmi\s+lesquel(?:le)?s)\s+", u.text[start:], re.I)) is not None:
            start += part_of.end()  # "Cinq axes ont été définis, dont X, Y et Z"
        tail = u.text[start:]
    if len(tail.strip()) <= 15:
        return []
    count = _count(u.text)
    parts = _split_inline(re.sub(r"(?<!\s)\s+ou\s+encore\s+", ", ", tail), count)  # "X, Y ou encore Z"
    items = _inline_items(u, tail, start, parts, _label_part)
    labels = [it.label for it in items]
    if paren is None and intro is not None and re.match(r"(?i)tel", intro.group()) and count != len(items):
        return []  # "des thématiques telles que le sommeil, …": examples, unless the count says they are all
    cut = last and count is not None and count >= 2 and len(items) == 1  # the excerpt ends inside the list
    if (len(items) < (2 if count == len(items) else 3) and not cut) or _is_generic(labels) or any(len(it) > 160 or find_orgs(it) for it in labels):
        return []
    themed = sum(1 for it in items if themes_of(it.raw))
    return items if themed >= (1 if cut else max(2, -(-len(items) // 2))) else []


def _cut_short(units: list[Unit], items: list[AxisItem], count: int | None) -> bool:
    """One item under a header that counts several, and the excerpt ends right after it (a page cut mid-list)."""
    if len(items) != 1 or not count or count < 2:
        return False
    line = next((u.line for u in units if u.start <= items[0].start < u.end + 1), None)
    return line is not None and units[-1].line <= line + 3


def _unwrap(units: list[Unit]) -> list[Unit]:
    """Lines of a sentence wrapped at a fixed width (PDF exports) joined into one unit: "sept axes ont émergé
    de nos échanges et des" / "diagnostics ; … : la" / "souffrance psychique, …". List items are left alone."""
    out: list[Unit] = []
    prev_last = False  # the unit before ends its line
    for k, u in enumerate(units):
        prev = out[-1] if out else None
        last_of_line = k + 1 >= len(units) or units[k + 1].line != u.line
        if (prev is not None and not prev.bullet and not u.bullet and u.first_in_line and u.line == prev.line + 1
                and re.match(r"[a-zà-ÿ]", u.text) and re.search(r"[\wà-ÿ,]$", prev.text) and prev_last):
            out[-1] = Unit(prev.start, u.end, prev.text + " " * (u.start - prev.end) + u.text, u.line, False,
                           prev.first_in_line, prev.indent)
        else:
            out.append(u)
        prev_last = last_of_line
    return out


def _outside_definitions(units: list[Unit]) -> list[Unit]:
    """The units outside sections that define a CLS in general ("Qu'est-ce qu'un contrat local de santé ?",
    "Quels sont les objectifs d'un CLS ?"): their lists are what any contract covers, not this one's axes. A
    section runs from its question to the first blank line after some text, or to the next heading."""
    question = rules.compiled("axes", "definition_headings")
    out: list[Unit] = []
    inside = False
    seen_text = False
    last_line = -1
    for u in units:
        heading = (u.first_in_line and not u.bullet and not u.text.rstrip().endswith(":")
                   and (_is_heading(u) or u.text.rstrip().endswith("?")))
        if heading:
            inside = question.search(u.text) is not None and len(u.text.split()) <= 15
            seen_text = False
        elif inside and seen_text and u.line > last_line + 1:
            inside = False  # a blank line after the definition's paragraph
        elif inside:
            seen_text = True
        last_line = u.line
        if not inside:
            out.append(u)
    return out


# "Axes stratégiquesAxe 1 Accès aux soinsAxe 2 Santé mentaleAxe 3 …": a table's cell flattened into one line.
_GLUED_AXIS = re.compile(r"(?-i:Axe)\s?(?P<n>\d{1,2})\s*[:.–—-]?\s*")


_CIRCLED = "❶❷❸❹❺❻❼❽❾❿①②③④⑤⑥⑦⑧⑨⑩➊➋➌➍➎➏➐➑➒➓"
_GLUED_CIRCLED = re.compile(rf"(?P<c>[{_CIRCLED}])\s*")


def _circled_number(c: str) -> int:
    return _CIRCLED.index(c) % 10 + 1


def _glued_axes(u: Unit) -> list[AxisItem]:
    """Axes numbered in order within one line ("Axe 1 X Axe 2 Y Axe 3 Z", "… DU CLS ❶ X ❷ Y ❸ Z"), three at least,
    the circled numbers after a header that names axes."""
    if u.text.count("Axe") >= 3:
        marks = list(_GLUED_AXIS.finditer(u.text))
        numbers = [int(m["n"]) for m in marks]
    elif (circled := list(_GLUED_CIRCLED.finditer(u.text))) and _header_ok(u.text[: circled[0].start()]):
        marks, numbers = circled, [_circled_number(m["c"]) for m in circled]
    else:
        return []
    if len(marks) < 3 or numbers != list(range(1, len(marks) + 1)):
        return []
    items = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        raw = u.text[m.end() : nxt.start() if nxt else len(u.text)]
        label = _clean(raw)
        if not 3 <= len(label) <= 150:
            return []
        items.append(AxisItem(label, raw, u.start + m.end(), u.start + m.end() + len(raw)))
    return items


# The parts of an axes cell in a table of contracts ("Santé mentale / Accès aux soins et aux droits / Santé des jeunes").
_CELL_PARTS = re.compile(r"(?<!\s)(?:\s+/\s+|\s*;\s*|\s+•\s+)")  # from the start of a run of spaces: linear


def table_axes(text: str, units: list[Unit]) -> list[AxisItem]:
    """A contract's row in a table of contracts, under a column headed as its axes ("Axes prioritaires"): the parts of
    that cell, when they are two or more and read as health. Or a table of the axes, one per row, in its first column
    ("Axe stratégique | Exemples d'actions prévues"): the cells of that column."""
    column: list[AxisItem] = []
    for u in units:
        found = tables.cell_under(text, u.start, _COLUMN_HEAD)
        if found is None:
            continue
        cell, at = found
        numbered = _ROW_NUMBER.fullmatch(cell.strip()) is not None
        if numbered and (nxt := text.find(tables.CELL_SEP, at, line_end(text, at))) >= 0:
            # "Axe | Intitulé | Action phare 2026" / "1 | Faciliter l'accès aux droits et aux soins | …": the column
            # headed as the axes holds their numbers, the next one their labels
            at = nxt + len(tables.CELL_SEP)
            cell = text[at : line_end(text, at)].split(tables.CELL_SEP, 1)[0]
        if (at == line_start(text, at) or numbered) and not _CELL_PARTS.search(cell) and cell.strip():
            if _TOTAL_ROW.fullmatch(cell.strip()):
                continue  # the table's "Total | 20 | 16"
            lead = len(cell) - len(cell.lstrip())
            if not column or column[-1].start < at + lead:
                column.append(AxisItem(_clean(cell), cell.strip(), at + lead, at + lead + len(cell.strip())))
            continue
        items, pos = [], 0
        for sep in [*_CELL_PARTS.finditer(cell), None]:
            end = sep.start() if sep is not None else len(cell)
            part = cell[pos:end]
            if part.strip():
                lead = len(part) - len(part.lstrip())
                items.append(AxisItem(_clean(part), part.strip(), at + pos + lead, at + pos + lead + len(part.strip())))
            pos = sep.end() if sep is not None else pos
        if len(items) >= 2 and any(themes_of(it.raw) for it in items):
            return items
    return column if len(column) >= 2 and any(themes_of(it.raw) for it in column) else []


# The sentences that follow a counting header one by one: "Ce contrat repose sur quatre priorités. D'abord, garantir …
# Ensuite, prendre soin … Troisième priorité : permettre … Enfin, prévenir …".
# (or counted aloud, as an interview's answer says them: "Nous avons cinq axes. Un, l'attractivité médicale …. Deux, la
# santé mentale, en particulier des jeunes. Trois, …")
_CHAIN_OPENER = (r"(?:tout\s+)?d['’]abord|premièrement|en\s+premier\s+lieu|premi(?:er|ère)\s+(?:priorité|axe|orientation|objectif|enjeu)"
                 r"|(?-i:Un)(?=[^\S\n]*,)")
_CHAIN_STEP = re.compile(rf"(?:{_CHAIN_OPENER}|ensuite|puis|deuxièmement|troisièmement|quatrièmement|(?:et\s+)?enfin|"
                         r"(?-i:Deux|Trois|Quatre|Cinq|Six|Sept|Huit)(?=[^\S\n]*,)|"
                         r"(?:deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière)\s+(?:priorité|axe|"
                         r"orientation|objectif|enjeu))[^\S\n]*[,:][^\S\n]*(?P<rest>\S.*)", re.I | re.S)


# A step told as one more item rather than by its rank: "Le contrat entend aussi agir sur la prévention des cancers :
# …", "Il porte également sur la santé mentale".
_ALSO_ON = re.compile(r"[^.;:]{0,60}?\b(?:aussi|également)\s+(?:(?:agir|intervenir|travailler|porter|mettre\s+l['’]accent)\s+"
                      r"(?:sur|contre|en\s+faveur\s+de|pour)|viser|cibler|s['’]attaquer\s+à)\s+(?P<rest>\S.*)", re.I | re.S)


def _sentence_chain(units: list[Unit], i: int, count: int) -> list[AxisItem]:
    """The count's items, one sentence each, each opened by its place in the sequence (or, between the first and the
    last, told as one more: "Le contrat entend aussi agir sur …"); a label ends at its first comma or colon (the rest
    explains it)."""
    items: list[AxisItem] = []
    chain = units[i + 1 : i + 1 + count]
    for k, u in enumerate(chain):
        m = _CHAIN_STEP.match(u.text.strip())
        if m is None and 0 < k < count - 1:
            m = _ALSO_ON.match(u.text.strip())
        if m is None or (not items and not re.match(_CHAIN_OPENER, u.text.strip(), re.I)):
            return []
        rest = m["rest"]
        label = _clean(re.split(r",\s|\s:\s", rest, maxsplit=1)[0])
        at = u.start + u.text.index(rest)
        items.append(AxisItem(label, rest, at, at + len(rest)))
    return items if len(items) == count else []


def _stub(label: str) -> bool:
    """"développer une", "l'alimentation et": the first words of an item a page's excerpt cuts, no axis."""
    words = re.findall(r"[\w-]+['’]?", label.lower().replace("’", "'"))
    return 0 < len(words) <= 3 and words[-1] in rules.load("axes")["stub_endings"]


def find_axes(units: list[Unit], present: bool = False) -> list[AxisItem]:
    """The contract's axes; with ``present``, a list told in a past tense gives way to a later one."""
    items = _find_axes(units)
    if present and items and _of_the_past(units, items[0].start):
        # "Un premier contrat … s'articulait autour de trois axes : …" before "Le nouveau contrat retient quatre axes :":
        # the earlier contract's list gives way to a later one
        rest = [u for u in units if u.start >= items[-1].end]
        later = _find_axes(rest)
        if later and _headed_as_axes(rest, later[0].start):
            # (not an evaluation's "5. RECOMMANDATIONS" after "Le contrat comptait quatre axes": the later list must be
            # headed as one of axes, as "Les cinq axes du nouveau contrat :" is)
            items = later
    for it in items:
        # One bulleted item among plain ones written "Label : explanation" with a short noun phrase for label ("Santé
        # environnementale : qualité de l'air intérieur, habitat et littoral"): its label, as the others are labels
        # (not a table's cell, "Santé mentale : repérer et orienter | Sentinelles …", which is the row's whole label).
        if BULLET.match(it.raw) and (m := _SHORT_LABEL.match(it.label)) is not None:
            it.label = m["label"]
    items = [it for it in items if not _stub(it.label)]
    # a schedule ("Octobre - décembre 2026 : analyse des données", "Février 2027 : ateliers") is no list of axes
    if items and all(_SCHEDULE_STEP.match(it.label) for it in items):
        return []
    # nor a list the next sentence says is none: "Ces constats ne sont pas encore des priorités : ils serviront de point
    # de départ aux groupes de travail"
    # (or the header that opens it: "les premiers résultats (attention, ce ne sont pas encore les priorités du contrat) :")
    after = next((u for u in units if u.start >= items[-1].end), None) if items else None
    header = next((u for u in reversed(units) if u.end <= items[0].start), None) if items else None
    return [] if any(u is not None and _NOT_AXES.search(u.text) for u in (after, header)) else items


_NOT_AXES = re.compile(r"\bne\s+sont\s+pas(?:\s+encore)?\s+(?:des|les)\s+(?:priorités|axes|orientations)\b", re.I)


_SHORT_LABEL = re.compile(r"(?P<label>[A-ZÉÈÀ][\w'’-]{0,40}(?:[^\S\n][\w'’-]{1,40}){0,2})[^\S\n]{1,3}:[^\S\n]{1,3}\S.{15}")
# A list's header in a past tense: the axes of an earlier contract ("il s'articulait autour de trois axes").
_PAST_HEADER = re.compile(r"\b(?:s['’]articulait|s['’]organisait|portait|comportait|reposait|retenait|prévoyait|comptait|comprenait|"
                          r"(?:se\s+)?déclinait|regroupait|"
                          r"(?:avait|avaient)\s+(?:retenu|fixé|défini|arrêté|porté)|(?:était|étaient)\s+(?:articulée?s?|structurée?s?|organisée?s?))\b",
                          re.I)


_AXES_WORD = re.compile(r"\b(?:axes?|orientations?|priorités?|enjeux|objectifs?|thématiques?|ambitions?|volets?|défis?)\b", re.I)


def _headed_as_axes(units: list[Unit], start: int) -> bool:
    """The list that starts at ``start`` has an axes word in its own unit before it or in the unit before."""
    k = next((k for k, u in enumerate(units) if u.start <= start < u.end), None)
    if k is None:
        return False
    own = units[k].text[: start - units[k].start]
    header = units[k - 1].text.strip() if k else ""
    # (a header line: "Les cinq axes du nouveau contrat :", "Quatre axes pour 2026-2030"; not an item before, unless it
    # announces sub-items: "– Le contrat compte quatre axes :" over "    • …")
    return bool(_AXES_WORD.search(own) or (_AXES_WORD.search(header) and (
        header.endswith(":") or (len(header.split()) <= 8 and not BULLET.match(header)))))


def past_header(text: str) -> bool:
    """A list's header told in a past tense ("il s'articulait autour de trois axes :"): an earlier contract's list."""
    return _PAST_HEADER.search(text) is not None


def _of_the_past(units: list[Unit], start: int) -> bool:
    """Whether the header of the list that starts at ``start`` (its own unit or the one before) is in a past tense."""
    k = next((k for k, u in enumerate(units) if u.start <= start < u.end), None)
    if k is None:
        return False
    header = units[k] if ":" in units[k].text[: start - units[k].start] else units[k - 1] if k else None
    return header is not None and _PAST_HEADER.search(header.text) is not None


# A table of contents' line ("Article 4 – Axes stratégiques .......... 4", "2. Les axes du contrat … 12"): the next
# entries are the document's sections, not a list of axes.
_CONTENTS_LINE = re.compile(r"(?:\.[^\S\n]?){4,}[^\S\n]*\d{1,3}[^\S\n]*$|…{2,}[^\S\n]*\d{1,3}[^\S\n]*$")


# The short label a fact box's list item opens on ("- Axes : …", "• Priorités retenues : …").
# (a plural that heads a list, not an item's label: "• Axe 4 : Améliorer la santé mentale …", "- Les ateliers
# thématiques : quatre rencontres …")
_BULLET_LABEL = re.compile(r"[^\n:]{0,20}\b(?:axes|priorités|orientations|thématiques\s+retenues)\b[^\n:]{0,20}:(?=[^\S\n]+\S)",
                           re.I)


# "Le nouveau contrat compte cinq axes. Parmi eux figurent l'accès aux soins, avec …, la santé des seniors et …": the
# axes the sentence after the count names, some of them.
_AMONG_THEM = re.compile(r"\s*Parmi\s+(?:eux|elles|ceux-ci|celles-ci|ces\s+(?:axes|priorités|orientations))\s*,?\s+"
                         r"(?:figurent|on\s+(?:re)?trouve|citons|se\s+trouvent)\s+")
# A part of the list that tells more of the one before it ("…, avec l'arrivée attendue de deux médecins, …").
_ASIDE_PART = re.compile(r"(?:avec|dont|notamment|qui|où)\b", re.I)


def _among_them_items(prev: Unit, u: Unit) -> list[AxisItem]:
    """The items of "Parmi eux figurent X, Y et Z" after a sentence, in the same paragraph, that counts the axes."""
    m = _AMONG_THEM.match(u.text)
    if m is None or prev.line != u.line or _count(prev.text) is None or not _header_ok(prev.text):
        return []
    tail = u.text[m.end() :]
    items = [it for it in _inline_items(u, tail, m.end(), _split_inline(tail, None), _label_part)
             if not _ASIDE_PART.match(it.label)]
    return items if len(items) >= 2 and sum(1 for it in items if themes_of(it.raw)) >= 2 else []


def _find_axes(units: list[Unit]) -> list[AxisItem]:
    units = _outside_definitions(_unwrap(units))
    cut: list[AxisItem] = []  # a list the page cuts off ("Cinq axes : A, B, C, …"), should no whole one follow
    for u in units:
        if (glued := _glued_axes(u)) and any(themes_of(it.raw) for it in glued):
            return glued
    for i, u in enumerate(units):
        if _ORDINAL_AXIS.match(u.text):
            items = _ordinal_chain(units, i)
            if items:
                return items
        if i and (among := _among_them_items(units[i - 1], u)):
            return among
        if _NUMBERING.match(u.text):
            continue  # "Orientation 3 : Prévenir…" is an item of a list, not its header
        if _CONTENTS_LINE.search(u.text, max(0, len(u.text) - 60)):
            continue  # "Article 4 – Axes stratégiques ...... 4": a table of contents' entry heads no list (its "Axe 1 –
            # … 5" entries may be the axes of a list headed otherwise)
        bullet_header = u.bullet and ((u.text.rstrip().endswith(":") and len(u.text) < 80)  # "• les thématiques développées :"
                                      # (or a fact box's labelled line: "- Axes : 1. Accès aux soins, 2. …")
                                      or ((label := _BULLET_LABEL.match(u.text)) is not None and _header_ok(label.group())))
        head = u.text[: u.text.rfind(":") + 1] if ":" in u.text else u.text  # "une conviction : …, une priorité de …"
        if ":" in u.text and not u.text.rstrip().endswith(":") and _SPEAKER.match(u.text):
            head = u.text  # "[12:09] Laurence Girardin : Nous avons cinq axes.": a speaker's label, then the header
        if (u.bullet and not bullet_header) or not _header_ok(head):
            prose = [] if u.bullet else _prose_items(u)
            if len(prose) >= 3 and not _is_generic([it.label for it in prose]):
                return prose
            announced = [] if u.bullet else (_announced_items(u, last=i + 1 == len(units)) or _listed_before(u))
            if announced:
                return announced
            continue
        count = _count(u.text)
        colon = u.text.rfind(":")
        items: list[AxisItem] = []
        tail = u.text[colon + 1 :] if colon >= 0 else ""
        if colon >= 0 and u.text.count("«", 0, colon) > u.text.count("»", 0, colon) and "»" in tail:
            tail = tail[: tail.index("»")]  # "« Trois priorités : A, B et C », a résumé X": the quotation's list only
        if listed := _listed_before(u):
            items = listed
        elif colon >= 0 and len(tail.strip()) > 15:
            items = _inline_items(u, tail, colon + 1, _beyond_count(_split_inline(tail, count), count), _label_part)
        elif colon < 0 and (announced := _announced_items(u, last=i + 1 == len(units))):
            items = announced
        elif colon < 0 and any(units[j].text.rstrip().endswith(":") and _header_ok(units[j].text)
                               for j in range(i + 1, min(i + 3, len(units)))):
            # "Quatre axes de travail" / a paragraph on the diagnostic / "Le comité de pilotage a retenu quatre axes :":
            # the heading gives way to the header of the list itself
            continue
        elif colon >= 0 or count or _is_heading(u):
            items = _following_list(units, i, count)
        else:
            items = _prose_items(u)
        nxt = units[i + 1] if i + 1 < len(units) else None
        if len(items) < 2 and count:
            items = (_prose_items(u, after_header=True, count=count) or _headed_items(units, i, count)
                     or _sentence_chain(units, i, count) or items)
        if len(items) < 2 and nxt is not None and nxt.line == u.line:
            # "…a arrêté les trois axes du futur contrat. Il s'agira d'abord de …, ensuite de …"
            items = _prose_items(nxt, after_header=True, count=count) or items
        if len(items) < 2 and count and nxt is not None and not nxt.bullet and nxt.first_in_line \
                and u.line < nxt.line <= u.line + 2:
            # "quatre orientations ont été choisies :" then one line "réduire …, diminuer …, lutter contre …, optimiser …";
            # "Quatre axes" then "… ce contrat, qui vise à faciliter …, à accentuer …": the count the header gives is
            # the number of parts the next line holds.
            parts = _split_inline(nxt.text, count)
            if len(parts) == count and all(_is_infinitive(p) for p in parts):
                items = _inline_items(nxt, nxt.text, 0, parts, _label_part)
            else:
                items = _prose_items(nxt, after_header=True, count=count) or items
        if (len(items) >= 2 or _cut_short(units, items, count)) and not _is_generic([it.label for it in items]) \
                and all(len(it.label) < 220 for it in items) and any(themes_of(it.raw) for it in items) \
                and not _questions(items):
            if count and len(items) < count and _ELIDED_END.search(u.text):
                # "Cinq axes ont été retenus : l'accès aux soins, la santé mentale, le bien vieillir, …": an
                # aggregator's snippet, the whole list in another one below
                cut = cut or items
                continue
            return items  # a list of which no item reads as health ('développement économique, …') is another's
    if cut:
        return cut
    # No header at all: a run of numbered axis lines ("Axe 1 – Conforter l'offre de soins").
    for i, u in enumerate(units):
        if (u.first_in_line and _NUMBERING.match(BULLET.sub("", u.text, count=1))
                and re.match(r"(?i)\W*(?:axe|orientation|priorité|objectif)", u.text)):
            items = _following_list(units, i - 1) if i > 0 else []
            if len(items) >= 2:
                return items
            break
    # No header: a bulleted list whose items read as health priorities (themes, no institutions), as under
    # each section of an ARS round-up ("Communauté d'agglomération du Cotentin" / "- Santé mentale").
    return _themed_bullets(units) or _named_axes(units)


# One axis named in passing, when the page gives no list: "s'engage dans l'axe n°5, Santé Environnement, …",
# "La santé mentale constitue le troisième axe prioritaire du contrat", "en faisant de la santé mentale une de
# ses priorités".
_NAMED_AXIS = [
    re.compile(r"\bl['’]axe\s+(?:n°\s*)?\d{1,2}\s*[,:–—-]\s*(?P<label>[^,.;:()«»]{3,80}?)\s*(?=[,.;:(]|$)", re.I),
    re.compile(r"^(?P<label>(?:La|Le|L['’]|Les)\s*[^,.;:()]{3,80}?)\s+(?:constitue|est|sera|reste)\s+(?:le|l['’])\s*"
               r"(?:[a-zé]+(?:ier|ième|ond)\s+)?axe\b", re.I),
    re.compile(r"\ben\s+faisant\s+(?:de\s+|d['’])(?P<label>[^,.;:()]{3,80}?)\s+(?:une|l['’]une)\s+(?:de\s+)?(?:ses|des)\s+"
               r"(?:\w+\s+)?(?:priorités|axes|orientations)\b", re.I),
]


# A speaker's label before what they say: "[12:09] Laurence Girardin : ", "Mme Durand : ".
# (a first name and a surname at least, or a title: not a label, "Étiquettes : Axe 4")
_SPEAKER = re.compile(r"(?:\[\d{1,2}[:h]\d{2}\][^\S\n]*)?(?:(?:M\.|Mme|Dr)[^\S\n]+(?-i:[A-ZÉÈ][\w'’-]+)|(?-i:[A-ZÉÈ][\w'’-]+)"
                      r"(?:[^\S\n]+(?-i:[A-ZÉÈ][\w'’-]+)){1,2})[^\S\n]*:[^\S\n]")


def _questions(items: list[AxisItem]) -> bool:
    """Most items ask a question ("1. Pourquoi un contrat local de santé ?", "2. Qui s'engage ?"): an article's numbered
    sections, no list of axes."""
    return 2 * sum(it.label.rstrip().endswith("?") and it.raw.lstrip()[:1].isdigit() for it in items) > len(items)


_ELIDED_END = re.compile(r"(?:…|\.\.\.)\W{0,3}$")


def _named_axes(units: list[Unit]) -> list[AxisItem]:
    items: list[AxisItem] = []
    for u in units:
        for pattern in _NAMED_AXIS:
            m = pattern.search(u.text)
            if m is None or not themes_of(m["label"]) or find_orgs(m["label"]):
                continue
            label = _clean(_de_article(m["label"]) if pattern is _NAMED_AXIS[2] else m["label"])
            if label and all(label.lower() != it.label.lower() for it in items):
                items.append(AxisItem(label, m["label"], u.start + m.start("label"), u.start + m.end("label")))
    return items


# A finding states a fact with a verb of state ("Le taux de mortalité prématurée est supérieur …"); an axis names
# what to do ("Prévenir le suicide", "La santé mentale").
_FINDING = re.compile(r"\b(?:est|sont|était|étaient|reste|restent|demeure|demeurent)\s+(?:\w+\s+){0,2}?"
                      r"(?:supérieure?s?|inférieure?s?|plus|moins|élevée?s?|faibles?|importante?s?|marquée?s?)\b", re.I)


def _themed_bullets(units: list[Unit]) -> list[AxisItem]:
    excludes = rules.compiled("axes", "header_excludes")
    start = 0
    while start < len(units):
        end = start
        while end < len(units) and (units[end].bullet or (end > start and not units[end].first_in_line)) \
                and (end == start or units[end].line <= units[end - 1].line + 1):
            end += 1  # a bullet's second sentence stays in the run
        if end == start:
            start += 1
            continue
        run = [r for r in units[start:end] if r.bullet]
        texts = [BULLET.sub("", r.text, count=1) for r in run]
        excluded = start > 0 and excludes.search(units[start - 1].text) is not None  # "a pour missions :"
        if (len(run) >= 2 and not excluded and not any(_SUB.match(t) for t in texts)
                and not _is_generic([_clean(t) for t in texts]) and _reads_as_axes(texts)
                and sum(bool(_FINDING.search(t)) for t in texts) * 2 < len(texts)):
            items = [AxisItem(_clean(r.text), r.text, r.start, r.end) for r in run]
            # every bullet "Label : explanation" ("- Accès aux soins : soutenir la maison de santé …"): the labels, as
            # under a header (_following_list)
            heads = [_LABEL_THEN_COLON.match(t) for t in texts]
            if all(heads):
                for it, h in zip(items, heads, strict=True):
                    it.label = _clean(h.group(1).rstrip())
            return items
        start = end
    return []


def _headed_items(units: list[Unit], i: int, count: int) -> list[AxisItem]:
    """A heading that counts its axes ("Cinq priorités pour les cinq prochaines années"), then as many sub-headings,
    each over a paragraph that explains it ("La santé mentale" / "Former des habitants aux premiers secours…"): the
    sub-headings are the axes, when there are exactly as many as the heading says."""
    if not units[i].first_in_line or not (_SUB_HEADING.fullmatch(units[i].text.strip())
                                          or units[i].text.rstrip().endswith(":")):
        # a heading of its own or a clause that opens the list ("Le plan d'actions … est organisé en quatre axes :"),
        # not a sentence ("Le contrat en tire cinq axes et une quarantaine d'actions.")
        return []
    items: list[AxisItem] = []
    last = units[i].line
    for u in units[i + 1 :]:
        if len(items) == count and u.first_in_line and items[-1].raw != items[-1].label:
            break  # the last sub-heading and its paragraph are read
        if u.line > last + 3:
            break
        if u.first_in_line and not u.bullet and _SUB_HEADING.fullmatch(u.text.strip()):
            items.append(AxisItem(_clean(u.text), u.text, u.start, u.end))
        elif items:
            items[-1].raw += " " + u.text  # its explanation: read for its themes
        else:
            return []  # the heading's first line is prose, not a sub-heading
        last = u.line
    # each sub-heading explained by a paragraph under it (not a page's "À lire aussi" over its teasers' titles)
    return items if len(items) == count and all(it.raw != it.label for it in items) else []


# A sub-heading: one short line that starts with a capital (or "L'") and ends without a sentence's punctuation.
_SUB_HEADING = re.compile(r"(?:[A-ZÀ-Ý]|L['’])[^\n|]{2,88}(?<![.:;!?,])")


def _plain_item(header: Unit, u: Unit, nxt: Unit | None, last_line: int, started: bool, after_header: bool,
                colonless: bool = False) -> bool:
    """A line without bullet that is one item of a list under its header: a short line of its own under a
    header ending with a colon, the items on consecutive lines ("1 La prévention…" may follow a heading
    with no colon); or a further header of the same list ("Deux priorités transversales viennent appuyer
    ces axes :")."""
    numbered = re.match(r"(\d{1,2})\s+[A-ZÀ-Ý]", u.text)
    if numbered and not started and numbered.group(1) != "1":
        numbered = None
    # (or a heading without its colon, "Ses axes", over short capitalised lines, ``colonless``: a flattened list lost
    # its bullets; _following_list keeps three such lines or more)
    label = colonless and _FLAT_ITEM.fullmatch(u.text.strip()) is not None
    if not u.first_in_line or not (header.text.rstrip().endswith(":") or (numbered and _is_heading(header)) or label):
        return False
    if label:
        return u.line <= last_line + 2
    several = nxt is not None and nxt.line == u.line
    if (several and not numbered) or len(re.sub(r"\([^()]*\)?", "", u.text)) > (300 if numbered else 160):
        return False  # a paragraph of several sentences is prose, not a list line
    if u.text.rstrip().endswith(":"):
        return started and _header_ok(u.text) and u.line <= last_line + 2
    return u.line <= last_line + (2 if after_header else 1)


# A flattened list's line under a heading with no colon ("Ses axes" / "──────" / "Attirer et installer des soignants")
_FLAT_ITEM = re.compile(r"[A-ZÀ-Ý«][^\n]{2,88}(?<![.:;,!?])")
_RULE_UNDER = re.compile(r"[-=_─━═~]{3,}")


def _colonless(header: Unit) -> bool:
    """A heading that names the axes with neither colon nor count ("Ses axes"; a count's heading, "Quatre axes", has
    readers of its own: _headed_items)."""
    return _is_heading(header) and not header.text.rstrip().endswith(":") and _header_ok(header.text) \
        and _count(header.text) is None and _NUMBERED_HEADING.search(header.text) is None


# ("Asse 1 · Axe 1": one axis's own heading, its text under it, not a list's)
_NUMBERED_HEADING = re.compile(r"(?i)\b(?:axe|asse|orientation|priorité|objectif)s?\s*(?:n°\s*)?(?:\d|[IVX]{1,4}\b)")


def _next_number_follows(units: list[Unit], k: int, n: int) -> bool:
    """Whether the paragraph at units[k] sits between two items of a numbered list ("1. Attirer les soignants" /
    "Logements pour les internes…" / "2. Prévenir la perte d'autonomie"): the next line that starts one is item n."""
    line = units[k].line
    for v in units[k + 1 :]:
        if v.first_in_line:
            return v.bullet and v.line <= line + 2 and re.match(rf"\(?{n}\s*[.)–—|·•/-]", v.text) is not None
    return False


def _sub_lines_before_next_bullet(units: list[Unit], k: int) -> bool:
    """Whether units[k] opens a run of short plain lines (at most six) that another bullet ends: the sub-items
    of the bullet above it, not the text after the list (nor the heading of the next list, set apart by blank lines
    above and below it: "Au programme de la soirée")."""
    for n, v in enumerate(units[k:k + 7]):
        if v.bullet:
            prev = units[k + n - 1]
            return n > 0 and not (units[k].line > units[k - 1].line + 1 and v.line > prev.line + 1)
        if not v.first_in_line or len(v.text) > 120 or v.text.rstrip().endswith((":", ".")):
            return False
    return False


_CAPS_HEADING = re.compile(r"[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 '’&/-]{3,60}")


def _closed_by_period(items: list[AxisItem]) -> bool:
    """Bulleted items punctuated as one sentence ("; " after each, "." after the last): the list has ended."""
    return len(items) >= 2 and items[-1].raw.rstrip().endswith(".") \
        and all(it.raw.rstrip().endswith((";", ",")) for it in items[:-1])


_TOTAL_ROW = re.compile(r"(?i)(?:sous-?)?total(?:\s+général)?|ensemble|TOTAL")


def _following_list(units: list[Unit], i: int, count: int | None = None) -> list[AxisItem]:
    items: list[AxisItem] = []
    bullets = False
    numbered_list = False
    table = False
    first_numbered = False  # the list's items are numbered: bulleted lines under them are sub-items
    header_line = units[i].line
    last_line = header_line
    after_colon = False
    plain_list = False  # the items so far are lines without bullet or label
    numbered_bullet = False  # the last bulleted item reads "Axe 1 : …": a plain line under it explains it
    section = None  # the items are a section's sub-headings "3.1", "3.2"…: its number
    colonless = _colonless(units[i])  # the header names the axes with neither colon nor count ("Ses axes")
    for k in range(i + 1, len(units)):
        u = units[k]
        if not u.first_in_line:
            if items and u.line == last_line:
                # A second sentence of the same list line belongs to the item (its explanation).
                items[-1].raw += " " + u.text
            continue
        if u.line > last_line + (4 if numbered_list else 2) and items:
            break  # numbered axes may carry an explanation paragraph each
        if not items and u.line <= last_line + 1 and _RULE_UNDER.fullmatch(u.text.strip()):
            last_line = u.line
            continue  # "Ses axes" / "──────" / the items: the heading's underline
        if _closed_by_period(items):
            break  # "– Axe 1 : … ;" … "– Axe 4 : Santé mentale.": the period closes the list its semicolons ran on
        # (the last item's wrapped line too, once the count is reached: "4° … des personnes en situation" / "de handicap.")
        if items and re.match(r"[a-zà-ÿ]", u.text) and u.line == last_line + 1 and not u.bullet:
            # A wrapped item line ("…sport-santé sur" / "ordonnance") continues the item (its label, unless
            # the label already ended at a comment, or the line is indented under it: "1 · Attirer les soignants" /
            # "    stages d'internes, logement des étudiants": its examples).
            if not _COMMENT.search(items[-1].raw) and u.indent <= units[k - 1].indent:
                items[-1].label = _clean(items[-1].label + " " + u.text)
            items[-1].raw += " " + u.text
            last_line = u.line
            continue
        if count and len(items) >= count and not after_colon and not u.text.rstrip().endswith(":"):
            break  # "Celles-ci portent sur 4 axes :" and four items: the next line is no fifth
        body = BULLET.sub("", u.text, count=1)
        if (item := _SECTION_ITEM.match(u.text)) is not None \
                and (item["major"] == section or (not items and item["minor"] == "1")):
            # "3. Les priorités du contrat" / "… quatre axes" / "3.1 Garantir l'accès aux soins" / its paragraph /
            # "3.2 …": a section's numbered sub-headings are its axes (not sub-items of axes read above them)
            section = item["major"]
            items.append(AxisItem(_clean(item["label"]), u.text, u.start, u.end))
            numbered_list = True
            last_line = u.line
            continue
        if _SUB.match(body) or _SUB.match(u.text):
            last_line = u.line
            continue
        if not items and not u.bullet and not u.text.rstrip().endswith((":", ".")) \
                and re.search(r"(?i)\b(?:axes|CLS|contrat)\b", u.text):
            last_line = u.line
            continue  # "Actions et axes du Contrat Local de Santé du Pays …": a sub-heading over the list
        cells = u.text.split(" | ")
        if len(cells) >= 2 and (table or not items) and not (
                len(cells) == 2 and not table and (_NUMBERING.fullmatch(cells[0].strip()) or u.bullet)):
            # (not "AXE 1 | Se soigner près de chez soi" nor a brochure's "1 | SE SOIGNER PRÈS DE CHEZ SOI": a numbered
            # heading, read below)
            # A table row ("Accès aux soins | Bourses pour les internes, …"): the first column is the axis,
            # under a header row that names the columns ("Axe | Exemples d'actions").
            table = True
            # (a header row names the columns in any of its cells: "Asse | Objectif | Exemples d'actions", a bilingual
            # page's first column in Corsican)
            if items or not any(_COLUMN_HEAD.fullmatch(c.strip()) for c in cells):
                # "1 | Faciliter l'accès aux soins | …": a numbered row, its label in the next cell
                k = 1 if _ROW_NUMBER.fullmatch(cells[0].strip()) else 0
                at = u.start + (len(cells[0]) + len(tables.CELL_SEP)) * k
                if _DATE_CELL.fullmatch(cells[k].strip()):
                    break  # "05/10/2026 | Délibération | …": a register's rows, dated, are no axes
                if not _TOTAL_ROW.fullmatch(cells[k].strip()):  # (not the table's "Total | 20 | 16")
                    items.append(AxisItem(_clean(cells[k]), u.text, at, at + len(cells[k].rstrip())))
            last_line = u.line
            continue
        if table:
            break
        label_colon = re.match(r"^(.{3,140}?)(?:\s*[:–—]|\s+[-|])\s+(.+)$", body)  # "Axe A - Garantir…", "AXE 1 | …"
        # "Axe 1 : Développer une offre…", "Orientation 2 – …": the numbering is no label.
        numbered = label_colon is not None and (_NUMBERING.fullmatch(label_colon.group(1).strip()) is not None
                                                or _WORD_NUMBER.fullmatch(label_colon.group(1).strip()) is not None)
        if items and bullets and not u.bullet and _CAPS_HEADING.fullmatch(u.text.strip()):
            break  # "VOS MISSIONS": a section heading in capitals ends the list above it
        if items and bullets and not u.bullet and not u.text.rstrip().endswith(":") and (
                (numbered_bullet and u.line == last_line + 1) or _sub_lines_before_next_bullet(units, k)
                or (first_numbered and u.line <= last_line + 2 and _next_number_follows(units, k, len(items) + 1))):
            # "• Axe 1 : Santé mentale" then its explanation on the next line; "• Prévention / promotion de la
            # santé" then its objectives one per line, up to the next bullet of the list
            items[-1].raw += " " + u.text
            last_line = u.line
            continue
        if items and bullets and not u.bullet:
            break  # a plain line after a bulleted list ends it ("Budget de la coordination : …")
        if u.bullet and items and (first_numbered or numbered_list) and not re.match(r"\(?\d", u.text) and not numbered:
            items[-1].raw += " " + body  # "1. Attirer des médecins" / "  - accueil des internes": a sub-item
            last_line = u.line
            continue
        if u.bullet and items and numbered_list and not bullets and not numbered:
            # "Axe 4 – Santé environnementale" then "2. Point financier": under items named "Axe n", a line numbered
            # otherwise is an action of the axis or the next item of an outer list (an agenda), no axis.
            items[-1].raw += " " + body
            last_line = u.line
            continue
        if u.bullet and items and bullets and u.text.rstrip().endswith(":") and not numbered:
            break  # "• les partenaires signataires :": the next list's header
        if u.bullet:
            if not items:
                first_numbered = re.match(r"\(?\d", u.text) is not None  # "1." , "(1)"
            bullets = True
            numbered_bullet = numbered
            label = label_colon.group(2) if numbered else body
            item = AxisItem(_clean(_label_part(label)), u.text, u.start, u.end)
            if not numbered and label_colon and len(label_colon.group(1)) <= 100 \
                    and re.search(r":|\s[–—]\s", body[: len(label_colon.group(1)) + 3]):
                item.short = _clean(label_colon.group(1))  # "- Accès aux soins : installation de praticiens…", "… – …"
            elif numbered and (head := _LABEL_THEN_COLON.match(label_colon.group(2))) is not None:
                item.short = _clean(head.group(1).rstrip())  # "- Axe 1 – Accès aux soins : faciliter l'installation…"
            items.append(item)
        elif numbered:
            item = AxisItem(_clean(label_colon.group(2)), u.text, u.start, u.end)
            if (head := _LABEL_THEN_COLON.match(label_colon.group(2))) is not None:
                item.short = _clean(head.group(1).rstrip())  # "Axe 1 - Offre de soins : attirer de nouveaux professionnels…"
            items.append(item)
            numbered_list = True
        elif numbered_list and not _NUMBERING.match(body):
            if u.line <= last_line + 2:
                items[-1].raw += " " + u.text  # the explanation under "Axe 2 — Protéger…"
            continue
        elif label_colon and not plain_list and not u.text.rstrip().endswith(":") and not _TOLD.search(label_colon.group(1)) \
                and not (not items and _count(label_colon.group(1)) and len(label_colon.group(1).split()) >= 4):
            # (not "Le nouveau CLS retient quatre priorités : a ; b ; c ; d", a sentence that counts its own inline list)
            # "Accès aux soins : …" on a line of its own; a sentence before a colon ("Le diagnostic réalisé en 2024
            # avait mis en lumière plusieurs fragilités : …") is no label
            items.append(AxisItem(_clean(label_colon.group(1)), u.text, u.start, u.end))
        elif re.match(r"(?i)axe\s*(?:n°\s*)?(?:\d|[A-H]\s+(?-i:[A-ZÀ-Ý]))", u.text):  # "AXE 2 AMÉLIORER …", "AXE B AMÉLIORER …"
            items.append(AxisItem(_clean(u.text), u.text, u.start, u.end))
            numbered_list = True
        elif (not items or plain_list) and _plain_item(units[i], u, units[k + 1] if k + 1 < len(units) else None, last_line,
                                         bool(items), after_colon or not items, colonless):
            # "Le contrat s'articule autour de trois axes :" then one short sentence per line, no bullet.
            plain = re.sub(r"^\d{1,2}\s+(?=[A-ZÀ-Ý])", "", u.text)
            if not u.text.rstrip().endswith(":"):  # "Deux priorités transversales …  :": the list goes on
                items.append(AxisItem(_clean(plain), u.text, u.start, u.end))
                plain_list = True
        else:
            break
        last_line = u.line
        after_colon = u.text.rstrip().endswith(":")
        if after_colon:
            count = None  # a second header of the same list: the first header's count no longer bounds it
    if plain_list and colonless and len(items) < 3 and len(items) != count:
        return []  # ("Ses axes" over two short lines: too few to tell a flattened list from the text after a heading)
    # Every bullet reads "Label : explanation": the labels are the axes. One such bullet among plain
    # ones is an axis written with a colon, kept whole.
    if items and all(it.short for it in items):
        for it in items:
            it.label = it.short
    return [it for it in items if it.label]
