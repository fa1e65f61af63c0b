"""Bad inputs next to good ones: every bad input is an errors.csv row or a record with warnings, and
the good documents beside them come out exactly as in a run of the good documents alone.

The bad files are generated here, in a temporary folder (no binary fixture is committed). The table
in README.md ("Robustness") lists the same cases and what they yield.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from pipeline.run import MAX_CHARS, run
from tests.conftest import CORPUS

GOOD = ["corpus-a01-amiens.txt", "corpus-a15-dunkerque.html", "corpus-a22-rennes.html"]
LAON = "Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 avec l'ARS Hauts-de-France.\n"
BIG_TEXT_BYTES = 50 * 10**6
BIG_LINE_CHARS = 20 * 10**6


def _laon(tag: str) -> str:
    """The Laon announcement plus a line of its own, so no two inputs are duplicates of each other."""
    return LAON + f"Référence du document : {tag}.\n"


def _big_text() -> bytes:
    """50 MB of distinct French lines (no CLS mention: the screen keeps spaCy off it)."""
    line = "Ligne {:08d} : la santé publique à l'école, réunion du 3 juin 2024, budget de 30 000 €.\n"
    n = BIG_TEXT_BYTES // len(line.format(0).encode()) + 1
    return "".join(line.format(i) for i in range(n)).encode()[:BIG_TEXT_BYTES].rsplit(b"\n", 1)[0] + b"\n"


def _jsonl_lines() -> list[str]:
    # One line, no sentence end, no CLS mention (spaCy on 500k characters would dominate the suite).
    big = ("la santé publique à l'école et le 3 juin 2024 mot " * (BIG_LINE_CHARS // 50 + 1))[:BIG_LINE_CHARS]
    return [
        '{"id": "j-broken", "text": "contrat local de santé"',  # 1 truncated JSON
        "[1, 2, 3]",  # 2 a list
        '"just a string"',  # 3 a string
        "null",  # 4
        "42",  # 5
        json.dumps({"id": "j-notext", "title": "CLS de Laon"}),  # 6 no text/html
        json.dumps({"id": "j-textnum", "text": 12}),  # 7 text not a string
        json.dumps({"id": "j-blank", "text": "  \n "}),  # 8 empty text
        "{not json at all",  # 9
        json.dumps({"id": "j-big", "text": big}),  # 10 a 20 MB line
        json.dumps({"id": "j-good", "text": _laon("j-good")}),  # 11 a good record among the bad ones
    ]


def make_bad_inputs(bad: Path) -> None:
    bad.mkdir(parents=True)
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (bad / "png-as-html.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "whitespace.txt").write_bytes(" \t\n\r\n\u00a0\u2009\n  \n".encode())
    (bad / "huge.txt").write_bytes(_big_text())
    (bad / "utf16-bom.txt").write_bytes(_laon("utf16-bom").encode("utf-16"))
    (bad / "utf16-nobom.txt").write_bytes(_laon("utf16-nobom").encode("utf-16-le"))
    (bad / "cp1252.txt").write_bytes((_laon("cp1252") + "Budget : 30 000 €.\n").encode("cp1252"))
    (bad / "mixed-encodings.txt").write_bytes(_laon("mixed").encode("utf-8") + "Budget : 30 000 €, santé.\n".encode("cp1252"))
    (bad / "mojibake-one-line.txt").write_bytes(
        (LAON.strip() + " " + "La santÃ© publique Ã  l'Ã©cole. " * 2000).encode()
    )
    (bad / "truncated.html").write_bytes(
        "<html><head><title>Contrat local de santé de Laon</title></head><body><article><p>".encode()
        + LAON.encode()[:70]
    )
    (bad / "nested.html").write_text(
        "<html><body>" + "<div>" * 10_000 + _laon("nested") + "</div>" * 10_000 + "</body></html>", encoding="utf-8"
    )
    (bad / "all-script.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><script>"
        + "document.write('x');" * 500
        + "</script><style>p{}</style></body></html>",
        encoding="utf-8",
    )
    (bad / "scraped.jsonl").write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    (bad / "binary.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    os.symlink("loop-b.txt", bad / "loop-a.txt")
    os.symlink("loop-a.txt", bad / "loop-b.txt")
    os.symlink("does-not-exist.txt", bad / "dangling.txt")
    (bad / "sub").mkdir()
    os.symlink("..", bad / "sub" / "up")  # a folder loop: rglob must not follow it
    os.mkfifo(bad / "fifo.txt")  # not a regular file: reading it would block
    with zipfile.ZipFile(bad / "slip.zip", "w") as zf:
        zf.writestr("../../evil.txt", LAON)
        zf.writestr("ok/laon.txt", _laon("zip member"))
    with zipfile.ZipFile(bad / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"\0" * (80 * 2**20))  # 80 MB of zeros in ~80 kB


# (file, doc_id, error_type, words the message must contain); the stage is always "ingest"
EXPECTED_ERRORS = [
    ("binary.txt", "binary", "binary", "binary data"),
    ("png-as-html.html", "png-as-html", "binary", "binary data"),
    ("empty.txt", "empty", "empty", "no text"),
    ("whitespace.txt", "whitespace", "empty", "no text"),
    ("all-script.html", "all-script", "empty", "no text"),
    ("scraped.jsonl", "scraped:1", "malformed_jsonl", "line 1: bad JSON"),
    ("scraped.jsonl", "scraped:2", "malformed_jsonl", "not an object"),
    ("scraped.jsonl", "scraped:3", "malformed_jsonl", "not an object"),
    ("scraped.jsonl", "scraped:4", "malformed_jsonl", "not an object"),
    ("scraped.jsonl", "scraped:5", "malformed_jsonl", "not an object"),
    ("scraped.jsonl", "j-notext", "malformed_jsonl", "no 'text'"),
    ("scraped.jsonl", "j-textnum", "malformed_jsonl", "no 'text'"),
    ("scraped.jsonl", "j-blank", "empty", "text is empty"),
    ("scraped.jsonl", "scraped:9", "malformed_jsonl", "line 9: bad JSON"),
    ("binary.jsonl", "binary", "binary", "binary data"),
    ("loop-a.txt", "loop-a", "unreadable", "symlink loop"),
    ("loop-b.txt", "loop-b", "unreadable", "symlink loop"),
    ("dangling.txt", "dangling", "unreadable", "broken symbolic link"),
    ("fifo.txt", "fifo", "unreadable", "not a regular file"),
]
ZIP_ERRORS = [("slip.zip", "unsafe"), ("bomb.zip", "")]

# doc_id -> (warnings the record must carry, check on the record)
EXPECTED_RECORDS = {
    "huge": ["truncated"],
    "j-big": ["truncated"],
    "utf16-bom": [],
    "utf16-nobom": ["decoded_utf16_no_bom"],
    "cp1252": ["decoded_cp1252"],
    "mixed-encodings": ["decoded_cp1252"],
    "mojibake-one-line": ["mojibake_repaired"],
    "truncated": [],
    "nested": ["html_too_deep"],
    "j-good": [],
}
LAON_DOCS = ["utf16-bom", "utf16-nobom", "cp1252", "mixed-encodings", "mojibake-one-line", "nested", "j-good"]


def _records(out: Path) -> dict[str, dict]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["doc_id"]: r for r in map(json.loads, lines)}


def _errors(out: Path) -> list[dict]:
    with open(out / "errors.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("bad")
    good = base / "good"
    good.mkdir()
    for name in GOOD:
        shutil.copy(CORPUS / "docs" / name, good / name)
    make_bad_inputs(base / "bad")
    alone, mixed = base / "out-good", base / "out-mixed"
    run([good], alone, workers=1)
    run([good, base / "bad"], mixed, workers=1)
    return {"alone": alone, "mixed": mixed, "bad": base / "bad", "good": good}


def test_good_documents_unchanged_by_bad_neighbours(runs):
    alone, mixed = _records(runs["alone"]), _records(runs["mixed"])
    assert len(alone) == len(GOOD) and all(r["is_cls"] for r in alone.values())
    for doc_id, rec in alone.items():
        assert mixed[doc_id] == rec, doc_id
    assert _errors(runs["alone"]) == []


@pytest.mark.parametrize(("name", "doc_id", "error_type", "words"), EXPECTED_ERRORS)
def test_bad_input_is_an_error_row(runs, name, doc_id, error_type, words):
    rows = [e for e in _errors(runs["mixed"]) if Path(e["input_path"]).name == name and e["doc_id"] == doc_id]
    assert len(rows) == 1, f"{name} [{doc_id}]: {rows or _errors(runs['mixed'])}"
    (row,) = rows
    assert (row["stage"], row["error_type"]) == ("ingest", error_type) and words in row["message"], row
    assert "Traceback" not in row["message"]
    assert doc_id not in _records(runs["mixed"])


@pytest.mark.parametrize(("archive", "words"), ZIP_ERRORS)
def test_unsafe_zip_is_an_error_row(runs, archive, words):
    rows = [e for e in _errors(runs["mixed"]) if archive in e["input_path"]]
    assert rows, f"no error row for {archive}"
    assert all(e["stage"] == "ingest" and words in (e["message"] + e["error_type"]).lower() for e in rows), rows
    # Nothing was extracted next to (or above) the archive.
    assert not (runs["bad"] / "evil.txt").exists() and not (runs["bad"].parent / "evil.txt").exists()


def test_zip_slip_keeps_the_safe_member(runs):
    recs = _records(runs["mixed"])
    assert "slip/ok/laon" in recs and recs["slip/ok/laon"]["contracts"]


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_RECORDS))
def test_odd_input_is_a_record_with_warnings(runs, doc_id):
    rec = _records(runs["mixed"]).get(doc_id)
    assert rec is not None, f"no record for {doc_id}; errors: {[e for e in _errors(runs['mixed']) if e['doc_id'] == doc_id]}"
    assert set(EXPECTED_RECORDS[doc_id]) <= set(rec["warnings"]), rec["warnings"]
    if doc_id in LAON_DOCS:
        # Decoded right: the contract of Laon is found, with its signing date, and the text reads.
        (contract,) = rec["contracts"]
        assert contract["territory"]["name"] == "Laon" and contract["signing_date"] == "2024-06-03"
        assert "contrat local de santé" in rec["text"] and "Ã" not in rec["text"] and "\ufffd" not in rec["text"]
    if doc_id in ("cp1252", "mixed-encodings"):
        assert "30 000 €" in rec["text"]


def test_size_cap_truncates(runs):
    recs = _records(runs["mixed"])
    for doc_id in ("huge", "j-big"):
        assert "truncated" in recs[doc_id]["warnings"]
    assert MAX_CHARS < BIG_LINE_CHARS


def test_every_bad_file_is_accounted_for(runs):
    """Each bad file produced at least one error row or one record: nothing is silently dropped."""
    recs, errs = _records(runs["mixed"]), _errors(runs["mixed"])
    seen = {Path(r["input_path"]).name for r in recs.values()} | {Path(e["input_path"].split("!")[0]).name for e in errs}
    expected = {p.name for p in runs["bad"].iterdir() if p.name not in ("sub",)}
    assert expected - seen == set()
    manifest = json.loads((runs["mixed"] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["errors"] == len(errs)


def test_read_error_becomes_a_row(tmp_path, monkeypatch):
    """A file that cannot be read. As root, chmod 000 does not stop reads, so the OSError is
    simulated by patching Path.read_bytes for that one file (the test below does it for real)."""
    from pipeline.ingest import IngestError, iter_inputs

    target = tmp_path / "locked.txt"
    target.write_text(LAON, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    (res,) = list(iter_inputs([tmp_path]))
    assert isinstance(res, IngestError) and res.error_type == "read_error" and "Permission denied" in res.message


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not prevent reading")
def test_chmod_000_file_becomes_a_row(tmp_path):
    from pipeline.ingest import IngestError, iter_inputs

    target = tmp_path / "locked.txt"
    target.write_text(LAON, encoding="utf-8")
    target.chmod(0)
    try:
        (res,) = list(iter_inputs([tmp_path]))
    finally:
        target.chmod(0o644)
    assert isinstance(res, IngestError) and res.error_type == "read_error"


def test_short_page_is_not_doubled():
    """trafilatura 2.0 returns some short pages twice over; the text must hold them once."""
    from pipeline.ingest import extract_html

    para = "Le contrat local de santé de Laon a été signé le 3 juin 2024 avec l'ARS et la CPAM."
    page = extract_html(f"<html><head><title>CLS</title></head><body><article><p>{para}</p>"
                        "<p>Il porte sur l'accès aux soins et la santé mentale.</p></article></body></html>")
    assert page is not None and page.text.count(para) == 1


def test_text_without_sentence_ends_stays_linear():
    """A scraped line of 120k characters with a CLS mention every 40: territory candidates are
    read from a bounded window around each mention (it used to be the whole text: minutes)."""
    import signal

    from pipeline.extract import orgs, territory

    text = ("Le contrat local de santé de Laon, mot " * 3000)[:120_000]
    spans = [(i, i + 22) for i in range(0, len(text), 40)]

    def on_alarm(signum, frame):
        raise TimeoutError("find_mentions still running after 30 s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(30)  # a hang guard, not a speed target (about a second when linear)
    try:
        mentions = territory.find_mentions(text, None, orgs.find_orgs(text), spans)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert mentions
