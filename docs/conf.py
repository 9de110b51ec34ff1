"""Sphinx configuration for the newsclaims documentation."""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
SEED = ROOT / "seeds" / "000_ffd79e35cc8fbba3.txt"

project = "newsclaims"
author = "newsclaims developers"
copyright = "2026, newsclaims developers"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_use_ivar = True
nitpicky = False
html_theme = "furo"
html_title = "newsclaims"
# The build machines reach no web site: the inventories are small local files listing the objects these docs
# link to, at their real addresses (see _inventories/make_inventories.py).
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(DOCS / "_inventories" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(DOCS / "_inventories" / "attrs.inv")),
}
doctest_global_setup = f"import newsclaims\nfrom newsclaims import *\nSEED = {str(SEED)!r}"
exclude_patterns = ["_build", "_generated"]
html_extra_path = ["_generated"]


def _render_seed() -> None:
    """The seed article rendered by newsclaims.render, copied beside the pages as seed.html."""
    import newsclaims
    from newsclaims.render import to_html

    out = DOCS / "_generated"
    out.mkdir(exist_ok=True)
    article = newsclaims.parse_article(SEED.read_text(encoding="utf-8"))
    (out / "seed.html").write_text(to_html(article), encoding="utf-8")


_render_seed()
