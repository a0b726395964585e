"""The pre-publication check of a government post, as pure functions (module 09).

Three parts, each usable alone; the widget ``kimkit.widgets.CekSebelumTerbit`` is a thin
view over them:

1. **Detectors** (:func:`find_personal_data`): regular expressions that flag text which
   *looks like* personal data: a NIK or KK number, a mobile phone number, an e-mail
   address, a vehicle number plate. They are pattern-based, so they have limits (each
   pattern's docstring below names them): they cannot know whose number it is, they miss
   data written in unusual ways ("nol delapan satu dua …", "nama [at] contoh.id"), and they
   say nothing about names, faces, addresses or health data. A human reviewer still reads
   every draft; the detectors only make sure the obvious cases are not missed.
2. **Questions as data** (:data:`FLAGS`, :data:`CONFIRMATIONS`) and a **verdict**
   (:func:`verdict`): "boleh terbit" or "perbaiki dulu", each reason naming the rule and the
   instrument it comes from (UU PDP, UU Hak Cipta, SKB netralitas ASN, UU ITE). The rules are
   the kit's reading of the sources in module 09, not legal advice.
3. The **approval workflow** (:data:`TRANSITIONS`, :func:`sequence_problems`,
   :func:`is_valid_sequence`): draf → ditinjau → disetujui → dijadwalkan → terbit, with a step
   back to ``draf`` for revisions. This workflow is an *illustrative SOP* of the kit, not a
   regulation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from kimkit.messages import msg

# --- 1. detectors -------------------------------------------------------------------------------

# Plate region codes of Indonesia (Korlantas list as printed on plates; KT = Kalimantan Timur).
PLATE_CODES = (
    "A", "AA", "AB", "AD", "AE", "AG", "B", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN",
    "BP", "D", "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DT", "E", "EA",
    "EB", "ED", "F", "G", "H", "K", "KB", "KH", "KT", "KU", "L", "M", "N", "P", "PA", "PB", "R", "S",
    "T", "W", "Z",
)

POLA_NIK = r"(?<!\d)(?<!\d[.,])(?:\d[ .-]?){15}\d(?!\d|[.,]\d)"
"""A NIK or KK number: 16 digits, optionally grouped with spaces, dots or hyphens
(``6472011205900001``, ``6472 0112 0590 0001``, ``64.72.01.120590.0001``).

Limits: it cannot tell a NIK from a KK number or any other 16-digit number (an account or
transaction number is flagged too); it does not check that the region and birth-date parts
are real; a partly masked NIK (``6472xxxxxxxx0001``) is not flagged. A money amount written
with thousand dots (``1.234.567.890.123.456``) or followed by decimals (``…000,00``) is not
a NIK and is left out by :func:`find_personal_data`.
"""

POLA_TELEPON = r"(?<![\w+.])(?:\+62|62|0)[ .-]?8[1-9]\d(?:[ .-]?\d){6,9}(?!\d)"
"""An Indonesian **mobile** number: ``08…`` or ``+62 8…``/``628…``, 10 to 13 digits, with or
without spaces, dots or hyphens (``0812-3456-7890``, ``+62 812 3456 7890``, ``+6281234567890``).

Limits: it cannot tell a person's number from an office's official WhatsApp number (the
widget asks); landlines (``(0541) …``), toll-free ``0800``, short emergency numbers such as
112 and call-centre numbers are not flagged, and neither is a number written in words.
"""

POLA_SUREL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
"""An e-mail address, also inside angle brackets (``<nama@contoh.id>``).

Limits: an institution's address (``ppid@…go.id``) is flagged as well (the widget asks
whether it is an official contact); disguised addresses (``nama [at] contoh.id``) are missed.
"""

POLA_PLAT = r"(?<![\w/])(?:" + "|".join(sorted(PLATE_CODES, key=len, reverse=True)) + r") ?\d{1,4} ?[A-Z]{1,3}(?![\w/])"
"""A vehicle number plate: region code, 1–4 digits, 1–3 letters (``KT 1234 AB``, ``KT1234AB``).

