"""Lazily compiled module-level patterns behave as compiled ones and compile only when used."""

from __future__ import annotations

import pickle
import subprocess
import sys

import regex

from newsclaims.patterns import LazyPattern, lazy_compile

SOURCE = r"(?P<name>\p{Lu}\w+)\s+said"
TEXT = "Oil rose, Smith said, and Jones said it would fall; smith said nothing."


def test_lazy_pattern_matches_as_the_compiled_one() -> None:
    lazy, compiled = lazy_compile(SOURCE, regex.IGNORECASE), regex.compile(SOURCE, regex.IGNORECASE)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert lazy.search(TEXT, 21).group("name") == compiled.search(TEXT, 21).group("name") == "Jones"
    assert lazy.sub("X", TEXT) == compiled.sub("X", TEXT)
    assert lazy.split(TEXT) == compiled.split(TEXT)
    assert lazy.match(TEXT) is None and lazy.fullmatch("Smith said") is not None
    assert lazy.groups == 1 and lazy.groupindex == {"name": 1} and lazy.pattern == SOURCE


def test_flags_are_kept() -> None:
    verbose = lazy_compile(r"""said  # a comment the VERBOSE flag drops
                               \s+ (\w+)""", regex.VERBOSE)
    match = verbose.search("Jones said yesterday")
    assert match is not None and match.group(1) == "yesterday"


def test_compiles_once_on_first_use_then_uses_compiled_methods() -> None:
    lazy = LazyPattern(r"\d+")
    assert "_compiled" not in vars(lazy)
    assert lazy.findall("1 and 22") == ["1", "22"]
    compiled = vars(lazy)["_compiled"]
    assert isinstance(compiled, regex.Pattern)
    assert vars(lazy)["findall"] == compiled.findall  # later calls skip __getattr__
    assert lazy.findall("333") == ["333"] and vars(lazy)["_compiled"] is compiled


def test_pickles_and_reports_unknown_names() -> None:
    lazy = LazyPattern(r"\w+", regex.IGNORECASE)
    lazy.search("warm")  # caches bound methods, which do not pickle
    copy = pickle.loads(pickle.dumps(lazy))
    assert isinstance(copy, LazyPattern) and copy.findall("a b") == ["a", "b"]
    assert "LazyPattern('\\\\w+'" in repr(lazy)
    try:
        lazy.no_such_method  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_import_compiles_no_module_pattern_and_skips_serialisation_libraries() -> None:
    """Importing newsclaims compiles none of its module-level patterns and imports no cattrs; parsing does."""
    code = (
        "import sys, pkgutil, importlib, newsclaims\n"
        "from newsclaims.patterns import LazyPattern\n"
        "mods = [m for m in sys.modules.values() if m and m.__name__.startswith('newsclaims')]\n"
        "lazy = [v for m in mods for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "print(len(lazy), sum('_compiled' in vars(v) for v in lazy), 'cattrs' in sys.modules)\n"
        "newsclaims.to_json(newsclaims.parse_article('Oil rose, traders said.'))\n"
        "print(sum('_compiled' in vars(v) for v in lazy) > 10, 'cattrs' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 60 and out[1:] == ["0", "False", "True", "True"]
