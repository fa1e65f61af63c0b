"""Horizontal bar charts as inline SVG: no chart library, nothing to download, escaped labels."""

from __future__ import annotations

from html import escape

BAR_H = 18
GAP = 6
LABEL_W = 210
BAR_W = 300
WIDTH = LABEL_W + BAR_W + 60


def bar_chart(title: str, items: list[tuple[str, int]], css_class: str = "chart") -> str:
    """An SVG with one bar per (label, count), in the order given."""
    items = [(str(label), int(n)) for label, n in items]
    height = max(1, len(items)) * (BAR_H + GAP) + GAP
    top = max((n for _, n in items), default=0) or 1
    parts = [f'<svg class="{css_class}" role="img" aria-label="{escape(title)}" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    if not items:
        parts.append(f'<text x="0" y="{BAR_H}" class="empty">no data</text>')
    for i, (label, n) in enumerate(items):
        y = GAP + i * (BAR_H + GAP)
        w = max(1.0, BAR_W * n / top)
        short = label if len(label) <= 30 else label[:29] + "…"
        parts.append(
            f'<g><text x="{LABEL_W - 6}" y="{y + BAR_H - 5}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR_H}" rx="2"><title>{escape(label)}: {n}</title></rect>'
            f'<text x="{LABEL_W + w + 5:.1f}" y="{y + BAR_H - 5}" class="n">{n}</text></g>')
    parts.append("</svg>")
    return "".join(parts)
