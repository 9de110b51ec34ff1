"""HTML rendering: look at an annotated article instead of reading JSON.

:func:`to_html` gives one self-contained page (inline CSS, no scripts, no external assets): quotes highlighted
in their source's colour with a legend, cues underlined, speaker mentions outlined (dashed where anonymous),
anonymity conditions marked, the dateline, metadata and boilerplate shown apart from the body, and speaker
details on hover. Every piece of article text is HTML-escaped, so markup in an article shows as text.
"""

from __future__ import annotations

import html

import attrs

from .types import Article, Quote, Source, Span

#: Background colours for sources, light enough to read black text on; they repeat after the last one.
PALETTE = (
    "#ffd6a5", "#caffbf", "#9bf6ff", "#ffc6ff", "#fdffb6", "#a0c4ff", "#ffadad", "#bdb2ff",
    "#d0f4de", "#fcf6bd", "#e4c1f9", "#a9def9",
)  # fmt: skip
_NO_SOURCE = "#e0e0e0"

_CSS = """
body{font:16px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;line-height:1.25}
.legend{font:14px/1.4 system-ui,sans-serif;border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;margin:1rem 0}
.legend h2{font-size:1rem;margin:.1rem 0 .4rem}.legend ul{list-style:none;margin:0;padding:0}
.legend li{margin:.15rem 0}.swatch{display:inline-block;width:1.1em;height:1.1em;vertical-align:-.2em;
border:1px solid #888;border-radius:3px;margin-right:.4em}
.key{font:13px system-ui,sans-serif;color:#555}
.quote{border-radius:2px;padding:0 1px}.cue{text-decoration:underline 2px;text-underline-offset:3px}
.speaker{outline:1px solid #555;border-radius:2px}.speaker.anonymous{outline:2px dashed #b00}
.anonymity{font-style:italic;border-bottom:2px dotted #b00}
.anon-badge{font:11px system-ui,sans-serif;color:#fff;background:#b00;border-radius:3px;padding:0 3px;margin-left:2px}
.dateline{font-variant:small-caps;font-weight:bold;color:#114}
p.metadata{font:13px system-ui,sans-serif;color:#666;margin:.2rem 0}
p.boilerplate{font:13px system-ui,sans-serif;color:#999;border-left:3px solid #ddd;padding-left:.5rem}
p.boilerplate::before{content:"boilerplate: ";font-weight:bold}
"""


@attrs.frozen
class _Layers:
    """What covers one stretch of text: the quote (by index), cue, speaker, anonymity, dateline marks."""

    quote: int | None = None
    cue: bool = False
    speaker: int | None = None
    anonymity: bool = False
    dateline: bool = False


