"""Latihan 01 — Mengenal KIM (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Markdown, Mistake, Question, Series, Task, Text

SOURCE = Exercise(
    name="latihan01",
    title="Latihan 01 — Mengenal KIM",
    minutes=25,
    intro="""
Latihan ini menguji pemahaman Anda tentang dasar pembentukan KIM (Komunitas Informasi
Masyarakat; dahulu Kelompok Informasi Masyarakat) dan melatih tiga langkah pandas dari
Modul 01: menghitung KIM per kabupaten/kota, menghitung cakupan, dan mencari cakupan terendah.

**Data:** tabel `kim` adalah direktori KIM **sintetis** (rekaan untuk latihan, bukan data
resmi); tabel `wilayah` berisi data nyata 10 kabupaten/kota Kalimantan Timur.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

wilayah = kimkit.data.wilayah_kaltim()   # data nyata: 10 kab/kota Kalimantan Timur
kim = kimkit.data.kim_kaltim()           # data SINTETIS: direktori KIM rekaan
""",
    parts=[
        Question(
            id="pembentukan",
            title="Pembentukan dan pengesahan KIM",
            points=2,
            statement="Pernyataan mana yang tepat tentang pembentukan dan pengesahan KIM?",
            answer=Choice("jawaban_1", options={
                "A": "KIM dibentuk oleh Diskominfo dan disahkan dengan SK bupati/wali kota.",
                "B": "KIM hanya boleh dibentuk di kelurahan, tidak di desa.",
                "C": "KIM dibentuk atas prakarsa masyarakat dan disahkan dengan SK kepala desa/lurah "
                     "(di Berau, Kutai Barat dan Mahakam Ulu: kepala kampung).",
                "D": "KIM dibentuk oleh aparatur kecamatan dan disahkan dengan SK camat.",
            }),
            solution='jawaban_1 = "C"',
            hints=[
                "Ingat perbedaan KIM dengan Kelompencapir: Kelompencapir dibentuk pemerintah, "
                "sedangkan KIM tumbuh dari masyarakat.",
                "Permenkominfo 4/2024 (sebagaimana dikutip Komdigi) menyebut KIM berkedudukan di desa "
                "atau kelurahan. Siapa yang menandatangani SK pembentukannya?",
            ],
            mistakes=[
                Mistake('jawaban_1 = "A"', "KIM tidak dibentuk oleh Diskominfo: KIM tumbuh dari prakarsa "
                                           "masyarakat. Diskominfo mendaftar dan membina, sedangkan SK-nya "
                                           "diterbitkan kepala desa/kampung atau lurah."),
                Mistake('jawaban_1 = "D"', "KIM tidak dibentuk oleh aparatur kecamatan. KIM tumbuh dari "
                                           "prakarsa warga dan disahkan di tingkat desa/kampung atau kelurahan."),
            ],
        ),
        Markdown("tabel_kim", """
## Tabel KIM

Lihat dulu beberapa baris tabel `kim` (data sintetis) dengan sel berikut.
"""),
        Code("lihat_kim", 'kim[["id_kim", "nama_kim", "kabkota", "desa_kelurahan", "nomor_sk", "terdaftar_kimid"]].head()'),
        Question(
            id="kim_per_kabkota",
            title="KIM per kabupaten/kota",
            points=2,
            statement="""
Hitung jumlah KIM di tabel `kim` (data sintetis) untuk setiap kabupaten/kota. Satu baris
tabel = satu KIM; nama kabupaten/kota ada di kolom `kabkota`.

