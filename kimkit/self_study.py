"""The self-study dashboard behind ``kimkit.kemajuan()``: where a learner is, what comes next.

Pure logic first: :func:`overview` joins the attempt records (:mod:`kimkit.checks.progress`)
with the question sets of every module in course order (:data:`kimkit.course_map.MODULES`;
the course self-checks ``modulNN`` and the graded exercise ``latihanNN``) into per-module
counts and the **next step**: the first question, in course order, that is not solved
yet, with the notebook, section and command to run. A module whose check data is not
installed yet counts as "no questions in this kit version" and is skipped by the next step.

Then the view: :class:`Dashboard` renders as HTML in JupyterLab (overall progress, one
CSS bar per module, a table, collapsible per-question details: no JavaScript, nothing
from the network) and as plain text in a terminal or test (``str``/``repr``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kimkit import settings
from kimkit.checks import loader, progress
from kimkit.checks.progress import Attempt, Records
from kimkit.course_map import MODULES, Module
from kimkit.messages import msg

SOLVED, TRIED, OPEN = "solved", "tried", "open"
COURSE, EXERCISE = "course", "exercise"

_CHECK_CALL = re.compile(r"\b((?:soal|kuis)\d+)\.cek\(")
_QUIZ_CALL = re.compile(r"\bKuis\(\s*\[([^\]]*)\]")
_VIEW_NAME = re.compile(r"\b((?:soal|kuis)\d+)\b")


# --- where each question is asked in its notebook ------------------------------------------

@dataclass(frozen=True)
class Place:
    """Where a question is checked: cell position, the heading above it, quiz or ``.cek()``."""

    position: int
    section: str
    quiz: bool = False


def _heading(markdown: str) -> str:
    lines = [line for line in markdown.splitlines() if line.lstrip().startswith("#")]
    return lines[-1].lstrip().lstrip("#").strip() if lines else ""


def places_in(cells: Iterable[dict]) -> dict[str, Place]:
    """View name → :class:`Place`, from a notebook's cells (first occurrence wins)."""
    found: dict[str, Place] = {}
    section = ""
    for position, cell in enumerate(cells):
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        if cell.get("cell_type") == "markdown":
            section = _heading(source) or section
            continue
        for group in _QUIZ_CALL.findall(source):
            for name in _VIEW_NAME.findall(group):
                found.setdefault(name, Place(position, section, quiz=True))
        for name in _CHECK_CALL.findall(source):
            found.setdefault(name, Place(position, section))
    return found


@lru_cache(maxsize=64)
def notebook_places(path: str) -> dict[str, Place]:
    """Places of the kit's copy of the notebook ``path`` (relative); empty if unreadable."""
    try:
        cells = json.loads((settings.REPOSITORY / path).read_text(encoding="utf-8"))["cells"]
        return places_in(cells)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def definition(name: str) -> dict | None:
    """The check data of a question set, or None when it is not installed or unreadable."""
    try:
        data = loader.check_data(name)
    except (loader.UnknownExercise, ValueError):
        return None
    return data if isinstance(data, dict) else None


# --- status --------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuestionStatus:
    key: str            # "modul03/median_jalan", as the records are keyed
    view: str           # "soal2"
    title: str
    state: str          # SOLVED, TRIED or OPEN
    tries: int
    place: Place | None = None


@dataclass(frozen=True)
class NotebookStatus:
    """One question set of a module: the course self-checks or the graded exercise."""

    name: str           # "modul03" / "latihan03"
    kind: str           # COURSE / EXERCISE
    path: str           # notebook path relative to the course folder
    available: bool
    questions: tuple[QuestionStatus, ...] = ()
    tasks: tuple[tuple[str, str], ...] = ()   # (view, title) of written tasks

    def count(self, state: str) -> int:
        return sum(q.state == state for q in self.questions)

    @property
    def total(self) -> int:
        return len(self.questions)


