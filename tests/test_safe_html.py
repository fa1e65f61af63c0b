"""HTML parsing resolves no external entity and fetches nothing: an XXE payload, remote images,
stylesheets, iframes and scripts stay inert, and no socket is opened while reading them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, SourceDoc, extract_html, iter_inputs
from pipeline.ingest.html import parse_html
from tests.test_no_network import cut_network

SECRET = "cls-xxe-secret-8d41c"  # the content of the "local file" an entity points at

BODY = """<body><article>
<h1>Signature du contrat local de santé de Laon</h1>
<p>Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 avec l'ARS. &xxe; &local;</p>
<img src="http://127.0.0.1:9/pixel.png"><img src="file://{secret_path}">
<iframe src="http://127.0.0.1:9/frame"></iframe>
<object data="http://127.0.0.1:9/obj"></object>
<script src="http://127.0.0.1:9/app.js"></script>
<p>Il porte sur l'accès aux soins, la santé mentale et la prévention, pour cinq ans, avec la CPAM.</p>
</article></body>"""
HEAD = """<head><title>CLS de Laon</title>
<link rel="stylesheet" href="http://127.0.0.1:9/site.css">
<link rel="import" href="file://{secret_path}">
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">
<base href="http://127.0.0.1:9/"></head>"""


def _pages(secret_path: Path) -> dict[str, str]:
    entities = (
        f'<!ENTITY xxe SYSTEM "file://{secret_path}">'
        '<!ENTITY remote SYSTEM "http://127.0.0.1:9/dtd">'
        '<!ENTITY local "LOCALENTITY">'
    )
    head = HEAD.format(secret_path=secret_path)
    body = BODY.format(secret_path=secret_path)
    return {
        "xhtml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<!DOCTYPE html [{entities}]>\n"
            f'<html xmlns="http://www.w3.org/1999/xhtml">{head}{body}</html>'
        ),
        "html-doctype-subset": f"<!DOCTYPE html [{entities}]>\n<html>{head}{body}</html>",
        "external-dtd": (
            '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
            f'<!DOCTYPE x SYSTEM "file://{secret_path}">\n<html>{head}{body}</html>'
        ),
        "xinclude": (
            f'<html xmlns:xi="http://www.w3.org/2001/XInclude">{head}{body}'
            f'<xi:include href="file://{secret_path}" parse="text"/></html>'
        ),
    }


@pytest.fixture
def secret_file(tmp_path) -> Path:
    path = tmp_path / "passwd"
    path.write_text(f"root:x:0:0:{SECRET}:/root:/bin/bash\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["xhtml", "html-doctype-subset", "external-dtd", "xinclude"])
def test_no_entity_resolution_no_fetch(kind, secret_file, monkeypatch):
    markup = _pages(secret_file)[kind]
    attempts = cut_network(monkeypatch)
    page = extract_html(markup)
    assert page is not None
    assert SECRET not in page.text and "root:x:0:0" not in page.text
    assert "LOCALENTITY" not in page.text  # even internal entities are not expanded
    assert "contrat local de santé de la ville de Laon" in page.text  # the article is still read
    assert "]>" not in page.text
    assert attempts == []


def test_etc_passwd_never_read(monkeypatch):
    markup = _pages(Path("/etc/passwd"))["xhtml"]
    attempts = cut_network(monkeypatch)
    page = extract_html(markup)
    assert page is not None and "root:" not in page.text
    root = parse_html(markup)
    assert "root:" not in "".join(root.itertext())
    assert attempts == []


def test_files_and_jsonl_html_offline(tmp_path, secret_file, monkeypatch):
    """The same pages as .html/.xhtml files and inside a JSONL record's "html" field."""
    pages = _pages(secret_file)
    (tmp_path / "page.html").write_text(pages["xhtml"], encoding="utf-8")
    (tmp_path / "dtd.htm").write_text(pages["external-dtd"], encoding="utf-8")
    (tmp_path / "scraped.jsonl").write_text(
        json.dumps({"id": "rec", "url": "http://127.0.0.1:9/a", "html": pages["html-doctype-subset"]}) + "\n",
        encoding="utf-8",
    )
    attempts = cut_network(monkeypatch)
    results = list(iter_inputs([tmp_path]))
    assert attempts == []
    assert not [r for r in results if isinstance(r, IngestError)]
    docs = [r for r in results if isinstance(r, SourceDoc)]
    assert len(docs) == 3
    for doc in docs:
        assert SECRET not in doc.text and "LOCALENTITY" not in doc.text
        assert "Laon" in doc.text


def test_trafilatura_output_parser_is_locked_down():
    """The XML that trafilatura returns is re-parsed; that parser must not expand entities either."""
    from lxml import etree

    from pipeline.ingest import html as html_mod

    source = Path(html_mod.__file__).read_text(encoding="utf-8")
    assert "resolve_entities=False" in source and "no_network=True" in source
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.fromstring(b'<!DOCTYPE d [<!ENTITY e "EXPANDED">]><d>&e;</d>', parser)
    assert "EXPANDED" not in "".join(doc.itertext())
