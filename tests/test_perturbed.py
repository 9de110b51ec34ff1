"""Property tests over perturbed real news, determinism across processes, and no network, ever."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from conftest import SEED
from fuzz.nightly import check
from fuzz.strategies import news_texts, perturbed
from newsclaims import parse_article, parse_html, to_json
from newsclaims.cli import main

TEXTS = news_texts()


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(perturbed(TEXTS))
def test_perturbed_news(text: str) -> None:
    """Quote marks inserted, deleted and swapped, paragraphs shuffled, white space and mark variants: no
    exception, exact spans, deterministic, JSON round trip, extract_quotes agrees."""
    check(text)


def test_same_output_across_processes() -> None:
    """Fresh interpreters with different hash seeds give byte-identical JSON (no set-order dependence)."""
    texts = TEXTS[:6]
    expected = [to_json(parse_article(t)) for t in texts]
    code = ("import json, sys, newsclaims; texts = json.load(sys.stdin); "
            "print(json.dumps([newsclaims.to_json(newsclaims.parse_article(t)) for t in texts]))")
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                             check=True, env=env).stdout
        assert json.loads(out) == expected


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way to open a connection or resolve a name raises, and is recorded."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


PAGE = """<html><head><title>Oil rises</title><link rel="stylesheet" href="https://cdn.example.com/a.css">
<script src="https://cdn.example.com/track.js"></script></head><body><article><h1>Oil rises</h1>
<p>Oil prices rose sharply on Monday after the storm closed several refineries along the coast, traders said.</p>
<img src="https://images.example.com/storm.jpg"></article></body></html>"""


def test_no_network_seed_html_cli_and_stanza(no_network: list[str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The seed, an HTML page full of remote links (with a URL given), the CLI and the stanza engine on the
    bundled models all run with sockets blocked, and none tries to connect."""
    seed = SEED.read_text(encoding="utf-8")
    assert len(parse_article(seed).quotes) == 6
    article = parse_html(PAGE, url="https://example.com/oil")
    assert article.url == "https://example.com/oil" and article.quotes[0].speaker is not None
    page = tmp_path / "oil.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["--jsonl", str(SEED), str(page)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert parse_article(seed, engine="stanza").quotes
