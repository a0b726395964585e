"""Shared calendars of several kab/kota (module 10) as pure functions; module 11 uses them too.

A *calendar* here is a content calendar in the canonical form of
:func:`kimkit.content_calendar.prepare` (one row per planned post; columns ``kabkota``,
``tanggal``, ``jam``, ``platform``, ``pilar``, ``tema`` …). Nothing here draws on screen:
``kimkit.widgets.PenggabungKalender`` is a thin view over these functions.

Definitions (the same in the module 10 notebook, its exercise and the widget):

- a **shared slot** (slot bersama) is one platform, one date and one clock hour, *whoever*
  posts: posts of Berau and Samarinda on Instagram on 12 November 2025 at 19:00 and 19:40
  share the slot (Instagram, 2025-11-12, 19). Key: :data:`SHARED_SLOT`;
- a **clash between kab/kota** (bentrok antardaerah) is a shared slot in which **two or more
  different kab/kota** plan a post. Two posts of the *same* kab/kota in one slot are the clash
  of module 04 (:func:`kimkit.content_calendar.clash_slots`), not counted here;
- a **joint-post opportunity** (peluang posting bersama) is a date and a theme (``tema``) that
  two or more different kab/kota plan (on any platform, at any hour). Themes are compared with
  spaces folded and case ignored; posts without a theme are left out;
- a **shared moment** is a date every kab/kota can post about (e.g. a national day set by a
  Keppres); the notebook gives the dates with their sources, this module only looks them up;
- weeks start on Monday (ISO weeks), as in module 04.

Stable public functions (documented, used by module 11): :func:`merge_calendars`,
:func:`split_by_region`, :func:`load_calendar_file`, :func:`find_clashes`,
:func:`clashing_posts`, :func:`find_joint_opportunities`, :func:`moment_posts`,
:func:`posts_per_region_week`, :func:`credit_line`, :func:`export_csv`, :func:`export_xlsx`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from kimkit import content_calendar as calendar
from kimkit import files, importing
from kimkit.formatting import bulan_id
from kimkit.messages import MESSAGES, msg

SHARED_SLOT = ("platform", "tanggal", "jam_ke")
THEME_DAY = ("tanggal", "tema_kunci")
SOURCE_COLUMN = "sumber"
DUPLICATE_KEY = ("kabkota", "tanggal", "jam", "platform", "format", "pilar", "tema", "caption")


class CollaborationError(ValueError):
    """A calendar or a file that cannot be merged; the message says what to fix (Indonesian)."""


# --- merging ------------------------------------------------------------------------------

def split_by_region(cal: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """One calendar per kab/kota (sorted by name), e.g. the kit's ``kalender_konten`` as five calendars."""
    prepared = calendar.prepare(cal)
    return {region: part.reset_index(drop=True) for region, part in prepared.groupby("kabkota", sort=True)}


def _named(frames) -> list[tuple[str, pd.DataFrame]]:
    if isinstance(frames, pd.DataFrame):
        return [("kalender 1", frames)]
    if isinstance(frames, Mapping):
        return [(str(name), frame) for name, frame in frames.items()]
    if isinstance(frames, Sequence) and not isinstance(frames, str):
        return [(f"kalender {number}", frame) for number, frame in enumerate(frames, start=1)]
    raise CollaborationError(msg("calendar.not_a_table", type=type(frames).__name__))


