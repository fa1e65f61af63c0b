"""pipeline.ingest: decoding, one reader per format, the dispatcher, and the dev documents."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, IngestStats, SourceDoc, extract_html, iter_inputs
from pipeline.ingest.dates import normalize_date
from pipeline.ingest.decode import decode_bytes, sniff_html_charset

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_DOCS = SHARED / "dev" / "docs"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _ingest(*paths: Path) -> list[SourceDoc | IngestError]:
    return list(iter_inputs(paths))


def _one_doc(path: Path) -> SourceDoc:
    (res,) = _ingest(path)
    assert isinstance(res, SourceDoc), res
    return res


def _one_error(path: Path) -> IngestError:
    (res,) = _ingest(path)
    assert isinstance(res, IngestError), res
    return res


def _dev_required() -> None:
    if not DEV_DOCS.exists():
        pytest.skip(f"shared dev corpus not available ({DEV_DOCS})")


@pytest.fixture(scope="module")
def dev_docs() -> dict[str, SourceDoc]:
    _dev_required()
    out: dict[str, SourceDoc] = {}
    for res in iter_inputs([DEV_DOCS]):
        assert isinstance(res, SourceDoc), res
        out[res.doc_id] = res
    return out


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("raw", "text", "encoding", "warnings"),
    [
        ("Contrat local de santé".encode(), "Contrat local de santé", "utf-8", []),
        (codecs.BOM_UTF8 + "Santé".encode(), "Santé", "utf-8", []),
        ("Santé 30 €".encode("utf-16"), "Santé 30 €", "utf-16-le", []),
        ("Santé 30 €".encode("utf-16-be"), "Santé 30 €", "utf-16-be", ["decoded_utf16_no_bom"]),
        ("Santé 30 €".encode("cp1252"), "Santé 30 €", "cp1252", ["decoded_cp1252"]),
        (b"sant\xe9 \x81", "santé \x81", "latin-1", ["decoded_latin1"]),
    ],
)
def test_decode_bytes(raw: bytes, text: str, encoding: str, warnings: list[str]) -> None:
    dec = decode_bytes(raw)
    assert (dec.text, dec.encoding, dec.warnings) == (text, encoding, warnings)


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="windows-1252">', "windows-1252"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"),
        (b'<?xml version="1.0" encoding="iso-8859-15"?><html>', "iso-8859-15"),
        (b"<html><head><title>x</title>", None),
    ],
)
def test_sniff_html_charset(head: bytes, charset: str | None) -> None:
    assert sniff_html_charset(head) == charset


def test_declared_latin1_read_as_cp1252() -> None:
    # Browsers read "iso-8859-1" pages as windows-1252: 0x80 is "€", not a C1 control.
    assert decode_bytes("30 €".encode("cp1252"), declared="iso-8859-1").text == "30 €"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2025-03-18T10:00:00Z", "2025-03-18"),
        ("2024-06-18T14:20:00+02:00", "2024-06-18"),
        ("2024-11-05T23:30:00+01:00", "2024-11-05"),  # the newsroom's date, not UTC's
        ("10/03/2022", "2022-03-10"),
        ("1er mars 2024", "2024-03-01"),
        ("Publié le 2 octobre 2024", "2024-10-02"),
        ("2024-06", "2024-06"),
        ("2024", "2024"),
        (1700000000, "2023-11-14"),
        (1700000000000, "2023-11-14"),
        (None, None),
        ("", None),
        ("bientôt", None),
        ("2024-02-30", None),
        ("Nov 9, 2026", "2026-11-09"),  # a theme's English post meta
        ("September 3rd, 2025", "2025-09-03"),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


# --------------------------------------------------------------------------- txt


def test_txt_utf8(tmp_path: Path) -> None:
    doc = _one_doc(_write(tmp_path / "dev-01-landivisiau.txt", "Le CLS est signé.\n"))
    assert (doc.doc_id, doc.source, doc.format, doc.text) == (
        "dev-01-landivisiau",
        "dev-01-landivisiau.txt",
        "txt",
        "Le CLS est signé.\n",
    )
    assert doc.warnings == [] and doc.publication_date is None


@pytest.mark.parametrize(
    ("raw", "text", "warning"),
    [
        (codecs.BOM_UTF8 + "Santé".encode(), "Santé", None),
        ("Santé €".encode("utf-16"), "Santé €", None),
        ("Préfecture du Tarn, 30 000 €".encode("cp1252"), "Préfecture du Tarn, 30 000 €", "decoded_cp1252"),
        (b"Pr\xe9fecture \x81", "Préfecture \x81", "decoded_latin1"),
    ],
)
def test_txt_encodings(tmp_path: Path, raw: bytes, text: str, warning: str | None) -> None:
    doc = _one_doc(_write(tmp_path / "a.txt", raw))
    assert doc.text == text
    assert doc.warnings == ([warning] if warning else [])


@pytest.mark.parametrize(
    ("raw", "error_type"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(0, 32)) * 10, "binary"),
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (codecs.BOM_UTF8 + b"\n", "empty"),
    ],
)
def test_txt_errors(tmp_path: Path, raw: bytes, error_type: str) -> None:
    err = _one_error(_write(tmp_path / "bad.txt", raw))
    assert (err.doc_id, err.stage, err.error_type) == ("bad", "ingest", error_type)


# --------------------------------------------------------------------------- html

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="{charset}">
<title>Le CLS de Figeac est signé | Grand-Figeac</title>
<link rel="canonical" href="https://www.exemple.fr/cls-figeac">{head}</head><body>
<div id="cookie-banner" class="cookie">Ce site utilise des cookies. <button>Tout accepter</button></div>
<header class="site-header"><nav><ul><li><a href="/">Accueil</a></li><li><a href="/a">Actualités</a></li></ul></nav></header>
<div class="breadcrumb"><a href="#">Accueil</a> &gt; <a href="#">Santé</a></div>
<main><article class="post">
<h1>Le CLS de Figeac est signé</h1>
{body}
<div class="share">Partager : <a href="#">Facebook</a> <a href="#">X</a></div>
</article>
<aside class="sidebar"><h3>À la une</h3><ul><li><a href="#">Canicule : les bons réflexes</a></li></ul></aside>
</main><footer><p>Mentions légales — Plan du site</p></footer></body></html>"""

