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

    Attributes:
        start: offset of the first character, counted in Python ``str`` characters (code points).
        end: offset just past the last character.
        text: the characters covered, as they appear in the input.

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
    INDIRECT: reported speech with no quotation of the speaker's words; a stretch of three words or fewer in
    quotation marks inside it ('he was "weighing his options"') may be the writer's scare quote, so it leaves the
    quote INDIRECT. Values are plain strings, as in JSON.

    >>> [k.value for k in QuoteKind], QuoteKind("mixed") is QuoteKind.MIXED
    (['direct', 'mixed', 'indirect'], True)
    """

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


class SpeakerKind(str, enum.Enum):
    """What sort of thing a speaker is: a PERSON ("Ash Carter", "the spokeswoman"), an ORGANIZATION ("the
    Justice Department"), a GROUP of people ("six officials", "analysts"), a DOCUMENT ("a report", "FBI notes"),
    or UNKNOWN.

    >>> from newsclaims import extract_quotes
    >>> [q.speaker.kind.value for q in extract_quotes("Oil rose, traders said. A report said it would fall.")]
    ['group', 'document']
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class ReasonKind(str, enum.Enum):
    """Why a source was granted anonymity, as the article states it: NOT_AUTHORIZED ("was not authorized to
    speak publicly"), SENSITIVITY ("because the talks are private"), SAFETY ("for fear of reprisal"), LEGAL
    ("because the investigation is ongoing"), GROUND_RULES ("under rules set by the White House"), OTHER (a
    reason of another sort), UNSTATED (no reason given).

    >>> from newsclaims import parse_article
    >>> text = "Talks stalled, an aide said on condition of anonymity for fear of reprisal."
    >>> parse_article(text).anonymity[0].reason_kind
    <ReasonKind.SAFETY: 'safety'>
    """

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

    Attributes:
        span: the whole dateline, up to and including its separator (dash or colon).
        location: the place as written ("WASHINGTON", "Baghdad").
        region: a state, country or region after the place ("Ukraine" in "KYIV, Ukraine").
        agency: the wire agency in brackets ("AP", "Reuters").
        date: the date as written in the dateline ("May 8").
        month: that date's month number (1-12), where it has one.
        day: that date's day of the month.

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

    Attributes:
        mention: the naming phrase at the cue ("he", "Rep. Jerry Nadler, a Democrat from New York,").
        name: the canonical name: the person or organisation without titles, resolved through ``antecedent``
            for pronouns, surnames and role nouns; for unnamed sources, the description ("two officials").
        kind: what sort of speaker (see :class:`SpeakerKind`).
        antecedent: for a pronoun, surname or role noun, the earlier, fuller mention it refers to.
        title: a title or role before the name ("US Defense Secretary", "Rep.").
        description: an appositive or descriptive phrase ("a Democrat from New York").
        affiliation: the organisation the speaker speaks for, where the text says ("the Pentagon").
        anonymous: the speaker is an unnamed source ("a senior official", "people familiar with the matter").
        count: how many people an unnamed group counts ("six officials" -> 6), where stated.

    >>> from newsclaims import extract_quotes
    >>> s = extract_quotes("Rep. Jerry Nadler, a Democrat from New York, said the letter was improper.")[0].speaker
    >>> s.mention.text, s.name, s.title, s.description
    ('Rep. Jerry Nadler, a Democrat from New York,', 'Jerry Nadler', 'Rep.', 'a Democrat from New York')
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

    Attributes:
        span: the reported content; for DIRECT and MIXED quotes it includes the quotation marks, for
            INDIRECT ones it is the reported clause without "that".
        kind: DIRECT, MIXED or INDIRECT (see :class:`QuoteKind`).
        cue: the reporting verb or phrase ("said", "according to"), or None where no cue was found.
        speaker: who said it, or None where no speaker was found.
        paragraph: index of the body paragraph holding the start of the quote (in ``Article.paragraphs``), or
            None for a claim of the headline ("Lynch: No outside influence on FBI probe").
        quoted: the quotations inside ``span`` (an interrupted quote has several; a short scare-quoted stretch
            is none, see :class:`QuoteKind`).

    >>> from newsclaims import extract_quotes
    >>> q = extract_quotes('"We will win," she said.')[0]
    >>> q.kind.value, q.span.text, q.cue.text
    ('direct', '"We will win,"', 'said')
    """

    span: Span
    kind: QuoteKind
    cue: Span | None = None
    speaker: Speaker | None = None
    paragraph: int | None = 0
    quoted: tuple[Span, ...] = ()


@attrs.frozen
class AnonymityCondition:
    """A stated condition of anonymity ("on condition of anonymity") with its reason and its sources.

    Attributes:
        span: the condition as written ("on condition of anonymity", "asked not to be named").
        reason: the stated reason ("to discuss the agencies' preparations"), or None.
        reason_kind: the sort of reason (see :class:`ReasonKind`).
        reason_span: where the reason is in the text.
        sources: the speakers the condition covers ("They spoke on condition ..." -> the six officials).

    >>> from newsclaims import parse_article
    >>> a = parse_article("Six officials described the plan. They spoke on condition of anonymity to discuss it.")
    >>> c = a.anonymity[0]
    >>> c.span.text, c.reason, [s.count for s in c.sources]
    ('on condition of anonymity', 'to discuss it', [6])
    """

    span: Span
    reason: str | None = None
    reason_kind: ReasonKind = ReasonKind.UNSTATED
    reason_span: Span | None = None
    sources: tuple[Speaker, ...] = ()


@attrs.frozen
class Source:
    """One distinct source of the article, aggregating all its mentions and quotes.

    Attributes:
        name: the fullest name the article gives ("Ash Carter", or "two officials" for unnamed groups).
        kind: what sort of source (see :class:`SpeakerKind`).
        anonymous: an unnamed source.
        mentions: every span that mentions it, in text order ("US Defense Secretary Ash Carter", "he").
        names: the distinct names it goes by.
        titles: the distinct titles given to it.
        descriptions: the distinct descriptions given to it.
        affiliations: the distinct affiliations given to it ("D-N.Y.", "RBC Capital Markets").
        count: how many people an unnamed group counts, where stated.
        quotes: its quotes, in text order.

    >>> from newsclaims import attribute_sources
    >>> [(s.name, [m.text for m in s.mentions]) for s in attribute_sources('"Yes," Jo Park said. "No," she said.')]
    [('Jo Park', ['Jo Park', 'she'])]
    """

    name: str
    kind: SpeakerKind
    anonymous: bool
    mentions: tuple[Span, ...] = ()
    names: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    count: int | None = None
    quotes: tuple[Quote, ...] = ()


@attrs.frozen
class Article:
    """Everything the library reads from one article.

    Attributes:
        text: the input, unchanged; every Span indexes it.
        title: the headline line, where the article starts with one.
        dateline: the dateline opening the body, where there is one.
        published: the publication time from a metadata line ("Published: ..."), timezone-aware if stated.
        updated: the update time from a metadata line ("Updated Date: ...").
        paragraphs: the body paragraphs (not the title, metadata or boilerplate lines).
        sentences: the body's sentences.
        quotes: every quote, in text order.
        sources: one per distinct source, in order of first quote.
        anonymity: the anonymity conditions, in text order.
        boilerplate: lines that are not the story ("Photo: Reuters", "Read more ...", a repeated title).
        metadata: bylines and timestamp lines.
        engine: the engine that produced it ("rules" or "stanza").
        url: the page address given to :func:`~newsclaims.parse_html` (recorded, never fetched).

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
    url: str | None = None

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
