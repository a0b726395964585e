"""The single source of an exercise, and what the builder makes from it.

An author writes ``authoring/latihanNN.py`` (a graded exercise) or ``authoring/modulNN.py``
(the self-checks of a teaching notebook) with the classes below: each question once, with
its statement, solution code, answer kind, hints, and common mistakes as *code plus a
message*. ``make exercises`` (``tools/build_exercises.py``) runs the solutions and mistakes
and writes everything else: the nbgrader source notebook with visible and hidden tests, the
check data in ``kimkit/exercises/<name>.json``, and the released notebook (via nbgrader).
"""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field

import nbformat
import pandas as pd

from kimkit.checks.answers import (  # noqa: F401 (re-exported for authoring sources)
    Answer, Choice, Flag, Function, Items, Number, Plan, Series, Table, Text, hidden_test, plan_reasons,
)
from kimkit.checks.canonical import _kk_candidates, _kk_canonical, _kk_items, _kk_matches, digest
from kimkit.checks.problems import AnswerCheck, Incorrect, item_digests
from kimkit.messages import msg
from tools import nbcells

#: The text nbgrader puts into a written answer cell of the release (nbgrader_config.py reads it too).
TEXT_STUB = msg("exercise.text_stub")


class AuthoringError(Exception):
    """Something in an exercise source that would break agreement or the notebook."""


@dataclass
class Mistake:
    """A common wrong answer, as the code a participant would write, and what to tell them."""

    code: str
    message: str


@dataclass
class Question:
    """One auto-graded question."""

    id: str
    title: str
    answer: Answer
    solution: str
    hints: Sequence[str]
    mistakes: Sequence[Mistake]
    statement: str = ""
    points: int = 0
    accept: Sequence[str] = ()  # code of other answers that are right as well
    preview: str = ""           # a read-only code cell between statement and answer (e.g. `kim.head()`)
    show: bool = False          # end the answer cell by displaying the variable
    view: str = ""              # notebook name in a teaching notebook (soal1, kuis2, …)


@dataclass
class Task:
    """One written task, graded by the trainer with a mark scheme."""

    id: str
    title: str
    points: int
    statement: str
    mark_scheme: str
    example_answer: str
    code_cell: str = ""  # an unmarked code cell for the participant (a chart, say)


@dataclass
class Markdown:
    id: str
    text: str


@dataclass
class Code:
    id: str
    source: str


@dataclass
class Exercise:
    """A graded exercise: ``solutions/<name>/<name>.ipynb`` and its check data."""

    name: str
    title: str
    minutes: int
    intro: str
    setup: str
    parts: Sequence[Question | Task | Markdown | Code]

    graded = True

    @property
    def numbered(self) -> list[tuple[int, Question | Task]]:
        items = [p for p in self.parts if isinstance(p, (Question, Task))]
        return list(enumerate(items, start=1))


@dataclass
class CourseQuestions:
    """The self-checks of a teaching notebook; the notebook provides their context."""

    name: str
    notebook: str
    questions: Sequence[Question]

    graded = False


# --- running code in-process -----------------------------------------------------------

def snapshot(namespace: dict) -> dict:
    """A copy in which a mistake's code cannot change the objects the next cells use."""
    copied = {}
    for name, value in namespace.items():
        if isinstance(value, (pd.DataFrame, pd.Series)):
            value = value.copy(deep=True)
        elif isinstance(value, (list, dict, set)):
            value = copy.deepcopy(value)
        copied[name] = value
    return copied


def run(source: str, namespace: dict) -> object:
    """Execute ``source`` like a notebook cell; return its last expression's value."""
    tree = ast.parse(source)
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    body = tree.body[:-1] if last else tree.body
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(ast.Module(body, type_ignores=[]), "<cell>", "exec"), namespace)
        if last:
            return eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
    return None


