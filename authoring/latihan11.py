"""Latihan 11 — Proyek akhir: rencana kampanye satu bulan (sumber tunggal; `make exercises` membuat sisanya).

The plan questions use the engine's ``Plan`` kind: each grades a named subset of the public
constraints of ``kimkit.campaign`` (partial credit); the written task is the plan's rationale.
"""

from kimkit import campaign
from tools.authoring import Choice, Code, Exercise, Markdown, Mistake, Plan, Question, Task

KAB = 'KABKOTA = "Paser"   # ganti dengan kab/kota Anda\n'
MEDIA = '''media = pd.DataFrame({"tanggal": pd.date_range("2027-01-04", periods=10, freq="3D")})
media["jam"] = "19:00"
media["jalur"] = "media"
media["platform"] = ["Instagram", "Facebook"] * 5
media["pilar"] = ["informasi", "informasi", "emosi", "informasi", "informasi",
                  "promosi", "informasi", "informasi", "emosi", "informasi"]
media["tema"] = [TEMA[pilar] for pilar in media["pilar"]]
media["kim"] = media["desa"] = ""
'''
DISTRIBUSI = '''kim_saya = kim[kim["kabkota"] == KABKOTA].head(3)
distribusi = pd.DataFrame({"kim": kim_saya["nama_kim"], "desa": kim_saya["desa_kelurahan"]})
distribusi["tanggal"] = pd.date_range("2027-01-08", periods=len(distribusi), freq="7D")
distribusi["jalur"] = "KIM"
distribusi["tema"] = "Poster jadwal layanan untuk grup WhatsApp dan papan informasi desa"
distribusi["jam"] = distribusi["platform"] = distribusi["pilar"] = ""
'''


def plan(variable: str, *checks: str) -> Plan:
    return Plan(variable, columns=campaign.COLUMNS, checks=checks, params=campaign.PARAMS)


