"""The ``newsclaims`` command: read articles from files (or ``-`` for stdin) and print who claimed what."""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import regex

from . import __version__
from .analysis import ENGINES
from .batch import ArticleError, _parse_stream
from .render import to_html
from .serialize import to_dict, to_json
from .types import Article, Quote


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 an input could not be read, 2 bad usage)."""
    try:
        return _main(argv)
    except BrokenPipeError:  # `newsclaims ... | head`: the reader left; stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["models"]:
        return _models_command(args_list[1:])
    args = _parser().parse_args(args_list)
    inputs = _Inputs(args)
    if args.html and args.output_dir is None and inputs.several:
        print("newsclaims: --html with several articles needs --output-dir", file=sys.stderr)
        return 2
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    try:
        results = _parse_stream(
            inputs.items(), args.workers, progress, args.engine, args.models, "record", args.chunksize
        )
        for result in results:
            inputs.errors += isinstance(result, ArticleError)
            _write(args, inputs.next_name(), result, several=inputs.several)
    except FileNotFoundError as err:  # the stanza models asked for are missing: the message names the fix
        print(f"newsclaims: {err}", file=sys.stderr)
        return 2
    return 1 if inputs.failed or inputs.errors else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description="Who claimed what in English news articles: quotes, cues, speakers, anonymous sources.",
        epilog="Inputs: text files, .html/.htm pages, .jsonl files of {\"id\": ..., \"text\": ...} records, "
        "folders (every matching file inside, sorted), or - for standard input.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for standard input")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print each article as an indented JSON document")
    out.add_argument("--jsonl", action="store_true", help="print one JSON object per article per line, with its id")
    out.add_argument("--html", action="store_true", help="render each article as a self-contained HTML page")
    parser.add_argument(
        "--from", dest="input_format", choices=("auto", "text", "html", "jsonl"), default="auto",
        help="input format (default: by file extension; standard input is text)",
    )
    parser.add_argument("--text-field", default="text", help="JSONL field holding the article (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the article id (default: id)")
    parser.add_argument("--html-field", action="store_true", help="the JSONL text field holds HTML pages")
    parser.add_argument("--glob", default="*.txt", help="files to take from folders (default: *.txt)")
    parser.add_argument("--output-dir", type=Path, default=None, help="with --html: write one page per article here")
    parser.add_argument("--workers", type=_positive_int, default=None, help="worker processes (default: 1)")
    parser.add_argument("--chunksize", type=_positive_int, default=16, help="articles per worker task")
    bar = parser.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show a progress bar on stderr (default: when stderr is a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    parser.add_argument("--engine", default="rules", choices=ENGINES, help="language-analysis engine")
    parser.add_argument(
        "--models", default=None, help="stanza engine models: 'official' or a folder (default: the bundled ones)"
    )
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {value!r}")
    return number


def _several(inputs: list[str]) -> bool:
    return len(inputs) > 1 or any(Path(i).is_dir() or i.endswith(".jsonl") for i in inputs if i != "-")


class _Inputs:
    """The articles named on the command line, read lazily in order: (id, text, is_html) per article."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failed = False
        self.errors = 0
        self.several = _several(args.inputs)
        self._names: collections.deque[str] = collections.deque()

    def items(self) -> Iterator[tuple[str, bool]]:
        for name, text, is_html in self._articles():
            self._names.append(name)
            yield text, is_html

    def next_name(self) -> str:
        """The id of the next result: results come in input order, after their input was read."""
        return self._names.popleft()

    def _articles(self) -> Iterator[tuple[str, str, bool]]:
        for name in self.args.inputs:
            for path in self._expand(name):
                fmt = self._format(path)
                try:
                    if fmt == "jsonl":
                        yield from self._records(path)
                    else:
                        yield path, _read(path), fmt == "html"
                except (OSError, UnicodeDecodeError) as err:
                    self._fail(f"cannot read {path}: {err}")

    def _expand(self, name: str) -> list[str]:
        if name != "-" and Path(name).is_dir():
            found = sorted(str(p) for p in Path(name).rglob(self.args.glob) if p.is_file())
            if not found:
                self._fail(f"no {self.args.glob} files in {name}")
            return found
        return [name]

    def _format(self, name: str) -> str:
        if self.args.input_format != "auto":
            return str(self.args.input_format)
        suffix = Path(name).suffix.lower()
        return {".html": "html", ".htm": "html", ".jsonl": "jsonl"}.get(suffix, "text")

    def _records(self, name: str) -> Iterator[tuple[str, str, bool]]:
        handle = sys.stdin if name == "-" else open(name, encoding="utf-8")  # noqa: SIM115 - closed below
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    text = record[self.args.text_field]
                except (ValueError, KeyError, TypeError) as err:
                    self._fail(f"{name}:{number}: not a JSON record with a {self.args.text_field!r} field ({err})")
                    continue
                if not isinstance(text, str):
                    self._fail(f"{name}:{number}: field {self.args.text_field!r} is not a string")
                    continue
                ident = record.get(self.args.id_field, f"{name}:{number}") if isinstance(record, dict) else None
                yield str(ident), text, bool(self.args.html_field)
        finally:
            if handle is not sys.stdin:
                handle.close()

    def _fail(self, message: str) -> None:
        print(f"newsclaims: {message}", file=sys.stderr)
        self.failed = True


