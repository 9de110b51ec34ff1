"""Batches: ``parse_articles`` over any iterable of texts, in input order, optionally in worker processes."""

from __future__ import annotations

import concurrent.futures
import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from .pipeline import parse_article
from .types import Article

_Job = tuple[int, str, str, "str | Path | None", bool]


@attrs.frozen
class ArticleError:
    """What a batch yields in place of an article that could not be parsed (``errors="record"``)."""

    index: int
    error: str
    message: str


def parse_articles(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    progress: bool = False,
    engine: str = "rules",
    models: str | Path | None = None,
    errors: str = "record",
    chunksize: int = 16,
) -> Iterator[Article | ArticleError]:
    """Parse many articles lazily, yielding results in input order.

    Args:
        texts: any iterable of article texts (a list, a generator over files, a database cursor).
        workers: ``None`` or 1 parses in this process; more uses a process pool of that size, sending texts in
            chunks of ``chunksize`` (each worker loads its models once).
        progress: show a progress bar (count, rate, ETA) on standard error.
        engine, models: as for :func:`~newsclaims.parse_article`.
        errors: ``"record"`` yields an :class:`ArticleError` for an article that fails and goes on;
            ``"raise"`` stops the batch with the error.

    >>> [a.quotes[0].cue.text for a in parse_articles(["Oil rose, traders said.", "Gold fell, dealers said."])]
    ['said', 'said']
    """
    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', not {errors!r}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    jobs = ((i, text, engine, models, errors == "raise") for i, text in enumerate(texts))
    yield from _with_progress(_run(jobs, workers, chunksize), progress)


def _run(jobs: Iterator[_Job], workers: int | None, chunksize: int) -> Iterator[Article | ArticleError]:
    if workers is None or workers == 1:
        yield from (_parse_one(job) for job in jobs)
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        # map keeps input order; feeding it in slices keeps memory bounded for endless iterables
        while chunk := list(itertools.islice(jobs, chunksize * workers * 4)):
            yield from pool.map(_parse_one, chunk, chunksize=chunksize)


def _parse_one(job: _Job) -> Article | ArticleError:
    index, text, engine, models, raise_errors = job
    try:
        return parse_article(text, engine=engine, models=models)
    except Exception as err:
        if raise_errors:
            raise
        return ArticleError(index=index, error=type(err).__name__, message=str(err))


def _with_progress(results: Iterable[Article | ArticleError], progress: bool) -> Iterator[Article | ArticleError]:
    if not progress:
        yield from results
        return
    from tqdm import tqdm  # type: ignore[import-untyped]  # installed with stanza; loaded only for a bar

    yield from tqdm(results, unit="article", file=sys.stderr)
