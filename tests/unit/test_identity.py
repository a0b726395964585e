"""Roster ids: validation, remembering, reading them back from saved notebooks."""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from kimkit import identity
from kimkit.checks import OutcomeType
from kimkit.identity import __main__ as cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("value, expected", [
    ("SMD-007", "SMD-007"), (" smd-007 ", "SMD-007"), ("ppu-012", "PPU-012"), ("mandiri", "MANDIRI"),
])
def test_valid_ids(value, expected):
    assert identity.validate(value) == (expected, "")


@pytest.mark.parametrize("value, problem", [
    ("", "identity.empty"), ("SMD-7", "identity.malformed"), ("XYZ-001", "identity.malformed"),
    ("Budi", "identity.malformed"), (7, "identity.not_text"), (None, "identity.not_text"),
])
def test_invalid_ids(value, problem):
    assert identity.validate(value) == (None, problem)


def test_identity_outcomes_tell_what_to_do(kimkit_home):
    assert identity.identitas({}).kind is OutcomeType.UNATTEMPTED
    empty = identity.identitas({"ID_PESERTA": ""})
    assert empty.kind is OutcomeType.UNATTEMPTED and "SMD-007" in empty.message
    wrong = identity.identitas({"ID_PESERTA": "SMD7"})
    assert wrong.kind is OutcomeType.FAIL and "BTG" in wrong.message
    assert identity.identitas({"ID_PESERTA": "MANDIRI"}).kind is OutcomeType.INFO


def test_remembered_id_is_offered_not_filled(kimkit_home):
    assert identity.identitas({"ID_PESERTA": "btg-003"}).kind is OutcomeType.PASS
    assert identity.remembered() == "BTG-003"
    offer = identity.identitas({"ID_PESERTA": ""})
    assert offer.kind is OutcomeType.UNATTEMPTED and 'ID_PESERTA = "BTG-003"' in offer.message


def test_nothing_remembered_under_nbgrader(kimkit_home, monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    identity.identitas({"ID_PESERTA": "SMD-001"})
    assert identity.remembered() is None


def test_read_roster_id_from_saved_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell('ID_PESERTA = "SMD-999" (contoh di teks)'),
        nbformat.v4.new_code_cell('ID_PESERTA = "kbr-021"   # contoh: "SMD-007"'),
    ])
    path = tmp_path / "kiriman.ipynb"
    nbformat.write(nb, path)
    assert identity.read_roster_id(path) == "KBR-021"
    nb.cells[1].source = 'ID_PESERTA = ""'
    assert identity.read_roster_id(json.loads(nbformat.writes(nb))) is None
    assert identity.read_roster_id(tmp_path / "tidak-ada.ipynb") is None


def test_command_line_lists_ids(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('ID_PESERTA = "PSR-010"')])
    nbformat.write(nb, tmp_path / "a.ipynb")
    files = [str(tmp_path / "a.ipynb"), str(tmp_path / "b.ipynb")]
    run = subprocess.run([sys.executable, "-W", "default", "-m", "kimkit.identity", *files],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stderr == ""  # no runpy RuntimeWarning
    out = run.stdout.splitlines()
    assert out[0] == f"PSR-010\t{tmp_path / 'a.ipynb'}" and "tidak sah" in out[1]


def test_command_line_without_files_explains_usage(capsys):
    assert cli.main([]) == 2
    assert "python -m kimkit.identity" in capsys.readouterr().err
