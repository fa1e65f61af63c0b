"""Scoring of predicted records against gold annotations.

The matching rules and the numbers are those of the reference scorer ``shared/tools/score.py``
(tests check agreement to 1e-9), so a score printed here can be compared with any score printed
there. Per field, true/false positives and negatives are summed over all documents (micro P/R/F1);
macro-F1 is the plain mean of the twelve field F1s.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Record = dict[str, Any]

FIELDS: tuple[str, ...] = (
    "is_cls", "contract", "territory_code", "status", "signing_date", "period", "signatories_type",
    "signatories_name", "people", "axes", "axis_themes", "funding",
)

# Generic words of French territory names: "Ville de Laon" and "Laon", or "CC du Pays de Bitche" and
# "Communauté de communes du Pays de Bitche", must compare equal.
TERRITORY_STOPWORDS: frozenset[str] = frozenset({
    "ville", "de", "du", "des", "la", "le", "les", "l", "d", "commune", "communaute", "communes",
    "d agglomeration", "agglomeration", "pays", "petr", "territoire", "cc", "ca", "cu", "metropole",
    "et", "en", "sur",
})

AXIS_MATCH_THRESHOLD = 0.5
"""An axis counts as found when its token-overlap F1 with a predicted axis reaches this value."""

MISSING_PREDICTION: Record = {"is_cls": False, "contracts": []}
"""What a document without a prediction is scored as: the pipeline said nothing, i.e. not a CLS."""


# --- result types ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldScore:
    """Micro precision / recall / F1 of one field, with the counts behind them."""

    p: float
    r: float
    f1: float
    tp: int
    fp: int
    fn: int


@dataclass(frozen=True)
class ErrorRow:
    """One wrong or missing value: what gold says and what was predicted (None when absent).

    ``contract`` names the contract the value belongs to (gold territory name, or the predicted one
    for an extra contract), so that a reviewer can tell two contracts of one document apart.
    """

    doc_id: str
    field: str
    gold: Any
    predicted: Any
    contract: str | None = None


@dataclass
class EvalResult:
    """Per-field scores, macro-F1, every error, and the gold documents that had no prediction."""

    fields: dict[str, FieldScore]
    macro_f1: float
    errors: list[ErrorRow] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


# --- normalisation ---------------------------------------------------------------------------------


def normalize_text(value: object) -> str:
    """Accent-free, lower-case, punctuation-free text: the form every name comparison uses."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[’'`]", " ", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def territory_key(name: object) -> str:
    """Distinctive words of a territory or organisation name (generic words dropped)."""
    return " ".join(t for t in normalize_text(name).split() if t not in TERRITORY_STOPWORDS)


# Long names of the usual signatory institutions and their acronyms are one name ("Agence régionale de
# santé Occitanie" = "ARS Occitanie"; "Mairie de Flers" = "Ville de Flers" = "Flers"), as in the reference.
ORG_LONG_NAMES: tuple[tuple[str, str], ...] = (
    (r"\bagence regionale de sante\b", "ars"), (r"\bcaisse primaire d assurance maladie\b", "cpam"),
    (r"\bcaisse d allocations? familiales?\b", "caf"), (r"\bmutualite sociale agricole\b", "msa"),
    (r"\bcentre communal d action sociale\b", "ccas"), (r"\bcentre hospitalier\b", "ch"),
    (r"\bgroupement hospitalier de territoire\b", "ght"), (r"\bconseil departemental\b", "departement"),
    (r"\bconseil regional\b", "region"), (r"\b(?:mairie|municipalite)\b", "ville"),
)
ORG_STOPWORDS: frozenset[str] = TERRITORY_STOPWORDS | {"ville", "departement", "region"}


