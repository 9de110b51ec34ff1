"""Hostile inputs: time, quotes found and offset mismatches for each, and how time grows from 1 MB to 4 MB.

    python benchmarks/hostile.py

The held-out check of the robustness issue asks for 0 exceptions (besides TypeError for non-str input),
0 offset mismatches, and 4 MB within 6x of 1 MB; this prints those figures for the inputs below.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import newsclaims

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_ffd79e35cc8fbba3.txt").read_text(encoding="utf-8")

CASES = {
    "empty": "",
    "whitespace": " \n\t\r\n\u00a0" * 1000,
    "nul bytes": "\x00" * 10_000 + SEED,
    "100k straight marks": '"' * 100_000,
    "alternating curly": "“”" * 50_000,
    "unclosed 1 MB quote": "“" + "word " * 200_000,
    "500-deep nesting": "“‘" * 500 + "x" + "’”" * 500,
    "lone surrogates": "\ud800" + SEED + "\udfff",
    "RTL and combining": ("שלום \u202eevil\u202c Ze\u0301lie\u0301 said \"we wi\u0300ll win.\" " * 2000),
    "CRLF": SEED.replace("\n", "\r\n") * 50,
    "HTML markup": "<html><body>" + "".join(f"<p>{p}</p>" for p in SEED.split("\n\n")) * 50 + "</body></html>",
    "5 MB single line": "the minister said the plan would work and " * 120_000,
    "1 MB of spaces": "Officials said" + " " * 1_000_000 + "that the plan failed.",
    "cues x 2,000, no stop": "He said the plan was good and said it would work " * 2_000,
    "40,000 unspaced quotes": 'He left."We won." ' * 40_000,
    "anonymity x 8,000": "\n\n".join(
        f"The plan {i} will fail, an official said on condition of anonymity because he was not authorized to "
        "speak. “It is over,” another said."
        for i in range(8000)
    ),
}


def run(text: str) -> tuple[float, int, int]:
    start = time.perf_counter()
    article = newsclaims.parse_article(text)
    elapsed = time.perf_counter() - start
    bad = sum(1 for s in article.spans() if text[s.start : s.end] != s.text)
    return elapsed, len(article.quotes), bad


def main() -> int:
    failures = 0
    print(f"{'input':24}{'chars':>10}{'seconds':>9}{'quotes':>8}{'bad spans':>10}")
    for name, text in CASES.items():
        try:
            elapsed, quotes, bad = run(text)
        except Exception as err:  # the point of the benchmark: count them
            print(f"{name:24}{len(text):>10}  EXCEPTION {type(err).__name__}: {err}")
            failures += 1
            continue
        failures += bad > 0
        print(f"{name:24}{len(text):>10}{elapsed:>9.2f}{quotes:>8}{bad:>10}")
    news = SEED + "\n\n"
    one = (news * (1_000_000 // len(news) + 1))[:1_000_000]
    four = (news * (4_000_000 // len(news) + 1))[:4_000_000]
    t1, t4 = run(one)[0], run(four)[0]
    print(f"news 1 MB: {t1:.2f} s; 4 MB: {t4:.2f} s; ratio {t4 / t1:.2f} (goal: at most 6)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
