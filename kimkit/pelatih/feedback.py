"""Feedback pages for participants, in Indonesian, without a line of test code.

nbgrader's own feedback HTML shows the hidden tests (its issue #917). These pages are built
from the gradebook (scores, the trainer's comments), the autograded notebook (the
participant's own answers and the self-check's messages, which never reveal an expected
answer) and the check data (question titles): nothing of a test cell's code is read.

    umpan_balik/<id_peserta>/<latihanNN>.html   one page per participant per exercise
    umpan_balik/<id_peserta>/semua.html         all exercises of one participant (optional)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import nbformat

from kimkit.checks import loader
from kimkit.checks.outcomes import OUTCOME_MIMETYPE
from kimkit.messages import angka, msg
from kimkit.pelatih import roster as roster_module
from kimkit.pelatih.course import CourseFolder

STYLE = """
body{font-family:system-ui,'Segoe UI',sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #d0d7de}
.skor{font-weight:bold}.lulus{color:#1e7b34}.belum{color:#b3261e}.manual{color:#8a6d00}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.6rem;white-space:pre-wrap}
.pesan{border-left:4px solid #1d4ed8;background:#eef3ff;padding:.5rem .8rem}
.komentar{border-left:4px solid #0f766e;background:#e8f6f4;padding:.5rem .8rem}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
@media print{body{margin:0}}
"""


@dataclass
class Part:
    title: str
    score: float | None
    max_score: float
    answer: str
    message: str = ""
    comment: str = ""


def _outcome_text(cell) -> str:
    for output in cell.get("outputs", []):
        if OUTCOME_MIMETYPE in output.get("data", {}):
            first_line = output["data"].get("text/plain", "").split("\n", 1)[0]  # not the hint reminder
            return first_line.split(" — ", 1)[-1]
    return ""


def parts(folder: CourseFolder, exercise: str, student: str) -> tuple[list[Part], float, float, str]:
    """Per question: title, score, the participant's answer and what the self-check said."""
    from nbgrader.api import Gradebook

    notebook = nbformat.read(folder.root / "autograded" / student / exercise / f"{exercise}.ipynb", as_version=4)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id", ""): c for c in notebook.cells}
    found = []
    with Gradebook(folder.gradebook_url, course_id="kimkit") as gradebook:
        submission = gradebook.find_submission(exercise, student)
        grades = {g.name: g for nb in submission.notebooks for g in nb.grades}
        comments = {c.name: c for nb in submission.notebooks for c in nb.comments}
        for question_id, title in loader.titles(exercise).items():
            written = f"jawaban_{question_id}" in grades
            grade = grades.get(f"jawaban_{question_id}") if written else grades.get(f"uji_{question_id}")
            if grade is None:
                continue
            answer = cells.get(f"jawaban_{question_id}")
            if answer is not None and answer.source.strip() == msg("exercise.text_stub"):
                answer = None  # a written answer left blank
            comment = comments.get(f"jawaban_{question_id}") or comments.get(f"uji_{question_id}")
            found.append(Part(title, grade.score if grade.score is not None else None, grade.max_score,
                              answer.source if answer is not None else "",
                              _outcome_text(cells.get(f"cek_{question_id}", {})),
                              (comment.manual_comment or "") if comment is not None else ""))
        return found, float(submission.score), float(submission.max_score), str(submission.timestamp or "")


def _section(part: Part) -> str:
    if part.score is None:
        score = f'<span class="skor manual">{msg("feedback.waiting")} ({angka(part.max_score)} {msg("feedback.points")})</span>'
    else:
        style = "lulus" if part.score >= part.max_score else "belum"
        score = (f'<span class="skor {style}">{angka(part.score, 1)} / {angka(part.max_score)} '
                 f'{msg("feedback.points")}</span>')
    lines = [f"<h2>{html.escape(part.title)}</h2>", f"<p>{score}</p>",
             f"<p>{msg('feedback.your_answer')}</p><pre>{html.escape(part.answer.strip() or '—')}</pre>"]
    if part.message:
        lines.append(f'<p class="pesan">{msg("feedback.self_check")}: {html.escape(part.message)}</p>')
    if part.comment:
        lines.append(f'<p class="komentar">{msg("feedback.trainer_comment")}: {html.escape(part.comment)}</p>')
    return "\n".join(lines)


def page(folder: CourseFolder, exercise: str, student: str) -> str:
    """The HTML page of one participant's exercise."""
    person = {p.id_peserta: p for p in roster_module.load(folder.roster_file)}.get(student)
    found, score, max_score, timestamp = parts(folder, exercise, student)
    title = loader.title(exercise)
    who = f"{person.nama} ({student}) — {person.instansi}, {person.kabkota}" if person else student
    body = [f"<h1>{html.escape(msg('feedback.title', exercise=title))}</h1>",
            f"<p>{html.escape(who)}</p>",
            f'<p class="skor">{msg("feedback.total", score=angka(score, 1), max=angka(max_score))}</p>',
            f"<p>{html.escape(msg('feedback.submitted', timestamp=timestamp or '–'))}</p>"]
    if any(p.score is None for p in found):
        body.append(f"<p class='manual'>{msg('feedback.not_final')}</p>")
    body += [_section(p) for p in found]
    return _document(title, "\n".join(body))


def _document(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n")


def write_all(folder: CourseFolder, exercise: str, combined: bool = False) -> list[Path]:
    """Write a page for every graded participant of ``exercise``; optionally combined pages."""
    written = []
    for student in sorted(p.parent.parent.name for p in (folder.root / "autograded").glob(f"*/{exercise}/{exercise}.ipynb")):
        target = folder.root / "umpan_balik" / student / f"{exercise}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page(folder, exercise, student), encoding="utf-8")
        written.append(target)
        if combined:
            written.append(write_combined(folder, student))
    return written


def write_combined(folder: CourseFolder, student: str) -> Path:
    """One page with every exercise of a participant that has been graded."""
    pages = []
    for path in sorted((folder.root / "autograded" / student).glob("*/*.ipynb")):
        exercise = path.parent.name
        text = page(folder, exercise, student)
        pages.append(text.split("<body>\n", 1)[1].rsplit("\n</body>", 1)[0])
    target = folder.root / "umpan_balik" / student / "semua.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_document(msg("feedback.combined_title", student=student), "\n<hr>\n".join(pages)),
                      encoding="utf-8")
    return target
