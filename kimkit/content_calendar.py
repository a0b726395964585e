"""Content calendars as pure functions (module 04 planner; module 10 merges calendars).

A calendar is a DataFrame with one row per planned post and at least the columns of
``REQUIRED``; ``prepare`` turns the kit's ``kimkit.data.kalender_konten()``, a table from the
import widget (``kimkit.importing.SKEMA_KALENDER``) or a table typed by hand into the
canonical form (columns ``COLUMNS``): ``tanggal`` a date (datetime64, no time), ``jam`` a
text ``"HH:MM"`` (WITA), ``caption`` and ``tema`` text (empty when missing), ``batas_tinjau``
a date or empty. Nothing here draws on screen: ``kimkit.widgets.PerencanaKalender`` is a thin
view over these functions.

Definitions used throughout (the same as in module 04):

- an *account* is one kab/kota on one platform (``ACCOUNT`` = ``kabkota`` + ``platform``), so
  calendars of several kab/kota can be stacked and checked together;
- a *slot* is one clock hour of one day for one account: posts at 19:00 and 19:45 on the same
  day, same kab/kota, same platform are in the same slot (``SLOT``); a **clash** (bentrok) is a
  slot with two or more posts;
- *pillar shares* are percentages of the posts of an account group (by default per kab/kota)
  in each pillar (informasi, emosi, promosi); a share is *off target* when it differs from the
  target by more than ``tolerance`` percentage points (default 10);
- weeks start on Monday (ISO weeks) and are labelled in Indonesian, e.g. ``3–9 November 2025``
  (the kit says *pekan*: in Indonesian *Minggu* also means Sunday);
- a *review-deadline problem* is a post whose ``batas_tinjau`` falls **after** its publication
  date (the same day is allowed);
- a *missing caption* is an empty ``caption`` (not even a draft).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from kimkit import files, formatting
from kimkit.formatting import bulan_id
from kimkit.messages import msg

PLATFORMS = ("Instagram", "TikTok", "Facebook", "YouTube", "WhatsApp", "Podcast")
FORMATS = {
    "Instagram": ("foto", "carousel", "reels", "story"),
    "TikTok": ("video pendek",),
    "Facebook": ("foto", "video", "tautan"),
    "YouTube": ("video", "shorts"),
    "WhatsApp": ("pesan teks", "poster"),
    "Podcast": ("episode",),
}
PILLARS = ("informasi", "emosi", "promosi")
TARGET = {"informasi": 70, "emosi": 20, "promosi": 10}  # practitioner heuristic (module 04), not a rule
TOLERANCE = 10  # percentage points
STATUS = ("rencana", "draf", "ditinjau", "terjadwal", "terbit")
ACCOUNT = ("kabkota", "platform")
SLOT = ("kabkota", "platform", "tanggal", "jam_ke")
REQUIRED = ("kabkota", "tanggal", "jam", "platform", "pilar")
COLUMNS = ("id_rencana", "kode_kabkota", "kabkota", "tanggal", "jam", "platform", "format", "pilar",
           "tema", "caption", "batas_tinjau", "status")
NEW_ID_PREFIX = "RENCANA-"
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?:[:.]\d{2})?$")


class CalendarError(ValueError):
    """A post or a table the calendar cannot accept; the message says what to fix (Indonesian)."""


# --- values ----------------------------------------------------------------------------

def parse_date(value) -> pd.Timestamp | None:
    """A date as :func:`kimkit.formatting.parse_date` reads it; None if empty; CalendarError if unreadable."""
    try:
        return formatting.parse_date(value)
    except ValueError as error:
        raise CalendarError(msg("calendar.bad_date", value=error)) from None


def parse_time(value) -> str:
    """``"19:00"`` from ``19:00``, ``19.00``, ``19:00:00``, ``7:5``… or ``19``; CalendarError otherwise."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        raise CalendarError(msg("calendar.time_missing"))
    if hasattr(value, "hour") and hasattr(value, "minute"):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = str(value).strip()
    if re.fullmatch(r"\d{1,4}[-/]\d{1,2}[-/]\d{1,4}[ T]\S+", text):  # "2025-11-03 19:00:00", a date-and-time cell
        text = re.split(r"[ T]", text)[-1]
    match = _TIME.match(text)
    if not text:
        raise CalendarError(msg("calendar.time_missing"))
    if not match:
        raise CalendarError(msg("calendar.bad_time", value=text))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise CalendarError(msg("calendar.bad_time", value=text))
    return f"{hour:02d}:{minute:02d}"


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(str(value).split())


# --- the calendar -----------------------------------------------------------------------

