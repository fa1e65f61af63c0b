"""Build the committed offline gazetteer (rules/geo/*.tsv) from @etalab/decoupage-administratif.

Network is used here only (``npm pack``); the pipeline reads the TSV files it writes. Output is
deterministic: sorted rows, fixed column order, no timestamps, so running it twice changes nothing.

    python scripts/build_gazetteer.py --version 6.0.0 --out rules/geo
    python scripts/build_gazetteer.py --src /path/to/package/data --out rules/geo   # offline rebuild
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tarfile
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

PACKAGE = "@etalab/decoupage-administratif"

EPCI_PREFIX = {
    "CC": "Communauté de communes",
    "CA": "Communauté d'agglomération",
    "CU": "Communauté urbaine",
}
# A short name that already says what it is ("Moulins Communauté") is the official name as is.
SELF_NAMING = re.compile(r"\b(Communauté|Agglomération|Agglo|Métropole|Eurométropole|Intercom)\b")
KIND_MAP = {"MET69": "METRO"}
# Share of an EPCI's population that one département must hold to be "its" département.
DOMINANT_SHARE = 0.75


def fetch(version: str, workdir: Path) -> Path:
    """npm-pack the package into workdir and return its data/ folder."""
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{version}", "--silent"], cwd=workdir, check=True, capture_output=True
    )
    tgz = next(workdir.glob("*.tgz"))
    with tarfile.open(tgz) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(workdir, filter="data")
        else:  # Python < 3.10.12: trusted registry tarball
            tar.extractall(workdir)
    return workdir / "package" / "data"


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _accent_map(communes: list[dict]) -> dict[str, str]:
    """Unaccented -> accented word for capitalised É-words seen in commune names ('Epinal' -> 'Épinal')."""
    seen: dict[str, set[str]] = defaultdict(set)
    for c in communes:
        for w in re.split(r"[\s\-'’]+", c["nom"]):
            if w.startswith("É"):
                seen[_fold(w)].add(w)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _fix_accents(name: str, amap: dict[str, str]) -> str:
    return re.sub(r"\bE[a-zà-ÿ]+", lambda m: amap.get(m.group(0), m.group(0)), name)


def epci_names(raw: str, kind: str, amap: dict[str, str]) -> tuple[str, list[str]]:
    """Official-looking long name and acronyms from the source's short name ('CC du X' -> ...)."""
    acronyms: list[str] = []
    name = raw.replace("''", "").replace('"', "").strip()
    m = re.search(r"\s*\(([^)]*)\)\s*$", name)
    if m:
        inner = m.group(1).strip()
        if re.fullmatch(r"[A-Z0-9]{2,}", inner):
            acronyms.append(inner)
        else:
            before = re.findall(r"\b[A-Z]{3,}\b", name[: m.start()])
            acronyms.extend(before[-1:])
        name = name[: m.start()].strip()
    name = _fix_accents(re.sub(r"\s+", " ", name), amap)
    head, _, rest = name.partition(" ")
    if head in EPCI_PREFIX and rest:
        self_named = SELF_NAMING.search(rest) and not re.match(r"(de|du|des|d')\b", rest)
        name = rest if self_named else f"{EPCI_PREFIX[head]} {rest}"
    return name, acronyms


