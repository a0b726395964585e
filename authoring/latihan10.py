"""Latihan 10 — Kolaborasi antardaerah (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Markdown, Mistake, Number, Question, Series, Table, Task

GABUNG = 'kalender_bersama = pd.concat([kalender_berau, kalender_kutim, kalender_ppu], ignore_index=True)\n'
JAM_KE = 'kalender_bersama["jam_ke"] = kalender_bersama["jam"].str[:2]\n'
PEKAN = 'kalender_bersama["pekan"] = kalender_bersama["tanggal"].dt.isocalendar().week\n'

SOURCE = Exercise(
    name="latihan10",
    title="Latihan 10 — Kolaborasi antardaerah",
    minutes=25,
    intro="""
Latihan ini melatih langkah-langkah Modul 10 pada kalender tiga kab/kota: menggabungkan kalender,
menemukan bentrok antardaerah, menghitung posting per pekan dalam tabel pivot, memakai ulang konten
dengan menyebut sumbernya, dan menulis usulan kolaborasi.

**Data:** `kalender_berau`, `kalender_kutim` dan `kalender_ppu` adalah **data sintetis**: rencana
posting rekaan Diskominfo Berau, Kutai Timur dan Penajam Paser Utara untuk November 2025 (bagian
dari tabel `kalender_konten` kit, keadaan per 10 November 2025). Nama tema dan jamnya rekaan.

**Definisi yang dipakai (sama dengan Modul 10):**

- **slot bersama** = satu platform, satu tanggal, satu jam (19.00–19.59 adalah jam `"19"`), siapa
  pun yang memposting;
- **bentrok antardaerah** = slot bersama yang diisi posting dari **dua kab/kota atau lebih**. Dua
  posting dari kab/kota yang sama di satu slot adalah bentrok Modul 04, bukan bentrok antardaerah.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

_semua = kimkit.data.kalender_konten()   # data SINTETIS: kalender konten rekaan lima kab/kota
kalender_berau = _semua[_semua["kabkota"] == "Berau"].reset_index(drop=True)
kalender_kutim = _semua[_semua["kabkota"] == "Kutai Timur"].reset_index(drop=True)
kalender_ppu = _semua[_semua["kabkota"] == "Penajam Paser Utara"].reset_index(drop=True)
del _semua
""",
    parts=[
        Markdown("tabel_kalender", """
## Tiga kalender

Setiap tabel adalah kalender satu kab/kota (**data sintetis**), dengan kolom yang sama seperti
ekspor Perencana kalender konten (Modul 04): `tanggal`, `jam` (WITA, teks `"19:00"`), `platform`,
`pilar`, `tema`, dan seterusnya. Satu baris = satu rencana posting.
"""),
        Code("lihat_kalender", 'kalender_berau[["id_rencana", "kabkota", "tanggal", "jam", "platform", "tema"]].head()'),
        Question(
            id="gabung_platform",
            title="Menggabungkan tiga kalender",
            points=2,
            statement="""
Gabungkan ketiga kalender menjadi satu tabel `kalender_bersama` (satu baris per posting, indeks
baru 0, 1, 2, …). Lalu hitung banyaknya rencana posting **per platform** di kalender gabungan itu.
Simpan hitungannya di `posting_platform` sebagai **Series** (indeks: nama platform).

Anda akan memakai `kalender_bersama` lagi di soal berikutnya.
""",
            answer=Series("posting_platform", decimals=0, per="platform"),
            solution=GABUNG + 'posting_platform = kalender_bersama["platform"].value_counts()',
            accept=['kalender_bersama = pd.concat([kalender_ppu, kalender_kutim, kalender_berau])\n'
                    'posting_platform = kalender_bersama.groupby("platform")["id_rencana"].count()'],
            hints=[
                "Seperti contoh Samarinda dan Balikpapan di Modul 10: `pd.concat([...], ignore_index=True)` "
                "dengan **daftar** (kurung siku) berisi ketiga tabel.",
                "Dari tabel gabungan, `kalender_bersama[\"platform\"].value_counts()` menghitung posting per "
                "platform.",
            ],
            mistakes=[
                Mistake('kalender_bersama = pd.concat([kalender_berau, kalender_kutim], ignore_index=True)\n'
                        'posting_platform = kalender_bersama["platform"].value_counts()',
                        "Kalender gabungan Anda hanya berisi dua kab/kota. Masukkan ketiga tabel ke dalam "
                        "daftar: `[kalender_berau, kalender_kutim, kalender_ppu]`."),
                Mistake(GABUNG + 'posting_platform = kalender_berau["platform"].value_counts()',
                        "Anda menghitung dari kalender Berau saja. Hitung dari `kalender_bersama`."),
            ],
        ),
        Question(
            id="bentrok_antardaerah",
            title="Bentrok antardaerah",
            points=2,
            statement="""
