"""Content calendar (module 04): the dataset's known flaws, the pure logic, the import schema and
the planner widget driven headless."""

import sys
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from kimkit import content_calendar as logic
from kimkit import importing
from kimkit.data import DATASETS, info, kalender_konten
from kimkit.widgets import CalendarPlanner, KitWidget, PerencanaKalender

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cal():
    return logic.prepare(kalender_konten())


def own_table():
    """A participant's calendar as typed in Excel: text dates day/month/year, times with a dot."""
    return pd.DataFrame({
        "kabkota": ["Berau"] * 5,
        "tanggal": ["17/11/2025", "17/11/2025", "18/11/2025", "19/11/2025", "24/11/2025"],
        "jam": ["19:00", "19.45", "08:00", "12:30", "7.05"],
        "platform": ["Instagram", "Instagram", "Instagram", "TikTok", "Facebook"],
        "pilar": ["informasi", "Emosi", "informasi", "promosi", "informasi"],
        "tema": ["Jadwal posyandu", "Kisah KIM", "Info beasiswa", "UMKM", "Siaga banjir"],
        "caption": ["Jadwal posyandu…", "", "Info beasiswa…", "UMKM…", None],
        "batas_tinjau": ["14/11/2025", "15/11/2025", "20/11/2025", "", "21/11/2025"],
    })


# --- dataset -------------------------------------------------------------------------------

def test_dataset_is_synthetic_documented_and_consistent():
    frame = kalender_konten()
    dataset = DATASETS["kalender_konten"]
    assert dataset.nature == "sintetis" and "sintetis" in info("kalender_konten")
    assert list(frame.columns) == [c.name for c in dataset.columns]
    assert frame["id_rencana"].str.startswith("SINT-KAL-").all()
    assert frame["kabkota"].nunique() >= 4
    assert set(frame["tanggal"].dt.to_period("M").astype(str)) == {"2025-11"}
    assert set(frame["pilar"]) == set(logic.PILLARS)
    assert set(frame["status"]) <= set(logic.STATUS)
    # published posts are the ones before the state date; nothing in the future is "terbit"
    state = pd.Timestamp("2025-11-10")
    assert ((frame["status"] == "terbit") == (frame["tanggal"] < state)).all()


def test_dataset_has_the_known_number_of_each_flaw(cal):
    sys.path.insert(0, str(ROOT))
    from tools.make_datasets import CALENDAR_FLAWS

    slots = logic.clash_slots(cal)
    assert len(slots) == CALENDAR_FLAWS["clashes"] == 6
    assert (slots["jumlah"] == 2).all()
    assert len(logic.clashing_posts(cal)) == 12
    assert logic.off_target_groups(cal) == ["Berau", "Kutai Timur"]
    assert len(logic.review_problems(cal)) == CALENDAR_FLAWS["late_reviews"] == 5
    assert len(logic.missing_captions(cal)) == CALENDAR_FLAWS["missing_captions"] == 7
    summary = logic.validation_summary(cal)
    assert summary["jumlah"].tolist() == [6, 2, 5, 7]
    # the flaws are separate rows: a fix of one kind does not hide another
    late, empty = set(logic.review_problems(cal)["id_rencana"]), set(logic.missing_captions(cal)["id_rencana"])
    assert not late & empty


def test_loader_refuses_a_damaged_file(tmp_path, monkeypatch):
    import kimkit.data as data

    good = (data._files() / "kalender_konten.csv").read_text(encoding="utf-8")
    (tmp_path / "kalender_konten.csv").write_text(good.replace(",19:00,", ",25:00,", 1), encoding="utf-8")
    monkeypatch.setattr(data, "_files", lambda: tmp_path)
    with pytest.raises(data.DataError, match="jam"):
        data.kalender_konten()


# --- logic -----------------------------------------------------------------------------------

def test_prepare_reads_own_table(cal):
    prepared = logic.prepare(own_table())
    assert prepared["id_rencana"].tolist()[:2] == ["RENCANA-0001", "RENCANA-0002"]
    assert prepared["jam"].tolist() == ["19:00", "19:45", "08:00", "12:30", "07:05"]
    assert prepared["tanggal"].iloc[0] == pd.Timestamp("2025-11-17")
    assert prepared["pilar"].iloc[1] == "emosi"
    assert pd.isna(prepared["batas_tinjau"].iloc[3])
    assert prepared["caption"].tolist()[-1] == ""
    assert list(prepared.columns) == list(logic.COLUMNS)


