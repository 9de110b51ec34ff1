"""Nightly-sized fuzzing: many examples of arbitrary, news-shaped and perturbed real text.

    python tests/fuzz/nightly.py [--examples 100000] [--seed N]

Checks on every example what the property tests check (no exception, every Span indexes the input, the same
result twice, the JSON round trip, ``extract_quotes`` equal to ``parse_article(...).quotes``) and prints a
summary; the exit status is 1 if any example failed (hypothesis prints the shrunk failing input).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fuzz.strategies import NEWSY, news_texts, perturbed  # noqa: E402
from newsclaims import extract_quotes, from_json, parse_article, to_json  # noqa: E402


def check(text: str) -> None:
    """The invariants every input must keep."""
    article = parse_article(text)
    for span in article.spans():
        assert text[span.start : span.end] == span.text, span
    assert parse_article(text) == article
    assert from_json(to_json(article)) == article
    assert extract_quotes(text) == list(article.quotes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    texts = news_texts()
    strategy = st.one_of(NEWSY, st.text(max_size=400), perturbed(texts))
    started = time.perf_counter()

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(text: str) -> None:
        check(text)

    try:
        run()
    except Exception as err:
        traceback.print_exc()
        for note in getattr(err, "__notes__", []):  # hypothesis adds the falsifying example as a note
            print(note)
        print(f"FAILED after {time.perf_counter() - started:.0f} s: {type(err).__name__}: {err}")
        return 1
    print(f"{args.examples} examples passed in {time.perf_counter() - started:.0f} s "
          f"({len(texts)} real texts perturbed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
