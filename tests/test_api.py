"""The public API: names, argument checks, empty input, and the Article/str equivalence."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import Article, Span, attribute_sources, extract_quotes, parse_article

DOCUMENTED = [
    "AnonymityCondition", "Article", "ArticleError", "Dateline", "Quote", "QuoteKind", "ReasonKind", "Source",
    "Span", "Speaker", "SpeakerKind", "__version__", "attribute_sources", "extract_quotes", "from_dict", "from_json",
    "parse_article", "parse_articles", "parse_html", "quote_records", "to_dict", "to_json", "to_records",
]


def test_all_is_the_documented_api() -> None:
    """__all__ lists exactly the documented names, sorted."""
    assert newsclaims.__all__ == sorted(newsclaims.__all__) == DOCUMENTED


@pytest.mark.parametrize("name", [n for n in DOCUMENTED if n != "__version__"])
def test_every_public_item_has_a_runnable_example_and_a_reference_entry(name: str) -> None:
    """Each public function and type has a docstring with a doctest example, and the API page lists it."""
    from pathlib import Path

    obj = getattr(newsclaims, name)
    assert obj.__doc__ and ">>>" in obj.__doc__, f"{name} has no example"
    api = (Path(__file__).resolve().parent.parent / "docs" / "api.rst").read_text(encoding="utf-8")
    assert f"newsclaims.{name}\n" in api


@pytest.mark.parametrize("func", [parse_article, extract_quotes, attribute_sources])
@pytest.mark.parametrize("value", [None, 42, ["text"], 3.5])
def test_non_str_raises_type_error(func: object, value: object) -> None:
    """A non-str input raises TypeError naming its type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        func(value)  # type: ignore[operator]


def test_bytes_says_decode() -> None:
    """bytes input is refused with advice to decode."""
    with pytest.raises(TypeError, match="decode"):
        parse_article(b"Officials said so.")  # type: ignore[arg-type]


def test_unknown_engine() -> None:
    """An unknown engine name is a ValueError naming the known ones."""
    with pytest.raises(ValueError, match="rules"):
        parse_article("Officials said so.", engine="spacy")


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n", "\x00\x00", "\ufeff"])
def test_empty_input_gives_empty_article(text: str) -> None:
    """Empty or whitespace text gives an Article with nothing in it."""
    article = parse_article(text)
    assert isinstance(article, Article)
    assert article.quotes == () and article.sources == () and article.title is None


def test_article_input_is_not_parsed_again(seed_text: str) -> None:
    """extract_quotes and attribute_sources accept an Article and return its own objects."""
    article = parse_article(seed_text)
    assert extract_quotes(article) == list(article.quotes)
    assert attribute_sources(article) == list(article.sources)
    assert extract_quotes(seed_text) == list(article.quotes)


def test_span_validation() -> None:
    """A Span whose text does not fit its offsets cannot be made."""
    with pytest.raises(ValueError):
        Span(3, 1, "")
    with pytest.raises(ValueError):
        Span(0, 3, "ab")
    assert Span.of("abcdef", 1, 3) == Span(1, 3, "bc")


def test_frozen() -> None:
    """Results are immutable."""
    article = parse_article("Oil rose, traders said.")
    with pytest.raises(AttributeError):
        article.text = "x"  # type: ignore[misc]


def test_json_round_trip_on_seed(seed_text: str) -> None:
    """to_dict/from_dict and to_json/from_json give back an equal Article."""
    article = parse_article(seed_text)
    assert newsclaims.from_dict(newsclaims.to_dict(article)) == article
    assert newsclaims.from_json(newsclaims.to_json(article)) == article
    data = newsclaims.to_dict(article)
    assert data["updated"] == "2016-12-09T14:51:04+05:30"
    assert data["quotes"][3]["kind"] == "direct"


def test_deterministic(seed_text: str) -> None:
    """The same input gives the same output."""
    assert parse_article(seed_text) == parse_article(seed_text)


def test_every_argument_is_checked() -> None:
    """Engines, models, batch sizes and the things passed to the helpers are checked with clear messages,
    before any work is done."""
    from newsclaims import parse_articles, parse_html, quote_records, to_records
    from newsclaims.render import to_html

    with pytest.raises(TypeError, match="models"):
        parse_article("Officials said so.", models=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="engine"):
        extract_quotes(parse_article("Officials said so."), engine=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single str"):
        parse_articles("Officials said so.")
    with pytest.raises(ValueError, match="chunksize"):
        parse_articles(["x"], chunksize=0)
    with pytest.raises(ValueError, match="workers"):
        parse_articles(["x"], workers=True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="engine"):
        parse_articles(["x"], engine="spacy")
    with pytest.raises(TypeError, match="decode"):
        parse_html(b"<p>x</p>")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Article"):
        to_html("Officials said so.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Article"):
        list(quote_records(["Officials said so."]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="Article"):
        to_records([None])  # type: ignore[list-item]
