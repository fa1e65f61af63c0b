"""HTML pages: metadata (title, date, canonical URL) and the article text with its structure.

Two extractors, one renderer. trafilatura finds the article on unknown layouts, but drops
figcaptions (where CLS signatories are often named) and some list shapes (PITFALLS.md); the lxml
extractor renders a known container (<article>, <main>, .entry-content…) minus chrome. We take
trafilatura's result unless it lost list items, captions or most of the container's text.

Output text conventions (downstream list/axis detection relies on them):
- one block per line, a blank line between paragraphs, headings and captions;
- list items on their own line, "- " for <ul>, "1. " for <ol>, nested lists indented two spaces;
- <br> is a line break; inline tags (<strong>, <a>, <em>) are kept as plain inline text;
- table rows on one line, cells joined by " | ";
- the title is the first line (added when the body does not start with it).
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..clean.rules import BoilerplateRules, load_rules
from . import appstate
from .dates import normalize_date
from .decode import decode_bytes, read_checked, sniff_html_charset
from .document import IngestError, SourceDoc

log = logging.getLogger(__name__)

_WS = re.compile(r"[ \t\n\r\f\v]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# An XHTML DOCTYPE carrying an internal subset ("<!DOCTYPE html [<!ENTITY ...>]>"): the HTML
# parser does not understand it and would leak "]>" into the body text.
_DOCTYPE_SUBSET = re.compile(r"^\s*<!DOCTYPE[^\[>]*\[[^\]]*\]\s*>", re.IGNORECASE)
_WRAPPER_TAG = re.compile(r"</?(div|span|font|section|center)\b[^>]*>", re.IGNORECASE)
_ALNUM = re.compile(r"[\W_]+")
_TOKEN_SPLIT = re.compile(r"[\s_-]+")

_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "blockquote",
        "address",
        "dl",
        "dt",
        "dd",
        "pre",
        "center",
        "details",
        "summary",
        "fieldset",
        "form",
        "legend",
        "caption",
        "hgroup",
        "doc",
        "quote",
    ]
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "head"})
_LISTS = frozenset({"ul", "ol", "list", "menu", "dir"})
_ITEMS = frozenset({"li", "item"})
_BREAKS = frozenset({"br", "lb"})
_SKIP = frozenset(
    [
        "script",
        "style",
        "template",
        "noscript",
        "img",
        "graphic",
        "svg",
        "input",
        "button",
        "select",
        "option",
        "textarea",
        "iframe",
        "object",
        "embed",
        "canvas",
        "map",
        "area",
        "audio",
        "video",
        "source",
        "track",
        "meta",
        "link",
        "title",
    ]
)
_DISCLOSURE = re.compile(r"accordion|collaps|disclosure", re.I)


def _discloses(button: etree._Element) -> bool:
    """A button that opens a section of the page (an accordion's, by its class or its parents'), not a form's or a
    cookie banner's."""
    el: etree._Element | None = button
    for _ in range(3):
        if el is None:
            return False
        if _DISCLOSURE.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


_ROWS = frozenset({"tr", "row"})
_CELLS = frozenset({"td", "th", "cell"})
_TABLES = frozenset({"table"})
_TIME_TEXT_DMY = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# "Publié le 2 octobre 2024" near the top of the article (not "Mis à jour le": another date).
_DATELINE = re.compile(
    r"\b(?:publi[ée]e?|mis en ligne|post[ée]e?|paru)\s+le\s+(\d{1,2}(?:er)?\s+\w+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "pubdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
)


