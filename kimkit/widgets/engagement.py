"""Engagement-rate calculator: pick a post (or type numbers), the denominator and the interactions.

With a table of posts (the kit's data or the participant's own import) it also exports the ER
of every post, with the chosen denominator and interactions, to XLSX or CSV next to the notebook.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from kimkit import metrics
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.files import free_path
from kimkit.messages import angka, msg
from kimkit.widgets.base import KitWidget

FIELDS = ("likes", "comments", "shares", "saves", "reach", "impressions", "followers", "views")
MANUAL = ""  # value of the "type the numbers yourself" entry of the post selector
FULL_LABEL = {"description_width": "initial"}  # never cut a control's label


def field_label(name: str) -> str:
    """Indonesian label of one number field, e.g. ``likes (suka)``."""
    return metrics.BASES.get(name) or msg(f"engagement.field.{name}")


def _labelled(text: str, control: w.Widget) -> w.VBox:
    """``control`` with its full label on its own line above it."""
    return w.VBox([w.HTML(html.escape(text)), control])


class EngagementCalculator(KitWidget):
    """Computes ER for one post; ``value`` is the latest rate in percent (or None).

    Starts on the first post of ``posts`` (its numbers filled in), or on manual entry
    when no posts are given.
    """

    def __init__(self, posts: pd.DataFrame | None = None, folder: str | Path = "."):
        super().__init__(title=msg("engagement.title"))
        self.posts = None if posts is None else posts.reset_index(drop=True)
        self.folder = Path(folder)
        self.exported: Path | None = None
        self.value: float | None = None
        self.views_missing = False
        self.inputs = {name: w.IntText(value=0, layout=w.Layout(width="150px")) for name in FIELDS}
        options = [(msg("engagement.manual"), MANUAL)]
        self.post_keys: list[str] = []
        if self.posts is not None:
            self.post_keys = post_keys(self.posts)
            options += [(post_label(key, row), key) for key, (_i, row) in zip(self.post_keys, self.posts.iterrows())]
        first = options[1][1] if len(options) > 1 else MANUAL
        self.post = w.Dropdown(options=options, value=first, description=msg("engagement.post"),
                               style=FULL_LABEL, layout=w.Layout(width="max-content", max_width="100%"))
        self.basis = w.Dropdown(options=[(label, key) for key, label in metrics.BASES.items()],
                                value="reach", description=msg("engagement.basis"),
                                style=FULL_LABEL, layout=w.Layout(width="max-content"))
        self.counted = {kind: w.Checkbox(value=True, description=field_label(kind), indent=False,
                                         layout=w.Layout(width="auto", margin="0 24px 0 0"))
                        for kind in metrics.DEFAULT_INTERACTIONS}
        self.button = w.Button(description=msg("engagement.compute"), button_style="primary")
        self.button.on_click(self._on_compute)
        for control in (*self.inputs.values(), self.basis, *self.counted.values()):
            control.observe(self._on_edit, names="value")
        self.post.observe(self._on_post, names="value")
        # four numbers per row on a wide screen, fewer (never cut) on a narrow one
        numbers = w.GridBox([_labelled(field_label(name), box) for name, box in self.inputs.items()],
                            layout=w.Layout(grid_template_columns="repeat(auto-fill, 190px)", max_width="760px"))
        ticks = w.HBox(list(self.counted.values()), layout=w.Layout(flex_flow="row wrap"))
        interactions = _labelled(msg("engagement.interactions"), ticks)
        self.export_xlsx = w.Button(description=msg("engagement.export_xlsx"), layout=w.Layout(width="auto"))
        self.export_csv = w.Button(description=msg("engagement.export_csv"), layout=w.Layout(width="auto"))
        self.export_xlsx.on_click(lambda _b: self.export(".xlsx"))
        self.export_csv.on_click(lambda _b: self.export(".csv"))
        export = _labelled(msg("engagement.export_title"), w.HBox([self.export_xlsx, self.export_csv]))
        if self.posts is None:
            export.layout.display = "none"
        self._assemble(self.post, _labelled(msg("engagement.numbers"), numbers), self.basis,
                       interactions, self.button, export)
        self._on_post({"new": first})

    @property
    def counted_kinds(self) -> tuple[str, ...]:
        """The interaction kinds whose checkbox is ticked."""
        return tuple(kind for kind, box in self.counted.items() if box.value)

    def _show_instruction(self) -> None:
        if self.post.value == MANUAL:
            self.show(Outcome(OutcomeType.INFO, msg("engagement.ready_manual")))
        else:
            self.show(Outcome(OutcomeType.INFO, msg("engagement.ready_post", post=self.post.value)))

    def _on_post(self, change: dict) -> None:
        self.value = None  # the old result belongs to the old post
        self.views_missing = False
        row = None
        if change["new"] != MANUAL and self.posts is not None:
            row = self.posts.iloc[self.post_keys.index(change["new"])]
            self.views_missing = pd.isna(row.get("views"))
        for name, box in self.inputs.items():
            value = None if row is None else row.get(name)
            box.value = 0 if value is None or pd.isna(value) else int(value)
        self._show_instruction()

    def _on_edit(self, _change: dict) -> None:
        """A changed number or choice makes the shown result stale."""
        if self.value is not None:
            self.value = None
            self.show(Outcome(OutcomeType.INFO, msg("engagement.changed")))

    def compute(self) -> Outcome:
        """Compute the rate from the current inputs and show it; also returned."""
        counts = {name: box.value for name, box in self.inputs.items()}
        negative = [name for name, value in counts.items() if value < 0]
        basis_label = metrics.BASES[self.basis.value]
        self.value = None
        if negative:
            outcome = Outcome(OutcomeType.FAIL, msg("engagement.negative", field=field_label(negative[0])))
        elif not self.counted_kinds:
            outcome = Outcome(OutcomeType.FAIL, msg("engagement.no_interactions"))
        elif self.basis.value == "views" and self.views_missing:
            outcome = Outcome(OutcomeType.INFO, msg("engagement.views_not_applicable"))
        elif counts[self.basis.value] <= 0:
            outcome = Outcome(OutcomeType.INFO, msg("engagement.zero_denominator", basis_label=basis_label))
        else:
            interactions = metrics.total_interactions(counts, self.counted_kinds)
            self.value = metrics.engagement_rate(interactions, counts[self.basis.value])
            outcome = Outcome(OutcomeType.INFO, msg(
                "engagement.result", basis_label=basis_label, interactions=angka(interactions),
                denominator=angka(counts[self.basis.value]), rate=angka(self.value, 2),
            ), extra=(metrics.definition(self.basis.value, self.counted_kinds),))
        self.show(outcome)
        return outcome

    def _on_compute(self, _button: w.Button | None = None) -> None:
        self.compute()

    def export(self, suffix: str = ".xlsx") -> Outcome:
        """Write the ER of every post (current denominator and interactions) next to the notebook.

        Never overwrites a file (``free_path``); the path written is shown and kept in ``exported``.
        """
        if self.posts is None:
            outcome = Outcome(OutcomeType.INFO, msg("engagement.export_no_posts"))
            self.show(outcome)
            return outcome
        basis, kinds = self.basis.value, self.counted_kinds
        path = free_path(self.folder / f"er_posting_{basis}{suffix}")
        try:
            self.exported, rows, skipped = metrics.export_rates(self.posts, path, basis, kinds)
        except metrics.MetricsError as error:
            outcome = Outcome(OutcomeType.FAIL, str(error))
        except (OSError, ImportError) as error:
            outcome = Outcome(OutcomeType.FAIL, msg("engagement.export_failed", path=path,
                                                    detail=type(error).__name__))
        else:
            outcome = Outcome(OutcomeType.INFO, msg("engagement.exported", path=self.exported, n=rows,
                                                    skipped=skipped, basis=basis),
                              extra=(metrics.definition(basis, kinds),))
        self.show(outcome)
        return outcome


def post_keys(posts: pd.DataFrame) -> list[str]:
    """One selector value per post: its ``id_posting`` when every post has a distinct one
    (the kit's data), else ``baris 1``, ``baris 2`` … (an own export may have no id)."""
    ids = posts["id_posting"].astype(str).str.strip().tolist() if "id_posting" in posts else []
    if ids and all(i and i not in ("nan", "<NA>") for i in ids) and len(set(ids)) == len(ids):
        return ids
    return [msg("engagement.row", n=n) for n in range(1, len(posts) + 1)]


def post_label(key: str, row: pd.Series) -> str:
    """``SINT-POST-00003 · Paser · Instagram · reels`` from whatever describing columns exist."""
    parts = [key] + [str(row[c]) for c in ("kabkota", "platform", "format")
                     if c in row.index and not pd.isna(row[c]) and str(row[c]).strip()]
    if "waktu_unggah" in row.index and not pd.isna(row["waktu_unggah"]) and "kabkota" not in row.index:
        parts.append(str(row["waktu_unggah"])[:10])
    return " · ".join(parts)