def to_html(article: Article, *, page_title: str | None = None) -> str:
    """A self-contained HTML page showing ``article`` with its quotes, sources and anonymity marked.

    >>> from newsclaims import parse_article
    >>> from newsclaims.render import to_html
    >>> page = to_html(parse_article('"We will win," said Sen. Ann Lee. <script>alert(1)</script>'))
    >>> "<script>" in page, "&lt;script&gt;" in page, 'class="legend"' in page
    (False, True, True)
    """
    if not isinstance(article, Article):
        raise TypeError(f"to_html expects an Article, not {type(article).__name__}")
    colours = {i: PALETTE[i % len(PALETTE)] for i in range(len(article.sources))}
    quote_source = _quote_sources(article.sources)
    heading = page_title or (article.title.text if article.title else "Article")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(heading)}</title><style>{_CSS}</style></head><body>",
    ]
    marks = _marks(article, quote_source)
    if article.title is not None:  # marked as a paragraph is: a headline may hold a claim
        parts.append(f'<h1 class="title">{_render_stretch(article, article.title, marks, quote_source, colours)}</h1>')
    parts.append(_legend(article, colours))
    blocks = sorted(
        [(s, "metadata") for s in article.metadata]
        + [(s, "boilerplate") for s in article.boilerplate]
        + [(s, "paragraph") for s in article.paragraphs],
        key=lambda item: item[0].start,
    )
    for span, kind in blocks:
        if kind == "paragraph":
            parts.append(f"<p>{_render_stretch(article, span, marks, quote_source, colours)}</p>")
        else:
            parts.append(f'<p class="{kind}">{_esc(span.text)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _quote_sources(sources: tuple[Source, ...]) -> dict[Quote, int]:
    """Each quote to the index of its source."""
    return {q: i for i, source in enumerate(sources) for q in source.quotes}


def _legend(article: Article, colours: dict[int, str]) -> str:
    rows = []
    for i, source in enumerate(article.sources):
        extra = ", ".join(d for d in source.titles + source.descriptions + source.affiliations if d != source.name)
        badge = '<span class="anon-badge">anonymous</span>' if source.anonymous else ""
        rows.append(
            f'<li><span class="swatch" style="background:{colours[i]}"></span><b>{_esc(source.name)}</b> '
            f"({_esc(source.kind.value)}{', ' + _esc(extra) if extra else ''}) {badge} "
            f"&middot; {len(source.quotes)} quote{'s' if len(source.quotes) != 1 else ''}</li>"
        )
    if any(quote.speaker is None for quote in article.quotes):
        rows.append(f'<li><span class="swatch" style="background:{_NO_SOURCE}"></span>speaker not found</li>')
    body = "".join(rows) or "<li>no quotes found</li>"
    key = (
        '<p class="key"><span class="cue">underlined</span>: cue &middot; <span class="speaker">outlined</span>: '
        'speaker &middot; <span class="anonymity">dotted</span>: anonymity condition &middot; '
        '<span class="dateline">small caps</span>: dateline &middot; hover a quote for its speaker</p>'
    )
    return f'<div class="legend"><h2>Sources ({len(article.sources)})</h2><ul>{body}</ul>{key}</div>'


def _marks(article: Article, quote_source: dict[Quote, int]) -> list[tuple[Span, str, int | None]]:
    """Every marked span: (span, layer, value) with the later, inner marks listed after the outer ones."""
    marks: list[tuple[Span, str, int | None]] = []
    for i, quote in enumerate(article.quotes):
        marks.append((quote.span, "quote", i))
    for quote in article.quotes:
        if quote.cue is not None:
            marks.append((quote.cue, "cue", None))
        if quote.speaker is not None:
            marks.append((quote.speaker.mention, "speaker", quote_source.get(quote, -1)))
    for cond in article.anonymity:
        marks.append((cond.span, "anonymity", None))
    if article.dateline is not None:
        marks.append((article.dateline.span, "dateline", None))
    return marks


def _render_stretch(
    article: Article,
    block: Span,
    marks: list[tuple[Span, str, int | None]],
    quote_source: dict[Quote, int],
    colours: dict[int, str],
) -> str:
    """One paragraph: cut at every mark boundary inside it, each piece wrapped in the layers that cover it."""
    inside = [(s, layer, v) for s, layer, v in marks if s.start < block.end and s.end > block.start]
    cuts = sorted({block.start, block.end} | {max(block.start, min(block.end, p)) for s, _, _ in inside
                                               for p in (s.start, s.end)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start == end:
            continue
        layers = _Layers()
        for span, layer, value in inside:
            if span.start <= start and end <= span.end:
                layers = _with(layers, layer, value)
        out.append(_piece(article, article.text[start:end], layers, quote_source, colours))
    return "".join(out)


def _with(layers: _Layers, layer: str, value: int | None) -> _Layers:
    if layer == "quote":
        return attrs.evolve(layers, quote=value)
    if layer == "speaker":
        return attrs.evolve(layers, speaker=value)
    return attrs.evolve(layers, **{layer: True})


def _piece(
    article: Article, text: str, layers: _Layers, quote_source: dict[Quote, int], colours: dict[int, str]
) -> str:
    piece = _esc(text)
    classes = []
    style = ""
    hover = ""
    if layers.cue:
        classes.append("cue")
    if layers.anonymity:
        classes.append("anonymity")
    if layers.dateline:
        classes.append("dateline")
    if layers.speaker is not None:
        classes.append("speaker")
        source = article.sources[layers.speaker] if 0 <= layers.speaker < len(article.sources) else None
        if source is not None and source.anonymous:
            classes.append("anonymous")
    if layers.quote is not None:
        quote = article.quotes[layers.quote]
        index = quote_source.get(quote)
        classes.append("quote")
        style = f"background:{colours.get(index, _NO_SOURCE) if index is not None else _NO_SOURCE}"
        hover = _hover(quote)
    if not classes:
        return piece
    attributes = f' class="{" ".join(classes)}"'
    if style:
        attributes += f' style="{style}"'
    if hover:
        attributes += f' title="{_esc(hover)}"'
    return f"<span{attributes}>{piece}</span>"


def _hover(quote: Quote) -> str:
    lines = [f"{quote.kind.value} quote"]
    if quote.cue is not None:
        lines.append(f"cue: {quote.cue.text}")
    speaker = quote.speaker
    if speaker is None:
        lines.append("speaker: not found")
        return "\n".join(lines)
    lines.append(f"speaker: {speaker.name} ({speaker.kind.value}{', anonymous' if speaker.anonymous else ''})")
    for label, value in (("title", speaker.title), ("description", speaker.description),
                         ("affiliation", speaker.affiliation)):
        if value:
            lines.append(f"{label}: {value}")
    if speaker.mention.text != speaker.name:
        lines.append(f"mention: {speaker.mention.text}")
    if speaker.antecedent is not None:
        lines.append(f"refers to: {speaker.antecedent.text}")
    return "\n".join(lines)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
