"""The self-study dashboard (kimkit.kemajuan) and robust progress records, headless."""

import json

import pytest

import kimkit
from kimkit import self_study
from kimkit.checks import OutcomeType, progress
from kimkit.checks.progress import Attempt, Records
from kimkit.course_map import MODULES, Module

# --- a small course of three modules: module 02 has no check data (as a module being written) ---

COURSE = (
    Module("00", "Mulai", "course/00_mulai.ipynb", "latihan00", "umum", 40, 15),
    Module("01", "Mengenal KIM", "course/01_mengenal_kim.ipynb", "latihan01", "A", 55, 25),
    Module("02", "Modul baru", "course/02_baru.ipynb", "latihan02", "umum", 55, 25),
)


def q(ident, view, statement=""):
    return {"id": ident, "view": view, "statement": statement or f"Soal {view[-1]} — {ident}"}


DEFINITIONS = {
    "modul00": {"questions": [q("kuis1", "kuis1"), q("total", "soal1"), q("ibu_kota", "soal2")]},
    "latihan00": {"questions": [q("jalan", "soal1"), q("kabkota", "soal2")],
                  "tasks": [{"view": "soal3", "statement": "Soal 3 — Harapan Anda"}]},
    "modul01": {"questions": [q("ppu", "soal1"), q("tanpa_sk", "soal2")]},
    "latihan01": {"questions": [q("pembentukan", "soal1")], "tasks": []},
}

PLACES = {
    "course/00_mulai.ipynb": {
        "kuis1": self_study.Place(3, "A. Kuis: tur JupyterLab", quiz=True),
        "soal1": self_study.Place(5, "B. Soal 1 — Jumlah kelurahan"),
        "soal2": self_study.Place(8, "Soal 2 — Ibu kota Berau"),
    },
}


def build(entries=None, **records):
    rec = Records(entries=dict(entries or {}), **records)
    return self_study.overview(rec, modules=COURSE, definitions=DEFINITIONS.get,
                               places=lambda path: PLACES.get(path, {}))


def solved(*keys):
    return {key: Attempt(1, True) for key in keys}


def write(home, text):
    home.mkdir(parents=True, exist_ok=True)
    (home / "kemajuan.json").write_text(text, encoding="utf-8")


# --- logic ---------------------------------------------------------------------------------

def test_empty_records_start_at_the_first_question():
    view = build()
    assert (view.total, view.count("solved"), view.count("open"), view.tasks) == (8, 0, 8, 1)
    step = view.next_step
    assert (step.module.module.number, step.notebook.name, step.question.view) == ("00", "modul00", "kuis1")
    assert "Periksa" in " ".join(step.lines()) and "A. Kuis: tur JupyterLab" in " ".join(step.lines())


def test_module_without_data_is_shown_but_skipped_by_the_next_step():
    view = build(solved("modul00/kuis1", "modul00/total", "modul00/ibu_kota", "latihan00/jalan",
                        "latihan00/kabkota", "modul01/ppu", "modul01/tanpa_sk", "latihan01/pembentukan"))
    last = view.modules[2]
    assert not last.course.available and not last.exercise.available and last.status == "no_data"
    assert view.next_step is None
    board = self_study.Dashboard(view)
    assert "8 dari 8 soal sudah benar (100%)" in str(board)
    assert "Semua soal yang bisa diperiksa sendiri sudah benar" in str(board)
    assert "Soal belum tersedia" in str(board)


def test_next_step_moves_as_questions_get_solved():
    order = ["modul00/kuis1", "modul00/total", "modul00/ibu_kota", "latihan00/jalan", "latihan00/kabkota",
             "modul01/ppu", "modul01/tanpa_sk", "latihan01/pembentukan"]
    for done in range(len(order)):
        step = build(solved(*order[:done])).next_step
        assert step.question.key == order[done]
    step = build(solved(*order[:1])).next_step
    text = " ".join(step.lines())
    assert "`course/00_mulai.ipynb`" in text and "B. Soal 1 — Jumlah kelurahan" in text and "`soal1.cek()`" in text
    step = build(solved(*order[:3])).next_step
    assert "`exercises/latihan00/latihan00.ipynb`" in " ".join(step.lines())
    assert "latihan bernilai" in step.lines()[0]


