"""The grader's own check of hidden tests (kimkit.pelatih.recheck), without a kernel."""

import json

import nbformat
import pytest

from kimkit.checks import canonical
from kimkit.pelatih import recheck
from tests.grading import notebooks as nbs


def graded_cells():
    """Every graded test cell of every exercise, with its check data."""
    for name in nbs.assignments():
        source = nbformat.read(nbs.solution_path(name), as_version=4)
        data = json.loads((nbs.ROOT / "kimkit" / "exercises" / f"{name}.json").read_text(encoding="utf-8"))
        for cell in source.cells:
            yield name, cell, data


def test_every_hidden_test_is_read_back_exactly():
    seen = 0
    for name, cell, data in graded_cells():
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        checks = recheck.cell_checks(cell)
        if not grade_id.startswith("uji_"):
            assert checks == [], f"{name}/{grade_id}: not a test cell"
            continue
        question = next(q for q in data["questions"] if f"uji_{q['id']}" == grade_id)
        assert len(checks) == 1
        check = checks[0]
        assert check.answer == question["variable"]
        assert check.rule == question["rule"]
        assert check.salt == f"{name}/{question['id']}"
        assert check.expected == frozenset(question["expected"])
        seen += 1
    assert seen >= 20


def check_of(name: str, question_id: str) -> recheck.HiddenCheck:
    source = nbformat.read(nbs.solution_path(name), as_version=4)
    cell = next(c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"uji_{question_id}")
    return recheck.cell_checks(cell)[0]


def test_only_the_right_canonical_text_confirms():
    check = check_of("latihan01", "pembentukan")
    right = {"A", "B", "C", "D"} - {letter for letter in "ABCD"
                                     if not check.confirms(canonical.canonical(letter, check.rule))}
    assert len(right) == 1
    assert not check.confirms(None) and not check.confirms(42) and not check.confirms("c:" + "x" * 10**7)
    assert check.expression == "_kk_canonical(jawaban_1, {'kind': 'choice'})"


def test_numbers_keep_their_tolerance():
    check = recheck.HiddenCheck("x", {"kind": "number", "decimals": 2, "tolerance": 1}, "s",
                                frozenset({canonical.digest("s", "n:711")}))
    assert check.confirms("n:712") and check.confirms("n:710") and not check.confirms("n:709")
    assert not check.confirms("n:abc")


@pytest.mark.parametrize("reply, expected", [
    ({"content": {"user_expressions": {"kk": {"status": "ok", "data": {"text/plain": "'c:B'"}}}}}, "c:B"),
    ({"content": {"user_expressions": {"kk": {"status": "ok", "data": {"text/plain": "('l:a;'\n 'b')"}}}}}, "l:a;b"),
    ({"content": {"user_expressions": {"kk": {"status": "ok", "data": {"text/plain": "42"}}}}}, None),
    ({"content": {"user_expressions": {"kk": {"status": "ok", "data": {"text/plain": "__import__('os')"}}}}}, None),
    ({"content": {"user_expressions": {"kk": {"status": "error", "ename": "NameError"}}}}, None),
    ({"content": {}}, None),
    (None, None),
])
def test_kernel_replies_are_read_as_data_only(reply, expected):
    assert recheck.reply_text(reply) == expected


def test_a_refused_cell_scores_zero_in_nbgrader():
    from nbgrader.utils import determine_grade

    cell = nbformat.v4.new_code_cell("assert True", metadata={"nbgrader": {
        "grade": True, "solution": False, "grade_id": "uji_x", "points": 2, "locked": True}})
    cell.outputs = []
    assert not recheck.failed(cell) and determine_grade(cell)[0] == 2
    cell.outputs.append(recheck.refusal())
    assert recheck.failed(cell) and determine_grade(cell)[0] == 0
    assert "pemeriksaan ulang" in cell.outputs[0]["evalue"]
