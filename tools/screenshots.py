"""Screenshots of a notebook in a real JupyterLab (Indonesian UI), in headless Chromium.

    /opt/pw-venv/bin/python tools/screenshots.py --root DIR NOTEBOOK [--run-all] [--out DIR]
        [--scroll] [--width 1366 --height 768] [--hide-sidebar] [--save] [--report]

Starts JupyterLab from the kit's venv (``.venv/bin/python -m jupyter lab``) on a free port
with a random token, fresh temporary workspaces/user-settings/config/runtime folders and a
throw-away ``KIMKIT_HOME``; makes sure the kit's language pack (id_ID) is active through
``kimkit.lab.write_overrides()`` (the same settings ``make lab`` writes); opens NOTEBOOK
(a path relative to ``--root``); optionally runs all cells (command
``notebook:run-all-cells``, i.e. menu Run → Run All Cells) and waits until the kernel is
idle; takes screenshots (``--scroll``: page by page through the whole notebook);
then shuts the server down.

The view is a participant's: nbgrader's JupyterLab extension is off, as ``kimkit.lab``
does outside ``--pelatih`` (``--trainer`` keeps it). Autosave is switched off in the
temporary user settings, so a run never writes outputs into NOTEBOOK; only ``--save`` saves
it (Ctrl+S), e.g. to see what JupyterLab writes. The checkpoint JupyterLab writes on opening
is removed again. The environment is passed on to the kernel (e.g. ``PYTHONPATH`` pointing
at a clean copy of the repository, to run notebooks against it).
``--report`` prints a JSON summary: the notebook's *modified* (dirty) flag after opening,
after running and after saving, the notebook metadata JupyterLab holds in memory, the error
outputs (cell, name, message; ``expected`` for cells tagged ``raises-exception``) and the
PNG paths. The exit status is 1 when a cell raised an unexpected error.

Requirements, outside the kit's own venv (no browser download):
    apt-get install -y chromium
    python3 -m venv /opt/pw-venv && /opt/pw-venv/bin/pip install playwright
Run it with ``/opt/pw-venv/bin/python``; never ``playwright install``.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
# kimkit.lab.write_overrides() where kimkit imports; otherwise the same OVERRIDES, read from
# kimkit/lab.py without importing it (a half-edited kimkit must not stop the screenshots).
WRITE_OVERRIDES = """import ast, json, sys
from pathlib import Path
try:
    import kimkit.lab
    print(kimkit.lab.write_overrides())
except Exception as error:
    tree = ast.parse(Path(sys.argv[1]).read_text(encoding="utf-8"))
    overrides = next(ast.literal_eval(node.value) for node in tree.body
                     if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "OVERRIDES")
    path = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        current = {}
    for plugin, values in overrides.items():
        current.setdefault(plugin, {}).update(values)
    path.write_text(json.dumps(current, indent=2), encoding="utf-8")
    print(path, "(kimkit.lab not importable:", error, ")", file=sys.stderr)
