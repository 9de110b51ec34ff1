"""Golden table: sentence boundaries with abbreviations, initials and closing quotation marks."""

from __future__ import annotations

import pytest

from newsclaims import parse_article

ROWS = [
    ("titles", "Rep. Jerry Nadler and Sen. Ann Lee met Gov. Jerry Brown. They talked.",
     ["Rep. Jerry Nadler and Sen. Ann Lee met Gov. Jerry Brown.", "They talked."]),
    ("us-mid-sentence", "The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("us-end-of-sentence", "He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
    ("delegate-title", "“It is a waste of time,” said Del. Stacey Plaskett. Others agreed.",
     ["“It is a waste of time,” said Del. Stacey Plaskett.", "Others agreed."]),
    ("delaware-ends-sentence", "The plant is in Wilmington, Del. The company said it would close.",
     ["The plant is in Wilmington, Del.", "The company said it would close."]),
    ("month", "The vote is set for Dec. 5 in the capital. Few expect it to pass.",
     ["The vote is set for Dec. 5 in the capital.", "Few expect it to pass."]),
    ("initials", "John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
    ("junior", "Martin Luther King Jr. spoke in 1963. Crowds cheered.",
     ["Martin Luther King Jr. spoke in 1963.", "Crowds cheered."]),
    ("closing-quote-kept", '"We won." He smiled.', ['"We won."', "He smiled."]),
    ("question-inside-quote", '"Is it over?" asked the reporter. Nobody knew.',
     ['"Is it over?" asked the reporter.', "Nobody knew."]),
    ("question-then-named-speaker", '"Is it over?" Sanders asked. Nobody knew.',
     ['"Is it over?" Sanders asked.', "Nobody knew."]),
    ("period-quote-then-bare-cue", '"We won." Trump said. He smiled.', ['"We won." Trump said.', "He smiled."]),
    ("period-quote-then-new-report", '"We won." Trump said the vote was fair.',
     ['"We won."', "Trump said the vote was fair."]),
    ("company", "Apple Inc. reported profits. Shares rose.", ["Apple Inc. reported profits.", "Shares rose."]),
    ("company-end", "He works for Acme Inc. The firm is small.", ["He works for Acme Inc.", "The firm is small."]),
    ("no-as-a-word", "Hernandez voted no. 'We're losing,' she said.",
     ["Hernandez voted no.", "'We're losing,' she said."]),
    ("no-before-a-number", "It passed as Proposition No. 5 in May. Few noticed.",
     ["It passed as Proposition No. 5 in May.", "Few noticed."]),
    ("question-then-speaker-appositive", '"Is it over?" Miller, a retired worker, said. Nobody knew.',
     ['"Is it over?" Miller, a retired worker, said.', "Nobody knew."]),
    ("opening-mark-with-no-space", '"It was all lies," said one owner."We got deceived." Others agreed.',
     ['"It was all lies," said one owner.', '"We got deceived."', "Others agreed."]),
    ("curly-opening-mark-with-no-space", "He left.“We got deceived,” she said.",
     ["He left.", "“We got deceived,” she said."]),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_sentences(text: str, expected: list[str]) -> None:
    """Sentences split where a reader would split them, each span slicing the input."""
    article = parse_article(text)
    assert [s.text for s in article.sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in article.sentences)
