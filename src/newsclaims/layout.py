"""Layout stage: title, dateline, metadata lines, boilerplate lines and body paragraphs.

Works on lines of the original text and never rewrites it: every Span comes from line offsets.
"""

from __future__ import annotations

import functools
from datetime import datetime

import attrs
import regex

from . import lexicons
from .datelines import find_dateline
from .patterns import lazy_compile
from .timestamps import read_metadata_line
from .types import Dateline, Span

#: Line breaks: LF, CR, CRLF and the Unicode line and paragraph separators.
RE_LINE = lazy_compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
#: How far into the body a dateline may be: it may follow a byline, a timestamp or a repeated title.
_DATELINE_LINES = 4
_MAX_TITLE_CHARS = 300
#: The most words a headline has (PolNeAR's longest of 924 has 22; a news lede mostly has more).
_MAX_TITLE_WORDS = 24
#: How many words a first line closed by a period and written in sentence case has at least when it is a lede
#: (PolNeAR's headlines so written run to 15).
_MIN_LEDE_WORDS = 18


@attrs.frozen
class Layout:
    """What the layout stage gives the next stages."""

    text: str
    title: Span | None
    dateline: Dateline | None
    published: datetime | None
    updated: datetime | None
    paragraphs: tuple[Span, ...]
    boilerplate: tuple[Span, ...]
    metadata: tuple[Span, ...]


@functools.cache
def _boilerplate_pattern() -> regex.Pattern[str]:
    """All boilerplate patterns as one alternation: one match per line instead of one per pattern."""
    return regex.compile("|".join(rf"(?:{p})\Z" for p in lexicons.ordered("boilerplate")), regex.IGNORECASE)


def find_layout(text: str) -> Layout:
    """Split an article into its title, dateline, metadata, boilerplate and body paragraphs.

    >>> lay = find_layout("Storm hits coast\\n\\nMIAMI (AP) — The storm hit.\\n\\nPhoto: Reuters")
    >>> lay.title.text, lay.dateline.location, [p.text for p in lay.paragraphs], lay.boilerplate[0].text
    ('Storm hits coast', 'MIAMI', ['MIAMI (AP) — The storm hit.'], 'Photo: Reuters')
    """
    lines = _blocks(text)
    title: Span | None = None
    if len(lines) > 1 and _looks_like_title(text, lines[0]):
        title = lines[0]
        lines = lines[1:]
    published = updated = None
    paragraphs: list[Span] = []
    boilerplate: list[Span] = []
    metadata: list[Span] = []
    title_key = _key(title.text) if title else None
    for line in lines:
        meta = read_metadata_line(line.text)
        if meta is not None:
            metadata.append(line)
            if meta.field == "updated" and updated is None:
                updated = meta.value
            elif meta.field == "published" and published is None:
                published = meta.value
            if meta.updated is not None and updated is None:
                updated = meta.updated
        elif (title_key and _key(line.text) == title_key) or _is_boilerplate(line.text):
            boilerplate.append(line)
        else:
            paragraphs.append(line)
    dateline = None
    for para in paragraphs[:_DATELINE_LINES]:
        dateline = find_dateline(text, para.start, para.end)
        if dateline is not None:
            break
    return Layout(
        text=text,
        title=title,
        dateline=dateline,
        published=published,
        updated=updated,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(boilerplate),
        metadata=tuple(metadata),
    )


#: What a line may begin or end with that is not part of it: white space, control characters, byte-order
#: marks, zero-width spaces and bidi controls.
_BLANK = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u200c\u200d\u2060\u200e\u200f\u202a\u202b\u202c"
    "\u202d\u202e\u2066\u2067\u2068\u2069\x7f" + "".join(chr(c) for c in range(0x20))
)


def _blocks(text: str) -> list[Span]:
    """Non-empty lines as stripped spans; hard-wrapped text is joined back into its paragraphs."""
    lines: list[Span] = []
    for m in RE_LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip(_BLANK)
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip(_BLANK))
            lines.append(Span(start, start + len(stripped), stripped))
    if not _hard_wrapped(text, lines):
        return lines
    paragraphs: list[Span] = []
    for line in lines:
        prev = paragraphs[-1] if paragraphs else None
        if prev is not None and "\n" not in text[prev.end : line.start].replace("\n", "", 1):
            paragraphs[-1] = Span.of(text, prev.start, line.end)
        else:
            paragraphs.append(line)
    return paragraphs


