"""Latihan 07 — Analitik media sosial (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Items, Markdown, Mistake, Number, Question, Series, Table, Task

SOURCE = Exercise(
    name="latihan07",
    title="Latihan 07 — Analitik media sosial",
    minutes=30,
    intro="""
Latihan ini melatih perhitungan *engagement rate* (ER), ringkasan per platform, peringkat
posting, jam unggah, dan membaca grafik. Semua soal memakai tabel `posting`, yaitu **data
sintetis**: posting rekaan akun 10 Diskominfo kab/kota, Januari–Juni 2025. Angka-angkanya
bukan kinerja akun sungguhan.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

posting = kimkit.data.posting_medsos()   # data sintetis
# seperti di Modul 07: interaksi = likes + comments + shares + saves
posting["interaksi"] = posting["likes"] + posting["comments"] + posting["shares"] + posting["saves"]
""",
    parts=[
        Markdown("tabel_posting", """
## Tabel posting

Satu baris = satu posting (**data sintetis**). Kolom yang dipakai di latihan ini: `id_posting`,
`kabkota`, `platform`, `format`, `waktu_unggah` (tanggal dan jam, WITA), `reach`, `likes`,
`comments`, `shares`, `saves` dan `interaksi`. Kolom `interaksi` sudah dibuat di sel persiapan
seperti di Modul 07: `likes + comments + shares + saves`. Keterangan kolom lainnya:
`print(kimkit.data.info("posting_medsos"))`.
"""),
        Code("lihat_posting", "posting.head()"),
        Question(
            id="er_posting",
            title="ER setiap posting",
            points=2,
            statement="""
Dalam latihan ini **ER** selalu berarti *engagement rate* berdasarkan *reach*:

- interaksi = `likes` + `comments` + `shares` + `saves` (sudah tersedia sebagai kolom `interaksi`);
- ER = interaksi ÷ `reach` × 100, dalam **persen** (misalnya `3.94`, bukan `0.0394`).

Buat salinan tabel `posting` dengan metode `.copy()` (seperti `posting_saya` di Modul 07 bagian 4)
dan simpan di variabel `posting_er`, lalu
tambahkan kolom baru `er_reach` berisi ER setiap posting. Jangan mengubah jumlah baris (tetap
satu baris per posting) dan **jangan membulatkan** kolom ini.
""",
            answer=Table("posting_er", columns=["er_reach"], key="id_posting", decimals=2),
            solution="""
posting_er = posting.copy()
posting_er["er_reach"] = posting_er["interaksi"] / posting_er["reach"] * 100
""",
            hints=[
                "Mulailah dengan `posting_er = posting.copy()`, lalu isi kolom baru dengan "
                "`posting_er[\"er_reach\"] = ...` (satu baris).",
                "Bagi kolom `interaksi` dengan kolom `reach`, lalu kalikan 100, seperti kolom `er_reach` "
                "di Modul 07 bagian 2: `posting_er[\"interaksi\"] / posting_er[\"reach\"] * 100`.",
                "Jangan bulatkan kolom ini; pembulatan cukup saat menampilkan hasil.",
            ],
            mistakes=[
                Mistake("""
posting_er = posting.copy()
posting_er["er_reach"] = (posting_er["likes"] + posting_er["comments"]
                          + posting_er["shares"] + posting_er["saves"]) / posting_er["reach"]
""", "Nilai Anda 100 kali lebih kecil: ER dinyatakan dalam persen, jadi hasil bagi interaksi ÷ "
     "reach masih perlu dikalikan 100."),
                Mistake("""
posting_er = posting.copy()
posting_er["er_reach"] = (posting_er["likes"] + posting_er["comments"]
                          + posting_er["shares"] + posting_er["saves"]) / posting_er["impressions"] * 100
""", "Anda membagi dengan impressions (tayangan). Soal ini meminta ER berdasarkan reach "
     "(jangkauan): penyebutnya kolom `reach`."),
                Mistake("""
