"""Captions and leads for digital media, as pure functions (module 05, caption checker).

This module is the **single place** where the kit keeps the dated platform limits of
module 05 (``LIMITS``, from the domain brief §3.2); the notebook, the exercise and the
widget ``kimkit.widgets.PemeriksaKeterangan`` all read them from here. Platform limits
change often: every entry carries its date, source and reliability tag, and the notebook
tells participants to verify them in the app before use.

How lengths are counted here: ``len()`` of the text after Windows line ends (``\\r\\n``)
become ``\\n``, i.e. Unicode code points; a line break is one character. How each platform
counts emoji (a combined emoji such as a skin-tone or flag emoji is two or more code points
here), line breaks and links is **not verified** in the kit's sources (per January 2026),
so a caption close to a limit should be checked in the app.

The 5W+1H check is a **pattern heuristic**: it looks for cue words (day and month names,
place words, institutions, "untuk", "dengan", …). A cue found does not prove the element is
really answered, and a missing cue does not prove it is absent (names of people, for
instance, are not recognised). It is a reminder for the writer, never a grade.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from kimkit.messages import angka, msg

VERIFIED_AS_OF = "Januari 2026"
TAGS = ("V", "S", "D", "U")
PLATFORMS = ("Instagram", "TikTok", "X", "Facebook")
LEAD_RANGE = (20, 35)  # words: the brief's [D] sources range from 17 to 45; the kit teaches ~20–35


@dataclass(frozen=True)
class Limit:
    """One dated platform limit.

    ``kind``: ``keterangan`` (caption length), ``terlihat`` (characters visible before
    "more"/"See more"), ``tagar`` (hashtags per post) or ``premium`` (paid long posts).
    ``used``: the value the caption checker compares against (one per platform and kind).
    """

    platform: str
    kind: str
    value: int
    dated: str
    source: str
    tag: str
    used: bool
    note: str = ""


LIMITS: tuple[Limit, ...] = (
    Limit("Instagram", "keterangan", 2200, "panduan 2024–2026 (halaman resmi Meta tidak ditemukan)",
          "https://charcounter.online/instagram.html ; https://blog.aitoearn.ai/instagram-post-character-limit-2025-guide",
          "V", True),
    Limit("Instagram", "terlihat", 125, "panduan 2024–2026 (perkiraan)",
          "https://charcounter.online/instagram.html ; https://blog.aitoearn.ai/instagram-post-character-limit-2025-guide",
          "V", True),
    Limit("Instagram", "tagar", 30, "sejak 2011 sampai Desember 2025",
          "https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/",
          "V", False, "batas lama"),
    Limit("Instagram", "tagar", 5, "diumumkan ±18–19 Desember 2025 lewat akun @creators, diterapkan bertahap",
          "https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/ ; "
          "https://www.socialsamosa.com/news-2/instagram-hashtags-five-per-post-10923075",
          "V", True, "berlaku untuk posting dan Reels"),
    Limit("TikTok", "keterangan", 2200, "sejak September 2022 (sebelumnya 300)",
          "https://www.theleap.co/blog/tiktok-caption-character-limit-increase-2200/ ; "
          "https://napoleoncat.com/dictionary/tiktok-character-count",
          "V", True),
    Limit("TikTok", "keterangan", 4000, "tanggal perubahannya belum ditemukan",
          "https://lettercounter.org/blog/tiktok-character-limit-guide",
          "S", False, "menurut satu sumber; pemeriksa memakai 2.200 yang terverifikasi"),
    Limit("X", "keterangan", 280, "sejak 7 November 2017, akun gratis",
          "https://chatbotviet.ai/kh/x-twitter-character-count-history-limits-and-how-to-tweet-effectively ; "
          "https://the-voyage-pathways.com/blog/2023/06/27/twitter-now-allows-subscribers-to-post-25000-character-long-tweets/",
          "V", True),
    Limit("X", "premium", 25000, "sejak 20 Juni 2023, akun Premium (4.000 pada Februari 2023, 10.000 pada April 2023)",
          "https://the-voyage-pathways.com/blog/2023/06/27/twitter-now-allows-subscribers-to-post-25000-character-long-tweets/ ; "
          "https://spidersweb.pl/2024/03/artykuly-na-x-twitterze.html",
          "V", False, "hanya akun berbayar"),
    Limit("Facebook", "keterangan", 63206, "alat penghitung 2025–2026",
          "https://socialk.it/fr/tools/facebook-character-counter ; https://ferryman.io/character-limits/facebook",
          "V", True),
    Limit("Facebook", "terlihat", 125, "alat penghitung 2025–2026 (perkiraan, tampilan ponsel)",
          "https://www.posthell.com/tools/facebook-character-counter", "S", True,
          "batas \"Lihat selengkapnya\" di ponsel"),
    Limit("Facebook", "terlihat", 477, "alat penghitung 2025–2026 (perkiraan, tampilan desktop)",
          "https://www.posthell.com/tools/facebook-character-counter", "S", False,
          "batas \"Lihat selengkapnya\" di desktop"),
)

ELEMENTS = ("apa", "siapa", "kapan", "di mana", "mengapa", "bagaimana")

_DAYS = r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
_MONTHS = (r"januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
           r"|jan|feb|mar|apr|jun|jul|agu|agt|sep|sept|okt|nov|des")
_REGIONS = (r"paser|kutai kartanegara|kukar|berau|kutai barat|kubar|kutai timur|kutim|penajam paser utara|ppu"
            r"|mahakam ulu|mahulu|balikpapan|samarinda|bontang|tanah grogot|tenggarong|tanjung redeb|sendawar"
            r"|sangatta|penajam|ujoh bilang|kalimantan timur|kaltim")
_I = re.IGNORECASE
CUES: dict[str, tuple[re.Pattern, ...]] = {
    "apa": (
        re.compile(r"\b(kegiatan|acara|pelatihan|sosialisasi|vaksinasi|imunisasi|lomba|festival|rapat|musyawarah"
                   r"|pameran|peluncuran|pembukaan|penyaluran|bantuan|perbaikan|pembangunan|layanan|pendaftaran"
                   r"|gotong royong|kerja bakti|posyandu|program|bimtek|bimbingan teknis|lokakarya|seminar"
                   r"|penanaman|pemeriksaan|pengobatan|pasar murah|donor darah|pemadaman|penutupan|peresmian)\b", _I),
        re.compile(r"\b(melatih|dilatih|menggelar|mengadakan|melaksanakan|meluncurkan|membuka|menyalurkan|meresmikan|membagikan"
                   r"|memperbaiki|membangun|mengumumkan|menutup|digelar|diadakan|dilaksanakan|diluncurkan|dibuka"
                   r"|disalurkan|diresmikan|dibagikan|diperbaiki|dibangun|diumumkan|ditutup)\b", _I),
    ),
    "siapa": (
        re.compile(r"\b(diskominfo|komdigi|kominfo|dinas|pemkab|pemkot|pemprov|pemerintah|bupati|wali kota|walikota"
                   r"|gubernur|camat|lurah|kepala desa|kepala kampung|petinggi|pengurus|kim|puskesmas|rsud|bpbd"
                   r"|pdam|petugas|relawan|kader|warga|masyarakat|pelajar|siswa|guru|nelayan|petani|umkm|peserta"
                   r"|panitia|komunitas|forum)\b", _I),
    ),
    "kapan": (
        re.compile(rf"\b({_DAYS})\b", _I),
        re.compile(rf"\b\d{{1,2}}\s+({_MONTHS})\b", _I),
        re.compile(r"\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b", _I),
        re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b"),
        re.compile(r"\(\d{1,2}/\d{1,2}\)"),  # "(3/2)": day/month in brackets, common in Indonesian news
        re.compile(r"\bpukul\s+\d{1,2}([.:]\d{2})?\b", _I),
        re.compile(r"\b(WITA|WIB|WIT)\b"),
        re.compile(r"\b(hari ini|besok|lusa|kemarin|pekan (ini|depan|lalu)|bulan (ini|depan|lalu))\b", _I),
    ),
    "di mana": (
        re.compile(r"\bdi\s+(?!Mana\b)[A-Z][\w-]*"),  # the preposition "di" (written apart, EYD) before a name
        re.compile(r"\b(desa|kampung|kelurahan|kecamatan|kabupaten|balai|gedung|kantor|aula|lapangan|jalan|jl"
                   r"|pendopo|masjid|gereja|sekolah|pasar|taman|rt|rw|dermaga|pelabuhan|stadion|gor|alun-alun)\b", _I),
        re.compile(rf"\b({_REGIONS})\b", _I),
    ),
    "mengapa": (
        re.compile(r"\b(untuk|agar|supaya|karena|sebab|guna|dalam rangka|demi|bertujuan|tujuannya|akibat|sehingga"
                   r"|mengingat)\b", _I),
    ),
    "bagaimana": (
        re.compile(r"\b(dengan|melalui|lewat|secara|caranya|menggunakan|memakai|membawa|gratis|tanpa biaya"
                   r"|syaratnya|cukup)\b", _I),
    ),
}

_URL = re.compile(r"(?:https?://|www\.)\S+", _I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HASHTAG = re.compile(r"(?<![\w&#])#(\w*[^\W\d_]\w*)")  # a letter is required: "#1" is not a hashtag here


class CaptionError(ValueError):
    """Input the checker cannot use; the message says what to do, in Indonesian."""


# --- the limits table --------------------------------------------------------------------------

def limits_table(platforms: Iterable[str] | None = None) -> pd.DataFrame:
    """The dated limits as a table with Indonesian headers (for the notebook)."""
    rows = [
        {"platform": lim.platform, "batasan": msg(f"captions.kind.{lim.kind}"), "nilai": lim.value,
         "berlaku": lim.dated, "tanda": f"[{lim.tag}]", "dipakai_pemeriksa": "ya" if lim.used else "tidak",
         "catatan": lim.note, "sumber": lim.source}
        for lim in LIMITS if platforms is None or lim.platform in set(platforms)
    ]
    return pd.DataFrame(rows)


def limit(platform: str, kind: str) -> Limit | None:
    """The limit the checker uses for ``platform`` and ``kind`` (None when the sources give none)."""
    for lim in LIMITS:
        if lim.platform == platform and lim.kind == kind and lim.used:
            return lim
    return None


def caption_limits() -> pd.Series:
    """Caption length limit the checker uses per platform (index: platform), from ``LIMITS``."""
    values = {p: limit(p, "keterangan").value for p in PLATFORMS}
    return pd.Series(values, name="batas_karakter").rename_axis("platform")


# --- lengths ---------------------------------------------------------------------------------

def normalise(text) -> str:
    """The text as a string with Windows/Mac line ends turned into ``\\n``."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return str(text).replace("\r\n", "\n").replace("\r", "\n")


