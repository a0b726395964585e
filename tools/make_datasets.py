"""Generate the kit's synthetic datasets deterministically.

    python tools/make_datasets.py            # rewrite kimkit/data/files/*.csv and the KIM-list template
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

from kimkit import importing

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
            # A KIM is legalised by an SK before it can register on KIM.id: no SK, not registered.
            # (Both draws stay, so every other column and every id is unchanged.)
            registered = registered and has_sk
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


ACTIVITY_LOG_START = pd.Timestamp("2024-01-01")
ACTIVITY_KINDS = {
    # jenis kegiatan: (weight, channels, probabilities of channels)
    "diseminasi informasi": (0.40, ["tatap muka", "grup WhatsApp", "media sosial", "situs kim.id"],
                             [0.35, 0.35, 0.2, 0.1]),
    "literasi digital": (0.15, ["tatap muka", "grup WhatsApp"], [0.8, 0.2]),
    "pelatihan": (0.10, ["tatap muka"], [1.0]),
    "penyerapan aspirasi": (0.15, ["tatap muka", "grup WhatsApp"], [0.7, 0.3]),
    "rapat pengurus": (0.20, ["tatap muka"], [1.0]),
}


def make_kegiatan(kim: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """A synthetic activity log of the KIM in ``kim`` (the ``kim_kaltim`` table of the same run).

    Consistent with it: no activity before the year a KIM was formed, the latest activity of
    every KIM is its ``kegiatan_terakhir`` (so a KIM quiet since mid-2025 is *vakum* in the log
    too), posts on a ``*.kim.id`` site only for KIM registered on KIM.id, and a board meeting
    has at most as many people as the KIM has members. KIM without ``kegiatan_terakhir`` get
    no activity.
    """
    kinds = list(ACTIVITY_KINDS)
    weights = np.array([ACTIVITY_KINDS[k][0] for k in kinds])
    rows = []
    for row in kim.itertuples():
        if not row.kegiatan_terakhir:
            continue
        last = pd.Timestamp(row.kegiatan_terakhir)
        start = max(ACTIVITY_LOG_START, pd.Timestamp(f"{row.tahun_bentuk}-01-01"))
        per_month = rng.gamma(2.0, 0.55)  # some KIM meet often, some rarely
        days = max((last - start).days, 0)
        n_before = int(rng.poisson(per_month * days / 30.4)) if days else 0
        offsets = sorted(int(d) for d in rng.integers(0, days, size=n_before)) if days else []
        dates = [start + pd.Timedelta(days=d) for d in offsets] + [last]
        registered = str(row.terdaftar_kimid) == "True"
        for date in dates:
            kind = str(rng.choice(kinds, p=weights / weights.sum()))
            channels, channel_p = ACTIVITY_KINDS[kind][1], np.array(ACTIVITY_KINDS[kind][2])
            if not registered and "situs kim.id" in channels:
                channel_p = np.where(np.array(channels) == "situs kim.id", 0.0, channel_p)
            channel = str(rng.choice(channels, p=channel_p / channel_p.sum()))
            members = int(row.jumlah_anggota)
            if kind == "rapat pengurus":
                people = int(rng.integers(min(3, members), members + 1))
            elif channel == "tatap muka":
                people = int(rng.integers(8, 61))
            else:  # people reached online, an estimate
                people = int(rng.integers(20, 301))
            rows.append({"id_kim": row.id_kim, "kabkota": row.kabkota, "tanggal": date.date().isoformat(),
                         "jenis_kegiatan": kind, "saluran": channel, "jumlah_peserta": people})
    frame = pd.DataFrame(rows).sort_values(["tanggal", "id_kim"], kind="stable").reset_index(drop=True)
    frame.insert(0, "id_kegiatan", [f"SINT-KEG-{i:05d}" for i in range(1, len(frame) + 1)])
    return frame


# --- aspirasi_warga (module 03) ------------------------------------------------------
# Illustrative categories: (office that follows up, median days to follow-up, weight).
ASPIRATION_CATEGORIES = {
    "jalan dan jembatan": ("Dinas Pekerjaan Umum", 32, 1.6),
    "air bersih": ("Perusahaan Daerah Air Minum", 11, 1.2),
    "kesehatan": ("Dinas Kesehatan", 8, 1.0),
    "pendidikan": ("Dinas Pendidikan", 17, 0.8),
    "administrasi kependudukan": ("Dinas Kependudukan dan Pencatatan Sipil", 5, 1.1),
    "bantuan sosial": ("Dinas Sosial", 14, 1.0),
    "lingkungan dan sampah": ("Dinas Lingkungan Hidup", 12, 0.9),
    "informasi dan internet": ("Dinas Komunikasi dan Informatika", 4, 0.7),
}
ASPIRATION_TEXTS = {
    "jalan dan jembatan": {
        "keluhan": ["Jalan lingkungan rusak dan berlubang di RT Sintetis {n:02d}",
                    "Jembatan kayu penghubung permukiman mulai lapuk"],
        "usulan": ["Usulan semenisasi jalan menuju kebun warga"],
        "pertanyaan": ["Kapan perbaikan jalan poros di wilayah kami dimulai?"],
    },
    "air bersih": {
        "keluhan": ["Air ledeng tidak mengalir selama tiga hari", "Air keruh setelah hujan deras"],
        "usulan": ["Usulan tandon air bersama untuk RT Sintetis {n:02d}"],
        "pertanyaan": ["Bagaimana cara mengajukan sambungan air baru?"],
    },
    "kesehatan": {
        "keluhan": ["Obat di puskesmas pembantu sering kosong"],
        "usulan": ["Usulan pemeriksaan kesehatan keliling untuk lansia"],
        "pertanyaan": ["Di mana dan kapan imunisasi anak bulan ini?", "Jadwal posyandu bulan ini belum diumumkan"],
    },
    "pendidikan": {
        "keluhan": ["Atap ruang kelas sekolah dasar bocor"],
        "usulan": ["Usulan angkutan sekolah untuk anak dari permukiman jauh"],
        "pertanyaan": ["Kapan pendaftaran beasiswa daerah dibuka?"],
    },
    "administrasi kependudukan": {
        "keluhan": ["Antrean layanan kartu keluarga terlalu lama"],
        "usulan": ["Usulan layanan jemput bola administrasi kependudukan"],
        "pertanyaan": ["Bagaimana cara mengurus KTP elektronik yang hilang?",
                       "Apa syarat membuat akta kelahiran?"],
    },
    "bantuan sosial": {
        "keluhan": ["Warga lansia di RT Sintetis {n:02d} belum menerima bantuan"],
        "usulan": ["Usulan pendataan ulang warga kurang mampu"],
        "pertanyaan": ["Bagaimana cara mengecek status penerima bantuan?"],
    },
    "lingkungan dan sampah": {
        "keluhan": ["Sampah menumpuk di tepi sungai", "Saluran air tersumbat dan meluap saat hujan"],
        "usulan": ["Usulan bank sampah di lingkungan kami"],
        "pertanyaan": ["Kapan jadwal pengangkutan sampah di wilayah kami?"],
    },
    "informasi dan internet": {
        "keluhan": ["Sinyal internet lemah di balai pertemuan warga"],
        "usulan": ["Usulan titik Wi-Fi publik di balai pertemuan"],
        "pertanyaan": ["Di mana pengumuman lowongan kerja pemerintah daerah dimuat?"],
    },
}
ASPIRATION_CHANNELS = (["pertemuan KIM", "WhatsApp", "media sosial", "kotak aspirasi", "tatap muka"],
                       [0.35, 0.3, 0.15, 0.08, 0.12])
ASPIRATION_KINDS = (["keluhan", "usulan", "pertanyaan"], [0.45, 0.25, 0.3])
ASPIRATION_START = pd.Timestamp("2025-07-01")


def make_aspirations(regions: pd.DataFrame, kim: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Synthetic citizens' aspirations received through KIM, Jul–Dec 2025.

    Every aspiration comes through a KIM of ``kim`` (the table made in the same run) in the
    same kab/kota, on or before that KIM's last recorded activity. Follow-up dates come from
    per-category delays; cases whose follow-up would fall after REFERENCE_DATE stay open.
    """
    categories = list(ASPIRATION_CATEGORIES)
    base = np.array([ASPIRATION_CATEGORIES[c][2] for c in categories])
    last = pd.to_datetime(kim["kegiatan_terakhir"])
    rows = []
    days = (REFERENCE_DATE - ASPIRATION_START).days + 1
    for region in regions.itertuples():
        local = kim[kim["kode_kabkota"] == region.kode_kemendagri]
        local_last = last[local.index]
        weights = rng.dirichlet(base * 4)
        n = 20 + int(round(region.penduduk_dukcapil_des2024 / 10_000 * rng.uniform(0.8, 1.2)))
        for _ in range(n):
            # a KIM reports an aspiration on a day it was active: its last activity is not earlier
            while True:
                received = ASPIRATION_START + pd.Timedelta(days=int(rng.integers(0, days)))
                active = local[local_last >= received]
                if not active.empty:
                    break
            row = active.iloc[int(rng.integers(len(active)))]
            category = str(rng.choice(categories, p=weights))
            kind = str(rng.choice(ASPIRATION_KINDS[0], p=ASPIRATION_KINDS[1]))
            office, median_days, _ = ASPIRATION_CATEGORIES[category]
            if category == "jalan dan jembatan" and rng.random() < 0.3:
                office = "Pemerintah " + str(row["desa_kelurahan"]).split()[0]
            delay = int(round(median_days * (0.5 if kind == "pertanyaan" else 1.0) * rng.lognormal(0, 0.7)))
            never = rng.random() < (0.2 if category == "jalan dan jembatan" else 0.1)
            follow_up = received + pd.Timedelta(days=delay)
            if never or follow_up > REFERENCE_DATE:
                age = (REFERENCE_DATE - received).days
                status = "baru" if age < 10 or rng.random() < 0.25 else "diteruskan"
                follow_up_text = ""
            else:
                status = "selesai" if rng.random() < 0.55 else "ditindaklanjuti"
                follow_up_text = follow_up.date().isoformat()
            template = str(rng.choice(ASPIRATION_TEXTS[category][kind]))
            rows.append({
                "tanggal_diterima": received.date().isoformat(),
                "kode_kabkota": region.kode_kemendagri,
                "kabkota": region.nama,
                "id_kim": row["id_kim"],
                "kanal": str(rng.choice(ASPIRATION_CHANNELS[0], p=ASPIRATION_CHANNELS[1])),
                "jenis": kind,
                "kategori": category,
                "ringkasan": template.format(n=int(rng.integers(1, 30))),
                "instansi_tujuan": office,
                "status": status,
                "tanggal_tindak_lanjut": follow_up_text,
            })
    frame = pd.DataFrame(rows).sort_values(["tanggal_diterima", "kode_kabkota", "id_kim"], kind="stable")
    frame.insert(0, "id_aspirasi", [f"SINT-ASP-{i:04d}" for i in range(1, len(frame) + 1)])
    return frame.reset_index(drop=True)


