"""Self-check core: canonical forms, answer kinds, check data, the notebook view, policy, progress."""

import json

import numpy as np
import pandas as pd
import pytest

import kimkit
from kimkit.checks import OutcomeType, QuestionView, ____, loader, solutions
from kimkit.checks.canonical import canonical, digest, matches
from kimkit.checks.outcomes import OUTCOME_MIMETYPE, Outcome
from tools.authoring import (
    AuthoringError, Choice, Function, Items, Number, Series, Table, Text, check_for,
)


def make(answer, right, *, key="uji/soal", mistakes=(), hints=("satu", "dua"), solution="", graded=False):
    check = check_for(answer, right, key, hints=hints, mistakes=mistakes, graded=graded)
    check.solution = solution
    return QuestionView(check, "soal1")


# --- canonical forms ------------------------------------------------------------------------

def test_numbers_compare_by_value_whatever_their_type():
    rule = {"kind": "number", "decimals": 0}
    assert canonical(12, rule) == canonical(12.0, rule) == canonical(np.int64(12), rule) == canonical(np.float32(12), rule)
    assert canonical(True, rule) != canonical(1, rule)
    assert canonical("12", rule) != canonical(12, rule)


def test_float_noise_is_snapped_before_rounding():
    rule = {"kind": "number", "decimals": 2}
    assert canonical(6.125, rule) == canonical(6.125 * (1 + 1e-15), rule) == canonical(6.125 * (1 - 1e-15), rule)


def test_tolerance_is_counted_in_units_of_the_last_decimal():
    rule = {"kind": "number", "decimals": 2, "tolerance": 1}
    expected = {digest("s", canonical(3.94, rule))}
    assert matches(3.9375, rule, "s", expected) and matches(3.95, rule, "s", expected)
    assert not matches(3.96, rule, "s", expected)
    assert not matches("3.94", rule, "s", expected) and not matches(None, rule, "s", expected)


def test_text_choice_list_series_and_table_rules():
    assert canonical("  Mahakam   Ulu ", {"kind": "text"}) == canonical("mahakam ulu", {"kind": "text"})
    assert canonical(" b. ", {"kind": "choice"}) == canonical("B)", {"kind": "choice"})
    unordered = {"kind": "list", "ordered": False}
    assert canonical(("b", "a"), unordered) == canonical(np.array(["a", "b"]), unordered)
    series = pd.Series({"Paser": 3, "Berau": 5}, name="x")
    assert canonical(series.iloc[::-1].rename("y"), {"kind": "series"}) == canonical(series, {"kind": "series"})
    table = pd.DataFrame({"id": ["a", "b"], "er": [1.0, 2.0]})
    rule = {"kind": "table", "columns": ["er"], "key": "id"}
    assert canonical(table.iloc[::-1].reset_index(drop=True), rule) == canonical(table, rule)
    assert canonical(pd.Series([np.inf]), {"kind": "series"}) != canonical(pd.Series([1]), {"kind": "series"})


def test_digest_is_salted_and_never_shows_the_answer():
    assert digest("latihan01/a", "n:356") != digest("latihan01/b", "n:356")
    assert "356" not in digest("x", "n:356")


# --- the builder's guarantees ----------------------------------------------------------------

def test_builder_refuses_checks_that_could_mislead():
    with pytest.raises(AuthoringError, match="form test"):
        check_for(Number("n"), "356", "uji/n")
    with pytest.raises(AuthoringError, match="accepted as right"):
        check_for(Number("n", decimals=2), 3.94, "uji/n", mistakes=[(3.945, "dekat sekali")])
    with pytest.raises(AuthoringError, match="form test"):
        check_for(Series("s"), pd.Series([1, 2]), "uji/s", mistakes=[(pd.Series([1]), "kurang satu")])


# --- problems ----------------------------------------------------------------------------------

def test_number_pass_fail_targeted_mistake_and_decimal_comma():
    view = make(Number("er", decimals=2), 3.9375, mistakes=[(0.039375, "Lupa dikali 100.")])
    assert view.cek({"er": 3.94}).kind is OutcomeType.PASS
    wrong = view.cek({"er": 0.039375})
    assert wrong.kind is OutcomeType.FAIL and "Lupa dikali 100" in wrong.message
    comma = view.cek({"er": (3, 94)})
    assert comma.kind is OutcomeType.FAIL and "tulis 3.94, bukan 3,94" in comma.message
    assert "petunjuk" in repr(view.cek({"er": 5.0}))


