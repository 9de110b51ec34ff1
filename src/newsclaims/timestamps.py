"""Publication metadata lines ("Updated Date: Dec 09, 2016 14:51:04 IST") and the datetimes they give.

Part of the layout stage: :func:`read_metadata_line` tells whether a line is such metadata and parses it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import attrs
import regex

from . import lexicons
from .patterns import lazy_compile


@attrs.frozen
class MetadataLine:
    """A metadata line: which field it sets (``published``, ``updated`` or ``byline``) and the datetime."""

    field: str
    value: datetime | None
    #: A second stamp on a published line: "Published 6:45 a.m. ET Jan. 12, 2024 | Updated 9:10 a.m. ET ...".
    updated: datetime | None = None


def _month_alternation() -> str:
    names = sorted((m for m in lexicons.table("months") if m[0].isupper()), key=len, reverse=True)
    return "|".join(names)


RE_LABEL = lazy_compile(
    r"""^\s*(?:
        (?P<updated>(?:last\s+)?updated(?:\s+(?:date|on|at))?)
      | (?P<published>(?:first\s+)?(?:published|posted|released|dated|date)(?:\s+(?:date|on|at))?)
    )\s*[:\-–—|]?\s*(?P<rest>.{0,120}?)\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: The "Updated ..." part of a line that gives both stamps.
RE_UPDATED_SEGMENT = lazy_compile(r"[|;,]\s*+(?i:(?:last\s++)?updated)\s*+[:\-–—]?\s*+(?P<rest>.+)$")
RE_BYLINE = lazy_compile(r"^\s*(?:By|BY|Written by|Reported by)\s+\p{Lu}[\p{L}.'’\- ,|&]{1,100}$")
RE_DATE_ONLY = lazy_compile(r"^\s*(?:\p{L}+,?\s+)?\S+\s+\S+,?\s+\d{4}\b.{0,40}$")

RE_TIMESTAMP = lazy_compile(
    rf"""(?:
        (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})
            (?:[T\s](?P<ih>\d{{2}}):(?P<imin>\d{{2}})(?::(?P<isec>\d{{2}}))?(?:\.\d{{1,6}})?
            (?P<iz>Z|[+\-]\d{{2}}:?\d{{2}})?)?)
      | (?:(?P<h0>\d{{1,2}})[:.](?P<min0>\d{{2}})\s*(?P<ampm0>[ap]\.?m\.?)\s*(?P<tz0>[A-Z]{{1,4}})?,?\s+)?
        (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?
        (?:(?P<mon>{_month_alternation()})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?
           | (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_month_alternation()})\.?)
        ,?\s+(?P<year>\d{{4}})
        (?:,?\s*(?:at\s+)?(?P<h>\d{{1,2}})[:.](?P<min>\d{{2}})(?::(?P<sec>\d{{2}}))?\s*
           (?P<ampm>[ap]\.?m\.?)?)?
        (?:\s*\(?(?P<tz>[A-Z]{{1,4}}|[+\-]\d{{2}}:?\d{{2}})\)?)?
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)


def read_metadata_line(line: str) -> MetadataLine | None:
    """Say whether a stripped line is publication metadata, and parse its datetime.

    >>> read_metadata_line("Updated Date: Dec 09, 2016 14:51:04 IST").value.isoformat()
    '2016-12-09T14:51:04+05:30'
    >>> read_metadata_line("By Jane Smith, Associated Press").field
    'byline'
    >>> read_metadata_line("Published Monday, officials said the plan would work.") is None
    True
    """
    if len(line) > 160:
        return None
    label = RE_LABEL.match(line)
    if label:
        value = parse_timestamp(label.group("rest"))
        if value is None:
            return None
        if label.group("updated"):
            return MetadataLine("updated", value)
        second = RE_UPDATED_SEGMENT.search(label.group("rest"))
        return MetadataLine("published", value, parse_timestamp(second.group("rest")) if second else None)
    if RE_BYLINE.match(line) and len(line.split()) <= 12:
        return MetadataLine("byline", None)
    if RE_DATE_ONLY.match(line):
        value = parse_timestamp(line)
        match = RE_TIMESTAMP.search(line)
        if value is not None and match and len(line) - len(match.group()) < 25:
            return MetadataLine("published", value)
    return None


def parse_timestamp(text: str) -> datetime | None:
    """Parse the first date (and time, and time zone) written in ``text``.

    >>> parse_timestamp("December 9, 2016 2:51 PM EST").isoformat()
    '2016-12-09T14:51:00-05:00'
    >>> parse_timestamp("6:45 a.m. EST Jan. 12, 2024").isoformat()
    '2024-01-12T06:45:00-05:00'
    >>> parse_timestamp("2016-12-09T14:51:04Z").isoformat()
    '2016-12-09T14:51:04+00:00'
    >>> parse_timestamp("no date here") is None
    True
    """
    m = RE_TIMESTAMP.search(text)
    if not m:
        return None
    try:
        if m.group("iso"):
            y, mo, d, h, mi, sec = (int(m.group(g) or 0) for g in ("iy", "im", "id", "ih", "imin", "isec"))
            return datetime(y, mo, d, h, mi, sec, tzinfo=_zone(m.group("iz")))
        months = lexicons.table("months")
        month = int(months[m.group("mon") or m.group("mon2")])
        day = int(m.group("day") or m.group("day2"))
        hour = int(m.group("h") or m.group("h0") or 0)  # "Jan. 12, 2024 9:10 a.m." or "6:45 a.m. ET Jan. 12, 2024"
        ampm = (m.group("ampm") or m.group("ampm0") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return datetime(
            int(m.group("year")), month, day, hour, int(m.group("min") or m.group("min0") or 0),
            int(m.group("sec") or 0), tzinfo=_zone(m.group("tz") or m.group("tz0")),
        )
    except (ValueError, KeyError):
        return None


def _zone(name: str | None) -> timezone | None:
    if not name:
        return None
    offset = lexicons.table("timezones").get(name.upper()) or (name if name[0] in "+-" else None)
    if offset is None:
        return None
    digits = offset[1:].replace(":", "")
    if len(digits) != 4 or not digits.isdigit():
        return None
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if offset[0] == "-" else delta)