def test_tried_question_is_the_next_step_with_a_hint_pointer():
    view = build({"modul00/kuis1": Attempt(1, True), "modul00/total": Attempt(3, False)})
    assert view.count("tried") == 1
    lines = view.next_step.lines()
    assert any("3×" in line and "`soal1.petunjuk()`" in line for line in lines)


def test_notebook_order_comes_from_the_notebook_else_from_the_check_data():
    places = self_study.places_in([
        {"cell_type": "markdown", "source": ["## Cek pemahaman\n"]},
        {"cell_type": "code", "source": "Kuis([soal3, soal4], title='x')"},
        {"cell_type": "markdown", "source": "### Coba sendiri 1\nteks"},
        {"cell_type": "code", "source": ["soal1.cek()"]},
    ])
    assert places["soal3"] == self_study.Place(1, "Cek pemahaman", quiz=True)
    assert places["soal1"] == self_study.Place(3, "Coba sendiri 1")
    assert "soal2" not in places


def test_real_course_keys_match_the_records_a_check_writes(kimkit_home):
    """The records are keyed "<set>/<grade id>", as QuestionView.cek() writes them."""
    from kimkit.checks import loader

    views = loader.views("modul00")
    outcome = views["soal2"].cek({"ibu_kota_berau": "Tanjung Redeb"})
    assert outcome.kind is OutcomeType.PASS
    view = self_study.overview()
    states = {qs.key: qs.state for m in view.modules for part in m.parts for qs in part.questions}
    assert states["modul00/ibu_kota_berau"] == "solved" and not view.unknown
    assert len([m for m in view.modules]) == len(MODULES)


# --- records: partial, damaged, unknown -----------------------------------------------------

def test_missing_file_is_empty_and_not_created(kimkit_home):
    records = progress.load()
    assert records.entries == {} and not records.file_problem
    board = kimkit.kemajuan()
    assert "Belum ada catatan kemajuan" in str(board)
    assert not kimkit_home.exists()


def test_partial_entries_take_defaults(kimkit_home):
    write(kimkit_home, json.dumps({"modul00/total_kelurahan": {"benar": True},
                                   "modul00/ibu_kota_berau": {"percobaan": 2}}))
    records = progress.load()
    assert records.entries["modul00/total_kelurahan"] == Attempt(1, True, "")
    assert records.entries["modul00/ibu_kota_berau"] == Attempt(2, False, "")
    assert not records.damaged and not records.file_problem


@pytest.mark.parametrize("text, problem", [
    ("{rusak", "not_json"),
    ('{"modul00/total_kelurahan": {"percobaan": 2, "benar": tr', "not_json"),   # truncated
    ('["modul00/total_kelurahan"]', "not_object"),
    ('"kemajuan"', "not_object"),
    ("", "not_json"),
])
def test_damaged_file_is_noted_and_left_intact(kimkit_home, text, problem):
    write(kimkit_home, text)
    board = kimkit.kemajuan()
    assert board.overview.records.file_problem == problem
    plain, page = str(board), board._repr_html_()
    assert "Catatan yang diabaikan" in plain and "tidak diubah atau dihapus" in plain
    assert "Catatan yang diabaikan" in page and "Traceback" not in plain
    assert (kimkit_home / "kemajuan.json").read_text(encoding="utf-8") == text
    assert list(kimkit_home.iterdir()) == [kimkit_home / "kemajuan.json"]