def empty() -> pd.DataFrame:
    """A calendar without posts, in the canonical form."""
    frame = pd.DataFrame({column: pd.Series(dtype="object") for column in COLUMNS})
    frame["tanggal"] = pd.Series(dtype="datetime64[ns]")
    frame["batas_tinjau"] = pd.Series(dtype="datetime64[ns]")
    return frame


def prepare(table: pd.DataFrame) -> pd.DataFrame:
    """A checked copy of ``table`` in the canonical form (see the module docstring).

    Text dates may be written 03/11/2025 or 2025-11-03, times 19:00 or 19.00. Missing
    optional columns are added empty; posts without an id get ``RENCANA-0001``, … .
    """
    if not isinstance(table, pd.DataFrame):
        raise CalendarError(msg("calendar.not_a_table", type=type(table).__name__))
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise CalendarError(msg("calendar.missing_columns", columns=", ".join(missing),
                                required=", ".join(REQUIRED)))
    cal = table.copy().reset_index(drop=True)
    for column in ("tanggal", "batas_tinjau"):
        if column not in cal.columns:
            cal[column] = pd.NaT
        values, bad = [], []
        for number, value in enumerate(cal[column]):
            try:
                values.append(parse_date(None if _is_empty(value) else value))
            except CalendarError:
                values.append(None)
                bad.append(number + 1)
        if column == "tanggal":
            bad += [n + 1 for n, v in enumerate(values) if v is None and n + 1 not in bad]
        if bad:
            raise CalendarError(msg("calendar.bad_dates_in_table", column=column, n=len(bad),
                                    rows=", ".join(map(str, sorted(bad)[:5]))))
        cal[column] = pd.to_datetime(pd.Series(values, index=cal.index, dtype="object")).astype("datetime64[ns]")
    times, bad = [], []
    for number, value in enumerate(cal["jam"]):
        try:
            times.append(parse_time(value))
        except CalendarError:
            times.append("")
            bad.append(number + 1)
    if bad:
        raise CalendarError(msg("calendar.bad_times_in_table", n=len(bad), rows=", ".join(map(str, bad[:5]))))
    cal["jam"] = times
    for column in COLUMNS:
        if column not in cal.columns:
            cal[column] = ""
        elif column not in ("tanggal", "batas_tinjau", "jam"):
            cal[column] = cal[column].map(_text).astype("object")
    empty_required = [c for c in ("kabkota", "platform", "pilar") if (cal[c] == "").any()]
    if empty_required:
        column = empty_required[0]
        rows = [str(i + 1) for i in cal.index[cal[column] == ""][:5]]
        raise CalendarError(msg("calendar.empty_in_table", column=column, rows=", ".join(rows)))
    cal["pilar"] = cal["pilar"].str.lower()
    unknown = ~cal["pilar"].isin(PILLARS)
    if unknown.any():
        rows = [str(i + 1) for i in cal.index[unknown][:5]]
        raise CalendarError(msg("calendar.unknown_pillar_in_table", value=cal.loc[unknown, "pilar"].iloc[0],
                                rows=", ".join(rows), options=", ".join(PILLARS)))
    no_id = cal["id_rencana"] == ""
    if no_id.any():
        ids = []
        for _ in range(int(no_id.sum())):
            ids.append(next_id(pd.DataFrame({"id_rencana": list(cal.loc[~no_id, "id_rencana"]) + ids})))
        cal.loc[no_id, "id_rencana"] = ids
    repeated = cal["id_rencana"].duplicated(keep=False)
    if repeated.any():
        raise CalendarError(msg("calendar.duplicate_ids", ids=", ".join(sorted(set(cal.loc[repeated, "id_rencana"]))[:5])))
    extra = [c for c in cal.columns if c not in COLUMNS]
    return cal[list(COLUMNS) + extra]


def _is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def next_id(cal: pd.DataFrame) -> str:
    """The next free id for a new post: RENCANA-0001, RENCANA-0002, …"""
    taken = cal["id_rencana"].astype(str)
    numbers = pd.to_numeric(taken[taken.str.startswith(NEW_ID_PREFIX)].str[len(NEW_ID_PREFIX):], errors="coerce")
    numbers = numbers.dropna()
    return f"{NEW_ID_PREFIX}{int(numbers.max()) + 1 if len(numbers) else 1:04d}"