posting_er = posting.copy()
posting_er["er_reach"] = (posting_er["likes"] + posting_er["comments"]
                          + posting_er["shares"] + posting_er["saves"]) / posting_er["followers"] * 100
""", "Anda membagi dengan followers (pengikut). Soal ini meminta ER berdasarkan reach "
     "(jangkauan): penyebutnya kolom `reach`."),
                Mistake("""
posting_er = posting.copy()
posting_er["er_reach"] = (posting_er["likes"] + posting_er["comments"] + posting_er["shares"]) / posting_er["reach"] * 100
""", "Kolom `saves` belum ikut dijumlahkan. Interaksi di soal ini = likes + comments + shares + saves."),
                Mistake("""
posting_er = posting.copy()
posting_er["er_reach"] = (posting_er["likes"] + posting_er["comments"]) / posting_er["reach"] * 100
""", "Anda baru menghitung likes + comments. Interaksi di soal ini = likes + comments + shares + saves."),
            ],
        ),
        Question(
            id="er_platform",
            title="Rata-rata ER per platform",
            points=2,
            statement="""
Hitung rata-rata (*mean*) kolom `er_reach` untuk setiap platform. Hasilnya berupa **Series**
pandas: indeksnya nama platform (Facebook, Instagram, TikTok, YouTube) dan nilainya rata-rata
ER dalam persen, **dibulatkan ke 2 desimal** dengan `.round(2)`. Simpan di `er_platform`.

Yang diminta adalah rata-rata ER per posting (rata-rata nilai kolom `er_reach`), bukan total
interaksi dibagi total *reach*.
""",
            answer=Series("er_platform", decimals=2, per="platform"),
            solution='er_platform = posting_er.groupby("platform")["er_reach"].mean().round(2)',
            hints=[
                "Kelompokkan menurut platform seperti di Modul 07 bagian 4: `posting_er.groupby(\"platform\")`.",
                "Ambil kolom `[\"er_reach\"]`, hitung `.mean()`, lalu `.round(2)`.",
            ],
            mistakes=[
                Mistake("""
interaksi = posting_er["likes"] + posting_er["comments"] + posting_er["shares"] + posting_er["saves"]
er_platform = (interaksi.groupby(posting_er["platform"]).sum()
               / posting_er.groupby("platform")["reach"].sum() * 100).round(2)
""", "Anda menghitung total interaksi ÷ total reach per platform. Itu ukuran lain (ER gabungan). "
     "Soal ini meminta rata-rata kolom `er_reach`, yaitu rata-rata ER per posting: `.mean()` pada "
     "kolom itu."),
                Mistake('er_platform = posting_er.groupby("platform")["er_reach"].median().round(2)',
                        "Itu median (nilai tengah), bukan rata-rata. Pakai `.mean()`."),
                Mistake('er_platform = (posting_er.groupby("platform")["er_reach"].mean() / 100).round(4)',
                        "Nilai Anda 100 kali lebih kecil. Periksa kolom `er_reach` di Soal 1: ER dalam "
                        "persen harus dikalikan 100."),
            ],
        ),
        Question(
            id="top5",
            title="Lima posting dengan ER tertinggi",
            points=1,
            statement="""
Buat **list** berisi `id_posting` dari lima posting dengan `er_reach` tertinggi di seluruh
tabel, misalnya `["SINT-POST-00001", "SINT-POST-00002", ...]`. Simpan di `top5`.

