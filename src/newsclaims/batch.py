"""Batches: ``parse_articles`` over any iterable of texts, in input order, optionally in worker processes."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from .pipeline import _check_engine, parse_article
from .types import Article
from .webpage import parse_html

#: (index, text, is_html, engine, models, raise errors)
_Job = tuple[int, str, bool, str, "str | Path | None", bool]


@attrs.frozen
class ArticleError:
    """What a batch yields in place of an article that could not be parsed (``errors="record"``).

    Attributes:
        index: the article's position in the input.
        error: the exception's type name ("TypeError").
        message: the exception's message.

    >>> results = list(parse_articles(["Oil rose, traders said.", None]))  # doctest: +ELLIPSIS
    >>> results[1]
    ArticleError(index=1, error='TypeError', message='text must be a str, not NoneType')
    """

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
    html: bool = False,
) -> Iterator[Article | ArticleError]:
    """Parse many articles lazily, yielding results in input order.

    Args:
        texts: any iterable of article texts (a list, a generator over files, a database cursor).
        workers: ``None`` or 1 parses in this process; more uses a process pool of that size, sending texts in
            chunks of ``chunksize`` (each worker loads its models once).
        progress: show a progress bar (count, rate, ETA) on standard error.
        engine, models: as for :func:`~newsclaims.parse_article`.
        errors: ``"record"`` yields an :class:`ArticleError` for an article that fails and goes on;
            ``"raise"`` stops the batch with the error. Missing stanza models stop the batch either way.
        chunksize: how many texts a worker takes at a time.
        html: the texts are HTML pages, read with :func:`~newsclaims.parse_html`.

    >>> [a.quotes[0].cue.text for a in parse_articles(["Oil rose, traders said.", "Gold fell, dealers said."])]
    ['said', 'said']
    """
    if isinstance(texts, str | bytes):
        raise TypeError("texts must be an iterable of str (a list or generator), not a single str")
    return _parse_stream(((text, html) for text in texts), workers, progress, engine, models, errors, chunksize)


def _parse_stream(
    items: Iterable[tuple[str, bool]],
    workers: int | None,
    progress: bool,
    engine: str,
    models: str | Path | None,
    errors: str,
    chunksize: int,
) -> Iterator[Article | ArticleError]:
    """``parse_articles`` over (text, is_html) pairs: the CLI mixes plain-text and HTML inputs."""
    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', not {errors!r}")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    _check_engine(engine, models)
    jobs = ((i, text, is_html, engine, models, errors == "raise") for i, (text, is_html) in enumerate(items))
    return _with_progress(_run(jobs, workers, chunksize), progress)


def _run(jobs: Iterator[_Job], workers: int | None, chunksize: int) -> Iterator[Article | ArticleError]:
    if workers is None or workers == 1:
        yield from (_parse_one(job) for job in jobs)
        return
    import concurrent.futures  # deferred: only a pool needs it, and it costs import time

    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        # map keeps input order; feeding it in slices keeps memory bounded for endless iterables
        while chunk := list(itertools.islice(jobs, chunksize * workers * 4)):
            yield from pool.map(_parse_one, chunk, chunksize=chunksize)


def _parse_one(job: _Job) -> Article | ArticleError:
    index, text, is_html, engine, models, raise_errors = job
    try:
        if is_html:
            return parse_html(text, engine=engine, models=models)
        return parse_article(text, engine=engine, models=models)
    except FileNotFoundError:
        raise  # missing stanza models: no article can be parsed, so the batch stops with the message
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