def _post(tanggal, jam, kabkota, platform, pilar, format, tema, caption, batas_tinjau, status) -> dict:
    day = parse_date(tanggal)
    if day is None:
        raise CalendarError(msg("calendar.date_missing"))
    clock = parse_time(jam)
    for name, value in (("kabkota", kabkota), ("platform", platform)):
        if not _text(value):
            raise CalendarError(msg("calendar.field_missing", field=msg(f"calendar.col.{name}")))
    pillar = _text(pilar).lower()
    if pillar not in PILLARS:
        raise CalendarError(msg("calendar.unknown_value", field=msg("calendar.col.pilar"), value=_text(pilar),
                                options=", ".join(PILLARS)))
    state = _text(status) or STATUS[0]
    if state not in STATUS:
        raise CalendarError(msg("calendar.unknown_value", field=msg("calendar.col.status"), value=state,
                                options=", ".join(STATUS)))
    return {"tanggal": day, "jam": clock, "kabkota": _text(kabkota), "platform": _text(platform),
            "pilar": pillar, "format": _text(format), "tema": _text(tema), "caption": _text(caption),
            "batas_tinjau": parse_date(batas_tinjau) or pd.NaT, "status": state}


def add_post(cal: pd.DataFrame, *, tanggal, jam, kabkota: str, platform: str, pilar: str, format: str = "",
             tema: str = "", caption: str = "", batas_tinjau=None, status: str = "rencana",
             kode_kabkota: str = "") -> pd.DataFrame:
    """``cal`` with one new post appended (a new table; ``cal`` is not changed)."""
    row = {column: "" for column in cal.columns}
    row.update(_post(tanggal, jam, kabkota, platform, pilar, format, tema, caption, batas_tinjau, status))
    row["id_rencana"] = next_id(cal)
    row["kode_kabkota"] = kode_kabkota
    new = pd.DataFrame([row], columns=cal.columns)
    for column in ("tanggal", "batas_tinjau"):
        new[column] = pd.to_datetime(new[column]).astype("datetime64[ns]")
    if cal.empty:
        return new.reset_index(drop=True)
    return pd.concat([cal, new], ignore_index=True)


def _index_of(cal: pd.DataFrame, id_rencana: str) -> int:
    matches = cal.index[cal["id_rencana"].astype(str) == str(id_rencana)]
    if len(matches) == 0:
        raise CalendarError(msg("calendar.unknown_id", id=id_rencana))
    return matches[0]


def update_post(cal: pd.DataFrame, id_rencana: str, **fields) -> pd.DataFrame:
    """``cal`` with the post ``id_rencana`` changed (the given fields only; a new table)."""
    index = _index_of(cal, id_rencana)
    current = cal.loc[index]
    values = {name: current[name] for name in ("tanggal", "jam", "kabkota", "platform", "pilar", "format",
                                                "tema", "caption", "batas_tinjau", "status")}
    values["batas_tinjau"] = None if pd.isna(values["batas_tinjau"]) else values["batas_tinjau"]
    unknown = set(fields) - set(values) - {"kode_kabkota"}
    if unknown:
        raise CalendarError(msg("calendar.unknown_field", fields=", ".join(sorted(unknown))))
    values.update({k: v for k, v in fields.items() if k != "kode_kabkota"})
    row = _post(**values)
    updated = cal.copy()
    for name, value in row.items():
        updated.at[index, name] = value
    if "kode_kabkota" in fields:
        updated.at[index, "kode_kabkota"] = fields["kode_kabkota"]
    return updated


def remove_post(cal: pd.DataFrame, id_rencana: str) -> pd.DataFrame:
    """``cal`` without the post ``id_rencana`` (a new table)."""
    index = _index_of(cal, id_rencana)
    return cal.drop(index=index).reset_index(drop=True)


# --- checks -------------------------------------------------------------------------------

def with_slot(cal: pd.DataFrame) -> pd.DataFrame:
    """A copy with the column ``jam_ke`` (the clock hour, ``"19"`` for 19:00–19:59)."""
    out = cal.copy()
    out["jam_ke"] = out["jam"].astype(str).str[:2]
    return out


def clashing_posts(cal: pd.DataFrame) -> pd.DataFrame:
    """Every post that shares its slot with another post of the same account, sorted by slot."""
    slotted = with_slot(cal)
    clash = slotted.duplicated(list(SLOT), keep=False)
    return slotted[clash].sort_values([*SLOT, "jam"], kind="stable").drop(columns="jam_ke")


def clash_slots(cal: pd.DataFrame) -> pd.DataFrame:
    """One row per clashing slot: kab/kota, platform, date, hour, number of posts and their ids."""
    posts = with_slot(clashing_posts(cal))
    columns = [*SLOT, "jumlah", "id_rencana"]
    if posts.empty:
        return pd.DataFrame(columns=columns)
    grouped = posts.groupby(list(SLOT), sort=True).agg(
        jumlah=("id_rencana", "size"), id_rencana=("id_rencana", ", ".join)).reset_index()
    return grouped[columns]


