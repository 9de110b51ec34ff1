"""The pipeline: one straight chain of stages, and the public entry points built on it."""

from __future__ import annotations

from pathlib import Path

from .analysis import ENGINES, analyse
from .anonymity import find_anonymity
from .assemble import assemble
from .coreference import resolve_coreference
from .cues import find_cues
from .layout import find_layout
from .quotes import find_quotes
from .segmentation import segment
from .speakers import find_speakers
from .types import Article, Quote, Source


def parse_article(text: str, *, engine: str = "rules", models: str | Path | None = None) -> Article:
    """Read one article: title, dateline, paragraphs, quotes with cues and speakers, sources, anonymity.

    Args:
        text: the article as plain text, the title on the first line if there is one.
        engine: ``"rules"`` (the default: no models, fast, deterministic) or ``"stanza"`` (stanza's parser,
            offline, on the bundled models unless ``models`` says otherwise).
        models: for ``engine="stanza"``: ``None`` (the bundled models), ``"official"`` (stanza's own English
            models from the user's stanza resources folder) or a folder holding a resources.json.

    Returns:
        The :class:`~newsclaims.types.Article`; every Span in it indexes ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``engine`` is not a known engine.
        FileNotFoundError: the stanza models asked for are not there (the message names the fix).

    >>> a = parse_article('WASHINGTON (AP) — "We will act," Sen. Ann Lee said Tuesday.')
    >>> a.dateline.location, a.quotes[0].speaker.name, a.quotes[0].speaker.title
    ('WASHINGTON', 'Ann Lee', 'Sen.')
    """
    _check_text(text)
    _check_engine(engine, models)
    analysis = analyse(segment(find_layout(text)), engine, models)
    return assemble(
        find_anonymity(resolve_coreference(find_speakers(find_cues(find_quotes(analysis))))),
        engine=engine,
    )


def extract_quotes(
    text_or_article: str | Article, *, engine: str = "rules", models: str | Path | None = None
) -> list[Quote]:
    """The quotes of an article (a ``str``, or an Article already parsed, which is not parsed again).

    >>> [q.kind.value for q in extract_quotes("The plan is dead, officials said.")]
    ['indirect']
    """
    return list(_article(text_or_article, engine, models).quotes)


def attribute_sources(
    text_or_article: str | Article, *, engine: str = "rules", models: str | Path | None = None
) -> list[Source]:
    """One Source per distinct source of the article, with its mentions and quotes.

    >>> [(s.name, len(s.quotes)) for s in attribute_sources('"Yes," Jo Park said. "No," Park said.')]
    [('Jo Park', 2)]
    """
    return list(_article(text_or_article, engine, models).sources)


def _article(text_or_article: str | Article, engine: str, models: str | Path | None) -> Article:
    if isinstance(text_or_article, Article):
        _check_engine(engine, models)
        return text_or_article
    return parse_article(text_or_article, engine=engine, models=models)


def _check_text(text: object, name: str = "text") -> None:
    if isinstance(text, bytes | bytearray):
        raise TypeError(
            f"{name} must be a str, not {type(text).__name__}: decode the bytes first ({name}.decode('utf-8'))"
        )
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a str, not {type(text).__name__}")


def _check_engine(engine: object, models: object = None) -> None:
    if not isinstance(engine, str) or engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(map(repr, ENGINES))}")
    if models is not None and not isinstance(models, str | Path):
        raise TypeError(f"models must be None, 'official' or a folder path, not {type(models).__name__}")
