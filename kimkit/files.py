"""Files the kit writes for participants: never over an existing file."""

from __future__ import annotations

from pathlib import Path


def free_path(path: str | Path) -> Path:
    """``path`` itself if nothing exists there, else the first free ``name_2.ext``, ``name_3.ext`` …"""
    target = Path(path).expanduser().resolve()
    number = 2
    candidate = target
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}_{number}{target.suffix}")
        number += 1
    return candidate
