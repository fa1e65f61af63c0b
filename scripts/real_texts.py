"""Which real-page texts are here, and restore the missing ones from the copy kept outside the work tree.

usage: python scripts/real_texts.py [--restore]

Real pages are third-party: the repository holds their URL, query and gold, never their text. Texts are
rebuilt with the search tool (corpus/real/README.md) into the git-ignored corpus/real/docs/ (our pages)
and corpus/real/shared-docs/ (../shared/real), and a copy is kept in ~/.cache/cls-real/ so that the next
session on the same machine rebuilds only what is missing. This script lists, per set, the texts present,
those only in the cache (--restore copies them back) and those to rebuild, with the query that finds each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from pipeline.evaluate.groups import read_sources

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("CLS_REAL_CACHE", Path.home() / ".cache" / "cls-real"))
SETS = {
    "docs": ROOT / "corpus" / "real" / "SOURCES.md",
    "shared-docs": ROOT.parent / "shared" / "real" / "SOURCES.md",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--restore", action="store_true", help="copy texts found only in the cache back")
    args = parser.parse_args(argv)
    for name, sources in SETS.items():
        if not sources.is_file():
            print(f"{name}: no {sources} here", file=sys.stderr)
            continue
        rows = read_sources(sources)
        folder, cache = ROOT / "corpus" / "real" / name, CACHE / name
        present = [d for d in rows if (folder / f"{d}.txt").is_file()]
        cached = [d for d in rows if d not in present and (cache / f"{d}.txt").is_file()]
        missing = [d for d in rows if d not in present and d not in cached]
        if args.restore and cached:
            folder.mkdir(parents=True, exist_ok=True)
            for d in cached:
                shutil.copyfile(cache / f"{d}.txt", folder / f"{d}.txt")
        print(f"{name}: {len(rows)} pages, {len(present)} present, {len(cached)} in the cache"
              f"{' (restored)' if args.restore and cached else ''}, {len(missing)} to rebuild")
        for d in missing:
            print(f"  {d}\t{rows[d].get('url', '')}\t{rows[d].get('query', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
