"""Verification checklist: walk a message through the SIFT steps, get advice and a clarification draft.

A thin view over :mod:`kimkit.verification`. After ``assess()`` the result is
``widget.result`` (an :class:`~kimkit.verification.Assessment`) and the draft post is
``widget.draft.value`` (editable); ``export_text()`` / ``export_csv()`` write the findings
next to the notebook and put the path in ``widget.exported``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import verification as logic
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import msg
from kimkit.widgets.base import KitWidget, labelled, section

OWN = "__own__"
WIDE = w.Layout(width="100%", max_width="760px")
FIELD = w.Layout(width="340px")


class VerificationChecklist(KitWidget):
    """Check a suspicious message with SIFT (Stop, Investigate, Find, Trace).

    ``messages``: a table with an ``isi_pesan`` column (default: the kit's synthetic
    ``kimkit.data.pesan_hoaks()``); its messages can be picked from a list, and any message can
    be pasted instead. ``folder``: where exports are written (default: the working folder).
    """

    def __init__(self, messages: pd.DataFrame | None = None, folder: str | Path | None = None):
        super().__init__(title=msg("verification.title"))
        if messages is None:
            import kimkit.data

            messages = kimkit.data.pesan_hoaks()
        if not isinstance(messages, pd.DataFrame):
            raise logic.VerificationError(msg("verification.not_a_table", type=type(messages).__name__))
        if "isi_pesan" not in messages.columns:
            raise logic.VerificationError(msg("verification.no_text_column"))
        self.messages = messages.drop_duplicates("isi_pesan").reset_index(drop=True)
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.result: logic.Assessment | None = None
        self.exported: Path | None = None

        # 1. the message
        options = [(msg("verification.field.own"), OWN)]
        for number, row in self.messages.iterrows():
            label = str(row.get("id_pesan", number + 1))
            text = " ".join(str(row["isi_pesan"]).split())
            options.append((f"{label} · {text[:70]}{'…' if len(text) > 70 else ''}", str(number)))
        self.pick = w.Dropdown(options=options, value=OWN, layout=WIDE)
        self.text = w.Textarea(placeholder=msg("verification.placeholder.text"),
                               layout=w.Layout(width="100%", max_width="760px", height="80px"))
        self.pick.observe(self._on_pick, names="value")

        # 2. the SIFT steps: one set of buttons per question, one notes field per step
        self.answers: dict[str, w.ToggleButtons] = {}
        self.notes: dict[str, w.Textarea] = {}
        step_boxes = []
        for step in logic.STEPS:
            parts = [w.HTML(f"<b>{html.escape(step.title)}</b><br><i>{html.escape(step.guide)}</i>")]
            for question in step.questions:
                buttons = w.ToggleButtons(options=list(question.options), value=logic.BELUM_TAHU,
                                          style={"button_width": "auto"})
                self.answers[question.key] = buttons
                parts.append(labelled(question.text, buttons))
            self.notes[step.key] = w.Textarea(layout=w.Layout(width="100%", max_width="760px", height="48px"))
            parts.append(labelled(msg("verification.field.notes"), self.notes[step.key]))
            step_boxes.append(w.VBox(parts, layout=w.Layout(border="1px solid #ddd", padding="6px 10px",
                                                            margin="0 0 8px 0", max_width="800px")))

        # 3. result and draft
        self.instansi = w.Text(placeholder=msg("verification.placeholder.instansi"), layout=FIELD)
        self.kanal = w.Text(placeholder=msg("verification.placeholder.kanal"), layout=FIELD)
        self.fakta = w.Textarea(placeholder=msg("verification.placeholder.fakta"),
                                layout=w.Layout(width="100%", max_width="760px", height="56px"))
        self.assess_button = w.Button(description=msg("verification.assess"), button_style="primary",
                                      layout=w.Layout(width="max-content"))
        self.txt_button = w.Button(description=msg("verification.export_txt"), layout=w.Layout(width="max-content"))
        self.csv_button = w.Button(description=msg("verification.export_csv"), layout=w.Layout(width="max-content"))
        self.assess_button.on_click(lambda _b: self.assess())
        self.txt_button.on_click(lambda _b: self.export_text())
        self.csv_button.on_click(lambda _b: self.export_csv())
        self.reasons = w.HTML("")
        self.draft = w.Textarea(layout=w.Layout(width="100%", max_width="760px", height="220px"))

        self._assemble(
            section(msg("verification.section.message")),
            labelled(msg("verification.field.pick"), self.pick),
            labelled(msg("verification.field.text"), self.text),
            section(msg("verification.section.steps")),
            *step_boxes,
            section(msg("verification.section.result")),
            w.HBox([labelled(msg("verification.field.instansi"), self.instansi),
                    labelled(msg("verification.field.kanal"), self.kanal)], layout=w.Layout(flex_flow="row wrap")),
            labelled(msg("verification.field.fakta"), self.fakta),
            self.assess_button,
            self.reasons,
            labelled(msg("verification.field.draft"), self.draft),
            w.HBox([self.txt_button, self.csv_button], layout=w.Layout(flex_flow="row wrap")),
        )
        self._info(msg("verification.ready", n=len(self.messages)))

    # --- inputs ----------------------------------------------------------------------------------
    def _on_pick(self, change: dict) -> None:
        if change["new"] == OWN:
            return
        row = self.messages.iloc[int(change["new"])]
        self.text.value = " ".join(str(row["isi_pesan"]).split())
        self.reset_answers()
        self._info(msg("verification.picked", id=row.get("id_pesan", int(change["new"]) + 1)))

    def pick_message(self, id_pesan: str) -> None:
        """Choose a message of the table by its ``id_pesan`` (same as picking it in the list)."""
        matches = self.messages.index[self.messages.get("id_pesan", pd.Series(dtype=str)).astype(str) == id_pesan]
        if len(matches):
            self.pick.value = str(matches[0])

    def reset_answers(self) -> None:
        for buttons in self.answers.values():
            buttons.value = logic.BELUM_TAHU
        for notes in self.notes.values():
            notes.value = ""
        self.result = None
        self.reasons.value = ""
        self.draft.value = ""

    def set_answers(self, answers: dict) -> Outcome | None:
        """Set several answers at once (``{"sumber_jelas": "tidak", ...}``; True/False allowed,
        numpy's too). An answer that is not one of a question's options is explained, not raised."""
        for key, value in answers.items():
            if key in self.answers:
                answer = logic.normalise_answer(value)
                question = logic.QUESTIONS[key]
                if answer not in question.options:
                    return self._fail(msg("verification.bad_value", question=question.text, value=answer,
                                          options=", ".join(question.options)))
                self.answers[key].value = answer
        return None

    def current_answers(self) -> dict[str, str]:
        return {key: buttons.value for key, buttons in self.answers.items()}

    def current_notes(self) -> dict[str, str]:
        return {key: area.value for key, area in self.notes.items()}

    # --- actions -------------------------------------------------------------------------------------
    def assess(self) -> Outcome:
        """Score the answers, show the verdict with its reasons and fill the draft post."""
        if not self.text.value.strip():
            return self._fail(msg("verification.message_missing"))
        try:
            self.result = logic.assess(self.current_answers())
            self.draft.value = logic.draft_clarification(self.text.value, self.result, instansi=self.instansi.value,
                                                         fakta=self.fakta.value, kanal_resmi=self.kanal.value)
        except logic.VerificationError as error:
            return self._fail(str(error))
        items = "".join(f"<li>{html.escape(reason)}</li>" for reason in self.result.reasons)
        self.reasons.value = (f"<b>{html.escape(self.result.label)}</b>"
                              f"<ul style='margin: 4px 0'>{items}</ul>")
        kind = {logic.HOAKS: OutcomeType.FAIL, logic.BUKAN_HOAKS: OutcomeType.PASS}.get(self.result.verdict,
                                                                                     OutcomeType.INFO)
        # titled with the verdict: "Benar"/"Belum tepat" would judge the participant, not the message
        outcome = Outcome(kind, msg("verification.assessed", summary=self.result.summary()), title=self.result.label)
        self.show(outcome)
        return outcome

    def _name(self, suffix: str) -> Path:
        label = "pesan_sendiri"
        if self.pick.value != OWN:
            row = self.messages.iloc[int(self.pick.value)]
            label = re.sub(r"[^a-z0-9]+", "_", str(row.get("id_pesan", "pesan")).lower()).strip("_")
        return free_path(self.folder / f"periksa_hoaks_{label}.{suffix}")

    def _ready_for_export(self) -> Outcome | None:
        if self.result is None:
            return self._info(msg("verification.assess_first"))
        return None

    def export_text(self) -> Outcome:
        """Write message, answers, notes, verdict and the (edited) draft to a .txt file."""
        blocked = self._ready_for_export()
        if blocked:
            return blocked
        path = self._name("txt")
        text = logic.findings_text(self.text.value, self.result, self.current_notes(), draft=self.draft.value)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            return self._fail(msg("verification.export_failed", path=path, detail=type(error).__name__))
        self.exported = path
        return self._info(msg("verification.exported", path=path))

    def export_csv(self) -> Outcome:
        """Write one row per checklist question (with the step notes) to a .csv file for Excel."""
        blocked = self._ready_for_export()
        if blocked:
            return blocked
        path = self._name("csv")
        table = logic.findings_table(self.text.value, self.result, self.current_notes())
        try:
            table.to_csv(path, index=False, encoding="utf-8-sig")
        except OSError as error:
            return self._fail(msg("verification.export_failed", path=path, detail=type(error).__name__))
        self.exported = path
        return self._info(msg("verification.exported", path=path))