def generate(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    regions = load_regions()
    written = []
    for name, maker, seed_offset in (("kim_kaltim", make_kim, 1), ("posting_medsos", make_posts, 2)):
        frame = maker(regions, np.random.default_rng(SEED + seed_offset))
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False, lineterminator="\n")
        written.append(path)
    # kegiatan_kim (module 02) derives from the KIM table written in this run, own random stream
    kim = pd.read_csv(out / "kim_kaltim.csv", dtype={"kode_kabkota": str}, keep_default_na=False)
    path = out / "kegiatan_kim.csv"
    make_kegiatan(kim, np.random.default_rng([SEED, 2])).to_csv(path, index=False, lineterminator="\n")
    written.append(path)
    # aspirasi_warga (module 03): aspirations through the KIM of this run, own random stream
    path = out / "aspirasi_warga.csv"
    make_aspirations(regions, kim, np.random.default_rng([SEED, 3])).to_csv(path, index=False, lineterminator="\n")
    written.append(path)
    # the KIM-list template participants fill in; columns and guide from the import widget's schema
    path = out / importing.TEMPLATE_FILE
    path.write_bytes(importing.write_template(importing.SKEMA_KIM))
    written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=FILES)
    for path in generate(parser.parse_args().out):
        print(f"ditulis: {path}")


if __name__ == "__main__":
    main()
