"""Score newsclaims on PolNeAR: quote spans, speakers, cues, exact spans.

    python benchmarks/polnear_eval.py --split dev [--engine rules] [--errors N] [--boundaries]

Metrics (the definitions of the project's attribution issue):
- matching: a predicted quote matches a gold content when the characters they share exceed t times the gold
  content's length; greedy one-to-one, best ratio first; t = 0.3 and t = 0.8.
- direct set: gold contents holding a quoted stretch of at least 4 words, against predicted DIRECT/MIXED quotes.
- speech set: gold attributions whose cue is a communication word, plus all direct ones, against all predictions.
- speaker accuracy over matched pairs: the predicted mention or its antecedent overlaps the gold source (or both
  are absent); cue accuracy: the predicted cue overlaps the gold cue.
- exact: content, cue and source spans equal to the gold ones after trimming white space, over all attributions
  (a discontinuous gold span, such as an interrupted quote, counts by its extent or its pieces joined).

With --boundaries it also prints how the contents matched at t = 0.3 (all attributions against all predicted
quotes) differ from the gold ones: exactly equal, equal but for the gold's leading "that", or otherwise; and how
many neighbouring predicted quotes overlap each other.

With --sources it prints where the gold sources (of attributions with a content) stand: the content matched at
t = 0.3 by a quote whose speaker mention is exactly the source, overlaps it, or lies elsewhere; matched by a quote
with no speaker; or not matched by any quote at all (an attribution newsclaims does not report, such as a belief).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsclaims  # noqa: E402
from newsclaims.types import Article, Quote, QuoteKind, Span  # noqa: E402
from polnear import GoldArticle, GoldAttribution, GoldSpan, read_split  # noqa: E402

#: Lemma stems of communication cues (speech, writing, statements): the speech set.
COMMUNICATION = regex.compile(
    r"\b(?:say|said|saying|says|tell|told|telling|tells|add|added|adding|adds|accord|according|claim|argu|warn|"
    r"state|stated|statement|announc|declar|insist|note|noted|noting|explain|expla|wrote|write|writ|report|"
    r"respond|repl|answer|ask|acknowledg|admit|deny|denied|suggest|predict|promis|pledg|vow|recall|tweet|"
    r"post|comment|mention|remark|stress|emphasi|assert|contend|conced|confirm|reveal|disclos|testif|"
    r"complain|charg|accus|alleg|describ|call|quot|urg|demand|question|joke|quip|boast|brag|interview|"
    r"speech|speak|spoke|address|tout|cit|point|counter|retort|told|shout|yell|scream|whisper|mutter|"
    r"conclud|estimat|forecast|indicat|signal|express|voice|echo|reiterat|repeat|confess|caution|advis)\w*",
    regex.IGNORECASE,
)
RE_QUOTED_STRETCH = regex.compile(r"(?:''|[\"“”])((?:(?!'')[^\"“”])+)(?:''|[\"“”])")


def is_direct(text: str, gold: GoldSpan) -> bool:
    """A gold content holding a quoted stretch of at least 4 words."""
    for m in RE_QUOTED_STRETCH.finditer(text[max(0, gold.start - 1) : gold.end + 1]):
        if len(m.group(1).split()) >= 4:
            return True
    return False


def is_speech(text: str, att: GoldAttribution) -> bool:
    return att.cue is not None and COMMUNICATION.search(att.cue.text) is not None


def _chars(span: Span) -> set[int]:
    return set(range(span.start, span.end))


def match(gold: list[GoldSpan], pred: list[Quote], t: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best overlap ratio first."""
    pairs = []
    pred_chars = [_chars(q.span) for q in pred]
    for gi, g in enumerate(gold):
        gc = g.chars
        if not gc:
            continue
        for pi, pc in enumerate(pred_chars):
            shared = len(gc & pc)
            if shared > t * len(gc):
                pairs.append((shared / len(gc), gi, pi))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _overlaps(a: tuple[int, int], gold: GoldSpan | None) -> bool:
    if gold is None:
        return False
    return any(a[0] < e and s < a[1] for s, e in gold.pieces)


