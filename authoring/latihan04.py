"""Latihan 04 — Strategi konten dan audiens (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Markdown, Mistake, Number, Question, Series, Table, Task

JAM_KE = 'kalender["jam_ke"] = kalender["jam"].str[:2]\n'
BERAU = 'berau = kalender[kalender["kabkota"] == "Berau"]\n'
KUTIM = 'kutim = kalender[kalender["kabkota"] == "Kutai Timur"]\n'
SALIN = 'kalender_baru = kalender.copy()\ntelat = kalender_baru["batas_tinjau"] > kalender_baru["tanggal"]\n'

SOURCE = Exercise(
    name="latihan04",
    title="Latihan 04 — Strategi konten dan audiens",
    minutes=30,
    intro="""
Latihan ini melatih langkah-langkah Modul 04: memeriksa kalender konten (slot bentrok, porsi pilar
terhadap target, posting per platform per pekan), memperbaikinya, dan menulis pernyataan strategi
konten untuk akun Diskominfo Anda.

**Data:** tabel `kalender` adalah **data sintetis**: rencana posting rekaan lima Diskominfo
kab/kota (Samarinda, Balikpapan, Berau, Kutai Timur, Penajam Paser Utara) untuk November 2025,
keadaan per 10 November 2025. Hanya nama kab/kota yang nyata.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

kalender = kimkit.data.kalender_konten()   # data SINTETIS: rencana posting rekaan
""",
    parts=[
        Markdown("tabel_kalender", """
## Tabel kalender

Satu baris = satu rencana posting (**data sintetis**). Kolom yang dipakai di latihan ini:

- `kabkota`, `platform` — satu **akun** = satu kab/kota di satu platform;
- `tanggal` (tanggal terbit) dan `jam` (teks `"JJ:MM"`, WITA);
- `pilar` — `informasi`, `emosi` atau `promosi`;
- `batas_tinjau` — tanggal terakhir posting ditinjau; `caption` — draf caption (`""` bila kosong).

**Definisi (sama dengan Modul 04).** *Slot* = satu akun, satu tanggal, satu jam: posting pukul 19.00
dan 19.45 di hari, kab/kota dan platform yang sama berada di slot yang sama. Slot dengan dua posting
atau lebih disebut **bentrok**. Pekan dimulai **Senin** dan berakhir Minggu.
"""),
        Code("lihat_kalender", 'kalender[["id_rencana", "kabkota", "platform", "tanggal", "jam", "pilar", '
                               '"batas_tinjau"]].head()'),
        Question(
            id="jumlah_slot_bentrok",
            title="Slot yang bentrok",
            points=2,
            statement="""
Berapa **slot** yang bentrok di seluruh kalender (kelima kab/kota)? Simpan bilangannya di
`jumlah_slot_bentrok`.

Buat dulu kolom bantu `jam_ke` berisi jamnya saja (`"19:45"` → `"19"`), seperti di Modul 04.
Ingat: yang ditanya banyaknya slot, bukan banyaknya posting.
""",
            answer=Number("jumlah_slot_bentrok"),
            solution=JAM_KE + 'slot = ["kabkota", "platform", "tanggal", "jam_ke"]\n'
                              'bentrok = kalender[kalender.duplicated(slot, keep=False)]\n'
                              'jumlah_slot_bentrok = len(bentrok.drop_duplicates(slot))',
            accept=[JAM_KE + 'jumlah_slot_bentrok = kalender[kalender.duplicated(["kabkota", "platform", "tanggal", '
                             '"jam_ke"], keep=False)].groupby(["kabkota", "platform", "tanggal", "jam_ke"]).ngroups'],
            hints=[
                "`kalender[\"jam\"].str[:2]` memberi jamnya; simpan sebagai kolom `jam_ke`. Slot = kolom "
                "`[\"kabkota\", \"platform\", \"tanggal\", \"jam_ke\"]`.",
                "`kalender.duplicated(slot, keep=False)` menandai setiap posting yang slotnya dipakai lebih dari "
                "sekali. Saring baris-baris itu.",
                "Hitung slot yang berbeda: `len(tabel_bentrok.drop_duplicates(slot))`.",
            ],
            mistakes=[
                Mistake(JAM_KE + 'jumlah_slot_bentrok = kalender.duplicated(["kabkota", "platform", "tanggal", '
                                 '"jam_ke"], keep=False).sum()',
                        "Itu banyaknya **posting** yang bentrok: setiap slot bentrok berisi dua posting atau "
                        "lebih. Hitung kombinasi slot yang berbeda dengan `drop_duplicates(slot)`."),
                Mistake('bentrok = kalender[kalender.duplicated(["kabkota", "platform", "tanggal"], keep=False)]\n'
                        'jumlah_slot_bentrok = len(bentrok.drop_duplicates(["kabkota", "platform", "tanggal"]))',
                        "Anda menganggap satu hari sebagai satu slot. Dua posting pagi dan malam di hari yang sama "
                        "tidak bentrok: slot di modul ini = satu jam. Tambahkan kolom `jam_ke`."),
                Mistake(JAM_KE + 'slot = ["kabkota", "tanggal", "jam_ke"]\n'
                                 'bentrok = kalender[kalender.duplicated(slot, keep=False)]\n'
                                 'jumlah_slot_bentrok = len(bentrok.drop_duplicates(slot))',
                        "Platform tidak ikut dibandingkan. Instagram dan TikTok di jam yang sama adalah dua akun "
                        "yang berbeda, jadi tidak bentrok. Akun = kab/kota + platform."),
                Mistake('slot = ["kabkota", "platform", "tanggal", "jam"]\n'
                        'bentrok = kalender[kalender.duplicated(slot, keep=False)]\n'
                        'jumlah_slot_bentrok = len(bentrok.drop_duplicates(slot))',
                        "Anda membandingkan jam dan menit persis (`jam`). Posting pukul 19.00 dan 19.45 berada di "
                        "slot yang sama: pakai jamnya saja (`jam_ke`)."),
            ],
        ),
        Code("target_pilar", 'target = pd.Series({"informasi": 70, "emosi": 20, "promosi": 10})   # persen\ntarget'),
        Question(
            id="selisih_berau",
            title="Porsi pilar Berau dibanding target",
            points=2,
            statement="""
