"""The article a JavaScript page ships as data: a Next.js page's ``__NEXT_DATA__`` (or any JSON state script).

A page rendered in the browser carries no text in its markup: its body is a loading skeleton ("Chargement…",
"veuillez activer JavaScript") and the article travels as JSON for the script to draw. A headless CMS writes the
article's body as blocks (Portable Text, Slate, Strapi, Contentful: paragraphs of text spans, lists of items,
headings) or as an HTML string. This reads the richest such body back as plain text, one block a paragraph and one
list item a "- " line, so the page reads as its visitors see it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree, html

# Keys under which a CMS keeps an article's body, and its title.
BODY_KEYS = ("body", "content", "blocks", "richText", "articleBody", "text")
TITLE_KEYS = ("title", "headline", "name")
# A JSON state script: Next.js, and other frameworks' JSON islands.
_STATE_SCRIPTS = "//script[@id='__NEXT_DATA__' or @type='application/json']"
_MAX_DEPTH = 40


def state_article(root: etree._Element) -> tuple[str | None, str] | None:
    """(title, body text) of the longest article body in the page's JSON state scripts, or None."""
    best: tuple[str | None, str] | None = None
    for script in root.xpath(_STATE_SCRIPTS):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue
        for holder in _dicts(data):
            for key in BODY_KEYS:
                value = holder.get(key)
                if isinstance(value, list | str) and (body := _render(value)) and (best is None or len(body) > len(best[1])):
                    title = next((holder[k].strip() for k in TITLE_KEYS if isinstance(holder.get(k), str) and holder[k].strip()),
                                 None)
                    best = (title, body)
    return best


def _dicts(data: Any) -> Iterator[dict]:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(item, dict):
            yield item
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, dict | list))


def _render(value: Any) -> str:
    """A body as text: an HTML or plain string as it reads; a list of blocks one paragraph each."""
    if isinstance(value, str):
        if "<" in value and ">" in value:
            try:
                return "\n\n".join(t for p in html.fragments_fromstring(value)
                                   if (t := (p.text_content() if isinstance(p, etree._Element) else str(p)).strip()))
            except (etree.ParserError, ValueError):
                return ""
        return value.strip() if len(value.split()) >= 8 else ""  # a sentence or more, not a slug or a label
    blocks = [b for block in value if (b := _block(block, 0))]
    return "\n\n".join(blocks) if len(blocks) >= 2 else ""


def _block(block: Any, depth: int) -> str:
    if depth > _MAX_DEPTH:
        return ""
    if isinstance(block, str):
        return block.strip()
    if isinstance(block, list):
        return "".join(_spans(block, depth + 1)).strip()
    if not isinstance(block, dict):
        return ""
    items = block.get("items") if isinstance(block.get("items"), list) else None
    if items is None and block.get("type") in ("list", "bulleted-list", "numbered-list", "ul", "ol") \
            and isinstance(block.get("children"), list):
        items = block["children"]
    if items is not None:
        lines = [f"- {t}" for item in items if (t := _block(item, depth + 1))]
        return "\n".join(lines)
    for key in ("children", "content"):
        if isinstance(block.get(key), list):
            return "".join(_spans(block[key], depth + 1)).strip()
    text = block.get("text")
    return text.strip() if isinstance(text, str) else ""


def _spans(children: list, depth: int) -> Iterator[str]:
    """A paragraph's text spans, in order (a span may nest its own: a link's text)."""
    for child in children:
        if isinstance(child, str):
            yield child
        elif isinstance(child, dict):
            if isinstance(child.get("text"), str):
                yield child["text"]
            elif depth <= _MAX_DEPTH:
                for key in ("children", "content"):
                    if isinstance(child.get(key), list):
                        yield from _spans(child[key], depth + 1)
                        break
        elif isinstance(child, list) and depth <= _MAX_DEPTH:
            yield from _spans(child, depth + 1)
