"""Train the stanza engine's English models (pos, lemma, depparse) from UD English EWT, on CPU.

    python training/train_stanza.py [--ud ../shared/data/ud/UD_English-EWT] [--out build/stanza] [--only pos]

Follows the recipe measured in ../shared/research/stanza-offline.md (trainers run through
patched_trainer.py, which computes nn.Bilinear with einsum on CPU): no character model, no pretrained
vectors (so no downloads and small files), low dropout and a higher learning rate for the tagger, a
two-layer, 200-unit parser. Each trainer is stanza's own, run as a module with explicit files and flags.
Writes the checkpoints under --out and, with --install, copies them into the package's models folder as
``en/<processor>/newsclaims.pt`` beside a resources.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_UD = ROOT.parent / "shared" / "data" / "ud" / "UD_English-EWT"
PACKAGE_MODELS = ROOT / "src" / "newsclaims" / "models"


def commands(ud: Path, out: Path) -> dict[str, list[str]]:
    train, dev = str(ud / "en_ewt-ud-train.conllu"), str(ud / "en_ewt-ud-dev.conllu")
    py = [sys.executable, str(Path(__file__).resolve().parent / "patched_trainer.py")]
    return {
        "pos": py + [
            "stanza.models.tagger", "--mode", "train", "--lang", "en", "--shorthand", "en_ewt",
            "--train_file", train, "--eval_file", dev, "--output_file", str(out / "pos.dev.conllu"),
            "--save_dir", str(out), "--save_name", "pos.pt", "--no_char", "--no_pretrain", "--no_bert_model",
            "--batch_size", "50", "--max_steps", "1500", "--eval_interval", "100", "--dropout", "0.2",
            "--word_dropout", "0.05", "--lr", "0.005", "--seed", "1234",
        ],
        "lemma": py + [
            "stanza.models.lemmatizer", "--mode", "train", "--shorthand", "en_ewt",
            "--train_file", train, "--eval_file", dev, "--output_file", str(out / "lemma.dev.conllu"),
            "--save_dir", str(out), "--save_name", "lemma.pt", "--dict_only",
        ],
        "depparse": py + [
            "stanza.models.parser", "--mode", "train", "--lang", "en", "--shorthand", "en_ewt",
            "--train_file", train, "--eval_file", dev, "--output_file", str(out / "depparse.dev.conllu"),
            "--save_dir", str(out), "--save_name", "depparse.pt", "--no_char", "--no_pretrain",
            "--no_bert_model", "--hidden_dim", "200", "--deep_biaff_hidden_dim", "200", "--num_layers", "2",
            "--batch_size", "2000",
            "--max_steps", "1000", "--eval_interval", "100", "--seed", "1234",
        ],
    }


def to_half(src: Path, dest: Path) -> None:
    """Save a checkpoint with its floating-point weights in half precision (stanza casts them back on load)."""
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=False)
    model = checkpoint.get("model") or {}
    for key, value in model.items():
        if torch.is_tensor(value) and value.is_floating_point():
            model[key] = value.half()
    checkpoint.pop("optimizer", None)
    torch.save(checkpoint, dest)


def install(out: Path) -> None:
    """Copy trained checkpoints (weights in half precision) into the package with a resources.json."""
    resources: dict[str, dict[str, object]] = {"en": {"lang_name": "English", "packages": {"default": {}}}}
    for processor in ("pos", "lemma", "depparse"):
        src = out / f"{processor}.pt"
        if not src.exists():
            continue
        dest = PACKAGE_MODELS / "en" / processor / "newsclaims.pt"
        dest.parent.mkdir(parents=True, exist_ok=True)
        to_half(src, dest)
        resources["en"]["packages"]["default"][processor] = "newsclaims"  # type: ignore[index]
        resources["en"][processor] = {"newsclaims": {}}
    (PACKAGE_MODELS / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud", type=Path, default=DEFAULT_UD)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "stanza")
    parser.add_argument("--only", choices=["pos", "lemma", "depparse", "none"], action="append",
                        help="train only these (repeatable); 'none' with --install only installs")
    parser.add_argument("--install", action="store_true", help="copy the models into src/newsclaims/models")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, cmd in commands(args.ud, args.out).items():
        if args.only and name not in args.only:
            continue
        start = time.time()
        print(f"== training {name}: {' '.join(cmd)}", flush=True)
        with open(args.out / f"{name}.log", "w", encoding="utf-8") as log:
            threads = "2" if name == "depparse" else "1"
            env = {**os.environ, "OMP_NUM_THREADS": threads, "NEWSCLAIMS_TRAIN_THREADS": threads}
            code = subprocess.call(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        print(f"== {name}: exit {code} after {time.time() - start:.0f} s", flush=True)
        if code != 0:
            return code
    if args.install:
        install(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
