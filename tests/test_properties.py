"""Property tests: any text gives an Article whose spans slice it, the same twice, and JSON that round-trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims import extract_quotes, from_json, parse_article, to_json

#: Text built from the characters that matter to the pipeline: quote marks, dashes, colons, capitals, breaks.
NEWSY = st.lists(
    st.sampled_from(list("aeo tnsAWBH.,:;!?-—\"'“”‘’«»()[]\n\r\t0123") + ["said", " said ", "(AP)", "U.S.", "Ann Lee"]),
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_any_text(text: str) -> None:
    """No exception; every span slices the input; deterministic; JSON round trip; extract_quotes agrees."""
    article = parse_article(text)
    for span in article.spans():
        assert text[span.start : span.end] == span.text
    assert parse_article(text) == article
    assert from_json(to_json(article)) == article
    assert extract_quotes(text) == list(article.quotes)
