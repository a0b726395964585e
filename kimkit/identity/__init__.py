"""The participant's roster id, carried inside every saved exercise notebook.

A roster id is the kit's own convention: three letters for the participant's kab/kota
(or PRV for the provincial office), a minus sign and a three-digit number from the
attendance list, e.g. ``SMD-007``. ``MANDIRI`` marks a self-study learner.
Trainers list the ids of collected notebooks with ``python -m kimkit.identity FILE…``
(``__main__.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from kimkit import settings
from kimkit.checks import binder
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.messages import msg

VARIABLE = "ID_PESERTA"
SELF_STUDY = "MANDIRI"
IDENTITY_FILE = "identitas.json"

#: Roster prefixes, keyed to the Kepmendagri codes of the 10 kab/kota (kit convention).
REGION_PREFIXES = {
    "PSR": "64.01",  # Paser
    "KKR": "64.02",  # Kutai Kartanegara
    "BRU": "64.03",  # Berau
    "KBR": "64.07",  # Kutai Barat
    "KTM": "64.08",  # Kutai Timur
    "PPU": "64.09",  # Penajam Paser Utara
    "MHU": "64.11",  # Mahakam Ulu
    "BPN": "64.71",  # Balikpapan
    "SMD": "64.72",  # Samarinda
    "BTG": "64.74",  # Bontang
    "PRV": "64",     # Diskominfo Provinsi Kalimantan Timur
}
_PATTERN = re.compile(r"^([A-Z]{3})-(\d{3})$")


def normalise(value: str) -> str:
    return value.strip().upper().replace(" ", "")


def validate(value: object) -> tuple[str | None, str]:
    """Return ``(roster_id, "")`` for a valid id, else ``(None, message key)``."""
    if not isinstance(value, str):
        return None, "identity.not_text"
    roster_id = normalise(value)
    if not roster_id:
        return None, "identity.empty"
    if roster_id == SELF_STUDY:
        return roster_id, ""
    match = _PATTERN.match(roster_id)
    if not match or match.group(1) not in REGION_PREFIXES:
        return None, "identity.malformed"
    return roster_id, ""


def remembered() -> str | None:
    """The roster id this machine used last, if any."""
    value = settings.read_json(IDENTITY_FILE, {}).get("id_peserta")
    roster_id, _ = validate(value)
    return roster_id if roster_id and roster_id != SELF_STUDY else None


def identitas(namespace: Mapping[str, object] | None = None) -> Outcome:
    """Check the notebook's ``ID_PESERTA`` and say what to do next; never raises."""
    namespace = namespace if namespace is not None else binder.bound_namespace() or {}
    if VARIABLE not in namespace:
        return Outcome(OutcomeType.UNATTEMPTED, msg("identity.missing"), VARIABLE)
    value = namespace[VARIABLE]
    roster_id, problem = validate(value)
    if roster_id == SELF_STUDY:
        return Outcome(OutcomeType.INFO, msg("identity.self_study"), VARIABLE)
    if roster_id:
        settings.write_json(IDENTITY_FILE, {"id_peserta": roster_id})
        return Outcome(OutcomeType.PASS, msg("identity.ok", roster_id=roster_id), VARIABLE)
    previous = remembered() if problem == "identity.empty" else None
    if previous:
        return Outcome(OutcomeType.UNATTEMPTED, msg("identity.remembered", roster_id=previous), VARIABLE)
    kind = OutcomeType.UNATTEMPTED if problem == "identity.empty" else OutcomeType.FAIL
    return Outcome(
        kind, msg(problem, value=value, codes=", ".join(REGION_PREFIXES)), VARIABLE
    )


_ASSIGNMENT = re.compile(rf"^\s*{VARIABLE}\s*=\s*(['\"])(.*?)\1", re.MULTILINE)


def read_roster_id(notebook: Path | dict) -> str | None:
    """The valid roster id written in a saved notebook, or None (for trainer tools)."""
    if not isinstance(notebook, dict):
        try:
            notebook = json.loads(Path(notebook).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        for match in _ASSIGNMENT.finditer(source):
            roster_id, _ = validate(match.group(2))
            if roster_id:
                return roster_id
    return None