def org_key(name: object) -> str:
    """Distinctive words of a signatory's name, long institution names folded into their acronyms.

    There is one ARS per region, so every ARS name ("ARS", "ARS Occitanie", its délégation) is one party.
    """
    text = normalize_text(name)
    for pattern, short in ORG_LONG_NAMES:
        text = re.sub(pattern, short, text)
    text = re.sub(r"\b(ars|cpam|caf|msa|ccas|ght|ch)( \1\b)+", r"\1", text)
    text = re.sub(r"^ars\b.*", "ars", text)
    return " ".join(t for t in text.split() if t not in ORG_STOPWORDS) or text


def person_key(name: object) -> str:
    """Last name only: first names are often abbreviated or omitted in press releases."""
    tokens = normalize_text(name).split()
    return tokens[-1] if tokens else ""


def territories_match(gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None) -> bool:
    """Same territory: same INSEE/SIREN code, or names whose keys are equal or contain each other.

    Containment needs a key of at least 4 characters, so that short keys ("ay") do not match
    everything.
    """
    if not gold or not pred:
        return False
    gold_code, pred_code = gold.get("insee"), pred.get("insee") or pred.get("code")
    if gold_code and pred_code and str(gold_code) == str(pred_code):
        return True
    a, b = territory_key(gold.get("name")), territory_key(pred.get("name"))
    if not a or not b:
        return False
    return a == b or (len(min(a, b, key=len)) >= 4 and (a in b or b in a))


def _axis_tokens(text: str) -> list[str]:
    return [t for t in normalize_text(text).split() if len(t) > 2]


def axis_overlap(gold_axis: str, pred_axis: str) -> float:
    """Token-overlap F1 of two axis texts (tokens of 3+ characters, counted with multiplicity)."""
    gold_tokens, pred_tokens = Counter(_axis_tokens(gold_axis)), Counter(_axis_tokens(pred_axis))
    common = sum((gold_tokens & pred_tokens).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred_tokens.values()), common / sum(gold_tokens.values())
    return 2 * precision * recall / (precision + recall)


def match_axes(
    gold_axes: Sequence[str], pred_axes: Sequence[str], threshold: float = AXIS_MATCH_THRESHOLD
) -> list[tuple[int, int]]:
    """Greedy one-to-one axis matching in gold order: each gold axis takes its best free prediction.

    Ties keep the first prediction; a prediction with no shared token is never taken.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, gold_axis in enumerate(gold_axes):
        best, best_j = 0.0, None
        for j, pred_axis in enumerate(pred_axes):
            if j in used:
                continue
            overlap = axis_overlap(gold_axis, pred_axis)
            if overlap > best:
                best, best_j = overlap, j
        if best_j is not None and best >= threshold:
            used.add(best_j)
            pairs.append((i, best_j))
    return pairs


def match_contracts(
    gold_contracts: Sequence[Record], pred_contracts: Sequence[Record]
) -> list[tuple[int, int]]:
    """Greedy contract matching in gold order: each gold contract takes the first free predicted
    contract on the same territory."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, gold_contract in enumerate(gold_contracts):
        for j, pred_contract in enumerate(pred_contracts):
            if j not in used and territories_match(gold_contract.get("territory"), pred_contract.get("territory")):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def matched_contracts(gold_doc: Mapping[str, Any], pred_doc: Mapping[str, Any] | None) -> list[tuple[Record, Record]]:
    """(gold contract, predicted contract) pairs of one document, as the scorer matches them."""
    gold_contracts = list(gold_doc.get("contracts") or [])
    pred_contracts = list((pred_doc or MISSING_PREDICTION).get("contracts") or [])
    return [(gold_contracts[i], pred_contracts[j]) for i, j in match_contracts(gold_contracts, pred_contracts)]


def normalized_status(contract: Mapping[str, Any]) -> str | None:
    """Status as scored: "unknown" means the text does not say, the same as no status."""
    status = contract.get("status")
    return None if status == "unknown" else status


