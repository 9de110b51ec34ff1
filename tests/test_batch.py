"""parse_articles: input order, worker processes equal to the serial run, error records."""

from __future__ import annotations

import pytest

from conftest import polnear_texts
from newsclaims import Article, ArticleError, parse_article, parse_articles


def test_serial_in_order() -> None:
    """Results come back in input order, from any iterable, lazily."""
    texts = (t for t in ["Oil rose, traders said.", "", "Gold fell, dealers said."])
    results = list(parse_articles(texts))
    assert [len(a.quotes) for a in results if isinstance(a, Article)] == [1, 0, 1]


def test_workers_equal_serial(seed_text: str) -> None:
    """Two worker processes give exactly the serial results, in order."""
    texts = [seed_text, "Oil rose, traders said.", "No quotes here."] * 5
    assert list(parse_articles(texts, workers=2, chunksize=2)) == [parse_article(t) for t in texts]


@pytest.mark.polnear
def test_workers_on_dev() -> None:
    """On real articles too."""
    texts = [t for _, t in polnear_texts("dev")[:12]]
    assert list(parse_articles(texts, workers=2)) == list(parse_articles(texts))


def test_error_records_and_raise() -> None:
    """A bad item yields an error record and the batch goes on; errors="raise" stops it."""
    results = list(parse_articles(["Oil rose, traders said.", b"bytes", "Gold fell, dealers said."]))  # type: ignore[list-item]
    assert isinstance(results[1], ArticleError) and results[1].index == 1 and results[1].error == "TypeError"
    assert isinstance(results[2], Article)
    with pytest.raises(TypeError):
        list(parse_articles(["ok", 3], errors="raise"))  # type: ignore[list-item]


def test_bad_arguments() -> None:
    """Arguments are checked with clear messages."""
    with pytest.raises(ValueError, match="workers"):
        list(parse_articles(["x"], workers=0))
    with pytest.raises(ValueError, match="errors"):
        list(parse_articles(["x"], errors="ignore"))


def test_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    """progress=True draws a bar on standard error, nothing on standard output."""
    list(parse_articles(["Oil rose, traders said."] * 3, progress=True))
    captured = capsys.readouterr()
    assert captured.out == "" and "3" in captured.err and "article" in captured.err
