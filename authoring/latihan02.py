"""Latihan 02 — Membentuk & membina KIM (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Function, Markdown, Mistake, Question, Series, Table, Task

SOURCE = Exercise(
    name="latihan02",
    title="Latihan 02 — Membentuk & membina KIM",
    minutes=30,
    intro="""
Latihan ini melatih langkah-langkah pembinaan KIM dari Modul 02: menemukan KIM yang *vakum*,
meringkas kegiatan per bulan, menulis fungsi skor rubrik, mengingat urutan pembentukan KIM, dan
menyusun rencana pendampingan.

**Data:** tabel `kim` (direktori KIM) dan `kegiatan` (log kegiatan KIM) adalah **data
sintetis**: rekaan untuk latihan, bukan data resmi. Tanggal acuan data: **31 Desember 2025**.
Rubrik kesehatan KIM di latihan ini **contoh ilustratif**, bukan standar resmi.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

kim = kimkit.data.kim_kaltim()          # data SINTETIS: direktori KIM rekaan
kegiatan = kimkit.data.kegiatan_kim()   # data SINTETIS: log kegiatan KIM rekaan
""",
    parts=[
        Markdown("tabel_kegiatan", """
## Tabel kegiatan

Satu baris = satu kegiatan sebuah KIM (**data sintetis**). Kolom yang dipakai: `id_kim`,
`kabkota`, `tanggal` (sudah berupa tanggal), `jenis_kegiatan` dan `jumlah_peserta`. Keterangan
semua kolom: `print(kimkit.data.info("kegiatan_kim"))`.
"""),
        Code("lihat_kegiatan", "kegiatan.head()"),
        Question(
            id="status_vakum",
            title="KIM yang vakum",
            points=2,
            statement="""
Di latihan ini sebuah KIM disebut **vakum** jika **tidak ada satu pun kegiatannya pada 1 Juli
2025 atau sesudahnya**, yaitu dalam 6 bulan sebelum tanggal acuan 31 Desember 2025.

Buat **Series** pandas bernama `status_vakum`:

- indeks: `id_kim` (satu baris untuk setiap KIM yang ada di tabel `kegiatan`);
- nilai: `True` jika KIM itu vakum, `False` jika tidak.

Seperti contoh di Modul 02: cari dulu tanggal kegiatan terakhir setiap KIM, lalu bandingkan
dengan batas tanggal.
""",
            answer=Series("status_vakum", decimals=0, per="KIM"),
            solution='status_vakum = kegiatan.groupby("id_kim")["tanggal"].max() < pd.to_datetime("2025-07-01")',

            accept=['status_vakum = kim.set_index("id_kim")["kegiatan_terakhir"] < pd.to_datetime("2025-07-01")'],
            hints=[
                "Langkah 1: tanggal kegiatan terakhir setiap KIM adalah tanggal **terbesar** per KIM: "
                "`kegiatan.groupby(\"id_kim\")[\"tanggal\"].max()`.",
                "Langkah 2: buat batasnya dengan `batas = pd.to_datetime(\"2025-07-01\")`. KIM vakum jika "
                "kegiatan terakhirnya **sebelum** batas itu.",
                "`status_vakum = terakhir < batas` memberi `True`/`False` untuk setiap KIM.",
            ],
            mistakes=[
                Mistake("""
batas = pd.to_datetime("2025-07-01")
terakhir = kegiatan.groupby("id_kim")["tanggal"].max()
status_vakum = terakhir >= batas
""", "Terbalik: `True` pada jawaban Anda berarti KIM yang **masih aktif**. KIM vakum adalah yang "
     "kegiatan terakhirnya **sebelum** 1 Juli 2025: pakai `<`."),
                Mistake("""
batas = pd.to_datetime("2025-07-01")
pertama = kegiatan.groupby("id_kim")["tanggal"].min()
status_vakum = pertama < batas
""", "Anda memakai tanggal kegiatan **pertama** (`.min()`). Yang menentukan vakum adalah kegiatan "
     "**terakhir**: pakai `.max()`."),
                Mistake("""
