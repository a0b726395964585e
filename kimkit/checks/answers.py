"""Answer kinds: what form an answer must have and how it is compared.

An author picks one kind per question (``Number``, ``Text``, ``Choice``, ``Flag``,
``Items``, ``Series``, ``Table``, ``Function``, ``Plan``). From it the exercise builder generates

- the **form test**: plain ``assert`` lines with Indonesian messages that check type and
  shape. They are the visible nbgrader test, and the self-check runs the very same lines;
- the **rule**: a small dict for :func:`kimkit.checks.canonical.matches`, which the hidden
  test and the self-check both call to compare values.

So the self-check and the grade accept exactly the same answers, by construction.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kimkit.checks import canonical
from kimkit.messages import msg


def _literal(text: str) -> str:
    """A Python string literal for generated code."""
    return json.dumps(text, ensure_ascii=False)


@dataclass
class Answer:
    """Base of the answer kinds: the variable that holds the answer."""

    variable: str
    kind = ""

    def rule(self) -> dict:
        return {"kind": self.kind}

    def form_lines(self, expected: object) -> list[str]:
        """``assert`` lines that accept every reasonable form of an answer like ``expected``."""
        raise NotImplementedError

    def form_test(self, expected: object) -> str:
        return "\n".join(self.form_lines(expected))

    def _assert(self, condition: str, key: str, **values: object) -> str:
        message = msg(key, name=self.variable, **values)
        if "{" in message:  # f-string placeholders such as {len(x)}
            return f"assert {condition}, f{_literal(message)}"
        return f"assert {condition}, {_literal(message)}"


@dataclass
class Number(Answer):
    """A number; ``decimals`` is the precision asked for, ``tolerance`` in units of it."""

    decimals: int = 0
    tolerance: int | None = None
    whole: bool | None = None
    kind = "number"

    def rule(self) -> dict:
        tolerance = self.tolerance if self.tolerance is not None else (1 if self.decimals > 0 else 0)
        return {"kind": self.kind, "decimals": self.decimals, "tolerance": tolerance}

    def form_lines(self, expected):
        x = self.variable
        whole = self.whole if self.whole is not None else self.decimals == 0
        lines = [
            "import numbers",
            self._assert(f"not isinstance({x}, tuple)", "form.decimal_comma",
                         shown=f"{{'.'.join(str(part) for part in {x})}}",
                         typed=f"{{','.join(str(part) for part in {x})}}"),
            self._assert(f"not isinstance({x}, str)", "form.number_is_text"),
            self._assert(f"not isinstance({x}, (pd.Series, pd.DataFrame))", "form.number_is_pandas"),
            self._assert(f"isinstance({x}, numbers.Real) and not isinstance({x}, bool)", "form.expect_number"),
        ]
        if whole:
            lines.append(self._assert(f"abs(float({x}) - round(float({x}))) < 1e-9", "form.expect_whole"))
        return lines


@dataclass
class Text(Answer):
    """Text, compared with spaces folded and, unless ``case_sensitive``, ignoring case."""

    case_sensitive: bool = False
    example: str = "Samarinda"
    kind = "text"

    def rule(self) -> dict:
        return {"kind": self.kind, "case_sensitive": self.case_sensitive}

    def form_lines(self, expected):
        return [self._assert(f"isinstance({self.variable}, str)", "form.expect_text", example=self.example)]


@dataclass
class Choice(Answer):
    """A letter among ``options``; ``"b"``, ``" B."`` and ``"B)"`` all mean B."""

    options: Mapping[str, str] = field(default_factory=dict)
    kind = "choice"

    def form_lines(self, expected):
        x = self.variable
        letters = ", ".join(self.options)
        allowed = "{" + ", ".join(_literal(letter) for letter in self.options) + "}"
        return [
            self._assert(f"isinstance({x}, str)", "form.expect_letter"),
            self._assert(f'{x}.strip().rstrip(".)").strip().upper() in {allowed}', "form.letter_unknown",
                         options=letters),
        ]


@dataclass
class Flag(Answer):
    """``True`` or ``False``."""

    kind = "bool"

    def form_lines(self, expected):
        x = self.variable
        return [self._assert(f'isinstance({x}, bool) or type({x}).__name__ in ("bool_", "bool")', "form.expect_bool")]


@dataclass
class Items(Answer):
    """A list of items; a tuple, array, Series or Index with the same items counts too."""

    ordered: bool = True
    decimals: int = 6
    kind = "list"

    def rule(self) -> dict:
        return {"kind": self.kind, "ordered": self.ordered, "decimals": self.decimals}

    def form_lines(self, expected):
        x = self.variable
        return [
            self._assert(f"not isinstance({x}, (str, pd.DataFrame))", "form.list_is_other"),
            self._assert(f'isinstance({x}, (list, tuple, pd.Series, pd.Index)) or type({x}).__name__ == "ndarray"',
                         "form.expect_list"),
            self._assert(f"len({x}) == {len(expected)}", "form.list_length", n=len(expected),
                         actual=f"{{len({x})}}"),
        ]


@dataclass
class Series(Answer):
    """A pandas Series keyed by its index; its name and the index's name do not matter."""

    ordered: bool = False
    decimals: int = 6
    per: str = ""
    kind = "series"

    def rule(self) -> dict:
        return {"kind": self.kind, "ordered": self.ordered, "decimals": self.decimals}

    def form_lines(self, expected):
        x = self.variable
        per = msg("form.per", per=self.per) if self.per else ""
        return [
            self._assert(f"not isinstance({x}, pd.DataFrame)", "form.series_is_table"),
            self._assert(f"isinstance({x}, pd.Series)", "form.expect_series"),
            self._assert(f"len({x}) == {len(expected)}", "form.series_length", n=len(expected), per=per,
                         actual=f"{{len({x})}}"),
        ]