def test_prepare_explains_problems_in_indonesian():
    with pytest.raises(logic.CalendarError, match="belum punya kolom pilar"):
        logic.prepare(own_table().drop(columns="pilar"))
    bad = own_table()
    bad.loc[2, "jam"] = "jam tujuh"
    with pytest.raises(logic.CalendarError, match="baris 3"):
        logic.prepare(bad)
    bad = own_table()
    bad.loc[1, "tanggal"] = "31/02/2025"
    with pytest.raises(logic.CalendarError, match="tanggal.*baris 2"):
        logic.prepare(bad)
    bad = own_table()
    bad.loc[0, "pilar"] = "hiburan"
    with pytest.raises(logic.CalendarError, match="Pilar \"hiburan\" tidak dikenal"):
        logic.prepare(bad)
    with pytest.raises(logic.CalendarError, match="DataFrame"):
        logic.prepare("kalender.xlsx")


def test_slot_is_account_day_and_clock_hour():
    prepared = logic.prepare(own_table())
    slots = logic.clash_slots(prepared)
    assert slots[["kabkota", "platform", "jam_ke", "jumlah"]].values.tolist() == [["Berau", "Instagram", "19", 2]]
    # another platform, another hour or another day is no clash
    moved = logic.update_post(prepared, "RENCANA-0002", jam="20:00")
    assert logic.clash_slots(moved).empty
    other = logic.update_post(prepared, "RENCANA-0002", platform="Facebook")
    assert logic.clash_slots(other).empty
    # two kab/kota in one calendar: the same slot on "their" accounts is no clash
    both = pd.concat([own_table(), own_table().assign(kabkota="Paser")], ignore_index=True)
    assert logic.clash_slots(logic.prepare(both))["kabkota"].tolist() == ["Berau", "Paser"]


def test_pillar_shares_and_target():
    prepared = logic.prepare(own_table())
    shares = logic.pillar_shares(prepared)
    assert shares.loc["Berau"].round(1).tolist() == [60.0, 20.0, 20.0]
    check = logic.pillar_check(prepared)
    assert check["selisih"].tolist() == [-10.0, 0.0, 10.0] and check["sesuai"].all()
    assert logic.off_target_groups(prepared, tolerance=9.9) == ["Berau"]
    assert logic.off_target_groups(prepared, {"informasi": 60, "emosi": 20, "promosi": 20}, tolerance=0) == []
    for wrong, text in (({"informasi": 70, "emosi": 20}, "ketiga pilar"),
                        ({"informasi": 70, "emosi": 20, "promosi": 20}, "harus 100"),
                        ({"informasi": 110, "emosi": 0, "promosi": -10}, "negatif")):
        with pytest.raises(logic.CalendarError, match=text):
            logic.check_target(wrong)


def test_weeks_start_on_monday_and_are_labelled_in_indonesian(cal):
    assert logic.week_label("2025-11-03") == "3–9 November 2025"
    assert logic.week_label("2025-10-27") == "27 Oktober–2 November 2025"
    assert logic.week_label("2025-12-29") == "29 Desember 2025–4 Januari 2026"
    table = logic.posts_per_week(cal, "Samarinda")
    assert table.index[0] == "27 Oktober–2 November 2025"  # 1–2 November are Saturday and Sunday
    assert table.values.sum() == (cal["kabkota"] == "Samarinda").sum()
    monday = logic.week_start(pd.Series(pd.to_datetime(["2025-11-09", "2025-11-10"])))
    assert monday.tolist() == [pd.Timestamp("2025-11-03"), pd.Timestamp("2025-11-10")]


def test_review_and_caption_checks():
    prepared = logic.prepare(own_table())
    assert logic.review_problems(prepared)["id_rencana"].tolist() == ["RENCANA-0003"]
    assert logic.missing_captions(prepared)["id_rencana"].tolist() == ["RENCANA-0002", "RENCANA-0005"]
    same_day = logic.update_post(prepared, "RENCANA-0003", batas_tinjau="18/11/2025")
    assert logic.review_problems(same_day).empty


def test_add_update_remove_do_not_change_the_input():
    prepared = logic.prepare(own_table())
    added = logic.add_post(prepared, tanggal="25/11/2025", jam="9:00", kabkota="Berau", platform="YouTube",
                           pilar="emosi", tema="Wajah pelayan publik")
    assert len(prepared) == 5 and len(added) == 6 and added["id_rencana"].iloc[-1] == "RENCANA-0006"
    assert added["jam"].iloc[-1] == "09:00"
    with pytest.raises(logic.CalendarError, match="Jam \"9 pagi\" tidak terbaca"):
        logic.add_post(prepared, tanggal="25/11/2025", jam="9 pagi", kabkota="Berau", platform="YouTube", pilar="emosi")
    with pytest.raises(logic.CalendarError, match="Status \"selesai\" tidak dikenal"):
        logic.update_post(prepared, "RENCANA-0001", status="selesai")
    with pytest.raises(logic.CalendarError, match="tidak ada di kalender"):
        logic.remove_post(prepared, "RENCANA-0099")
    assert len(logic.remove_post(added, "RENCANA-0001")) == 5


