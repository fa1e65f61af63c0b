"""``cls-extract report RUN_DIR``: one self-contained report.html (inline CSS, SVG and a few lines of JS).

Built from records.jsonl alone (tables, consolidation and evidence all derive from it), so it works on
any finished run folder, offline. Every piece of document text goes through ``html.escape``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.export.consolidate import consolidate
from pipeline.export.coverage import RunFacts, build_coverage
from pipeline.export.post import iter_records
from pipeline.export.writer import write_atomic
from pipeline.report.charts import bar_chart
from pipeline.report.evidence import FIELDS, highlight
from pipeline.report.map import TILES, outlines, render_maps

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1180px;padding:16px 24px;color:#1d2430}
h1{font-size:22px;margin:4px 0 2px}h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #dde3ea;padding-bottom:4px}
.muted{color:#66707d}.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.card{background:#f3f6f9;border-radius:8px;padding:10px 16px;min-width:120px}.card b{display:block;font-size:22px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:8px 24px}
.chart rect{fill:#3b7dd8}.chart text{font-size:12px;fill:#1d2430}.chart text.n{fill:#66707d}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e6eaef;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f6f9;position:sticky;top:0}tr:hover td{background:#fafbfd}
#filter{font-size:14px;padding:6px 10px;width:340px;border:1px solid #b9c3cf;border-radius:6px}
details.ev{border:1px solid #e6eaef;border-radius:6px;margin:6px 0;padding:4px 10px}details.ev[open]{background:#fcfdfe}
details.ev summary{cursor:pointer;font-weight:600}dl{display:grid;grid-template-columns:130px 1fr;gap:2px 10px;margin:8px 0}
dt{color:#66707d}dd{margin:0}pre.doc{white-space:pre-wrap;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;background:#fff;border:1px solid #eef1f4;padding:8px;max-height:420px;overflow:auto}
mark{border-radius:2px;padding:0 1px}.f-territory{background:#c8ecf5}.f-signing_date{background:#f3c9ef}.f-period{background:#ead7fb}
.f-signatories{background:#cdeccb}.f-people{background:#fbefb4}.f-axes{background:#d6e2fb}.f-funding{background:#f9cfc9}
.f-status,.f-generation{background:#e3e3e3}.legend mark{margin-right:6px}
"""

# Filter: hide the rows of the contracts table that do not contain every typed word (accents ignored).
JS = """
(function(){
  var norm=function(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();};
  var input=document.getElementById('filter'), rows=document.querySelectorAll('#contracts tbody tr'),
      count=document.getElementById('shown');
  var dep=null, figs=JSON.parse(document.getElementById('map-data').textContent),
      info=document.getElementById('map-info'), box=document.getElementById('map-filter');
  rows.forEach(function(r){r.dataset.k=norm(r.textContent);});
  function apply(){
    var words=norm(input.value).split(/\\s+/).filter(Boolean), n=0;
    rows.forEach(function(r){var ok=words.every(function(w){return r.dataset.k.indexOf(w)>=0;})
      && (dep===null || (' '+r.dataset.deps+' ').indexOf(' '+dep+' ')>=0);
      r.hidden=!ok; if(ok){n++;}});
    count.textContent=n;
  }
  // Map: hovering a département shows its figures, clicking it filters the contracts (again: all of them).
  var fmt=function(x){return x.toLocaleString('fr-FR');};
  document.querySelectorAll('svg.map [data-dep]').forEach(function(el){
    var code=el.getAttribute('data-dep');
    el.addEventListener('mouseover',function(){
      var f=figs[code], name=el.querySelector('title').textContent;
      info.textContent=f ? name+': '+(100*f.share).toFixed(1)+' % of '+fmt(f.population)+' inhabitants covered ('
        +fmt(f.covered)+'); '+f.contracts+' contract(s), '+f.in_force+' in force, '+f.unknown+' of unknown membership'
        : name+': no contract in this run';});
    el.addEventListener('click',function(){
      dep=(dep===code)?null:code;
      document.querySelectorAll('svg.map [data-dep]').forEach(function(o){
        o.classList.toggle('sel',o.getAttribute('data-dep')===dep);});
      box.hidden=(dep===null);
      document.getElementById('map-dep').textContent=dep===null?'':el.querySelector('title').textContent;
      apply();});
  });
  document.getElementById('map-clear').addEventListener('click',function(){
    dep=null; box.hidden=true;
    document.querySelectorAll('svg.map .sel').forEach(function(o){o.classList.remove('sel');}); apply();});
  input.addEventListener('input',apply);
  document.querySelectorAll('a.evlink').forEach(function(a){a.addEventListener('click',function(){
    var d=document.getElementById(a.getAttribute('href').slice(1)); if(d){d.open=true;}});});
  apply();
})();
"""


