"""Latihan 06 — Video pendek & podcast (sumber tunggal; `make exercises` membuat sisanya)."""

from tools.authoring import Choice, Code, Exercise, Function, Items, Markdown, Mistake, Question, Series, Task

EPS03 = 'eps03 = rundown[rundown["id_episode"] == "SINT-EPS-03"].copy()\n'
DETIK = ('eps03["target_detik"] = eps03["target"].apply(ke_detik)\n'
         'eps03["aktual_detik"] = eps03["aktual"].apply(ke_detik)\n')
KE_DETIK = '''
def ke_detik(teks):
    menit, detik = teks.split(":")
    return int(menit) * 60 + int(detik)
'''

SOURCE = Exercise(
    name="latihan06",
    title="Latihan 06 — Video pendek & podcast",
    minutes=25,
    intro="""
Latihan ini melatih langkah-langkah Modul 06: mengubah durasi menit:detik menjadi detik,
menjumlahkan durasi rundown, menemukan segmen yang melewati targetnya, memilih batas durasi
platform yang tepat, dan menyusun rencana episode podcast.

**Data:** tabel `rundown` adalah **data sintetis**: rundown podcast rekaan 12 episode dari 6
kabupaten/kota Kalimantan Timur. Judul, narasumber dan durasinya rekaan. Durasi ditulis sebagai
teks menit:detik, seperti di lembar rundown Excel.
""",
    setup="""
import pandas as pd
import kimkit
import kimkit.data

rundown = kimkit.data.rundown_podcast()   # data SINTETIS: rundown podcast rekaan
""",
    parts=[
        Markdown("tabel_rundown", """
## Tabel rundown

Satu baris = satu segmen episode (**data sintetis**). Kolom yang dipakai di latihan ini:

- `id_episode` (SINT-EPS-01 … SINT-EPS-12), `kabkota`, `urutan`, `segmen`;
- `target` — durasi target segmen, teks menit:detik (misalnya `"08:00"`);
- `aktual` — durasi rekaman segmen, teks menit:detik. **Dua sel di episode lain sengaja salah
  tulis**; episode yang dipakai di soal 3 tidak memuatnya. Kolom `target` semuanya benar.
"""),
        Code("lihat_rundown", 'rundown[["id_episode", "kabkota", "urutan", "segmen", "target", "aktual"]].head(8)'),
        Question(
            id="ke_detik",
            title="Fungsi menit:detik → detik",
            points=2,
            statement="""
Tulis **fungsi** `ke_detik(teks)` yang mengubah teks durasi menit:detik menjadi jumlah detik
(sebagai angka bulat). Contoh: `ke_detik("7:30")` menghasilkan `450`, dan `ke_detik("00:45")`
menghasilkan `45`. Fungsi Anda diperiksa dengan beberapa durasi yang ditulis benar (dengan atau
tanpa nol di depan).
""",
            answer=Function("ke_detik", cases=[("7:30",), ("07:05",), ("00:45",), ("12:00",), ("10:09",),
                                               ("1:02",)], decimals=0),
            solution=KE_DETIK,
            hints=[
                "Tiru bentuk fungsi `jam_ke_menit` di Modul 06 (jam:menit → menit): `teks.split(\":\")` "
                "memisahkan menit dan detik menjadi dua teks.",
                "Ubah keduanya menjadi angka dengan `int(...)`, lalu `menit * 60 + detik`, dan `return` hasilnya.",
            ],
            mistakes=[
                Mistake('''
def ke_detik(teks):
    menit, detik = teks.split(":")
    return int(menit) + int(detik)
''', "Menit dan detik Anda jumlahkan langsung. Satu menit = 60 detik: kalikan menit dengan 60 dulu."),
                Mistake('''
def ke_detik(teks):
    menit, detik = teks.split(":")
    return int(menit) * 60
''', "Detiknya tertinggal: 7:30 menjadi 420, padahal seharusnya 450. Tambahkan `int(detik)`."),
                Mistake('''
def ke_detik(teks):
    menit, detik = teks.split(":")
    return int(menit) * 100 + int(detik)
''', "Satu menit = 60 detik, bukan 100. Kalikan menit dengan 60."),
            ],
        ),
        Question(
            id="durasi_target",
            title="Jumlah durasi target per episode",
            points=2,
            statement="""
Hitung **jumlah durasi target semua segmen** setiap episode, **dalam detik**. Simpan hasilnya di
`durasi_target` sebagai **Series** pandas: indeksnya `id_episode` (12 episode), nilainya jumlah
detik. Anda boleh memakai fungsi `ke_detik` dari soal 1, atau `str.split(":", expand=True)`.
""",
            answer=Series("durasi_target", decimals=0, per="id_episode"),
            solution='bagian = rundown["target"].str.split(":", expand=True).astype(int)\n'
                     'rundown["target_detik"] = bagian[0] * 60 + bagian[1]\n'
                     'durasi_target = rundown.groupby("id_episode")["target_detik"].sum()',
            accept=[KE_DETIK + 'rundown["target_detik"] = rundown["target"].apply(ke_detik)\n'
                               'durasi_target = rundown.groupby("id_episode")["target_detik"].sum()'],
            hints=[
                "Buat dulu kolom `target_detik`: `rundown[\"target\"].apply(ke_detik)` (atau dengan "
                "`str.split(\":\", expand=True)`, seperti contoh di Modul 06).",
                "Kelompokkan menurut episode dan jumlahkan: "
                "`rundown.groupby(\"id_episode\")[\"target_detik\"].sum()`.",
            ],
            mistakes=[
                Mistake('bagian = rundown["target"].str.split(":", expand=True).astype(int)\n'
                        'rundown["target_detik"] = bagian[0] * 60 + bagian[1]\n'
                        'durasi_target = rundown.groupby("id_episode")["target_detik"].sum() / 60',
                        "Itu dalam menit. Soal meminta detik: jangan dibagi 60."),
                Mistake('bagian = rundown["target"].str.split(":", expand=True).astype(int)\n'
                        'rundown["target_detik"] = bagian[0] * 60 + bagian[1]\n'
                        'durasi_target = rundown.groupby("id_episode")["target_detik"].mean()',
                        "Itu rata-rata durasi segmen. Yang diminta jumlahnya: `.sum()`."),
                Mistake('durasi_target = rundown.groupby("id_episode")["target"].count()',
                        "Itu banyaknya segmen per episode. Ubah dulu `target` menjadi detik, lalu jumlahkan."),
            ],
        ),
        Question(
            id="segmen_lewat",
            title="Segmen yang melewati targetnya",
            points=2,
            statement="""
Untuk episode **SINT-EPS-03**, segmen mana saja yang durasi **aktualnya lebih lama dari
targetnya**? Simpan **nama-nama segmennya** (kolom `segmen`) di `segmen_lewat` sebagai list
(atau Series). Urutannya bebas. Segmen yang tepat sama dengan targetnya tidak termasuk.
""",
            answer=Items("segmen_lewat", ordered=False),
            solution=KE_DETIK + EPS03 + DETIK +
            'segmen_lewat = eps03[eps03["aktual_detik"] > eps03["target_detik"]]["segmen"].tolist()',
            hints=[
                "Saring dulu baris episode SINT-EPS-03, lalu buat kolom `target_detik` dan `aktual_detik` "
                "dengan `.apply(ke_detik)`.",
                "Saring baris yang `aktual_detik > target_detik`, ambil kolom `[\"segmen\"]`, lalu `.tolist()`.",
            ],
            # a selection of another size is caught by the form test (it says how many are expected)
            mistakes=[
                Mistake(KE_DETIK + EPS03 + DETIK +
                        'segmen_lewat = eps03.sort_values("aktual_detik", ascending=False)["segmen"].head(3).tolist()',
                        "Itu segmen dengan durasi aktual terpanjang. Yang diminta segmen yang aktualnya lebih "
                        "lama dari **targetnya sendiri**: bandingkan `aktual_detik` dengan `target_detik` di "
                        "baris yang sama."),
            ],
        ),
        Question(
            id="batas_platform",
            title="Batas durasi platform",
            points=1,
            statement="""
Tim Anda punya video vertikal berdurasi **4 menit 30 detik** tentang layanan adminduk keliling.
Menurut batas durasi bertanggal di Modul 06, di platform mana video itu bisa diunggah **utuh**
tanpa dipotong?
""",
            answer=Choice("jawaban_4", options={
                "A": "Hanya TikTok: unggahan hingga 10 menit (sejak Februari 2022); Reels Instagram (Januari "
                     "2025) dan YouTube Shorts (sejak 15 Oktober 2024) dibatasi 3 menit.",
                "B": "Ketiganya, karena Reels Instagram kini bisa sampai 20 menit.",
                "C": "Hanya YouTube Shorts, karena batasnya 10 menit.",
                "D": "Tidak ada, karena semua platform membatasi video pendek 90 detik.",
            }),
            solution='jawaban_4 = "A"   # 4:30 > 3:00 (Reels, Shorts), <= 10:00 (TikTok)',
            hints=[
                "4 menit 30 detik = 270 detik. Bandingkan dengan kolom `batas_detik` di tabel batas platform "
                "Modul 06 (atau `kimkit.rundown.check_video_length(\"4:30\")`).",
                "Angka 20 menit untuk Reels belum terverifikasi; 90 detik adalah saran kinerja, bukan batas.",
            ],
            mistakes=[
                Mistake('jawaban_4 = "B"', "Reels 20 menit hanya disebut blog yang kurang andal dan belum "
                                           "terverifikasi. Batas yang terkonfirmasi 3 menit (Januari 2025)."),
                Mistake('jawaban_4 = "D"', "90 detik adalah saran Instagram tentang kinerja Reels, bukan batas "
                                           "unggah semua platform."),
            ],
        ),
        Task(
            id="rencana_episode",
            title="Rencana episode podcast",
            points=3,
            statement="""
Susun **rencana satu episode podcast** Diskominfo kab/kota Anda (topik bebas, misalnya layanan
adminduk keliling, KIM di desa/kampung, atau cegah hoaks). Tulis di sel jawaban di bawah:

1. judul episode, target durasi episode, dan narasumber (jabatan atau peran, tanpa nama pribadi);
2. **rundown**: 4–7 segmen berurutan, masing-masing dengan nama, **target menit:detik**, dan 2–3
   poin bicara; jumlah target segmen dekat dengan target episode (selisih paling banyak 1 menit);
3. satu kalimat: bila narasumbernya kreator konten atau ASN, apa yang Anda periksa sebelum
   rekaman (Modul 09 membahas aturannya).

Anda boleh menyusunnya dengan **Penyusun rundown** di Modul 06 lalu menyalin isinya. Susunan
segmen di modul adalah templat praktisi, bukan aturan.
""",
            mark_scheme="""
**Pedoman penilaian (ilustratif, 3 poin):**
- 1 poin — susunan: ada judul, target episode, narasumber (peran), dan 4–7 segmen berurutan yang
  memuat pembuka dan penutup (nama boleh lain: "intro", "salam pembuka", "outro", "penutup dan
  ajakan"); setiap segmen punya 2–3 poin bicara yang konkret untuk topiknya.
- 1 poin — durasi: setiap segmen punya target dalam bentuk menit:detik yang benar (detik 0–59;
  "7.30" atau "7:75" tidak diterima), dan jumlah target segmen berselisih paling banyak 1:00 dari
  target episode. Periksa penjumlahannya; satu salah hitung kecil (≤ 0:30) masih diterima bila
  bentuk waktunya benar.
- 1 poin — narasumber: kalimat nomor 3 menyebut sedikitnya satu hal yang diperiksa dan masuk
  akal, misalnya netralitas ASN di media sosial menjelang pemilu/pilkada, kesepakatan kerja sama
  dengan kreator (mitra setara, isi disepakati), atau izin penggunaan musik/gambar. Rujukan ke
  Modul 09 cukup; nomor peraturan tidak wajib.
- Terima variasi wilayah dan kata: desa/kampung/kelurahan, nama OPD daerah masing-masing, "rundown"
  atau "susunan acara", menit ditulis "08:00" atau "8:00". Ejaan tidak dinilai.

Contoh jawaban (ilustratif):

> Judul: Cerita KIM dari kampung — target 25:00 — narasumber: pengurus KIM dan Kepala Bidang IKP.
> 1. Pembuka 2:00 — sapaan; perkenalan narasumber; janji episode.
> 2. Segmen utama 1 8:00 — apa kegiatan KIM bulan ini; kendala sinyal; data peserta.
> 3. Info layanan 3:00 — jadwal layanan adminduk keliling; cara daftar.
> 4. Segmen utama 2 8:00 — cerita warga; pertanyaan pendengar.
> 5. Rekap dan ajakan 2:30 — tiga poin penting; ajakan bergabung ke KIM.
> 6. Penutup 1:00 — terima kasih; topik berikutnya.
> Jumlah 24:30 (selisih 0:30 dari target).
> Sebelum rekaman dengan ASN menjelang pilkada, saya pastikan tidak ada ajakan atau simbol
> dukungan kepada calon mana pun (aturannya dibahas di Modul 09).
""",
            example_answer="""
Judul: Cerita KIM dari kampung — target 25:00 — narasumber: pengurus KIM dan Kepala Bidang IKP.
1. Pembuka 2:00 — sapaan; perkenalan narasumber; janji episode.
2. Segmen utama 1 8:00 — kegiatan KIM bulan ini; kendala sinyal; data peserta.
3. Info layanan 3:00 — jadwal layanan adminduk keliling; cara daftar.
4. Segmen utama 2 8:00 — cerita warga; pertanyaan pendengar.
5. Rekap dan ajakan 2:30 — tiga poin penting; ajakan bergabung ke KIM.
6. Penutup 1:00 — terima kasih; topik berikutnya.
Jumlah 24:30 (selisih 0:30 dari target).
Sebelum rekaman dengan ASN menjelang pilkada, saya pastikan tidak ada ajakan atau simbol dukungan
kepada calon mana pun (aturannya dibahas di Modul 09).
""",
        ),
    ],
)