BODY = """<p class="date">Publié le <time datetime="2025-09-02T08:00:00+02:00">2 septembre 2025</time></p>
<figure><img src="x.jpg" alt="photo"><figcaption>De g. à dr. : Marie Guichard, préfète ; Alain Desforges, président.</figcaption></figure>
<p>Le contrat local de santé du Grand-Figeac a été signé le 30 juin par la communauté de communes et l'ARS Occitanie pour la période 2025-2029.</p>
<p>Signataires :</p>
<ul><li><span>Communauté de communes du Grand-Figeac</span></li><li><p>ARS Occitanie</p></li><li>Préfecture du Lot</li></ul>
<h2>Les axes</h2>
<ol><li><strong>Accès aux soins</strong> : maisons de santé<ul><li>fiche 1 : internes</li></ul></li><li><strong>Santé mentale</strong> : écoute</li></ol>
<h3>Axe 3. Prévention</h3>
<p>Axe 4 : coordination<br>Axe 5 : habitat</p>
<table><tr><th>Financeur</th><th>Montant</th></tr><tr><td>ARS</td><td>30 000 €</td></tr></table>"""


def _page(charset: str = "utf-8", head: str = "", body: str = BODY) -> str:
    return PAGE.format(charset=charset, head=head, body=body)


def test_html_structure_kept(tmp_path: Path) -> None:
    doc = _one_doc(_write(tmp_path / "dev-99-figeac.html", _page()))
    lines = doc.text.split("\n")
    assert doc.doc_id == "dev-99-figeac" and doc.format == "html"
    assert doc.source == "dev-99-figeac.html"  # gold uses file names
    assert doc.url == "https://www.exemple.fr/cls-figeac"
    assert doc.title == "Le CLS de Figeac est signé"
    assert doc.publication_date == "2025-09-02"
    assert lines[0] == "Le CLS de Figeac est signé"
    for expected in [
        "De g. à dr. : Marie Guichard, préfète ; Alain Desforges, président.",
        "- Communauté de communes du Grand-Figeac",
        "- ARS Occitanie",
        "- Préfecture du Lot",
        "Les axes",
        "1. Accès aux soins : maisons de santé",
        "  - fiche 1 : internes",
        "2. Santé mentale : écoute",
        "Axe 3. Prévention",
        "Axe 4 : coordination",
        "Axe 5 : habitat",
        "ARS | 30 000 €",
        "Publié le 2 septembre 2025",
    ]:
        assert expected in lines, expected
    for noise in ("cookies", "Partager", "Canicule", "Mentions légales", "Actualités", "Accueil"):
        assert noise not in doc.text, noise


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:published_time" content="2024-11-05T17:30:00+01:00">',
            "<p>x</p>",
            "2024-11-05",
        ),
        ("", '<p><time datetime="2022-03-10">10 mars</time></p>', "2022-03-10"),
        ("", "<p>Par la rédaction — <time>10/03/2022</time></p>", "2022-03-10"),
        ("", "<p>Article publié le 2 octobre 2024</p>", "2024-10-02"),
        (
            '<script type="application/ld+json">{"@graph": [{"datePublished": "2023-05-04T10:00:00Z"}]}</script>',
            "<p>x</p>",
            "2023-05-04",
        ),
        ("", "<p>Mis à jour le 2 octobre 2024</p>", None),
        ("", '<p class="post-meta"><span class="published">Nov 9, 2026</span> | Actualités</p><p>x</p>', "2026-11-09"),
    ],
)
def test_html_dates(head: str, body: str, expected: str | None) -> None:
    page = extract_html(_page(head=head, body=body))
    assert page is not None and page.publication_date == expected


def test_html_sidebar_time_ignored() -> None:
    markup = _page(body="<p>Le CLS est signé.</p>").replace(
        "<h3>À la une</h3>", '<h3>À la une</h3><time datetime="2020-01-01">1er janvier</time>'
    )
    page = extract_html(markup)
    assert page is not None and page.publication_date is None


@pytest.mark.parametrize(
    ("markup", "title"),
    [
        (
            '<html><head><meta property="og:title" content="Titre OG"><title>T | Site</title></head><body><p>x</p></body></html>',
            "Titre OG",
        ),
        (
            "<html><head><title>Contrat local de santé | Ville de Metz</title></head><body><p>x</p></body></html>",
            "Contrat local de santé",
        ),
        ("<html><body><h1>Titre H1</h1><p>x</p></body></html>", "Titre H1"),
        ("<html><body><p>x</p></body></html>", None),
    ],
)
def test_html_title(markup: str, title: str | None) -> None:
    page = extract_html(markup)
    assert page is not None and page.title == title
    if title:
        assert page.text.split("\n")[0] == title


def test_html_cp1252_meta(tmp_path: Path) -> None:
    raw = _page(charset="windows-1252").encode("cp1252")
    doc = _one_doc(_write(tmp_path / "p.html", raw))
    assert doc.encoding == "cp1252" and doc.warnings == []
    assert "ARS | 30 000 €" in doc.text and "préfète" in doc.text