Limits: capital letters only; plates without the final letters (``B 1234``) and lowercase
plates are missed; the region codes are a fixed list. A plate identifies a person only
together with the vehicle register, so the kit treats it as *identifying data* to be careful
with (a cautious reading, not the wording of an article).
"""

PATTERNS = {"nik": POLA_NIK, "telepon": POLA_TELEPON, "surel": POLA_SUREL, "plat": POLA_PLAT}
KINDS = tuple(PATTERNS)
_COMPILED = {kind: re.compile(pattern) for kind, pattern in PATTERNS.items()}
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MONEY_BEFORE = re.compile(r"Rp\.?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One piece of text that looks like personal data: its kind, position and text."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return msg(f"prepublication.kind.{self.kind}")


def _is_money(text: str, match: re.Match) -> bool:
    return bool(_THOUSANDS.fullmatch(match.group())) or bool(_MONEY_BEFORE.search(text[:match.start()]))


def find_personal_data(text: str) -> list[Finding]:
    """Everything in ``text`` that looks like a NIK/KK number, mobile number, e-mail or plate.

    Findings are sorted by position and never overlap (a NIK wins over a phone number found
    inside it). Money amounts are not NIK numbers. See the patterns' docstrings for the limits.
    """
    text = "" if text is None else str(text)
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for kind in ("surel", "nik", "telepon", "plat"):
        for match in _COMPILED[kind].finditer(text):
            if kind == "nik" and _is_money(text, match):
                continue
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            findings.append(Finding(kind, match.start(), match.end(), match.group()))
            taken.append((match.start(), match.end()))
    return sorted(findings, key=lambda f: f.start)


def has_personal_data(text: str, kinds: Iterable[str] = KINDS) -> bool:
    """True if ``text`` contains something of one of ``kinds`` (default: all four)."""
    wanted = set(kinds)
    return any(f.kind in wanted for f in find_personal_data(text))


def scan_table(table: pd.DataFrame, column: str = "teks") -> pd.DataFrame:
    """One column per kind (``nik``, ``telepon``, ``surel``, ``plat``: True/False) and
    ``data_pribadi`` (any of them) for every row of ``table[column]``; index kept."""
    if column not in table.columns:
        raise PrepublicationError(msg("prepublication.no_column", column=column,
                                      columns=", ".join(map(str, table.columns))))
    found = table[column].map(lambda t: {f.kind for f in find_personal_data(t)})
    result = pd.DataFrame({kind: found.map(lambda kinds, k=kind: k in kinds) for kind in KINDS},
                          index=table.index)
    result["data_pribadi"] = result.any(axis=1)
    return result


def mask(text: str, findings: Sequence[Finding] | None = None) -> str:
    """``text`` with every finding replaced by ``[label disamarkan]``."""
    text = "" if text is None else str(text)
    findings = find_personal_data(text) if findings is None else findings
    out, last = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        out.append(text[last:finding.start])
        out.append(msg("prepublication.masked", label=finding.label))
        last = finding.end
    out.append(text[last:])
    return "".join(out)


def highlight_html(text: str, findings: Sequence[Finding] | None = None) -> str:
    """``text`` as HTML with every finding marked (``<mark>``) and labelled."""
    import html

    text = "" if text is None else str(text)
    findings = find_personal_data(text) if findings is None else findings
    out, last = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        out.append(html.escape(text[last:finding.start]))
        out.append(f"<mark title='{html.escape(finding.label)}' style='background:#ffd8a8;padding:0 2px'>"
                   f"{html.escape(finding.text)}</mark><sup style='color:#9a3412'>"
                   f"{html.escape(finding.label)}</sup>")
        last = finding.end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


# --- 2. questions as data and the verdict ---------------------------------------------------------

class PrepublicationError(ValueError):
    """Input the check cannot use; the message says what to fix, in Indonesian."""


@dataclass(frozen=True)
class Flag:
    """Something the draft contains that the text alone does not show (ticked by the author)."""

    key: str

    @property
    def label(self) -> str:
        return msg(f"prepublication.flag.{self.key}")


@dataclass(frozen=True)
class Confirmation:
    """A statement the author must be able to tick before publishing.

    ``when``: the flag that makes it apply (``None``: always; ``"kontak"``: when a phone
    number or e-mail was found). ``rule``/``instrument``: message keys of the reason shown
    when it is not ticked, and of the legal instrument (or practice) it comes from.
    """

    key: str
    when: str | None

    @property
    def label(self) -> str:
        return msg(f"prepublication.confirm.{self.key}")

    @property
    def rule(self) -> str:
        return msg(f"prepublication.rule.{self.key}")

    @property
    def instrument(self) -> str:
        return msg(f"prepublication.instrument.{self.key}")


FLAGS = (Flag("foto_orang"), Flag("foto_anak"), Flag("musik"), Flag("gambar_pihak_ketiga"))
FLAG_KEYS = tuple(f.key for f in FLAGS)
CONFIRMATIONS = (
    Confirmation("izin_orang", "foto_orang"),
    Confirmation("izin_anak", "foto_anak"),
    Confirmation("lisensi_musik", "musik"),
    Confirmation("sumber_gambar", "gambar_pihak_ketiga"),
    Confirmation("kontak_resmi", "kontak"),
    Confirmation("netral", None),
    Confirmation("tidak_menyerang", None),
)
CONFIRMATION_KEYS = tuple(c.key for c in CONFIRMATIONS)
BOLEH_TERBIT = "boleh terbit"
PERBAIKI_DULU = "perbaiki dulu"


@dataclass(frozen=True)
class Reason:
    """Why a draft must be fixed: what was found, the rule, and the instrument it comes from."""

    key: str
    text: str
    instrument: str

    def __str__(self) -> str:
        return f"{self.text} ({self.instrument})"


@dataclass(frozen=True)
class Verdict:
    """The outcome of the check: ``label`` is "boleh terbit" or "perbaiki dulu"."""

    reasons: tuple[Reason, ...]
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.reasons

    @property
    def label(self) -> str:
        return BOLEH_TERBIT if self.ok else PERBAIKI_DULU


def applicable(flags: Mapping[str, bool], findings: Sequence[Finding] = ()) -> list[Confirmation]:
    """The confirmations that apply to a draft with these ``flags`` and ``findings``."""
    unknown = set(flags) - set(FLAG_KEYS)
    if unknown:
        raise PrepublicationError(msg("prepublication.unknown_flag", keys=", ".join(sorted(unknown)),
                                      known=", ".join(FLAG_KEYS)))
    contact = any(f.kind in ("telepon", "surel") for f in findings)
    result = []
    for item in CONFIRMATIONS:
        if item.when is None or (item.when == "kontak" and contact) or flags.get(item.when, False):
            result.append(item)
    return result


def verdict(text: str, flags: Mapping[str, bool] | None = None,
            confirmed: Mapping[str, bool] | None = None) -> Verdict:
    """Check a draft: ``text``, the ``flags`` ticked for it and the statements ``confirmed``.

    Reasons to fix, each naming its rule and instrument:

    - a NIK/KK number or a number plate in the text (UU PDP) — always;
    - a phone number or e-mail, unless "kontak_resmi" is confirmed (an office's own contact);
    - every applicable confirmation (see :func:`applicable`) that is not ticked.
    """
    flags = dict(flags or {})
    confirmed = dict(confirmed or {})
    unknown = set(confirmed) - set(CONFIRMATION_KEYS)
    if unknown:
        raise PrepublicationError(msg("prepublication.unknown_confirmation", keys=", ".join(sorted(unknown)),
                                      known=", ".join(CONFIRMATION_KEYS)))
    findings = find_personal_data(text)
    reasons: list[Reason] = []
    notes: list[str] = []
    official_contact = bool(confirmed.get("kontak_resmi"))
    for kind in KINDS:
        found = [f for f in findings if f.kind == kind]
        if not found:
            continue
        examples = ", ".join(f"«{f.text}»" for f in found[:3])
        if kind in ("telepon", "surel") and official_contact:
            notes.append(msg("prepublication.note.official_contact", label=found[0].label, examples=examples))
            continue
        reasons.append(Reason(f"data_{kind}", msg("prepublication.rule.data_pribadi", label=found[0].label,
                                                  n=len(found)),
                              msg("prepublication.instrument.data_pribadi")))
    for item in applicable(flags, findings):
        if item.key == "kontak_resmi":
            continue  # handled with the findings above
        if not confirmed.get(item.key, False):
            reasons.append(Reason(item.key, item.rule, item.instrument))
    return Verdict(tuple(reasons), tuple(findings), tuple(notes))


def result_text(text: str, result: Verdict, flags: Mapping[str, bool] | None = None,
                title: str = "") -> str:
    """Plain text to paste into the approval thread (WhatsApp group, e-mail, ticket)."""
    flags = dict(flags or {})
    lines = [msg("prepublication.result.heading", title=title or msg("prepublication.result.untitled")),
             msg("prepublication.result.verdict", label=result.label.upper())]
    ticked = [f.label for f in FLAGS if flags.get(f.key)]
    lines.append(msg("prepublication.result.flags", flags=", ".join(ticked) if ticked
                     else msg("prepublication.result.none")))
    if result.reasons:
        lines.append(msg("prepublication.result.reasons"))
        lines += [f"{n}. {reason}" for n, reason in enumerate(result.reasons, start=1)]
    else:
        lines.append(msg("prepublication.result.no_reasons"))
    lines += [f"- {note}" for note in result.notes]
    lines.append(msg("prepublication.result.masked", text=mask(text, result.findings)))
    lines.append(msg("prepublication.result.footer"))
    return "\n".join(lines)


# --- 3. the approval workflow (illustrative SOP) -------------------------------------------------

STATES = ("draf", "ditinjau", "disetujui", "dijadwalkan", "terbit")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draf": ("ditinjau",),
    "ditinjau": ("disetujui", "draf"),        # approved, or sent back for revision
    "disetujui": ("dijadwalkan", "draf"),
    "dijadwalkan": ("terbit", "draf"),        # a scheduled post can still be pulled back
    "terbit": (),
}
SEPARATOR = " > "


def parse_sequence(states) -> list[str]:
    """A list of states from a list or from text such as ``"draf > ditinjau > disetujui"``."""
    if isinstance(states, str):
        states = states.split(">")
    return [str(s).strip().lower() for s in states if str(s).strip()]


def sequence_problems(states) -> list[str]:
    """What is wrong with a sequence of approval states (empty list: valid).

    A valid sequence starts at ``draf`` and only takes steps listed in :data:`TRANSITIONS`;
    it need not be finished (a draft still under review is fine).
    """
    states = parse_sequence(states)
    if not states:
        return [msg("prepublication.workflow.empty")]
    problems = []
    unknown = [s for s in states if s not in TRANSITIONS]
    if unknown:
        return [msg("prepublication.workflow.unknown", state=unknown[0], states=", ".join(STATES))]
    if states[0] != "draf":
        problems.append(msg("prepublication.workflow.start", state=states[0]))
    for before, after in zip(states, states[1:]):
        if after not in TRANSITIONS[before]:
            allowed = ", ".join(TRANSITIONS[before]) or msg("prepublication.workflow.nothing")
            problems.append(msg("prepublication.workflow.step", before=before, after=after, allowed=allowed))
    return problems


def is_valid_sequence(states) -> bool:
    """True if the sequence of approval states follows the workflow."""
    return not sequence_problems(states)


def next_states(state: str) -> tuple[str, ...]:
    """The states a draft in ``state`` may move to."""
    state = str(state).strip().lower()
    if state not in TRANSITIONS:
        raise PrepublicationError(msg("prepublication.workflow.unknown", state=state, states=", ".join(STATES)))
    return TRANSITIONS[state]
