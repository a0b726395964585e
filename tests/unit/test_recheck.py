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


# --- plans (kind "plan"): the grader re-evaluates the constraints on the kernel's text -------------

def _plan_rows(n_kim=2):
    media = [[f"2027-01-{d:02d}", "19:00", "media", "Instagram", p, "tema", "", ""]
             for d, p in zip((4, 7, 10, 13, 16, 19, 22, 25, 28, 31),
                             ["informasi"] * 7 + ["emosi"] * 2 + ["promosi"])]
    kim = [[f"2027-01-{8 + 7 * i:02d}", "", "KIM", "", "", "poster", f"KIM {i}", f"Desa {i}"] for i in range(n_kim)]
    return media + kim


def test_plan_text_is_judged_by_its_own_rows_outside_the_kernel():
    check = check_of("latihan11", "rencana_lengkap")
    assert check.rule["kind"] == "plan" and check.expected == frozenset({canonical.digest(check.salt, "plan:ok")})
    assert check.confirms(json.dumps(_plan_rows()))
    # a kernel that lies ("plan:ok", or a valid-looking text) cannot pass rows that break a constraint
    assert not check.confirms("plan:ok")
    assert not check.confirms(json.dumps(_plan_rows(n_kim=1)))            # one KIM only
    clash = _plan_rows() + [_plan_rows()[0]]                               # the same post twice
    assert not check.confirms(json.dumps(clash))
    assert not check.confirms(json.dumps([row[:-1] for row in _plan_rows()]))  # a column short
    assert not check.confirms("[1, 2") and not check.confirms(json.dumps({"a": 1}))
    assert check.expression.startswith("_kk_canonical(rencana, {'kind': 'plan'")