def _year(c: dict[str, Any]) -> str:
    if c.get("signing_date"):
        return str(c["signing_date"])[:4]
    return str(c["period_start"]) if c.get("period_start") else "unknown"


def _count(values: list[str]) -> list[tuple[str, int]]:
    return sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))


def _n_errors(run_dir: Path) -> int:
    path = run_dir / "errors.csv"
    if not path.is_file():
        return 0
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return max(0, sum(1 for _ in csv.reader(fh)) - 1)


def _euros(amount: float) -> str:
    """French grouping: 45 000 € (narrow no-break space), cents only when there are some."""
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}".replace(".", "#")
    return text.replace(",", "\u202f").replace("#", ",") + " €"


def _e(value: Any) -> str:
    return "" if value is None else escape(str(value))


def _contract_rows(records: list[dict]) -> list[dict[str, Any]]:
    rows = []
    for rec in records:
        for n, c in enumerate(rec.get("contracts") or [], start=1):
            rows.append({"id": f"{rec['doc_id']}#{n}", "anchor": f"ev-{len(rows) + 1}", "record": rec, "contract": c})
    return rows


def _table(rows: list[dict[str, Any]], sources: dict[str, int], deps: dict[str, str] | None = None) -> str:
    head = ("contract", "territory", "type", "dép.", "region", "status", "signed", "period", "signatories",
            "axes", "sources")
    out = ["<table id=\"contracts\"><thead><tr>", *(f"<th>{h}</th>" for h in head), "</tr></thead><tbody>"]
    for r in rows:
        c, t = r["contract"], r["contract"].get("territory") or {}
        period = "–".join(str(x) for x in (c.get("period_start"), c.get("period_end")) if x) or ""
        cells = [f'<a class="evlink" href="#{r["anchor"]}">{_e(r["id"])}</a>', _e(t.get("name")), _e(t.get("type")),
                 _e(t.get("departement")), _e(t.get("region")), _e(c.get("status")), _e(c.get("signing_date")),
                 _e(period), str(len(c.get("signatories") or [])), str(len(c.get("axes") or [])),
                 str(sources.get(r["id"], 1))]
        where = escape((deps or {}).get(r["id"], t.get("departement") or ""))
        out.append(f'<tr data-deps="{where}">' + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _evidence(r: dict[str, Any]) -> str:
    rec, c = r["record"], r["contract"]
    t = c.get("territory") or {}
    values = [
        ("territory", f"{t.get('name')} ({t.get('type')}) {t.get('insee') or ''} {t.get('region') or ''}"),
        ("status", f"{c.get('status')}, generation {c.get('generation') or '–'}"),
        ("signing_date", c.get("signing_date") or "–"),
        ("period", f"{c.get('period_start') or '?'}–{c.get('period_end') or '?'}"),
        ("signatories", "; ".join(f"{s['name']} ({s['org_type']})" for s in c.get("signatories") or []) or "–"),
        ("people", "; ".join(f"{p['name']} ({p.get('role') or ''})" for p in c.get("people") or []) or "–"),
        ("axes", " · ".join(c.get("axes") or []) or "–"),
        ("axis_themes", ", ".join(c.get("axis_themes") or []) or "–"),
        ("funding", "; ".join(f"{_euros(f['amount_eur'])} {f.get('funder') or ''} {f.get('year') or ''}".strip()
                              for f in c.get("funding") or []) or "–"),
    ]
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in values)
    text = rec.get("text")
    body = (f'<pre class="doc">{highlight(text, c.get("evidence") or {})}</pre>' if text
            else '<p class="muted">no text kept for this document</p>')
    return (f'<details class="ev" id="{r["anchor"]}"><summary>{_e(r["id"])} — {_e(t.get("name"))}</summary>'
            f'<p class="muted">source: {_e(rec.get("source"))}</p><dl>{dl}</dl>{body}</details>')