def merge_calendars(frames) -> pd.DataFrame:
    """One shared calendar from several calendars (``pd.concat`` with checks).

    ``frames``: a list of calendars, or a dict *name → calendar* (the name goes into the column
    ``sumber``; in a list it is ``kalender 1``, ``kalender 2`` …). Each calendar is checked with
    :func:`kimkit.content_calendar.prepare`; a bad one raises :class:`CollaborationError` naming
    it. The same post given twice (same kab/kota, date, time, platform, format, pillar, theme and
    caption) is kept once. When two calendars use the same ``id_rencana`` (two planner exports
    both start at ``RENCANA-0001``), the kab/kota code is put in front of the repeated ids
    (``64.03/RENCANA-0001``) so that every post keeps its own id. Sorted by date, time, kab/kota
    and platform; a fresh index.
    """
    named = _named(frames)
    if not named:
        raise CollaborationError(msg("collaboration.no_calendars"))
    parts = []
    for name, frame in named:
        try:
            part = calendar.prepare(frame)
        except calendar.CalendarError as error:
            raise CollaborationError(msg("collaboration.not_a_calendar", name=name, error=error)) from None
        part[SOURCE_COLUMN] = name
        parts.append(part)
    merged = pd.concat(parts, ignore_index=True)
    merged = merged.drop_duplicates(list(DUPLICATE_KEY), keep="first")
    sources_per_id = merged.groupby("id_rencana")[SOURCE_COLUMN].transform("nunique")
    repeated = sources_per_id > 1
    if repeated.any():
        prefix = merged.loc[repeated, "kode_kabkota"].where(merged.loc[repeated, "kode_kabkota"] != "",
                                                             merged.loc[repeated, "kabkota"])
        merged.loc[repeated, "id_rencana"] = prefix + "/" + merged.loc[repeated, "id_rencana"]
    merged = merged.sort_values(["tanggal", "jam", "kabkota", "platform"], kind="stable")
    return merged.reset_index(drop=True)


def load_calendar_file(source, name: str | None = None) -> pd.DataFrame:
    """A calendar read from an ``.xlsx`` or ``.csv`` file (a path, or upload bytes with ``name``).

    The columns are recognised as the kit's import does (``kimkit.importing.SKEMA_KALENDER``),
    so a file exported by the planner of module 04 (headers "Kab/kota", "Tanggal terbit",
    "Jam (WITA)" …) loads unchanged. Raises :class:`CollaborationError` (Indonesian) when the
    file is unreadable, lacks a required column, or has empty or unreadable dates or times.
    """
    label = name or (Path(source).name if isinstance(source, (str, Path)) else "berkas")
    try:
        table, _sheet = importing.read_table(source, name=name)
    except importing.TableError as error:
        raise CollaborationError(msg("collaboration.file_unreadable", name=label, error=error)) from None
    schema = importing.SKEMA_KALENDER
    mapping = importing.suggest_mapping(table.columns, schema)
    missing = [f.label for f in schema.fields if f.required and not mapping.get(f.name)]
    if missing:
        raise CollaborationError(msg("collaboration.file_columns", name=label, fields=", ".join(missing)))
    result, problems = importing.import_table(table, mapping, schema)
    if result is None:
        errors = "; ".join(str(p) for p in problems if p.is_error)
        raise CollaborationError(msg("collaboration.file_rejected", name=label, problems=errors))
    try:
        return calendar.prepare(result)
    except calendar.CalendarError as error:
        warnings = "; ".join(str(p) for p in problems)  # these carry the row numbers as in Excel
        if warnings:
            raise CollaborationError(msg("collaboration.file_rejected", name=label, problems=warnings)) from None
        raise CollaborationError(msg("collaboration.not_a_calendar", name=label, error=error)) from None


# --- clashes and opportunities --------------------------------------------------------------

def _with_keys(cal: pd.DataFrame) -> pd.DataFrame:
    out = calendar.with_slot(cal)
    out["tema_kunci"] = out["tema"].fillna("").astype(str).map(lambda t: " ".join(t.split()).casefold())
    return out


def _joined(values) -> str:
    return ", ".join(sorted(set(values)))


def find_clashes(cal: pd.DataFrame) -> pd.DataFrame:
    """One row per clash between kab/kota: a shared slot (platform, date, hour) with ≥ 2 kab/kota.

    Columns: ``tanggal``, ``jam_ke`` (``"19"`` = 19.00–19.59), ``platform``, ``jumlah_kabkota``,
    ``kabkota`` (the names, comma-separated) and ``id_rencana`` (the posts). Sorted by date, hour
    and platform; empty (with these columns) when there is no clash.
    """
    columns = ["tanggal", "jam_ke", "platform", "jumlah_kabkota", "kabkota", "id_rencana"]
    if cal.empty:
        return pd.DataFrame(columns=columns)
    keyed = _with_keys(cal)
    grouped = keyed.groupby(list(SHARED_SLOT), sort=False).agg(
        jumlah_kabkota=("kabkota", "nunique"), kabkota=("kabkota", _joined),
        id_rencana=("id_rencana", lambda ids: ", ".join(ids))).reset_index()
    clashes = grouped[grouped["jumlah_kabkota"] >= 2]
    clashes = clashes.sort_values(["tanggal", "jam_ke", "platform"], kind="stable")
    return clashes[columns].reset_index(drop=True)


