"""Static rules of the repository: notebooks, exercises, dependencies."""

import ast
import importlib
import json
import re
import tomllib
from pathlib import Path

import pytest

from kimkit.checks import loader
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


def test_every_source_has_its_generated_files():
    released = sorted(p.name for p in (ROOT / "exercises").iterdir() if p.is_dir())
    assert released == ASSIGNMENTS
    sources = sorted(p.stem for p in (ROOT / "authoring").glob("*.py") if p.stem != "__init__")
    assert sources == loader.available()
    assert set(ASSIGNMENTS) <= set(sources)


def test_no_hand_pasted_digest_or_sealed_text_in_code():
    digest_like = re.compile(r"[0-9a-f]{64}|[A-Za-z0-9+/]{60,}={0,2}")
    for folder in ("kimkit", "authoring", "tools", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            assert not digest_like.search(path.read_text(encoding="utf-8")), f"{path}: generate, do not paste"


def test_course_notebooks_load_their_questions_by_name():
    for path in sorted((ROOT / "course").glob("*.ipynb")):
        setup = next(c.source for c in nbs.read(path).cells if "kimkit.mulai(" in c.source)
        name = re.search(r'kimkit\.mulai\(globals\(\), "(modul\d\d)"\)', setup).group(1)
        assert name == f"modul{path.name[:2]}" and name in loader.available()


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
    assert f'kimkit.mulai(globals(), "{name}")' in cells[1].source
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
        question = nbs.grade_id(cells[index]).removeprefix("jawaban_")
        assert nbs.grade_id(cells[index + 1]) == f"cek_{question}"
        assert re.fullmatch(r"soal\d+\.cek\(\)", cells[index + 1].source.strip())
        assert nbs.grade_id(cells[index + 2]) == f"uji_{question}"

    tasks = [i for i, c in enumerate(cells) if nbs.nbgrader_meta(c).get("task")]
    assert len(tasks) == 1 and nbs.MARK_SCHEME.search(cells[tasks[0]].source)
    assert nbs.nbgrader_meta(cells[tasks[0]])["points"] == 0, "the written answer cell carries the points"
    assert len(nbs.written_cells(nb)) == 1


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
                secret_lines.update(line.strip() for line in match.group(1).splitlines()
                                    if len(line.strip()) > 6 and not line.strip().startswith(("import ", "from ")))
    text = "\n".join(c.source for c in nbs.read(nbs.release_path(name)).cells)
    leaked = [line for line in secret_lines if line in text]
    assert not leaked, f"released {name} shows: {leaked}"


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_graded_check_data_keeps_answers_and_solutions_out(name):
    data = loader.check_data(name)
    kinds = {q["rule"]["kind"] == "choice" for q in data["questions"]}
    assert kinds == {True, False}, "an exercise mixes multiple choice and data tasks"
    letters = [q["options"] for q in data["questions"] if q["rule"]["kind"] == "choice"]
    assert letters
    for question in data["questions"]:
        assert "solution" not in question and "summary" not in question
        assert all(re.fullmatch(r"[0-9a-f]{64}", d) for d in question["expected"])


def test_multiple_choice_answers_vary_across_exercises():
    right = set()
    for name in ASSIGNMENTS:
        for question in nbs.questions(name):
            if question.answer.kind == "choice":
                right.add(re.search(r'"([A-Z])"', question.solution).group(1))
    assert len(right) >= 2, "vary which letter is right"
