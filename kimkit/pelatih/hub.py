"""Submissions collected on JupyterHub: hub accounts → roster ids.

On JupyterHub, ``nbgrader collect`` names every submission after its owner's system account:
``smd-001`` (JupyterHub lowercases user names, and so does ``useradd``) or ``jupyter-smd-001``
(The Littlest JupyterHub prefixes its system users). The roster and the gradebook use the kit's
id ``SMD-001``. Before grading, :func:`adopt_accounts` moves such a submission to the roster id
in ``submitted/`` (the newest copy wins, as in ``kumpulkan``) and keeps the collected original
byte for byte in ``arsip/jupyterhub/<account>/<latihan>/<timestamp>/``. Accounts that match no
roster id are left as they are (nbgrader grades them under the account name).
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

from kimkit.identity import validate
from kimkit.pelatih import roster
from kimkit.pelatih.course import CourseFolder

#: The Littlest JupyterHub's system user of hub user ``name`` is ``jupyter-<name>``.
TLJH_PREFIX = "jupyter-"


def roster_id_for(account: str, roster_ids: set[str]) -> str | None:
    """The roster id a hub account stands for (``smd-001``, ``jupyter-smd-001`` → ``SMD-001``)."""
    if account in roster_ids:
        return account
    for candidate in dict.fromkeys((account, account.removeprefix(TLJH_PREFIX))):
        roster_id, _ = validate(candidate)
        if roster_id in roster_ids:
            return roster_id
    return None


def _stamp(submission: Path) -> str:
    path = submission / "timestamp.txt"
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def _moment(stamp: str) -> datetime | None:
    from nbgrader.utils import parse_utc

    try:
        return parse_utc(stamp) if stamp else None
    except (ValueError, TypeError, OverflowError):
        return None


def _newer(candidate: Path, current: Path) -> bool:
    if not current.is_dir():
        return True
    new, old = _moment(_stamp(candidate)), _moment(_stamp(current))
    return old is None or (new is not None and new > old)


def adopt_accounts(folder: CourseFolder, assignment: str) -> list[tuple[str, str]]:
    """Move ``submitted/<account>/<assignment>`` to the account's roster id; return (account, id) pairs."""
    roster_ids = {p.id_peserta for p in roster.load(folder.roster_file)}
    if not roster_ids or not folder.submitted.is_dir():
        return []
    adopted = []
    for account in sorted(p for p in folder.submitted.iterdir() if p.is_dir()):
        source = account / assignment
        roster_id = roster_id_for(account.name, roster_ids)
        if roster_id is None or roster_id == account.name or not source.is_dir():
            continue
        kept = (folder.archive / "jupyterhub" / account.name / assignment
                / (re.sub(r"[^0-9A-Za-z.+-]+", "_", _stamp(source)) or "tanpa_waktu"))
        if not kept.exists():
            shutil.copytree(source, kept)
        target = folder.submitted / roster_id / assignment
        if _newer(source, target):
            shutil.rmtree(target, ignore_errors=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(source, target)
        shutil.rmtree(source)
        if not any(account.iterdir()):
            account.rmdir()
        adopted.append((account.name, roster_id))
    return adopted
