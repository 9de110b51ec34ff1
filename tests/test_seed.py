"""The seed article reads as seeds/EXPECTED.md says."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsclaims import Article, QuoteKind, ReasonKind, SpeakerKind, parse_article


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Article:
    return parse_article(seed_text)


def test_structure(seed: Article) -> None:
    """Title, dateline, updated time, boilerplate and body paragraphs."""
    assert seed.title is not None and seed.title.text == "Iraq prepares for new fight against post-Mosul Islamic State"
    assert seed.dateline is not None
    assert (seed.dateline.location, seed.dateline.agency, seed.dateline.date) == ("Baghdad", None, None)
    assert seed.dateline.span.text == "Baghdad:"
    assert seed.updated == datetime(2016, 12, 9, 14, 51, 4, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert [b.text.strip() for b in seed.boilerplate] == [
        "Iraq prepares for new fight against post-Mosul Islamic State",
        "Representational image. AFP",
    ]
    assert [m.text for m in seed.metadata] == ["Updated Date: Dec 09, 2016 14:51:04 IST"]
    assert seed.paragraphs[0].text.startswith("Baghdad: With the Islamic State group")
    assert seed.paragraphs[-1].text.startswith("\"We'll need to continue")
    body = [p.text for p in seed.paragraphs]
    assert "Representational image. AFP" not in body and not any(p.startswith("Updated Date") for p in body)


def test_offsets(seed: Article, seed_text: str) -> None:
    """Every span slices the original text."""
    for span in seed.spans():
        assert seed_text[span.start : span.end] == span.text


def test_quotes(seed: Article) -> None:
    """Six quotes in order, with kinds, cues and speakers."""
    q = seed.quotes
    assert [x.kind for x in q] == [QuoteKind.INDIRECT] * 3 + [QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.DIRECT]
    assert [x.cue.text if x.cue else None for x in q] == ["said", "said", "said", "predicted", "said", "said"]
    assert "the militants are laying the groundwork" in q[0].span.text
    assert q[0].span.text.endswith("to bankroll operations")
    assert q[1].span.text.startswith("The immediate priority for Iraqi officials is to limit")
    assert q[1].span.text.endswith("to go into hiding")
    assert q[2].span.text.startswith("Longer term") and q[2].span.text.endswith("fueled support for the militants")
    assert q[3].span.text == (
        '"Tough days await our intelligence and security agencies when they start fighting a different '
        'Islamic State,"'
    )
    assert q[4].span.text.startswith("US and international forces will need")
    assert q[4].span.text.endswith('ISIL stays defeated."')
    assert [p.text for p in q[4].quoted] == ['"to make sure that, once defeated, ISIL stays defeated."']
    assert q[5].span.text.startswith("\"We'll need to continue") and q[5].span.text.endswith('reinvent itself,"')
    assert "alternative acronym" not in q[5].span.text


def test_no_caliphate_quote(seed: Article) -> None:
    """The scare quotes around "caliphate" are no quote, and the first two paragraphs report no speech."""
    assert all("caliphate" not in q.span.text for q in seed.quotes)
    first_two_end = seed.paragraphs[1].end
    assert all(q.span.start > first_two_end for q in seed.quotes)


def test_speakers(seed: Article) -> None:
    """Speakers named, titled, described, and pronouns resolved."""
    s = [q.speaker for q in seed.quotes]
    assert all(x is not None for x in s)
    officials = s[0]
    assert officials.mention.text == "intelligence and counter terrorism officials"
    assert officials.anonymous and officials.kind is SpeakerKind.GROUP
    for x in s[1:3]:
        assert x.mention.text == "they" and x.antecedent == officials.mention and x.anonymous
    assert (s[3].name, s[3].kind, s[3].description) == (
        "Hisham al-Hashimi", SpeakerKind.PERSON, "an Iraqi security analyst")
    assert (s[4].name, s[4].kind, s[4].title) == ("Ash Carter", SpeakerKind.PERSON, "US Defense Secretary")
    assert "last weekend" not in s[4].mention.text
    assert s[5].mention.text == "he" and s[5].name == "Ash Carter"
    assert s[5].antecedent is not None and "Ash Carter" in s[5].antecedent.text


def test_anonymity(seed: Article) -> None:
    """One condition, its reason, and the six officials it covers."""
    assert len(seed.anonymity) == 1
    cond = seed.anonymity[0]
    assert cond.span.text == "on condition of anonymity"
    assert cond.reason == "to discuss the agencies' preparations"
    assert cond.reason_kind is ReasonKind.SENSITIVITY
    assert len(cond.sources) == 1
    they = cond.sources[0]
    assert they.mention.text == "They" and they.count == 6 and they.anonymous
    assert they.antecedent is not None and they.antecedent.text == "Six officials"


def test_sources(seed: Article) -> None:
    """One source per distinct speaker, with its quotes."""
    sources = {s.name: s for s in seed.sources}
    assert set(sources) == {"intelligence and counter terrorism officials", "Hisham al-Hashimi", "Ash Carter"}
    officials = sources["intelligence and counter terrorism officials"]
    assert officials.anonymous and [q.cue.text for q in officials.quotes] == ["said"] * 3
    assert sources["Hisham al-Hashimi"].descriptions == ("an Iraqi security analyst",)
    assert not sources["Hisham al-Hashimi"].anonymous
    carter = sources["Ash Carter"]
    assert carter.titles == ("US Defense Secretary",) and len(carter.quotes) == 2
