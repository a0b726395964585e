"""The browser tests' widget table (tests/ui/widget_table.py) covers every participant widget.

Runs without a browser: a widget added to ``kimkit.widgets.__all__`` without an entry in the
table makes this test fail, so no widget reaches participants untested in JupyterLab.
"""

import inspect

import pytest

import kimkit.widgets
from kimkit.messages import MESSAGES
from kimkit.widgets.base import KitWidget
from tests.ui import widget_table


def participant_widgets() -> dict[str, type]:
    """Widget classes offered by ``kimkit.widgets.__all__`` (by class; aliases count once)."""
    found = {}
    for name in kimkit.widgets.__all__:
        obj = getattr(kimkit.widgets, name)
        if inspect.isclass(obj) and issubclass(obj, KitWidget):
            if obj.__name__ not in widget_table.NOT_PARTICIPANT_FACING:
                found.setdefault(obj.__name__, obj)
    return found


def test_every_participant_widget_has_an_entry():
    covered = {case.resolve() for case in widget_table.CASES}
    missing = sorted(name for name, cls in participant_widgets().items() if cls not in covered)
    assert not missing, (f"kimkit.widgets.__all__ offers {missing}, but tests/ui/widget_table.py has no entry "
                         "for them: add one (how to create it, what to do, which message must appear)")


def test_exclusions_are_real_classes():
    for name in widget_table.NOT_PARTICIPANT_FACING:
        assert inspect.isclass(getattr(kimkit.widgets, name))


@pytest.mark.parametrize("case", widget_table.CASES, ids=lambda c: c.key)
def test_entry_uses_known_messages_and_ends_with_feedback(case):
    assert issubclass(case.resolve(), KitWidget)
    assert case.steps and case.steps[-1][0] == "expect", "an entry ends by reading the feedback"
    for kind, *args in case.steps:
        assert kind in {"fill", "field", "click", "choose", "tick", "expect"}
        if kind in {"click", "expect"} or kind == "field":
            assert args[0] in MESSAGES, f"{args[0]} is not a key of the message catalogue"
        if kind == "expect":
            assert len(widget_table.fragment(args[0])) >= 8, f"{args[0]}: too little fixed text to look for"
    assert len({c.key for c in widget_table.CASES}) == len(widget_table.CASES)


def test_scratch_notebook_cells_name_every_case():
    cells = widget_table.scratch_cells()
    assert 'kimkit.mulai(globals(), "modul00")' in cells[0]
    for case, cell in zip(widget_table.CASES, cells[1:]):
        assert cell == f"{case.key} = {case.create}\n{case.key}"
        assert case.key.isidentifier()


@pytest.mark.parametrize("ci", ["", "1"])
def test_browser_tests_skip_without_chromium_but_fail_in_ci(monkeypatch, ci):
    from tests.ui import browser

    monkeypatch.setattr(browser, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setenv("CI", ci) if ci else monkeypatch.delenv("CI", raising=False)
    expected = pytest.fail.Exception if ci else pytest.skip.Exception
    with pytest.raises(expected, match="apt-get install -y chromium"):
        browser.require_browser()
