"""The dependency parse (stanza engine) refines what the rule frames found: the subject subtree of the cue
verb is the speaker mention, its clausal complement the reported content, where they agree with the rules."""

from __future__ import annotations

import attrs

from ..analysis import Word, subtree
from ..quotes import Quotation
from ..types import QuoteKind, Span
from .clauses import _cut_trailing_attribution
from .report import Report, _trim
from .speaker_phrases import looks_like_speaker

_SUBJECT = ("nsubj", "nsubj:pass")
_COMPLEMENT = ("ccomp", "parataxis")
_MARKS = {"that", ":", ","}


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


def refine_with_parse(
    text: str, report: Report, words: tuple[Word, ...], start: int, end: int, quotations: list[Quotation]
) -> Report:
    """Replace the speaker and content spans by the parse's subject and complement subtrees where those
    overlap what the rules found; keep the rules' reading everywhere else."""
    if report.cue is None:
        return report
    verb = next((i for i, w in enumerate(words) if w.span.start == report.cue.start), None)
    if verb is None or words[verb].upos not in ("VERB", "AUX"):
        return report
    children = [j for j, x in enumerate(words) if x.head == verb + 1]
    speaker = report.speaker
    subjects = [j for j in children if words[j].deprel in _SUBJECT]
    if subjects and speaker is not None:
        first, last = subtree(words, subjects[0])
        s_start, s_end = words[first].span.start, words[last].span.end
        if s_start < speaker.end and speaker.start < s_end and s_start >= start and s_end <= report.cue.start:
            if looks_like_speaker(text[s_start:s_end], strict=False):
                speaker = Span.of(text, s_start, s_end)
    content = report.content
    if report.kind is QuoteKind.INDIRECT and report.content.start > report.cue.end:
        found = _content(text, words, verb, children, start, end)
        found = _trim(text, *found) if found is not None else None
        if found is not None and found[0] < content.end and content.start < found[1] and found[1] > found[0]:
            content = Span.of(text, *found)
    if content is report.content and speaker is report.speaker:
        return report
    return attrs.evolve(report, content=content, speaker=speaker)
