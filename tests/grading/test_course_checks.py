"""Teaching notebooks: blank "Coba sendiri" cells are unattempted; their solutions pass.

Each course notebook runs in-process twice: as stored (every self-check says "belum
dicoba"), and with every ``variabel = ____`` cell replaced by the solution its own
question shows (every self-check says "benar"). This keeps questions, digests and the
notebook's earlier cells in step.
"""

import ast
import copy
import re

import pytest

from kimkit.checks import Outcome, OutcomeType, QuestionView, loader
from tests.grading import notebooks as nbs

COURSE = sorted((nbs.ROOT / "course").glob("*.ipynb"))
CHECK_CELL = re.compile(r"^soal\d+\.cek\(\)$")


def question_views(nb) -> list[QuestionView]:
    for cell in nb.cells:
        match = re.search(r'kimkit\.mulai\(globals\(\), "(modul\d\d)"\)', cell.source)
        if match:
            return [v for v in loader.views(match.group(1)).values() if isinstance(v, QuestionView)]
    raise AssertionError('no kimkit.mulai(globals(), "modulNN") cell')


def blank_variables(source: str) -> set[str]:
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id == "____":
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def check_outcomes(runs, nb):
    sources = [c.source.strip() for c in nb.cells if c.cell_type == "code"]
    return {src: run.value.kind for src, run in zip(sources, runs)
            if CHECK_CELL.match(src) and isinstance(run.value, Outcome)}


@pytest.mark.parametrize("path", COURSE, ids=lambda p: p.name)
def test_blank_course_checks_are_unattempted(path):
    nb = nbs.read(path)
    outcomes = check_outcomes(nbs.run_in_process(nb), nb)
    assert outcomes and set(outcomes.values()) == {OutcomeType.UNATTEMPTED}


@pytest.mark.parametrize("path", COURSE, ids=lambda p: p.name)
def test_course_solutions_pass_their_checks(path):
    nb = copy.deepcopy(nbs.read(path))
    views = question_views(nb)
    replaced = 0
    for cell in nb.cells:
        if cell.cell_type != "code" or "____" not in cell.source:
            continue
        names = blank_variables(cell.source)
        solutions = [v.problem.solution for v in views if names & set(v.problem.variables)]
        if solutions:
            cell.source = solutions[0]
            replaced += 1
    assert replaced
    outcomes = check_outcomes(nbs.run_in_process(nb), nb)
    assert outcomes and set(outcomes.values()) == {OutcomeType.PASS}, outcomes
