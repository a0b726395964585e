"""Shared calendars of several kab/kota (module 10): pure logic and the merger widget, driven headless."""

import openpyxl
import pandas as pd
import pytest

from kimkit import collaboration as logic
from kimkit import content_calendar as cc
from kimkit.data import kalender_konten
from kimkit.messages import MESSAGES
from kimkit.widgets import KitWidget, PenggabungKalender


def small(region: str, rows) -> pd.DataFrame:
    """A calendar of one kab/kota as typed in Excel: (date, time, platform, theme)."""
    return pd.DataFrame({
        "kabkota": [region] * len(rows),
        "tanggal": [r[0] for r in rows],
        "jam": [r[1] for r in rows],
        "platform": [r[2] for r in rows],
        "pilar": ["informasi"] * len(rows),
        "tema": [r[3] for r in rows],
    })


BERAU = small("Berau", [("12/11/2025", "19:00", "Instagram", "Siaga banjir"),
                        ("12/11/2025", "19:40", "Instagram", "Jadwal posyandu"),
                        ("13/11/2025", "08:00", "Facebook", "Info beasiswa")])
PASER = small("Paser", [("12/11/2025", "19:30", "Instagram", "siaga  Banjir"),
                        ("12/11/2025", "20:00", "TikTok", "Lomba video KIM"),
                        ("14/11/2025", "08:00", "Facebook", "Info beasiswa")])
BONTANG = small("Bontang", [("12/11/2025", "19:05", "Facebook", "Siaga banjir"),
                            ("13/11/2025", "08:15", "Facebook", "Info beasiswa")])


@pytest.fixture(scope="module")
def kit():
    return logic.merge_calendars(logic.split_by_region(kalender_konten()))


def test_messages_are_in_the_one_catalogue():
    assert MESSAGES["collaboration.title"] == "Penggabung kalender antardaerah"
    from kimkit.messages import collaboration as chapter

    assert all(key.startswith("collaboration.") for key in chapter.MESSAGES)


def test_merge_stacks_calendars_and_names_their_source():
    merged = logic.merge_calendars({"berau.csv": BERAU, "paser.xlsx": PASER})
    assert len(merged) == 6
    assert merged["tanggal"].dtype.kind == "M"
    assert merged.groupby("sumber")["kabkota"].unique().map(list).to_dict() == {
        "berau.csv": ["Berau"], "paser.xlsx": ["Paser"]}
    assert merged["jam"].tolist()[:3] == ["19:00", "19:30", "19:40"]   # sorted by date and time
    listed = logic.merge_calendars([BERAU, PASER])
    assert set(listed["sumber"]) == {"kalender 1", "kalender 2"}


def test_merge_keeps_a_post_given_twice_once_and_keeps_ids_apart():
    merged = logic.merge_calendars({"a": BERAU, "b": BERAU})
    assert len(merged) == 3
    # two planner exports both numbered RENCANA-0001 …: the kab/kota is put in front
    two = logic.merge_calendars({"a": BERAU, "b": PASER})
    assert two["id_rencana"].is_unique
    assert "Paser/RENCANA-0001" in set(two["id_rencana"]) and "Berau/RENCANA-0001" in set(two["id_rencana"])


def test_merge_refuses_bad_calendars_in_indonesian():
    with pytest.raises(logic.CollaborationError, match="Belum ada kalender"):
        logic.merge_calendars([])
    with pytest.raises(logic.CollaborationError, match="\"paser\".*belum punya kolom jam"):
        logic.merge_calendars({"berau": BERAU, "paser": PASER.drop(columns="jam")})
    bad = PASER.copy()
    bad.loc[1, "tanggal"] = "31/02/2025"
    with pytest.raises(logic.CollaborationError, match="baris 2"):
        logic.merge_calendars({"paser": bad})


def test_a_clash_needs_two_kabkota_in_one_platform_date_and_hour():
    merged = logic.merge_calendars([BERAU, PASER, BONTANG])
    clashes = logic.find_clashes(merged)
    # Instagram 12/11 19.00–19.59: Berau (19:00, 19:40) and Paser (19:30); Bontang's 19:05 is on Facebook.
    # Facebook 13/11 08.00–08.59: Berau (08:00) and Bontang (08:15). Paser's 08:00 is on 14/11.
    assert len(clashes) == 2
    assert clashes.iloc[1]["kabkota"] == "Berau, Bontang"
    row = clashes.iloc[0]
    assert (row["platform"], row["tanggal"], row["jam_ke"]) == ("Instagram", pd.Timestamp("2025-11-12"), "19")
    assert row["jumlah_kabkota"] == 2 and row["kabkota"] == "Berau, Paser"
    assert len(row["id_rencana"].split(", ")) == 3
    assert len(logic.clashing_posts(merged)) == 5
    assert len(logic.find_clashes(logic.merge_calendars([BERAU, PASER]))) == 1
    # two posts of one kab/kota in one slot are module 04's clash, not a clash between kab/kota
    assert logic.find_clashes(logic.merge_calendars([BERAU])).empty
    assert len(cc.clash_slots(logic.merge_calendars([BERAU]))) == 1


