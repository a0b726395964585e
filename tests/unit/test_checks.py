"""Self-check core: digests, problem classes, the notebook view, policy and progress."""

import json

import numpy as np
import pandas as pd
import pytest

import kimkit
from kimkit.checks import (
    CustomCheck, FunctionCheck, Incorrect, MultipleChoice, OutcomeType, ValueCheck, ____, questions,
)
from kimkit.checks.digest import canonical, digest, seal, unseal
from kimkit.checks.outcomes import OUTCOME_MIMETYPE, Outcome


def make(problem, exercise="uji", graded=False):
    (view,) = questions(exercise, [problem], graded=graded)
    return view


def expect(problem, value):
    """Fill ``problem.expected`` from a right answer, as an author would."""
    problem.expected = problem.digest_of(value)
    return problem


# --- digests ------------------------------------------------------------------------

def test_canonical_numbers_round_to_precision_and_ignore_type():
    assert canonical(12, 2) == canonical(12.0, 2) == canonical(np.int64(12), 2)
    assert canonical(3.9375, 2) == canonical(3.94, 2)
    assert canonical(-0.0001, 2) == canonical(0.0, 2)
    assert canonical(True) != canonical(1)


def test_canonical_tables_respect_order_option():
    a = pd.Series({"Paser": 3, "Berau": 5})
    b = pd.Series({"Berau": 5, "Paser": 3})
    assert canonical(a) != canonical(b)
    assert canonical(a, ordered=False) == canonical(b, ordered=False)


def test_digest_is_salted_and_never_shows_the_answer():
    assert digest("latihan01.soal1", 356) != digest("latihan01.soal2", 356)
    assert "356" not in digest("x", 356)


def test_seal_round_trip_and_unreadable():
    text = 'jumlah_kim = len(kim)  # benar'
    sealed = seal("latihan00.soal3", text)
    assert "len(kim)" not in sealed
    assert unseal("latihan00.soal3", sealed) == text


# --- problems -------------------------------------------------------------------------

def test_value_check_number_pass_fail_and_targeted_mistake():
    view = make(ValueCheck(variables=("er",), kind="number", decimals=2, hints=["h1"]))
    expect(view.problem, 3.9375)
    view.problem.mistakes = {view.problem.digest_of(0.039375): "Lupa dikali 100."}
    assert view.cek({"er": 3.94}).kind is OutcomeType.PASS
    wrong = view.cek({"er": 0.039375})
    assert wrong.kind is OutcomeType.FAIL and "Lupa dikali 100" in wrong.message
    assert "petunjuk" in repr(view.cek({"er": 5.0}))


def test_value_check_type_messages_are_indonesian():
    view = make(ValueCheck(variables=("n",), kind="number", decimals=0))
    expect(view.problem, 356)
    outcome = view.cek({"n": "356"})
    assert outcome.kind is OutcomeType.FAIL
    assert "seharusnya berupa angka" in outcome.message


def test_value_check_text_ignores_case_and_spaces():
    view = make(ValueCheck(variables=("nama",), kind="text"))
    expect(view.problem, "Mahakam Ulu")
    assert view.cek({"nama": "  mahakam   ulu "}).kind is OutcomeType.PASS
    assert view.cek({"nama": "Bontang"}).kind is OutcomeType.FAIL


def test_value_check_series_and_single_column_table():
    right = pd.Series({"Berau": 0.33, "Paser": 0.22})
    view = make(ValueCheck(variables=("s",), kind="series", decimals=2, ordered=False))
    expect(view.problem, right)
    assert view.cek({"s": right.sort_index(ascending=False)}).kind is OutcomeType.PASS
    assert view.cek({"s": right.to_frame("cakupan")}).kind is OutcomeType.PASS
    assert view.cek({"s": right * 100}).kind is OutcomeType.FAIL
    assert view.cek({"s": [0.33, 0.22]}).kind is OutcomeType.FAIL


def test_value_check_table_columns_and_index():
    table = pd.DataFrame({"id": ["a", "b"], "er": [1.0, 2.0], "lain": [0, 0]}, index=[7, 3])
    view = make(ValueCheck(variables=("t",), kind="table", columns=("id", "er"), ignore_index=True))
    expect(view.problem, table)
    assert view.cek({"t": table.reset_index(drop=True)[["er", "id"]]}).kind is OutcomeType.PASS
    missing = view.cek({"t": table[["id"]]})
    assert missing.kind is OutcomeType.FAIL and "er" in missing.message


