"""A real JupyterLab (Indonesian UI) driven from headless Chromium: the shared pieces.

Used by ``tools/screenshots.py`` (screenshots of one notebook) and by the browser tests in
``tests/ui/`` (pytest marker ``ui``). Nothing here imports playwright: the caller launches
the browser with :func:`launch_chromium` and passes its pages in.

:class:`Lab` starts JupyterLab from the kit's venv on a free loopback port with a random
token and fresh temporary workspaces/user-settings/config/runtime folders and a throw-away
``KIMKIT_HOME``, and writes the kit's language settings (id_ID) the way ``make lab`` does
(``kimkit.lab.write_overrides()``). The participant's view: nbgrader's JupyterLab and server
extensions are off unless ``trainer=True``. Autosave is off, so only an explicit save
(Ctrl+S) writes a notebook.

Playwright never downloads a browser here: Chromium is the system one (``apt-get install
chromium``), launched through ``executable_path``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
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


def launch_chromium(playwright, **options):
    """The system Chromium (never a downloaded one), headless, as root-safe as CI needs."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **options)


class Lab:
    """A JupyterLab server for one session (a screenshot run, a test session)."""

    def __init__(self, root: Path, python: Path = REPO / ".venv" / "bin" / "python", *,
                 trainer: bool = False, env: dict[str, str] | None = None):
        self.trainer = trainer
        self.extra_env = dict(env or {})
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
        env.update(self.extra_env)
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
        try:
            kernels = self.api("GET", "/api/kernels")
        except urllib.error.HTTPError:
            return False  # e.g. a kernel half shut down (the caller asks again)
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