def length(text) -> int:
    """Characters as the kit counts them: Unicode code points, a line break counts as one."""
    return len(normalise(text))


def visible_part(text, limit_chars: int = 125) -> str:
    """The first ``limit_chars`` characters: roughly what shows before "more" (an estimate)."""
    return normalise(text)[:limit_chars]


def word_count(text) -> int:
    """Words separated by spaces or line breaks, as ``len(text.split())``."""
    return len(normalise(text).split())


def lead_verdict(words: int) -> str:
    """``pendek``, ``pas`` or ``panjang`` against the taught range of ~20–35 words."""
    low, high = LEAD_RANGE
    return "pendek" if words < low else "panjang" if words > high else "pas"


# --- hashtags ----------------------------------------------------------------------------------

def hashtags(text) -> list[str]:
    """Hashtags (``#kata``) in order of appearance, duplicates kept; none from links or e-mail addresses."""
    cleaned = _EMAIL.sub(" ", _URL.sub(" ", normalise(text)))
    return ["#" + tag for tag in _HASHTAG.findall(cleaned)]


def duplicate_hashtags(tags: Sequence[str]) -> list[str]:
    """Hashtags written more than once (upper/lower case ignored), each listed once."""
    seen: dict[str, str] = {}
    repeated: list[str] = []
    for tag in tags:
        key = tag.casefold()
        if key in seen and seen[key] not in repeated:
            repeated.append(seen[key])
        seen.setdefault(key, tag)
    return repeated


