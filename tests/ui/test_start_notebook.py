"""A participant's first notebook, course/00_mulai.ipynb, in the browser: run, answer, err, save."""

from __future__ import annotations

import json
import re

import pytest

from kimkit.messages import MESSAGES, msg
from tests.ui.browser import NotebookPage
from tests.ui.widget_table import fragment, plain

pytestmark = pytest.mark.ui

START = "course/00_mulai.ipynb"


def test_start_notebook_runs_answers_explains_and_saves(new_page, lab):
    nb = NotebookPage(new_page(), lab, START, "mulai").open()
    before = (lab.root / START).read_text(encoding="utf-8")

    # the UI speaks Indonesian (language pack id_ID): the Run menu holds the very item the
    # kit's NameError explanation names (the pack leaves the menu bar titles in English)
    named_item = re.search(r'"([^"]+)"', MESSAGES["error.NameError"]).group(1)
    nb.page.locator(".lm-MenuBar-item").filter(has_text=re.compile(r"^(Run|Jalankan)$")).click()
    nb.expect_text(nb.page.locator(".lm-Menu").first, named_item, "Run menu")
    nb.expect_text(nb.page.locator(".jp-DirListing-header"), "Nama", "file browser header")
    nb.page.keyboard.press("Escape")
    nb.shot("dibuka", docs_name="mulai.png")

    nb.run_all()
    nb.shot("dijalankan")

    # the setup cell greets in Indonesian
    setup = nb.cell_index("import pandas as pd")
    nb.expect_text(nb.output(setup), fragment("setup.ready"), "setup cell output")

    # the planned mistake (cell tagged raises-exception): the kit's explanation, not a bare traceback
    mistake = nb.cell_index("wilayha.head()")
    shown = nb.expect_text(nb.output(mistake), plain(msg("error.NameError", name="wilayha")).split(".")[0],
                           "explanation of the NameError")
    assert MESSAGES["error.title"] in shown, nb.fail(f"no kit error title in {shown[:300]!r}")
    nb.cell(mistake).scroll_into_view_if_needed()
    nb.shot("penjelasan-galat", docs_name="penjelasan_galat.png")

    # the quiz: pick an answer for each question, press Periksa, read the feedback
    quiz_cell = nb.cell_index("import kimkit.widgets")
    quiz = nb.output(quiz_cell).locator(".kk-widget").first
    quiz.scroll_into_view_if_needed()
    groups = quiz.locator(".widget-radio-box")
    if groups.count() < 2:
        nb.fail(f"the quiz shows {groups.count()} questions as widgets")
    for number in range(groups.count()):
        groups.nth(number).locator("label").first.click()
    quiz.get_by_role("button", name=msg("quiz.check_button"), exact=True).click()
    nb.expect_text(quiz.locator(".kk-feedback").last, fragment("quiz.score"), "quiz score")
    first_feedback = quiz.locator(".kk-feedback").first.inner_text()
    if not first_feedback.strip():
        nb.fail("the first question shows no feedback after Periksa")
    quiz.get_by_role("button", name=msg("quiz.check_button"), exact=True).scroll_into_view_if_needed()
    nb.shot("kuis", docs_name="kuis.png")

    # self-check: a wrong answer (the villages instead of the urban wards), then the right one
    answer = nb.cell_index("total_kelurahan = ")
    check = nb.cell_index("soal1.cek()")
    nb.type_into_cell(answer, 'total_kelurahan = wilayah["jumlah_desa_kampung"].sum()\ntotal_kelurahan')
    nb.run_cell(check)
    nb.expect_text(nb.output(check), MESSAGES["outcome.title.incorrect"], "soal1.cek() after a wrong answer")
    nb.type_into_cell(answer, 'total_kelurahan = wilayah["jumlah_kelurahan"].sum()\ntotal_kelurahan')
    nb.run_cell(check)
    nb.expect_text(nb.output(check), MESSAGES["outcome.title.correct"], "soal1.cek() after the right answer")
    nb.shot("cek-mandiri", docs_name="cek_mandiri.png")

    # a mistake of their own: a name never defined, in a new cell (Esc, B)
    nb.cell(check).locator(".jp-InputPrompt").click()
    nb.page.keyboard.press("Escape")
    nb.page.keyboard.press("b")
    nb.page.keyboard.press("Enter")
    nb.page.keyboard.type("jumlah_kim_paser")
    nb.run_cell_by_keyboard()
    new_cell = check + 1
    shown = nb.expect_text(nb.output(new_cell), plain(msg("error.NameError", name="jumlah_kim_paser")).split(".")[0],
                           "explanation of the participant's NameError")
    nb.shot("galat-sendiri")

    # Ctrl+S: valid JSON on disk, the participant's edit inside, metadata intact
    saved = nb.save()
    original = json.loads(before)
    sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in saved["cells"]]
    assert any('wilayah["jumlah_kelurahan"].sum()' in s for s in sources), nb.fail("the edited answer is not saved")
    assert "jumlah_kim_paser" in sources, nb.fail("the new cell is not saved")
    assert saved["metadata"]["kernelspec"] == original["metadata"]["kernelspec"], nb.fail("kernelspec changed")
    assert saved["nbformat"] == original["nbformat"], nb.fail("nbformat changed")
    tagged = [c for c in saved["cells"] if "raises-exception" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, nb.fail(f"cell tags damaged: {len(tagged)} cells tagged raises-exception")
    assert len(saved["cells"]) == len(original["cells"]) + 1, nb.fail("cells lost or added by saving")
