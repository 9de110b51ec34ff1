"""The package's shape: stages import only earlier stages, and importing it stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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
