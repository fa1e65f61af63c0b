"""Accuracy floors over real public pages, where their texts have been rebuilt on this machine.

The texts are third-party and never committed (corpus/real/README.md says how to rebuild them), so a
clean clone has none and these tests skip; a machine that rebuilt them (into corpus/real/docs and
corpus/real/shared-docs, or the copy kept outside the work tree in ~/.cache/cls-real) runs them.
Floors are what the current code reaches, rounded down; raise them, never lower them. Each floor holds for the
pages it was set on (PAGES): a rebuild sometimes lacks a page the search no longer returns, and a floor is only
checked where at least as many of its pages are present (else the test says which are missing and skips it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.evaluate import load_jsonl, score
from pipeline.evaluate.groups import read_sources
from tests.conftest import ROOT, SHARED

CACHE = Path(os.environ.get("CLS_REAL_CACHE", Path.home() / ".cache" / "cls-real"))
NO_TEXTS = "real-page texts not rebuilt on this machine (third-party, never committed: see corpus/real/README.md)"

FLOORS = {
    # ../shared/real: 51 pages (0.563 when issue 13 began, 0.657 at the start of the first 2026-12-04 session,
    # 0.770 after it, 0.854 after the second, 0.873 after the third, 0.882 after the fourth, 0.885 after the fifth,
    # 0.887 after the sixth, 0.889 after the seventh, 0.890 after the eighth; 0.895 after the tenth on the 50 rebuilt,
    # 0.911 after the eleventh).
    "shared-real": {"macro": 0.88, "is_cls": 0.98, "contract": 0.94, "territory_code": 0.92, "status": 0.80,
                    "signing_date": 0.86, "period": 0.80, "signatories_type": 0.84, "signatories_name": 0.73,
                    "people": 0.90, "funding": 0.99, "axes": 0.94, "axis_themes": 0.91},
    # corpus/real, the 444 pages of batches a1-j1 (first contact of each batch in corpus/real/README.md); 0.657 at
    # the start of the first 2026-12-04 session, 0.766 after it (360 pages); 0.799 after the second, 0.820 after
    # the third, 0.831 after the fourth.
    "real": {"macro": 0.83, "is_cls": 0.94, "contract": 0.88, "territory_code": 0.87, "status": 0.73,
             "signing_date": 0.86, "period": 0.84, "signatories_type": 0.75, "signatories_name": 0.70,
             "people": 0.82, "funding": 0.90, "axes": 0.81, "axis_themes": 0.81},
    # corpus/real, the 550 pages of batches a1-n2 (k1-n2 scored 0.634 pooled on first contact); 0.803 at the end
    # of the third 2026-12-04 session (then the floor "real-all"), 0.817 after the fourth.
    "real-a-n": {"macro": 0.81, "is_cls": 0.94, "contract": 0.88, "territory_code": 0.88, "status": 0.74,
                 "signing_date": 0.85, "period": 0.84, "signatories_type": 0.75, "signatories_name": 0.69,
                 "people": 0.81, "funding": 0.85, "axes": 0.76, "axis_themes": 0.77},
    # corpus/real, the 632 pages of batches a1-r2 (o1-r2 scored 0.630 pooled on first contact); 0.806 at the end of
    # the fourth 2026-12-04 session (then the floor "real-all"), 0.807 after the fifth.
    "real-a-r": {"macro": 0.80, "is_cls": 0.94, "contract": 0.87, "territory_code": 0.87, "status": 0.72,
                 "signing_date": 0.84, "period": 0.83, "signatories_type": 0.74, "signatories_name": 0.68,
                 "people": 0.80, "funding": 0.82, "axes": 0.75, "axis_themes": 0.75},
    # corpus/real, the 714 pages of batches a1-t3 (s1-t3 scored 0.664 pooled on first contact); 0.803 at the end of
    # the fifth 2026-12-05 session (then the floor "real-all"), 0.808 after the sixth, 0.809 after the seventh, 0.812
    # after the eighth, 0.812 after the tenth on the 710 rebuilt then.
    "real-a-t": {"macro": 0.81, "is_cls": 0.95, "contract": 0.88, "territory_code": 0.87, "status": 0.75,
                 "signing_date": 0.84, "period": 0.83, "signatories_type": 0.75, "signatories_name": 0.70,
                 "people": 0.81, "funding": 0.82, "axes": 0.75, "axis_themes": 0.75},
    # corpus/real, the 744 pages of batches a1-u2 (u1 and u2 scored 0.648 pooled on first contact); 0.810 on the 740
    # rebuilt at the end of the tenth 2026-12-05 session (then the floor "real-all"), 0.811 in the eleventh.
    "real-a-u": {"macro": 0.81, "is_cls": 0.95, "contract": 0.87, "territory_code": 0.87, "status": 0.74,
                 "signing_date": 0.83, "period": 0.83, "signatories_type": 0.75, "signatories_name": 0.70,
                 "people": 0.80, "funding": 0.82, "axes": 0.74, "axis_themes": 0.74},
    # corpus/real, the 771 pages of batches a1-v2 (v1 and v2 scored 0.586 pooled on first contact); 0.807 on the 767
    # rebuilt in the eleventh 2026-12-05 session (then the floor "real-all").
    "real-a-v": {"macro": 0.80, "is_cls": 0.94, "contract": 0.87, "territory_code": 0.87, "status": 0.74,
                 "signing_date": 0.83, "period": 0.83, "signatories_type": 0.75, "signatories_name": 0.70,
                 "people": 0.80, "funding": 0.82, "axes": 0.74, "axis_themes": 0.73},
    # corpus/real, the 800 pages of batches a1-w2 (w1 and w2 scored 0.591 pooled on first contact); 0.805 on the 796
    # rebuilt in the eleventh 2026-12-05 session (then the floor "real-all").
    "real-a-w": {"macro": 0.80, "is_cls": 0.94, "contract": 0.87, "territory_code": 0.87, "status": 0.74,
                 "signing_date": 0.82, "period": 0.83, "signatories_type": 0.75, "signatories_name": 0.70,
                 "people": 0.80, "funding": 0.82, "axes": 0.72, "axis_themes": 0.72},
    # corpus/real, the 825 pages of batches a1-x2 (x1 and x2 scored 0.407 pooled on first contact); 0.799 on the 821
    # rebuilt in the eleventh 2026-12-05 session (then the floor "real-all").
    "real-a-x": {"macro": 0.79, "is_cls": 0.94, "contract": 0.87, "territory_code": 0.86, "status": 0.74,
                 "signing_date": 0.82, "period": 0.83, "signatories_type": 0.76, "signatories_name": 0.70,
                 "people": 0.80, "funding": 0.79, "axes": 0.71, "axis_themes": 0.71},
    # corpus/real, the 855 pages of batches a1-y2 (y1 and y2 scored 0.467 pooled on first contact); 0.795 on the 851
    # rebuilt in the eleventh 2026-12-05 session (then the floor "real-all").
    "real-a-y": {"macro": 0.79, "is_cls": 0.94, "contract": 0.87, "territory_code": 0.86, "status": 0.73,
                 "signing_date": 0.82, "period": 0.83, "signatories_type": 0.75, "signatories_name": 0.70,
                 "people": 0.80, "funding": 0.79, "axes": 0.71, "axis_themes": 0.70},
    # corpus/real, every page whose text is present: 867 in 63 batches, a1-z1 (z1 scored 0.581 on first contact);
    # 0.794 on the 863 rebuilt in the twelfth 2026-12-05 session.
    "real-all": {"macro": 0.79, "is_cls": 0.94, "contract": 0.87, "territory_code": 0.86, "status": 0.73,
                 "signing_date": 0.82, "period": 0.82, "signatories_type": 0.75, "signatories_name": 0.70,
                 "people": 0.79, "funding": 0.76, "axes": 0.71, "axis_themes": 0.70},
}
# The batches of a floor that covers part of a set (their letter), from corpus/real/SOURCES.md.
BATCHES = {"real": "abcdefghij", "real-a-n": "abcdefghijklmn", "real-a-r": "abcdefghijklmnopqr",
           "real-a-t": "abcdefghijklmnopqrst", "real-a-u": "abcdefghijklmnopqrstu",
           "real-a-v": "abcdefghijklmnopqrstuv", "real-a-w": "abcdefghijklmnopqrstuvw",
           "real-a-x": "abcdefghijklmnopqrstuvwx", "real-a-y": "abcdefghijklmnopqrstuvwxy"}
# How many pages of its set each floor was set on (texts present then).
PAGES = {"shared-real": 51, "real": 444, "real-a-n": 550, "real-a-r": 632, "real-a-t": 714, "real-a-u": 740, "real-a-v": 767,
         "real-a-w": 796, "real-a-x": 821, "real-a-y": 851, "real-all": 863}


def _texts(name: str) -> Path:
    for folder in (ROOT / "corpus" / "real" / name, CACHE / name):
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    pytest.skip(NO_TEXTS)


def _check(name: str, gold_path: Path, texts: Path, run_dir: Path) -> None:
    present = {p.stem for p in texts.glob("*.txt")}
    gold = {k: v for k, v in load_jsonl(gold_path).items() if k in present}
    if name in BATCHES:
        batch = {k: row.get("batch", "") for k, row in read_sources(gold_path.parent / "SOURCES.md").items()}
        gold = {k: v for k, v in gold.items() if batch.get(k, "")[:1] in BATCHES[name]}
    assert gold, f"{name}: no gold document has a text in {texts}"
    if len(gold) < PAGES[name]:
        pytest.skip(f"{name}: {len(gold)} of the {PAGES[name]} pages its floor was set on are rebuilt here (the search no "
                    "longer returns some: scripts/real_texts.py lists them); the floor holds for its complete set")
    result = score(gold, load_jsonl(run_dir / "records.jsonl"))
    floors = FLOORS[name]
    assert result.macro_f1 >= floors["macro"] - 1e-9, f"{name}: macro-F1 {result.macro_f1:.3f} < {floors['macro']}"
    below = {f: round(result.fields[f].f1, 3) for f in floors if f != "macro" and result.fields[f].f1 < floors[f] - 1e-9}
    assert not below, f"{name}: fields below their floor: {below}"


def test_shared_real_pages_floor(run_dir_factory) -> None:
    gold = SHARED / "real" / "gold.jsonl"
    if not gold.is_file():
        pytest.skip("../shared not present (a user's clone has no ../shared)")
    texts = _texts("shared-docs")
    _check("shared-real", gold, texts, run_dir_factory(texts))


@pytest.mark.parametrize("name", ["real", "real-a-n", "real-a-r", "real-a-t", "real-a-u", "real-a-v", "real-a-w", "real-a-x",
                                  "real-a-y", "real-all"])
def test_own_real_pages_floor(run_dir_factory, name) -> None:
    texts = _texts("docs")
    _check(name, ROOT / "corpus" / "real" / "gold.jsonl", texts, run_dir_factory(texts))
