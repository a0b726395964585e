"""Latihan 03 — KIM sebagai jembatan aspirasi (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Markdown, Mistake, Number, Question, Series, Table, Task

HARI = 'aspirasi["hari_tanggapan"] = (aspirasi["tanggal_tindak_lanjut"] - aspirasi["tanggal_diterima"]).dt.days\n'
TINDAK = 'aspirasi["ditindaklanjuti"] = aspirasi["tanggal_tindak_lanjut"].notna()\n'
NOVEMBER = 'november = aspirasi[aspirasi["tanggal_diterima"].dt.to_period("M") == "2025-11"]\n'

SOURCE = Exercise(
    name="latihan03",
    title="Latihan 03 — KIM sebagai jembatan aspirasi",
    minutes=30,
    intro="""
Latihan ini melatih langkah-langkah Modul 03: menghitung lama tindak lanjut aspirasi, persentase
aspirasi yang sudah ditindaklanjuti, kategori terbanyak per kabupaten/kota, dan ringkasan bulanan
untuk pimpinan. Di akhir, Anda menulis balasan kepada warga.

**Data:** tabel `aspirasi` adalah **data sintetis**: aspirasi warga rekaan yang masuk lewat KIM
di 10 kabupaten/kota Kalimantan Timur, Juli–Desember 2025 (keadaan per 31 Desember 2025).
Kategori, kanal dan nama instansinya contoh ilustratif, bukan klasifikasi resmi.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

aspirasi = kimkit.data.aspirasi_warga()   # data SINTETIS: aspirasi warga rekaan
""",
    parts=[
        Markdown("tabel_aspirasi", """
## Tabel aspirasi

Satu baris = satu aspirasi (**data sintetis**). Kolom yang dipakai di latihan ini:

- `tanggal_diterima` — tanggal KIM menerima aspirasi;
- `kabkota`, `kategori`, `status` (`baru`, `diteruskan`, `ditindaklanjuti`, `selesai`);
- `tanggal_tindak_lanjut` — tanggal instansi menindaklanjuti; **kosong (`NaT`) bila belum**.

Aspirasi dihitung **sudah ditindaklanjuti** bila tanggal tindak lanjutnya terisi, yaitu yang
berstatus `ditindaklanjuti` atau `selesai` (`selesai` = hasilnya juga sudah disampaikan kembali
kepada warga). Yang berstatus `baru` dan `diteruskan` masih terbuka.
"""),
        Code("lihat_aspirasi", 'aspirasi[["id_aspirasi", "tanggal_diterima", "kabkota", "kategori", "status", '
                               '"tanggal_tindak_lanjut"]].head()'),
        Question(
            id="median_kategori",
            title="Median lama tindak lanjut per kategori",
            points=2,
            statement="""
Buat kolom baru `hari_tanggapan` di tabel `aspirasi`: banyaknya hari dari `tanggal_diterima`
sampai `tanggal_tindak_lanjut`. Untuk aspirasi yang belum ditindaklanjuti, kolom ini otomatis
kosong (`NaN`).

