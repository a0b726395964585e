"""Import of a participant's own table: reading, column mapping, validation, widget (no kernel)."""

import zipfile
from pathlib import Path

import ipywidgets as w
import openpyxl
import pandas as pd
import pytest

from kimkit import importing as im
from kimkit.checks import OutcomeType
from kimkit.widgets import ImporData, KitWidget

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["No", "Nama KIM", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Tahun Berdiri",
          "Jml Anggota", "No. SK", "Terdaftar KIM.id"]
ROWS = [
    [1, "KIM Contoh Maju", "Kutai Timur", "Kec. Contoh", "Desa Contoh Satu", 2021, 12, "SK/01/2021", "ya"],
    [2, "KIM Contoh Bersama", "Kab. Kutai Timur", "Kec. Contoh", "Desa Contoh Dua", 2023, 8, "SK/02/2023", "tidak"],
    [3, "KIM Contoh Kota", "Samarinda", "Kec. Kota", "Kelurahan Contoh", 2024, 15, "", "belum"],
]


def write_xlsx(path, rows, header=HEADER, title=None, sheet="Daftar"):
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def write_csv(path, rows, header=HEADER, sep=",", encoding="utf-8"):
    frame = pd.DataFrame(rows, columns=header)
    frame.to_csv(path, sep=sep, index=False, encoding=encoding)
    return path


def load(path, **kwargs):
    table, _sheet = im.read_table(path)
    return im.import_table(table, im.suggest_mapping(table.columns), **kwargs)


# --- reading ---------------------------------------------------------------------------


def test_good_csv(tmp_path):
    result, problems = load(write_csv(tmp_path / "kim.csv", ROWS))
    assert problems == [] or all(not p.is_error for p in problems)
    assert list(result.columns) == ["id_kim", "nama_kim", "kode_kabkota", "kabkota", "kecamatan", "jenis_wilayah",
                                    "desa_kelurahan", "tahun_bentuk", "jumlah_anggota", "nomor_sk",
                                    "terdaftar_kimid", "kegiatan_terakhir"]
    assert list(result["kabkota"]) == ["Kutai Timur", "Kutai Timur", "Samarinda"]
    assert list(result["kode_kabkota"]) == ["64.08", "64.08", "64.72"]
    assert list(result["terdaftar_kimid"]) == [True, False, False]
    assert list(result["jumlah_anggota"]) == [12, 8, 15]
    assert list(result["id_kim"]) == ["BARIS-2", "BARIS-3", "BARIS-4"]   # the participant's row numbers


def test_good_xlsx_with_title_rows_and_the_file_is_not_modified(tmp_path):
    path = write_xlsx(tmp_path / "kim.xlsx", ROWS, title="DAFTAR KIM KABUPATEN CONTOH 2025")
    before = path.read_bytes()
    table, sheet = im.read_table(path)
    assert sheet == "Daftar" and list(table.index) == [4, 5, 6]   # title, blank line, header above
    result, problems = im.import_table(table, im.suggest_mapping(table.columns))
    assert len(result) == 3 and not any(p.is_error for p in problems)
    assert path.read_bytes() == before


def test_semicolon_csv_as_indonesian_excel_exports_it(tmp_path):
    path = write_csv(tmp_path / "kim.csv", ROWS, sep=";", encoding="cp1252")
    table, _ = im.read_table(path)
    assert "Nama KIM" in table.columns and len(table) == 3
    result, _ = im.import_table(table, im.suggest_mapping(table.columns))
    assert list(result["nama_kim"])[0] == "KIM Contoh Maju"


def test_other_order_and_other_names_are_suggested():
    columns = ["Status KIM.ID", "desa / kampung", "  NAMA KOMUNITAS ", "Tgl Kegiatan Terakhir", "Kabupaten",
               "jumlah anggota (orang)", "Nomor Surat Keputusan", "Ketua"]
    mapping = im.suggest_mapping(columns)
    assert mapping["nama_kim"] == "  NAMA KOMUNITAS "
    assert mapping["kabkota"] == "Kabupaten"
    assert mapping["desa_kelurahan"] == "desa / kampung"
    assert mapping["terdaftar_kimid"] == "Status KIM.ID"
    assert mapping["kegiatan_terakhir"] == "Tgl Kegiatan Terakhir"
    assert mapping["jumlah_anggota"] == "jumlah anggota (orang)"
    assert mapping["nomor_sk"] == "Nomor Surat Keputusan"
    assert "Ketua" not in mapping.values() and mapping["id_kim"] is None
    assert len([v for v in mapping.values() if v]) == len(set(v for v in mapping.values() if v))


