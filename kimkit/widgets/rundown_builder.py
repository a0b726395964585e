"""Podcast rundown builder: segments with target lengths, running total, warnings, export.

A thin view over :mod:`kimkit.rundown`; the rundown being edited is ``widget.rundown`` (a
:class:`kimkit.rundown.Rundown`), its sheet ``widget.rundown.table()``, the current warnings
``widget.warnings`` and the files written ``widget.exported``. Headless use (tests)::

    penyusun = PenyusunRundown()
    penyusun.name.value, penyusun.target.value = "Kuis pendengar", "3:00"
    penyusun.add_button.click()
    penyusun.xlsx_button.click()
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import importing
from kimkit import rundown as logic
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import msg
from kimkit.widgets.base import KitWidget, grid, labelled, section
from kimkit.widgets.importer import ImporData

FIELD = w.Layout(width="260px")
WIDE = w.Layout(width="100%", max_width="560px")
BUTTON = w.Layout(width="max-content")
NEW = -1  # dropdown value of "(new segment)"
TABLE_STYLE = ("<style>.kk-rundown table {border-collapse: collapse; font-size: 13px;}"
               ".kk-rundown th, .kk-rundown td {border: 1px solid #ccc; padding: 3px 8px; vertical-align: top;}"
               ".kk-rundown th {background: #f3f3f3; text-align: left;}"
               ".kk-rundown .kk-warn {color: #8a4b00;}</style>")

# Illustrative starting rundown (after the practitioner templates in module 06): edit it freely.
TEMPLATE = (
    ("Pembuka", "2:00", "sapaan dan perkenalan narasumber; satu kalimat janji episode untuk pendengar"),
    ("Segmen utama 1", "8:00", "pertanyaan 1\npertanyaan 2\nfakta atau data pendukung"),
    ("Info layanan", "3:00", "layanan atau pengumuman pemda pekan ini"),
    ("Segmen utama 2", "8:00", "pengalaman warga atau KIM\npertanyaan pendengar"),
    ("Rekap dan ajakan", "2:00", "tiga poin penting; ajakan (kanal informasi, layanan)"),
    ("Penutup", "1:00", "terima kasih; topik episode berikutnya"),
)


class RundownBuilder(KitWidget):
    """Plan a podcast episode segment by segment and export the rundown sheet.

    ``table``: a table with columns ``segmen`` and ``target`` (``poin_bicara``, ``aktual``,
    ``urutan``, ``judul_episode``, ``target_episode`` optional), e.g. one episode of
    ``kimkit.data.rundown_podcast()`` or your own sheet; without it, an illustrative template.
    ``folder``: where exports are written (default: the notebook's folder).
    """

    def __init__(self, table: pd.DataFrame | None = None, title: str = "", target: str | None = None,
                 folder: str | Path | None = None):
        super().__init__(title=msg("rundown.title"))
        self.add_class("kk-rundown")
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.exported: list[Path] = []
        self.warnings: list[str] = []
        problem: logic.RundownError | None = None
        if table is None:
            self.rundown = logic.Rundown(title=title, target=logic.parse_time(target or "25:00"))
            for name, length, points in TEMPLATE:
                self.rundown.add(name, length, points)
        else:
            try:
                self.rundown = logic.Rundown.from_table(table, title=title, target=target)
            except logic.RundownError as error:  # shown below, in the feedback line, instead of a traceback
                problem = error
                self.rundown = logic.Rundown(title=title, target=logic.parse_time(target or "25:00"))

        # 1. episode
        self.episode_title = w.Text(value=self.rundown.title, placeholder=msg("rundown.placeholder.title"),
                                    layout=WIDE)
        self.episode_target = w.Text(value=logic.format_time(self.rundown.target),
                                     placeholder=msg("rundown.placeholder.time"), layout=FIELD)
        self.episode_button = w.Button(description=msg("rundown.button.set_episode"), layout=BUTTON)
        self.episode_button.on_click(lambda _b: self.set_episode())

        # 2. segments
        self.segment = w.Dropdown(layout=w.Layout(width="100%", max_width="560px"))
        self.name = w.Text(placeholder=msg("rundown.placeholder.name"), layout=FIELD)
        self.target = w.Text(placeholder=msg("rundown.placeholder.time"), layout=FIELD)
        self.actual = w.Text(placeholder=msg("rundown.placeholder.time"), layout=FIELD)
        self.points = w.Textarea(layout=w.Layout(width="100%", max_width="560px", height="80px"))
        self.add_button = w.Button(description=msg("rundown.button.add"), button_style="primary", layout=BUTTON)
        self.save_button = w.Button(description=msg("rundown.button.save"), layout=BUTTON)
        self.remove_button = w.Button(description=msg("rundown.button.remove"), button_style="warning",
                                      layout=BUTTON)
        self.up_button = w.Button(description=msg("rundown.button.up"), icon="arrow-up", layout=BUTTON)
        self.down_button = w.Button(description=msg("rundown.button.down"), icon="arrow-down", layout=BUTTON)
        self.add_button.on_click(lambda _b: self.add())
        self.save_button.on_click(lambda _b: self.save())
        self.remove_button.on_click(lambda _b: self.remove())
        self.up_button.on_click(lambda _b: self.move(-1))
        self.down_button.on_click(lambda _b: self.move(1))
        self.segment.observe(self._on_segment, names="value")

        # 3. sheet, warnings, export
        self.running = w.HTML("")
        self.sheet = w.HTML("", layout=w.Layout(max_height="420px", overflow="auto", max_width="100%"))
        self.warning_box = w.HTML("")
        self.xlsx_button = w.Button(description=msg("rundown.button.xlsx"), button_style="primary", layout=BUTTON)
        self.csv_button = w.Button(description=msg("rundown.button.csv"), layout=BUTTON)
        self.xlsx_button.on_click(lambda _b: self.export("xlsx"))
        self.csv_button.on_click(lambda _b: self.export("csv"))

        row = w.Layout(flex_flow="row wrap", grid_gap="6px")
        self._assemble(
            section(msg("rundown.section.episode")),
            labelled(msg("rundown.field.title"), self.episode_title),
            labelled(msg("rundown.field.target_episode"), self.episode_target),
            self.episode_button,
            section(msg("rundown.section.segment")),
            labelled(msg("rundown.field.segment"), self.segment),
            grid(labelled(msg("rundown.field.name"), self.name),
                  labelled(msg("rundown.field.target"), self.target),
                  labelled(msg("rundown.field.actual"), self.actual)),
            labelled(msg("rundown.field.points"), self.points),
            w.HBox([self.add_button, self.save_button, self.remove_button, self.up_button, self.down_button],
                   layout=row),
            section(msg("rundown.section.sheet")),
            self.running,
            self.sheet,
            self.warning_box,
            w.HBox([self.xlsx_button, self.csv_button], layout=row),
        )
        self._refresh(select=0 if self.rundown.segments else NEW)
        if problem is not None:
            self._fail(msg("rundown.table_refused", problem=problem))
            return
        self._info(msg("rundown.ready", n=len(self.rundown.segments), total=logic.format_time(self.rundown.total),
                       target=logic.format_time(self.rundown.target)))

    # --- view ------------------------------------------------------------------------------------
    def _refresh(self, select: int | None = None) -> None:
        options = [(msg("rundown.new_segment"), NEW)]
        options += [(f"{n}. {s.name} ({logic.format_time(s.target)})", n - 1)
                    for n, s in enumerate(self.rundown.segments, start=1)]
        current = self.segment.value if select is None else select
        self.segment.unobserve(self._on_segment, names="value")
        self.segment.options = options
        self.segment.value = current if current in dict(options).values() else NEW
        self.segment.observe(self._on_segment, names="value")
        self._on_segment({"new": self.segment.value})
        table = self.rundown.table()
        shown = table.rename(columns=lambda c: msg(f"rundown.col.{c}"))
        shown[msg("rundown.col.poin_bicara")] = shown[msg("rundown.col.poin_bicara")].map(
            lambda text: html.escape(str(text)).replace("\n", "<br>"))
        self.sheet.value = TABLE_STYLE + shown.to_html(index=False, escape=False, justify="left") if len(table) else ""
        self.running.value = "<b>" + html.escape(msg("rundown.running_total", total=logic.format_time(
            self.rundown.total), target=logic.format_time(self.rundown.target))) + "</b>"
        self.warnings = self.rundown.warnings()
        if self.warnings:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in self.warnings)
            self.warning_box.value = (f"<div class='kk-warn'><b>{html.escape(msg('rundown.warnings_title'))}</b>"
                                      f"<ul style='margin: 2px 0'>{items}</ul></div>")
        else:
            self.warning_box.value = html.escape(msg("rundown.warn.none"))

    def _on_segment(self, change: dict) -> None:
        index = change["new"]
        if index is None or index == NEW:
            self.name.value, self.target.value, self.actual.value, self.points.value = "", "", "", ""
            return
        segment = self.rundown.segments[index]
        self.name.value = segment.name
        self.target.value = logic.format_time(segment.target)
        self.actual.value = logic.format_time(segment.actual) if segment.actual is not None else ""
        self.points.value = segment.points

    # --- actions -----------------------------------------------------------------------------------
    def set_episode(self) -> Outcome:
        """Store the title and the target length of the episode."""
        try:
            self.rundown.set_target(self.episode_target.value)
        except logic.RundownError as error:
            return self._fail(error)
        self.rundown.title = " ".join(self.episode_title.value.split())
        self._refresh()
        return self._info(msg("rundown.episode_saved", title=self.rundown.title or msg("rundown.untitled"),
                              target=logic.format_time(self.rundown.target)))

    def add(self) -> Outcome:
        """Add the segment typed in section 2 (after the selected one, or at the end)."""
        selected = self.segment.value
        position = None if selected in (None, NEW) else selected + 1
        try:
            segment = self.rundown.add(self.name.value, self.target.value, self.points.value, self.actual.value,
                                       position=position)
        except logic.RundownError as error:
            return self._fail(error)
        number = self.rundown.segments.index(segment)
        self._refresh(select=number)
        return self._info(msg("rundown.added", name=segment.name, target=logic.format_time(segment.target),
                              n=number + 1))

    def save(self) -> Outcome:
        """Store the changes of the selected segment."""
        if self.segment.value in (None, NEW):
            return self._fail(msg("rundown.pick_segment"))
        index = self.segment.value
        try:
            segment = self.rundown.edit(index, name=self.name.value, target=self.target.value,
                                        points=self.points.value, actual=self.actual.value)
        except logic.RundownError as error:
            return self._fail(error)
        self._refresh(select=index)
        return self._info(msg("rundown.saved", n=index + 1, name=segment.name))

    def remove(self) -> Outcome:
        if self.segment.value in (None, NEW):
            return self._fail(msg("rundown.pick_segment"))
        index = self.segment.value
        segment = self.rundown.remove(index)
        self._refresh(select=min(index, len(self.rundown.segments) - 1) if self.rundown.segments else NEW)
        return self._info(msg("rundown.removed", name=segment.name))

    def move(self, step: int) -> Outcome:
        if self.segment.value in (None, NEW):
            return self._fail(msg("rundown.pick_segment"))
        new = self.rundown.move(self.segment.value, step)
        self._refresh(select=new)
        return self._info(msg("rundown.moved", name=self.rundown.segments[new].name, n=new + 1))

    def export(self, kind: str = "xlsx") -> Outcome:
        """Write the rundown sheet next to the notebook (never over an existing file)."""
        path = free_path(self.folder / logic.export_filename(self.rundown.title, kind))
        writer = logic.export_xlsx if kind == "xlsx" else logic.export_csv
        try:
            written = writer(self.rundown, path)
        except (OSError, ImportError) as error:
            return self._fail(msg("rundown.export_failed", path=path, detail=type(error).__name__))
        self.exported.append(written)
        return self._info(msg("rundown.exported", path=written))


class ImporRundown(ImporData):
    """The kit's import widget for a rundown sheet: map its columns to ``kimkit.rundown.SKEMA_RUNDOWN``.

    The same widget as ``ImporData`` with the rundown schema, its synthetic example sheet and
    texts that speak of a rundown (``ImporData``'s own texts speak of a KIM list). ``tabel()``
    gives the accepted sheet, or until then the example sheet (one synthetic episode).
    """

    def __init__(self, path: str | None = None):
        super().__init__(logic.SKEMA_RUNDOWN, path=None, example=logic.EXAMPLE_SHEET)
        self.title.value = f"<b>{html.escape(msg('rundown.import.title'))}</b>"
        self.path.placeholder = msg("rundown.import.placeholder")
        self.show(Outcome(OutcomeType.INFO, msg("rundown.import.ready")))
        if path:
            self.load_path(path)

    def tabel(self) -> pd.DataFrame:
        if self.hasil is not None:
            return self.hasil.copy()
        print(msg("rundown.import.fallback_rejected" if self.masalah else "rundown.import.fallback",
                  name=self.example))
        table, _sheet = importing.read_table(importing.kit_file(self.example).read_bytes(), self.example)
        result, _problems = importing.import_table(table, importing.suggest_mapping(table.columns, self.schema),
                                                   self.schema)
        return result
