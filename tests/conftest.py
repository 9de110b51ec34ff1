"""Shared fixtures: the seed article and the PolNeAR texts (skipped with a reason where ../shared is absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from polnear import polnear_root, read_texts  # noqa: E402

SEED = ROOT / "seeds" / "000_ffd79e35cc8fbba3.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def polnear_texts(split: str) -> list[tuple[str, str]]:
    texts = read_texts(split) if polnear_root().is_dir() else []
    if not texts:
        pytest.skip(f"PolNeAR not found at {polnear_root()} (set NEWSCLAIMS_POLNEAR); corpus test not run")
    return texts