Berapa **slot bersama** di `kalender_bersama` yang menjadi **bentrok antardaerah** (diisi posting
dari dua kab/kota atau lebih)? Simpan banyaknya slot (bukan banyaknya posting) di `slot_bentrok`.

Ingat definisinya di atas: slot bersama = platform + tanggal + jam (dua karakter pertama kolom
`jam`); kab/kota tidak termasuk kunci slot, karena yang dicari justru slot yang dipakai beberapa
kab/kota.
""",
            answer=Number("slot_bentrok"),
            solution=GABUNG + JAM_KE +
            'kabkota_per_slot = kalender_bersama.groupby(["platform", "tanggal", "jam_ke"])["kabkota"].nunique()\n'
            'slot_bentrok = (kabkota_per_slot >= 2).sum()',
            accept=['import kimkit.collaboration\n' + GABUNG +
                    'slot_bentrok = len(kimkit.collaboration.find_clashes(kalender_bersama))'],
            hints=[
                "Buat dulu kolom jam `jam_ke` di `kalender_bersama`: dua karakter pertama kolom `jam`, dengan "
                "`.str[:2]` seperti di Modul 04 dan Modul 10.",
                "Kelompokkan menurut `[\"platform\", \"tanggal\", \"jam_ke\"]` dan hitung kab/kota yang berbeda "
                "di setiap slot dengan `[\"kabkota\"].nunique()`, seperti contoh di Modul 10.",
                "Slot bentrok adalah yang hitungannya 2 atau lebih: `(hasil >= 2).sum()`.",
            ],
            mistakes=[
                Mistake(GABUNG + JAM_KE +
                        'posting_per_slot = kalender_bersama.groupby(["platform", "tanggal", "jam_ke"]).size()\n'
                        'slot_bentrok = (posting_per_slot >= 2).sum()',
                        "Anda menghitung slot dengan dua posting atau lebih, termasuk dua posting dari kab/kota "
                        "yang **sama** (bentrok Modul 04). Bentrok antardaerah butuh dua kab/kota yang berbeda: "
                        "hitung `[\"kabkota\"].nunique()`, bukan `.size()`."),
                Mistake(GABUNG + 'kabkota_per_menit = kalender_bersama.groupby(["platform", "tanggal", "jam"])'
                                 '["kabkota"].nunique()\n'
                                 'slot_bentrok = (kabkota_per_menit >= 2).sum()',
                        "Anda mengelompokkan menurut jam dan menit yang persis sama (`jam`). Slot adalah satu "
                        "jam penuh: posting pukul 19:00 dan 19:40 berada di slot yang sama. Pakai "
                        "`kalender_bersama[\"jam\"].str[:2]`."),
                Mistake(GABUNG + JAM_KE +
                        'akun_slot = ["kabkota", "platform", "tanggal", "jam_ke"]\n'
                        'slot_bentrok = len(kalender_bersama[kalender_bersama.duplicated(akun_slot, keep=False)]'
                        '.drop_duplicates(akun_slot))',
                        "Itu bentrok Modul 04: dua posting dari kab/kota yang sama. Untuk bentrok antardaerah, "
                        "`kabkota` tidak masuk kunci slot; hitung kab/kota yang berbeda di setiap slot."),
            ],
        ),
        Question(
            id="posting_per_pekan",
            title="Posting per kab/kota per pekan",
            points=2,
            statement="""
Buat tabel pivot banyaknya rencana posting dengan **satu baris per pekan** dan **satu kolom per
kab/kota** (`Berau`, `Kutai Timur`, `Penajam Paser Utara`). Pekan = nomor pekan ISO (Senin–Minggu)
dari kolom `tanggal`: buat dulu kolom `pekan` di `kalender_bersama` dengan `.dt.isocalendar().week`,
seperti contoh di Modul 10.

