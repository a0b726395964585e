"""Latihan 09 — Tata kelola, etika & hukum (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Function, Markdown, Mistake, Number, Question, Task

SUDAH_TERBIT = 'terbit = draf["status"] == "terbit"\n'

HITUNG = '''
def hitung_langkah_tidak_sah(riwayat):
    langkah = riwayat.split(" > ")
    masalah = 0
    if langkah[0] != "draf":
        masalah = masalah + 1      # alur harus dimulai dari draf
    for sebelum, sesudah in zip(langkah, langkah[1:]):
        if sesudah not in LANGKAH_SAH[sebelum]:
            masalah = masalah + 1  # langkah yang tidak ada di LANGKAH_SAH
    return masalah
'''

SOURCE = Exercise(
    name="latihan09",
    title="Latihan 09 — Tata kelola, etika & hukum",
    minutes=30,
    intro="""
Latihan ini melatih langkah-langkah Modul 09: mengenali kategori informasi menurut UU KIP,
menemukan data pribadi di draf posting dengan pandas, memeriksa alur persetujuan, dan menulis
SOP persetujuan konten untuk kantor Anda.

**Data:** tabel `draf` adalah **data sintetis**: 60 draf posting rekaan akun Diskominfo 10
kabupaten/kota Kalimantan Timur, keadaan per 30 November 2026. Semua NIK, nomor HP, e-mail dan
pelat nomor di dalamnya rekaan (nomor mirip NIK berawalan 00, kode provinsi yang tidak ada).
Alur persetujuannya contoh ilustratif, bukan peraturan. Latihan ini bukan nasihat hukum.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data
from kimkit.prepublication import POLA_NIK, POLA_TELEPON, POLA_SUREL, POLA_PLAT

draf = kimkit.data.draf_posting()   # data SINTETIS: draf posting rekaan

# Alur persetujuan (SOP ilustratif): dari setiap status, boleh ke status mana saja
LANGKAH_SAH = {
    "draf": ["ditinjau"],
    "ditinjau": ["disetujui", "draf"],
    "disetujui": ["dijadwalkan", "draf"],
    "dijadwalkan": ["terbit", "draf"],
    "terbit": [],
}
""",
    parts=[
        Question(
            id="kategori_kip",
            title="Kategori informasi menurut UU KIP",
            points=1,
            statement="""
Hujan deras semalaman. Pukul 05.00 WITA BPBD kabupaten menyampaikan kepada Diskominfo bahwa
air Sungai Mahakam akan meluap dalam beberapa jam. BPBD menyebut kampung dan kelurahan yang akan
terdampak, jalur dan titik evakuasi, serta nomor darurat. Menurut UU No. 14 Tahun 2008 tentang
Keterbukaan Informasi Publik, informasi ini termasuk kategori apa?
""",
            answer=Choice("jawaban_1", options={
                "A": "Informasi yang wajib disediakan dan diumumkan secara berkala (Pasal 9).",
                "B": "Informasi yang wajib tersedia setiap saat (Pasal 11).",
                "C": "Informasi yang wajib diumumkan secara serta-merta (Pasal 10).",
                "D": "Informasi yang dikecualikan (Pasal 17).",
            }),
            solution='jawaban_1 = "C"   # mengancam hajat hidup orang banyak: umumkan serta-merta',
            hints=[
                "Apakah informasi ini menyangkut keselamatan banyak orang dan tidak bisa menunggu jadwal?",
                "Bencana alam, wabah dan gangguan utilitas publik adalah contoh informasi yang "
                "mengancam hajat hidup orang banyak dan ketertiban umum.",
            ],
            mistakes=[
                Mistake('jawaban_1 = "A"',
                        "Informasi berkala diumumkan menurut jadwal (mis. laporan keuangan). Peringatan "
                        "banjir tidak bisa menunggu jadwal: ia mengancam hajat hidup orang banyak."),
                Mistake('jawaban_1 = "D"',
                        "Informasi yang menyangkut keselamatan warga justru harus segera diumumkan, "
                        "lengkap dengan cara evakuasi dan cara meminta bantuan."),
            ],
        ),
        Markdown("tabel_draf", """