def test_multiple_choice_accepts_loose_letters_and_rejects_unknown():
    view = make(MultipleChoice(variables=("j",), options={"A": "x", "B": "y", "C": "z"}))
    expect(view.problem, "B")
    for answer in ("B", "b", " b. ", "B)"):
        assert view.cek({"j": answer}).kind is OutcomeType.PASS
    assert view.cek({"j": "A"}).kind is OutcomeType.FAIL
    invalid = view.cek({"j": "E"})
    assert invalid.kind is OutcomeType.FAIL and "A, B, C" in invalid.message


def test_function_check_cases_errors_and_stub():
    problem = FunctionCheck(variables=("detik",), cases=[(("01:30",), ""), (("10:00",), "")])
    view = make(problem)
    problem.cases = [(args, problem.digest_of(int(args[0][:2]) * 60 + int(args[0][3:])))
                     for args, _ in problem.cases]

    def right(text):
        minutes, seconds = text.split(":")
        return int(minutes) * 60 + int(seconds)

    def stub(text):
        raise NotImplementedError()

    assert view.cek({"detik": right}).kind is OutcomeType.PASS
    assert view.cek({"detik": lambda t: 0}).kind is OutcomeType.FAIL
    crashed = view.cek({"detik": lambda t: 1 / 0})
    assert crashed.kind is OutcomeType.FAIL and "ZeroDivisionError" in crashed.message
    assert view.cek({"detik": stub}).kind is OutcomeType.UNATTEMPTED
    assert view.cek({"detik": 5}).kind is OutcomeType.FAIL


def test_custom_check_rule():
    def positive(value):
        if value <= 0:
            raise Incorrect("Harus positif.")

    view = make(CustomCheck(variables=("x",), rule=positive))
    assert view.cek({"x": 2}).kind is OutcomeType.PASS
    assert view.cek({"x": -1}).message == "Harus positif."


# --- the view -------------------------------------------------------------------------

@pytest.fixture
def view():
    v = make(ValueCheck(variables=("n",), kind="number", hints=["satu", "dua"], solution="n = 3"))
    expect(v.problem, 3)
    return v


def test_unattempted_for_placeholder_missing_variable_and_ellipsis(view):
    assert view.cek({"n": ____}).kind is OutcomeType.UNATTEMPTED
    assert view.cek({"n": ...}).kind is OutcomeType.UNATTEMPTED
    missing = view.cek({})
    assert missing.kind is OutcomeType.UNATTEMPTED and "`n` belum ada" in missing.message


def test_assert_helpers(view):
    kimkit.checks.bind({"n": 3})
    view.assert_check_passed()
    kimkit.checks.bind({"n": 4})
    view.assert_check_failed()
    kimkit.checks.bind({"n": ____})
    view.assert_check_unattempted()
    with pytest.raises(AssertionError):
        view.assert_check_passed()


def test_check_without_bind_explains_setup(monkeypatch, view):
    monkeypatch.setattr(kimkit.checks.binder, "_bound", {"namespace": None})
    outcome = view.cek()
    assert outcome.kind is OutcomeType.ERROR and "kimkit.mulai(globals())" in outcome.message


def test_checker_bug_never_raises_nor_writes_stderr(capfd):
    def broken(value):
        import warnings
        import sys
        warnings.warn("noise")
        print("stderr noise", file=sys.stderr)
        raise RuntimeError("bug in a rule")

    view = make(CustomCheck(variables=("x",), rule=broken))
    outcome = view.cek({"x": 1})
    assert outcome.kind is OutcomeType.ERROR and "RuntimeError" in outcome.message
    assert capfd.readouterr().err == ""


def test_hint_ladder(view):
    assert view.petunjuk().message == "satu"
    second = view.petunjuk()
    assert second.message == "dua" and "solusi()" in repr(second)
    assert view.petunjuk(1).message == "satu"
    assert view.petunjuk(5).kind is OutcomeType.INFO