def _hard_wrapped(text: str, lines: list[Span]) -> bool:
    """Text wrapped at a fixed width: most lines are of similar length and run on into the next line."""
    if len(lines) < 6:
        return False
    runs_on = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if text.count("\n", a.end, b.start) == 1 and 40 <= len(a) <= 100 and a.text[-1] not in ".!?\"”:"
    )
    return runs_on >= 0.5 * (len(lines) - 1)


def _looks_like_title(text: str, line: Span) -> bool:
    if len(line) > _MAX_TITLE_CHARS or read_metadata_line(line.text) is not None:
        return False
    if len(line.text.split()) > _MAX_TITLE_WORDS:
        return False  # a first body paragraph of text given without its headline: a lede runs longer
    if find_dateline(text, line.start, line.end) is not None:
        return False
    if len(RE_SENTENCE_BREAK.findall(line.text)) >= 2:
        return False
    closed = line.text.rstrip("\"”’'").endswith(".")  # by a period, perhaps inside a quotation's closing mark
    if closed and RE_PAST_REPORT.search(line.text):
        return False  # '“We will win,” Smith said.', "The decision was “deeply disappointing”, according to a
        # spokesperson.": a report in the past or a credit, closed by a period, is body text
    words = line.text.split()
    if closed and len(words) >= _MIN_LEDE_WORDS and _sentence_case(words):
        return False  # "Police in Sydney say a man has been charged after ... on Saturday morning.": a lede; a
        # headline closed by a period is shorter
    return not line.text.endswith(":")


#: A sentence's end and the capital that opens the next: two in a first line make it body text.
RE_SENTENCE_BREAK = lazy_compile(r"[.!?][\"”’']?\s+\p{Lu}")


def _sentence_case(words: list[str]) -> bool:
    """Whether fewer than half the words after the first are capitalised (not "Trump Just Revealed The 1 Thing ...")."""
    return sum(w[:1].isupper() for w in words[1:]) * 2 < len(words) - 1


#: A report in the past tense, which headlines do not write ("Smith says ..."; not "Smith said."), or a credit
#: after a comma (", according to").
RE_PAST_REPORT = lazy_compile(r"\b(?:said|told|added|wrote)\b|,[\"”’']?\s++according\s++to\b")


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


#: How a long boilerplate line can start, and what it may end with (lowercased), by the boilerplate patterns:
#: lines that show neither, nor a photo credit inside, skip the patterns (most body paragraphs).
_BOILERPLATE_STARTS = (
    "representa", "file", "stock", "archive", "photo", "image", "picture", "pic", "video", "graphic",
    "illustration", "also", "read", "more", "see", "related", "click", "tap", "follow", "like", "join",
    "subscribe", "sign", "register", "share", "advertis", "sponsored", "story", "continue", "watch",
    "copyright", "©", "(c)", "afp", "reuters", "ap", "pti", "ians", "ani", "epa", "getty", "bloomberg", "xinhua",
    "(reporting", "reporting", "(additional", "additional", "(writing", "writing", "(editing", "editing",
    "(compiled", "compiled", "(produced", "produced",
)  # fmt: skip
_BOILERPLATE_INSIDE = ("photo", "getty", "screen", "image", "picture", "credit")
_BOILERPLATE_ENDS = ("afp", "reuters", "ap", "pti", "ians", "ani", "epa", "images", "twitter", "facebook", "file")


def _is_boilerplate(line: str) -> bool:
    if len(line) > 400:
        return False
    if len(line) > 60:
        low = line.lower()
        if not (
            low.startswith(_BOILERPLATE_STARTS)
            or low.rstrip(" .,;:|)]}-—–―").endswith(_BOILERPLATE_ENDS)
            or any(word in low for word in _BOILERPLATE_INSIDE)
        ):
            return False
    return _boilerplate_pattern().match(line) is not None
