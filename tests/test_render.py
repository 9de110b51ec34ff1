"""HTML rendering: escaping, colours per source, legend, and the page as headless Chromium shows it."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEED
from newsclaims import from_json, parse_article, to_json
from newsclaims.render import PALETTE, to_html


class _Collector(HTMLParser):
    """Tags, their attributes, and the visible text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def _collect(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_markup_in_the_article_is_text() -> None:
    """An article holding <script>, tags and attribute-breaking quotes renders them as visible text only."""
    text = ('Hack alert\n\n"<script>alert(1)</script> is <b>bold</b>," said Jo "The Hammer" Park. '
            '<img src=x onerror=alert(2)> Officials said the <iframe> was removed.')
    page = to_html(parse_article(text))
    parsed = _collect(page)
    assert {tag for tag, _ in parsed.tags} <= {"html", "head", "meta", "title", "style", "body", "h1", "div", "h2",
                                               "ul", "li", "span", "p", "b"}
    assert not any(tag in ("script", "img", "iframe") for tag, _ in parsed.tags)
    assert not any(k.startswith("on") for _, a in parsed.tags for k in a)
    visible = "".join(parsed.text)
    assert "<script>alert(1)</script>" in visible and "<img src=x onerror=alert(2)>" in visible


def test_seed_page_colours_legend_and_hover() -> None:
    """One colour per source in the legend and on that source's quotes; cues, speakers and the anonymity
    condition are marked; hover text names the speaker."""
    article = parse_article(SEED.read_text(encoding="utf-8"))
    page = to_html(article)
    parsed = _collect(page)
    legend = [a for t, a in parsed.tags if t == "span" and a.get("class") == "swatch"]
    assert len(legend) == len(article.sources) == 3
    quote_spans = [a for t, a in parsed.tags if t == "span" and "quote" in (a.get("class") or "").split()]
    carter = next(i for i, s in enumerate(article.sources) if s.name == "Ash Carter")
    carter_quotes = [a for a in quote_spans if "speaker: Ash Carter" in (a.get("title") or "")]
    assert carter_quotes and all(PALETTE[carter] in (a.get("style") or "") for a in carter_quotes)
    classes = " ".join(a.get("class") or "" for t, a in parsed.tags)
    for mark in ("cue", "speaker", "anonymous", "anonymity", "dateline"):
        assert mark in classes.split()
    assert any((a.get("class") or "").startswith("boilerplate") for t, a in parsed.tags if t == "p")
    # a parsed article read back from JSON renders the same page
    assert to_html(from_json(to_json(article))) == page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_seed_page_in_headless_chromium(tmp_path: Path) -> None:
    """The seed page, opened in headless Chromium, shows the legend and every quote; a screenshot is saved."""
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (tests/setup/install_chromium.sh could not install it here)")
    article = parse_article(SEED.read_text(encoding="utf-8"))
    page = tmp_path / "seed.html"
    page.write_text(to_html(article), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    visible = " ".join("".join(_collect(dom).text).split())
    assert "Sources (3)" in visible and "Ash Carter" in visible
    for quote in article.quotes:
        assert " ".join(quote.span.text.split()) in visible
    shot = tmp_path / "seed.png"
    subprocess.run([browser, *flags, f"--screenshot={shot}", "--window-size=1000,2400", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    print(f"screenshot: {shot}")