def contract_values(contract: Mapping[str, Any] | None) -> dict[str, Any]:
    """The comparable value of each contract-level field (lists are compared as multisets)."""
    contract = contract or {}
    signatories = contract.get("signatories") or []
    start, end = contract.get("period_start"), contract.get("period_end")
    return {
        "territory_code": (contract.get("territory") or {}).get("insee"),
        "status": normalized_status(contract),
        "signing_date": contract.get("signing_date"),
        "period": (start, end) if (start or end) else None,
        "signatories_type": [s.get("org_type") for s in signatories],
        "signatories_name": [org_key(s.get("name")) for s in signatories],
        "people": [person_key(p.get("name")) for p in (contract.get("people") or [])],
        "axes": [
            a if isinstance(a, str) else (a.get("label") or a.get("text") or "")
            for a in (contract.get("axes") or [])
        ],
        "axis_themes": sorted(set(contract.get("axis_themes") or [])),
        # Rounded to the euro: "1,5 million" and 1500000.0 are the same amount.
        "funding": [round(float(f.get("amount_eur") or 0)) for f in (contract.get("funding") or [])],
    }


# --- counting --------------------------------------------------------------------------------------


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and value == "")


class _Tally:
    """Accumulates counts and error rows while documents are walked."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {name: [0, 0, 0] for name in FIELDS}
        self.errors: list[ErrorRow] = []

    def add(self, name: str, tp: int, fp: int, fn: int) -> None:
        counts = self.counts[name]
        counts[0] += tp
        counts[1] += fp
        counts[2] += fn

    def scalar(self, doc_id: str, contract: str | None, name: str, gold: Any, pred: Any) -> None:
        """One value per contract: a wrong value is both a false positive and a false negative."""
        if _is_empty(gold) and _is_empty(pred):
            return
        if _is_empty(gold):
            self.add(name, 0, 1, 0)
        elif _is_empty(pred):
            self.add(name, 0, 0, 1)
        elif gold == pred:
            self.add(name, 1, 0, 0)
            return
        else:
            self.add(name, 0, 1, 1)
        self.errors.append(ErrorRow(doc_id, name, None if _is_empty(gold) else gold,
                                    None if _is_empty(pred) else pred, contract))

    def multiset(self, doc_id: str, contract: str | None, name: str, gold: Iterable[Any], pred: Iterable[Any]) -> None:
        """Values compared as multisets: order does not matter, duplicates do."""
        gold_counts, pred_counts = Counter(gold), Counter(pred)
        tp = sum((gold_counts & pred_counts).values())
        self.add(name, tp, sum(pred_counts.values()) - tp, sum(gold_counts.values()) - tp)
        for value, n in (gold_counts - pred_counts).items():
            self.errors.extend(ErrorRow(doc_id, name, value, None, contract) for _ in range(n))
        for value, n in (pred_counts - gold_counts).items():
            self.errors.extend(ErrorRow(doc_id, name, None, value, contract) for _ in range(n))

    def contract(self, doc_id: str, gold: Record | None, pred: Record | None) -> None:
        """Score every field of one contract; a side that is None has no values at all."""
        label = ((gold or pred or {}).get("territory") or {}).get("name")
        g, p = contract_values(gold), contract_values(pred)
        # A code is only scored where gold knows it: annotators left unsure codes null.
        if g["territory_code"]:
            pred_code = p["territory_code"]
            self.scalar(doc_id, label, "territory_code", g["territory_code"], pred_code)
        self.scalar(doc_id, label, "status", g["status"], p["status"])
        # Exact value at the gold's precision: "2015-10" is not "2015-10-01".
        self.scalar(doc_id, label, "signing_date",
                    str(g["signing_date"]) if g["signing_date"] else None,
                    str(p["signing_date"]) if p["signing_date"] else None)
        self.scalar(doc_id, label, "period", g["period"], p["period"])
        for name in ("signatories_type", "signatories_name", "people", "axis_themes", "funding"):
            self.multiset(doc_id, label, name, g[name], p[name])
        pairs = match_axes(g["axes"], p["axes"])
        self.add("axes", len(pairs), len(p["axes"]) - len(pairs), len(g["axes"]) - len(pairs))
        matched_gold, matched_pred = {i for i, _ in pairs}, {j for _, j in pairs}
        self.errors.extend(ErrorRow(doc_id, "axes", a, None, label)
                           for i, a in enumerate(g["axes"]) if i not in matched_gold)
        self.errors.extend(ErrorRow(doc_id, "axes", None, a, label)
                           for j, a in enumerate(p["axes"]) if j not in matched_pred)

    def document(self, doc_id: str, gold: Record, pred: Record) -> None:
        gold_cls, pred_cls = bool(gold.get("is_cls")), bool(pred.get("is_cls"))
        self.add("is_cls", int(gold_cls and pred_cls), int(pred_cls and not gold_cls), int(gold_cls and not pred_cls))
        if gold_cls != pred_cls:
            self.errors.append(ErrorRow(doc_id, "is_cls", gold_cls, pred_cls))
        gold_contracts = list(gold.get("contracts") or [])
        pred_contracts = list(pred.get("contracts") or [])
        pairs = dict(match_contracts(gold_contracts, pred_contracts))
        for i, gold_contract in enumerate(gold_contracts):
            j = pairs.get(i)
            if j is None:
                self.add("contract", 0, 0, 1)
                name = (gold_contract.get("territory") or {}).get("name")
                self.errors.append(ErrorRow(doc_id, "contract", name, None, name))
                self.contract(doc_id, gold_contract, None)
            else:
                self.add("contract", 1, 0, 0)
                self.contract(doc_id, gold_contract, pred_contracts[j])
        matched_pred = set(pairs.values())
        for j, pred_contract in enumerate(pred_contracts):
            if j not in matched_pred:
                self.add("contract", 0, 1, 0)
                name = (pred_contract.get("territory") or {}).get("name")
                self.errors.append(ErrorRow(doc_id, "contract", None, name, name))
                self.contract(doc_id, None, pred_contract)


def prf(tp: int, fp: int, fn: int) -> FieldScore:
    """P/R/F1 from counts. Nothing to find and nothing predicted is perfect; predicting nothing when
    there was something is precision 0 (not 1), so that an empty output cannot score well."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return FieldScore(precision, recall, f1, tp, fp, fn)


