"""Right and known-wrong answers against self-checks, visible tests and hidden tests.

Runs each exercise in-process (no kernel): the released notebook shows what the visible
tests accept; the solutions notebook adds the hidden tests, as nbgrader does at
autograde. The same matrix is then confirmed by real nbgrader runs in test_roundtrip.py.
"""

import pytest

from kimkit.checks import Outcome, OutcomeType
from tests.grading import notebooks as nbs

ASSIGNMENTS = nbs.assignments()


def outcomes(runs) -> dict[str, OutcomeType]:
    return {r.grade_id: r.value.kind for r in runs if isinstance(r.value, Outcome) and r.grade_id}


def errors(runs) -> dict[str, BaseException]:
    return {r.grade_id: r.error for r in runs if r.error is not None}


def hidden_version(solution, answers):
    """The solutions notebook with the given answers: visible + hidden tests together."""
    return nbs.fill(solution, answers)


@pytest.fixture(scope="module", params=ASSIGNMENTS)
def exercise(request):
    name = request.param
    return name, nbs.read(nbs.solution_path(name)), nbs.read(nbs.release_path(name))


def test_every_autograded_question_has_a_wrong_answer(exercise):
    name, solution, _ = exercise
    assert set(nbs.wrong_answers(name)) == set(nbs.answer_cells(solution))


def test_right_answers_pass_self_checks_and_all_tests(exercise):
    name, solution, release = exercise
    runs = nbs.run_in_process(hidden_version(solution, nbs.right_answers(name)))
    assert errors(runs) == {}
    checks = {gid: kind for gid, kind in outcomes(runs).items() if gid.startswith("cek_") and gid != "cek_identitas"}
    assert checks and set(checks.values()) == {OutcomeType.PASS}


def test_wrong_answers_pass_visible_tests_only(exercise):
    name, solution, release = exercise
    wrong = nbs.wrong_answers(name)
    visible_runs = nbs.run_in_process(nbs.fill(release, wrong))
    assert {gid: e for gid, e in errors(visible_runs).items() if gid.startswith("uji_")} == {}, \
        "a known-wrong answer must be plausible: it should pass the visible tests"

    hidden_runs = nbs.run_in_process(hidden_version(solution, wrong))
    failed_tests = {gid for gid, e in errors(hidden_runs).items() if isinstance(e, AssertionError)}
    assert failed_tests == set(nbs.autograder_cells(solution)), "every hidden test must catch its wrong answer"
    check_kinds = {gid: kind for gid, kind in outcomes(hidden_runs).items()
                   if gid.startswith("cek_") and gid != "cek_identitas"}
    assert set(check_kinds.values()) == {OutcomeType.FAIL}


def test_blank_release_is_unattempted_and_fails(exercise):
    name, _, release = exercise
    runs = nbs.run_in_process(release)
    stubs = {gid for gid, e in errors(runs).items() if isinstance(e, NotImplementedError)}
    assert stubs == set(nbs.answer_cells(release))
    check_kinds = {gid: kind for gid, kind in outcomes(runs).items() if gid.startswith("cek_")}
    assert set(check_kinds.values()) == {OutcomeType.UNATTEMPTED}
