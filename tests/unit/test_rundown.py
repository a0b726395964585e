"""Module 06: time parsing, rundown budgets, dated platform limits, the rundown builder (headless)."""

import re

import openpyxl
import pandas as pd
import pytest

import kimkit.data as data
import kimkit.widgets
from kimkit import rundown as r
from kimkit.widgets.rundown_builder import NEW


# --- times -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, seconds", [
    ("7:30", 450), ("07:30", 450), ("0:45", 45), ("12:00", 720), ("75:00", 4500),
    ("1:02:03", 3723), (" 8:05 ", 485), (90, 90),
])
def test_good_times_parse(text, seconds):
    assert r.parse_time(text) == seconds


@pytest.mark.parametrize("value, words", [
    ("7.30", "titik dua"), ("7,30", "titik dua"), ("7:75", "paling banyak 59"), ("1:75:00", "Menit paling banyak 59"),
    ("", "kosong"), (None, "kosong"), ("   ", "kosong"), ("tujuh menit", "tidak dapat dibaca"),
    ("7:3:0:1", "tidak dapat dibaca"), (-5, "negatif"), (float("nan"), "kosong"),
])
def test_bad_times_give_an_indonesian_message(value, words):
    with pytest.raises(r.RundownError, match=words):
        r.parse_time(value)
    seconds, message = r.try_parse_time(value)
    assert seconds is None and words in message


def test_dot_message_suggests_the_fixed_time():
    assert "misalnya 7:30" in r.try_parse_time("7.30")[1]


def test_excel_clock_time_is_explained():
    import datetime as dt

    with pytest.raises(r.RundownError, match="Teks"):
        r.parse_time(dt.time(7, 30))


@pytest.mark.parametrize("seconds, text", [(450, "7:30"), (45, "0:45"), (3723, "1:02:03"), (-90, "-1:30"),
                                           (0, "0:00"), (599.6, "10:00")])
def test_format_time(seconds, text):
    assert r.format_time(seconds) == text


def test_format_and_parse_round_trip():
    for seconds in range(0, 4000, 37):
        assert r.parse_time(r.format_time(seconds)) == seconds


# --- the dataset ----------------------------------------------------------------------------------

def test_dataset_is_synthetic_with_known_bad_times():
    table = data.rundown_podcast()
    assert table["id_episode"].str.startswith("SINT-EPS-").all()
    assert table["kabkota"].nunique() >= 5 and table["id_episode"].nunique() >= 10
    assert set(table["kabkota"]) <= set(data.wilayah_kaltim()["nama"])
    problems = r.time_problems(table)
    # exactly the two deliberately malformed recorded lengths: one with a dot, one with seconds > 59
    assert len(problems) == 2 and set(problems["kolom"]) == {"aktual"}
    values = problems["nilai"].tolist()
    assert any(re.fullmatch(r"\d+\.\d\d", v) for v in values)
    assert any(re.fullmatch(r"\d+:\d\d", v) and int(v.split(":")[1]) > 59 for v in values)
    # targets and plans are all valid; some segments run over their target
    assert r.time_problems(table, ["target", "target_episode"]).empty
    checked = r.budget_check(table)
    assert 5 <= (checked["status"] == "melebihi").sum() < len(table) / 2
    assert (checked["status"] == "waktu tidak valid").sum() == 2
    # the order of segments is 1..n in every episode
    for _name, part in table.groupby("id_episode"):
        assert part["urutan"].tolist() == list(range(1, len(part) + 1))
    assert "sintetis" in data.info("rundown_podcast")


def test_budget_check_counts_exact_target_as_within():
    table = pd.DataFrame({"target": ["2:00", "2:00", "2:00", "2:00"], "aktual": ["2:00", "2:01", "1:59", "7:75"]})
    assert r.budget_check(table)["status"].tolist() == ["sesuai", "melebihi", "sesuai", "waktu tidak valid"]


def test_episode_summary_reports_bad_times_instead_of_crashing():
    summary = r.episode_summary(data.rundown_podcast())
    assert len(summary) == data.rundown_podcast()["id_episode"].nunique()
    assert (summary["waktu_tidak_valid"] > 0).sum() in (1, 2)
    assert (summary.loc[summary["waktu_tidak_valid"] > 0, "status"] == "belum bisa dihitung").all()
    assert (summary.loc[summary["waktu_tidak_valid"] > 0, "jumlah_aktual"] == "").all()  # no partial sums
    assert set(summary["status"]) <= {"pas", "lebih", "kurang", "belum bisa dihitung"}


@pytest.mark.parametrize("total, target, status", [(1500, 1500, "pas"), (1560, 1500, "pas"), (1561, 1500, "lebih"),
                                                   (1439, 1500, "kurang"), (1440, 1500, "pas")])
