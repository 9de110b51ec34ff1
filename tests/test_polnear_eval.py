"""The PolNeAR scoring script's source breakdown, on a hand-made gold article (no corpus needed)."""

from __future__ import annotations

from polnear import GoldArticle, GoldAttribution, GoldSpan
from polnear_eval import SOURCE_KINDS, evaluate


def _span(text: str, words: str, after: int = 0) -> GoldSpan:
    start = text.index(words, after)
    return GoldSpan(pieces=[(start, start + len(words))], text=words)


def test_sources_are_counted_by_what_the_matched_quote_names() -> None:
    """One source the quote names exactly, one whose mention is only part of it, one on a belief no quote reports."""
    text = ("Officials said the plan had failed. Sen. Ann Lee of Ohio said taxes would rise next year. "
            "Smith believes the economy will slow.")
    atts = [
        GoldAttribution(_span(text, "the plan had failed"), _span(text, "said"), _span(text, "Officials")),
        GoldAttribution(_span(text, "taxes would rise next year"), _span(text, "said", 40),
                        _span(text, "Sen. Ann Lee of Ohio said")),
        GoldAttribution(_span(text, "the economy will slow"), _span(text, "believes"), _span(text, "Smith")),
    ]
    result = evaluate([GoldArticle("hand-made", text, atts)], "rules")
    assert {k: int(result[k]) for k in SOURCE_KINDS} == {
        "source exact": 1, "source overlapping": 1, "source elsewhere": 0, "source no speaker": 0,
        "source no quote": 1,
    }
    assert result["exact source R"] == 1 / 3
