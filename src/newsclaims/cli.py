"""The ``newsclaims`` command: read articles from files (or ``-`` for stdin) and print who claimed what."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .analysis import ENGINES
from .pipeline import parse_article
from .serialize import to_json
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
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description="Who claimed what in English news articles: quotes, cues, speakers, anonymous sources.",
    )
    parser.add_argument("files", nargs="+", help="article files (plain text, UTF-8), or - for standard input")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print each article as an indented JSON document")
    out.add_argument("--jsonl", action="store_true", help="print one JSON object per article per line")
    parser.add_argument("--engine", default="rules", choices=ENGINES, help="language-analysis engine")
    parser.add_argument(
        "--models", default=None, help="stanza engine models: 'official' or a folder (default: the bundled ones)"
    )
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    args = parser.parse_args(args_list)
    status = 0
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as err:
            print(f"newsclaims: cannot read {name}: {err}", file=sys.stderr)
            status = 1
            continue
        try:
            article = parse_article(text, engine=args.engine, models=args.models)
        except FileNotFoundError as err:
            print(f"newsclaims: {err}", file=sys.stderr)
            return 2
        if args.jsonl:
            print(to_json(article))
        elif args.json:
            print(to_json(article, indent=2))
        else:
            _print_readable(name, article, sys.stdout, several=len(args.files) > 1)
    return status


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
            extra = ", ".join(d for d in source.titles + source.descriptions if d != source.name)
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
