"""Trainer tools on JupyterHub, without a hub: hub accounts → roster ids, the sandbox's site folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kimkit.pelatih import hub, roster, sandbox
from kimkit.pelatih.course import CourseFolder

ROSTER = [roster.Participant("SMD-001", "Contoh Ayu", "Diskominfo Kota Samarinda", "Samarinda"),
          roster.Participant("BRU-002", "Contoh Budi", "Diskominfo Kabupaten Berau", "Berau")]


@pytest.mark.parametrize("account, expected", [
    ("smd-001", "SMD-001"),            # JupyterHub lowercases user names
    ("jupyter-bru-002", "BRU-002"),    # The Littlest JupyterHub's system user
    ("SMD-001", "SMD-001"),
    ("smd-003", None),                 # a valid id, but not on this roster
    ("jupyter-admin", None),
    ("budi", None),
])
def test_roster_id_for_hub_account(account, expected):
    assert hub.roster_id_for(account, {p.id_peserta for p in ROSTER}) == expected


def _folder(tmp_path: Path) -> CourseFolder:
    folder = CourseFolder(tmp_path)
    import pandas as pd

    pd.DataFrame([p.__dict__ for p in ROSTER], columns=list(roster.FIELDS)).to_csv(folder.roster_file, index=False)
    return folder


def _submission(folder: CourseFolder, student: str, stamp: str, text: str) -> Path:
    path = folder.submitted / student / "latihan01"
    path.mkdir(parents=True)
    (path / "latihan01.ipynb").write_text(text, encoding="utf-8")
    (path / "timestamp.txt").write_text(stamp, encoding="utf-8")
    return path


def test_adopt_moves_account_submissions_to_roster_ids_and_archives_them(tmp_path):
    folder = _folder(tmp_path)
    _submission(folder, "smd-001", "2026-12-02 09:00:00.000000 UTC", "dari hub")
    _submission(folder, "jupyter-bru-002", "2026-12-02 09:05:00.000000 UTC", "dari tljh")
    _submission(folder, "tamu-01", "2026-12-02 09:06:00.000000 UTC", "bukan peserta")

    assert hub.adopt_accounts(folder, "latihan01") == [("jupyter-bru-002", "BRU-002"), ("smd-001", "SMD-001")]

    assert sorted(p.name for p in folder.submitted.iterdir()) == ["BRU-002", "SMD-001", "tamu-01"]
    assert (folder.submitted / "SMD-001" / "latihan01" / "latihan01.ipynb").read_text() == "dari hub"
    kept = list((folder.archive / "jupyterhub" / "smd-001" / "latihan01").iterdir())
    assert [(k / "latihan01.ipynb").read_text() for k in kept] == ["dari hub"]
    assert hub.adopt_accounts(folder, "latihan01") == []  # nothing left to move


def test_adopt_keeps_the_newest_copy(tmp_path):
    folder = _folder(tmp_path)
    _submission(folder, "SMD-001", "2026-12-02 10:00:00.000000 UTC", "dari flashdisk, lebih baru")
    _submission(folder, "smd-001", "2026-12-02 09:00:00.000000 UTC", "dari hub, lebih lama")
    hub.adopt_accounts(folder, "latihan01")
    assert (folder.submitted / "SMD-001" / "latihan01" / "latihan01.ipynb").read_text() == "dari flashdisk, lebih baru"
    assert not (folder.submitted / "smd-001").exists()

    _submission(folder, "smd-001", "2026-12-02 11:00:00.000000 UTC", "dari hub, terbaru")
    hub.adopt_accounts(folder, "latihan01")
    assert (folder.submitted / "SMD-001" / "latihan01" / "latihan01.ipynb").read_text() == "dari hub, terbaru"
    assert len(list((folder.archive / "jupyterhub" / "smd-001" / "latihan01").iterdir())) == 2


def test_adopt_without_roster_changes_nothing(tmp_path):
    folder = CourseFolder(tmp_path)
    _submission(folder, "smd-001", "2026-12-02 09:00:00.000000 UTC", "x")
    assert hub.adopt_accounts(folder, "latihan01") == []
    assert (folder.submitted / "smd-001" / "latihan01" / "latihan01.ipynb").is_file()


def test_sandbox_binds_site_folders_added_to_the_path_but_never_the_working_folder(tmp_path, monkeypatch):
    extra = tmp_path / "lain" / "lib" / "python3.11" / "site-packages"
    extra.mkdir(parents=True)
    work = tmp_path / "kursus"
    work.mkdir()
    monkeypatch.setattr(sys, "path", [str(work), *sys.path, str(extra)])
    paths = sandbox._read_only_paths()
    assert str(extra) in paths
    assert str(work) not in paths
