"""Generate the kit's synthetic datasets deterministically.

    python tools/make_datasets.py            # rewrite kimkit/data/files/*.csv
    python tools/make_datasets.py --out DIR  # write elsewhere (the tests compare)

Synthetic tables are shaped by the real regional table ``wilayah_kaltim.csv``
(desa/kelurahan counts, population) but every name, number and identifier in them is
invented and visibly marked as such ("Contoh", "Sintetis", "SINT").
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

FILES = Path(__file__).resolve().parent.parent / "kimkit" / "data" / "files"
SEED = 20231108
REFERENCE_DATE = pd.Timestamp("2025-12-31")
KAMPUNG_REGIONS = {"64.03", "64.07", "64.11"}  # Berau, Kutai Barat, Mahakam Ulu use "kampung"
PREFIX = {"64.01": "PSR", "64.02": "KKR", "64.03": "BRU", "64.07": "KBR", "64.08": "KTM",
          "64.09": "PPU", "64.11": "MHU", "64.71": "BPN", "64.72": "SMD", "64.74": "BTG"}


def load_regions() -> pd.DataFrame:
    return pd.read_csv(FILES / "wilayah_kaltim.csv", comment="#", dtype={"kode_kemendagri": str})


def make_kim(regions: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """A synthetic KIM directory: at most one KIM per desa/kelurahan."""
    rows = []
    for region in regions.itertuples():
        coverage = rng.uniform(0.12, 0.55)
        n_desa, n_kel = region.jumlah_desa_kampung, region.jumlah_kelurahan
        units = [("desa", i) for i in range(n_desa)] + [("kelurahan", i) for i in range(n_kel)]
        n_kim = max(2, round(coverage * len(units)))
        chosen = rng.choice(len(units), size=n_kim, replace=False)
        for number, index in enumerate(sorted(chosen), start=1):
            unit_type, unit_no = units[index]
            kecamatan = 1 + unit_no % region.jumlah_kecamatan
            if unit_type == "desa":
                word = "Kampung" if region.kode_kemendagri in KAMPUNG_REGIONS else "Desa"
            else:
                word = "Kelurahan"
            year = int(rng.choice(np.arange(2010, 2026), p=_year_weights()))
            registered = bool(rng.random() < (0.35 if year < 2022 else 0.6))
            has_sk = bool(rng.random() < 0.9)
            last_activity = REFERENCE_DATE - pd.Timedelta(days=int(rng.gamma(1.3, 90)))
            rows.append({
                "id_kim": f"SINT-KIM-{len(rows) + 1:04d}",
                "nama_kim": f"KIM Contoh {PREFIX[region.kode_kemendagri]} {number:02d}",
                "kode_kabkota": region.kode_kemendagri,
                "kabkota": region.nama,
                "kecamatan": f"Kecamatan Sintetis {kecamatan:02d}",
                "jenis_wilayah": "desa" if unit_type == "desa" else "kelurahan",
                "desa_kelurahan": f"{word} Sintetis {unit_no + 1:03d}",
                "tahun_bentuk": year,
                "jumlah_anggota": int(rng.integers(3, 31)),
                "nomor_sk": f"SINT/{len(rows) + 1:04d}/SK-KIM/{year}" if has_sk else "",
                "terdaftar_kimid": registered,
                "kegiatan_terakhir": max(last_activity, pd.Timestamp(f"{year}-06-30")).date().isoformat(),
            })
    return pd.DataFrame(rows)


def _year_weights() -> np.ndarray:
    weights = np.linspace(1.0, 3.0, 16)
    return weights / weights.sum()


PLATFORMS = {
    # platform: (posts per month, formats, probabilities of formats, followers factor)
    "Instagram": (12, ["foto", "carousel", "reels"], [0.4, 0.25, 0.35], 1.0),
    "TikTok": (8, ["video pendek"], [1.0], 0.7),
    "Facebook": (10, ["foto", "video", "tautan"], [0.5, 0.2, 0.3], 1.3),
    "YouTube": (3, ["video", "shorts"], [0.5, 0.5], 0.25),
}
VIDEO_FORMATS = {"reels", "video pendek", "video", "shorts"}
FORMAT_REACH = {"foto": 0.22, "carousel": 0.28, "reels": 0.55, "video pendek": 0.8,
                "video": 0.3, "tautan": 0.12, "shorts": 0.6}
PILLARS = (["informasi", "emosi", "promosi"], [0.6, 0.25, 0.15])
HOURS = np.arange(7, 22)
HOUR_WEIGHTS = np.array([3, 5, 6, 5, 4, 6, 5, 3, 3, 4, 5, 7, 8, 6, 4], dtype=float)
HOUR_EFFECT = {h: 1.0 + 0.35 * np.exp(-((h - 19.5) ** 2) / 3.0) for h in HOURS}


def make_posts(regions: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Six months of synthetic posts by the 10 Diskominfo accounts."""
    rows = []
    months = pd.period_range("2025-01", "2025-06", freq="M")
    for region in regions.itertuples():
        base = region.penduduk_dukcapil_des2024 * rng.uniform(0.012, 0.03)
        for platform, (per_month, formats, format_p, factor) in PLATFORMS.items():
            followers = base * factor
            for month_no, month in enumerate(months):
                followers *= 1 + rng.uniform(0.005, 0.03)
                n_posts = max(1, int(rng.poisson(per_month)))
                days = np.sort(rng.integers(1, month.days_in_month + 1, size=n_posts))
                for day in days:
                    fmt = str(rng.choice(formats, p=format_p))
                    hour = int(rng.choice(HOURS, p=HOUR_WEIGHTS / HOUR_WEIGHTS.sum()))
                    moment = pd.Timestamp(year=2025, month=month.month, day=int(day), hour=hour,
                                          minute=int(rng.integers(0, 60)))
                    pillar = str(rng.choice(PILLARS[0], p=PILLARS[1]))
                    boost = HOUR_EFFECT[hour] * (1.15 if pillar == "emosi" else 1.0)
                    reach = int(followers * FORMAT_REACH[fmt] * boost * rng.lognormal(0, 0.45))
                    reach = max(reach, 30)
                    impressions = int(reach * rng.uniform(1.1, 1.9))
                    rate = rng.uniform(0.015, 0.06) * boost
                    likes = int(reach * rate)
                    comments = int(likes * rng.uniform(0.02, 0.12))
                    shares = int(likes * rng.uniform(0.03, 0.2))
                    saves = int(likes * rng.uniform(0.02, 0.15)) if platform != "Facebook" else 0
                    views = int(impressions * rng.uniform(1.0, 1.6)) if fmt in VIDEO_FORMATS else None
                    rows.append({
                        "id_posting": f"SINT-POST-{len(rows) + 1:05d}",
                        "kode_kabkota": region.kode_kemendagri,
                        "kabkota": region.nama,
                        "platform": platform,
                        "format": fmt,
                        "pilar": pillar,
                        "waktu_unggah": moment.strftime("%Y-%m-%d %H:%M"),
                        "followers": int(followers),
                        "reach": reach,
                        "impressions": impressions,
                        "likes": likes,
                        "comments": comments,
                        "shares": shares,
                        "saves": saves,
                        "views": views,
                    })
    frame = pd.DataFrame(rows)
    frame["views"] = frame["views"].astype("Int64")
    return frame


def generate(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    regions = load_regions()
    written = []
    for name, maker, seed_offset in (("kim_kaltim", make_kim, 1), ("posting_medsos", make_posts, 2)):
        frame = maker(regions, np.random.default_rng(SEED + seed_offset))
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False, lineterminator="\n")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=FILES)
    for path in generate(parser.parse_args().out):
        print(f"ditulis: {path}")


if __name__ == "__main__":
    main()