SOURCE = Exercise(
    name="latihan11",
    title="Latihan 11 — Proyek akhir: rencana kampanye satu bulan",
    minutes=30,
    intro="""
Latihan ini adalah proyek akhir kursus: Anda menyusun **rencana kampanye satu bulan** untuk
kab/kota Anda sendiri, yang menggabungkan **konten media** (Modul 04–09) dan **distribusi lewat
KIM** (Modul 01–03). Rencana disimpan sebagai tabel pandas; syarat-syaratnya diperiksa otomatis
(soal 1–3), lalu Anda menjelaskan alasan rencana itu dengan kata-kata sendiri (soal 5).

**Data:** `wilayah` adalah data nyata 10 kab/kota Kalimantan Timur (jumlah kecamatan dan
desa/kelurahan menurut kode Kepmendagri 2025; penduduk terdaftar Dukcapil Desember 2024). `kim`
adalah **data sintetis**: nama KIM dan desanya rekaan (berisi kata "Contoh"/"Sintetis"). Di
tempat kerja, ganti dengan daftar KIM binaan Anda.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data
import kimkit.campaign as kampanye

wilayah = kimkit.data.wilayah_kaltim()   # data nyata
kim = kimkit.data.kim_kaltim()           # data SINTETIS: KIM rekaan
TEMA = {"informasi": "Jadwal dan syarat layanan adminduk keliling",
        "emosi": "Cerita warga yang terbantu layanan keliling",
        "promosi": "Ajakan datang ke layanan keliling"}
""",
    parts=[
        Markdown("syarat", """
## Tugas dan syaratnya

Rencana Anda adalah tabel dengan satu baris per kegiatan dan kolom `tanggal`, `jam`, `jalur`,
`platform`, `pilar`, `tema`, `kim`, `desa`:

- **baris media** (`jalur` = `"media"`): satu unggahan; isi `jam` (WITA), `platform`
  (Instagram, TikTok, Facebook, YouTube, WhatsApp, Podcast), `pilar` (`informasi`, `emosi`,
  `promosi`) dan `tema`; `kim` dan `desa` dikosongkan (`""`);
- **baris KIM** (`jalur` = `"KIM"`): materi yang dititipkan kepada satu KIM untuk warganya; isi
  `kim`, `desa` dan `tema` (materinya); `jam`, `platform`, `pilar` boleh kosong.

Syarat yang diperiksa (sama dengan daftar periksa `RencanaKampanye` di Modul 11):

1. **isian**: setiap baris punya tanggal yang terbaca, jalur dan tema; baris media punya jam,
   platform dan pilar yang dikenal; baris KIM punya nama KIM dan desanya;
2. **bulan**: semua tanggal dalam **satu bulan kalender**, dan di setiap blok tanggal 1–7, 8–14,
   15–21 dan 22–akhir bulan ada **paling sedikit 2 baris media**;
3. **pilar**: porsi baris media per pilar dalam rentang **informasi 60–80%, emosi 10–30%,
   promosi 0–20%** (target 70 : 20 : 10 ± 10 poin dari Modul 04; heuristik praktisi, bukan aturan);
4. **bentrok**: tidak ada dua baris media di platform yang sama pada tanggal dan jam (pukul) yang
   sama, dan tidak ada KIM yang mendapat dua tugas pada tanggal yang sama;
5. **kim**: baris KIM untuk **paling sedikit 2 KIM** berbeda dan **2 desa/kelurahan** berbeda.

Kalau `soalN.cek()` menyatakan belum tepat, pesannya menyebut syarat mana yang belum terpenuhi dan
nomor barisnya. Anda juga bisa memeriksa kapan saja dengan
`print(kampanye.checklist_text(kampanye.check(rencana)))`.
"""),
        Code("lihat_wilayah", 'wilayah[["nama", "jumlah_kecamatan", "jumlah_kelurahan", "jumlah_desa_kampung", '
                              '"penduduk_dukcapil_des2024"]]'),
        Question(
            id="konten_media",
            title="Jadwal konten media satu bulan",
            points=2,
            statement="""
Tulis nama kab/kota Anda di `KABKOTA` (persis seperti kolom `nama` di `wilayah`). Lalu buat tabel
`media`: **baris media** kampanye Anda untuk satu bulan. Contoh di Modul 11 memakai
`pd.date_range(tanggal_awal, periods=..., freq="3D")` untuk tanggal dan `.map(TEMA)` untuk tema
per pilar; Anda boleh memakai pola yang sama atau menulis barisnya sendiri.

Yang diperiksa: syarat **isian**, **bulan** dan **pilar**.
""",
            answer=plan("media", "isian", "bulan", "pilar"),
            solution=KAB + MEDIA,
            hints=[
                "Mulailah dari contoh `media_contoh` di Modul 11: sepuluh tanggal dengan "
                "`pd.date_range(\"2027-01-04\", periods=10, freq=\"3D\")` jatuh di keempat blok tanggal "
                "dan tetap di bulan Januari.",
                "Untuk pilar, tulis daftar 10 pilar dengan 7 `informasi`, 2 `emosi` dan 1 `promosi` "
                "(70 : 20 : 10). Tema per pilar: `media[\"tema\"] = media[\"pilar\"].map(TEMA)`.",
                "Jalankan `print(kampanye.checklist_text(kampanye.check(media, [\"isian\", \"bulan\", "
                "\"pilar\"])))` untuk melihat syarat mana yang belum terpenuhi.",
            ],
            mistakes=[
                Mistake(KAB + MEDIA.replace("2027-01-04", "2027-01-18"),
                        "Tanggal Anda melewati akhir bulan. Semua baris harus dalam satu bulan kalender."),
                Mistake(KAB + MEDIA.replace('"promosi", "informasi", "informasi", "emosi"',
                                            '"promosi", "promosi", "promosi", "emosi"'),
                        "Porsi pilar promosi terlalu besar. Targetnya 70 : 20 : 10 dengan rentang ±10 poin."),
                Mistake(KAB + MEDIA.replace("2027-01-04", "2027-01-10").replace("freq=\"3D\"", "freq=\"2D\""),
                        "Pekan pertama bulan itu belum punya baris media."),
                Mistake(KAB + MEDIA.replace('media["jam"] = "19:00"', 'media["jam"] = ""'),
                        "Baris media perlu jam terbit."),
            ],
        ),
        Question(
            id="distribusi_kim",
            title="Distribusi materi lewat KIM",
            points=2,
            statement="""
Buat tabel `distribusi`: **baris KIM** kampanye Anda. Pilih KIM dari kab/kota Anda di tabel
`kim` (data sintetis; di tempat kerja: KIM binaan Anda), tentukan tanggalnya dalam bulan yang
sama dengan `media`, dan tulis materi yang dititipkan di kolom `tema`.

Yang diperiksa: syarat **isian** dan **kim** (paling sedikit 2 KIM dan 2 desa/kelurahan).
""",
            answer=plan("distribusi", "isian", "kim"),
            solution=DISTRIBUSI,
            hints=[
                "Saring KIM kab/kota Anda seperti di Modul 01: `kim[kim[\"kabkota\"] == KABKOTA]`, lalu "
                "ambil beberapa baris pertama dengan `.head(3)`.",
                "Kolom `kim` dan `desa` diisi dari `kim_saya[\"nama_kim\"].tolist()` dan "
                "`kim_saya[\"desa_kelurahan\"].tolist()`; tanggal satu per KIM dengan "
                "`pd.date_range(\"2027-01-08\", periods=len(kim_saya), freq=\"7D\")`.",
            ],
            mistakes=[
                Mistake(DISTRIBUSI.replace(".head(3)", ".head(1)"),
                        "Hanya satu KIM yang mendapat materi. Syaratnya paling sedikit 2 KIM."),
                Mistake(DISTRIBUSI.replace('"desa": kim_saya["desa_kelurahan"]', '"desa": ""'),
                        "Kolom desa kosong: setiap baris KIM perlu desa/kelurahan tempat KIM itu."),
            ],
        ),
        Question(
            id="rencana_lengkap",
            title="Rencana lengkap tanpa bentrok",
            points=2,
            statement="""
Gabungkan `media` dan `distribusi` menjadi satu tabel `rencana` (satu baris per kegiatan, nomor
baris baru 0, 1, 2, …). Rencana lengkap diperiksa dengan **kelima** syarat: isian, bulan, pilar,
bentrok dan kim.
""",
            answer=plan("rencana", *campaign.CHECKS),
            solution='rencana = pd.concat([media, distribusi], ignore_index=True)',
            hints=[
                "Dua tabel dengan kolom yang sama ditumpuk dengan `pd.concat([tabel_1, tabel_2], "
                "ignore_index=True)`, seperti contoh di Modul 11.",
                "Bila pesan menyebut bentrok, lihat baris yang disebut: ubah jam atau platform salah satunya.",
            ],
            mistakes=[
                Mistake('rencana = pd.concat([media, media.head(1), distribusi], ignore_index=True)',
                        "Ada unggahan yang tercatat dua kali: itu bentrok."),
                Mistake('rencana = media.copy()',
                        "Baris KIM belum digabungkan."),
            ],
        ),
        Question(
            id="bentrok_lintas_jalur",
            title="Kapan dua kegiatan disebut bentrok?",
            points=1,
            statement="""
Rencana Anda memuat unggahan Instagram pada 8 Januari 2027 pukul 19.00 **dan** penitipan materi
kepada KIM Contoh PSR 01 pada tanggal yang sama. Menurut syarat proyek akhir ini, apakah keduanya
bentrok?
""",
            answer=Choice("jawaban_4", options={
                "A": "Ya, karena tanggalnya sama.",
                "B": "Ya, karena tema kampanyenya sama.",
                "C": "Tidak, asalkan baris KIM itu diberi jam yang berbeda dari 19.00.",
                "D": "Tidak. Bentrok hanya dua unggahan di platform yang sama pada tanggal dan jam yang "
                     "sama, atau satu KIM yang mendapat dua tugas pada tanggal yang sama.",
            }),
            solution='jawaban_4 = "D"   # jalur berbeda tidak saling bentrok',
            hints=[
                "Baca lagi syarat nomor 4 (bentrok) di atas: apa saja yang harus sama?",
                "Unggahan media dan tugas KIM ada di jalur yang berbeda.",
            ],
            mistakes=[
                Mistake('jawaban_4 = "A"',
                        "Tanggal yang sama saja belum bentrok. Bentrok perlu platform dan jam yang sama "
                        "(media), atau KIM yang sama (distribusi)."),
                Mistake('jawaban_4 = "C"',
                        "Jam baris KIM tidak menentukan. Unggahan media dan tugas KIM tidak saling bentrok."),
            ],
        ),
        Task(
            id="alasan_rencana",
            title="Alasan rencana untuk pimpinan",
            points=3,
            statement="""
Tulis **alasan rencana** Anda untuk Kepala Dinas (5–8 kalimat). Jelaskan:

- **wilayah**: kab/kota Anda dengan sedikitnya satu angka dari `wilayah` (misalnya jumlah
  kecamatan atau desa/kelurahan, atau penduduk) dan apa artinya bagi jangkauan kampanye;
- **pembagian tugas**: apa yang dibawa konten media (platform, pilar, jadwal) dan apa yang dibawa
  KIM (KIM/desa mana, materi apa, kapan), dan mengapa keduanya saling melengkapi;
- **pengamanan dan ukuran**: satu langkah pemeriksaan sebelum terbit (misalnya `CekSebelumTerbit`
  atau daftar periksa hoaks) dan satu ukuran keberhasilan yang akan Anda pantau (misalnya target
  *engagement rate* dengan `KalkulatorEngagement`, atau jumlah aspirasi yang masuk lewat KIM).

Boleh memakai teks dari `RencanaKampanye` (tombol *Buat ringkasan untuk laporan*) sebagai bahan.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 3 poin; satu poin per kriteria, 0 atau 1):**

- 1 poin — **wilayah**: menyebut kab/kota dan sedikitnya satu angka dari tabel `wilayah` yang
  cocok dengan kab/kota itu (jumlah kecamatan, desa/kelurahan atau kampung, atau penduduk; pembulatan
  seperti "sekitar 310 ribu jiwa" diterima) **dan** mengaitkannya dengan jangkauan (misalnya
  "banyak desa, jadi KIM menjangkau yang tidak terjangkau unggahan"). Angka tanpa makna: 0.
- 1 poin — **pembagian tugas**: menyebut apa yang dilakukan media (sedikitnya platform atau pilar
  atau jadwal) **dan** apa yang dilakukan KIM (sedikitnya KIM/desa atau materi), serta satu alasan
  keduanya saling melengkapi (misalnya tatap muka/grup WhatsApp warga, umpan balik/aspirasi
  kembali lewat KIM). Hanya salah satu jalur: 0.
- 1 poin — **pengamanan dan ukuran**: satu langkah pemeriksaan sebelum terbit (cek fakta/hoaks,
  izin gambar, data pribadi, daftar periksa) **dan** satu ukuran yang bisa dihitung (engagement rate,
  jangkauan, jumlah peserta/aspirasi lewat KIM, dll.) dengan target atau cara mengukurnya.
- Terima variasi wilayah dan kata: desa/kampung/kelurahan, Kadis/Kepala Dinas/pimpinan, nama
  platform dan pilar dengan kata sendiri. Ejaan dan panjang tidak dinilai selama maksudnya jelas.
  Nama KIM sintetis ("KIM Contoh …") atau KIM binaan nyata sama-sama diterima.
""",
            example_answer="""
Kampanye "Layanan adminduk keliling" Januari 2027 ditujukan untuk Kabupaten Paser, yang terdiri
atas 10 kecamatan dan 144 desa/kelurahan dengan sekitar 310 ribu penduduk terdaftar. Karena
desanya banyak dan tersebar, unggahan saja tidak cukup. Konten media (Instagram dan Facebook,
sepuluh unggahan pukul 19.00, pilar informasi 70%, emosi 20%, promosi 10%) membawa jadwal dan
syarat layanan. Tiga KIM di tiga desa menerima poster jadwal seminggu sebelum layanan datang, untuk
dibagikan di grup WhatsApp warga dan pertemuan desa, sekaligus mengumpulkan pertanyaan warga.
Setiap unggahan melewati CekSebelumTerbit (izin foto dan data pribadi). Keberhasilan diukur dari
engagement rate per unggahan (target dibandingkan rata-rata akun kita bulan lalu) dan jumlah
pertanyaan warga yang masuk lewat KIM.
""",
        ),
    ],
)
