"""The dependency parse (stanza engine) refines what the rule frames found.

Measured on PolNeAR train with the bundled models (UPOS 90.3, LAS 80.3 with gold tags), a parse that overrides
the rules does worse than the rules alone, so it is used where it is safe: a cue the tagger calls a verb keeps
its speaker mention grown to the verb's whole subject subtree (an appositive or relative clause the rules cut
off). Shrinking contents to the complement clause, or shrinking speakers, cost accuracy with these models.
"""

from __future__ import annotations

import attrs

from ..analysis import Word, subtree
from ..types import Span
from .report import Report
from .speaker_phrases import looks_like_speaker

_SUBJECT = ("nsubj", "nsubj:pass")


def refine_with_parse(text: str, report: Report, words: tuple[Word, ...], start: int) -> Report:
    """Grow the speaker mention of ``report`` to the subject subtree of its cue verb, where that contains it."""
    if report.cue is None or report.speaker is None:
        return report
    verb = next((i for i, w in enumerate(words) if w.span.end == report.cue.end), None)  # "has| said"
    if verb is None or words[verb].upos not in ("VERB", "AUX"):
        return report
    subjects = [j for j, x in enumerate(words) if x.head == verb + 1 and x.deprel in _SUBJECT]
    if not subjects:
        return report
    first, last = subtree(words, subjects[0])
    s_start, s_end = words[first].span.start, words[last].span.end
    speaker = report.speaker
    if start <= s_start <= speaker.start and speaker.end <= s_end and (s_start, s_end) != (speaker.start, speaker.end):
        if (
            s_end <= report.cue.start
            and looks_like_speaker(text[s_start:s_end], strict=False)
            and _grows_by_appositive(text, s_start, speaker.start)
        ):
            return attrs.evolve(report, speaker=Span.of(text, s_start, s_end))
    return report


def _grows_by_appositive(text: str, s_start: int, speaker_start: int) -> bool:
    """Growing to the left is safe only over a title or role set off by a comma ("her senior policy adviser,
    Jake Sullivan"), not over a clause the tagger misread ("the Sandy Hook shootings, Barden")."""
    if s_start == speaker_start:
        return True
    left = text[s_start:speaker_start].rstrip()
    return left.endswith(",") and looks_like_speaker(left[:-1])