def test_missing_required_column(tmp_path):
    header = [h for h in HEADER if h != "Kabupaten/Kota"]
    rows = [[v for h, v in zip(HEADER, row) if h != "Kabupaten/Kota"] for row in ROWS]
    table, _ = im.read_table(write_xlsx(tmp_path / "kim.xlsx", rows, header=header))
    mapping = im.suggest_mapping(table.columns)
    result, problems = im.import_table(table, mapping)
    assert result is None and problems[0].is_error and "Kabupaten/Kota" in problems[0].text
    # a file of one kab/kota: choose it for every row
    result, problems = im.import_table(table, mapping, fixed={"kabkota": "Berau"})
    assert set(result["kabkota"]) == {"Berau"} and not any(p.is_error for p in problems)


def test_unknown_and_loosely_written_kabkota(tmp_path):
    rows = [r[:] for r in ROWS] + [
        [4, "KIM Contoh Empat", "Kukar", "Kec", "Desa Empat", 2022, 10, "SK/4", "ya"],
        [5, "KIM Contoh Lima", "Samarinada", "Kec", "Kel. Lima", 2022, 10, "SK/5", "ya"],
        [6, "KIM Contoh Enam", "Jakarta Selatan", "Kec", "Kel. Enam", 2022, 10, "SK/6", "ya"],
    ]
    result, problems = load(write_csv(tmp_path / "kim.csv", rows))
    assert result is None
    unknown = [p for p in problems if p.is_error]
    assert len(unknown) == 1 and "Jakarta Selatan" in str(unknown[0]) and unknown[0].rows == [7]
    assert "baris 7" in str(unknown[0])
    loose = {p.rows[0]: p.text for p in problems if not p.is_error and "dibaca sebagai" in p.text}
    assert "Kutai Kartanegara" in loose[5] and "Samarinda" in loose[6]
    # "Kab. Kutai Timur" is the official name written another way: no note
    assert 3 not in loose


def test_duplicates_missing_values_and_bad_numbers_are_listed_by_row(tmp_path):
    rows = [r[:] for r in ROWS] + [ROWS[0][:]]
    rows[1][6] = "delapan"
    rows[2][1] = ""
    result, problems = load(write_csv(tmp_path / "kim.csv", rows))
    assert result is None
    texts = {p.text.split(" ")[0]: p for p in problems}
    empty = next(p for p in problems if p.is_error)
    assert "Nama KIM" in empty.text and empty.rows == [4]
    duplicate = next(p for p in problems if "Baris ganda" in p.text)
    assert duplicate.rows == [2, 5] and not duplicate.is_error
    bad = next(p for p in problems if "bilangan bulat" in p.text)
    assert bad.rows == [3]
    assert texts


def test_registered_without_sk_is_flagged(tmp_path):
    rows = [r[:] for r in ROWS]
    rows[2][8] = "ya"   # registered on KIM.id, no SK number
    result, problems = load(write_csv(tmp_path / "kim.csv", rows))
    assert result is not None
    assert any("nomor SK kosong" in p.text and p.rows == [4] for p in problems)


