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
from .timestamps import read_metadata_line
from .types import Dateline, Span

#: Line breaks: LF, CR, CRLF and the Unicode line and paragraph separators.
RE_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]*")
#: How far into the body a dateline may be: it may follow a byline, a timestamp or a repeated title.
_DATELINE_LINES = 4
_MAX_TITLE_CHARS = 300


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
def _boilerplate_patterns() -> tuple[regex.Pattern[str], ...]:
    return tuple(
        regex.compile(rf"(?:{p})\Z", regex.IGNORECASE) for p in lexicons.ordered("boilerplate")
    )


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


def _blocks(text: str) -> list[Span]:
    """Non-empty lines as stripped spans; hard-wrapped text is joined back into its paragraphs."""
    lines: list[Span] = []
    for m in RE_LINE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            lines.append(Span.of(text, start, end))
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
    if find_dateline(text, line.start, line.end) is not None:
        return False
    if len(regex.findall(r"[.!?][\"”’']?\s+\p{Lu}", line.text)) >= 2:
        return False
    return not line.text.endswith(":")


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _is_boilerplate(line: str) -> bool:
    if len(line) > 400:
        return False
    return any(p.match(line) for p in _boilerplate_patterns())