@dataclass
class Table(Answer):
    """A DataFrame compared on ``columns``; rows matched by the ``key`` column, else by index."""

    columns: Sequence[str] = ()
    key: str | None = None
    ordered: bool = False
    decimals: int = 6
    kind = "table"

    def rule(self) -> dict:
        return {"kind": self.kind, "columns": list(self.columns), "key": self.key,
                "ordered": self.ordered, "decimals": self.decimals}

    def form_lines(self, expected):
        x = self.variable
        lines = [self._assert(f"isinstance({x}, pd.DataFrame)", "form.expect_table")]
        for column in ([self.key] if self.key else []) + list(self.columns):
            lines.append(self._assert(f"{_literal(column)} in {x}.columns", "form.table_column", column=column))
        lines.append(self._assert(f"len({x}) == {len(expected)}", "form.table_length", n=len(expected),
                                  actual=f"{{len({x})}}"))
        return lines


@dataclass
class Function(Answer):
    """A function the participant writes, run on ``cases`` (tuples of arguments)."""

    cases: Sequence[tuple] = ()
    decimals: int = 6
    kind = "function"

    def rule(self) -> dict:
        return {"kind": self.kind, "cases": [list(args) for args in self.cases], "decimals": self.decimals}

    def form_lines(self, expected):
        return [self._assert(f"callable({self.variable})", "form.expect_function")]


@dataclass
class Plan(Answer):
    """An open plan (a DataFrame, one row per planned item) judged by public constraints.

    ``columns`` are the columns read (extra columns are free, row order and column order too);
    ``checks`` names the constraints of :func:`kimkit.checks.canonical._kk_plan_problems` this
    question grades (``isian``, ``bulan``, ``pilar``, ``bentrok``, ``kim``) and ``params`` their
    parameters. Several questions may grade the same plan on different checks (partial credit).
    """

    columns: Sequence[str] = ()
    checks: Sequence[str] = ()
    params: Mapping = field(default_factory=dict)
    kind = "plan"

    def rule(self) -> dict:
        return {"kind": self.kind, "columns": list(self.columns), "checks": list(self.checks),
                "params": json.loads(json.dumps(dict(self.params)))}

    def form_lines(self, expected):
        x = self.variable
        lines = [self._assert(f"isinstance({x}, pd.DataFrame)", "form.expect_table")]
        for column in self.columns:
            lines.append(self._assert(f"{_literal(column)} in {x}.columns", "form.table_column", column=column))
        lines.append(self._assert(f"len({x}) > 0", "campaign.form_empty"))
        return lines


def _rows_named(positions: Sequence[int], labels: Sequence[object]) -> str:
    shown = [str(labels[i]) if i < len(labels) else str(i) for i in positions]
    if len(shown) > 8:
        return msg("diff.more", shown=", ".join(shown[:8]), n=len(shown) - 8)
    return ", ".join(shown)


def plan_problem_text(problem: Sequence, rule: Mapping, labels: Sequence[object] = ()) -> str:
    """One problem of :func:`canonical._kk_plan_problems` in Indonesian, rows named by ``labels``."""
    check, code, positions, detail = problem
    params = rule.get("params", {})
    tracks = list(params.get("tracks", ["media", "KIM"]))
    values: dict = {"rows": _rows_named(positions, labels or range(max(positions, default=0) + 1)),
                    "media": tracks[0], "kim": tracks[1], "detail": detail}
    if code == "platform":
        values["options"] = ", ".join(params.get("platforms", []))
    elif code == "pilar":
        values["options"] = ", ".join(params.get("pillars", {}))
    elif code == "bulan":
        from kimkit.formatting import bulan_id

        month, _, n = detail.partition(":")
        year, _, number = month.partition("-")
        values.update(month=f"{bulan_id(int(number))} {year}", n=n)
    elif code == "pekan":
        span, _, n = detail.partition(":")
        values["start"], _, values["end"] = span.partition("-")
        values.update(n=n, need=params.get("min_per_week", 1))
    elif code == "porsi":
        pillar, _, share = detail.partition(":")
        low, high = params["pillars"][pillar]
        values.update(pillar=pillar, share=share, low=f"{low:g}", high=f"{high:g}")
    elif code in ("kim_kurang", "desa_kurang"):
        values.update(n=detail, need=params.get("min_kim" if code == "kim_kurang" else "min_desa", 1))
    return msg(f"campaign.reason.{code}", **values)


def plan_reasons(value: object, rule: Mapping) -> list[str]:
    """Why a plan fails its question's constraints, rows named by the table's index (empty: none)."""
    try:
        rows = canonical._kk_plan_rows(value, rule)
        problems = canonical._kk_plan_problems(rows, rule)
    except Exception:
        return []
    if not problems:
        return []
    labels = list(value.index)
    return [msg("campaign.plan_failed")] + [
        "• " + plan_problem_text(p, rule, labels) for p in problems]


def inlined_source() -> str:
    """The source of the comparison functions, as a hidden test cell carries it."""
    return "\n".join(inspect.getsource(function).rstrip() for function in canonical.INLINED)


def hidden_test(answer: Answer, salt: str, expected: Sequence[str], summary: str) -> str:
    """The hidden part of a test cell: the comparison functions, then one assert."""
    digests = "{" + ", ".join(_literal(d) for d in sorted(expected)) + "}"
    message = msg("form.value_wrong", name=answer.variable)
    return "\n".join([
        f"# {msg('form.trainer_expected')}: {summary}",
        inlined_source(),
        f"assert _kk_matches({answer.variable}, {answer.rule()!r}, {_literal(salt)}, {digests}), {_literal(message)}",
    ])