def test_form_messages_are_indonesian_and_say_how_to_fix():
    view = make(Number("n"), 356)
    assert "tanpa tanda kutip" in view.cek({"n": "356"}).message
    assert "bilangan bulat" in view.cek({"n": 356.5}).message
    series = make(Series("s", per="kab/kota"), pd.Series({"Berau": 1, "Paser": 2}))
    table = series.cek({"s": pd.DataFrame({"x": [1, 2]}, index=["Berau", "Paser"])})
    assert table.kind is OutcomeType.FAIL and "masih berupa tabel (DataFrame)" in table.message


def test_wrong_series_names_the_keys_that_differ_without_the_expected_values():
    right = pd.Series({"Berau": 32.7, "Paser": 22.2, "Bontang": 13.3})
    view = make(Series("cakupan", decimals=1), right)
    outcome = view.cek({"cakupan": right.replace({22.2: 99.9})})
    assert outcome.kind is OutcomeType.FAIL and "Paser" in outcome.message
    assert "22.2" not in outcome.message and "Berau" not in outcome.message
    renamed = view.cek({"cakupan": right.rename({"Bontang": "Kota Bontang"})})
    assert "Kota Bontang" in renamed.message and "1 label" in renamed.message


def test_wrong_list_names_foreign_items_and_order():
    view = make(Items("top", ordered=True), ["a", "b", "c"])
    assert "x" in view.cek({"top": ["a", "b", "x"]}).message
    assert "urutannya" in view.cek({"top": ["c", "b", "a"]}).message


def test_table_compared_on_columns_by_key():
    table = pd.DataFrame({"id": ["a", "b"], "er": [1.0, 2.0], "lain": [0, 0]}, index=[7, 3])
    view = make(Table("t", columns=["er"], key="id"), table)
    assert view.cek({"t": table.iloc[::-1].reset_index(drop=True)[["er", "id"]]}).kind is OutcomeType.PASS
    missing = view.cek({"t": table[["id"]]})
    assert missing.kind is OutcomeType.FAIL and "`er`" in missing.message
    wrong = view.cek({"t": table.assign(er=[1.0, 3.0])})
    assert wrong.kind is OutcomeType.FAIL and "b" in wrong.message


def test_choice_accepts_loose_letters_and_rejects_unknown():
    view = make(Choice("j", options={"A": "x", "B": "y", "C": "z"}), "B")
    for answer in ("B", "b", " b. ", "B)"):
        assert view.cek({"j": answer}).kind is OutcomeType.PASS
    assert view.cek({"j": "A"}).kind is OutcomeType.FAIL
    invalid = view.cek({"j": "E"})
    assert invalid.kind is OutcomeType.FAIL and "A, B, C" in invalid.message


def test_function_cases_errors_and_stub():
    def right(text):
        minutes, seconds = text.split(":")
        return int(minutes) * 60 + int(seconds)

    def stub(text):
        raise NotImplementedError()

    view = make(Function("detik", cases=[("01:30",), ("10:00",)]), right)
    assert view.cek({"detik": right}).kind is OutcomeType.PASS
    wrong = view.cek({"detik": lambda t: 0})
    assert wrong.kind is OutcomeType.FAIL and "'01:30'" in wrong.message
    crashed = view.cek({"detik": lambda t: 1 / 0})
    assert crashed.kind is OutcomeType.FAIL and "ZeroDivisionError" in crashed.message
    assert view.cek({"detik": stub}).kind is OutcomeType.UNATTEMPTED
    assert view.cek({"detik": 5}).kind is OutcomeType.FAIL


# --- the view ------------------------------------------------------------------------------

@pytest.fixture
def view():
    return make(Number("n"), 3, solution="n = 3")


def test_unattempted_for_placeholder_missing_variable_and_ellipsis(view):
    assert view.cek({"n": ____}).kind is OutcomeType.UNATTEMPTED
    assert view.cek({"n": ...}).kind is OutcomeType.UNATTEMPTED
    missing = view.cek({})
    assert missing.kind is OutcomeType.UNATTEMPTED and "`n` belum ada" in missing.message
    assert not missing.extra, "one instruction, not two"


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


def test_checker_bug_never_raises_nor_writes_stderr(capfd, view):
    view.problem.form_test = ("import sys, warnings\nwarnings.warn('noise')\n"
                              "print('stderr noise', file=sys.stderr)\nraise RuntimeError('bug')")
    outcome = view.cek({"n": 1})
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


# --- generated check data ----------------------------------------------------------------------

def test_every_question_set_loads_keyed_by_grade_id():
    for name in loader.available():
        views = loader.views(name)
        keys = [v.problem.key for v in views.values() if isinstance(v, QuestionView)]
        assert keys and all(k.startswith(f"{name}/") and not k.split("/")[1].startswith("soal") for k in keys)


