"""Collect an inbox of submissions as participants really send them into nbgrader's layout.

Files arrive by USB stick, WhatsApp or a shared folder, named however people like, as
``.ipynb`` or inside ``.zip`` archives. For each notebook found:

1. the original file is archived byte for byte (``arsip/``, named by its content hash, so
   collecting the same inbox twice stores nothing twice);
2. the notebook is read defensively (BOM, old nbformat, duplicate cell ids are repaired;
   empty, truncated or foreign files are reported, never guessed at);
3. its exercise is recognised by its content (the grade ids of its cells), not its name;
4. its participant by the roster id in its identity cell, else by its file name against
   the roster (case, spaces and small typos tolerated);
5. the newest copy per participant and exercise is written to
   ``submitted/<id>/<latihanNN>/latihanNN.ipynb`` with ``timestamp.txt``; older copies stay
   in the archive and are reported.

Zip archives are read in memory with limits: paths that climb out (``../``), absolute
paths, links, and archives that expand enormously are refused whole.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import stat
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

import nbformat
from nbformat.validator import normalize

from kimkit.identity import read_roster_id
from kimkit.messages import msg
from kimkit.pelatih import roster as roster_module
from kimkit.pelatih.course import CourseFolder

MAX_MEMBER_BYTES = 50 * 2**20    # one notebook inside an archive
MAX_ARCHIVE_BYTES = 200 * 2**20  # everything inside one archive
MAX_RATIO = 200                  # uncompressed ÷ compressed size of one member
NAME_SCORE = 85                  # rapidfuzz score a file name needs to name a participant
SKIPPED = {".ipynb_checkpoints", "__MACOSX", ".DS_Store", "Thumbs.db"}


class Status:
    """What happened to one file (values are the Indonesian words of the report)."""

    PLACED = "diterima"
    OLDER = "salinan_lama"
    UNKNOWN_PARTICIPANT = "peserta_tidak_dikenal"
    UNKNOWN_EXERCISE = "latihan_tidak_dikenal"
    EMPTY = "kosong"
    CORRUPT = "rusak"
    NOT_NOTEBOOK = "bukan_notebook"
    UNSAFE_ARCHIVE = "arsip_berbahaya"
    BROKEN_ARCHIVE = "arsip_rusak"


@dataclass
class Entry:
    """One file of the inbox (or one member of an archive) and what became of it."""

    source: str
    status: str = ""
    participant: str = ""
    exercise: str = ""
    note: str = ""
    modified: datetime | None = None
    notebook: dict | None = field(default=None, repr=False)


@dataclass
class Report:
    entries: list[Entry]
    report_file: Path | None = None

    def count(self, status: str) -> int:
        return sum(e.status == status for e in self.entries)


# --- reading ---------------------------------------------------------------------------------

def _archive_original(data: bytes, name: str, archive: Path) -> None:
    archive.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^0-9A-Za-z._-]+", "_", PurePosixPath(name).name)[-80:] or "berkas"
    target = archive / f"{hashlib.sha256(data).hexdigest()[:16]}-{safe}"
    if not target.exists():
        target.write_bytes(data)


def read_notebook(data: bytes) -> tuple[dict | None, str, str]:
    """``(notebook, status, note)``: a v4 notebook dict, or None with the reason."""
    if not data.strip():
        return None, Status.EMPTY, ""
    try:
        text = data.decode("utf-8-sig")
        raw = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        return None, Status.CORRUPT, msg("collect.note.not_json")
    if not isinstance(raw, dict) or not isinstance(raw.get("cells", raw.get("worksheets")), list):
        return None, Status.NOT_NOTEBOOK, ""
    try:
        with warnings.catch_warnings():  # duplicate cell ids are repaired, with a warning
            warnings.simplefilter("ignore")
            notebook = nbformat.reads(json.dumps(raw), as_version=4)
            notebook = nbformat.from_dict(normalize(notebook)[1])
    except Exception as error:  # an odd notebook: report it rather than guess
        return None, Status.CORRUPT, f"{type(error).__name__}"
    return notebook, "", ""


def _grade_ids(notebook: dict) -> set[str]:
    return {c.get("metadata", {}).get("nbgrader", {}).get("grade_id", "") for c in notebook.get("cells", [])} - {""}


def exercise_signatures(folder: CourseFolder) -> dict[str, set[str]]:
    """The grade ids of each exercise's source notebook: what recognises a submission."""
    return {name: _grade_ids(nbformat.read(folder.solutions / name / f"{name}.ipynb", as_version=4))
            for name in folder.assignments()}


