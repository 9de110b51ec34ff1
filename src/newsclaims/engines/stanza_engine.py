"""The stanza engine: stanza's tagger, lemmatizer and dependency parser, run offline on our own tokens.

stanza (and torch) are imported here only, on first use. The pipeline is built once per process and
models folder, never downloads anything (``download_method=None``), and is called under a lock because a
stanza Pipeline is not thread-safe.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..analysis import Word
from ..types import Span

#: The models this package ships, trained from UD English EWT (see models/MODEL_CARD.md).
BUNDLED = Path(__file__).resolve().parent.parent / "models"
PROCESSORS = "tokenize,pos,lemma,depparse"
_LOCK = threading.Lock()


class ModelsNotFoundError(FileNotFoundError):
    """The stanza models asked for are not on this machine."""


def models_dir(models: str | Path | None) -> Path:
    """Where the models are: ``None``/"bundled" (shipped), "official" (stanza's own folder) or a path.

    >>> models_dir(None) == BUNDLED
    True
    """
    if models is None or models == "bundled":
        return BUNDLED
    if models == "official":
        default = Path.home() / "stanza_resources"
        return Path(os.environ.get("STANZA_RESOURCES_DIR", default))
    return Path(models)


def check_models(directory: Path) -> None:
    """Raise a clear error, naming the command that fetches them, when no English models are there."""
    if not (directory / "resources.json").is_file() or not (directory / "en").is_dir():
        raise ModelsNotFoundError(
            f"no stanza English models in {directory}: for stanza's official models run "
            "`newsclaims models download` (needs internet), or pass models=<folder> holding a resources.json "
            "and en/<processor>/*.pt files"
        )


@functools.lru_cache(maxsize=4)
def _pipeline(directory: str) -> Any:
    path = Path(directory)
    check_models(path)
    import stanza  # type: ignore[import-untyped]  # deferred: importing torch costs about a second

    return stanza.Pipeline(
        lang="en",
        dir=directory,
        processors=PROCESSORS,
        tokenize_pretokenized=True,
        download_method=None,
        use_gpu=False,
        logging_level="WARN",
    )


def download_official(directory: str | None = None) -> Path:
    """Download stanza's official English models (the only code here that reaches the network)."""
    import stanza

    target = models_dir("official") if directory is None else Path(directory)
    stanza.download("en", model_dir=str(target), processors=PROCESSORS, logging_level="WARN")
    return target


def parse_sentences(
    sentences: Sequence[tuple[Span, ...]], models: str | Path | None = None
) -> list[tuple[Word, ...] | None]:
    """Tag, lemmatise and parse each sentence, given as its tokens; empty sentences give None."""
    pipeline = _pipeline(str(models_dir(models)))
    todo = [toks for toks in sentences if toks]
    parsed: list[tuple[Word, ...]] = []
    if todo:
        with _LOCK:
            doc = pipeline([[t.text for t in toks] for toks in todo])
        for toks, sent in zip(todo, doc.sentences, strict=True):
            words = sent.words
            parsed.append(
                tuple(
                    Word(span=tok, upos=w.upos or "X", lemma=(w.lemma or tok.text), head=w.head or 0,
                         deprel=w.deprel or "dep")
                    for tok, w in zip(toks, words, strict=True)
                )
            )
    it = iter(parsed)
    return [next(it) if toks else None for toks in sentences]