Target tim adalah porsi *informasi : emosi : promosi* = **70 : 20 : 10** (heuristik praktisi,
Modul 04), tersimpan di `target` oleh sel di atas (jalankan sel itu dulu).

Hitung, untuk kalender **Berau**, porsi setiap pilar dalam **persen** dikurangi targetnya
(positif = lebih banyak daripada target). Simpan hasilnya di `selisih_berau` sebagai **Series**
dengan indeks nama pilar (3 nilai). Jangan membulatkan.
""",
            answer=Series("selisih_berau", decimals=1, per="pilar"),
            solution=BERAU + 'porsi_berau = berau["pilar"].value_counts(normalize=True) * 100\n'
                                      'selisih_berau = porsi_berau - target',
            accept=['porsi = pd.crosstab(kalender["kabkota"], kalender["pilar"], normalize="index") * 100\n'
                             'selisih_berau = porsi.loc["Berau"] - target'],
            hints=[
                "Saring baris Berau, lalu `[\"pilar\"].value_counts(normalize=True) * 100`.",
                "Kurangkan `target` dari Series itu. Pengurangan dipasangkan menurut label pilar, jadi urutannya "
                "tidak penting.",
            ],
            mistakes=[
                Mistake(BERAU + 'selisih_berau = berau["pilar"].value_counts(normalize=True) - target',
                        "Porsi Anda masih pecahan (0–1), sedangkan target dalam persen. Kalikan porsinya dengan 100 "
                        "sebelum dikurangi."),
                Mistake(BERAU + 'selisih_berau = target - berau["pilar"].value_counts(normalize=True) * 100',
                        "Tandanya terbalik: soal ini meminta porsi dikurangi target (positif = lebih banyak "
                        "daripada target)."),
                Mistake('selisih_berau = kalender["pilar"].value_counts(normalize=True) * 100 - target',
                        "Itu porsi seluruh kalender (lima kab/kota). Saring dulu baris Berau."),
            ],
        ),
        Question(
            id="platform_pekan_kutim",
            title="Posting per platform dalam satu pekan",
            points=1,
            statement="""
Berapa rencana posting **Kutai Timur** per platform pada pekan **Senin 17 November–Minggu
23 November 2025**? Simpan hasilnya di `platform_pekan_kutim` sebagai **Series** dengan indeks
nama platform (hanya platform yang punya posting di pekan itu).
""",
            answer=Series("platform_pekan_kutim", decimals=0, per="platform"),
            solution=KUTIM + 'pekan = kutim[(kutim["tanggal"] >= "2025-11-17") & (kutim["tanggal"] <= "2025-11-23")]\n'
                             'platform_pekan_kutim = pekan["platform"].value_counts()',
            accept=[KUTIM + 'senin = kutim["tanggal"].dt.to_period("W").dt.start_time\n'
                            'platform_pekan_kutim = kutim[senin == "2025-11-17"]["platform"].value_counts()'],
            hints=[
                "Saring baris Kutai Timur, lalu saring rentang tanggal dengan dua syarat yang digabung `&`, "
                "seperti contoh Balikpapan di Modul 04.",
                "Kedua ujung ikut: `>= \"2025-11-17\"` dan `<= \"2025-11-23\"`. Lalu "
                "`[\"platform\"].value_counts()`.",
            ],
            mistakes=[
                Mistake(KUTIM + 'pekan = kutim[(kutim["tanggal"] >= "2025-11-17") & (kutim["tanggal"] < "2025-11-23")]\n'
                                'platform_pekan_kutim = pekan["platform"].value_counts()',
                        "Hari Minggu 23 November tertinggal: pakai `<= \"2025-11-23\"` agar ujung akhir ikut."),
                Mistake(KUTIM + 'pekan = kutim[(kutim["tanggal"] >= "2025-11-16") & (kutim["tanggal"] <= "2025-11-22")]\n'
                                'platform_pekan_kutim = pekan["platform"].value_counts()',
                        "Pekan Anda dimulai hari Minggu (16 November). Di kit ini pekan dimulai Senin: "
                        "17–23 November."),
            ],
        ),
        Question(
            id="kalender_diperbaiki",
            title="Perbaiki batas tinjau",
            points=2,
            statement="""
