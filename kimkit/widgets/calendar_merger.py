"""Calendar merger (module 10): combine the calendars of several kab/kota, see clashes and joint posts, export.

A thin view over :mod:`kimkit.collaboration`. The merged calendar is ``widget.value`` (a
DataFrame), the clashes ``widget.clashes`` and the joint-post opportunities
``widget.opportunities``; files written are in ``widget.exported``. Headless use (tests,
scripts)::

    gabung = PenggabungKalender()                  # the kit's synthetic calendar, one box per kab/kota
    gabung.boxes["Berau (contoh kit, sintetis)"].value = False
    gabung.load_path("kalender_konten_2025-11.csv")  # a planner export (module 04)
    gabung.export_xlsx()
    gabung.feedback_text                           # the message shown
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import collaboration as logic
from kimkit.checks.outcomes import Outcome
from kimkit.files import free_path
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget, labelled, section

TABLE_STYLE = ("<style>.kk-gabung table {border-collapse: collapse; font-size: 13px; margin-bottom: 6px;}"
               ".kk-gabung th, .kk-gabung td {border: 1px solid #ccc; padding: 3px 8px;}"
               ".kk-gabung th, .kk-gabung td {text-align: left !important; vertical-align: top;}"
               ".kk-gabung th {background: #f3f3f3; position: sticky; top: 0;}"
               ".kk-gabung .kk-gulir {max-height: 340px; overflow-y: auto; margin-bottom: 6px;}</style>")


def _button(text: str, primary: bool = False) -> w.Button:
    return w.Button(description=text, button_style="primary" if primary else "",
                    layout=w.Layout(width="max-content"))


class CalendarMerger(KitWidget):
    """Merge the content calendars of several kab/kota into one shared calendar.

    ``calendars``: None for the kit's synthetic ``kalender_konten`` split by kab/kota; one
    calendar table (split by kab/kota); or a dict *name → calendar* (e.g. your own planner
    export next to a colleague's). ``folder``: where exports are written (default: the
    notebook's working folder). Each calendar gets a checkbox; the tables below follow the
    boxes that are ticked.
    """

    FAIL_TITLE = "error.title"

    def __init__(self, calendars=None, folder: str | Path | None = None):
        super().__init__(title=msg("collaboration.title"))
        self.add_class("kk-gabung")
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.exported: list[Path] = []
        self.frames: dict[str, pd.DataFrame] = {}
        self.boxes: dict[str, w.Checkbox] = {}
        self._quiet = False
        self.value = pd.DataFrame()
        self.clashes = pd.DataFrame()
        self.opportunities = pd.DataFrame()

        self.box_area = w.GridBox([], layout=w.Layout(grid_template_columns="repeat(auto-fill, 330px)",
                                                      max_width="1000px"))
        self.all_button = _button(msg("collaboration.all"))
        self.none_button = _button(msg("collaboration.none"))
        self.all_button.on_click(lambda _b: self.select_all())
        self.none_button.on_click(lambda _b: self.select_none())
        self.path = w.Text(placeholder=msg("collaboration.placeholder.path"), layout=w.Layout(width="360px"))
        self.load_button = _button(msg("collaboration.load"))
        self.load_button.on_click(lambda _b: self.load_path())
        self.upload = w.FileUpload(accept=".xlsx,.csv", multiple=False, description=msg("importer.upload"),
                                   layout=w.Layout(width="max-content"))
        self.upload.observe(self._on_upload, names="value")
        self.clash_table = w.HTML()
        self.joint_table = w.HTML()
        self.weekly_table = w.HTML()
        self.xlsx_button = _button(msg("collaboration.export_xlsx"), primary=True)
        self.csv_button = _button(msg("collaboration.export_csv"))
        self.xlsx_button.on_click(lambda _b: self.export_xlsx())
        self.csv_button.on_click(lambda _b: self.export_csv())

        self.export_row = w.HBox([self.xlsx_button, self.csv_button])
        self._assemble(
            w.HTML(TABLE_STYLE, layout=w.Layout(display="none")),
            section(msg("collaboration.section.choose")),
            self.box_area,
            w.HBox([self.all_button, self.none_button]),
            w.HTML(f"<i>{html.escape(msg('collaboration.section.load'))}</i>"),
            w.HBox([labelled(msg("collaboration.field.path"), self.path),
                    w.VBox([w.HTML("&nbsp;"), w.HBox([self.load_button, self.upload])])]),
            section(msg("collaboration.section.export")),
            self.export_row,
            section(msg("collaboration.section.clashes")),
            self.clash_table,
            section(msg("collaboration.section.joint")),
            self.joint_table,
            section(msg("collaboration.section.weekly")),
            self.weekly_table,
        )
        # the feedback line sits right under the export buttons, where the participant acts
        children = list(self.children)
        children.remove(self.feedback)
        children.insert(children.index(self.export_row) + 1, self.feedback)
        self.children = children

        if calendars is None:
            import kimkit.data

            for region, frame in logic.split_by_region(kimkit.data.kalender_konten()).items():
                self._add(msg("collaboration.label_kit", region=region), frame)
        elif isinstance(calendars, pd.DataFrame):
            try:
                parts = logic.split_by_region(calendars)
            except logic.calendar.CalendarError as error:
                self._fail(msg("collaboration.not_a_calendar", name=msg("collaboration.your_table"), error=error))
                parts = {}
            for region, frame in parts.items():
                self._add(region, frame)
        else:
            for name, frame in dict(calendars).items():
                try:
                    self._add(str(name), logic.calendar.prepare(frame))
                except logic.calendar.CalendarError as error:
                    self._fail(msg("collaboration.not_a_calendar", name=name, error=error))
        ok = self.last_outcome is None
        self.refresh(announce=ok)

    # --- the calendars ------------------------------------------------------------------------
    def _add(self, label: str, frame: pd.DataFrame, checked: bool = True) -> None:
        self.frames[label] = frame
        if label in self.boxes:
            self.boxes[label].value = checked
            return
        box = w.Checkbox(value=checked, description=label, indent=False, layout=w.Layout(width="320px"))
        box.observe(lambda _change: None if self._quiet else self.refresh(), names="value")
        self.boxes[label] = box
        self.box_area.children = [*self.box_area.children, box]

    @property
    def selected(self) -> list[str]:
        """The labels of the calendars ticked, in the order shown."""
        return [label for label, box in self.boxes.items() if box.value]

    def _set_all(self, value: bool) -> None:
        self._quiet = True
        try:
            for box in self.boxes.values():
                box.value = value
        finally:
            self._quiet = False
        self.refresh()

    def select_all(self) -> None:
        """Tick every calendar."""
        self._set_all(True)

    def select_none(self) -> None:
        """Untick every calendar."""
        self._set_all(False)

    def load_path(self, path: str | None = None) -> Outcome:
        """Add the calendar in ``path`` (or in the "Nama berkas" box): one box per kab/kota in it."""
        text = (path if path is not None else self.path.value).strip()
        if not text:
            return self._info(msg("collaboration.no_path"))
        target = Path(text).expanduser()
        if not target.is_absolute():
            target = self.folder / target
        return self._load(target, Path(text).name)

    def load_bytes(self, data: bytes, name: str) -> Outcome:
        """Add the calendar uploaded as ``data`` (the file's bytes) named ``name``."""
        return self._load(bytes(data), name)

    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0]
        self.load_bytes(item["content"], item["name"])

    def _load(self, source, name: str) -> Outcome:
        try:
            cal = logic.load_calendar_file(source, name=name)
        except logic.CollaborationError as error:
            return self._fail(str(error))
        parts = logic.split_by_region(cal)
        replaced = []
        self._quiet = True
        try:
            for region, frame in parts.items():
                kit_label = msg("collaboration.label_kit", region=region)
                if kit_label in self.boxes and self.boxes[kit_label].value:
                    self.boxes[kit_label].value = False
                    replaced.append(region)
                self._add(msg("collaboration.label_file", region=region, name=name), frame)
        finally:
            self._quiet = False
        self.refresh(announce=False)
        text = msg("collaboration.loaded", name=name, posts=angka(len(cal)), regions=", ".join(parts))
        if replaced:
            text += msg("collaboration.loaded_replaces", regions=", ".join(replaced))
        return self._info(text)

    # --- the tables on screen -----------------------------------------------------------------
    def refresh(self, announce: bool = True) -> None:
        """Merge the ticked calendars and redraw the tables (and say what is shown)."""
        chosen = self.selected
        if not chosen:
            self.value = self.clashes = self.opportunities = pd.DataFrame()
            empty = f"<p>{html.escape(msg('collaboration.nothing_selected_table'))}</p>"
            self.clash_table.value = self.joint_table.value = self.weekly_table.value = empty
            if announce:
                self._info(msg("collaboration.empty_selection"))
            return
        self.value = logic.merge_calendars({label: self.frames[label] for label in chosen})
        self.clashes = logic.find_clashes(self.value)
        self.opportunities = logic.find_joint_opportunities(self.value)
        self.clash_table.value = self._table(self.clashes, msg("collaboration.no_clash"))
        self.joint_table.value = self._table(self.opportunities, msg("collaboration.no_joint"))
        weekly = logic.posts_per_region_week(self.value)
        self.weekly_table.value = self._table(weekly.reset_index(), "")
        if not announce:
            return
        if self.value["kabkota"].nunique() < 2:
            self._info(msg("collaboration.one_selected", region=", ".join(sorted(self.value["kabkota"].unique()))))
        else:
            self._info(msg("collaboration.ready", n=len(chosen), posts=angka(len(self.value))))

    @staticmethod
    def _table(frame: pd.DataFrame, when_empty: str) -> str:
        if frame.empty:
            return f"<p>{html.escape(when_empty)}</p>"
        shown = logic._dated(frame)
        if "tanggal" in shown:  # on screen as 03/11/2025, as the planner shows dates; files keep 2025-11-03
            shown["tanggal"] = pd.to_datetime(shown["tanggal"]).dt.strftime("%d/%m/%Y")
        table = logic._headers(shown).to_html(index=False, border=0, na_rep="–")
        return f"<div class='kk-gulir'>{table}</div>"

    # --- export -------------------------------------------------------------------------------
    def export_xlsx(self) -> Outcome:
        """Write the shared calendar and its checks to an Excel file in ``folder`` (never over a file)."""
        return self._export(".xlsx", lambda path: logic.export_xlsx(self.value, path))

    def export_csv(self) -> Outcome:
        """Write the shared calendar to a CSV file in ``folder`` (never over a file)."""
        return self._export(".csv", lambda path: logic.export_csv(self.value, path))

    def _export(self, suffix: str, write) -> Outcome:
        if self.value.empty:
            return self._info(msg("collaboration.nothing_to_export"))
        path = free_path(self.folder / logic.export_filename(self.value, suffix))
        try:
            written = write(path)
        except (OSError, ImportError) as error:
            return self._fail(msg("collaboration.export_failed", path=path, detail=type(error).__name__))
        self.exported.append(written)
        return self._info(msg("collaboration.exported", path=written))


# Participant-facing name (also kimkit.widgets.PenggabungKalender)
PenggabungKalender = CalendarMerger
