"""Sphinx configuration for the newsclaims documentation."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

project = "newsclaims"
author = "newsclaims developers"
copyright = "2026, newsclaims developers"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
nitpicky = False
html_theme = "furo"
html_title = "newsclaims"
doctest_global_setup = f"import newsclaims\nfrom newsclaims import *\nSEED = {str(ROOT / 'seeds' / '000_ffd79e35cc8fbba3.txt')!r}"
exclude_patterns = ["_build"]