Beberapa posting punya batas tinjau **setelah** tanggal terbitnya. Buat salinan kalender bernama
`kalender_baru` (tabel `kalender` jangan diubah) dan, **hanya untuk posting-posting itu**, ganti
`batas_tinjau` menjadi **dua hari sebelum** tanggal terbit. Batas tinjau posting lain tetap.

`kalender_baru` tetap berisi semua baris kalender dengan kolom `id_rencana` dan `batas_tinjau`.
""",
            answer=Table("kalender_baru", columns=["batas_tinjau"], key="id_rencana"),
            solution=SALIN + 'kalender_baru.loc[telat, "batas_tinjau"] = kalender_baru.loc[telat, "tanggal"] - '
                             'pd.Timedelta(days=2)',
            hints=[
                "`kalender.copy()` membuat salinan. Tandai posting yang terlambat dengan "
                "`kalender_baru[\"batas_tinjau\"] > kalender_baru[\"tanggal\"]`.",
                "Ubah hanya baris itu: `kalender_baru.loc[telat, \"batas_tinjau\"] = ...`.",
                "Nilai barunya `kalender_baru.loc[telat, \"tanggal\"] - pd.Timedelta(days=2)`.",
            ],
            mistakes=[
                Mistake('kalender_baru = kalender.copy()\n'
                        'kalender_baru["batas_tinjau"] = kalender_baru["tanggal"] - pd.Timedelta(days=2)',
                        "Anda mengubah batas tinjau **semua** posting, termasuk yang sudah benar. Ubah hanya "
                        "baris yang batas tinjaunya setelah tanggal terbit: `.loc[telat, \"batas_tinjau\"]`."),
                Mistake(SALIN + 'kalender_baru.loc[telat, "batas_tinjau"] = kalender_baru.loc[telat, "tanggal"]',
                        "Batas tinjau Anda jatuh pada hari terbit. Soal ini meminta dua hari sebelumnya: kurangi "
                        "`pd.Timedelta(days=2)`."),
                Mistake(SALIN + 'kalender_baru.loc[telat, "batas_tinjau"] = kalender_baru.loc[telat, "batas_tinjau"] - '
                                'pd.Timedelta(days=2)',
                        "Anda memundurkan batas tinjau lama dua hari; beberapa masih setelah tanggal terbit. "
                        "Hitung dari tanggal terbit: `tanggal - pd.Timedelta(days=2)`."),
            ],
        ),
        Question(
            id="status_70_20_10",
            title="Status rasio 70:20:10",
            points=1,
            statement="""
Apa status rasio *informasi : emosi : promosi* = 70 : 20 : 10 yang dipakai di Modul 04?
""",
            answer=Choice("jawaban_5", options={
                "A": "Ketentuan Permenpan RB No. 83 Tahun 2012 yang wajib bagi semua instansi pemerintah.",
                "B": "Target nasional yang ditetapkan Komdigi sejak Oktober 2024.",
                "C": "Heuristik praktisi dari satu sumber (narasumber iNews Lampung pada bimtek di PTA Bandar "
                     "Lampung, 7 November 2023), bukan aturan; tim boleh menetapkan targetnya sendiri.",
                "D": "Rata-rata porsi konten akun pemerintah menurut survei BPS.",
            }),
            solution='jawaban_5 = "C"   # heuristik praktisi [S], bukan peraturan',
            hints=[
                "Lihat bagian 3 Modul 04: siapa yang menyampaikan rasio itu, dan di mana?",
                "Tanda [S] berarti satu sumber sekunder. Apakah rasio itu disebut peraturan?",
            ],
            mistakes=[
                Mistake('jawaban_5 = "A"',
                        "Rasio ini bukan isi peraturan. Modul 04 menyebutnya heuristik praktisi dari satu sumber "
                        "(bimtek di PTA Bandar Lampung, 7 November 2023)."),
                Mistake('jawaban_5 = "B"',
                        "Tidak ada sumber di kit yang menyebut rasio ini sebagai target Komdigi. Modul 04 "
                        "menyebutnya heuristik praktisi, bukan aturan."),
            ],
        ),
        Task(
            id="pernyataan_strategi",
            title="Pernyataan strategi konten",
            points=2,
            statement="""