def clashing_posts(cal: pd.DataFrame) -> pd.DataFrame:
    """Every post that is part of a clash between kab/kota (see :func:`find_clashes`)."""
    if cal.empty:
        return cal.copy()
    keyed = _with_keys(cal)
    regions = keyed.groupby(list(SHARED_SLOT))["kabkota"].transform("nunique")
    posts = keyed[regions >= 2].sort_values([*SHARED_SLOT, "jam", "kabkota"], kind="stable")
    return posts.drop(columns=["jam_ke", "tema_kunci"])


def find_joint_opportunities(cal: pd.DataFrame, min_regions: int = 2) -> pd.DataFrame:
    """One row per joint-post opportunity: a date and theme planned by ≥ ``min_regions`` kab/kota.

    Columns: ``tanggal``, ``tema`` (as first written), ``jumlah_kabkota``, ``kabkota`` and
    ``platform`` (comma-separated names) and ``id_rencana``. Sorted by date, then by the number
    of kab/kota (most first), then theme.
    """
    if isinstance(min_regions, bool) or not isinstance(min_regions, int) or min_regions < 2:
        raise CollaborationError(msg("collaboration.bad_min_regions", value=min_regions))
    columns = ["tanggal", "tema", "jumlah_kabkota", "kabkota", "platform", "id_rencana"]
    if cal.empty:
        return pd.DataFrame(columns=columns)
    keyed = _with_keys(cal)
    keyed = keyed[keyed["tema_kunci"] != ""]
    grouped = keyed.groupby(list(THEME_DAY), sort=False).agg(
        tema=("tema", "first"), jumlah_kabkota=("kabkota", "nunique"), kabkota=("kabkota", _joined),
        platform=("platform", _joined), id_rencana=("id_rencana", lambda ids: ", ".join(ids))).reset_index()
    chances = grouped[grouped["jumlah_kabkota"] >= min_regions]
    chances = chances.sort_values(["tanggal", "jumlah_kabkota", "tema_kunci"], ascending=[True, False, True],
                                  kind="stable")
    return chances[columns].reset_index(drop=True)


def moment_posts(cal: pd.DataFrame, moments: Mapping) -> pd.DataFrame:
    """For each shared moment (``{date: name}``), what the calendar already plans that day.

    Columns: ``tanggal``, ``momen``, ``jumlah_posting``, ``jumlah_kabkota``, ``kabkota`` (who
    posts that day) and ``tema`` (the themes planned). A moment without posts has 0 and empty
    texts: every kab/kota is still free to join a campaign on it.
    """
    rows = []
    for day, name in moments.items():
        when = calendar.parse_date(day)
        posts = cal[cal["tanggal"] == when] if not cal.empty else cal
        rows.append({"tanggal": when, "momen": str(name), "jumlah_posting": len(posts),
                     "jumlah_kabkota": posts["kabkota"].nunique() if len(posts) else 0,
                     "kabkota": _joined(posts["kabkota"]) if len(posts) else "",
                     "tema": _joined(posts["tema"]) if len(posts) else ""})
    table = pd.DataFrame(rows, columns=["tanggal", "momen", "jumlah_posting", "jumlah_kabkota", "kabkota", "tema"])
    return table.sort_values("tanggal", kind="stable").reset_index(drop=True)


def posts_per_region_week(cal: pd.DataFrame) -> pd.DataFrame:
    """Posts per kab/kota (rows) per week (columns, Monday–Sunday, labelled in Indonesian)."""
    if cal.empty:
        return pd.DataFrame()
    counted = cal.assign(pekan=calendar.week_start(cal["tanggal"]))
    table = counted.pivot_table(index="kabkota", columns="pekan", values="id_rencana", aggfunc="count", fill_value=0)
    table.columns = [calendar.week_label(monday) for monday in table.columns]
    table.index.name = "kabkota"
    return table.astype(int)


