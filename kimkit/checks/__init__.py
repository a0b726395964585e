"""Self-checks: declarative problems, a notebook view, outcomes that render anywhere."""

from kimkit.checks.binder import bind
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.placeholder import ____
from kimkit.checks.problems import (
    CustomCheck,
    FunctionCheck,
    Incorrect,
    MultipleChoice,
    NotAttempted,
    Problem,
    ValueCheck,
)
from kimkit.checks.view import QuestionView, questions

__all__ = [
    "bind", "Outcome", "OutcomeType", "____", "CustomCheck", "FunctionCheck", "Incorrect",
    "MultipleChoice", "NotAttempted", "Problem", "ValueCheck", "QuestionView", "questions",
]
