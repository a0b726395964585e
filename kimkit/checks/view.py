"""The notebook face of a problem: ``soal1.cek()``, ``soal1.petunjuk()``, ``soal1.solusi()``.

A view never raises and never writes to stderr: nbgrader gives 0 points to a grade cell
that does either, and a participant should never meet a traceback from the kit.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Mapping

from kimkit.checks import binder, policy, progress, solutions
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.problems import Incorrect, MissingVariable, NotAttempted, Problem
from kimkit.messages import msg


@contextlib.contextmanager
def _quiet():
    """Swallow warnings and anything printed to stderr while checking."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.redirect_stderr(io.StringIO()):
            yield


class QuestionView:
    """Wraps one :class:`Problem` under its notebook name (e.g. ``soal2``)."""

    def __init__(self, problem: Problem, name: str):
        self.problem = problem
        self.name = name
        self._last_outcome: OutcomeType | None = None
        self._hints_shown = 0

    # --- participant API (Indonesian) ----------------------------------------------------
    def cek(self, namespace: Mapping[str, object] | None = None) -> Outcome:
        """Check the answer against the bound notebook variables."""
        outcome = self._check(namespace)
        self._last_outcome = outcome.kind
        progress.record(self.problem.key, outcome.kind)
        return outcome

    def petunjuk(self, n: int | None = None) -> Outcome:
        """Show hint ``n`` (1-based); without ``n`` the next hint on the ladder."""
        hints = list(self.problem.hints)
        if not hints:
            return Outcome(OutcomeType.INFO, msg("check.no_hints"), self.name)
        if n is None:
            n = min(self._hints_shown + 1, len(hints))
        if not isinstance(n, int) or not 1 <= n <= len(hints):
            return Outcome(OutcomeType.INFO, msg("check.hint_range", total=len(hints)), self.name)
        self._hints_shown = max(self._hints_shown, n)
        coda = (
            msg("check.more_hints", view=self.name, n=n + 1)
            if n < len(hints)
            else msg("check.last_hint", view=self.name)
        )
        return Outcome(
            OutcomeType.HINT, hints[n - 1], self.name,
            title=msg("outcome.title.hint", n=n), extra=(coda,),
        )

    def solusi(self) -> Outcome:
        """Show the model solution, if the solution policy allows it here."""
        if self.problem.graded:
            access = policy.graded_solution_access()
            if access is policy.SolutionAccess.CLOSED_BY_TRAINER:
                return Outcome(OutcomeType.INFO, msg("solution.locked_workshop", view=self.name), self.name)
            if access is policy.SolutionAccess.CLOSED_BY_DEFAULT:
                return Outcome(OutcomeType.INFO, msg("solution.locked_default", view=self.name), self.name)
            text = solutions.find(self.problem.key)
            if not text:
                return Outcome(OutcomeType.INFO, msg("solution.no_pack", view=self.name), self.name)
        else:
            text = self.problem.solution
        if not text:
            return Outcome(OutcomeType.INFO, msg("solution.none"), self.name)
        return Outcome(OutcomeType.SOLUTION, msg("solution.intro"), self.name, code=text)

    # --- testing API (learntools style) -----------------------------------------------------
    def assert_check_passed(self) -> None:
        self._assert_last(OutcomeType.PASS)

    def assert_check_failed(self) -> None:
        self._assert_last(OutcomeType.FAIL)

    def assert_check_unattempted(self) -> None:
        self._assert_last(OutcomeType.UNATTEMPTED)

    def _assert_last(self, expected: OutcomeType) -> None:
        outcome = self.cek()
        assert outcome.kind is expected, f"{self.name}: expected {expected.value}, got {outcome!r}"

    # --- internals ----------------------------------------------------------------------
    def _check(self, namespace: Mapping[str, object] | None) -> Outcome:
        namespace = namespace if namespace is not None else binder.bound_namespace()
        if namespace is None:
            return Outcome(OutcomeType.ERROR, msg("check.not_bound"), self.name)
        try:
            with _quiet():
                values = self.problem.values(namespace)
                self.problem.check(*values)
        except MissingVariable as missing:
            return Outcome(OutcomeType.UNATTEMPTED, msg("check.missing_variable", name=missing.name), self.name)
        except NotAttempted:
            return Outcome(OutcomeType.UNATTEMPTED, msg("check.unattempted"), self.name)
        except (Incorrect, AssertionError) as wrong:
            hint = msg("check.next_hint", view=self.name) if self.problem.hints else ""
            return Outcome(
                OutcomeType.FAIL, str(wrong) or msg("compare.wrong_value", name=self.name),
                self.name, extra=(hint,) if hint else (),
            )
        except Exception as error:  # never let a checker bug reach the participant as a traceback
            return self._internal_error(error)
        return Outcome(OutcomeType.PASS, msg("check.correct"), self.name)

    def _internal_error(self, error: Exception) -> Outcome:
        return Outcome(
            OutcomeType.ERROR, msg("check.internal_error", error=type(error).__name__), self.name
        )

    def __repr__(self) -> str:
        usage = f"{self.name}.cek() · {self.name}.petunjuk() · {self.name}.solusi()"
        return f"{self.problem.statement}\n{usage}" if self.problem.statement else usage

