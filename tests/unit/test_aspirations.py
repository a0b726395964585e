"""Aspiration log (module 03): pure logic and the widget, driven headless."""

import ipywidgets as w
import openpyxl
import pandas as pd
import pytest

from kimkit import aspirations as logic
from kimkit.data import aspirasi_warga, kim_kaltim
from kimkit.widgets import CatatanAspirasi, KitWidget


@pytest.fixture(scope="module")
def log():
    return logic.prepare(aspirasi_warga())


def own_table():
    """A participant's own log as typed in Excel: text dates day/month/year, an empty follow-up."""
    return pd.DataFrame({
        "tanggal_diterima": ["03/11/2025", "05/11/2025", "20/11/2025", "02/12/2025"],
        "kabkota": ["Paser", "Paser", "Paser", "Paser"],
        "kategori": ["kesehatan", "kesehatan", "air bersih", "kesehatan"],
        "status": ["selesai", "ditindaklanjuti", "diteruskan", "baru"],
        "tanggal_tindak_lanjut": ["10/11/2025", "2025-11-08", "", None],
    })


def test_prepare_reads_own_table_with_text_dates():
    prepared = logic.prepare(own_table())
    assert prepared["id_aspirasi"].tolist()[:2] == ["CATATAN-0001", "CATATAN-0002"]
    assert prepared["tanggal_diterima"].iloc[0] == pd.Timestamp("2025-11-03")
    assert prepared["tanggal_tindak_lanjut"].isna().tolist() == [False, False, True, True]
    assert logic.response_days(prepared).iloc[:2].tolist() == [7, 3]


def test_prepare_explains_problems_in_indonesian():
    with pytest.raises(logic.AspirationError, match="belum punya kolom kategori"):
        logic.prepare(own_table().drop(columns="kategori"))
    bad = own_table()
    bad.loc[1, "tanggal_diterima"] = "31/02/2025"
    with pytest.raises(logic.AspirationError, match="baris 2"):
        logic.prepare(bad)
    early = own_table()
    early.loc[0, "tanggal_tindak_lanjut"] = "01/11/2025"
    with pytest.raises(logic.AspirationError, match="sebelum tanggal diterima"):
        logic.prepare(early)
    with pytest.raises(logic.AspirationError, match="DataFrame"):
        logic.prepare([1, 2])


def test_monthly_summary_of_own_table():
    summary = logic.monthly_summary(logic.prepare(own_table()), "2025-11", kabkota="Paser")
    assert summary["kategori"].tolist() == ["air bersih", "kesehatan"]
    kesehatan = summary.set_index("kategori").loc["kesehatan"]
    assert kesehatan["jumlah"] == 2 and kesehatan["ditindaklanjuti"] == 2 and kesehatan["selesai"] == 1
    assert kesehatan["persen_ditindaklanjuti"] == 100.0 and kesehatan["median_hari"] == 5.0
    air = summary.set_index("kategori").loc["air bersih"]
    assert air["persen_ditindaklanjuti"] == 0.0 and pd.isna(air["median_hari"])
    total = logic.total_row(logic.prepare(own_table()), pd.Period("2025-11", "M"), "Paser")
    assert total == {"jumlah": 3, "ditindaklanjuti": 2, "persen_ditindaklanjuti": 66.7,
                     "median_hari": 5.0, "selesai": 1}


def test_monthly_summary_matches_pandas_on_the_dataset(log):
    november = log[log["tanggal_diterima"].dt.to_period("M") == "2025-11"]
    summary = logic.monthly_summary(log, "2025-11")
    assert list(summary.columns) == ["kabkota", "kategori", *logic.SUMMARY_COLUMNS]
    assert summary["jumlah"].sum() == len(november)
    assert summary["ditindaklanjuti"].sum() == november["tanggal_tindak_lanjut"].notna().sum()
    per_category = logic.monthly_summary(log, "2025-11", by=["kategori"]).set_index("kategori")
    days = (november["tanggal_tindak_lanjut"] - november["tanggal_diterima"]).dt.days
    assert per_category["median_hari"].to_dict() == days.groupby(november["kategori"]).median().to_dict()
    assert logic.months(log) == list(pd.period_range("2025-07", "2025-12", freq="M"))


def test_add_and_update_records_validate(log):
    added = logic.add_record(log, tanggal_diterima="03/12/2025", kabkota="Berau", kategori="air bersih",
                             ringkasan="  Air   tidak mengalir  ")
    assert len(added) == len(log) + 1 and len(log) == len(aspirasi_warga())  # the input is unchanged
    new = added.iloc[-1]
    assert new["id_aspirasi"] == "CATATAN-0001" and new["ringkasan"] == "Air tidak mengalir"
    assert new["status"] == "baru" and pd.isna(new["tanggal_tindak_lanjut"])
    assert logic.next_id(added) == "CATATAN-0002"
    done = logic.update_record(added, "CATATAN-0001", kategori="kesehatan", status="selesai",
                               tanggal_tindak_lanjut="2025-12-05")
    assert done.iloc[-1]["kategori"] == "kesehatan" and logic.response_days(done).iloc[-1] == 2
    reopened = logic.update_record(done, "CATATAN-0001", status="diteruskan", tanggal_tindak_lanjut="")
    assert pd.isna(reopened.iloc[-1]["tanggal_tindak_lanjut"])
    for kwargs, message in (
        ({"status": "selesai", "tanggal_tindak_lanjut": ""}, "isi juga tanggal tindak lanjut"),
        ({"status": "baru", "tanggal_tindak_lanjut": "05/12/2025"}, "harus kosong"),
        ({"status": "selesai", "tanggal_tindak_lanjut": "01/12/2025"}, "lebih awal"),
        ({"status": "tutup"}, "tidak dikenal"),
    ):
        with pytest.raises(logic.AspirationError, match=message):
            logic.update_record(added, "CATATAN-0001", **kwargs)
    with pytest.raises(logic.AspirationError, match="NIK atau nomor telepon"):
        logic.add_record(log, tanggal_diterima="03/12/2025", kabkota="Berau", kategori="air bersih",
                         ringkasan="Hubungi 0812 3456 7890")
    with pytest.raises(logic.AspirationError, match="tanggal aspirasi diterima"):
        logic.add_record(log, tanggal_diterima="", kabkota="Berau", kategori="air bersih", ringkasan="x")
    with pytest.raises(logic.AspirationError, match="tidak ada di catatan"):
        logic.update_record(log, "SINT-ASP-9999", status="baru")