## Tabel draf (data sintetis)

Satu baris = satu draf posting. Kolom yang dipakai di latihan ini:

- `id_draf` — nomor draf, misalnya `SINT-DRAF-001`;
- `teks` — teks keterangan (*caption*) atau naskah posting;
- `status` — status terakhir di alur persetujuan: `draf`, `ditinjau`, `disetujui`,
  `dijadwalkan` atau `terbit` (sudah tayang);
- `riwayat_status` — urutan status yang dilalui, dipisah `" > "`.

Pola data pribadi dari kimkit sudah dimuat: `POLA_NIK`, `POLA_TELEPON`, `POLA_SUREL` dan
`POLA_PLAT` (lihat Modul 09 untuk batas-batasnya).
"""),
        Code("lihat_draf", 'draf[["id_draf", "teks", "status", "riwayat_status"]].head()'),
        Question(
            id="jumlah_draf_hp",
            title="Draf yang memuat nomor HP",
            points=2,
            statement="""
Berapa draf yang teksnya memuat **nomor HP** (nomor seluler, ditulis `08…` atau `+62…`)? Pakai
`str.contains` dengan pola `POLA_TELEPON`. Simpan jumlahnya (angka bulat) di `jumlah_draf_hp`.
""",
            answer=Number("jumlah_draf_hp"),
            solution='jumlah_draf_hp = draf["teks"].str.contains(POLA_TELEPON).sum()',
            accept=['jumlah_draf_hp = len(draf[draf["teks"].str.contains(POLA_TELEPON, regex=True)])'],
            hints=[
                "`draf[\"teks\"].str.contains(pola)` memberi `True` untuk setiap draf yang teksnya cocok "
                "dengan pola, seperti contoh di Modul 09.",
                "Jumlah `True` dihitung dengan `.sum()`: `draf[\"teks\"].str.contains(POLA_TELEPON).sum()`.",
            ],
            mistakes=[
                Mistake('jumlah_draf_hp = draf["teks"].str.contains(r"\\+62|08").sum()',
                        "Pola `+62|08` terlalu longgar: ia juga cocok dengan \"2008\" di \"UU No. 14 Tahun "
                        "2008\", padahal itu nomor peraturan. Pakai `POLA_TELEPON`."),
                Mistake('jumlah_draf_hp = draf["teks"].str.contains("08").sum()',
                        "Pola `\"08\"` melewatkan nomor yang ditulis `+62 8…` dan ikut menangkap \"2008\". "
                        "Pakai `POLA_TELEPON`, yang mengenali kedua cara tulis."),
                Mistake('jumlah_draf_hp = draf["teks"].str.contains(r"\\d{4}-\\d{4}-\\d{4}").sum()',
                        "Pola Anda hanya mengenali nomor yang ditulis dengan tanda hubung (0812-0000-1234). "
                        "Nomor dengan spasi, tanpa pemisah, atau berawalan +62 terlewat. Pakai `POLA_TELEPON`."),
            ],
        ),
        Question(
            id="terbit_data_pribadi",
            title="Sudah terbit, memuat data pribadi",
            points=2,
            statement="""
Berapa draf yang **sudah terbit** (`status` = `"terbit"`) dan teksnya memuat **salah satu** dari
empat jenis data pribadi (NIK/No. KK, nomor HP, e-mail, pelat nomor)? Posting inilah yang harus
segera disunting atau diturunkan. Simpan jumlahnya di `jumlah_terbit_data_pribadi`.
""",
            answer=Number("jumlah_terbit_data_pribadi"),
            solution="""
teks = draf["teks"]
ada_data_pribadi = (teks.str.contains(POLA_NIK) | teks.str.contains(POLA_TELEPON)
                    | teks.str.contains(POLA_SUREL) | teks.str.contains(POLA_PLAT))
