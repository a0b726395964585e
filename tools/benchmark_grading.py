"""Measure what participants and trainers wait for, and print the figures.

    python tools/benchmark_grading.py [latihan01] [--copies 10]

1. Self-check latency: every ``soalN.cek()`` of the exercise with the right answers,
   repeated, in this process (what a participant waits for after each answer).
2. ``nbgrader validate`` of one filled-in notebook: the feedback a participant would
   otherwise ask for (Validate button), same answers.
3. ``nbgrader autograde`` of ``--copies`` filled-in submissions in a temporary course
   copy, as a trainer runs it at the end of the day.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kimkit.checks import QuestionView  # noqa: E402
from tests.grading import notebooks as nbs  # noqa: E402  (shared helpers of the grading tests)
from tools.build_exercises import nbgrader_env  # noqa: E402


def nbgrader(course: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=nbgrader_env(), check=True,
                   capture_output=True, text=True)
    return time.perf_counter() - start


def self_check_latency(name: str, repeats: int) -> dict[str, float]:
    filled = nbs.fill(nbs.read(nbs.release_path(name)), nbs.right_answers(name))
    namespace: dict = {}
    for cell in filled.cells:
        if cell.cell_type == "code" and not nbs.grade_id(cell).startswith(("cek_", "uji_")):
            exec(cell.source, namespace)
    views = {key: value for key, value in namespace.items() if isinstance(value, QuestionView)}
    timings = {}
    for key, view in sorted(views.items()):
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            view.cek(namespace)
            samples.append((time.perf_counter() - start) * 1000)
        timings[key] = statistics.median(samples)
        timings[f"{key} (maks)"] = max(samples)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignment", nargs="?", default="latihan01")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("KIMKIT_HOME", tempfile.mkdtemp(prefix="kimkit-bench-"))
    name = args.assignment

    print(f"== self-check {name}: median dari {args.repeats} kali (ms)")
    latency = self_check_latency(name, args.repeats)
    for key, value in latency.items():
        print(f"  {key:<14} {value:8.2f} ms")
    worst = max(v for k, v in latency.items() if "maks" not in k)

    with tempfile.TemporaryDirectory(prefix="kimkit-bench-") as tmp:
        course = Path(tmp)
        shutil.copytree(ROOT / "solutions", course / "solutions")
        shutil.copy(ROOT / "nbgrader_config.py", course)
        generate = nbgrader(course, "generate_assignment", name, "--force")
        filled = nbs.with_identity(nbs.fill(nbs.read(nbs.release_path(name)), nbs.right_answers(name)), "SMD-001")
        single = course / "satu.ipynb"
        nbformat.write(filled, single)
        validate = nbgrader(course, "validate", str(single))
        for number in range(1, args.copies + 1):
            folder = course / "submitted" / f"peserta{number:02d}" / name
            folder.mkdir(parents=True)
            nbformat.write(filled, folder / f"{name}.ipynb")
        autograde = nbgrader(course, "autograde", name, "--force")

    print(f"== nbgrader generate_assignment {name}: {generate:.1f} s (termasuk membuat gradebook)")
    print(f"== nbgrader validate, satu notebook: {validate:.1f} s")
    print(f"   rasio validate ÷ self-check terlambat: {validate * 1000 / worst:,.0f}×")
    print(f"== nbgrader autograde {name}, {args.copies} kiriman: {autograde:.1f} s "
          f"({autograde / args.copies:.2f} s per kiriman, termasuk start-up nbgrader)")


if __name__ == "__main__":
    main()