def _write(args: argparse.Namespace, name: str, result: Article | ArticleError, *, several: bool) -> None:
    if isinstance(result, ArticleError):
        print(f"newsclaims: {name}: {result.error}: {result.message}", file=sys.stderr)
        if args.jsonl:
            print(json.dumps({"id": name, "error": result.error, "message": result.message}, ensure_ascii=False))
        return
    if args.jsonl:
        print(json.dumps({"id": name, **to_dict(result)}, ensure_ascii=False))
    elif args.json:
        print(to_json(result, indent=2))
    elif args.html:
        page = to_html(result)
        if args.output_dir is None:
            print(page)
        else:
            args.output_dir.mkdir(parents=True, exist_ok=True)
            stem = regex.sub(r"[^\w.\-]+", "_", Path(name).name if name != "-" else "stdin")
            (args.output_dir / f"{stem}.html").write_text(page, encoding="utf-8")
    else:
        _print_readable(name, result, sys.stdout, several=several)


def _models_command(argv: list[str]) -> int:
    """``newsclaims models download``: fetch stanza's official English models (needs internet)."""
    parser = argparse.ArgumentParser(prog="newsclaims models", description="Manage the stanza engine's models.")
    sub = parser.add_subparsers(dest="action", required=True)
    download = sub.add_parser("download", help="download stanza's official English models with stanza.download")
    download.add_argument("--dir", default=None, help="stanza resources folder (default: stanza's own)")
    sub.add_parser("path", help="print where the bundled models are")
    args = parser.parse_args(argv)
    from .engines.stanza_engine import BUNDLED, download_official

    if args.action == "path":
        print(BUNDLED)
        return 0
    try:
        print(download_official(args.dir))
    except Exception as err:  # network errors come in many types; report them plainly
        print(f"newsclaims: download failed: {err}", file=sys.stderr)
        return 1
    return 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8") as handle:
        return handle.read()


def _print_readable(name: str, article: Article, out: TextIO, *, several: bool) -> None:
    if several:
        print(f"== {name}", file=out)
    if article.title is not None:
        print(f"Title:    {article.title.text}", file=out)
    if article.dateline is not None:
        d = article.dateline
        parts = [p for p in (d.location, d.region, d.date, d.agency and f"({d.agency})") if p]
        print(f"Dateline: {' '.join(parts)}", file=out)
    for label, value in (("Published", article.published), ("Updated", article.updated)):
        if value is not None:
            print(f"{label}:{' ' * (9 - len(label))}{value.isoformat()}", file=out)
    print(f"Quotes:   {len(article.quotes)}", file=out)
    for number, quote in enumerate(article.quotes, 1):
        _print_quote(number, quote, out)
    if article.anonymity:
        print("Anonymity:", file=out)
        for cond in article.anonymity:
            who = ", ".join(s.name for s in cond.sources) or "?"
            reason = f" - {cond.reason}" if cond.reason else ""
            print(f"  {cond.span.text!r} ({cond.reason_kind.value}{reason}) covers: {who}", file=out)
    if article.sources:
        print("Sources:", file=out)
        for source in article.sources:
            extra = ", ".join(d for d in source.titles + source.descriptions + source.affiliations if d != source.name)
            anon = " [anonymous]" if source.anonymous else ""
            print(
                f"  {source.name}{anon} ({source.kind.value}{', ' + extra if extra else ''}): "
                f"{len(source.quotes)} quote(s)",
                file=out,
            )
    print(file=out)


def _print_quote(number: int, quote: Quote, out: TextIO) -> None:
    speaker = "unknown"
    if quote.speaker is not None:
        s = quote.speaker
        speaker = s.name if s.mention.text == s.name else f"{s.mention.text} -> {s.name}"
        if s.anonymous:
            speaker += " [anonymous]"
    cue = quote.cue.text if quote.cue else "-"
    print(f"  {number}. [{quote.kind.value}] {quote.span.text}", file=out)
    print(f"     cue: {cue} | speaker: {speaker}", file=out)


if __name__ == "__main__":
    raise SystemExit(main())