jumlah_terbit_data_pribadi = (ada_data_pribadi & (draf["status"] == "terbit")).sum()
""",
            accept=['pola = "|".join([POLA_NIK, POLA_TELEPON, POLA_SUREL, POLA_PLAT])\n'
                    'terbit = draf[draf["status"] == "terbit"]\n'
                    'jumlah_terbit_data_pribadi = terbit["teks"].str.contains(pola).sum()'],
            hints=[
                "Buat satu kolom `True`/`False` per pola dengan `str.contains`, lalu gabungkan dengan `|` "
                "(**atau**): draf dihitung bila **salah satu** pola cocok.",
                "Gabungkan dengan syarat status memakai `&` (**dan**): `(draf[\"status\"] == \"terbit\")`. "
                "Setiap syarat diberi tanda kurung, lalu `.sum()`.",
            ],
            mistakes=[
                Mistake("""
teks = draf["teks"]
ada = teks.str.contains(POLA_NIK) | teks.str.contains(POLA_TELEPON) | teks.str.contains(POLA_SUREL) | teks.str.contains(POLA_PLAT)
jumlah_terbit_data_pribadi = ada.sum()
""", "Itu semua draf yang memuat data pribadi, apa pun statusnya. Soal ini hanya menghitung yang sudah "
     "terbit: tambahkan `& (draf[\"status\"] == \"terbit\")`."),
                Mistake(SUDAH_TERBIT + """
teks = draf["teks"]
jumlah_terbit_data_pribadi = ((teks.str.contains(POLA_NIK) | teks.str.contains(POLA_TELEPON)) & terbit).sum()
""", "Anda baru memakai pola NIK dan nomor HP. E-mail dan pelat nomor juga dihitung: tambahkan "
     "`POLA_SUREL` dan `POLA_PLAT` dengan `|`."),
                Mistake(SUDAH_TERBIT + """
teks = draf["teks"]
ada = teks.str.contains(POLA_NIK) & teks.str.contains(POLA_TELEPON) & teks.str.contains(POLA_SUREL) & teks.str.contains(POLA_PLAT)
jumlah_terbit_data_pribadi = (ada & terbit).sum()
""", "Pola-pola digabung dengan `&` (dan): hanya draf yang memuat keempatnya sekaligus yang terhitung. "
     "Yang diminta **salah satu**: gabungkan pola dengan `|` (atau)."),
            ],
        ),
        Question(
            id="langkah_tidak_sah",
            title="Memeriksa alur persetujuan",
            points=2,
            statement="""
Tulis **fungsi** `hitung_langkah_tidak_sah(riwayat)` yang menerima teks riwayat status seperti
`"draf > ditinjau > disetujui"` dan mengembalikan (`return`) **banyaknya masalah** di alur itu
sebagai angka. Yang dihitung sebagai satu masalah:

1. alur yang **tidak dimulai** dari `"draf"` (dihitung satu kali), dan
2. setiap **langkah** dari satu status ke status berikutnya yang tidak ada di kamus `LANGKAH_SAH`
   (sel persiapan di atas): dari `sebelum` ke `sesudah` sah bila `sesudah in LANGKAH_SAH[sebelum]`.