def test_export_writes_indonesian_xlsx(log, tmp_path):
    path = logic.export_xlsx(log, "2025-11", tmp_path / logic.export_filename("2025-11", "Kutai Barat"),
                             kabkota="Kutai Barat")
    assert path.name == "ringkasan_aspirasi_2025-11_kutai_barat.xlsx" and path.is_absolute()
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Rincian"]
    sheet = book["Ringkasan"]
    assert sheet["A1"].value == "Ringkasan aspirasi warga lewat KIM, November 2025, Kutai Barat"
    headers = [cell.value for cell in sheet[4]]
    assert headers == ["Kategori", "Jumlah aspirasi", "Sudah ditindaklanjuti", "Ditindaklanjuti (%)",
                       "Median hari sampai tindak lanjut", "Hasil sudah disampaikan ke warga"]
    last = [cell.value for cell in sheet[sheet.max_row]]
    expected = logic.monthly_summary(log, "2025-11", "Kutai Barat")
    assert last[0] == "Jumlah" and last[1] == expected["jumlah"].sum()
    details = book["Rincian"]
    assert details.max_row - 1 == last[1] and details["A1"].value == "ID aspirasi"


def test_widget_records_categorises_summarises_and_exports(tmp_path):
    log = CatatanAspirasi(folder=tmp_path)
    assert isinstance(log, w.VBox) and isinstance(log, KitWidget)
    assert "603 aspirasi" in log.feedback_text.replace(".", "")
    assert log.month.label == "Desember 2025" and log.scope.label == "Semua kab/kota"
    # 1. record: the KIM list follows the kab/kota
    log.region.value = "Mahakam Ulu"
    assert all("MHU" in label for label, value in log.kim_choice.options if value)
    log.add_button.click()
    assert "tanggal aspirasi diterima" in log.feedback_text and len(log.value) == 603
    log.received.value = "15/12/2025"
    log.text.value = "Lampu jalan di depan balai pertemuan padam"
    log.category.value = "informasi dan internet"
    log.add_button.click()
    assert "CATATAN-0001 ditambahkan" in log.feedback_text and len(log.value) == 604
    assert log.record.value == "CATATAN-0001" and log.value.iloc[-1]["kabkota"] == "Mahakam Ulu"
    assert log.value.iloc[-1]["kode_kabkota"] == "64.11"
    # 2. categorise and record the follow-up; a wrong combination is explained
    log.new_category.value = "lingkungan dan sampah"
    log.status.value = "selesai"
    log.save_button.click()
    assert "isi juga tanggal tindak lanjut" in log.feedback_text
    log.follow_up.value = "18/12/2025"
    log.save_button.click()
    assert "disimpan" in log.feedback_text
    assert log.value.iloc[-1]["kategori"] == "lingkungan dan sampah"
    # 3. summary and export
    log.export_button.click()
    assert "Buat ringkasan dulu" in log.feedback_text
    log.scope.value = "Mahakam Ulu"
    log.summary_button.click()
    assert "Desember 2025 (Mahakam Ulu)" in log.feedback_text
    assert "Median hari sampai tindak lanjut" in log.table.value and "lingkungan dan sampah" in log.table.value
    log.export_button.click()
    assert log.exported == tmp_path.resolve() / "ringkasan_aspirasi_2025-12_mahakam_ulu.xlsx"
    assert log.exported.exists() and str(log.exported) in log.feedback_text
    first = log.exported.read_bytes()
    log.export_button.click()  # a second export never overwrites the first file
    assert log.exported == tmp_path.resolve() / "ringkasan_aspirasi_2025-12_mahakam_ulu_2.xlsx"
    assert (tmp_path / "ringkasan_aspirasi_2025-12_mahakam_ulu.xlsx").read_bytes() == first


def test_widget_accepts_own_table(tmp_path):
    log = CatatanAspirasi(own_table(), kim=kim_kaltim(), folder=tmp_path)
    assert [label for label, _ in log.month.options] == ["November 2025", "Desember 2025"]
    log.month.value = "2025-11"
    log.summary_button.click()
    assert "3 aspirasi diterima, 66,7% sudah ditindaklanjuti" in log.feedback_text
    with pytest.raises(logic.AspirationError, match="belum punya kolom"):
        CatatanAspirasi(own_table().drop(columns="status"))