def recognise_exercise(notebook: dict, signatures: dict[str, set[str]]) -> str | None:
    """The exercise most of whose cells the notebook carries (at least half), or None."""
    found = _grade_ids(notebook)
    scores = {name: len(found & ids) / len(ids) for name, ids in signatures.items() if ids}
    best = max(scores, key=scores.get, default=None)
    return best if best and scores[best] >= 0.5 else None


def _name_words(name: str) -> str:
    stem = PurePosixPath(name).stem
    stem = re.sub(r"(?i)latihan\s*\d+|copy|salinan|final|revisi|\(\d+\)|\bv\d+\b", " ", stem)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", stem.casefold()).split())


def recognise_participant(notebook: dict, names: list[str],
                          participants: list[roster_module.Participant]) -> tuple[str | None, str]:
    """``(roster id, note)``: from the identity cell, else from the file and folder names."""
    by_id = {p.id_peserta: p for p in participants}
    written = read_roster_id(notebook)
    if written and (written in by_id or not participants):
        return written, ""
    note = msg("collect.note.id_not_in_roster", roster_id=written) if written else ""
    from rapidfuzz import fuzz, process

    for name in names:
        compact = re.sub(r"[^0-9a-z]", "", PurePosixPath(name).stem.casefold())
        for roster_id in by_id:
            if roster_id.replace("-", "").casefold() in compact:
                return roster_id, note
        words = _name_words(name)
        if not words:
            continue
        choices = {p.id_peserta: p.nama.casefold() for p in participants}
        ranked = process.extract(words, choices, scorer=fuzz.token_set_ratio, limit=2)
        if ranked and ranked[0][1] >= NAME_SCORE and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 5):
            return ranked[0][2], note or msg("collect.note.by_name", name=by_id[ranked[0][2]].nama)
    return None, note


def _inbox_items(inbox: Path, archive: Path) -> list[tuple[Entry, bytes | None]]:
    """Every notebook candidate of the inbox: (entry, bytes), archives opened safely."""
    items: list[tuple[Entry, bytes | None]] = []
    for path in sorted(p for p in inbox.rglob("*") if p.is_file() and not SKIPPED & set(p.parts)):
        relative = path.relative_to(inbox).as_posix()
        data = path.read_bytes()
        _archive_original(data, relative, archive)
        modified = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        if path.suffix.lower() == ".zip":
            items.extend(_archive_members(relative, data, modified))
        elif path.suffix.lower() == ".ipynb":
            items.append((Entry(relative, modified=modified), data))
        else:
            items.append((Entry(relative, Status.NOT_NOTEBOOK, note=msg("collect.note.other_file")), None))
    return items