def test_exports_have_indonesian_headers_and_read_back(cal, tmp_path):
    xlsx = logic.export_xlsx(cal, tmp_path / "kalender.xlsx")
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Kalender", "Pemeriksaan", "Bentrok", "Pilar", "Per pekan"]
    headers = [c.value for c in book["Kalender"][1]]
    assert headers[:5] == ["ID rencana", "Kode kab/kota", "Kab/kota", "Tanggal terbit", "Jam (WITA)"]
    assert book["Kalender"].max_row == len(cal) + 1
    assert [c.value for c in book["Pemeriksaan"]["B"]][1:] == [6, 2, 5, 7]
    csv = logic.export_csv(cal, tmp_path / "kalender.csv")
    assert csv.read_bytes().startswith(b"\xef\xbb\xbfID rencana;")
    # module 10 merges exported calendars: the import schema maps the exported headers back
    for path in (csv, xlsx):
        table, _sheet = importing.read_table(path)
        mapping = importing.suggest_mapping(table.columns, importing.SKEMA_KALENDER)
        result, problems = importing.import_table(table, mapping, importing.SKEMA_KALENDER)
        assert result is not None, [str(p) for p in problems]
        again = logic.prepare(result)
        pd.testing.assert_frame_equal(again.sort_values("id_rencana").reset_index(drop=True),
                                      cal.sort_values("id_rencana").reset_index(drop=True))


# --- import schema ---------------------------------------------------------------------------

def test_calendar_schema_maps_a_typical_office_file():
    assert importing.SCHEMAS["kalender"] is importing.SKEMA_KALENDER
    header = ["No", "Tanggal", "Pukul", "Kab/Kota", "Media Sosial", "Jenis Konten", "Pilar Konten", "Topik",
              "Draf Caption", "Tenggat Tinjau", "Status"]
    mapping = importing.suggest_mapping(header, importing.SKEMA_KALENDER)
    assert mapping == {"id_rencana": "No", "kabkota": "Kab/Kota", "tanggal": "Tanggal", "jam": "Pukul",
                       "platform": "Media Sosial", "format": "Jenis Konten", "pilar": "Pilar Konten",
                       "tema": "Topik", "caption": "Draf Caption", "batas_tinjau": "Tenggat Tinjau",
                       "status": "Status"}
    table = pd.DataFrame([["1", "17/11/2025", "19.00", "Kab. Berau", "Instagram", "reels", "informasi", "Posyandu",
                           "", "14/11/2025", "draf"],
                          ["2", "", "20:00", "Bru", "TikTok", "video pendek", "emosi", "KIM", "", "", "rencana"]],
                         columns=header, index=[2, 3])
    result, problems = importing.import_table(table, mapping, importing.SKEMA_KALENDER)
    assert result is None  # the second row has no date
    assert any("Tanggal terbit" in str(p) and "baris 3" in str(p) for p in problems)
    table.loc[3, "Tanggal"] = "18/11/2025"
    result, problems = importing.import_table(table, mapping, importing.SKEMA_KALENDER)
    prepared = logic.prepare(result)
    assert prepared["kabkota"].tolist() == ["Berau", "Berau"]
    assert prepared["jam"].tolist() == ["19:00", "20:00"]


def test_importer_fallback_is_the_kit_calendar(capsys):
    from kimkit.widgets import ImporData

    impor = ImporData(importing.SKEMA_KALENDER, example="kalender_konten.csv")
    fallback = logic.prepare(impor.tabel())
    assert "sintetis" in capsys.readouterr().out
    assert len(fallback) == len(kalender_konten())


# --- widget (headless) -------------------------------------------------------------------------

def fill(planner, date="17/11/2025", time="19:00", region="Berau", platform="Instagram", theme="Jadwal posyandu"):
    planner.date.value, planner.time.value = date, time
    planner.region.value, planner.platform.value = region, platform
    planner.theme.value = theme


