"""Load the self-checks of one notebook from the check data the exercise builder wrote.

``kimkit/exercises/<name>.json`` holds, per question, its grade id, the form test (the
visible nbgrader test's code), the comparison rule, digests of the expected answer and
of common mistakes with their messages, and hints. Questions are keyed by grade id,
never by position; ``soal1``, ``soal2``, … are only their names in the notebook.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.problems import AnswerCheck
from kimkit.checks.view import QuestionView
from kimkit.messages import msg


class UnknownExercise(LookupError):
    """No check data of that name is installed."""


@lru_cache(maxsize=None)
def check_data(name: str) -> dict:
    """The parsed ``kimkit/exercises/<name>.json``."""
    try:
        text = resources.files("kimkit.exercises").joinpath(f"{name}.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise UnknownExercise(name) from None
    return json.loads(text)


def titles(name: str) -> dict[str, str]:
    """Question and task id → its title ("Soal 2 — …"); empty for an unknown set."""
    try:
        data = check_data(name)
    except UnknownExercise:
        return {}
    return {item["id"]: item["statement"] for item in [*data["questions"], *data.get("tasks", [])]}


def title(name: str) -> str:
    """The exercise's title, or its name where the check data has none."""
    try:
        return check_data(name).get("title", name)
    except UnknownExercise:
        return name


def available() -> list[str]:
    return sorted(p.name.removesuffix(".json") for p in resources.files("kimkit.exercises").iterdir()
                  if p.name.endswith(".json"))


def problem(name: str, data: dict, graded: bool) -> AnswerCheck:
    return AnswerCheck(
        variables=(data["variable"],), statement=data["statement"], hints=tuple(data["hints"]),
        solution=data.get("solution", ""), key=f"{name}/{data['id']}", graded=graded,
        rule=data["rule"], form_test=data["form_test"], expected=tuple(data["expected"]),
        mistakes=tuple((d, m) for d, m in data["mistakes"]), parts=data.get("parts", {}),
        options=data.get("options", {}),
    )


class TaskView:
    """A written task, graded by the trainer: the self-check can only say whether it is filled."""

    def __init__(self, name: str, exercise: str, data: dict):
        self.name = name
        self.exercise = exercise
        self.statement = data["statement"]
        self.answer_cell = data["answer_cell"]
        self.stub = data["stub"]
        self._last_outcome: OutcomeType | None = None
        self.filled: bool | None = None

    def cek(self) -> Outcome:
        written = self.filled = self._saved_answer()
        if written is None:
            outcome = Outcome(OutcomeType.INFO, msg("task.unknown", view=self.name), self.name,
                              title=msg("outcome.title.task"))
        elif written:
            outcome = Outcome(OutcomeType.INFO, msg("task.filled"), self.name, title=msg("outcome.title.task"))
        else:
            outcome = Outcome(OutcomeType.UNATTEMPTED, msg("task.empty"), self.name)
        self._last_outcome = outcome.kind
        return outcome

    def _saved_answer(self) -> bool | None:
        """Whether the saved notebook's answer cell differs from the blank; None if unknown."""
        session = os.environ.get("JPY_SESSION_NAME", "")
        path = Path(session) if os.path.isabs(session) else Path.cwd() / Path(session).name
        try:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        for cell in cells:
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == self.answer_cell:
                text = "".join(cell.get("source", "")).strip()
                return bool(text) and text != self.stub.strip()
        return None

    def __repr__(self) -> str:
        return f"{self.statement}\n{msg('task.usage')}"


def views(name: str) -> dict[str, QuestionView | TaskView]:
    """Fresh views of every question and task of ``name``, under their notebook names."""
    data = check_data(name)
    graded = bool(data["graded"])
    found: dict[str, QuestionView | TaskView] = {}
    for item in data["questions"]:
        found[item["view"]] = QuestionView(problem(name, item, graded), item["view"])
    for item in data.get("tasks", []):
        found[item["view"]] = TaskView(item["view"], name, item)
    return found
