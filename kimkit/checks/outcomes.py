"""Outcome objects: rich in Jupyter, plain text in tests and terminals."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import Enum

from kimkit.messages import msg

OUTCOME_MIMETYPE = "application/vnd.kimkit.outcome+json"


class OutcomeType(str, Enum):
    """What happened when something was checked or shown."""

    PASS = "pass"
    FAIL = "fail"
    UNATTEMPTED = "unattempted"
    HINT = "hint"
    SOLUTION = "solution"
    INFO = "info"
    ERROR = "error"


_STYLE = {
    OutcomeType.PASS: ("#1e7b34", "#e9f7ec", "✔"),
    OutcomeType.FAIL: ("#b3261e", "#fdecea", "✘"),
    OutcomeType.UNATTEMPTED: ("#8a6d00", "#fff8e1", "…"),
    OutcomeType.HINT: ("#1d4ed8", "#eef3ff", "💡"),
    OutcomeType.SOLUTION: ("#0f766e", "#e8f6f4", "📘"),
    OutcomeType.INFO: ("#475569", "#f1f5f9", "ℹ"),
    OutcomeType.ERROR: ("#9a3412", "#fff1e6", "⚠"),
}

_TITLE_KEY = {
    OutcomeType.PASS: "outcome.title.correct",
    OutcomeType.FAIL: "outcome.title.incorrect",
    OutcomeType.UNATTEMPTED: "outcome.title.unattempted",
    OutcomeType.SOLUTION: "outcome.title.solution",
    OutcomeType.INFO: "outcome.title.info",
    OutcomeType.ERROR: "outcome.title.problem",
}

_CODE = re.compile(r"`([^`]+)`")


def _inline_html(text: str) -> str:
    """Escape text and turn `code` spans and line breaks into HTML."""
    escaped = html.escape(text, quote=False)
    escaped = _CODE.sub(r"<code>\1</code>", escaped)
    return escaped.replace("\n", "<br>")


@dataclass(frozen=True)
class Outcome:
    """One message shown to the learner, with its type and optional code block."""

    kind: OutcomeType
    message: str
    question: str = ""
    title: str = ""
    code: str = ""
    extra: tuple[str, ...] = field(default_factory=tuple)

    @property
    def heading(self) -> str:
        if self.title:
            return self.title
        return msg(_TITLE_KEY.get(self.kind, "outcome.title.info"))

    def __repr__(self) -> str:
        prefix = f"{self.question}: " if self.question else ""
        lines = [f"{prefix}{self.heading} — {self.message}"]
        if self.code:
            lines.append(self.code)
        lines.extend(self.extra)
        return "\n".join(lines)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        color, background, icon = _STYLE[self.kind]
        parts = [
            f'<div class="kk-outcome kk-{self.kind.value}" '
            f'style="border-left:4px solid {color};background:{background};'
            f'padding:8px 12px;margin:4px 0;border-radius:4px;color:#1f2933">',
            f'<b style="color:{color}">{icon} {html.escape(self.heading)}</b> ',
            _inline_html(self.message),
        ]
        if self.code:
            parts.append(
                '<pre style="background:#fff;border:1px solid #d0d7de;padding:6px;'
                f'margin:6px 0 0 0">{html.escape(self.code)}</pre>'
            )
        for line in self.extra:
            parts.append(f'<div style="margin-top:4px;color:#52606d">{_inline_html(line)}</div>')
        parts.append("</div>")
        return "".join(parts)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        return {
            "text/plain": repr(self),
            "text/html": self._repr_html_(),
            OUTCOME_MIMETYPE: {"question": self.question, "outcome": self.kind.value},
        }
