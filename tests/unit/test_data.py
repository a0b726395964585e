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


def test_posts_are_synthetic_and_plausible():
    posts = data.posting_medsos()
    assert posts["id_posting"].str.startswith("SINT-POST-").all()
    assert set(posts["platform"]) == {"Instagram", "TikTok", "Facebook", "YouTube"}
    assert (posts["impressions"] >= posts["reach"]).all()
    video = posts["format"].isin(["reels", "video pendek", "video", "shorts"])
    assert posts.loc[video, "views"].notna().all() and posts.loc[~video, "views"].isna().all()
    assert posts["waktu_unggah"].between("2025-01-01", "2025-07-01").all()


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
