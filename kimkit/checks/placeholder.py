"""The ``____`` blank that marks an answer the learner still has to fill in."""

from __future__ import annotations


class Placeholder:
    """A visible blank; any answer still equal to it counts as "belum dicoba"."""

    def __repr__(self) -> str:
        return "____"


____ = Placeholder()


def is_placeholder(value: object) -> bool:
    """True for the ``____`` blank and for ``...`` (Ellipsis)."""
    return isinstance(value, Placeholder) or value is Ellipsis