def test_episode_status_with_tolerance(total, target, status):
    assert r.episode_status(total, target, tolerance=60) == status


# --- dated platform limits ---------------------------------------------------------------------------

def test_platform_limits_are_dated_and_tagged():
    limits = r.platform_limits()
    assert dict(zip(limits["platform"], limits["batas_detik"])) == {
        "Instagram Reels": 180, "TikTok (unggah video)": 600, "YouTube Shorts": 180}
    assert limits["tanda"].isin(["[V]", "[S]", "[D]", "[U]"]).all()
    assert limits["berlaku_sejak"].str.contains(r"20\d\d").all()
    reels = limits[limits["platform"] == "Instagram Reels"].iloc[0]
    assert "Januari 2025" in reels["berlaku_sejak"] and "90 detik" in reels["catatan"]
    assert "20 menit" in reels["catatan"] and "belum terverifikasi" in reels["catatan"]
    assert "15 Oktober 2024" in limits.loc[limits["platform"] == "YouTube Shorts", "berlaku_sejak"].item()
    assert "Februari 2022" in limits.loc[limits["platform"].str.startswith("TikTok"), "berlaku_sejak"].item()


@pytest.mark.parametrize("length, fits", [("2:45", [True, True, True]), ("3:00", [True, True, True]),
                                          ("4:30", [False, True, False]), ("10:01", [False, False, False])])
def test_video_length_against_each_platform(length, fits):
    table = r.check_video_length(length)
    assert table["muat"].tolist() == fits
    assert ((table["lebih_detik"] > 0) == ~table["muat"]).all()


def test_video_length_refuses_bad_input():
    with pytest.raises(r.RundownError):
        r.check_video_length("2.45")
    with pytest.raises(r.RundownError):
        r.check_video_length("0:00")


# --- a rundown being planned ---------------------------------------------------------------------------

def test_rundown_running_total_and_warnings():
    plan = r.Rundown(title="Uji", target=r.parse_time("10:00"))
    plan.add("Pembuka", "2:00")
    plan.add("Isi", "6:00", "poin 1\npoin 2")
    sheet = plan.table()
    assert sheet["mulai"].tolist() == ["0:00", "2:00"] and sheet["selesai"].tolist() == ["2:00", "8:00"]
    assert any("kurang 2:00" in line for line in plan.warnings())
    plan.add("Penutup", "2:30")
    assert plan.total == 630 and plan.warnings() == []  # 10:30 is within the 1:00 tolerance
    plan.add("Tambahan", "1:00")
    assert any("melebihi target episode" in line for line in plan.warnings())
    plan.remove(3)
    plan.edit(1, actual="6:20")
    assert any("Segmen 2 \"Isi\"" in line and "0:20" in line for line in plan.warnings())
    plan.move(2, -2)
    assert [s.name for s in plan.segments] == ["Penutup", "Pembuka", "Isi"]
    with pytest.raises(r.RundownError, match="kosong"):
        plan.add("", "1:00")
    with pytest.raises(r.RundownError, match="lebih dari 0:00"):
        plan.add("Jeda", "0:00")
    with pytest.raises(r.RundownError):
        plan.remove(9)


def test_rundown_from_table_reports_rows_of_bad_times():
    table = data.rundown_podcast()
    bad_episode = table.loc[r.time_problems(table)["baris"].iloc[0], "id_episode"]
    with pytest.raises(r.RundownError, match="baris"):
        r.Rundown.from_table(table[table["id_episode"] == bad_episode])
    good = r.Rundown.from_table(table[table["id_episode"] == "SINT-EPS-07"])
    assert good.target == r.parse_time(table.loc[table["id_episode"] == "SINT-EPS-07", "target_episode"].iloc[0])
    with pytest.raises(r.RundownError, match="segmen"):
        r.Rundown.from_table(pd.DataFrame({"nama": ["a"], "durasi": ["1:00"]}))


