"""Word lists as data: one entry per line, ``#`` starts a comment, loaded once and cached.

Lists (``.txt``) load as frozensets; tables (``.tsv``, two tab-separated columns) load as dicts.
"""

from __future__ import annotations

import functools
from importlib import resources


def _lines(filename: str) -> list[str]:
    raw = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("\\#") else line[1:]
        if line.strip():
            out.append(line)
    return out


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt``.

    >>> "said" in inflections("reporting_verbs")
    True
    """
    return frozenset(_lines(f"{name}.txt"))


@functools.cache
def ordered(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt`` in file order (for pattern lists where order matters)."""
    return tuple(_lines(f"{name}.txt"))


@functools.cache
def table(name: str) -> dict[str, str]:
    """The rows of ``lexicons/<name>.tsv`` as a dict from the first column to the second."""
    rows = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        rows[key.strip()] = value.strip()
    return rows


@functools.cache
def inflections(name: str) -> frozenset[str]:
    """Every inflected form of the verb lemmas in ``lexicons/<name>.txt`` (regular rules plus irregulars)."""
    irregular = table("irregular_verbs")
    forms: set[str] = set()
    for lemma in words(name):
        head, _, rest = lemma.partition(" ")
        tail = f" {rest}" if rest else ""
        for form in _inflect(head, irregular):
            forms.add(form + tail)
    return frozenset(forms)


def _inflect(verb: str, irregular: dict[str, str]) -> set[str]:
    forms = {verb}
    if verb in irregular:
        forms.update(irregular[verb].split(","))
        return forms
    if _doubles_final(verb):
        forms.update({verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
        if verb.endswith("l"):
            forms.update({verb + "ed", verb + "ing"})  # American "labeled", "signaling" beside "labelled"
    elif verb.endswith("e") and not verb.endswith("ee"):
        forms.update({verb + "s", verb + "d", verb[:-1] + "ing"})
    elif verb.endswith("ee"):
        forms.update({verb + "s", verb + "d", verb + "ing"})
    elif verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        forms.update({verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({verb + "es", verb + "ed", verb + "ing"})
    else:
        forms.update({verb + "s", verb + "ed", verb + "ing"})
    return forms


def _doubles_final(verb: str) -> bool:
    vowels = "aeiou"
    return (
        len(verb) >= 3
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
        and verb not in {"open", "happen", "listen", "offer", "answer", "counter", "threaten", "question"}
        and not verb.endswith(("en", "er", "on", "it", "ur"))  # ("murmured", not "murmurred")
        or verb in {"admit", "commit", "submit", "regret", "omit", "permit", "quip", "chat", "plan"}
        or verb in {"aver", "refer", "infer", "confer", "defer", "prefer", "deter", "concur", "occur", "recur", "demur"}
        # stressed last: "averred", "concurred", "demurred"
    )
