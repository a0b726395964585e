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
        index = _canonical_values(frame.index, decimals)
        cells = [_canonical_values(frame.iloc[:, i], decimals) for i in range(frame.shape[1])]
        rows = ";".join(f"{key}={','.join(row)}" for key, *row in zip(index, *cells))
        return f"frame:[{columns}]{rows}"
    if isinstance(value, pd.Series):
        series = value if ordered else value.sort_index()
        pairs = zip(_canonical_values(series.index, decimals), _canonical_values(series, decimals))
        return "series:" + ";".join(f"{key}={item}" for key, item in pairs)
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


def _number_text(number: float, decimals: int) -> str:
    if number != number:  # NaN
        return "num:nan"
    return f"num:{round(number, decimals) + 0.0:.{decimals}f}"  # + 0.0 turns -0.0 into 0.0


def _canonical_values(values: pd.Series | pd.Index, decimals: int) -> list[str]:
    """``canonical`` of every element, with fast paths for plain numeric and text columns."""
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype) and not isinstance(dtype, pd.BooleanDtype):
        return [f"bool:{bool(v)}" for v in values]
    if dtype.kind in "iuf" and not isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return [_number_text(float(v), decimals) for v in values.tolist()]
    if pd.api.types.is_string_dtype(dtype) and not values.hasnans:
        return ["str:" + " ".join(str(v).split()) for v in values]
    return [canonical(v, decimals) for v in values]


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
