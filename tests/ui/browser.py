"""What the browser tests do in a page: open a notebook, run cells, type, read, screenshot.

Every helper asserts on what the page shows. A failing check takes a screenshot first and
names it in the assertion message, so the last picture of the page is one click away.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import time
from pathlib import Path

import pytest

from tests.ui import widget_table
from tools.lab_browser import CHROMIUM, JS_BUSY, Lab

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "ui"
DOCS_IMAGES = ROOT / "docs" / "gambar"
# KIMKIT_UI_DOCS=1 also writes the README's screenshots (docs/gambar/)
DOCS = os.environ.get("KIMKIT_UI_DOCS", "") not in ("", "0")
DOCS_MAX_BYTES = 150_000
TIMEOUT_MS = 60_000          # one visible change (a widget's feedback, an output)
KERNEL_TIMEOUT = 180         # a kernel running a whole notebook on a loaded 2-core machine

INSTALL = ("the browser tests (marker ui) need Chromium and playwright: "
           "apt-get install -y chromium  and  .venv/bin/pip install -e \".[test]\" "
           "(never `playwright install`: the system Chromium is used); "
           "or leave them out with  pytest -m \"not ui\"")


def missing() -> str | None:
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} not found"
    if importlib.util.find_spec("playwright") is None:
        return "the Python package playwright is not installed"
    return None


def require_browser() -> None:
    problem = missing()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}; {INSTALL}", pytrace=False)
        pytest.skip(f"{problem}; {INSTALL}")


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class UiFailure(AssertionError):
    pass


class NotebookPage:
    """One notebook open in JupyterLab, in one browser tab."""

    def __init__(self, page, lab: Lab, path: str, name: str, widget_cells: dict[str, int] | None = None):
        self.page = page
        self.widget_cells = widget_cells or {}  # widget key → index of the cell showing it
        self.lab = lab
        self.path = path
        self.name = name
        self.shots: list[Path] = []
        for stale in ARTIFACTS.glob(f"{name}-*.png"):  # pictures of an earlier run of this test
            stale.unlink()

    # --- pictures --------------------------------------------------------------------------
    def shot(self, label: str, docs_name: str | None = None) -> Path:
        """A PNG of the visible page in test-artifacts/ui/ (and docs/gambar/ with KIMKIT_UI_DOCS=1)."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.name}-{len(self.shots) + 1:02d}-{label}.png"
        self.page.screenshot(path=str(path))
        self.shots.append(path)
        if DOCS and docs_name:
            write_docs_image(path, DOCS_IMAGES / docs_name)
        return path

    def fail(self, message: str):
        try:
            path = self.shot("gagal")
        except Exception as error:  # the page itself may be gone
            path = f"(no screenshot: {error}; last one: {self.shots[-1] if self.shots else 'none'})"
        raise UiFailure(f"{message}\n  screenshot: {path}")

    def expect_text(self, locator, text: str, what: str, timeout: int = TIMEOUT_MS) -> str:
        """Wait until ``locator`` shows ``text`` (whitespace-insensitive); return its text."""
        wanted = normalise(text)
        deadline = time.monotonic() + timeout / 1000
        shown = ""
        while time.monotonic() < deadline:
            try:
                # notebook cells far off screen are not laid out: bring it into view first
                locator.scroll_into_view_if_needed(timeout=2_000)
                shown = normalise(locator.inner_text(timeout=2_000))
            except Exception:
                shown = ""
            if wanted in shown:
                return shown
            time.sleep(0.3)
        self.fail(f"{what}: expected the page to show {wanted!r}; it shows {shown[:600]!r}")

    # --- notebook ------------------------------------------------------------------------------
    def open(self) -> "NotebookPage":
        # reset: a fresh JupyterLab layout, not the tabs (and kernels) of the previous test
        self.page.goto(self.lab.url(self.path) + "&reset")
        try:
            self.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=120_000)
        except Exception:
            self.fail(f"{self.path} did not open in JupyterLab")
        if not self.wait_idle(timeout=KERNEL_TIMEOUT):
            self.fail(f"the kernel of {self.path} did not start")
        return self

    def wait_idle(self, timeout: float = KERNEL_TIMEOUT) -> bool:
        """Kernel idle (server's execution state) and no cell showing [*], steadily."""
        deadline = time.monotonic() + timeout
        calm_since = None
        while time.monotonic() < deadline:
            calm = self.lab.kernels_idle() and not self.page.evaluate(JS_BUSY)
            if calm:
                calm_since = calm_since or time.monotonic()
                if time.monotonic() - calm_since >= 1.0:
                    return True
            else:
                calm_since = None
            time.sleep(0.3)
        return False

    def command(self, name: str) -> None:
        self.page.evaluate("(name) => window.jupyterapp.commands.execute(name)", name)

    def run_all(self) -> None:
        """The command of menu Run → Run All Cells, then wait for the idle kernel."""
        self.command("notebook:run-all-cells")
        self.page.wait_for_timeout(500)
        if not self.wait_idle():
            self.fail(f"{self.path}: the kernel was still busy after {KERNEL_TIMEOUT} s")

    def cell(self, index: int):
        return self.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").nth(index)

    def cell_index(self, source_start: str) -> int:
        """Index of the first cell whose source starts with ``source_start`` (from the model)."""
        index = self.page.evaluate("""(start) => {
            const model = window.jupyterapp.shell.currentWidget.content.model;
            for (let i = 0; i < model.cells.length; i++) {
                if (model.cells.get(i).sharedModel.getSource().startsWith(start)) { return i; }
            }
            return -1;
        }""", source_start)
        if index < 0:
            self.fail(f"no cell starting with {source_start!r} in {self.path}")
        return index

    def type_into_cell(self, index: int, text: str, run: bool = True) -> None:
        """Click into the cell's editor, replace its text by typing, Shift+Enter."""
        cell = self.cell(index)
        cell.scroll_into_view_if_needed()
        editor = cell.locator(".cm-content")
        editor.click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")
        self.page.keyboard.type(text)
        if run:
            self.run_cell_by_keyboard()

    def run_cell_by_keyboard(self) -> None:
        self.page.keyboard.press("Shift+Enter")
        self.page.wait_for_timeout(300)
        if not self.wait_idle():
            self.fail(f"{self.path}: the kernel stayed busy after running a cell")

    def run_cell(self, index: int) -> None:
        """Select a cell (click its prompt area) and run it with Shift+Enter."""
        cell = self.cell(index)
        cell.scroll_into_view_if_needed()
        cell.locator(".jp-InputPrompt").click()
        self.run_cell_by_keyboard()

    def output(self, index: int):
        return self.cell(index).locator(".jp-OutputArea")

    def save(self) -> dict:
        """Ctrl+S; return the notebook as it is on disk (fails unless it is valid JSON)."""
        self.page.keyboard.press("Escape")
        self.page.keyboard.press("Control+s")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            dirty = self.page.evaluate("() => window.jupyterapp.shell.currentWidget.context.model.dirty")
            if not dirty:
                break
            time.sleep(0.3)
        else:
            self.fail("Ctrl+S: the notebook still shows unsaved changes")
        path = self.lab.root / self.path
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            self.fail(f"the saved notebook {path} is not valid JSON: {error}")

    # --- widgets --------------------------------------------------------------------------
    def widget(self, key: str):
        """The kit widget a cell shows (its outermost .kk-widget)."""
        return self.output(self.widget_cells[key]).locator(".kk-widget").first

    def feedback(self, key: str):
        """The widget's own feedback line: the last .kk-feedback inside it."""
        return self.widget(key).locator(".kk-feedback").last

    def do(self, key: str, step: widget_table.Step) -> None:
        """One participant action inside widget ``key``."""
        box = self.widget(key)
        kind, *args = step
        try:
            if kind == "fill":
                placeholder, value, *nth = args
                field = box.get_by_placeholder(widget_table.text(placeholder), exact=True).nth(nth[0] if nth else 0)
                field.scroll_into_view_if_needed()
                field.fill(value)
                field.press("Tab")  # ipywidgets sends a Text's value on change/blur
            elif kind == "field":  # the input under a label (kimkit.widgets.base.labelled)
                label, value = args
                wanted = normalise(widget_table.text(label))
                quoted = f'"{wanted}"' if "'" in wanted else f"'{wanted}'"
                field = box.locator(
                    f"xpath=.//div[contains(@class,'widget-vbox')][div[contains(@class,'widget-html')]"
                    f"[normalize-space(.)={quoted}]]//*[self::input or self::textarea]").first
                field.scroll_into_view_if_needed()
                field.fill(value)
                field.press("Tab")
            elif kind == "click":
                button = box.get_by_role("button", name=widget_table.text(args[0]), exact=True).first
                button.scroll_into_view_if_needed()
                button.click()
            elif kind == "choose":  # the n-th option of every radio group in the widget
                groups = box.locator(".widget-radio-box")
                for number in range(groups.count()):
                    label = groups.nth(number).locator("label").nth(args[0])
                    label.scroll_into_view_if_needed()
                    label.click()
                    if len(args) > 1 and args[1] == "first-only":
                        break
            elif kind == "tick":
                box.get_by_label(widget_table.text(args[0]), exact=True).first.check()
            elif kind == "expect":
                self.expect_text(self.feedback(key), widget_table.fragment(args[0]),
                                 f"widget {key}, feedback after {args[0]}")
            else:
                raise ValueError(f"unknown step {kind!r}")
        except UiFailure:
            raise
        except Exception as error:
            self.fail(f"widget {key}: step {step!r} failed: {type(error).__name__}: {str(error)[:400]}")


def shutdown_kernels(lab: Lab) -> None:
    """Stop every kernel of the session's JupyterLab (between tests: a calm machine)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            kernels = lab.api("GET", "/api/kernels") or []
            if not kernels:
                return
            for kernel in kernels:
                lab.api("DELETE", f"/api/kernels/{kernel['id']}")
        except OSError:  # urllib's errors, e.g. a kernel already gone
            pass
        time.sleep(0.5)


def write_docs_image(source: Path, target: Path) -> Path:
    """Copy a screenshot into docs/gambar/, palette-compressed so it stays small."""
    from PIL import Image  # Pillow comes with matplotlib, a kit dependency

    target.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(source) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
        small.save(target, optimize=True)
    if target.stat().st_size > DOCS_MAX_BYTES:
        with Image.open(source) as image:
            image.convert("RGB").quantize(colors=48).save(target, optimize=True)
    return target
