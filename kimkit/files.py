"""Files the kit writes for participants: never over an existing file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def free_path(path: str | Path) -> Path:
    """``path`` itself if nothing exists there, else the first free ``name_2.ext``, ``name_3.ext`` …"""
    target = Path(path).expanduser().resolve()
    number = 2
    candidate = target
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}_{number}{target.suffix}")
        number += 1
    return candidate


def write_xlsx(path: str | Path, sheets: Mapping) -> Path:
    """Write each DataFrame of ``sheets`` (sheet name → table) to one workbook at ``path``:
    bold header row, columns as wide as their text (at most 60), header frozen."""
    import pandas as pd
    from openpyxl.styles import Font  # imported here: only exports need openpyxl
    from openpyxl.utils import get_column_letter

    destination = Path(path).expanduser().resolve()
    with pd.ExcelWriter(destination, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            for number, column in enumerate(frame.columns):
                sheet.cell(row=1, column=number + 1).font = Font(bold=True)
                width = max([len(str(column))] + [len(str(v)) for v in frame[column].head(300)])
                sheet.column_dimensions[get_column_letter(number + 1)].width = min(60, width + 2)
            sheet.freeze_panes = "A2"
    return destination
