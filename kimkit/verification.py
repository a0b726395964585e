"""Checking a suspicious message with the SIFT steps, as pure functions (module 08).

SIFT (Mike Caulfield): **S**top, **I**nvestigate the source, **F**ind better coverage,
**T**race claims, quotes and media to the original context. Here each step carries a few
yes/no questions in Indonesian (``STEPS``); a participant's answers go through
:func:`assess`, which returns a verdict with its reasons, and :func:`draft_clarification`
turns the findings into a clarification post for the participant to edit. The widget
``kimkit.widgets.PeriksaHoaks`` is a thin view over these functions.

The scoring rule is the kit's own and **illustrative** (it is not an official method):

- *tanda waspada* (warning signs) say "stop and check", they prove nothing by themselves:
  emotional or urgent wording, a request to forward, an unknown source, no clear date or
  context, no other coverage found (at most 5);
- a message is judged **hoaks** only on evidence: fact-checkers or the authority have already
  refuted it, it impersonates an official account (the account is not the verified official
  one), or the original content does not match the claim;
- it is judged **bukan hoaks** only when the source is known, trusted coverage confirms it and
  the original matches (and no evidence against it was found);
- everything else is **perlu dicek**: do not share it yet; with 3 or more warning signs it
  is a priority to check.

A verdict is advice drawn from the answers, not the truth: wrong or missing answers give a
wrong verdict, and the final word belongs to the authority concerned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from kimkit.formatting import bulan_id
from kimkit.messages import msg

YA, TIDAK, BELUM_TAHU, TIDAK_BERLAKU = "ya", "tidak", "belum tahu", "tidak berlaku"
ANSWERS = (YA, TIDAK, BELUM_TAHU)

HOAKS, BUKAN_HOAKS, PERLU_DICEK = "hoaks", "bukan hoaks", "perlu dicek"
VERDICTS = (HOAKS, PERLU_DICEK, BUKAN_HOAKS)
VERDICT_KEY = {HOAKS: "hoaks", PERLU_DICEK: "perlu_dicek", BUKAN_HOAKS: "bukan_hoaks"}
PRIORITY_WARNINGS = 3  # this many warning signs or more: check first


@dataclass(frozen=True)
class CheckQuestion:
    key: str           # the answer's name (the same as the column of kimkit.data.pesan_hoaks())
    options: tuple[str, ...] = ANSWERS
    warning: str = ""  # the answer that counts as a warning sign
    against: str = ""  # the answer that is evidence the message is false

    @property
    def text(self) -> str:
        return msg(f"verification.q.{self.key}")


@dataclass(frozen=True)
class Step:
    key: str  # S, I, F or T
    questions: tuple[CheckQuestion, ...]

    @property
    def title(self) -> str:
        return msg(f"verification.step.{self.key}")

    @property
    def guide(self) -> str:
        return msg(f"verification.step.{self.key}.guide")


STEPS: tuple[Step, ...] = (
    Step("S", (
        CheckQuestion("bahasa_emosional", warning=YA),
        CheckQuestion("minta_disebarkan", warning=YA),
    )),
    Step("I", (
        CheckQuestion("sumber_jelas", warning=TIDAK),
        CheckQuestion("akun_resmi", options=(YA, TIDAK, BELUM_TAHU, TIDAK_BERLAKU), against=TIDAK),
    )),
    Step("F", (
        CheckQuestion("liputan_lain", warning=TIDAK),
        CheckQuestion("dibantah_cek_fakta", against=YA),
    )),
    Step("T", (
        CheckQuestion("tanggal_konteks_jelas", warning=TIDAK),
        CheckQuestion("cocok_dengan_asal", against=TIDAK),
    )),
)
QUESTIONS: dict[str, CheckQuestion] = {q.key: q for step in STEPS for q in step.questions}


class VerificationError(ValueError):
    """Answers or a message the checklist cannot use; the message says what to fix."""


def normalise_answer(value) -> str:
    """``"ya"``, ``"tidak"``, ``"belum tahu"`` or ``"tidak berlaku"`` from an answer.

    ``True``/``False`` (as in the kit's dataset) become ``ya``/``tidak``; empty or missing
    becomes ``belum tahu``; the dataset's ``belum ditemukan`` (original not found) too.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return BELUM_TAHU
    if isinstance(value, bool) or type(value).__name__ in ("bool_", "bool"):  # numpy 1 and 2
        return YA if bool(value) else TIDAK
    text = " ".join(str(value).split()).casefold()
    if text in ("", "belum ditemukan", "belum dicek"):
        return BELUM_TAHU
    return text


def clean_answers(answers) -> dict[str, str]:
    """Every question's answer, normalised; unknown keys or values raise VerificationError."""
    if isinstance(answers, pd.Series):
        answers = answers.to_dict()
    if not isinstance(answers, dict):
        raise VerificationError(msg("verification.bad_answers", type=type(answers).__name__))
    cleaned = {}
    for key, question in QUESTIONS.items():
        value = normalise_answer(answers.get(key))
        if value not in question.options:
            raise VerificationError(msg("verification.bad_value", question=question.text, value=value,
                                        options=", ".join(question.options)))
        cleaned[key] = value
    return cleaned


@dataclass
class Assessment:
    """The result of :func:`assess`: a verdict (advice, not truth) and why."""

    verdict: str
    warnings: list[str] = field(default_factory=list)   # keys of the warning signs found
    against: list[str] = field(default_factory=list)    # keys of the evidence against the message
    reasons: list[str] = field(default_factory=list)    # Indonesian sentences, in step order
    unanswered: list[str] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def n_warnings(self) -> int:
        return len(self.warnings)

    @property
    def priority(self) -> bool:
        """A message still to be checked that shows many warning signs."""
        return self.verdict == PERLU_DICEK and self.n_warnings >= PRIORITY_WARNINGS

    @property
    def label(self) -> str:
        return msg(f"verification.verdict.{VERDICT_KEY[self.verdict]}")

    def summary(self) -> str:
        """One Indonesian paragraph: verdict, number of warning signs, advice."""
        text = msg("verification.summary", label=self.label, n=self.n_warnings, total=len(WARNING_KEYS))
        if self.priority:
            text += " " + msg("verification.summary.priority")
        return text + " " + msg("verification.advice_not_truth")


WARNING_KEYS = tuple(q.key for q in QUESTIONS.values() if q.warning)
AGAINST_KEYS = tuple(q.key for q in QUESTIONS.values() if q.against)


def count_warnings(answers) -> int:
    """How many warning signs (0–5) the answers show."""
    cleaned = clean_answers(answers)
    return sum(cleaned[k] == QUESTIONS[k].warning for k in WARNING_KEYS)


def assess(answers) -> Assessment:
    """The verdict for one message from its checklist answers (see the module docstring).

    ``answers`` maps question keys (``QUESTIONS``) to ``"ya"``/``"tidak"``/``"belum tahu"``
    (``akun_resmi`` also ``"tidak berlaku"``), or to True/False; missing keys count as
    ``"belum tahu"``. A row of ``kimkit.data.pesan_hoaks()`` can be passed as it is.
    """
    cleaned = clean_answers(answers)
    warnings = [k for k in WARNING_KEYS if cleaned[k] == QUESTIONS[k].warning]
    against = [k for k in AGAINST_KEYS if cleaned[k] == QUESTIONS[k].against]
    confirmed = (cleaned["sumber_jelas"] == YA and cleaned["liputan_lain"] == YA
                 and cleaned["cocok_dengan_asal"] == YA)
    if against:
        verdict = HOAKS
    elif confirmed:
        verdict = BUKAN_HOAKS
    else:
        verdict = PERLU_DICEK
    reasons = []
    for step in STEPS:
        for question in step.questions:
            key = question.key
            if key in against:
                reasons.append(msg(f"verification.reason.{key}"))
            elif key in warnings:
                reasons.append(msg(f"verification.reason.{key}"))
    if verdict == BUKAN_HOAKS:
        reasons.append(msg("verification.reason.confirmed"))
    unanswered = [k for k, v in cleaned.items() if v == BELUM_TAHU]
    if verdict == PERLU_DICEK:
        missing = [k for k in ("sumber_jelas", "liputan_lain", "cocok_dengan_asal") if cleaned[k] != YA]
        reasons.append(msg("verification.reason.not_confirmed",
                           items=", ".join(msg(f"verification.short.{k}") for k in missing)))
    return Assessment(verdict=verdict, warnings=warnings, against=against, reasons=reasons,
                      unanswered=unanswered, answers=cleaned)


# --- the clarification post -------------------------------------------------------------------

def tanggal_id(day: date | None = None) -> str:
    """``2 Desember 2026``: a date written the Indonesian way."""
    day = day or date.today()
    return f"{day.day} {bulan_id(day.month)} {day.year}"


def draft_clarification(message: str, assessment: Assessment, *, instansi: str = "",
                        fakta: str = "", kanal_resmi: str = "", tanggal: date | None = None) -> str:
    """A clarification post built from the findings, for the participant to edit before use.

    ``message``: the message as received; the post quotes at most its first 120 characters,
    so that the clarification does not spread the whole hoax again. ``fakta``: what the authority concerned says
    (the single narrative); if empty, the draft says where it must come from. ``instansi`` and
    ``kanal_resmi`` default to generic wording.
    """
    text = " ".join(str(message or "").split())
    if not text:
        raise VerificationError(msg("verification.message_missing"))
    if not isinstance(assessment, Assessment):
        raise VerificationError(msg("verification.assess_first"))
    about = text if len(text) <= 120 else text[:117].rstrip() + "…"
    values = {
        "pesan": about,
        "instansi": " ".join(instansi.split()) or msg("verification.draft.default_instansi"),
        "kanal": " ".join(kanal_resmi.split()) or msg("verification.draft.default_kanal"),
        "fakta": " ".join(str(fakta or "").split()) or msg("verification.draft.fakta_missing"),
        "tanggal": tanggal_id(tanggal),
    }
    key = VERDICT_KEY[assessment.verdict]
    lines = [msg(f"verification.draft.{key}", **values)]
    if assessment.verdict == HOAKS:
        found = [msg(f"verification.finding.{k}") for k in assessment.against]
        lines.append(msg("verification.draft.findings") + "\n" + "\n".join(f"- {f}" for f in found))
    lines.append(msg(f"verification.draft.{key}.closing", **values))
    return "\n\n".join(lines)


# --- findings for export -------------------------------------------------------------------------

def findings_table(message: str, assessment: Assessment, notes: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per checklist question (step, question, answer, step notes), Indonesian headers."""
    notes = notes or {}
    rows = []
    for step in STEPS:
        for question in step.questions:
            rows.append({
                msg("verification.col.langkah"): step.title,
                msg("verification.col.pertanyaan"): question.text,
                msg("verification.col.jawaban"): assessment.answers.get(question.key, BELUM_TAHU),
                msg("verification.col.catatan"): " ".join(str(notes.get(step.key, "")).split()),
            })
    rows.append({msg("verification.col.langkah"): msg("verification.col.pesan"),
                 msg("verification.col.pertanyaan"): " ".join(str(message).split()),
                 msg("verification.col.jawaban"): "", msg("verification.col.catatan"): ""})
    rows.append({msg("verification.col.langkah"): msg("verification.col.saran"),
                 msg("verification.col.pertanyaan"): assessment.summary(),
                 msg("verification.col.jawaban"): assessment.label,
                 msg("verification.col.catatan"): " ".join(assessment.reasons)})
    return pd.DataFrame(rows)


def findings_text(message: str, assessment: Assessment, notes: dict[str, str] | None = None,
                  draft: str = "", tanggal: date | None = None) -> str:
    """The whole check as plain text, to paste into a report or a chat with the team."""
    notes = notes or {}
    out = [msg("verification.export.title", tanggal=tanggal_id(tanggal)), "",
           msg("verification.export.message"), " ".join(str(message).split()), ""]
    for step in STEPS:
        out.append(step.title)
        for question in step.questions:
            out.append(f"- {question.text} {assessment.answers.get(question.key, BELUM_TAHU)}")
        note = " ".join(str(notes.get(step.key, "")).split())
        if note:
            out.append(f"  {msg('verification.col.catatan')}: {note}")
        out.append("")
    out.append(assessment.summary())
    out.extend(f"- {reason}" for reason in assessment.reasons)
    if draft.strip():
        out.extend(["", msg("verification.export.draft"), draft.strip()])
    return "\n".join(out) + "\n"
