"""Open the course in JupyterLab, in Indonesian, with the start notebook showing.

    python -m kimkit.lab [--port 8888] [--no-browser] [--pelatih] [--dry-run]

Participants (``make lab``, the bundle's ``mulai`` scripts, conda users) work in their own
*ruang kerja* (workspace): a folder ``ruang_kerja/`` next to the ``kimkit`` package (or the
folder named by ``KIMKIT_RUANG_KERJA``) holding copies of ``course/`` and ``exercises/``.
The first run creates it; every later run only adds files that are missing there (a new
module after ``git pull``), so a participant's own file is never overwritten or deleted.
JupyterLab is rooted at the workspace, so ``solutions/`` and the rest of the repository
stay out of the file browser, and opens ``course/00_mulai.ipynb`` directly. nbgrader's
JupyterLab and server extensions, if installed in the same environment, are switched off.

Trainers (``make pelatih``, ``--pelatih``) get JupyterLab at the repository root with
nbgrader's Formgrader (menu *Nbgrader*).

The language (id_ID) and offline-friendly settings are written to this environment's
JupyterLab ``overrides.json``, merged with whatever is already there.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import webbrowser
from pathlib import Path
from urllib.parse import quote

from kimkit import settings
from kimkit.messages import msg

ROOT = settings.REPOSITORY
# Folders copied into the participant's workspace (same names, so the notebooks' own
# directions, e.g. "folder `exercises`", stay true).
SOURCES = ("course", "exercises")
START_NOTEBOOK = "course/00_mulai.ipynb"
WORKSPACE_ENV = "KIMKIT_RUANG_KERJA"
WORKSPACE_NAME = "ruang_kerja"
# Lines the launcher drops from JupyterLab's stderr: a kernel's own notice (not JupyterLab's
# log, so no log level hides it) that participants would read as an error, and JupyterLab's
# stop messages after Ctrl+C (the launcher says it has stopped, in Indonesian).
NOISE = (b"Kernel is running over TCP without encryption",
         b"] received signal ", b"] Shutdown confirmed", b"] Shutting down...")
SKIPPED = {".ipynb_checkpoints", "__pycache__", ".DS_Store", "Thumbs.db", ".git"}
OVERRIDES = {
    "@jupyterlab/translation-extension:plugin": {"locale": "id_ID"},
    # no news fetching: the kit must work offline and stay quiet
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}
# What participants must not see even when nbgrader shares their environment
# (a trainer's laptop, a self-study learner who ran `make test`).
NBGRADER_LABEXTENSION = "@jupyter/nbgrader"
NBGRADER_SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.validate_assignment",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.course_list",
)


def write_overrides(prefix: Path = Path(sys.prefix)) -> Path:
    """Merge the kit's JupyterLab settings into ``<prefix>/share/jupyter/lab/settings``."""
    path = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        current = {}
    for plugin, values in OVERRIDES.items():
        current.setdefault(plugin, {}).update(values)
    path.write_text(json.dumps(current, indent=2), encoding="utf-8")
    return path


def write_participant_config(prefix: Path = Path(sys.prefix)) -> Path:
    """A Jupyter config folder that switches nbgrader off; put on ``JUPYTER_CONFIG_PATH``."""
    folder = prefix / "etc" / "kimkit" / "jupyter_peserta"
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    (folder / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {NBGRADER_LABEXTENSION: True}}, indent=2), encoding="utf-8")
    (folder / "jupyter_server_config.json").write_text(json.dumps(
        {"ServerApp": {"jpserver_extensions": {name: False for name in NBGRADER_SERVER_EXTENSIONS}}},
        indent=2), encoding="utf-8")
    return folder


# nbconvert template overrides for the trainer's JupyterLab (Formgrader's formulas offline)
TRAINER_JUPYTER_PATH = Path(__file__).resolve().parent / "pelatih" / "jupyter"


def local_exchange(root: Path | None = None) -> Path:
    """nbgrader's exchange for one laptop: a folder of the course (no shared server)."""
    folder = (root or ROOT) / "pertukaran"
    folder.mkdir(exist_ok=True)
    return folder


# --- the participant's workspace ------------------------------------------------------------