def build(data: Path, out: Path, version: str) -> None:
    load = lambda n: json.loads((data / f"{n}.json").read_text(encoding="utf-8"))  # noqa: E731
    communes, epcis, depts, regions = load("communes"), load("epci"), load("departements"), load("regions")
    ept = load("ept") if (data / "ept.json").exists() else []
    arrs = load("arrondissements") if (data / "arrondissements.json").exists() else []
    out.mkdir(parents=True, exist_ok=True)

    region_name = {r["code"]: r["nom"] for r in regions}
    prefectures = {d["chefLieu"] for d in depts}
    sous_prefs = {a["chefLieu"] for a in arrs} - prefectures
    # the seat of each arrondissement that has a sous-préfet (not the préfecture's own): "le sous-préfet de
    # l'arrondissement" of a contract is that of its territory's arrondissement
    arr_sous_pref = {a["code"]: a["nom"] for a in arrs if a["chefLieu"] in sous_prefs}
    region_cl = {r["chefLieu"] for r in regions}

    commune_epci: dict[str, str] = {}
    for e in epcis:
        for m in e["membres"]:
            commune_epci[m["code"]] = e["code"]

    rows = []
    for c in communes:
        code = c["code"]
        actual = c["type"] == "commune-actuelle"
        chef = ""
        if actual:
            chef = "prefecture" if code in prefectures else "sous-prefecture" if code in sous_prefs else ""
            if code in region_cl:
                chef = (chef + "|" if chef else "") + "chef-lieu-region"
        parent = c.get("commune") or ("" if actual else c.get("chefLieu", ""))
        rows.append(
            (
                code,
                c["nom"],
                c["type"],
                c["departement"],
                c.get("region", ""),
                str(c.get("population", "")),
                "|".join(sorted(c.get("codesPostaux", []))),
                chef,
                parent,
                commune_epci.get(code, "") if actual else "",
                arr_sous_pref.get(c.get("arrondissement") or "", "") if actual else "",
            )
        )
    rows.sort(key=lambda r: (r[0], r[2], r[1]))
    _write(
        out / "communes.tsv",
        ["insee", "name", "type", "departement", "region", "population", "postal_codes", "chef_lieu",
         "parent", "epci", "sous_prefecture"],
        rows,
    )

    pop = {c["code"]: c.get("population", 0) or 0 for c in communes if c["type"] == "commune-actuelle"}
    dept_of = {c["code"]: c["departement"] for c in communes if c["type"] == "commune-actuelle"}
    reg_of = {c["code"]: c.get("region", "") for c in communes if c["type"] == "commune-actuelle"}
    amap = _accent_map(communes)
    erows, arows = [], []
    for e in [*epcis, *[dict(x, type="EPT") for x in ept]]:
        members = sorted(m["code"] for m in e["membres"])
        share: dict[str, int] = defaultdict(int)
        for m in members:
            share[dept_of.get(m, "")] += pop.get(m, 0) or 1
        total = sum(share.values()) or 1
        ordered = sorted(share, key=lambda d: (-share[d], d))
        dominant = ordered[0] if share[ordered[0]] / total >= DOMINANT_SHARE else ""
        regs = sorted({reg_of.get(m, "") for m in members} - {""})
        name, acr = epci_names(e["nom"], e["type"], amap)
        kind = KIND_MAP.get(e["type"], e["type"])
        erows.append(
            (e["code"], name, e["nom"], kind, "|".join(ordered), dominant, "|".join(regs),
             str(e.get("populationTotale") or sum(pop.get(m, 0) for m in members)), "|".join(members))
        )
        arows.extend((a, e["code"]) for a in acr)
    erows.sort()
    _write(
        out / "epci.tsv",
        ["siren", "name", "source_name", "kind", "departements", "departement", "regions", "population",
         "members"],
        erows,
    )
    _write(out / "epci_source_acronyms.tsv", ["acronym", "siren"], sorted(set(arows)))

    drows = sorted((d["code"], d["nom"], d["region"], d["chefLieu"], d["zone"]) for d in depts)
    _write(out / "departements.tsv", ["code", "name", "region", "chef_lieu", "zone"], drows)
    rrows = sorted((r["code"], r["nom"], r["chefLieu"], r["zone"]) for r in regions)
    _write(out / "regions.tsv", ["code", "name", "chef_lieu", "zone"], rrows)
    assert all(r[4] in region_name or r[4] == "" for r in rows)
    (out / "BUILD_VERSION").write_text(f"{PACKAGE}@{version}\n", encoding="utf-8")


def _write(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", default="6.0.0")
    ap.add_argument("--out", type=Path, default=Path("rules/geo"))
    ap.add_argument("--src", type=Path, help="an already extracted package data/ folder (no network)")
    args = ap.parse_args()
    if args.src:
        build(args.src, args.out, args.version)
        return
    with tempfile.TemporaryDirectory() as tmp:
        build(fetch(args.version, Path(tmp)), args.out, args.version)


if __name__ == "__main__":
    main()
