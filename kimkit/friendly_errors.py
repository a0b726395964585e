"""Indonesian explanations for the errors participants meet most often, and for failed tests.

Installed by ``kimkit.mulai()`` as an IPython custom exception handler. The explanation
is shown first; a one-line Python error still follows, so a failing cell still counts
as failed (nbgrader needs the error output to give 0 to a failing test cell). It is
never installed while nbgrader executes a notebook.
"""

from __future__ import annotations

from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.messages import MESSAGES, msg
from kimkit import settings

HANDLED = (
    AssertionError, NotImplementedError, NameError, KeyError, AttributeError, TypeError, ValueError,
    ZeroDivisionError, FileNotFoundError,
)


def _failed_test(error: AssertionError) -> Outcome:
    """A failed ``assert`` (an nbgrader test cell): its own message and what to do next."""
    detail = str(error).strip()
    if detail and not detail.endswith((".", "!", "?")):
        detail += "."
    text = msg("error.test_failed", detail=detail) if detail else msg("error.test_failed.no_message")
    return Outcome(OutcomeType.FAIL, text, title=msg("error.test_failed.title"))


def explain(error: BaseException) -> Outcome | None:
    """An Indonesian explanation of ``error``, or None when the kit has none."""
    if isinstance(error, AssertionError):
        return _failed_test(error)
    kind = type(error).__name__
    key = f"error.{kind}"
    if key not in MESSAGES:
        for base in type(error).__mro__:
            if f"error.{base.__name__}" in MESSAGES:
                key, kind = f"error.{base.__name__}", base.__name__
                break
        else:
            return None
    detail = str(error)
    quoted = detail.split("'")[1] if detail.count("'") >= 2 else detail
    values = {"detail": detail, "name": getattr(error, "name", None) or quoted, "missing": detail}
    extra = (msg("error.detail", detail=f"{kind}: {detail}"),) if detail.strip() else ()
    return Outcome(OutcomeType.ERROR, msg(key, **values), title=msg("error.title"), extra=extra)


def _one_line(etype: type, value: BaseException) -> str:
    """Python's last traceback line: ``KeyError: 'x'``, or only the type when there is no message."""
    return f"{etype.__name__}: {value}" if str(value) else etype.__name__


def _handler(shell, etype, value, tb, tb_offset=None):
    from IPython.display import display

    try:
        outcome = explain(value)
    except Exception:  # an explanation must never hide the original error
        outcome = None
    if outcome is not None:
        display(outcome)
    # IPython ignores a custom handler's return value: emit the short error ourselves, so
    # the cell still fails (Run All stops here; nbgrader sees an error output).
    shell._showtraceback(etype, value, [_one_line(etype, value)])


def install() -> bool:
    """Register the handler in the running IPython kernel; False outside IPython or under nbgrader."""
    if settings.under_nbgrader():
        return False
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc(HANDLED, _handler)
    return True