def check_target(target: Mapping[str, float]) -> dict[str, float]:
    """The target shares per pillar as numbers; CalendarError unless all three are given, ≥ 0, summing to 100."""
    try:
        values = {pillar: float(target[pillar]) for pillar in PILLARS}
    except (KeyError, TypeError, ValueError):
        raise CalendarError(msg("calendar.target_incomplete", pillars=", ".join(PILLARS))) from None
    if any(v < 0 for v in values.values()):
        raise CalendarError(msg("calendar.target_negative"))
    total = sum(values.values())
    if abs(total - 100) > 1e-9:
        raise CalendarError(msg("calendar.target_sum", total=f"{total:g}"))
    return values


def pillar_shares(cal: pd.DataFrame, by: str | list[str] = "kabkota") -> pd.DataFrame:
    """Percent of posts in each pillar per group of ``by`` (rows) — columns informasi, emosi, promosi."""
    by = [by] if isinstance(by, str) else list(by)
    if cal.empty:
        return pd.DataFrame(columns=list(PILLARS))
    counts = pd.crosstab([cal[c] for c in by], cal["pilar"])
    counts = counts.reindex(columns=list(PILLARS), fill_value=0)
    return counts.div(counts.sum(axis=1), axis=0) * 100


def pillar_check(cal: pd.DataFrame, target: Mapping[str, float] | None = None, tolerance: float = TOLERANCE,
                 by: str | list[str] = "kabkota") -> pd.DataFrame:
    """Pillar shares against ``target`` (default 70:20:10): one row per group and pillar.

    Columns: the groups, ``pilar``, ``jumlah`` (posts), ``persen`` (1 decimal), ``target``,
    ``selisih`` (persen − target, 1 decimal) and ``sesuai`` (|selisih| ≤ tolerance).
    """
    goal = check_target(TARGET if target is None else target)
    by = [by] if isinstance(by, str) else list(by)
    columns = [*by, "pilar", "jumlah", "persen", "target", "selisih", "sesuai"]
    if cal.empty:
        return pd.DataFrame(columns=columns)
    counts = pd.crosstab([cal[c] for c in by], cal["pilar"]).reindex(columns=list(PILLARS), fill_value=0)
    long = counts.stack().rename("jumlah").reset_index()
    totals = long.groupby(by)["jumlah"].transform("sum")
    long["persen"] = (long["jumlah"] / totals * 100).round(1)
    long["target"] = long["pilar"].map(goal)
    long["selisih"] = (long["persen"] - long["target"]).round(1)
    long["sesuai"] = long["selisih"].abs() <= tolerance
    long["jumlah"] = long["jumlah"].astype(int)
    return long[columns]


def off_target_groups(cal: pd.DataFrame, target: Mapping[str, float] | None = None, tolerance: float = TOLERANCE,
                      by: str = "kabkota") -> list[str]:
    """The groups (kab/kota by default) with at least one pillar share off target, sorted."""
    check = pillar_check(cal, target, tolerance, by)
    return sorted(set(check.loc[~check["sesuai"].astype(bool), by]))


def week_start(dates: pd.Series) -> pd.Series:
    """The Monday of each date's week (ISO weeks start on Monday)."""
    return dates.dt.to_period("W").dt.start_time


def week_label(monday) -> str:
    """``3–9 November 2025`` or ``27 Oktober–2 November 2025`` for the week starting ``monday``."""
    start = pd.Timestamp(monday).normalize()
    end = start + pd.Timedelta(days=6)
    if start.year != end.year:
        return f"{start.day} {bulan_id(start)} {start.year}–{end.day} {bulan_id(end)} {end.year}"
    if start.month != end.month:
        return f"{start.day} {bulan_id(start)}–{end.day} {bulan_id(end)} {end.year}"
    return f"{start.day}–{end.day} {bulan_id(end)} {end.year}"


def posts_per_week(cal: pd.DataFrame, kabkota: str | None = None) -> pd.DataFrame:
    """Posts per platform (columns) per week (rows, labelled in Indonesian, in calendar order)."""
    rows = cal if not kabkota else cal[cal["kabkota"] == kabkota]
    if rows.empty:
        return pd.DataFrame()
    monday = week_start(rows["tanggal"])
    table = pd.crosstab(monday, rows["platform"])
    table.index = [msg("calendar.week", label=week_label(m)) for m in table.index]
    table.index.name = "pekan"
    table.columns.name = None
    return table


