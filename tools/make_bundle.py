"""Build the participants' zip (``make bundle``): ``dist/kimkit-peserta.zip``.

    python tools/make_bundle.py [--output dist/kimkit-peserta.zip]

The zip holds one folder, ``kimkit-peserta/``, with what a participant may have:

    BACA_DULU.txt                 short read-me in Indonesian (from bundle/)
    mulai.sh, mulai.command,      one-step start for Linux, macOS (double-click), Windows:
    mulai.bat                     make .venv on first run (internet once), pip install -e .,
                                  then python -m kimkit.lab
    pyproject.toml                the kit's, without what only the repository needs
    course/  exercises/           teaching notebooks and released exercises
    kimkit/                       the package and its data
    wheelhouse/                   only with --wheelhouse (make bundle WHEELHOUSE=1): the
                                  dependency wheels of make wheelhouse, so that the start
                                  scripts install with --no-index, without internet

Nothing of ``solutions/``, ``authoring/``, ``tests/``, ``tools/`` or ``panduan_pelatih/``
(the trainer guide); ``course/`` brings the participants' course map ``peta_kursus.md``.
Before writing, the build refuses a zip that would leak (:func:`problems`): a trainer-only path, a nbgrader
marker (``BEGIN SOLUTION``, ``HIDDEN TESTS``, ``MARK SCHEME``) or ``sealed_solution``, or a
line of a solution, hidden test or mark scheme of a ``solutions/`` notebook (see
:func:`leaked_lines` for which lines count). The zip is reproducible: sorted entries, fixed
timestamps, Unix modes (the shell scripts are executable after unzipping).

Only the standard library is used, so the functions can be called from tests.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
TOP = "kimkit-peserta"
OUTPUT = ROOT / "dist" / f"{TOP}.zip"
FOLDERS = ("course", "exercises", "kimkit")
STARTERS = {"mulai.sh": 0o755, "mulai.command": 0o755, "mulai.bat": 0o644, "BACA_DULU.txt": 0o644}
WINDOWS_TEXT = {"mulai.bat", "BACA_DULU.txt"}  # CRLF line endings for cmd.exe and Notepad
TRAINER_ONLY = ("solutions", "authoring", "tests", "tools", "panduan_pelatih")
MARKERS = ("BEGIN SOLUTION", "HIDDEN TESTS", "MARK SCHEME", "sealed_solution")
SKIPPED_DIRS = {".ipynb_checkpoints", "__pycache__", ".git", ".pytest_cache", ".mypy_cache"}
SKIPPED_FILES = {".DS_Store", "Thumbs.db"}
SKIPPED_SUFFIXES = (".pyc", ".pyo", "~", ".swp")
FIXED_TIME = (2025, 1, 1, 0, 0, 0)
WHEELHOUSE = "wheelhouse"
WHEELHOUSE_SOURCE = ROOT / "dist" / "wheelhouse"  # tools/make_wheelhouse.py's output

SOLUTION_REGION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN_REGION = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
MARK_SCHEME = re.compile(r"=== BEGIN MARK SCHEME ===\n(.*?)=== END MARK SCHEME ===", re.S)
CODE_FENCE = re.compile(r"^```.*?^```", re.S | re.M)
MIN_LINE = 7  # shorter lines ("else:", "pass", "B") say nothing


@dataclass(frozen=True)
class Entry:
    name: str  # path inside the zip, under TOP/
    data: bytes
    mode: int = 0o644
    compress: int = zipfile.ZIP_DEFLATED


# --- what goes in ---------------------------------------------------------------------------

def kit_files(root: Path = ROOT) -> list[Path]:
    """Files of course/, exercises/ and kimkit/ (no caches, checkpoints or editor files)."""
    found = []
    for folder in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(root / folder):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS and not d.endswith(".egg-info"))
            for name in filenames:
                if name not in SKIPPED_FILES and not name.endswith(SKIPPED_SUFFIXES):
                    found.append(Path(dirpath) / name)
    return sorted(found)


def participant_pyproject(text: str) -> str:
    """The kit's pyproject.toml without the repository's read-me and pytest settings.

    ``readme = "README.md"`` would make ``pip install -e .`` fail (README.md is not in the
    bundle); ``[tool.pytest.ini_options]`` points at tests and solutions.
    """
    lines, skipping = [], False
    for line in text.splitlines(keepends=True):
        header = line.strip()
        if header.startswith("["):
            skipping = header == "[tool.pytest.ini_options]"
        if skipping or re.match(r"\s*readme\s*=", line):
            continue
        lines.append(line)
    result = "".join(lines).rstrip("\n") + "\n"
    original, changed = tomllib.loads(text), tomllib.loads(result)
    original["project"].pop("readme", None)
    original.get("tool", {}).pop("pytest", None)
    assert changed == original, "pyproject.toml: the participant copy differs in more than readme/pytest"
    return result


def wheelhouse_entries(folder: Path) -> list[Entry]:
    """The dependency wheels of ``make wheelhouse`` under ``wheelhouse/``, stored (a wheel is
    already compressed). Not the kit's own wheel: the start scripts install kimkit from the
    bundle's own folder (``pip install -e .``), whose files the leak checks read."""
    wheels = [p for p in sorted(folder.glob("*.whl")) if not p.name.startswith("kimkit-")]
    if not wheels:
        raise FileNotFoundError(f"{folder}: no wheels (make wheelhouse)")
    return [Entry(f"{TOP}/{WHEELHOUSE}/{p.name}", p.read_bytes(), compress=zipfile.ZIP_STORED) for p in wheels]


