"""The self-study dashboard in the browser: after a self-check in an exercise,
``kimkit.kemajuan()`` renders as the kit's dashboard (headline, chart, table, next step)."""

from __future__ import annotations

import pytest

from kimkit.messages import MESSAGES
from tests.ui.browser import NotebookPage
from tests.ui.test_exercise import EXERCISE, correct_letter
from tests.ui.widget_table import fragment

pytestmark = pytest.mark.ui


def test_dashboard_shows_progress_and_the_next_step(new_page, lab):
    nb = NotebookPage(new_page(), lab, EXERCISE, "kemajuan").open()
    nb.run_all()  # stops at the first unanswered question
    answer = nb.cell_index("# KETIK JAWABAN ANDA DI SINI")
    check = nb.cell_index("soal1.cek()")
    nb.type_into_cell(answer, f"jawaban_1 = {correct_letter()}")
    nb.run_cell(check)
    nb.expect_text(nb.output(check), MESSAGES["outcome.title.correct"], "soal1.cek() before the dashboard")
    # the check cell is read-only in a released exercise: the answer cell shows the dashboard
    nb.type_into_cell(answer, f"jawaban_1 = {correct_letter()}\nkimkit.kemajuan()")
    out = nb.output(answer)
    for key in ("progress.title", "progress.chart_title", "progress.next_heading", "progress.col.exercise"):
        nb.expect_text(out, fragment(key), f"kimkit.kemajuan(): {key}")
    nb.expect_text(out, "01 Mengenal KIM", "kimkit.kemajuan(): the module 01 row")
    out.evaluate("element => element.scrollIntoView({block: 'start'})")  # headline, next step, chart
    nb.shot("dasbor", docs_name="kemajuan.png")