def test_graded_check_data_holds_no_solution_and_no_clear_answer():
    for name in loader.available():
        data = loader.check_data(name)
        for question in data["questions"]:
            assert ("solution" in question) is (not data["graded"]), (name, question["id"])


def test_unknown_question_set_is_explained():
    outcome = kimkit.mulai({}, "latihan99")
    assert outcome.kind is OutcomeType.ERROR and "latihan07" in outcome.message


def test_setup_shows_numpy_numbers_plainly():
    """A column's sum reads ``197`` after ``kimkit.mulai``, not numpy 2's ``np.int64(197)``."""
    import numpy as np

    before = np.get_printoptions()
    try:
        kimkit.mulai({})
        assert repr(np.int64(197)) == "197" and repr(np.float64(3.5)) == "3.5"
    finally:
        np.set_printoptions(**before)


# --- solutions -----------------------------------------------------------------------------------

@pytest.fixture
def graded_view():
    return make(Number("n"), 3, key="latihan99/n", graded=True)


def test_graded_solution_closed_until_self_study_then_from_the_pack(kimkit_home, graded_view, tmp_path):
    closed = graded_view.solusi()
    assert closed.kind is OutcomeType.INFO and "kimkit.mode_mandiri()" in closed.message
    kimkit.mode_mandiri()
    assert "paket solusi" in graded_view.solusi().message
    pack = solutions.write_pack({"latihan99/n": "n = 3"}, tmp_path / "paket.json")
    assert "1 solusi" in kimkit.pasang_paket_solusi(pack).message
    assert graded_view.solusi().code == "n = 3"


def test_invalid_pack_is_explained_and_changes_nothing(kimkit_home, tmp_path):
    (tmp_path / "bukan.json").write_text("{}")
    outcome = kimkit.pasang_paket_solusi(tmp_path / "bukan.json")
    assert outcome.kind is OutcomeType.ERROR and "bukan paket solusi" in outcome.message
    assert kimkit.pasang_paket_solusi(tmp_path / "tidak_ada.json").kind is OutcomeType.ERROR
    assert not (kimkit_home / solutions.PACK_FILE).exists()


def test_repository_clone_reads_solutions_from_the_solutions_notebooks():
    found = solutions.solutions_in_repository("latihan07")
    assert "posting_er = posting.copy()" in found["latihan07/er_posting"]


def test_trainer_policy_wins(kimkit_home, graded_view, monkeypatch, tmp_path):
    kimkit.mode_mandiri()
    policy_file = tmp_path / "kebijakan.json"
    policy_file.write_text(json.dumps({"solusi_latihan": "tertutup"}))
    monkeypatch.setenv("KIMKIT_KEBIJAKAN", str(policy_file))
    assert "dikunci selama pelatihan" in graded_view.solusi().message
    assert "tidak bisa" in kimkit.mode_mandiri().message


def test_course_solution_always_open(kimkit_home, view):
    assert view.solusi().code == "n = 3"


# --- progress ----------------------------------------------------------------------------------

def test_progress_recorded_locally_by_grade_id(kimkit_home, view):
    view.cek({"n": 4})
    view.cek({"n": 3})
    record = json.loads((kimkit_home / "kemajuan.json").read_text())["uji/soal"]
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
    assert json.loads((kimkit_home / "kemajuan.json").read_text())["uji/soal"]["benar"]


# --- cek_semua ---------------------------------------------------------------------------------

def test_check_all_covers_questions_and_written_tasks(kimkit_home, monkeypatch, tmp_path):
    task = loader.TaskView("soal3", "uji", {"statement": "Tulis", "answer_cell": "jawaban_tulis",
                                           "stub": "_ketik_"})
    first, second = make(Number("a"), 1), make(Number("b"), 1)
    second.name = "soal2"
    namespace = {"soal1": first, "soal2": second, "soal3": task, "a": 1, "b": ____}
    kimkit.checks.bind(namespace)
    assert kimkit.cek_semua().kind is OutcomeType.UNATTEMPTED
    namespace["b"] = 2
    assert kimkit.cek_semua().kind is OutcomeType.FAIL
    namespace["b"] = 1
    unknown = kimkit.cek_semua()
    assert unknown.kind is OutcomeType.PASS and "Pastikan soal tertulis" in unknown.message

    saved = tmp_path / "latihan.ipynb"
    cell = {"cell_type": "markdown", "metadata": {"nbgrader": {"grade_id": "jawaban_tulis"}}, "source": "_ketik_"}
    saved.write_text(json.dumps({"cells": [cell]}))
    monkeypatch.setenv("JPY_SESSION_NAME", str(saved))
    empty = kimkit.cek_semua()
    assert empty.kind is OutcomeType.UNATTEMPTED and "belum diisi" in empty.message
    cell["source"] = "Jawaban saya."
    saved.write_text(json.dumps({"cells": [cell]}))
    done = kimkit.cek_semua()
    assert done.kind is OutcomeType.PASS and "kumpulkan" in done.message