Tulis **pernyataan strategi konten (4–6 kalimat)** untuk satu akun Diskominfo kab/kota Anda
(misalnya Instagram Diskominfo Berau) untuk satu bulan, yang bisa dibacakan di rapat perencanaan.
Pernyataan yang baik memuat:

- **tujuan** bulan itu dalam satu kalimat yang bisa diperiksa;
- **audiens utama** dan alasannya (boleh memakai porsi generasi SP2020 dari Modul 04, dengan
  menyebut bahwa angkanya nasional);
- **platform** yang dipilih dan alasannya, dengan fakta platform yang **bertanggal** bila Anda
  menyebut batas (misalnya jumlah tagar atau durasi video);
- **pilar dan target porsinya** (boleh 70:20:10 atau target tim sendiri; sebut bahwa 70:20:10
  adalah heuristik praktisi, bukan aturan);
- **satu aturan kalender** yang akan dipakai tim (misalnya tidak ada dua posting di satu slot,
  atau batas tinjau paling lambat dua hari sebelum terbit).

Format ini contoh ilustratif, bukan format resmi.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 2 poin):**
- 1 poin — **tujuan, audiens, platform yang konsisten**: tujuan yang bisa diperiksa (apa yang warga
  tahu/lakukan, kapan), audiens yang disebut jelas, dan platform yang dipilih dengan alasan yang
  sesuai audiens itu. Angka generasi, bila dipakai, benar (Milenial 25,87%, Gen Z 27,94%, SP2020)
  dan tidak disebut sebagai angka Kaltim. Salah satu dari tujuan/audiens/platform tidak ada: 0 poin.
- 1 poin — **pilar dan aturan kalender**: menyebut pilar dengan target porsi yang jumlahnya 100
  (70:20:10 atau target lain yang diberi alasan), **tidak** menyebut 70:20:10 sebagai peraturan
  atau kewajiban, **dan** memuat sedikitnya satu aturan kalender yang bisa diperiksa (slot, batas
  tinjau, caption, frekuensi per pekan). Fakta platform yang disebut tanpa tanggal atau salah
  (misalnya "30 tagar" untuk Desember 2025): 0 poin untuk bagian ini.
- Terima variasi wilayah dan kata: desa/kampung/kelurahan, nama kab/kota mana pun di Kaltim,
  "warganet", "masyarakat", "audiens", "pengikut"; platform lain (WhatsApp, podcast, YouTube,
  Facebook, TikTok) bila alasannya sesuai tujuan. Ejaan dan gaya tidak dinilai selama maksudnya
  jelas.

Contoh jawaban (ilustratif):

> Pada Desember 2025 Instagram Diskominfo Berau bertujuan agar warga kampung tahu jadwal layanan
> adminduk keliling sebelum petugas datang. Audiens utama kami milenial dan Gen Z, yang menurut
> SP2020 bersama-sama lebih dari separuh penduduk Indonesia (angka nasional). Kami memakai Reels
> (sampai 3 menit sejak Januari 2025, tetapi kami buat di bawah 90 detik) dan paling banyak 5 tagar
> per posting sesuai batas yang diumumkan Instagram pada Desember 2025. Target porsi kami 70:20:10 (informasi :
> emosi : promosi), heuristik praktisi yang kami pakai sebagai titik awal. Aturan kalender: tidak ada
> dua posting di satu jam yang sama, dan setiap posting ditinjau paling lambat dua hari sebelum terbit.
""",
            example_answer="""
Pada Desember 2025 Instagram Diskominfo Berau bertujuan agar warga kampung tahu jadwal layanan adminduk
keliling sebelum petugas datang. Audiens utama kami milenial dan Gen Z, yang menurut SP2020 bersama-sama
lebih dari separuh penduduk Indonesia (angka nasional). Kami memakai Reels di bawah 90 detik dan paling
banyak 5 tagar per posting sesuai batas yang diumumkan Instagram pada Desember 2025. Target porsi kami
70:20:10 (informasi : emosi : promosi), heuristik praktisi yang kami pakai sebagai titik awal. Aturan
kalender: tidak ada dua posting di satu jam yang sama, dan setiap posting ditinjau paling lambat dua hari
sebelum terbit.
""",
        ),
    ],
)