Hasil `0` berarti alurnya sah. Contoh: `hitung_langkah_tidak_sah("draf > ditinjau > draf > ditinjau")`
→ `0` (dikembalikan untuk revisi, lalu ditinjau lagi); `hitung_langkah_tidak_sah("draf > terbit")`
→ `1` (tanpa peninjauan); `hitung_langkah_tidak_sah("ditinjau > terbit")` → `2`. Fungsi Anda
diperiksa dengan beberapa riwayat.
""",
            answer=Function("hitung_langkah_tidak_sah", cases=[
                ("draf",), ("draf > ditinjau > disetujui > dijadwalkan > terbit",),
                ("draf > ditinjau > draf > ditinjau",), ("draf > terbit",), ("ditinjau > disetujui",),
                ("draf > ditinjau > disetujui > terbit",), ("draf > disetujui > terbit",),
                ("disetujui > dijadwalkan > terbit",), ("ditinjau > terbit",),
                ("draf > ditinjau > disetujui > dijadwalkan > terbit > draf > terbit",),
            ], decimals=0),
            solution=HITUNG,
            hints=[
                "Pecah teks menjadi daftar status dengan `riwayat.split(\" > \")`. Mulai dengan "
                "penghitung `masalah` bernilai 0; tambah 1 bila status pertamanya (`langkah[0]`) bukan "
                "`\"draf\"`.",
                "Lalu tiru perulangan fungsi `langkah_tidak_sah` di Modul 09 (`zip` memasangkan setiap status "
                "dengan status sesudahnya) dan tambah 1 untuk setiap langkah yang tidak ada di "
                "`LANGKAH_SAH[sebelum]`. Kembalikan penghitungnya dengan `return` **setelah** perulangan "
                "selesai, bukan di dalamnya.",
            ],
            mistakes=[
                Mistake('''
def hitung_langkah_tidak_sah(riwayat):
    langkah = riwayat.split(" > ")
    masalah = 0
    for sebelum, sesudah in zip(langkah, langkah[1:]):
        if sesudah not in LANGKAH_SAH[sebelum]:
            masalah = masalah + 1
    return masalah
''', "Fungsi Anda belum memeriksa bahwa alur **dimulai dari \"draf\"**: riwayat \"ditinjau > disetujui\" "
     "mendapat 0. Tambahkan 1 bila `langkah[0] != \"draf\"`."),
                Mistake('''
def hitung_langkah_tidak_sah(riwayat):
    langkah = riwayat.split(" > ")
    masalah = 0
    if langkah[0] != "draf":
        masalah = masalah + 1
    for sebelum, sesudah in zip(langkah, langkah[1:]):
        if sesudah in LANGKAH_SAH[sebelum]:
            masalah = masalah + 1
    return masalah
''', "Anda menghitung langkah yang **sah**. Yang diminta langkah yang tidak sah: `not in LANGKAH_SAH[sebelum]`."),
                Mistake('''
def hitung_langkah_tidak_sah(riwayat):
    langkah = riwayat.split(" > ")
    masalah = 0
    if langkah[0] != "draf":
        masalah = masalah + 1
    for sebelum, sesudah in zip(langkah, langkah[1:]):
        if sesudah not in LANGKAH_SAH[sebelum]:
            masalah = masalah + 1
        return masalah
    return masalah
''', "`return` Anda ada **di dalam** perulangan, jadi fungsi berhenti setelah langkah pertama dan langkah "
     "berikutnya tidak pernah diperiksa. Geser baris `return` itu ke luar perulangan (kurangi indentasinya)."),
            ],
        ),
        Task(
            id="sop_persetujuan",
            title="Draf SOP persetujuan konten",
            points=3,
            statement="""
Tulis **draf SOP singkat (6–10 butir)** alur persetujuan konten media sosial untuk Diskominfo
Anda, yang bisa dibawa ke rapat bidang. SOP ini buatan kantor Anda sendiri (contoh ilustratif),
bukan kutipan peraturan. Isinya:

- langkah **draf → ditinjau → disetujui → dijadwalkan → terbit**: siapa (jabatan, bukan nama)
  melakukan apa di setiap langkah, dan ke mana draf kembali bila perlu diperbaiki;
- apa yang diperiksa peninjau sebelum menyetujui, dengan aturan yang mendasarinya;
- apa yang dilakukan bila posting yang **sudah terbit** ternyata memuat data pribadi atau
  melanggar hak cipta.

Pakai nama jabatan yang berlaku di kantor Anda.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 3 poin):**
- 1 poin — alur: kelima langkah disebut berurutan, **setiap langkah punya pelaksana** (jabatan
  boleh apa saja yang masuk akal: admin/operator/pengelola konten; redaktur/penyunting/editor/
  verifikator; Kepala Bidang IKP/Kepala Dinas/Sekretaris sebagai penyetuju), **dan** ada jalan
  kembali ke `draf` untuk revisi. Posting tanpa persetujuan (langsung terbit) tidak diizinkan.
