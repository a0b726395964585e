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


# --- rundown_podcast (module 06) ------------------------------------------------------------
PODCAST_REGIONS = ("64.01", "64.03", "64.08", "64.09", "64.71", "64.72")  # six kab/kota, two episodes each
PODCAST_TOPICS = (
    "Layanan adminduk keliling", "Cerita KIM dari {wilayah}", "Cek dulu sebelum berbagi: melawan hoaks",
    "Sampah, sungai dan kita", "UMKM lokal go digital", "Literasi digital untuk pelajar",
    "Musrenbang: usulan warga sampai ke mana?", "Siaga banjir musim hujan",
)
PODCAST_GUESTS = ("kepala OPD", "kreator konten lokal", "ASN Diskominfo", "pengurus KIM")
# (segment name, target in seconds: choices) — structure after the practitioner templates of module 06
PODCAST_SEGMENTS = (
    ("Pembuka", (90, 120, 150, 180)),
    ("Segmen utama 1", (360, 420, 480, 540, 600)),
    ("Info layanan", (120, 150, 180)),
    ("Segmen utama 2", (360, 420, 480, 540, 600)),
    ("Rekap dan ajakan", (90, 120)),
    ("Penutup", (45, 60)),
)


def _mmss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


PODCAST_POINTS = {
    "Pembuka": "sapaan; perkenalan narasumber; janji episode untuk pendengar",
    "Segmen utama 1": "apa masalahnya; data atau fakta pendukung; pertanyaan pembawa acara",
    "Info layanan": "jadwal layanan pemda pekan ini; cara mendaftar",
    "Segmen utama 2": "pengalaman warga atau KIM; pertanyaan pendengar",
    "Rekap dan ajakan": "tiga poin penting; ajakan ke kanal informasi resmi",
    "Penutup": "terima kasih; topik episode berikutnya",
}


def make_rundown_sheet(rundowns: pd.DataFrame, episode: str = "SINT-EPS-07") -> pd.DataFrame:
    """One synthetic episode written the way a team keeps its rundown sheet (own column names)."""
    rows = rundowns[rundowns["id_episode"] == episode]
    return pd.DataFrame({
        "No": rows["urutan"].to_numpy(),
        "Susunan acara": rows["segmen"].to_numpy(),
        "Durasi target": rows["target"].to_numpy(),
        "Poin bicara": rows["segmen"].map(PODCAST_POINTS).to_numpy(),
        "Durasi aktual": rows["aktual"].to_numpy(),
    })