Simpan hasilnya di variabel `kim_per_kabkota` sebagai **Series** pandas: indeksnya nama
kabupaten/kota (seperti di kolom `kabkota`), nilainya jumlah KIM. Urutan baris bebas.
""",
            answer=Series("kim_per_kabkota", decimals=0, per="kab/kota"),
            solution='kim_per_kabkota = kim["kabkota"].value_counts()',
            show=True,
            hints=[
                "Satu baris tabel `kim` = satu KIM. Yang dihitung adalah banyaknya baris per nilai kolom `kabkota`.",
                "`kim[\"kabkota\"].value_counts()` menghitung berapa kali setiap nama kab/kota muncul.",
            ],
            mistakes=[
                Mistake('kim_per_kabkota = kim.groupby("kabkota")["jumlah_anggota"].sum()',
                        "Itu jumlah anggota KIM per kab/kota (hasil `.sum()`). Yang diminta banyaknya KIM, "
                        "yaitu banyaknya baris per kab/kota."),
                Mistake('kim_per_kabkota = kim[kim["terdaftar_kimid"] == True]["kabkota"].value_counts()',
                        "Itu hanya KIM yang terdaftar di KIM.id. Hitung semua KIM di tabel, tanpa disaring."),
            ],
        ),
        Question(
            id="cakupan",
            title="Cakupan KIM",
            points=3,
            statement=r"""
Di modul ini, **cakupan KIM** sebuah kabupaten/kota adalah

$$\text{cakupan} = \frac{\text{jumlah KIM}}{\text{jumlah desa/kampung} + \text{jumlah kelurahan}} \times 100$$

dalam persen. Jumlah desa/kampung dan kelurahan ada di tabel `wilayah` (kolom
`jumlah_desa_kampung` dan `jumlah_kelurahan`; nama kabupaten/kota di kolom `nama`).
Ukuran ini alat bantu latihan, bukan indikator resmi: indikator SPM bidang kominfo mengukur
cakupan KIM di tingkat kecamatan.

Simpan hasilnya di variabel `cakupan` sebagai **Series** pandas:

- indeks: nama kabupaten/kota (10 baris, ditulis seperti di kolom `nama`, mis. `"Samarinda"`);
- nilai: cakupan dalam **persen** (contoh: 25.0 — bukan 0.25), dibulatkan **1 angka di
  belakang koma** dengan `.round(1)`.

Anda boleh memakai `kim_per_kabkota` dari Soal 2.
""",
            answer=Series("cakupan", decimals=1, per="kab/kota"),
            solution="""
wilayah_per_nama = wilayah.set_index("nama")
jumlah_desa_kelurahan = wilayah_per_nama["jumlah_desa_kampung"] + wilayah_per_nama["jumlah_kelurahan"]
cakupan = (kim["kabkota"].value_counts() / jumlah_desa_kelurahan * 100).round(1)
# atau, jika kim_per_kabkota dari soal 2 sudah benar:
# cakupan = (kim_per_kabkota / jumlah_desa_kelurahan * 100).round(1)
""",
            show=True,
            hints=[
                "Buat dulu jumlah desa+kelurahan per kab/kota dengan indeks nama: `wilayah.set_index(\"nama\")`, "
                "lalu jumlahkan kolom `jumlah_desa_kampung` dan `jumlah_kelurahan`.",
                "Bagi jumlah KIM per kab/kota dengan hasil itu; pandas memasangkan baris menurut nama "
                "kab/kota. Kalikan 100, lalu `.round(1)`.",
            ],
            mistakes=[
                Mistake("""
wilayah_per_nama = wilayah.set_index("nama")
jumlah_desa_kelurahan = wilayah_per_nama["jumlah_desa_kampung"] + wilayah_per_nama["jumlah_kelurahan"]
cakupan = (kim["kabkota"].value_counts() / jumlah_desa_kelurahan).round(1)
""", "Perbandingannya sudah benar, tetapi masih berupa pecahan (mis. 0,13). Kalikan 100 agar menjadi persen."),
                Mistake("""
wilayah_per_nama = wilayah.set_index("nama")
cakupan = (kim["kabkota"].value_counts() / wilayah_per_nama["jumlah_kecamatan"] * 100).round(1)
""", "Penyebutnya jumlah kecamatan. Cakupan di latihan ini dihitung terhadap jumlah desa/kampung + "
     "jumlah kelurahan."),
                Mistake("""
wilayah_per_nama = wilayah.set_index("nama")
cakupan = (kim["kabkota"].value_counts() / wilayah_per_nama["jumlah_desa_kampung"] * 100).round(1)
""", "Kelurahan belum ikut dihitung (kota tidak punya desa, jadi hasilnya tak hingga). Jumlahkan "
     "`jumlah_desa_kampung` dan `jumlah_kelurahan`."),
            ],
        ),
        Question(
            id="kabkota_terendah",
            title="Cakupan terendah",
            points=1,
            statement="""
