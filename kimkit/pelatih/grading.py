"""Grade a class in parallel, safely, resumably — with nbgrader's own autograde pipeline.

Each worker process runs ``NbGraderAPI.autograde`` (sanitise, restore hidden tests, execute,
score, save to the gradebook) for one submission after another; the only change to
nbgrader's pipeline is that kernels start in the sandbox (:mod:`kimkit.pelatih.sandbox`),
so a submission's code cannot reach the gradebook, the solutions or other submissions.
Scores are therefore nbgrader's own, and only trusted grading processes write the gradebook.

Progress is kept in ``laporan/penilaian-<latihan>.json`` after every submission: an
interrupted run (Ctrl-C, crash, power cut) resumes with the submissions not yet graded, and
a submission graded again replaces its grades (nbgrader updates, never adds).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

from kimkit.pelatih.course import CourseFolder, nbgrader_api

SQLITE_WAIT_SECONDS = 120  # parallel graders take turns writing the gradebook


@dataclass
class Result:
    student: str
    status: str          # "selesai" or "gagal"
    score: float = 0.0
    max_score: float = 0.0
    seconds: float = 0.0
    timestamp: str = ""
    problem: str = ""


def submitted_students(folder: CourseFolder, assignment: str) -> list[str]:
    """Participants with a submitted notebook of ``assignment``."""
    if not folder.submitted.is_dir():
        return []
    return sorted(p.name for p in folder.submitted.iterdir()
                  if (p / assignment / f"{assignment}.ipynb").is_file())


def _timestamp(folder: CourseFolder, assignment: str, student: str) -> str:
    path = folder.submitted / student / assignment / "timestamp.txt"
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def state_file(folder: CourseFolder, assignment: str) -> Path:
    return folder.root / "laporan" / f"penilaian-{assignment}.json"


def load_state(folder: CourseFolder, assignment: str) -> dict[str, Result]:
    try:
        data = json.loads(state_file(folder, assignment).read_text(encoding="utf-8"))
        return {s: Result(**r) for s, r in data.items()}
    except (OSError, ValueError, TypeError):
        return {}


def _save_state(folder: CourseFolder, assignment: str, state: dict[str, Result]) -> None:
    path = state_file(folder, assignment)
    path.parent.mkdir(exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({s: asdict(r) for s, r in sorted(state.items())}, indent=1), encoding="utf-8")
    os.replace(temporary, path)  # atomic: a power cut leaves the old or the new state, never half


FAILURES = (  # what nbgrader's log says → the trainer's explanation (message key)
    ("DeadKernelError", "grading.failure.dead_kernel"),
    ("CellTimeoutError", "grading.failure.timeout"),
    ("TimeoutError", "grading.failure.timeout"),
    ("MemoryError", "grading.failure.memory"),
    ("NotJSONError", "grading.failure.unreadable"),
    ("ValidationError", "grading.failure.unreadable"),
)


def explain_failure(log: str) -> str:
    """An Indonesian reason for a submission nbgrader could not grade."""
    from kimkit.messages import msg

    for marker, key in FAILURES:
        if marker in log:
            return msg(key)
    lines = [line.strip() for line in log.splitlines() if line.strip() and "Traceback" not in line]
    return msg("grading.failure.other", detail=(lines or ["?"])[-1][:200])


def grading_config(timeout: int, memory_mb: int, sandboxed: bool):
    """nbgrader settings for graders: sandboxed kernels, per-cell timeout, memory limit."""
    from nbgrader.preprocessors import (
        AssignLatePenalties, CheckCellMetadata, IgnorePattern, LimitOutput, SaveAutoGrades,
    )
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from traitlets.config import Config

    from kimkit.pelatih.sandbox import GradingExecute, SandboxedExecute

    config = Config()
    config.Autograde.autograde_preprocessors = [
        SandboxedExecute if sandboxed else GradingExecute, IgnorePattern, ClearMetadataPreprocessor, LimitOutput,
        SaveAutoGrades, AssignLatePenalties, CheckCellMetadata,
    ]
    config.Execute.timeout = timeout
    config.SandboxKernelManager.memory_mb = memory_mb
    return config


_worker: dict = {}


def _start_worker(root: str, assignment: str, timeout: int, memory_mb: int, sandboxed: bool) -> None:
    warnings.simplefilter("ignore")  # SQLAlchemy's notes on nbgrader's sessions are not for trainers
    folder = CourseFolder(Path(root))
    api = nbgrader_api(folder, grading_config(timeout, memory_mb, sandboxed))
    api.coursedir.db_url = f"{folder.gradebook_url}?timeout={SQLITE_WAIT_SECONDS}"
    _worker.update(api=api, folder=folder, assignment=assignment)


def _grade(student: str) -> Result:
    """Grade one submission in this worker; every failure becomes a result, never a crash."""
    api, folder, assignment = _worker["api"], _worker["folder"], _worker["assignment"]
    started = time.perf_counter()
    stamp = _timestamp(folder, assignment, student)
    try:
        outcome = api.autograde(assignment, student, force=True, create=True)
    except Exception as error:  # nbgrader itself failed on this submission
        outcome = {"success": False, "error": f"{type(error).__name__}: {error}"}
    seconds = round(time.perf_counter() - started, 2)
    if not outcome.get("success"):
        return Result(student, "gagal", seconds=seconds, timestamp=stamp,
                      problem=explain_failure(f"{outcome.get('log', '')}\n{outcome.get('error', '')}"))
    from nbgrader.api import Gradebook

    with Gradebook(folder.gradebook_url, course_id=api.coursedir.course_id) as gradebook:
        submission = gradebook.find_submission(assignment, student)
        return Result(student, "selesai", float(submission.score), float(submission.max_score), seconds, stamp)


def grade(folder: CourseFolder, assignment: str, workers: int = 0, timeout: int = 60, memory_mb: int = 2048,
          again: bool = False, sandboxed: bool = True, on_result=None) -> dict[str, Result]:
    """Grade every submission of ``assignment`` not graded yet (all with ``again``)."""
    students = submitted_students(folder, assignment)
    state = {} if again else load_state(folder, assignment)
    todo = [s for s in students
            if not (s in state and state[s].status == "selesai" and state[s].timestamp == _timestamp(folder, assignment, s))]
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    if not todo:
        return state
    context = multiprocessing.get_context("spawn")  # the same on Linux, macOS and Windows
    with context.Pool(workers, _start_worker, (str(folder.root), assignment, timeout, memory_mb, sandboxed)) as pool:
        for result in pool.imap_unordered(_grade, todo):
            state[result.student] = result
            _save_state(folder, assignment, state)
            if on_result:
                on_result(result, sum(s in state for s in todo), len(todo))
    return state
