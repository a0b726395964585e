"""Browser tests (marker ``ui``): one JupyterLab per session, driven by the system Chromium.

JupyterLab runs from the kit's venv on loopback with a random token, the Indonesian
language pack (``kimkit.lab.write_overrides``), temporary workspaces/settings/config/runtime
folders and a throw-away ``KIMKIT_HOME``, rooted at a temporary copy of the participant
workspace made by ``kimkit.lab.prepare_workspace``: a test never writes into the repository.
It is shut down and its folders removed at the end, also after a failure.

Without ``/usr/bin/chromium`` or the ``playwright`` package the tests skip, saying what to
install; with the environment variable ``CI`` set they fail instead.
Playwright never downloads a browser here (``executable_path``), so never run
``playwright install`` for these tests.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.ui.browser import require_browser, shutdown_kernels
from tools.lab_browser import Lab, launch_chromium

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def workspace():
    """A temporary participant workspace (course/ and exercises/ as `make lab` copies them)."""
    require_browser()
    from kimkit.lab import prepare_workspace

    parent = Path(tempfile.mkdtemp(prefix="kimkit-ui-"))
    folder = parent / "ruang_kerja"  # the name participants see in paths, as with `make lab`
    prepare_workspace(folder, ROOT)
    yield folder
    shutil.rmtree(parent, ignore_errors=True)


@pytest.fixture(scope="session")
def lab(workspace):
    with Lab(workspace, ROOT / ".venv" / "bin" / "python") as server:
        yield server


@pytest.fixture(scope="session")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def new_page(browser, lab):
    """Make a fresh tab (1366×768, Indonesian locale); closed, and kernels shut down, afterwards."""
    contexts = []

    def make():
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID",
                                      timezone_id="Asia/Makassar")
        context.set_default_timeout(60_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    shutdown_kernels(lab)

