"""Authoring helper: digests of expected answers and sealed solutions for an exercise module.

    python tools/author.py latihan07 soal2 --value "3.94" --solution "er = ..."

``--value`` is a Python expression evaluated with ``pd``, ``kimkit`` and the kit's
datasets (``wilayah``, ``kim``, ``posting``) in scope; the digest is computed with the
problem's own rules (rounding, columns, order), so the module must already declare the
problem. Paste the printed strings into ``kimkit/exercises/<module>.py``.
"""

from __future__ import annotations

import argparse
import importlib

import pandas as pd

import kimkit
import kimkit.data
from kimkit.checks.digest import seal


def scope() -> dict:
    return {"pd": pd, "kimkit": kimkit, "wilayah": kimkit.data.wilayah_kaltim(),
            "kim": kimkit.data.kim_kaltim(), "posting": kimkit.data.posting_medsos()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("module")
    parser.add_argument("question")
    parser.add_argument("--value", action="append", default=[], help="expected answer (repeatable)")
    parser.add_argument("--solution", help="solution text to seal")
    args = parser.parse_args()
    module = importlib.import_module(f"kimkit.exercises.{args.module}")
    view = getattr(module, args.question)
    for expression in args.value:
        value = eval(expression, scope())  # authoring tool: expressions come from the author
        print(f"digest of {expression!r}: {view.problem.digest_of(value)}")
    if args.solution:
        print(f"sealed solution: {seal(view.problem.key, args.solution)}")


if __name__ == "__main__":
    main()
