"""Run one of stanza's trainers with a faster CPU formulation of ``torch.nn.Bilinear``.

    python training/patched_trainer.py stanza.models.tagger ARGS...

On CPU the backward pass of ``nn.Bilinear`` (used by the tagger's xpos/feats scorers) is about 40 times
slower than the same product written with ``einsum`` (measured in ../shared/research/stanza-offline.md).
The patch changes only how the product is computed during training: the weights, their names and the
checkpoint format stay the same, so stock stanza loads the result.
"""

from __future__ import annotations

import os
import runpy
import sys

import torch


def _bilinear_forward(self: torch.nn.Bilinear, input1: torch.Tensor, input2: torch.Tensor) -> torch.Tensor:
    out = torch.einsum("...i,oij,...j->...o", input1, self.weight, input2)
    return out + self.bias if self.bias is not None else out


def main() -> None:
    torch.set_num_threads(int(os.environ.get("NEWSCLAIMS_TRAIN_THREADS", "1")))
    torch.nn.Bilinear.forward = _bilinear_forward  # type: ignore[method-assign]
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
