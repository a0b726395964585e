"""Widget *Cek sebelum terbit* (module 09): a thin view over ``kimkit.prepublication``.

Paste a draft post, tick what it contains (people, children, music, third-party images)
and the statements that hold, press *Periksa draf*: personal-data patterns are highlighted,
the verdict ("boleh terbit" / "perbaiki dulu") lists its reasons with the rule and the
instrument, and a plain-text result is ready to paste into the approval thread or to save
as a .txt file next to the notebook.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import ipywidgets as w

from kimkit import prepublication as logic
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import msg
from kimkit.widgets.base import KitWidget, section

WIDE = w.Layout(width="100%", max_width="760px")


def _checkbox(text: str) -> w.Checkbox:
    # indent=False and a wide layout: the full label shows, wrapping instead of being cut
    box = w.Checkbox(value=False, description=text, indent=False, layout=w.Layout(width="100%", max_width="760px"))
    box.style.description_width = "initial"
    box.add_class("kk-cek-label")
    return box


# long checkbox labels wrap beside the box (not under it), and the row grows with them
STYLE = ("<style>.kk-cek-label {height: auto; min-height: 28px;}"
         ".kk-cek-label label.widget-label-basic {display: flex; align-items: flex-start; gap: 6px;"
         " white-space: normal; line-height: 1.35; height: auto;}"
         ".kk-cek-label label.widget-label-basic input {flex: none; margin-top: 2px;}"
         ".kk-cek-label label.widget-label-basic span {white-space: normal;}</style>")


class PrepublicationCheck(KitWidget):
    """Check a draft post before it goes to the approver.

    ``text``: a draft to start with (optional). ``folder``: where *Simpan hasil* writes the
    .txt file (default: the notebook's working folder). After :meth:`check`, ``verdict``
    holds the :class:`kimkit.prepublication.Verdict` and ``result.value`` the text to paste.
    """

    def __init__(self, text: str = "", folder: str | Path | None = None):
        super().__init__(title=msg("prepublication.title"))
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.verdict: logic.Verdict | None = None
        self.exported: Path | None = None
        self.title_text = w.Text(placeholder=msg("prepublication.placeholder.title"), layout=WIDE)
        self.text = w.Textarea(value=text, placeholder=msg("prepublication.placeholder.text"),
                               layout=w.Layout(width="100%", max_width="760px", height="120px"))
        self.flags = {f.key: _checkbox(f.label) for f in logic.FLAGS}
        self.confirmations = {c.key: _checkbox(c.label) for c in logic.CONFIRMATIONS}
        self.check_button = w.Button(description=msg("prepublication.check"), button_style="primary",
                                     layout=w.Layout(width="max-content"))
        self.export_button = w.Button(description=msg("prepublication.export"), layout=w.Layout(width="max-content"))
        self.check_button.on_click(self._on_check)
        self.export_button.on_click(self._on_export)
        self.highlighted = w.HTML("", layout=WIDE)
        self.verdict_box = w.HTML("", layout=WIDE)
        self.result = w.Textarea(value="", layout=w.Layout(width="100%", max_width="760px", height="180px"))
        self.result_label = w.HTML(html.escape(msg("prepublication.result_label")))
        self._assemble(
            w.HTML(STYLE, layout=w.Layout(display="none")),
            w.HTML(html.escape(msg("prepublication.field.title"))), self.title_text,
            w.HTML(html.escape(msg("prepublication.field.text"))), self.text,
            section(msg("prepublication.section.flags")), *self.flags.values(),
            section(msg("prepublication.section.confirm")), *self.confirmations.values(),
            w.HBox([self.check_button, self.export_button], layout=w.Layout(flex_flow="row wrap")),
            section(msg("prepublication.section.result")),
            self.highlighted, self.verdict_box, self.result_label, self.result,
            w.HTML(f"<small style='color:#52606d'>{html.escape(msg('prepublication.limits'))}</small>"),
        )
        self.show(Outcome(OutcomeType.INFO, msg("prepublication.ready")))

    # --- state read from the controls ---------------------------------------------------------------
    @property
    def flag_values(self) -> dict[str, bool]:
        return {key: box.value for key, box in self.flags.items()}

    @property
    def confirmed(self) -> dict[str, bool]:
        return {key: box.value for key, box in self.confirmations.items()}

    # --- actions ----------------------------------------------------------------------------------------
    def check(self) -> Outcome:
        """Run the check on the pasted draft; fills the highlight, the verdict and the result text."""
        text = self.text.value
        if not text.strip():
            self.verdict = None
            self.highlighted.value = self.verdict_box.value = self.result.value = ""
            return self._show(OutcomeType.ERROR, msg("prepublication.empty_text"))
        result = logic.verdict(text, self.flag_values, self.confirmed)
        self.verdict = result
        found = (msg("prepublication.found", n=len(result.findings)) if result.findings
                 else msg("prepublication.found_none"))
        self.highlighted.value = (f"<div style='margin:4px 0'>{html.escape(found)}</div>"
                                  "<div style='border:1px solid #d0d7de;padding:8px;border-radius:4px;"
                                  f"background:#fff'>{logic.highlight_html(text, result.findings)}</div>")
        items = "".join(f"<li>{html.escape(r.text)} <i>({html.escape(r.instrument)})</i></li>" for r in result.reasons)
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in result.notes)
        color = "#1e7b34" if result.ok else "#b3261e"
        heading = msg("prepublication.verdict_ok") if result.ok else msg("prepublication.verdict_fix")
        self.verdict_box.value = (f"<div style='border-left:4px solid {color};padding:6px 12px;margin:8px 0'>"
                                  f"<b style='color:{color};font-size:1.1em'>{html.escape(heading)}</b>"
                                  f"{f'<ol>{items}</ol>' if items else ''}{f'<ul>{notes}</ul>' if notes else ''}</div>")
        self.result.value = logic.result_text(text, result, self.flag_values, self.title_text.value.strip())
        if result.ok:
            return self._show(OutcomeType.PASS, msg("prepublication.ok_message"), heading)
        return self._show(OutcomeType.FAIL, msg("prepublication.fix_message", n=len(result.reasons)), heading)

    def export(self) -> Outcome:
        """Write the result text to ``cek_sebelum_terbit_<judul>.txt`` in ``folder`` (never over a file)."""
        if self.verdict is None or not self.result.value:
            return self._show(OutcomeType.INFO, msg("prepublication.check_first"))
        name = re.sub(r"[^a-z0-9]+", "_", self.title_text.value.lower()).strip("_")[:40] or "draf"
        path = free_path(self.folder / f"cek_sebelum_terbit_{name}.txt")
        try:
            path.write_text(self.result.value + "\n", encoding="utf-8")
        except OSError as error:
            return self._show(OutcomeType.ERROR, msg("prepublication.export_failed", path=path,
                                                     detail=type(error).__name__))
        self.exported = path
        return self._show(OutcomeType.INFO, msg("prepublication.exported", path=path))

    def _show(self, kind: OutcomeType, text: str, title: str = "") -> Outcome:
        outcome = Outcome(kind, text, title=title)
        self.show(outcome)
        return outcome

    def _on_check(self, _button=None) -> None:
        self.check()

    def _on_export(self, _button=None) -> None:
        self.export()
