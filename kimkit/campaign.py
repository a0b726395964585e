"""A one-month campaign plan (module 11, final project) as pure functions.

A plan is a DataFrame with one row per planned item and the columns ``COLUMNS``:

- ``jalur`` ``"media"``: a post on a platform (``platform``, ``pilar``, ``jam`` WITA, ``tema``);
- ``jalur`` ``"KIM"``: material passed to one KIM for its desa/kelurahan (``kim``, ``desa``,
  ``tema`` = the material; ``jam``, ``platform`` and ``pilar`` may stay empty).

The constraints (``CHECKS``, with the public parameters ``PARAMS``) are the assignment of the
final project. They are decided by the very function the exercise grades with
(:func:`kimkit.checks.canonical._kk_plan_problems`), so the checklist of the widget, the
self-check and the grade never disagree:

- ``isian``: every row has a readable date, a known ``jalur`` and a theme; media rows a time,
  a known platform and pillar; KIM rows the KIM's name and its desa;
- ``bulan``: every date in one calendar month, and each of the four blocks of the month
  (dates 1–7, 8–14, 15–21, 22 to the end) has at least ``min_per_week`` media rows;
- ``pilar``: each pillar's share of the media rows is within its band (module 04's
  practitioner target 70/20/10 with ±10 percentage points; a heuristic, not a rule);
- ``bentrok``: no two media rows on the same platform, date and clock hour (module 04's
  slot), and no KIM with two tasks on the same date;
- ``kim``: KIM rows for at least ``min_kim`` different KIM and ``min_desa`` desa/kelurahan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kimkit import content_calendar, files
from kimkit.checks import canonical
from kimkit.checks.answers import Plan, plan_problem_text
from kimkit.formatting import bulan_id
from kimkit.messages import angka, msg

COLUMNS = ("tanggal", "jam", "jalur", "platform", "pilar", "tema", "kim", "desa")
TRACKS = ("media", "KIM")
KAMPUNG = ("Berau", "Kutai Barat", "Mahakam Ulu")  # villages there are called kampung
CHECKS = ("isian", "bulan", "pilar", "bentrok", "kim")
PARAMS: dict = {
    "tracks": list(TRACKS),
    "platforms": list(content_calendar.PLATFORMS),
    "pillars": {p: [max(0, t - content_calendar.TOLERANCE), min(100, t + content_calendar.TOLERANCE)]
                for p, t in content_calendar.TARGET.items()},
    "min_per_week": 2,
    "min_kim": 2,
    "min_desa": 2,
}


class CampaignError(ValueError):
    """A table or a row the plan cannot accept; the message says what to fix (Indonesian)."""


@dataclass(frozen=True)
class CheckResult:
    """One constraint of the checklist: passed or not, and why (Indonesian, rows named)."""

    check: str
    title: str
    ok: bool
    reasons: tuple[str, ...]


def rule(checks: Sequence[str] = CHECKS, params: Mapping | None = None) -> dict:
    """The grading rule of a plan question checking ``checks`` (see ``kimkit.checks.answers.Plan``)."""
    return Plan("rencana", columns=COLUMNS, checks=tuple(checks), params=dict(params or PARAMS)).rule()


def empty() -> pd.DataFrame:
    """A plan without rows, with the right columns."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})


def _require(rencana: object) -> pd.DataFrame:
    if not isinstance(rencana, pd.DataFrame):
        raise CampaignError(msg("campaign.not_a_table", type=type(rencana).__name__))
    missing = [c for c in COLUMNS if c not in rencana.columns]
    if missing:
        raise CampaignError(msg("campaign.missing_columns", columns=", ".join(missing), required=", ".join(COLUMNS)))
    return rencana


def check(rencana: pd.DataFrame, checks: Sequence[str] = CHECKS, params: Mapping | None = None) -> list[CheckResult]:
    """The checklist: one result per constraint in ``checks``, rows named by the table's index."""
    plan = _require(rencana)
    results = []
    for name in checks:
        one = rule([name], params)
        problems = canonical._kk_plan_problems(canonical._kk_plan_rows(plan, one), one)
        reasons = tuple(plan_problem_text(p, one, list(plan.index)) for p in problems)
        results.append(CheckResult(name, msg(f"campaign.check.{name}"), not problems, reasons))
    return results


def passes(rencana: pd.DataFrame, checks: Sequence[str] = CHECKS, params: Mapping | None = None) -> bool:
    """True when every constraint in ``checks`` holds (the grade's verdict)."""
    return all(result.ok for result in check(rencana, checks, params))


def verdict(results: Sequence[CheckResult]) -> str:
    failed = sum(not r.ok for r in results)
    return msg("campaign.all_met", n=len(results)) if not failed else msg("campaign.some_failed", failed=failed,
                                                                           n=len(results))