def answer_of(code: str, question: Question, namespace: dict) -> object:
    scratch = snapshot(namespace)
    try:
        run(code, scratch)
        return scratch[question.answer.variable]
    except Exception as error:
        raise AuthoringError(f"{question.id}: this code fails: {code!r}: {error!r}") from error


# --- check data ----------------------------------------------------------------------------

def _numbers_in(value: object, rule: dict) -> list[float]:
    kind = rule["kind"]
    if kind == "number":
        return [float(value)]
    if kind == "list":
        values = _kk_items(value)
    elif kind == "series":
        values = value.tolist()
    elif kind == "table":
        values = [v for column in rule["columns"] for v in value[column].tolist()]
    else:
        return []
    return [float(v) for v in values if isinstance(v, numbers.Real) and not isinstance(v, bool)]


def boundary_risks(value: object, rule: dict) -> list[float]:
    """Numbers so close to the 1e-9 snapping grid's midpoint that float noise could flip them."""
    risky = []
    for number in _numbers_in(value, rule):
        if not math.isnan(number) and abs(abs(number * 1e9) % 1 - 0.5) < 1e-5:
            risky.append(number)
    return risky


def summary(value: object, rule: dict) -> str:
    """A short readable form of an expected answer, for the trainer's comment."""
    if rule["kind"] == "function":
        value = {tuple(args): value(*copy.deepcopy(args)) for args in rule["cases"]}
    if isinstance(value, pd.DataFrame):
        text = f"tabel {len(value)} baris; {value.head(3).to_dict('records')}"
    elif isinstance(value, pd.Series):
        text = repr(value.to_dict())
    else:
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= 240 else text[:237] + "…"


def check_for(answer: Answer, value: object, key: str, hints: Sequence[str] = (),
              mistakes: Sequence[tuple[object, str]] = (), accepted: Sequence[object] = (),
              graded: bool = True) -> AnswerCheck:
    """The self-check of one question whose right answer is ``value``.

    ``mistakes`` pairs wrong values with their messages; ``accepted`` lists other right values.
    Raises ``AuthoringError`` where the check could contradict the grade or mislead.
    """
    rule = answer.rule()
    check = AnswerCheck(variables=(answer.variable,), key=key, rule=rule, form_test=answer.form_test(value),
                        hints=tuple(hints), graded=graded,
                        options=dict(answer.options) if isinstance(answer, Choice) else {})
    try:
        check.check_form(value)
    except Incorrect as failed:
        raise AuthoringError(f"{key}: the solution fails its own form test: {failed}") from None
    risky = boundary_risks(value, rule)
    if risky:
        raise AuthoringError(f"{key}: values {risky[:3]} sit where float noise could flip them")
    if rule["kind"] == "plan":  # a plan is right when its constraints hold: the digest of "plan:ok"
        if _kk_candidates(_kk_canonical(value, rule), rule) != ["plan:ok"]:
            raise AuthoringError(f"{key}: the solution breaks its own constraints: {plan_reasons(value, rule)}")
        check.expected = (digest(key, "plan:ok"),)
    else:
        check.expected = tuple(sorted({digest(key, _kk_canonical(v, rule)) for v in (value, *accepted)}))
    found = []
    for wrong, message in mistakes:
        try:
            check.check_form(wrong)
        except Incorrect as failed:
            raise AuthoringError(f"{key}: mistake {message[:40]!r}… fails the form test ({failed}); "
                                 "a mistake must be an answer of the right form") from None
        if _kk_matches(wrong, rule, key, set(check.expected)):
            raise AuthoringError(f"{key}: mistake {message[:40]!r}… is accepted as right")
        text = _kk_canonical(wrong, rule)
        found.append((digest(key, _kk_candidates(text, rule)[0] if rule["kind"] == "plan" else text), message))
    check.mistakes = tuple(found)
    check.parts = item_digests(value, rule, key)
    return check