def test_joint_opportunities_are_one_theme_on_one_date_in_two_or_more_kabkota():
    merged = logic.merge_calendars([BERAU, PASER, BONTANG])
    joint = logic.find_joint_opportunities(merged)
    # "Siaga banjir" on 12/11 in three kab/kota (spaces and case folded); "Info beasiswa" on 13/11 in two
    assert joint["tema"].tolist() == ["Siaga banjir", "Info beasiswa"]
    assert joint["jumlah_kabkota"].tolist() == [3, 2]
    assert joint.iloc[0]["kabkota"] == "Berau, Bontang, Paser"
    assert joint.iloc[0]["platform"] == "Facebook, Instagram"
    assert len(logic.find_joint_opportunities(merged, min_regions=3)) == 1
    with pytest.raises(logic.CollaborationError, match="2 atau lebih"):
        logic.find_joint_opportunities(merged, min_regions=1)


def test_kit_calendar_counts_match_a_plain_pandas_count(kit):
    slot = kit.assign(jam_ke=kit["jam"].str[:2])
    per_slot = slot.groupby(["platform", "tanggal", "jam_ke"])["kabkota"].nunique()
    assert len(logic.find_clashes(kit)) == (per_slot >= 2).sum() > 0
    per_theme = kit.groupby(["tanggal", "tema"])["kabkota"].nunique()
    assert len(logic.find_joint_opportunities(kit)) == (per_theme >= 2).sum() > 0


def test_moments_and_weekly_pivot(kit):
    moments = logic.moment_posts(kit, {"25/11/2025": "Hari Guru Nasional", "2025-11-10": "Hari Pahlawan"})
    assert moments["momen"].tolist() == ["Hari Pahlawan", "Hari Guru Nasional"]
    assert moments["jumlah_posting"].tolist() == [(kit["tanggal"] == "2025-11-10").sum(),
                                                  (kit["tanggal"] == "2025-11-25").sum()]
    weekly = logic.posts_per_region_week(kit)
    assert weekly.columns[0] == "27 Oktober–2 November 2025"
    assert weekly.sum(axis=1).to_dict() == kit["kabkota"].value_counts().to_dict()
    iso = kit.assign(pekan=kit["tanggal"].dt.isocalendar().week)
    assert weekly.to_numpy().tolist() == iso.pivot_table(index="kabkota", columns="pekan", values="id_rencana",
                                                         aggfunc="count", fill_value=0).to_numpy().tolist()


def test_credit_line():
    assert logic.credit_line("Diskominfo  Kabupaten Berau", "Instagram", "17/11/2025") == \
        "Sumber: Diskominfo Kabupaten Berau (Instagram, 17 November 2025)"
    assert logic.credit_line("Diskominfo Kota Bontang", "TikTok", "2025-11-03", adapted=True).startswith(
        "Diadaptasi dari: Diskominfo Kota Bontang")


def test_planner_exports_load_unchanged_and_shared_exports_load_again(tmp_path):
    berau = cc.prepare(BERAU)
    for path in (cc.export_csv(berau, tmp_path / "berau.csv"), cc.export_xlsx(berau, tmp_path / "berau.xlsx")):
        loaded = logic.load_calendar_file(path)
        assert loaded["jam"].tolist() == berau["jam"].tolist()
        assert loaded["tanggal"].tolist() == berau["tanggal"].tolist()
        assert loaded["tema"].tolist() == berau["tema"].tolist()
    shared = logic.merge_calendars({"b": BERAU, "p": PASER})
    xlsx = logic.export_xlsx(shared, tmp_path / "bersama.xlsx", moments={"2025-11-10": "Hari Pahlawan"})
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Kalender bersama", "Bentrok antardaerah", "Peluang posting bersama",
                               "Per kabkota per pekan", "Momen bersama"]
    assert book["Bentrok antardaerah"]["A1"].value == "Tanggal terbit"
    assert len(logic.load_calendar_file(xlsx)) == len(shared)
    csv = logic.export_csv(shared, tmp_path / "bersama.csv")
    assert logic.load_calendar_file(csv)["kabkota"].tolist() == shared["kabkota"].tolist()


