"""Datasets: real figures match the sources, synthetic ones regenerate identically."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

import kimkit.data as data

ROOT = Path(__file__).resolve().parents[2]


def test_wilayah_matches_domain_brief_totals():
    wilayah = data.wilayah_kaltim()
    assert len(wilayah) == 10
    assert wilayah["jumlah_kecamatan"].sum() == 105
    assert wilayah["jumlah_kelurahan"].sum() == 197
    assert wilayah["jumlah_desa_kampung"].sum() == 841
    assert wilayah["penduduk_sp2020"].sum() == 3_766_039
    assert wilayah["penduduk_dukcapil_des2024"].sum() == 4_123_303
    assert round(wilayah["luas_km2_big_2024"].sum(), 3) == 126_951.758
    assert wilayah.loc[wilayah["nama"] == "Samarinda", "kode_kemendagri"].item() == "64.72"


def test_source_footer_kept_in_shipped_file():
    text = (ROOT / "kimkit/data/files/wilayah_kaltim.csv").read_text(encoding="utf-8")
    assert "# Sumber" in text and "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7" in text


def test_kim_is_synthetic_and_consistent_with_regions():
    kim, wilayah = data.kim_kaltim(), data.wilayah_kaltim()
    assert kim["id_kim"].str.startswith("SINT-KIM-").all()
    assert kim["nama_kim"].str.startswith("KIM Contoh").all()
    assert set(kim["kode_kabkota"]) == set(wilayah["kode_kemendagri"])
    units = wilayah.set_index("kode_kemendagri").eval("jumlah_desa_kampung + jumlah_kelurahan")
    per_region = kim.groupby("kode_kabkota").size()
    assert (per_region <= units[per_region.index]).all()
    assert not kim.duplicated(["kode_kabkota", "desa_kelurahan"]).any()
    kota = kim[kim["kabkota"].isin(["Balikpapan", "Samarinda", "Bontang"])]
    assert (kota["jenis_wilayah"] == "kelurahan").all()
    assert kim["terdaftar_kimid"].dtype == bool
    # SK first, then KIM.id: no synthetic KIM is registered without an SK (module 01 teaches the order)
    assert not (kim["terdaftar_kimid"] & (kim["nomor_sk"] == "")).any()


def test_posts_are_synthetic_and_plausible():
    posts = data.posting_medsos()
    assert posts["id_posting"].str.startswith("SINT-POST-").all()
    assert set(posts["platform"]) == {"Instagram", "TikTok", "Facebook", "YouTube"}
    assert (posts["impressions"] >= posts["reach"]).all()
    video = posts["format"].isin(["reels", "video pendek", "video", "shorts"])
    assert posts.loc[video, "views"].notna().all() and posts.loc[~video, "views"].isna().all()
    assert posts["waktu_unggah"].between("2025-01-01", "2025-07-01").all()


def test_aspirations_are_synthetic_and_consistent_with_kim():
    aspirasi, kim = data.aspirasi_warga(), data.kim_kaltim()
    assert aspirasi["id_aspirasi"].str.startswith("SINT-ASP-").all() and aspirasi["id_aspirasi"].is_unique
    # every aspiration comes through an existing KIM of the same kab/kota, on a day it was active
    merged = aspirasi.merge(kim, on="id_kim", how="left", suffixes=("", "_kim"), validate="many_to_one")
    assert merged["kabkota_kim"].notna().all()
    assert (merged["kabkota"] == merged["kabkota_kim"]).all()
    assert (merged["kode_kabkota"] == merged["kode_kabkota_kim"]).all()
    assert (merged["tanggal_diterima"] <= merged["kegiatan_terakhir"]).all()
    assert (merged["tanggal_diterima"].dt.year >= merged["tahun_bentuk"]).all()
    assert aspirasi["tanggal_diterima"].between("2025-07-01", "2025-12-31").all()
    # follow-up never before receipt; empty exactly while the case is open
    done = aspirasi["tanggal_tindak_lanjut"].notna()
    assert (aspirasi.loc[done, "tanggal_tindak_lanjut"] >= aspirasi.loc[done, "tanggal_diterima"]).all()
    assert (aspirasi.loc[done, "tanggal_tindak_lanjut"] <= pd.Timestamp("2025-12-31")).all()
    assert (done == aspirasi["status"].isin(["ditindaklanjuti", "selesai"])).all()
    assert set(aspirasi.loc[~done, "status"]) == {"baru", "diteruskan"}
    assert 0.05 < (~done).mean() < 0.4, "realistic share of open cases"
    assert set(aspirasi["kabkota"]) == set(data.wilayah_kaltim()["nama"])
    assert aspirasi["kategori"].nunique() == 8 and set(aspirasi["jenis"]) == {"keluhan", "usulan", "pertanyaan"}
    # every month Jul–Dec has cases, and no real person's data: ids and texts only
    assert aspirasi["tanggal_diterima"].dt.month.value_counts().min() >= 30
    assert not aspirasi["ringkasan"].str.contains(r"\d{8,}").any()  # no phone numbers or NIK


def test_aspiration_loader_refuses_inconsistent_rows(tmp_path, monkeypatch):
    source = ROOT / "kimkit/data/files/aspirasi_warga.csv"
    monkeypatch.setattr(data, "_files", lambda: tmp_path)
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    done = frame.index[frame["tanggal_tindak_lanjut"] != ""][0]
    frame.loc[done, "tanggal_tindak_lanjut"] = "2025-01-01"   # before it was received
    frame.to_csv(tmp_path / "aspirasi_warga.csv", index=False)
    with pytest.raises(data.DataError, match="tindak lanjut sebelum diterima"):
        data.aspirasi_warga()
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    frame.loc[done, "tanggal_tindak_lanjut"] = ""             # followed up without a date
    frame.to_csv(tmp_path / "aspirasi_warga.csv", index=False)
    with pytest.raises(data.DataError, match="rusak atau berubah"):
        data.aspirasi_warga()


def test_kegiatan_is_synthetic_and_consistent_with_kim():
    kegiatan, kim = data.kegiatan_kim(), data.kim_kaltim()
    assert kegiatan["id_kegiatan"].str.startswith("SINT-KEG-").all() and kegiatan["id_kegiatan"].is_unique
    assert set(kegiatan["id_kim"]) <= set(kim["id_kim"])
    joined = kegiatan.merge(kim, on="id_kim", suffixes=("", "_kim"), validate="many_to_one")
    assert (joined["kabkota"] == joined["kabkota_kim"]).all()
    assert (joined["tanggal"].dt.year >= joined["tahun_bentuk"]).all()  # nothing before a KIM was formed
    assert (joined["tanggal"] <= pd.Timestamp("2025-12-31")).all()
    # the latest activity of every KIM is its kegiatan_terakhir, so vakum KIM agree in both tables
    with_activity = kim[kim["kegiatan_terakhir"].notna()].set_index("id_kim")["kegiatan_terakhir"]
    latest = kegiatan.groupby("id_kim")["tanggal"].max()
    assert latest.sort_index().equals(with_activity.sort_index().rename("tanggal").astype(latest.dtype))
    assert 0 < (latest < pd.Timestamp("2025-07-01")).sum() < len(latest)  # some KIM vakum, most not
    site = joined["saluran"] == "situs kim.id"
    assert joined.loc[site, "terdaftar_kimid"].all()  # a *.kim.id site only for registered KIM
    rapat = joined["jenis_kegiatan"] == "rapat pengurus"
    assert (joined.loc[rapat, "jumlah_peserta"] <= joined.loc[rapat, "jumlah_anggota"]).all()
    assert (kegiatan["jumlah_peserta"] > 0).all()


def test_generator_is_deterministic(tmp_path):
    spec = importlib.util.spec_from_file_location("make_datasets", ROOT / "tools/make_datasets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.generate(tmp_path):
        committed = ROOT / "kimkit/data/files" / path.name
        assert path.read_bytes() == committed.read_bytes(), f"{path.name} differs: run make datasets"


def test_info_documents_every_column():
    for name, dataset in data.DATASETS.items():
        text = data.info(name)
        assert dataset.nature in text
        for column in dataset.columns:
            assert column.name in text
    with pytest.raises(data.DataError, match="tidak dikenal"):
        data.info("tidak_ada")


def test_damaged_file_gives_indonesian_error(tmp_path, monkeypatch):
    source = ROOT / "kimkit/data/files"
    for path in source.glob("*.csv"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(data, "_files", lambda: tmp_path)
    frame = pd.read_csv(tmp_path / "posting_medsos.csv")
    frame.loc[3, "reach"] = -5
    frame.to_csv(tmp_path / "posting_medsos.csv", index=False)
    with pytest.raises(data.DataError, match="rusak atau berubah"):
        data.posting_medsos()
    (tmp_path / "kim_kaltim.csv").unlink()
    with pytest.raises(data.DataError, match="tidak ditemukan"):
        data.kim_kaltim()
