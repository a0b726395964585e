"""Self-checks: answer kinds, generated check data, a notebook view, outcomes that render anywhere."""

from kimkit.checks.binder import bind
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.placeholder import ____
from kimkit.checks.problems import AnswerCheck, Incorrect, NotAttempted, Problem
from kimkit.checks.view import QuestionView

__all__ = [
    "bind", "Outcome", "OutcomeType", "____", "AnswerCheck", "Incorrect", "NotAttempted", "Problem",
    "QuestionView",
]