Lalu hitung **median** `hari_tanggapan` untuk setiap kategori. Simpan hasilnya di
`median_kategori` sebagai **Series** pandas: indeksnya nama kategori (8 kategori), nilainya
median dalam hari. Jangan membulatkan.
""",
            answer=Series("median_kategori", decimals=1, per="kategori"),
            solution='selisih = aspirasi["tanggal_tindak_lanjut"] - aspirasi["tanggal_diterima"]\n'
                     'aspirasi["hari_tanggapan"] = selisih.dt.days\n'
                     'median_kategori = aspirasi.groupby("kategori")["hari_tanggapan"].median()',
            hints=[
                "Kurangkan dua kolom tanggal (yang lebih akhir dikurangi yang lebih awal), lalu ambil "
                "jumlah harinya dengan `.dt.days`, seperti contoh di Modul 03.",
                "Kelompokkan menurut kategori: `aspirasi.groupby(\"kategori\")[\"hari_tanggapan\"]`, lalu "
                "`.median()`. Sel yang kosong dilewati dengan sendirinya.",
            ],
            mistakes=[
                Mistake(HARI + 'median_kategori = aspirasi.groupby("kategori")["hari_tanggapan"].mean()',
                        "Itu rata-rata (mean). Beberapa aspirasi butuh waktu sangat lama dan menarik "
                        "rata-rata ke atas; soal ini meminta median (nilai tengah): `.median()`."),
                Mistake('aspirasi["hari_tanggapan"] = (aspirasi["tanggal_diterima"] - '
                        'aspirasi["tanggal_tindak_lanjut"]).dt.days\n'
                        'median_kategori = aspirasi.groupby("kategori")["hari_tanggapan"].median()',
                        "Nilai Anda negatif: urutan pengurangannya terbalik. Tanggal tindak lanjut "
                        "dikurangi tanggal diterima."),
                Mistake(HARI + 'median_kategori = aspirasi.groupby("kategori")["hari_tanggapan"]'
                               '.apply(lambda s: s.fillna(0).median())',
                        "Aspirasi yang belum ditindaklanjuti Anda hitung sebagai 0 hari, seolah-olah "
                        "langsung selesai. Biarkan kosong: `.median()` melewatinya."),
            ],
        ),
        Question(
            id="persen_ditindaklanjuti",
            title="Persentase aspirasi yang sudah ditindaklanjuti",
            points=2,
            statement="""
Berapa persen aspirasi di seluruh tabel yang **sudah ditindaklanjuti** (status `ditindaklanjuti`
atau `selesai`, yaitu yang tanggal tindak lanjutnya terisi)? Simpan angkanya dalam **persen**
(misalnya `12.3`, bukan `0.123`) di `persen_ditindaklanjuti`. Satu desimal cukup.

Boleh juga membuat kolom bantu `ditindaklanjuti` (`True`/`False`) dulu.
""",
            answer=Number("persen_ditindaklanjuti", decimals=1),
            solution='persen_ditindaklanjuti = aspirasi["tanggal_tindak_lanjut"].notna().mean() * 100',
            accept=['porsi = aspirasi["status"].value_counts(normalize=True) * 100\n'
                    'persen_ditindaklanjuti = porsi["ditindaklanjuti"] + porsi["selesai"]'],
            hints=[
                "`aspirasi[\"tanggal_tindak_lanjut\"].notna()` memberi `True` untuk aspirasi yang sudah "
                "punya tanggal tindak lanjut.",
                "Rata-rata (`.mean()`) kolom `True`/`False` adalah porsi `True` (pecahan 0–1). Kalikan 100 "
                "agar menjadi persen. Cara lain: jumlahkan porsi `ditindaklanjuti` dan `selesai` dari "
                "`value_counts(normalize=True)`.",
            ],
            mistakes=[
                Mistake('persen_ditindaklanjuti = aspirasi["status"].isin(["diteruskan", "ditindaklanjuti", '
                        '"selesai"]).mean() * 100',
                        "Aspirasi berstatus `diteruskan` masih terbuka: baru dikirim ke instansi dan belum "
                        "ditindaklanjuti (tanggal tindak lanjutnya kosong). Hitung hanya `ditindaklanjuti` "
                        "dan `selesai`."),
                Mistake(TINDAK + 'persen_ditindaklanjuti = aspirasi["ditindaklanjuti"].mean()',
                        "Itu masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('persen_ditindaklanjuti = aspirasi["status"].value_counts(normalize=True)["selesai"] * 100',
                        "Itu hanya yang berstatus `selesai`. Aspirasi berstatus `ditindaklanjuti` juga "
                        "sudah ditindaklanjuti (hanya warganya belum dikabari)."),
            ],
        ),
        Question(
            id="kategori_teratas",
            title="Kategori terbanyak per kabupaten/kota",
            points=1,
            statement="""