def question_data(set_name: str, question: Question, view: str, number: int, namespace: dict,
                  graded: bool) -> dict:
    """Run the solution, the other right answers and the mistakes; return the check data."""
    answer = question.answer
    check = check_for(
        answer, answer_of(question.solution, question, namespace), f"{set_name}/{question.id}",
        hints=question.hints, graded=graded,
        mistakes=[(answer_of(m.code, question, namespace), m.message) for m in question.mistakes],
        accepted=[answer_of(code, question, namespace) for code in question.accept],
    )
    data = {
        "id": question.id, "view": view, "number": number, "variable": answer.variable,
        "statement": f"Soal {number} — {question.title}" if number else question.title,
        "hints": list(question.hints), "rule": check.rule, "form_test": check.form_test,
        "expected": list(check.expected), "mistakes": [list(m) for m in check.mistakes], "parts": check.parts,
    }
    if check.options:
        data["options"] = check.options
    if not graded:
        data["solution"] = question.solution
    return data


# --- the nbgrader source notebook ------------------------------------------------------

def _statement(number: int, question: Question) -> str:
    lines = [f"## Soal {number} — {question.title} ({question.points} poin)", "", question.statement.strip()]
    if isinstance(question.answer, Choice):
        lines += [""] + [f"- {letter}. {text}" for letter, text in question.answer.options.items()]
        lines += ["", msg("exercise.choice_how", name=question.answer.variable)]
    return "\n".join(lines).strip()


def test_cell_source(question: Question, data: dict, set_name: str) -> str:
    visible = [f"# uji: {msg('exercise.test_comment', name=question.answer.variable)}", data["form_test"]]
    hidden = hidden_test(question.answer, f"{set_name}/{question.id}", data["expected"], data["trainer_summary"])
    return "\n".join(visible + ["### BEGIN HIDDEN TESTS", hidden, "### END HIDDEN TESTS"])


def exercise_notebook(exercise: Exercise, check_data: dict[str, dict]) -> nbformat.NotebookNode:
    """The nbgrader source notebook: solutions, visible and hidden tests, mark schemes."""
    automatic = sum(p.points for _, p in exercise.numbered if isinstance(p, Question))
    manual = sum(p.points for _, p in exercise.numbered if isinstance(p, Task))
    header = msg("exercise.header", title=exercise.title, minutes=exercise.minutes,
                 automatic=automatic, manual=manual)
    cells = [
        nbcells.readonly("judul", f"{header}\n\n{exercise.intro.strip()}\n\n{msg('exercise.how_to')}",
                         markdown=True),
        nbcells.readonly("persiapan", f"{exercise.setup.strip()}\n"
                                      f"kimkit.mulai(globals(), \"{exercise.name}\")"),
        nbcells.readonly("identitas_petunjuk", msg("exercise.identity"), markdown=True),
        nbcells.code('ID_PESERTA = ""   # contoh: ID_PESERTA = "SMD-007"'),
        nbcells.readonly("cek_identitas", "kimkit.identitas()"),
    ]
    numbers_of = {id(p): n for n, p in exercise.numbered}
    for part in exercise.parts:
        if isinstance(part, Markdown):
            cells.append(nbcells.readonly(part.id, part.text.strip(), markdown=True))
        elif isinstance(part, Code):
            cells.append(nbcells.readonly(part.id, part.source.strip()))
        elif isinstance(part, Question):
            number = numbers_of[id(part)]
            cells.append(nbcells.readonly(f"soal_{part.id}", _statement(number, part), markdown=True))
            if part.preview:
                cells.append(nbcells.readonly(f"lihat_{part.id}", part.preview.strip()))
            shown = f"\n{part.answer.variable}   # {msg('exercise.show_result')}" if part.show else ""
            cells += [
                nbcells.answer(f"jawaban_{part.id}",
                               f"### BEGIN SOLUTION\n{part.solution.strip()}\n### END SOLUTION{shown}"),
                nbcells.readonly(f"cek_{part.id}", f"soal{number}.cek()"),
                nbcells.tests(f"uji_{part.id}", part.points, test_cell_source(part, check_data[part.id], exercise.name)),
            ]
        else:
            number = numbers_of[id(part)]
            text = (f"## Soal {number} — {part.title} ({part.points} poin, {msg('exercise.task_graded')})\n\n"
                    f"{part.statement.strip()}\n\n{msg('exercise.task_where')}\n\n"
                    f"=== BEGIN MARK SCHEME ===\n{part.mark_scheme.strip()}\n=== END MARK SCHEME ===")
            cells.append(nbcells.task(f"tugas_{part.id}", 0, text))
            if part.code_cell:
                cells.append(nbcells.code(part.code_cell.strip()))
            cells.append(nbcells.written(f"jawaban_{part.id}", part.points, part.example_answer.strip()))
    cells += [
        nbcells.readonly("penutup", msg("exercise.closing"), markdown=True),
        nbcells.readonly("cek_semua", "kimkit.cek_semua()"),
    ]
    for index, cell in enumerate(cells):  # stable ids: the same source gives the same file
        cell.id = cell.metadata.get("nbgrader", {}).get("grade_id") or f"sel-{index:02d}"
    return nbcells.notebook(cells)


