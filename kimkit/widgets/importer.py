"""Import widget: load the participant's own CSV/XLSX, map its columns, validate, hand back a table.

A thin view over :mod:`kimkit.importing`. Headless use (tests, scripts)::

    impor = ImporData()
    impor.load_path("daftar_kim.xlsx")      # or impor.path.value = ...; impor.load_button.click()
    impor.mapping_boxes["nama_kim"].value = "Nama"
    impor.apply_button.click()
    impor.hasil                              # DataFrame in the kit's schema, or None
    kim_saya = impor.tabel()                 # hasil, or the kit's synthetic data as a fallback
"""

from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from kimkit import importing
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.messages import msg
from kimkit.widgets.base import KitWidget

FULL_LABEL = {"description_width": "initial"}
NOT_IN_FILE = ""  # dropdown value: the field is not in the file


def _labelled(text: str, control: w.Widget) -> w.VBox:
    return w.VBox([w.HTML(html.escape(text)), control], layout=w.Layout(margin="0 0 4px 0"))


def _example_table(filename: str) -> pd.DataFrame:
    """A synthetic file shipped with the kit, read as a participant's file would be."""
    table, _sheet = importing.read_table(importing.kit_file(filename).read_bytes(), filename)
    return table


class ImporData(KitWidget):
    """Load a table, map its columns to ``schema`` and validate it.

    ``hasil`` is the accepted table in the kit's schema (None until accepted), ``masalah``
    the problems of the last check, ``table`` the file as read (text cells).
    """

    def __init__(self, schema: importing.Schema = importing.SKEMA_KIM, path: str | None = None,
                 example: str = "kim_kaltim.csv"):
        self.schema = schema
        super().__init__(title=msg("importer.title", what=self._what))
        self.example = example  # synthetic file in kimkit/data/files: the fallback
        self.table: pd.DataFrame | None = None
        self.source_name = ""
        self._source = None
        self.hasil: pd.DataFrame | None = None
        self.masalah: list[importing.Problem] = []
        self.upload = w.FileUpload(accept=".xlsx,.csv", multiple=False, description=msg("importer.upload"),
                                   layout=w.Layout(width="auto"))
        self.path = w.Text(placeholder=msg("importer.path_placeholder", example=f"{schema.name}_saya.xlsx"), description=msg("importer.path"),
                           style=FULL_LABEL, layout=w.Layout(width="340px"))
        self.load_button = w.Button(description=msg("importer.load"), layout=w.Layout(width="auto"))
        self.example_button = w.Button(description=msg("importer.use_example"), layout=w.Layout(width="auto"))
        self.sheet = w.Dropdown(options=[], description=msg("importer.sheet"), style=FULL_LABEL,
                                layout=w.Layout(width="max-content", display="none"))
        self.preview = w.HTML("")
        self.mapping_boxes = {
            f.name: w.Dropdown(options=[(msg("importer.not_in_file"), NOT_IN_FILE)], value=NOT_IN_FILE,
                               layout=w.Layout(width="240px"))
            for f in schema.fields
        }
        regions = self._region_names()
        self.fixed_region = w.Dropdown(options=[(msg("importer.fixed_none"), "")] + [(n, n) for n in regions],
                                       value="", layout=w.Layout(width="240px"))
        self.apply_button = w.Button(description=msg("importer.apply"), button_style="primary",
                                     layout=w.Layout(width="max-content", min_width="180px"))
        self.upload.observe(self._on_upload, names="value")
        self.load_button.on_click(lambda _b: self.load_path(self.path.value))
        self.example_button.on_click(lambda _b: self.load_example())
        self.sheet.observe(self._on_sheet, names="value")
        self.apply_button.on_click(lambda _b: self.apply())
        for box in (*self.mapping_boxes.values(), self.fixed_region):
            box.observe(self._on_mapping_edit, names="value")
        labels = [_labelled(f.label + (" *" if f.required else ""), self.mapping_boxes[f.name])
                  for f in schema.fields]
        if any(f.kind == "kabkota" for f in schema.fields):
            labels.append(_labelled(msg("importer.fixed_region"), self.fixed_region))
        grid = w.GridBox(labels, layout=w.Layout(grid_template_columns="repeat(auto-fill, 260px)",
                                                 max_width="820px"))
        files = w.HBox([self.upload, self.path, self.load_button, self.example_button],
                       layout=w.Layout(flex_flow="row wrap", align_items="center"))
        self._assemble(w.HTML(html.escape(msg("importer.step_file"))), files, self.sheet, self.preview,
                       w.HTML(html.escape(msg("importer.step_map"))), grid,
                       w.HTML(html.escape(msg("importer.step_check"))), self.apply_button)
        ready = msg("importer.ready", what=self._what)
        if schema.name == importing.SKEMA_KIM.name:
            ready += msg("importer.ready_template")
        self.show(Outcome(OutcomeType.INFO, ready))
        if path:
            self.load_path(path)

    @property
    def _what(self) -> str:
        """The schema's title inside a sentence: "daftar KIM", "data posting media sosial"."""
        return self.schema.title[:1].lower() + self.schema.title[1:]

    # --- loading -----------------------------------------------------------------------

    @staticmethod
    def _region_names() -> list[str]:
        try:
            import kimkit.data

            return list(kimkit.data.wilayah_kaltim()["nama"])
        except Exception:  # the widget still loads files if the region table is damaged
            return []

    def _fail(self, error: Exception) -> None:
        self.hasil = None
        self.show(Outcome(OutcomeType.FAIL, str(error), title=msg("error.title")))

    def _load(self, source, name: str | None, sheet: str | None = None) -> bool:
        """Read ``source``; on success fill the sheet list, preview and suggested mapping."""
        self.hasil, self.masalah = None, []
        try:
            sheets = importing.sheet_names(source, name)
            table, chosen = importing.read_table(source, name, sheet)
        except importing.TableError as error:
            self.table = None
            self.preview.value = ""
            self._fail(error)
            return False
        self.table, self._source = table, (source, name)
        self.source_name = name or importing._name_of(source, None)
        self._set_sheets(sheets, chosen)
        self._set_mapping(importing.suggest_mapping(table.columns, self.schema))
        self._show_preview(chosen)
        self.show(Outcome(OutcomeType.INFO, msg("importer.loaded", name=self.source_name, rows=len(table),
                                                columns=len(table.columns))))
        return True

    def load_path(self, path: str) -> bool:
        """Load a file already in JupyterLab's folders (relative to the notebook)."""
        if not str(path).strip():
            self.show(Outcome(OutcomeType.INFO, msg("importer.empty_path")))
            return False
        return self._load(str(path).strip(), None)

    def load_bytes(self, data: bytes, name: str) -> bool:
        """Load the content of an uploaded file."""
        return self._load(bytes(data), name)

    def load_example(self) -> bool:
        """Load the kit's synthetic KIM file through the same steps as a participant's file."""
        if self._load(importing.kit_file(self.example).read_bytes(), self.example):
            self.show(Outcome(OutcomeType.INFO, msg("importer.loaded_example", name=self.example,
                                                    rows=len(self.table))))
            return True
        return False

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        first = files[0]
        if self._load(bytes(first["content"]), first["name"]) and len(files) > 1:
            self.show(Outcome(OutcomeType.INFO, msg("importer.upload_many", name=first["name"])))

    def _set_sheets(self, sheets: list[str], chosen: str) -> None:
        self._updating = True
        self.sheet.options = sheets
        self.sheet.value = chosen if sheets else None
        self.sheet.layout.display = "flex" if len(sheets) > 1 else "none"
        self._updating = False

    def _on_sheet(self, change: dict) -> None:
        if getattr(self, "_updating", False) or self._source is None or not change["new"]:
            return
        source, name = self._source
        self._load(source, name, change["new"])

    def _set_mapping(self, mapping: dict) -> None:
        self._updating = True
        options = [(msg("importer.not_in_file"), NOT_IN_FILE)] + [(c, c) for c in self.table.columns]
        for field_name, box in self.mapping_boxes.items():
            box.options = options
            box.value = mapping.get(field_name) or NOT_IN_FILE
        self.fixed_region.value = ""
        self._updating = False

    def _show_preview(self, sheet: str) -> None:
        suffix = msg("importer.sheet_suffix", sheet=sheet) if sheet else ""
        head = self.table.head(5).copy()
        head.insert(0, "baris", head.index)
        self.preview.value = (
            f"<div style='margin:6px 0'>{html.escape(msg('importer.preview', name=self.source_name, sheet=suffix))}"
            f"<div style='overflow-x:auto;max-width:100%'>{head.to_html(index=False, border=0)}</div></div>"
        )

    # --- mapping and checking -------------------------------------------------------------

    @property
    def mapping(self) -> dict[str, str | None]:
        return {name: (box.value or None) for name, box in self.mapping_boxes.items()}

    def _on_mapping_edit(self, _change: dict) -> None:
        if getattr(self, "_updating", False):
            return
        if self.hasil is not None:
            self.hasil = None
            self.show(Outcome(OutcomeType.INFO, msg("importer.changed")))

    def apply(self) -> pd.DataFrame | None:
        """Check the table with the current mapping; sets and returns ``hasil`` (None if not usable)."""
        if self.table is None:
            self.show(Outcome(OutcomeType.INFO, msg("importer.nothing_loaded")))
            return None
        fixed = {"kabkota": self.fixed_region.value} if self.fixed_region.value else None
        self.hasil, self.masalah = importing.import_table(self.table, self.mapping, self.schema, fixed=fixed)
        notes = tuple(str(p) for p in self.masalah)
        if self.hasil is None:
            errors = [p for p in self.masalah if p.is_error]
            self.show(Outcome(OutcomeType.FAIL, msg("importer.rejected", n=len(errors)),
                              title=msg("error.title"), extra=tuple(str(p) for p in errors)))
        elif notes:
            self.show(Outcome(OutcomeType.PASS, msg("importer.accepted_warnings",
                                                    summary=importing.summary(self.hasil, self.schema),
                                                    n=len(notes)), title=msg("importer.accepted_title"), extra=notes))
        else:
            self.show(Outcome(OutcomeType.PASS, msg("importer.accepted",
                                                    summary=importing.summary(self.hasil, self.schema)),
                              title=msg("importer.accepted_title")))
        return self.hasil

    def tabel(self) -> pd.DataFrame:
        """The accepted table; until there is one, the kit's synthetic KIM data (with a note)."""
        if self.hasil is not None:
            return self.hasil.copy()
        print(msg("importer.fallback_rejected" if self.masalah else "importer.fallback", name=self.example,
                  what=self._what, What=self.schema.title))
        table = _example_table(self.example)
        result, _problems = importing.import_table(table, importing.suggest_mapping(table.columns, self.schema),
                                                   self.schema)
        return result
