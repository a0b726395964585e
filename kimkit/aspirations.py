"""Citizens' aspirations received through KIM, as pure functions (module 03, aspiration log).

A log is a DataFrame with at least the columns of ``REQUIRED`` (the kit's
``kimkit.data.aspirasi_warga()`` has them all). The functions here record and update
aspirations, compute response times and build the monthly summary a Diskominfo sends to
its head of office, and write it to an Excel file. Nothing here draws on screen: the
widget ``kimkit.widgets.CatatanAspirasi`` is a thin view over these functions.

Definitions used throughout (the same as in module 03):

- *ditindaklanjuti* (followed up): the case has a follow-up date (status
  ``ditindaklanjuti`` or ``selesai``); ``baru`` and ``diteruskan`` cases are still open;
- *selesai*: followed up **and** the citizen has been told the outcome (loop closed);
- response time: whole days from ``tanggal_diterima`` to ``tanggal_tindak_lanjut``;
- a month's summary covers the aspirations **received** in that month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from kimkit import formatting
from kimkit.formatting import bulan_id
from kimkit.messages import msg

# Illustrative categories, channels and kinds (the kit's synthetic data uses them; a
# Diskominfo may use its own: any non-empty text is accepted when recording).
KATEGORI = (
    "administrasi kependudukan", "air bersih", "bantuan sosial", "informasi dan internet",
    "jalan dan jembatan", "kesehatan", "lingkungan dan sampah", "pendidikan",
)
KANAL = ("pertemuan KIM", "WhatsApp", "media sosial", "kotak aspirasi", "tatap muka")
JENIS = ("keluhan", "usulan", "pertanyaan")
STATUS = ("baru", "diteruskan", "ditindaklanjuti", "selesai")
DITINDAKLANJUTI = ("ditindaklanjuti", "selesai")
REQUIRED = ("tanggal_diterima", "kabkota", "kategori", "status", "tanggal_tindak_lanjut")
COLUMNS = ("id_aspirasi", "tanggal_diterima", "kode_kabkota", "kabkota", "id_kim", "kanal", "jenis",
           "kategori", "ringkasan", "instansi_tujuan", "status", "tanggal_tindak_lanjut")
SUMMARY_COLUMNS = ("jumlah", "ditindaklanjuti", "persen_ditindaklanjuti", "median_hari", "selesai")
NEW_ID_PREFIX = "CATATAN-"
_LONG_NUMBER = re.compile(r"\d[\d\s.-]{7,}\d")  # 9+ digits: a NIK or a phone number


class AspirationError(ValueError):
    """A record or a table the log cannot accept; the message says what to fix, in Indonesian."""


# --- dates -------------------------------------------------------------------------------

def parse_date(value) -> pd.Timestamp | None:
    """A date as :func:`kimkit.formatting.parse_date` reads it; None if empty; AspirationError if unreadable."""
    try:
        return formatting.parse_date(value)
    except ValueError as error:
        raise AspirationError(msg("aspiration.bad_date", value=error)) from None


def followed_up(log: pd.DataFrame) -> pd.Series:
    """True for each aspiration that has been followed up (it has a follow-up date)."""
    return log["tanggal_tindak_lanjut"].notna()


def response_days(log: pd.DataFrame) -> pd.Series:
    """Days from receipt to follow-up; missing (NaN) while a case is open."""
    return (log["tanggal_tindak_lanjut"] - log["tanggal_diterima"]).dt.days


# --- the log -------------------------------------------------------------------------------

def prepare(table: pd.DataFrame) -> pd.DataFrame:
    """A checked copy of ``table`` ready for the log: dates parsed, ids present.

    Accepts the kit's dataset or a participant's own table (from Excel or CSV) that has the
    ``REQUIRED`` columns; text dates may be written 03/11/2025 or 2025-11-03.
    """
    if not isinstance(table, pd.DataFrame):
        raise AspirationError(msg("aspiration.not_a_table", type=type(table).__name__))
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise AspirationError(msg("aspiration.missing_columns", columns=", ".join(missing),
                                  required=", ".join(REQUIRED)))
    log = table.copy().reset_index(drop=True)
    for column in ("tanggal_diterima", "tanggal_tindak_lanjut"):
        if not pd.api.types.is_datetime64_any_dtype(log[column]):
            parsed, bad = [], []
            for number, value in enumerate(log[column]):
                try:
                    parsed.append(parse_date(None if pd.isna(value) else value))
                except AspirationError:
                    parsed.append(None)
                    bad.append(number + 1)
            if bad:
                raise AspirationError(msg("aspiration.bad_dates_in_table", column=column, n=len(bad),
                                          rows=", ".join(map(str, bad[:5]))))
            log[column] = pd.to_datetime(pd.Series(parsed, index=log.index, dtype="object"))
    if log["tanggal_diterima"].isna().any():
        rows = [str(i + 1) for i in log.index[log["tanggal_diterima"].isna()][:5]]
        raise AspirationError(msg("aspiration.bad_dates_in_table", column="tanggal_diterima",
                                  n=int(log["tanggal_diterima"].isna().sum()), rows=", ".join(rows)))
    if "id_aspirasi" not in log.columns:
        log.insert(0, "id_aspirasi", [f"{NEW_ID_PREFIX}{i:04d}" for i in range(1, len(log) + 1)])
    early = log["tanggal_tindak_lanjut"] < log["tanggal_diterima"]
    if early.any():
        raise AspirationError(msg("aspiration.followup_before_in_table", n=int(early.sum()),
                                  ids=", ".join(log.loc[early, "id_aspirasi"].astype(str).head(5))))
    for column in COLUMNS:
        if column not in log.columns:
            log[column] = ""
    return log


def _check_record(status: str, received: pd.Timestamp, follow_up: pd.Timestamp | None) -> None:
    if status not in STATUS:
        raise AspirationError(msg("aspiration.unknown_value", field="Status", value=status,
                                  options=", ".join(STATUS)))
    if status in DITINDAKLANJUTI and follow_up is None:
        raise AspirationError(msg("aspiration.followup_needed", status=status))
    if status not in DITINDAKLANJUTI and follow_up is not None:
        raise AspirationError(msg("aspiration.followup_unexpected", status=status))
    if follow_up is not None and follow_up < received:
        raise AspirationError(msg("aspiration.followup_before", followup=follow_up.strftime("%d/%m/%Y"),
                                  received=received.strftime("%d/%m/%Y")))


def next_id(log: pd.DataFrame) -> str:
    """The next free id for a newly recorded aspiration: CATATAN-0001, CATATAN-0002, …"""
    taken = log["id_aspirasi"].astype(str)
    numbers = taken[taken.str.startswith(NEW_ID_PREFIX)].str[len(NEW_ID_PREFIX):]
    numbers = pd.to_numeric(numbers, errors="coerce").dropna()
    return f"{NEW_ID_PREFIX}{int(numbers.max()) + 1 if len(numbers) else 1:04d}"


def add_record(log: pd.DataFrame, *, tanggal_diterima, kabkota: str, kategori: str, ringkasan: str,
               id_kim: str = "", kanal: str = "", jenis: str = "", instansi_tujuan: str = "",
               status: str = "baru", tanggal_tindak_lanjut=None, kode_kabkota: str = "") -> pd.DataFrame:
    """``log`` with one new aspiration appended (a new table; ``log`` is not changed)."""
    received = parse_date(tanggal_diterima)
    if received is None:
        raise AspirationError(msg("aspiration.date_missing"))
    text = " ".join(str(ringkasan or "").split())
    if not text:
        raise AspirationError(msg("aspiration.summary_text_missing"))
    if _LONG_NUMBER.search(text):
        raise AspirationError(msg("aspiration.personal_data"))
    if not str(kategori or "").strip():
        raise AspirationError(msg("aspiration.category_missing"))
    follow_up = parse_date(tanggal_tindak_lanjut)
    _check_record(status, received, follow_up)
    row = {column: "" for column in log.columns}
    row.update({
        "id_aspirasi": next_id(log), "tanggal_diterima": received, "kode_kabkota": kode_kabkota,
        "kabkota": kabkota, "id_kim": id_kim, "kanal": kanal, "jenis": jenis, "kategori": kategori.strip(),
        "ringkasan": text, "instansi_tujuan": instansi_tujuan, "status": status,
        "tanggal_tindak_lanjut": follow_up if follow_up is not None else pd.NaT,
    })
    new = pd.DataFrame([row], columns=log.columns)
    for column in ("tanggal_diterima", "tanggal_tindak_lanjut"):
        new[column] = pd.to_datetime(new[column]).astype(log[column].dtype)
    return pd.concat([log, new], ignore_index=True)


def update_record(log: pd.DataFrame, id_aspirasi: str, *, kategori: str | None = None,
                  status: str | None = None, tanggal_tindak_lanjut="keep") -> pd.DataFrame:
    """``log`` with one aspiration re-categorised and/or its follow-up recorded (a new table).

    ``tanggal_tindak_lanjut="keep"`` keeps the date; ``None`` or ``""`` empties it.
    """
    matches = log.index[log["id_aspirasi"].astype(str) == str(id_aspirasi)]
    if len(matches) == 0:
        raise AspirationError(msg("aspiration.unknown_id", id=id_aspirasi))
    index = matches[0]
    current = log.loc[index]
    new_status = status if status is not None else current["status"]
    if isinstance(tanggal_tindak_lanjut, str) and tanggal_tindak_lanjut == "keep":
        follow_up = None if pd.isna(current["tanggal_tindak_lanjut"]) else current["tanggal_tindak_lanjut"]
    else:
        follow_up = parse_date(tanggal_tindak_lanjut)
    if kategori is not None and not str(kategori).strip():
        raise AspirationError(msg("aspiration.category_missing"))
    _check_record(new_status, current["tanggal_diterima"], follow_up)
    updated = log.copy()
    if kategori is not None:
        updated.loc[index, "kategori"] = kategori.strip()
    updated.loc[index, "status"] = new_status
    updated.loc[index, "tanggal_tindak_lanjut"] = follow_up if follow_up is not None else pd.NaT
    return updated


# --- the monthly summary --------------------------------------------------------------------

def months(log: pd.DataFrame) -> list[pd.Period]:
    """The months in which aspirations were received, in calendar order."""
    return sorted(log["tanggal_diterima"].dropna().dt.to_period("M").unique())


def _month(value) -> pd.Period:
    try:
        return pd.Period(value, freq="M")
    except (ValueError, TypeError):
        raise AspirationError(msg("aspiration.bad_month", value=value)) from None


def monthly_summary(log: pd.DataFrame, month, kabkota: str | None = None,
                    by: Sequence[str] | None = None) -> pd.DataFrame:
    """The summary of aspirations **received** in ``month`` (``"2025-11"`` or a Period).

    One row per group of ``by`` (default: kab/kota and category, or only category when
    ``kabkota`` picks one kab/kota), with columns ``jumlah`` (received), ``ditindaklanjuti``
    (followed up), ``persen_ditindaklanjuti`` (percent, 1 decimal), ``median_hari`` (median
    days to follow-up among the followed-up ones; empty if none) and ``selesai`` (citizen told
    the outcome). Groups are plain columns (not the index), sorted.
    """
    period = _month(month)
    if by is None:
        by = ("kategori",) if kabkota else ("kabkota", "kategori")
    by = list(by)
    rows = log[log["tanggal_diterima"].dt.to_period("M") == period]
    if kabkota:
        rows = rows[rows["kabkota"] == kabkota]
    work = pd.DataFrame({
        **{column: rows[column] for column in by},
        "id": rows["id_aspirasi"],
        "ditindaklanjuti": followed_up(rows),
        "hari": response_days(rows),
        "selesai": rows["status"] == "selesai",
    })
    summary = work.groupby(by).agg(
        jumlah=("id", "count"),
        ditindaklanjuti=("ditindaklanjuti", "sum"),
        persen_ditindaklanjuti=("ditindaklanjuti", "mean"),
        median_hari=("hari", "median"),
        selesai=("selesai", "sum"),
    ).reset_index()
    summary["persen_ditindaklanjuti"] = (summary["persen_ditindaklanjuti"] * 100).round(1)
    for column in ("jumlah", "ditindaklanjuti", "selesai"):
        summary[column] = summary[column].astype(int)
    return summary.sort_values(by, kind="stable").reset_index(drop=True)


def total_row(log: pd.DataFrame, month, kabkota: str | None = None) -> dict:
    """The same figures as one row over all categories (and kab/kota) of the month."""
    period = _month(month)
    rows = log[log["tanggal_diterima"].dt.to_period("M") == period]
    if kabkota:
        rows = rows[rows["kabkota"] == kabkota]
    done = followed_up(rows)
    median = response_days(rows).median()
    return {
        "jumlah": len(rows),
        "ditindaklanjuti": int(done.sum()),
        "persen_ditindaklanjuti": round(float(done.mean()) * 100, 1) if len(rows) else float("nan"),
        "median_hari": float(median) if pd.notna(median) else float("nan"),
        "selesai": int((rows["status"] == "selesai").sum()),
    }


def scope_label(kabkota: str | None) -> str:
    return kabkota or msg("aspiration.all_regions")


def export_filename(month, kabkota: str | None = None) -> str:
    """``ringkasan_aspirasi_2025-11_semua.xlsx`` or ``…_2025-11_kutai_barat.xlsx``."""
    place = re.sub(r"[^a-z0-9]+", "_", (kabkota or "semua").lower()).strip("_")
    return f"ringkasan_aspirasi_{_month(month)}_{place}.xlsx"


def export_xlsx(log: pd.DataFrame, month, path: str | Path, kabkota: str | None = None) -> Path:
    """Write the month's summary (sheet *Ringkasan*, with a total row) and its rows (sheet
    *Rincian*) to an Excel file with Indonesian headers; returns the absolute path."""
    period = _month(month)
    summary = monthly_summary(log, period, kabkota)
    total = total_row(log, period, kabkota)
    first = summary.columns[0]
    total_line = {column: "" for column in summary.columns}
    total_line.update(total)
    total_line[first] = msg("aspiration.total")
    sheet = pd.concat([summary, pd.DataFrame([total_line])], ignore_index=True)
    sheet = sheet.rename(columns={c: msg(f"aspiration.col.{c}") for c in sheet.columns})
    rows = log[log["tanggal_diterima"].dt.to_period("M") == period]
    if kabkota:
        rows = rows[rows["kabkota"] == kabkota]
    details = rows[[c for c in COLUMNS if c in rows.columns]].copy()
    for column in ("tanggal_diterima", "tanggal_tindak_lanjut"):
        details[column] = details[column].dt.date
    details = details.rename(columns={c: msg(f"aspiration.col.{c}") for c in details.columns})
    target = Path(path).expanduser().resolve()
    title = msg("aspiration.xlsx_title", month=bulan_id(period, tahun=True), scope=scope_label(kabkota))
    note = msg("aspiration.xlsx_note", today=date.today().strftime("%d/%m/%Y"))
    from openpyxl.styles import Font  # imported here: only the export needs openpyxl

    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name=msg("aspiration.sheet.summary"), index=False, startrow=3)
        details.to_excel(writer, sheet_name=msg("aspiration.sheet.details"), index=False)
        summary_sheet = writer.sheets[msg("aspiration.sheet.summary")]
        summary_sheet["A1"] = title
        summary_sheet["A2"] = note
        summary_sheet["A1"].font = Font(bold=True)
        for worksheet, frame in ((summary_sheet, sheet), (writer.sheets[msg("aspiration.sheet.details")], details)):
            for number, column in enumerate(frame.columns):
                width = max([len(str(column))] + [len(str(v)) for v in frame[column].head(200)])
                worksheet.column_dimensions[_letter(number)].width = min(60, width + 2)
    return target


def _letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number + 1)
