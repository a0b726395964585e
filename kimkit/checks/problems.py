"""Declarative self-check problems (learntools style).

A problem names the notebook variables it reads and decides, from their values alone,
whether the answer is right. It signals the outcome by raising: ``NotAttempted`` for a
blank answer, ``Incorrect`` with a learner-facing message for a wrong one; returning
normally means correct. Expected answers are salted digests (see ``digest.py``).
"""

from __future__ import annotations

import copy
import numbers
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kimkit.checks.digest import digest, unseal
from kimkit.checks.placeholder import is_placeholder
from kimkit.messages import msg


class NotAttempted(Exception):
    """The learner has not answered yet."""


class Incorrect(Exception):
    """The answer is wrong; the message tells the learner what to look at."""


class MissingVariable(NotAttempted):
    """A variable the problem reads does not exist in the notebook."""

    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def _describe(value: object) -> str:
    """A short Indonesian description of a value's type, for messages."""
    if isinstance(value, bool):
        return f"nilai {value}"
    if isinstance(value, (int, float)):
        return f"angka {value!r}"
    if isinstance(value, str):
        return f"teks {value!r}"
    if isinstance(value, pd.DataFrame):
        return f"tabel {value.shape[0]} baris × {value.shape[1]} kolom"
    if isinstance(value, pd.Series):
        return f"kolom pandas berisi {len(value)} nilai"
    if isinstance(value, (list, tuple)):
        return f"daftar berisi {len(value)} butir"
    if value is None:
        return "None (kosong)"
    return f"objek bertipe {type(value).__name__}"


def _is_bool(value: object) -> bool:
    return isinstance(value, (bool, np.bool_))


def _is_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not _is_bool(value)


@dataclass
class Problem:
    """Base of every self-check problem."""

    variables: tuple[str, ...] = ()
    statement: str = ""
    hints: Sequence[str] = ()
    solution: str = ""
    sealed_solution: str = ""
    key: str = ""
    graded: bool = False

    def values(self, namespace: Mapping[str, object]) -> list[object]:
        """Read the problem's variables; raise NotAttempted for missing or blank ones."""
        found = []
        for name in self.variables:
            if name not in namespace:
                raise MissingVariable(name)
            value = namespace[name]
            if is_placeholder(value):
                raise NotAttempted(name)
            found.append(value)
        return found

    def check(self, *values: object) -> None:
        """Raise ``Incorrect`` unless ``values`` are right."""
        raise NotImplementedError

    def solution_text(self) -> str:
        if self.sealed_solution:
            return unseal(self.key, self.sealed_solution)
        return self.solution


