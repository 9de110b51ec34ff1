"""Assemble stage: the final Article, its Quotes and one Source per distinct source."""

from __future__ import annotations

from collections.abc import Iterable

from . import lexicons
from .anonymity import Anonymity
from .types import Article, Quote, Source, Span, Speaker, SpeakerKind


def assemble(anonymity: Anonymity, engine: str = "rules") -> Article:
    """Build the Article from every stage's result.

    >>> from newsclaims import parse_article
    >>> [s.name for s in parse_article('"No," said Jo Park. "Never," she said.').sources]
    ['Jo Park']
    """
    reports = anonymity.resolved.speakers.cues.reports
    seg = anonymity.resolved.speakers.cues.marks.segmentation
    layout = seg.layout
    quotes = tuple(
        Quote(
            span=r.content,
            kind=r.kind,
            cue=r.cue,
            speaker=speaker,
            paragraph=r.paragraph if r.paragraph >= 0 else None,  # a claim of the title: no body paragraph
            quoted=r.quoted,
        )
        for r, speaker in zip(reports, anonymity.speakers, strict=True)
    )
    return Article(
        text=layout.text,
        title=layout.title,
        dateline=layout.dateline,
        published=layout.published,
        updated=layout.updated,
        paragraphs=layout.paragraphs,
        sentences=tuple(s.span for s in seg.sentences),
        quotes=quotes,
        sources=group_sources(quotes),
        anonymity=anonymity.conditions,
        boilerplate=layout.boilerplate,
        metadata=layout.metadata,
        engine=engine,
    )


def source_key(speaker: Speaker, unnamed: frozenset[Span] = frozenset()) -> tuple[str, str]:
    """Mentions with the same key are one source: the resolved name, or the unresolved mention itself (always for
    the mentions in ``unnamed``: two anonymous "White House official"s are two sources unless coreference links
    them)."""
    anchor = speaker.antecedent or speaker.mention
    if anchor not in unnamed and speaker.name[:1].isupper() and speaker.name not in lexicons.table("pronouns"):
        return ("name", speaker.name.casefold())
    if speaker.antecedent is None and speaker.name == "I":
        return ("writer", "I")  # "I" outside quotation marks is the writer, one source however often they report
    return ("mention", f"{anchor.start}:{anchor.end}")


def group_sources(quotes: tuple[Quote, ...]) -> tuple[Source, ...]:
    """One Source per distinct speaker, with all its mentions, names, titles, descriptions and quotes."""
    groups: dict[tuple[str, str], list[Quote]] = {}
    surnames: dict[str, tuple[str, str]] = {}
    # an anonymous source's mention, anonymous at any of its quotes, keys all of them
    unnamed = frozenset(q.speaker.antecedent or q.speaker.mention for q in quotes if q.speaker and q.speaker.anonymous)
    for q in quotes:
        if q.speaker is None:
            continue
        key = source_key(q.speaker, unnamed)
        if key[0] == "name" and len(key[1].split()) == 1 and key[1] in surnames:
            key = surnames[key[1]]
        elif key[0] == "name" and q.speaker.kind is SpeakerKind.PERSON and len(key[1].split()) > 1:
            surnames.setdefault(key[1].split()[-1], key)
        groups.setdefault(key, []).append(q)
    return tuple(_source(qs) for qs in groups.values())


def _source(quotes: list[Quote]) -> Source:
    speakers = [q.speaker for q in quotes if q.speaker is not None]
    names = _unique(s.name for s in speakers)
    mentions = sorted({m for s in speakers for m in (s.mention, s.antecedent) if m is not None})
    first = speakers[0]
    return Source(
        name=max(names, key=len),
        kind=first.kind,
        anonymous=any(s.anonymous for s in speakers),
        mentions=tuple(mentions),
        names=names,
        titles=_unique(s.title for s in speakers),
        descriptions=_unique(s.description for s in speakers),
        affiliations=_unique(s.affiliation for s in speakers),
        count=next((s.count for s in speakers if s.count is not None), None),
        quotes=tuple(quotes),
    )


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return tuple(out)
