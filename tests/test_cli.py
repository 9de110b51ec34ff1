"""The command line: readable output, JSON, stdin, and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEED
from newsclaims.cli import main


def test_readable_seed(capsys) -> None:  # type: ignore[no-untyped-def]
    """The default output names the title, dateline and each quote with kind, cue and speaker."""
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "Title:    Iraq prepares for new fight against post-Mosul Islamic State" in out
    assert "Dateline: Baghdad" in out
    assert "[direct]" in out and "[mixed]" in out and "[indirect]" in out
    assert "cue: predicted | speaker: Hisham al-Hashimi, an Iraqi security analyst -> Hisham al-Hashimi" in out
    assert "Ash Carter (person, US Defense Secretary): 2 quote(s)" in out


def test_jsonl_two_files(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--jsonl prints one JSON object per article and nothing else."""
    other = tmp_path / "b.txt"
    other.write_text("Oil rose, traders said.", encoding="utf-8")
    assert main(["--jsonl", str(SEED), str(other)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["quotes"][0]["cue"]["text"] == "said"


def test_unreadable_file(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A missing file is reported on stderr with a non-zero exit; stdout stays clean."""
    assert main([str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "cannot read" in captured.err


def test_stdin_module_entry() -> None:
    """python -m newsclaims reads standard input given as -."""
    result = subprocess.run(
        [sys.executable, "-m", "newsclaims", "--json", "-"],
        input="\"We will win,\" Sen. Ann Lee said.", capture_output=True, text=True, check=True,
    )
    data = json.loads(result.stdout)
    assert data["quotes"][0]["speaker"]["name"] == "Ann Lee"


def test_broken_pipe_is_quiet() -> None:
    """Piping into a reader that stops early (| head) ends quietly with status 0, no traceback."""
    many = [str(SEED)] * 40
    proc = subprocess.Popen([sys.executable, "-m", "newsclaims", *many], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert b"Traceback" not in err and first.startswith(b"== ")
