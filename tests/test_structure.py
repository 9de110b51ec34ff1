"""The package's shape: stages import only earlier stages, and importing it stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import regex

import newsclaims

PACKAGE = Path(newsclaims.__file__).parent
#: The pipeline order; a module may import only modules earlier in this list (or helpers).
ORDER = ["types", "lexicons", "timestamps", "datelines", "layout", "segmentation", "analysis", "quotes", "cues",
         "speakers", "coreference", "anonymity", "assemble", "serialize", "pipeline", "webpage", "records", "render",
         "batch", "dask", "cli"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            found.add((node.module or "").split(".")[0] or "__init__")
    return found


def test_no_backward_imports() -> None:
    """A stage never imports a later stage."""
    for name in ORDER:
        path = PACKAGE / f"{name}.py"
        if not path.exists():
            path = PACKAGE / name / "__init__.py"
        for imported in _imports(path):
            if imported in ORDER:
                assert ORDER.index(imported) < ORDER.index(name), f"{name} imports later stage {imported}"


def test_import_is_light() -> None:
    """Importing newsclaims does not import torch or stanza."""
    code = (
        "import sys, newsclaims; newsclaims.parse_article('A said B.');"
        "print('torch' in sys.modules, 'stanza' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_no_open_ended_slices_of_the_input() -> None:
    """No stage copies the input from its start or to its end (``text[:i]``, ``text[i:]``): done once per quote or
    cue, that reads the whole text again each time, and time grows with the square of the input (a participle
    check once did ``text[: verb.start()].rstrip()``: 8 MB took 6 s/MB against 2 s/MB at 1 MB). Bounded windows
    (``text[max(0, i - 8) : i]``) or a pattern with ``pos``/``endpos`` read only what they need."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)):
                continue
            value = node.value
            name = value.id if isinstance(value, ast.Name) else value.attr if isinstance(value, ast.Attribute) else ""
            bound = node.slice.lower if node.slice.upper is None else node.slice.upper
            open_ended = (node.slice.lower is None) != (node.slice.upper is None)
            if name == "text" and open_ended and not isinstance(bound, (ast.Constant, ast.UnaryOp)):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")  # not "text[:1]", "text[-3:]"
    assert found == []


def test_no_control_characters_in_the_source() -> None:
    """No source file holds a control character: a "\\b" written in a plain (not raw) string becomes a backspace,
    and a pattern ending in one never matches (as one did, unnoticed, for "at least" and "in fact")."""
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.txt"), *PACKAGE.rglob("*.tsv")]):
        text = path.read_text(encoding="utf-8")
        bad = [c for c in set(text) if ord(c) < 32 and c not in "\n\t"]
        assert not bad, f"{path.name} holds control characters {bad!r}"  # lexicons hold patterns too


def test_module_level_names_are_bound_once() -> None:
    """No module binds the same module-level name twice: a second ``RE_X = ...`` silently replaces the first
    pattern for every use above it in the file (and the regex audit times only the last)."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen and target.id != "__all__":
                        twice.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {target.id}")
                    seen.add(target.id)
    assert twice == []


def test_no_possessive_letter_run_before_a_literal_suffix() -> None:
    """A possessive run of letters right before a literal suffix never matches (``\\p{Ll}++ed`` takes the "ed" too and
    gives nothing back): "that vote|rs", "widely", "plotting" had slipped past such patterns unnoticed."""
    bad = regex.compile(r"(?:\\p\{Ll\}|\\p\{L\}|\\w|\])(?:\+\+|\*\+|\}\+)(?:ly|ed|ing|s)(?![a-z])")
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if bad.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{lineno}")
    assert found == []