def test_html_undeclared_cp1252_falls_back(tmp_path: Path) -> None:
    raw = _page(charset="x").replace('<meta charset="x">', "").encode("cp1252")
    doc = _one_doc(_write(tmp_path / "p.htm", raw))
    assert "decoded_cp1252" in doc.warnings and "30 000 €" in doc.text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<html><body><div><p>Le contrat local de santé <b>signé<li>un<li>deux", "- deux"),
        ("<html><body><article><h1>CLS</h1><ul><li>ARS<li>CPAM</ul><p>fin", "- CPAM"),
        ('<?xml version="1.0" encoding="utf-8"?><html><body><p>Le CLS</p></body></html>', "Le CLS"),
        ("<p>" * 500 + "Le CLS", "Le CLS"),
        ("<table><tr><td><ul><li>ARS</ul></td></tr></table>", "ARS"),
    ],
)
def test_html_broken_does_not_crash(markup: str, expected: str) -> None:
    page = extract_html(markup)
    assert page is not None
    assert expected in page.text


def test_html_lists_in_shapes_trafilatura_drops() -> None:
    # bare body > ul, li > p, li > span (trafilatura issues 233, 335, 431, 769)
    markup = (
        "<html><body><h1>Signature</h1><p>Le CLS est signé par :</p>"
        "<ul><li><span>la Ville</span></li><li><p>l'ARS</p></li></ul></body></html>"
    )
    page = extract_html(markup)
    assert page is not None
    assert "- la Ville" in page.text.split("\n") and "- l'ARS" in page.text.split("\n")


def test_html_external_entity_not_resolved(tmp_path: Path) -> None:
    secret = _write(tmp_path / "secret.txt", "TOP-SECRET")
    markup = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><p>Le CLS &xxe; signé</p></body></html>'
    page = extract_html(markup)
    assert page is not None and "TOP-SECRET" not in page.text


@pytest.mark.parametrize(
    "raw", [b"", b"   \n", b"<html><body>  </body></html>", b"<html><head><script>x()</script></head></html>"]
)
def test_html_empty(tmp_path: Path, raw: bytes) -> None:
    assert _one_error(_write(tmp_path / "e.html", raw)).error_type == "empty"


# --------------------------------------------------------------------------- jsonl


def _jsonl(path: Path, *lines: object) -> Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    return _write(path, text + "\n")


def test_jsonl_records(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "scraped.jsonl",
        {
            "id": "r1",
            "url": "https://ex.fr/a",
            "title": "Le CLS signé",
            "date": "2025-03-18T10:00:00Z",
            "text": "Le CLS signé\nCorps.",
        },
        {"id": "r2", "title": "Titre", "date": None, "text": "Corps du texte."},
        {"title": "Sans id", "date": 1700000000, "text": "Texte."},
        {
            "id": "r4",
            "html": "<html><body><article><h1>Page</h1><ul><li>ARS</li></ul></article></body></html>",
            "date": "2024-06-18T14:20:00+02:00",
        },
    )
    docs = _ingest(path)
    assert all(isinstance(d, SourceDoc) for d in docs)
    r1, r2, r3, r4 = docs
    assert (r1.doc_id, r1.source, r1.url, r1.publication_date, r1.format) == (
        "r1",
        "https://ex.fr/a",
        "https://ex.fr/a",
        "2025-03-18",
        "jsonl",
    )
    assert r1.text == "Le CLS signé\nCorps."  # body already starts with the title
    assert r1.input_path == str(path)
    assert (r2.source, r2.publication_date, r2.text) == ("scraped.jsonl", None, "Titre\n\nCorps du texte.")
    assert (r3.doc_id, r3.publication_date) == ("scraped:3", "2023-11-14")
    assert r4.title == "Page" and "- ARS" in r4.text.split("\n") and r4.publication_date == "2024-06-18"


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "s.jsonl",
        {"id": "ok1", "text": "Un."},
        '{"id": "broken", "text": ',
        "[1, 2]",
        {"id": "notext", "title": "x"},
        "",
        {"id": "blank", "text": "   "},
        {"id": "ok2", "text": "Deux."},
    )
    res = _ingest(path)
    kinds = [(type(r).__name__, r.doc_id, getattr(r, "error_type", None)) for r in res]
    assert kinds == [
        ("SourceDoc", "ok1", None),
        ("IngestError", "s:2", "malformed_jsonl"),
        ("IngestError", "s:3", "malformed_jsonl"),
        ("IngestError", "notext", "malformed_jsonl"),
        ("IngestError", "blank", "empty"),
        ("SourceDoc", "ok2", None),
    ]
    assert "line 2" in res[1].message


_WP_POST = {
    "id": 4187, "date": "2026-05-19T09:12:44", "modified": "2026-06-02T15:40:03",
    "link": "https://www.cc-exemple.fr/actualites/premier-contrat-local-de-sante/",
    "title": {"rendered": "Sant\u00e9 : l&#8217;interco signe son premier contrat local de sant\u00e9"},
    "content": {"rendered": "<p>C&#8217;est une premi\u00e8re. Vendredi dernier, la communaut\u00e9 de communes a sign\u00e9 "
                            "son premier contrat local de sant\u00e9 avec l&#8217;ARS.</p>\n<ul><li>Acc\u00e8s aux soins</li></ul>"},
    "excerpt": {"rendered": "<p>Vendredi, la communaut\u00e9 [&hellip;]</p>"},
    "_links": {"self": [{"href": "https://www.cc-exemple.fr/wp-json/wp/v2/posts/4187"}]},
}


@pytest.mark.parametrize("name", ["posts.json", "reponse-api.txt"])
def test_a_cms_api_answer_is_read_as_its_post(tmp_path: Path, name: str) -> None:
    # A WordPress REST answer (an array of one post) kept as it came, as .json or saved as .txt: the post's title,
    # HTML content, link and date, not the JSON text.
    path = _write(tmp_path / name, json.dumps([_WP_POST]))
    [doc] = _ingest(path)
    assert isinstance(doc, SourceDoc)
    assert (doc.doc_id, doc.url, doc.source, doc.publication_date) == (
        path.stem, _WP_POST["link"], _WP_POST["link"], "2026-05-19")
    assert doc.title == "Santé : l’interco signe son premier contrat local de santé"
    assert "la communauté de communes a signé son premier contrat local de santé avec l’ARS" in doc.text
    assert "- Accès aux soins" in doc.text.split("\n") and "rendered" not in doc.text and "_links" not in doc.text