Pekan tanpa posting dari sebuah kab/kota harus berisi **0**, bukan kosong. Simpan tabelnya di
`posting_per_pekan`. Tabel ini bahan rapat koordinasi: siapa yang sepi di pekan mana.
""",
            answer=Table("posting_per_pekan", columns=["Berau", "Kutai Timur", "Penajam Paser Utara"],
                         decimals=0),
            solution=GABUNG + PEKAN +
            'posting_per_pekan = kalender_bersama.pivot_table(index="pekan", columns="kabkota", '
            'values="id_rencana", aggfunc="count", fill_value=0)',
            accept=[GABUNG + 'posting_per_pekan = pd.crosstab(kalender_bersama["tanggal"].dt.isocalendar().week, '
                             'kalender_bersama["kabkota"])',
                    GABUNG + 'kalender_bersama["pekan"] = kalender_bersama["tanggal"].dt.to_period("W").dt.start_time\n'
                             'posting_per_pekan = kalender_bersama.pivot_table(index="pekan", columns="kabkota", '
                             'values="id_rencana", aggfunc="count", fill_value=0)'],
            show=True,
            hints=[
                "Buat kolom `pekan` dari `tanggal` dengan `.dt.isocalendar().week`, lalu pakai `pivot_table` "
                "seperti contoh per platform "
                "di Modul 10: `index=\"pekan\"`, `columns=\"kabkota\"`.",
                "Yang dihitung adalah baris (posting): `values=\"id_rencana\", aggfunc=\"count\"`. Tambahkan "
                "`fill_value=0` agar pekan tanpa posting berisi 0.",
            ],
            mistakes=[
                Mistake(GABUNG + PEKAN +
                        'posting_per_pekan = kalender_bersama.pivot_table(index="pekan", columns="kabkota", '
                        'values="id_rencana", aggfunc="count")',
                        "Ada sel kosong (NaN): pekan tanpa posting dari sebuah kab/kota. Tambahkan "
                        "`fill_value=0` agar sel itu berisi 0."),
                Mistake(GABUNG + PEKAN +
                        'posting_per_pekan = kalender_bersama.pivot_table(index="pekan", columns="kabkota", '
                        'values="tema", aggfunc="nunique", fill_value=0)',
                        "Anda menghitung **tema yang berbeda**, bukan posting: tema yang diulang dalam satu "
                        "pekan hanya terhitung sekali. Hitung baris dengan `values=\"id_rencana\", "
                        "aggfunc=\"count\"`."),
            ],
        ),
        Question(
            id="memakai_ulang_konten",
            title="Memakai ulang konten kab/kota lain",
            points=1,
            statement="""
Diskominfo Berau ingin memuat ulang infografis "Siaga banjir" buatan Diskominfo Kutai Timur di akun
Instagram Berau. Infografis itu dibuat oleh dan atas nama Pemkab Kutai Timur, tanpa musik dan tanpa
foto warga. Menurut UU No. 28 Tahun 2014 tentang Hak Cipta seperti diajarkan di Modul 09 dan praktik
kredit di Modul 10, mana yang paling tepat?
""",
            answer=Choice("jawaban_4", options={
                "A": "Setiap pemakaian ulang konten instansi lain melanggar UU 28/2014, jadi Berau harus meminta "
                     "izin tertulis lebih dulu atau membuat infografis sendiri dari nol.",
                "B": "Pasal 43 huruf b: mengumumkan atau menggandakan sesuatu yang dilaksanakan oleh atau atas nama "
                     "pemerintah bukan pelanggaran, kecuali dinyatakan dilindungi; Berau tetap memberi tahu Kutai "
                     "Timur dan menulis baris sumber di caption.",
                "C": "Boleh dimuat ulang tanpa menyebut sumber karena konten pemerintah milik umum; bila kelak "
                     "ditambah lagu populer, lagu itu juga bebas dipakai dengan alasan yang sama.",
                "D": "Boleh dimuat ulang asal logo Kutai Timur dihapus dan diganti logo Berau, agar warga Berau "
                     "tidak bingung dari mana informasi siaga banjir itu berasal.",
            }),
            solution='jawaban_4 = "B"   # Pasal 43 huruf b; sebut sumbernya (baris kredit ilustratif)',
            hints=[
                "Ingat daftar \"bukan pelanggaran\" di Pasal 43 (Modul 09): huruf b menyebut konten yang "
                "dilaksanakan oleh atau atas nama pemerintah.",
                "Pengecualian itu tidak berlaku untuk musik milik orang lain, dan tidak berarti sumbernya boleh "
                "disembunyikan.",
            ],
            mistakes=[
                Mistake('jawaban_4 = "C"',
                        "Tanpa menyebut sumber, warga tidak tahu asal infografis itu. Lagu populer juga perlu izin "
                        "penciptanya (Modul 09), walaupun videonya milik pemerintah."),
                Mistake('jawaban_4 = "D"',
                        "Mengganti logo membuat konten seolah-olah buatan Berau. Sebutkan sumbernya dengan baris "
                        "kredit, bukan menyembunyikannya."),
                Mistake('jawaban_4 = "A"',
                        "Pasal 43 huruf b justru menyebut bahwa konten yang dilaksanakan oleh atau atas nama "
                        "pemerintah bukan pelanggaran, kecuali dinyatakan dilindungi."),
            ],
        ),
        Task(
            id="usulan_kolaborasi",
            title="Usulan kolaborasi antardaerah",
            points=3,
            statement="""
