"""The whole pipeline runs with the network cut: same records as a normal run, and no socket opened.

Sockets are disabled by patching the socket module (socket(), create_connection, getaddrinfo,
gethostbyname) to raise; any attempt is also recorded, so a library that swallows the error
still fails the test."""

from __future__ import annotations

import json
import shutil
import socket

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import CORPUS

DOCS = ["corpus-a01-amiens.txt", "corpus-a15-dunkerque.html", "corpus-a-scraped.jsonl"]
runner = CliRunner()


class NetworkCut(RuntimeError):
    pass


def cut_network(monkeypatch) -> list[str]:
    """Disable the socket module for the rest of the test; returns the list of attempts."""
    attempts: list[str] = []

    def refuse(name):
        def _refuse(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise NetworkCut(f"network access attempted: {name}{args[:2]}")

        return _refuse

    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket{args[:2]}")
            raise NetworkCut("network access attempted: socket()")

    monkeypatch.setattr(socket, "socket", NoSocket)
    return attempts


@pytest.fixture
def no_network(monkeypatch):
    return cut_network(monkeypatch)


def _run(inputs, out) -> dict[str, dict]:
    res = runner.invoke(app, ["run", *map(str, inputs), "--out", str(out), "--quiet", "--workers", "1"])
    assert res.exit_code == 0, res.output
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["doc_id"]: r for r in map(json.loads, lines)}


def test_socket_patch_works(no_network):
    with pytest.raises(NetworkCut):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkCut):
        socket.socket()
    assert len(no_network) == 2


def test_pipeline_runs_offline(tmp_path, monkeypatch):
    src = tmp_path / "docs"
    src.mkdir()
    for name in DOCS:
        shutil.copy(CORPUS / "docs" / name, src / name)
    normal = _run([src], tmp_path / "online")
    attempts = cut_network(monkeypatch)
    offline = _run([src], tmp_path / "offline")
    assert attempts == [], attempts
    assert offline == normal
    assert sum(r["format"] == "html" for r in offline.values()) >= 1
    assert sum(r["format"] == "jsonl" for r in offline.values()) >= 2
    assert any(r["is_cls"] for r in offline.values())
