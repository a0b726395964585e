"""Grades as tables (CSV, XLSX) and a class report (HTML with charts) for the head of office.

Everything is read from nbgrader's gradebook, so Formgrader's manual grades are included,
and from the roster (kab/kota, instansi). Written to ``laporan/``:

    nilai_per_peserta.csv   one row per participant, one column per exercise, and the total
    nilai_per_soal.csv      one row per participant, exercise and question
    nilai.xlsx              the same tables as sheets, plus who did not submit
    laporan_kelas.html      score distribution, difficulty per question, averages per kab/kota,
                            missing submissions — one self-contained page to print or send
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

import pandas as pd

from kimkit.checks import loader
from kimkit.messages import angka, msg
from kimkit.pelatih import roster as roster_module
from kimkit.pelatih.course import CourseFolder


def question_grades(folder: CourseFolder) -> pd.DataFrame:
    """One row per participant, exercise and graded cell (missing submissions included)."""
    from nbgrader.api import Gradebook

    rows = []
    with Gradebook(folder.gradebook_url, course_id="kimkit") as gradebook:
        for assignment in gradebook.assignments:
            submitted = {s.student.id: s for s in assignment.submissions}
            cells = [(nb.name, c.name, c.max_score) for nb in assignment.notebooks for c in nb.grade_cells]
            for student in gradebook.students:
                submission = submitted.get(student.id)
                grades = {}
                if submission is not None:
                    grades = {(nb.name, g.name): g for nb in submission.notebooks for g in nb.grades}
                for notebook, cell, max_score in cells:
                    grade = grades.get((notebook, cell))
                    rows.append({
                        "id_peserta": student.id, "latihan": assignment.name, "soal": cell,
                        "nilai": grade.score if grade is not None else None, "maks": max_score,
                        "dikumpulkan": submission is not None,
                        "perlu_dinilai_pelatih": bool(grade.needs_manual_grade) if grade is not None else False,
                    })
    frame = pd.DataFrame(rows, columns=["id_peserta", "latihan", "soal", "nilai", "maks", "dikumpulkan",
                                        "perlu_dinilai_pelatih"])
    people = pd.DataFrame([p.__dict__ for p in roster_module.load(folder.roster_file)],
                          columns=list(roster_module.FIELDS))
    return people[["id_peserta", "nama", "instansi", "kabkota"]].merge(frame, on="id_peserta", how="right")


def participant_totals(grades: pd.DataFrame) -> pd.DataFrame:
    """Participants × exercises (empty where not submitted), with the total."""
    per_exercise = grades.groupby(["id_peserta", "latihan"], dropna=False).agg(
        nilai=("nilai", lambda s: s.sum(min_count=1)), dikumpulkan=("dikumpulkan", "any"))
    per_exercise.loc[~per_exercise["dikumpulkan"], "nilai"] = None
    wide = per_exercise["nilai"].unstack("latihan")
    wide["total"] = wide.sum(axis=1, min_count=1)
    people = grades.drop_duplicates("id_peserta").set_index("id_peserta")[["nama", "instansi", "kabkota"]]
    return people.join(wide).reset_index()


def missing_submissions(grades: pd.DataFrame) -> pd.DataFrame:
    found = grades[~grades["dikumpulkan"]].drop_duplicates(["id_peserta", "latihan"])
    return found[["id_peserta", "nama", "kabkota", "latihan"]].sort_values(["latihan", "id_peserta"])


def _chart(draw) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, axes = plt.subplots(figsize=(7, 3.2))
    draw(axes)
    if axes.get_ylabel():  # counts of people: whole numbers only
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return f'<img alt="" src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}">'


def class_report(grades: pd.DataFrame, title: str) -> str:
    """The class report as one self-contained HTML page."""
    totals = participant_totals(grades)
    exercises = sorted(grades["latihan"].unique())
    submitted = grades[grades["dikumpulkan"]]
    parts = [f"<h1>{html.escape(title)}</h1>",
             f"<p>{msg('report.summary', people=totals['id_peserta'].nunique(), exercises=len(exercises), submissions=submitted.drop_duplicates(['id_peserta', 'latihan']).shape[0])}</p>"]
    for exercise in exercises:
        rows = submitted[submitted["latihan"] == exercise]
        if rows.empty:
            continue
        per_person = rows.groupby("id_peserta")["nilai"].sum()
        maximum = rows.drop_duplicates("soal")["maks"].sum()
        difficulty = (rows.groupby("soal")["nilai"].mean() / rows.groupby("soal")["maks"].first() * 100)
        cells = {f"{prefix}{i}": t for i, t in loader.titles(exercise).items() for prefix in ("uji_", "jawaban_")}
        difficulty = difficulty.rename(cells).sort_index(ascending=False)
        parts.append(f"<h2>{html.escape(loader.title(exercise))}</h2>")
        parts.append(f"<p>{msg('report.exercise_line', n=len(per_person), mean=angka(per_person.mean(), 1), max=angka(maximum))}</p>")
        parts.append(_chart(lambda ax: (ax.hist(per_person, bins=range(0, int(maximum) + 2), color="#1d4ed8",
                                                 align="left", rwidth=0.85),
                                         ax.set(title=msg("report.distribution"), xlabel=msg("report.score"),
                                                ylabel=msg("report.people")))))
        parts.append(_chart(lambda ax: (difficulty.plot.barh(ax=ax, color="#0f766e", xlim=(0, 100)),
                                         ax.set(title=msg("report.difficulty"), xlabel=msg("report.percent_right"),
                                                ylabel=""))))
    by_region = totals.groupby("kabkota")["total"].mean().dropna().sort_values()
    if not by_region.empty:
        parts.append(f"<h2>{msg('report.by_region')}</h2>")
        parts.append(_chart(lambda ax: (by_region.plot.barh(ax=ax, color="#8a6d00"),
                                         ax.set(title=msg("report.by_region"), xlabel=msg("report.mean_total"), ylabel=""))))
    missing = missing_submissions(grades)
    parts.append(f"<h2>{msg('report.missing')}</h2>")
    parts.append(missing.to_html(index=False, na_rep="–", border=0) if not missing.empty else f"<p>{msg('report.none_missing')}</p>")
    style = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#1f2933}"
             "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .6rem}")
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{style}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")


def write_reports(folder: CourseFolder, title: str = "") -> list[Path]:
    """Write the CSV, XLSX and HTML reports into ``laporan/``; return their paths."""
    grades = question_grades(folder)
    totals = participant_totals(grades)
    missing = missing_submissions(grades)
    target = folder.root / "laporan"
    target.mkdir(exist_ok=True)
    paths = [target / "nilai_per_peserta.csv", target / "nilai_per_soal.csv", target / "nilai.xlsx",
             target / "laporan_kelas.html"]
    totals.to_csv(paths[0], index=False, encoding="utf-8-sig")  # BOM: Excel shows the names right
    grades.to_csv(paths[1], index=False, encoding="utf-8-sig")
    with pd.ExcelWriter(paths[2], engine="openpyxl") as writer:
        totals.to_excel(writer, sheet_name=msg("report.sheet.people"), index=False)
        grades.to_excel(writer, sheet_name=msg("report.sheet.questions"), index=False)
        missing.to_excel(writer, sheet_name=msg("report.sheet.missing"), index=False)
    paths[3].write_text(class_report(grades, title or msg("report.title")), encoding="utf-8")
    return paths
