"""Golden table: lines that are not body text (captions, credits, prompts) and metadata lines."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsclaims import parse_article

BOILERPLATE = [
    ("wire-credits", "(Reporting by Allison Lampert in Montreal and Mike Stone in Washington; Editing by Jamie "
     "Freed)"),
    ("additional-reporting", "(Additional reporting by Jane Doe in London)"),
    ("credits-unbracketed", "Reporting by Jane Doe; Editing by Bill Smith"),
    ("representational", "Representational image. AFP"),
    ("photo-credit", "Photo: Reuters"),
    ("ap-photo-caption", "Hillary Clinton speaks in Des Moines, Iowa, on Monday. (AP Photo/Charlie Neibergall)"),
    ("getty", "Supporters cheer at a rally in Ohio. Getty Images"),
    ("also-read", "Also read: Five things to know about the budget"),
    ("read-more", "READ MORE: How the vote unfolded"),
    ("click-here", "Click here for the latest updates"),
    ("follow-us", "Follow us on Twitter and Facebook"),
    ("subscribe", "Subscribe to our newsletter for daily updates"),
    ("share", "Share this article"),
    ("advertisement", "Advertisement"),
    ("file-photo", "File photo of the parliament building in New Delhi."),
    ("contributing", "Contributing: Brittney Bennett and Greg Toppo, USA TODAY."),
    ("follow-the-writer", "Follow Pam Key on Twitter @pamkeyNEN."),
    ("reach-the-writer", "Reach Jane Doe at jdoe@example.com or on X @jdoe."),
]


@pytest.mark.parametrize("line", [r[1] for r in BOILERPLATE], ids=[r[0] for r in BOILERPLATE])
def test_boilerplate_line(line: str) -> None:
    """A caption, credit or prompt line is boilerplate, not a body paragraph."""
    text = f"Budget talks resume\n\nThe committee met on Tuesday.\n\n{line}\n\nThe vote is next week."
    article = parse_article(text)
    assert [b.text for b in article.boilerplate] == [line]
    assert line not in [p.text for p in article.paragraphs]


BODY_LINES = [
    "Reporting by the AP found that the plan had failed.",
    "Photographers gathered outside the court as the verdict was read.",
    "Read the full statement, the senator told reporters, before judging it.",
    "The share of voters who back the plan rose to 54 percent.",
    "Follow the money, the senator said on Twitter.",
    "Contributing to the problem, officials said, was the heat.",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_line_is_not_boilerplate(line: str) -> None:
    """Body sentences that merely start like a prompt stay body text."""
    article = parse_article(f"Budget talks resume\n\n{line}")
    assert [p.text for p in article.paragraphs] == [line]


def test_repeated_headline() -> None:
    """The headline repeated inside the body (with a leading space) is boilerplate."""
    text = "Budget talks resume\n\nThe committee met.\n\n Budget talks resume\n\nThe vote is next week."
    article = parse_article(text)
    assert [b.text for b in article.boilerplate] == ["Budget talks resume"]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Updated Date: Dec 09, 2016 14:51:04 IST", "updated",
         datetime(2016, 12, 9, 14, 51, 4, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
        ("Last Updated: March 3, 2017 9:05 PM EST", "updated",
         datetime(2017, 3, 3, 21, 5, tzinfo=timezone(timedelta(hours=-5)))),
        ("Published: 2016-11-08T06:30:00Z", "published", datetime(2016, 11, 8, 6, 30, tzinfo=timezone.utc)),
        ("First published on: 5 June 2018, 10:12 BST", "published",
         datetime(2018, 6, 5, 10, 12, tzinfo=timezone(timedelta(hours=1)))),
        ("Published 6:45 a.m. EST Jan. 12, 2024", "published",
         datetime(2024, 1, 12, 6, 45, tzinfo=timezone(timedelta(hours=-5)))),
    ],
)
def test_metadata_lines(line: str, field: str, expected: datetime) -> None:
    """Metadata lines are parsed into aware datetimes and kept out of the body."""
    article = parse_article(f"Budget talks resume\n\nThe committee met.\n\n{line}")
    assert getattr(article, field) == expected
    assert [m.text for m in article.metadata] == [line]
    assert [p.text for p in article.paragraphs] == ["The committee met."]


def test_line_with_both_stamps() -> None:
    """ "Published ... | Updated ..." (USA Today) gives both datetimes, the time written before the date."""
    line = "Published 6:45 a.m. ET Jan. 12, 2024 | Updated 9:10 a.m. ET Jan. 12, 2024"
    article = parse_article(f"Storm hits the Midwest\n\n{line}\n\nThe storm hit land.")
    assert (article.published, article.updated) == (datetime(2024, 1, 12, 6, 45), datetime(2024, 1, 12, 9, 10))
    assert [m.text for m in article.metadata] == [line]