Yang dinilai adalah kelima posting itu; urutan di dalam list tidak dinilai. Jawabannya tunggal:
tidak ada dua posting dengan ER yang persis sama di sekitar peringkat ke-5.
""",
            answer=Items("top5", ordered=False),
            solution='top5 = posting_er.sort_values("er_reach", ascending=False).head(5)["id_posting"].tolist()',
            hints=[
                "Urutkan tabel dari ER terbesar seperti di Modul 07 bagian 4: "
                "`posting_er.sort_values(\"er_reach\", ascending=False)`.",
                "Ambil lima baris teratas dengan `.head(5)`, lalu kolom `[\"id_posting\"]`, dan ubah "
                "menjadi list dengan `.tolist()`.",
            ],
            mistakes=[
                Mistake('top5 = posting_er.sort_values("likes", ascending=False).head(5)["id_posting"].tolist()',
                        "Itu lima posting dengan likes terbanyak (angka mentah). Soal ini meminta ER "
                        "tertinggi: urutkan menurut kolom `er_reach`."),
                Mistake('top5 = posting_er.sort_values("er_reach").head(5)["id_posting"].tolist()',
                        "Itu lima posting dengan ER terendah. Tambahkan `ascending=False` agar urutannya "
                        "dari yang terbesar."),
            ],
        ),
        Question(
            id="jam_terbaik",
            title="Jam unggah dengan rata-rata ER tertinggi",
            points=1,
            statement="""
Ambil jam unggah setiap posting dari kolom `waktu_unggah` (jam 0–23, WITA), lalu hitung
rata-rata `er_reach` untuk setiap jam. Jam mana yang rata-rata ER-nya paling tinggi? Simpan
jam itu sebagai **angka bulat** di `jam_terbaik` (misalnya `8` untuk posting pukul 08.00–08.59).
""",
            answer=Number("jam_terbaik"),
            solution="""
rata_per_jam = posting_er.groupby(posting_er["waktu_unggah"].dt.hour)["er_reach"].mean()
jam_terbaik = rata_per_jam.idxmax()
""",
            hints=[
                "Seperti di Modul 07 bagian 5: jam unggah diambil dengan `posting_er[\"waktu_unggah\"].dt.hour`.",
                "`groupby` juga menerima sebuah Series sebagai pengelompok: "
                "`tabel.groupby(series_jam)[\"er_reach\"].mean()` memberi rata-rata ER per jam.",
                "Dari hasil di atas, `.idxmax()` memberi label (jam) dengan nilai rata-rata tertinggi.",
            ],
            mistakes=[
                Mistake('jam_terbaik = posting_er.loc[posting_er["er_reach"].idxmax(), "waktu_unggah"].hour',
                        "Itu jam unggah satu posting dengan ER tertinggi. Soal ini meminta jam yang "
                        "rata-rata ER semua posting-nya paling tinggi: kelompokkan menurut jam dulu."),
                Mistake('jam_terbaik = posting_er.groupby(posting_er["waktu_unggah"].dt.hour)["er_reach"].mean().idxmin()',
                        "Itu jam dengan rata-rata ER terendah. Pakai `.idxmax()`, bukan `.idxmin()`."),
            ],
        ),
        Question(
            id="bandingkan_er",
            title="Membandingkan angka ER",
            points=1,
            statement="""
Laporan bulanan dua Diskominfo kab/kota sama-sama menulis **"ER 4,2%"**. Kapan kedua angka itu
boleh dibandingkan langsung?
""",
            answer=Choice("jawaban_5", options={
                "A": "Hanya jika keduanya memakai penyebut yang sama dan menghitung jenis interaksi yang sama.",
                "B": "Kapan pun, karena ER selalu dihitung dengan rumus yang sama.",
                "C": "Hanya jika jumlah pengikut kedua akun sama.",
                "D": "Hanya jika keduanya di atas patokan ER 3,5% yang beredar di internet.",
            }),
            solution='jawaban_5 = "A"   # tidak ada satu rumus ER: sebutkan penyebut dan interaksi yang dihitung',
            hints=[
                "Ingat Soal 1: ER di latihan ini memakai reach sebagai penyebut. Apakah itu satu-satunya rumus ER?",
                "Sumber-sumber berbeda soal penyebut (reach, impressions, followers, views) dan soal interaksi "
                "yang dihitung. Tabel patokan ER yang beredar tidak punya sumber jelas.",
            ],
            mistakes=[
                Mistake('jawaban_5 = "B"',
                        "ER tidak punya satu rumus baku: penyebutnya bisa reach, impressions, followers "
                        "atau views, dan interaksi yang dihitung pun bisa berbeda."),
            ],
        ),
        Task(
            id="grafik_er",
            title="Grafik dan tafsiran",
            points=3,
            statement="""
