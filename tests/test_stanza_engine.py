"""The stanza engine, run for real on the bundled models; model selection and the missing-model error."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import polnear_texts
from newsclaims import QuoteKind, SpeakerKind, parse_article

pytestmark = pytest.mark.stanza


def test_models_dir_selection(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """None means the bundled models, "official" stanza's folder (or $STANZA_RESOURCES_DIR), else a path."""
    from newsclaims.engines.stanza_engine import BUNDLED, models_dir

    assert models_dir(None) == BUNDLED and models_dir("bundled") == BUNDLED
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert models_dir("official") == tmp_path
    assert models_dir(str(tmp_path / "x")) == tmp_path / "x"
    assert (BUNDLED / "resources.json").is_file()
    for processor in ("pos", "lemma", "depparse"):
        assert (BUNDLED / "en" / processor / "newsclaims.pt").is_file()


def test_missing_models_error(tmp_path: Path) -> None:
    """Asking for models that are not there names the command that fetches them; nothing is downloaded."""
    with pytest.raises(FileNotFoundError, match="newsclaims models download"):
        parse_article("Officials said the talks failed.", engine="stanza", models=tmp_path)


def test_missing_models_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI reports missing models on stderr with exit status 2."""
    from newsclaims.cli import main

    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_ffd79e35cc8fbba3.txt"
    assert main(["--engine", "stanza", "--models", str(tmp_path), str(seed)]) == 2
    assert "newsclaims models download" in capsys.readouterr().err


@pytest.fixture(scope="module")
def stanza_seed(seed_text: str):  # type: ignore[no-untyped-def]
    pytest.importorskip("stanza")
    return parse_article(seed_text, engine="stanza")


def test_seed_with_stanza(stanza_seed, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    """The seed reads as EXPECTED.md says with the stanza engine too."""
    a = stanza_seed
    assert a.engine == "stanza"
    assert all(seed_text[s.start : s.end] == s.text for s in a.spans())
    q = a.quotes
    assert [x.kind for x in q] == [QuoteKind.INDIRECT] * 3 + [QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.DIRECT]
    assert [x.cue.text if x.cue else None for x in q] == ["said", "said", "said", "predicted", "said", "said"]
    assert q[0].span.text.endswith("to bankroll operations")
    assert q[1].span.text.endswith("to go into hiding")
    assert q[4].span.text.startswith("US and international forces") and q[4].span.text.endswith('defeated."')
    s = [x.speaker for x in q]
    assert s[0] is not None and s[0].mention.text == "intelligence and counter terrorism officials"
    assert s[0].anonymous and s[0].kind is SpeakerKind.GROUP
    assert s[1] is not None and s[1].antecedent == s[0].mention
    assert s[3] is not None and s[3].name == "Hisham al-Hashimi"
    assert s[4] is not None and (s[4].name, s[4].title) == ("Ash Carter", "US Defense Secretary")
    assert s[5] is not None and s[5].name == "Ash Carter"
    assert {src.name for src in a.sources} == {
        "intelligence and counter terrorism officials", "Hisham al-Hashimi", "Ash Carter"}
    cond = a.anonymity[0]
    assert cond.reason == "to discuss the agencies' preparations" and cond.sources[0].count == 6


def test_dev_sample_offsets() -> None:
    """A sample of PolNeAR dev articles parses with the stanza engine, every span slicing its input."""
    pytest.importorskip("stanza")
    for _, text in polnear_texts("dev")[:4]:
        article = parse_article(text, engine="stanza")
        assert article.quotes
        for span in article.spans():
            assert text[span.start : span.end] == span.text


def test_parse_tells_verb_from_noun() -> None:
    """With the parse, "claims" as a noun is no cue, and the subject subtree is the speaker."""
    pytest.importorskip("stanza")
    quotes = parse_article(
        "His claims were false. The senator from Ohio said the bill would pass easily.", engine="stanza"
    ).quotes
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("said", "The senator from Ohio")]


def test_parse_grows_speaker_of_a_verb_group() -> None:
    """The subject subtree of a cue verb grows a speaker over a role before the name ("her senior policy adviser,
    Jake Sullivan,"), also where the cue is a verb group ("has said"): the parse is read at the group's verb."""
    pytest.importorskip("stanza")
    for cue in ("said", "has said"):
        text = f"In a statement to the Observer, her senior policy adviser, Jake Sullivan, {cue}: “We will win.”"
        rules = parse_article(text).quotes
        parsed = parse_article(text, engine="stanza").quotes
        assert [q.cue.text for q in parsed if q.cue] == [cue]
        assert rules[0].speaker is not None and rules[0].speaker.mention.text == "Jake Sullivan"
        assert parsed[0].speaker is not None
        assert parsed[0].speaker.mention.text == "her senior policy adviser, Jake Sullivan,"
