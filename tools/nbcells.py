"""Helpers for authoring kit notebooks as code (scratch scripts; not run by the kit).

    from tools.nbcells import notebook, md, code, answer, tests, task, readonly
    nb = notebook([md("# Judul"), code("import kimkit"), ...])
    nbformat.write(nb, "solutions/latihan09/latihan09.ipynb")

Cells carry nbgrader metadata (schema 3) for the roles nbgrader knows:
``answer`` = autograded answer, ``tests`` = autograder tests, ``task`` = manually graded
task (Markdown, with a mark scheme), ``readonly`` = locked cell (setup, self-checks).
"""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook


def _nbgrader(grade_id: str, *, grade=False, solution=False, locked=False, task=False, points=None):
    meta = {"schema_version": 3, "grade": grade, "solution": solution, "locked": locked,
            "grade_id": grade_id}
    if task:
        meta["task"] = True
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(source: str):
    return new_code_cell(source.strip("\n"))


def answer(grade_id: str, source: str):
    """An autograded answer cell; wrap the solution in ### BEGIN/END SOLUTION."""
    return new_code_cell(source.strip("\n"), metadata=_nbgrader(grade_id, solution=True))


def tests(grade_id: str, points: int, source: str):
    """An autograder test cell: plain asserts, hidden ones in ### BEGIN/END HIDDEN TESTS."""
    return new_code_cell(source.strip("\n"),
                         metadata=_nbgrader(grade_id, grade=True, locked=True, points=points))


def task(grade_id: str, points: int, text: str):
    """A manually graded task; put the mark scheme in === BEGIN/END MARK SCHEME ===."""
    return new_markdown_cell(text.strip("\n"),
                             metadata=_nbgrader(grade_id, task=True, locked=True, points=points))


def readonly(grade_id: str, source: str, markdown: bool = False):
    """A locked cell (setup, self-check, instructions)."""
    maker = new_markdown_cell if markdown else new_code_cell
    return maker(source.strip("\n"), metadata=_nbgrader(grade_id, locked=True))


def notebook(cells: list) -> nbformat.NotebookNode:
    """A notebook with the metadata the kit's kernel writes (it opens unmodified in JupyterLab)."""
    from tools.notebook_metadata import notebook_metadata

    nb = new_notebook(cells=cells)
    nb.metadata.update(nbformat.from_dict(notebook_metadata()))
    return nb


def written(grade_id: str, points: int, text: str):
    """A manually graded written answer (Markdown); left blank, nbgrader scores it 0 by itself."""
    return new_markdown_cell(text.strip("\n"), metadata=_nbgrader(grade_id, grade=True, solution=True, points=points))