def test_widget_add_see_clash_change_target_export_twice(tmp_path):
    planner = PerencanaKalender(folder=tmp_path)
    assert isinstance(planner, CalendarPlanner) and isinstance(planner, KitWidget)
    assert "kosong" in planner.feedback_text
    fill(planner)
    planner.add_button.click()
    assert "RENCANA-0001 ditambahkan" in planner.feedback_text and len(planner.value) == 1
    fill(planner, time="19:30", theme="Kisah KIM")
    planner.pillar.value = "emosi"
    planner.add_button.click()
    assert "bentrok" in planner.feedback_text and "RENCANA-0001" in planner.feedback_text
    assert "Slot bentrok" in planner.checks.value and "19.00" in planner.checks.value
    # 1 informasi, 1 emosi: 50:50:0 is off the 70:20:10 target, fine for a 50:50:0 target
    assert "Berau ✘" in planner.checks.value
    planner.target_boxes["informasi"].value, planner.target_boxes["emosi"].value = 50, 50
    planner.target_boxes["promosi"].value = 0
    planner.target_button.click()
    assert "50 : 50 : 0" in planner.feedback_text and "Berau ✘" not in planner.checks.value
    planner.target_boxes["promosi"].value = 10
    planner.target_button.click()
    assert "harus 100" in planner.feedback_text and planner.target["promosi"] == 0
    # fix the clash by editing the second post
    planner.record.value = "RENCANA-0002"
    assert planner.time.value == "19:30" and planner.pillar.value == "emosi"
    planner.time.value = "08:00"
    planner.save_button.click()
    assert "disimpan" in planner.feedback_text and "Tidak ada slot bentrok" in planner.checks.value
    planner.xlsx_button.click()
    planner.xlsx_button.click()
    planner.csv_button.click()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kalender_konten_2025-11.csv", "kalender_konten_2025-11.xlsx", "kalender_konten_2025-11_2.xlsx"]
    assert str(planner.exported[1]) in planner.exported[1].as_posix() and len(planner.exported) == 3
    assert "kalender_konten_2025-11.csv" in planner.feedback_text


def test_widget_bad_input_gives_indonesian_message_not_traceback(tmp_path):
    planner = PerencanaKalender(folder=tmp_path)
    fill(planner, date="")
    assert planner.add().kind.value == "fail"
    assert "Tanggal terbit belum diisi" in planner.feedback_text
    fill(planner, date="31/11/2025")
    planner.add_button.click()
    assert "tidak terbaca" in planner.feedback_text
    fill(planner, time="jam 7")
    planner.add_button.click()
    assert "Jam \"jam 7\" tidak terbaca" in planner.feedback_text
    planner.save_button.click()
    assert "Pilih dulu posting" in planner.feedback_text
    planner.xlsx_button.click()
    assert "masih kosong" in planner.feedback_text
    assert planner.value.empty and not list(tmp_path.iterdir())


def test_widget_from_dataset_and_remove(tmp_path, cal):
    planner = PerencanaKalender(kalender_konten(), folder=tmp_path)
    assert "175 posting" in planner.feedback_text
    assert "Berau ✘" in planner.checks.value and "Kutai Timur ✘" in planner.checks.value
    planner.scope.value = "Samarinda"
    assert "Berau" not in planner.checks.value and "27 Oktober–2 November 2025" in planner.checks.value
    planner.record.value = "SINT-KAL-0016"
    planner.remove_button.click()
    assert "dihapus" in planner.feedback_text and len(planner.value) == len(cal) - 1
    assert len(logic.clash_slots(planner.value)) == 5


def test_widget_labels_are_indonesian():
    planner = PerencanaKalender()
    labels = [planner.add_button.description, planner.save_button.description, planner.remove_button.description,
              planner.xlsx_button.description, planner.csv_button.description, planner.target_button.description]
    assert labels == ["Tambahkan posting", "Simpan perubahan", "Hapus posting", "Ekspor ke Excel (.xlsx)",
                      "Ekspor ke CSV", "Pakai target"]
    assert np.isclose(sum(planner.target.values()), 100)


def test_calendar_import_widget_speaks_of_calendars(tmp_path, cal, capsys):
    from kimkit.widgets.calendar_planner import ImporKalender

    impor = ImporKalender()
    assert "kalender konten" in impor.title.value and "KIM" not in impor.feedback_text
    fallback = impor.tabel()
    assert "kalender contoh kit" in capsys.readouterr().out
    pd.testing.assert_frame_equal(fallback, cal)
    own = tmp_path / "kalender_saya.xlsx"
    own_table().to_excel(own, index=False)
    assert impor.load_path(str(own))
    impor.apply_button.click()
    assert "5 rencana posting dari 1 kab/kota" in impor.feedback_text
    mine = impor.tabel()
    assert mine["jam"].tolist() == ["19:00", "19:45", "08:00", "12:30", "07:05"]
    assert len(logic.clash_slots(mine)) == 1
    # a table the planner accepts goes straight into it
    assert "5 posting" in PerencanaKalender(mine, folder=tmp_path).feedback_text