# --- credit when content is exchanged --------------------------------------------------------

def credit_line(source: str, platform: str, tanggal, adapted: bool = False) -> str:
    """A credit line for content taken from another office (an illustrative format, not a rule).

    ``credit_line("Diskominfo Kabupaten Berau", "Instagram", "2025-11-17")`` →
    ``"Sumber: Diskominfo Kabupaten Berau (Instagram, 17 November 2025)"``; with
    ``adapted=True`` the line starts "Diadaptasi dari:" for content that was changed.
    """
    day = calendar.parse_date(tanggal)
    if day is None:
        raise calendar.CalendarError(msg("calendar.date_missing"))
    date_text = f"{day.day} {bulan_id(day)} {day.year}"
    key = "collaboration.credit_adapted" if adapted else "collaboration.credit"
    return msg(key, source=" ".join(str(source).split()), platform=" ".join(str(platform).split()), date=date_text)


# --- export ---------------------------------------------------------------------------------

def _headers(frame: pd.DataFrame) -> pd.DataFrame:
    names = {}
    for column in frame.columns:
        for key in (f"collaboration.col.{column}", f"calendar.col.{column}"):
            if key in MESSAGES:
                names[column] = MESSAGES[key]
                break
    return frame.rename(columns=names)


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    if "tanggal" in out and not out.empty:
        out["tanggal"] = pd.to_datetime(out["tanggal"]).dt.strftime("%Y-%m-%d")
    if "jam_ke" in out and not out.empty:
        out["jam_ke"] = out["jam_ke"].astype(str) + ".00"
    return out


def for_export(cal: pd.DataFrame) -> pd.DataFrame:
    """The shared calendar as the files hold it: the planner's columns and headers, plus its source."""
    out = calendar.for_export(cal)
    if SOURCE_COLUMN in cal.columns:
        ordered = cal.sort_values(["tanggal", "jam", "kabkota", "platform"], kind="stable")
        out[msg("collaboration.col.sumber")] = ordered[SOURCE_COLUMN].to_numpy()
    return out


def export_filename(cal: pd.DataFrame, suffix: str = ".xlsx") -> str:
    """``kalender_bersama_2025-11.xlsx`` (the month of the first post) or ``kalender_bersama.xlsx``."""
    if cal.empty or cal["tanggal"].isna().all():
        return f"kalender_bersama{suffix}"
    return f"kalender_bersama_{cal['tanggal'].min():%Y-%m}{suffix}"


def export_csv(cal: pd.DataFrame, path: str | Path) -> Path:
    """Write the shared calendar as CSV (``;`` separator, as the planner does); returns the path.

    The file loads again in the planner, the merger and ``ImporKalender`` unchanged.
    """
    target = Path(path).expanduser().resolve()
    for_export(cal).to_csv(target, index=False, sep=";", encoding="utf-8-sig", lineterminator="\n")
    return target


def export_xlsx(cal: pd.DataFrame, path: str | Path, moments: Mapping | None = None) -> Path:
    """Write the shared calendar and its checks to an Excel file; returns the absolute path.

    Sheets: *Kalender bersama* (the posts, first: it loads again as a calendar), *Bentrok
    antardaerah*, *Peluang posting bersama*, *Per kabkota per pekan*, and *Momen bersama* when
    ``moments`` is given.
    """
    sheets = {
        msg("collaboration.sheet.calendar"): for_export(cal),
        msg("collaboration.sheet.clashes"): _headers(_dated(find_clashes(cal))),
        msg("collaboration.sheet.joint"): _headers(_dated(find_joint_opportunities(cal))),
    }
    weekly = posts_per_region_week(cal)
    sheets[msg("collaboration.sheet.weekly")] = _headers(weekly.reset_index()) if not weekly.empty else pd.DataFrame()
    if moments:
        sheets[msg("collaboration.sheet.moments")] = _headers(_dated(moment_posts(cal, moments)))
    return files.write_xlsx(path, sheets)