# --- public API ------------------------------------------------------------------------------------


def load_jsonl(path: str | Path) -> dict[str, Record]:
    """Records of a JSONL file by doc_id (blank lines skipped; a repeated doc_id keeps the last)."""
    records: dict[str, Record] = {}
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from exc
            records[str(record.get("doc_id"))] = record
    return records


def score(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> EvalResult:
    """Score predictions against gold, both keyed by doc_id. Predictions for documents that are not
    in gold are ignored; gold documents without a prediction count as predicted not-CLS."""
    tally = _Tally()
    for doc_id, gold_doc in gold.items():
        tally.document(doc_id, gold_doc, pred.get(doc_id, MISSING_PREDICTION))
    fields = {name: prf(*tally.counts[name]) for name in FIELDS}
    macro_f1 = sum(s.f1 for s in fields.values()) / len(fields)
    missing = [doc_id for doc_id in gold if doc_id not in pred]
    return EvalResult(fields=fields, macro_f1=macro_f1, errors=tally.errors, missing=missing)


def resolve_predictions(path: str | Path) -> Path:
    """A run folder stands for its ``records.jsonl`` (see OUTPUTS.md)."""
    path = Path(path)
    return path / "records.jsonl" if path.is_dir() else path


def score_paths(gold_path: str | Path, pred_path: str | Path) -> EvalResult:
    """Score a predictions file, or a run folder, against a gold JSONL file."""
    return score(load_jsonl(gold_path), load_jsonl(resolve_predictions(pred_path)))