def test_outcome_renders_rich_and_plain():
    outcome = Outcome(OutcomeType.FAIL, "Periksa `x` <b>", "soal1", code="x = 1")
    bundle = outcome._repr_mimebundle_()
    assert bundle[OUTCOME_MIMETYPE] == {"question": "soal1", "outcome": "fail"}
    assert "<code>x</code>" in bundle["text/html"] and "&lt;b&gt;" in bundle["text/html"]
    assert bundle["text/plain"].startswith("soal1: Belum tepat — Periksa `x` <b>")


# --- solution policy -----------------------------------------------------------------

@pytest.fixture
def graded_view():
    view = make(ValueCheck(variables=("n",), kind="number"), exercise="latihan99", graded=True)
    view.problem.sealed_solution = seal(view.problem.key, "n = 3")
    return view


def test_graded_solution_closed_until_self_study(kimkit_home, graded_view):
    closed = graded_view.solusi()
    assert closed.kind is OutcomeType.INFO and "kimkit.mode_mandiri()" in closed.message
    kimkit.mode_mandiri()
    assert graded_view.solusi().code == "n = 3"


def test_trainer_policy_wins(kimkit_home, graded_view, monkeypatch, tmp_path):
    kimkit.mode_mandiri()
    policy_file = tmp_path / "kebijakan.json"
    policy_file.write_text(json.dumps({"solusi_latihan": "tertutup"}))
    monkeypatch.setenv("KIMKIT_KEBIJAKAN", str(policy_file))
    assert "dikunci selama pelatihan" in graded_view.solusi().message
    assert "tidak bisa" in kimkit.mode_mandiri().message
    monkeypatch.setenv("KIMKIT_SOLUSI", "terbuka")
    assert graded_view.solusi().code == "n = 3"


def test_course_solution_always_open(kimkit_home, view):
    assert view.solusi().code == "n = 3"


# --- progress -------------------------------------------------------------------------

def test_progress_recorded_locally(kimkit_home, view):
    view.cek({"n": 4})
    view.cek({"n": 3})
    record = json.loads((kimkit_home / "kemajuan.json").read_text())[view.problem.key]
    assert record["percobaan"] == 2 and record["benar"] is True
    assert "1 dari 1" in kimkit.kemajuan().message


def test_nothing_recorded_under_nbgrader(kimkit_home, view, monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    view.cek({"n": 3})
    assert not (kimkit_home / "kemajuan.json").exists()


def test_damaged_progress_file_is_not_fatal(kimkit_home, view):
    kimkit_home.mkdir(parents=True)
    (kimkit_home / "kemajuan.json").write_text("{rusak")
    assert view.cek({"n": 3}).kind is OutcomeType.PASS
    assert json.loads((kimkit_home / "kemajuan.json").read_text())[view.problem.key]["benar"]


def test_table_fast_path_gives_the_element_by_element_text():
    from kimkit.checks import digest as digest_module

    frame = pd.DataFrame({
        "id": ["SINT-1", " a  b ", "c"], "n": [1, -0, 3], "x": [0.125, np.nan, -0.0001],
        "ok": [True, False, True], "v": pd.array([1, None, 3], dtype="Int64"),
    }, index=pd.Index([10, 11, 12]))
    slow = "frame:[id|n|x|ok|v]" + ";".join(
        digest_module.canonical(i, 2) + "=" + ",".join(digest_module.canonical(v, 2) for v in row)
        for i, row in zip(frame.index, frame.itertuples(index=False)))
    assert canonical(frame, 2) == slow
    series = frame.set_index("id")["x"]
    assert canonical(series, 2) == "series:" + ";".join(
        digest_module.canonical(i, 2) + "=" + digest_module.canonical(v, 2) for i, v in series.items())


def test_check_all_summarises_every_bound_question(kimkit_home):
    views = questions("ringkas", [ValueCheck(variables=("a",)), ValueCheck(variables=("b",))], graded=False)
    for view in views:
        expect(view.problem, 1)
    namespace = {"soal1": views[0], "soal2": views[1], "a": 1, "b": ____}
    kimkit.checks.bind(namespace)
    summary = kimkit.cek_semua()
    assert summary.kind is OutcomeType.UNATTEMPTED and "1 dari 2" in summary.message
    namespace["b"] = 2
    assert kimkit.cek_semua().kind is OutcomeType.FAIL
    namespace["b"] = 1
    assert kimkit.cek_semua().kind is OutcomeType.PASS
