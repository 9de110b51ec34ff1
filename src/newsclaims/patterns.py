"""Module-level regular expressions compiled on first use, so that ``import newsclaims`` stays quick.

The pipeline's stages hold about 120 patterns; compiling them all when the package is imported took about
0.2 s, which every command-line call, worker start and notebook import paid before reading a single article.
A :class:`LazyPattern` compiles when a method is first looked up and then keeps the compiled pattern's bound
methods as its own attributes, so later calls cost what calls on a compiled pattern cost.
"""

from __future__ import annotations

from typing import Any, cast

import regex


class LazyPattern:
    """Stands in for ``regex.compile(pattern, flags)`` until the pattern is first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for names not yet in the instance: compile once, then cache what was asked for.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = regex.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        # Pickle the source, not the compiled methods cached on the instance.
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A pattern that behaves as ``regex.compile(pattern, flags)`` and compiles when first used.

    >>> RE_YEAR = lazy_compile(r"\\b(?:19|20)\\d\\d\\b")
    >>> RE_YEAR.search("Founded in 1998.").group()
    '1998'
    """
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags))