@pytest.mark.parametrize("content, name, words", [
    (b"", "kim.csv", "kosong"),
    (b"\n\n  \n", "kim.csv", "kosong"),
    ("Nama KIM;Kabupaten/Kota\n".encode(), "kim.csv", "hanya berisi judul kolom"),
    (b"Ini hanya catatan rapat, bukan tabel.\nBaris kedua.\n", "catatan.csv", "tidak terlihat seperti tabel"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "foto.csv", "tidak terlihat seperti tabel"),
    (b"%PDF-1.4", "daftar.pdf", "hanya tabel .xlsx atau .csv"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "kim.xlsx", "kata sandi"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "kim.xls", "Excel lama"),
    (b"PK\x03\x04 rusak", "kim.xlsx", "tidak bisa dibuka"),
    (b"bukan zip", "kim.xlsx", "tidak bisa dibuka"),
    (b"", "kim.xlsx", "kosong"),
])
def test_unreadable_files_give_indonesian_messages(tmp_path, content, name, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(im.TableError, match=words):
        im.read_table(path)
    with pytest.raises(im.TableError, match=words):   # the same for an upload (bytes and name)
        im.read_table(content, name)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(im.TableError, match="tidak ditemukan"):
        im.read_table(tmp_path / "tidak_ada.xlsx")
    with pytest.raises(im.TableError, match="folder"):
        im.read_table(tmp_path)


def test_xlsx_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "kim.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("isi.txt", "bukan buku kerja")
    with pytest.raises(im.TableError, match="tidak bisa dibuka"):
        im.read_table(path)


def test_kit_synthetic_file_imports_cleanly():
    table, _ = im.read_table(im.kit_file("kim_kaltim.csv").read_bytes(), "kim_kaltim.csv")
    result, problems = im.import_table(table, im.suggest_mapping(table.columns))
    assert problems == []
    import kimkit.data

    kim = kimkit.data.kim_kaltim()
    assert len(result) == len(kim) and list(result["id_kim"]) == list(kim["id_kim"])
    assert list(result["terdaftar_kimid"]) == list(kim["terdaftar_kimid"])


# --- template ----------------------------------------------------------------------------


def test_template_imports(tmp_path):  # it regenerates identically with the datasets (test_data.py)
    result, problems = load(im.template_path())
    assert len(result) == 1 and result["nama_kim"].iloc[0].startswith("KIM Contoh")
    assert not any(p.is_error for p in problems)
    assert "files/*.xlsx" in (ROOT / "pyproject.toml").read_text()  # shipped as package data


def test_salin_templat_never_overwrites(tmp_path):
    target = im.salin_templat(tmp_path / "templat.xlsx")
    assert target.read_bytes() == im.template_path().read_bytes()
    with pytest.raises(im.TableError, match="tidak menimpanya"):
        im.salin_templat(target)


# --- widget, headless ----------------------------------------------------------------------


def test_widget_path_mapping_and_button(tmp_path):
    path = write_xlsx(tmp_path / "kim.xlsx", ROWS)
    impor = ImporData()
    assert isinstance(impor, w.VBox) and isinstance(impor, KitWidget)
    assert "Mulai dengan memilih" in impor.feedback_text
    impor.apply_button.click()
    assert impor.hasil is None and "Belum ada berkas" in impor.feedback_text
    impor.path.value = str(path)
    impor.load_button.click()
    assert "3 baris" in impor.feedback_text
    assert impor.mapping_boxes["nama_kim"].value == "Nama KIM"
    assert impor.mapping_boxes["jenis_wilayah"].value == ""
    assert "<table" in impor.preview.value and impor.sheet.layout.display == "none"
    impor.apply_button.click()
    assert impor.last_outcome.kind is OutcomeType.PASS
    assert list(impor.hasil["kabkota"]) == ["Kutai Timur", "Kutai Timur", "Samarinda"]
    assert impor.tabel().equals(impor.hasil)
    # an edited mapping makes the result stale; two fields from one column is refused
    impor.mapping_boxes["kecamatan"].value = "Nama KIM"
    assert impor.hasil is None and "berubah" in impor.feedback_text
    impor.apply_button.click()
    assert impor.hasil is None and impor.last_outcome.kind is OutcomeType.FAIL
    assert "lebih dari satu isian" in impor.feedback_text


def test_widget_upload_without_kabkota_column_and_fixed_region(tmp_path):
    header = [h for h in HEADER if h != "Kabupaten/Kota"]
    rows = [[v for h, v in zip(HEADER, row) if h != "Kabupaten/Kota"] for row in ROWS]
    data = write_csv(tmp_path / "kim.csv", rows, header=header, sep=";").read_bytes()
    impor = ImporData()
    impor._on_upload({"new": ({"name": "kim_kutim.csv", "content": memoryview(data)},)})
    assert impor.mapping_boxes["kabkota"].value == ""
    impor.apply_button.click()
    assert impor.hasil is None and "Kab/kota semua baris" in impor.feedback_text
    impor.fixed_region.value = "Kutai Timur"
    impor.apply_button.click()
    assert set(impor.hasil["kabkota"]) == {"Kutai Timur"}


def test_widget_bad_file_and_fallback(tmp_path, capsys):
    (tmp_path / "daftar.docx").write_bytes(b"PK\x03\x04")
    impor = ImporData()
    assert impor.load_path(str(tmp_path / "daftar.docx")) is False
    assert impor.last_outcome.kind is OutcomeType.FAIL and ".docx" in impor.feedback_text
    assert "Traceback" not in impor.feedback.value
    fallback = impor.tabel()
    assert "data contoh kit" in capsys.readouterr().out
    assert len(fallback) == 356 and fallback["id_kim"].iloc[0] == "SINT-KIM-0001"


def test_widget_example_button_and_sheets(tmp_path):
    impor = ImporData()
    impor.example_button.click()
    assert "data sintetis" in impor.feedback_text
    impor.apply_button.click()
    assert len(impor.hasil) == 356
    path = tmp_path / "dua_lembar.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Catatan"
    workbook.active.append(["catatan saja"])
    second = workbook.create_sheet("KIM 2025")
    second.append(HEADER)
    for row in ROWS:
        second.append(row)
    workbook.save(path)
    impor.load_path(str(path))
    assert impor.sheet.options == ("Catatan", "KIM 2025") and impor.sheet.value == "KIM 2025"
    assert impor.sheet.layout.display == "flex"
    impor.sheet.value = "Catatan"
    assert impor.last_outcome.kind is OutcomeType.FAIL and "tidak terlihat seperti tabel" in impor.feedback_text


# --- SKEMA_POSTING (module 07: a participant's own post statistics) ------------------------------

POST_HEADER = ["Tautan", "Tanggal", "Jangkauan", "Tayangan", "Suka", "Komentar", "Dibagikan", "Disimpan",
               "Catatan"]
POST_ROWS = [
    ["https://contoh.invalid/p/1", "20/11/2025", "1.200", 1800, 50, 4, 3, 2, "sintetis"],
    ["https://contoh.invalid/p/2", "21/11/2025", 800, 950, 12, "", 1, 0, "sintetis"],
    ["https://contoh.invalid/p/3", "22/11/2025", "banyak", 700, 9, 1, 0, 1, "sintetis"],
]


def test_posting_schema_is_registered_and_everything_is_optional():
    assert im.SCHEMAS["posting"] is im.SKEMA_POSTING and im.SCHEMAS["kim"] is im.SKEMA_KIM
    assert not any(f.required for f in im.SKEMA_POSTING.fields)  # no export format is assumed
    assert {f.kind for f in im.SKEMA_POSTING.fields} <= {"text", "int", "date"}
    assert {"reach", "impressions", "followers", "views", "likes", "comments", "shares", "saves"} <= set(
        im.SKEMA_POSTING.columns)


def test_posting_schema_maps_indonesian_headers_and_parses_numbers(tmp_path):
    path = write_xlsx(tmp_path / "statistik_saya.xlsx", POST_ROWS, header=POST_HEADER)
    table, _sheet = im.read_table(path)
    mapping = im.suggest_mapping(table.columns, im.SKEMA_POSTING)
    assert mapping["id_posting"] == "Tautan" and mapping["waktu_unggah"] == "Tanggal"
    assert mapping["reach"] == "Jangkauan" and mapping["impressions"] == "Tayangan"
    assert mapping["likes"] == "Suka" and mapping["saves"] == "Disimpan" and mapping["views"] is None
    result, problems = im.import_table(table, mapping, im.SKEMA_POSTING)
    assert result is not None
    assert result["reach"].tolist()[:2] == [1200, 800] and pd.isna(result["reach"].iloc[2])
    assert result["waktu_unggah"].iloc[0] == pd.Timestamp(2025, 11, 20)
    bad = [p for p in problems if "reach (jangkauan)" in p.text]
    assert len(bad) == 1 and not bad[0].is_error and bad[0].rows == [4]  # row 4 as Excel shows it
    assert "Catatan" not in result.columns


def test_posting_schema_accepts_the_kit_file_as_fallback():
    table, _sheet = im.read_table(im.kit_file("posting_medsos.csv").read_bytes(), "posting_medsos.csv")
    mapping = im.suggest_mapping(table.columns, im.SKEMA_POSTING)
    assert all(mapping[name] == name for name in im.SKEMA_POSTING.columns)
    result, problems = im.import_table(table, mapping, im.SKEMA_POSTING)
    assert problems == [] and len(result) == len(table)
    assert str(result["reach"].dtype) == "Int64" and result["views"].isna().any()


def test_import_widget_with_posting_schema(tmp_path):
    path = write_csv(tmp_path / "ekspor.csv", POST_ROWS, header=POST_HEADER, sep=";")
    impor = ImporData(schema=im.SKEMA_POSTING, example="posting_medsos.csv")
    assert set(impor.mapping_boxes) == set(im.SKEMA_POSTING.columns)
    def descendants(widget):
        for child in getattr(widget, "children", ()):
            yield child
            yield from descendants(child)

    shown = list(descendants(impor))
    assert impor.mapping_boxes["reach"] in shown
    assert impor.fixed_region not in shown  # no kab/kota field: no "Kab/kota semua baris" box
    assert impor.load_path(str(path)) and impor.mapping["reach"] == "Jangkauan"
    assert impor.apply() is not None and len(impor.hasil) == 3
    assert impor.load_example() and impor.apply() is not None and "id_posting" in impor.hasil
