"""Caption checker: length per platform against dated limits, hashtags, 5W+1H cues, alt text.

A thin view over :mod:`kimkit.captions`; the last check is ``widget.result`` (a
``CaptionCheck``) and the text to paste is ``widget.result_text.value``.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import captions as logic
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget, section

WIDE = w.Layout(width="100%", max_width="720px")
TABLE_STYLE = ("<style>.kk-keterangan table {border-collapse: collapse; font-size: 13px; max-width: 860px;}"
               ".kk-keterangan th, .kk-keterangan td {border: 1px solid #ccc; padding: 4px 8px; "
               "vertical-align: top; text-align: left;}"
               ".kk-keterangan th {background: #f3f3f3;} .kk-keterangan .kk-bad {color: #b3261e; font-weight: bold;}"
               ".kk-keterangan .kk-good {color: #1e7b34;} .kk-keterangan .kk-cut {white-space: pre-wrap;}</style>")


def labelled(text: str, control: w.Widget) -> w.VBox:
    """``control`` with its full label on its own line above it (labels are never cut)."""
    return w.VBox([w.HTML(html.escape(text)), control], layout=w.Layout(margin="0 0 8px 0"))


class CaptionChecker(KitWidget):
    """Check a caption before posting: length per platform, hashtags, 5W+1H cues and alt text.

    ``text``: a caption to start with (optional). ``folder``: where *Simpan hasil* writes the
    ``.txt`` file (default: the notebook's working folder).
    """

    def __init__(self, text: str = "", folder: str | Path | None = None):
        super().__init__(title=msg("captions.title"))
        self.add_class("kk-keterangan")
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.result: logic.CaptionCheck | None = None
        self.saved: Path | None = None

        self.caption = w.Textarea(value=text, placeholder=msg("captions.placeholder.caption"),
                                  layout=w.Layout(width="100%", max_width="720px", height="140px"))
        self.platform_boxes = {
            name: w.Checkbox(value=True, description=name, indent=False, layout=w.Layout(width="130px"))
            for name in logic.PLATFORMS
        }
        self.has_image = w.Checkbox(value=False, description=msg("captions.field.has_image"), indent=False,
                                    layout=w.Layout(width="auto"))
        self.alt_text = w.Text(placeholder=msg("captions.placeholder.alt"), layout=WIDE)
        self.check_button = w.Button(description=msg("captions.check"), button_style="primary",
                                     layout=w.Layout(width="max-content"))
        self.save_button = w.Button(description=msg("captions.save"), layout=w.Layout(width="max-content"))
        self.check_button.on_click(self._on_check)
        self.save_button.on_click(self._on_save)
        self.table = w.HTML("", layout=w.Layout(max_width="100%", overflow="auto"))
        self.elements = w.HTML("")
        self.result_text = w.Textarea(value="", layout=w.Layout(width="100%", max_width="720px", height="170px"))

        self._assemble(
            labelled(msg("captions.field.caption"), self.caption),
            labelled(msg("captions.field.platforms"),
                      w.HBox(list(self.platform_boxes.values()), layout=w.Layout(flex_flow="row wrap"))),
            self.has_image,
            labelled(msg("captions.field.alt"), self.alt_text),
            w.HBox([self.check_button, self.save_button], layout=w.Layout(flex_flow="row wrap")),
            section(msg("captions.section.platforms")),
            self.table,
            section(msg("captions.section.elements")),
            self.elements,
            labelled(msg("captions.field.result"), self.result_text),
        )
        self.show(Outcome(OutcomeType.INFO, msg("captions.ready", date=logic.VERIFIED_AS_OF)))
        if text.strip():
            self.check()

    @property
    def platforms(self) -> list[str]:
        return [name for name, box in self.platform_boxes.items() if box.value]

    # --- actions -----------------------------------------------------------------------------
    def check(self) -> Outcome:
        """Check the caption in the text box for the ticked platforms."""
        try:
            result = logic.check_caption(self.caption.value, self.platforms, self.has_image.value,
                                         self.alt_text.value)
        except logic.CaptionError as error:
            self.result = None
            self.table.value = self.elements.value = self.result_text.value = ""
            return self._show(OutcomeType.INFO, str(error))
        self.result = result
        self.table.value = TABLE_STYLE + self._table_html(result)
        self.elements.value = self._elements_html(result)
        self.result_text.value = logic.report_text(result)
        problems = []
        too_long = result.table.loc[~result.table["muat"], "platform"].tolist()
        if too_long:
            problems.append(msg("captions.problem.too_long", platforms=", ".join(too_long)))
        too_many = result.table.loc[~result.table["tagar_ok"], "platform"].tolist()
        if too_many:
            problems.append(msg("captions.problem.tags", platforms=", ".join(too_many)))
        if result.alt_issue:
            problems.append(msg("captions.problem.alt"))
        if problems:
            return self._show(OutcomeType.FAIL, msg("captions.checked_problems", n=angka(result.length),
                                                    tags=len(result.hashtags), problems="; ".join(problems)))
        return self._show(OutcomeType.INFO, msg("captions.checked_ok", n=angka(result.length),
                                                tags=len(result.hashtags)))

    def save(self) -> Outcome:
        """Write the result text to ``hasil_pemeriksaan_keterangan.txt`` (never over an existing file)."""
        if self.result is None:
            return self._show(OutcomeType.INFO, msg("captions.save_first"))
        path = free_path(self.folder / "hasil_pemeriksaan_keterangan.txt")
        text = logic.report_text(self.result) + "\n\n" + self.result.text + "\n"
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            return self._show(OutcomeType.FAIL, msg("captions.save_failed", path=path, detail=type(error).__name__))
        self.saved = path
        return self._show(OutcomeType.INFO, msg("captions.saved", path=path))

    # --- drawing -------------------------------------------------------------------------------
    @staticmethod
    def _table_html(result: logic.CaptionCheck) -> str:
        head = "".join(f"<th>{html.escape(msg(f'captions.col.{c}'))}</th>"
                       for c in ("platform", "length", "tags", "visible", "status"))
        body = []
        for row in result.table.itertuples():
            length = (f"{angka(row.panjang)} / {angka(row.batas)}<br><small>{html.escape(row.batas_berlaku)}</small>")
            if pd.isna(row.batas_tagar):
                tags = html.escape(msg("captions.no_tag_limit", n=row.tagar))
            else:
                tags = f"{row.tagar} / {int(row.batas_tagar)}<br><small>{html.escape(row.tagar_berlaku)}</small>"
            visible = (f"<span class='kk-cut'>{html.escape(row.terlihat)}…</span>" if row.terpotong
                       else html.escape(msg("captions.all_visible")))
            status = []
            if not row.muat:
                status.append(msg("captions.status.too_long", over=angka(-row.sisa)))
            if not row.tagar_ok:
                status.append(msg("captions.status.too_many_tags"))
            cell = (f"<span class='kk-bad'>{html.escape('; '.join(status))}</span>" if status
                    else f"<span class='kk-good'>{html.escape(msg('captions.status.ok'))}</span>")
            body.append(f"<tr><td>{row.platform}</td><td>{length}</td><td>{tags}</td><td>{visible}</td>"
                        f"<td>{cell}</td></tr>")
        return f"<table><tr>{head}</tr>{''.join(body)}</table>"

    @staticmethod
    def _elements_html(result: logic.CaptionCheck) -> str:
        items = []
        for element in logic.ELEMENTS:
            cues = result.cues[element]
            if cues:
                text = f"<span class='kk-good'>✔ <b>{element}</b>: {html.escape(msg('captions.element.found'))} " \
                       f"({html.escape(', '.join(cues[:4]))})</span>"
            else:
                text = f"<span class='kk-bad'>✘ <b>{element}</b>: " \
                       f"{html.escape(msg('captions.element.missing'))}</span>"
            items.append(f"<li>{text}</li>")
        return f"<ul style='margin: 0; padding-left: 20px'>{''.join(items)}</ul>"

    def _show(self, kind: OutcomeType, text: str) -> Outcome:
        outcome = Outcome(kind, text)
        self.show(outcome)
        return outcome

    def _on_check(self, _button=None) -> None:
        self.check()

    def _on_save(self, _button=None) -> None:
        self.save()
