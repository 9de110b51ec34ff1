"""Cue frames read off a dependency parse (stanza engine): the subject subtree of a reporting verb is its
speaker, its clausal complement is the content, or, for a verb in parataxis ("..., officials said."), the
rest of the clause it hangs off."""

from __future__ import annotations

import functools

from .. import lexicons
from ..analysis import Word, subtree
from ..quotes import Quotation
from ..segmentation import Sentence
from .clauses import _cut_trailing_attribution
from .report import QuotedStretches, Report, _outside_quotes, _report
from .speaker_phrases import looks_like_speaker

_SUBJECT = ("nsubj", "nsubj:pass")
_COMPLEMENT = ("ccomp", "parataxis")
_MARKS = {"that", ":", ","}


@functools.cache
def _cue_lemmas() -> frozenset[str]:
    return frozenset(w.split()[0] for w in lexicons.words("reporting_verbs"))


def _parse_frame(
    text: str,
    start: int,
    end: int,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: QuotedStretches,
    words: tuple[Word, ...],
) -> Report | None:
    """The first reporting verb (tagged VERB) with a subject and a content the parse makes clear."""
    for i, w in enumerate(words):
        if w.upos != "VERB" or w.lemma.lower() not in _cue_lemmas() or not start <= w.span.start < end:
            continue
        if not _outside_quotes(w.span.start, quote_chars):
            continue
        children = [j for j, x in enumerate(words) if x.head == i + 1]
        subjects = [j for j in children if words[j].deprel in _SUBJECT]
        if not subjects:
            continue
        s_first, s_last = subtree(words, subjects[0])
        speaker = (words[s_first].span.start, words[s_last].span.end)
        if speaker[0] < start or not looks_like_speaker(text[speaker[0] : speaker[1]], strict=False):
            continue
        content = _content(text, words, i, children, start, end)
        if content is None or content[1] - content[0] < 3:
            continue
        return _report(text, content, (w.span.start, w.span.end), speaker, sentence, index, quotations)
    return None


def _content(
    text: str, words: tuple[Word, ...], verb: int, children: list[int], start: int, end: int
) -> tuple[int, int] | None:
    complements = [j for j in children if words[j].deprel in _COMPLEMENT and j > verb]
    if complements:
        first, last = subtree(words, complements[0])
        while first < last and words[first].lemma.lower() in _MARKS:
            first += 1
        c_start = words[first].span.start
        return c_start, _cut_trailing_attribution(text, c_start, min(end, words[last].span.end))
    head = words[verb].head - 1
    if words[verb].deprel in ("parataxis", "ccomp") and head >= 0:
        g_first, g_last = subtree(words, head)
        v_first, v_last = subtree(words, verb)
        if g_first < v_first and v_last < g_last and words[v_first - 1].span.text == ",":
            # "Longer term, they said, the fight ...": the whole sentence around the parenthetical cue
            return max(start, words[g_first].span.start), min(end, words[g_last].span.end)
        if v_first > head:
            return max(start, words[g_first].span.start), words[v_first - 1].span.end if v_first > 0 else start
        if v_last + 1 < len(words):
            return words[v_last + 1].span.start, min(end, words[g_last].span.end)
    return None
