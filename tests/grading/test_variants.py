"""The self-check never contradicts the grade, for any reasonable form of an answer.

For every auto-graded question of every exercise, the right answer and each known
mistake are turned into the forms a participant may hand in (numpy numbers, tuples,
arrays, renamed Series, shuffled rows, stray spaces, float noise, a decimal comma, a
table where a Series is asked, …). Each form goes through the self-check
(``soalN.cek()``) and through the question's full nbgrader test cell (visible and hidden
tests) run in-process. Both must give the same verdict; the forms the kit promises to
accept must pass, and the forms it refuses must fail with a message.
No edits are needed for a new exercise: questions are read from the generated files.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kimkit.checks import OutcomeType, loader
from tests.grading import notebooks as nbs
from tools.authoring import run, snapshot

ACCEPT, REFUSE, EITHER = True, False, None


def number_variants(value, rule):
    scale = 10.0 ** -rule.get("decimals", 0)
    yield "as is", value, ACCEPT
    yield "python float", float(value), ACCEPT
    yield "numpy float64", np.float64(value), ACCEPT
    yield "float noise", float(value) * (1 + 1e-13), ACCEPT
    if float(value).is_integer():
        yield "python int", int(value), ACCEPT
        yield "numpy int64", np.int64(value), ACCEPT
        yield "numpy int32", np.int32(value), ACCEPT
    yield "rounded as asked", round(float(value), rule.get("decimals", 0)), ACCEPT
    yield "as text", str(value), REFUSE
    yield "one-element Series", pd.Series([value]), REFUSE
    yield "decimal comma", (int(value), 5), REFUSE
    yield "far off", float(value) + 50 * scale + 7, REFUSE


def text_variants(value, rule):
    yield "as is", value, ACCEPT
    yield "stray spaces", f"  {value} ", ACCEPT
    yield "numpy str", np.str_(value), ACCEPT
    if not rule.get("case_sensitive"):
        yield "upper case", value.upper(), ACCEPT
    yield "in a list", [value], REFUSE
    yield "misspelt", value + "x", REFUSE


def choice_variants(value, rule):
    letter = value.strip().upper()
    yield "as is", value, ACCEPT
    yield "lower case", letter.lower(), ACCEPT
    yield "with a dot and spaces", f" {letter}. ", ACCEPT
    yield "with a bracket", f"{letter})", ACCEPT
    yield "unknown letter", "Z", REFUSE
    yield "a number", 1, REFUSE


def list_variants(value, rule):
    items = list(value)
    yield "as is", value, ACCEPT
    yield "list", items, ACCEPT
    yield "tuple", tuple(items), ACCEPT
    yield "numpy array", np.array(items), ACCEPT
    yield "Series", pd.Series(items, name="apa_saja"), ACCEPT
    yield "Index", pd.Index(items), ACCEPT
    yield "stray spaces", [f" {v} " if isinstance(v, str) else v for v in items], ACCEPT
    yield "reversed", list(reversed(items)), EITHER if rule.get("ordered", True) else ACCEPT
    yield "one-column table", pd.DataFrame({"kolom": items}), REFUSE
    yield "a set", set(items), REFUSE
    yield "one item short", items[:-1], REFUSE


def series_variants(value, rule):
    yield "as is", value, ACCEPT
    yield "another name", value.rename("nama_lain"), ACCEPT
    yield "no name", value.rename(None), ACCEPT
    yield "named index", value.rename_axis("label"), ACCEPT
    yield "unnamed index", value.rename_axis(None), ACCEPT
    yield "rows reversed", value.iloc[::-1], EITHER if rule.get("ordered") else ACCEPT
    if pd.api.types.is_bool_dtype(value):  # True/False asked: numpy bools count, 1.0/0.0 do not
        yield "numpy bool objects", value.astype(object).map(np.bool_), ACCEPT
    else:
        yield "as floats with noise", value.astype(float) * (1 + 1e-13), ACCEPT
    yield "one-column table", value.to_frame(), REFUSE
    yield "dict", value.to_dict(), REFUSE
    yield "values only", value.tolist(), REFUSE
    yield "index lost", value.reset_index(drop=True), REFUSE


def table_variants(value, rule):
    yield "as is", value, ACCEPT
    yield "rows shuffled", value.sample(frac=1, random_state=7), EITHER if rule.get("ordered") else ACCEPT
    yield "extra column", value.assign(kolom_tambahan=1), ACCEPT
    if rule.get("key"):
        yield "index reset", value.sample(frac=1, random_state=3).reset_index(drop=True), ACCEPT
    noisy = value.copy()
    for column in rule["columns"]:
        if pd.api.types.is_float_dtype(noisy[column]):
            noisy[column] = noisy[column] * (1 + 1e-13)
    yield "float noise", noisy, ACCEPT
    yield "a column missing", value.drop(columns=list(rule["columns"])), REFUSE
    yield "one row short", value.iloc[:-1], REFUSE
    yield "just the column", value[rule["columns"][0]], REFUSE


def bool_variants(value, rule):
    yield "as is", value, ACCEPT
    yield "numpy bool", np.bool_(value), ACCEPT
    yield "as text", str(value), REFUSE
    yield "as number", int(value), REFUSE


def function_variants(value, rule):
    yield "as is", value, ACCEPT
    yield "a lambda calling it", lambda *args: value(*args), ACCEPT
    yield "float results", lambda *args: float(value(*args)), ACCEPT
    yield "numpy int results", lambda *args: np.int64(value(*args)), ACCEPT
    yield "text results", lambda *args: str(value(*args)), REFUSE
    yield "a result, not a function", value(*rule["cases"][0]), REFUSE
    yield "raises an error", lambda *args: 1 / 0, REFUSE


def plan_variants(value, rule):
    """A plan (kind ``plan``): other layouts of the same rows pass; each checked constraint broken fails."""
    columns = list(rule["columns"])
    dates = pd.to_datetime(value["tanggal"])
    yield "as is", value, ACCEPT
    yield "columns reversed", value[columns[::-1]], ACCEPT
    yield "rows shuffled", value.sample(frac=1, random_state=7), ACCEPT
    yield "index reset after shuffling", value.sample(frac=1, random_state=3).reset_index(drop=True), ACCEPT
    yield "extra column", value.assign(catatan="tambahan"), ACCEPT
    yield "dates as text", value.assign(tanggal=dates.dt.strftime("%Y-%m-%d")), ACCEPT
    yield "dates as day/month/year text", value.assign(tanggal=dates.dt.strftime("%d/%m/%Y")), ACCEPT
    yield "missing values as None", value.replace("", None), ACCEPT
    yield "a column missing", value.drop(columns=[columns[-1]]), REFUSE
    yield "no rows", value.iloc[0:0], REFUSE
    yield "as a list of dicts", value.to_dict("records"), REFUSE
    media = value["jalur"].astype(str).str.casefold() == "media"
    kim = value["jalur"].astype(str).str.casefold() == "kim"
    checks = rule["checks"]
    if "isian" in checks:
        blank = value.copy()
        blank.loc[blank.index[0], "tema"] = ""
        yield "a theme left empty", blank, REFUSE
    if "bulan" in checks:
        moved = value.copy()
        moved["tanggal"] = dates
        moved.loc[moved.index[0], "tanggal"] = dates.iloc[0] + pd.Timedelta(days=40)
        yield "one row in another month", moved, REFUSE
    if "pilar" in checks and media.any():
        yield "every post informasi", value.assign(pilar=value["pilar"].where(~media, "informasi")), REFUSE
    if "bentrok" in checks and media.any():
        first = value[media].head(1)
        yield "a post twice (clash)", pd.concat([value, first.assign(tema="lain")], ignore_index=True), REFUSE
    if "kim" in checks and kim.any():
        one = value[kim]["kim"].iloc[0]
        yield "one KIM only", value[~kim | (value["kim"] == one)], REFUSE


VARIANTS = {"number": number_variants, "text": text_variants, "choice": choice_variants,
            "list": list_variants, "series": series_variants, "table": table_variants, "bool": bool_variants,
            "function": function_variants, "plan": plan_variants}


def answers_by_question(name):
    """Run the solutions notebook; per question: (right value, [mistake values])."""
    by_grade_id = {f"jawaban_{q.id}": q for q in nbs.questions(name)}
    namespace: dict = {"__name__": "__main__"}
    found = {}
    for cell in nbs.read(nbs.solution_path(name)).cells:
        if cell.cell_type != "code" or nbs.nbgrader_meta(cell).get("grade"):
            continue
        question = by_grade_id.get(nbs.grade_id(cell))
        before = snapshot(namespace) if question else None
        run(nbs.solution_code(cell.source) if question else cell.source, namespace)
        if question:
            variable = question.answer.variable
            wrong = []
            for mistake in question.mistakes:
                scratch = snapshot(before)
                run(mistake.code, scratch)
                wrong.append(scratch[variable])
            found[question.id] = (namespace[variable], wrong)
    return found


def grade_passes(test_source: str, variable: str, value) -> bool:
    error, _ = nbs.run_cell(test_source, {"pd": pd, variable: value})
    return error is None


CASES = [(name, q.id) for name in nbs.assignments() for q in nbs.questions(name)]


@pytest.fixture(scope="module")
def exercise_answers():
    return {name: answers_by_question(name) for name in nbs.assignments()}


@pytest.mark.parametrize("name,question_id", CASES, ids=[f"{n}-{q}" for n, q in CASES])
def test_self_check_and_grade_agree_on_every_form(exercise_answers, name, question_id):
    tests = {nbs.grade_id(c): c.source for c in nbs.read(nbs.solution_path(name)).cells}
    test_source = tests[f"uji_{question_id}"]
    view = next(v for v in loader.views(name).values()
                if getattr(v, "problem", None) and v.problem.key == f"{name}/{question_id}")
    variable, rule = view.problem.variable, view.problem.rule
    right, mistakes = exercise_answers[name][question_id]

    forms = list(VARIANTS[rule["kind"]](right, rule))
    for number, wrong in enumerate(mistakes):
        forms += [(f"mistake {number + 1}: {label}", value, EITHER if promised is EITHER else REFUSE)
                  for label, value, promised in VARIANTS[rule["kind"]](wrong, rule)]
    disagreements, broken_promises = [], []
    for label, value, promised in forms:
        outcome = view.cek({variable: value})
        checked = outcome.kind is OutcomeType.PASS
        graded = grade_passes(test_source, variable, value)
        if checked != graded:
            disagreements.append(f"{label}: self-check {outcome.kind.value}, grade {'pass' if graded else 'fail'}")
        if promised is not EITHER and graded is not promised:
            broken_promises.append(f"{label}: expected {'accept' if promised else 'refuse'}")
        if not checked:
            assert outcome.kind is OutcomeType.FAIL and outcome.message, (label, outcome)
    assert not disagreements, disagreements
    assert not broken_promises, broken_promises
