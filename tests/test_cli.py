"""The command line: readable output, JSON, stdin, and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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


PAGE = """<html><head><title>Oil rises after storm</title><meta name="author" content="Ann Lee"></head>
<body><nav>Home | Markets</nav><article><h1>Oil rises after storm</h1>
<p>Oil prices rose sharply on Monday after the storm closed several refineries along the coast, traders said.</p>
<p>"We expect prices to stay high for weeks," said Maria Lopez, an economist at the Energy Institute.</p>
</article><footer>Copyright 2016 Example News</footer></body></html>"""


def _batch_inputs(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Oil rose, traders said.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.md").write_text("Not an article, analysts said.", encoding="utf-8")
    records = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"r{i}", "body": t}) for i, t in
             enumerate(["Gold fell, dealers said.", SEED.read_text(encoding="utf-8"), "No quotes here."])]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, records


def test_batch_folder_and_jsonl_to_jsonl(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A folder (its *.txt files, sorted, recursively) and a JSONL file become one JSONL line per article,
    each with its id: the file path or the record's id field."""
    folder, records = _batch_inputs(tmp_path)
    assert main(["--jsonl", "--text-field", "body", str(folder), str(records)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt"), "r0", "r1", "r2"]
    assert rows[2]["quotes"][0]["speaker"]["name"] == "dealers"
    assert rows[1]["quotes"] == rows[3]["quotes"] and rows[4]["quotes"] == []


def test_batch_workers_identical_to_serial(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--workers 2 prints exactly what the single-process run prints."""
    folder, records = _batch_inputs(tmp_path)
    argv = ["--jsonl", "--text-field", "body", "--no-progress", str(folder), str(records)]
    assert main(argv) == 0
    serial = capsys.readouterr().out
    assert main([*argv, "--workers", "2", "--chunksize", "1"]) == 0
    assert capsys.readouterr().out == serial


def test_batch_bad_record_is_reported(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A broken JSONL line is reported on stderr (exit 1) and the other records are still parsed."""
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": 1, "text": "Oil rose, traders said."}\nnot json\n{"id": 3, "txt": "x"}\n'
                       '{"id": 4, "text": "Gold fell, dealers said."}\n', encoding="utf-8")
    assert main(["--jsonl", str(records)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["1", "4"]
    assert f"{records}:2" in captured.err and f"{records}:3" in captured.err


def test_jsonl_from_stdin() -> None:
    """--from jsonl reads records from standard input."""
    result = subprocess.run(
        [sys.executable, "-m", "newsclaims", "--from", "jsonl", "--jsonl", "-"],
        input='{"id": "x", "text": "Oil rose, traders said."}\n', capture_output=True, text=True, check=True,
    )
    row = json.loads(result.stdout)
    assert row["id"] == "x" and row["quotes"][0]["cue"]["text"] == "said"


def test_html_input_and_output(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An .html page is read through the extractor (navigation and footer dropped); --html renders pages."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "oil.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["--jsonl", str(page)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["title"]["text"] == "Oil rises after storm"
    assert "Home | Markets" not in row["text"] and "Copyright" not in row["text"]
    assert [q["speaker"]["name"] for q in row["quotes"]] == ["traders", "Maria Lopez"]
    out_dir = tmp_path / "pages"
    assert main(["--html", "--output-dir", str(out_dir), str(page), str(SEED)]) == 0
    rendered = sorted(p.name for p in out_dir.iterdir())
    assert rendered == [f"{SEED.name}.html", "oil.html.html"]
    assert 'class="legend"' in (out_dir / "oil.html.html").read_text(encoding="utf-8")


def test_html_output_needs_folder_for_several(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--html", str(SEED), str(SEED)]) == 2
    assert "--output-dir" in capsys.readouterr().err


def test_bad_worker_count(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["--workers", "0", str(SEED)])
    assert exit_info.value.code == 2
    assert "positive integer" in capsys.readouterr().err


def test_sources_list_titles_and_affiliations(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The readable output lists a source's titles and affiliations beside its name."""
    path = tmp_path / "a.txt"
    path.write_text("Sen. Chuck Schumer (D-N.Y.) said the bill would pass. Schumer said the vote was close.\n",
                    encoding="utf-8")
    assert main([str(path)]) == 0
    assert "Chuck Schumer (person, Sen., D-N.Y.): 2 quote(s)" in capsys.readouterr().out