def test_a_jsonl_record_whose_text_is_a_cms_api_answer_is_read_as_its_post(tmp_path: Path) -> None:
    # A crawl that stored the REST answer of ".../wp-json/wp/v2/posts/4187" as the record's text: the post, with the
    # record's own id and date.
    record = {"id": "crawl-17", "url": "https://www.cc-exemple.fr/wp-json/wp/v2/posts/4187", "date": "2026-05-20",
              "title": "www.cc-exemple.fr/wp-json/wp/v2/posts/4187", "text": json.dumps(_WP_POST)}
    [doc] = _ingest(_write(tmp_path / "crawl.jsonl", json.dumps(record) + "\n"))
    assert isinstance(doc, SourceDoc)
    assert (doc.doc_id, doc.publication_date) == ("crawl-17", "2026-05-20")
    assert doc.title == "Santé : l’interco signe son premier contrat local de santé"
    assert "la communauté de communes a signé son premier contrat local de santé avec l’ARS" in doc.text
    assert "rendered" not in doc.text


def test_a_json_file_of_several_records_gives_one_document_each(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.json", json.dumps([
        {"id": "a1", "title": "Un", "text": "Premier texte."},
        {"title": "Deux", "text": "Second texte.", "url": "https://ex.fr/2"},
        {"nothing": "here"},
    ]))
    docs = _ingest(path)
    assert [(d.doc_id, d.format, d.source) for d in docs] == [("export:a1", "json", "export.json"),
                                                             ("export:2", "json", "https://ex.fr/2")]


@pytest.mark.parametrize("raw, why", [('{"id": 1, "text": ', "bad JSON"), ('{"id": 1, "items": []}', "no document"),
                                      ("", "no text")])
def test_a_json_file_without_documents_is_an_error_row(tmp_path: Path, raw: str, why: str) -> None:
    [err] = _ingest(_write(tmp_path / "x.json", raw))
    assert isinstance(err, IngestError) and why in err.message


@pytest.mark.parametrize("text", ['{"a": "JSON sans texte"}', "[Note] Le CLS est signé. [Fin]", "{Le CLS}"])
def test_a_txt_that_is_no_json_of_documents_stays_a_text(tmp_path: Path, text: str) -> None:
    [doc] = _ingest(_write(tmp_path / "note.txt", text))
    assert isinstance(doc, SourceDoc) and (doc.doc_id, doc.format, doc.text) == ("note", "txt", text)


# --------------------------------------------------------------------------- dispatcher


def test_folder_walk_order_hidden_unsupported_duplicates(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "z.txt", "Zed.")
    _write(tmp_path / "a.txt", "A.")
    _write(tmp_path / "b" / "a.html", "<p>Autre A.</p>")  # same stem as a.txt
    _write(tmp_path / ".hidden" / "h.txt", "caché")
    _write(tmp_path / ".h.txt", "caché")
    _write(tmp_path / "notes.md", "# non")
    _write(tmp_path / "doc.DOCX", b"%PDF-1.4")
    stats = IngestStats()
    res = list(iter_inputs([tmp_path, tmp_path / "a.txt", tmp_path / "missing.txt"], stats=stats))
    summary = [(type(r).__name__, r.doc_id, getattr(r, "error_type", None)) for r in res]
    assert summary == [
        ("SourceDoc", "a", None),
        ("IngestError", "a", "duplicate_doc_id"),
        ("SourceDoc", "z", None),
        ("IngestError", None, "not_found"),
    ]
    assert sorted(Path(p).name for p in stats.skipped_unsupported) == ["doc.DOCX", "notes.md"]
    assert (stats.files, stats.documents, stats.errors) == (3, 2, 2)


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    assert _one_doc(_write(tmp_path / ".x.txt", "Le CLS.")).doc_id == ".x"


# --------------------------------------------------------------------------- dev documents


def test_every_dev_doc_ingests(dev_docs: dict[str, SourceDoc]) -> None:
    assert len(dev_docs) == 35
    assert sum(d.format == "jsonl" for d in dev_docs.values()) == 6
    for doc in dev_docs.values():
        assert doc.text.strip(), doc.doc_id
        if doc.format == "jsonl":
            assert doc.title and doc.text.startswith(doc.title)
            assert doc.source.startswith("https://")


def test_dev_publication_dates_match_gold(dev_docs: dict[str, SourceDoc]) -> None:
    gold_path = SHARED / "dev" / "gold.jsonl"
    if not gold_path.exists():
        pytest.skip(f"gold not available ({gold_path})")
    gold = {r["doc_id"]: r for r in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()) if r}
    for doc_id, doc in dev_docs.items():
        if doc.format in ("html", "jsonl"):
            assert doc.publication_date == gold[doc_id]["publication_date"], doc_id


@pytest.mark.parametrize(
    ("doc_id", "lines"),
    [
        (
            "dev-24-venissieux",
            [
                "- Accès aux soins : installation de praticiens aux Minguettes, centre de santé municipal ;",
                "- Environnement et santé : qualité de l'air, îlots de chaleur.",
            ],
        ),
        (
            "dev-20-toulouse-cls4",
            [
                "1. Agir sur l'accès aux soins et aux droits dans les quartiers prioritaires",
                "5. Promouvoir la santé sexuelle et reproductive",
            ],
        ),
        (
            "dev-22-epinal-cp1252",
            ["- la Communauté d'agglomération d'Épinal ;", "- le Centre hospitalier Émile-Durkheim."],
        ),
        (
            "dev-27-cacl-guyane",
            ["Axe 1. Améliorer l'accès aux soins et aux droits", "Axe 3. Santé sexuelle et périnatalité"],
        ),
        ("dev-29-metz-cls2", ["- ARS GE", "- Lutte contre l'isolement des personnes âgées"]),
        ("dev-21-carcassonne-clspd", ["- la tranquillité publique dans les quartiers Ozanam et Viguier."]),
        (
            "dev-25-moulins-communaute",
            ["Axe 2 : Promouvoir des comportements favorables à la santé à tous les âges (fiches 7 à 11)"],
        ),
    ],
)
def test_dev_html_lists_kept(dev_docs: dict[str, SourceDoc], doc_id: str, lines: list[str]) -> None:
    text_lines = dev_docs[doc_id].text.split("\n")
    for line in lines:
        assert line in text_lines, line