def checklist_text(results: Sequence[CheckResult]) -> str:
    """The checklist as plain text: ✔/✘ per constraint, with its reasons under it."""
    lines = []
    for result in results:
        lines.append(("✔ " if result.ok else "✘ ") + result.title)
        lines += [f"    – {reason}" for reason in result.reasons]
    return "\n".join(lines)


# --- building a plan ----------------------------------------------------------------------

def add_row(rencana: pd.DataFrame, *, tanggal, jalur: str, tema: str, jam="", platform: str = "", pilar: str = "",
            kim: str = "", desa: str = "") -> pd.DataFrame:
    """A copy of ``rencana`` with one row more; raises ``CampaignError`` for a row that cannot be read."""
    plan = _require(rencana)
    try:
        day = content_calendar.parse_date(tanggal)
    except content_calendar.CalendarError as error:
        raise CampaignError(str(error)) from None
    if day is None:
        raise CampaignError(msg("campaign.row_missing", field=msg("campaign.widget.tanggal")))
    track = next((t for t in TRACKS if t.casefold() == str(jalur).strip().casefold()), None)
    if track is None:
        raise CampaignError(msg("campaign.reason.jalur", rows="baru", media=TRACKS[0], kim=TRACKS[1]))
    row = {"tanggal": day, "jam": "", "jalur": track, "platform": str(platform).strip(), "pilar": str(pilar).strip(),
           "tema": " ".join(str(tema).split()), "kim": " ".join(str(kim).split()), "desa": " ".join(str(desa).split())}
    if not row["tema"]:
        raise CampaignError(msg("campaign.row_missing", field=msg("campaign.widget.tema")))
    if track == "media":
        try:
            row["jam"] = content_calendar.parse_time(jam)
        except content_calendar.CalendarError as error:
            raise CampaignError(str(error)) from None
        if row["platform"] not in content_calendar.PLATFORMS:
            raise CampaignError(msg("campaign.reason.platform", rows="baru", options=", ".join(content_calendar.PLATFORMS)))
        if row["pilar"] not in content_calendar.PILLARS:
            raise CampaignError(msg("campaign.reason.pilar", rows="baru", options=", ".join(content_calendar.PILLARS)))
    else:
        for field in ("kim", "desa"):
            if not row[field]:
                raise CampaignError(msg("campaign.row_missing", field=msg(f"campaign.widget.{field}")))
        if str(jam).strip():
            row["jam"] = content_calendar.parse_time(jam)
    new = pd.DataFrame([row])
    if plan.empty:
        return new.reset_index(drop=True)
    return pd.concat([plan, new], ignore_index=True)


def remove_row(rencana: pd.DataFrame, label) -> pd.DataFrame:
    """A copy of ``rencana`` without the row whose index label is ``label``."""
    plan = _require(rencana)
    if label not in plan.index:
        raise CampaignError(msg("campaign.widget.bad_row_number", n=label))
    return plan.drop(index=label).reset_index(drop=True)


def from_calendar(kalender: pd.DataFrame) -> pd.DataFrame:
    """Media rows of a plan from a content calendar (module 04's ``PerencanaKalender`` export,
    ``kimkit.data.kalender_konten()`` or a table read by ``ImporData``)."""
    cal = content_calendar.prepare(kalender)
    return pd.DataFrame({
        "tanggal": cal["tanggal"], "jam": cal["jam"], "jalur": TRACKS[0], "platform": cal["platform"],
        "pilar": cal["pilar"], "tema": cal["tema"], "kim": "", "desa": "",
    }).reset_index(drop=True)


def kim_of(kabkota: str) -> pd.DataFrame:
    """The KIM of one kab/kota in the kit's (synthetic) KIM table: name and desa/kelurahan."""
    from kimkit.data import kim_kaltim

    kim = kim_kaltim()
    found = kim[kim["kabkota"] == kabkota]
    return found[["nama_kim", "desa_kelurahan", "kecamatan"]].reset_index(drop=True)


def region(kabkota: str) -> dict:
    """Figures of one kab/kota from ``wilayah_kaltim`` (a KeyError-free lookup with an Indonesian message)."""
    from kimkit.data import wilayah_kaltim

    table = wilayah_kaltim()
    found = table[table["nama"] == kabkota]
    if found.empty:
        raise CampaignError(msg("campaign.unknown_kabkota", value=kabkota, options=", ".join(table["nama"])))
    row = found.iloc[0]
    return {"nama": row["nama"], "jenis": row["jenis"], "kecamatan": int(row["jumlah_kecamatan"]),
            "desa": int(row["jumlah_kelurahan"] + row["jumlah_desa_kampung"]),
            "penduduk": int(row["penduduk_dukcapil_des2024"])}


