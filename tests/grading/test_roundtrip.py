"""The nbgrader round trip, run for real in a temporary copy of the course.

1. ``make exercises`` (tools/build_exercises.py) regenerates, from authoring/, solutions/,
   exercises/ and the check data in kimkit/exercises/ identical to the committed files.
2. ``nbgrader validate`` passes every solutions notebook; ``--invert`` every release.
3. ``nbgrader autograde`` gives full autograded points to the right answers, 0 to the blank
   release and 0 to every known-wrong answer; a blank written answer scores 0 by itself, a
   written one waits for the trainer; the self-checks in the autograded notebooks agree
   (pass / unattempted / fail); the roster id survives grading, and a malformed id does not
   stop it.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from kimkit.checks.outcomes import OUTCOME_MIMETYPE
from kimkit.identity import read_roster_id
from tests.grading import notebooks as nbs
from tools.build_exercises import nbgrader_env

pytestmark = pytest.mark.slow
ASSIGNMENTS = nbs.assignments()
STUDENTS = {"kunci": "SMD-001", "kosong": "", "salah": "smd7"}  # salah: malformed id on purpose


def nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=nbgrader_env(),
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = tmp_path_factory.mktemp("kursus")
    subprocess.run([sys.executable, str(nbs.ROOT / "tools/build_exercises.py"), "--out", str(course), "--no-release"],
                   check=True, capture_output=True, text=True, env=nbgrader_env())
    shutil.copy(nbs.ROOT / "nbgrader_config.py", course)
    for name in ASSIGNMENTS:  # as a trainer's course folder: releases and a gradebook that knows them
        assert nbgrader(course, "generate_assignment", name, "--force").returncode == 0
    return course


def generated_files(root: Path) -> list[Path]:
    found = [p for folder in ("solutions", "exercises") for p in (root / folder).rglob("*") if p.is_file()]
    found += list((root / "kimkit" / "exercises").glob("*.json"))
    return sorted(p.relative_to(root) for p in found if ".ipynb_checkpoints" not in p.parts)


def test_generated_files_are_committed_as_generated(course):
    committed, regenerated = generated_files(nbs.ROOT), generated_files(course)
    assert committed == regenerated, "run make exercises and commit what it writes"
    for relative in committed:
        ours = json.loads((nbs.ROOT / relative).read_text(encoding="utf-8"))
        fresh = json.loads((course / relative).read_text(encoding="utf-8"))
        assert ours == fresh, f"{relative} is not what make exercises generates: run make exercises"


def test_validate_solutions_pass_and_releases_fail(course):
    solutions = [str(nbs.solution_path(a)) for a in ASSIGNMENTS]
    passed = nbgrader(course, "validate", *solutions)
    assert passed.stdout.count("Success! Your notebook passes all the tests.") == len(ASSIGNMENTS), passed.stdout
    releases = [str(nbs.release_path(a)) for a in ASSIGNMENTS]
    inverted = nbgrader(course, "validate", "--invert", *releases)
    assert inverted.stdout.count("Success! The notebook does not pass any tests.") == len(ASSIGNMENTS), inverted.stdout


@pytest.fixture(scope="module")
def autograded(course):
    for name in ASSIGNMENTS:
        release = nbs.read(nbs.release_path(name))
        written = {gid: "Jawaban tertulis peserta." for gid in nbs.written_cells(release)}
        submissions = {
            "kunci": nbs.fill(release, {**nbs.right_answers(name), **written}),
            "kosong": release,
            "salah": nbs.fill(release, nbs.wrong_answers(name)),
        }
        for student, nb in submissions.items():
            folder = course / "submitted" / student / name
            folder.mkdir(parents=True)
            nbformat.write(nbs.with_identity(nb, STUDENTS[student]), folder / f"{name}.ipynb")
        result = nbgrader(course, "autograde", name, "--force")
        assert result.returncode == 0, result.stdout + result.stderr
    return course


def scores(course: Path, name: str, student: str) -> dict[str, tuple[float, float]]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kimkit") as gradebook:
        notebook = gradebook.find_submission_notebook(name, name, student)
        return {g.name: (g.auto_score, g.max_score) for g in notebook.grades if g.name.startswith("uji_")}


def check_outcomes(course: Path, name: str, student: str) -> dict[str, str]:
    nb = nbs.read(course / "autograded" / student / name / f"{name}.ipynb")
    found = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if OUTCOME_MIMETYPE in data and nbs.grade_id(cell).startswith("cek_"):
                found[nbs.grade_id(cell)] = data[OUTCOME_MIMETYPE]["outcome"]
    return found


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_autograde_scores(autograded, name):
    right = scores(autograded, name, "kunci")
    assert right and all(score == maximum for score, maximum in right.values()), right
    assert all(score == 0 for score, _ in scores(autograded, name, "kosong").values())
    assert all(score == 0 for score, _ in scores(autograded, name, "salah").values())


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_blank_written_answer_scores_zero_by_itself(autograded, name):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{autograded / 'gradebook.db'}", course_id="kimkit") as gradebook:
        for student, auto_score, needs_trainer in (("kosong", 0, False), ("kunci", None, True)):
            notebook = gradebook.find_submission_notebook(name, name, student)
            written = [g for g in notebook.grades if g.name in nbs.written_cells(nbs.read(nbs.release_path(name)))]
            assert written and all(g.auto_score == auto_score and g.needs_manual_grade is needs_trainer
                                   for g in written), (student, [(g.auto_score, g.needs_manual_grade) for g in written])


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_self_checks_agree_with_grades(autograded, name):
    expected = {"kunci": "pass", "kosong": "unattempted", "salah": "fail"}
    for student, outcome in expected.items():
        found = check_outcomes(autograded, name, student)
        questions = {k: v for k, v in found.items() if k != "cek_identitas"}
        assert questions and set(questions.values()) == {outcome}, (student, found)


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_roster_id_survives_grading(autograded, name):
    folder = autograded / "autograded"
    assert read_roster_id(folder / "kunci" / name / f"{name}.ipynb") == "SMD-001"
    assert read_roster_id(folder / "salah" / name / f"{name}.ipynb") is None
    identity = check_outcomes(autograded, name, "salah")["cek_identitas"]
    assert identity == "fail"  # told clearly, and the grading above still completed


def test_points_add_up_to_ten(course):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kimkit") as gradebook:
        for name in ASSIGNMENTS:
            assert gradebook.find_assignment(name).max_score == 10, name