@pytest.mark.parametrize(
    ("doc_id", "names"),
    [
        ("dev-24-venissieux", ["Samia Haddad, maire de Vénissieux", "Nicolas Brun", "Hélène Couturier"]),
        ("dev-25-moulins-communaute", ["Alain Desforges, président de Moulins Communauté", "Farid Amrani"]),
    ],
)
def test_dev_html_figcaptions_kept(dev_docs: dict[str, SourceDoc], doc_id: str, names: list[str]) -> None:
    for name in names:
        assert name in dev_docs[doc_id].text


def test_dev22_cp1252_decoded(dev_docs: dict[str, SourceDoc]) -> None:
    doc = dev_docs["dev-22-epinal-cp1252"]
    assert doc.encoding == "cp1252"
    assert "30 000 € par an" in doc.text and "deuxième génération" in doc.text
    assert "\ufffd" not in doc.text and "Ã" not in doc.text


def test_dev_html_chrome_dropped(dev_docs: dict[str, SourceDoc]) -> None:
    for doc in dev_docs.values():
        if doc.format != "html":
            continue
        assert doc.source == f"{doc.doc_id}.html"
        for noise in (
            "cookies",
            "Tout accepter",
            "À la une",
            "Mentions légales",
            "Nous contacter",
            "Partager",
        ):
            assert noise not in doc.text, (doc.doc_id, noise)
        assert doc.text.split("\n")[0] == doc.title or doc.doc_id == "dev-25-moulins-communaute"


def test_html_quote_attribution_footer_kept_page_footer_dropped() -> None:
    markup = ("<html><body><article><h1>Laval signe son CLS</h1>"
              "<p>Le contrat local de santé a été signé le 27 janvier par Laval Agglomération et l'ARS.</p>"
              "<blockquote><p>« Trouver un médecin sans faire trente kilomètres. »</p>"
              "<footer>Anne-Sophie Brault, vice-présidente chargée de la santé</footer></blockquote>"
              "<p>Le comité de pilotage se réunira en mars pour lancer les groupes de travail.</p>"
              "<footer>Mentions légales · Plan du site</footer></article></body></html>")
    text = extract_html(markup).text
    assert "Anne-Sophie Brault, vice-présidente chargée de la santé" in text
    assert "Mentions légales" not in text


def test_html_definition_list_and_publisher_name() -> None:
    markup = ("<html><head><title>Le contrat est signé - Communauté de communes Morvan Sommets et Grands Lacs</title>"
              "</head><body><article><h1>Le contrat est signé</h1>"
              "<p>Mercredi, la communauté de communes a signé son contrat local de santé avec ses partenaires.</p>"
              "<h2>Deux axes</h2><dl><dt>Aller vers les habitants</dt><dd>Permanences à la maison de quartier.</dd>"
              "<dt>Mieux manger</dt><dd>Ateliers cuisine.</dd></dl></article></body></html>")
    page = extract_html(markup)
    assert "- Aller vers les habitants : Permanences à la maison de quartier." in page.text.split("\n")
    assert "- Mieux manger : Ateliers cuisine." in page.text.split("\n")
    assert page.site == "Communauté de communes Morvan Sommets et Grands Lacs"


def test_a_layout_table_is_laid_out_as_blocks_once() -> None:
    # an e-mail newsletter: an outer table whose cell holds the articles, each in a table of its own
    from pipeline.ingest.html import parse_html, render

    root = parse_html(
        "<html><body><table><tr><td><h1>La Lettre n°31</h1>"
        "<table><tr><td><h2>La Costa Verde signe son contrat</h2><p>Le mardi 24 février, la communauté de communes "
        "a signé.</p><p>Quatre axes ont été retenus.</p></td></tr></table>"
        "<table><tr><td><h2>Bastia</h2><p>Le 5 mars, la CAB a signé.</p></td></tr></table>"
        "</td></tr></table>"
        "<table><tr><th>Partenaire</th><th>Montant</th></tr><tr><td><p>ARS</p></td><td>30 000 €</td></tr></table>"
        "</body></html>")
    lines = [line for line in render(root).splitlines() if line]
    assert lines == ["La Lettre n°31", "La Costa Verde signe son contrat", "Le mardi 24 février, la communauté de "
                     "communes a signé.", "Quatre axes ont été retenus.", "Bastia", "Le 5 mars, la CAB a signé.",
                     "Partenaire | Montant", "ARS | 30 000 €"]


@pytest.mark.parametrize(("text", "site"), [
    ("Ville de Flers – Site officiel\nAccueil | Mairie\n", "Ville de Flers"),
    ("Site officiel de la ville de Laon\n\nActualités\n", "Laon"),
    ("Alençon.fr - Le site officiel de la Ville d'Alençon\n", "Alençon"),
    ("Le contrat local de santé est signé.\nLe site officiel de la Ville en parle.\n", None),
    ("Accueil\n\nNouvelles\n", None),
])
def test_a_plain_text_page_s_site_header_names_its_publisher(text: str, site: str | None) -> None:
    from pipeline.ingest.txt import site_header

    assert site_header(text) == site


