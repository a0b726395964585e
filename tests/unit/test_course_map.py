"""The course map (kimkit/course_map.py), the workshop plan, and the documents generated from
them by tools/make_course_map.py (course/peta_kursus.md, panduan_pelatih/)."""

import importlib
import re
from pathlib import Path

import pytest

from kimkit import course_map as cm
from tools import make_bundle as mb
from tools import make_course_map as mcm

ROOT = Path(__file__).resolve().parents[2]


# --- generated documents ----------------------------------------------------------------------

def test_documents_are_up_to_date(tmp_path):
    written = mcm.write(ROOT, tmp_path)
    assert sorted(written) == sorted(mcm.documents(ROOT))
    stale = [name for name in written
             if not (ROOT / name).is_file()
             or (ROOT / name).read_text(encoding="utf-8") != (tmp_path / name).read_text(encoding="utf-8")]
    assert not stale, f"run python tools/make_course_map.py: {stale}"
    assert mcm.stale(ROOT) == []


def test_regeneration_is_deterministic():
    assert mcm.documents(ROOT) == mcm.documents(ROOT)


def test_stale_reports_a_stray_or_edited_file(tmp_path):
    mcm.write(ROOT, tmp_path)
    for folder in ("authoring", "exercises", "kimkit"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    for notebook in (ROOT / "course").glob("*.ipynb"):
        (tmp_path / "course" / notebook.name).symlink_to(notebook)
    assert mcm.stale(tmp_path) == []
    (tmp_path / "panduan_pelatih" / "catatan_lama.md").write_text("x", encoding="utf-8")
    edited = tmp_path / "panduan_pelatih" / "modul_03.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "tambahan tangan\n", encoding="utf-8")
    assert mcm.stale(tmp_path) == ["panduan_pelatih/modul_03.md", "panduan_pelatih/catatan_lama.md"]


def test_participant_map_content():
    text = (ROOT / "course/peta_kursus.md").read_text(encoding="utf-8")
    assert "{{" not in text and "kimkit.kemajuan()" in text
    for m in cm.MODULES:
        assert f"### Modul {m.number} — {m.title}" in text
    for day in cm.DAYS:
        assert mcm.timetable(day, links=False) in text
    # objectives come from the notebooks, not retyped
    for m in cm.MODULES:
        for goal in mcm.objectives(mcm.cells(ROOT, m.notebook)):
            assert goal in text


def test_trainer_guide_content():
    readme = (ROOT / "panduan_pelatih/README.md").read_text(encoding="utf-8")
    assert "{{" not in readme and "python -m kimkit.pelatih" in readme
    for m in cm.MODULES:
        assert f"(modul_{m.number}.md)" in readme
        page = (ROOT / f"panduan_pelatih/modul_{m.number}.md").read_text(encoding="utf-8")
        for heading in mcm.NOTE_SECTIONS:
            assert f"\n## {heading}\n" in page
        assert "perkiraan kit" in page


def test_no_graded_answer_in_trainer_notes():
    """Written as if they could leak: no line of a solution, hidden test or mark scheme (literal
    answers such as ``jawaban_1 = "B"`` included), and no assignment of a graded variable."""
    secrets = mb.secret_lines(ROOT)
    assert secrets
    sources = sorted((ROOT / "panduan_pelatih").glob("*.md")) + sorted((ROOT / "authoring/panduan").glob("*.md"))
    found = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for exercise, lines in secrets.items():
            found += [f"{path.name}: {exercise}: {line}" for line in lines
                      if not mb.says_nothing(line) and line in text]
        found += [f"{path.name}: {hit}" for hit in re.findall(r"jawaban_\d+\s*=\s*\S+", text)]
    assert not found, "\n".join(found)


# --- the map against the repository ----------------------------------------------------------

def test_every_notebook_is_in_the_map_and_back():
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "course").glob("*.ipynb")}
    mapped = {m.notebook for m in cm.MODULES}
    assert on_disk <= mapped, f"notebooks missing from kimkit/course_map.py: {on_disk - mapped}"
    assert mapped <= on_disk, f"mapped but missing: {mapped - on_disk}"
    assert [m.number for m in cm.MODULES] == [f"{i:02d}" for i in range(len(cm.MODULES))]
    assert all(Path(m.notebook).name.startswith(m.number + "_") for m in cm.MODULES)


