"""KIM health check (module 02): an **illustrative** rubric as data, and its scoring.

No official KIM tier or health-check system has been found (per November 2025; see
domain-brief §1.7), so this rubric is a discussion tool for facilitators, not a standard:
it names no tiers, it only shows a score per dimension and the next steps for the weakest
ones. The dimensions follow what the sources do document: formation and legalisation
(SK kepala desa/lurah/kampung, AD/ART, registration), the functions of a KIM
(diseminasi, pemberdayaan, aspirasi), KIM going *vakum*, and pembinaan by Diskominfo
(bimtek, Forum KIM).

    from kimkit import kim_health
    hasil = kim_health.nilai({"kelembagaan": 2, "keaktifan": 0, ...})
    hasil.persen, hasil.prioritas            # 50.0, ("keaktifan", ...)
    kim_health.tabel_hasil(hasil)            # a table to export
    kim_health.simpan(hasil, "penilaian.xlsx", nama_kim="KIM Contoh BRU 01")

The widget ``kimkit.widgets.PenilaianKIM`` is a thin view over these functions.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kimkit.messages import msg

SKOR_MAKS = 3  # every dimension is scored 0–3
STATUS = "ilustratif"  # never an official standard


@dataclass(frozen=True)
class Dimensi:
    """One dimension: a question, four described levels (0–3), a next step for levels 0–2."""

    kunci: str
    nama: str
    pertanyaan: str
    pilihan: tuple[str, str, str, str]
    langkah: tuple[str, str, str]


RUBRIK: tuple[Dimensi, ...] = (
    Dimensi(
        "kelembagaan", "Kelembagaan dan legalitas",
        "Sejauh mana KIM ini sudah sah dan tercatat?",
        ("Belum ada pengurus yang dipilih warga.",
         "Pengurus sudah dipilih dalam musyawarah, tetapi belum ada SK kepala desa/lurah (atau kepala kampung).",
         "Sudah ada SK, tetapi AD/ART atau pendaftaran ke Diskominfo kab/kota belum selesai.",
         "Sudah ada SK dan AD/ART, terdaftar di Diskominfo kab/kota dan di KIM.id."),
        ("Fasilitasi musyawarah warga untuk memilih pengurus (ketua, sekretaris, bendahara).",
         "Dampingi pengurus mengajukan SK ke kepala desa/lurah (di Berau, Kutai Barat, Mahakam Ulu: kepala kampung).",
         "Bantu menyusun AD/ART sederhana, lalu daftarkan KIM ke Diskominfo kab/kota dan KIM.id."),
    ),
    Dimensi(
        "keaktifan", "Keaktifan kegiatan",
        "Berapa kegiatan KIM dalam 6 bulan terakhir (semua jenis, termasuk rapat pengurus)?",
        ("Tidak ada kegiatan sama sekali dalam 6 bulan terakhir (vakum).",
         "1–2 kegiatan.",
         "3–5 kegiatan.",
         "6 kegiatan atau lebih (rata-rata sedikitnya sebulan sekali)."),
        ("Kunjungi pengurus, cari tahu penyebab vakum (mis. anggaran, pengurus pindah), dan sepakati "
         "satu kegiatan kecil dalam bulan ini.",
         "Susun jadwal kegiatan bulanan sederhana bersama pengurus dan catat setiap kegiatan.",
         "Pertahankan ritme; ajak KIM melaporkan kegiatannya secara rutin ke Diskominfo."),
    ),
    Dimensi(
        "diseminasi", "Diseminasi informasi",
        "Bagaimana KIM meneruskan informasi pemerintah kepada warga?",
        ("Belum meneruskan informasi kepada warga.",
         "Kadang meneruskan pesan apa adanya (mis. diteruskan di grup WhatsApp) tanpa diolah.",
         "Mengolah informasi ke bahasa warga, tetapi belum rutin.",
         "Rutin mengolah dan menyebarkan informasi lewat dua saluran atau lebih."),
        ("Mulai dengan satu saluran yang sudah dipakai warga (mis. pertemuan rutin atau grup WhatsApp).",
         "Latih pengurus menulis ulang informasi dengan bahasa sederhana (5W+1H) sebelum disebarkan.",
         "Sepakati jadwal rutin, mis. satu ringkasan informasi setiap minggu."),
    ),
    Dimensi(
        "pemberdayaan", "Pemberdayaan dan literasi",
        "Apakah KIM menjalankan kegiatan yang menambah kemampuan warga (literasi digital, usaha)?",
        ("Belum pernah.",
         "Pernah sekali.",
         "Beberapa kali, tetapi belum terencana.",
         "Terencana dan rutin, bersama mitra (mis. UMKM, Karang Taruna, PKK)."),
        ("Tanyakan kebutuhan warga, lalu rencanakan satu kelas kecil (mis. mengenali hoaks).",
         "Jadikan kegiatan itu agenda berkala dan catat pesertanya.",
         "Susun rencana tahunan bersama mitra setempat."),
    ),
    Dimensi(
        "aspirasi", "Penyerapan dan penyaluran aspirasi",
        "Bagaimana KIM menampung dan meneruskan aspirasi warga?",
        ("Belum menampung aspirasi.",
         "Menampung secara lisan, tidak dicatat.",
         "Mencatat dan meneruskan aspirasi kepada pemerintah desa/kelurahan atau dinas.",
         "Mencatat, meneruskan, dan menyampaikan tindak lanjutnya kembali kepada warga."),
        ("Sediakan satu cara sederhana menampung aspirasi (buku catatan atau formulir).",
         "Catat setiap aspirasi (tanggal, isi, pengirim) dan teruskan kepada pihak yang berwenang.",
         "Sampaikan tindak lanjut aspirasi kembali kepada warga, mis. di pertemuan berikutnya."),
    ),
    Dimensi(
        "kapasitas", "Kapasitas dan jejaring",
        "Apakah pengurus pernah mengikuti pembinaan dan terhubung dengan KIM lain?",
        ("Belum pernah mengikuti sosialisasi atau pelatihan.",
         "Pernah mengikuti sosialisasi KIM.",
         "Pernah mengikuti bimtek (mis. jurnalistik, konten, media sosial).",
         "Aktif di Forum KIM kab/kota atau provinsi dan berbagi pengalaman dengan KIM lain."),
        ("Undang pengurus ke sosialisasi KIM berikutnya di kecamatan atau kab/kota.",
         "Ikutkan pengurus dalam bimtek penulisan dan media sosial.",
         "Hubungkan KIM dengan Forum KIM kab/kota atau provinsi."),
    ),
)

DIMENSI: dict[str, Dimensi] = {d.kunci: d for d in RUBRIK}


@dataclass(frozen=True)
class HasilPenilaian:
    """The result of one assessment: a score per dimension, the total and what to do next."""

    skor: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.skor.values())

    @property
    def maksimum(self) -> int:
        return SKOR_MAKS * len(self.skor)

    @property
    def persen(self) -> float:
        return round(self.total / self.maksimum * 100, 1)

    @property
    def prioritas(self) -> tuple[str, ...]:
        """Dimensions with the lowest score below the maximum (the first to work on), rubric order."""
        lowest = min(self.skor.values())
        if lowest >= SKOR_MAKS:
            return ()
        return tuple(k for k, v in self.skor.items() if v == lowest)

    def langkah(self) -> list[tuple[str, str]]:
        """(dimension name, next step) for every dimension below the maximum, priorities first."""
        order = list(self.prioritas) + [k for k in self.skor if k not in self.prioritas]
        return [(DIMENSI[k].nama, DIMENSI[k].langkah[self.skor[k]]) for k in order if self.skor[k] < SKOR_MAKS]


def nilai(jawaban: Mapping[str, int | None]) -> HasilPenilaian:
    """Score a completed rubric: ``jawaban`` maps every dimension key to a level 0–3.

    Raises ``ValueError`` (in Indonesian) naming the dimensions not answered yet, an
    unknown dimension, or a level outside 0–3.
    """
    unknown = [k for k in jawaban if k not in DIMENSI]
    if unknown:
        raise ValueError(msg("penilaian.unknown_dimension", name=unknown[0], available=", ".join(DIMENSI)))
    missing = [d.nama for d in RUBRIK if jawaban.get(d.kunci) is None]
    if missing:
        raise ValueError(msg("penilaian.missing", names=", ".join(missing)))
    skor = {}
    for d in RUBRIK:
        level = jawaban[d.kunci]
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= SKOR_MAKS:
            raise ValueError(msg("penilaian.bad_level", name=d.nama, value=repr(level)))
        skor[d.kunci] = int(level)
    return HasilPenilaian(skor)


def rubrik_tabel() -> pd.DataFrame:
    """The rubric as a table (one row per dimension, one column per level), for reading."""
    return pd.DataFrame(
        [[d.nama] + list(d.pilihan) for d in RUBRIK],
        columns=["dimensi"] + [f"skor {i}" for i in range(SKOR_MAKS + 1)],
    ).set_index("dimensi")


def tabel_hasil(hasil: HasilPenilaian, nama_kim: str = "", tanggal: _dt.date | None = None) -> pd.DataFrame:
    """One row per dimension: KIM, date, dimension, level chosen, score, next step."""
    tanggal = tanggal or _dt.date.today()
    rows = []
    for d in RUBRIK:
        level = hasil.skor[d.kunci]
        rows.append({
            "kim": nama_kim,
            "tanggal_penilaian": tanggal.isoformat(),
            "dimensi": d.nama,
            "keadaan": d.pilihan[level],
            "skor": level,
            "skor_maksimum": SKOR_MAKS,
            "prioritas": "ya" if d.kunci in hasil.prioritas else "",
            "langkah_berikutnya": d.langkah[level] if level < SKOR_MAKS else msg("penilaian.keep_going"),
        })
    rows.append({"kim": nama_kim, "tanggal_penilaian": tanggal.isoformat(), "dimensi": msg("penilaian.total"),
                 "keadaan": msg("penilaian.note_illustrative"), "skor": hasil.total,
                 "skor_maksimum": hasil.maksimum, "prioritas": "", "langkah_berikutnya": ""})
    return pd.DataFrame(rows)


def simpan(hasil: HasilPenilaian, path: str | Path, nama_kim: str = "",
           tanggal: _dt.date | None = None) -> Path:
    """Write the result table to ``path`` (``.xlsx`` for Excel, else CSV); return the full path.

    The CSV uses ``;`` as separator and a UTF-8 BOM, which Excel set to Indonesian opens
    directly (Indonesian Excel uses the comma as decimal mark).
    """
    path = Path(path).expanduser().resolve()
    table = tabel_hasil(hasil, nama_kim, tanggal)
    if path.suffix.lower() == ".xlsx":
        table.to_excel(path, index=False, sheet_name="penilaian_kim")
    else:
        table.to_csv(path, index=False, sep=";", encoding="utf-8-sig")
    return path


def nama_berkas(nama_kim: str, tanggal: _dt.date | None = None, ekstensi: str = "xlsx") -> str:
    """A safe default file name, e.g. ``penilaian_KIM_Contoh_BRU_01_2025-12-31.xlsx``."""
    tanggal = tanggal or _dt.date.today()
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in (nama_kim or "KIM").strip())
    safe = "_".join(part for part in safe.split("_") if part) or "KIM"
    return f"penilaian_{safe}_{tanggal.isoformat()}.{ekstensi}"