def make_rundowns(regions: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Synthetic podcast rundowns of six Diskominfo kab/kota: targets and recorded lengths ("mm:ss").

    Two recorded lengths are written wrongly on purpose ("7.30" with a dot, seconds above 59)
    so that the module can show how to find them.
    """
    names = regions.set_index("kode_kemendagri")["nama"]
    rows = []
    number = 0
    for code in PODCAST_REGIONS:
        region = names[code]
        place = "kampung" if code in KAMPUNG_REGIONS else ("kelurahan" if code in ("64.71", "64.72") else "desa")
        topics = rng.choice(len(PODCAST_TOPICS), size=2, replace=False)
        for topic in topics:
            number += 1
            title = PODCAST_TOPICS[int(topic)].format(wilayah=place)
            guest = str(rng.choice(PODCAST_GUESTS))
            segments = [s for s in PODCAST_SEGMENTS if not (s[0] == "Segmen utama 2" and rng.random() < 0.3)]
            targets = [int(rng.choice(choices)) for _name, choices in segments]
            plan = int(round(sum(targets) / 300 + rng.uniform(-0.6, 0.6))) * 300  # a round 5-minute plan
            for order, ((name, _choices), target) in enumerate(zip(segments, targets), start=1):
                spread = 0.22 if name.startswith("Segmen utama") else 0.15  # talk runs long in main segments
                actual = max(20, int(round(target * rng.normal(0.96, spread))))
                rows.append({
                    "id_episode": f"SINT-EPS-{number:02d}", "kode_kabkota": code, "kabkota": region,
                    "judul_episode": title, "narasumber": guest, "target_episode": _mmss(plan),
                    "urutan": order, "segmen": name, "target": _mmss(target), "aktual": _mmss(actual),
                })
    frame = pd.DataFrame(rows)
    # two recorded lengths written wrongly, outside the first episodes (the exercise uses those)
    late = frame.index[frame["id_episode"] > "SINT-EPS-06"]
    dot, wrong_seconds = rng.choice(late, size=2, replace=False)
    minutes, seconds = frame.loc[dot, "aktual"].split(":")
    frame.loc[dot, "aktual"] = f"{int(minutes)}.{seconds}"
    minutes, seconds = frame.loc[wrong_seconds, "aktual"].split(":")
    frame.loc[wrong_seconds, "aktual"] = f"{minutes}:{int(seconds) % 40 + 60}"
    return frame


# --- kalender_konten (module 04) ------------------------------------------------------------
CALENDAR_MONTH = pd.Period("2025-11", freq="M")
CALENDAR_STATE = pd.Timestamp("2025-11-10")  # the calendars as they stand on this day
CALENDAR_REGIONS = {  # kab/kota: exact posts per pillar (informasi, emosi, promosi), 35 posts each
    "64.72": (25, 7, 3), "64.71": (24, 7, 4), "64.03": (17, 8, 10), "64.08": (31, 3, 1), "64.09": (23, 8, 4),
}
CALENDAR_PLATFORMS = {  # platform: (posts in the month, formats)
    "Instagram": (12, ("foto", "carousel", "reels")), "Facebook": (9, ("foto", "video", "tautan")),
    "TikTok": (8, ("video pendek",)), "YouTube": (2, ("video", "shorts")), "WhatsApp": (4, ("pesan teks", "poster")),
}
CALENDAR_HOURS = (7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21)
CALENDAR_THEMES = {
    "informasi": ("Jadwal layanan adminduk keliling", "Info pendaftaran beasiswa daerah", "Jadwal posyandu bulan ini",
                  "Cara mengecek status bantuan sosial", "Tips mengenali hoaks", "Pengumuman jadwal angkut sampah",
                  "Rekap kegiatan pemerintah daerah sepekan", "Info lowongan kerja pemerintah daerah",
                  "Siaga banjir: nomor darurat dan titik evakuasi"),
    "emosi": ("Kisah pengurus KIM Contoh", "Terima kasih untuk petugas kebersihan", "Foto gotong royong warga",
              "Cerita guru di wilayah terpencil", "Wajah-wajah pelayan publik"),
    "promosi": ("Produk UMKM binaan (contoh)", "Ajakan berkunjung ke destinasi wisata daerah",
                "Ajakan ikut lomba video KIM (contoh)", "Festival kuliner daerah (contoh)"),
}
CALENDAR_CALLS = {"informasi": "Simak rinciannya dan bagikan kepada keluarga Anda.",
                  "emosi": "Terima kasih atas kerja bersama kita.", "promosi": "Yuk, dukung dan ramaikan!"}
CALENDAR_FLAWS = {"clashes": 6, "late_reviews": 5, "missing_captions": 7}  # off-target kab/kota: Berau, Kutai Timur


def make_calendar(regions: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Synthetic content calendars of five Diskominfo kab/kota for November 2025 (module 04).

    One row per planned post. Every account (kab/kota + platform) first gets distinct slots
    (day + clock hour); then known flaws are put in: ``CALENDAR_FLAWS["clashes"]`` posts are
    moved into the slot of another post of the same account (each clash = exactly two posts),
    review deadlines after the publication date and missing captions in future posts, and
    the pillar counts of ``CALENDAR_REGIONS`` put Berau and Kutai Timur off the 70:20:10 target.
    """
    days = CALENDAR_MONTH.days_in_month
    rows = []
    for region in regions[regions["kode_kemendagri"].isin(list(CALENDAR_REGIONS))].itertuples():
        counts = CALENDAR_REGIONS[region.kode_kemendagri]
        pillars = [p for p, n in zip(("informasi", "emosi", "promosi"), counts) for _ in range(n)]
        pillars = [pillars[i] for i in rng.permutation(len(pillars))]
        for platform, (n_posts, formats) in CALENDAR_PLATFORMS.items():
            slots = rng.choice(days * len(CALENDAR_HOURS), size=n_posts, replace=False)
            for slot in sorted(slots):
                day, hour = 1 + int(slot) // len(CALENDAR_HOURS), CALENDAR_HOURS[int(slot) % len(CALENDAR_HOURS)]
                pillar = pillars.pop()
                theme = str(rng.choice(CALENDAR_THEMES[pillar]))
                rows.append({
                    "kode_kabkota": region.kode_kemendagri, "kabkota": region.nama,
                    "tanggal": pd.Timestamp(year=2025, month=11, day=day), "jam": f"{hour:02d}:{int(rng.choice([0, 15, 30])):02d}",
                    "platform": platform, "format": str(rng.choice(formats)), "pilar": pillar, "tema": theme,
                    "caption": f"{theme}. {CALENDAR_CALLS[pillar]}",  # no "#": the kit reads CSV with comment="#"
                    "review_days": int(rng.integers(1, 4)),
                })
    frame = pd.DataFrame(rows)
    # clashes: move a post into the slot of another post of the same account (a different minute)
    accounts = list(frame.groupby(["kabkota", "platform"]).groups.items())
    chosen = rng.choice(len(accounts), size=CALENDAR_FLAWS["clashes"], replace=False)
    for number in sorted(chosen):
        index = list(accounts[number][1])
        first, second = (int(i) for i in rng.choice(index, size=2, replace=False))
        frame.loc[second, "tanggal"] = frame.loc[first, "tanggal"]
        minute = int(frame.loc[first, "jam"][3:])
        frame.loc[second, "jam"] = f"{frame.loc[first, 'jam'][:2]}:{(minute + 45) % 60:02d}"
    frame["batas_tinjau"] = frame["tanggal"] - pd.to_timedelta(frame["review_days"], unit="D")
    future = frame.index[frame["tanggal"] > CALENDAR_STATE + pd.Timedelta(days=2)]
    flawed = rng.choice(future, size=CALENDAR_FLAWS["late_reviews"] + CALENDAR_FLAWS["missing_captions"], replace=False)
    late, no_caption = flawed[:CALENDAR_FLAWS["late_reviews"]], flawed[CALENDAR_FLAWS["late_reviews"]:]
    frame.loc[late, "batas_tinjau"] = frame.loc[late, "tanggal"] + pd.to_timedelta(frame.loc[late, "review_days"], unit="D")
    frame.loc[no_caption, "caption"] = ""
    ahead = (frame["tanggal"] - CALENDAR_STATE).dt.days
    frame["status"] = np.select(
        [ahead < 0, frame["batas_tinjau"] < CALENDAR_STATE, ahead <= 7],
        ["terbit", "terjadwal", "ditinjau"], default="draf")
    frame.loc[(ahead > 14) & (rng.random(len(frame)) < 0.5), "status"] = "rencana"
    frame.loc[no_caption, "status"] = np.where(ahead[no_caption] > 14, "rencana", "draf")
    frame = frame.sort_values(["tanggal", "jam", "kode_kabkota", "platform"], kind="stable").reset_index(drop=True)
    frame.insert(0, "id_rencana", [f"SINT-KAL-{i:04d}" for i in range(1, len(frame) + 1)])
    for column in ("tanggal", "batas_tinjau"):
        frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return frame[["id_rencana", "kode_kabkota", "kabkota", "tanggal", "jam", "platform", "format", "pilar", "tema",
                  "caption", "batas_tinjau", "status"]]


# --- pesan_hoaks (module 08) -----------------------------------------------------------------
# Messages a Diskominfo receives (forwards, posts, screenshots described in text). Every text
# is invented and names only "Contoh" places and roles: no real person, no real official.
# Columns after the text are the findings of a SIFT check (kimkit.verification.QUESTIONS);
# the label is what the check concludes, so the kit's illustrative rule reproduces it.
HOAX_TEMPLATES = (
    # (kategori, bentuk, isi_pesan, emosional, minta_sebar, sumber_jelas, akun_resmi, liputan_lain,
    #  dibantah, tanggal_konteks_jelas, cocok_dengan_asal, label, jenis_first_draft, bobot)
    ("Penipuan", "tangkapan layar",
     "Tangkapan layar WhatsApp: nomor berfoto profil Kepala Dinas Contoh meminta \"bantuan dana darurat\" "
     "Rp2.500.000 ditransfer ke rekening pribadi malam ini juga.",
     True, False, False, "tidak", False, False, False, "belum ditemukan", "hoaks", "konten tiruan", 6),
    ("Pemerintahan", "tangkapan layar",
     "Akun Facebook \"Pemkab Contoh Official\" (tanpa centang, dibuat dua minggu lalu) membuka rekrutmen "
     "tenaga honorer dengan biaya pendaftaran Rp500.000. \"Bagikan ke keluarga yang butuh kerja!\"",
     False, True, False, "tidak", False, True, True, "belum ditemukan", "hoaks", "konten tiruan", 7),
    ("Pemerintahan", "pesan berantai",
     "Pesan atas nama Sekretaris Daerah Contoh: semua ASN wajib mengisi data pribadi lewat tautan terlampir "
     "sebelum pukul 17.00 hari ini. SEGERA, yang tidak mengisi dianggap mengundurkan diri!",
     True, True, False, "tidak", False, False, False, "belum ditemukan", "hoaks", "konten tiruan", 6),
    ("Penipuan", "tangkapan layar",
     "Nomor WhatsApp berfoto profil Camat Contoh mengabarkan pembagian sembako gratis; warga diminta mengirim "
     "foto KTP dan kode OTP yang masuk ke ponselnya.",
     True, True, False, "tidak", False, True, False, "belum ditemukan", "hoaks", "konten tiruan", 5),
    ("Pemerintahan", "foto dokumen",
     "Foto surat edaran Bupati Contoh: libur sekolah diperpanjang dua minggu. Nomor surat dan tanggalnya tampak "
     "ditempel ulang.",
     False, True, False, "tidak berlaku", False, True, False, "tidak", "hoaks", "konten manipulasi", 4),
    ("Kesehatan", "pesan berantai",
     "PENTING!!! Rebusan daun Contoh menyembuhkan demam berdarah dalam satu malam, kata dokter RS Contoh. "
     "Sebarkan ke semua grup sebelum dihapus!",
     True, True, False, "tidak berlaku", False, True, False, "belum ditemukan", "hoaks", "konten fabrikasi", 7),
    ("Kesehatan", "unggahan",
     "Unggahan akun warga: \"3 dari 10 anak di Desa Contoh sakit setelah imunisasi.\" Angkanya dari satu "
     "posyandu pada satu hari, tanpa keterangan sakit apa.",
     True, False, True, "tidak berlaku", False, True, False, "tidak", "hoaks", "konten menyesatkan", 4),
    ("Kebencanaan", "video",
     "Video banjir setinggi atap disebut terjadi \"tadi pagi\" di Kecamatan Contoh. Warga diminta mengungsi "
     "sekarang juga dan meneruskan video ini.",
     True, True, False, "tidak berlaku", False, False, False, "tidak", "hoaks", "konteks salah", 5),
    ("Pencemaran nama baik", "tautan",
     "Tautan berjudul \"Kepala Desa Contoh Ditangkap Aparat!\"; isi beritanya tentang kepala desa yang "
     "mengikuti pelatihan antikorupsi.",
     True, False, True, "tidak berlaku", False, False, True, "tidak", "hoaks", "koneksi salah", 3),
    ("Lainnya", "tangkapan layar",
     "Tangkapan layar artikel situs humor \"Kabar Ngawur Contoh\": jembatan Contoh akan dipindahkan ke tengah "
     "laut. Diteruskan di grup warga sebagai berita sungguhan.",
     False, False, True, "tidak berlaku", False, False, False, "tidak", "hoaks", "satire atau parodi", 2),
    ("Penipuan", "tautan",
     "Tautan pendaftaran \"bansos Rp3 juta dari Kementerian Contoh\" di situs bansos-contoh.xyz: isi NIK, "
     "nomor rekening dan kode OTP. Kuota terbatas, cepat!",
     True, True, False, "tidak", False, True, False, "belum ditemukan", "hoaks", "konten tiruan", 6),
    ("Kebencanaan", "foto",
     "Foto retakan besar di jalan disebut tanda Bendungan Contoh akan jebol malam ini. \"Viralkan agar warga "
     "selamat!\"",
     True, True, False, "tidak berlaku", False, True, False, "tidak", "hoaks", "konteks salah", 3),
    ("Politik", "video",
     "Potongan video pidato Bupati Contoh yang seolah menolak bantuan pusat; bagian awal dan akhir pidatonya "
     "dipotong.",
     True, True, False, "tidak berlaku", False, False, False, "tidak", "hoaks", "konten manipulasi", 3),
    ("Pemerintahan", "unggahan",
     "Unggahan akun resmi bercentang Disdukcapil Contoh: layanan KTP-el keliling di Kantor Kecamatan Contoh, "
     "Senin sampai Rabu pekan depan, pukul 08.00–14.00.",
     False, False, True, "ya", True, False, True, "ya", "bukan hoaks", "", 6),
    ("Kebencanaan", "pesan berantai",
     "Peringatan dini dari Stasiun Meteorologi Contoh: hujan lebat dan angin kencang sore hingga malam ini; "
     "tanggal, jam dan tautan laman resminya dicantumkan. Mohon diteruskan kepada warga.",
     False, True, True, "ya", True, False, True, "ya", "bukan hoaks", "", 5),
    ("Kesehatan", "pesan berantai",
     "Jadwal posyandu dan imunisasi Desa Contoh bulan ini, dibagikan ulang pengurus KIM dari akun resmi "
     "Puskesmas Contoh.",
     False, False, True, "ya", True, False, True, "ya", "bukan hoaks", "", 5),
    ("Pendidikan", "unggahan",
     "Pendaftaran beasiswa daerah Kabupaten Contoh dibuka; syarat lengkap di laman resmi pemkab, tanpa biaya "
     "pendaftaran.",
     False, False, True, "ya", True, False, True, "ya", "bukan hoaks", "", 4),
    ("Perdagangan", "unggahan",
     "Pasar murah Dinas Perdagangan Contoh di Lapangan Contoh hari Sabtu pukul 07.00; diumumkan akun resmi dan "
     "diberitakan media lokal.",
     False, False, True, "ya", True, False, True, "ya", "bukan hoaks", "", 3),
    ("Kejahatan", "pesan berantai",
     "Hati-hati! Ada penculikan anak dengan mobil putih di sekitar SD Contoh. Sebarkan ke semua grup orang tua!",
     True, True, False, "tidak berlaku", False, False, False, "belum ditemukan", "perlu dicek", "", 6),
    ("Kesehatan", "pesan berantai",
     "Katanya air PDAM Contoh tercemar bahan kimia, jangan diminum dulu. Dari grup sebelah.",
     True, False, False, "tidak berlaku", False, False, False, "belum ditemukan", "perlu dicek", "", 5),
    ("Perdagangan", "pesan berantai",
     "Info dari teman: harga elpiji 3 kg naik Rp10.000 mulai besok di seluruh Kecamatan Contoh.",
     False, False, False, "tidak berlaku", False, False, True, "belum ditemukan", "perlu dicek", "", 4),
    ("Pemerintahan", "pesan berantai",
     "Kabarnya jalan poros Desa Contoh ditutup total mulai Senin untuk perbaikan, tanpa jalan alternatif. "
     "Tolong diteruskan.",
     False, True, False, "tidak berlaku", False, False, True, "belum ditemukan", "perlu dicek", "", 4),
    ("Pemerintahan", "tangkapan layar",
     "Tangkapan layar unggahan akun komunitas \"Info Kecamatan Contoh\" (bukan akun pemerintah): pembagian "
     "bantuan di kantor desa besok pagi.",
     False, False, True, "tidak berlaku", False, False, True, "belum ditemukan", "perlu dicek", "", 4),
)
HOAX_CHANNELS = (["grup WhatsApp", "WhatsApp pribadi", "Facebook", "Instagram", "TikTok", "laporan warga lewat KIM"],
                 [0.4, 0.15, 0.2, 0.08, 0.07, 0.1])
HOAX_START, HOAX_DAYS = pd.Timestamp("2025-07-01"), 184  # Juli–Desember 2025
HOAX_ROWS = 160


def make_hoax_messages(rng: np.random.Generator) -> pd.DataFrame:
    """Synthetic messages reported to a Diskominfo, Jul–Dec 2025, with SIFT findings and a label."""
    weights = np.array([t[-1] for t in HOAX_TEMPLATES], dtype=float)
    picks = rng.choice(len(HOAX_TEMPLATES), size=HOAX_ROWS, p=weights / weights.sum())
    rows = []
    for pick in picks:
        (kategori, bentuk, teks, emosi, sebar, sumber, akun, liputan, dibantah, konteks, cocok, label, jenis,
         _bobot) = HOAX_TEMPLATES[int(pick)]
        rows.append({
            "tanggal_diterima": (HOAX_START + pd.Timedelta(days=int(rng.integers(0, HOAX_DAYS)))).date().isoformat(),
            "kanal": str(rng.choice(HOAX_CHANNELS[0], p=HOAX_CHANNELS[1])),
            "bentuk": bentuk, "kategori": kategori, "isi_pesan": teks,
            "bahasa_emosional": emosi, "minta_disebarkan": sebar, "sumber_jelas": sumber, "akun_resmi": akun,
            "liputan_lain": liputan, "dibantah_cek_fakta": dibantah, "tanggal_konteks_jelas": konteks,
            "cocok_dengan_asal": cocok, "label": label, "jenis_first_draft": jenis,
        })
    frame = pd.DataFrame(rows).sort_values(["tanggal_diterima", "kategori"], kind="stable").reset_index(drop=True)
    frame.insert(0, "id_pesan", [f"SINT-PSN-{i:04d}" for i in range(1, len(frame) + 1)])
    return frame


# --- draf_posting (module 09) ---------------------------------------------------------------
DRAFT_STATES = ("draf", "ditinjau", "disetujui", "dijadwalkan", "terbit")
DRAFT_PLATFORMS = ("Instagram", "Facebook", "TikTok", "X")
# (text, foto_orang, foto_anak, musik, gambar_pihak_ketiga); {nik}, {hp}, {surel}, {plat}, {kode},
# {desa} and {kab} are filled in per row. Personal data are synthetic: NIK-like numbers start with
# 00 (no province has that code), phone numbers have 0000 in the middle, e-mails use contoh.id.
DRAFT_TEXTS = {
    "bersih": [
        ("Jadwal pelayanan perekaman KTP elektronik keliling di {desa} pekan ini. Bawa fotokopi KK. "
         "Info lengkap di kanal resmi Diskominfo {kab}.", False, False, False, False),
        ("Tips mengenali hoaks sebelum membagikan pesan berantai: cek sumbernya, cek tanggalnya, "
         "dan tanyakan ke KIM di desa Anda.", False, False, False, False),
        ("Kegiatan literasi digital bersama KIM di {desa}: warga belajar memotret produk UMKM "
         "dengan ponsel.", True, False, True, False),
        ("Lomba mewarnai tingkat SD di {desa} berlangsung meriah. Selamat kepada semua "
         "peserta!", True, True, True, False),
        ("Infografis: cara melapor jalan rusak lewat KIM dan kanal aspirasi pemda.", False, False,
         False, True),
    ],
    "mirip": [
        ("APBD {kab} 2027 disahkan sebesar Rp21.350.750.000.000,00. Rinciannya dapat dilihat di "
         "laman PPID.", False, False, False, False),
        ("Keadaan darurat? Hubungi 112 (panggilan darurat, bebas pulsa) atau ambulans 119.", False,
         False, False, True),
        ("Sosialisasi UU 27/2022 tentang Pelindungan Data Pribadi untuk perangkat desa, "
         "14/12/2026 pukul 09.00 WITA.", True, False, False, False),
        ("Pemutakhiran data wilayah: kode wilayah {desa} adalah {kode}. Periksa kembali "
         "formulir Anda.", False, False, False, False),
        ("Permohonan informasi publik yang masuk 2026-11-16 sudah dicatat PPID; sesuai UU No. 14 Tahun 2008, "
         "pemberitahuan tertulis diberikan paling lambat 10 hari kerja.", False, False, False, False),
        ("Penyaluran bantuan tahap II senilai Rp1.250.000.000 kepada 1.250 keluarga di {kab}, "
         "per 02/11/2026.", True, False, True, False),
    ],
    "pribadi": [
        ("Selamat kepada penerima bantuan modal usaha, Ibu Contoh Sintetis (NIK {nik}), warga "
         "{desa}.", True, False, False, False),
        ("Kehilangan dompet berisi KTP a.n. Bapak Contoh (NIK {nik}). Yang menemukan hubungi "
         "{hp}.", False, False, False, False),
        ("Lowongan relawan KIM {desa}: kirim nama dan alamat ke {surel} atau WhatsApp {hp}.",
         False, False, False, True),
        ("Kendaraan pribadi berpelat {plat} terparkir di bahu jalan depan kantor kecamatan; pemiliknya "
         "diminta segera memindahkannya.", True, False, False, False),
        ("Juara lomba video pendek pelajar: Ananda Contoh (kelas 5, SD Sintetis {desa}), "
         "kontak orang tua {hp}.", True, True, True, False),
        ("Terima kasih atas laporan warga <{surel}> tentang lampu jalan padam di {desa}.", False,
         False, False, False),
    ],
}
DRAFT_KIND_P = ([*DRAFT_TEXTS], [0.4, 0.3, 0.3])
DRAFT_SEQUENCES_VALID = (
    ("draf",), ("draf", "ditinjau"), ("draf", "ditinjau", "disetujui"),
    ("draf", "ditinjau", "disetujui", "dijadwalkan"), ("draf", "ditinjau", "disetujui", "dijadwalkan", "terbit"),
    ("draf", "ditinjau", "draf", "ditinjau", "disetujui", "dijadwalkan", "terbit"),
    ("draf", "ditinjau", "draf"),
)
DRAFT_SEQUENCES_INVALID = (
    ("draf", "terbit"), ("draf", "disetujui", "dijadwalkan", "terbit"), ("draf", "ditinjau", "terbit"),
    ("ditinjau", "disetujui", "dijadwalkan"), ("draf", "ditinjau", "disetujui", "terbit"),
)


def _synthetic_phone(rng: np.random.Generator) -> str:
    prefix = str(rng.choice(["0812", "0813", "0852", "0857", "0878", "0896"]))
    tail = f"{int(rng.integers(0, 10000)):04d}"
    style = int(rng.integers(0, 4))
    if style == 0:
        return f"{prefix}-0000-{tail}"
    if style == 1:
        return f"{prefix} 0000 {tail}"
    if style == 2:
        return f"+62 {prefix[1:]}-0000-{tail}"
    return f"+62{prefix[1:]}0000{tail}"


def _synthetic_nik(rng: np.random.Generator) -> str:
    """16 digits starting with 00: a code no province has, so no real person's NIK."""
    digits = "00" + "".join(str(d) for d in rng.integers(0, 10, size=14))
    style = int(rng.integers(0, 3))
    if style == 0:
        return digits
    if style == 1:
        return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
    return ".".join([digits[:2], digits[2:4], digits[4:6], digits[6:12], digits[12:]])


def make_drafts(regions: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Synthetic draft posts of the 10 Diskominfo accounts awaiting the pre-publication check.

    A third contain synthetic personal data (NIK-like numbers, phone numbers, e-mails, number
    plates), a third only look-alikes that are not personal data (budgets, dates, regulation
    numbers, emergency numbers, region codes), the rest neither. The approval history is a
    valid workflow for most drafts and an invalid one (a skipped review, say) for some.
    """
    rows = []
    start = pd.Timestamp("2026-11-02")
    for number in range(60):
        region = regions.iloc[int(rng.integers(len(regions)))]
        kind = str(rng.choice(DRAFT_KIND_P[0], p=DRAFT_KIND_P[1]))
        templates = DRAFT_TEXTS[kind]
        text, people, child, music, third = templates[int(rng.integers(len(templates)))]
        word = "Kampung" if region.kode_kemendagri in KAMPUNG_REGIONS else "Desa"
        unit = int(rng.integers(1, 60))
        filled = text.format(
            nik=_synthetic_nik(rng), hp=_synthetic_phone(rng),
            surel=f"warga.sintetis{int(rng.integers(1, 99)):02d}@contoh.id",
            plat=f"KT {int(rng.integers(1000, 9999))} {str(rng.choice(['SA', 'SB', 'SX', 'SZ']))}",
            kode=f"{region.kode_kemendagri}.01.2{unit:03d}", desa=f"{word} Sintetis {unit:03d}",
            kab=region.nama,
        )
        if rng.random() < 0.15:
            sequence = DRAFT_SEQUENCES_INVALID[int(rng.integers(len(DRAFT_SEQUENCES_INVALID)))]
        else:
            sequence = DRAFT_SEQUENCES_VALID[int(rng.integers(len(DRAFT_SEQUENCES_VALID)))]
        # published drafts went out in November; the others are planned for December (data as of 30 Nov 2026)
        planned = start + pd.Timedelta(days=int(rng.integers(0, 26)) + (0 if sequence[-1] == "terbit" else 29))
        rows.append({
            "id_draf": f"SINT-DRAF-{number + 1:03d}",
            "kode_kabkota": region.kode_kemendagri,
            "kabkota": region.nama,
            "platform": str(rng.choice(DRAFT_PLATFORMS)),
            "rencana_terbit": planned.date().isoformat(),
            "teks": filled,
            "foto_orang": people,
            "foto_anak": child,
            "musik": music,
            "gambar_pihak_ketiga": third,
            "riwayat_status": " > ".join(sequence),
            "status": sequence[-1],
        })
    return pd.DataFrame(rows)


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
    # rundown_podcast (module 06): podcast rundowns, own random stream
    rundowns = make_rundowns(regions, np.random.default_rng([SEED, 6]))
    path = out / "rundown_podcast.csv"
    rundowns.to_csv(path, index=False, lineterminator="\n")
    written.append(path)
    path = out / "contoh_rundown.csv"  # one episode as a participant's own sheet (import example)
    make_rundown_sheet(rundowns).to_csv(path, index=False, lineterminator="\n")
    written.append(path)
    # kalender_konten (module 04): content calendars of five kab/kota, own random stream
    path = out / "kalender_konten.csv"
    make_calendar(regions, np.random.default_rng([SEED, 4])).to_csv(path, index=False, lineterminator="\n")
    written.append(path)
    # pesan_hoaks (module 08): messages reported to a Diskominfo with SIFT findings, own random stream
    path = out / "pesan_hoaks.csv"
    make_hoax_messages(np.random.default_rng([SEED, 8])).to_csv(path, index=False, lineterminator="\n")
    written.append(path)
    # draf_posting (module 09): draft posts awaiting the pre-publication check, own random stream
    path = out / "draf_posting.csv"
    make_drafts(regions, np.random.default_rng([SEED, 9])).to_csv(path, index=False, lineterminator="\n")
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