- 1 poin — isi peninjauan: menyebut **sedikitnya tiga** dari: data pribadi (NIK/No. KK, nomor HP,
  e-mail, pelat nomor, data anak); izin orang di foto/potret; hak musik dan gambar pihak lain;
  netralitas ASN; tidak menyerang kehormatan orang tertentu; ketepatan fakta/sumber. **Dan**
  sedikitnya satu aturan disebut dengan benar: UU 27/2022 (PDP), UU 28/2014 (Hak Cipta), SKB No. 2
  Tahun 2022 (netralitas ASN), atau UU ITE/UU 1/2024. Nomor pasal tidak wajib; nomor atau tahun
  yang salah (mis. "UU 1/2023") tidak diberi poin untuk aturan itu.
- 1 poin — koreksi setelah terbit: menyebut tindakan (menyunting/menurunkan posting, mengganti
  dengan versi yang sudah disamarkan) **dan** siapa yang memutuskan atau harus diberi tahu
  (mis. penyetuju atau pimpinan), dengan batas waktu yang jelas (mis. "hari itu juga").
- Terima variasi wilayah dan kata: desa/kampung/kelurahan, "medsos", "unggah", "posting",
  "caption", tabel atau daftar bernomor. Ejaan tidak dinilai selama maksudnya jelas. Jangan
  memberi poin bila SOP mengutip isi Permenpan RB 83/2012 sebagai fakta (tahapan atau daftar
  perannya belum terverifikasi).

Contoh jawaban (ilustratif):

> 1. Admin media sosial menyusun draf (teks, foto, musik) di lembar kerja bersama; status `draf`.
> 2. Admin mengisi Cek Sebelum Terbit dan menempelkan hasilnya; status `ditinjau`.
> 3. Redaktur memeriksa: fakta dan sumber; data pribadi (NIK, nomor HP, e-mail, pelat, data
>    anak — UU 27/2022 PDP); izin orang di foto dan hak musik/gambar (UU 28/2014 Hak Cipta);
>    netralitas (SKB No. 2 Tahun 2022). Bila ada temuan, draf kembali ke `draf` dengan catatan.
> 4. Kepala Bidang IKP menyetujui; status `disetujui`.
> 5. Admin menjadwalkan di platform; status `dijadwalkan`. Draf terjadwal yang berubah kembali ke `draf`.
> 6. Posting tayang; status `terbit`. Admin memantau komentar 24 jam pertama.
> 7. Bila posting yang sudah terbit memuat data pribadi atau melanggar hak cipta: admin
>    menurunkannya hari itu juga, melapor ke Kepala Bidang, lalu versi yang sudah disamarkan
>    melalui alur dari langkah 1.
""",
            example_answer="""
1. Admin media sosial menyusun draf (teks, foto, musik) di lembar kerja bersama; status draf.
2. Admin mengisi Cek Sebelum Terbit dan menempelkan hasilnya; status ditinjau.
3. Redaktur memeriksa fakta dan sumber; data pribadi (NIK, nomor HP, e-mail, pelat, data anak —
   UU 27/2022 PDP); izin orang di foto dan hak musik/gambar (UU 28/2014 Hak Cipta); netralitas
   (SKB No. 2 Tahun 2022). Bila ada temuan, draf kembali ke draf dengan catatan.
4. Kepala Bidang IKP menyetujui; status disetujui.
5. Admin menjadwalkan di platform; status dijadwalkan. Draf terjadwal yang berubah kembali ke draf.
6. Posting tayang; status terbit. Admin memantau komentar 24 jam pertama.
7. Bila posting yang sudah terbit memuat data pribadi atau melanggar hak cipta: admin menurunkannya
   hari itu juga, melapor ke Kepala Bidang, lalu versi yang sudah disamarkan melalui alur dari
   langkah 1.
""",
        ),
    ],
)