# --- 5W+1H cues --------------------------------------------------------------------------------

def element_cues(text) -> dict[str, list[str]]:
    """For each 5W+1H element, the cue words found (empty list: no cue found)."""
    body = normalise(text)
    found: dict[str, list[str]] = {}
    for element in ELEMENTS:
        cues: list[str] = []
        for pattern in CUES[element]:
            for match in pattern.finditer(body):
                word = match.group(0).strip()
                if word.casefold() not in {c.casefold() for c in cues}:
                    cues.append(word)
        found[element] = cues
    return found


def missing_elements(text) -> list[str]:
    """The 5W+1H elements for which no cue was found, in the order apa, siapa, kapan, di mana, mengapa, bagaimana."""
    return [element for element, cues in element_cues(text).items() if not cues]


# --- alt text ----------------------------------------------------------------------------------

def alt_text_issue(has_image: bool, alt_text: str = "") -> str | None:
    """A message key when a post with an image has no usable alt text, else None."""
    if not has_image:
        return None
    alt = " ".join(normalise(alt_text).split())
    if not alt:
        return "captions.alt.missing"
    if len(alt.split()) < 3:
        return "captions.alt.too_short"
    return None


# --- the whole check ---------------------------------------------------------------------------

@dataclass
class CaptionCheck:
    """The result of :func:`check_caption`; ``table`` has one row per chosen platform."""

    text: str
    length: int
    hashtags: list[str]
    duplicates: list[str]
    table: pd.DataFrame
    cues: dict[str, list[str]]
    missing: list[str]
    alt_issue: str | None
    platforms: list[str] = field(default_factory=list)

    @property
    def fits_everywhere(self) -> bool:
        return bool(self.table["muat"].all() and self.table["tagar_ok"].all())


