"""A graded exercise in the browser (the workspace copy of exercises/latihan01): run all,
answer a question, run its self-check, read the result."""

from __future__ import annotations

import json

import pytest

from kimkit.messages import MESSAGES
from tests.ui.browser import NotebookPage
from tests.ui.widget_table import plain

pytestmark = pytest.mark.ui

EXERCISE = "exercises/latihan01/latihan01.ipynb"


def correct_letter() -> str:
    """Question 1's answer, from the instructor's notebook (not pasted here)."""
    from tests.ui.browser import ROOT

    nb = json.loads((ROOT / "solutions" / "latihan01" / "latihan01.ipynb").read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and "jawaban_1 =" in source:
            line = next(line for line in source.splitlines() if line.startswith("jawaban_1 ="))
            return line.split("=", 1)[1].strip()
    raise AssertionError("no jawaban_1 in solutions/latihan01")


def test_exercise_question_answered_and_checked(new_page, lab):
    nb = NotebookPage(new_page(), lab, EXERCISE, "latihan01").open()
    nb.run_all()  # stops at the first unanswered question (raise NotImplementedError)
    answer = nb.cell_index("# KETIK JAWABAN ANDA DI SINI")
    check = nb.cell_index("soal1.cek()")
    # the unanswered question is explained by the kit, in Indonesian
    nb.expect_text(nb.output(answer), plain(MESSAGES["error.NotImplementedError"]).split(".")[0],
                   "unanswered question after Run All")
    nb.type_into_cell(answer, f"jawaban_1 = {correct_letter()}")
    nb.run_cell(check)
    nb.expect_text(nb.output(check), MESSAGES["outcome.title.correct"], "soal1.cek() after the right answer")
    nb.shot("soal1-benar")
    nb.type_into_cell(answer, 'jawaban_1 = "B"' if correct_letter() != '"B"' else 'jawaban_1 = "A"')
    nb.run_cell(check)
    nb.expect_text(nb.output(check), MESSAGES["outcome.title.incorrect"], "soal1.cek() after a wrong answer")
    nb.shot("soal1-salah")
