"""KIM self-assessment: a facilitator answers the illustrative rubric for one KIM.

A thin view over :mod:`kimkit.kim_health`: one radio-button group per dimension, a
"Hitung skor" button, an HTML bar chart of the scores, next steps, and buttons that save
the result as Excel or CSV in the working folder (the path is shown).
"""

from __future__ import annotations

import datetime as _dt
import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import kim_health
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget

OTHER = ""  # value of the "another KIM, type its name" entry
FULL_LABEL = {"description_width": "initial"}
BAR_COLOURS = ("#b3261e", "#d97706", "#65a30d", "#1e7b34")  # score 0, 1, 2, 3 (text says it too)


def _bulan_hari(date: pd.Timestamp) -> str:
    from kimkit.formatting import bulan_id

    return f"{date.day} {bulan_id(date)} {date.year}"


class SelfAssessment(KitWidget):
    """Rubric form for one KIM; ``hasil`` is the latest :class:`HasilPenilaian` (or None).

    ``kim`` (optional): the KIM table, to pick a KIM from a list. ``kegiatan`` (optional):
    the activity log, to show how many activities the chosen KIM had in the 6 months
    before ``tanggal_acuan`` (default: the latest date in the log). ``folder``: where
    results are saved (default: the notebook's working folder).
    """

    def __init__(self, kim: pd.DataFrame | None = None, kegiatan: pd.DataFrame | None = None,
                 tanggal_acuan=None, folder: str | Path = "."):
        super().__init__(title=msg("penilaian.title"))
        self.kim = kim
        self.kegiatan = kegiatan
        self.folder = Path(folder)
        self.hasil: kim_health.HasilPenilaian | None = None
        self.saved_path: Path | None = None
        if tanggal_acuan is None and kegiatan is not None and len(kegiatan):
            tanggal_acuan = kegiatan["tanggal"].max()
        self.tanggal_acuan = pd.Timestamp(tanggal_acuan) if tanggal_acuan is not None else None

        options = [(msg("penilaian.other_kim"), OTHER)]
        if kim is not None:
            options += [(f"{r.id_kim} · {r.nama_kim} · {r.kabkota}", r.id_kim) for r in kim.itertuples()]
        first = options[1][1] if len(options) > 1 else OTHER
        self.kim_choice = w.Dropdown(options=options, value=first, description=msg("penilaian.kim"),
                                     style=FULL_LABEL, layout=w.Layout(width="max-content", max_width="100%"))
        self.kim_name = w.Text(description=msg("penilaian.kim_name"), style=FULL_LABEL,
                               layout=w.Layout(width="420px", max_width="100%"))
        self.date = w.DatePicker(value=_dt.date.today(), description=msg("penilaian.date"), style=FULL_LABEL)
        self.activity_note = w.HTML("")
        self.choices: dict[str, w.RadioButtons] = {}
        blocks = []
        for number, dim in enumerate(kim_health.RUBRIK, start=1):
            radio = w.RadioButtons(options=[(text, level) for level, text in enumerate(dim.pilihan)],
                                   value=None, layout=w.Layout(width="auto", max_width="760px"))
            radio.observe(self._on_edit, names="value")
            self.choices[dim.kunci] = radio
            heading = w.HTML(f"<b>{number}. {html.escape(dim.nama)}</b> — {html.escape(dim.pertanyaan)}")
            parts = [heading, radio]
            if dim.kunci == "keaktifan":
                parts.insert(1, self.activity_note)
            blocks.append(w.VBox(parts, layout=w.Layout(margin="6px 0 4px 0")))
        self.button = w.Button(description=msg("penilaian.compute"), button_style="primary")
        self.button.on_click(self._on_compute)
        self.chart = w.HTML("")
        self.filename = w.Text(description=msg("penilaian.file"), style=FULL_LABEL,
                               layout=w.Layout(width="620px", max_width="100%"))
        self.save_xlsx = w.Button(description=msg("penilaian.save_xlsx"), layout=w.Layout(width="auto"))
        self.save_csv = w.Button(description=msg("penilaian.save_csv"), layout=w.Layout(width="auto"))
        self.save_xlsx.on_click(lambda _b: self.save("xlsx"))
        self.save_csv.on_click(lambda _b: self.save("csv"))
        note = w.HTML(f"<i>{html.escape(msg('penilaian.note'))}</i>", layout=w.Layout(max_width="760px"))
        self.kim_choice.observe(self._on_kim, names="value")
        self.kim_name.observe(self._on_edit, names="value")
        self._assemble(note, self.kim_choice, self.kim_name, self.date, *blocks, self.button, self.chart,
                       w.HBox([self.filename, self.save_xlsx, self.save_csv],
                              layout=w.Layout(flex_flow="row wrap", align_items="center")))
        self._on_kim({"new": first})

    # --- reading the form ------------------------------------------------------------
    @property
    def jawaban(self) -> dict[str, int | None]:
        """The level chosen per dimension (None where nothing is chosen yet)."""
        return {key: radio.value for key, radio in self.choices.items()}

    @property
    def nama_kim(self) -> str:
        return " ".join(self.kim_name.value.split())

    def _on_kim(self, change: dict) -> None:
        chosen = change["new"]
        if chosen != OTHER and self.kim is not None:
            row = self.kim.loc[self.kim["id_kim"] == chosen].iloc[0]
            self.kim_name.value = f"{row['nama_kim']} ({row['id_kim']})"
        else:
            self.kim_name.value = ""
        self.activity_note.value = self._activity_text(chosen)
        self._clear()
        self.show(Outcome(OutcomeType.INFO, msg("penilaian.ready")))

    def _activity_text(self, id_kim: str) -> str:
        if self.kegiatan is None or id_kim == OTHER or self.tanggal_acuan is None:
            return ""
        rows = self.kegiatan[self.kegiatan["id_kim"] == id_kim]
        if rows.empty:
            text = msg("penilaian.activity_none")
        else:
            since = self.tanggal_acuan - pd.DateOffset(months=6)
            recent = rows[(rows["tanggal"] > since) & (rows["tanggal"] <= self.tanggal_acuan)]
            text = msg("penilaian.activity_hint", date=_bulan_hari(self.tanggal_acuan), count=len(recent),
                       last=_bulan_hari(rows["tanggal"].max()))
        return f"<span style='color:#475569'>{html.escape(text)}</span>"

    def _clear(self) -> None:
        self.hasil = None
        self.saved_path = None
        self.chart.value = ""

    def _on_edit(self, _change: dict) -> None:
        """A changed answer makes the shown result stale."""
        if self.hasil is not None:
            self._clear()
            self.show(Outcome(OutcomeType.INFO, msg("penilaian.changed")))

    # --- scoring --------------------------------------------------------------------
    def compute(self) -> Outcome:
        """Score the form, draw the chart and the next steps; the outcome is also returned."""
        self._clear()
        if not self.nama_kim:
            return self._show(Outcome(OutcomeType.FAIL, msg("penilaian.no_name")))
        try:
            hasil = kim_health.nilai(self.jawaban)
        except ValueError as error:
            return self._show(Outcome(OutcomeType.FAIL, str(error)))
        self.hasil = hasil
        self.chart.value = self._chart_html(hasil)
        tanggal = self.date.value or _dt.date.today()
        self.filename.value = kim_health.nama_berkas(self.nama_kim, tanggal, "xlsx")
        if hasil.prioritas:
            names = ", ".join(kim_health.DIMENSI[k].nama for k in hasil.prioritas)
            text = msg("penilaian.result", name=self.nama_kim, total=hasil.total, maximum=hasil.maksimum,
                       percent=angka(hasil.persen, 1), priorities=names)
        else:
            text = msg("penilaian.result_full", name=self.nama_kim, total=hasil.total, maximum=hasil.maksimum)
        return self._show(Outcome(OutcomeType.INFO, text))

    def _show(self, outcome: Outcome) -> Outcome:
        self.show(outcome)
        return outcome

    def _chart_html(self, hasil: kim_health.HasilPenilaian) -> str:
        rows = []
        for dim in kim_health.RUBRIK:
            score = hasil.skor[dim.kunci]
            width = 8 + 92 * score / kim_health.SKOR_MAKS  # a sliver for 0, so the row is visible
            mark = " ★" if dim.kunci in hasil.prioritas else ""
            rows.append(
                "<div style='display:flex;align-items:center;margin:3px 0'>"
                f"<div style='width:260px;flex:none;padding-right:8px'>{html.escape(dim.nama)}{mark}</div>"
                "<div style='width:300px;flex:none;background:#eef0f3;border-radius:3px'>"
                f"<div style='width:{width:.0f}%;height:18px;background:{BAR_COLOURS[score]};"
                "border-radius:3px'></div></div>"
                f"<div style='padding-left:8px;white-space:nowrap'>"
                f"{html.escape(msg('penilaian.of', score=score, maximum=kim_health.SKOR_MAKS))}</div></div>"
            )
        steps = "".join(f"<li><b>{html.escape(name)}:</b> {html.escape(step)}</li>" for name, step in hasil.langkah())
        steps_html = (f"<p style='margin:10px 0 2px 0'><b>{html.escape(msg('penilaian.steps_title'))}</b></p>"
                      f"<ol style='margin-top:2px'>{steps}</ol>") if steps else ""
        return (f"<div style='max-width:760px;line-height:1.4'><p style='margin:8px 0 4px 0'>"
                f"<b>{html.escape(msg('penilaian.chart_title'))}</b> — {html.escape(self.nama_kim)}"
                f" <span style='color:#475569'>(★ = prioritas; "
                f"{html.escape(msg('penilaian.note_illustrative'))})</span></p>"
                + "".join(rows) + steps_html + "</div>")

    def _on_compute(self, _button: w.Button | None = None) -> None:
        self.compute()

    # --- saving ---------------------------------------------------------------------
    def save(self, kind: str = "xlsx") -> Outcome:
        """Save the latest result as ``kind`` ("xlsx" or "csv") in the working folder."""
        if self.hasil is None:
            return self._show(Outcome(OutcomeType.FAIL, msg("penilaian.save_first")))
        tanggal = self.date.value or _dt.date.today()
        name = self.filename.value.strip() or kim_health.nama_berkas(self.nama_kim, tanggal, kind)
        name = Path(name).name  # a name only: always in the working folder
        path = self.folder / (Path(name).stem + "." + kind)
        try:
            self.saved_path = kim_health.simpan(self.hasil, path, self.nama_kim, tanggal)
        except (OSError, ValueError, ImportError) as error:
            self.saved_path = None
            return self._show(Outcome(OutcomeType.ERROR, msg("penilaian.save_failed", path=path,
                                                             reason=type(error).__name__)))
        self.filename.value = self.saved_path.name
        return self._show(Outcome(OutcomeType.INFO, msg("penilaian.saved", path=self.saved_path)))
