"""Self-checks of course/02_membentuk_membina_kim.ipynb (not graded; `make exercises` builds their data).

The data questions use the synthetic ``kegiatan_kim`` log as the notebook loads it, with the
``batas``, ``terakhir`` and ``juli_des`` variables its worked examples build.
"""

from tools.authoring import Choice, CourseQuestions, Function, Mistake, Number, Question, Series

SOURCE = CourseQuestions(
    name="modul02",
    notebook="course/02_membentuk_membina_kim.ipynb",
    questions=[
        Question(
            id="sk_kampung", view="soal1",
            title="Sebuah KIM dibentuk warga di sebuah kampung di Mahakam Ulu. Siapa yang menerbitkan SK "
                  "pengesahannya?",
            answer=Choice("jawaban_1", options={
                "A": "Bupati Mahakam Ulu",
                "B": "Camat",
                "C": "Kepala kampung",
                "D": "Kepala Diskominfo kabupaten",
            }),
            solution='jawaban_1 = "C"   # SK kepala desa/lurah; di Berau, Kutai Barat, Mahakam Ulu desa disebut kampung',
            hints=[
                "KIM disahkan di tingkat tempat KIM itu berkedudukan: desa atau kelurahan.",
                "Di Berau, Kutai Barat dan Mahakam Ulu, desa disebut *kampung*. Siapa kepala pemerintahan kampung?",
            ],
            mistakes=[
                Mistake('jawaban_1 = "D"', "Diskominfo mendaftar dan membina KIM, tetapi tidak menerbitkan SK "
                                           "pengesahannya. SK diterbitkan kepala desa/lurah; di Mahakam Ulu: "
                                           "kepala kampung."),
                Mistake('jawaban_1 = "A"', "SK KIM tidak diterbitkan bupati, tetapi di tingkat desa/kampung atau "
                                           "kelurahan tempat KIM itu berada."),
            ],
        ),
        Question(
            id="kegiatan_sejak_oktober", view="soal2",
            title="Berapa kegiatan (data sintetis) yang tercatat pada 1 Oktober 2025 atau sesudahnya?",
            answer=Number("jumlah_kegiatan_okt"),
            solution='jumlah_kegiatan_okt = len(kegiatan[kegiatan["tanggal"] >= pd.to_datetime("2025-10-01")])',
            hints=[
                "Tiru contoh di atas: buat batas tanggal dengan `pd.to_datetime(\"2025-10-01\")`, saring baris "
                "yang `tanggal`-nya `>=` batas itu, lalu hitung barisnya dengan `len(...)`.",
                "Bentuknya: `len(kegiatan[kegiatan[\"tanggal\"] >= pd.to_datetime(\"2025-10-01\")])`.",
            ],
            mistakes=[
                Mistake('jumlah_kegiatan_okt = len(kegiatan[kegiatan["tanggal"] > pd.to_datetime("2025-10-01")])',
                        "Kegiatan tanggal 1 Oktober 2025 belum ikut terhitung. \"Pada atau sesudah\" berarti `>=`."),
                Mistake('jumlah_kegiatan_okt = len(kegiatan[kegiatan["tanggal"] < pd.to_datetime("2025-10-01")])',
                        "Itu kegiatan **sebelum** 1 Oktober 2025. Yang diminta pada atau sesudahnya: `>=`."),
                Mistake("jumlah_kegiatan_okt = len(kegiatan)",
                        "Itu jumlah semua kegiatan di log. Saring dulu menurut tanggal."),
            ],
        ),
        Question(
            id="tanpa_kegiatan_2025", view="soal3",
            title="Berapa KIM (data sintetis) yang tidak punya kegiatan sama sekali pada tahun 2025 "
                  "(kegiatan terakhirnya sebelum 1 Januari 2025)?",
            answer=Number("jumlah_tanpa_2025"),
            solution='jumlah_tanpa_2025 = (terakhir < pd.to_datetime("2025-01-01")).sum()',
            hints=[
                "Pakai Series `terakhir` dari contoh di atas (tanggal kegiatan terakhir setiap KIM) dan bandingkan "
                "dengan `pd.to_datetime(\"2025-01-01\")`.",
                "Perbandingan itu menghasilkan `True`/`False` per KIM; `.sum()` menghitung banyaknya `True`: "
                "`(terakhir < pd.to_datetime(\"2025-01-01\")).sum()`.",
            ],
            mistakes=[
                Mistake('jumlah_tanpa_2025 = len(kegiatan[kegiatan["tanggal"] < pd.to_datetime("2025-01-01")])',
                        "Itu banyaknya **kegiatan** sebelum 2025, bukan banyaknya **KIM**. Pakai tanggal kegiatan "
                        "terakhir setiap KIM (`terakhir`), lalu hitung yang sebelum 1 Januari 2025."),
                Mistake('jumlah_tanpa_2025 = (terakhir >= pd.to_datetime("2025-01-01")).sum()',
                        "Itu KIM yang **masih** berkegiatan pada 2025. Yang diminta yang kegiatan terakhirnya "
                        "sebelum 1 Januari 2025: `<`."),
            ],
        ),
        Question(
            id="kegiatan_kukar", view="soal4",
            title="Hitung jumlah kegiatan KIM Kutai Kartanegara (data sintetis) per bulan, Juli–Desember 2025 "
                  "(Series berindeks nomor bulan).",
            answer=Series("kegiatan_kukar", decimals=0, per="bulan"),
            solution='kukar = juli_des[juli_des["kabkota"] == "Kutai Kartanegara"]\n'
                     'kegiatan_kukar = kukar.groupby("bulan").size()',
            hints=[
                "Mulai dari tabel `juli_des` (sudah punya kolom `bulan`). Saring dulu baris yang `kabkota`-nya "
                "\"Kutai Kartanegara\".",
                "Lalu hitung baris per bulan dengan `.groupby(\"bulan\").size()`, seperti contoh untuk seluruh Kaltim.",
            ],
            mistakes=[
                Mistake('kegiatan_kukar = juli_des.groupby("bulan").size()',
                        "Itu kegiatan semua kab/kota. Saring dulu baris Kutai Kartanegara."),
                Mistake('kukar = juli_des[juli_des["kabkota"] == "Kutai Kartanegara"]\n'
                        'kegiatan_kukar = kukar.groupby("bulan")["jumlah_peserta"].sum()',
                        "Itu jumlah **peserta** per bulan. Yang diminta jumlah **kegiatan** (banyaknya baris): `.size()`."),
            ],
        ),
        Question(
            id="skor_legalitas", view="soal5",
            title="Tulis fungsi skor_legalitas(punya_sk, terdaftar_kimid): 0 jika belum ber-SK, 1 jika ber-SK "
                  "tetapi belum terdaftar di KIM.id, 2 jika ber-SK dan terdaftar.",
            answer=Function("skor_legalitas", cases=[(False, False), (False, True), (True, False), (True, True)],
                            decimals=0),
            solution="""
def skor_legalitas(punya_sk, terdaftar_kimid):
    if not punya_sk:
        return 0
    elif terdaftar_kimid:
        return 2
    else:
        return 1
""",
            hints=[
                "Periksa SK lebih dulu: `if not punya_sk:` lalu `return 0`. Tanpa SK, KIM belum sah.",
                "Sesudah itu (KIM sudah ber-SK): `elif terdaftar_kimid:` → `return 2`, dan `else:` → `return 1`.",
            ],
            mistakes=[
                Mistake("""
def skor_legalitas(punya_sk, terdaftar_kimid):
    if terdaftar_kimid:
        return 2
    elif punya_sk:
        return 1
    else:
        return 0
""", "Hampir benar, tetapi KIM yang tercatat terdaftar tanpa SK mendapat 2. KIM tanpa SK belum sah, jadi "
     "skornya 0 (catatan \"terdaftar\" seperti itu perlu dicek ulang). Periksa SK lebih dulu."),
                Mistake("""
def skor_legalitas(punya_sk, terdaftar_kimid):
    if punya_sk and terdaftar_kimid:
        return 2
    else:
        return 0
""", "KIM yang sudah ber-SK tetapi belum terdaftar mendapat 0. Menurut soal, skornya 1: tambahkan cabang "
     "untuk keadaan itu."),
            ],
        ),
    ],
)