Tulis **usulan kolaborasi singkat (5–10 kalimat atau butir)** dari Diskominfo kab/kota Anda kepada
Diskominfo dua kab/kota lain, untuk dibahas di rapat koordinasi atau grup kerja antar-Diskominfo.
Pakai hasil Soal 2 dan Soal 3 (atau hasil alat Penggabung kalender di Modul 10). Usulan yang baik
memuat:

1. **siapa** yang diajak dan **satu tema atau momen bersama** beserta tanggalnya (dari kalender,
   atau hari nasional yang tanggalnya bersumber, misalnya Hari Guru Nasional 25 November);
2. **pembagian kerja**: siapa membuat materi utama, siapa mengadaptasi dan membagikan ulang, dan
   bagaimana sumbernya disebut (baris kredit);
3. **cara menghindari bentrok**: aturan jam atau giliran yang disepakati, dan satu bentrok dari
   Soal 2 yang perlu digeser;
4. **kapan dan lewat mana berkoordinasi**: kalender bersama (berkas .xlsx/.csv), tenggat, dan siapa
   penanggung jawabnya.

Ini latihan menulis; format usulan ini contoh ilustratif, bukan format resmi.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 3 poin):**

- 1 poin — **tema dan mitra**: menyebut sedikitnya dua kab/kota mitra (nama kab/kota Kaltim mana
  pun) **dan** satu tema atau momen bersama **dengan tanggal** (dari kalender latihan, kalender
  sendiri, atau hari nasional yang tanggalnya benar, mis. Hari Pahlawan 10 November, Hari Guru
  Nasional 25 November). Tema tanpa tanggal atau tanpa mitra: 0 poin.
- 1 poin — **pembagian kerja dan kredit**: menyebut siapa membuat materi utama dan siapa
  mengadaptasi/membagikan ulang, **dan** bahwa sumber disebut (baris kredit, "Sumber: …",
  menandai akun asal, atau sejenisnya). Tidak meminta menghapus logo atau mengaku karya sendiri.
  Tidak memuat data pribadi warga.
- 1 poin — **koordinasi yang bisa diperiksa**: sedikitnya **dua** dari tiga hal ini: (a) aturan
  jam/giliran untuk menghindari bentrok, atau satu bentrok yang disebut dan cara menggesernya;
  (b) alat atau berkas koordinasi (kalender bersama .xlsx/.csv, grup kerja, rapat); (c) tenggat atau
  penanggung jawab (jabatan atau bidang, tanpa nama pribadi pun boleh).
- Terima variasi daerah dan kata: kampung/desa/kelurahan, "Diskominfo", "Diskominfo Staper",
  "Dinas Kominfo", nama bidang yang berbeda; WhatsApp, surel, atau rapat daring sebagai kanal;
  bentuk butir atau paragraf. Ejaan tidak dinilai selama maksudnya jelas. Momen yang tanggalnya
  salah (mis. Hari Guru Nasional selain 25 November) tidak mendapat poin pertama.

Contoh jawaban (ilustratif):

> Usulan Diskominfo Berau kepada Diskominfo Kutai Timur dan Penajam Paser Utara: kampanye bersama
> "Terima kasih, Guru" pada Hari Guru Nasional, Selasa 25 November 2025. Kutai Timur membuat video
> utama paling lambat 20 November; Berau dan PPU mengadaptasinya dengan kisah guru di
> kampung/desa masing-masing dan mencantumkan "Diadaptasi dari: Diskominfo Kabupaten Kutai Timur".
> Ketiga akun Instagram bergiliran: Kutai Timur pukul 08.00, Berau 10.00, PPU 12.00 WITA, agar akun
> provinsi dapat membagikan ulang satu per satu. Bentrok Facebook yang ditemukan di Soal 2 kami geser
> satu jam lebih awal. Koordinasi lewat kalender bersama (berkas kalender_bersama_2025-11.xlsx) yang
> diperbarui setiap Senin oleh admin media sosial tiap Diskominfo, dan dibahas di grup kerja Bidang
> IKP.
""",
            example_answer="""
Usulan Diskominfo Berau kepada Diskominfo Kutai Timur dan Penajam Paser Utara: kampanye bersama
"Terima kasih, Guru" pada Hari Guru Nasional, Selasa 25 November 2025. Kutai Timur membuat video
utama paling lambat 20 November; Berau dan PPU mengadaptasinya dengan kisah guru di kampung/desa
masing-masing dan mencantumkan "Diadaptasi dari: Diskominfo Kabupaten Kutai Timur". Ketiga akun
Instagram bergiliran: Kutai Timur pukul 08.00, Berau 10.00, PPU 12.00 WITA. Bentrok Facebook dari
Soal 2 kami geser satu jam lebih awal. Koordinasi lewat kalender bersama (kalender_bersama_2025-11.xlsx)
yang diperbarui setiap Senin oleh admin media sosial tiap Diskominfo.
""",
        ),
    ],
)
