"""Throughput of ``parse_article`` per engine on PolNeAR train+dev, plus a size sweep.

    python benchmarks/throughput.py [--engine rules|stanza] [--rounds 3] [--limit N] [--sweep] [--workers N]
        [--growth]

Single process. Prints the import time of ``newsclaims`` (a fresh interpreter, best of 5, with and without a
bytecode cache), articles/s and MB/s (median of the rounds, after one warm-up pass over a few articles), the
peak RSS of the process, with --sweep
the time per MB for inputs of 1 KB to 8 MB made by concatenating news articles, and with --workers N the
articles/s of ``parse_articles(workers=N)`` beside the serial run, and with --growth 4 MB against 1 MB by CPU
time and by the number of Python function calls.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsclaims  # noqa: E402
from polnear import read_texts  # noqa: E402


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(texts: list[str], engine: str, rounds: int) -> tuple[float, float]:
    """Median articles/s and MB/s over ``rounds`` passes."""
    for text in texts[:5]:
        newsclaims.parse_article(text, engine=engine)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            newsclaims.parse_article(text, engine=engine)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return len(texts) / median, megabytes / median


def _corpus(texts: list[str], size: int) -> str:
    """At least ``size`` characters of news: the articles joined, repeated as needed."""
    corpus = "\n\n".join(texts)
    while len(corpus) < size:
        corpus += "\n\n" + corpus
    return corpus


def size_sweep(texts: list[str], engine: str) -> list[tuple[int, float]]:
    """Seconds per MB for concatenations of 1 KB to 8 MB."""
    corpus = _corpus(texts, 8_000_000)
    out = []
    for size in (1_000, 10_000, 100_000, 1_000_000, 2_000_000, 4_000_000, 8_000_000):
        text = corpus[:size]
        start = time.perf_counter()
        newsclaims.parse_article(text, engine=engine)
        out.append((size, (time.perf_counter() - start) / (size / 1e6)))
    return out


def growth(texts: list[str], engine: str) -> list[tuple[int, float, int]]:
    """For 1 MB and 4 MB of news: CPU seconds (best of two, so other load on the machine counts less than in
    wall time) and the Python function calls ``cProfile`` counts (the work done, whatever the machine's load)."""
    corpus = _corpus(texts, 4_000_000)
    out = []
    for size in (1_000_000, 4_000_000):
        text = corpus[:size]
        seconds = []
        for _ in range(2):
            start = time.process_time()
            newsclaims.parse_article(text, engine=engine)
            seconds.append(time.process_time() - start)
        profile = cProfile.Profile()
        profile.runcall(newsclaims.parse_article, text, engine=engine)
        calls = sum(entry.callcount for entry in profile.getstats())
        out.append((size, min(seconds), calls))
    return out


def import_seconds(*, bytecode_cache: bool) -> float:
    """Best of 5 fresh interpreters: the time ``import newsclaims`` takes (the stanza engine is not loaded).

    With ``bytecode_cache``, as after ``pip install`` (a warm-up run writes the compiled modules to a temporary
    cache folder, outside the source tree); without, every module is compiled from source on import, as where
    ``PYTHONDONTWRITEBYTECODE`` is set (these machines set it).
    """
    code = "import time; t = time.perf_counter(); import newsclaims; print(time.perf_counter() - t)"
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        if bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        runs = [
            float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 env=env).stdout)
            for _ in range(6)
        ]
    return min(runs[1:])  # the first run writes the cache


def parallel(texts: list[str], engine: str, workers: int) -> float:
    """Articles/s of parse_articles with a process pool of ``workers`` (pool start-up included)."""
    start = time.perf_counter()
    for _ in newsclaims.parse_articles(texts, workers=workers, engine=engine, chunksize=8):
        pass
    return len(texts) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", default="rules")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--sweep", action="store_true", help="also run the 1 KB to 8 MB size sweep")
    parser.add_argument("--workers", type=int, default=0, help="also time parse_articles with N processes")
    parser.add_argument("--growth", action="store_true", help="also compare 4 MB with 1 MB by CPU time and calls")
    args = parser.parse_args(argv)
    texts = [t for _, t in read_texts("train") + read_texts("dev")]
    if args.limit:
        texts = texts[: args.limit]
    if not texts:
        print("no PolNeAR articles found: set NEWSCLAIMS_POLNEAR", file=sys.stderr)
        return 2
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(
        f"import newsclaims: {import_seconds(bytecode_cache=True):.3f} s (bytecode cached, as installed), "
        f"{import_seconds(bytecode_cache=False):.3f} s (compiled from source)"
    )
    arts, mbs = throughput(texts, args.engine, args.rounds)
    print(f"engine={args.engine}: {len(texts)} articles, median of {args.rounds} rounds")
    print(f"{'articles/s':>12}{'MB/s':>10}{'peak RSS MB':>14}")
    print(f"{arts:>12.1f}{mbs:>10.3f}{_peak_rss_mb():>14.0f}")
    if args.workers > 1:
        print(f"parse_articles(workers={args.workers}): {parallel(texts, args.engine, args.workers):.1f} articles/s")
    if args.sweep:
        print(f"{'size':>10}{'s/MB':>10}")
        for size, per_mb in size_sweep(texts, args.engine):
            print(f"{size:>10}{per_mb:>10.3f}")
    if args.growth:
        rows = growth(texts, args.engine)
        print(f"{'size':>10}{'CPU s':>10}{'calls':>12}")
        for size, seconds, calls in rows:
            print(f"{size:>10}{seconds:>10.2f}{calls:>12}")
        (_, s1, c1), (_, s4, c4) = rows
        print(f"4 MB / 1 MB: CPU time {s4 / s1:.2f}x, function calls {c4 / c1:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