def check_caption(text, platforms: Sequence[str] = PLATFORMS, has_image: bool = False,
                  alt_text: str = "") -> CaptionCheck:
    """Check one caption against the limits of ``platforms``; raises :class:`CaptionError` on bad input."""
    body = normalise(text)
    if not body.strip():
        raise CaptionError(msg("captions.empty"))
    chosen = [p for p in PLATFORMS if p in set(platforms)]
    unknown = [p for p in platforms if p not in PLATFORMS]
    if unknown:
        raise CaptionError(msg("captions.unknown_platform", names=", ".join(map(str, unknown)),
                               options=", ".join(PLATFORMS)))
    if not chosen:
        raise CaptionError(msg("captions.no_platform"))
    tags = hashtags(body)
    size = length(body)
    rows = []
    for platform in chosen:
        cap, fold, tag_limit = (limit(platform, k) for k in ("keterangan", "terlihat", "tagar"))
        rows.append({
            "platform": platform,
            "panjang": size,
            "batas": cap.value,
            "sisa": cap.value - size,
            "muat": size <= cap.value,
            "batas_berlaku": f"{cap.dated} [{cap.tag}]",
            "tagar": len(tags),
            "batas_tagar": tag_limit.value if tag_limit else None,
            "tagar_ok": tag_limit is None or len(tags) <= tag_limit.value,
            "tagar_berlaku": f"{tag_limit.dated} [{tag_limit.tag}]" if tag_limit else "",
            "terlihat": visible_part(body, fold.value) if fold else body,
            "terpotong": bool(fold) and size > fold.value,
        })
    cues = element_cues(body)
    return CaptionCheck(
        text=body, length=size, hashtags=tags, duplicates=duplicate_hashtags(tags),
        table=pd.DataFrame(rows), cues=cues, missing=[e for e, c in cues.items() if not c],
        alt_issue=alt_text_issue(has_image, alt_text), platforms=chosen,
    )


def report_text(result: CaptionCheck) -> str:
    """The check as plain Indonesian text, to paste into a chat or a review note."""
    lines = [msg("captions.report.head", n=angka(result.length), tags=len(result.hashtags),
                 date=VERIFIED_AS_OF)]
    for row in result.table.itertuples():
        key = "captions.report.fits" if row.muat else "captions.report.too_long"
        line = msg(key, platform=row.platform, n=angka(row.panjang), limit=angka(row.batas),
                   over=angka(-row.sisa), dated=row.batas_berlaku)
        if pd.notna(row.batas_tagar):
            line += " " + msg("captions.report.tags_ok" if row.tagar_ok else "captions.report.tags_over",
                              n=row.tagar, limit=int(row.batas_tagar), dated=row.tagar_berlaku)
        lines.append("- " + line)
    if result.duplicates:
        lines.append("- " + msg("captions.report.duplicates", tags=", ".join(result.duplicates)))
    present = [e for e in ELEMENTS if e not in result.missing]
    lines.append("- " + msg("captions.report.elements", present=", ".join(present) or "–",
                            missing=", ".join(result.missing) or "–"))
    lines.append("- " + msg(result.alt_issue or "captions.alt.ok"))
    lines.append(msg("captions.report.note"))
    return "\n".join(lines)


# --- synthetic practice drafts -------------------------------------------------------------------