def test_an_aside_that_names_the_contract_is_kept_after_the_text_and_a_list_of_links_is_not() -> None:
    box = ('<aside class="encart"><h2>Le CLS en bref</h2><dl><dt>Signature visée</dt><dd>2nd semestre 2027</dd>'
           "<dt>Contact</dt><dd>Margaux Lemoine, chargée de mission santé</dd></dl></aside>")
    links = ('<aside class="related"><h2>À lire aussi</h2><ul><li><a href="/a">Avant-Pays savoyard : un contrat local '
             'de santé en préparation</a></li><li><a href="/b">Les vendanges touchent à leur fin</a></li></ul></aside>')
    body = ("<main><article><h1>Donnez votre avis</h1><p>La Communauté de communes prépare son premier contrat local de "
            "santé avec l'ARS. Répondez au questionnaire pour nous aider à connaître vos besoins de santé et vos "
            "difficultés d'accès aux soins.</p></article></main>")
    page = extract_html(f"<html><head><title>Donnez votre avis</title></head><body>{body}{box}{links}</body></html>")
    assert page is not None
    assert "Margaux Lemoine, chargée de mission santé" in page.text
    assert page.text.index("Margaux") > page.text.index("questionnaire")
    assert "Avant-Pays" not in page.text
    inside = ('<html><body><main><article><h1>Signature</h1><p>Le nouveau contrat local de santé de l\'agglomération a '
              "été signé le 9 octobre à la préfecture, en présence des élus, des soignants et des acteurs sociaux du "
              'territoire.</p><aside class="en-bref"><h2>En bref</h2><ul><li>Durée : 2026 → 2030</li></ul></aside>'
              "</article></main></body></html>")
    assert "Durée : 2026 → 2030" in extract_html(inside).text  # a box of the article itself


_MAIL = (b"Return-Path: <bounces@lettre.example.fr>\n"
         b"From: =?UTF-8?Q?Pays_Charolais-Brionnais?= <lettre@pays.example.fr>\n"
         b"Subject: =?utf-8?q?Sant=C3=A9_=3A_le_CLS_2_est_sign=C3=A9?=\n"
         b"Date: Tue, 17 Mar 2026 09:12:44 +0100\n"
         b"MIME-Version: 1.0\n"
         b"Content-Type: text/plain; charset=UTF-8\n"
         b"Content-Transfer-Encoding: quoted-printable\n\n"
         b"Le 12 mars, le Pays a sign=C3=A9 son deuxi=C3=A8me contrat local de sant=\n"
         b"=C3=A9 avec l'ARS.\n")


def test_an_e_mail_s_raw_source_is_read_as_its_decoded_text(tmp_path: Path) -> None:
    doc = _one_doc(_write(tmp_path / "lettre.txt", _MAIL))
    assert "le Pays a signé son deuxième contrat local de santé avec l'ARS" in doc.text
    assert (doc.title, doc.publication_date, doc.format) == ("Santé : le CLS 2 est signé", "2026-03-17", "txt")
    html = _MAIL.replace(b"text/plain", b"text/html").replace(b"Le 12 mars", b"<html><body><p>Le 12 mars") + b"</p></body></html>\n"
    eml = _one_doc(_write(tmp_path / "lettre.eml", html))
    assert "deuxième contrat local de santé" in eml.text and "<p>" not in eml.text and eml.format == "eml"
    # a page that copies an e-mail's French header lines is no message
    plain = "De : Centre Morbihan Communauté\nDate : Wed, 2 Dec 2026 11:04:37 +0100\n\nLe CLS sera signé.\n"
    assert _one_doc(_write(tmp_path / "copie.txt", plain)).text.startswith("De : Centre Morbihan")


def test_an_article_dated_only_in_its_footer_time_takes_that_date() -> None:
    from lxml import html as lhtml

    from pipeline.ingest.html import extract_date

    page = ("<html><body><article><div class='entry-content'><p>La Ville a signé son contrat local de santé.</p></div>"
            "<footer><span class='posted-on'>Publié le <time class='entry-date published' datetime='2026-04-09T08:15'>"
            "9 avril 2026</time></span><span class='updated-on'>Mis à jour le <time class='updated' "
            "datetime='2026-04-14T17:02'>14 avril</time></span></footer></article></body></html>")
    root = lhtml.fromstring(page)
    assert extract_date(root, root.xpath("//div[@class='entry-content']")[0]) == "2026-04-09"


def test_a_grid_of_article_cards_is_read_whole_and_an_article_beside_its_teasers_alone() -> None:
    card = ("<article class='ref-card'><h2>{0}</h2><dl><dt>Mission</dt><dd>Accompagnement du contrat local de santé de "
            "{0} : diagnostic partagé, concertation des habitants et écriture des fiches actions avec les partenaires du "
            "territoire.</dd><dt>Années</dt><dd>2024-2026</dd></dl></article>")
    grid = ("<html><body><header><nav><a href='/'>Accueil</a></nav></header><main><h1>Nos références</h1><section>"
            + "".join(card.format(t) for t in ("Ville de Sisteron", "Val de Charente", "Gémozac")) + "</section></main>"
            "<footer>Mentions légales</footer></body></html>")
    text = extract_html(grid).text
    assert all(t in text for t in ("Ville de Sisteron", "Val de Charente", "Gémozac"))
    teaser = "<article class='teaser'><h3>Don du sang</h3><p>Collecte le 5 juin dans le hall.</p></article>"
    page = ("<html><body><main><article><h1>Le contrat local de santé est signé</h1>"
            + "<p>La communauté de communes a signé son contrat local de santé avec l'ARS et la préfecture.</p>" * 6
            + "</article><section>" + teaser * 3 + "</section></main></body></html>")
    assert "Don du sang" not in extract_html(page).text


