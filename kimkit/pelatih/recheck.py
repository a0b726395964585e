"""The grader's own check of each hidden test, outside the participant's kernel.

A hidden test cell compares the answer in the kernel (``assert _kk_matches(...)``). Code in
a submission runs in that same kernel and could redefine what the comparison uses (for
example ``hashlib.sha256`` to return the expected digest, which the public check data
holds). So after a hidden test passes, the grading process asks the kernel for the
answer's canonical text only and compares it here, with the kit's own
:func:`kimkit.checks.canonical.matches_text`. Whatever the kernel sends back, only the
right answer's canonical text hashes to the expected digest, so no redefinition in the
kernel can turn a wrong answer into a pass.

The rule, salt and digests are read from the test cell's source as nbgrader restored it
from the gradebook before execution, never from the submission.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from nbformat.notebooknode import NotebookNode

from kimkit.checks.canonical import matches_text
from kimkit.messages import msg

#: Longest canonical text accepted back from a kernel (a table answer of a few thousand rows).
MAX_TEXT = 2_000_000


@dataclass(frozen=True)
class HiddenCheck:
    """One ``_kk_matches(answer, rule, salt, expected)`` call of a hidden test cell."""

    answer: str  # the answer's expression in the cell, e.g. ``jawaban_1``
    rule: dict
    salt: str
    expected: frozenset

    @property
    def expression(self) -> str:
        """What the kernel evaluates: the canonical text of the answer, nothing else."""
        return f"_kk_canonical({self.answer}, {self.rule!r})"

    def confirms(self, text: object) -> bool:
        return isinstance(text, str) and len(text) <= MAX_TEXT and matches_text(text, self.rule, self.salt, self.expected)


def hidden_checks(source: str) -> list[HiddenCheck]:
    """Every ``_kk_matches`` call with literal rule, salt and digests in a test cell's source."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    checks = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_kk_matches" and len(node.args) == 4):
            continue
        try:
            rule, salt, expected = (ast.literal_eval(argument) for argument in node.args[1:])
        except ValueError:
            continue
        answer = ast.get_source_segment(source, node.args[0])
        if answer and isinstance(rule, dict) and isinstance(salt, str) and isinstance(expected, (set, frozenset)):
            checks.append(HiddenCheck(answer, rule, salt, frozenset(expected)))
    return checks


def cell_checks(cell: NotebookNode) -> list[HiddenCheck]:
    """The hidden checks of a graded test cell; none for other cells."""
    grading = cell.get("metadata", {}).get("nbgrader", {})
    if cell.get("cell_type") != "code" or not grading.get("grade") or grading.get("solution"):
        return []
    return hidden_checks(cell.get("source", ""))


def failed(cell: NotebookNode) -> bool:
    """True when nbgrader scores the executed cell 0 already (an error or text on stderr)."""
    return any(o.get("output_type") == "error" or (o.get("output_type") == "stream" and o.get("name") == "stderr")
               for o in cell.get("outputs", []))


def reply_text(reply: dict | None) -> str | None:
    """The canonical text from a kernel's ``execute_reply`` to our user expression, if any."""
    if not reply:
        return None
    result = reply.get("content", {}).get("user_expressions", {}).get("kk", {})
    shown = result.get("data", {}).get("text/plain") if result.get("status") == "ok" else None
    if not isinstance(shown, str) or len(shown) > 4 * MAX_TEXT:
        return None
    try:
        value = ast.literal_eval(shown)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, str) else None


def refusal() -> NotebookNode:
    """The error output that makes nbgrader score a test cell 0, in the participant's words."""
    text = msg("grading.recheck_failed")
    return NotebookNode(output_type="error", ename="AssertionError", evalue=text, traceback=[f"AssertionError: {text}"])
