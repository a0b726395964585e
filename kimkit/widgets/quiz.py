"""Multiple-choice quiz widget: a thin view over multiple-choice :class:`AnswerCheck` problems."""

from __future__ import annotations

import html

import ipywidgets as w

from kimkit.checks import progress
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.problems import AnswerCheck, Incorrect
from kimkit.checks.view import QuestionView
from kimkit.messages import msg
from kimkit.widgets.base import KitWidget


def grade_choice(problem: AnswerCheck, letter: str | None) -> OutcomeType:
    """PASS, FAIL or UNATTEMPTED for one chosen letter."""
    if letter is None:
        return OutcomeType.UNATTEMPTED
    try:
        problem.check(letter)
    except Incorrect:
        return OutcomeType.FAIL
    return OutcomeType.PASS


class QuizItem(KitWidget):
    """One question: statement, radio buttons, and per-question feedback."""

    def __init__(self, view: QuestionView):
        super().__init__()
        self.view = view
        problem = view.problem
        self.choice = w.RadioButtons(
            options=[(f"{letter}. {text}", letter) for letter, text in problem.options.items()],
            value=None, layout=w.Layout(width="auto"),
        )
        self._assemble(w.HTML(f"<b>{html.escape(problem.statement)}</b>"), self.choice)

    @property
    def outcome(self) -> OutcomeType:
        return grade_choice(self.view.problem, self.choice.value)

    def reveal(self) -> None:
        kind = self.outcome
        if kind is OutcomeType.UNATTEMPTED:
            self.show(Outcome(kind, msg("quiz.no_choice")))
        elif kind is OutcomeType.PASS:
            self.show(Outcome(kind, msg("check.correct")))
        else:
            hints = list(self.view.problem.hints)
            self.show(Outcome(kind, hints[0] if hints else msg("compare.wrong_choice", name="jawaban")))


class Quiz(KitWidget):
    """A short quiz: several questions, one "Periksa" button, a score line."""

    def __init__(self, views: list[QuestionView], title: str = "Kuis"):
        super().__init__(title=title)
        self.items = [QuizItem(view) for view in views]
        self.button = w.Button(description=msg("quiz.check_button"), button_style="primary")
        self.button.on_click(self._on_check)
        self._assemble(*self.items, self.button)

    @property
    def score(self) -> int:
        return sum(item.outcome is OutcomeType.PASS for item in self.items)

    def _on_check(self, _button: w.Button | None = None) -> None:
        for item in self.items:
            item.reveal()
            progress.record(item.view.problem.key, item.outcome)
        total = len(self.items)
        text = msg("quiz.score", correct=self.score, total=total)
        if self.score == total:
            self.show(Outcome(OutcomeType.PASS, f"{text} {msg('quiz.all_correct')}"))
        else:
            self.show(Outcome(OutcomeType.INFO, text))
