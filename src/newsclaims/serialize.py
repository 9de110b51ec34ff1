"""JSON-ready dicts and JSON text for every result type, and back (cattrs)."""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from .types import Article, QuoteKind, ReasonKind, SpeakerKind

if TYPE_CHECKING:
    from cattrs.preconf.json import JsonConverter

T = TypeVar("T")


@functools.cache
def _converter() -> JsonConverter:
    """The converter, built on first use: importing cattrs is a tenth of newsclaims' import time."""
    from cattrs.preconf.json import make_converter

    converter = make_converter()
    converter.register_unstructure_hook(datetime, lambda d: d.isoformat())
    converter.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
    for enum in (QuoteKind, SpeakerKind, ReasonKind):
        converter.register_unstructure_hook(enum, lambda member: member.value)
    return converter


def to_dict(obj: object) -> Any:
    """A plain, JSON-ready structure (dicts, lists, strings, numbers) for any result object.

    >>> from newsclaims import parse_article
    >>> to_dict(parse_article("Oil rose, traders said."))["quotes"][0]["kind"]
    'indirect'
    """
    return _converter().unstructure(obj)


def from_dict(data: Any, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Rebuild a result object (an Article unless ``cls`` says otherwise) from :func:`to_dict` output.

    >>> from newsclaims import parse_article
    >>> a = parse_article("Oil rose, traders said.")
    >>> from_dict(to_dict(a)) == a
    True
    """
    return _converter().structure(data, cls)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """JSON text for any result object (non-ASCII characters kept as they are).

    >>> from newsclaims import extract_quotes
    >>> to_json(extract_quotes("“Ça suffit,” said Émile Roux.")[0].speaker)[:60]
    '{"mention": {"start": 18, "end": 28, "text": "Émile Roux"}, '
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(data: str, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Rebuild a result object (an Article unless ``cls`` says otherwise) from :func:`to_json` output.

    >>> from newsclaims import Quote, extract_quotes
    >>> q = extract_quotes('"We won," she said.')[0]
    >>> from_json(to_json(q), Quote) == q
    True
    """
    return from_dict(json.loads(data), cls)