Untuk setiap kabupaten/kota, kategori mana yang **paling banyak** aspirasinya? Simpan hasilnya di
`kategori_teratas` sebagai **tabel** (DataFrame) dengan satu baris per kab/kota (10 baris) dan
kolom `kabkota` dan `kategori` (nama kategori terbanyak). Kolom lain, misalnya `jumlah`, boleh
ada. Jawabannya tunggal: di setiap kab/kota tidak ada dua kategori yang sama banyak di peringkat
pertama.
""",
            answer=Table("kategori_teratas", columns=["kategori"], key="kabkota"),
            solution='kategori_teratas = aspirasi.pivot_table(index="kabkota", columns="kategori", '
                     'values="id_aspirasi", aggfunc="count", fill_value=0).idxmax(axis=1).reset_index(name="kategori")',
            accept=['per_pasangan = aspirasi.groupby(["kabkota", "kategori"]).size().reset_index(name="jumlah")\n'
                    'kategori_teratas = per_pasangan.sort_values("jumlah", ascending=False).groupby("kabkota").head(1)'],
            hints=[
                "Dua cara dari contoh kanal di Modul 03: tabel silang `pivot_table(..., aggfunc=\"count\", "
                "fill_value=0)` lalu `.idxmax(axis=1)`; atau hitung per pasangan kab/kota–kategori, urutkan "
                "dari yang terbanyak, lalu `groupby(\"kabkota\").head(1)`.",
                "Hasil `.idxmax(axis=1)` masih Series; jadikan tabel dengan `.reset_index(name=\"kategori\")`.",
            ],
            mistakes=[
                Mistake('kategori_teratas = aspirasi.groupby("kabkota")["kategori"].max().reset_index()',
                        "`.max()` pada kolom teks memberi nama yang paling akhir menurut abjad, bukan "
                        "kategori yang paling sering muncul. Hitung dulu jumlah per kategori, lalu ambil "
                        "yang terbanyak."),
                Mistake('kategori_teratas = aspirasi.pivot_table(index="kabkota", columns="kategori", '
                        'values="id_aspirasi", aggfunc="count", fill_value=0).idxmin(axis=1).reset_index(name="kategori")',
                        "Itu kategori yang paling sedikit. Pakai `.idxmax(axis=1)`."),
                Mistake('per_pasangan = aspirasi.groupby(["kabkota", "kategori"]).size().reset_index(name="jumlah")\n'
                        'kategori_teratas = per_pasangan.sort_values("jumlah").groupby("kabkota").head(1)',
                        "Urutannya dari yang paling sedikit. Tambahkan `ascending=False` agar baris pertama "
                        "tiap kab/kota adalah yang terbanyak."),
            ],
        ),
        Question(
            id="ringkasan_november",
            title="Ringkasan bulanan untuk pimpinan",
            points=2,
            statement="""
Buat ringkasan aspirasi yang **diterima pada November 2025**, satu baris per kategori, dengan
kolom:

- `kategori` — nama kategori (sebagai **kolom** biasa, bukan indeks: akhiri dengan `.reset_index()`);
- `jumlah` — banyaknya aspirasi yang diterima;
- `persen_ditindaklanjuti` — persen yang sudah ditindaklanjuti (0–100);
- `median_hari` — median `hari_tanggapan` (dari aspirasi yang sudah ditindaklanjuti).

Simpan tabelnya di `ringkasan_november`. Kolom bantu `hari_tanggapan` (Soal 1) dan
`ditindaklanjuti` (Soal 2) boleh dipakai; jika belum ada, buat dulu:

```python
aspirasi["hari_tanggapan"] = (aspirasi["tanggal_tindak_lanjut"] - aspirasi["tanggal_diterima"]).dt.days
aspirasi["ditindaklanjuti"] = aspirasi["tanggal_tindak_lanjut"].notna()
```

Inilah tabel yang dikirim Diskominfo kepada pimpinannya setiap bulan (di Modul 03 Anda
mengekspornya ke Excel).
""",
            answer=Table("ringkasan_november", columns=["jumlah", "persen_ditindaklanjuti", "median_hari"],
                         key="kategori", decimals=1),
            solution="""
