"""Engagement-rate calculator: pick a post (or type numbers), pick the denominator."""

from __future__ import annotations

import ipywidgets as w
import pandas as pd

from kimkit import metrics
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget

FIELDS = ("likes", "comments", "shares", "saves", "reach", "impressions", "followers", "views")


class EngagementCalculator(KitWidget):
    """Computes ER for one post; ``value`` is the latest rate in percent (or None)."""

    def __init__(self, posts: pd.DataFrame | None = None):
        super().__init__(title=msg("engagement.title"))
        self.posts = posts
        self.value: float | None = None
        self.views_missing = False
        self.inputs = {name: w.IntText(value=0, description=name, layout=w.Layout(width="220px"))
                       for name in FIELDS}
        options = [(msg("engagement.manual"), None)]
        if posts is not None:
            options += [(f"{row.id_posting} · {row.kabkota} · {row.platform} · {row.format}", row.id_posting)
                        for row in posts.itertuples()]
        self.post = w.Dropdown(options=options, value=None, description=msg("engagement.post"))
        self.post.observe(self._on_post, names="value")
        self.basis = w.Dropdown(options=[(label, key) for key, label in metrics.BASES.items()],
                                value="reach", description=msg("engagement.basis"))
        self.counted = w.SelectMultiple(options=list(metrics.DEFAULT_INTERACTIONS),
                                        value=metrics.DEFAULT_INTERACTIONS,
                                        description=msg("engagement.interactions"), rows=4)
        self.button = w.Button(description=msg("engagement.compute"), button_style="primary")
        self.button.on_click(self._on_compute)
        grid = w.GridBox(list(self.inputs.values()),
                         layout=w.Layout(grid_template_columns="repeat(4, 230px)"))
        self._assemble(self.post, grid, w.HBox([self.basis, self.counted]), self.button)

    def _on_post(self, change: dict) -> None:
        self.value = None
        self.last_outcome = None
        self.feedback.value = ""  # the old result belongs to the old post
        self.views_missing = False
        if change["new"] is None or self.posts is None:
            return
        row = self.posts.loc[self.posts["id_posting"] == change["new"]].iloc[0]
        for name, box in self.inputs.items():
            value = row.get(name)
            box.value = 0 if pd.isna(value) else int(value)
        self.views_missing = pd.isna(row.get("views"))

    def compute(self) -> Outcome:
        """Compute the rate from the current inputs and show it; also returned."""
        counts = {name: box.value for name, box in self.inputs.items()}
        negative = [name for name, value in counts.items() if value < 0]
        basis_label = metrics.BASES[self.basis.value]
        self.value = None
        if negative:
            outcome = Outcome(OutcomeType.FAIL, msg("engagement.negative", field=negative[0]))
        elif not self.counted.value:
            outcome = Outcome(OutcomeType.FAIL, msg("engagement.no_interactions"))
        elif self.basis.value == "views" and self.views_missing:
            outcome = Outcome(OutcomeType.INFO, msg("engagement.views_not_applicable"))
        elif counts[self.basis.value] <= 0:
            outcome = Outcome(OutcomeType.INFO, msg("engagement.zero_denominator", basis_label=basis_label))
        else:
            interactions = metrics.total_interactions(counts, self.counted.value)
            self.value = metrics.engagement_rate(interactions, counts[self.basis.value])
            outcome = Outcome(OutcomeType.INFO, msg(
                "engagement.result", basis_label=basis_label, interactions=angka(interactions),
                denominator=angka(counts[self.basis.value]), rate=angka(self.value, 2),
            ))
        self.show(outcome)
        return outcome

    def _on_compute(self, _button: w.Button | None = None) -> None:
        self.compute()
