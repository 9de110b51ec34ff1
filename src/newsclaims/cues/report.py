"""The Report every cue frame produces, and the helpers that build it on exact offsets."""

from __future__ import annotations

import attrs

from ..quotes import Quotation
from ..segmentation import Sentence
from ..types import QuoteKind, Span


@attrs.frozen
class Report:
    """One attribution found in the text, before its speaker is analysed."""

    content: Span
    kind: QuoteKind
    cue: Span | None
    speaker: Span | None
    paragraph: int
    sentence: int
    quoted: tuple[Span, ...] = ()


def _outside_quotes(offset: int, quote_chars: list[tuple[int, int]]) -> bool:
    return not any(a < offset < b for a, b in quote_chars)


def _report(
    text: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    speaker: tuple[int, int] | None,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
) -> Report | None:
    c_start, c_end = _trim(text, *content)
    inside = [q for q in quotations if q.span.start < c_end and q.span.end > c_start]
    kind = QuoteKind.INDIRECT
    if inside:
        c_start = min(c_start, inside[0].span.start)
        c_end = max(c_end, inside[-1].span.end)
        whole = inside[0].span.start == c_start and inside[-1].span.end == c_end
        kind = QuoteKind.DIRECT if whole and all(q.kind is QuoteKind.DIRECT for q in inside) else QuoteKind.MIXED
    if c_end <= c_start:
        return None
    quoted = tuple(p for q in inside for p in q.parts)
    return Report(
        content=Span.of(text, c_start, c_end),
        kind=kind,
        cue=Span.of(text, *cue),
        speaker=Span.of(text, *speaker) if speaker else None,
        paragraph=sentence.paragraph,
        sentence=index,
        quoted=quoted,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    return start, end
