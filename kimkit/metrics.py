"""Social-media metrics as pure functions (module 07 and the engagement calculator).

There is no single engagement-rate formula: every result names its denominator
(reach, impressions, followers or views) and which interactions it counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

BASES = {
    "reach": "reach (jangkauan)",
    "impressions": "impressions (tayangan)",
    "followers": "followers (pengikut)",
    "views": "views (putaran video)",
}
DEFAULT_INTERACTIONS = ("likes", "comments", "shares", "saves")


def total_interactions(counts: Mapping[str, float], kinds: Sequence[str] = DEFAULT_INTERACTIONS) -> float:
    """Sum of the chosen interaction counts; missing kinds count as 0."""
    return float(sum(float(counts.get(kind) or 0) for kind in kinds))


def engagement_rate(interactions: float, denominator: float) -> float:
    """Interactions ÷ denominator × 100, in percent. Raises ValueError for a zero denominator."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    if interactions < 0:
        raise ValueError("interactions must not be negative")
    return interactions / denominator * 100


# --- ER for a whole table of posts (the kit's data or the participant's own import) -----------

INTERACTION_LABELS = {"likes": "likes", "comments": "comments", "shares": "shares", "saves": "saves"}
EXPORT_COLUMNS = ("id_posting", "platform", "format", "waktu_unggah")


class MetricsError(ValueError):
    """A table cannot give the asked rate; the message says why and what to do (Indonesian)."""


def definition(basis: str = "reach", kinds: Sequence[str] = DEFAULT_INTERACTIONS) -> str:
    """The one-line definition to print under every ER table, e.g.
    ``ER berdasarkan reach = (likes + comments + shares + saves) ÷ reach × 100.``"""
    from kimkit.messages import msg

    if basis not in BASES:
        raise MetricsError(f"unknown basis {basis!r}")
    return msg("engagement.definition", basis=basis, kinds=" + ".join(kinds))


def _column_filled(posts, name: str) -> bool:
    return name in posts.columns and bool(posts[name].notna().any())


def post_rates(posts, basis: str = "reach", kinds: Sequence[str] = DEFAULT_INTERACTIONS):
    """A copy of ``posts`` with the columns ``interaksi`` and ``er_<basis>`` (percent).

    A post whose denominator is empty or 0 gets no rate (``<NA>``) rather than an error: photos
    have no views. Raises :class:`MetricsError` (Indonesian) when the table has no numbers at
    all for the denominator or for a counted interaction, or when nothing is counted.
    """
    import pandas as pd

    from kimkit.messages import msg

    if basis not in BASES:
        raise MetricsError(f"unknown basis {basis!r}")
    if not kinds:
        raise MetricsError(msg("engagement.no_interactions"))
    for name in (basis, *kinds):
        if not _column_filled(posts, name):
            raise MetricsError(msg("engagement.no_column", field=BASES.get(name) or name))
    table = posts.copy()
    counts = table[list(kinds)].apply(pd.to_numeric, errors="coerce").astype("Float64")
    if (counts < 0).any(axis=None):
        raise MetricsError(msg("engagement.negative", field=next(k for k in kinds if (counts[k] < 0).any())))
    denominator = pd.to_numeric(table[basis], errors="coerce").astype("Float64")
    table["interaksi"] = counts.fillna(0).sum(axis=1).round().astype("Int64")
    rate = table["interaksi"] / denominator.where(denominator > 0) * 100
    table[f"er_{basis}"] = rate.astype("Float64")
    return table


def export_rates(posts, path, basis: str = "reach", kinds: Sequence[str] = DEFAULT_INTERACTIONS):
    """Write the ER of every post to ``path`` (.xlsx or .csv) with Indonesian headers and the
    definition line; returns ``(path, rows, rows_without_rate)``. Never called on an existing
    file by the widget (it passes ``kimkit.files.free_path``)."""
    from pathlib import Path

    from kimkit.messages import msg

    table = post_rates(posts, basis, kinds)
    rate_column = f"er_{basis}"
    columns = [c for c in EXPORT_COLUMNS if c in table.columns] + [*kinds, basis, "interaksi", rate_column]
    out = table[list(dict.fromkeys(columns))].copy()
    if "waktu_unggah" in out:
        out["waktu_unggah"] = out["waktu_unggah"].astype(str).str.slice(0, 16).replace({"NaT": ""})
    out[rate_column] = out[rate_column].round(2)
    headers = {c: msg(f"engagement.col.{c}") for c in (*EXPORT_COLUMNS, "interaksi") if c in out.columns}
    headers.update({k: INTERACTION_LABELS.get(k, k) for k in kinds})
    headers[basis] = basis
    headers[rate_column] = msg("engagement.col.er", basis=basis)
    out = out.rename(columns=headers)
    target = Path(path).expanduser().resolve()
    line = definition(basis, kinds)
    if target.suffix.lower() == ".csv":
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(f"# {line}\n")
            out.to_csv(handle, index=False, sep=";", decimal=",")
    else:
        import pandas as pd

        with pd.ExcelWriter(target, engine="openpyxl") as writer:
            out.to_excel(writer, sheet_name=msg("engagement.sheet"), index=False, startrow=2)
            sheet = writer.sheets[msg("engagement.sheet")]
            sheet["A1"] = line
            for number, column in enumerate(out.columns):
                from openpyxl.utils import get_column_letter

                width = max([len(str(column))] + [len(str(v)) for v in out[column].head(200)])
                sheet.column_dimensions[get_column_letter(number + 1)].width = min(40, width + 2)
    return target, len(out), int(table[rate_column].isna().sum())