"""
# What participants do not see: nbgrader's JupyterLab and server extensions (kimkit.lab
# switches them off outside --pelatih); --trainer keeps them.
NBGRADER_LABEXTENSION = "@jupyter/nbgrader"
NBGRADER_SERVER_EXTENSIONS = ("nbgrader.server_extensions.formgrader",
                              "nbgrader.server_extensions.validate_assignment",
                              "nbgrader.server_extensions.assignment_list",
                              "nbgrader.server_extensions.course_list")
# Kept in the temporary user-settings folder: never autosave a run into the notebook.
USER_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Lab:
    """A JupyterLab server started for one screenshot session."""

    def __init__(self, root: Path, python: Path, *, trainer: bool = False):
        self.trainer = trainer
        self.root = root
        self.python = python
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        self.tmp = Path(tempfile.mkdtemp(prefix="kimkit-shots-lab-"))
        self.log_path = self.tmp / "jupyterlab.log"
        self.process: subprocess.Popen | None = None

    def _prepare(self) -> dict:
        # the language pack and offline settings, as `make lab` writes them
        subprocess.run([str(self.python), "-c", WRITE_OVERRIDES, str(REPO / "kimkit" / "lab.py")],
                       check=True, cwd=self.tmp, stdout=subprocess.DEVNULL)
        settings = self.tmp / "user-settings"
        for relative, values in USER_SETTINGS.items():
            path = settings / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
        for name in ("workspaces", "config", "runtime", "kimkit-home"):
            (self.tmp / name).mkdir(exist_ok=True)
        if not self.trainer:
            config = self.tmp / "config"
            (config / "labconfig").mkdir(parents=True)
            (config / "labconfig" / "page_config.json").write_text(
                json.dumps({"disabledExtensions": {NBGRADER_LABEXTENSION: True}}), encoding="utf-8")
            (config / "jupyter_server_config.json").write_text(json.dumps(
                {"ServerApp": {"jpserver_extensions": {n: False for n in NBGRADER_SERVER_EXTENSIONS}}}),
                encoding="utf-8")
        env = dict(os.environ)
        env.update(JUPYTER_CONFIG_DIR=str(self.tmp / "config"),
                   JUPYTER_RUNTIME_DIR=str(self.tmp / "runtime"),
                   KIMKIT_HOME=str(self.tmp / "kimkit-home"))
        env.pop("MPLBACKEND", None)  # the kernel should plot inline, as for participants
        return env

    def start(self, timeout: float = 90) -> None:
        env = self._prepare()
        command = [
            str(self.python), "-m", "jupyter", "lab", "--allow-root", "--no-browser",
            f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
            "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            f"--LabApp.workspaces_dir={self.tmp / 'workspaces'}",
            f"--LabApp.user_settings_dir={self.tmp / 'user-settings'}",
            "--LabApp.expose_app_in_browser=True",
        ]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, cwd=self.root, env=env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab stopped at start:\n{self.log_path.read_text()[-3000:]}")
            try:
                self.api("GET", "/api/status")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.5)
        raise RuntimeError(f"JupyterLab did not answer within {timeout} s; log: {self.log_path}")

    def api(self, method: str, path: str):
        request = urllib.request.Request(self.base + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def url(self, notebook: str) -> str:
        return f"{self.base}/lab/tree/{notebook}?token={self.token}"

    def kernels_idle(self) -> bool:
        kernels = self.api("GET", "/api/kernels")
        return bool(kernels) and all(k.get("execution_state") == "idle" for k in kernels)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.api("POST", "/api/shutdown")
            except (urllib.error.URLError, OSError):
                pass
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGTERM)
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise
        return self

    def __exit__(self, *exc):
        self.stop()


JS_STATE = """() => {
  const app = window.jupyterapp;
  const widget = app && app.shell.currentWidget;
  const context = widget && widget.context;
  if (!context || !context.model) { return null; }
  return {path: context.path, dirty: context.model.dirty,
          metadata: context.model.toJSON().metadata};
}"""
JS_BUSY = """() => Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt'))
  .some(p => p.textContent.includes('*'))"""
JS_ERRORS = """() => {
  // error outputs per cell, from the notebook model; cells tagged raises-exception expect one
  const widget = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const model = widget && widget.content && widget.content.model;
  if (!model) { return []; }
  const found = [];
  for (let i = 0; i < model.cells.length; i++) {
    const cell = model.cells.get(i);
    if (cell.type !== 'code') { continue; }
    const tags = cell.getMetadata('tags') || [];
    for (const out of cell.outputs.toJSON()) {
      if (out.output_type === 'error') {
        found.push({cell: i, ename: out.ename, evalue: String(out.evalue).slice(0, 300),
                    expected: tags.includes('raises-exception')});
      }
    }
  }
  return found;
}"""
JS_SCROLLER = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) { return null; }
  return panel.querySelector('.jp-WindowedPanel-outer') || panel.querySelector('.jp-Notebook');
}"""


def wait_idle(page, lab: Lab, timeout: float, quiet: float = 1.5) -> bool:
    """Wait until the kernel reports idle and no cell shows [*], steadily for `quiet` s."""
    deadline = time.monotonic() + timeout
    calm_since = None
    while time.monotonic() < deadline:
        calm = lab.kernels_idle() and not page.evaluate(JS_BUSY)
        if calm:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since >= quiet:
                return True
        else:
            calm_since = None
        time.sleep(0.3)
    return False


def run_all(page) -> None:
    has_app = page.evaluate("() => !!window.jupyterapp")
    if has_app:
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    else:  # command palette, by keyboard
        page.keyboard.press("Control+Shift+C")
        page.keyboard.type("notebook:run-all-cells")
        page.keyboard.press("Enter")


