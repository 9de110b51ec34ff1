"""Language-analysis stage: part of speech, lemmas and dependencies, from the engine in use.

The ``rules`` engine adds nothing here (later stages use word lists and patterns); the ``stanza`` engine parses
every sentence on the project's own tokens, so each word's Span is a token of the original text.
"""

from __future__ import annotations

import functools
from pathlib import Path

import attrs

from . import lexicons
from .segmentation import Segmentation
from .types import Span

ENGINES = ("rules", "stanza")


@attrs.frozen
class Word:
    """One parsed word: its span, universal POS tag, lemma, head (0 for the root, else 1-based) and relation."""

    span: Span
    upos: str
    lemma: str
    head: int
    deprel: str


@attrs.frozen
class Analysis:
    """The segmentation plus, per sentence, its parse (None where the engine gives none)."""

    segmentation: Segmentation
    parses: tuple[tuple[Word, ...] | None, ...]  # None too where no word of the sentence can be a cue
    engine: str = "rules"


def analyse(seg: Segmentation, engine: str = "rules", models: str | Path | None = None) -> Analysis:
    """Analyse every sentence with ``engine``.

    >>> from newsclaims.segmentation import segment_text
    >>> a = analyse(segment_text("Officials said so."))
    >>> a.engine, a.parses
    ('rules', (None,))
    """
    if engine == "rules":
        return Analysis(seg, tuple(None for _ in seg.sentences), "rules")
    if engine == "stanza":
        from .engines.stanza_engine import parse_sentences

        # The attribution stage reads a parse only around a reporting verb: sentences without one are not
        # parsed, which halves the engine's cost on news without changing any result.
        forms = _cue_words()
        tokens = [s.tokens() for s in seg.sentences]
        wanted = [toks if any(t.text in forms for t in toks) else () for toks in tokens]
        return Analysis(seg, tuple(parse_sentences(wanted, models)), "stanza")
    raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(map(repr, ENGINES))}")


@functools.cache
def _cue_words() -> frozenset[str]:
    """Every single word that can be (the first word of) a reporting-verb form."""
    return frozenset(form.split()[0] for form in lexicons.inflections("reporting_verbs"))


def subtree(words: tuple[Word, ...], index: int) -> tuple[int, int]:
    """The (first, last) word indexes, 0-based, of the subtree headed by word ``index`` (0-based).

    Dependency subtrees of a projective parse are contiguous; for a non-projective one this is the extent.
    """
    children: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        children.setdefault(w.head - 1, []).append(i)
    first = last = index
    stack = [index]
    while stack:
        node = stack.pop()
        first, last = min(first, node), max(last, node)
        stack.extend(children.get(node, []))
    return first, last