@dataclass(frozen=True)
class ModuleStatus:
    module: Module
    course: NotebookStatus
    exercise: NotebookStatus

    @property
    def parts(self) -> tuple[NotebookStatus, NotebookStatus]:
        return (self.course, self.exercise)

    def count(self, state: str) -> int:
        return sum(part.count(state) for part in self.parts)

    @property
    def total(self) -> int:
        return sum(part.total for part in self.parts)

    @property
    def tasks(self) -> int:
        return sum(len(part.tasks) for part in self.parts)

    @property
    def status(self) -> str:
        """``no_data``, ``done``, ``busy`` or ``new`` (keys of ``progress.status.*``)."""
        if not self.total:
            return "no_data"
        if self.count(SOLVED) == self.total:
            return "done"
        return "new" if self.count(OPEN) == self.total else "busy"


@dataclass(frozen=True)
class NextStep:
    """The first unsolved question in course order, or None (``done``) when all are solved."""

    module: ModuleStatus
    notebook: NotebookStatus
    question: QuestionStatus

    def lines(self) -> list[str]:
        q, place = self.question, self.question.place
        lines = [msg("progress.next_where", number=self.module.module.number, title=self.module.module.title,
                     notebook=msg(f"progress.notebook_{self.notebook.kind}"))]
        if place and place.quiz:
            lines.append(msg("progress.next_quiz", path=self.notebook.path, section=place.section,
                             button=msg("quiz.check_button")))
        elif place and place.section:
            lines.append(msg("progress.next_check", path=self.notebook.path, section=place.section, view=q.view))
        else:
            lines.append(msg("progress.next_check_nosection", path=self.notebook.path, view=q.view))
        if not (place and place.quiz):
            lines.append(msg("progress.next_run_above"))
        if q.state == TRIED:
            key = "progress.next_retry_quiz" if place and place.quiz else "progress.next_retry"
            lines.append(msg(key, tries=q.tries, view=q.view))
        return lines


@dataclass(frozen=True)
class Overview:
    modules: tuple[ModuleStatus, ...]
    records: Records = field(default_factory=Records)
    unknown: tuple[tuple[str, Attempt], ...] = ()

    def count(self, state: str) -> int:
        return sum(m.count(state) for m in self.modules)

    @property
    def total(self) -> int:
        return sum(m.total for m in self.modules)

    @property
    def tasks(self) -> int:
        return sum(m.tasks for m in self.modules)

    @property
    def next_step(self) -> NextStep | None:
        for module in self.modules:
            for part in module.parts:
                for question in part.questions:
                    if question.state != SOLVED:
                        return NextStep(module, part, question)
        return None

    def only(self, number: str) -> Overview:
        """The same overview restricted to one module."""
        return Overview(tuple(m for m in self.modules if m.module.number == number), self.records, self.unknown)


def _state(attempt: Attempt | None) -> str:
    if attempt is None or (not attempt.solved and attempt.tries == 0):
        return OPEN
    return SOLVED if attempt.solved else TRIED


