"""Grade the same class with ``nbgrader autograde`` and with the kit, and compare (``make bench``).

    python tools/bench_grading_class.py [--class-size 24] [--exercise latihan01]

Builds a class of synthetic submissions (right, partly right, blank, known-wrong answers),
prepares two identical course folders, then, in this one run on this machine:

1. ``nbgrader autograde <exercise>`` — sequential, as nbgrader ships;
2. ``python -m kimkit.pelatih nilai <exercise>`` — parallel workers, sandboxed kernels;

and prints both times, whether every participant's score agrees, where the kit's time goes,
and as its last line ``ratio: N.NN× (kimkit vs nbgrader autograde, M submissions, K cores)``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kimkit.pelatih import course, grading, sandbox  # noqa: E402
from tests.grading import notebooks as nbs  # noqa: E402
from tools.build_exercises import nbgrader_env  # noqa: E402


def class_submissions(exercise: str, size: int) -> dict[str, nbformat.NotebookNode]:
    """Participant id → notebook: a realistic mix of right, partly right, wrong and blank."""
    release = nbs.read(nbs.release_path(exercise))
    right, wrong = nbs.right_answers(exercise), nbs.wrong_answers(exercise)
    kinds = [right, {**right, **dict(list(wrong.items())[:1])}, {**right, **dict(list(wrong.items())[1:2])},
             wrong, {}]
    prefixes = ["SMD", "BPN", "KKR", "BRU", "PSR", "KTM", "PPU", "BTG", "KBR"]  # 9 kab/kota, as in 2023
    found = {}
    for number in range(size):
        roster_id = f"{prefixes[number % len(prefixes)]}-{number + 1:03d}"
        answers = kinds[number % len(kinds)]
        found[roster_id] = nbs.with_identity(nbs.fill(release, answers) if answers else release, roster_id)
    return found


def prepared_copy(base: Path, name: str, exercise: str, submissions: dict) -> course.CourseFolder:
    folder = course.CourseFolder(base / name)
    course.prepare(folder)
    for roster_id, notebook in submissions.items():
        target = folder.submitted / roster_id / exercise
        target.mkdir(parents=True)
        nbformat.write(notebook, target / f"{exercise}.ipynb")
    return folder


def scores(folder: course.CourseFolder, exercise: str) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(folder.gradebook_url, course_id="kimkit") as gradebook:
        return {s.student.id: round(float(s.score), 3) for s in gradebook.find_assignment(exercise).submissions}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--class-size", type=int, default=24)
    parser.add_argument("--exercise", default="latihan01")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    submissions = class_submissions(args.exercise, args.class_size)
    with tempfile.TemporaryDirectory(prefix="kimkit-bench-") as tmp:
        base = Path(tmp)
        print(f"Menyiapkan dua folder kursus yang sama dengan {len(submissions)} kiriman {args.exercise} …", flush=True)
        plain = prepared_copy(base, "nbgrader", args.exercise, submissions)
        kit = prepared_copy(base, "kimkit", args.exercise, submissions)

        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "nbgrader", "autograde", args.exercise, "--force"], cwd=plain.root,
                       env=nbgrader_env(), check=True, capture_output=True)
        nbgrader_seconds = time.perf_counter() - started

        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kimkit.pelatih", "--folder", str(kit.root), "nilai", args.exercise],
                       env=nbgrader_env(), check=True, capture_output=True)
        kit_seconds = time.perf_counter() - started

        ours, theirs = scores(kit, args.exercise), scores(plain, args.exercise)
        state = grading.load_state(kit, args.exercise)
        per_submission = sorted(r.seconds for r in state.values())
    differing = sorted(s for s in theirs if ours.get(s) != theirs[s])
    print(f"nbgrader autograde (berurutan): {nbgrader_seconds:.1f} s, {nbgrader_seconds / len(submissions):.2f} s per kiriman")
    print(f"kimkit nilai ({cores} proses, {'terisolasi' if sandbox.available() else 'TANPA isolasi'}): "
          f"{kit_seconds:.1f} s, {kit_seconds / len(submissions):.2f} s per kiriman")
    print(f"  satu kiriman di satu proses: median {per_submission[len(per_submission) // 2]:.2f} s, "
          f"maks {per_submission[-1]:.2f} s (mulai kernel terisolasi, impor, eksekusi, simpan ke gradebook); "
          f"sisanya: mulai proses penilai dan nbgrader")
    print(f"nilai sama untuk semua peserta: {'ya' if not differing else 'TIDAK: ' + ', '.join(differing)} "
          f"({len(theirs)} kiriman)")
    print(f"ratio: {nbgrader_seconds / kit_seconds:.2f}× (kimkit vs nbgrader autograde, "
          f"{len(submissions)} submissions, {cores} cores)")


if __name__ == "__main__":
    main()
