"""Regex audit: every pattern the library runs over user text, fed its worst cases, in bounded time.

Patterns are collected from the package's modules (module-level patterns, compiled or lazy) and from the patterns built
from word lists. Each is run the way the library runs it (``match`` at one position, or a scan with ``search``
and ``finditer``, as its call sites in the source say) over long adversarial strings (runs of the characters
and words the patterns look for) under the ``regex`` module's ``timeout``: a pattern with catastrophic
backtracking raises TimeoutError. Doubling the input must not much more than double the time.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from pathlib import Path
from typing import cast

import pytest
import regex

import newsclaims
from newsclaims.anonymity import _condition_pattern, _outlet_relative, _outlet_subject
from newsclaims.cues.clauses import _verb_forms
from newsclaims.layout import _boilerplate_pattern
from newsclaims.patterns import LazyPattern

SKIP_MODULES = ("newsclaims.engines", "newsclaims.dask", "newsclaims.__main__")


def _patterns() -> dict[str, regex.Pattern[str]]:
    found: dict[str, regex.Pattern[str]] = {}
    for info in pkgutil.walk_packages(newsclaims.__path__, "newsclaims."):
        if info.name.startswith(SKIP_MODULES):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (regex.Pattern, LazyPattern)):  # module-level patterns compile on first use
                found.setdefault(f"{info.name}.{name}", cast("regex.Pattern[str]", value))
    found["layout._boilerplate_pattern()"] = _boilerplate_pattern()
    found["anonymity._condition_pattern()"] = _condition_pattern()
    found["anonymity._outlet_subject()"] = _outlet_subject()
    found["anonymity._outlet_relative()"] = _outlet_relative()
    for first, pattern in _verb_forms()[1].items():
        found[f"clauses.phrasal[{first}]"] = pattern
    return found


PATTERNS = _patterns()
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in Path(newsclaims.__file__).parent.rglob("*.py"))
#: Patterns only ever anchored at one position by their callers (``.match``); all others are scanned.
MATCH_ONLY = {
    name
    for name in PATTERNS
    if "." in name and (short := name.rsplit(".", 1)[1]).startswith("RE_")
    and re.search(rf"\b{short}\.(?:search|finditer|findall|sub|subn|split)\(", SOURCE) is None
} | {"layout._boilerplate_pattern()", "anonymity._outlet_subject()"} | {
    name for name in PATTERNS if name.startswith("clauses.phrasal[")
}

#: Repeated units that make patterns work hardest: the words, marks and separators they look for.
UNITS = [
    "a", " ", "a ", "A ", "A. ", "Mr. ", ", ", ",a", "\"", "“", "”'", "said ", "that ", "he said, ", "the ",
    "U.S.", "1,", "(", "<p>", "— ", ":", "-", "asked not to be named ", "according to ", "The Office of the ",
    "who ", "photo ", "ly ", "\n", "\r\n", "'s ", "...", "ab cd, ",
]
SIZE = 4_000


def _run(pattern: regex.Pattern[str], text: str, match_only: bool) -> float:
    start = time.perf_counter()
    if match_only:
        pattern.match(text, timeout=5)
    else:
        pattern.search(text, timeout=5)
        for _ in pattern.finditer(text, timeout=5):
            pass
    return time.perf_counter() - start


def test_patterns_were_collected() -> None:
    assert len(PATTERNS) > 60 and 10 < len(MATCH_ONLY) < len(PATTERNS) - 10


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_worst_cases(name: str) -> None:
    """No input makes the pattern backtrack catastrophically: every run ends well within the timeout, and the
    slowest unit costs about twice as much on twice the input."""
    pattern = PATTERNS[name]
    match_only = name in MATCH_ONLY
    times = []
    for unit in UNITS:
        text = (unit * (SIZE // len(unit) + 1))[:SIZE]
        times.append((_run(pattern, text, match_only), unit))
    slowest, unit = max(times)
    assert slowest < 2.0, f"{name}: {slowest:.2f}s on {unit!r} x {SIZE}"
    if slowest > 0.02:  # measurable: check the growth, each size timed at its best of three (a busy machine's
        # pauses are not the pattern's)
        single = (unit * (SIZE // len(unit) + 1))[:SIZE]
        double = (unit * (2 * SIZE // len(unit) + 1))[: 2 * SIZE]
        base = min(slowest, *(_run(pattern, single, match_only) for _ in range(2)))
        grown = min(_run(pattern, double, match_only) for _ in range(3))
        assert grown < 3.5 * base + 0.05, f"{name}: superlinear on {unit!r}"