Buat **satu grafik** dari `posting_er` di sel kode di bawah ini, lalu tulis tafsirannya dalam
**2–4 kalimat**. Pilih satu pertanyaan, misalnya:

- Bagaimana tren rata-rata ER per bulan, Januari–Juni 2025? (petunjuk: kelompokkan dengan
  `.dt.to_period("M")`; nama bulan Indonesia: `from kimkit.formatting import bulan_id`)
- Format mana yang rata-rata ER-nya paling tinggi, dan mana yang paling rendah?
- Bagaimana rata-rata ER kab/kota Anda dibandingkan dengan kab/kota lain?

Grafik yang baik punya judul dan label sumbu yang menyebut ukurannya (misalnya "ER berdasarkan
reach (%)") dan menyebut bahwa datanya sintetis. Tafsiran yang baik menyebut apa yang terlihat,
satu hal yang perlu diwaspadai (misalnya penyebut, jumlah posting, atau data sintetis), dan satu
tindak lanjut yang masuk akal bagi Diskominfo.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 3 poin):**
- 1 poin — grafik: berjalan tanpa galat, menjawab satu pertanyaan yang jelas, jenisnya cocok
  (garis untuk tren, batang untuk perbandingan), dan judul atau label sumbunya menyebut ukuran
  yang dipakai (ER berdasarkan reach, %).
- 1 poin — pembacaan: tafsiran sesuai dengan grafik (nilai tertinggi/terendah atau arah tren
  dibaca dengan benar) dan tidak membesar-besarkan selisih yang kecil.
- 1 poin — kehati-hatian dan tindak lanjut: menyebut satu batasan (penyebut, jumlah posting per
  kelompok, data sintetis, atau hubungan yang belum tentu sebab-akibat) **dan** mengusulkan satu
  langkah konkret (misalnya menguji format atau jam tertentu di akun sendiri selama sebulan).
- Bahasa tidak dinilai; jawaban singkat yang jelas mendapat nilai penuh.

Contoh grafik (tren bulanan):

```python
from kimkit.formatting import bulan_id

tren = posting_er.groupby(posting_er["waktu_unggah"].dt.to_period("M"))["er_reach"].mean()
tren.index = bulan_id(tren.index)
tren.plot(kind="line", marker="o", ylim=(0, 7), xlabel="Bulan", ylabel="ER berdasarkan reach (%)",
          title="Rata-rata ER bulanan, Jan–Jun 2025 (data sintetis)")
```

Contoh tafsiran: rata-rata ER berdasarkan reach (data sintetis) naik dari 4,92% pada Januari ke
5,14% pada Februari, bertahan sekitar 5,0–5,1% hingga Mei, lalu turun ke 4,87% pada Juni.
Selisihnya kurang dari 0,3 poin persen, jadi belum bisa disebut tren naik atau turun. Diskominfo
sebaiknya memantau beberapa bulan lagi dengan rumus yang sama sebelum mengubah strategi konten.
""",
            code_cell="""
# Soal 6: tulis kode grafik Anda di sini, lalu jalankan sel ini (Shift+Enter).
# Polanya: ringkasan = posting_er.groupby(...)["er_reach"].mean()
#          ringkasan.plot(kind=..., title=..., ylabel=...)
""",
            example_answer="""
Rata-rata ER berdasarkan reach (data sintetis) bergerak di sekitar 4,9–5,1% dari Januari sampai
Juni 2025; selisihnya kurang dari 0,3 poin persen, jadi belum tampak tren. Karena datanya sintetis
dan jumlah posting per bulan berbeda, Diskominfo perlu memantau akun sendiri beberapa bulan lagi
dengan rumus ER yang sama sebelum mengubah strategi.
""",
        ),
    ],
)