def test_solutions_pack_covers_every_graded_question_and_installs(kimkit_home, tmp_path):
    from tools import make_solutions_pack

    make_solutions_pack.main(["--out", str(tmp_path / "paket.json")])
    pack = solutions.read_pack(tmp_path / "paket.json")
    graded = {f"{name}/{q['id']}" for name in loader.available() if loader.check_data(name)["graded"]
              for q in loader.check_data(name)["questions"]}
    assert set(pack) == graded
    kimkit.mode_mandiri()
    kimkit.pasang_paket_solusi(tmp_path / "paket.json")
    view = loader.views("latihan07")["soal1"]
    assert "posting_er = posting.copy()" in view.solusi().code


def test_numpy_bools_count_as_true_and_false_with_numpy_1_and_2():
    import numpy as np

    from kimkit.checks import canonical

    rule = {"kind": "bool"}
    assert canonical.canonical(np.True_, rule) == canonical.canonical(True, rule) == "b:True"
    assert canonical.canonical(np.False_, rule) == "b:False"


# --- plans: open answers judged by public constraints (kind "plan") ---------------------------------

def _plan(changes=None):
    from kimkit import campaign

    media = pd.DataFrame({
        "tanggal": pd.date_range("2027-01-04", periods=10, freq="3D"), "jam": "19:00", "jalur": "media",
        "platform": ["Instagram", "Facebook"] * 5,
        "pilar": ["informasi"] * 7 + ["emosi"] * 2 + ["promosi"], "tema": "tema", "kim": "", "desa": ""})
    kim = pd.DataFrame({"tanggal": pd.to_datetime(["2027-01-08", "2027-01-15"]), "jam": "", "jalur": "KIM",
                        "platform": "", "pilar": "", "tema": "poster", "kim": ["KIM A", "KIM B"],
                        "desa": ["Desa A", "Desa B"]})
    plan = pd.concat([media, kim], ignore_index=True)
    for (row, column), value in (changes or {}).items():
        plan.loc[row, column] = value
    return plan[list(campaign.COLUMNS)]


def test_plan_passes_on_its_constraints_and_names_what_is_broken():
    from kimkit import campaign
    from tools.authoring import Plan

    view = make(Plan("rencana", columns=campaign.COLUMNS, checks=campaign.CHECKS, params=campaign.PARAMS),
                _plan())
    assert view.cek({"rencana": _plan()}).kind is OutcomeType.PASS
    assert view.cek({"rencana": _plan().iloc[::-1]}).kind is OutcomeType.PASS  # row order free
    clash = pd.concat([_plan(), _plan().iloc[[3]]], ignore_index=True)
    outcome = view.cek({"rencana": clash})
    assert outcome.kind is OutcomeType.FAIL and "Bentrok" in outcome.message and "3, 12" in outcome.message
    outcome = view.cek({"rencana": _plan({(0, "pilar"): "hiburan", (5, "tanggal"): "2027-02-01"})})
    assert "pilar kosong atau tidak dikenal" in outcome.message and "baris 5 berada di luar bulan itu" in outcome.message
    outcome = view.cek({"rencana": _plan().drop(columns=["desa"])})
    assert outcome.kind is OutcomeType.FAIL and "`desa`" in outcome.message
    assert view.cek({"rencana": _plan().iloc[0:0]}).kind is OutcomeType.FAIL


def test_plan_hidden_test_agrees_with_the_self_check_and_refuses_a_broken_solution():
    from kimkit import campaign
    from kimkit.checks.answers import hidden_test
    from tools.authoring import Plan

    answer = Plan("rencana", columns=campaign.COLUMNS, checks=["pilar", "kim"], params=campaign.PARAMS)
    check = check_for(answer, _plan(), "uji/rencana")
    source = hidden_test(answer, "uji/rencana", check.expected, "ringkasan")
    for plan, right in [(_plan(), True), (_plan({(0, "pilar"): "promosi", (2, "pilar"): "promosi"}), False),
                        (_plan({(11, "kim"): "KIM A"}), False), (_plan({(0, "tema"): ""}), True)]:
        namespace = {"pd": pd, "rencana": plan}
        try:
            exec(source, namespace)
            graded = True
        except AssertionError:
            graded = False
        assert graded is right
        assert (QuestionView(check, "soal1").cek({"rencana": plan}).kind is OutcomeType.PASS) is right
    with pytest.raises(AuthoringError, match="breaks its own constraints"):
        check_for(answer, _plan({(11, "kim"): "KIM A"}), "uji/rencana")
