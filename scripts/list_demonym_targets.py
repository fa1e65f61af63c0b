"""List the communes that rules/geo/demonyms.tsv should cover, and report what it covers.

Targets: chef-lieu of each of the 101 départements (préfectures), chef-lieu of each arrondissement
(sous-préfectures) and every commune with more than 20,000 inhabitants, read from the data of the
npm package @etalab/decoupage-administratif 6.0.0 (MIT):

    cd /tmp && mkdir dadm && cd dadm && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf *.tgz
    python scripts/list_demonym_targets.py /tmp/dadm/package/data [--missing]

Only the list of target communes comes from that package; the demonyms themselves are hand-written
(see rules/geo/DEMONYMS.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LEXICON = REPO / "rules" / "geo" / "demonyms.tsv"
POPULATION_THRESHOLD = 20_000
OVERSEAS_DEPARTEMENTS = {"971", "972", "973", "974", "976"}


def targets(data_dir: Path) -> dict[str, tuple[str, int, set[str]]]:
    """insee -> (name, population, categories among {"prefecture", "sous-prefecture", ">20k"})."""
    communes = json.loads((data_dir / "communes.json").read_text(encoding="utf-8"))
    departements = json.loads((data_dir / "departements.json").read_text(encoding="utf-8"))
    arrondissements = json.loads((data_dir / "arrondissements.json").read_text(encoding="utf-8"))
    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    deps = {d["code"] for d in departements if len(d["code"]) == 2 or d["code"] in OVERSEAS_DEPARTEMENTS}
    out: dict[str, tuple[str, int, set[str]]] = {}

    def add(code: str, category: str) -> None:
        commune = current[code]
        out.setdefault(code, (commune["nom"], commune.get("population") or 0, set()))[2].add(category)

    for d in departements:
        if d["code"] in deps:
            add(d["chefLieu"], "prefecture")
    prefectures = {code for code, (_, _, cats) in out.items() if "prefecture" in cats}
    for a in arrondissements:
        if a["departement"] in deps and a["chefLieu"] not in prefectures:
            add(a["chefLieu"], "sous-prefecture")
    for code, commune in current.items():
        if (commune.get("population") or 0) > POPULATION_THRESHOLD:
            add(code, ">20k")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="package/data directory of decoupage-administratif")
    parser.add_argument("--missing", action="store_true", help="list targets absent from demonyms.tsv")
    args = parser.parse_args()
    todo = targets(args.data_dir)
    covered = set()
    if LEXICON.exists():
        lines = LEXICON.read_text(encoding="utf-8").splitlines()[1:]
        covered = {line.split("\t", 1)[0] for line in lines}
    for category in ("prefecture", "sous-prefecture", ">20k"):
        codes = {code for code, (_, _, cats) in todo.items() if category in cats}
        print(f"{category:16} {len(codes & covered):4} / {len(codes):4}")
    print(f"{'all targets':16} {len(set(todo) & covered):4} / {len(todo):4}")
    print(f"{'rows in lexicon':16} {len(covered):4} (outside targets: {len(covered - set(todo))})")
    if args.missing:
        for code in sorted(set(todo) - covered):
            name, population, cats = todo[code]
            print(f"{code}\t{name}\t{population}\t{','.join(sorted(cats))}")


if __name__ == "__main__":
    main()