def test_bad_files_give_indonesian_messages(tmp_path):
    no_time = tmp_path / "tanpa_jam.csv"
    BERAU.drop(columns="jam").to_csv(no_time, index=False)
    with pytest.raises(logic.CollaborationError, match="belum punya kolom yang wajib.*Jam terbit"):
        logic.load_calendar_file(no_time)
    bad_date = tmp_path / "tanggal.csv"
    broken = BERAU.copy()
    broken.loc[2, "tanggal"] = "31/02/2025"
    broken.to_csv(bad_date, index=False)
    with pytest.raises(logic.CollaborationError, match="baris 4"):   # row 4 in Excel (header = row 1)
        logic.load_calendar_file(bad_date)
    with pytest.raises(logic.CollaborationError, match="tidak ditemukan"):
        logic.load_calendar_file(tmp_path / "tidak_ada.csv")


def test_widget_merges_ticked_calendars_and_exports_without_overwriting(tmp_path):
    merger = PenggabungKalender(folder=tmp_path)
    assert isinstance(merger, KitWidget)
    assert len(merger.boxes) == 5 and all(box.value for box in merger.boxes.values())
    assert len(merger.value) == len(kalender_konten())
    assert "5 kalender kab/kota dipilih" in merger.feedback_text
    assert "Tanggal terbit" in merger.clash_table.value and "Tema" in merger.joint_table.value
    merger.boxes["Berau (contoh kit, sintetis)"].value = False
    assert "Berau" not in set(merger.value["kabkota"]) and "4 kalender" in merger.feedback_text
    first = merger.export_xlsx()
    second = merger.export_xlsx()
    assert merger.exported[0].name == "kalender_bersama_2025-11.xlsx"
    assert merger.exported[1].name == "kalender_bersama_2025-11_2.xlsx"
    assert str(merger.exported[1]) in second.message and first.message != second.message
    merger.export_csv()
    assert merger.exported[2].suffix == ".csv" and merger.exported[2].exists()


def test_widget_empty_selection_and_one_kabkota(tmp_path):
    merger = PenggabungKalender(folder=tmp_path)
    merger.select_none()
    assert merger.value.empty and "Belum ada kalender yang dipilih" in merger.feedback_text
    assert "Pilih kalender" in merger.clash_table.value
    merger.export_csv()
    assert merger.exported == [] and "lalu ekspor" in merger.feedback_text
    merger.boxes["Samarinda (contoh kit, sintetis)"].value = True
    assert "Baru satu kalender" in merger.feedback_text
    merger.select_all()
    assert len(merger.selected) == 5


def test_widget_loads_a_planner_export_in_place_of_the_kit_calendar(tmp_path):
    own = cc.export_csv(cc.prepare(BERAU), tmp_path / "kalender_konten_2025-11.csv")
    merger = PenggabungKalender(folder=tmp_path)
    outcome = merger.load_path(own.name)
    assert "dimuat: 3 posting untuk Berau" in outcome.message
    assert "Contoh kit untuk Berau tidak dicentang lagi" in outcome.message
    assert not merger.boxes["Berau (contoh kit, sintetis)"].value
    assert merger.boxes["Berau (kalender_konten_2025-11.csv)"].value
    berau = merger.value[merger.value["kabkota"] == "Berau"]
    assert len(berau) == 3 and set(berau["sumber"]) == {"Berau (kalender_konten_2025-11.csv)"}
    merger.load_bytes(own.read_bytes(), own.name)        # the same file again: no second box
    assert len(merger.boxes) == 6


def test_widget_bad_input_stays_in_the_feedback_line(tmp_path):
    (tmp_path / "tanpa_jam.csv").write_text(BERAU.drop(columns="jam").to_csv(index=False))
    merger = PenggabungKalender(folder=tmp_path)
    merger.path.value = "tanpa_jam.csv"
    merger.load_button.click()
    assert merger.last_outcome.kind == "fail" and "Jam terbit" in merger.feedback_text
    bad = BERAU.copy()
    bad.loc[1, "tanggal"] = "31/02/2025"
    (tmp_path / "tanggal_salah.csv").write_text(bad.to_csv(index=False))
    before = merger.selected
    merger.load_path("tanggal_salah.csv")
    assert "baris 3" in merger.feedback_text and "Tanggal terbit" in merger.feedback_text
    assert merger.selected == before                      # nothing was added
    merger.load_path("  ")
    merger.path.value = ""
    merger.load_button.click()
    assert "Tulis dulu nama berkas" in merger.feedback_text
    broken = PenggabungKalender({"punya saya": BERAU.drop(columns="platform")}, folder=tmp_path)
    assert "punya saya" in broken.feedback_text and "platform" in broken.feedback_text
    own = PenggabungKalender({"Berau": BERAU, "Paser": PASER}, folder=tmp_path)
    assert list(own.boxes) == ["Berau", "Paser"] and len(own.clashes) == 1
