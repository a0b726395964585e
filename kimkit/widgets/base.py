"""Base of the kit's composite widgets: a VBox with a feedback line kept in widget state."""

from __future__ import annotations

import html

import ipywidgets as w

from kimkit.checks.outcomes import Outcome


class KitWidget(w.VBox):
    """A composite widget; subclasses build controls, then call ``_assemble``.

    Feedback lives in ``self.feedback.value`` (an HTML widget with CSS class
    ``kk-feedback``), never in printed output, so it works headless and in tests.
    """

    def __init__(self, title: str = "", **kwargs):
        self.title = w.HTML(f"<b>{html.escape(title)}</b>") if title else None
        self.feedback = w.HTML("")
        self.feedback.add_class("kk-feedback")
        self.last_outcome: Outcome | None = None
        super().__init__(**kwargs)
        self.add_class("kk-widget")

    def _assemble(self, *controls: w.Widget) -> None:
        parts = [self.title] if self.title else []
        self.children = [*parts, *controls, self.feedback]

    def show(self, outcome: Outcome) -> None:
        """Put ``outcome`` in the feedback line (rich HTML in the view, plain in tests)."""
        self.last_outcome = outcome
        self.feedback.value = outcome._repr_html_()

    @property
    def feedback_text(self) -> str:
        """The current feedback as plain text (for tests and screen readers)."""
        return repr(self.last_outcome) if self.last_outcome else ""
