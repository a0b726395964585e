"""Latihan 08 — Hoaks dan verifikasi (sumber tunggal; `make exercises` membuat sisanya)."""

from itertools import product

from tools.authoring import Choice, Code, Exercise, Function, Markdown, Mistake, Number, Question, Series, Task

PEMERINTAHAN = 'hoaks_pemerintahan = pesan[(pesan["label"] == "hoaks") & (pesan["kategori"] == "Pemerintahan")]\n'

SOURCE = Exercise(
    name="latihan08",
    title="Latihan 08 — Hoaks dan verifikasi",
    minutes=25,
    intro="""
Latihan ini melatih langkah-langkah Modul 08: menilai sebuah pesan dengan daftar periksa,
menghitung porsi kategori hoaks dari data nyata, mengenali tipe konten menurut First Draft, dan
menulis klarifikasi.

**Data:**

- `kategori` adalah **data nyata**: konten hoaks yang diidentifikasi Kominfo (nama kementerian
  sebelum Oktober 2024; kini Komdigi) per kategori, Agustus 2018–Desember 2023, total 12.547 konten
  (Databoks Katadata, 5 Januari 2024).
- `pesan` adalah **data sintetis**: pesan rekaan yang dilaporkan ke Diskominfo, Juli–Desember 2025,
  beserta temuan pemeriksaan SIFT. Semua tempat dan jabatan di dalamnya "Contoh".
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

kategori = kimkit.data.hoaks_kategori()   # data NYATA: Kominfo, Agustus 2018–Desember 2023
pesan = kimkit.data.pesan_hoaks()         # data SINTETIS: pesan rekaan yang dilaporkan ke Diskominfo
""",
    parts=[
        Markdown("tanda_waspada", """
## Tanda waspada

Daftar periksa di Modul 08 menghitung **tanda waspada**: hal yang membuat kita berhenti dan
memeriksa, tetapi belum membuktikan bahwa pesan itu hoaks. Empat di antaranya:

| tanda waspada | kapan dihitung |
|---|---|
| bahasa memancing emosi atau mendesak | `bahasa_emosional` bernilai `True` |
| meminta segera disebarkan | `minta_disebarkan` bernilai `True` |
| sumber tidak diketahui | `sumber_jelas` bernilai `False` |
| tidak ada liputan tepercaya yang sama | `liputan_lain` bernilai `False` |

Aturan ini contoh ilustratif kit, bukan metode resmi.
"""),
        Question(
            id="skor_waspada",
            title="Fungsi skor tanda waspada",
            points=2,
            statement="""
Tulis **fungsi** `skor_waspada(bahasa_emosional, minta_disebarkan, sumber_jelas, liputan_lain)`
yang menerima empat nilai `True`/`False` dan mengembalikan (`return`) **banyaknya tanda waspada**
(0 sampai 4) menurut tabel di atas.

Contoh: pesan yang emosional, meminta disebarkan, sumbernya tidak diketahui, tetapi ada liputan
tepercaya yang sama mendapat skor 3: `skor_waspada(True, True, False, True)` menghasilkan `3`.
Fungsi Anda diperiksa dengan semua 16 kombinasi `True`/`False`.
""",
            answer=Function("skor_waspada", cases=list(product([False, True], repeat=4)), decimals=0),
            solution="""
def skor_waspada(bahasa_emosional, minta_disebarkan, sumber_jelas, liputan_lain):
    skor = 0
    if bahasa_emosional:
        skor = skor + 1
    if minta_disebarkan:
        skor = skor + 1
    if not sumber_jelas:
        skor = skor + 1   # sumber tidak diketahui
    if not liputan_lain:
        skor = skor + 1   # tidak ada liputan tepercaya
    return skor
""",
            accept=["""
def skor_waspada(bahasa_emosional, minta_disebarkan, sumber_jelas, liputan_lain):
    return int(bahasa_emosional) + int(minta_disebarkan) + int(not sumber_jelas) + int(not liputan_lain)
"""],
            hints=[
                "Tiru bentuk fungsi `tanda_waspada_tiga` di Modul 08: mulai dari penghitung bernilai 0, lalu "
                "satu `if` per tanda yang menambah 1.",
                "Dua tanda dihitung bila nilainya `True`, dua lagi bila nilainya `False`: untuk yang kedua, pakai "
                "`not` di dalam `if` (`not sumber_jelas`, `not liputan_lain`). Akhiri dengan `return` penghitungnya.",
            ],
            mistakes=[
                Mistake("""
def skor_waspada(bahasa_emosional, minta_disebarkan, sumber_jelas, liputan_lain):
    return int(bahasa_emosional) + int(minta_disebarkan) + int(sumber_jelas) + int(liputan_lain)
""", "Sumber yang jelas dan liputan tepercaya adalah tanda **baik**, bukan tanda waspada. Hitung keduanya "
     "bila nilainya `False`: `not sumber_jelas`, `not liputan_lain`."),
                Mistake("""
def skor_waspada(bahasa_emosional, minta_disebarkan, sumber_jelas, liputan_lain):
    if bahasa_emosional or minta_disebarkan or not sumber_jelas or not liputan_lain:
        return 1
    return 0
""", "Fungsi Anda hanya memberi 0 atau 1. Yang diminta **banyaknya** tanda waspada (0–4): tambahkan 1 untuk "
     "setiap tanda."),
                Mistake("""
def skor_waspada(bahasa_emosional, minta_disebarkan, sumber_jelas, liputan_lain):
    skor = 0
    if bahasa_emosional:
        skor = skor + 1
    if minta_disebarkan:
        skor = skor + 1
    if not sumber_jelas:
        skor = skor + 1
    return skor
""", "Satu tanda belum dihitung: tidak ada liputan tepercaya yang sama (`liputan_lain` bernilai `False`)."),
            ],
        ),
        Markdown("tabel_kategori", """
## Data nyata: konten hoaks per kategori

Tabel `kategori` berisi 13 baris: satu per kategori isu, dengan kolom `kategori` dan `jumlah`
(konten hoaks yang diidentifikasi Kominfo, Agustus 2018–Desember 2023).
"""),
        Code("lihat_kategori", "kategori"),
        Question(
            id="porsi_kategori",
            title="Porsi setiap kategori",
            points=2,
            statement="""
Hitung **persen** setiap kategori terhadap seluruh konten hoaks (jumlah kategori ÷ total semua
kategori × 100). Simpan hasilnya di `porsi_kategori` sebagai **Series** pandas: indeksnya nama
kategori (13 kategori), nilainya persen (0–100). Jangan membulatkan, atau bulatkan ke **1 desimal**
(`.round(1)`): keduanya diterima.
""",
            answer=Series("porsi_kategori", decimals=1, per="kategori"),
            solution='jumlah = kategori.set_index("kategori")["jumlah"]\n'
                     'porsi_kategori = jumlah / jumlah.sum() * 100',
            accept=['porsi_kategori = (kategori.set_index("kategori")["jumlah"] / kategori["jumlah"].sum() * 100)'
                    '.round(1)'],
            hints=[
                "Jadikan nama kategori sebagai indeks: `kategori.set_index(\"kategori\")[\"jumlah\"]` memberi Series "
                "jumlah per kategori.",
                "Bagi Series itu dengan totalnya (`.sum()`), lalu kalikan 100.",
            ],
            mistakes=[
                Mistake('porsi_kategori = kategori.set_index("kategori")["jumlah"] / kategori["jumlah"].sum()',
                        "Nilainya masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('porsi_kategori = kategori.set_index("kategori")["jumlah"] / 12547',
                        "Total ditulis tangan dan hasilnya masih pecahan. Hitung totalnya dengan `.sum()` dan "
                        "kalikan 100."),
                Mistake('porsi_kategori = kategori.set_index("kategori")["jumlah"] / '
                        'kategori["jumlah"].max() * 100',
                        "Anda membagi dengan kategori terbesar (`.max()`), bukan dengan total semua kategori "
                        "(`.sum()`)."),
            ],
        ),
        Question(
            id="tipe_akun_palsu",
            title="Tipe konten menurut First Draft",
            points=1,
            statement="""
Sebuah akun Instagram bernama `bupati.contoh.resmi` (tanpa tanda verifikasi, dibuat sepekan lalu)
memakai foto dan nama Bupati Contoh, lalu mengumumkan "bantuan modal usaha" yang mensyaratkan
transfer biaya administrasi. Menurut tujuh tipe First Draft, pesan ini termasuk tipe apa?
""",
            answer=Choice("jawaban_3", options={
                "A": "Konteks salah",
                "B": "Konten tiruan",
                "C": "Satire atau parodi",
                "D": "Koneksi salah",
            }),
            solution='jawaban_3 = "B"   # meniru sumber asli (akun pejabat)',
            hints=[
                "Apa yang dipalsukan di sini: isi beritanya, konteksnya, atau **siapa** yang berbicara?",
                "Akun itu meniru sumber yang asli (pejabat). Cari tipe untuk sumber asli yang ditiru.",
            ],
            mistakes=[
                Mistake('jawaban_3 = "A"',
                        "Konteks salah memakai konten asli dengan keterangan waktu atau tempat yang salah. Di sini "
                        "yang dipalsukan adalah sumbernya: akun yang meniru pejabat."),
                Mistake('jawaban_3 = "C"',
                        "Satire atau parodi tidak berniat merugikan. Akun ini meminta transfer uang dengan meniru "
                        "pejabat."),
                Mistake('jawaban_3 = "D"',
                        "Koneksi salah: judul atau gambar tidak sesuai dengan isinya. Di sini yang dipalsukan "
                        "adalah sumbernya."),
            ],
        ),
        Question(
            id="persen_tiruan_pemerintahan",
            title="Hoaks pemerintahan dan akun tiruan",
            points=2,
            statement="""
Di tabel `pesan` (data sintetis), ambil pesan berlabel `hoaks` **dan** berkategori `Pemerintahan`.
Berapa persen di antaranya yang berjenis `konten tiruan` (kolom `jenis_first_draft`)? Simpan
angkanya dalam persen (misalnya `12.3`, bukan `0.123`) di `persen_tiruan`. Satu desimal cukup.
""",
            answer=Number("persen_tiruan", decimals=1),
            solution=PEMERINTAHAN + 'persen_tiruan = (hoaks_pemerintahan["jenis_first_draft"] == "konten tiruan").mean() * 100',
            accept=[PEMERINTAHAN + 'persen_tiruan = hoaks_pemerintahan["jenis_first_draft"]'
                                   '.value_counts(normalize=True)["konten tiruan"] * 100'],
            hints=[
                "Dua syarat sekaligus: `pesan[(pesan[\"label\"] == \"hoaks\") & (pesan[\"kategori\"] == "
                "\"Pemerintahan\")]` (setiap syarat dalam kurung, digabung dengan `&`).",
                "Dari hasil saringan, `(tabel[\"jenis_first_draft\"] == \"konten tiruan\").mean() * 100` memberi "
                "persennya.",
            ],
            mistakes=[
                Mistake('persen_tiruan = (pesan[pesan["label"] == "hoaks"]["jenis_first_draft"] == "konten tiruan")'
                        '.mean() * 100',
                        "Itu semua pesan hoaks. Tambahkan syarat kedua: kategori `Pemerintahan`."),
                Mistake(PEMERINTAHAN + 'persen_tiruan = (hoaks_pemerintahan["jenis_first_draft"] == "konten tiruan")'
                                       '.mean()',
                        "Itu masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('pemerintahan = pesan[pesan["kategori"] == "Pemerintahan"]\n'
                        'persen_tiruan = (pemerintahan["jenis_first_draft"] == "konten tiruan").mean() * 100',
                        "Penyebut Anda semua pesan Pemerintahan, termasuk yang bukan hoaks. Saring juga label "
                        "`hoaks`."),
            ],
        ),
        Markdown("kasus_klarifikasi", """
## Kasus untuk Soal 5 (data sintetis)

Jalankan sel berikut untuk melihat pesan **SINT-PSN-0013** dan temuan pemeriksaannya.

**Keterangan dari instansi berwenang (contoh ilustratif):** Kepala Dinas Contoh tidak pernah
meminta uang lewat WhatsApp; nomor di tangkapan layar bukan nomor dinas. Nomor resmi dinas
tercantum di laman resmi pemerintah daerah. Akun palsu itu sudah dilaporkan ke platform.
"""),
        Code("lihat_kasus", 'pesan[pesan["id_pesan"] == "SINT-PSN-0013"].T'),
        Task(
            id="klarifikasi",
            title="Klarifikasi untuk warga",
            points=3,
            statement="""
Anda admin media sosial Diskominfo Kabupaten Contoh (semua nama rekaan). Tulis **unggahan
klarifikasi singkat (4–8 kalimat)** tentang pesan SINT-PSN-0013 untuk akun resmi pemerintah
daerah. Pakai keterangan instansi di atas. Klarifikasi yang baik:

- menyatakan dengan jelas bahwa pesan itu tidak benar, lalu menyebut **faktanya** menurut instansi
  berwenang;
- tidak menyebarkan ulang hoaksnya secara utuh (tidak memuat nomor rekening atau nomor telepon
  palsu itu);
- memberi tahu warga apa yang harus dilakukan: jangan mentransfer uang, jangan meneruskan pesan,
  cara mengenali atau menghubungi kanal resmi, dan cara melapor;
- ditandatangani instansi dan diberi tanggal, sehingga bisa dipakai semua kanal pemerintah daerah
  sebagai satu narasi yang sama.

Format ini contoh ilustratif, bukan format resmi.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 3 poin):**
- 1 poin — isi: menyatakan pesan itu tidak benar (hoaks, palsu, penipuan, "tidak benar" semuanya
  diterima) **dan** menyebut fakta dari keterangan instansi: Kepala Dinas Contoh tidak pernah meminta
  uang lewat WhatsApp, **atau** nomor itu bukan nomor dinas. Salah satu saja kurang: 0 poin.
- 1 poin — tindakan warga: menyebut sedikitnya **dua** dari: jangan mentransfer uang; jangan
  meneruskan pesan; nomor/akun resmi dapat dilihat di laman resmi pemerintah daerah; cara melapor
  (ke kanal resmi, atau melaporkan akun ke platform).
- 1 poin — tidak menyebarkan ulang hoaksnya: tidak memuat nomor rekening atau nomor telepon palsu,
  tidak menyalin pesan palsunya utuh, tidak memuat data pribadi warga, tidak menambahkan fakta yang
  tidak ada di keterangan instansi (misalnya "pelaku sudah ditangkap") **dan** mencantumkan nama
  instansi serta tanggal.
- Terima variasi wilayah dan kata: "Bapak/Ibu", "warga sekalian", "sobat", Pemkab/Pemkot, desa atau
  kampung, label "[HOAKS]", "[KLARIFIKASI]" atau "CEK FAKTA", tagar, emoji yang sopan. Ejaan dan
  panjang kalimat tidak dinilai selama maksudnya jelas.

Contoh jawaban (ilustratif):

> [KLARIFIKASI] Beredar tangkapan layar percakapan WhatsApp dari nomor yang memakai foto Kepala Dinas
> Contoh dan meminta transfer "bantuan dana darurat". Pesan itu TIDAK BENAR. Kepala Dinas Contoh tidak
> pernah meminta uang lewat WhatsApp, dan nomor tersebut bukan nomor dinas. Jangan mentransfer uang
> dan jangan meneruskan pesan itu. Nomor resmi dinas dapat dilihat di laman resmi Pemerintah
> Kabupaten Contoh; bila menerima pesan serupa, laporkan melalui kanal resmi kami.
> Diskominfo Kabupaten Contoh, 3 November 2025.
""",
            example_answer="""
[KLARIFIKASI] Beredar tangkapan layar percakapan WhatsApp dari nomor yang memakai foto Kepala Dinas Contoh
dan meminta transfer "bantuan dana darurat". Pesan itu TIDAK BENAR. Kepala Dinas Contoh tidak pernah meminta
uang lewat WhatsApp, dan nomor tersebut bukan nomor dinas. Jangan mentransfer uang dan jangan meneruskan pesan
itu. Nomor resmi dinas dapat dilihat di laman resmi Pemerintah Kabupaten Contoh; bila menerima pesan serupa,
laporkan melalui kanal resmi kami. Diskominfo Kabupaten Contoh, 3 November 2025.
""",
        ),
    ],
)
