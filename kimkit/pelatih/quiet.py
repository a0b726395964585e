"""Keep nbgrader's output to what a trainer must act on (used by ``nbgrader_config.py``).

Three kinds of lines nbgrader prints for every honest submission say nothing to act on:

- ``Attribute 'checksum' for cell … has changed!`` for each test cell with hidden tests and
  each task cell with a mark scheme: the release leaves those parts out, so the participant's
  untouched cell can never match the gradebook's checksum. nbgrader restores the cell either
  way. A cell that differs from the *release* (really edited) still gets the warning.
- SQLAlchemy's ``Object of type <Submitted…> not in session`` notes from nbgrader's gradebook code.
- the kernel's ``Kernel is running over TCP without encryption`` note (local kernels only).
"""

from __future__ import annotations

import logging
import warnings
from functools import cached_property
from pathlib import Path

CHANGED = "Attribute '%s' for cell %s has changed! (should be: %s, got: %s)"
NBGRADER_LOGGERS = ("AutogradeApp", "NbGraderAPI", "FormgradeExtension")
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]


class UntouchedReleaseCells(logging.Filter):
    """Drops the checksum warning when the submitted cell is exactly the released one."""

    def __init__(self, release: Path):
        super().__init__()
        self.release = release

    @cached_property
    def released(self) -> set[tuple[str, str]]:
        import nbformat
        from nbgrader.utils import compute_checksum

        pairs = set()
        for path in sorted(self.release.glob("*/*.ipynb")):
            try:
                notebook = nbformat.read(path, as_version=4)
            except (OSError, ValueError):
                continue
            for cell in notebook.cells:
                grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
                if grade_id:
                    pairs.add((grade_id, compute_checksum(cell)))
        return pairs

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != CHANGED or not isinstance(record.args, tuple) or len(record.args) != 4:
            return True
        attribute, grade_id, _, got = record.args
        return not (attribute == "checksum" and (grade_id, got) in self.released)


def quiet_nbgrader(config, course_root: Path) -> None:
    """Install the filters for the course at ``course_root`` (its release is ``exercises/``)."""
    untouched = UntouchedReleaseCells(course_root / config.CourseDirectory.get("release_directory", "release"))
    for name in NBGRADER_LOGGERS:
        logging.getLogger(name).addFilter(untouched)
    try:
        from sqlalchemy.exc import SAWarning
    except ImportError:
        pass
    else:
        warnings.filterwarnings("ignore", message="Object of type <Submitted", category=SAWarning)
    config.Execute.extra_arguments = KERNEL_ARGUMENTS
