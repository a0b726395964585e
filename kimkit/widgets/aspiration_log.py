"""Aspiration log: record and categorise citizens' aspirations, build and export the monthly summary.

A thin view over :mod:`kimkit.aspirations`; the current log is ``widget.value`` (a DataFrame)
and the last summary ``widget.summary``.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import aspirations as logic
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.formatting import bulan_id
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget, grid, labelled, section

WIDE = w.Layout(width="100%", max_width="560px")
FIELD = w.Layout(width="260px")
TABLE_STYLE = ("<style>.kk-aspirasi table {border-collapse: collapse; font-size: 13px;}"
               ".kk-aspirasi th, .kk-aspirasi td {border: 1px solid #ccc; padding: 3px 8px;}"
               ".kk-aspirasi th {background: #f3f3f3; text-align: left;}</style>")


def _date_text(value) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%d/%m/%Y")


class AspirationLog(KitWidget):
    """Record, categorise and summarise aspirations received through KIM.

    ``data``: the kit's ``kimkit.data.aspirasi_warga()`` (the default) or your own table with
    the columns of ``kimkit.aspirations.REQUIRED``. ``kim``: the KIM directory used for the
    KIM drop-down (default ``kimkit.data.kim_kaltim()``). ``folder``: where the Excel file is
    written (default: the notebook's working folder).
    """

    def __init__(self, data: pd.DataFrame | None = None, kim: pd.DataFrame | None = None,
                 folder: str | Path | None = None):
        super().__init__(title=msg("aspiration.title"))
        self.add_class("kk-aspirasi")
        if data is None:
            import kimkit.data

            data = kimkit.data.aspirasi_warga()
        self.value = logic.prepare(data)
        if kim is None:
            import kimkit.data

            kim = kimkit.data.kim_kaltim()
        self.kim = kim
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.summary: pd.DataFrame | None = None
        self.exported: Path | None = None
        regions = sorted(set(self.value["kabkota"].dropna().astype(str)) | set(kim["kabkota"]))
        categories = sorted(set(logic.KATEGORI) | set(self.value["kategori"].dropna().astype(str)))

        # 1. record a new aspiration
        self.received = w.Text(placeholder=msg("aspiration.placeholder.date"), layout=FIELD)
        self.region = w.Dropdown(options=regions, value=regions[0], layout=FIELD)
        self.kim_choice = w.Dropdown(layout=FIELD)
        self.channel = w.Dropdown(options=logic.KANAL, value=logic.KANAL[0], layout=FIELD)
        self.kind = w.Dropdown(options=logic.JENIS, value=logic.JENIS[0], layout=FIELD)
        self.category = w.Dropdown(options=categories, value=categories[0], layout=FIELD)
        self.text = w.Text(placeholder=msg("aspiration.placeholder.text"), layout=WIDE)
        self.add_button = w.Button(description=msg("aspiration.add"), button_style="primary",
                                   layout=w.Layout(width="max-content"))
        self.add_button.on_click(self._on_add)
        self.region.observe(self._on_region, names="value")
        self._on_region({"new": self.region.value})

        # 2. categorise / record the follow-up
        self.record = w.Dropdown(layout=w.Layout(width="100%", max_width="760px"))
        self.new_category = w.Dropdown(options=categories, value=categories[0], layout=FIELD)
        self.status = w.Dropdown(options=logic.STATUS, value=logic.STATUS[0], layout=FIELD)
        self.follow_up = w.Text(placeholder=msg("aspiration.placeholder.date"), layout=FIELD)
        self.save_button = w.Button(description=msg("aspiration.save"), button_style="primary",
                                    layout=w.Layout(width="max-content"))
        self.save_button.on_click(self._on_save)
        self.record.observe(self._on_record, names="value")
        self._refresh_records()

        # 3. monthly summary
        self.month = w.Dropdown(layout=FIELD)
        self.scope = w.Dropdown(options=[(msg("aspiration.all_regions"), "")] + [(r, r) for r in regions],
                                value="", layout=FIELD)
        self.summary_button = w.Button(description=msg("aspiration.summarise"), button_style="primary",
                                       layout=w.Layout(width="max-content"))
        self.export_button = w.Button(description=msg("aspiration.export"), layout=w.Layout(width="max-content"))
        self.summary_button.on_click(self._on_summary)
        self.export_button.on_click(self._on_export)
        self.table = w.HTML("", layout=w.Layout(max_height="360px", overflow="auto", max_width="100%"))
        self._refresh_months()

        field = msg  # labels come from the catalogue
        self._assemble(
            section(field("aspiration.section.add")),
            grid(labelled(field("aspiration.field.tanggal_diterima"), self.received),
                  labelled(field("aspiration.field.kabkota"), self.region),
                  labelled(field("aspiration.field.id_kim"), self.kim_choice),
                  labelled(field("aspiration.field.kanal"), self.channel),
                  labelled(field("aspiration.field.jenis"), self.kind),
                  labelled(field("aspiration.field.kategori"), self.category)),
            labelled(field("aspiration.field.ringkasan"), self.text),
            self.add_button,
            section(field("aspiration.section.edit")),
            labelled(field("aspiration.field.record"), self.record),
            grid(labelled(field("aspiration.field.kategori"), self.new_category),
                  labelled(field("aspiration.field.status"), self.status),
                  labelled(field("aspiration.field.tanggal_tindak_lanjut"), self.follow_up)),
            self.save_button,
            section(field("aspiration.section.summary")),
            grid(labelled(field("aspiration.field.month"), self.month),
                  labelled(field("aspiration.field.scope"), self.scope)),
            w.HBox([self.summary_button, self.export_button], layout=w.Layout(flex_flow="row wrap")),
            self.table,
        )
        self.show(Outcome(OutcomeType.INFO, msg("aspiration.ready", n=angka(len(self.value)))))

    # --- choices that depend on the data -----------------------------------------------------
    def _on_region(self, change: dict) -> None:
        local = self.kim[self.kim["kabkota"] == change["new"]]
        options = [(msg("aspiration.no_kim"), "")]
        options += [(f"{row.id_kim} · {row.nama_kim}", row.id_kim) for row in local.itertuples()]
        self.kim_choice.options = options
        self.kim_choice.value = options[1][1] if len(options) > 1 else ""

    def _refresh_records(self, select: str | None = None) -> None:
        newest = self.value.sort_values("tanggal_diterima", ascending=False, kind="stable")
        options = []
        for row in newest.itertuples():
            text = str(row.ringkasan or "").strip() or str(row.kategori)  # own tables may lack a summary
            text = text if len(text) <= 60 else text[:57] + "…"
            parts = (row.id_aspirasi, _date_text(row.tanggal_diterima), row.kabkota, text)
            options.append((" · ".join(str(p) for p in parts if str(p).strip()), row.id_aspirasi))
        self.record.options = options
        if options:
            self.record.value = select if select is not None else options[0][1]
            self._on_record({"new": self.record.value})

    def _on_record(self, change: dict) -> None:
        rows = self.value[self.value["id_aspirasi"] == change["new"]]
        if rows.empty:
            return
        row = rows.iloc[0]
        if row["kategori"] not in self.new_category.options:
            self.new_category.options = sorted([*self.new_category.options, row["kategori"]])
        self.new_category.value = row["kategori"]
        self.status.value = row["status"] if row["status"] in logic.STATUS else logic.STATUS[0]
        self.follow_up.value = _date_text(row["tanggal_tindak_lanjut"])

    def _refresh_months(self) -> None:
        months = logic.months(self.value)
        options = [(bulan_id(p, tahun=True), str(p)) for p in months]
        current = self.month.value
        self.month.options = options
        if options:
            self.month.value = current if current in dict(options).values() else options[-1][1]

    # --- actions -------------------------------------------------------------------------------
    def add(self) -> Outcome:
        """Append the aspiration typed in section 1 to the log."""
        region_codes = self.kim.drop_duplicates("kabkota").set_index("kabkota")["kode_kabkota"]
        try:
            self.value = logic.add_record(
                self.value, tanggal_diterima=self.received.value, kabkota=self.region.value,
                kode_kabkota=str(region_codes.get(self.region.value, "")), id_kim=self.kim_choice.value,
                kanal=self.channel.value, jenis=self.kind.value, kategori=self.category.value,
                ringkasan=self.text.value)
        except logic.AspirationError as error:
            return self._fail(error)
        new_id = self.value["id_aspirasi"].iloc[-1]
        self.text.value = ""
        self._refresh_records(select=new_id)
        self._refresh_months()
        return self._info(msg("aspiration.added", id=new_id, n=angka(len(self.value))))

    def save(self) -> Outcome:
        """Store the category, status and follow-up date chosen in section 2."""
        try:
            self.value = logic.update_record(self.value, self.record.value, kategori=self.new_category.value,
                                             status=self.status.value, tanggal_tindak_lanjut=self.follow_up.value)
        except logic.AspirationError as error:
            return self._fail(error)
        self._refresh_records(select=self.record.value)
        return self._info(msg("aspiration.saved", id=self.record.value, kategori=self.new_category.value,
                              status=self.status.value))

    def build_summary(self) -> Outcome:
        """Build the summary of the chosen month and kab/kota and show it as a table."""
        kabkota = self.scope.value or None
        label = bulan_id(pd.Period(self.month.value, freq="M"), tahun=True)
        summary = logic.monthly_summary(self.value, self.month.value, kabkota)
        if summary.empty:
            self.summary = None
            self.table.value = ""
            return self._info(msg("aspiration.summary_empty", month=label, scope=logic.scope_label(kabkota)))
        self.summary = summary
        shown = summary.rename(columns={c: msg(f"aspiration.col.{c}") for c in summary.columns})
        self.table.value = TABLE_STYLE + shown.to_html(index=False, na_rep="–", float_format=lambda v: angka(v, 1))
        total = logic.total_row(self.value, self.month.value, kabkota)
        return self._info(msg("aspiration.summary_ready", month=label, scope=logic.scope_label(kabkota),
                              n=angka(total["jumlah"]), persen=angka(total["persen_ditindaklanjuti"], 1)))

    def export(self) -> Outcome:
        """Write the summary on screen to an Excel file in ``folder``; the path is shown."""
        if self.summary is None:
            return self._info(msg("aspiration.summary_first"))
        kabkota = self.scope.value or None
        path = free_path(self.folder / logic.export_filename(self.month.value, kabkota))
        try:
            self.exported = logic.export_xlsx(self.value, self.month.value, path, kabkota)
        except (OSError, ImportError) as error:
            return self._fail(msg("aspiration.export_failed", path=path, detail=type(error).__name__))
        return self._info(msg("aspiration.exported", path=self.exported))

    def _on_add(self, _button=None) -> None:
        self.add()

    def _on_save(self, _button=None) -> None:
        self.save()

    def _on_summary(self, _button=None) -> None:
        self.build_summary()

    def _on_export(self, _button=None) -> None:
        self.export()
