"""Integrity of the word lists shipped as data: sorted, no duplicates, no stray spaces, each one used."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from newsclaims import lexicons

LEXICONS = Path(lexicons.__file__).parent
SOURCE = LEXICONS.parent
#: Pattern lists whose order is the order their patterns are tried in.
ORDERED = {"boilerplate", "anonymity_phrases"}


def _entries(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.txt")), ids=lambda p: p.stem)
def test_word_list(path: Path) -> None:
    """Each list is sorted (unless its order matters), has no duplicates and no stray white space."""
    entries = _entries(path)
    assert entries, "empty list"
    assert len(entries) == len(set(entries)), "duplicates"
    assert all(e == e.strip() and "  " not in e for e in entries), "stray white space"
    if path.stem in ORDERED:
        for pattern in entries:
            regex.compile(pattern)
    else:
        assert entries == sorted(entries), "not sorted"


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.tsv")), ids=lambda p: p.stem)
def test_table(path: Path) -> None:
    """Each table has two tab-separated columns and unique keys."""
    rows = [e.split("\t") for e in _entries(path)]
    assert all(len(r) == 2 and r[0] and r[1] for r in rows)
    keys = [r[0] for r in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("path", sorted([*LEXICONS.glob("*.txt"), *LEXICONS.glob("*.tsv")]), ids=lambda p: p.stem)
def test_lexicon_is_used(path: Path) -> None:
    """Every data file is read by some stage."""
    code = "".join(p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.py"))
    assert f'"{path.stem}"' in code


def test_reporting_verbs_size() -> None:
    """At least 200 reporting-verb lemmas, and every inflection of them."""
    assert len(lexicons.words("reporting_verbs")) >= 200
    forms = lexicons.inflections("reporting_verbs")
    for form in ("said", "told", "predicted", "pointed out", "went on to say", "admitted", "replied", "argues"):
        assert form in forms


def test_final_l_has_both_spellings() -> None:
    """A verb that doubles its final "l" in British spelling keeps the American forms too: "labeled" beside
    "labelled", "signaling" beside "signalling"."""
    forms = lexicons.inflections("reporting_verbs")
    for form in ("labeled", "labelled", "labeling", "labelling", "signaled", "signalled", "signaling", "signalling"):
        assert form in forms
    assert "calll" not in forms and "callled" not in forms


def test_disjoint_lists() -> None:
    """Time words are never speaker nouns; titles never time words."""
    assert not lexicons.words("time_words") & lexicons.words("speaker_nouns")
    assert not {t.lower() for t in lexicons.words("titles")} & {w.lower() for w in lexicons.words("time_words")}