def _archive_members(name: str, data: bytes, modified: datetime) -> list[tuple[Entry, bytes | None]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return [(Entry(name, Status.BROKEN_ARCHIVE), None)]
    total = sum(m.file_size for m in members)
    for member in members:
        path = PurePosixPath(member.filename.replace("\\", "/"))
        is_link = stat.S_ISLNK(member.external_attr >> 16)
        ratio = member.file_size / max(member.compress_size, 1)
        if path.is_absolute() or ".." in path.parts or is_link:
            return [(Entry(name, Status.UNSAFE_ARCHIVE, note=msg("collect.note.zip_path", member=member.filename)), None)]
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_ARCHIVE_BYTES or ratio > MAX_RATIO:
            return [(Entry(name, Status.UNSAFE_ARCHIVE, note=msg("collect.note.zip_bomb")), None)]
    found = []
    for member in members:
        path = PurePosixPath(member.filename)
        label = f"{name}:{member.filename}"
        if SKIPPED & set(path.parts) or path.name.startswith("._"):
            continue
        if path.suffix.lower() != ".ipynb":
            found.append((Entry(label, Status.NOT_NOTEBOOK, note=msg("collect.note.other_file")), None))
            continue
        try:
            content = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            found.append((Entry(label, Status.BROKEN_ARCHIVE), None))
            continue
        stamp = datetime(*member.date_time, tzinfo=timezone.utc) if member.date_time[0] >= 1980 else modified
        found.append((Entry(label, modified=stamp), content))
    return found


# --- placing -----------------------------------------------------------------------------------

def _place(folder: CourseFolder, entry: Entry) -> bool:
    """Write the entry to nbgrader's submitted layout unless a newer copy is there already."""
    target = folder.submitted / entry.participant / entry.exercise
    stamp_file = target / "timestamp.txt"
    if stamp_file.is_file():
        try:
            if datetime.fromisoformat(stamp_file.read_text(encoding="utf-8").strip()) > entry.modified:
                return False
        except ValueError:
            pass
    target.mkdir(parents=True, exist_ok=True)
    nbformat.write(entry.notebook, target / f"{entry.exercise}.ipynb")
    stamp_file.write_text(entry.modified.isoformat(sep=" "), encoding="utf-8")
    return True


def collect(folder: CourseFolder, inbox: Path | None = None, exercise: str | None = None) -> Report:
    """Archive, recognise and place every notebook of ``inbox``; report every file."""
    inbox = inbox or folder.inbox
    participants = roster_module.load(folder.roster_file)
    signatures = exercise_signatures(folder)
    entries: list[Entry] = []
    for entry, data in _inbox_items(inbox, folder.archive) if inbox.is_dir() else []:
        entries.append(entry)
        if data is None:
            continue
        notebook, status, note = read_notebook(data)
        if notebook is None:
            entry.status, entry.note = status, note
            continue
        entry.notebook = notebook
        entry.exercise = recognise_exercise(notebook, signatures) or ""
        if not entry.exercise or (exercise and entry.exercise != exercise):
            entry.status = Status.UNKNOWN_EXERCISE
            entry.note = msg("collect.note.other_exercise", exercise=entry.exercise) if entry.exercise else ""
            continue
        named = re.search(r"(?i)latihan\s*0?(\d+)", entry.source)
        if named and f"latihan{int(named.group(1)):02d}" != entry.exercise:
            entry.note = msg("collect.note.misnamed", named=f"latihan{int(named.group(1)):02d}", found=entry.exercise)
        names = [entry.source.split(":")[-1], *reversed(PurePosixPath(entry.source.split(":")[0]).parts)]
        participant, note = recognise_participant(notebook, names, participants)
        entry.note = " ".join(filter(None, [entry.note, note]))
        if participant is None:
            entry.status = Status.UNKNOWN_PARTICIPANT
            continue
        entry.participant = participant
    _choose_newest(entries)
    for entry in entries:
        if entry.status == "" and not _place(folder, entry):
            entry.status, entry.note = Status.OLDER, msg("collect.note.newer_submitted")
        elif entry.status == "":
            entry.status = Status.PLACED
    return Report(entries, _write_report(folder, entries))


def _choose_newest(entries: list[Entry]) -> None:
    """Among copies of one participant's exercise, the newest wins; the others are reported."""
    groups: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        if entry.status == "" and entry.participant:
            groups.setdefault((entry.participant, entry.exercise), []).append(entry)
    for copies in groups.values():
        copies.sort(key=lambda e: (e.modified, e.source))
        for older in copies[:-1]:
            older.status = Status.OLDER
            older.note = msg("collect.note.older_copy", newest=copies[-1].source)


def _write_report(folder: CourseFolder, entries: list[Entry]) -> Path:
    reports = folder.root / "laporan"
    reports.mkdir(exist_ok=True)
    path = reports / f"pengumpulan-{datetime.now():%Y%m%d-%H%M%S}.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel opens it right
        writer = csv.writer(handle)
        writer.writerow(["berkas", "status", "id_peserta", "latihan", "waktu_berkas", "catatan"])
        for e in entries:
            writer.writerow([e.source, e.status, e.participant, e.exercise,
                             e.modified.isoformat(sep=" ", timespec="seconds") if e.modified else "", e.note])
    return path


def render(report: Report) -> str:
    """The Indonesian summary a trainer reads in the terminal."""
    lines = [msg("collect.summary", total=len(report.entries), placed=report.count(Status.PLACED))]
    for entry in report.entries:
        if entry.status != Status.PLACED:
            detail = f" — {entry.note}" if entry.note else ""
            lines.append(f"  {msg('collect.status.' + entry.status)}: {entry.source}{detail}")
    if report.report_file:
        lines.append(msg("collect.report_file", path=report.report_file))
    return "\n".join(lines)