def test_a_grid_s_cards_that_never_name_a_cls_are_other_pages_teasers() -> None:
    card = "<article class='teaser'><h2>{0}</h2><p>{1}</p><time datetime='2026-03-{2}'>{2} mars</time></article>"
    other = ("Le budget primitif 2026 est adopté : 72,4 M€, dont 18,9 M€ d'investissement pour les écoles et la voirie, "
             "après trois heures de débat en conseil municipal.")
    cls = ("La communauté de communes du Montbardois a signé jeudi soir son premier contrat local de santé avec l'ARS "
           "Bourgogne-Franche-Comté et la sous-préfecture, pour la période 2026-2030.")
    grid = ("<html><body><main><h1>Santé</h1><section>" + card.format("Budget", other, "12")
            + card.format("Montbard", cls, "21") + card.format("Voirie", other.replace("budget", "plan"), "14")
            + "</section></main></body></html>")
    text = extract_html(grid).text
    assert "Montbard" in text and "72,4 M€" not in text
    # a grid of which no card names a CLS is kept whole
    assert extract_html(grid.replace("contrat local de santé", "contrat de ville")).text.count("72,4 M€") == 2



def test_a_joomla_article_info_block_beside_the_article_body_dates_the_page():
    from pipeline.ingest.html import extract_date, parse_html
    root = parse_html("<html><body><div id='content' class='item-page'><h1>Le Pays signe son contrat</h1>"
                      "<dl class='article-info'><dd class='published'>Publié le 16 décembre 2025</dd></dl>"
                      "<div itemprop='articleBody'><p>Le mardi 9 décembre, le Pays a signé son contrat local de santé."
                      "</p></div></div></body></html>")
    assert extract_date(root, root.xpath("//div[@itemprop='articleBody']")[0]) == "2025-12-16"


_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Agenda - Communauté de communes du Pays de Lamastre\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nSTATUS:CONFIRMED\r\nDTSTART;TZID=Europe/Paris:20261210T110000\r\n"
        "SUMMARY:Signature du contrat local de s\r\n anté\r\nLOCATION:Mairie\\, 07270 Lamastre\r\n"
        "DESCRIPTION:Avec l'ARS\\, la préfecture et la CPAM.\\nEntrée libre.\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        "DESCRIPTION:Rappel\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
_VTT = ("WEBVTT\nKind: captions\n\n1\n00:00:00.500 --> 00:00:04.800\n<v Voix off>Ce vendredi 16 octobre, la "
        "communauté\nde communes a signé\n\n2\n00:00:04.800 --> 00:00:08.900\n<v Voix off>son premier contrat local "
        "de santé.\n\n3\n00:00:09.000 --> 00:00:12.000 line:80%\nJeanne Martin\nPrésidente\n")


@pytest.mark.parametrize("name, body", [("agenda.ics", _ICS), ("agenda.txt", _ICS)])
def test_an_agenda_export_is_read_as_its_events(tmp_path: Path, name: str, body: str) -> None:
    # An .ics export: folded lines unfolded, escapes read, each event a paragraph with its day written out
    [doc] = _ingest(_write(tmp_path / name, body))
    assert isinstance(doc, SourceDoc) and "ical_read" in doc.warnings
    assert "Signature du contrat local de santé" in doc.text
    assert "le jeudi 10 décembre 2026 à 11 h 00" in doc.text and "Mairie, 07270 Lamastre" in doc.text
    assert "Avec l'ARS, la préfecture et la CPAM.\nEntrée libre." in doc.text  # (not its alarm's "Rappel")
    assert "RRULE" not in doc.text and "VEVENT" not in doc.text and "Rappel" not in doc.text


@pytest.mark.parametrize("name", ["sous-titres.vtt", "crawl.jsonl"])
def test_captions_are_read_as_their_transcript(tmp_path: Path, name: str) -> None:
    # A video's WebVTT captions, as a file or as a JSONL record's text: one speaker's cues make one sentence again
    body = json.dumps({"id": "v1", "text": _VTT}) + "\n" if name.endswith(".jsonl") else _VTT
    [doc] = _ingest(_write(tmp_path / name, body))
    assert isinstance(doc, SourceDoc) and "subtitles_read" in doc.warnings
    assert ("Voix off : Ce vendredi 16 octobre, la communauté de communes a signé son premier contrat local de santé."
            in doc.text)
    assert "-->" not in doc.text and "Jeanne Martin\nPrésidente" in doc.text


def test_line_breaks_inside_a_definition_or_a_cell_separate_its_parts(tmp_path: Path) -> None:
    # "<dd>Ville de Tullins<br>ARS Auvergne-Rhône-Alpes</dd>": two names, not "Ville de TullinsARS …"
    page = ("<html><body><h1>Le contrat en bref</h1><dl><dt>Signataires</dt><dd>Ville de Voreppe<br>ARS "
            "Auvergne-Rhône-Alpes<br>CPAM de l'Isère</dd></dl><table><tr><td>Pour l'État,<br>La sous-préfète,<br>"
            "Claire Martin</td><td>Date</td></tr></table></body></html>")
    [doc] = _ingest(_write(tmp_path / "page.html", page))
    assert isinstance(doc, SourceDoc)
    assert "Signataires : Ville de Voreppe, ARS Auvergne-Rhône-Alpes, CPAM de l'Isère" in doc.text
    assert "Pour l'État, La sous-préfète, Claire Martin | Date" in doc.text


def test_html_accordion_labels_kept_as_headings() -> None:
    # an accordion's labels are buttons that open their sections: the section's heading, kept with the panel it opens,
    # hidden until opened; a cookie banner's buttons are not kept
    items = "".join(
        f'<div class="accordion-item"><button class="accordion-button" aria-expanded="false" aria-controls="p{n}">'
        f'Axe {n} – {label}</button><div id="p{n}" hidden><p>{body}</p></div></div>'
        for n, label, body in ((1, "Accès aux soins", "Aide à l'installation des médecins généralistes du territoire."),
                               (2, "Santé mentale", "Formations aux premiers secours en santé mentale pour les élus."),
                               (3, "Bien vieillir", "Ateliers mémoire et prévention des chutes dans les villages.")))
    markup = ('<html><body><div id="cookie-notice">Ce site utilise des cookies. <button>Accepter</button></div>'
              "<article><h1>Le contrat local de santé est signé</h1><p>La communauté a signé ce lundi son contrat "
              "local de santé avec l'ARS pour cinq ans, autour de trois axes de travail.</p>"
              f'<h2>Les trois axes</h2><div class="accordion">{items}</div></article></body></html>')
    page = extract_html(markup)
    assert page is not None
    lines = page.text.split("\n")
    assert "Axe 2 – Santé mentale" in lines
    assert "Ateliers mémoire et prévention des chutes dans les villages." in lines
    assert "Accepter" not in page.text


