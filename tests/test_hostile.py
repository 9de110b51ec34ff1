"""Hostile inputs: each finishes (a hang fails the test instead of blocking it), raises nothing, and gives sane
output whose spans index the input. Time per MB is measured by ``benchmarks/hostile.py``, not here."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator

import pytest

from conftest import SEED
from newsclaims import Article, QuoteKind, extract_quotes, from_json, parse_article, to_json

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Fail any test here that runs over 120 s (a hang, or time that grows faster than the input)."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("hostile input took over 120 s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _check(text: str) -> Article:
    article = parse_article(text)
    for span in article.spans():
        assert text[span.start : span.end] == span.text
    assert from_json(to_json(article)) == article
    return article


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \r\n", "\u00a0\u2028\u3000", "\ufeff"])
def test_empty_and_blank(text: str) -> None:
    article = _check(text)
    assert article.quotes == () and article.paragraphs == () and article.title is None


def test_nul_bytes_do_not_hide_quotes() -> None:
    """NUL and other control characters are kept (offsets stay exact) and do not stop the reading."""
    text = "\x00" * 5000 + '"We will win this race," said Sen. Ann Lee.\x00\x01\x7f'
    article = _check(text)
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Ann Lee"]


def test_100k_straight_quote_marks() -> None:
    article = _check('"' * 100_000)
    assert len(article.quotes) <= 1


def test_alternating_curly_marks() -> None:
    article = _check("“”" * 50_000)
    assert all(q.kind is not QuoteKind.INDIRECT for q in article.quotes)


def test_unclosed_quote_over_a_megabyte_stays_in_its_paragraph() -> None:
    """A quote opened and never closed does not swallow the paragraphs after it."""
    body = "word " * 200_000
    text = f"Title line\n\n“{body}\n\nOfficials said the plan would fail."
    article = _check(text)
    speakers = [q.speaker.name for q in article.quotes if q.speaker]
    assert "Officials" in speakers
    assert all(q.span.end <= text.index("\n\nOfficials") for q in article.quotes if q.speaker is None)


def test_deep_nesting() -> None:
    text = "“‘" * 500 + "x" + "’”" * 500 + ' "We are fine," he said.'
    article = _check(text)
    assert len(article.quotes) <= 3


def test_lone_surrogates() -> None:
    text = '\ud800 "We will win this race," said Sen. Ann Lee. \udfff'
    article = _check(text)
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.name == "Ann Lee"


def test_rtl_combining_and_invisible_characters() -> None:
    text = ('שלום "ما هذا؟" قال الوزير. \u202eevil\u202c '
            '"We wi\u0300ll win, no ma\u0301tter what," said Ze\u0301lie\u0301 Dupont.\u200b')
    article = _check(text)
    assert any(q.speaker and q.speaker.name == "Ze\u0301lie\u0301 Dupont" for q in article.quotes)


def test_characters_that_lower_to_two_do_not_shift_conditions() -> None:
    """"İ" lowers to two characters; a condition after hundreds of them is still found, at its own offsets."""
    text = "İSTANBUL " * 300 + "\n\nA senior official, who asked not to be named, said the talks had failed."
    article = _check(text)
    assert [c.span.text for c in article.anonymity] == ["who asked not to be named"]


def test_crlf_reads_like_lf() -> None:
    """The seed with Windows line ends gives the same reading, at the shifted offsets."""
    crlf = SEED_TEXT.replace("\n", "\r\n")
    lf, windows = parse_article(SEED_TEXT), _check(crlf)
    assert [q.span.text.replace("\r\n", "\n") for q in windows.quotes] == [q.span.text for q in lf.quotes]
    assert [q.speaker.name if q.speaker else None for q in windows.quotes] == [
        q.speaker.name if q.speaker else None for q in lf.quotes
    ]


def test_html_markup_is_text() -> None:
    """Markup in plain-text input is read as text (use parse_html for pages); quotes around it still count."""
    text = '<html><body><p>"We will win this race," she said.</p><script>alert("x")</script></body></html>'
    article = _check(text)
    assert [q.span.text for q in article.quotes if q.kind is QuoteKind.DIRECT] == ['"We will win this race,"']


def test_five_megabytes_on_one_line() -> None:
    """A 5 MB single line (no paragraph breaks, no sentence ends) is read whole, not truncated."""
    text = "the minister said the plan would work and " * 120_000
    article = _check(text)
    assert len(text) > 5_000_000
    assert article.quotes and article.quotes[-1].span.end > 4_900_000


@pytest.mark.parametrize("text", ["'. 0", "-. 5", "’. Zed"])
def test_found_by_fuzzing(text: str) -> None:
    """Inputs the nightly fuzz run found crashing (an apostrophe alone before a period)."""
    _check(text)


def test_non_str_input_is_a_type_error() -> None:
    for value in (None, 3, b"bytes", bytearray(b"x"), ["a"], memoryview(b"x")):
        with pytest.raises(TypeError):
            parse_article(value)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            extract_quotes(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said" + " " * 1_000_000 + "that the plan failed.",
        '"Yes," he said' + " ," * 300_000,
        ("a " * 10 + "-- ") * 50_000,
        "Mr. " * 200_000,
        ". " * 300_000,
        "“" + "said, " * 150_000,
    ],
    ids=["megabyte-of-spaces", "comma-runs", "dash-runs", "abbreviation-runs", "period-runs", "cue-runs"],
)
def test_long_runs_of_what_patterns_look_for(text: str) -> None:
    """Runs of white space, commas, dashes, abbreviations and cue words: no pattern backtracks on them."""
    _check(text)


def test_whole_article_look_ups_stay_linear() -> None:
    """Per-quotation checks of the text around a quotation (is this word a name there?) read a bounded window,
    not the whole input: four times the paragraphs take about four times as long, not sixteen."""
    paragraph = "A good year. Good data of kind {} drives out bad when “the truth is sexier than the lie,” it seems."

    def seconds(n: int) -> float:
        text = "\n\n".join(paragraph.format(i) for i in range(n))
        start = time.perf_counter()
        article = parse_article(text)
        elapsed = time.perf_counter() - start
        assert article.title is None  # (a first paragraph of 19 words closed by a period: a lede)
        assert len(article.quotes) == n and all(q.speaker is None for q in article.quotes)
        return elapsed

    seconds(50)  # warm-up
    small, large = seconds(1500), seconds(6000)
    assert large < 8 * small + 0.5, (small, large)


def test_anonymity_conditions_stay_linear() -> None:
    """Each condition of anonymity looks up the reports of its own sentence, not every report of the article:
    eight times the conditions take about eight times as long, not sixty-four."""
    paragraph = ("The plan {} will fail, an official said on condition of anonymity because he was not "
                 "authorized to speak. “It is over,” another said.")

    def seconds(n: int) -> float:
        text = "\n\n".join(paragraph.format(i) for i in range(n))
        start = time.perf_counter()
        article = parse_article(text)
        elapsed = time.perf_counter() - start
        assert len(article.anonymity) == n  # (the first paragraph reports in the past: body text, no title)
        return elapsed

    seconds(50)  # warm-up
    small, large = seconds(1000), seconds(8000)
    assert large < 12 * small + 0.5, (small, large)  # linear: 8x; a look-up over every report: 16x and more



def test_many_quotations_opening_right_after_a_full_stop() -> None:
    """'He left."We won." ' 20,000 times: each quotation opens its own sentence and is read, none runs on (each
    look after a quotation is bounded, so the text is not read again per quotation)."""
    text = 'He left."We won." ' * 20_000
    article = _check(text)
    assert len(article.quotes) == 20_000 and all(q.span.text == '"We won."' for q in article.quotes)


def test_one_sentence_of_many_cues_is_read_in_time() -> None:
    """'He said ... and said ...' 4,000 times with no full stop: each cue's frames read a bounded stretch before it,
    so the sentence is not read again per cue (this took minutes before; the alarm above fails a hang)."""
    text = "He said the plan was good and said it would work " * 4_000
    start = time.perf_counter()
    article = _check(text)
    assert article.quotes and time.perf_counter() - start < 60
