"""parse_html: the article of a saved page (made here from real article text), its metadata, and bad input."""

from __future__ import annotations

import pytest

from conftest import SEED
from newsclaims import parse_article, parse_html
from newsclaims.webpage import page_text

pytest.importorskip("trafilatura")

SEED_TEXT = SEED.read_text(encoding="utf-8")
TITLE, *BODY = [p for p in SEED_TEXT.split("\n\n") if p.strip()]


def _page() -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY if not p.startswith(("Updated Date", "Representational")))
    return f"""<!DOCTYPE html><html><head><title>{TITLE} | Example News</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2016-12-09T09:21:04+05:30">
<script>window.tracker = "<p>said nobody, ever</p>";</script></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<article><h1>{TITLE}</h1>
{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Celebrity says sorry</a></li></ul></aside>
<footer>Copyright 2016 Example News. All rights reserved.</footer></body></html>"""


def test_saved_page_reads_like_the_article() -> None:
    """Title, byline and date come from the page's metadata; navigation, script, sidebar and footer are gone;
    the quotes and speakers are those of the plain-text article."""
    article = parse_html(_page(), url="https://news.example.com/iraq")
    assert article.title is not None and article.title.text.startswith("Iraq prepares for new fight")
    assert [m.text for m in article.metadata] == ["By Jane Reporter", "Published: 2016-12-09"]
    assert article.published is not None and article.published.date().isoformat() == "2016-12-09"
    for junk in ("Home", "Most read", "Celebrity", "Copyright", "tracker", "said nobody"):
        assert junk not in article.text
    plain = parse_article(SEED_TEXT)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        (q.kind, q.speaker.name if q.speaker else None) for q in plain.quotes
    ]
    for span in article.spans():
        assert article.text[span.start : span.end] == span.text
    assert article.url == "https://news.example.com/iraq"


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<html><body></body></html>"])
def test_pages_without_an_article_give_an_empty_one(html: str) -> None:
    article = parse_html(html)
    assert article.text == page_text(html) == "" and article.quotes == ()


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="decode"):
        parse_html(b"<html></html>")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="url"):
        parse_html("<html></html>", url=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="engine"):
        parse_html("<html></html>", engine="spacy")
