"""KIM self-assessment: the illustrative rubric's scoring (pure) and its widget, headless."""

import datetime as dt

import ipywidgets as w
import pandas as pd
import pytest

from kimkit import kim_health
from kimkit.checks import OutcomeType
from kimkit.data import kegiatan_kim, kim_kaltim
from kimkit.widgets import KitWidget, PenilaianKIM

ALL_TWO = {d.kunci: 2 for d in kim_health.RUBRIK}


def test_rubric_is_complete_and_labelled_illustrative():
    assert len(kim_health.RUBRIK) == 6 and kim_health.STATUS == "ilustratif"
    for dim in kim_health.RUBRIK:
        assert len(dim.pilihan) == kim_health.SKOR_MAKS + 1 and len(dim.langkah) == kim_health.SKOR_MAKS
        assert all(text.strip() for text in (*dim.pilihan, *dim.langkah, dim.nama, dim.pertanyaan))
    kelembagaan = kim_health.DIMENSI["kelembagaan"]
    assert "kepala kampung" in " ".join(kelembagaan.pilihan + kelembagaan.langkah)
    table = kim_health.rubrik_tabel()
    assert list(table.columns) == ["skor 0", "skor 1", "skor 2", "skor 3"] and len(table) == 6


def test_scoring_total_percent_priorities_and_steps():
    answers = dict(ALL_TWO, keaktifan=0, aspirasi=0, kapasitas=3)
    result = kim_health.nilai(answers)
    assert result.total == 9 and result.maksimum == 18 and result.persen == 50.0
    assert result.prioritas == ("keaktifan", "aspirasi")
    steps = result.langkah()
    assert [name for name, _ in steps][:2] == ["Keaktifan kegiatan", "Penyerapan dan penyaluran aspirasi"]
    assert "vakum" in steps[0][1]
    assert all(name != "Kapasitas dan jejaring" for name, _ in steps)  # already at the top
    full = kim_health.nilai({d.kunci: 3 for d in kim_health.RUBRIK})
    assert full.prioritas == () and full.langkah() == [] and full.persen == 100.0


@pytest.mark.parametrize("answers, text", [
    ({"kelembagaan": 1}, "belum dijawab"),
    (dict(ALL_TWO, keaktifan=4), "0 sampai 3"),
    (dict(ALL_TWO, keaktifan=True), "0 sampai 3"),
    (dict(ALL_TWO, keaktifan="2"), "0 sampai 3"),
    (dict(ALL_TWO, tingkatan=1), "tidak ada di rubrik"),
])
def test_scoring_refuses_incomplete_or_bad_answers_in_indonesian(answers, text):
    with pytest.raises(ValueError, match=text):
        kim_health.nilai(answers)


def test_result_table_and_files(tmp_path):
    result = kim_health.nilai(dict(ALL_TWO, keaktifan=0))
    table = kim_health.tabel_hasil(result, "KIM Contoh BRU 01", dt.date(2025, 12, 31))
    assert len(table) == 7 and table["skor"].iloc[-1] == 10 and table["skor_maksimum"].iloc[-1] == 18
    assert "ilustratif" in table["keadaan"].iloc[-1]
    assert table.loc[table["dimensi"] == "Keaktifan kegiatan", "prioritas"].item() == "ya"
    xlsx = kim_health.simpan(result, tmp_path / "hasil.xlsx", "KIM Contoh BRU 01", dt.date(2025, 12, 31))
    assert pd.read_excel(xlsx)["dimensi"].tolist() == table["dimensi"].tolist()
    csv = kim_health.simpan(result, tmp_path / "hasil.csv", "KIM Contoh BRU 01", dt.date(2025, 12, 31))
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the UTF-8 text correctly
    assert pd.read_csv(csv, sep=";", encoding="utf-8-sig")["skor"].tolist() == table["skor"].tolist()
    assert kim_health.nama_berkas("KIM Contoh BRU 01 (SINT-KIM-0050)", dt.date(2025, 12, 31)) == \
        "penilaian_KIM_Contoh_BRU_01_SINT-KIM-0050_2025-12-31.xlsx"


def test_widget_is_a_kit_vbox_with_radio_buttons_and_starts_unanswered():
    widget = PenilaianKIM(kim_kaltim().head(5))
    assert isinstance(widget, w.VBox) and isinstance(widget, KitWidget)
    assert all(isinstance(radio, w.RadioButtons) for radio in widget.choices.values())
    assert all(value is None for value in widget.jawaban.values())
    assert widget.kim_name.value.startswith("KIM Contoh") and "Pilih KIM" in widget.feedback_text
    assert widget.kim_choice.style.description_width == "initial"
    widget.button.click()
    assert widget.hasil is None and widget.last_outcome.kind is OutcomeType.FAIL
    assert "belum dijawab" in widget.feedback_text and "Kelembagaan dan legalitas" in widget.feedback_text


def test_widget_scores_draws_chart_and_saves(tmp_path):
    widget = PenilaianKIM(kim_kaltim().head(5), folder=tmp_path)
    widget.save("xlsx")
    assert "Hitung skor dulu" in widget.feedback_text
    for key, radio in widget.choices.items():
        radio.value = 0 if key == "aspirasi" else 2
    widget.date.value = dt.date(2025, 12, 31)
    widget.button.click()
    assert widget.hasil.total == 10 and "10 dari 18" in widget.feedback_text
    assert "Prioritas pembinaan: Penyerapan dan penyaluran aspirasi" in widget.feedback_text
    assert "Langkah berikutnya" in widget.chart.value and "0 dari 3" in widget.chart.value
    assert widget.filename.value.endswith("_2025-12-31.xlsx")
    widget.save_xlsx.click()
    assert widget.last_outcome.kind is OutcomeType.INFO and widget.saved_path.parent == tmp_path.resolve()
    assert str(widget.saved_path) in widget.feedback_text
    assert pd.read_excel(widget.saved_path)["skor"].iloc[-1] == 10
    widget.filename.value = "laporan kepala dinas.xlsx"
    widget.save_csv.click()
    assert widget.saved_path == (tmp_path / "laporan kepala dinas.csv").resolve() and widget.saved_path.exists()
    widget.choices["aspirasi"].value = 3
    assert widget.hasil is None and widget.chart.value == "" and "hasil sebelumnya dihapus" in widget.feedback_text


def test_widget_other_kim_needs_a_name_and_never_shows_a_traceback(tmp_path):
    widget = PenilaianKIM(folder=tmp_path)
    assert widget.kim_choice.value == "" and widget.kim_name.value == ""
    for radio in widget.choices.values():
        radio.value = 3
    widget.button.click()
    assert "Tulis dulu nama KIM" in widget.feedback_text
    widget.kim_name.value = "KIM Sungai Contoh"
    widget.button.click()
    assert "Semua dimensi sudah di skor tertinggi" in widget.feedback_text and "Langkah berikutnya" not in widget.chart.value
    widget.folder = tmp_path / "tidak_ada"  # cannot write there
    outcome = widget.save("csv")
    assert outcome.kind is OutcomeType.ERROR and "tidak dapat disimpan" in outcome.message


def test_widget_shows_activity_from_the_log():
    kim, kegiatan = kim_kaltim(), kegiatan_kim()
    last = kegiatan.groupby("id_kim")["tanggal"].max()
    vakum = last[last < "2025-07-01"].index[0]
    widget = PenilaianKIM(kim[kim["id_kim"] == vakum], kegiatan)
    assert "31 Desember 2025: 0 kegiatan dalam 6 bulan terakhir" in widget.activity_note.value
