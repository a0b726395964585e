"""Latihan 05 — Menulis untuk media digital (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Items, Markdown, Mistake, Number, Question, Series, Task

LEAD_03 = 'draf.loc["SINT-DRAF-03", "lead"]'
KET_02 = 'draf.loc["SINT-DRAF-02", "keterangan"]'
KET_04 = 'draf.loc["SINT-DRAF-04", "keterangan"]'

SOURCE = Exercise(
    name="latihan05",
    title="Latihan 05 — Menulis untuk media digital",
    minutes=25,
    intro="""
Latihan ini melatih langkah-langkah Modul 05: menghitung kata dalam lead, memeriksa apakah
keterangan (*caption*) muat di setiap platform, mengambil tagar, mencari unsur 5W+1H yang belum
ada, dan menulis keterangan sendiri.

**Data:** tabel `draf` berisi **data sintetis**: sepuluh draf siaran pers rekaan Diskominfo dan
KIM di 10 kabupaten/kota Kalimantan Timur (semua nama rekaan). Batas platform di
`batas_keterangan` diambil dari tabel bertanggal kimkit (per Januari 2026; batas platform bisa
berubah, jadi periksa lagi di aplikasi sebelum dipakai).
""",
    setup="""
import re
import pandas as pd
import kimkit
import kimkit.captions

draf = kimkit.captions.sample_drafts().set_index("id_draf")   # data SINTETIS: draf siaran pers rekaan
batas_keterangan = kimkit.captions.caption_limits()           # batas panjang keterangan per platform
""",
    parts=[
        Markdown("tabel_draf", """
## Tabel draf dan batas platform

Satu baris = satu draf (**data sintetis**), dengan indeks `id_draf` (misalnya `SINT-DRAF-03`).
Kolom: `kabkota`, `judul`, `lead` (paragraf pertama siaran pers), `keterangan` (teks untuk media
sosial), `ada_gambar` dan `teks_alternatif`. Satu sel diambil dengan `draf.loc["SINT-DRAF-03", "lead"]`.

`batas_keterangan` adalah Series: indeksnya nama platform, nilainya panjang keterangan maksimal
dalam karakter, seperti di Modul 05 (Instagram 2.200 dan TikTok 2.200 sejak September 2022, X 280
untuk akun gratis sejak 7 November 2017, Facebook 63.206).
"""),
        Code("lihat_draf", 'draf[["kabkota", "judul"]]'),
        Code("lihat_batas", "batas_keterangan"),
        Question(
            id="kata_lead",
            title="Jumlah kata dalam lead",
            points=1,
            statement="""
Berapa **kata** dalam lead draf `SINT-DRAF-03` (Berau)? Kata dipisahkan spasi atau baris baru,
seperti di Modul 05. Simpan angkanya di `kata_lead`. (Renungkan juga, tanpa dinilai: apakah lead ini
masih dalam rentang ±20–35 kata?)
""",
            answer=Number("kata_lead"),
            solution=f'kata_lead = len({LEAD_03}.split())',
            accept=['kata_lead = draf["lead"].str.split().str.len()["SINT-DRAF-03"]'],
            hints=[
                f"Ambil teks lead-nya dulu: `{LEAD_03}`.",
                "`.split()` memecah teks menjadi daftar kata; `len(...)` menghitung isi daftar itu.",
            ],
            mistakes=[
                Mistake(f"kata_lead = len({LEAD_03})",
                        "Itu jumlah **karakter** (huruf, spasi dan tanda baca). Pecah dulu menjadi kata dengan "
                        "`.split()`, lalu hitung dengan `len(...)`."),
                Mistake(f'kata_lead = {LEAD_03}.count(" ")',
                        "Itu banyaknya spasi, satu lebih sedikit daripada banyaknya kata (dan salah bila ada "
                        "baris baru atau spasi ganda). Pakai `len(teks.split())`."),
            ],
        ),
        Question(
            id="muat_platform",
            title="Muatkah keterangan di setiap platform?",
            points=2,
            statement="""
