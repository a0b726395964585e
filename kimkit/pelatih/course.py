"""A trainer's course folder for one event: nbgrader's layout plus the kit's roster and archive.

    <folder>/nbgrader_config.py   solutions/ → exercises/ (nbgrader source and release)
    <folder>/gradebook.db         nbgrader's gradebook: every assignment, every participant
    <folder>/peserta.csv          the validated roster (kab/kota and instansi live here)
    <folder>/masuk/               the inbox: files as participants sent them
    <folder>/arsip/               every original, byte for byte, as collected
    <folder>/submitted/<id>/<latihanNN>/latihanNN.ipynb   nbgrader's submitted layout

By default the folder is the repository itself (Formgrader from ``make pelatih`` works
there); another folder gets a copy of the sources it needs.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from kimkit.settings import REPOSITORY


class CourseError(Exception):
    """The course folder cannot be prepared or used; the message is Indonesian."""


@dataclass(frozen=True)
class CourseFolder:
    root: Path

    @property
    def solutions(self) -> Path:
        return self.root / "solutions"

    @property
    def releases(self) -> Path:
        return self.root / "exercises"

    @property
    def submitted(self) -> Path:
        return self.root / "submitted"

    @property
    def inbox(self) -> Path:
        return self.root / "masuk"

    @property
    def archive(self) -> Path:
        return self.root / "arsip"

    @property
    def roster_file(self) -> Path:
        return self.root / "peserta.csv"

    @property
    def gradebook_file(self) -> Path:
        return self.root / "gradebook.db"

    @property
    def gradebook_url(self) -> str:
        return f"sqlite:///{self.gradebook_file}"

    def assignments(self) -> list[str]:
        """The exercises whose nbgrader source is in this folder (``latihan00``, …)."""
        if not self.solutions.is_dir():
            return []
        return sorted(p.name for p in self.solutions.iterdir() if (p / f"{p.name}.ipynb").is_file())


def _nbgrader_on_path() -> None:
    """nbgrader runs ``alembic`` when it creates a gradebook: the venv's bin must be on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def nbgrader_api(folder: CourseFolder, overrides=None):
    """nbgrader's own API on ``folder``, configured by the folder's ``nbgrader_config.py``."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    _nbgrader_on_path()
    config = PyFileConfigLoader("nbgrader_config.py", path=str(folder.root)).load_config()
    config.CourseDirectory.root = str(folder.root)
    if overrides is not None:
        config.merge(overrides)
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def prepare(folder: CourseFolder, repository: Path = REPOSITORY) -> list[str]:
    """Copy the sources into ``folder`` if it is not the repository; register every exercise.

    Runs nbgrader's ``generate_assignment`` for each exercise, which creates the gradebook
    with the exercise's cells (hidden tests included) and writes its release. Safe to run
    again: nothing of the participants' is touched.
    """
    folder.root.mkdir(parents=True, exist_ok=True)
    if folder.root.resolve() != repository.resolve():
        if not (repository / "solutions").is_dir():
            raise CourseError("solutions")
        shutil.copy(repository / "nbgrader_config.py", folder.root / "nbgrader_config.py")
        for source in sorted((repository / "solutions").iterdir()):
            if source.is_dir():
                shutil.copytree(source, folder.solutions / source.name, dirs_exist_ok=True)
    names = folder.assignments()
    if not names:
        raise CourseError("solutions")
    api = nbgrader_api(folder)
    for name in names:
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise CourseError(f"{name}: {result.get('error') or result.get('log')}")
    for path in (folder.inbox, folder.archive, folder.submitted):
        path.mkdir(exist_ok=True)
    return names
