"""Crawl formats: .zip (with its guards), .gz, .warc/.warc.gz, .pdf, and JSONL on stdin."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest import IngestError, SourceDoc, iter_inputs
from tests.conftest import CORPUS

CLS_TEXT = ("Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 par la ville et l'ARS "
            "Hauts-de-France, pour la période 2024-2028.")
PAGE = f"<html><head><title>Laon</title></head><body><article><h1>Laon</h1><p>{CLS_TEXT}</p></article></body></html>"


def test_zip_members_ids_and_guards(tmp_path):
    arc = tmp_path / "crawl.zip"
    with zipfile.ZipFile(arc, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2024/laon.html", PAGE)
        zf.writestr("notes.txt", CLS_TEXT)
        zf.writestr("scraped.jsonl", json.dumps({"id": "rec-1", "text": CLS_TEXT}) + "\n"
                    + json.dumps({"text": "Sans identifiant."}) + "\n")
        zf.writestr("../evil.txt", "dehors")
        zf.writestr("/etc/abs.txt", "absolu")
        zf.writestr("inner.zip", b"PK\x05\x06" + b"\x00" * 18)
        zf.writestr("bomb.txt", b"\x00" * (20 * 2**20))  # ~20 KB compressed, 1000:1
        zf.writestr("image.png", b"\x89PNG")
    res = list(iter_inputs([arc]))
    got = sorted(((type(r).__name__, r.doc_id, getattr(r, "error_type", None)) for r in res), key=str)
    assert got == sorted([
        ("SourceDoc", "crawl/2024/laon", None),
        ("SourceDoc", "crawl/notes", None),
        ("SourceDoc", "rec-1", None),
        ("SourceDoc", "crawl/scraped:2", None),
        ("IngestError", None, "unsafe_path"),
        ("IngestError", None, "unsafe_path"),
        ("IngestError", "crawl/inner", "nested_archive"),
        ("IngestError", "crawl/bomb", "zip_bomb"),
    ], key=str)
    page = next(r for r in res if r.doc_id == "crawl/2024/laon")
    assert page.input_path == f"{arc}!2024/laon.html" and "Laon a été signé" in page.text


def test_zip_bomb_caught_while_reading_even_when_headers_lie(tmp_path, monkeypatch):
    from pipeline.ingest import archive

    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 2**20 + 10)
    arc = tmp_path / "b.zip"
    with zipfile.ZipFile(arc, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "a" * (3 * 2**20))
    (err,) = list(iter_inputs([arc]))
    assert isinstance(err, IngestError) and err.error_type == "zip_bomb"


def test_gz_is_the_file_it_holds(tmp_path):
    gz = tmp_path / "laon.html.gz"
    gz.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (tmp_path / "archive.tar.gz").write_bytes(gzip.compress(b"not read"))
    (doc,) = list(iter_inputs([tmp_path]))
    assert isinstance(doc, SourceDoc) and doc.doc_id == "laon" and doc.format == "html"
    assert doc.input_path == str(gz) and "Hauts-de-France" in doc.text


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=path.suffix == ".gz")

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))

        w.write_record(w.create_warc_record("https://ville.example/laon", "request", payload=io.BytesIO(b"GET /")))
        response("https://ville.example/laon", "200 OK", "text/html; charset=utf-8", PAGE.encode("utf-8"))
        response("https://ville.example/logo.png", "200 OK", "image/png", b"\x89PNG")
        response("https://ville.example/absent", "404 Not Found", "text/html", b"<p>introuvable</p>")
        response("https://ville.example/vieux", "200 OK", "text/html; charset=windows-1252",
                 "<html><body><article><p>Santé à Saint-Étienne, la fête.</p></article></body></html>".encode("cp1252"))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_only(tmp_path, name):
    path = tmp_path / name
    _warc(path)
    docs = list(iter_inputs([path]))
    assert [(d.doc_id, d.source) for d in docs] == [("crawl/000001", "https://ville.example/laon"),
                                                    ("crawl/000002", "https://ville.example/vieux")]
    assert "Laon a été signé" in docs[0].text and "Saint-Étienne" in docs[1].text


def _pdf(path: Path, text: str | None) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if text:
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))


def test_pdf_text_layer_and_pdf_without_text(tmp_path):
    _pdf(tmp_path / "laon.pdf", CLS_TEXT)
    _pdf(tmp_path / "scan.pdf", None)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    res = {r.doc_id: r for r in iter_inputs([tmp_path])}
    assert isinstance(res["laon"], SourceDoc) and res["laon"].format == "pdf"
    assert "contrat local de santé de la ville de Laon" in " ".join(res["laon"].text.split())
    assert isinstance(res["scan"], IngestError) and res["scan"].error_type == "pdf_no_text"
    assert isinstance(res["broken"], IngestError)


def test_every_format_end_to_end_and_stdin(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _pdf(src / "laon-pdf.pdf", CLS_TEXT)
    _pdf(src / "scan.pdf", None)
    _warc(src / "crawl.warc.gz")
    with zipfile.ZipFile(src / "pack.zip", "w") as zf:
        zf.writestr("laon.txt", CLS_TEXT + "\nÀ lire aussi.")
    out = tmp_path / "out"
    runner = CliRunner()
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    recs = {json.loads(ln)["doc_id"]: json.loads(ln) for ln in (out / "records.jsonl").read_text().splitlines()}
    assert recs["laon-pdf"]["is_cls"] and recs["laon-pdf"]["contracts"][0]["territory"]["insee"] == "02408"
    assert recs["crawl/000001"]["is_cls"] and recs["pack/laon"]["is_cls"]
    assert "scan,ingest,pdf_no_text" in (out / "errors.csv").read_text()

    lines = (CORPUS / "docs" / "corpus-a-scraped.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    stdin = "\n".join([*lines, json.dumps({"text": CLS_TEXT})]) + "\n"
    res = runner.invoke(app, ["run", "-", "--out", str(tmp_path / "stdin"), "-q"], input=stdin.encode("utf-8"))
    assert res.exit_code == 0, res.output
    ids = [json.loads(ln)["doc_id"] for ln in (tmp_path / "stdin" / "records.jsonl").read_text().splitlines()]
    assert len(ids) == 4 and "stdin:4" in ids


def test_big_jsonl_is_streamed_with_the_same_results(tmp_path, monkeypatch):
    from pipeline.ingest import jsonl

    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"r{i}", "title": "Titre", "text": f"Texte n° {i} é"}) for i in range(5)]
    path.write_text("\n".join([*lines, "pas du JSON", json.dumps({"text": "sans id"})]) + "\n", encoding="utf-8")
    whole = [(r.doc_id, getattr(r, "text", None), getattr(r, "error_type", None)) for r in iter_inputs([path])]
    monkeypatch.setattr(jsonl, "STREAM_BYTES", 10)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the big file was read whole"))
    streamed = [(r.doc_id, getattr(r, "text", None), getattr(r, "error_type", None)) for r in iter_inputs([path])]
    assert streamed == whole and len(whole) == 7 and whole[-1][0] == "big:7"