batas = pd.to_datetime("2025-06-30")
terakhir = kegiatan.groupby("id_kim")["tanggal"].max()
status_vakum = terakhir < batas
""", "Batas tanggalnya bergeser sehari. KIM yang kegiatan terakhirnya 30 Juni 2025 juga vakum, karena "
     "tidak berkegiatan pada 1 Juli 2025 atau sesudahnya. Pakai batas `\"2025-07-01\"` dengan `<`."),
            ],
        ),
        Question(
            id="kegiatan_per_bulan",
            title="Kegiatan per KIM per bulan di Berau",
            points=3,
            statement="""
Kepala bidang meminta tabel kegiatan KIM **Berau** (data sintetis) untuk **Juli–Desember 2025**:

- satu baris untuk setiap KIM Berau yang punya kegiatan pada periode itu (indeks: `id_kim`);
- satu kolom untuk setiap bulan, dengan **nomor bulan** `7`, `8`, … `12` sebagai nama kolom
  (ambil dengan `.dt.month`);
- isi: **jumlah kegiatan** KIM itu pada bulan itu; bulan tanpa kegiatan diisi `0`.

Simpan tabel itu di variabel `kegiatan_per_bulan`.
""",
            answer=Table("kegiatan_per_bulan", columns=[7, 8, 9, 10, 11, 12], decimals=0),
            solution="""
berau = kegiatan[(kegiatan["kabkota"] == "Berau") & (kegiatan["tanggal"] >= pd.to_datetime("2025-07-01"))]
kegiatan_per_bulan = pd.crosstab(berau["id_kim"], berau["tanggal"].dt.month)
""",
            accept=["""
berau = kegiatan[(kegiatan["kabkota"] == "Berau") & (kegiatan["tanggal"] >= pd.to_datetime("2025-07-01"))].copy()
berau["bulan"] = berau["tanggal"].dt.month
kegiatan_per_bulan = berau.pivot_table(index="id_kim", columns="bulan", values="id_kegiatan",
                                       aggfunc="count", fill_value=0)
"""],
            show=True,
            hints=[
                "Saring dulu dengan dua syarat sekaligus, masing-masing di dalam kurung dan digabung dengan "
                "`&`: kolom `kabkota` sama dengan `\"Berau\"`, dan `tanggal` pada atau sesudah "
                "`pd.to_datetime(\"2025-07-01\")`.",
                "Lalu hitung dengan `pd.crosstab(baris, kolom)`: barisnya kolom `id_kim` tabel hasil saringan, "
                "kolomnya `[\"tanggal\"].dt.month` tabel yang sama. `crosstab` menghitung kegiatan dan mengisi 0 "
                "untuk bulan yang kosong.",
            ],
            mistakes=[
                Mistake("""
berau = kegiatan[(kegiatan["kabkota"] == "Berau") & (kegiatan["tanggal"] >= pd.to_datetime("2025-07-01"))].copy()
berau["bulan"] = berau["tanggal"].dt.month
kegiatan_per_bulan = berau.pivot_table(index="id_kim", columns="bulan", values="jumlah_peserta",
                                       aggfunc="sum", fill_value=0)
""", "Tabel Anda berisi jumlah **peserta** per bulan. Yang diminta jumlah **kegiatan**: hitung barisnya "
     "(`aggfunc=\"count\"` pada `id_kegiatan`, atau `pd.crosstab`)."),
                Mistake("""
berau = kegiatan[(kegiatan["kabkota"] == "Berau") & (kegiatan["tanggal"] >= pd.to_datetime("2025-07-01"))].copy()
berau["bulan"] = berau["tanggal"].dt.month
kegiatan_per_bulan = berau.pivot_table(index="id_kim", columns="bulan", values="id_kegiatan", aggfunc="count")
""", "Hampir benar, tetapi bulan tanpa kegiatan masih kosong (NaN). Tambahkan `fill_value=0` agar terisi "
     "0, atau pakai `pd.crosstab`."),
            ],
        ),
        Question(
            id="skor_keaktifan",
            title="Fungsi skor keaktifan",
            points=2,
            statement="""
Dimensi **Keaktifan kegiatan** pada rubrik kesehatan KIM (contoh ilustratif) memberi skor
menurut jumlah kegiatan dalam 6 bulan terakhir:

| jumlah kegiatan | skor |
|---|---|
| 0 (vakum) | 0 |
| 1–2 | 1 |
| 3–5 | 2 |
| 6 atau lebih | 3 |