Untuk keterangan draf `SINT-DRAF-04` (pasar murah di Kutai Barat), buat **Series** `muat_platform`
berisi `True`/`False` per platform (indeks: nama platform, seperti `batas_keterangan`): `True`
bila panjang keterangan (karakter, dihitung dengan `len`) **tidak melebihi** batas platform itu.
""",
            answer=Series("muat_platform", per="platform"),
            solution=f"muat_platform = len({KET_04}) <= batas_keterangan",
            accept=[f"muat_platform = batas_keterangan >= len({KET_04})",
                    f"muat_platform = (batas_keterangan - len({KET_04})) >= 0"],
            hints=[
                f"Panjang keterangan: `len({KET_04})`.",
                "Membandingkan satu angka dengan Series memberi Series `True`/`False` per baris, seperti "
                "contoh di Modul 05: `panjang <= batas_keterangan`.",
            ],
            mistakes=[
                Mistake(f"muat_platform = len({KET_04}) >= batas_keterangan",
                        "Tandanya terbalik: Anda menandai `True` platform yang batasnya **terlampaui**. "
                        "Keterangan muat bila panjangnya `<=` batas."),
                Mistake(f"muat_platform = batas_keterangan - len({KET_04})",
                        "Itu sisa karakter per platform (negatif berarti terlalu panjang). Soal ini meminta "
                        "`True`/`False`: bandingkan panjangnya dengan batas memakai `<=`."),
                Mistake(f"muat_platform = len({KET_04}.split()) <= batas_keterangan",
                        "Anda menghitung **kata**. Batas platform dihitung dalam **karakter**: pakai `len(teks)` "
                        "tanpa `.split()`."),
            ],
        ),
        Question(
            id="tagar",
            title="Tagar dalam keterangan",
            points=2,
            statement="""
Ambil semua **tagar** (kata yang diawali `#`, beserta tanda `#`-nya) dari keterangan draf
`SINT-DRAF-02`, berurutan seperti dalam teks. Simpan sebagai **list** di `tagar`, misalnya
`["#Contoh", "#Kaltim"]`. Keterangan ini tidak memuat tautan. Berapa banyaknya, dan apakah masih
sesuai batas Instagram sejak Desember 2025?
""",
            answer=Items("tagar", ordered=True),
            solution=f'tagar = re.findall(r"#\\w+", {KET_02})',
            accept=[f"tagar = kimkit.captions.hashtags({KET_02})"],
            preview=f"print({KET_02})",
            hints=[
                "Pola `r\"#\\w+\"` berarti: tanda `#` diikuti satu huruf/angka atau lebih.",
                f"`re.findall(pola, teks)` memberi list semua yang cocok: `re.findall(r\"#\\w+\", {KET_02})`.",
            ],
            mistakes=[
                Mistake(f'tagar = [kata for kata in {KET_02}.split() if kata.startswith("#")]',
                        "Memecah dengan `.split()` ikut membawa tanda baca yang menempel, misalnya titik di "
                        "`#KIMKukar.`. Pakai `re.findall(r\"#\\w+\", teks)`: `\\w` hanya huruf, angka dan garis bawah."),
                Mistake(f'tagar = re.findall(r"#(\\w+)", {KET_02})',
                        "Tanda `#` tidak ikut karena pola Anda memakai tanda kurung `( )`. Tulis polanya tanpa "
                        "tanda kurung: `r\"#\\w+\"`."),
            ],
        ),
        Markdown("siaran_bibit_teks", """
## Siaran untuk Soal 4 (contoh sintetis)

Jalankan sel berikut. Isinya draf siaran pers rekaan dari KIM di Bontang.
"""),
        Code("lihat_siaran", 'siaran_bibit = ("Pengurus KIM Contoh BTG 03 membagikan 200 bibit pohon kepada warga di '
                             'Taman Kelurahan Sintetis 044, Bontang, dengan cara warga cukup menunjukkan kartu '
                             'keluarga.")\nprint(siaran_bibit)'),
        Question(
            id="unsur_kurang",
            title="Unsur 5W+1H yang belum ada",
            points=2,
            statement="""