def workspace_dir(root: Path | None = None) -> Path:
    """``$KIMKIT_RUANG_KERJA``, or ``ruang_kerja/`` in the folder that holds the package."""
    chosen = os.environ.get(WORKSPACE_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser().resolve()
    return (root or ROOT) / WORKSPACE_NAME


def source_files(root: Path | None = None) -> list[str]:
    """Files of ``course/`` and ``exercises/`` (POSIX paths relative to ``root``), sorted."""
    root = root or ROOT
    found = []
    for folder in SOURCES:
        for dirpath, dirnames, filenames in os.walk(root / folder):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED)
            for name in filenames:
                if name not in SKIPPED:
                    found.append((Path(dirpath) / name).relative_to(root).as_posix())
    return sorted(found)


def has_sources(root: Path | None = None) -> bool:
    return any(((root or ROOT) / folder).is_dir() for folder in SOURCES)


def prepare_workspace(workspace: Path, root: Path | None = None) -> list[str]:
    """Copy the course files that are missing in ``workspace``; return what was added.

    Existing files are never opened for writing, whatever their content: a participant's
    edited notebook survives byte for byte, and nothing is ever deleted.
    """
    root = root or ROOT
    added = []
    for relative in source_files(root):
        target = workspace / relative
        if target.exists() or target.is_symlink():
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(root / relative, "rb") as source, open(target, "xb") as copy:
                try:
                    shutil.copyfileobj(source, copy)
                except BaseException:
                    copy.close()
                    target.unlink()  # no half-written file that a later run would keep
                    raise
        except (FileExistsError, NotADirectoryError):
            continue  # the participant put something else there: leave it alone
        added.append(relative)
    return added


# --- JupyterLab -------------------------------------------------------------------------------

def has_display() -> bool:
    """False on a Linux machine without a graphical session (server, CI, SSH)."""
    if platform.system() != "Linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_notebook(root_dir: Path) -> str | None:
    """The notebook to open (relative to ``root_dir``), if it is there."""
    return START_NOTEBOOK if (root_dir / START_NOTEBOOK).is_file() else None


def lab_url(port: int, token: str, start: str | None) -> str:
    """The address to open: the start notebook itself, with the file browser at the top folder."""
    if start:
        return f"http://127.0.0.1:{port}/lab/tree/{quote(start)}?file-browser-path=/&token={token}"
    return f"http://127.0.0.1:{port}/lab?token={token}"