def windows_text(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def entries(root: Path = ROOT, wheelhouse: Path | None = None) -> list[Entry]:
    """Everything the zip holds, sorted by name (with the wheels of ``wheelhouse`` if given)."""
    found = [Entry(f"{TOP}/{path.relative_to(root).as_posix()}", path.read_bytes()) for path in kit_files(root)]
    pyproject = participant_pyproject((root / "pyproject.toml").read_text(encoding="utf-8"))
    found.append(Entry(f"{TOP}/pyproject.toml", pyproject.encode("utf-8")))
    for name, mode in STARTERS.items():
        data = (root / "bundle" / name).read_bytes()
        if name in WINDOWS_TEXT:
            data = windows_text(data)
        found.append(Entry(f"{TOP}/{name}", data, mode))
    if wheelhouse is not None:
        found += wheelhouse_entries(wheelhouse)
    return sorted(found, key=lambda e: e.name)


def write_zip(found: list[Entry], target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for entry in found:
            info = zipfile.ZipInfo(entry.name, date_time=FIXED_TIME)
            info.create_system = 3  # Unix, so that unzip and macOS Archive Utility apply the mode
            info.external_attr = (0o100000 | entry.mode) << 16
            info.compress_type = entry.compress
            archive.writestr(info, entry.data)
    partial.replace(target)
    return target


# --- what must stay out -------------------------------------------------------------------------

def searchable_text(name: str, data: bytes) -> str:
    """A file's text plus the strings inside it, so escaped quotes cannot hide a line.

    Notebooks: the cells' sources; JSON: every string; Python: every string literal.
    """
    text = data.decode("utf-8", errors="replace")
    strings: list[str] = []
    try:
        if name.endswith(".ipynb"):
            strings = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                       for c in json.loads(text)["cells"]]
        elif name.endswith(".json"):
            strings = list(json_strings(json.loads(text)))
        elif name.endswith(".py"):
            strings = [n.value for n in ast.walk(ast.parse(text))
                       if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    except (ValueError, SyntaxError, KeyError, TypeError):
        pass
    return "\n".join([text, *strings])


def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def code_lines(folder: Path) -> set[str]:
    """Stripped lines of the Python files under ``folder``."""
    return {line.strip() for path in folder.rglob("*.py") if "__pycache__" not in path.parts
            for line in path.read_text(encoding="utf-8").splitlines()}


def secret_lines(root: Path = ROOT) -> dict[str, set[str]]:
    """Exercise name → its trainer-only lines, from the notebooks in ``solutions/``.

    The lines (7 characters or more) of every solution region; of every mark scheme, except
    its example code between ``` fences (an open task's illustration, written with the
    course's own idioms); and of every hidden test, except the lines that are kimkit's own
    code: hidden tests carry a copy of the public digest functions of ``kimkit/checks/``
    (``_kk_matches`` …), while their expected-answer comment and their asserts stay
    trainer-only.
    """
    public = code_lines(root / "kimkit")
    secrets: dict[str, set[str]] = {}
    for path in sorted((root / "solutions").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        name = path.relative_to(root / "solutions").parts[0]
        found = secrets.setdefault(name, set())
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for region in (SOLUTION_REGION, MARK_SCHEME, HIDDEN_REGION):
                for match in region.finditer(source):
                    body = match.group(1)
                    if region is MARK_SCHEME:
                        body = CODE_FENCE.sub("", body)
                    lines = {line.strip() for line in body.splitlines() if len(line.strip()) >= MIN_LINE}
                    found.update(lines - public if region is HIDDEN_REGION else lines)
    return secrets


def _single_assignment(line: str) -> ast.Assign | None:
    try:
        tree = ast.parse(line)
    except SyntaxError:
        return None
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign) and len(tree.body[0].targets) == 1 \
            and isinstance(tree.body[0].targets[0], ast.Name):
        return tree.body[0]
    return None


def says_nothing(line: str) -> bool:
    """Markup and scaffolding that reveal nothing of an answer.

    A Markdown code fence, an import, or copying a table the participant already has
    (``posting_er = posting.copy()``, ``tabel = kim``): a hint may show such a first line.
    """
    if line.startswith("```"):
        return True
    try:
        tree = ast.parse(line)
    except SyntaxError:
        tree = None
    if tree is not None and len(tree.body) == 1 and isinstance(tree.body[0], (ast.Import, ast.ImportFrom)):
        return True
    assignment = _single_assignment(line)
    if assignment is None:
        return False
    value = assignment.value
    if isinstance(value, ast.Name):
        return True
    return (isinstance(value, ast.Call) and not value.args and not value.keywords
            and isinstance(value.func, ast.Attribute) and value.func.attr == "copy"
            and isinstance(value.func.value, ast.Name))


def literal_answer(line: str) -> bool:
    """``jawaban_1 = "B"``: an answer only next to its own question, common elsewhere."""
    assignment = _single_assignment(line)
    return assignment is not None and isinstance(assignment.value, ast.Constant)


def leaked_lines(name: str, data: bytes, secrets: dict[str, set[str]]) -> list[str]:
    """Secret lines that appear in the bundle file ``name``.

    Every line (7 characters or more) of a solution region, hidden test or mark scheme
    counts, except markup and scaffolding (:func:`says_nothing`). Literal answers such as
    ``jawaban_1 = "B"`` count only in the exercise's own files (a path naming it, e.g.
    ``exercises/latihan01/…`` or ``kimkit/exercises/latihan01.json``): in a teaching notebook
    or another module the same line is another question's answer or a worked example.
    """
    text = searchable_text(name, data)
    parts = set(re.split(r"[/.]", name))
    found = []
    for exercise, lines in secrets.items():
        own = exercise in parts
        for line in sorted(lines):
            if says_nothing(line) or (not own and literal_answer(line)):
                continue
            if line in text:
                found.append(f"{name}: {exercise}: {line}")
    return found


def problems(found: list[Entry], root: Path = ROOT) -> list[str]:
    """Why the bundle must not be given to participants (empty when it may)."""
    secrets = secret_lines(root)
    result = []
    for entry in found:
        inside = PurePosixPath(entry.name).parts
        if inside[0] != TOP:
            result.append(f"{entry.name}: outside {TOP}/")
        if set(inside[1:-1]) & set(TRAINER_ONLY) or inside[1] in TRAINER_ONLY:
            result.append(f"{entry.name}: trainer-only path")
        if inside[1] == WHEELHOUSE and (len(inside) != 3 or not inside[2].endswith(".whl")
                                        or inside[2].startswith("kimkit-")):
            result.append(f"{entry.name}: only dependency wheels belong in {WHEELHOUSE}/")
        text = entry.data.decode("utf-8", errors="replace")
        result += [f"{entry.name}: contains {marker!r}" for marker in MARKERS if marker in text]
        if inside[1] in FOLDERS:
            result += leaked_lines(entry.name, entry.data, secrets)
    return result


def build(target: Path = OUTPUT, root: Path = ROOT, check: bool = True, wheelhouse: Path | None = None) -> Path:
    """Write the bundle to ``target``; with ``check``, refuse (ValueError) if it would leak."""
    found = entries(root, wheelhouse)
    if check:
        wrong = problems(found, root)
        if wrong:
            raise ValueError("\n".join(wrong))
    return write_zip(found, target)


def uncommitted(root: Path = ROOT) -> list[str]:
    """Bundled paths that differ from the last commit (empty without git)."""
    import subprocess

    try:
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "--", *FOLDERS],
                                cwd=root, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return [line[3:].split(" -> ")[-1] for line in status.splitlines() if "D" not in line[:2]]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--wheelhouse", type=Path, nargs="?", const=WHEELHOUSE_SOURCE, default=None,
                        help=f"sertakan wheel dari folder ini (bawaan: {WHEELHOUSE_SOURCE}) agar pemasangan tanpa internet")
    args = parser.parse_args(argv)
    extra = f" dengan wheelhouse dari {args.wheelhouse}" if args.wheelhouse else ""
    print(f"Membuat paket peserta {args.output}{extra} …", flush=True)
    try:
        path = build(args.output, wheelhouse=args.wheelhouse)
    except FileNotFoundError:
        sys.exit(f"Tidak ada wheel di {args.wheelhouse}. Buat dulu dengan: make wheelhouse")
    except ValueError as error:
        sys.exit(f"Paket peserta TIDAK dibuat: isinya akan membocorkan bahan pelatih.\n{error}")
    with zipfile.ZipFile(path) as archive:
        count = len(archive.namelist())
    changed = uncommitted()
    if changed:
        print("Perhatian: berkas berikut ikut dibungkus tetapi belum di-commit (periksa isinya):\n"
              + "\n".join(f"    {name}" for name in changed))
    print(f"Selesai: {path} ({count} berkas, {path.stat().st_size // 1024} KB). "
          f"Bagikan zip itu; peserta membaca {TOP}/BACA_DULU.txt.")


if __name__ == "__main__":
    main()
