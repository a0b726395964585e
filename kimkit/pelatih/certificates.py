"""Certificates (PDF) for participants who reached the event's threshold, and who did not and why.

The event is described in ``acara.json`` in the course folder::

    {"nama_acara": "Pelatihan Pembinaan KIM dan Pengelolaan Konten Media",
     "penyelenggara": "Diskominfo Provinsi Kalimantan Timur",
     "tempat": "Samarinda", "tanggal": "2-3 Desember 2026",
     "latihan": ["latihan00", "latihan01", "latihan07"], "ambang_persen": 70}

A participant qualifies with at least ``ambang_persen`` percent of the points of the listed
exercises. PDFs are drawn with matplotlib (already part of the kit): one A4 landscape page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kimkit.messages import angka, msg
from kimkit.pelatih.course import CourseFolder
from kimkit.checks import loader
from kimkit.pelatih.reports import question_grades

EVENT_FILE = "acara.json"
REQUIRED = ("nama_acara", "penyelenggara", "tempat", "tanggal", "latihan", "ambang_persen")


class EventError(Exception):
    """``acara.json`` is missing or incomplete; the message is Indonesian."""


@dataclass
class Decision:
    id_peserta: str
    nama: str
    instansi: str
    kabkota: str
    percent: float
    completed: list[str]
    reason: str = ""


def load_event(folder: CourseFolder) -> dict:
    path = folder.root / EVENT_FILE
    try:
        event = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise EventError(msg("certificate.no_event", path=path)) from None
    except ValueError as error:
        raise EventError(msg("certificate.bad_event", path=path, error=error)) from None
    missing = [key for key in REQUIRED if key not in event]
    if missing:
        raise EventError(msg("certificate.event_fields", path=path, fields=", ".join(missing)))
    return event


def decide(folder: CourseFolder, event: dict) -> list[Decision]:
    """Who reached the threshold over the event's exercises, and why not for the others."""
    grades = question_grades(folder)
    grades = grades[grades["latihan"].isin(event["latihan"])]
    decisions = []
    for roster_id, rows in grades.groupby("id_peserta"):
        first = rows.iloc[0]
        maximum = rows["maks"].sum()
        percent = float(rows["nilai"].fillna(0).sum() / maximum * 100) if maximum else 0.0
        completed = sorted(rows.loc[rows["dikumpulkan"], "latihan"].unique())
        missing = [e for e in event["latihan"] if e not in completed]
        pending = rows["perlu_dinilai_pelatih"].any()
        reason = ""
        if percent < float(event["ambang_persen"]):
            reason = msg("certificate.below", percent=angka(percent, 1), threshold=angka(event["ambang_persen"]))
            if missing:
                reason += " " + msg("certificate.missing", exercises=", ".join(missing))
            if pending:
                reason += " " + msg("certificate.pending")
        name, office, region = (str(first[c]) if pd.notna(first[c]) else "" for c in ("nama", "instansi", "kabkota"))
        if not name:
            reason = " ".join(filter(None, [reason, msg("certificate.not_in_roster")]))
        decisions.append(Decision(roster_id, name, office, region, percent, completed, reason))
    return decisions


def draw(decision: Decision, event: dict, path: Path) -> None:
    """One certificate page (A4 landscape) as PDF."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=(11.69, 8.27))
    figure.patch.set_facecolor("white")
    border = plt.Rectangle((0.03, 0.04), 0.94, 0.92, transform=figure.transFigure, fill=False,
                           linewidth=3, edgecolor="#0f766e")
    figure.add_artist(border)
    lines = [
        (0.84, msg("certificate.heading"), 30, "bold"),
        (0.76, msg("certificate.given_to"), 14, "normal"),
        (0.66, decision.nama, 28, "bold"),
        (0.60, f"{decision.instansi} — {decision.kabkota}", 14, "normal"),
        (0.50, msg("certificate.for_completing"), 14, "normal"),
        (0.44, event["nama_acara"], 18, "bold"),
        (0.37, f"{event['tempat']}, {event['tanggal']}", 13, "normal"),
        (0.28, msg("certificate.modules", modules="; ".join(loader.title(e) for e in decision.completed)), 10, "normal"),
        (0.12, event["penyelenggara"], 13, "bold"),
        (0.07, f"ID {decision.id_peserta}", 9, "normal"),
    ]
    for y, text, size, weight in lines:
        figure.text(0.5, y, text, ha="center", va="center", fontsize=size, fontweight=weight, wrap=True,
                    color="#1f2933")
    figure.savefig(path, format="pdf")
    plt.close(figure)


def write_certificates(folder: CourseFolder) -> tuple[list[Path], Path]:
    """PDFs for those who qualify; a CSV of those who do not, with the reason."""
    event = load_event(folder)
    target = folder.root / "sertifikat"
    target.mkdir(exist_ok=True)
    written = []
    decisions = decide(folder, event)
    for decision in decisions:
        if not decision.reason:
            path = target / f"sertifikat-{decision.id_peserta}.pdf"
            draw(decision, event, path)
            written.append(path)
    others = pd.DataFrame([{"id_peserta": d.id_peserta, "nama": d.nama, "kabkota": d.kabkota,
                            "persen": round(d.percent, 1), "alasan": d.reason} for d in decisions if d.reason],
                          columns=["id_peserta", "nama", "kabkota", "persen", "alasan"])
    listing = target / "belum_memenuhi_syarat.csv"
    others.to_csv(listing, index=False, encoding="utf-8-sig")
    return written, listing
