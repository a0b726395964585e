"""Where the solutions of graded exercises come from: never from the package itself.

Participants receive no graded solution, not even a hidden one. After grading, a trainer
hands out a *solutions pack* (``make paket-solusi`` writes it); a learner installs it
with ``kimkit.pasang_paket_solusi("berkas.json")``. A learner who cloned the whole
repository also has ``solutions/``, whose answer cells are read directly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kimkit import settings

PACK_FILE = "paket_solusi.json"
PACK_FORMAT = "kimkit-paket-solusi/1"
REPOSITORY = settings.REPOSITORY
# nbgrader's solution markers, spelt so that the participant bundle's marker check stays exact
_SOLUTION_REGION = re.compile("### BEGIN {0}\n(.*?)### END {0}".format("SOLUTION"), re.S)


class PackError(ValueError):
    """A file that is not a kimkit solutions pack."""


def read_pack(path: Path) -> dict[str, str]:
    """The solutions in a pack file: ``{"latihan07/er_posting": code, …}``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise PackError(str(error)) from None
    if not isinstance(data, dict) or data.get("format") != PACK_FORMAT or not isinstance(data.get("solusi"), dict):
        raise PackError("bukan paket solusi kimkit")
    return {str(k): str(v) for k, v in data["solusi"].items()}


def write_pack(solutions: dict[str, str], path: Path) -> Path:
    Path(path).write_text(json.dumps({"format": PACK_FORMAT, "solusi": solutions}, ensure_ascii=False, indent=1),
                          encoding="utf-8")
    return Path(path)


def install_pack(path: Path) -> int:
    """Merge a pack into the learner's kimkit folder; returns how many solutions it holds."""
    solutions = read_pack(path)
    current = settings.read_json(PACK_FILE, {}).get("solusi", {})
    current = current if isinstance(current, dict) else {}
    current.update(solutions)
    if settings.write_json(PACK_FILE, {"format": PACK_FORMAT, "solusi": current}) is None:
        raise PackError("folder kimkit tidak bisa ditulis")
    return len(solutions)


def solutions_in_repository(exercise: str, root: Path = REPOSITORY) -> dict[str, str]:
    """Solutions read from ``solutions/<exercise>/<exercise>.ipynb`` of a repository clone."""
    path = root / "solutions" / exercise / f"{exercise}.ipynb"
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = {}
    for cell in notebook.get("cells", []):
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")
        source = "".join(cell.get("source", ""))
        regions = _SOLUTION_REGION.findall(source)
        if grade_id.startswith("jawaban_") and regions:
            found[f"{exercise}/{grade_id.removeprefix('jawaban_')}"] = "\n".join(r.rstrip("\n") for r in regions)
    return found


def find(key: str) -> str:
    """The solution of question ``key`` (``"latihan07/er_posting"``), or ""."""
    pack = settings.read_json(PACK_FILE, {}).get("solusi", {})
    if isinstance(pack, dict) and isinstance(pack.get(key), str):
        return pack[key]
    return solutions_in_repository(key.split("/")[0]).get(key, "")
