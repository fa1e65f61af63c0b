"""Checks for the demonym (gentilé) lexicon ``rules/geo/demonyms.tsv``.

1. format of the committed file;
2. coverage: every préfecture of the 101 départements, plus the rows the annotated data relies on;
3. agreement with the DBpedia-derived reference in ``../shared/data/demonyms`` when it is present
   (it is never copied into the repository; see rules/geo/DEMONYMS.md).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LEXICON = REPO / "rules" / "geo" / "demonyms.tsv"
DEPARTEMENTS = REPO / "rules" / "geo" / "departements.tsv"
SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE = SHARED / "data" / "demonyms" / "demonyms-fr.csv"

HEADER = ["insee", "commune", "masc_sg", "fem_sg", "masc_pl", "fem_pl"]
FORM_COLUMNS = HEADER[2:]
INSEE_RE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
MIN_AGREEMENT = 0.85

# Chef-lieu (préfecture) of each of the 101 départements, from @etalab/decoupage-administratif 6.0.0.
# fmt: off
PREFECTURES = {
    "01": "01053", "02": "02408", "03": "03190", "04": "04070", "05": "05061", "06": "06088",
    "07": "07186", "08": "08105", "09": "09122", "10": "10387", "11": "11069", "12": "12202",
    "13": "13055", "14": "14118", "15": "15014", "16": "16015", "17": "17300", "18": "18033",
    "19": "19272", "21": "21231", "22": "22278", "23": "23096", "24": "24322", "25": "25056",
    "26": "26362", "27": "27229", "28": "28085", "29": "29232", "2A": "2A004", "2B": "2B033",
    "30": "30189", "31": "31555", "32": "32013", "33": "33063", "34": "34172", "35": "35238",
    "36": "36044", "37": "37261", "38": "38185", "39": "39300", "40": "40192", "41": "41018",
    "42": "42218", "43": "43157", "44": "44109", "45": "45234", "46": "46042", "47": "47001",
    "48": "48095", "49": "49007", "50": "50502", "51": "51108", "52": "52121", "53": "53130",
    "54": "54395", "55": "55029", "56": "56260", "57": "57463", "58": "58194", "59": "59350",
    "60": "60057", "61": "61001", "62": "62041", "63": "63113", "64": "64445", "65": "65440",
    "66": "66136", "67": "67482", "68": "68066", "69": "69123", "70": "70550", "71": "71270",
    "72": "72181", "73": "73065", "74": "74010", "75": "75056", "76": "76540", "77": "77288",
    "78": "78646", "79": "79191", "80": "80021", "81": "81004", "82": "82121", "83": "83137",
    "84": "84007", "85": "85191", "86": "86194", "87": "87085", "88": "88160", "89": "89024",
    "90": "90010", "91": "91228", "92": "92050", "93": "93008", "94": "94028", "95": "95500",
    "971": "97105", "972": "97209", "973": "97302", "974": "97411", "976": "97611",
}
# fmt: on

# Rows used by the annotated data: insee -> (commune, one accepted masculine singular form).
MUST_HAVE = {
    "94028": ("Créteil", "Cristolien"),
    "42218": ("Saint-Étienne", "Stéphanois"),
    "88160": ("Épinal", "Spinalien"),
    "97209": ("Fort-de-France", "Foyalais"),
    "82121": ("Montauban", "Montalbanais"),
    "68224": ("Mulhouse", "Mulhousien"),
    "57463": ("Metz", "Messin"),
    "30189": ("Nîmes", "Nîmois"),
    "69259": ("Vénissieux", "Vénissian"),
    "97120": ("Pointe-à-Pitre", "Pointois"),
    "97311": ("Saint-Laurent-du-Maroni", "Saint-Laurentais"),
    "08105": ("Charleville-Mézières", "Carolomacérien"),
    "34032": ("Béziers", "Biterrois"),
    "02408": ("Laon", "Laonnois"),
    "02691": ("Saint-Quentin", "Saint-Quentinois"),
}


def _read_lines() -> list[str]:
    return LEXICON.read_text(encoding="utf-8").splitlines()


def _rows() -> list[dict[str, str]]:
    lines = _read_lines()
    return [dict(zip(HEADER, line.split("\t"), strict=True)) for line in lines[1:]]


def _variants(cell: str) -> list[str]:
    return cell.split("|")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


# ---------------------------------------------------------------------------------------------
# 1. format
# ---------------------------------------------------------------------------------------------


def test_header_and_columns():
    raw = LEXICON.read_bytes()
    raw.decode("utf-8")  # strict UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r" not in raw, "LF line endings only"
    lines = _read_lines()
    assert lines[0].split("\t") == HEADER
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == 6, f"line {n}: {len(cells)} columns: {line!r}"
        assert all(c == c.strip() and c for c in cells), f"line {n}: empty or padded cell: {line!r}"


def test_insee_codes_valid_unique_sorted():
    codes = [r["insee"] for r in _rows()]
    bad = [c for c in codes if not INSEE_RE.match(c)]
    assert not bad, f"invalid INSEE codes: {bad}"
    dups = sorted({c for c in codes if codes.count(c) > 1})
    assert not dups, f"duplicate INSEE codes: {dups}"
    assert codes == sorted(codes), "rows must be sorted by insee"


def test_forms_well_formed():
    problems = []
    for r in _rows():
        cols = {c: _variants(r[c]) for c in FORM_COLUMNS}
        counts = {len(v) for v in cols.values()}
        if len(counts) != 1:
            problems.append(f"{r['insee']}: different number of variants per column")
            continue
        for ms, fs, mp, fp in zip(*(cols[c] for c in FORM_COLUMNS), strict=True):
            for form in (ms, fs, mp, fp):
                if not form or not form[0].isupper() or form != form.strip():
                    problems.append(f"{r['insee']}: form not capitalised / empty: {form!r}")
            for sg, pl in ((ms, mp), (fs, fp)):
                if not (pl.endswith(("s", "x")) or pl == sg):
                    problems.append(f"{r['insee']}: plural {pl!r} neither in -s/-x nor invariable")
            if fs != ms and not fs.endswith("e"):
                problems.append(f"{r['insee']}: feminine {fs!r} does not end in -e")
            if _norm(fs)[:4] != _norm(ms)[:4]:
                problems.append(f"{r['insee']}: feminine {fs!r} does not share the stem of {ms!r}")
            if fp not in (fs, fs + "s", "-".join(p if p.endswith("s") else p + "s" for p in fs.split("-"))):
                problems.append(f"{r['insee']}: feminine plural {fp!r} is not {fs!r}(s)")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# 2. coverage
# ---------------------------------------------------------------------------------------------


def test_every_prefecture_present():
    assert len(PREFECTURES) == 101
    present = {r["insee"] for r in _rows()}
    missing = sorted(set(PREFECTURES.values()) - present)
    assert not missing, f"préfectures without a demonym: {missing}"


def test_prefectures_match_gazetteer():
    """Cross-check the literal list with rules/geo/departements.tsv when that file is there."""
    if not DEPARTEMENTS.exists():
        pytest.skip("rules/geo/departements.tsv absent (built separately): literal list used alone")
    with DEPARTEMENTS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        if not reader.fieldnames or not {"code", "chef_lieu"} <= set(reader.fieldnames):
            pytest.skip("rules/geo/departements.tsv has no code/chef_lieu columns")
        derived = {
            row["code"]: row["chef_lieu"]
            for row in reader
            if len(row["code"]) == 2 or row["code"] in {"971", "972", "973", "974", "976"}
        }
    assert derived == PREFECTURES


def test_must_have_rows():
    rows = {r["insee"]: r for r in _rows()}
    problems = []
    for insee, (commune, masc_sg) in MUST_HAVE.items():
        row = rows.get(insee)
        if row is None:
            problems.append(f"{insee} {commune}: missing")
        elif row["commune"] != commune or masc_sg not in _variants(row["masc_sg"]):
            problems.append(f"{insee}: expected {commune}/{masc_sg}, got {row['commune']}/{row['masc_sg']}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# 3. agreement with the reference data (only where ../shared is present)
# ---------------------------------------------------------------------------------------------

_REF_SPLIT = re.compile(r"\s+ou\s+|\s+et\s+|\s*,\s*|\s*/\s*|\s*;\s*")
_REF_NOISE = re.compile(r"\([^)]*\)|^(?:les|le|la)\s+|^l'")


def _key(form: str) -> str:
    """Comparison key: no accents, case, article, parenthesised ending, hyphen, space or apostrophe."""
    return re.sub(r"[\s'-]+", "", _REF_NOISE.sub("", _norm(form)))


def _ref_code(raw: str) -> str:
    code = raw.strip().upper()
    if code.isdigit() and len(code) == 4:
        code = code.zfill(5)
    return code


def _reference_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    with REFERENCE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = _ref_code(row.get("inseeCode") or "")
            if not INSEE_RE.match(code):
                continue
            for field in ("gentile", "peopleName"):
                for raw in _REF_SPLIT.split(row.get(field) or ""):
                    part = _key(raw)
                    if part:
                        forms.setdefault(code, set()).add(part)
    return forms


def agreement() -> tuple[float, int, list[str]]:
    """Share of communes (in both files) where one of our masculine forms is a reference form.

    The reference cells hold plurals as well as singulars (``Chartrain, Chartraine``), so a commune
    agrees when any variant of our masc_pl (or of our masc_sg) matches any reference form.
    """
    ref = _reference_forms()
    compared = 0
    disagreements = []
    for r in _rows():
        accepted = ref.get(r["insee"])
        if not accepted:
            continue
        compared += 1
        ours = _variants(r["masc_pl"]) + _variants(r["masc_sg"])
        if not any(_key(v) in accepted for v in ours):
            disagreements.append(f"{r['insee']} {r['commune']}: ours={r['masc_pl']} ref={sorted(accepted)}")
    rate = (compared - len(disagreements)) / compared if compared else 0.0
    return rate, compared, disagreements


def test_agreement_with_reference():
    if not REFERENCE.exists():
        pytest.skip("../shared/data/demonyms not present (a user's clone has no ../shared)")
    rate, compared, disagreements = agreement()
    assert compared >= 300, f"only {compared} communes in common with the reference"
    assert rate >= MIN_AGREEMENT, (
        f"agreement {rate:.3f} < {MIN_AGREEMENT} over {compared} communes; disagreements:\n"
        + "\n".join(disagreements)
    )