def test_file_that_is_not_utf8_is_damaged(kimkit_home):
    kimkit_home.mkdir(parents=True)
    (kimkit_home / "kemajuan.json").write_bytes(b"\xff\xfe\x00{")
    assert progress.load().file_problem == "not_json"
    assert "rusak" in str(kimkit.kemajuan())


def test_entries_of_the_wrong_type_are_skipped_others_count(kimkit_home):
    content = json.dumps({
        "modul00/total_kelurahan": {"percobaan": 2, "benar": True, "terakhir": "2026-11-20T08:00:00+00:00"},
        "modul00/ibu_kota_berau": "benar",
        "modul00/isi_tabel_kim": {"percobaan": "dua", "benar": True},
        "modul00/kuis1": {"percobaan": 1, "benar": "ya"},
        "modul00/kuis2": {"percobaan": -1, "benar": False},
        "modul00/kuis3": {"percobaan": True, "benar": False},
        "modul00/kuis4": [1, True],
    })
    write(kimkit_home, content)
    records = progress.load()
    assert list(records.entries) == ["modul00/total_kelurahan"]
    assert len(records.damaged) == 6
    plain = str(kimkit.kemajuan())
    assert "6 catatan soal yang rusak diabaikan" in plain and "`modul00/kuis4`" in plain
    assert "1 dari" in plain.splitlines()[1]
    assert (kimkit_home / "kemajuan.json").read_text(encoding="utf-8") == content


def test_unknown_keys_from_an_older_kit_are_not_counted(kimkit_home):
    write(kimkit_home, json.dumps({"latihan99/soal_lama": {"percobaan": 4, "benar": True},
                                   "modul00/soal_dihapus": {"percobaan": 1, "benar": False},
                                   "modul00/ibu_kota_berau": {"percobaan": 1, "benar": True}}))
    board = kimkit.kemajuan()
    assert [key for key, _ in board.overview.unknown] == ["latihan99/soal_lama", "modul00/soal_dihapus"]
    plain = str(board)
    assert "2 catatan soal yang tidak ada di kit versi ini" in plain and "1 dari 2 sudah benar" in plain
    assert "`latihan99/soal_lama` ✔ 4×" in plain
    assert plain.splitlines()[1].startswith(f"1 dari {board.overview.total} soal")


def test_record_keeps_a_copy_of_a_damaged_file_before_writing(kimkit_home):
    write(kimkit_home, "{rusak")
    progress.record("modul00/ibu_kota_berau", OutcomeType.PASS)
    copies = list(kimkit_home.glob("kemajuan.json.rusak-*"))
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == "{rusak"
    assert json.loads((kimkit_home / "kemajuan.json").read_text())["modul00/ibu_kota_berau"]["benar"] is True
    plain = str(kimkit.kemajuan())
    assert copies[0].name in plain and "tidak ada yang hilang" in plain
    assert "Tentang berkas catatan kemajuan" in plain and "diabaikan" not in plain


def test_record_replacing_a_damaged_entry_keeps_a_copy_and_the_other_entries(kimkit_home):
    content = json.dumps({"modul00/ibu_kota_berau": {"percobaan": "dua"},
                          "modul00/kuis1": {"percobaan": 1, "benar": True},
                          "modul00/kuis2": "rusak"})
    write(kimkit_home, content)
    progress.record("modul00/ibu_kota_berau", OutcomeType.FAIL)
    data = json.loads((kimkit_home / "kemajuan.json").read_text())
    assert data["modul00/ibu_kota_berau"]["percobaan"] == 1 and data["modul00/kuis2"] == "rusak"
    assert data["modul00/kuis1"] == {"percobaan": 1, "benar": True}
    [copy] = kimkit_home.glob("kemajuan.json.rusak-*")
    assert copy.read_text(encoding="utf-8") == content
    progress.record("modul00/kuis1", OutcomeType.FAIL)     # a healthy entry: no second copy
    assert len(list(kimkit_home.glob("kemajuan.json.rusak-*"))) == 1
    assert json.loads((kimkit_home / "kemajuan.json").read_text())["modul00/kuis1"]["benar"] is True


