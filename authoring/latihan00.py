"""Latihan 00 — Mulai (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Markdown, Mistake, Number, Question, Task, Text

REGION_NAMES = (
    "Paser", "Kutai Kartanegara", "Berau", "Kutai Barat", "Kutai Timur",
    "Penajam Paser Utara", "Mahakam Ulu", "Balikpapan", "Samarinda", "Bontang",
)

SOURCE = Exercise(
    name="latihan00",
    title="Latihan 00 — Mulai",
    minutes=20,
    intro="""
Latihan ini memastikan Anda bisa menjalankan sel, mengisi jawaban, memeriksanya sendiri,
dan menyimpan notebook.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

wilayah = kimkit.data.wilayah_kaltim()
kim = kimkit.data.kim_kaltim()
""",
    parts=[
        Question(
            id="menjalankan_sel",
            title="Menjalankan sel",
            points=2,
            statement="Tombol apa yang menjalankan sel lalu pindah ke sel berikutnya?",
            answer=Choice("jawaban_1", options={"A": "Ctrl+S", "B": "Esc", "C": "Tab", "D": "Shift+Enter"}),
            solution='jawaban_1 = "D"   # Shift+Enter menjalankan sel lalu pindah ke sel berikutnya',
            hints=[
                "Ctrl+S menyimpan notebook; ia tidak menjalankan apa pun.",
                "Kombinasinya memakai tombol Enter, ditambah satu tombol pengubah.",
            ],
            mistakes=[Mistake('jawaban_1 = "A"', "Ctrl+S menyimpan notebook, tetapi tidak menjalankan sel. "
                                                 "Cari kombinasi yang memakai tombol Enter.")],
        ),
        Markdown("tabel_wilayah", """
## Tabel wilayah

Sel persiapan memuat tabel `wilayah`: 10 kabupaten/kota Kalimantan Timur (data nyata
Kemendagri, BPS dan Dukcapil; sumber: `print(kimkit.data.info("wilayah_kaltim"))`).
Jalankan sel berikut untuk melihatnya.
"""),
        Code("lihat_wilayah", 'wilayah[["kode_kemendagri", "nama", "jenis", "ibu_kota", "jumlah_kecamatan"]]'),
        Question(
            id="kabkota_saya",
            title="Kabupaten/kota Anda",
            points=2,
            statement="""
Simpan nama kabupaten/kota tempat Anda bertugas di variabel `kabkota_saya`, ditulis persis
seperti di kolom `nama` tabel di atas (tanpa kata "Kabupaten" atau "Kota"), contoh:
`kabkota_saya = "Berau"`. Pegawai Diskominfo Provinsi: pilih kab/kota tempat Anda paling
sering mendampingi KIM.
""",
            answer=Text("kabkota_saya", example="Berau"),
            solution='kabkota_saya = "Samarinda"   # atau nama kab/kota Anda sendiri, persis seperti di tabel',
            accept=[f'kabkota_saya = "{name}"' for name in REGION_NAMES],
            hints=[
                "Lihat kolom `nama` pada tabel `wilayah` yang ditampilkan di atas.",
                "Tulis namanya di antara tanda kutip, tanpa kata \"Kabupaten\" atau \"Kota\", "
                "misalnya kabkota_saya = \"Berau\".",
            ],
            mistakes=[
                Mistake('kabkota_saya = "Kutai"', "Ada tiga kabupaten Kutai: Kutai Kartanegara, Kutai Barat "
                                                  "dan Kutai Timur. Tulis nama lengkapnya seperti di tabel."),
                Mistake('kabkota_saya = "Kota Samarinda"',
                        "Hampir benar. Tulis persis seperti di kolom `nama`, tanpa kata \"Kota\" atau "
                        "\"Kabupaten\": \"Samarinda\"."),
                Mistake('kabkota_saya = "Kabupaten Berau"',
                        "Hampir benar. Tulis persis seperti di kolom `nama`, tanpa kata \"Kabupaten\" "
                        "atau \"Kota\": \"Berau\"."),
                Mistake('kabkota_saya = "Kaltim"', "Kalimantan Timur adalah provinsinya. Tulis nama "
                                                   "kabupaten/kota, misalnya \"Samarinda\" atau \"Berau\"."),
            ],
        ),
        Question(
            id="jumlah_kim",
            title="Berapa KIM di tabel?",
            points=4,
            statement="""
Sel persiapan juga memuat tabel `kim`, direktori KIM **sintetis** (rekaan untuk latihan,
bukan data resmi). Satu baris = satu KIM. Hitung jumlah barisnya dan simpan di variabel
`jumlah_kim` sebagai angka bulat.
""",
            preview="kim.head()",
            answer=Number("jumlah_kim"),
            solution="jumlah_kim = len(kim)   # atau kim.shape[0]",
            hints=[
                "Satu baris tabel `kim` = satu KIM.",
                "`len(kim)` memberi jumlah baris; `kim.shape` memberi (baris, kolom).",
            ],
            mistakes=[
                Mistake("jumlah_kim = len(kim.columns)", "Itu jumlah kolom, bukan jumlah baris. Satu KIM = satu baris."),
                Mistake("jumlah_kim = kim.size", "Itu jumlah sel tabel (baris × kolom). Yang diminta jumlah "
                                                 "baris: `len(kim)`."),
            ],
        ),
        Task(
            id="harapan",
            title="Harapan Anda",
            points=2,
            statement="""
Dalam 2–4 kalimat: data apa tentang KIM atau media sosial di daerah Anda yang ingin Anda
olah dengan Jupyter setelah pelatihan ini, dan untuk keputusan apa data itu berguna?
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 2 poin):**
- 1 poin: menyebut data yang konkret dan memang dikelola Diskominfo (mis. daftar KIM per
  desa/kampung atau kelurahan, laporan kegiatan KIM, statistik akun media sosial dinas).
- 1 poin: mengaitkan data itu dengan satu keputusan atau tindakan (mis. memilih desa atau
  kampung yang perlu pendampingan, menentukan jam unggah).
- Bahasa tidak dinilai; jawaban singkat yang jelas mendapat nilai penuh.
""",
            example_answer="""
Saya ingin mengolah daftar KIM per kampung di kabupaten kami beserta laporan kegiatannya.
Dengan data itu Diskominfo bisa melihat kampung mana yang KIM-nya tidak aktif enam bulan
terakhir dan menjadwalkan pendampingan ke sana lebih dulu.
""",
        ),
    ],
)
