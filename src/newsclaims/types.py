"""The public result types: frozen, slotted attrs classes that convert to JSON and back.

Every located thing carries a :class:`Span` whose offsets index the original input string.
"""

from __future__ import annotations

import enum
from datetime import datetime

import attrs


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if not 0 <= instance.start <= instance.end:
        raise ValueError(f"Span offsets must satisfy 0 <= start <= end, got {instance.start}, {instance.end}")
    if len(instance.text) != instance.end - instance.start:
        raise ValueError(
            f"Span text has {len(instance.text)} characters but covers {instance.end - instance.start}"
        )


@attrs.frozen(order=True)
class Span:
    """A half-open stretch ``[start, end)`` of the original input, with its text.

    ``text[span.start:span.end] == span.text`` always holds for the input the span came from.

    >>> text = "Baghdad: Officials said so."
    >>> s = Span.of(text, 0, 7)
    >>> s
    Span(start=0, end=7, text='Baghdad')
    >>> text[s.start:s.end] == s.text
    True
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Make the span of ``text[start:end]``; the only way the library builds spans."""
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start


class QuoteKind(str, enum.Enum):
    """How the reported content is given.

    DIRECT: the speaker's words in quotation marks. MIXED: reported speech that holds a quoted fragment.
    INDIRECT: reported speech with no quotation marks.
    """

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


class SpeakerKind(str, enum.Enum):
    """What sort of thing a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class ReasonKind(str, enum.Enum):
    """Why a source was granted anonymity, as the article states it."""

    NOT_AUTHORIZED = "not_authorized"
    SENSITIVITY = "sensitivity"
    SAFETY = "safety"
    LEGAL = "legal"
    GROUND_RULES = "ground_rules"
    OTHER = "other"
    UNSTATED = "unstated"


@attrs.frozen
class Dateline:
    """Where (and from which agency, and when) a story was filed: ``WASHINGTON, May 8 (Reuters) -``.

    >>> from newsclaims import parse_article
    >>> parse_article("KYIV, Ukraine (AP) — Officials met on Monday.").dateline.location
    'KYIV'
    """

    span: Span
    location: str | None
    region: str | None = None
    agency: str | None = None
    date: str | None = None
    month: int | None = None
    day: int | None = None


@attrs.frozen
class Speaker:
    """Who a quote is attributed to, at the place it is attributed.

    ``mention`` is the naming phrase at the cue ("he", "Rep. Jerry Nadler"); ``name`` is the canonical name
    (resolved through ``antecedent`` for pronouns and short names), or the description for unnamed groups.
    """

    mention: Span
    name: str
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    antecedent: Span | None = None
    title: str | None = None
    description: str | None = None
    affiliation: str | None = None
    anonymous: bool = False
    count: int | None = None


@attrs.frozen
class Quote:
    """One piece of reported content with its cue and speaker.

    For DIRECT and MIXED quotes ``span`` includes the quotation marks; ``quoted`` lists the stretches
    in quotation marks inside it.

    >>> from newsclaims import extract_quotes
    >>> q = extract_quotes('"We will win," she said.')[0]
    >>> q.kind.value, q.span.text, q.cue.text
    ('direct', '"We will win,"', 'said')
    """

    span: Span
    kind: QuoteKind
    cue: Span | None = None
    speaker: Speaker | None = None
    paragraph: int = 0
    quoted: tuple[Span, ...] = ()


@attrs.frozen
class AnonymityCondition:
    """A stated condition of anonymity ("on condition of anonymity") with its reason and its sources."""

    span: Span
    reason: str | None = None
    reason_kind: ReasonKind = ReasonKind.UNSTATED
    reason_span: Span | None = None
    sources: tuple[Speaker, ...] = ()


@attrs.frozen
class Source:
    """One distinct source of the article, aggregating all its mentions and quotes."""

    name: str
    kind: SpeakerKind
    anonymous: bool
    mentions: tuple[Span, ...] = ()
    names: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    count: int | None = None
    quotes: tuple[Quote, ...] = ()


@attrs.frozen
class Article:
    """Everything the library reads from one article.

    >>> from newsclaims import parse_article
    >>> a = parse_article("Storm hits coast\\n\\nMIAMI (AP) — The storm hit land, officials said.")
    >>> a.title.text, a.dateline.agency, len(a.quotes)
    ('Storm hits coast', 'AP', 1)
    """

    text: str
    title: Span | None = None
    dateline: Dateline | None = None
    published: datetime | None = None
    updated: datetime | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    anonymity: tuple[AnonymityCondition, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    metadata: tuple[Span, ...] = ()
    engine: str = "rules"

    def spans(self) -> list[Span]:
        """Every span the article holds, for checks such as the offset invariant."""
        return list(_iter_spans(self))


def _iter_spans(obj: object) -> list[Span]:
    out: list[Span] = []
    stack: list[object] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, Span):
            out.append(item)
        elif isinstance(item, tuple | list):
            stack.extend(item)
        elif attrs.has(type(item)):
            fields = attrs.fields(type(item))  # type: ignore[arg-type]
            stack.extend(getattr(item, f.name) for f in fields if f.name != "text")
    return out