def test_every_exercise_is_named():
    released = {p.name for p in (ROOT / "exercises").iterdir() if p.is_dir() and p.name.startswith("latihan")}
    named = {m.exercise for m in cm.MODULES}
    assert released <= named, f"exercises missing from the map: {released - named}"
    assert named <= released, f"mapped but not released: {named - released}"
    assert all(m.exercise == f"latihan{m.number}" and m.questions == f"modul{m.number}" for m in cm.MODULES)


@pytest.mark.parametrize("m", cm.MODULES, ids=lambda m: m.number)
def test_title_and_minutes_agree_with_the_notebook(m):
    notebook = mcm.cells(ROOT, m.notebook)
    assert notebook is not None, m.notebook
    assert mcm.title(notebook) == m.title
    assert mcm.stated_minutes(notebook) == m.minutes_course, \
        f"{m.notebook} states another time than kimkit/course_map.py"
    assert 3 <= len(mcm.objectives(notebook)) <= 5
    assert f'kimkit.mulai(globals(), "{m.questions}")' in "".join(
        c["text"] for c in notebook if c["type"] == "code")


@pytest.mark.parametrize("m", cm.MODULES, ids=lambda m: m.number)
def test_exercise_minutes_agree_with_the_exercise(m):
    source = mcm.exercise_source(m.number)
    assert source is not None, m.exercise
    assert source.name == m.exercise
    assert source.minutes == m.minutes_exercise
    released = ROOT / "exercises" / m.exercise / f"{m.exercise}.ipynb"
    if released.is_file():
        assert f"**Waktu:** sekitar {m.minutes_exercise} menit" in released.read_text(encoding="utf-8")


def test_objectives_parser():
    cells = [{"type": "markdown", "text": "# Modul 99 — Contoh\n\n**Waktu:** sekitar 50 menit.\n\n"
                                          "**Tujuan pembelajaran.** Anda dapat:\n\n1. membaca tabel;\n"
                                          "2. menghitung cakupan\n   per desa;\n3. menulis laporan.\n\n"
                                          "**Cara memakai** …\n4. bukan tujuan"}]
    assert mcm.objectives(cells) == ["membaca tabel", "menghitung cakupan per desa", "menulis laporan"]
    assert mcm.stated_minutes(cells) == 50 and mcm.title(cells) == "Contoh"


def test_section_estimates_add_up_to_the_stated_time():
    for m in cm.MODULES:
        notebook = mcm.cells(ROOT, m.notebook)
        if notebook is None:
            continue
        found = mcm.sections(notebook)
        task = mcm.task_minutes(notebook, found)
        minutes = mcm.estimate(found, m.minutes_course, task)
        assert sum(n for n, _ in minutes) == m.minutes_course and min(n for n, _ in minutes) >= 0
        assert "Sumber" not in [s["heading"] for s in found]
        for i, (section, (n, stated)) in enumerate(zip(found, minutes)):
            if stated:
                assert n == task.get(i, mcm.stated_section_minutes(section["heading"]))
        if mcm.stated_split(notebook) and "menit tugas dengan" in mcm.stated_split(notebook):
            assert len(task) == 1 and found[next(iter(task))]["widgets"] >= 1, m.number
    assert mcm.estimate([{"heading": "A", "words": 0, "code": 1, "checks": 0},
                         {"heading": "B", "words": 0, "code": 1, "checks": 0}], 10, {1: 7}) == [(3, False), (7, True)]
    sample = [{"heading": "A", "words": 150, "code": 0, "checks": 0},
              {"heading": "B", "words": 0, "code": 2, "checks": 1}]
    assert mcm.estimate(sample, 10) == [(3, False), (7, False)]
    sample.append({"heading": "C (±4 menit)", "words": 0, "code": 0, "checks": 0})
    assert mcm.estimate(sample, 10) == [(2, False), (4, False), (4, True)]
    sample.append({"heading": "D (±5 menit membaca)", "words": 0, "code": 0, "checks": 0})
    assert [n for n, _ in mcm.estimate(sample, 10)][-1] >= 1
    # stated times longer than the notebook's total are ignored; too few minutes may give 0
    assert mcm.estimate(sample, 3) == [(1, False), (2, False), (0, False), (0, False)]


def test_templates_and_notes_are_checked(tmp_path):
    with pytest.raises(mcm.SourceError):
        mcm.fill("{{tidak_ada}}", {}, "x.md")
    (tmp_path / mcm.SOURCES).mkdir(parents=True)
    (tmp_path / mcm.SOURCES / "modul_00.md").write_text("## Pertanyaan diskusi\n\n1. …\n", encoding="utf-8")
    with pytest.raises(mcm.SourceError):
        mcm.notes(tmp_path, "00")
    for m in cm.MODULES:
        assert set(mcm.notes(ROOT, m.number)) == set(mcm.NOTE_SECTIONS)


