"""Datelines: ``WASHINGTON, May 8 (Reuters) -``, ``Baghdad:``, ``(CNN) —`` at the head of the body.

Part of the layout stage. :func:`find_dateline` reads the start of one line and returns a
:class:`~newsclaims.types.Dateline` or None; the layout stage decides which line to try.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from . import lexicons
from .types import Dateline, Span


def _alternation(keys: Iterable[str]) -> str:
    return "|".join(regex.escape(k) for k in sorted(keys, key=len, reverse=True))


#: A North American broadcaster's call sign, credited as a dateline's agency: "(KABC)", "(WPVI-TV)".
_CALL_SIGN = r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?"


@functools.cache
def _pattern() -> regex.Pattern[str]:
    months = _alternation(lexicons.table("months"))
    agencies = _alternation(lexicons.table("agencies")) + "|" + _CALL_SIGN
    caps_word = r"\p{Lu}[\p{Lu}\p{M}.'’\-]*\p{Lu}\.?|\p{Lu}\."
    title_word = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Ll}+-\p{Lu}\p{Ll}+|-\p{Lu}\p{Ll}+)?"
    joiner = r"(?:de|del|da|do|el|al|es|of|la|le)"
    caps_place = rf"(?:{caps_word})(?:\ (?:{caps_word}|{joiner})){{0,3}}"
    title_place = rf"(?:{title_word})(?:\ (?:{title_word}|{joiner})){{0,3}}"
    place = rf"(?:{caps_place}|{title_place})"
    region = rf"(?!(?:{months})\b)\p{{Lu}}[\p{{L}}.]*(?:\ \p{{Lu}}[\p{{L}}.]*){{0,2}}"
    date = rf"(?:(?:{months})\.?\ \d{{1,2}}|\d{{1,2}}\ (?:{months})\.?)(?!\d)(?:,\ \d{{4}}(?!\d))?"  # ", 2024"
    return regex.compile(
        rf"""
        (?:
            (?P<loc>{place}(?:\ ?/\ ?{place}){{0,3}})       # WASHINGTON, NEW DELHI/BEIJING, Baghdad
            (?:,\ (?P<region>{region}))?                    # KYIV, Ukraine / HEMPSTEAD, N.Y.
            (?:\ \((?!(?:{agencies})\))(?P<pregion>[\p{{Lu}}][\p{{L}} .]{{1,30}})\))?  # Bengaluru (Karnataka)
            (?:\ ?\[(?P<bregion>[\p{{Lu}}][\p{{L}} .]{{1,30}})\])?   # Damascus [Syria]
            (?:,\ (?P<date>{date}))?                        # , Sept. 26 / , 18 jun
            \.?
          | (?P<date0>{date})                               # April 12 (Reuters) -
        )?
        (?:
            \s{{0,2}}(?:\((?P<agency>{agencies})\)|/(?P<agency2>{agencies})/\.?)   # (AP) / /TASS/.
            (?P<asep>\s{{0,2}}(?:—|―|–|-{{1,3}}|_|:)(?=\s|$))?
          | (?P<sep>\s{{0,2}}(?:—|―|–|-{{2,3}}|\ -|\ _|:)(?=\s|$))
        )
        """,
        regex.VERBOSE,
    )


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """Read a dateline at ``text[start:]`` (not past ``end``), or return None.

    >>> line = "WASHINGTON, May 8 (Reuters) - The Senate voted."
    >>> d = find_dateline(line, 0, len(line))
    >>> d.location, d.agency, d.date, d.span.text
    ('WASHINGTON', 'Reuters', 'May 8', 'WASHINGTON, May 8 (Reuters) -')
    >>> find_dateline("London is a big city.", 0, 21) is None
    True
    """
    m = _pattern().match(text, start, end)
    if m is None:
        return None
    loc = m.group("loc")
    agency_written = m.group("agency") or m.group("agency2")
    sep = (m.group("sep") or m.group("asep") or "").strip()
    if loc is None and agency_written is None:
        return None
    if loc is not None and not agency_written and not _plausible_place(loc, sep, text, m.end(), end):
        return None
    if not agency_written and m.group("date") is None and m.group("region") and sep == ":":
        return None
    if not _body_follows(text, m.end(), end, agency_written is not None):
        return None
    date = m.group("date") or m.group("date0")
    month, day = _month_day(date)
    region = m.group("region") or m.group("pregion") or m.group("bregion")
    # a credit the agencies table does not hold is a broadcaster's call sign, as written: "LOS ANGELES (KABC) --"
    agency = lexicons.table("agencies").get(agency_written, agency_written) if agency_written else None
    return Dateline(
        span=Span.of(text, m.start(), m.end()),
        location=loc,
        region=region,
        agency=agency,
        date=date,
        month=month,
        day=day,
    )


def _plausible_place(loc: str, sep: str, text: str, after: int, end: int) -> bool:
    """Without an agency credit, a dateline place must be ALL CAPS or a known place, and no stop word."""
    stop = lexicons.words("dateline_stopwords")
    parts = [p.strip() for p in loc.split("/")]
    if any(p in stop or p.split(" ")[0] in stop for p in parts):
        return False
    if all(p.upper() == p for p in parts):
        rest = text[after:end]
        # an all-caps headline ("OBAMA VETOES BILL: WHAT NEXT") is followed by more capitals, not prose
        if sum(c.islower() for c in rest[:60]) < 10:
            return False
        return len(loc.split()) <= 4 and (sep != ":" or len(parts) > 1 or len(loc.split()) <= 3)
    places = lexicons.words("places")
    return all(p in places for p in parts)


def _body_follows(text: str, after: int, end: int, credited: bool) -> bool:
    """A dateline opens a paragraph of prose: what follows must start a sentence (or a quote)."""
    rest = text[after:end].lstrip()
    if not rest:
        return False
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'«(" or (credited and first.isalpha())


def _month_day(date: str | None) -> tuple[int | None, int | None]:
    if not date:
        return None, None
    months = lexicons.table("months")
    month = day = None
    for part in date.replace(".", "").replace(",", "").split():
        if part.isdigit() and len(part) <= 2:  # not the year of "March 4, 2024"
            day = int(part)
        elif part in months:
            month = int(months[part])
    return month, day