def lab_command(port: int, token: str, root_dir: Path | None = None) -> list[str]:
    """``jupyter lab`` rooted at ``root_dir``. The launcher opens the browser itself, at
    :func:`lab_url`, so the address printed and the page opened are the same."""
    command = [sys.executable, "-m", "jupyter", "lab",
               f"--ServerApp.root_dir={root_dir or ROOT}", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
               f"--IdentityProvider.token={token}", "--no-browser",
               # the kit prints its own address and messages; JupyterLab reports errors only
               "--ServerApp.log_level=ERROR", "--LabApp.log_level=ERROR"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command


def open_browser_when_ready(url: str, port: int, process: subprocess.Popen, timeout: float = 120) -> None:
    """Open ``url`` in the default browser as soon as JupyterLab accepts connections."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        return
    webbrowser.open(url)


def child_environment(trainer: bool, config: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    # nbgrader runs `alembic`, terminals in JupyterLab find this environment's python
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    if config is not None:
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
            p for p in (str(config), env.get("JUPYTER_CONFIG_PATH", "")) if p)
    if trainer:
        # Formgrader loads MathJax from this server (jupyter-server-mathjax), not from the web
        env["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(TRAINER_JUPYTER_PATH), env.get("JUPYTER_PATH", "")) if p)
        # read by nbgrader_config.py: release and collect work on this laptop, no exchange warning
        env.setdefault("KIMKIT_PERTUKARAN", str(local_exchange()))
    return env


def forward_errors(stream, out) -> None:
    """Copy JupyterLab's stderr to ``out``, without the known, harmless kernel notices."""
    for line in iter(stream.readline, b""):
        if not any(noise in line for noise in NOISE):
            out.write(line)
            out.flush()


def terminal() -> int | None:
    """The controlling terminal, if this process is its foreground job (POSIX only)."""
    if os.name != "posix":
        return None
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return None
    try:
        if os.tcgetpgrp(fd) == os.getpgrp():
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def hand_terminal_to(fd: int, pgid: int) -> None:
    """Make ``pgid`` the terminal's foreground job (ignoring SIGTTOU, as shells do)."""
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    try:
        os.tcsetpgrp(fd, pgid)
    except OSError:
        pass
    finally:
        signal.signal(signal.SIGTTOU, previous)


def run_foreground(command: list[str], cwd: Path, env: dict[str, str], on_start=None) -> int:
    """Run JupyterLab as the terminal's foreground job, so that Ctrl+C reaches it alone.

    Otherwise `make` receives Ctrl+C too and reports "*** [lab] Interrupt" after a
    normal stop. On Windows, or without a terminal, the command simply runs.
    """
    tty = terminal()
    options = {"cwd": cwd, "env": env, "stderr": subprocess.PIPE}
    if tty is None:
        process = subprocess.Popen(command, **options)
    else:
        process = subprocess.Popen(command, process_group=0, **options)
        hand_terminal_to(tty, process.pid)
    forwarder = threading.Thread(target=forward_errors, args=(process.stderr, sys.stderr.buffer), daemon=True)
    forwarder.start()
    if on_start is not None:
        on_start(process)
    try:
        while True:
            try:
                return process.wait()
            except KeyboardInterrupt:
                continue  # JupyterLab handles Ctrl+C itself; wait for it to stop, without a traceback
    finally:
        forwarder.join(timeout=2)
        if tty is not None:
            hand_terminal_to(tty, os.getpgrp())
            os.close(tty)


def has_nbgrader() -> bool:
    import importlib.util

    return importlib.util.find_spec("nbgrader") is not None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=msg("lab.description"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8888)),
                        help=msg("lab.help.port"))
    parser.add_argument("--no-browser", action="store_true",
                        default=os.environ.get("NO_BROWSER", "") not in ("", "0"),
                        help=msg("lab.help.no_browser"))
    parser.add_argument("--pelatih", action="store_true", help=msg("lab.help.trainer"))
    parser.add_argument("--dry-run", action="store_true", help=msg("lab.help.dry_run"))
    args = parser.parse_args(argv)

    if args.pelatih:
        if not has_nbgrader():
            sys.exit(msg("lab.no_nbgrader"))
        root_dir = ROOT
    else:
        root_dir = workspace_dir()
        if not has_sources() and not root_dir.is_dir():
            sys.exit(msg("lab.no_sources", root=ROOT))
        first_time = not root_dir.is_dir()
        print(msg("lab.preparing_workspace"), flush=True)
        added = prepare_workspace(root_dir)
        if first_time:
            print(msg("lab.workspace_created", n=len(added), path=root_dir))
        elif added:
            print(msg("lab.workspace_added", n=len(added), files="\n".join(f"    {f}" for f in added)))
        print(msg("lab.workspace", path=root_dir), flush=True)

    if not args.dry_run and not port_is_free(args.port):
        sys.exit(msg("lab.port_busy", port=args.port))
    open_browser = not args.no_browser and has_display()
    token = secrets.token_hex(16)
    start = start_notebook(root_dir)
    command = lab_command(args.port, token, root_dir)
    url = lab_url(args.port, token, start)
    opening = "lab.opening_trainer" if args.pelatih else "lab.opening"
    print(msg(opening, url=url, path=root_dir), flush=True)
    if args.dry_run:
        print(msg("lab.dry_run", command=shlex.join(command)))
        return

    write_overrides()
    config = None if args.pelatih else write_participant_config()

    def open_browser_later(process: subprocess.Popen) -> None:
        if open_browser:
            threading.Thread(target=open_browser_when_ready, args=(url, args.port, process), daemon=True).start()

    code = run_foreground(command, root_dir, child_environment(args.pelatih, config),
                          on_start=open_browser_later)
    if code == 0 and not args.pelatih:
        print("\n" + msg("lab.stopped", path=root_dir))  # after JupyterLab's "(y/[n])?" prompt
    sys.exit(code)


if __name__ == "__main__":
    main()