def test_exports_write_indonesian_sheet(tmp_path):
    plan = r.Rundown(title="Cerita KIM", target=600)
    plan.add("Pembuka", "2:00", "sapaan")
    xlsx = r.export_xlsx(plan, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Cerita KIM" in values and "Segmen" in values and "Pembuka" in values and "Peringatan" in values
    csv_path = r.export_csv(plan, tmp_path / "a.csv")
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Urutan;Segmen;Target;Mulai")


# --- the widget, headless ---------------------------------------------------------------------------------

def test_builder_adds_reorders_warns_and_exports_twice(tmp_path):
    builder = kimkit.widgets.PenyusunRundown(folder=tmp_path)
    start = builder.rundown.total
    assert "24:00" in builder.running.value and builder.warnings == []
    builder.segment.value = NEW
    builder.name.value, builder.target.value, builder.points.value = "Kuis pendengar", "3:00", "satu pertanyaan"
    builder.add_button.click()
    assert builder.rundown.total == start + 180
    assert "27:00" in builder.running.value
    assert any("melebihi target episode" in line for line in builder.warnings)
    assert "melebihi target episode" in builder.warning_box.value
    # reorder: the new segment (last) moves up one place
    last = len(builder.rundown.segments) - 1
    builder.segment.value = last
    builder.up_button.click()
    assert builder.rundown.segments[last - 1].name == "Kuis pendengar" and builder.segment.value == last - 1
    # record an actual length over budget on segment 2
    builder.segment.value = 1
    builder.actual.value = "9:10"
    builder.save_button.click()
    assert any("Segmen 2" in line and "1:10" in line for line in builder.warnings)
    # bad input: an Indonesian message in the feedback, no exception
    builder.target.value = "7:75"
    builder.save_button.click()
    assert builder.last_outcome.kind.name == "FAIL" and "59" in builder.feedback_text
    builder.episode_title.value, builder.episode_target.value = "Cerita KIM", "30:00"
    builder.episode_button.click()
    assert not any("melebihi target episode" in line for line in builder.warnings)
    assert any("kurang 3:00 dari target episode 30:00" in line for line in builder.warnings)
    builder.xlsx_button.click()
    builder.xlsx_button.click()
    builder.csv_button.click()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["rundown_cerita_kim.csv", "rundown_cerita_kim.xlsx", "rundown_cerita_kim_2.xlsx"]
    assert str(builder.exported[-1]) in builder.feedback_text
    # remove a segment
    count = len(builder.rundown.segments)
    builder.segment.value = 0
    builder.remove_button.click()
    assert len(builder.rundown.segments) == count - 1


def test_builder_from_an_episode_of_the_data(tmp_path):
    table = data.rundown_podcast()
    episode = table[table["id_episode"] == "SINT-EPS-07"]
    builder = kimkit.widgets.PenyusunRundown(episode, folder=tmp_path)
    assert builder.episode_title.value == episode["judul_episode"].iloc[0]
    over = r.budget_check(episode)
    expected = over.loc[over["status"] == "melebihi", "segmen"].tolist()
    flagged = [line for line in builder.warnings if "durasi aktual" in line]
    assert len(flagged) == len(expected) and all(any(n in line for line in flagged) for n in expected)
    builder.segment.value = NEW
    builder.save_button.click()
    assert builder.last_outcome.kind.name == "FAIL"


def test_builder_refuses_a_table_with_bad_times_without_a_traceback():
    builder = kimkit.widgets.PenyusunRundown(data.rundown_podcast())
    assert builder.last_outcome.kind.name == "FAIL" and builder.rundown.segments == []
    assert "titik dua" in builder.feedback_text and "paling banyak 59" in builder.feedback_text
    assert "baris data ke-" in builder.feedback_text


def test_own_sheet_through_the_import_widget(tmp_path):
    impor = kimkit.widgets.ImporRundown()
    assert "lembar rundown" in impor.feedback_text and "KIM" not in impor.title.value
    fallback = impor.tabel()  # nothing loaded yet: the synthetic example sheet
    assert fallback["segmen"].tolist() == data.rundown_podcast().query('id_episode == "SINT-EPS-07"')["segmen"].tolist()
    assert impor.load_example()
    assert impor.mapping == {"segmen": "Susunan acara", "target": "Durasi target", "poin_bicara": "Poin bicara",
                             "aktual": "Durasi aktual", "urutan": "No"}
    sheet = impor.apply()
    assert sheet is not None and len(sheet) == 6
    builder = kimkit.widgets.PenyusunRundown(sheet, title="Lembar saya", target="30:00", folder=tmp_path)
    episode = data.rundown_podcast().query('id_episode == "SINT-EPS-07"')
    assert builder.rundown.total == r.seconds_column(episode["target"]).sum()
    assert [s.name for s in builder.rundown.segments] == episode["segmen"].tolist()
    assert all(s.points for s in builder.rundown.segments)
    # a participant's own file, with other column names and one time written with a dot
    own = tmp_path / "rundown_tim.xlsx"
    pd.DataFrame({"Mata acara": ["Pembuka", "Bincang"], "Durasi": ["1:30", "12.00"]}).to_excel(own, index=False)
    impor = kimkit.widgets.ImporRundown()
    assert impor.load_path(str(own))
    builder = kimkit.widgets.PenyusunRundown(impor.apply())
    assert builder.last_outcome.kind.name == "FAIL" and "12:00" in builder.feedback_text