def _schedule() -> str:
    """A long synthetic PPU caption: a vaccination schedule per (fictional) village, over 2,200 characters."""
    days = ["Senin, 9 Februari 2026", "Selasa, 10 Februari 2026", "Rabu, 11 Februari 2026",
            "Kamis, 12 Februari 2026", "Jumat, 13 Februari 2026"]
    lines = ["Jadwal imunisasi anak keliling Puskesmas Contoh di Penajam Paser Utara, Februari 2026. "
             "Bawa buku KIA dan datang tepat waktu, layanan gratis.", ""]
    for number in range(1, 31):
        lines.append(f"{number}. Desa Sintetis {number:03d}: {days[(number - 1) % 5]}, pukul "
                     f"{8 + (number - 1) % 4:02d}.00 WITA, balai desa")
    lines += ["", "Informasi lengkap: hubungi pengurus KIM di desa Anda. #ImunisasiPPU #PPUSehat"]
    return "\n".join(lines)


def sample_drafts() -> pd.DataFrame:
    """Ten **synthetic** press-release drafts (one per kab/kota of Kaltim) for module 05.

    Columns: ``id_draf``, ``kabkota``, ``judul``, ``lead``, ``keterangan`` (the caption for
    social media), ``ada_gambar`` (the post has a photo) and ``teks_alternatif`` (its alt
    text, empty when missing). Some drafts have deliberate gaps (a missing 5W+1H element,
    a lead that is too long or too short, too many hashtags, a caption too long for a
    platform, a photo without alt text) for practice. All names are invented.
    """
    rows = [
        ("SINT-DRAF-01", "Paser",
         "Diskominfo Paser Latih 40 Pengurus KIM Menulis Berita",
         "Diskominfo Paser melatih 40 pengurus KIM menulis berita desa pada Selasa, 3 Februari 2026, di Aula "
         "Kantor Bupati di Tanah Grogot dengan praktik langsung agar kabar desa cepat sampai ke warga.",
         "Selasa (3/2) Diskominfo Paser melatih 40 pengurus KIM menulis berita desa di Tanah Grogot. "
         "Peserta langsung praktik menulis lead 5W+1H. #KIMPaser #LiterasiDigital #PaserKita",
         True, "Empat puluh peserta duduk berkelompok di aula, seorang pelatih menunjuk contoh berita di layar."),
        ("SINT-DRAF-02", "Kutai Kartanegara",
         "KIM Contoh KKR 07 Gelar Kerja Bakti Bersihkan Parit",
         "Pengurus KIM Contoh KKR 07 bersama warga Desa Sintetis 012 menggelar kerja bakti membersihkan parit "
         "di sepanjang Jalan Poros Desa dengan membawa alat sendiri agar air hujan tidak meluap ke rumah warga.",
         "Warga Desa Sintetis 012 bergotong royong membersihkan parit bersama #KIMKukar. Terima kasih untuk "
         "semua yang hadir! #Kukar #KerjaBakti #GotongRoyong #DesaBersih #Kaltim #IdamanKukar",
         True, "Warga membersihkan parit dengan cangkul dan karung sampah di tepi jalan desa."),
        ("SINT-DRAF-03", "Berau",
         "Posyandu Keliling Layani Balita di Tiga Kampung",
         "Puskesmas Contoh Berau bersama kader posyandu dan pengurus KIM menggelar posyandu keliling di tiga "
         "kampung pesisir, yakni Kampung Sintetis 004, Kampung Sintetis 005, dan Kampung Sintetis 006, pada "
         "Kamis, 5 Februari 2026, dengan menimbang dan mengukur tinggi badan balita untuk memantau gizi anak "
         "sejak dini.",
         "Posyandu keliling hadir di tiga kampung pesisir Berau, Kamis (5/2). Ayo bawa balita Anda untuk "
         "ditimbang! Jadwal lengkap ada di kantor kampung. #BerauSehat #Posyandu",
         True, ""),
        ("SINT-DRAF-04", "Kutai Barat",
         "Pasar Murah Digelar di Sendawar",
         "Dinas Perdagangan Contoh Kutai Barat menggelar pasar murah di Lapangan Sendawar pada Rabu, "
         "11 Februari 2026, mulai pukul 08.00 WITA; warga cukup membawa KTP dan kantong belanja sendiri.",
         "PASAR MURAH di Sendawar! 🛒\nRabu, 11 Februari 2026, mulai pukul 08.00 WITA di Lapangan Sendawar.\n"
         "Tersedia beras, minyak goreng, gula, dan telur dengan harga di bawah harga pasar. Setiap warga boleh "
         "membeli paling banyak dua paket. Bawa KTP dan kantong belanja sendiri, ya.\n"
         "Info: pengurus KIM di kampung Anda. #PasarMurah #KutaiBarat",
         True, "Spanduk pasar murah terpasang di depan tenda, warga antre membawa kantong belanja."),
        ("SINT-DRAF-05", "Kutai Timur",
         "Pendaftaran Beasiswa Pelajar Dibuka Hingga Akhir Februari",
         "Pemkab Contoh Kutai Timur membuka pendaftaran beasiswa bagi pelajar SMA sampai 27 Februari 2026 "
         "secara daring agar lebih banyak anak dari keluarga kurang mampu dapat melanjutkan sekolah.",
         "Pendaftaran beasiswa pelajar SMA dibuka sampai 27 Februari 2026. Daftar secara daring di "
         "https://contoh.kutaitimurkab.go.id/beasiswa#syarat atau tanya lewat beasiswa@contoh.go.id. "
         "#BeasiswaKutim #PelajarHebat",
         False, ""),
        ("SINT-DRAF-06", "Penajam Paser Utara",
         "Imunisasi Anak Keliling di 30 Desa PPU",
         "Puskesmas Contoh Penajam Paser Utara menggelar imunisasi anak keliling di 30 desa mulai Senin, "
         "9 Februari 2026, dengan jadwal per desa agar orang tua tidak perlu ke kota.",
         _schedule(),
         True, "Petugas kesehatan menyuntikkan vaksin pada lengan balita yang dipangku ibunya."),
        ("SINT-DRAF-07", "Mahakam Ulu",
         "Listrik Padam Bergilir Sepekan",
         "Pemadaman listrik bergilir berlangsung selama sepekan mulai Senin, 16 Februari 2026, di Kampung "
         "Sintetis 021 dan Kampung Sintetis 022 karena perawatan jaringan.",
         "Pemadaman listrik bergilir di Kampung Sintetis 021 dan 022 mulai Senin (16/2) selama sepekan. "
         "Simpan air dan isi daya ponsel sebelum jadwal padam. #Mahulu #InfoKampung",
         False, ""),
        ("SINT-DRAF-08", "Balikpapan",
         "Donor Darah Hari Jadi KIM",
         "Forum KIM Balikpapan mengadakan donor darah di Gedung Serbaguna Kelurahan Sintetis 031 pada Sabtu, "
         "14 Februari 2026, pukul 08.00–12.00 WITA, untuk menambah stok darah rumah sakit setempat.",
         "Ayo donor darah! Sabtu (14/2) pukul 08.00–12.00 WITA di Gedung Serbaguna Kelurahan Sintetis 031. "
         "Cukup bawa KTP dan pastikan Anda sudah sarapan. 📢\n#DonorDarah #Balikpapan #KIMBalikpapan",
         True, "Relawan berbaju merah membantu pendonor yang berbaring di ranjang lipat di dalam gedung."),
        ("SINT-DRAF-09", "Samarinda",
         "Layanan KTP Keliling",
         "Layanan KTP keliling hadir di Samarinda pekan ini.",
         "Layanan KTP keliling hadir lagi! 📇 #Samarinda #LayananPublik #samarinda #KTPKeliling #SAMARINDA",
         True, "Foto"),
        ("SINT-DRAF-10", "Bontang",
         "Lomba Video Pendek Pelajar Bontang",
         "Diskominfo Contoh Bontang menggelar lomba video pendek bagi pelajar SMP dan SMA se-Kota Bontang "
         "pada 2–20 Februari 2026 untuk menumbuhkan minat pelajar membuat konten positif.",
         "Lomba video pendek untuk pelajar SMP dan SMA se-Kota Bontang! 🎬\n\n"
         "Kirim videomu 2–20 Februari 2026.\nTema: \"Bontang Bersih, Bontang Sehat\".\n\n"
         "#LombaVideo #Bontang #PelajarKreatif",
         False, ""),
    ]
    frame = pd.DataFrame(rows, columns=["id_draf", "kabkota", "judul", "lead", "keterangan", "ada_gambar",
                                        "teks_alternatif"])
    frame["ada_gambar"] = frame["ada_gambar"].astype(bool)
    return frame