def screenshots(page, out: Path, stem: str, scroll: bool, max_shots: int) -> list[Path]:
    paths = []
    scroller = page.evaluate_handle(JS_SCROLLER)
    if scroll and scroller:
        page.evaluate("(el) => { el.scrollTop = 0; }", scroller)
    for number in range(1, (max_shots if scroll else 1) + 1):
        page.wait_for_timeout(400)
        path = out / f"{stem}-{number:02d}.png"
        page.screenshot(path=str(path), full_page=True)
        paths.append(path)
        if not scroll or not scroller:
            break
        moved = page.evaluate("""(el) => {
            const cells = el.querySelectorAll('.jp-Cell');
            const last = cells[cells.length - 1];
            if (last && last.getBoundingClientRect().bottom <= el.getBoundingClientRect().bottom) {
                return false;  // the last cell is on screen: only empty space would follow
            }
            const before = el.scrollTop;
            el.scrollTop = before + Math.floor(el.clientHeight * 0.9);
            return el.scrollTop > before;
        }""", scroller)
        if not moved:
            break
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebook", help="notebook path, relative to --root (or inside it)")
    parser.add_argument("--root", type=Path, default=REPO, help="JupyterLab root folder (default: the repository)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/kimkit-shots"), help="folder for the PNGs")
    parser.add_argument("--run-all", action="store_true", help="run all cells and wait for the kernel")
    parser.add_argument("--scroll", action="store_true", help="scroll through the notebook, one PNG per screen")
    parser.add_argument("--max-shots", type=int, default=60)
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=768)
    parser.add_argument("--hide-sidebar", action="store_true", help="collapse the left sidebar first")
    parser.add_argument("--save", action="store_true", help="save the notebook at the end (writes the file!)")
    parser.add_argument("--trainer", action="store_true",
                        help="keep nbgrader's JupyterLab extension (trainer view); default: participant view")
    parser.add_argument("--report", action="store_true", help="print a JSON summary (dirty flag, metadata, errors)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the kernel")
    parser.add_argument("--lab-python", type=Path, default=REPO / ".venv" / "bin" / "python")
    parser.add_argument("--prefix", default=None, help="file-name prefix of the PNGs (default: notebook name)")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright  # in /opt/pw-venv, not in the kit's venv

    root = args.root.resolve()
    notebook = Path(args.notebook)
    if notebook.is_absolute():
        notebook = notebook.resolve().relative_to(root)
    if not (root / notebook).is_file():
        parser.error(f"{root / notebook} does not exist")
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.prefix or notebook.stem + ("-run" if args.run_all else "")
    report: dict = {"notebook": str(notebook), "root": str(root)}

    checkpoint = root / notebook.parent / ".ipynb_checkpoints" / f"{notebook.stem}-checkpoint{notebook.suffix}"
    had_checkpoint_dir, had_checkpoint = checkpoint.parent.exists(), checkpoint.exists()
    try:
        with Lab(root, args.lab_python, trainer=args.trainer) as lab, sync_playwright() as pw:
            session(pw, lab, notebook, args, stem, report)
    finally:
        # opening a notebook makes JupyterLab write a checkpoint; leave the tree as it was
        if not had_checkpoint:
            checkpoint.unlink(missing_ok=True)
        if not had_checkpoint_dir and checkpoint.parent.is_dir() and not any(checkpoint.parent.iterdir()):
            checkpoint.parent.rmdir()
    if args.report:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        print("\n".join(report["screenshots"]))
    return 1 if any(not e["expected"] for e in report.get("errors", [])) else 0


def session(pw, lab: Lab, notebook: Path, args, stem: str, report: dict) -> None:
    """Open the notebook in Chromium, optionally run it, take the screenshots, fill `report`."""
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        context = browser.new_context(viewport={"width": args.width, "height": args.height},
                                      locale="id-ID", timezone_id="Asia/Makassar")
        page = context.new_page()
        page.goto(lab.url(notebook.as_posix()))
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=120_000)
        if not wait_idle(page, lab, timeout=120):
            print("warning: kernel not idle after opening", file=sys.stderr)
        page.wait_for_timeout(1500)
        report["after_open"] = page.evaluate(JS_STATE)
        if args.hide_sidebar:
            page.evaluate("() => window.jupyterapp.commands.execute('application:toggle-left-area')")
        if args.run_all:
            run_all(page)
            page.wait_for_timeout(1000)
            report["run_finished"] = wait_idle(page, lab, timeout=args.timeout)
            page.wait_for_timeout(1500)  # let widgets and images render
            report["after_run"] = page.evaluate(JS_STATE)
            report["errors"] = page.evaluate(JS_ERRORS)
        report["screenshots"] = [str(p) for p in screenshots(page, args.out, stem, args.scroll,
                                                             args.max_shots)]
        if args.save:
            page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
            page.wait_for_timeout(2000)
            report["after_save"] = page.evaluate(JS_STATE)
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
