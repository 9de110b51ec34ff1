"""The Report every cue frame produces, and the helpers that build it on exact offsets."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from .. import lexicons
from ..analysis import Word
from ..patterns import lazy_compile
from ..quotes import Quotation
from ..segmentation import Sentence, period_of_abbreviation
from ..types import QuoteKind, Span
from .speaker_phrases import past_or_auxiliary


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


RE_WORD_CHARS = lazy_compile(r"\w+")


def word_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many runs of word characters ``text[start:end]`` holds."""
    return len(RE_WORD_CHARS.findall(text, start, len(text) if end is None else end))


class QuotedStretches:
    """The quoted parts of an article (disjoint), sorted for look-ups by offset in logarithmic time."""

    def __init__(self, parts: Iterable[tuple[int, int]], scare: Iterable[tuple[int, int]] = ()) -> None:
        self.parts = sorted(parts)
        self.starts = [a for a, _ in self.parts]
        self.ends = {b for _, b in self.parts}
        #: Short quoted stretches judged not to be quotes (“illegals”): words a naming verb may frame.
        self.scare = sorted(scare)
        self.scare_starts = [a for a, _ in self.scare]

    def scare_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quoted stretches that are no quotes on their own, inside ``[start, end)``."""
        i = bisect.bisect_left(self.scare_starts, start)
        out = []
        while i < len(self.scare) and self.scare[i][1] <= end:
            out.append(self.scare[i])
            i += 1
        return out

    def scare_around(self, offset: int) -> tuple[int, int] | None:
        """The quoted stretch that is no quote holding ``offset``, if any."""
        i = bisect.bisect_right(self.scare_starts, offset) - 1
        return self.scare[i] if i >= 0 and offset < self.scare[i][1] else None

    def _before(self, offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, offset) - 1
        return self.parts[i] if i >= 0 else None

    def inside(self, offset: int) -> bool:
        """Whether ``offset`` lies strictly inside a quoted part."""
        part = self._before(offset)
        return part is not None and offset < part[1]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted part that began before it."""
        part = self._before(start)
        return part is not None and end <= part[1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some quoted part overlaps ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.parts[i][1] > start

    def marked(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds quotation marks: a quoted part overlaps it or a scare quote lies inside it
        (a one-word "“volatile,”" is a scare quote, which :meth:`overlaps` leaves out)."""
        return self.overlaps(start, end) or bool(self.scare_within(start, end))

    def ending_at(self, end: int) -> tuple[int, int] | None:
        """The quoted part that ends at ``end``, if any."""
        if end not in self.ends:
            return None
        return self._before(end)

    def closes(self, pos: int) -> bool:
        """Whether the character at ``pos`` is the closing mark of a quoted part."""
        return pos + 1 in self.ends


def _outside_quotes(offset: int, quote_chars: QuotedStretches) -> bool:
    return not quote_chars.inside(offset)


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
    # a quotation whose quoted parts the content reaches (not the attribution between an interrupted quote's parts)
    inside = [
        q for q in quotations
        if q.span.start < c_end and q.span.end > c_start
        and (len(q.parts) == 1 or any(p.start < c_end and p.end > c_start for p in q.parts))
    ]
    kind = QuoteKind.INDIRECT
    if inside:
        if inside[0].span.start < sentence.span.start <= c_start:
            c_start = _subject_before(text, inside[0].span.start)  # 'The people of Scranton “deserve ... That’s
            # Hillary Clinton,” he said': the quotation began in an earlier sentence, after its subject
        c_start = min(c_start, inside[0].span.start)
        c_end = max(c_end, inside[-1].span.end)
        whole = inside[0].span.start == c_start and inside[-1].span.end == c_end
        # a cue's whole content in one pair of marks is the speaker's own words, wherever the marks stand
        direct = len(inside) == 1 or all(q.kind is QuoteKind.DIRECT for q in inside)
        kind = QuoteKind.DIRECT if whole and direct else QuoteKind.MIXED
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


#: The subject of a quoted predicate, opening its sentence before the quotation's mark: "(. )The people of
#: Scranton| “deserve ...", "Instead, |Dena Grayson| “is ...". No verb, no punctuation inside it.
RE_SUBJECT_BEFORE_QUOTATION = lazy_compile(
    r"(?:^|\n|[.!?][\"”’']?\s)\s*+(?:\p{Lu}\p{Ll}++,\s++)?(?P<np>\p{Lu}[^\n.!?,;:()\"“”—–]{0,80}?)\s*+$"
)


def _subject_before(text: str, mark: int) -> int:
    """Where the subject before the quotation opening at ``mark`` starts, or ``mark`` where none does: a
    quotation going on in lower case after a short noun phrase that opens its sentence."""
    if not text[mark : mark + 3].lstrip("\"“'").lstrip()[:1].islower():
        return mark
    lead = RE_SUBJECT_BEFORE_QUOTATION.search(text, max(0, mark - 120), mark)
    words = lead.group("np").split() if lead is not None else []
    if lead is None or not words or len(words) > 10:
        return mark
    if text[lead.start()] == "." and period_of_abbreviation(text, lead.start()):
        return mark  # "... and former Massachusetts Gov.| Mitt Romney “were ...”": the sentence began earlier
    if any(
        past_or_auxiliary(w) or w in lexicons.inflections("reporting_verbs") for w in words if w.islower()
    ):
        return mark  # "He called it “...”", "He spoke of “...”", "She says “...”": a clause, not a subject
    return lead.start("np")


#: A short quotation that is a sentence: a capital after the opening mark, a full stop, a question or an
#: exclamation mark before the closing one ('“It is over.”', '“Go away!”').
RE_QUOTED_SENTENCE = lazy_compile(r"(?s)(?:''|[\"“‘'«])\s*+\p{Lu}.*[.!?][,]?\s*+(?:''|[\"”’'»])")


@attrs.define(eq=False)
class Scope:
    """The sentence the frames read, and what they read with it: the article's text, the sentence's index, its
    quotations, the article's quoted stretches and the sentence's parse (None under the rules engine)."""

    text: str
    sentence: Sentence
    index: int
    quotations: list[Quotation]
    quote_chars: QuotedStretches
    words: tuple[Word, ...] | None = None

    def report(
        self, content: tuple[int, int], cue: tuple[int, int], speaker: tuple[int, int] | None
    ) -> Report | None:
        """The report of ``content`` with its cue and speaker in this sentence (see :func:`_report`); a content
        that ends inside a short quoted stretch ('The decision was "deeply disappointing|,"') takes in its closing
        mark."""
        report = _report(
            self.text, self.through_scare(content), cue, speaker, self.sentence, self.index, self.quotations
        )
        if report is not None and report.kind is QuoteKind.INDIRECT:
            scare = self.quote_chars.scare_around(report.content.start)
            whole = scare == (report.content.start, report.content.end)
            naming = report.cue is not None and report.cue.text.split()[-1] in lexicons.inflections("naming_verbs")
            if whole and not naming and RE_QUOTED_SENTENCE.fullmatch(report.content.text):
                # a cue's whole content in one short pair of marks, a sentence of its own, is the speaker's own
                # words too: 'In Smith's words, “It is over.”' (not 'called the plan “a disgrace,”': a name for it)
                return attrs.evolve(report, kind=QuoteKind.DIRECT, quoted=(report.content,))
        return report

    def through_scare(self, content: tuple[int, int]) -> tuple[int, int]:
        """``content``, taking in the closing mark of a short quoted stretch it ends inside."""
        scare = self.quote_chars.scare_around(content[1] - 1)
        if scare is not None and content[0] <= scare[0] and scare[1] > content[1]:
            return content[0], scare[1]
        return content


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–―-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–―-("):
        end -= 1
    return start, end