def _short(text: str, limit: int = 72) -> str:
    text = re.sub(r"^Soal\s+\d+\s*[—–-]\s*", "", " ".join(str(text).split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def notebook_status(name: str, kind: str, path: str, records: dict[str, Attempt],
                    definitions: Callable[[str], dict | None],
                    places: Callable[[str], dict[str, Place]]) -> tuple[NotebookStatus, set[str]]:
    """The status of one question set, and the record keys it accounts for."""
    data = definitions(name)
    if data is None:
        return NotebookStatus(name, kind, path, available=False), set()
    where = places(path)
    questions, keys = [], set()
    try:
        items = [item for item in data.get("questions", []) if isinstance(item, dict)]
        for order, item in enumerate(items):
            key, view = f"{name}/{item['id']}", str(item.get("view", ""))
            keys.add(key)
            attempt = records.get(key)
            questions.append((order, QuestionStatus(key, view, _short(item.get("statement", view)), _state(attempt),
                                                    attempt.tries if attempt else 0, where.get(view))))
        tasks = tuple((str(t.get("view", "")), _short(t.get("statement", ""))) for t in data.get("tasks", [])
                      if isinstance(t, dict))
    except (KeyError, TypeError, AttributeError):
        return NotebookStatus(name, kind, path, available=False), set()
    # notebook order where the notebook says it (a quiz above soal1), else the check data's order
    questions.sort(key=lambda pair: (pair[1].place is None, pair[1].place.position if pair[1].place else 0, pair[0]))
    return NotebookStatus(name, kind, path, True, tuple(q for _, q in questions), tasks), keys


def exercise_path(module: Module) -> str:
    return f"exercises/{module.exercise}/{module.exercise}.ipynb"


def overview(records: Records | None = None, modules: Iterable[Module] = MODULES,
             definitions: Callable[[str], dict | None] = definition,
             places: Callable[[str], dict[str, Place]] = notebook_places) -> Overview:
    """Per-module status of every question, from the records (default: this computer's)."""
    records = progress.load() if records is None else records
    statuses, known = [], set()
    for module in modules:
        course, course_keys = notebook_status(module.questions, COURSE, module.notebook, records.entries,
                                              definitions, places)
        exercise, exercise_keys = notebook_status(module.exercise, EXERCISE, exercise_path(module),
                                                  records.entries, definitions, places)
        known |= course_keys | exercise_keys
        statuses.append(ModuleStatus(module, course, exercise))
    unknown = tuple((key, a) for key, a in sorted(records.entries.items()) if key not in known)
    return Overview(tuple(statuses), records, unknown)


def resolve_module(value: object, modules: Iterable[Module] = MODULES) -> str | None:
    """``"03"``, ``"3"``, ``3``, ``"modul03"`` or ``"latihan03"`` → ``"03"``; None if unknown."""
    text = str(value).strip().lower()
    for prefix in ("modul", "latihan"):
        text = text.removeprefix(prefix).strip()
    numbers = {m.number for m in modules}
    if text.isdigit() and f"{int(text):02d}" in numbers:
        return f"{int(text):02d}"
    return None


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


# --- notes on what was ignored ---------------------------------------------------------------

def notes(view: Overview) -> list[str]:
    """One friendly line per kind of record that was ignored (or kept as a copy)."""
    records, found = view.records, []
    path = records.path or progress.progress_path()
    if records.file_problem:
        found.append(msg(f"progress.note.{records.file_problem}", path=path) + " " + msg("progress.note.untouched"))
    if records.damaged:
        found.append(msg("progress.note.damaged", n=len(records.damaged), keys=", ".join(
            f"`{key}`" for key in records.damaged[:6]) + (" …" if len(records.damaged) > 6 else ""))
            + " " + msg("progress.note.untouched_entries"))
    if view.unknown:
        items = ", ".join(f"`{key}` {'✔' if a.solved else '✘'} {a.tries}×" for key, a in view.unknown[:6])
        found.append(msg("progress.note.unknown", n=len(view.unknown), items=items + (" …" if len(view.unknown) > 6 else ""),
                         correct=sum(a.solved for _, a in view.unknown)))
    if records.backups:
        found.append(msg("progress.note.backups", paths=", ".join(f"`{p.name}`" for p in records.backups)))
    return found


# --- the view --------------------------------------------------------------------------------

_ICON = {SOLVED: "✔", TRIED: "✘", OPEN: "○"}
_BAR = {"done": "#1e7b34", "busy": "#2563eb", "new": "#2563eb", "no_data": "#cbd5e1"}
_STATUS_COLOR = {"done": "#1e7b34", "busy": "#1d4ed8", "new": "#52606d", "no_data": "#94a3b8"}


def _inline(text: str) -> str:
    """Escape text; `code` and **bold** become HTML."""
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
    return re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", escaped)


def _plain(text: str) -> str:
    return text.replace("**", "")


def _cell(part: NotebookStatus) -> str:
    if not part.available:
        return msg("progress.cell_missing")
    pieces = [msg("progress.cell", solved=part.count(SOLVED), total=part.total)] if part.total else []
    if part.count(TRIED):
        pieces.append(msg("progress.cell_tried", n=part.count(TRIED)))
    if part.tasks:
        pieces.append(msg("progress.cell_tasks", n=len(part.tasks)))
    return " · ".join(pieces) or "—"


def _detail_lines(part: NotebookStatus) -> list[str]:
    lines = [msg("progress.q_open" if q.state == OPEN else "progress.q_line", icon=_ICON[q.state], view=q.view,
                 title=q.title, state=msg(f"progress.q.{q.state}"), tries=q.tries) for q in part.questions]
    lines += [msg("progress.task_line", view=view, title=title) for view, title in part.tasks]
    return lines


class Dashboard:
    """What ``kimkit.kemajuan()`` returns: HTML in JupyterLab, plain text elsewhere."""

    def __init__(self, view: Overview, module: str | None = None):
        self.overview = view
        self.module = module

    # --- content shared by both renderings --------------------------------------------------
    @property
    def title(self) -> str:
        if self.module and self.overview.modules:
            m = self.overview.modules[0].module
            return msg("progress.title_module", number=m.number, title=m.title)
        return msg("progress.title")

    @property
    def next_step(self) -> NextStep | None:
        return self.overview.next_step

    def next_lines(self) -> list[str]:
        step = self.next_step
        if step is not None:
            return step.lines()
        if self.module and not self.overview.total:
            return [msg("progress.module_no_data", number=self.module)]
        done = msg("progress.module_done", number=self.module) if self.module else msg("progress.all_done")
        return [done] + ([msg("progress.tasks", n=self.overview.tasks)] if self.overview.tasks else [])

    def summary_lines(self) -> list[str]:
        v = self.overview
        lines = [msg("progress.summary", solved=v.count(SOLVED), total=v.total, percent=percent(v.count(SOLVED), v.total)),
                 msg("progress.summary_rest", tried=v.count(TRIED), open=v.count(OPEN))]
        if v.tasks:
            lines.append(msg("progress.tasks", n=v.tasks))
        if not v.records.entries and not v.records.file_problem and not v.records.damaged:
            lines.append(msg("progress.empty"))
        return lines

    def rows(self) -> list[tuple[ModuleStatus, str, str, str, str]]:
        return [(m, f"{m.module.number} {m.module.title}", _cell(m.course), _cell(m.exercise),
                 msg(f"progress.status.{m.status}")) for m in self.overview.modules]

    @property
    def message(self) -> str:
        """The whole dashboard as plain text (as ``Outcome.message`` is for other results)."""
        return self._plain_text()

    # --- plain text ------------------------------------------------------------------------
    def _plain_text(self) -> str:
        out = [self.title, *self.summary_lines(), "", f"➜ {msg('progress.next_heading')}:"]
        out += [f"  {_plain(line)}" for line in self.next_lines()]
        out += ["", msg("progress.chart_title") + ":"]
        width = max((len(label) for _, label, *_ in self.rows()), default=10)
        for m, label, *_ in self.rows():
            share = m.count(SOLVED) / m.total if m.total else 0
            bar = "█" * round(20 * share) + "░" * (20 - round(20 * share)) if m.total else "·" * 20
            figure = f"{m.count(SOLVED)}/{m.total}" if m.total else msg("progress.cell_missing")
            out.append(f"  {label.ljust(width)}  {bar}  {figure}")
        header = [msg("progress.col.module"), msg("progress.col.course"), msg("progress.col.exercise"),
                  msg("progress.col.status")]
        table = [header] + [list(row[1:]) for row in self.rows()]
        widths = [max(len(r[i]) for r in table) for i in range(4)]
        out.append("")
        out += ["  " + " | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in table]
        out += ["", msg("progress.details") + " — " + msg("progress.legend")]
        shown = [m for m in self.overview.modules if self.module or m.count(SOLVED) or m.count(TRIED)]
        out += [f"  {msg('progress.details_none')}"] if not shown else []
        for m in shown:
            out.append(f"  Modul {m.module.number} {m.module.title}")
            if not m.total and not m.tasks:
                out.append(f"    {msg('progress.no_questions')}")
            for part in m.parts:
                if part.available and (part.questions or part.tasks):
                    out.append(f"    {_plain(msg(f'progress.part_{part.kind}', path=part.path))}")
                    out += [f"      {line}" for line in _detail_lines(part)]
        found = notes(self.overview)
        if found:
            out += ["", msg(self._notes_heading()) + ":"] + [f"  • {line}" for line in found]
        if not self.module:
            out += ["", msg("progress.filter_hint", last=MODULES[-1].number)]
        out.append(msg("progress.where", path=self.overview.records.path or progress.progress_path()))
        return "\n".join(out)

    def _notes_heading(self) -> str:
        records = self.overview.records
        ignored = records.file_problem or records.damaged or self.overview.unknown
        return "progress.note_heading" if ignored else "progress.note_heading_kept"

    def __repr__(self) -> str:
        return self._plain_text()

    __str__ = __repr__

    # --- HTML ------------------------------------------------------------------------------
    def _repr_html_(self) -> str:
        v = self.overview
        solved, total = v.count(SOLVED), v.total
        share = percent(solved, total)
        summary = "".join(f'<div style="margin:2px 0">{_inline(line)}</div>' for line in self.summary_lines()[1:])
        nxt = "".join(f'<div style="margin:2px 0">{_inline(line)}</div>' for line in self.next_lines())
        parts = [
            '<div class="kk-kemajuan" style="max-width:980px;color:#1f2933;font-size:13px;line-height:1.4">',
            '<div style="display:flex;flex-wrap:wrap;gap:12px;align-items:stretch">',
            # left: headline, overall bar, next step
            '<div style="flex:1 1 380px;min-width:300px">',
            f'<div style="font-size:15px;font-weight:600;margin-bottom:4px">{html.escape(self.title)}</div>',
            f'<div style="font-size:14px"><b>{_inline(self.summary_lines()[0])}</b></div>',
            '<div role="progressbar" aria-valuemin="0" aria-valuemax="100" '
            f'aria-valuenow="{share}" style="height:10px;background:#e2e8f0;border-radius:5px;margin:6px 0">'
            f'<div style="width:{share}%;height:100%;background:#1e7b34;border-radius:5px"></div></div>',
            f'<div style="color:#52606d">{summary}</div>',
            '<div class="kk-next" style="border-left:4px solid #1d4ed8;background:#eef3ff;padding:8px 12px;'
            'margin-top:8px;border-radius:4px">',
            f'<div style="font-weight:600;color:#1d4ed8;margin-bottom:2px">➜ {html.escape(msg("progress.next_heading"))}</div>',
            nxt, '</div></div>',
            # right: one bar per module
            "" if self.module else self._chart_html(), '</div>',
            self._table_html(), self._details_html(), self._notes_html(),
            '<div style="color:#52606d;margin-top:6px;font-size:12px">',
            "" if self.module else _inline(msg("progress.filter_hint", last=MODULES[-1].number)) + "<br>",
            _inline(msg("progress.where", path=v.records.path or progress.progress_path())),
            '</div></div>',
        ]
        return "".join(parts)

    def _chart_html(self) -> str:
        bars = []
        for m in self.overview.modules:
            share = percent(m.count(SOLVED), m.total)
            label = msg("progress.chart_label", number=m.module.number, solved=m.count(SOLVED), total=m.total)
            figure = f"{m.count(SOLVED)}/{m.total}" if m.total else "–"
            fill = (f'<div style="position:absolute;bottom:0;left:0;right:0;height:{share}%;'
                    f'background:{_BAR[m.status]}"></div>') if m.total else ""
            track = "#e2e8f0" if m.total else "repeating-linear-gradient(45deg,#f1f5f9 0 4px,#e2e8f0 4px 8px)"
            bars.append(
                f'<div title="{html.escape(label)}" style="display:flex;flex-direction:column;align-items:center;'
                'width:34px">'
                f'<div style="font-size:11px;color:#52606d;white-space:nowrap">{figure}</div>'
                f'<div style="position:relative;width:20px;height:90px;background:{track};border-radius:3px;'
                f'overflow:hidden">{fill}</div>'
                f'<div style="font-size:12px;font-weight:600">{m.module.number}</div></div>'
            )
        swatch = {"done": _BAR["done"], "busy": _BAR["busy"], "new": "#e2e8f0",
                  "no_data": "repeating-linear-gradient(45deg,#f1f5f9 0 2px,#cbd5e1 2px 4px)"}
        shown = ["done", "busy", "new"] + (["no_data"] if any(not m.total for m in self.overview.modules) else [])
        legend = " ".join(
            f'<span style="white-space:nowrap"><span style="display:inline-block;width:9px;height:9px;'
            f'background:{swatch[status]};border:1px solid #cbd5e1;'
            f'vertical-align:middle"></span> {html.escape(msg(f"progress.status.{status}"))}</span>'
            for status in shown)
        return ('<div style="flex:0 1 auto;align-self:flex-start;border:1px solid #e2e8f0;border-radius:6px;'
                'padding:6px 10px">'
                f'<div style="font-weight:600;margin-bottom:4px">{html.escape(msg("progress.chart_title"))}</div>'
                f'<div style="display:flex;gap:2px;align-items:flex-end">{"".join(bars)}</div>'
                f'<div style="font-size:11px;color:#52606d;margin-top:4px">{legend}</div></div>')

    def _table_html(self) -> str:
        cell = "padding:3px 8px;border-bottom:1px solid #e2e8f0;text-align:left;white-space:normal;vertical-align:top"
        head = "".join(f'<th style="text-align:left;padding:3px 8px;border-bottom:2px solid #cbd5e1">'
                       f"{html.escape(msg(k))}</th>" for k in ("progress.col.module", "progress.col.course",
                                                                "progress.col.exercise", "progress.col.status"))
        body = []
        step = self.next_step
        for m, label, course, exercise, status in self.rows():
            mark = step is not None and step.module is m
            style = "background:#eef3ff;" if mark else ""
            body.append(
                f'<tr style="{style}">'
                f'<td style="{cell}">{html.escape(label)}</td>'
                f'<td style="{cell}">{html.escape(course)}</td>'
                f'<td style="{cell}">{html.escape(exercise)}</td>'
                f'<td style="{cell};color:{_STATUS_COLOR[m.status]};font-weight:600">'
                f'{html.escape(status)}{" ➜" if mark else ""}</td></tr>'
            )
        return ('<table style="border-collapse:collapse;margin-top:10px;width:100%;font-size:13px">'
                f'<thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')

    def _details_html(self) -> str:
        blocks = []
        for m in self.overview.modules:
            inner = []
            for part in m.parts:
                if part.available and (part.questions or part.tasks):
                    items = "".join(f"<li style='list-style:none'>{_inline(line)}</li>" for line in _detail_lines(part))
                    inner.append(f'<div style="margin:4px 0 0 0">{_inline(msg(f"progress.part_{part.kind}", path=part.path))}'
                                 f'<ul style="margin:2px 0 4px 0;padding-left:14px">{items}</ul></div>')
            if not inner:
                inner.append(f'<div style="color:#52606d">{html.escape(msg("progress.no_questions"))}</div>')
            opened = " open" if self.module else ""
            blocks.append(f'<details{opened} style="margin:2px 0"><summary style="cursor:pointer">'
                          f'Modul {m.module.number} {html.escape(m.module.title)} — '
                          f'{html.escape(msg(f"progress.status.{m.status}"))}</summary>{"".join(inner)}</details>')
        return (f'<div style="margin-top:10px"><div style="font-weight:600">{html.escape(msg("progress.details"))}'
                f'</div><div style="color:#52606d;font-size:12px">{html.escape(msg("progress.legend"))}</div>'
                f'{"".join(blocks)}</div>')

    def _notes_html(self) -> str:
        found = notes(self.overview)
        if not found:
            return ""
        items = "".join(f"<li>{_inline(line)}</li>" for line in found)
        heading = msg(self._notes_heading())
        return ('<div class="kk-notes" style="border-left:4px solid #8a6d00;background:#fff8e1;padding:6px 12px;'
                f'margin-top:10px;border-radius:4px"><b style="color:#8a6d00">⚠ {html.escape(heading)}'
                f'</b><ul style="margin:4px 0;padding-left:18px">{items}</ul></div>')


def dashboard(module: object = None, records: Records | None = None, **options) -> Dashboard | None:
    """The dashboard of this computer's records; ``module`` restricts it to one module.

    None when ``module`` names no module of the course.
    """
    view = overview(records, **options)
    if module is None or module == "":
        return Dashboard(view)
    modules = [m.module for m in view.modules]
    number = resolve_module(module, modules)
    if number is None:
        return None
    return Dashboard(view.only(number), number)
