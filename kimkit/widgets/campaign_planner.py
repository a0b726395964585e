"""Campaign planner (module 11): build a one-month plan of media posts and KIM distribution,
check it live against the final project's constraints, export it and summarise it.

A thin view over :mod:`kimkit.campaign`; the current plan is ``widget.value`` (a DataFrame),
the last checklist ``widget.results``, the files written ``widget.exported`` and the last
summary ``widget.summary_text``.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import campaign as logic
from kimkit import content_calendar
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import msg
from kimkit.widgets.base import KitWidget, grid, labelled, section

FIELD = w.Layout(width="260px")
WIDE = w.Layout(width="100%", max_width="560px")
TABLE_STYLE = ("<style>.kk-kampanye table {border-collapse: collapse; font-size: 13px;}"
               ".kk-kampanye th, .kk-kampanye td {border: 1px solid #ccc; padding: 3px 8px;}"
               ".kk-kampanye th {background: #f3f3f3; text-align: left;}"
               ".kk-kampanye td:nth-child(2), .kk-kampanye td:nth-child(3) {white-space: nowrap;}</style>")


class CampaignPlanner(KitWidget):
    """Plan a one-month campaign for one kab/kota (participant name ``RencanaKampanye``).

    ``rencana``: a plan to start from (a DataFrame with the columns of ``kimkit.campaign.COLUMNS``,
    e.g. from ``kimkit.campaign.from_calendar(...)`` or a CSV read with pandas); ``kabkota``: the
    region (a name in ``wilayah_kaltim``); ``folder``: where exports are written (default: the
    notebook's folder).
    """

    def __init__(self, rencana: pd.DataFrame | None = None, kabkota: str = "Samarinda", judul: str = "",
                 folder: str | Path | None = None):
        super().__init__(title=msg("campaign.widget.title"))
        self.add_class("kk-kampanye")
        from kimkit.data import wilayah_kaltim

        regions = list(wilayah_kaltim()["nama"])
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.value = logic.empty()
        self.results: list[logic.CheckResult] = []
        self.exported: list[Path] = []
        self.summary_text = ""

        self.region = w.Dropdown(options=regions, value=kabkota if kabkota in regions else regions[0], layout=FIELD)
        self.title_text = w.Text(value=judul, layout=WIDE)
        self.table = w.HTML()
        self.checklist = w.HTML()

        self.date = w.Text(placeholder="2026-03-05", layout=FIELD)
        self.time = w.Text(placeholder="19:00", layout=FIELD)
        self.track = w.ToggleButtons(options=list(logic.TRACKS), value=logic.TRACKS[0])
        self.platform = w.Dropdown(options=[""] + list(content_calendar.PLATFORMS), value="Instagram", layout=FIELD)
        self.pillar = w.Dropdown(options=[""] + list(content_calendar.PILLARS), value="informasi", layout=FIELD)
        self.theme = w.Text(layout=WIDE)
        self.kim = w.Combobox(layout=FIELD, ensure_option=False)
        self.village = w.Text(layout=FIELD)
        self.add_button = w.Button(description=msg("campaign.widget.add"), button_style="primary",
                                   layout=w.Layout(width="max-content"))
        self.remove_number = w.BoundedIntText(value=0, min=0, max=10_000, layout=w.Layout(width="120px"))
        self.remove_button = w.Button(description=msg("campaign.widget.remove"), layout=w.Layout(width="max-content"))
        self.file_name = w.Text(layout=w.Layout(width="480px"))
        self.export_button = w.Button(description=msg("campaign.widget.export"), button_style="success",
                                      layout=w.Layout(width="max-content"))
        self.summary_button = w.Button(description=msg("campaign.widget.summary"), layout=w.Layout(width="max-content"))
        self.summary_box = w.Textarea(placeholder=msg("campaign.widget.summary_placeholder"),
                                      layout=w.Layout(width="100%", max_width="760px", height="190px"))

        self.add_button.on_click(lambda _b: self.add_from_form())
        self.remove_button.on_click(lambda _b: self.remove(self.remove_number.value))
        self.export_button.on_click(lambda _b: self.export())
        self.summary_button.on_click(lambda _b: self.build_summary())
        self.region.observe(self._on_region, names="value")
        self.kim.observe(self._on_kim, names="value")
        self.track.observe(self._on_track, names="value")

        self._assemble(
            grid(labelled(msg("campaign.widget.kabkota"), self.region)),
            labelled(msg("campaign.widget.judul"), self.title_text),
            section(msg("campaign.widget.rows_title")), self.table,
            w.HBox([labelled(msg("campaign.widget.remove_label"), self.remove_number), self.remove_button],
                   layout=w.Layout(align_items="flex-end")),
            section(msg("campaign.widget.add_title")),
            labelled(msg("campaign.widget.jalur"), self.track),
            grid(labelled(msg("campaign.widget.tanggal"), self.date), labelled(msg("campaign.widget.jam"), self.time),
                 labelled(msg("campaign.widget.platform"), self.platform),
                 labelled(msg("campaign.widget.pilar"), self.pillar),
                 labelled(msg("campaign.widget.kim"), self.kim), labelled(msg("campaign.widget.desa"), self.village)),
            labelled(msg("campaign.widget.tema"), self.theme),
            self.add_button,
            section(msg("campaign.widget.checklist")), self.checklist,
            labelled(msg("campaign.widget.file"), self.file_name),
            w.HBox([self.export_button, self.summary_button]),
            self.summary_box,
        )
        self._on_region({"new": self.region.value})
        if rencana is not None:
            try:
                self.value = logic._require(rencana).copy().reset_index(drop=True)
            except logic.CampaignError as error:
                self._show(OutcomeType.FAIL, str(error))
        self._refresh()

    # --- actions (callable from code and tests) ----------------------------------------------
    def add(self, **fields) -> Outcome:
        """Add one row (``tanggal``, ``jalur``, ``tema``, and ``jam``/``platform``/``pilar`` or ``kim``/``desa``)."""
        try:
            self.value = logic.add_row(self.value, **fields)
        except (logic.CampaignError, TypeError) as error:
            return self._show(OutcomeType.FAIL, msg("campaign.widget.bad_input", reason=error))
        self._refresh()
        return self._show(OutcomeType.INFO, msg("campaign.widget.added", n=self.value.index[-1]))

    def add_from_form(self) -> Outcome:
        media = self.track.value == logic.TRACKS[0]
        return self.add(tanggal=self.date.value, jam=self.time.value, jalur=self.track.value, tema=self.theme.value,
                        platform=self.platform.value if media else "", pilar=self.pillar.value if media else "",
                        kim="" if media else self.kim.value, desa="" if media else self.village.value)

    def remove(self, number: int) -> Outcome:
        try:
            self.value = logic.remove_row(self.value, number)
        except logic.CampaignError as error:
            return self._show(OutcomeType.FAIL, str(error))
        self._refresh()
        return self._show(OutcomeType.INFO, msg("campaign.widget.removed", n=number))

    def export(self) -> Outcome:
        """Write the plan to XLSX and CSV next to the notebook, never over an existing file."""
        name = self.file_name.value.strip() or logic.export_filename(self.value, self.region.value, "")
        try:
            xlsx = logic.export_xlsx(self.value, free_path(self.folder / f"{name}.xlsx"))
            csv = logic.export_csv(self.value, free_path(self.folder / f"{name}.csv"))
        except (OSError, ImportError, ValueError) as error:
            return self._show(OutcomeType.FAIL, msg("campaign.widget.export_failed", error=type(error).__name__))
        self.exported = [xlsx, csv]
        return self._show(OutcomeType.INFO, msg("campaign.widget.exported", xlsx=xlsx, csv=csv))

    def build_summary(self) -> Outcome:
        """The text summary for a report to the head of office, in the text box."""
        self.summary_text = logic.summary(self.value, self.region.value, self.title_text.value)
        self.summary_text += "\n" + logic.checklist_text(self.results)
        self.summary_box.value = self.summary_text
        return self._show(OutcomeType.INFO, msg("campaign.widget.summary_ready"))

    # --- view --------------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.results = logic.check(self.value)
        self.file_name.placeholder = logic.export_filename(self.value, self.region.value, "")
        if self.value.empty:
            self.table.value = html.escape(msg("campaign.widget.no_rows"))
        else:
            shown = self.value[list(logic.COLUMNS)].copy()
            shown["tanggal"] = shown["tanggal"].map(logic.date_text)
            self.table.value = TABLE_STYLE + "<div style='max-height: 320px; overflow: auto'>" + shown.to_html(
                na_rep="", escape=True) + "</div>"
        lines = []
        for result in self.results:
            mark = "<span style='color: #1a7f37'>✔</span>" if result.ok else "<span style='color: #c62828'>✘</span>"
            reasons = "".join(f"<li>{html.escape(r)}</li>" for r in result.reasons)
            lines.append(f"<div>{mark} {html.escape(result.title)}</div>"
                         + (f"<ul style='margin: 0 0 4px 0'>{reasons}</ul>" if reasons else ""))
        self.checklist.value = "".join(lines) + f"<div><i>{html.escape(logic.verdict(self.results))}</i></div>"

    def _show(self, kind: OutcomeType, text: str) -> Outcome:
        outcome = Outcome(kind, text)
        self.show(outcome)
        return outcome

    def _on_region(self, change) -> None:
        self.file_name.placeholder = logic.export_filename(self.value, change["new"], "")
        kim = logic.kim_of(change["new"])
        self._kim_villages = dict(zip(kim["nama_kim"], kim["desa_kelurahan"]))
        self.kim.options = list(self._kim_villages)

    def _on_kim(self, change) -> None:
        village = getattr(self, "_kim_villages", {}).get(change["new"])
        if village:
            self.village.value = village

    def _on_track(self, change) -> None:
        media = change["new"] == logic.TRACKS[0]
        for control in (self.time, self.platform, self.pillar):
            control.disabled = not media
        for control in (self.kim, self.village):
            control.disabled = media
