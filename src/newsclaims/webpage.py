"""HTML input: take a saved news page, keep the article (title, byline, date, body), and parse that.

The page's main text and metadata come from trafilatura, a well-kept extractor that drops navigation, ads,
scripts and comments. The article newsclaims parses is plain text built from them: the title, a ``By``
line, a ``Published:`` line, then the body paragraphs, separated by blank lines, so the layout stage finds
the title and metadata the usual way and every Span indexes ``Article.text``. Nothing is ever fetched: the
``url`` argument is metadata only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from .pipeline import _check_engine, _check_text, parse_article
from .types import Article


def page_text(html: str, url: str | None = None) -> str:
    """The article of an HTML page as plain text (title, byline, date, paragraphs), or "" where none is found.

    >>> from newsclaims.webpage import page_text
    >>> page = ("<html><head><title>Storm hits coast</title><meta name='author' content='Ann Lee'></head><body>"
    ...         "<nav>Home</nav><article><h1>Storm hits coast</h1><p>The storm hit land on Monday, officials "
    ...         "said, and thousands of people were left without power across the region.</p></article></body>"
    ...         "</html>")
    >>> print(page_text(page))
    Storm hits coast
    <BLANKLINE>
    By Ann Lee
    <BLANKLINE>
    The storm hit land on Monday, officials said, and thousands of people were left without power across the region.
    """
    _check_text(html, "html")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    fields = _extract(html, url)
    if not fields.get("text"):
        return ""
    title = _one_line(fields.get("title"))
    body = [line.strip() for line in str(fields["text"]).splitlines() if line.strip()]
    if title and body and body[0] == title:
        body = body[1:]
    head = []
    if title:
        head.append(title)
    if fields.get("author"):
        head.append(f"By {_one_line(fields['author'])}")
    if fields.get("date"):
        head.append(f"Published: {_one_line(fields['date'])}")
    return "\n\n".join(head + body)


def parse_html(
    html: str, url: str | None = None, *, engine: str = "rules", models: str | Path | None = None
) -> Article:
    """Parse a saved HTML news page: the extracted article, with ``url`` recorded (never fetched).

    >>> page = ("<html><head><title>Oil rises</title></head><body><article><p>Oil prices rose sharply on "
    ...         "Monday after the storm closed several refineries along the coast, traders said.</p>"
    ...         "<script>var x = '<p>said nobody</p>';</script></article></body></html>")
    >>> from newsclaims import parse_html
    >>> a = parse_html(page, url="https://example.com/oil")
    >>> a.title.text, a.quotes[0].speaker.name, a.url
    ('Oil rises', 'traders', 'https://example.com/oil')
    """
    _check_engine(engine, models)
    text = page_text(html, url)
    return attrs.evolve(parse_article(text, engine=engine, models=models), url=url)


def _extract(html: str, url: str | None) -> dict[str, Any]:
    if not html.strip():
        return {}
    try:
        import trafilatura
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("parse_html needs trafilatura: pip install trafilatura") from err
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # the publication date from the page's metadata only: no guessing from copyright lines or URLs
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return {}
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return {k: v for k, v in fields.items() if isinstance(v, str) and v.strip()}


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())