aspirasi["hari_tanggapan"] = (aspirasi.tanggal_tindak_lanjut - aspirasi.tanggal_diterima).dt.days
aspirasi["ditindaklanjuti"] = aspirasi["status"].isin(["ditindaklanjuti", "selesai"])
nov = aspirasi[aspirasi["tanggal_diterima"].dt.to_period("M") == "2025-11"]
ringkasan_november = nov.groupby("kategori").agg(jumlah=("id_aspirasi", "count"), persen_ditindaklanjuti=("ditindaklanjuti", "mean"), median_hari=("hari_tanggapan", "median")).reset_index()
ringkasan_november["persen_ditindaklanjuti"] *= 100
""",
            show=True,
            hints=[
                "Saring dulu aspirasi November: `aspirasi[aspirasi[\"tanggal_diterima\"].dt.to_period(\"M\") "
                "== \"2025-11\"]`.",
                "Lalu `groupby(\"kategori\").agg(jumlah=(\"id_aspirasi\", \"count\"), "
                "persen_ditindaklanjuti=(\"ditindaklanjuti\", \"mean\"), median_hari=(\"hari_tanggapan\", "
                "\"median\"))`, diakhiri `.reset_index()`.",
                "Rata-rata kolom `True`/`False` masih pecahan: kalikan kolom `persen_ditindaklanjuti` "
                "dengan 100.",
            ],
            mistakes=[
                Mistake(HARI + TINDAK + NOVEMBER + """ringkasan_november = november.groupby("kategori").agg(
    jumlah=("id_aspirasi", "count"),
    persen_ditindaklanjuti=("ditindaklanjuti", "mean"),
    median_hari=("hari_tanggapan", "mean"),
).reset_index()
ringkasan_november["persen_ditindaklanjuti"] = ringkasan_november["persen_ditindaklanjuti"] * 100
""", "Kolom `median_hari` Anda berisi rata-rata (`\"mean\"`). Pakai `\"median\"` untuk kolom itu."),
                Mistake(HARI + TINDAK + NOVEMBER + """ringkasan_november = november.groupby("kategori").agg(
    jumlah=("id_aspirasi", "count"),
    persen_ditindaklanjuti=("ditindaklanjuti", "mean"),
    median_hari=("hari_tanggapan", "median"),
).reset_index()
""", "Kolom `persen_ditindaklanjuti` masih pecahan (0–1). Kalikan dengan 100 agar menjadi persen."),
                Mistake(HARI + TINDAK + """november = aspirasi[aspirasi["tanggal_tindak_lanjut"].dt.to_period("M") == "2025-11"]
ringkasan_november = november.groupby("kategori").agg(
    jumlah=("id_aspirasi", "count"),
    persen_ditindaklanjuti=("ditindaklanjuti", "mean"),
    median_hari=("hari_tanggapan", "median"),
).reset_index()
ringkasan_november["persen_ditindaklanjuti"] = ringkasan_november["persen_ditindaklanjuti"] * 100
""", "Anda menyaring menurut tanggal tindak lanjut. Ringkasan bulanan memuat aspirasi yang "
     "**diterima** pada bulan itu: saring menurut `tanggal_diterima`."),
            ],
        ),
        Question(
            id="menutup_lingkaran",
            title="Menutup lingkaran",
            points=1,
            statement="""
Dalam pengelolaan aspirasi lewat KIM, apa arti **menutup lingkaran** (*closing the loop*)?
""",
            answer=Choice("jawaban_5", options={
                "A": "Menghapus aspirasi yang sudah lebih dari 30 hari dari catatan agar laporan rapi.",
                "B": "Menyampaikan kembali kepada warga apa yang terjadi dengan aspirasinya, termasuk bila "
                     "belum atau tidak bisa dipenuhi, beserta langkah berikutnya.",
                "C": "Meneruskan aspirasi ke instansi; setelah itu tugas KIM selesai.",
                "D": "Menutup kanal WhatsApp KIM setelah pertemuan warga berakhir.",
            }),
            solution='jawaban_5 = "B"   # warga dikabari hasilnya; status "selesai" di tabel',
            hints=[
                "Ingat arti status `selesai` di tabel: apa yang terjadi setelah instansi menindaklanjuti?",
                "Lingkaran dimulai dari warga (aspirasi masuk) dan harus kembali ke warga.",
            ],
            mistakes=[
                Mistake('jawaban_5 = "C"',
                        "Meneruskan ke instansi baru separuh jalan. Warga perlu dikabari apa yang terjadi "
                        "dengan aspirasinya: itulah yang menutup lingkaran."),
            ],
        ),
        Markdown("kasus_balasan", """