Tulis **fungsi** `skor_keaktifan(jumlah_kegiatan)` yang mengembalikan (`return`) skor itu
sebagai angka. Contoh: `skor_keaktifan(4)` menghasilkan `2`. Fungsi Anda diperiksa dengan
beberapa jumlah kegiatan, termasuk angka-angka batas di tabel.
""",
            answer=Function("skor_keaktifan", cases=[(0,), (1,), (2,), (3,), (5,), (6,), (14,)], decimals=0),
            solution="""
def skor_keaktifan(jumlah_kegiatan):
    if jumlah_kegiatan >= 6:
        return 3  # 6 kegiatan atau lebih
    elif jumlah_kegiatan >= 3:
        return 2  # 3-5 kegiatan
    elif jumlah_kegiatan >= 1:
        return 1  # 1-2 kegiatan
    else:
        return 0  # vakum
""",
            hints=[
                "Tiru bentuk fungsi `skor_jangkauan` di Modul 02: `def`, lalu `if` / `elif` / `else`, dan "
                "`return` di setiap cabang.",
                "Periksa dari ambang **tertinggi** ke bawah: pertama syarat `jumlah_kegiatan >= 6` (skor 3), "
                "lalu `jumlah_kegiatan >= 3` (skor 2), lalu `jumlah_kegiatan >= 1` (skor 1); selain itu skor 0. "
                "Perhatikan `>=` (sama dengan atau lebih), bukan `>`.",
            ],
            mistakes=[
                Mistake("""
def skor_keaktifan(jumlah_kegiatan):
    if jumlah_kegiatan > 6:
        return 3
    elif jumlah_kegiatan > 3:
        return 2
    elif jumlah_kegiatan > 0:
        return 1
    else:
        return 0
""", "Angka batasnya belum tepat: 6 kegiatan sudah mendapat skor 3 dan 3 kegiatan sudah skor 2. "
     "Pakai `>=` (sama dengan atau lebih), misalnya `jumlah_kegiatan >= 6`."),
                Mistake("""
def skor_keaktifan(jumlah_kegiatan):
    if jumlah_kegiatan >= 1:
        return 1
    elif jumlah_kegiatan >= 3:
        return 2
    elif jumlah_kegiatan >= 6:
        return 3
    else:
        return 0
""", "Urutan syaratnya terbalik. Python berhenti di syarat pertama yang benar, jadi 4 atau 10 kegiatan "
     "langsung mendapat skor 1. Periksa dari ambang tertinggi (6) ke bawah."),
                Mistake("""
def skor_keaktifan(jumlah_kegiatan):
    if jumlah_kegiatan >= 6:
        return 3
    elif jumlah_kegiatan >= 3:
        return 2
    elif jumlah_kegiatan >= 1:
        return 1
""", "Untuk 0 kegiatan fungsi Anda tidak mengembalikan apa-apa (`None`). Tambahkan `else: return 0` "
     "untuk KIM yang vakum."),
            ],
        ),
        Question(
            id="urutan_pembentukan",
            title="Urutan pembentukan KIM",
            points=1,
            statement="""
Urutan mana yang sesuai dengan langkah pembentukan KIM yang dibahas di Modul 02 (urutan menurut
laman KIM Sukomanunggal)?
""",
            answer=Choice("jawaban_4", options={
                "A": "Musyawarah warga → memilih pengurus → mendaftar ke Diskominfo/KIM.id → SK kepala "
                     "desa/lurah → menyusun AD/ART → pembinaan",
                "B": "Musyawarah warga → memilih pengurus → SK kepala desa/lurah (di Berau, Kutai Barat, "
                     "Mahakam Ulu: kepala kampung) → menyusun AD/ART → mendaftar ke Diskominfo/KIM.id → pembinaan",
                "C": "Diskominfo menunjuk pengurus → SK camat → musyawarah warga → mendaftar ke KIM.id → "
                     "pembinaan",
                "D": "Mendaftar ke KIM.id → musyawarah warga → memilih pengurus → SK bupati/wali kota → "
                     "pembinaan",
            }),
            solution='jawaban_4 = "B"   # musyawarah → pengurus → SK kepala desa/lurah/kampung → AD/ART → daftar → pembinaan',
            hints=[
                "KIM tumbuh dari prakarsa warga, jadi langkah pertama ada di tangan warga, bukan Diskominfo.",
                "KIM disahkan dulu dengan SK kepala desa/lurah (atau kepala kampung); setelah sah dan punya "
                "AD/ART, barulah KIM didaftarkan.",
            ],
            mistakes=[
                Mistake('jawaban_4 = "A"', "Pendaftaran ke Diskominfo/KIM.id dilakukan setelah KIM sah dengan SK "
                                           "kepala desa/lurah (atau kepala kampung) dan punya AD/ART, bukan "
                                           "sebelumnya."),
                Mistake('jawaban_4 = "C"', "KIM tidak dibentuk oleh Diskominfo atau camat: KIM tumbuh dari "
                                           "musyawarah warga dan disahkan di tingkat desa/kampung atau kelurahan."),
                Mistake('jawaban_4 = "D"', "Langkah pertama adalah musyawarah warga, dan SK-nya diterbitkan kepala "
                                           "desa/lurah (atau kepala kampung), bukan bupati/wali kota."),
            ],
        ),
        Task(
            id="rencana_fasilitasi",
            title="Rencana pendampingan satu KIM",
            points=2,
            statement="""
