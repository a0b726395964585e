"""The notebook namespace that self-checks read answers from.

A notebook binds its ``globals()`` once (``kimkit.mulai(globals())``); checks then read
variables by name instead of walking the call stack.
"""

from __future__ import annotations

from collections.abc import Mapping

_bound: dict[str, Mapping[str, object] | None] = {"namespace": None}


def bind(namespace: Mapping[str, object]) -> None:
    """Make ``namespace`` the one that checks read from."""
    _bound["namespace"] = namespace


def bound_namespace() -> Mapping[str, object] | None:
    """The namespace bound last, or None before any ``bind``."""
    return _bound["namespace"]