Baca `siaran_bibit`. Unsur 5W+1H mana yang **belum ada**? Simpan sebagai **list** nama unsurnya
di `unsur_kurang`, ditulis persis seperti salah satu dari: `"apa"`, `"siapa"`, `"kapan"`,
`"di mana"`, `"mengapa"`, `"bagaimana"`. Urutan bebas.
""",
            answer=Items("unsur_kurang", ordered=False),
            solution='unsur_kurang = ["kapan", "mengapa"]   # tidak ada hari/tanggal, tidak ada tujuan atau alasan',
            accept=["unsur_kurang = kimkit.captions.missing_elements(siaran_bibit)"],
            hints=[
                "Jawab keenam pertanyaan untuk siaran ini: apa yang terjadi, siapa pelakunya, kapan, di mana, "
                "mengapa (tujuan atau alasannya), dan bagaimana caranya.",
                "Cari kata waktu (hari, tanggal, pukul) dan kata tujuan (untuk, agar, supaya, karena). Mana "
                "yang tidak ditemukan?",
            ],
            mistakes=[
                Mistake('unsur_kurang = ["kapan", "bagaimana"]',
                        "Caranya ada: warga cukup menunjukkan kartu keluarga (\"dengan cara …\"). Yang tidak ada "
                        "adalah alasan atau tujuan pembagian bibit: mengapa."),
                Mistake('unsur_kurang = ["kapan", "siapa"]',
                        "Pelakunya ada: Pengurus KIM Contoh BTG 03 (dan warga sebagai penerima). Yang tidak ada "
                        "adalah alasan atau tujuan pembagian bibit: mengapa."),
                Mistake('unsur_kurang = ["di mana", "mengapa"]',
                        "Tempatnya ada: Taman Kelurahan Sintetis 044, Bontang. Yang tidak ada adalah waktunya: "
                        "tidak ada hari, tanggal atau pukul (kapan)."),
            ],
        ),
        Question(
            id="keterangan_instagram",
            title="Memperbaiki keterangan Instagram",
            points=1,
            statement="""
Sebuah keterangan Instagram Diskominfo panjangnya 600 karakter dan memuat 8 tagar. Tanggal dan
tempat acara baru disebut di kalimat terakhir. Menurut batas yang dipelajari di Modul 05 (per
Januari 2026), apa perbaikan yang paling tepat? Tulis hurufnya sebagai teks di `jawaban_5`,
contoh: `jawaban_5 = "A"`.
""",
            answer=Choice("jawaban_5", options={
                "A": "Tidak perlu diubah: 600 karakter jauh di bawah 2.200, dan 8 tagar masih di bawah batas 30.",
                "B": "Potong keterangan menjadi 125 karakter, karena Instagram tidak menampilkan sisanya.",
                "C": "Ganti semua tagar dengan satu tagar panjang yang menggabungkan kedelapan kata.",
                "D": "Pindahkan inti informasi (apa, kapan, di mana) ke ±125 karakter pertama, dan kurangi "
                     "tagar menjadi paling banyak 5.",
            }),
            solution='jawaban_5 = "D"   # ±125 karakter terlihat sebelum "lainnya"; 5 tagar sejak Desember 2025',
            hints=[
                "Berapa karakter yang kira-kira terlihat sebelum \"lainnya\" (*more*), dan berapa panjang "
                "maksimalnya? Keduanya berbeda.",
                "Batas tagar Instagram berubah pada Desember 2025. Berapa batas yang baru?",
            ],
            mistakes=[
                Mistake('jawaban_5 = "A"',
                        "Batas 30 tagar adalah batas lama. Sejak diumumkan ±18–19 Desember 2025 (diterapkan "
                        "bertahap), Instagram membatasi 5 tagar per posting. Selain itu, tanggal dan tempat "
                        "perlu tampak sebelum \"lainnya\"."),
                Mistake('jawaban_5 = "B"',
                        "±125 karakter adalah bagian yang **terlihat** sebelum \"lainnya\", bukan batas panjang "
                        "(2.200 karakter). Keterangan boleh lebih panjang asal intinya ada di awal."),
                Mistake('jawaban_5 = "C"',
                        "Tagar gabungan yang panjang sulit dibaca orang dan pembaca layar, dan tidak ada yang "
                        "mencarinya. Kurangi menjadi paling banyak 5 tagar yang relevan."),
            ],
        ),
        Task(
            id="tulis_keterangan",
            title="Menulis keterangan Instagram",
            points=2,
            statement="""