Pilih **satu KIM yang vakum** menurut Soal 1 (data sintetis), atau satu KIM di daerah Anda yang
kurang aktif. Tulis rencana pendampingan singkat (butir-butir boleh), berisi:

1. **agenda pertemuan pertama** dengan pengurus: 3–5 butir berurutan, masing-masing dengan
   perkiraan waktu, dan siapa yang diundang;
2. **satu kegiatan pemetaan kebutuhan informasi** secara partisipatif: siapa yang ditanya,
   bagaimana caranya, dan apa hasilnya;
3. **satu kegiatan pertama** yang disepakati untuk bulan berikutnya, dan bagaimana kegiatan itu
   dicatat (agar tidak tampak "vakum" di log kegiatan).
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, bukan standar resmi; 2 poin):**
- 1 poin — agenda: sedikitnya 3 butir berurutan dengan perkiraan waktu, yang memuat (a) mendengar
  keadaan KIM atau penyebab vakum dari pengurus **dan** (b) menyepakati langkah berikutnya
  (siapa, apa, kapan). Pihak yang diundang disebut: pengurus KIM dan sedikitnya satu pihak lain
  (kepala desa/lurah, **kepala kampung** di Berau, Kutai Barat dan Mahakam Ulu, atau sebutan
  setempat lain; perangkat desa/kelurahan; kelompok warga seperti Karang Taruna atau PKK). Beri 0
  jika agenda hanya berisi ceramah atau sosialisasi satu arah.
- 1 poin — pemetaan dan tindak lanjut: kegiatan pemetaan melibatkan warga secara langsung
  (mis. diskusi kelompok, peta/daftar kebutuhan informasi yang diisi warga, wawancara singkat)
  dengan hasil yang jelas (mis. daftar kebutuhan informasi yang diurutkan), **dan** satu kegiatan
  pertama yang konkret dengan waktu serta cara mencatatnya (mis. tanggal, jenis, jumlah peserta di
  buku atau log kegiatan).
- Jangan mengurangi nilai karena pilihan saluran, jumlah anggota, atau istilah wilayah
  (desa/kampung/kelurahan). Jangan memberi nilai untuk "tingkatan KIM" yang disebut sebagai
  aturan resmi (belum ditemukan sumber resmi, per November 2025).
- Bahasa tidak dinilai; butir-butir singkat yang jelas mendapat nilai penuh.
""",
            example_answer="""
KIM Contoh BRU (data sintetis), vakum sejak pertengahan 2025.
1. Agenda pertemuan pertama (90 menit), mengundang pengurus KIM, kepala kampung, dan Karang Taruna:
   pembukaan dan tujuan (10 menit); pengurus bercerita mengapa kegiatan berhenti (25 menit);
   pemetaan kebutuhan informasi (35 menit); sepakat kegiatan pertama dan pembagian tugas (15 menit);
   penutup (5 menit).
2. Pemetaan: peserta menulis informasi yang paling sering dicari warga di kertas tempel
   (mis. jadwal posyandu, bantuan pertanian), lalu memilih tiga yang terpenting dengan tanda titik.
3. Kegiatan pertama: pertemuan diseminasi jadwal posyandu di balai kampung pada minggu kedua
   bulan depan; sekretaris mencatat tanggal, jenis kegiatan, dan jumlah peserta di buku kegiatan
   dan melaporkannya ke Diskominfo.
""",
        ),
    ],
)
