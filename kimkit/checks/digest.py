"""Salted digests of expected answers, and sealed solution texts.

The kit never ships expected answers or graded solutions in clear text. An answer is
turned into a canonical string (numbers rounded to the problem's precision, tables
serialised cell by cell), salted with the question's id and hashed with SHA-256.
Solutions are sealed with a keystream derived from the same salt: this keeps them out
of sight of a casual reader of the package; it is not protection against a
determined one, since a self-check that works offline can always be reversed.
"""

from __future__ import annotations

import base64
import hashlib
import math
import numbers
import zlib

import pandas as pd

_PEPPER = b"kimkit/v1"


def canonical(value: object, decimals: int = 6, ordered: bool = True) -> str:
    """A stable text form of ``value``: equal answers give equal strings."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return f"bool:{value}"
    if isinstance(value, numbers.Number) and not isinstance(value, complex):
        number = float(value)
        if math.isnan(number):
            return "num:nan"
        rounded = round(number, decimals)
        if rounded == 0:
            rounded = 0.0  # no negative zero
        return f"num:{rounded:.{decimals}f}"
    if isinstance(value, str):
        return "str:" + " ".join(value.split())
    if isinstance(value, pd.DataFrame):
        frame = value if ordered else value.sort_index()
        columns = "|".join(str(c) for c in frame.columns)
        rows = ";".join(
            canonical(index, decimals) + "=" + ",".join(canonical(v, decimals) for v in row)
            for index, row in zip(frame.index, frame.itertuples(index=False))
        )
        return f"frame:[{columns}]{rows}"
    if isinstance(value, pd.Series):
        series = value if ordered else value.sort_index()
        items = ";".join(
            canonical(index, decimals) + "=" + canonical(v, decimals) for index, v in series.items()
        )
        return f"series:{items}"
    if isinstance(value, (set, frozenset)):
        return "set:" + ",".join(sorted(canonical(v, decimals) for v in value))
    if isinstance(value, (list, tuple)):
        items = [canonical(v, decimals) for v in value]
        if not ordered:
            items.sort()
        return "list:" + ",".join(items)
    if isinstance(value, dict):
        return "dict:" + ",".join(
            sorted(canonical(k, decimals) + "=" + canonical(v, decimals) for k, v in value.items())
        )
    if isinstance(value, pd.Timestamp):
        return f"time:{value.isoformat()}"
    if hasattr(value, "item") and callable(value.item):  # numpy scalars such as np.bool_
        return canonical(value.item(), decimals, ordered)
    return f"repr:{value!r}"


def digest(salt: str, value: object, decimals: int = 6, ordered: bool = True) -> str:
    """Salted SHA-256 of the canonical form of ``value``."""
    text = canonical(value, decimals, ordered).encode("utf-8")
    return hashlib.sha256(_PEPPER + salt.encode("utf-8") + b"\0" + text).hexdigest()


def _keystream(salt: str, length: int) -> bytes:
    blocks = []
    counter = 0
    while sum(len(b) for b in blocks) < length:
        blocks.append(hashlib.sha256(_PEPPER + salt.encode() + counter.to_bytes(4, "big")).digest())
        counter += 1
    return b"".join(blocks)[:length]


def seal(salt: str, text: str) -> str:
    """Encode ``text`` so that it does not read as clear text in the package."""
    data = zlib.compress(text.encode("utf-8"), 9)
    mixed = bytes(a ^ b for a, b in zip(data, _keystream(salt, len(data))))
    return base64.b64encode(mixed).decode("ascii")


def unseal(salt: str, sealed: str) -> str:
    """Reverse :func:`seal`."""
    mixed = base64.b64decode(sealed)
    data = bytes(a ^ b for a, b in zip(mixed, _keystream(salt, len(mixed))))
    return zlib.decompress(data).decode("utf-8")