Tulis **keterangan Instagram** untuk draf `SINT-DRAF-04` (pasar murah di Kutai Barat; jalankan
`print(draf.loc["SINT-DRAF-04", "lead"])` untuk membaca faktanya), beserta **teks alternatif**
(satu kalimat) untuk foto spanduk pasar murah yang akan diunggah. Syaratnya:

- inti informasi (apa, kapan, di mana) ada di ±125 karakter pertama;
- paling banyak 5 tagar; hanya fakta yang ada di draf;
- bahasa Indonesia yang jelas (EYD): kalimat pendek, "di" sebagai kata depan ditulis terpisah,
  tidak seluruhnya huruf kapital.

Sel kode di bawah boleh dipakai untuk memeriksa panjang dan tagar tulisan Anda. Tulis jawaban
akhir (keterangan dan teks alternatif) di sel jawaban tertulis. Pedoman penilaiannya ilustratif.
""",
            code_cell='keterangan_saya = """\n"""\n'
                      'print(len(keterangan_saya), "karakter,", len(re.findall(r"#\\w+", keterangan_saya)), "tagar")\n'
                      'print(keterangan_saya[:125])',
            mark_scheme="""
**Pedoman penilaian (ilustratif, 2 poin):**
- 1 poin — isi: dalam ±125 karakter pertama (kira-kira satu-dua kalimat pertama) ada **ketiga**
  unsur (a) apa: pasar murah; (b) kapan: Rabu, 11 Februari 2026 (atau "Rabu (11/2)"), boleh dengan
  pukul 08.00 WITA; (c) di mana: Lapangan Sendawar. Keterangan memuat paling banyak 5 tagar dan
  tidak menambah fakta yang tidak ada di draf (misalnya harga, nama pejabat, jumlah paket lain).
  Salah satu syarat tidak terpenuhi: 0 poin.
- 1 poin — keterbacaan dan aksesibilitas: ada **teks alternatif** yang menggambarkan isi foto
  (apa yang tampak, tidak sekadar "foto" atau "gambar pasar murah"), **dan** keterangan memberi
  tahu warga apa yang perlu dibawa (KTP, kantong belanja) atau ke mana bertanya (pengurus KIM di
  kampung), **dan** tidak seluruhnya ditulis dengan huruf kapital.
- Terima variasi wilayah dan kata: "kampung" (sebutan di Kutai Barat) atau sebutan umum "warga
  sekitar"; "Sendawar" atau "Lapangan Sendawar, Kutai Barat"; tanggal ditulis "11/2" atau
  "11 Februari"; emoji secukupnya; tagar dengan huruf besar di awal kata (#PasarMurah) atau huruf
  kecil. Salah ketik kecil tidak dinilai selama maksudnya jelas.

Contoh jawaban (ilustratif):

> Pasar murah hadir Rabu, 11 Februari 2026, pukul 08.00 WITA di Lapangan Sendawar! Tersedia beras,
> minyak goreng, gula, dan telur. Bawa KTP dan kantong belanja sendiri. Info: pengurus KIM di kampung
> Anda. #PasarMurah #KutaiBarat
>
> Teks alternatif: Spanduk pasar murah terpasang di depan tenda, warga antre membawa kantong belanja.
""",
            example_answer="""
Pasar murah hadir Rabu, 11 Februari 2026, pukul 08.00 WITA di Lapangan Sendawar! Tersedia beras,
minyak goreng, gula, dan telur. Bawa KTP dan kantong belanja sendiri. Info: pengurus KIM di kampung
Anda. #PasarMurah #KutaiBarat

Teks alternatif: Spanduk pasar murah terpasang di depan tenda, warga antre membawa kantong belanja.
""",
        ),
    ],
)
