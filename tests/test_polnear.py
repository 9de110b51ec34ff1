"""Every PolNeAR train and dev article parses, with every span slicing the input, and round-trips as JSON."""

from __future__ import annotations

import pytest

from conftest import polnear_texts
from newsclaims import from_json, parse_article, to_json


@pytest.mark.polnear
@pytest.mark.parametrize("split", ["train", "dev"])
def test_offsets_on_corpus(split: str) -> None:
    """No exception, and text[s.start:s.end] == s.text for every span of every article."""
    bad = []
    for name, text in polnear_texts(split):
        article = parse_article(text)
        for span in article.spans():
            if text[span.start : span.end] != span.text:
                bad.append((name, span))
    assert bad == []


@pytest.mark.polnear
def test_json_round_trip_on_dev() -> None:
    """to_json/from_json give back an equal Article for every dev article."""
    for name, text in polnear_texts("dev"):
        article = parse_article(text)
        assert from_json(to_json(article)) == article, name


@pytest.mark.polnear
def test_corpus_finds_quotes() -> None:
    """The dev split, full of reported speech, gives quotes of all three kinds with cues and speakers."""
    kinds: dict[str, int] = {}
    with_speaker = total = 0
    for _, text in polnear_texts("dev"):
        for q in parse_article(text).quotes:
            kinds[q.kind.value] = kinds.get(q.kind.value, 0) + 1
            total += 1
            with_speaker += q.speaker is not None
    assert set(kinds) == {"direct", "mixed", "indirect"}
    assert total > 1000 and with_speaker / total > 0.85
