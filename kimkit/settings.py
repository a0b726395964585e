"""Where kimkit keeps local state, and whether it may write it.

Self-study state (progress, remembered roster id, self-study mode) lives in one folder:
``$KIMKIT_HOME`` or ``~/.kimkit``. Nothing is written while nbgrader executes a
notebook (``NBGRADER_EXECUTION`` is set), so grading leaves no trace on the machine.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


#: The folder that holds the ``kimkit`` package: a clone of the repository, or an unzipped bundle.
REPOSITORY = Path(__file__).resolve().parent.parent


def home() -> Path:
    """The folder of local kimkit state."""
    return Path(os.environ.get("KIMKIT_HOME") or Path.home() / ".kimkit")


def under_nbgrader() -> bool:
    """True while nbgrader validates or autogrades this kernel's notebook."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def read_json(name: str, default: dict) -> dict:
    """Read ``name`` from the state folder; a missing or damaged file gives ``default``."""
    try:
        data = json.loads((home() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return dict(default)
    return data if isinstance(data, dict) else dict(default)


def write_json(name: str, data: dict) -> Path | None:
    """Atomically write ``name``; returns its path, or None when writing is off or fails."""
    if under_nbgrader():
        return None
    folder = home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
        os.replace(tmp, folder / name)
    except OSError:
        return None
    return folder / name