def build_exercise(exercise: Exercise) -> tuple[nbformat.NotebookNode, dict]:
    """Run an exercise's solutions in order; return its source notebook and check data."""
    namespace: dict = {"__name__": "__main__"}
    run(exercise.setup, namespace)
    questions, tasks = {}, []
    numbers_of = {id(p): n for n, p in exercise.numbered}
    for part in exercise.parts:
        if isinstance(part, Code):
            run(part.source, namespace)
        elif isinstance(part, Question):
            number = numbers_of[id(part)]
            if part.preview:
                run(part.preview, namespace)
            questions[part.id] = question_data(exercise.name, part, f"soal{number}", number, namespace, True)
            run(part.solution, namespace)
            questions[part.id]["trainer_summary"] = summary(namespace[part.answer.variable], part.answer.rule())
        elif isinstance(part, Task):
            number = numbers_of[id(part)]
            tasks.append({"id": part.id, "view": f"soal{number}", "number": number,
                          "statement": f"Soal {number} — {part.title}", "answer_cell": f"jawaban_{part.id}",
                          "stub": TEXT_STUB})
    notebook = exercise_notebook(exercise, questions)
    for item in questions.values():
        del item["trainer_summary"]  # the expected answer in clear text: never in the package
    data = {"name": exercise.name, "graded": True, "title": exercise.title,
            "questions": list(questions.values()), "tasks": tasks}
    return notebook, data


# --- teaching notebooks -------------------------------------------------------------------

def _blank_variables(source: str) -> set[str]:
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id == "____":
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def build_course(questions: CourseQuestions, notebook: nbformat.NotebookNode) -> dict:
    """Run a teaching notebook with its blanks answered; record each question's check data.

    A question's context is the notebook up to its answer cell; questions without an
    answer cell in the notebook (quiz items) run in an empty namespace.
    """
    by_variable = {q.answer.variable: q for q in questions.questions}
    found: dict[str, dict] = {}
    namespace: dict = {"__name__": "__main__"}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        source = cell.source
        blanks = _blank_variables(source) & set(by_variable)
        for variable in sorted(blanks):
            question = by_variable[variable]
            found[question.id] = question_data(questions.name, question, question.view, 0, namespace, False)
            source = question.solution
        if blanks:
            run(source, namespace)
            continue
        try:
            run(source, namespace)
        except Exception:  # quiz and check cells need the data being built; nbval runs them later
            pass
    for question in questions.questions:
        if question.id not in found:
            found[question.id] = question_data(questions.name, question, question.view, 0, {}, False)
    ordered = [found[q.id] for q in questions.questions]
    return {"name": questions.name, "graded": False, "questions": ordered, "tasks": []}