def test_html_page_builder_widgets_are_its_text_and_a_sidebar_widget_is_chrome() -> None:
    # a page builder (Elementor) holds the article itself in a "widget"; a theme's sidebar "widget" is chrome
    article = "".join(f"<p>{t}</p>" for t in (
        "Mercredi 18 novembre, à la maison de quartier, la Ville et ses partenaires ont signé le premier contrat local de "
        "santé du quartier.",
        "Quatre signataires se sont engagés : la Ville, l'ARS, l'État et la CPAM. La communauté d'agglomération n'est pas "
        "signataire.",
        "« Il fallait un outil pensé pour le quartier, avec les habitants », a déclaré l'adjointe au maire chargée de la "
        "santé."))
    built = extract_html('<html><body class="elementor-page"><main><article><h1>Le quartier a son contrat</h1>'
                         '<p class="post-meta">20 novembre 2026 · Actualités</p>'
                         f'<div class="elementor-widget-theme-post-content">{article}</div></article></main></body></html>')
    assert built is not None and "premier contrat local de santé du quartier" in built.text
    themed = extract_html(f'<html><body><main><article><h1>Le quartier a son contrat</h1>{article}</article>'
                          '<div class="widget"><h3>Agenda</h3><ul><li>14 juin : fête du quartier voisin</li></ul></div>'
                          "</main></body></html>")
    assert themed is not None and "fête du quartier voisin" not in themed.text


def test_html_dateline_in_the_article_header_outside_its_text() -> None:
    # a WordPress theme's "entry-meta" above its "entry-content": the article's date, outside the main text
    page = extract_html('<html><body><main><article class="post"><header class="entry-header"><h1>Signature du '
                        'contrat</h1><div class="entry-meta">Publié le 3 décembre 2026 par Service communication</div>'
                        '</header><div class="entry-content"><p>La signature du contrat local de santé aura lieu le '
                        "samedi 12 décembre 2026 à l'hôtel de ville, avec l'ARS et la CPAM. Après dix-huit mois de "
                        "rencontres dans les quartiers, la Ville s'apprête à signer son premier contrat.</p></div></article></main>"
                        "</body></html>")
    assert page is not None and page.publication_date == "2026-12-03"


SAVED_PAGE = ('<!DOCTYPE html>\n<html lang="fr"><head><title>Le contrat est signé</title></head><body><main><article>'
              "<h1>Le contrat est signé</h1><p>Publié le 23/11/2026</p><p>La commune a signé jeudi son deuxième contrat "
              "local de santé avec l'ARS et la CPAM, pour cinq ans. Cinq ans après un premier contrat, elle s'engage de "
              "nouveau pour améliorer la santé de ses habitants.</p></article></main></body></html>\n")
WARC_HEAD = ("WARC/1.0\nWARC-Type: response\nWARC-Target-URI: https://www.exemple.fr/actualites/cls\n"
             "Content-Type: application/http; msgtype=response\n\n"
             "HTTP/1.1 200 OK\nContent-Type: text/html; charset=UTF-8\nServer: nginx\n\n")


@pytest.mark.parametrize("head", ["", WARC_HEAD])
def test_txt_holding_a_saved_page_is_read_as_that_page(tmp_path: Path, head: str) -> None:
    # a scraper that wrote a page's raw HTML into a .txt file, with the WARC record's and HTTP response's heads or not
    doc = _one_doc(_write(tmp_path / "page.txt", (head + SAVED_PAGE).encode("utf-8")))
    assert doc.format == "txt" and "html_read" in doc.warnings
    assert doc.title == "Le contrat est signé" and doc.publication_date == "2026-11-23"
    assert "<p>" not in doc.text and "deuxième contrat local de santé" in doc.text
    assert doc.url == ("https://www.exemple.fr/actualites/cls" if head else None)


def test_jsonl_record_text_holding_a_saved_page_is_read_as_that_page(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": WARC_HEAD + SAVED_PAGE}) + "\n", encoding="utf-8")
    doc = _one_doc(path)
    assert "html_read" in doc.warnings and doc.url == "https://www.exemple.fr/actualites/cls"
    assert "<p>" not in doc.text and doc.publication_date == "2026-11-23"


def test_html_sidebar_widget_that_names_the_contract_is_a_fact_box() -> None:
    # a theme's sidebar of widgets: the one that names the contract ("Le CLS en bref") is kept after the text, the
    # agenda and the newsletter beside it are not
    page = extract_html("<html><body><main><article><h1>Le contrat local de santé est signé</h1><p>Mardi, le président de "
                        "la communauté de communes et la directrice de l'ARS ont signé le premier contrat local de santé "
                        "du territoire, présenté en détail ci-contre.</p></article></main><aside class=\"sidebar\">"
                        '<section class="widget cls-en-bref"><h2>Le CLS en bref</h2><ul><li>Accès aux soins de '
                        "proximité</li><li>Santé mentale des jeunes</li></ul></section>"
                        '<section class="widget agenda"><h2>Agenda</h2><ul><li>Marché de Noël</li></ul></section>'
                        "</aside></body></html>")
    assert page is not None and "Santé mentale des jeunes" in page.text and "Marché de Noël" not in page.text
