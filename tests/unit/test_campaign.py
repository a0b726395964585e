"""Campaign plan (module 11): constraint checks, building, summary, export, and the RencanaKampanye widget."""

import pandas as pd
import pytest

from kimkit import campaign, content_calendar
from kimkit.checks import canonical
from kimkit.messages import MESSAGES


def plan(kabkota="Kutai Kartanegara", n_kim=3):
    media = pd.DataFrame({
        "tanggal": pd.date_range("2027-02-01", periods=10, freq="3D"), "jam": "19:00", "jalur": "media",
        "platform": ["Instagram", "Facebook"] * 5,
        "pilar": ["informasi", "informasi", "emosi", "informasi", "promosi",
                  "informasi", "informasi", "emosi", "informasi", "informasi"],
        "tema": "tema", "kim": "", "desa": ""})
    kim = campaign.kim_of(kabkota).head(n_kim)
    distribusi = pd.DataFrame({
        "tanggal": pd.date_range("2027-02-05", periods=len(kim), freq="7D"), "jam": "", "jalur": "KIM",
        "platform": "", "pilar": "", "tema": "poster", "kim": kim["nama_kim"].tolist(),
        "desa": kim["desa_kelurahan"].tolist()})
    return pd.concat([media, distribusi], ignore_index=True)


def failed(rencana, checks=campaign.CHECKS):
    return {r.check: r.reasons for r in campaign.check(rencana, checks) if not r.ok}


def test_parameters_follow_module_04_targets():
    assert campaign.PARAMS["pillars"] == {"informasi": [60, 80], "emosi": [10, 30], "promosi": [0, 20]}
    assert campaign.PARAMS["platforms"] == list(content_calendar.PLATFORMS)


def test_a_good_plan_meets_every_constraint_in_any_layout():
    good = plan()
    assert failed(good) == {} and campaign.passes(good)
    texts = good.assign(tanggal=good["tanggal"].dt.strftime("%d/%m/%Y"))
    assert campaign.passes(texts[list(campaign.COLUMNS)[::-1]].sample(frac=1, random_state=1))


@pytest.mark.parametrize("change, check, words", [
    (lambda p: p.assign(tanggal=p["tanggal"].where(p.index != 0, pd.Timestamp("2027-03-02"))), "bulan",
     "Bila Februari 2027 bulan kampanyenya, baris 0 berada di luar bulan itu"),
    (lambda p: p[p.index != 0].reset_index(drop=True).drop(index=[0]), "bulan", "Tanggal 1–7: baru 1 baris media"),
    (lambda p: p.assign(pilar=p["pilar"].replace("emosi", "informasi")), "pilar", "emosi 0%"),
    (lambda p: pd.concat([p, p.iloc[[3]]], ignore_index=True), "bentrok", "baris 3, 13"),
    (lambda p: pd.concat([p, p.iloc[[11]].assign(tema="lain")], ignore_index=True), "bentrok", "KIM yang sama"),
    (lambda p: p[p["kim"].isin(["", p["kim"].iloc[10]])], "kim", "Baru 1 KIM"),
    (lambda p: p.assign(platform=p["platform"].replace("Facebook", "Friendster")), "isian", "platform kosong atau tidak dikenal"),
    (lambda p: p.assign(desa=""), "isian", "desa/kelurahan belum diisi"),
])
def test_each_broken_constraint_is_named_with_its_rows(change, check, words):
    broken = change(plan())
    problems = failed(broken)
    assert check in problems, problems
    assert any(words in reason for reason in problems[check]), problems[check]


def test_reasons_name_the_table_index_and_a_hidden_test_agrees():
    shifted = plan().set_axis(range(100, 113))
    clash = pd.concat([shifted, shifted.loc[[103]]])
    assert "103, 103" in failed(clash)["bentrok"][0]
    rule = campaign.rule()
    assert canonical._kk_candidates(canonical._kk_canonical(plan(), rule), rule) == ["plan:ok"]
    assert canonical._kk_candidates(canonical._kk_canonical(clash, rule), rule) == ["plan:fail"]


def test_bad_tables_and_rows_are_explained_in_indonesian():
    with pytest.raises(campaign.CampaignError, match="bukan tabel"):
        campaign.check([1, 2])
    with pytest.raises(campaign.CampaignError, match="belum punya kolom desa"):
        campaign.check(plan().drop(columns="desa"))
    with pytest.raises(campaign.CampaignError, match="tidak terbaca"):
        campaign.add_row(campaign.empty(), tanggal="31/13/2027", jalur="media", tema="x")
    with pytest.raises(campaign.CampaignError, match="platform"):
        campaign.add_row(campaign.empty(), tanggal="2027-02-01", jalur="media", tema="x", jam="19:00",
                         platform="Friendster", pilar="informasi")
    with pytest.raises(campaign.CampaignError, match="Nama KIM"):
        campaign.add_row(campaign.empty(), tanggal="2027-02-01", jalur="KIM", tema="x", desa="Desa A")
    with pytest.raises(campaign.CampaignError, match="Mahakam Ulu"):
        campaign.region("Kota Antah")
    assert campaign.empty().empty and list(campaign.empty().columns) == list(campaign.COLUMNS)
    assert "isian" in failed(campaign.empty(), ["isian"])


