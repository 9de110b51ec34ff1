"""Hypothesis strategies for fuzzing newsclaims: arbitrary text, news-shaped text, and perturbed real news.

Shared by the short property tests in the test command (``tests/test_perturbed.py``) and the nightly-sized run
(``python tests/fuzz/nightly.py --examples 100000``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ffd79e35cc8fbba3.txt"

#: Short news-like pieces where PolNeAR is absent, so the strategies always have real sentences to perturb.
FALLBACK = [
    '"We will not back down," said Sen. Ann Lee, a Democrat from Ohio. "Not now."',
    "WASHINGTON (AP) — Two officials, speaking on condition of anonymity because they were not authorized to "
    "discuss the talks, said the deal was close.\n\nThe White House declined to comment.",
    "Title line\n\nLONDON, May 8 (Reuters) - Prices will rise, analysts said on Tuesday. According to the "
    "Treasury, the deficit grew. “It’s a mess,” the minister told reporters. ‘Really?’ she asked.",
]

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "''"]
WHITESPACE = [" ", "\n", "\r\n", "\n\n", "\t", "\u00a0", "\u2028", "  ", "\u200b"]


def news_texts(limit: int = 84) -> list[str]:
    """The seed, PolNeAR dev articles where ../shared is present, and the fallback pieces."""
    texts = [SEED.read_text(encoding="utf-8"), *FALLBACK]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from polnear import polnear_root, read_texts

        if polnear_root().is_dir():
            texts += [text for _, text in read_texts("dev")[:limit]]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return texts


#: Text built from the characters that matter to the pipeline: quote marks, dashes, colons, capitals, breaks.
NEWSY = st.lists(
    st.sampled_from(
        list("aeo tnsAWBH.,:;!?-—\"'“”‘’«»()[]\n\r\t0123") + ["said", " said ", "(AP)", "U.S.", "Ann Lee", "<p>"]
    ),
    max_size=120,
).map("".join)


@st.composite
def perturbed(draw: st.DrawFn, texts: list[str]) -> str:
    """A real article with quote marks inserted, deleted and swapped, paragraphs shuffled, white space and
    quote-mark variants substituted, and maybe cut short."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "swap", "space", "shuffle", "cut", "case"]))
        if not text:
            break
        pos = draw(st.integers(0, len(text) - 1))
        if op == "insert":
            text = text[:pos] + draw(st.sampled_from(QUOTE_MARKS)) + text[pos:]
        elif op == "delete":
            marks = [i for i, ch in enumerate(text) if ch in "\"“”‘’'«»„"]
            if marks:
                i = draw(st.sampled_from(marks))
                text = text[:i] + text[i + 1 :]
        elif op == "swap":
            mark = draw(st.sampled_from(QUOTE_MARKS))
            text = "".join(mark if ch in "\"“”" and draw(st.booleans()) else ch for ch in text[:2000]) + text[2000:]
        elif op == "space":
            old = draw(st.sampled_from([" ", "\n", "\n\n"]))
            text = text.replace(old, draw(st.sampled_from(WHITESPACE)), draw(st.integers(1, 50)))
        elif op == "shuffle":
            paragraphs = text.split("\n\n")
            order = draw(st.permutations(range(len(paragraphs)))) if len(paragraphs) <= 40 else range(len(paragraphs))
            text = "\n\n".join(paragraphs[i] for i in order)
        elif op == "cut":
            text = text[:pos]
        elif op == "case":
            text = text[:pos] + text[pos : pos + 200].upper() + text[pos + 200 :]
    return text
