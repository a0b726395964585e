"""Podcast rundowns and short-video lengths, as pure functions (module 06).

Durations are written the way a rundown sheet writes them: ``"7:30"`` or ``"07:30"``
(minutes:seconds) and ``"1:02:03"`` (hours:minutes:seconds). :func:`parse_time` turns such a
text into seconds and refuses anything else with an Indonesian message that says what to
fix (``"7.30"`` with a dot, ``"7:75"`` with 75 seconds, an empty cell); :func:`format_time`
writes seconds back. A rundown is a list of segments (name, target length, talking points,
and after recording the actual length); :class:`Rundown` keeps it and computes the running
total and the warnings against the plan. ``PLATFORM_LIMITS`` is the one place in the kit
where the dated video-length limits of module 06 live.

The widget ``kimkit.widgets.PenyusunRundown`` is a thin view over this module.
"""

from __future__ import annotations

import csv
import datetime as dt
import numbers
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from kimkit.messages import msg

_TIME = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")
_DOT_TIME = re.compile(r"^\d+[.,]\d{1,2}$")
DEFAULT_TOLERANCE = 60  # seconds an episode may differ from its target (illustrative; change it)


class RundownError(ValueError):
    """A time, a segment or a table the rundown cannot accept; the message says what to fix."""


# --- times -----------------------------------------------------------------------------------

