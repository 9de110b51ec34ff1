"""Dask helpers: run newsclaims over a Dask bag or dataframe of texts, on one machine or a cluster.

Each partition is parsed by :func:`~newsclaims.parse_article` in whichever worker holds it; the rules engine
needs no models, and the stanza engine loads its models once per worker process. Needs ``dask`` (and
``pandas`` for dataframes): ``pip install 'newsclaims[dask]'``.

>>> import dask.bag as db
>>> from newsclaims.dask import quote_records_bag
>>> bag = db.from_sequence(["Oil rose, traders said.", '"We won," said Sen. Ann Lee.'], npartitions=2)
>>> [r["speaker"] for r in quote_records_bag(bag, ids=["a", "b"]).compute(scheduler="sync")]
['traders', 'Ann Lee']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .pipeline import parse_article
from .records import RECORD_FIELDS, quote_records
from .types import Article

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas


def parse_bag(
    texts: dask.bag.Bag, *, engine: str = "rules", models: str | Path | None = None
) -> dask.bag.Bag:
    """A bag of :class:`~newsclaims.types.Article` from a bag of article texts (lazy, like every bag).

    >>> import dask.bag as db
    >>> from newsclaims.dask import parse_bag
    >>> articles = parse_bag(db.from_sequence(["Oil rose, traders said."], npartitions=1))
    >>> [a.quotes[0].speaker.name for a in articles.compute(scheduler="sync")]
    ['traders']
    """
    return texts.map(parse_article, engine=engine, models=models)


def quote_records_bag(
    texts: dask.bag.Bag,
    *,
    ids: Iterable[object] | dask.bag.Bag | None = None,
    engine: str = "rules",
    models: str | Path | None = None,
) -> dask.bag.Bag:
    """A bag of flat quote records (see :func:`newsclaims.records.quote_records`), one per quote.

    ``ids`` is a bag (or sequence) of article ids aligned with ``texts``; by default each article's position
    in the bag.

    >>> import dask.bag as db
    >>> from newsclaims.dask import quote_records_bag
    >>> bag = db.from_sequence(["No quote.", "Gold fell, dealers said."], npartitions=2)
    >>> [(r["article_id"], r["cue"]) for r in quote_records_bag(bag).compute(scheduler="sync")]
    [(1, 'said')]
    """
    import dask.bag as db

    if ids is None:
        keyed = _positions(texts)
    elif isinstance(ids, db.Bag):
        keyed = db.zip(ids, texts)
    else:
        keyed = db.zip(db.from_sequence(list(ids), npartitions=texts.npartitions), texts)
    return keyed.map_partitions(_records_of_partition, engine, models)


def quote_records_frame(
    frame: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    engine: str = "rules",
    models: str | Path | None = None,
) -> dask.dataframe.DataFrame:
    """A Dask dataframe of quote records from a Dask dataframe with one article text per row.

    ``id_column`` names the column that identifies articles (default: the frame's index).

    >>> import pandas, dask.dataframe as dd
    >>> from newsclaims.dask import quote_records_frame
    >>> frame = dd.from_pandas(pandas.DataFrame({"text": ["Oil rose, traders said.", "Nothing here."]}),
    ...                        npartitions=1)
    >>> quote_records_frame(frame).compute(scheduler="sync")[["article_id", "speaker"]].values.tolist()
    [[0, 'traders']]
    """
    import pandas

    meta = pandas.DataFrame({name: pandas.Series(dtype="object") for name in RECORD_FIELDS})
    return frame.map_partitions(_frame_partition, text_column, id_column, engine, models, meta=meta)


def _positions(texts: dask.bag.Bag) -> dask.bag.Bag:
    """(position, text) pairs, lazily: each partition is numbered from the sizes of the partitions before it,
    and every partition is read once, when the result is computed."""
    import dask.bag as db
    from dask.delayed import delayed

    parts = [delayed(list)(part) for part in texts.to_delayed()]
    sizes = [delayed(len)(part) for part in parts]
    offsets = [delayed(sum)(sizes[:i]) for i in range(len(parts))]
    return db.from_delayed([delayed(_number)(o, p) for o, p in zip(offsets, parts, strict=True)])


def _number(offset: int, part: list[str]) -> list[tuple[int, str]]:
    return [(offset + i, text) for i, text in enumerate(part)]


def _records_of_partition(
    pairs: Iterable[tuple[object, str]], engine: str, models: str | Path | None
) -> list[dict[str, Any]]:
    ids: list[object] = []
    articles: list[Article] = []
    for article_id, text in pairs:
        ids.append(article_id)
        articles.append(parse_article(text, engine=engine, models=models))
    return list(quote_records(articles, ids))


def _frame_partition(
    part: pandas.DataFrame, text_column: str, id_column: str | None, engine: str, models: str | Path | None
) -> pandas.DataFrame:
    import pandas

    ids = part[id_column].tolist() if id_column is not None else part.index.tolist()
    articles = [parse_article(text, engine=engine, models=models) for text in part[text_column].tolist()]
    rows = list(quote_records(articles, ids))
    return pandas.DataFrame(rows, columns=list(RECORD_FIELDS)).astype("object")