def test_record_counts_attempts(kimkit_home):
    for outcome in (OutcomeType.FAIL, OutcomeType.FAIL, OutcomeType.PASS, OutcomeType.FAIL):
        progress.record("modul01/kim_tanpa_sk", outcome)
    progress.record("modul01/jumlah_kim_ppu", OutcomeType.UNATTEMPTED)
    assert progress.summary() == {"modul01/kim_tanpa_sk": {
        "percobaan": 4, "benar": True,
        "terakhir": json.loads((kimkit_home / "kemajuan.json").read_text())["modul01/kim_tanpa_sk"]["terakhir"]}}


# --- renderings ------------------------------------------------------------------------------

def test_plain_and_html_show_the_same_numbers():
    view = build({"modul00/kuis1": Attempt(2, True), "modul00/total": Attempt(3, False),
                  "latihan00/jalan": Attempt(1, True)})
    board = self_study.Dashboard(view)
    plain, page = str(board), board._repr_html_()
    assert plain == repr(board) == board.message
    assert "2 dari 8 soal sudah benar (25%)." in plain and "1 sudah dicoba tetapi belum tepat, 5 belum dicoba." in plain
    assert "2 dari 8 soal sudah benar (25%)." in page
    assert "00 Mulai" in plain and "1/3 benar · 1 belum tepat" in plain and "1/2 benar · 1 tugas tertulis" in plain
    assert "1/3 benar · 1 belum tepat" in page and "1/2 benar · 1 tugas tertulis" in page
    assert "✘ soal1 — total: belum tepat, diperiksa 3×" in plain and "✔ kuis1 — kuis1: benar, diperiksa 2×" in plain
    assert "diperiksa 3×" in page
    for header in ("Modul", "Soal latihan mandiri", "Latihan", "Status"):
        assert f">{header}</th>" in page
    assert "Sedang dikerjakan" in page and "Belum dimulai" in page and "Soal belum tersedia" in page
    assert 'aria-valuenow="25"' in page                      # the overall bar
    assert "height:40%" in page                              # module 00: 2 of 5 solved
    assert "Langkah berikutnya" in page and "<code>soal1.cek()</code>" in page
    assert "<script" not in page and "http" not in page      # offline: no JavaScript, no CDN


def test_html_escapes_texts_from_the_records(kimkit_home):
    write(kimkit_home, json.dumps({"<b>lama</b>/x": {"percobaan": 1, "benar": False}}))
    page = kimkit.kemajuan()._repr_html_()
    assert "<b>lama</b>" not in page and "&lt;b&gt;lama&lt;/b&gt;" in page


def test_filter_to_one_module(kimkit_home):
    write(kimkit_home, json.dumps({"modul00/ibu_kota_berau": {"percobaan": 1, "benar": True}}))
    for value in ("01", "1", 1, "modul01", "latihan01"):
        board = kimkit.kemajuan(value)
        assert [m.module.number for m in board.overview.modules] == ["01"]
    board = kimkit.kemajuan("01")
    assert "Modul 01 Mengenal KIM" in board.title
    assert board.next_step.module.module.number == "01"
    assert "0 dari" in str(board).splitlines()[1]
    wrong = kimkit.kemajuan("13")
    assert wrong.kind is OutcomeType.INFO and "00 sampai 11" in wrong.message


def test_filter_on_a_module_without_data():
    board = self_study.Dashboard(build().only("02"), "02")
    assert board.next_step is None and "Soal Modul 02 belum tersedia" in str(board)


def test_every_message_key_of_the_chapter_is_in_the_catalogue():
    from kimkit.messages import MESSAGES
    from kimkit.messages import progress as chapter

    assert all(MESSAGES[key] == text for key, text in chapter.MESSAGES.items())
