"""Who may see the solutions of graded exercises.

Order of precedence:

1. The trainer's policy, if any: environment variable ``KIMKIT_SOLUSI`` (``terbuka`` or
   ``tertutup``), or a JSON file ``{"solusi_latihan": "terbuka" | "tertutup"}`` named by
   ``KIMKIT_KEBIJAKAN`` or found at ``<sys.prefix>/etc/kimkit/kebijakan.json`` (where a
   JupyterHub admin puts it for every participant).
2. Otherwise the learner's own choice: ``kimkit.mode_mandiri()`` opens the solutions for
   self-study and is remembered in the kimkit state folder.
3. Otherwise closed: a workshop participant sees hints, not solutions.

Course-notebook questions are never graded, so their solutions are always open.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path

from kimkit import settings

SETTINGS_FILE = "pengaturan.json"


class SolutionAccess(str, Enum):
    OPEN = "terbuka"
    CLOSED_BY_TRAINER = "tertutup"
    CLOSED_BY_DEFAULT = "belum_dibuka"


def _trainer_policy() -> str | None:
    value = os.environ.get("KIMKIT_SOLUSI", "").strip().lower()
    if value in ("terbuka", "tertutup"):
        return value
    candidates = []
    if os.environ.get("KIMKIT_KEBIJAKAN"):
        candidates.append(Path(os.environ["KIMKIT_KEBIJAKAN"]))
    candidates.append(Path(sys.prefix) / "etc" / "kimkit" / "kebijakan.json")
    for path in candidates:
        try:
            value = json.loads(path.read_text(encoding="utf-8")).get("solusi_latihan", "")
        except (OSError, ValueError, AttributeError):
            continue
        if value in ("terbuka", "tertutup"):
            return value
    return None


def graded_solution_access() -> SolutionAccess:
    """Whether solutions of graded exercises may be shown here and now."""
    trainer = _trainer_policy()
    if trainer == "terbuka":
        return SolutionAccess.OPEN
    if trainer == "tertutup":
        return SolutionAccess.CLOSED_BY_TRAINER
    if settings.read_json(SETTINGS_FILE, {}).get("mode") == "mandiri":
        return SolutionAccess.OPEN
    return SolutionAccess.CLOSED_BY_DEFAULT


def enable_self_study() -> tuple[bool, Path | None]:
    """Switch this machine to self-study mode unless the trainer closed solutions."""
    if _trainer_policy() == "tertutup":
        return False, None
    data = settings.read_json(SETTINGS_FILE, {})
    data["mode"] = "mandiri"
    return True, settings.write_json(SETTINGS_FILE, data)