def review_problems(cal: pd.DataFrame) -> pd.DataFrame:
    """Posts whose review deadline (``batas_tinjau``) falls after their publication date."""
    late = cal["batas_tinjau"].notna() & (cal["batas_tinjau"] > cal["tanggal"])
    return cal[late]


def missing_captions(cal: pd.DataFrame) -> pd.DataFrame:
    """Posts without a caption (not even a draft)."""
    return cal[cal["caption"].astype(str).str.strip() == ""]


def validation_summary(cal: pd.DataFrame, target: Mapping[str, float] | None = None,
                       tolerance: float = TOLERANCE) -> pd.DataFrame:
    """One row per check: ``pemeriksaan``, ``jumlah`` (problems found) and ``contoh`` (up to three ids,
    or the kab/kota off target)."""
    goal = check_target(TARGET if target is None else target)
    slots = clash_slots(cal)
    off = off_target_groups(cal, goal, tolerance) if not cal.empty else []
    late = review_problems(cal)
    no_caption = missing_captions(cal)
    target_text = ":".join(f"{goal[p]:g}" for p in PILLARS)
    rows = [
        (msg("calendar.check.clashes"), len(slots), ", ".join(clashing_posts(cal)["id_rencana"].head(3))),
        (msg("calendar.check.pillars", target=target_text, tolerance=f"{tolerance:g}"), len(off), ", ".join(off)),
        (msg("calendar.check.review"), len(late), ", ".join(late["id_rencana"].head(3))),
        (msg("calendar.check.captions"), len(no_caption), ", ".join(no_caption["id_rencana"].head(3))),
    ]
    return pd.DataFrame(rows, columns=["pemeriksaan", "jumlah", "contoh"])


# --- export --------------------------------------------------------------------------------

def _headers(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.rename(columns={c: msg(f"calendar.col.{c}") for c in frame.columns
                                 if f"calendar.col.{c}" in _known_columns()})


def _known_columns() -> set[str]:
    from kimkit.messages import MESSAGES

    return {k for k in MESSAGES if k.startswith("calendar.col.")}


def for_export(cal: pd.DataFrame) -> pd.DataFrame:
    """The calendar with dates as ``2025-11-03`` text and Indonesian headers (what the files hold)."""
    out = cal[[c for c in COLUMNS if c in cal.columns]].copy()
    out = out.sort_values(["tanggal", "jam", "kabkota", "platform"], kind="stable")
    for column in ("tanggal", "batas_tinjau"):
        out[column] = out[column].dt.strftime("%Y-%m-%d").fillna("")
    return _headers(out)


def export_filename(cal: pd.DataFrame, suffix: str = ".xlsx") -> str:
    """``kalender_konten_2025-11.xlsx`` (the month of the first post) or ``kalender_konten.xlsx``."""
    if cal.empty or cal["tanggal"].isna().all():
        return f"kalender_konten{suffix}"
    return f"kalender_konten_{cal['tanggal'].min():%Y-%m}{suffix}"


def export_csv(cal: pd.DataFrame, path: str | Path) -> Path:
    """Write the calendar (Indonesian headers, ``;`` separator as Indonesian Excel expects)."""
    target = Path(path).expanduser().resolve()
    for_export(cal).to_csv(target, index=False, sep=";", encoding="utf-8-sig", lineterminator="\n")
    return target


def export_xlsx(cal: pd.DataFrame, path: str | Path, target: Mapping[str, float] | None = None,
                tolerance: float = TOLERANCE) -> Path:
    """Write the calendar and its checks to an Excel file; returns the absolute path.

    Sheets: *Kalender* (the posts), *Pemeriksaan* (the validation summary), *Bentrok* (clashing
    slots), *Pilar* (shares against the target) and *Per pekan* (posts per platform per week).
    """
    goal = check_target(TARGET if target is None else target)
    sheets = {
        msg("calendar.sheet.calendar"): for_export(cal),
        msg("calendar.sheet.checks"): _headers(validation_summary(cal, goal, tolerance)),
        msg("calendar.sheet.clashes"): _headers(_dated(clash_slots(cal))),
        msg("calendar.sheet.pillars"): _headers(pillar_check(cal, goal, tolerance).assign(
            sesuai=lambda f: f["sesuai"].map({True: msg("calendar.yes"), False: msg("calendar.no")}))),
    }
    weekly = posts_per_week(cal)
    sheets[msg("calendar.sheet.weekly")] = weekly.reset_index() if not weekly.empty else pd.DataFrame()
    return files.write_xlsx(path, sheets)


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    if "tanggal" in out and not out.empty:
        out["tanggal"] = pd.to_datetime(out["tanggal"]).dt.strftime("%Y-%m-%d")
    return out