# --- the workshop schedule --------------------------------------------------------------------

@pytest.mark.parametrize("track", ["A", "B"])
@pytest.mark.parametrize("day", cm.DAYS)
def test_each_participant_day_is_filled_without_overlap(track, day):
    sessions = cm.participant_day(track, day)
    now = cm.clock(cm.DAY_START)
    for session in sessions:
        assert cm.clock(session.start) == now, f"gap or overlap before {session}"
        assert cm.clock(session.end) > cm.clock(session.start)
        now = cm.clock(session.end)
    assert now == cm.clock(cm.DAY_END)
    assert sum(cm.clock(s.end) - cm.clock(s.start) for s in sessions) == cm.day_length()


def test_sessions_are_well_formed():
    assert {s.track for s in cm.WORKSHOP} == {"semua", "A", "B", "rehat"}
    kinds = {"materi", "latihan", "diskusi", "klinik", "simulasi", "pembukaan", "penutupan"}
    for s in cm.WORKSHOP:
        assert re.fullmatch(r"\d\d\.\d\d", s.start) and re.fullmatch(r"\d\d\.\d\d", s.end)
        if s.track == "rehat":
            assert not s.parts
            continue
        assert s.parts and sum(p.minutes for p in s.parts) == cm.clock(s.end) - cm.clock(s.start), s
        for p in s.parts:
            assert p.kind in kinds and p.minutes > 0
            assert p.module is not None or p.label, p
            if p.module is not None:
                assert cm.module(p.module).track in ("umum", s.track) or s.track == "semua"
    # breaks are the same for both rooms; plenary sessions and breaks never overlap a room's session
    for day in cm.DAYS:
        shared = [s for s in cm.WORKSHOP if s.day == day and s.track in ("semua", "rehat")]
        rooms = [s for s in cm.WORKSHOP if s.day == day and s.track in ("A", "B")]
        for a in shared:
            for b in rooms:
                assert cm.clock(a.end) <= cm.clock(b.start) or cm.clock(b.end) <= cm.clock(a.start), (a, b)
        slots = {(s.start, s.end) for s in rooms}
        for start, end in slots:
            assert {s.track for s in rooms if (s.start, s.end) == (start, end)} == {"A", "B"}


@pytest.mark.parametrize("track", ["A", "B"])
def test_track_path_covers_common_and_own_modules(track):
    expected = tuple(m.number for m in cm.MODULES if m.track in ("umum", track))
    assert cm.workshop_modules(track) == expected
    assert set(expected) >= {"00", "08", "09", "10", "11"}
    for m in cm.MODULES:
        materi = cm.workshop_minutes(track, m.number, "materi")
        latihan = cm.workshop_minutes(track, m.number, "latihan")
        if m.number in expected:
            assert (materi, latihan) == (m.minutes_course, m.minutes_exercise), m.number
        else:
            assert (materi, latihan) == (0, 0), m.number


def test_every_module_appears_in_the_plan():
    planned = {p.module for s in cm.WORKSHOP for p in s.parts if p.kind == "materi"}
    assert planned == {m.number for m in cm.MODULES}
    # the other track's modules are self-study after the event
    assert set(mcm.after_workshop("A")) == {m.number for m in cm.MODULES if m.track == "B"}
    assert set(mcm.after_workshop("B")) == {m.number for m in cm.MODULES if m.track == "A"}


def test_self_study_route():
    weeks = cm.self_study_weeks()
    assert [m for week in weeks for m in week] == list(cm.MODULES)
    for week in weeks:
        assert len(week) == 1 or sum(m.minutes for m in week) <= cm.WEEKLY_MINUTES
    assert [m.number for w in cm.self_study_weeks(("03", "01")) for m in w] == ["01", "03"]
    assert [len(w) for w in cm.self_study_weeks(("00", "01", "02"), weekly=60)] == [1, 1, 1]


def test_dashboard_fields_are_stable():
    fields = {"number", "title", "notebook", "exercise", "questions"}
    for m in cm.MODULES:
        assert fields <= set(dir(m))
    importlib.reload(cm)  # the module has no side effects
    assert cm.module("07").title == "Analitik media sosial"
    with pytest.raises(KeyError):
        cm.module("12")
