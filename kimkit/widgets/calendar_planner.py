"""Content-calendar planner: plan a month of posts, see clashes, pillar shares and posts per week, export.

A thin view over :mod:`kimkit.content_calendar`; the current calendar is ``widget.value`` (a
DataFrame in the canonical form), the target ``widget.target`` and the files written
``widget.exported`` (a list of paths). Headless use (tests, scripts)::

    rencana = PerencanaKalender()                 # an empty calendar
    rencana.date.value, rencana.time.value = "17/11/2025", "19:00"
    rencana.theme.value = "Jadwal posyandu"
    rencana.add()                                 # or rencana.add_button.click()
    rencana.feedback_text                         # the message shown
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import content_calendar as logic
from kimkit import importing
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget, grid, labelled, section
from kimkit.widgets.importer import ImporData

FIELD = w.Layout(width="260px")
WIDE = w.Layout(width="100%", max_width="560px")
NEW = ""  # record drop-down value: a new post
TABLE_STYLE = ("<style>.kk-kalender table {border-collapse: collapse; font-size: 13px; margin-bottom: 6px;}"
               ".kk-kalender th, .kk-kalender td {border: 1px solid #ccc; padding: 3px 8px;}"
               ".kk-kalender th, .kk-kalender td {text-align: left !important;}"
               ".kk-kalender th {background: #f3f3f3;}"
               ".kk-kalender td.kk-off {background: #fdecea;}</style>")


def _button(text: str, primary: bool = False) -> w.Button:
    return w.Button(description=text, button_style="primary" if primary else "",
                    layout=w.Layout(width="max-content"))


def _date_text(value) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%d/%m/%Y")


def _regions() -> dict[str, str]:
    """Kab/kota name → Kemendagri code (the kit's real regional table)."""
    try:
        import kimkit.data

        regions = kimkit.data.wilayah_kaltim()
        return dict(zip(regions["nama"], regions["kode_kemendagri"]))
    except Exception:  # the planner still works with names typed in the table
        return {}


class CalendarPlanner(KitWidget):
    """Plan a month of posts for one or more kab/kota and check the calendar as you go.

    ``data``: a calendar to start from (``kimkit.data.kalender_konten()``, a table from
    ``ImporData(SKEMA_KALENDER)``, or your own table with the columns of
    ``kimkit.content_calendar.REQUIRED``); None starts an empty calendar. ``target``: pillar
    shares in percent (default 70:20:10). ``folder``: where exports are written (default: the
    notebook's working folder).
    """

    FAIL_TITLE = "error.title"

    def __init__(self, data: pd.DataFrame | None = None, target: dict | None = None,
                 folder: str | Path | None = None):
        super().__init__(title=msg("calendar.title"))
        self.add_class("kk-kalender")
        self.value = logic.prepare(data) if data is not None else logic.empty()
        self.target = logic.check_target(target or logic.TARGET)
        self.tolerance = float(logic.TOLERANCE)
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.exported: list[Path] = []
        self.codes = _regions()
        regions = sorted(set(self.codes) | set(self.value["kabkota"]))
        platforms = list(logic.PLATFORMS) + sorted(set(self.value["platform"]) - set(logic.PLATFORMS))

        # 1. add, edit or remove a post
        self.record = w.Dropdown(layout=w.Layout(width="100%", max_width="760px"))
        self.date = w.Text(placeholder=msg("calendar.placeholder.date"), layout=FIELD)
        self.time = w.Text(placeholder=msg("calendar.placeholder.time"), layout=FIELD)
        first = self.value["kabkota"].iloc[0] if len(self.value) else regions[0] if regions else ""
        self.region = w.Dropdown(options=regions, value=first or None, layout=FIELD)
        self.platform = w.Dropdown(options=platforms, value=platforms[0], layout=FIELD)
        self.format = w.Dropdown(layout=FIELD)
        self.pillar = w.Dropdown(options=logic.PILLARS, value=logic.PILLARS[0], layout=FIELD)
        self.status = w.Dropdown(options=logic.STATUS, value=logic.STATUS[0], layout=FIELD)
        self.review = w.Text(placeholder=msg("calendar.placeholder.date"), layout=FIELD)
        self.theme = w.Text(placeholder=msg("calendar.placeholder.theme"), layout=WIDE)
        self.caption = w.Textarea(placeholder=msg("calendar.placeholder.caption"),
                                  layout=w.Layout(width="100%", max_width="560px", height="70px"))
        self.add_button = _button(msg("calendar.add"), primary=True)
        self.save_button = _button(msg("calendar.save"))
        self.remove_button = _button(msg("calendar.remove"))
        self.add_button.on_click(lambda _b: self.add())
        self.save_button.on_click(lambda _b: self.save())
        self.remove_button.on_click(lambda _b: self.remove())
        self.platform.observe(self._on_platform, names="value")
        self.record.observe(self._on_record, names="value")
        self._on_platform({"new": self.platform.value})

        # 2. target
        self.target_boxes = {p: w.BoundedFloatText(value=self.target[p], min=0, max=100, step=5,
                                                   layout=w.Layout(width="120px")) for p in logic.PILLARS}
        self.tolerance_box = w.BoundedFloatText(value=self.tolerance, min=0, max=100, step=1,
                                                layout=w.Layout(width="120px"))
        self.target_button = _button(msg("calendar.apply_target"))
        self.target_button.on_click(lambda _b: self.set_target())

        # 3. checks
        self.scope = w.Dropdown(layout=FIELD)
        self.scope.observe(lambda _c: self.refresh(), names="value")
        self.checks = w.HTML("", layout=w.Layout(max_width="100%", overflow="auto"))

        # 4. export
        self.xlsx_button = _button(msg("calendar.export_xlsx"), primary=True)
        self.csv_button = _button(msg("calendar.export_csv"))
        self.xlsx_button.on_click(lambda _b: self.export_xlsx())
        self.csv_button.on_click(lambda _b: self.export_csv())

        parts = [
            section(msg("calendar.section.post")),
            labelled(msg("calendar.field.record"), self.record),
            grid(labelled(msg("calendar.col.tanggal"), self.date),
                  labelled(msg("calendar.col.jam"), self.time),
                  labelled(msg("calendar.col.kabkota"), self.region),
                  labelled(msg("calendar.col.platform"), self.platform),
                  labelled(msg("calendar.col.format"), self.format),
                  labelled(msg("calendar.col.pilar"), self.pillar),
                  labelled(msg("calendar.col.batas_tinjau"), self.review),
                  labelled(msg("calendar.col.status"), self.status)),
            labelled(msg("calendar.col.tema"), self.theme),
            labelled(msg("calendar.col.caption"), self.caption),
            w.HBox([self.add_button, self.save_button, self.remove_button], layout=w.Layout(flex_flow="row wrap")),
            section(msg("calendar.section.target")),
            w.HBox([labelled(p, box) for p, box in self.target_boxes.items()]
                   + [labelled(msg("calendar.field.tolerance"), self.tolerance_box)],
                   layout=w.Layout(flex_flow="row wrap", align_items="flex-end")),
            self.target_button,
            section(msg("calendar.section.export")),
            w.HBox([self.xlsx_button, self.csv_button], layout=w.Layout(flex_flow="row wrap")),
        ]
        checks = [section(msg("calendar.section.checks")), labelled(msg("calendar.field.scope"), self.scope),
                  self.checks]
        self._assemble(*parts)
        # the feedback line right below the last button, above the (long) live checks
        self.children = [*self.children, *checks]
        self._refresh_records()
        self._refresh_scope()
        self.refresh()
        if len(self.value):
            self._info(msg("calendar.ready", n=angka(len(self.value))))
        else:
            self._info(msg("calendar.ready_empty"))

    # --- choices that depend on the data -----------------------------------------------------
    def _on_platform(self, change: dict) -> None:
        formats = list(logic.FORMATS.get(change["new"], ()))
        current = self.format.value
        extra = sorted(set(self.value.loc[self.value["platform"] == change["new"], "format"]) - set(formats) - {""})
        self.format.options = formats + extra or [""]
        self.format.value = current if current in self.format.options else self.format.options[0]

    def _refresh_records(self, select: str = NEW) -> None:
        ordered = self.value.sort_values(["tanggal", "jam", "kabkota", "platform"], kind="stable")
        options = [(msg("calendar.new_post"), NEW)]
        for row in ordered.itertuples():
            theme = row.tema if len(row.tema) <= 50 else row.tema[:47] + "…"
            parts = (row.id_rencana, f"{_date_text(row.tanggal)} {row.jam}", row.kabkota, row.platform, theme)
            options.append((" · ".join(str(p) for p in parts if str(p).strip()), row.id_rencana))
        self.record.options = options
        self.record.value = select if select in dict(options).values() else NEW

    def _on_record(self, change: dict) -> None:
        rows = self.value[self.value["id_rencana"] == change["new"]]
        if rows.empty:
            return
        row = rows.iloc[0]
        self.date.value = _date_text(row["tanggal"])
        self.time.value = row["jam"]
        if row["kabkota"] not in self.region.options:
            self.region.options = sorted([*self.region.options, row["kabkota"]])
        self.region.value = row["kabkota"]
        if row["platform"] not in self.platform.options:
            self.platform.options = [*self.platform.options, row["platform"]]
        self.platform.value = row["platform"]
        self._on_platform({"new": row["platform"]})
        if row["format"] and row["format"] not in self.format.options:
            self.format.options = [*self.format.options, row["format"]]
        self.format.value = row["format"] if row["format"] in self.format.options else self.format.options[0]
        self.pillar.value = row["pilar"]
        self.status.value = row["status"] if row["status"] in logic.STATUS else logic.STATUS[0]
        self.review.value = _date_text(row["batas_tinjau"])
        self.theme.value = row["tema"]
        self.caption.value = row["caption"]

    def _refresh_scope(self) -> None:
        current = self.scope.value
        regions = sorted(set(self.value["kabkota"]))
        options = [(msg("calendar.all_regions"), "")] + [(r, r) for r in regions]
        self.scope.options = options
        self.scope.value = current if current in dict(options).values() else ""

    # --- actions -------------------------------------------------------------------------------
    def _fields(self) -> dict:
        return {"tanggal": self.date.value, "jam": self.time.value, "kabkota": self.region.value or "",
                "platform": self.platform.value or "", "format": self.format.value or "",
                "pilar": self.pillar.value, "tema": self.theme.value, "caption": self.caption.value,
                "batas_tinjau": self.review.value, "status": self.status.value}

    def add(self) -> Outcome:
        """Add the post described in section 1 to the calendar."""
        fields = self._fields()
        try:
            self.value = logic.add_post(self.value, kode_kabkota=self.codes.get(fields["kabkota"], ""), **fields)
        except logic.CalendarError as error:
            return self._fail(error)
        new_id = self.value["id_rencana"].iloc[-1]
        self._after_change(select=new_id)
        row = self.value.iloc[-1]
        clash = logic.clashing_posts(self.value)
        others = clash[(clash["kabkota"] == row["kabkota"]) & (clash["platform"] == row["platform"])
                       & (clash["tanggal"] == row["tanggal"]) & (clash["jam"].str[:2] == row["jam"][:2])
                       & (clash["id_rencana"] != new_id)]
        if len(others):
            return self._fail(msg("calendar.added_clash", id=new_id, platform=row["platform"], kabkota=row["kabkota"],
                                  date=_date_text(row["tanggal"]), hour=row["jam"][:2],
                                  others=", ".join(others["id_rencana"])))
        return self._info(msg("calendar.added", id=new_id, date=_date_text(row["tanggal"]), time=row["jam"],
                              platform=row["platform"], n=angka(len(self.value))))

    def save(self) -> Outcome:
        """Store the fields of section 1 in the post chosen in "Posting yang dipilih"."""
        chosen = self.record.value
        if not chosen:
            return self._info(msg("calendar.pick_first"))
        fields = self._fields()
        try:
            self.value = logic.update_post(self.value, chosen, kode_kabkota=self.codes.get(fields["kabkota"], ""),
                                           **fields)
        except logic.CalendarError as error:
            return self._fail(error)
        self._after_change(select=chosen)
        return self._info(msg("calendar.saved", id=chosen))

    def remove(self) -> Outcome:
        """Remove the post chosen in "Posting yang dipilih"."""
        chosen = self.record.value
        if not chosen:
            return self._info(msg("calendar.pick_first"))
        try:
            self.value = logic.remove_post(self.value, chosen)
        except logic.CalendarError as error:
            return self._fail(error)
        self._after_change(select=NEW)
        return self._info(msg("calendar.removed", id=chosen, n=angka(len(self.value))))

    def set_target(self) -> Outcome:
        """Use the pillar shares and the tolerance typed in section 2."""
        try:
            target = logic.check_target({p: box.value for p, box in self.target_boxes.items()})
        except logic.CalendarError as error:
            return self._fail(error)
        self.target = target
        self.tolerance = float(self.tolerance_box.value)
        self.refresh()
        return self._info(msg("calendar.target_set", target=" : ".join(f"{target[p]:g}" for p in logic.PILLARS)))

    def _after_change(self, select: str) -> None:
        self._refresh_records(select=select)
        self._refresh_scope()
        self.refresh()

    # --- the checks on screen ------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the checks of section 3 for the chosen kab/kota (or all)."""
        scope = self.scope.value or None
        cal = self.value if not scope else self.value[self.value["kabkota"] == scope]
        if cal.empty:
            self.checks.value = f"<p>{html.escape(msg('calendar.checks_empty'))}</p>"
            return
        parts = [TABLE_STYLE]
        summary = logic.validation_summary(cal, self.target, self.tolerance)
        parts.append(self._table(msg("calendar.heading.summary"), summary))
        slots = logic.clash_slots(cal)
        if slots.empty:
            parts.append(f"<b>{html.escape(msg('calendar.heading.clashes'))}</b><p>"
                         f"{html.escape(msg('calendar.no_clash'))}</p>")
        else:
            shown = slots.assign(tanggal=slots["tanggal"].map(_date_text), jam_ke=slots["jam_ke"] + ".00")
            parts.append(self._table(msg("calendar.heading.clashes"), shown))
        pillars = logic.pillar_check(cal, self.target, self.tolerance)
        wide = pillars.pivot_table(index="kabkota", columns="pilar", values="persen").reindex(columns=list(logic.PILLARS))
        wide.columns = [f"{p} (%)" for p in wide.columns]
        wide.loc[msg("calendar.col.target")] = [self.target[p] for p in logic.PILLARS]
        off = set(logic.off_target_groups(cal, self.target, self.tolerance))
        body = wide.reset_index().rename(columns={"kabkota": msg("calendar.col.kabkota")})
        table = body.to_html(index=False, float_format=lambda v: angka(v, 1), border=0)
        for region in off:  # mark the off-target rows
            table = table.replace(f"<td>{html.escape(region)}</td>", f"<td class='kk-off'>{html.escape(region)} ✘</td>")
        parts.append(f"<b>{html.escape(msg('calendar.heading.pillars'))}</b>{table}")
        weekly = logic.posts_per_week(cal)
        parts.append(self._table(msg("calendar.heading.weekly"), weekly.reset_index()))
        self.checks.value = "".join(parts)

    @staticmethod
    def _table(heading: str, frame: pd.DataFrame) -> str:
        shown = logic._headers(frame)
        return (f"<b>{html.escape(heading)}</b>"
                + shown.to_html(index=False, border=0, na_rep="–", float_format=lambda v: angka(v, 1)))

    # --- export -------------------------------------------------------------------------------
    def export_xlsx(self) -> Outcome:
        """Write the calendar and its checks to an Excel file in ``folder`` (never over a file)."""
        return self._export(".xlsx", lambda path: logic.export_xlsx(self.value, path, self.target, self.tolerance))

    def export_csv(self) -> Outcome:
        """Write the calendar to a CSV file in ``folder`` (never over a file)."""
        return self._export(".csv", lambda path: logic.export_csv(self.value, path))

    def _export(self, suffix: str, write) -> Outcome:
        if self.value.empty:
            return self._info(msg("calendar.nothing_to_export"))
        path = free_path(self.folder / logic.export_filename(self.value, suffix))
        try:
            written = write(path)
        except (OSError, ImportError) as error:
            return self._fail(msg("calendar.export_failed", path=path, detail=type(error).__name__))
        self.exported.append(written)
        return self._info(msg("calendar.exported", path=written))


class CalendarImport(ImporData):
    """The kit's import widget set up for a content calendar (``SKEMA_KALENDER``).

    The same steps as ``ImporData`` (load, map columns, check), with the calendar's own title
    and messages; ``tabel()`` gives the calendar in the canonical form of
    :func:`kimkit.content_calendar.prepare`, or the kit's synthetic calendar as the fallback.
    """

    EXAMPLE = "kalender_konten.csv"

    def __init__(self, path: str | None = None):
        super().__init__(schema=importing.SKEMA_KALENDER, example=self.EXAMPLE)
        self.title.value = f"<b>{html.escape(msg('calendar.import.title'))}</b>"
        self.path.placeholder = msg("calendar.import.path_placeholder")
        self.show(Outcome(OutcomeType.INFO, msg("calendar.import.ready")))
        if path:
            self.load_path(path)

    def apply(self) -> pd.DataFrame | None:
        """Check the table (as ``ImporData.apply``); the summary line speaks of posts, not KIM."""
        result = super().apply()
        if result is not None and self.last_outcome is not None:
            generic = importing.summary(result, self.schema)
            own = msg("calendar.import.summary", n=angka(len(result)), regions=result["kabkota"].nunique())
            self.show(dataclasses.replace(self.last_outcome, message=self.last_outcome.message.replace(generic, own)))
        return result

    def tabel(self) -> pd.DataFrame:
        """Your calendar once accepted (canonical form); until then the kit's synthetic calendar."""
        if self.hasil is not None:
            try:
                return logic.prepare(self.hasil)
            except logic.CalendarError as error:
                print(msg("calendar.import.not_usable", error=error))
        else:
            print(msg("calendar.import.fallback_rejected" if self.masalah else "calendar.import.fallback"))
        import kimkit.data

        return logic.prepare(kimkit.data.kalender_konten())


# Participant-facing name of the calendar import (used as kimkit.widgets.calendar_planner.ImporKalender)
ImporKalender = CalendarImport
