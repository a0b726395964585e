"""Local record of self-check attempts, for self-study progress.

``$KIMKIT_HOME/kemajuan.json`` maps a question key (``"<set>/<grade id>"``, e.g.
``"modul03/median_jalan"``) to ``{"percobaan": int, "benar": bool, "terakhir": str}``.
Reading (:func:`load`) never changes the file. :func:`record` adds one attempt; when the
file (or the entry it would replace) is damaged, it first keeps a copy
``kemajuan.json.rusak-<timestamp>`` next to it, and records nothing if that copy fails,
so a learner never loses what was there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from kimkit import settings
from kimkit.checks.outcomes import OutcomeType

PROGRESS_FILE = "kemajuan.json"
BACKUP_MARK = ".rusak-"


@dataclass(frozen=True)
class Attempt:
    """One question's record: how often it was checked and whether it was ever right."""

    tries: int
    solved: bool
    last: str = ""


@dataclass(frozen=True)
class Records:
    """What the progress file holds, read without changing it.

    ``file_problem`` is ``""`` (fine or missing), ``"unreadable"``, ``"not_json"`` (also a
    truncated file) or ``"not_object"`` (JSON, but not a mapping of questions);
    ``damaged`` lists the keys whose entries have the wrong shape; ``backups`` the copies
    of damaged files kept earlier by :func:`record`.
    """

    entries: dict[str, Attempt] = field(default_factory=dict)
    damaged: tuple[str, ...] = ()
    file_problem: str = ""
    path: Path | None = None
    backups: tuple[Path, ...] = ()


def progress_path() -> Path:
    return settings.home() / PROGRESS_FILE


def parse_entry(value: object) -> Attempt | None:
    """An entry as an :class:`Attempt`; None when it has the wrong shape.

    Missing fields take their defaults (an older or hand-edited file); fields of the wrong
    type make the entry damaged.
    """
    if not isinstance(value, dict):
        return None
    tries = value.get("percobaan", 0)
    solved = value.get("benar", False)
    last = value.get("terakhir", "")
    if isinstance(tries, bool) or not isinstance(tries, int) or tries < 0:
        return None
    if not isinstance(solved, bool) or not isinstance(last, str):
        return None
    return Attempt(max(tries, 1) if solved else tries, solved, last)


def _read_raw(path: Path) -> tuple[object, str]:
    """The file's JSON value and a problem code (see :class:`Records`)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return {}, ""
    except OSError:
        return None, "unreadable"
    except UnicodeDecodeError:
        return None, "not_json"
    try:
        data = json.loads(text)
    except ValueError:
        return None, "not_json"
    except RecursionError:
        return None, "not_json"
    return (data, "") if isinstance(data, dict) else (None, "not_object")


def backups() -> tuple[Path, ...]:
    """Copies of damaged progress files kept by :func:`record`, oldest first."""
    try:
        return tuple(sorted(settings.home().glob(f"{PROGRESS_FILE}{BACKUP_MARK}*")))
    except OSError:
        return ()


def load() -> Records:
    """Read the progress file; never raises, never writes."""
    path = progress_path()
    data, problem = _read_raw(path)
    entries: dict[str, Attempt] = {}
    damaged: list[str] = []
    for key, value in (data or {}).items():
        attempt = parse_entry(value)
        if attempt is None:
            damaged.append(key)
        else:
            entries[key] = attempt
    return Records(entries, tuple(damaged), problem, path, backups())


def _keep_copy(path: Path) -> Path | None:
    """Copy a damaged progress file to ``kemajuan.json.rusak-<timestamp>``; None on failure."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{BACKUP_MARK}{stamp}")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.name}{BACKUP_MARK}{stamp}-{number}")
        number += 1
    try:
        target.write_bytes(path.read_bytes())
    except OSError:
        return None
    return target


def record(question: str, outcome: OutcomeType) -> None:
    """Count one check of ``question``; silently skipped under nbgrader or on I/O errors."""
    if settings.under_nbgrader() or outcome not in (OutcomeType.PASS, OutcomeType.FAIL):
        return
    path = progress_path()
    data, problem = _read_raw(path)
    if problem == "unreadable":
        return
    previous = data.get(question) if isinstance(data, dict) else None
    attempt = parse_entry(previous) if previous is not None else Attempt(0, False)
    if problem or attempt is None:
        if _keep_copy(path) is None:
            return
        data = data if isinstance(data, dict) else {}
        attempt = Attempt(0, False)
    data[question] = {
        "percobaan": attempt.tries + 1,
        "benar": attempt.solved or outcome is OutcomeType.PASS,
        "terakhir": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    settings.write_json(PROGRESS_FILE, data)


def summary() -> dict[str, dict]:
    """All well-formed records with their attempt counts and whether they were solved."""
    return {key: {"percobaan": a.tries, "benar": a.solved, "terakhir": a.last}
            for key, a in load().entries.items()}