@dataclass
class ValueCheck(Problem):
    """One variable whose value must equal a hidden expected answer.

    ``kind`` is "number", "text", "bool", "list", "series" or "table". Numbers are
    compared after rounding to ``decimals``; tables on ``columns`` only (when given) and
    without their index when ``ignore_index``; ``ordered=False`` ignores row order.
    ``mistakes`` maps digests of common wrong answers to a targeted message.
    """

    expected: str = ""
    kind: str = "number"
    decimals: int = 6
    ordered: bool = True
    ignore_index: bool = False
    case_sensitive: bool = False
    columns: Sequence[str] = ()
    mistakes: Mapping[str, str] = field(default_factory=dict)

    def _normalise(self, value: object) -> object:
        if self.kind == "text" and isinstance(value, str):
            text = " ".join(value.split())
            return text if self.case_sensitive else text.casefold()
        if self.kind == "series" and isinstance(value, pd.DataFrame) and value.shape[1] == 1:
            value = value.iloc[:, 0]
        if self.kind == "table" and isinstance(value, pd.DataFrame):
            if self.columns:
                value = value[list(self.columns)]
            if self.ignore_index:
                value = value.reset_index(drop=True)
        if self.kind == "series" and isinstance(value, pd.Series) and self.ignore_index:
            value = value.reset_index(drop=True)
        if self.kind == "list" and isinstance(value, (pd.Series, pd.Index)):
            value = list(value)
        return value

    def digest_of(self, value: object) -> str:
        """The digest an answer produces; authors use it to fill ``expected``."""
        value = self._normalise(value)
        return digest(self.key, value, self.decimals, self.ordered)

    def _check_type(self, name: str, value: object) -> None:
        ok = {
            "number": _is_number(value),
            "text": isinstance(value, str),
            "bool": _is_bool(value),
            "list": isinstance(value, (list, tuple, pd.Series, pd.Index)),
            "series": isinstance(value, pd.Series)
            or (isinstance(value, pd.DataFrame) and value.shape[1] == 1),
            "table": isinstance(value, pd.DataFrame),
        }[self.kind]
        if not ok:
            key = {
                "number": "compare.expect_number",
                "text": "compare.expect_text",
                "bool": "compare.expect_bool",
                "list": "compare.expect_list",
                "series": "compare.expect_series",
                "table": "compare.expect_table",
            }[self.kind]
            raise Incorrect(msg(key, name=name, actual=_describe(value)))
        if self.kind == "table" and self.columns:
            missing = [c for c in self.columns if c not in value.columns]
            if missing:
                raise Incorrect(
                    msg("compare.missing_columns", name=name, columns=", ".join(map(str, missing)))
                )

    def check(self, value: object) -> None:
        name = self.variables[0]
        self._check_type(name, value)
        answer = self.digest_of(value)
        if answer == self.expected:
            return
        if answer in self.mistakes:
            raise Incorrect(self.mistakes[answer])
        key = "compare.wrong_text" if self.kind == "text" else "compare.wrong_value"
        raise Incorrect(msg(key, name=name))


@dataclass
class MultipleChoice(Problem):
    """A letter answer (``"A"``, ``"b"``, ``"C."``) among ``options``."""

    options: Mapping[str, str] = field(default_factory=dict)
    expected: str = ""

    @staticmethod
    def normalise(value: object) -> object:
        if isinstance(value, str):
            return value.strip().rstrip(".)").strip().upper()
        return value

    def digest_of(self, value: object) -> str:
        return digest(self.key, self.normalise(value))

    def check(self, value: object) -> None:
        letter = self.normalise(value)
        if letter not in self.options:
            letters = ", ".join(self.options)
            raise Incorrect(
                msg("compare.choice_invalid", name=self.variables[0], options=letters,
                    example=next(iter(self.options)))
            )
        if self.digest_of(letter) != self.expected:
            raise Incorrect(msg("compare.wrong_choice", name=self.variables[0]))


@dataclass
class FunctionCheck(Problem):
    """A function the learner writes, run on ``cases`` of ``(args, expected digest)``."""

    cases: Sequence[tuple[tuple, str]] = ()
    decimals: int = 6

    def digest_of(self, result: object) -> str:
        return digest(self.key, result, self.decimals)

    def check(self, function: object) -> None:
        name = self.variables[0]
        if not callable(function):
            raise Incorrect(msg("compare.function_missing", name=name))
        for args, expected in self.cases:
            shown = ", ".join(repr(a) for a in args)
            try:
                result = function(*copy.deepcopy(args))
            except NotImplementedError:
                raise NotAttempted(name) from None
            except Exception as error:  # the learner's code may raise anything
                raise Incorrect(
                    msg("compare.function_error", name=name, args=shown,
                        error=f"{type(error).__name__}: {error}")
                ) from None
            if self.digest_of(result) != expected:
                raise Incorrect(msg("compare.function_wrong", name=name, args=shown))


@dataclass
class CustomCheck(Problem):
    """A problem whose rule is a function ``rule(*values)`` that raises ``Incorrect``."""

    rule: Callable[..., None] | None = None

    def check(self, *values: object) -> None:
        if self.rule is None:
            raise NotImplementedError("CustomCheck needs a rule")
        self.rule(*values)
