"""Indonesian explanations of the errors participants meet most often."""

from kimkit import friendly_errors
from kimkit.checks import OutcomeType


def explain(error):
    return friendly_errors.explain(error)


def test_known_errors_get_indonesian_explanations():
    stub = explain(NotImplementedError())
    assert "raise NotImplementedError()" in stub.message
    assert stub.extra == () and "Pesan asli" not in repr(stub)  # never an empty original message
    name_error = explain(NameError("name 'kimm' is not defined", name="kimm"))
    assert "`kimm`" in name_error.message and name_error.kind is OutcomeType.ERROR
    assert "nama_tabel.columns" in explain(KeyError("reach")).message
    assert "pembagian dengan nol" in explain(ZeroDivisionError("division by zero")).message
    assert "Pesan asli Python" in repr(explain(ValueError("x")))


def test_failed_test_cell_shows_its_own_message_and_what_to_do():
    failed = explain(AssertionError("x harus berupa Series, misalnya hasil groupby(...)"))
    assert failed.kind is OutcomeType.FAIL and failed.heading == "Uji belum lolos"
    assert failed.message.startswith("x harus berupa Series, misalnya hasil groupby(...).")
    assert "sel jawaban" in failed.message and "sel uji ini" in failed.message
    assert "AssertionError" not in repr(failed)


def test_failed_test_without_message_points_to_the_self_check():
    failed = explain(AssertionError())
    assert failed.heading == "Uji belum lolos" and "`soalN.cek()`" in failed.message
    assert "AssertionError" not in repr(failed)


class FakeShell:
    def __init__(self):
        self.shown = []

    def _showtraceback(self, etype, value, stb):
        self.shown.append(stb)


def test_handler_shows_the_box_then_still_fails_the_cell(capsys):
    shell = FakeShell()
    friendly_errors._handler(shell, AssertionError, AssertionError("top5 harus berupa list"), None)
    assert "Uji belum lolos" in capsys.readouterr().out
    assert shell.shown == [["AssertionError: top5 harus berupa list"]]
    friendly_errors._handler(shell, NotImplementedError, NotImplementedError(), None)
    assert shell.shown[-1] == ["NotImplementedError"]


def test_subclasses_use_their_base_explanation():
    class TableError(KeyError):
        pass

    assert "Kolom atau kunci" in explain(TableError("x")).message


def test_unknown_errors_are_left_alone():
    assert explain(RuntimeError("x")) is None


def test_not_installed_under_nbgrader(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert friendly_errors.install() is False
