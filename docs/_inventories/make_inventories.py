"""Write the small intersphinx inventories the docs link through, so the docs build offline.

The machines that build these docs reach no web site, so Sphinx cannot download Python's and attrs'
``objects.inv``. These files list the few objects newsclaims' docs refer to, with their real addresses on
docs.python.org and attrs.org, in the inventory format Sphinx reads (version 2). Re-run after adding a
reference: ``python docs/_inventories/make_inventories.py``.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

PYTHON = [
    ("str", "py:class", "library/stdtypes.html#str"),
    ("int", "py:class", "library/functions.html#int"),
    ("bool", "py:class", "library/functions.html#bool"),
    ("float", "py:class", "library/functions.html#float"),
    ("bytes", "py:class", "library/stdtypes.html#bytes"),
    ("list", "py:class", "library/stdtypes.html#list"),
    ("dict", "py:class", "library/stdtypes.html#dict"),
    ("tuple", "py:class", "library/stdtypes.html#tuple"),
    ("object", "py:class", "library/functions.html#object"),
    ("None", "py:data", "library/constants.html#None"),
    ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
    ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
    ("FileNotFoundError", "py:exception", "library/exceptions.html#FileNotFoundError"),
    ("ImportError", "py:exception", "library/exceptions.html#ImportError"),
    ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
    ("datetime.datetime", "py:class", "library/datetime.html#datetime.datetime"),
    ("collections.abc.Iterable", "py:class", "library/collections.abc.html#collections.abc.Iterable"),
    ("collections.abc.Iterator", "py:class", "library/collections.abc.html#collections.abc.Iterator"),
    ("typing.Any", "py:data", "library/typing.html#typing.Any"),
    ("enum.Enum", "py:class", "library/enum.html#enum.Enum"),
    ("json", "py:module", "library/json.html#module-json"),
    ("concurrent.futures.ProcessPoolExecutor", "py:class",
     "library/concurrent.futures.html#concurrent.futures.ProcessPoolExecutor"),
]

ATTRS = [
    ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
    ("attrs.define", "py:function", "api.html#attrs.define"),
    ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
    ("attrs.asdict", "py:function", "api.html#attrs.asdict"),
    ("attrs.fields", "py:function", "api.html#attrs.fields"),
]


def write(path: Path, project: str, version: str, entries: list[tuple[str, str, str]]) -> None:
    header = f"# Sphinx inventory version 2\n# Project: {project}\n# Version: {version}\n"
    header += "# The remainder of this file is compressed using zlib.\n"
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in entries)
    path.write_bytes(header.encode() + zlib.compress(body.encode()))


if __name__ == "__main__":
    write(HERE / "python.inv", "Python", "3", PYTHON)
    write(HERE / "attrs.inv", "attrs", "stable", ATTRS)
