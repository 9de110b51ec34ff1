"""Flat quote records: one plain row per quote, for tables, CSV files, pandas and Dask.

An :class:`~newsclaims.types.Article` is a tree; analysts usually want a table. A record holds the article id,
the quote and its offsets, kind, cue, speaker name/kind/mention, the resolved source, and whether the speaker
is anonymous, all as plain ``str``/``int``/``bool``/``None`` values.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .types import Article, Quote

if TYPE_CHECKING:  # pandas is optional: imported only by to_records
    import pandas

#: The columns of a quote record, in order.
RECORD_FIELDS = (
    "article_id",
    "quote_index",
    "quote",
    "kind",
    "start",
    "end",
    "paragraph",
    "cue",
    "cue_start",
    "cue_end",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker_kind",
    "anonymous",
)


def quote_records(articles: Iterable[Article], ids: Iterable[object] | None = None) -> Iterator[dict[str, Any]]:
    """One flat record per quote of each article (articles without quotes give no rows).

    ``ids`` names the articles (any values: file names, database keys); by default their position.

    >>> from newsclaims import parse_article, quote_records
    >>> rows = list(quote_records([parse_article('"We will win," said Sen. Ann Lee.')], ids=["a1"]))
    >>> {k: rows[0][k] for k in ("article_id", "kind", "cue", "speaker", "start", "end", "anonymous")}
    {'article_id': 'a1', 'kind': 'direct', 'cue': 'said', 'speaker': 'Ann Lee', 'start': 0, 'end': 14, \
'anonymous': False}
    """
    id_iter = iter(ids) if ids is not None else None
    for position, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TypeError(f"quote_records expects Article objects, not {type(article).__name__}")
        article_id = next(id_iter, position) if id_iter is not None else position
        for index, quote in enumerate(article.quotes):
            yield _record(article_id, index, quote)


def _record(article_id: object, index: int, quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "article_id": article_id,
        "quote_index": index,
        "quote": quote.span.text,
        "kind": quote.kind.value,
        "start": quote.span.start,
        "end": quote.span.end,
        "paragraph": quote.paragraph,
        "cue": quote.cue.text if quote.cue else None,
        "cue_start": quote.cue.start if quote.cue else None,
        "cue_end": quote.cue.end if quote.cue else None,
        "speaker": speaker.name if speaker else None,
        "speaker_mention": speaker.mention.text if speaker else None,
        "speaker_start": speaker.mention.start if speaker else None,
        "speaker_end": speaker.mention.end if speaker else None,
        "speaker_kind": speaker.kind.value if speaker else None,
        "anonymous": bool(speaker and speaker.anonymous),
    }


def to_records(articles: Iterable[Article], ids: Iterable[object] | None = None) -> pandas.DataFrame:
    """The quote records of ``articles`` as a pandas DataFrame, one row per quote (needs pandas).

    >>> from newsclaims import parse_article, to_records
    >>> frame = to_records([parse_article("Oil rose, traders said."), parse_article("No quotes here.")])
    >>> frame[["article_id", "kind", "speaker"]].values.tolist()
    [[0, 'indirect', 'traders']]
    """
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("to_records needs pandas: pip install 'newsclaims[dask]' (or pandas)") from err
    return pandas.DataFrame(list(quote_records(articles, ids)), columns=list(RECORD_FIELDS))
