"""Local record of self-check attempts, for self-study progress."""

from __future__ import annotations

from datetime import datetime, timezone

from kimkit import settings
from kimkit.checks.outcomes import OutcomeType

PROGRESS_FILE = "kemajuan.json"


def record(question: str, outcome: OutcomeType) -> None:
    """Count one check of ``question``; silently skipped under nbgrader or on I/O errors."""
    if settings.under_nbgrader() or outcome not in (OutcomeType.PASS, OutcomeType.FAIL):
        return
    data = settings.read_json(PROGRESS_FILE, {})
    entry = data.get(question) if isinstance(data.get(question), dict) else {}
    entry["percobaan"] = int(entry.get("percobaan", 0)) + 1
    entry["benar"] = bool(entry.get("benar")) or outcome is OutcomeType.PASS
    entry["terakhir"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    data[question] = entry
    settings.write_json(PROGRESS_FILE, data)


def summary() -> dict[str, dict]:
    """All recorded questions with their attempt counts and whether they were solved."""
    return {k: v for k, v in settings.read_json(PROGRESS_FILE, {}).items() if isinstance(v, dict)}