Kabupaten/kota mana yang cakupan KIM-nya paling rendah menurut `cakupan` dari Soal 3?
Simpan namanya sebagai teks di variabel `kabkota_terendah`, persis seperti tertulis di
indeks `cakupan` (contoh bentuk jawaban: `kabkota_terendah = "Berau"`).

Ingat: tabel `kim` sintetis, jadi hasil ini bukan gambaran KIM yang sebenarnya di daerah itu.
""",
            answer=Text("kabkota_terendah", example="Berau"),
            solution="kabkota_terendah = cakupan.idxmin()",
            show=True,
            hints=[
                "Urutkan `cakupan` dengan `.sort_values()`: yang terendah ada di baris paling atas.",
                "`cakupan.idxmin()` langsung memberi nama (indeks) dengan nilai terkecil.",
            ],
            mistakes=[
                Mistake("kabkota_terendah = cakupan.idxmax()", "Itu kab/kota dengan cakupan tertinggi. Yang diminta yang terendah."),
                Mistake('kabkota_terendah = "Kota " + cakupan.idxmin()',
                        "Hampir benar. Tulis nama persis seperti indeks `cakupan`, tanpa kata \"Kota\"."),
            ],
        ),
        Task(
            id="rencana_kim",
            title="Rencana membentuk KIM di daerah Anda",
            points=2,
            statement="""
Pilih satu desa, kampung, atau kelurahan di daerah Anda yang belum memiliki KIM. Dalam 4–6
kalimat atau butir, tulis rencana singkat untuk membentuk KIM di sana:

1. lokasinya dan alasan memilihnya (boleh merujuk cakupan di atas, tetapi ingat bahwa tabel
   `kim` sintetis; pakai juga pengetahuan Anda tentang daerah itu);
2. kelompok warga yang sudah ada yang bisa menjadi cikal bakal KIM (mis. Karang Taruna,
   kelompok tani, Pokdarwis, PKK);
3. langkah-langkah sampai KIM sah dan terdaftar (siapa menerbitkan SK, ke mana mendaftar);
4. satu kegiatan informasi pertama yang akan dilakukan KIM itu.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, bukan standar resmi; 2 poin):**
- 1 poin — langkah pembentukan runtut dan sesuai materi modul: prakarsa/musyawarah warga,
  memilih pengurus, pengesahan dengan **SK kepala desa/lurah** (atau **kepala kampung** di
  Berau, Kutai Barat dan Mahakam Ulu, atau sebutan setempat lain untuk kepala desa), lalu
  pendaftaran ke Diskominfo kab/kota dan/atau KIM.id. Beri 0 jika salah satu dari keduanya
  (SK kepala desa/kampung/lurah, pendaftaran) tidak disebut.
- 1 poin — rencana kontekstual: sekurang-kurangnya dua dari tiga unsur berikut jelas —
  lokasi dengan alasan yang masuk akal; kelompok cikal bakal yang konkret; satu kegiatan
  informasi pertama yang nyata (diseminasi, literasi, atau penyerapan aspirasi).
- Jangan mengurangi nilai karena jumlah anggota yang dipilih (sumber berbeda: minimal 3 atau
  minimal 10 orang; tidak ditemukan aturan nasional).
- Jangan memberi nilai untuk "tingkatan KIM" (belum ditemukan sumber resmi tentang tingkatan
  KIM, per November 2025) atau untuk angka dari tabel sintetis yang disajikan sebagai fakta
  tentang desa nyata.
- Bahasa tidak dinilai; jawaban singkat yang jelas dapat nilai penuh.
""",
            example_answer="""
Sebuah kampung di hulu sungai (contoh rekaan) dipilih karena warganya jauh dari pusat informasi kabupaten.
Cikal bakal KIM: Karang Taruna dan kelompok tani setempat. Langkahnya: musyawarah warga,
memilih pengurus, SK kepala kampung, lalu mendaftar ke Diskominfo kabupaten dan KIM.id.
Kegiatan pertama: papan informasi jadwal layanan kesehatan dan pengumuman kampung.
""",
        ),
    ],
)
