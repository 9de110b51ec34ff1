"""newsclaims: who claimed what in English news articles.

>>> import newsclaims
>>> article = newsclaims.parse_article('"Prices will fall," said Maria Lopez, an economist.')
>>> q = article.quotes[0]
>>> q.kind.value, q.cue.text, q.speaker.name, q.speaker.description
('direct', 'said', 'Maria Lopez', 'an economist')
"""

from __future__ import annotations

from .batch import ArticleError, parse_articles
from .pipeline import attribute_sources, extract_quotes, parse_article
from .records import quote_records, to_records
from .serialize import from_dict, from_json, to_dict, to_json
from .types import (
    AnonymityCondition,
    Article,
    Dateline,
    Quote,
    QuoteKind,
    ReasonKind,
    Source,
    Span,
    Speaker,
    SpeakerKind,
)
from .webpage import parse_html

__version__ = "0.1.0"

__all__ = [
    "AnonymityCondition",
    "Article",
    "ArticleError",
    "Dateline",
    "Quote",
    "QuoteKind",
    "ReasonKind",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "attribute_sources",
    "extract_quotes",
    "from_dict",
    "from_json",
    "parse_article",
    "parse_articles",
    "parse_html",
    "quote_records",
    "to_dict",
    "to_json",
    "to_records",
]


def __dir__() -> list[str]:
    return sorted(__all__)
