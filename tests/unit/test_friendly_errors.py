"""Indonesian explanations of the errors participants meet most often."""

from kimkit import friendly_errors
from kimkit.checks import OutcomeType


def explain(error):
    return friendly_errors.explain(error)


def test_known_errors_get_indonesian_explanations():
    assert "raise NotImplementedError()" in explain(NotImplementedError()).message
    name_error = explain(NameError("name 'kimm' is not defined", name="kimm"))
    assert "`kimm`" in name_error.message and name_error.kind is OutcomeType.ERROR
    assert "nama_tabel.columns" in explain(KeyError("reach")).message
    assert "pembagian dengan nol" in explain(ZeroDivisionError("division by zero")).message
    assert "Pesan asli Python" in repr(explain(ValueError("x")))


def test_subclasses_use_their_base_explanation():
    class TableError(KeyError):
        pass

    assert "Kolom atau kunci" in explain(TableError("x")).message


def test_unknown_errors_are_left_alone():
    assert explain(RuntimeError("x")) is None


def test_not_installed_under_nbgrader(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert friendly_errors.install() is False