def _departements(consolidated: list[dict[str, Any]], tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """The départements each contract mention touches (its communes', else its own), space-separated."""
    by_contract: dict[str, set[str]] = {}
    for row in tables["coverage_communes"]:
        for cid in row["contract_ids"].split(";"):
            by_contract.setdefault(cid, set()).add(row["departement"])
    for row in tables["coverage_contracts"]:
        if row["consolidated_id"] not in by_contract and row["territory_departement"]:
            by_contract[row["consolidated_id"]] = {row["territory_departement"]}
    return {mention: " ".join(sorted(by_contract.get(c["consolidated_id"], ())))
            for c in consolidated for mention in c["contract_ids"].split(";")}


def render(records: Iterable[dict], n_errors: int = 0, title: str = "CLS run report",
           as_of: dt.date | None = None) -> str:
    """The whole page as a string. Only the records with a contract are kept (the others are counted):
    a crawl's run folder may hold millions of records. ``as_of`` is the coverage map's reference date."""
    n_docs = n_cls = 0
    kept = []
    facts = RunFacts()
    for rec in facts.watch(records):
        n_docs += 1
        n_cls += bool(rec.get("is_cls"))
        if rec.get("contracts"):
            kept.append(rec)
    records = kept
    consolidated = consolidate(records)
    coverage, info = build_coverage(consolidated, facts, as_of)
    names = {**{d["code"]: d["name"] for d in outlines()["departements"]}, **dict(TILES)}
    rows = _contract_rows(records)
    sources = {cid: r["n_sources"] for r in consolidated for cid in r["contract_ids"].split(";")}
    signatory_types = [s["org_type"] for r in rows for s in r["contract"].get("signatories") or []]
    themes = [t for r in consolidated for t in (r["axis_themes"].split(";") if r["axis_themes"] else [])]
    cards = [("documents", n_docs), ("about a CLS", n_cls),
             ("contract mentions", len(rows)), ("distinct contracts", len(consolidated)),
             ("with conflicts", sum(1 for r in consolidated if r["conflicts"])), ("input errors", n_errors)]
    charts = [
        bar_chart("Contracts per year (signing, else period start)",
                  sorted(Counter(_year(c) for c in consolidated).items())),
        bar_chart("Contracts per region", _count([c["territory_region"] or "unknown" for c in consolidated])),
        bar_chart("Status", _count([c["status"] for c in consolidated])),
        bar_chart("Signatory types", _count(signatory_types)),
        bar_chart("Axis themes", _count(themes)),
    ]
    chart_titles = ["Contracts per year", "Contracts per region", "Status", "Signatory types (per mention)",
                    "Axis themes (distinct contracts)"]
    legend = "".join(f'<mark class="f-{f}">{f}</mark>' for f in FIELDS if f not in ("status", "generation"))
    return "".join([
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1><p class=\"muted\">cls-extract {escape(__version__)} · counts per distinct "
        "contract (consolidated across documents) unless stated</p>",
        '<div class="cards">', *(f'<div class="card"><b>{n}</b>{escape(k)}</div>' for k, n in cards), "</div>",
        '<div class="charts">',
        *(f"<section><h2>{escape(t)}</h2>{svg}</section>" for t, svg in zip(chart_titles, charts, strict=True)),
        "</div>",
        "<h2>Coverage map</h2>", render_maps(coverage["coverage_summary"], names, info["as_of"]),
        f'<h2>Contracts (<span id="shown">{len(rows)}</span> of {len(rows)} mentions)</h2>',
        '<p><input id="filter" type="search" placeholder="Filter: territory, region, status, year…" '
        'aria-label="Filter contracts"></p>',
        _table(rows, sources, _departements(consolidated, coverage)),
        f'<h2>Evidence</h2><p class="legend muted">Highlighted spans: {legend}</p>',
        *(_evidence(r) for r in rows),
        f"<script>{JS}</script></body></html>\n",
    ])


def _as_of(run_dir: Path) -> dt.date | None:
    """The run's coverage reference date (manifest), so the map shows the figures of its coverage tables."""
    try:
        value = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))["coverage"]["as_of"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return dt.date.fromisoformat(value) if value else None


def build_report(run_dir: Path, out: Path | None = None) -> Path:
    """Write ``report.html`` (or ``out``) for a run folder; returns its path."""
    run_dir = Path(run_dir)
    out = out or run_dir / "report.html"
    html = render(iter_records(run_dir), _n_errors(run_dir), title=f"CLS run report — {run_dir.name}",
                  as_of=_as_of(run_dir))
    write_atomic(out, html)
    return out