class Score:
    def __init__(self) -> None:
        self.tp = self.gold = self.pred = 0
        self.speaker_ok = self.cue_ok = 0

    def add(self, n_gold: int, n_pred: int, pairs: int) -> None:
        self.gold += n_gold
        self.pred += n_pred
        self.tp += pairs

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def speaker_ok(q: Quote, att: GoldAttribution) -> bool:
    if q.speaker is None:
        return att.source is None
    spans = [q.speaker.mention] + ([q.speaker.antecedent] if q.speaker.antecedent else [])
    return any(_overlaps((s.start, s.end), att.source) for s in spans)


def _exact(text: str, a: tuple[int, int] | None, g: GoldSpan | None) -> bool:
    """The same offsets after trimming white space: the gold span's, or for a discontinuous gold span (an
    interrupted quote) its extent from first to last character."""
    if a is None or g is None:
        return False
    return _trimmed(text, *a) == _trimmed(text, g.start, g.end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def evaluate(articles: list[GoldArticle], engine: str, errors: int = 0) -> dict[str, float]:
    scores = {k: Score() for k in ("direct@0.8", "direct@0.3", "speech@0.3", "speech@0.8")}
    exact = {k: Score() for k in ("content", "cue", "source")}
    boundaries = dict.fromkeys(BOUNDARY_KINDS + SOURCE_KINDS, 0.0)
    shown = 0
    start = time.perf_counter()
    for art in articles:
        parsed: Article = newsclaims.parse_article(art.text, engine=engine)
        quotes = list(parsed.quotes)
        atts = [a for a in art.attributions if a.content is not None]
        direct_gold = [a for a in atts if is_direct(art.text, a.content)]  # type: ignore[arg-type]
        speech_gold = [a for a in atts if is_speech(art.text, a) or a in direct_gold]
        direct_pred = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
        for name, gold, pred, t in (
            ("direct@0.8", direct_gold, direct_pred, 0.8),
            ("direct@0.3", direct_gold, direct_pred, 0.3),
            ("speech@0.3", speech_gold, quotes, 0.3),
            ("speech@0.8", speech_gold, quotes, 0.8),
        ):
            pairs = match([a.content for a in gold], pred, t)  # type: ignore[misc]
            sc = scores[name]
            sc.add(len(gold), len(pred), len(pairs))
            for gi, pi in pairs:
                sc.speaker_ok += speaker_ok(pred[pi], gold[gi])
                cue = pred[pi].cue
                sc.cue_ok += cue is not None and _overlaps((cue.start, cue.end), gold[gi].cue)
            if errors and name == "direct@0.8" and shown < errors:
                shown += _show_errors(art, gold, pred, pairs)
        _score_exact(art, atts, quotes, exact)
        _count_boundaries(art, atts, quotes, boundaries)
        _count_sources(art, atts, quotes, boundaries)
    elapsed = time.perf_counter() - start
    out: dict[str, float] = {"articles": len(articles), "seconds": elapsed, **boundaries}
    for name, sc in scores.items():
        p, r, f = sc.prf()
        out.update({f"{name} P": p, f"{name} R": r, f"{name} F1": f})
        out[f"{name} speaker acc"] = sc.speaker_ok / sc.tp if sc.tp else 0.0
        out[f"{name} cue acc"] = sc.cue_ok / sc.tp if sc.tp else 0.0
    for name, sc in exact.items():
        p, r, f = sc.prf()
        out.update({f"exact {name} P": p, f"exact {name} R": r, f"exact {name} F1": f})
    return out


def _score_exact(art: GoldArticle, atts: list[GoldAttribution], quotes: list[Quote], exact: dict[str, Score]) -> None:
    for role in ("content", "cue", "source"):
        gold = [getattr(a, role) for a in atts if getattr(a, role) is not None]
        pred: list[tuple[int, int]] = []
        for q in quotes:
            speaker = q.speaker.mention if q.speaker else None
            span = q.span if role == "content" else q.cue if role == "cue" else speaker
            if span is not None:
                pred.append((span.start, span.end))
        remaining = list(gold)
        tp = 0
        for p in pred:
            for g in remaining:
                if _exact(art.text, p, g):
                    remaining.remove(g)
                    tp += 1
                    break
        exact[role].add(len(gold), len(pred), tp)


BOUNDARY_KINDS = ("content exact", "content but leading that", "content otherwise", "overlapping quote pairs")


def _count_boundaries(
    art: GoldArticle, atts: list[GoldAttribution], quotes: list[Quote], counts: dict[str, float]
) -> None:
    """Matched contents by how they differ from the gold ones, and overlapping neighbouring quotes."""
    for gi, pi in match([a.content for a in atts], quotes, 0.3):  # type: ignore[misc]
        gold = atts[gi].content
        assert gold is not None
        g_start, g_end = _trimmed(art.text, gold.start, gold.end)
        p_start, p_end = _trimmed(art.text, quotes[pi].span.start, quotes[pi].span.end)
        if (g_start, g_end) == (p_start, p_end):
            counts["content exact"] += 1
        elif g_end == p_end and RE_LEADING_THAT.fullmatch(art.text, g_start, p_start):
            counts["content but leading that"] += 1
        else:
            counts["content otherwise"] += 1
    ordered = sorted(quotes, key=lambda q: q.span.start)
    counts["overlapping quote pairs"] += sum(b.span.start < a.span.end for a, b in itertools.pairwise(ordered))


RE_LEADING_THAT = regex.compile(r"that\s+")
SOURCE_KINDS = ("source exact", "source overlapping", "source elsewhere", "source no speaker", "source no quote")


def _count_sources(
    art: GoldArticle, atts: list[GoldAttribution], quotes: list[Quote], counts: dict[str, float]
) -> None:
    """Gold sources by what the quote matched to their content (t = 0.3) names."""
    pairs = dict(match([a.content for a in atts], quotes, 0.3))  # type: ignore[misc]
    for gi, att in enumerate(atts):
        if att.source is None:
            continue
        if gi not in pairs:
            counts["source no quote"] += 1
            continue
        speaker = quotes[pairs[gi]].speaker
        if speaker is None:
            counts["source no speaker"] += 1
            continue
        mention = (speaker.mention.start, speaker.mention.end)
        g_start, g_end = _trimmed(art.text, att.source.start, att.source.end)
        if _exact(art.text, mention, att.source):
            counts["source exact"] += 1
        elif mention[0] < g_end and g_start < mention[1]:
            counts["source overlapping"] += 1
        else:
            counts["source elsewhere"] += 1


def _show_errors(art: GoldArticle, gold: list[GoldAttribution], pred: list[Quote], pairs: list[tuple[int, int]]) -> int:
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    n = 0
    for gi, g in enumerate(gold):
        if gi not in matched_g and g.content is not None:
            print(f"MISS {art.name}: {art.text[g.content.start:g.content.end][:160]!r}")
            n += 1
    for pi, q in enumerate(pred):
        if pi not in matched_p:
            print(f"FALSE {art.name}: {q.kind.value} {q.span.text[:160]!r}")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--engine", default="rules")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print up to N direct-set misses and false quotes")
    parser.add_argument("--boundaries", action="store_true", help="print how matched contents differ from gold")
    parser.add_argument("--sources", action="store_true", help="print where the gold sources stand")
    args = parser.parse_args(argv)
    articles = read_split(args.split)
    if args.limit:
        articles = articles[: args.limit]
    if not articles:
        print("no PolNeAR articles found: set NEWSCLAIMS_POLNEAR to the polnear folder", file=sys.stderr)
        return 2
    result = evaluate(articles, args.engine, args.errors)
    n, secs = int(result["articles"]), result["seconds"]
    print(f"PolNeAR {args.split}, engine={args.engine}: {n} articles in {secs:.1f} s")
    print(f"{'set':<12}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>9}{'cue':>7}")
    for name in ("direct@0.8", "direct@0.3", "speech@0.3", "speech@0.8"):
        print(
            f"{name:<12}{result[name + ' P']:>7.3f}{result[name + ' R']:>7.3f}{result[name + ' F1']:>7.3f}"
            f"{result[name + ' speaker acc']:>9.3f}{result[name + ' cue acc']:>7.3f}"
        )
    for name in ("content", "cue", "source"):
        print(
            f"{'exact ' + name:<12}{result['exact ' + name + ' P']:>7.3f}{result['exact ' + name + ' R']:>7.3f}"
            f"{result['exact ' + name + ' F1']:>7.3f}"
        )
    if args.boundaries:
        for name in BOUNDARY_KINDS:
            print(f"{name:<26}{int(result[name]):>7}")
    if args.sources:
        for name in SOURCE_KINDS:
            print(f"{name:<26}{int(result[name]):>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