## Kasus untuk Soal 6 (data sintetis)

Jalankan sel berikut untuk melihat aspirasi **SINT-ASP-0514**. Statusnya `ditindaklanjuti`:
instansi sudah bertindak, tetapi warga belum dikabari.

**Catatan tindak lanjut dari instansi (contoh ilustratif):** pada 2 Desember 2025 petugas
Perusahaan Daerah Air Minum memeriksa instalasi pengolahan dan mengganti saringan yang tersumbat
lumpur. Bila air masih keruh setelah hujan deras, warga diminta melapor lagi lewat KIM dengan
menyebut waktu kejadiannya.
"""),
        Code("lihat_kasus", 'aspirasi[aspirasi["id_aspirasi"] == "SINT-ASP-0514"].T'),
        Task(
            id="balasan_warga",
            title="Balasan kepada warga",
            points=2,
            statement="""
Anda pengurus KIM Contoh BRU 16 (Kampung Sintetis 047, Berau; semua nama rekaan). Tulis
**balasan singkat (3–6 kalimat)** kepada warga yang menyampaikan aspirasi SINT-ASP-0514, untuk
dikirim lewat grup WhatsApp KIM atau dibacakan di pertemuan KIM. Pakai catatan tindak lanjut di
atas. Balasan yang baik:

- berterima kasih dan menyebut aspirasi mana yang dibalas (tanpa nama warga);
- menyebut apa yang sudah dilakukan, oleh instansi mana, dan kapan;
- mengatakan apa yang bisa dilakukan warga berikutnya, dan lewat mana;
- jujur: tidak menjanjikan hal yang tidak ada di catatan tindak lanjut.

Format balasan ini contoh ilustratif, bukan format resmi.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 2 poin):**
- 1 poin — isi: menyebut **ketiga** hal ini dengan benar: (a) aspirasinya (air keruh setelah
  hujan; nomor SINT-ASP-0514 atau tanggal diterima 26 November 2025 boleh, tidak wajib),
  (b) tindakan instansi (Perusahaan Daerah Air Minum/PDAM memeriksa dan mengganti saringan),
  (c) waktunya (2 Desember 2025, atau "awal Desember"). Salah satu kurang atau salah: 0 poin.
- 1 poin — menutup lingkaran dengan jujur: memberi langkah berikutnya bagi warga (melapor lagi
  lewat KIM bila air keruh lagi, dengan waktu kejadian) **dan** tidak memuat janji atau fakta yang
  tidak ada di catatan (misalnya "air dijamin jernih", "pipa baru dipasang"), **dan** tidak
  memuat data pribadi (nama warga, NIK, nomor telepon pribadi).
- Terima variasi wilayah dan kata: kampung/desa, "Bapak/Ibu", "warga sekalian", sapaan atau
  salam daerah, PDAM/Perumda Air Minum, bahasa WhatsApp yang sopan. Ejaan dan panjang kalimat
  tidak dinilai selama maksudnya jelas.

Contoh jawaban (ilustratif):

> Terima kasih, Bapak/Ibu warga Kampung Sintetis 047, atas laporan tentang air keruh setelah hujan
> deras yang disampaikan di pertemuan KIM akhir November. Laporan itu sudah kami teruskan, dan pada
> 2 Desember 2025 petugas Perusahaan Daerah Air Minum memeriksa instalasi pengolahan serta
> mengganti saringan yang tersumbat lumpur. Bila air masih keruh setelah hujan deras, silakan
> melapor lagi lewat KIM dengan menyebut hari dan jamnya, agar bisa kami teruskan kembali.
""",
            example_answer="""
Terima kasih, Bapak/Ibu warga Kampung Sintetis 047, atas laporan tentang air keruh setelah hujan
deras yang disampaikan di pertemuan KIM akhir November. Laporan itu sudah kami teruskan, dan pada
2 Desember 2025 petugas Perusahaan Daerah Air Minum memeriksa instalasi pengolahan serta mengganti
saringan yang tersumbat lumpur. Bila air masih keruh setelah hujan deras, silakan melapor lagi lewat
KIM dengan menyebut hari dan jamnya, agar bisa kami teruskan kembali.
""",
        ),
    ],
)
