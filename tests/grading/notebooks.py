"""Helpers for the grading tests: read exercises, build submissions, run cells in-process."""

from __future__ import annotations

import ast
import contextlib
import copy
import importlib
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
SOLUTION_REGION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN_REGION = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
MARK_SCHEME = re.compile(r"=== BEGIN MARK SCHEME ===\n(.*?)=== END MARK SCHEME ===", re.S)


def assignments() -> list[str]:
    return sorted(p.name for p in (ROOT / "solutions").glob("latihan[0-9][0-9]") if p.is_dir())


def solution_path(name: str) -> Path:
    return ROOT / "solutions" / name / f"{name}.ipynb"


def release_path(name: str) -> Path:
    return ROOT / "exercises" / name / f"{name}.ipynb"


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def nbgrader_meta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def grade_id(cell) -> str:
    return nbgrader_meta(cell).get("grade_id", "")


def answer_cells(nb) -> dict[str, str]:
    """Autograded answer cells (code, solution, not grade): grade id → full source."""
    return {grade_id(c): c.source for c in nb.cells
            if c.cell_type == "code" and nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")}


def written_cells(nb) -> dict[str, str]:
    """Manually graded written answers (Markdown, solution and grade): grade id → source."""
    return {grade_id(c): c.source for c in nb.cells
            if c.cell_type == "markdown" and nbgrader_meta(c).get("solution") and nbgrader_meta(c).get("grade")}


def autograder_cells(nb) -> dict[str, dict]:
    """Autograder test cells (grade cells): grade id → nbgrader metadata."""
    return {grade_id(c): nbgrader_meta(c) for c in nb.cells
            if c.cell_type == "code" and nbgrader_meta(c).get("grade")}


def solution_code(source: str) -> str:
    """The code between the solution markers."""
    return "\n".join(m.group(1).rstrip("\n") for m in SOLUTION_REGION.finditer(source))


def source(name: str):
    """The exercise's single source (``authoring/<name>.py``)."""
    return importlib.import_module(f"authoring.{name}").SOURCE


def questions(name: str) -> list:
    from tools.authoring import Question

    return [p for p in source(name).parts if isinstance(p, Question)]


def wrong_answers(name: str) -> dict[str, str]:
    """The first mistake of each question: the known-wrong answer the round trip grades."""
    return {f"jawaban_{q.id}": q.mistakes[0].code.strip() for q in questions(name)}


def fill(release, answers: dict[str, str]):
    """A copy of the released notebook with answer cells replaced by ``answers``."""
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        if grade_id(cell) in answers and nbgrader_meta(cell).get("solution"):
            cell.source = answers[grade_id(cell)]
    return nb


def right_answers(name: str) -> dict[str, str]:
    return {gid: solution_code(src) for gid, src in answer_cells(read(solution_path(name))).items()}


def with_identity(nb, roster_id: str):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.lstrip().startswith("ID_PESERTA"):
            cell.source = f'ID_PESERTA = "{roster_id}"'
    return nb


@dataclass
class CellRun:
    grade_id: str
    error: BaseException | None
    value: object


class WroteToStderr(Exception):
    """A cell emitted a warning: nbgrader scores a test cell with stderr output 0."""


def run_cell(source: str, namespace: dict) -> tuple[BaseException | None, object]:
    """Run one cell like a kernel: (error, value of the last expression); warnings count as errors."""
    error, value = None, None
    try:
        tree = ast.parse(source)
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        body = tree.body[:-1] if last else tree.body
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            exec(compile(ast.Module(body, type_ignores=[]), "<cell>", "exec"), namespace)
            if last:
                value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
        if caught:
            error = WroteToStderr(str(caught[0].message))
    except BaseException as failed:  # noqa: BLE001 - participant code may raise anything
        error = failed
    return error, value


def run_in_process(nb) -> list[CellRun]:
    """Execute the code cells in one fresh namespace, like a kernel would, without one.

    Each cell's last expression is evaluated and kept (so a self-check's outcome can be
    inspected); exceptions are recorded per cell and execution goes on, as nbgrader does.
    """
    namespace: dict = {"__name__": "__main__"}
    runs = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            error, value = run_cell(cell.source, namespace)
            runs.append(CellRun(grade_id(cell), error, value))
    return runs
