"""Base of the kit's composite widgets: a VBox with a feedback line kept in widget state."""

from __future__ import annotations

import html

import ipywidgets as w

from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.messages import msg

# ipywidgets gives radio-button labels and HTML text a fixed line height: a long option
# that wraps on a narrow screen would overlap the next one. Inside the kit's widgets,
# let them grow.
STYLE = """<style>
.kk-widget .widget-html-content {line-height: 1.4;}
.kk-widget .widget-radio-box label {height: auto; line-height: 1.4; padding: 3px 0;
  display: flex; align-items: flex-start;}
.kk-widget .widget-radio-box input {float: none; flex: none; order: -1; height: auto;
  margin: 3px 8px 0 1px;}
</style>"""


class KitWidget(w.VBox):
    """A composite widget; subclasses build controls, then call ``_assemble``.

    Feedback lives in ``self.feedback.value`` (an HTML widget with CSS class
    ``kk-feedback``), never in printed output, so it works headless and in tests.
    """

    def __init__(self, title: str = "", **kwargs):
        self.title = w.HTML(f"<b>{html.escape(title)}</b>") if title else None
        self.feedback = w.HTML("")
        self.feedback.add_class("kk-feedback")
        self.style_sheet = w.HTML(STYLE, layout=w.Layout(display="none"))
        self.last_outcome: Outcome | None = None
        super().__init__(**kwargs)
        self.add_class("kk-widget")

    def _assemble(self, *controls: w.Widget) -> None:
        parts = [self.title] if self.title else []
        self.children = [self.style_sheet, *parts, *controls, self.feedback]

    def show(self, outcome: Outcome) -> None:
        """Put ``outcome`` in the feedback line (rich HTML in the view, plain in tests)."""
        self.last_outcome = outcome
        self.feedback.value = outcome._repr_html_()

    #: Catalogue key of the title over a failure ("" keeps the outcome's own "Belum tepat").
    FAIL_TITLE = ""

    def _info(self, text: str) -> Outcome:
        """Show ``text`` as information in the feedback line; return the outcome."""
        outcome = Outcome(OutcomeType.INFO, text)
        self.show(outcome)
        return outcome

    def _fail(self, error) -> Outcome:
        """Show ``error`` (a message or an exception carrying one) as a failure; return the outcome."""
        outcome = Outcome(OutcomeType.FAIL, str(error), title=msg(self.FAIL_TITLE) if self.FAIL_TITLE else "")
        self.show(outcome)
        return outcome

    @property
    def feedback_text(self) -> str:
        """The current feedback as plain text (for tests and screen readers)."""
        return repr(self.last_outcome) if self.last_outcome else ""


# --- layout pieces the work tools share ----------------------------------------------------

def labelled(text: str, control: w.Widget) -> w.VBox:
    """``control`` with its full label on its own line above it (labels are never cut)."""
    return w.VBox([w.HTML(html.escape(text)), control], layout=w.Layout(margin="0 16px 6px 0"))


def section(text: str) -> w.HTML:
    return w.HTML(f"<h4 style='margin: 14px 0 4px 0'>{html.escape(text)}</h4>")


def grid(*items: w.Widget) -> w.GridBox:
    return w.GridBox(list(items), layout=w.Layout(grid_template_columns="repeat(auto-fill, 280px)",
                                                  max_width="860px"))
