"""Every widget of the kit in the browser, used once for its real task (table: widget_table.py).

One generated scratch notebook in the temporary workspace holds one cell per widget; it is
run once, then each entry fills its fields, presses its button and reads the feedback line.
"""

from __future__ import annotations

import re
import time

import nbformat
import pytest

from tests.ui import widget_table
from tests.ui.browser import NotebookPage, shutdown_kernels
from tests.ui.widget_table import CASES
from tools.lab_browser import JS_ERRORS

pytestmark = pytest.mark.ui

SCRATCH = "uji_ui/uji_widget.ipynb"


def write_scratch(path, cells) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell("# Uji widget kimkit (dibuat oleh tes UI)")]
    nb.cells += [nbformat.v4.new_code_cell(source) for source in cells]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))


@pytest.fixture(scope="module")
def widgets_page(browser, lab):
    write_scratch(lab.root / SCRATCH, widget_table.scratch_cells())
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID",
                                  timezone_id="Asia/Makassar")
    context.set_default_timeout(60_000)
    cells = {case.key: number + 2 for number, case in enumerate(CASES)}  # after the title and setup
    nb = NotebookPage(context.new_page(), lab, SCRATCH, "widget", widget_cells=cells).open()
    nb.run_all()
    errors = nb.page.evaluate(JS_ERRORS)
    if errors:
        nb.fail(f"cells of the scratch notebook raised: {errors}")
    yield nb
    context.close()
    shutdown_kernels(lab)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.key)
def test_widget_renders_and_does_its_task(widgets_page, case):
    nb = widgets_page
    box = nb.widget(case.key)
    try:
        box.wait_for(state="visible", timeout=60_000)
    except Exception:
        shown = nb.output(nb.widget_cells[case.key]).inner_text()
        nb.fail(f"{case.widget} is not rendered as a widget; its cell shows {shown[:300]!r}")
    box.scroll_into_view_if_needed()
    # a widget, not its text form: no "VBox(children=…)" and no error output in its cell
    shown = nb.output(nb.widget_cells[case.key]).inner_text()
    if re.search(r"\b(VBox|KitWidget)\(", shown) or "Traceback" in shown:
        nb.fail(f"{case.widget} shows text instead of a widget: {shown[:300]!r}")
    for step in case.steps:
        nb.do(case.key, step)
    # the whole widget on screen when it fits, else its feedback line
    fits = box.evaluate("(el) => el.getBoundingClientRect().height < window.innerHeight - 140")
    if fits:
        box.evaluate("(el) => el.scrollIntoView({block: 'center'})")
    else:
        nb.feedback(case.key).scroll_into_view_if_needed()
    nb.shot(case.key)


def test_exports_land_in_the_workspace_and_never_overwrite(widgets_page, lab):
    """The engagement calculator's Excel and CSV exports, twice: a second file, the first unchanged."""
    nb = widgets_page
    key = "kalkulatorengagement"
    folder = (lab.root / SCRATCH).parent
    written = []
    for button in ("engagement.export_xlsx", "engagement.export_xlsx", "engagement.export_csv"):
        before = set(folder.iterdir())
        nb.do(key, ("click", button))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and set(folder.iterdir()) == before:
            time.sleep(0.3)
        new = sorted(set(folder.iterdir()) - before)
        if len(new) != 1:
            nb.fail(f"{button}: expected one new file in {folder}, found {new}")
        # the feedback names the very file just written (not the previous one)
        nb.expect_text(nb.feedback(key), str(new[0]), f"{button}: feedback naming the file written")
        nb.do(key, ("expect", "engagement.exported"))
        written.append((new[0], new[0].read_bytes()))
    (first, first_bytes), (second, _), (csv, csv_bytes) = written
    assert first.suffix == second.suffix == ".xlsx" and csv.suffix == ".csv"
    assert second.name == f"{first.stem}_2.xlsx", nb.fail(f"second export named {second.name}")
    assert first.read_bytes() == first_bytes, nb.fail("the first export was written over")
    assert first_bytes[:2] == b"PK", nb.fail("the .xlsx is not a zip (Excel) file")
    assert csv_bytes.strip(), nb.fail("the CSV export is empty")
    nb.widget(key).evaluate("(el) => el.scrollIntoView({block: 'center'})")
    nb.shot("ekspor", docs_name="widget_kerja.png")