def parse_time(value) -> int:
    """Seconds in ``"7:30"``, ``"07:30"`` or ``"1:02:03"``; a whole number is taken as seconds.

    Raises :class:`RundownError` (Indonesian) for an empty cell, a dot instead of a colon
    (``"7.30"``), seconds or minutes above 59 where they must not be, or any other text.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        raise RundownError(msg("rundown.time_empty"))
    if isinstance(value, bool):
        raise RundownError(msg("rundown.time_invalid", value=value))
    if isinstance(value, numbers.Integral):
        if int(value) < 0:
            raise RundownError(msg("rundown.time_negative", value=value))
        return int(value)
    if isinstance(value, dt.time | dt.datetime | pd.Timestamp):  # Excel read "7:30" as a clock time
        raise RundownError(msg("rundown.time_excel", value=value.strftime("%H:%M:%S")))
    text = str(value).strip()
    if not text:
        raise RundownError(msg("rundown.time_empty"))
    if _DOT_TIME.match(text):
        raise RundownError(msg("rundown.time_dot", value=text, fixed=re.sub(r"[.,]", ":", text)))
    found = _TIME.match(text)
    if not found:
        raise RundownError(msg("rundown.time_invalid", value=text))
    first, second, third = found.groups()
    if third is None:  # minutes:seconds (minutes may exceed 59: "75:00" is 75 minutes)
        minutes, seconds = int(first), int(second)
        if seconds > 59:
            raise RundownError(msg("rundown.time_seconds", value=text, seconds=seconds))
        return minutes * 60 + seconds
    hours, minutes, seconds = int(first), int(second), int(third)
    if minutes > 59:
        raise RundownError(msg("rundown.time_minutes", value=text, minutes=minutes))
    if seconds > 59:
        raise RundownError(msg("rundown.time_seconds", value=text, seconds=seconds))
    return hours * 3600 + minutes * 60 + seconds


def try_parse_time(value) -> tuple[int | None, str]:
    """``(seconds, "")`` for a good time, ``(None, message)`` for a bad one (never raises)."""
    try:
        return parse_time(value), ""
    except RundownError as error:
        return None, str(error)


def format_time(seconds: float) -> str:
    """``450`` → ``"7:30"``, ``3723`` → ``"1:02:03"``, ``-90`` → ``"-1:30"`` (rounded to whole seconds)."""
    if seconds is None or pd.isna(seconds):
        return ""
    total = int(round(float(seconds)))
    sign = "-" if total < 0 else ""
    hours, rest = divmod(abs(total), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def time_problems(table: pd.DataFrame, columns=("target", "aktual")) -> pd.DataFrame:
    """One row per cell of ``columns`` that is not a valid time: ``baris`` (row label), ``kolom``,
    ``nilai`` and ``pesan`` (what to fix). Empty when every time is valid."""
    rows = []
    for column in columns:
        if column not in table.columns:
            raise RundownError(msg("rundown.missing_columns", columns=column))
        for label, value in table[column].items():
            _seconds, problem = try_parse_time(value)
            if problem:
                rows.append({"baris": label, "kolom": column, "nilai": value, "pesan": problem})
    return pd.DataFrame(rows, columns=["baris", "kolom", "nilai", "pesan"])


def seconds_column(values: pd.Series) -> pd.Series:
    """The times of ``values`` in seconds; a bad or empty time becomes missing (``NaN``)."""
    return pd.Series([try_parse_time(v)[0] for v in values], index=values.index, dtype="float")


# --- budgets ---------------------------------------------------------------------------------

def budget_check(table: pd.DataFrame, target: str = "target", actual: str = "aktual") -> pd.DataFrame:
    """``table`` with ``target_detik``, ``aktual_detik``, ``selisih_detik`` (actual − target) and
    ``status`` per segment: ``sesuai``, ``melebihi`` (over its target) or ``waktu tidak valid``
    (a time that could not be read; see :func:`time_problems`). A segment exactly on its
    target is ``sesuai``."""
    missing = [c for c in (target, actual) if c not in table.columns]
    if missing:
        raise RundownError(msg("rundown.missing_columns", columns=", ".join(missing)))
    result = table.copy()
    result["target_detik"] = seconds_column(result[target])
    result["aktual_detik"] = seconds_column(result[actual])
    result["selisih_detik"] = result["aktual_detik"] - result["target_detik"]
    status = pd.Series("sesuai", index=result.index, dtype="object")
    status[result["selisih_detik"] > 0] = "melebihi"
    status[result["selisih_detik"].isna()] = "waktu tidak valid"
    result["status"] = status
    return result


def episode_status(total: int, target: int, tolerance: int = DEFAULT_TOLERANCE) -> str:
    """``"pas"``, ``"lebih"`` (over target + tolerance) or ``"kurang"`` (under target − tolerance)."""
    if total > target + tolerance:
        return "lebih"
    if total < target - tolerance:
        return "kurang"
    return "pas"


def episode_summary(table: pd.DataFrame, episode: str = "id_episode", plan: str = "target_episode",
                    tolerance: int = DEFAULT_TOLERANCE) -> pd.DataFrame:
    """Per episode: planned length, sum of segment targets, sum of actual lengths (empty while a
    time is invalid), segments over their target, bad times, and the status of the recorded
    episode against its plan (``pas``, ``lebih``, ``kurang``; ``belum bisa dihitung`` while a
    time is invalid)."""
    checked = budget_check(table)
    rows = []
    for name, part in checked.groupby(episode, sort=True):
        planned = parse_time(part[plan].iloc[0]) if plan in part.columns else None
        bad = int(part["aktual_detik"].isna().sum() + part["target_detik"].isna().sum())
        actual = int(part["aktual_detik"].sum())
        status = episode_status(actual, planned, tolerance) if planned is not None and not bad else "belum bisa dihitung"
        rows.append({
            episode: name,
            "rencana": format_time(planned) if planned is not None else "",
            "jumlah_target": format_time(part["target_detik"].sum()),
            "jumlah_aktual": format_time(actual) if not part["aktual_detik"].isna().any() else "",
            "segmen_melebihi": int((part["status"] == "melebihi").sum()),
            "waktu_tidak_valid": bad,
            "status": status,
        })
    return pd.DataFrame(rows)


# --- dated platform limits -------------------------------------------------------------------

@dataclass(frozen=True)
class PlatformLimit:
    platform: str
    seconds: int
    since: str       # when the limit took effect (short, Indonesian)
    detail: str      # what exactly was announced, and what came before
    tag: str         # [V] verified, [S] single source, [D] sources disagree, [U] unverified
    sources: str
    note: str = ""


PLATFORM_LIMITS: tuple[PlatformLimit, ...] = (
    PlatformLimit("Instagram Reels", 180, "pertengahan Januari 2025",
                  "diumumkan Adam Mosseri (berita 17–20 Januari 2025); sebelumnya 90 detik",
                  "V", "socialsamosa.com (Januari 2025); mobigyaan.com (20 Januari 2025)",
                  "Instagram menyebut Reels 90 detik atau kurang cenderung berkinerja lebih baik. Kabar "
                  "\"hingga 20 menit per Oktober 2025\" hanya dari blog yang kurang andal: belum terverifikasi, "
                  "periksa di aplikasi."),
    PlatformLimit("TikTok (unggah video)", 600, "Februari 2022",
                  "sebelumnya 3 menit (sejak Juli 2021); masih berlaku per Oktober 2024",
                  "V", "socialbarrel.com (2022); jpost.com (Oktober 2024)"),
    PlatformLimit("YouTube Shorts", 180, "15 Oktober 2024",
                  "untuk video persegi atau vertikal yang diunggah sejak tanggal itu; tidak berlaku surut",
                  "V", "searchenginejournal.com; thehansindia.com (Oktober 2024)"),
)


def platform_limits() -> pd.DataFrame:
    """The dated limits as a table with Indonesian columns (one row per platform)."""
    return pd.DataFrame([{
        "platform": limit.platform,
        "batas": format_time(limit.seconds),
        "batas_detik": limit.seconds,
        "berlaku_sejak": limit.since,
        "keterangan": limit.detail,
        "tanda": f"[{limit.tag}]",
        "sumber": limit.sources,
        "catatan": limit.note,
    } for limit in PLATFORM_LIMITS])


def check_video_length(length) -> pd.DataFrame:
    """For a video of ``length`` (``"2:45"`` or seconds): per platform the limit, whether the whole
    video fits (``muat``) and by how much it is too long (``lebih_detik``, 0 if it fits)."""
    seconds = parse_time(length)
    if seconds == 0:
        raise RundownError(msg("rundown.video_zero"))
    table = platform_limits()[["platform", "batas", "batas_detik", "berlaku_sejak", "tanda"]]
    table.insert(1, "durasi", format_time(seconds))
    table["muat"] = seconds <= table["batas_detik"]
    table["lebih_detik"] = (seconds - table["batas_detik"]).clip(lower=0)
    return table


# --- a rundown being planned -----------------------------------------------------------------

@dataclass
class Segment:
    name: str
    target: int                 # seconds
    points: str = ""            # talking points, one per line or separated by ";"
    actual: int | None = None   # seconds, after recording (optional)


def _name(text) -> str:
    name = " ".join(str(text or "").split())
    if not name:
        raise RundownError(msg("rundown.name_missing"))
    return name


def _target(value) -> int:
    seconds = parse_time(value)
    if seconds <= 0:
        raise RundownError(msg("rundown.target_zero"))
    return seconds


def _actual(value) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_time(value)


@dataclass
class Rundown:
    """An episode plan: title, target length (seconds) and ordered segments."""

    title: str = ""
    target: int = 30 * 60
    segments: list[Segment] = field(default_factory=list)
    tolerance: int = DEFAULT_TOLERANCE

    # editing (every method checks its input and raises RundownError in Indonesian)
    def set_target(self, value) -> None:
        self.target = _target(value)

    def add(self, name, target, points: str = "", actual=None, position: int | None = None) -> Segment:
        segment = Segment(_name(name), _target(target), str(points or "").strip(), _actual(actual))
        if position is None:
            self.segments.append(segment)
        else:
            self.segments.insert(max(0, min(position, len(self.segments))), segment)
        return segment

    def _index(self, index: int) -> int:
        if not isinstance(index, int) or not 0 <= index < len(self.segments):
            raise RundownError(msg("rundown.no_segment", n=len(self.segments)))
        return index

    def edit(self, index: int, name=None, target=None, points=None, actual="keep") -> Segment:
        segment = self.segments[self._index(index)]
        new = Segment(
            _name(name) if name is not None else segment.name,
            _target(target) if target is not None else segment.target,
            str(points).strip() if points is not None else segment.points,
            segment.actual if isinstance(actual, str) and actual == "keep" else _actual(actual),
        )
        self.segments[index] = new
        return new

    def remove(self, index: int) -> Segment:
        return self.segments.pop(self._index(index))

    def move(self, index: int, step: int) -> int:
        """Move a segment ``step`` places (−1 up, +1 down); returns its new position."""
        index = self._index(index)
        new = max(0, min(len(self.segments) - 1, index + step))
        self.segments.insert(new, self.segments.pop(index))
        return new

    # figures
    @property
    def total(self) -> int:
        return sum(s.target for s in self.segments)

    @property
    def actual_total(self) -> int | None:
        """Sum of actual lengths once every segment has one; else None."""
        if not self.segments or any(s.actual is None for s in self.segments):
            return None
        return sum(s.actual for s in self.segments)

    def table(self) -> pd.DataFrame:
        """The rundown sheet: order, segment, target, start and end (running total), talking
        points, actual length and difference (when recorded)."""
        rows, start = [], 0
        for number, segment in enumerate(self.segments, start=1):
            end = start + segment.target
            rows.append({
                "urutan": number, "segmen": segment.name, "target": format_time(segment.target),
                "mulai": format_time(start), "selesai": format_time(end),
                "poin_bicara": segment.points,
                "aktual": format_time(segment.actual) if segment.actual is not None else "",
                "selisih": format_time(segment.actual - segment.target) if segment.actual is not None else "",
            })
            start = end
        return pd.DataFrame(rows, columns=SHEET_COLUMNS)

    def warnings(self) -> list[str]:
        """Indonesian warnings against the plan: episode over/under its target (beyond the
        tolerance) and every segment whose actual length is above its target."""
        found = []
        if not self.segments:
            return [msg("rundown.warn.empty")]
        status = episode_status(self.total, self.target, self.tolerance)
        if status != "pas":
            found.append(msg(f"rundown.warn.plan_{status}", total=format_time(self.total),
                             target=format_time(self.target),
                             diff=format_time(abs(self.total - self.target)), tolerance=format_time(self.tolerance)))
        for number, segment in enumerate(self.segments, start=1):
            if segment.actual is not None and segment.actual > segment.target:
                found.append(msg("rundown.warn.segment_over", n=number, name=segment.name,
                                 actual=format_time(segment.actual), target=format_time(segment.target),
                                 diff=format_time(segment.actual - segment.target)))
        recorded = self.actual_total
        if recorded is not None:
            status = episode_status(recorded, self.target, self.tolerance)
            if status != "pas":
                found.append(msg(f"rundown.warn.recorded_{status}", total=format_time(recorded),
                                 target=format_time(self.target),
                                 diff=format_time(abs(recorded - self.target))))
        return found

    @classmethod
    def from_table(cls, table: pd.DataFrame, title: str = "", target=None) -> Rundown:
        """A rundown from a table with columns ``segmen`` and ``target`` (``poin_bicara`` and
        ``aktual`` optional), e.g. one episode of ``kimkit.data.rundown_podcast()`` or your own
        sheet read with ``pd.read_excel``. Every bad time is reported with its row number."""
        if not isinstance(table, pd.DataFrame):
            raise RundownError(msg("rundown.not_a_table", type=type(table).__name__))
        missing = [c for c in ("segmen", "target") if c not in table.columns]
        if missing:
            raise RundownError(msg("rundown.missing_columns", columns=", ".join(missing)))
        columns = ["target"] + (["aktual"] if "aktual" in table.columns else [])
        work = table.reset_index(drop=True)  # row numbers in messages: data rows of the table as given, from 1
        blank_actual = work["aktual"].isna() | (work["aktual"].astype(str).str.strip() == "") \
            if "aktual" in work.columns else pd.Series(False, index=work.index)
        problems = time_problems(work, columns)
        if "aktual" in work.columns:  # an empty actual length is allowed (not recorded yet)
            problems = problems[~((problems["kolom"] == "aktual") & problems["baris"].map(blank_actual))]
        if len(problems):
            lines = [msg("rundown.table_row", row=int(p.baris) + 1, column=p.kolom, message=p.pesan)
                     for p in problems.head(5).itertuples()]
            raise RundownError(msg("rundown.bad_times_in_table", n=len(problems), lines="\n".join(lines)))
        if "urutan" in work.columns:
            work = work.sort_values("urutan", kind="stable")
        if target is None and "target_episode" in work.columns and len(work):
            target = work["target_episode"].iloc[0]
        rundown = cls(title=title or (str(work["judul_episode"].iloc[0]) if "judul_episode" in work.columns
                                      and len(work) else ""))
        if target is not None:
            rundown.set_target(target)
        for row in work.itertuples(index=False):
            data = row._asdict()
            actual = data.get("aktual")
            rundown.add(data["segmen"], data["target"], data.get("poin_bicara", "") or "",
                        None if actual is None or pd.isna(actual) else actual)
        return rundown


SHEET_COLUMNS = ["urutan", "segmen", "target", "mulai", "selesai", "poin_bicara", "aktual", "selisih"]


# --- your own rundown sheet (import widget) ---------------------------------------------------

def _import_schema():
    from kimkit.importing import Field, Schema

    return Schema(
        name="rundown",
        title="Lembar rundown podcast",
        fields=(
            Field("segmen", "Nama segmen", "text", required=True,
                  synonyms=("segmen", "nama segmen", "susunan acara", "acara", "bagian", "mata acara", "rundown"),
                  example="Pembuka"),
            Field("target", "Durasi target (menit:detik)", "text", required=True,
                  synonyms=("target", "durasi", "durasi target", "target durasi", "waktu", "alokasi waktu"),
                  example="2:00"),
            Field("poin_bicara", "Poin bicara", "text",
                  synonyms=("poin bicara", "poin", "catatan", "materi", "isi", "keterangan", "pertanyaan"),
                  example="sapaan; perkenalan narasumber"),
            Field("aktual", "Durasi aktual (menit:detik)", "text",
                  synonyms=("aktual", "durasi aktual", "realisasi", "durasi rekaman", "hasil rekaman"),
                  example="2:10"),
            Field("urutan", "Urutan", "int", synonyms=("urutan", "no", "nomor", "no urut"), example="1"),
        ),
    )


SKEMA_RUNDOWN = _import_schema()
EXAMPLE_SHEET = "contoh_rundown.csv"  # a synthetic sheet in kimkit/data/files (the import widget's example)


# --- export ----------------------------------------------------------------------------------

def export_filename(title: str, extension: str = "xlsx") -> str:
    """``rundown_<judul>.xlsx`` (letters, digits and ``_`` only)."""
    slug = re.sub(r"[^a-z0-9]+", "_", (title or "episode").lower()).strip("_")[:40] or "episode"
    return f"rundown_{slug}.{extension}"


def _header_lines(rundown: Rundown) -> list[tuple[str, str]]:
    return [
        (msg("rundown.sheet.title"), rundown.title or msg("rundown.untitled")),
        (msg("rundown.sheet.target"), format_time(rundown.target)),
        (msg("rundown.sheet.total"), format_time(rundown.total)),
        (msg("rundown.sheet.made"), date.today().strftime("%d/%m/%Y")),
    ]


def export_xlsx(rundown: Rundown, path: str | Path) -> Path:
    """Write the rundown sheet (header, segment grid with running total, warnings) to Excel."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    target = Path(path).expanduser().resolve()
    book = Workbook()
    sheet = book.active
    sheet.title = msg("rundown.sheet.name")
    for number, (label, value) in enumerate(_header_lines(rundown), start=1):
        sheet.cell(number, 1, label).font = Font(bold=True)
        sheet.cell(number, 2, value)
    first = len(_header_lines(rundown)) + 2
    table = rundown.table()
    headers = [msg(f"rundown.col.{c}") for c in table.columns]
    for column, header in enumerate(headers, start=1):
        sheet.cell(first, column, header).font = Font(bold=True)
    for offset, row in enumerate(table.itertuples(index=False), start=1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(first + offset, column, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes = first + len(table) + 2
    sheet.cell(notes, 1, msg("rundown.sheet.warnings")).font = Font(bold=True)
    for offset, line in enumerate(rundown.warnings() or [msg("rundown.warn.none")], start=1):
        sheet.cell(notes + offset, 1, line)
    for letter, width in zip("ABCDEFGH", (18, 26, 9, 9, 9, 50, 9, 9)):
        sheet.column_dimensions[letter].width = width
    book.save(target)
    return target


def export_csv(rundown: Rundown, path: str | Path) -> Path:
    """Write the segment grid (Indonesian headers, ``;`` separated for Excel in Indonesia) to CSV."""
    target = Path(path).expanduser().resolve()
    table = rundown.table().rename(columns=lambda c: msg(f"rundown.col.{c}"))
    table.to_csv(target, index=False, sep=";", encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL)
    return target