def village_label(kabkota: str) -> str:
    """``kampung/kelurahan`` in Berau, Kutai Barat and Mahakam Ulu (their villages are *kampung*)."""
    return "kampung/kelurahan" if kabkota in KAMPUNG else "desa/kelurahan"


# --- summary and export -------------------------------------------------------------------

def period(rencana: pd.DataFrame) -> str:
    """The plan's month in Indonesian (``Maret 2026``), or a note when dates are unreadable or mixed."""
    dates = [d for d in rencana["tanggal"].map(_date_or_none) if d is not None]
    if not dates:
        return msg("campaign.summary_period_unknown")
    months = sorted({(d.year, d.month) for d in dates})
    return ", ".join(f"{bulan_id(m)} {y}" for y, m in months)


def date_text(value) -> str:
    """A date as 2026-03-05; an unreadable value as it was written (the checklist names it)."""
    day = _date_or_none(value)
    return f"{day:%Y-%m-%d}" if day is not None else canonical._kk_plan_cell(value)


def _date_or_none(value):
    try:
        return content_calendar.parse_date(value)
    except content_calendar.CalendarError:
        return None


def summary(rencana: pd.DataFrame, kabkota: str, judul: str = "", params: Mapping | None = None) -> str:
    """A text to paste into a report to the head of office: region, period, counts, checks."""
    plan = _require(rencana)
    info = region(kabkota)
    media = plan[plan["jalur"].astype(str).str.strip().str.casefold() == "media"]
    kim = plan[plan["jalur"].astype(str).str.strip().str.casefold() == "kim"]
    shares = media["pilar"].astype(str).str.strip().str.casefold().value_counts(normalize=True) * 100
    pillars = ", ".join(f"{p} {angka(shares.get(p, 0.0))}%" for p in content_calendar.PILLARS)
    platforms = ", ".join(f"{p} {n}" for p, n in media["platform"].value_counts().items()) or "–"
    results = check(plan, CHECKS, params)
    failed = "; ".join(r.title for r in results if not r.ok)
    text = msg("campaign.summary", title=judul.strip() or "–", kabkota=info["nama"], kecamatan=info["kecamatan"],
               desa=angka(info["desa"]), desa_label=village_label(info["nama"]), penduduk=angka(info["penduduk"]), period=period(plan), media=len(media),
               platforms=platforms, pillars=pillars, kim_rows=len(kim),
               kim=kim["kim"].astype(str).str.strip().replace("", pd.NA).dropna().nunique(),
               villages=kim["desa"].astype(str).str.strip().replace("", pd.NA).dropna().nunique(),
               verdict=verdict(results) + (f" ({failed})" if failed else ""))
    return text


def for_export(rencana: pd.DataFrame) -> pd.DataFrame:
    """The plan sorted by date and time, dates as text (2026-03-05), index dropped."""
    plan = _require(rencana)[list(COLUMNS)].copy()
    plan["tanggal"] = plan["tanggal"].map(date_text)
    return plan.sort_values(["tanggal", "jam"], kind="stable").reset_index(drop=True)


def export_filename(rencana: pd.DataFrame, kabkota: str, suffix: str = ".xlsx") -> str:
    """``rencana_kampanye_<kabkota>_2026-03.xlsx`` (month of the first date) or without the month."""
    slug = "_".join(kabkota.lower().split())
    dates = rencana["tanggal"].map(_date_or_none).dropna() if "tanggal" in rencana else pd.Series(dtype=object)
    month = f"_{min(dates):%Y-%m}" if len(dates) else ""
    return f"rencana_kampanye_{slug}{month}{suffix}"


def export_csv(rencana: pd.DataFrame, path: str | Path) -> Path:
    """Write the plan as CSV (``;`` separator, as Indonesian Excel expects)."""
    target = Path(path).expanduser().resolve()
    for_export(rencana).to_csv(target, index=False, sep=";", encoding="utf-8-sig", lineterminator="\n")
    return target


def export_xlsx(rencana: pd.DataFrame, path: str | Path, params: Mapping | None = None) -> Path:
    """Write the plan (sheet *Rencana*) and its checklist (sheet *Pemeriksaan*) to Excel."""
    results = check(rencana, CHECKS, params)
    checks = pd.DataFrame({"syarat": [r.title for r in results],
                           "terpenuhi": ["ya" if r.ok else "tidak" for r in results],
                           "alasan": ["; ".join(r.reasons) for r in results]})
    return files.write_xlsx(path, {"Rencana": for_export(rencana), "Pemeriksaan": checks})
