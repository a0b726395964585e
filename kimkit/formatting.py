"""Indonesian month names for tables and charts, whatever the computer's locale.

    from kimkit.formatting import bulan_id
    tren = posting.groupby(posting["waktu_unggah"].dt.to_period("M"))["er_reach"].mean()
    tren.index = bulan_id(tren.index)          # Januari, Februari, … (urutan kalender tetap)
    bulan_id(pd.Timestamp("2025-05-17"))        # 'Mei'
    bulan_id(5, singkat=True)                   # 'Mei'
    bulan_id(pd.Period("2025-08", "M"), tahun=True)   # 'Agustus 2025'

pandas and matplotlib name months with the operating system's locale (``strftime("%b")``),
so a laptop set to English shows "May" and "Aug". The kit never relies on that: names come
from the lists below (full names as in EYD; short forms as in the Unicode CLDR ``id``
locale). Group by month first (``.dt.to_period("M")`` keeps the calendar order), then
replace the labels.
"""

from __future__ import annotations

import datetime as _dt
import numbers
import re

import numpy as np
import pandas as pd

from kimkit.messages import msg

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")

__all__ = ["BULAN", "BULAN_SINGKAT", "nama_bulan", "bulan_id"]


def nama_bulan(nomor: int, singkat: bool = False) -> str:
    """The Indonesian name of month ``nomor`` (1 = Januari … 12 = Desember)."""
    if isinstance(nomor, bool) or not isinstance(nomor, numbers.Integral | float | np.floating):
        raise TypeError(msg("formatting.month_type", value=repr(nomor), type=type(nomor).__name__))
    if nomor != int(nomor) or not 1 <= int(nomor) <= 12:
        raise ValueError(msg("formatting.month_range", value=nomor))
    return (BULAN_SINGKAT if singkat else BULAN)[int(nomor) - 1]


def _label(value, tahun: bool, singkat: bool):
    if value is None or value is pd.NaT or (not isinstance(value, str) and _is_missing(value)):
        return None
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if isinstance(value, pd.Period | _dt.date | pd.Timestamp):  # datetime is a date too
        name = nama_bulan(value.month, singkat)
        return f"{name} {value.year}" if tahun else name
    if isinstance(value, numbers.Integral | float | np.floating) and not isinstance(value, bool):
        if tahun:
            raise ValueError(msg("formatting.month_no_year", value=value))
        return nama_bulan(value, singkat)
    raise TypeError(msg("formatting.month_type", value=repr(value), type=type(value).__name__))


#: Date forms a participant types: 03/11/2025, 2025-11-03, 3-11-2025 (Indonesian day-first order).
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y")


def parse_date(value) -> pd.Timestamp | None:
    """A day from ``03/11/2025``, ``2025-11-03`` (a time after it, as Excel cells are read, is
    ignored), ``3-11-2025`` or a date object; None if empty; ``ValueError`` if unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, pd.Timestamp | _dt.date):
        return None if pd.isna(value) else pd.Timestamp(value).normalize()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T].*", text):
        text = text[:10]
    for form in DATE_FORMATS:
        try:
            return pd.to_datetime(text, format=form).normalize()
        except (ValueError, TypeError):
            continue
    raise ValueError(text)


def _is_missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def bulan_id(nilai, tahun: bool = False, singkat: bool = False):
    """Indonesian month name(s) of ``nilai``, e.g. ``"Mei"`` or ``"Mei 2025"`` (``tahun=True``).

    ``nilai`` is a month number (1–12), a date (``datetime``, ``pd.Timestamp``,
    ``pd.Period``), or many of them: a pandas Series or Index (of dates, periods or month
    numbers), a list or an array. One value gives one text; a Series gives a Series with the
    same index, an Index an Index with the same name (so ``tren.index = bulan_id(tren.index)``
    keeps the order of the rows), anything else a list. Missing dates give ``None``.
    ``singkat=True`` gives Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov, Des.
    """
    if isinstance(nilai, pd.Series):
        return pd.Series([_label(v, tahun, singkat) for v in nilai], index=nilai.index,
                         name=nilai.name, dtype=object)
    if isinstance(nilai, pd.Index):
        return pd.Index([_label(v, tahun, singkat) for v in nilai], name=nilai.name, dtype=object)
    if isinstance(nilai, list | tuple | np.ndarray):
        return [_label(v, tahun, singkat) for v in nilai]
    return _label(nilai, tahun, singkat)
