"""Static rules of the repository: notebooks, exercises, dependencies."""

import ast
import importlib
import json
import re
import tomllib
from pathlib import Path

import pytest

from kimkit.checks import MultipleChoice, ValueCheck
from tests.grading import notebooks as nbs

ROOT = Path(__file__).resolve().parents[2]
STORED = sorted(p for folder in ("course", "solutions", "exercises")
                for p in (ROOT / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
ASSIGNMENTS = nbs.assignments()


def requirement_names(specs):
    return {re.split(r"[<>=!~ ]", spec, maxsplit=1)[0].lower(): spec.replace(" ", "") for spec in specs}


def test_environment_yml_lists_the_pyproject_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    lines = (ROOT / "environment.yml").read_text().split("dependencies:", 1)[1].splitlines()
    listed = [line.strip()[2:].strip() for line in lines if line.strip().startswith("- ")]
    listed = [spec for spec in listed if spec not in ("pip", "pip:", "-e .") and not spec.startswith("python")]
    assert requirement_names(listed) == requirement_names(wanted)


@pytest.mark.parametrize("path", STORED, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebooks_stored_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, f"strip outputs of {path.name}"
    assert "widgets" not in nb["metadata"]


def test_every_solution_has_a_release_and_a_check_module():
    released = sorted(p.name for p in (ROOT / "exercises").iterdir() if p.is_dir())
    assert released == ASSIGNMENTS
    for name in ASSIGNMENTS:
        importlib.import_module(f"kimkit.exercises.{name}")


def test_course_notebooks_are_numbered_and_have_sources():
    for path in sorted((ROOT / "course").glob("*.ipynb")):
        assert re.match(r"^\d\d_[a-z0-9_]+\.ipynb$", path.name)
        text = "\n".join(c.source for c in nbs.read(path).cells if c.cell_type == "markdown")
        for heading in ("Tujuan", "Rangkuman", "Sumber"):
            assert heading in text, f"{path.name} lacks a {heading} section"


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_exercise_shape(name):
    nb = nbs.read(nbs.solution_path(name))
    cells = nb.cells
    ids = [nbs.grade_id(c) for c in cells]
    assert ids[:2] == ["judul", "persiapan"]
    assert "kimkit.mulai(globals())" in cells[1].source
    identity = [c for c in cells if c.cell_type == "code" and c.source.startswith("ID_PESERTA")]
    assert len(identity) == 1 and not nbs.nbgrader_meta(identity[0]), "identity cell must be editable"
    assert "cek_identitas" in ids

    points = sum(m.get("points", 0) for m in (nbs.nbgrader_meta(c) for c in cells) if m.get("grade") or m.get("task"))
    assert points == 10
    for meta in (nbs.nbgrader_meta(c) for c in cells):
        assert float(meta.get("points", 0)).is_integer()

    answers = [i for i, c in enumerate(cells) if nbs.grade_id(c) in nbs.answer_cells(nb)]
    assert 3 <= len(answers) <= 6
    for index in answers:
        number = nbs.grade_id(cells[index]).split("_")[1]
        assert nbs.grade_id(cells[index + 1]) == f"cek_{number}"
        assert cells[index + 1].source.strip() == f"soal{number}.cek()"
        assert nbs.grade_id(cells[index + 2]) == f"uji_{number}"

    tasks = [c for c in cells if nbs.nbgrader_meta(c).get("task")]
    assert len(tasks) == 1 and nbs.MARK_SCHEME.search(tasks[0].source)


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_test_cells_are_plain_asserts_with_hidden_tests(name):
    for cell in nbs.read(nbs.solution_path(name)).cells:
        if not nbs.nbgrader_meta(cell).get("grade") or cell.cell_type != "code":
            continue
        assert nbs.HIDDEN_REGION.search(cell.source), f"{nbs.grade_id(cell)} has no hidden tests"
        tree = ast.parse(cell.source)
        assert not isinstance(tree.body[-1], ast.Expr), f"{nbs.grade_id(cell)} ends with an expression"
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        assert not names & {"kimkit", "soal1", "soal2", "soal3", "soal4", "soal5", "soal6"}, \
            f"{nbs.grade_id(cell)} calls into kimkit"


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_release_hides_solutions_hidden_tests_and_mark_schemes(name):
    released = nbs.release_path(name).read_text(encoding="utf-8")
    for marker in ("BEGIN SOLUTION", "HIDDEN TESTS", "MARK SCHEME"):
        assert marker not in released
    secret_lines = set()
    for cell in nbs.read(nbs.solution_path(name)).cells:
        for region in (nbs.SOLUTION_REGION, nbs.HIDDEN_REGION, nbs.MARK_SCHEME):
            for match in region.finditer(cell.source):
                secret_lines.update(line.strip() for line in match.group(1).splitlines() if len(line.strip()) > 6)
    text = "\n".join(c.source for c in nbs.read(nbs.release_path(name)).cells)
    leaked = [line for line in secret_lines if line in text]
    assert not leaked, f"released {name} shows: {leaked}"


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_graded_checks_keep_answers_and_solutions_out_of_sight(name):
    module = importlib.import_module(f"kimkit.exercises.{name}")
    views = [getattr(module, n) for n in module.__all__ if n.startswith("soal")]
    kinds = {isinstance(v.problem, MultipleChoice) for v in views}
    assert kinds == {True, False}, "an exercise mixes multiple choice and data tasks"
    for view in views:
        problem = view.problem
        assert problem.graded and problem.key == f"{name}.{view.name}"
        assert not problem.solution and problem.sealed_solution, f"{view.name}: seal the solution"
        if isinstance(problem, (ValueCheck, MultipleChoice)):
            assert re.fullmatch(r"[0-9a-f]{64}", problem.expected), f"{view.name}: expected must be a digest"