def test_summary_uses_real_figures_computed_from_wilayah():
    from kimkit.data import wilayah_kaltim

    row = wilayah_kaltim().set_index("nama").loc["Berau"]
    text = campaign.summary(plan("Berau"), "Berau", "Uji")
    villages = row["jumlah_kelurahan"] + row["jumlah_desa_kampung"]
    assert f"{row['jumlah_kecamatan']} kecamatan, {villages} kampung/kelurahan" in text
    assert "Februari 2027" in text and "Distribusi lewat KIM: 3 baris, 3 KIM" in text
    assert "Semua 5 syarat terpenuhi" in text
    assert "desa/kelurahan" in campaign.summary(plan(), "Kutai Kartanegara")


def test_media_rows_from_a_content_calendar():
    from kimkit.data import kalender_konten

    cal = kalender_konten()
    rows = campaign.from_calendar(cal[cal["kabkota"] == "Samarinda"])
    assert list(rows.columns) == list(campaign.COLUMNS) and set(rows["jalur"]) == {"media"}
    assert len(rows) == (cal["kabkota"] == "Samarinda").sum()
    assert "bentrok" in failed(rows, ["isian", "bulan", "bentrok"])  # the kit's calendar has planted clashes


def test_exports_never_overwrite(tmp_path):
    from kimkit.files import free_path

    first = campaign.export_xlsx(plan(), free_path(tmp_path / "r.xlsx"))
    second = campaign.export_xlsx(plan(), free_path(tmp_path / "r.xlsx"))
    assert first.name == "r.xlsx" and second.name == "r_2.xlsx"
    sheets = pd.read_excel(first, sheet_name=None)
    assert set(sheets) == {"Rencana", "Pemeriksaan"} and len(sheets["Rencana"]) == 13
    assert (sheets["Pemeriksaan"]["terpenuhi"] == "ya").all()
    csv = campaign.export_csv(plan(), tmp_path / "r.csv")
    assert pd.read_csv(csv, sep=";")["tanggal"].iloc[0] == "2027-02-01"
    assert campaign.export_filename(plan(), "Kutai Kartanegara") == "rencana_kampanye_kutai_kartanegara_2027-02.xlsx"


def test_messages_are_in_the_campaign_chapter():
    from kimkit.messages import campaign as chapter

    assert all(key.startswith("campaign.") for key in chapter.MESSAGES)
    assert all(MESSAGES[key] == text for key, text in chapter.MESSAGES.items())


def test_exercise_statement_states_the_parameters_it_grades():
    from authoring import latihan11

    text = latihan11.SOURCE.parts[0].text
    params = campaign.PARAMS
    assert f"paling sedikit {params['min_per_week']} baris media" in text
    assert f"paling sedikit {params['min_kim']} KIM" in text and f"{params['min_desa']} desa/kelurahan" in text
    for pillar, (low, high) in params["pillars"].items():
        assert f"{pillar} {low}–{high}%" in text


# --- widget -------------------------------------------------------------------------------------

def test_widget_checks_live_adds_removes_exports_and_summarises(tmp_path):
    from kimkit.widgets import RencanaKampanye

    rk = RencanaKampanye(plan(), kabkota="Kutai Kartanegara", judul="Uji", folder=tmp_path)
    assert all(r.ok for r in rk.results) and "✔" in rk.checklist.value
    out = rk.add(tanggal="2027-02-10", jam="19:15", jalur="media", platform="Facebook", pilar="informasi", tema="x")
    assert "Baris 13 ditambahkan" in out.message
    assert not next(r for r in rk.results if r.check == "bentrok").ok and "✘" in rk.checklist.value
    assert "baris 3, 13" in rk.checklist.value
    rk.remove(13)
    assert all(r.ok for r in rk.results)
    assert "tidak terbaca" in rk.add(tanggal="kemarin", jalur="media", tema="x").message
    assert "Tidak ada baris nomor 99" in rk.remove(99).message
    rk.export()
    rk.export()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "rencana_kampanye_kutai_kartanegara_2027-02.csv", "rencana_kampanye_kutai_kartanegara_2027-02.xlsx",
        "rencana_kampanye_kutai_kartanegara_2027-02_2.csv", "rencana_kampanye_kutai_kartanegara_2027-02_2.xlsx"]
    assert "_2.xlsx" in rk.feedback_text
    rk.build_summary()
    assert rk.summary_box.value.startswith("RINGKASAN RENCANA KAMPANYE — Uji") and "✔ Tidak ada jadwal bentrok" in rk.summary_box.value


def test_widget_form_fills_the_village_and_rejects_a_bad_table(tmp_path):
    from kimkit.widgets import RencanaKampanye

    rk = RencanaKampanye(kabkota="Bontang", folder=tmp_path)
    assert rk.value.empty and "Belum ada baris" in rk.table.value
    rk.track.value = "KIM"
    assert rk.time.disabled and not rk.kim.disabled
    rk.kim.value = rk.kim.options[0]
    assert rk.village.value == campaign.kim_of("Bontang")["desa_kelurahan"].iloc[0]
    rk.date.value, rk.theme.value = "05/02/2027", "poster"
    rk.add_from_form()
    assert rk.value.loc[0, "jalur"] == "KIM" and rk.value.loc[0, "kim"] == rk.kim.options[0]
    bad = RencanaKampanye(pd.DataFrame({"a": [1]}), folder=tmp_path)
    assert "belum punya kolom" in bad.feedback_text and bad.value.empty


def test_a_plan_split_evenly_over_two_months_names_the_earlier_month():
    split = plan().head(10).assign(tanggal=pd.date_range("2027-01-18", periods=10, freq="3D"))  # 5 + 5 rows
    reason = failed(split, ["bulan"])["bulan"][0]
    assert "tersebar di 2 bulan" in reason and "Bila Januari 2027 bulan kampanyenya" in reason
