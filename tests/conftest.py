"""Test-wide settings: local kimkit state goes to a throw-away folder, plots stay headless.

Set at import time so that kernels started by nbval and nbgrader inherit them.
"""

import os
import tempfile
from pathlib import Path

import pytest

_STATE = tempfile.mkdtemp(prefix="kimkit-test-home-")
os.environ["KIMKIT_HOME"] = _STATE
os.environ["MPLBACKEND"] = "Agg"
for variable in ("KIMKIT_SOLUSI", "KIMKIT_KEBIJAKAN", "NBGRADER_EXECUTION"):
    os.environ.pop(variable, None)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kimkit_home(tmp_path, monkeypatch):
    """A fresh, empty kimkit state folder for one test."""
    monkeypatch.setenv("KIMKIT_HOME", str(tmp_path / "state"))
    return tmp_path / "state"
