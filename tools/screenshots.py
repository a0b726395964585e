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
Run it with ``/opt/pw-venv/bin/python`` (or the kit's venv once ``.[test]`` is installed, which
brings playwright); never ``playwright install``. The JupyterLab and Chromium handling is shared
with the browser tests (``tests/ui/``) in ``tools/lab_browser.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.lab_browser import (  # noqa: E402  (shared with the browser tests, tests/ui/)
    JS_ERRORS, JS_SCROLLER, JS_STATE, REPO, Lab, launch_chromium, run_all, wait_idle,
)


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
    browser = launch_chromium(pw)
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