def _tag(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _layout_cell(cell: etree._Element) -> bool:
    """A cell that holds a table, a heading or several paragraphs: a block of a layout, not a value."""
    inner = [_tag(t) for t in cell.iterdescendants()]
    return any(t in _TABLES or t in _HEADINGS for t in inner) or sum(t in ("p", "ul", "ol") for t in inner) >= 2


def _owning_table(el: etree._Element) -> etree._Element | None:
    """The nearest table around an element."""
    up = el.getparent()
    while up is not None and _tag(up) not in _TABLES:
        up = up.getparent()
    return up


def _collapse(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _broken_text(el: etree._Element) -> str:
    """An element's text where each <br> separates two parts by a comma: "Ville de Tullins<br>ARS Auvergne-Rhône-Alpes"
    in a definition or a cell is "Ville de Tullins, ARS Auvergne-Rhône-Alpes", not one glued name."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append((node.text or "") if isinstance(node.tag, str) else "")  # (not a comment's text)
        for sub in node:
            if _tag(sub) in _BREAKS:
                parts.append("\n")
            else:
                walk(sub)
            parts.append(sub.tail or "")

    walk(el)
    out = ""
    for t in (_collapse(x) for x in "".join(parts).split("\n")):
        if t:  # (a part that ends on its own comma, "Pour l'État,<br>Le Préfet", takes none more)
            out = f"{out}{' ' if out.endswith((',', ';', ':', '.')) else ', '}{t}" if out else t
    return out


def _alnum(s: str) -> str:
    return _ALNUM.sub("", s.lower())


# --------------------------------------------------------------------------- rendering


class _Renderer:
    """Walk an lxml tree (HTML or trafilatura XML) and lay it out as lines (module docstring)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.prefix = ""  # marker of the current list item, used by its first line only
        self.cont = ""  # indentation of the following lines
        self.lists: list[list[int | bool]] = []  # [ordered, counter] per open list
        self.in_item = 0

    def emit(self, s: str | None) -> None:
        if s:
            self.buf.append(s)

    def flush(self) -> None:
        line = _collapse("".join(self.buf))
        self.buf.clear()
        if line:
            self.lines.append((self.prefix or self.cont) + line)
            self.prefix = ""

    def gap(self) -> None:
        self.flush()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def children(self, el: etree._Element) -> None:
        self.emit(el.text)
        for child in el:
            self.walk(child)
            tail = child.tail
            if tail and tail[0] in "–—-:" and _tag(child) == "hi" and not (child.text or "").endswith(" "):
                # trafilatura strips the space a list item's text has after a bold label: "<strong>Accès aux
                # soins</strong> – attirer…" comes back as "<hi>Accès aux soins</hi>– attirer…"
                tail = " " + tail
            elif tail and tail[0].isalnum() and _tag(child) == "hi" and (child.text or "").rstrip().endswith((":", "–", "—")) \
                    and not (child.text or "").endswith(" "):
                tail = " " + tail  # and after a label that holds its colon: "<hi>Accès aux soins :</hi>faciliter…"
            self.emit(tail)

    def walk(self, el: etree._Element) -> None:
        tag = _tag(el)
        if tag == "button" and _discloses(el):
            # an accordion's label ("Orientation 1 – Accès aux soins" over the text it opens) is the section's heading
            self.gap()
            self.children(el)
            self.gap()
            return
        if not tag or tag in _SKIP:
            return
        if tag in _BREAKS:
            self.flush()
        elif tag == "hr":
            self.gap()
        elif tag in _LISTS:
            self._list(el, ordered=tag == "ol" or el.get("rend", "").lower() == "ol")
        elif tag in _ITEMS:
            self._item(el)
        elif tag == "dl" and not self.in_item:
            self._definitions(el)
        elif tag in _TABLES:
            self._table(el)
        elif tag == "pre":
            self.gap()
            for raw in "".join(el.itertext()).splitlines():
                self.emit(raw)
                self.flush()
            self.gap()
        elif tag in _HEADINGS or tag in _BLOCK:
            if self.in_item:
                # Paragraphs inside a list item stay on the item's line.
                self.emit(" ")
                self.children(el)
                self.emit(" ")
            else:
                self.gap()
                self.children(el)
                self.gap()
        else:
            self.children(el)

    def _list(self, el: etree._Element, ordered: bool) -> None:
        nested = bool(self.lists)
        if nested:
            self.flush()
        else:
            self.gap()
        start = el.get("start", "1")
        counter = int(start) - 1 if start.isdigit() else 0
        self.lists.append([ordered, counter])
        saved = (self.prefix, self.cont, self.in_item)
        self.in_item = 0
        self.children(el)
        self.flush()
        self.prefix, self.cont, self.in_item = saved
        self.prefix = ""
        self.lists.pop()
        if not nested:
            self.gap()

    def _item(self, el: etree._Element) -> None:
        self.flush()
        if self.lists:
            top = self.lists[-1]
            top[1] = int(top[1]) + 1
            marker = f"{top[1]}. " if top[0] else "- "
        else:
            marker = "- "
        depth = max(len(self.lists) - 1, 0)
        saved = (self.prefix, self.cont, self.in_item)
        self.prefix = "  " * depth + marker
        self.cont = "  " * (depth + 1)
        self.in_item += 1
        self.children(el)
        self.flush()
        self.prefix, self.cont, self.in_item = saved
        self.prefix = ""

    def _definitions(self, el: etree._Element) -> None:
        """<dl>: one item line per term, "- term : definition", the shape a labelled list item has."""
        self.gap()
        open_item = False
        for child in el:
            tag = _tag(child)
            text = _broken_text(child)
            if tag == "dt" and text:
                self.flush()
                self.prefix = "- "
                self.emit(text)
                open_item = True
            elif tag == "dd" and text:
                self.emit(f" : {text}" if open_item else text)
        self.flush()
        self.prefix = ""
        self.gap()

    def _table(self, el: etree._Element) -> None:
        self.gap()
        for row in el.iter():
            if _tag(row) not in _ROWS or _owning_table(row) is not el:
                continue  # a nested table's rows are laid out by the cell that holds it
            cells = [c for c in row if _tag(c) in _CELLS]
            if any(_layout_cell(c) for c in cells):
                # A layout table (an e-mail newsletter, an old site): its cells hold headings, paragraphs and tables of
                # their own, not values. Flattened, a cell gives a whole article on one line (or the page, then its
                # inner rows again).
                for c in cells:
                    self.gap()
                    self.children(c)
                    self.gap()
                continue
            line = " | ".join(t for t in (_broken_text(c) for c in cells) if t)
            if line:
                self.lines.append(self.cont + line if self.in_item else line)
        self.gap()

    def text(self) -> str:
        self.flush()
        out: list[str] = []
        for line in self.lines:
            if line == "" and (not out or out[-1] == ""):
                continue
            out.append(line.rstrip())
        return "\n".join(out).strip()


def render(el: etree._Element) -> str:
    r = _Renderer()
    r.walk(el)
    return r.text()


# --------------------------------------------------------------------------- DOM helpers


def parse_html(markup: str) -> etree._Element | None:
    """lxml HTML parse that never touches the network; None for an empty document."""
    return parse_html_checked(markup)[0]


def _parse(markup: str) -> tuple[etree._Element | None, bool]:
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    too_deep = any("Excessive depth" in e.message for e in parser.error_log)
    return root, too_deep


def parse_html_checked(markup: str) -> tuple[etree._Element | None, list[str]]:
    """parse_html plus warnings. Safe by construction: libxml2's HTML parser never loads a DTD
    or an external entity (there is no `resolve_entities` switch to turn on), `no_network=True`
    forbids any fetch, and an XHTML prolog (<?xml?>, a DOCTYPE with an internal subset declaring
    entities) is dropped before parsing, so "&xxe;" stays literal text.

    libxml2 stops building the tree 256 levels deep (without `huge_tree`, which we keep off: it
    also bounds the recursion of the renderer) and silently drops what lies deeper. Such pages
    are wrapper soup: they are re-parsed with their div/span/section wrappers flattened, and
    flagged `html_too_deep`."""
    markup = _XML_DECL.sub("", markup, count=1)
    markup = _DOCTYPE_SUBSET.sub("", markup, count=1)
    if not markup.strip():
        return None, []
    root, too_deep = _parse(markup)
    if not too_deep:
        return root, []
    flat = _WRAPPER_TAG.sub(lambda m: "" if m.group(1).lower() in ("span", "font") else "<br>", markup)
    flat_root, _ = _parse(flat)
    return (flat_root if flat_root is not None else root), ["html_too_deep"]


def _noise_tokens(el: etree._Element) -> set[str]:
    attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    return {t for t in _TOKEN_SPLIT.split(attrs.lower()) if t}


def _noisy(tokens: set[str], noise: set[str], builders: set[str]) -> bool:
    """The class tokens mark chrome; a page builder's "widget" is any block, the article's own text too."""
    marks = tokens & noise
    return bool(marks - {"widget"} if tokens & builders else marks)


def _is_hidden(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or el.get("aria-hidden") == "true" or "display:none" in style


def _is_attribution(el: etree._Element) -> bool:
    """A <footer> inside a <blockquote> or <figure>: the quote's author ("Anne-Sophie Brault, vice-présidente…")."""
    return _tag(el) == "footer" and bool(el.xpath("ancestor::blockquote|ancestor::figure"))


def strip_noise(container: etree._Element, rules: BoilerplateRules) -> None:
    """Drop chrome inside the container (in place): nav/aside/footer/…, cookie/share blocks. A <footer> in a
    <blockquote> or <figure> is the quote's attribution ("Anne-Sophie Brault, vice-présidente…"), kept, as an
    accordion's label ("Orientation 1 – Accès aux soins", a button that opens its section)."""
    cfg = rules.html
    drop_tags = set(cfg["drop_tags"])
    noise = set(cfg["noise_tokens"])
    builders = set(cfg["builder_tokens"])
    keep_header = cfg["keep_header_if"]
    doomed: list[etree._Element] = []
    # (the panels an accordion's buttons open are the page's text, hidden only until opened)
    panels = {b.get("aria-controls") for b in container.iter("button") if _discloses(b) and b.get("aria-controls")}
    for el in container.iterdescendants():
        tag = _tag(el)
        if not tag:
            continue
        if (
            (tag in drop_tags and not _is_attribution(el) and not (tag == "button" and _discloses(el)))
            or (tag == "header" and not el.xpath(keep_header))
            or (_is_hidden(el) and el.get("id") not in panels and not _DISCLOSURE.search(el.get("class") or ""))
            or (tag not in ("body", "html", "main", "article") and _noisy(_noise_tokens(el), noise, builders))
        ):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        if hasattr(el, "drop_tree"):
            el.drop_tree()  # keeps the tail text
        else:
            parent.remove(el)


def fact_boxes(root: etree._Element, rules: BoilerplateRules) -> list[str]:
    """The page's asides that are not lists of links and name a CLS or sit inside the article, rendered without
    their own chrome: boxes dropped as chrome often hold the contract's key facts ("Le CLS en bref", "En bref : Durée
    2026 → 2030", the coordinator's contact)."""
    cfg = rules.html
    names = re.compile(cfg["fact_box_if"], re.IGNORECASE)
    boxes: list[str] = []
    for el in _box_candidates(root):
        if _is_hidden(el):
            continue
        text = _collapse(el.text_content())
        if not names.search(text) and not el.xpath("ancestor::article"):
            continue
        linked = sum(len(_collapse(a.text_content())) for a in el.iter("a"))
        if linked > cfg["fact_box_max_link_share"] * len(text):
            continue  # "À lire aussi", "Dans la même rubrique": other pages' titles
        box = copy.deepcopy(el)
        strip_noise(box, rules)
        if rendered := render(box).strip():
            boxes.append(rendered)
    return boxes


def _box_candidates(root: etree._Element) -> Iterator[etree._Element]:
    """The page's outermost asides; a sidebar of widgets ("<aside class="sidebar"><section class="widget cls-en-bref">…")
    by each of its widgets, one of which may be the contract's fact box among an agenda's and a newsletter's."""
    for aside in root.iter("aside"):
        if aside.xpath("ancestor::aside"):
            continue
        widgets = [w for w in aside.iterdescendants() if isinstance(w.tag, str) and "widget" in _noise_tokens(w)
                   and not w.xpath("ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' widget ')]")]
        yield from widgets or [aside]


def _with_boxes(text: str, boxes: list[str]) -> str:
    """The main text, then each fact box it does not already hold."""
    key = _alnum(text)
    extra = [b for b in boxes if _alnum(b) not in key]
    return "\n\n".join([text, *extra]) if extra else text


def _one_of_cards(best: etree._Element, sizes: dict[etree._Element, int], min_chars: int) -> bool:
    """The element, of the ``sizes`` (elements and their text's length), is one of a run of sibling cards of the same
    kind, each with text of its own and none much longer: a listing's items (a consultant's references, an ARS page's
    contracts), not an article beside its teasers."""
    siblings = [e for e in sizes if e is not best and e.getparent() is best.getparent() and e.tag == best.tag]
    return any(sizes[e] >= max(min_chars, sizes[best] // 2) for e in siblings)


# A post's place in a thread: "1/4", "2/4" (not a date: "19/11").
_THREAD_MARK = re.compile(r"(?<![\d/])([1-9])\s?/\s?([2-9])(?![\d/])")


def drop_other_cards(container: etree._Element, rules: BoilerplateRules) -> bool:
    """In a grid of cards (_one_of_cards) of which some name the contract, the cards that never do are other pages'
    teasers (a tag page's other articles, a consultant's other missions): removed. Whether any was."""
    names = re.compile(rules.html["card_keep_if"], re.IGNORECASE)
    min_chars = int(rules.html["min_container_chars"])
    dropped = False
    by_parent: dict[etree._Element, list[etree._Element]] = {}
    for card in container.iter("article"):
        if card is not container and card.getparent() is not None:
            by_parent.setdefault(card.getparent(), []).append(card)
    for cards in by_parent.values():
        if len(cards) < 2:
            continue
        texts = [_collapse(c.text_content()) for c in cards]
        sizes = {c: len(t) for c, t in zip(cards, texts, strict=True)}
        if not _one_of_cards(max(cards, key=sizes.__getitem__), sizes, min_chars):
            continue
        naming = [names.search(t) is not None for t in texts]
        # (a thread's other posts go with the post that names the contract: "… contrat local de santé. Un fil 🧵 1/4",
        # then "2/4 Qui s'engage ? …", "3/4 Quatre priorités …")
        marks = [{int(m[2]) for m in _THREAD_MARK.finditer(t)} for t in texts]  # the thread lengths a card names
        threads = set().union(*(ns for ns, keep in zip(marks, naming, strict=True) if keep))
        naming = [keep or bool(ns & threads) for ns, keep in zip(marks, naming, strict=True)]
        if any(naming) and not all(naming):
            for card, keep in zip(cards, naming, strict=True):
                if not keep:
                    card.getparent().remove(card)
                    dropped = True
    return dropped


def find_container(root: etree._Element, rules: BoilerplateRules) -> tuple[etree._Element, str]:
    """Most specific main-content element with enough text; the body otherwise."""
    cfg = rules.html
    min_chars = int(cfg["min_container_chars"])
    fallback: tuple[int, etree._Element, str] | None = None
    for xp in cfg["main_xpaths"]:
        found = [el for el in root.xpath(xp) if isinstance(el.tag, str)]
        if not found:
            continue
        sizes = {e: len(_collapse(e.text_content())) for e in found}
        best = max(found, key=sizes.__getitem__)
        size = sizes[best]
        if size >= min_chars and _one_of_cards(best, sizes, min_chars):
            continue  # a grid of cards ("<article>" per reference, per contract): their container, not the first card
        if size >= min_chars:
            return best, xp
        if fallback is None or size > fallback[0]:
            fallback = (size, best, xp)
    body = root.find(".//body")
    if body is not None and len(_collapse(body.text_content())) > 0:
        return body, "body"
    if fallback is not None:
        return fallback[1], fallback[2]
    return root, "root"


# --------------------------------------------------------------------------- metadata


def _meta(root: etree._Element, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key in wanted:
            val = (m.get("content") or "").strip()
            if val:
                return val
    return None


def _json_ld(root: etree._Element) -> Iterator[dict]:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                    if isinstance(item.get(key), list | dict):
                        stack.append(item[key])


def extract_title(root: etree._Element) -> str | None:
    """og:title, <title>, <h1>; a <title> that is the <h1> plus " | Site" gives the <h1>."""
    h1_el = root.find(".//h1")
    h1 = _collapse(h1_el.text_content()) if h1_el is not None else ""
    title_el = root.find(".//title")
    candidates = [
        _meta(root, "og:title") or "",
        _collapse(title_el.text_content()) if title_el is not None else "",
    ]
    for cand in candidates:
        cand = _collapse(cand)
        if not cand:
            continue
        if h1 and _alnum(cand).startswith(_alnum(h1)):
            return h1
        if " | " in cand:
            head, _, site = cand.rpartition(" | ")
            if head and len(site.split()) <= 6:
                cand = head
        return cand
    return h1 or None


# (?<!\s): tried once per run of spaces, not at each of them (quadratic on a long run); a match inside a
# run would also match from the run's start, which the leftmost scan finds first, so splits are the same.
_SITE_SEP = re.compile(r"(?<!\s)\s+[|–—-]\s+")


@lru_cache(maxsize=1)
def _section_names() -> frozenset[str]:
    return frozenset(load_rules().html["site_section_names"])


# A logo's text that names where its link goes, not whose site it is ("Retour à l'accueil", "Logo", "Page d'accueil").
_NAVIGATION_ALT = re.compile(r"(?i)(?<!\s)\s*+(?:logo|accueil|retour|page\s+d['’]accueil|aller\s+à)\b")
_NAVIGATION_TAIL = re.compile(r"(?i)(?<!\s)\s++[-–—|:]\s++(?:retour\s+(?:à\s+l['’])?accueil|page\s+d['’]accueil|accueil)\s*+$")
# "Hôtel de ville … 42700 Firminy", "Mairie de … – 1 place … 44330 Vallet" (a town hall's postal address).
_TOWN_HALL_ADDRESS = re.compile(r"(?i:\b(?:hôtel\s+de\s+ville|mairie)\b)[^|]{0,120}?\b\d{5}\s+"
                                r"(?P<town>[A-ZÀ-Ý][\w'’]*+(?:[- ](?:[a-zà-ÿ]{1,3}[- ])?(?!(?:Tél|Tel|Fax|Courriel|Email|Mail|Standard|"
                                r"Accueil|Horaires|Ouvert)\b)[A-ZÀ-Ý][\w'’]*+){0,4})")


def extract_site(root: etree._Element) -> str | None:
    """The publisher's name: og:site_name, the part of <title> after the article title ("Le contrat est
    signé - Communauté de communes X"), or a header element classed site-title/site-name. A municipal
    or intercommunal page often says only "la communauté de communes a signé son contrat"."""
    name = _meta(root, "og:site_name")
    title_el = root.find(".//title")
    parts = _SITE_SEP.split(_collapse(title_el.text_content())) if title_el is not None else []
    if not name or (re.fullmatch(r"[A-Z0-9]{2,10}", name.strip()) and len(parts) >= 2 and len(parts[-1].split()) >= 2):
        # (an acronym as og:site_name, "CCPOH", beside a title that ends with the name in full: the full name)
        name = parts[-1] if len(parts) >= 2 else ""
        if name.lower() in _section_names():
            name = ""  # "Un contrat pour la santé de tous les habitants - Actualités": the site's section, not its name
    if not name:
        for el in root.xpath("//*[contains(@class, 'site-title') or contains(@class, 'site-name')]"):
            name = _collapse(el.text_content())
            break
    if not name:
        # the logo's text alternative ("<a class="logo"><img alt="Ville de Saint-Pierre-des-Corps">" in the site header)
        for img in root.xpath("//*[contains(@class, 'logo')]//img[@alt] | //img[contains(@class, 'logo')][@alt]"
                              " | //header//a[@href='/']//img[@alt]"):
            if (alt := _collapse(img.get("alt") or "")) and not _NAVIGATION_ALT.match(alt):
                name = alt
                break
    if not name:
        # a town hall's address in the site's footer ("Hôtel de ville – Place du Breuil – 42700 Firminy"): the town's site
        for el in root.xpath("//footer | //*[contains(@class, 'footer')]"):
            if (hall := _TOWN_HALL_ADDRESS.search(_collapse(" ".join(el.itertext())))) is not None:
                name = f"Ville de {hall['town']}"
                break
    # ("Ville de Dombasle-sur-Meurthe - retour à l'accueil": a logo's name and where its link goes)
    name = _NAVIGATION_TAIL.sub("", _collapse(name or ""))
    return name if 3 <= len(name) <= 100 else None


def extract_date(root: etree._Element, container: etree._Element | None = None) -> str | None:
    """Meta published_time, JSON-LD datePublished, then <time> in the article (datetime, or a
    dd/mm/yyyy text). <time> elsewhere is skipped: sidebars date other articles."""
    val = normalize_date(_meta(root, *_DATE_META))
    if val:
        return val
    for obj in _json_ld(root):
        for key in ("datePublished", "dateCreated"):
            val = normalize_date(obj.get(key))
            if val:
                return val
    for el in root.xpath("//*[@itemprop='datePublished']"):
        val = normalize_date(el.get("content") or el.get("datetime") or _collapse(el.text_content()))
        if val:
            return val
    scope = container if container is not None else root
    times = list(scope.iter("time"))
    article = container.xpath("ancestor::article") if container is not None else []
    if not times and article:
        # the article's own footer, outside its text ("Publié le <time datetime=…>"): its publication, not its update
        times = [t for t in article[-1].iter("time") if "updat" not in (t.get("class") or "") + (t.getparent().get("class") or "")]
    for t in times:
        val = normalize_date(t.get("datetime"))
        if val:
            return val
        m = _TIME_TEXT_DMY.search(_collapse(t.text_content()))
        if m:
            val = normalize_date(m.group())
            if val:
                return val
    # (or the block around the text: a Joomla article's "<dl class="article-info"><dd class="published">Publié le 16
    # décembre 2025</dd>" beside its "articleBody")
    around = container.getparent() if container is not None else None
    for el in scope.xpath(_PUBLISHED_CLASS) or (article[-1].xpath(_PUBLISHED_CLASS) if article else []) \
            or (around.xpath(_PUBLISHED_CLASS) if around is not None else []):
        # a theme's post meta ("<span class="published">Nov 9, 2026</span>", "<span class="entry-date">…"), its label
        # before a numeric date ("<dd class="published">Publié le 01/12/2026</dd>")
        shown = _collapse(el.text_content())
        if val := normalize_date(shown) or ((m := _TIME_TEXT_DMY.search(shown)) and normalize_date(m.group())):
            return val
    # (the dateline in the text, or in the article's header outside it: a WordPress theme's "<div class="entry-meta">
    # Publié le 3 décembre 2026 par …" above its "entry-content")
    for block in (scope, *article[-1:]):
        if m := _DATELINE.search(_collapse(" ".join(block.itertext()))[:800]):  # (its elements apart: "…contrat Publié le")
            return normalize_date(m.group(1))
    return None


# Elements a CMS theme dates its post with (not an update: "updated", "modified" are other classes).
_PUBLISHED_CLASS = (".//*[contains(concat(' ', normalize-space(@class), ' '), ' published ') or "
                    "contains(concat(' ', normalize-space(@class), ' '), ' entry-date ') or "
                    "contains(concat(' ', normalize-space(@class), ' '), ' post-date ') or "
                    # a WordPress theme's "<p class="posted-on">Publié le 27 novembre 2026</p>"
                    "contains(concat(' ', normalize-space(@class), ' '), ' posted-on ')]")


def extract_url(root: etree._Element) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return _meta(root, "og:url")


# --------------------------------------------------------------------------- main text


def _own_key(el: etree._Element) -> str:
    """Alphanumeric key of an element's own text (a nested list is probed by its own items)."""
    own = copy.copy(el)
    for sub in list(own.iter("ul", "ol")):
        if sub is not own and sub.getparent() is not None:
            sub.getparent().remove(sub)
    return _alnum(own.text_content())


def _near_kept_text(el: etree._Element, traf_key: str) -> bool:
    """On a page without a known container, only the lists/captions next to text trafilatura
    kept belong to the article; the others are menus and teasers."""
    if _tag(el) == "li":
        lst = el.getparent()
        if lst is not None:
            # Long keys only: "mairie" is also in "Mairie de Test", the copyright line.
            if any(len(k) >= 10 and k in traf_key for k in (_own_key(li) for li in lst if _tag(li) == "li")):
                return True
            prev = lst.getprevious()
            key = _alnum(prev.text_content()) if prev is not None else ""
            if len(key) >= 15 and key in traf_key:
                return True
        return False
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= 3 or _tag(anc) in ("body", "html"):
            break
        for block in anc.iter("p", "h1", "h2", "h3"):
            key = _alnum(block.text_content())
            if len(key) >= 30 and key in traf_key:
                return True
    return False


def _structure_probes(container: etree._Element, traf_key: str | None = None) -> tuple[list[str], int]:
    """Texts that must survive extraction (list items, captions, dates, quote attributions of the container) and how
    many of them are list items. With `traf_key`, only those next to text trafilatura kept."""
    probes: list[str] = []
    n_items = 0
    for el in container.iter("li", "figcaption", "time", "footer", "button"):
        if _tag(el) == "footer" and not _is_attribution(el):
            continue  # only a quote's attribution ("Anne-Sophie Brault, vice-présidente…") is a probe
        if _tag(el) == "button" and not _discloses(el):
            continue  # (an accordion's label, which trafilatura drops with the page's buttons)
        key = _own_key(el)
        if len(key) < 4:
            continue
        if traf_key is not None and not _near_kept_text(el, traf_key):
            continue
        probes.append(key)
        n_items += _tag(el) == "li"
    for el in container.iter("p"):
        # a short dated line of the article ("Séance du 26 novembre 2026 – Affiché le 1er décembre 2026" over council
        # minutes): the page's own dates, which trafilatura may take for chrome
        text = _collapse(el.text_content())
        if len(text) <= 250 and _DATED.search(text) and (traf_key is None or _near_kept_text(el, traf_key)):
            key = _alnum(text)
            if len(key) >= 4:
                probes.append(key)
    return probes, n_items


_DATED = re.compile(r"\b\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                    r"décembre)\s+(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b", re.I)


def _coverage(container_text: str, candidate: str) -> float:
    words = [w for w in _WS.split(container_text.lower()) if len(w) > 3]
    if not words:
        return 1.0
    bag = set(_WS.split(candidate.lower()))
    return sum(1 for w in words if w in bag) / len(words)


def _trafilatura_text(root: etree._Element) -> str:
    try:
        xml = trafilatura.extract(
            copy.deepcopy(root),
            output_format="xml",
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            include_formatting=True,
            include_links=False,
            include_images=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises assorted errors on odd DOMs; fall back, don't crash
        log.debug("trafilatura failed: %s", exc)
        return ""
    if not xml:
        return ""
    try:
        tree = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError:
        return ""
    main = tree.find("main")
    return _undouble(render(main if main is not None else tree))


def _undouble(text: str) -> str:
    """trafilatura 2.0 returns some short pages twice over (its fallback's text appended to its
    own): the same blocks, in the same order, two times. Keep one copy."""
    blocks = text.split("\n\n")
    half = len(blocks) // 2
    if len(blocks) % 2 == 0 and half and blocks[:half] == blocks[half:]:
        return "\n\n".join(blocks[:half])
    return text


@dataclass
class HtmlExtract:
    text: str
    title: str | None = None
    publication_date: str | None = None
    url: str | None = None
    extractor: str = "lxml"
    warnings: list[str] = field(default_factory=list)
    site: str | None = None  # the publisher's name (extract_site)


_ITEM_LINE = re.compile(r"^[^\S\n]*(?:- |\d+\. )", re.MULTILINE)


def _count_items(text: str) -> int:
    return len(_ITEM_LINE.findall(text))


def _count_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def choose_text(
    container_text: str, probes: Iterable[str], n_items: int, traf_text: str, specific: bool
) -> tuple[str, str]:
    """trafilatura unless it returned nothing, lost a probed list item/caption/date, flattened
    the lists, or (for a known article container) lost its lines or most of its words."""
    if not traf_text.strip():
        return container_text, "lxml"
    traf_key = _alnum(traf_text)
    if any(p not in traf_key for p in probes):
        return container_text, "lxml"
    # Same words but flattened (trafilatura's fallback on short pages glues items into one line).
    if _count_items(traf_text) < n_items:
        return container_text, "lxml"
    n_traf, n_cont = _count_lines(traf_text), _count_lines(container_text)
    if specific and n_traf < 0.6 * n_cont:
        return container_text, "lxml"
    if not specific and n_traf < min(3, n_cont):
        return container_text, "lxml"
    if specific and _coverage(container_text, traf_text) < 0.8:
        return container_text, "lxml"
    return traf_text, "trafilatura"


def _starts_with(text: str, title: str) -> bool:
    head = _alnum(text[: len(title) * 2 + 20])
    return head.startswith(_alnum(title))


def extract_html(markup: str, rules: BoilerplateRules | None = None) -> HtmlExtract | None:
    """Metadata and main text of an HTML string; None when there is no document at all."""
    rules = rules if rules is not None else load_rules()
    root, parse_warnings = parse_html_checked(markup)
    if root is None:
        return None
    title = extract_title(root)
    url = extract_url(root)
    work = copy.deepcopy(root)
    boxes = fact_boxes(work, rules)
    container, how = find_container(work, rules)
    strip_noise(container, rules)
    cards_dropped = drop_other_cards(container, rules)
    date = extract_date(root, container)
    container_text = render(container)
    specific = how not in ("body", "root")
    traf_text = _trafilatura_text(root)
    probes, n_items = _structure_probes(container, None if specific else _alnum(traf_text))
    text, extractor = choose_text(container_text, probes, n_items, traf_text, specific)
    if container.find(".//dd") is not None or cards_dropped:
        # trafilatura splits a term from its definition; it reads the teasers a grid's other cards are
        text, extractor = container_text, "lxml"
    text = _with_boxes(text, boxes)
    warnings: list[str] = list(parse_warnings)
    if (shipped := _shipped_article(root, text)) is not None:
        # a page drawn by its script: the markup holds a skeleton, the article travels as JSON (ingest/appstate.py)
        text, extractor = shipped, "app_state"
        warnings.append("html_app_state")
    if not specific:
        warnings.append("html_no_main_container")
    h1_el = work.find(".//h1")
    h1 = _collapse(h1_el.text_content()) if h1_el is not None else ""
    if title and text and not _starts_with(text, title) and not (h1 and _starts_with(text, h1)):
        text = f"{title}\n\n{text}"
    elif title and not text:
        text = title
    return HtmlExtract(text, title, date, url, extractor, warnings, extract_site(root))


# A page whose visible text is only what its script will replace: a loading notice, a call to enable JavaScript.
_SKELETON = re.compile(r"(?i)activer\s+(?:le\s+)?javascript|enable\s+javascript|chargement\s*(?:…|\.\.\.)|loading\s*(?:…|\.\.\.)")
_THIN_CHARS = 600


def _shipped_article(root: etree._Element, text: str) -> str | None:
    """The article of the page's JSON state, where the rendered text is a skeleton and the state holds more."""
    if len(text) > 4 * _THIN_CHARS or (len(text) > _THIN_CHARS and not _SKELETON.search(text)):
        return None
    found = appstate.state_article(root)
    if found is None or len(found[1]) <= len(text) // 2:
        return None
    title, body = found
    return f"{title}\n\n{body}" if title and not body.startswith(title) else body


def read_html(path: Path, raw: bytes | None = None) -> SourceDoc | IngestError:
    doc_id = path.stem
    data = read_checked(path, raw, doc_id)
    if isinstance(data, IngestError):
        return data
    decoded = decode_bytes(data, declared=sniff_html_charset(data))
    return page_doc(decoded.text, path, doc_id, decoded.warnings, decoded.encoding)


def page_doc(markup: str, path: Path, doc_id: str, warnings: list[str] | tuple[str, ...] = (),
             encoding: str | None = None) -> SourceDoc | IngestError:
    """The document of a decoded HTML page (an .html file's, or a page given to the Python API)."""
    try:
        result = extract_html(markup)
    except (etree.LxmlError, ValueError, RecursionError) as exc:
        return IngestError(str(path), doc_id, "ingest", "html_parse_error", f"{type(exc).__name__}: {exc}")
    if result is None or not result.text.strip():
        deep = result is not None and "html_too_deep" in result.warnings
        why = " (elements nested deeper than the parser's 256-level limit)" if deep else ""
        return IngestError(str(path), doc_id, "ingest", "empty", f"no text in HTML page{why}")
    return SourceDoc(
        doc_id=doc_id,
        source=path.name,  # gold uses file names; the page URL goes to `url`
        input_path=str(path),
        format="html",
        text=result.text,
        title=result.title,
        publication_date=result.publication_date,
        warnings=[*warnings, *result.warnings],
        url=result.url,
        encoding=encoding,
        extractor=result.extractor,
        site=result.site,
    )
