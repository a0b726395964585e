"""nbgrader's false checksum warnings are dropped; real edits of locked cells still warn."""

import logging

from nbgrader.utils import compute_checksum
from traitlets.config import Config

from kimkit.pelatih import quiet
from tests.grading import notebooks as nbs


def record(*args) -> logging.LogRecord:
    return logging.LogRecord("AutogradeApp", logging.WARNING, __file__, 1, quiet.CHANGED, args, None)


def test_untouched_release_cells_are_quiet_and_edited_ones_warn():
    release = nbs.read(nbs.release_path("latihan01"))
    test_cell = next(c for c in release.cells if nbs.grade_id(c) == "uji_pembentukan")
    untouched = compute_checksum(test_cell)
    test_cell.source += "\nassert True"
    edited = compute_checksum(test_cell)
    keep = quiet.UntouchedReleaseCells(nbs.ROOT / "exercises")
    assert not keep.filter(record("checksum", "uji_pembentukan", "abc", untouched))
    assert keep.filter(record("checksum", "uji_pembentukan", "abc", edited))
    assert keep.filter(record("checksum", "uji_cakupan", "abc", untouched)), "checksum of another cell"
    assert keep.filter(record("points", "uji_pembentukan", 2.0, 5.0))
    other = logging.LogRecord("AutogradeApp", logging.INFO, __file__, 1, "Sanitizing %s", ("x",), None)
    assert keep.filter(other)


def test_course_config_installs_the_filters(tmp_path):
    config = Config()
    config.CourseDirectory.release_directory = "exercises"
    quiet.quiet_nbgrader(config, tmp_path)
    assert "--IPKernelApp.log_level=ERROR" in config.Execute.extra_arguments
    assert "--HistoryManager.hist_file=:memory:" in config.Execute.extra_arguments
    logger = logging.getLogger("AutogradeApp")
    ours = [f for f in logger.filters if isinstance(f, quiet.UntouchedReleaseCells) and f.release == tmp_path / "exercises"]
    assert len(ours) == 1
    for name in quiet.NBGRADER_LOGGERS:
        logging.getLogger(name).removeFilter(ours[0])
