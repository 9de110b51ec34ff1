"""Reading PolNeAR (brat standoff) for the evaluation scripts and the corpus-wide tests."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: Where the shared data lives, relative to a checkout (override with NEWSCLAIMS_POLNEAR).
DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def polnear_root() -> Path:
    return Path(os.environ.get("NEWSCLAIMS_POLNEAR", DEFAULT_ROOT))


@dataclass
class GoldSpan:
    pieces: list[tuple[int, int]]
    text: str

    @property
    def chars(self) -> set[int]:
        return {i for a, b in self.pieces for i in range(a, b)}

    @property
    def start(self) -> int:
        return min(a for a, _ in self.pieces)

    @property
    def end(self) -> int:
        return max(b for _, b in self.pieces)


@dataclass
class GoldAttribution:
    content: GoldSpan | None
    cue: GoldSpan | None
    source: GoldSpan | None


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def article_paths(split: str) -> list[Path]:
    return sorted((polnear_root() / split / "text").glob("*.txt"))


def read_texts(split: str) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in article_paths(split)]


def read_split(split: str) -> list[GoldArticle]:
    root = polnear_root() / split
    anns: dict[str, Path] = {}
    for path in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)
    out = []
    for name, text in read_texts(split):
        article = GoldArticle(name, text)
        if name in anns:
            article.attributions = _parse_ann(anns[name].read_text(encoding="utf-8"))
        out.append(article)
    return out


def _parse_ann(raw: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, GoldSpan]] = {}
    events: list[dict[str, str]] = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, GoldSpan(pieces, parts[2]))
        elif parts[0].startswith("E"):
            fields = parts[1].split()
            if not fields[0].startswith("Attribution"):
                continue
            events.append(dict(f.split(":", 1) for f in fields[1:] if ":" in f))
    def get(ev: dict[str, str], role: str) -> GoldSpan | None:
        key = ev.get(role)
        return spans[key][1] if key in spans else None

    return [GoldAttribution(get(ev, "Content"), get(ev, "Cue"), get(ev, "Source")) for ev in events]
