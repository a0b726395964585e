"""Build every exercise from its single source (``make exercises``).

    python tools/build_exercises.py [--out DIR] [--no-release] [NAME ...]

For each ``authoring/<name>.py`` (or the names given):

- a graded exercise (``latihanNN``): runs the solutions and mistakes in-process, writes
  ``solutions/<name>/<name>.ipynb`` (nbgrader source with visible and hidden tests) and
  ``kimkit/exercises/<name>.json`` (self-check data: digests, never solutions), then runs
  ``nbgrader generate_assignment`` to write ``exercises/<name>/<name>.ipynb``;
- a teaching notebook's questions (``modulNN``): runs ``course/...`` with its blanks
  answered and writes ``kimkit/exercises/<name>.json``.

``--out`` writes into another folder (the tests compare it with the committed files).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from tools.authoring import CourseQuestions, Exercise, build_course, build_exercise  # noqa: E402


def nbgrader_env() -> dict[str, str]:
    """The environment nbgrader needs: the venv's ``bin`` on PATH (it runs ``alembic``)."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def source_names() -> list[str]:
    return sorted(p.stem for p in (ROOT / "authoring").glob("*.py") if p.stem != "__init__")


def load(name: str) -> Exercise | CourseQuestions:
    return importlib.import_module(f"authoring.{name}").SOURCE


def write_json(data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def course_notebook(source: CourseQuestions) -> nbformat.NotebookNode:
    return nbformat.read(ROOT / source.notebook, as_version=4)


def build(name: str, out: Path) -> bool:
    """Write the generated files of ``name`` under ``out``; True for a graded exercise."""
    source = load(name)
    if isinstance(source, Exercise):
        notebook, data = build_exercise(source)
        path = out / "solutions" / name / f"{name}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, path)
    else:
        data = build_course(source, course_notebook(source))
    write_json(data, out / "kimkit" / "exercises" / f"{name}.json")
    return isinstance(source, Exercise)


def release(out: Path, names: list[str]) -> None:
    """``nbgrader generate_assignment`` for each graded exercise, into ``out/exercises/``.

    nbgrader runs in a throw-away course folder, so building never touches a trainer's
    gradebook and several builds can run at once.
    """
    with tempfile.TemporaryDirectory(prefix="kimkit-build-") as tmp:
        course = Path(tmp)
        shutil.copy(ROOT / "nbgrader_config.py", course / "nbgrader_config.py")
        for name in names:
            shutil.copytree(out / "solutions" / name, course / "solutions" / name)
            result = subprocess.run(
                [sys.executable, "-m", "nbgrader", "generate_assignment", name, "--force", "--log-level=WARN"],
                cwd=course, env=nbgrader_env(), capture_output=True, text=True,
            )
            if result.returncode != 0:
                sys.exit(f"nbgrader generate_assignment {name} failed:\n{result.stdout}{result.stderr}")
            target = out / "exercises" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(course / "exercises" / name, target)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", type=Path, default=ROOT)
    parser.add_argument("--no-release", action="store_true", help="skip nbgrader (fast authoring loop)")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    graded = []
    for name in args.names or source_names():
        started = time.perf_counter()
        if build(name, out):
            graded.append(name)
        print(f"{name}: data pemeriksaan dibuat ({time.perf_counter() - started:.1f} s)", flush=True)
    if graded and not args.no_release:
        started = time.perf_counter()
        release(out, graded)
        print(f"exercises/ dibuat oleh nbgrader untuk {', '.join(graded)} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
