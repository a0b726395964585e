"""The one catalogue of participant-facing text (Bahasa Indonesia).

Every message a participant, trainer or self-study learner sees comes from here, looked
up by a stable English key. Course content (questions, hints, solutions) lives with the
exercises; this file holds the kit's own voice.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- setup -------------------------------------------------------------------
    "setup.ready": "Siap! kimkit {version} aktif. Jalankan sel-sel di bawah secara berurutan.",
    # --- lab launcher (make lab, make pelatih, mulai.sh/.command/.bat) ----------------------
    "lab.description": "Buka kursus kimkit di JupyterLab (berbahasa Indonesia).",
    "lab.help.port": "port JupyterLab (bawaan 8888, atau variabel PORT)",
    "lab.help.no_browser": "jangan buka peramban (juga NO_BROWSER=1)",
    "lab.help.trainer": "mode pelatih: seluruh folder repositori dan Formgrader nbgrader",
    "lab.help.dry_run": "siapkan ruang kerja dan tampilkan perintahnya, tanpa menjalankan JupyterLab",
    "lab.preparing_workspace": "Menyiapkan ruang kerja …",
    "lab.workspace_created": "Ruang kerja baru dibuat: {n} berkas materi dan latihan disalin ke {path}",
    "lab.workspace_added": (
        "{n} berkas baru ditambahkan ke ruang kerja (berkas Anda yang sudah ada tidak diubah):\n{files}"
    ),
    "lab.workspace": (
        "Ruang kerja Anda: {path}\n"
        "Semua pekerjaan Anda tersimpan di folder itu. Ambil berkas latihan untuk dikumpulkan dari sana."
    ),
    "lab.opening": (
        "Membuka kursus di JupyterLab. Alamatnya:\n\n    {url}\n\n"
        "Salin alamat itu ke peramban bila tidak terbuka sendiri. "
        "Hentikan JupyterLab dengan Ctrl+C dua kali di jendela ini."
    ),
    "lab.opening_trainer": (
        "Membuka JupyterLab pelatih di folder repositori {path}\n"
        "(menu Nbgrader → Formgrader untuk menilai; menu File → New → Terminal untuk perintah nbgrader). "
        "Alamatnya:\n\n    {url}\n\n"
        "Salin alamat itu ke peramban bila tidak terbuka sendiri. Hentikan dengan Ctrl+C dua kali."
    ),
    "lab.dry_run": "Uji coba saja; JupyterLab tidak dijalankan. Perintahnya:\n    {command}",
    "lab.stopped": "JupyterLab sudah berhenti. Berkas yang Anda simpan ada di {path}",
    "lab.port_busy": (
        "Port {port} sedang dipakai program lain (mungkin JupyterLab yang sudah berjalan). "
        "Tutup program itu, atau pilih port lain: PORT=8890 make lab (paket peserta: "
        "sh mulai.sh --port 8890, atau mulai.bat --port 8890)"
    ),
    "lab.no_sources": (
        "Materi kursus (folder course/ dan exercises/) tidak ditemukan di {root}. Pasang kimkit dari "
        "folder kit dengan `pip install -e .` (atau jalankan skrip mulai di folder itu), lalu coba lagi."
    ),
    "lab.no_nbgrader": (
        "nbgrader belum terpasang di lingkungan ini. Jalankan `make pelatih` dari folder repositori "
        "(atau `pip install -e \".[trainer]\"`), lalu coba lagi."
    ),
    # --- self-check outcomes -------------------------------------------------------
    "outcome.title.correct": "Benar",
    "outcome.title.incorrect": "Belum tepat",
    "outcome.title.unattempted": "Belum dicoba",
    "outcome.title.hint": "Petunjuk {n}",
    "outcome.title.solution": "Solusi",
    "outcome.title.info": "Info",
    "outcome.title.problem": "Pemeriksa bermasalah",
    "check.correct": "Jawaban Anda benar. Lanjutkan ke soal berikutnya.",
    "check.unattempted": (
        "Soal ini belum dijawab. Isi sel jawaban di atas (ganti `____` atau baris "
        "`raise NotImplementedError()` dengan jawaban Anda), jalankan sel itu, "
        "lalu jalankan lagi sel pemeriksaan ini."
    ),
    "check.missing_variable": (
        "Variabel `{name}` belum ada: sel jawaban di atas belum dijalankan atau masih berisi "
        "`raise NotImplementedError()`. Tulis jawaban Anda di sel itu, jalankan (Shift+Enter), "
        "lalu jalankan lagi sel pemeriksaan ini."
    ),
    "check.all_passed": "{passed} dari {total} soal otomatis sudah benar.",
    "check.all_fix": "Perbaiki soal bertanda ✘.",
    "check.all_answer": "Jawab soal bertanda … (belum dicoba).",
    "check.all_task_empty": "Soal tertulis (✎) belum diisi: tulis jawaban di sel *Jawaban Anda*, lalu simpan (Ctrl+S).",
    "check.all_task_unknown": "Pastikan soal tertulis (✎) sudah diisi di sel *Jawaban Anda*.",
    "check.all_again": "Setelah itu, jalankan sel ini lagi.",
    "check.all_submit": "Simpan notebook (Ctrl+S), lalu kumpulkan kepada pelatih.",
    "task.filled": "Jawaban tertulis sudah tersimpan di notebook. Pelatih akan menilainya dengan pedoman penilaian.",
    "task.empty": (
        "Soal tertulis ini belum diisi di notebook yang tersimpan. Tulis jawaban di sel *Jawaban Anda*, "
        "lalu simpan (Ctrl+S)."
    ),
    "task.unknown": (
        "Soal tertulis ini dinilai pelatih. Pastikan sel *Jawaban Anda* sudah diisi, lalu simpan (Ctrl+S)."
    ),
    "task.usage": "Soal tertulis: tulis jawaban di sel *Jawaban Anda*; pelatih yang menilainya.",
    "outcome.title.task": "Soal tertulis",
    "setup.unknown_exercise": (
        "Soal \"{name}\" tidak ditemukan di kimkit ini. Mungkin kimkit perlu diperbarui "
        "(jalankan lagi make lab) atau nama notebook berubah. Yang tersedia: {available}."
    ),
    "check.next_hint": "Perlu bantuan? Jalankan `{view}.petunjuk()`.",
    "check.more_hints": "Masih bingung? Jalankan `{view}.petunjuk({n})`.",
    "check.last_hint": "Itu petunjuk terakhir. Jika masih buntu, lihat `{view}.solusi()`.",
    "check.no_hints": "Soal ini tidak punya petunjuk tambahan.",
    "check.hint_range": "Soal ini punya {total} petunjuk. Pilih nomor 1 sampai {total}.",
    "check.internal_error": (
        "Maaf, pemeriksa kimkit mengalami masalah ({error}). Jawaban Anda tidak hilang. "
        "Jalankan ulang sel jawaban lalu sel ini; jika tetap begini, beri tahu pelatih."
    ),
    "check.not_bound": (
        "kimkit belum disiapkan di notebook ini. Jalankan sel persiapan paling atas "
        "(yang berisi `kimkit.mulai(globals())`), lalu coba lagi."
    ),
    # --- answer comparisons ----------------------------------------------------------
    "compare.wrong_value": "Nilai `{name}` belum sesuai. Periksa lagi langkah perhitungan Anda.",
    "compare.wrong_choice": "Pilihan `{name}` belum tepat. Baca lagi pertanyaan dan materinya, lalu pilih lagi.",
    "compare.wrong_text": "Isi `{name}` belum tepat. Periksa lagi ejaan dan sumber jawabannya di tabel atau materi.",
    "compare.function_error": (
        "Fungsi `{name}` berhenti dengan galat saat diuji dengan {args}: {error}."
    ),
    # --- the fixed parts of every graded exercise notebook (tools/authoring.py) -----------
    "exercise.header": (
        "# {title}\n\n**Waktu:** sekitar {minutes} menit · **Nilai:** 10 poin ({automatic} poin "
        "dinilai otomatis, {manual} poin dinilai pelatih)"
    ),
    "exercise.how_to": (
        "**Cara mengerjakan**\n\n"
        "1. Jalankan sel dari atas ke bawah dengan **Shift+Enter**.\n"
        "2. Isi setiap sel jawaban: ganti baris `raise NotImplementedError()` dengan jawaban Anda.\n"
        "3. Jalankan sel pemeriksaan `soalN.cek()` di bawahnya untuk umpan balik langsung.\n"
        "   Butuh bantuan? Tambahkan sel baru (tekan **B** di luar mode ketik) lalu jalankan\n"
        "   `soalN.petunjuk()`.\n"
        "4. Sel berlabel *uji* memeriksa bentuk jawaban; nilainya diperiksa saat penilaian. Jangan\n"
        "   mengubah sel itu. Jika gagal, perbaiki jawaban Anda di atasnya.\n"
        "5. Simpan dengan **Ctrl+S** sebelum mengumpulkan."
    ),
    "exercise.identity": (
        "## Identitas\n\n"
        "Tulis ID peserta Anda dari daftar hadir di sel berikut (contoh: `\"SMD-007\"`), lalu jalankan\n"
        "sel itu dan sel pemeriksaan di bawahnya. ID ini tersimpan di notebook sehingga pelatih bisa\n"
        "mencocokkan berkas dengan nama Anda. Belajar mandiri tanpa pelatihan? Tulis `\"MANDIRI\"`."
    ),
    "exercise.closing": (
        "## Selesai\n\n"
        "Jalankan sel di bawah ini untuk memeriksa semua soal sekaligus, perbaiki yang belum benar,\n"
        "lalu simpan notebook (**Ctrl+S**).\n"
        "Notebook yang tersimpan inilah yang dikumpulkan kepada pelatih."
    ),
    "exercise.choice_how": "Simpan huruf jawaban Anda sebagai teks di variabel `{name}`, contoh: `{name} = \"A\"`.",
    "exercise.test_comment": "bentuk `{name}` (nilainya diperiksa saat penilaian)",
    "exercise.task_graded": "dinilai pelatih",
    "exercise.show_result": "baris ini menampilkan hasil Anda; biarkan saja",
    "exercise.text_stub": "**Jawaban Anda:** _klik dua kali sel ini, lalu ketik jawaban Anda di sini._",
    "exercise.task_where": "Tulis jawaban Anda di sel **Jawaban Anda** di bawah ini (klik dua kali sel itu untuk mengetik).",
    # --- form tests: generated into visible nbgrader tests and run by self-checks ----------
    "form.decimal_comma": (
        "`{name}` berisi dua angka yang dipisah koma. Di Python, desimal ditulis dengan titik: "
        "tulis {shown}, bukan {typed}."
    ),
    "form.number_is_text": (
        "`{name}` berisi teks (ada tanda kutip). Tulis angkanya tanpa tanda kutip, misalnya {name} = 12."
    ),
    "form.number_is_pandas": (
        "`{name}` masih berupa kolom atau tabel pandas, bukan satu angka. Ambil satu nilai, misalnya "
        "dengan `len(...)`, `.sum()`, `.mean()` atau `.iloc[0]`."
    ),
    "form.expect_number": "`{name}` harus berupa satu angka (tanpa tanda kutip), misalnya {name} = 12.",
    "form.expect_whole": "`{name}` harus bilangan bulat, misalnya 12 (bukan 12.5).",
    "form.expect_text": "`{name}` harus berupa teks di antara tanda kutip, contoh: {name} = \"{example}\".",
    "form.expect_letter": "`{name}` harus berupa huruf pilihan di antara tanda kutip, contoh: {name} = \"A\".",
    "form.letter_unknown": "Isi `{name}` dengan salah satu huruf pilihan: {options} (contoh: {name} = \"A\").",
    "form.expect_bool": "`{name}` harus `True` atau `False` (tanpa tanda kutip).",
    "form.list_is_other": (
        "`{name}` harus berupa daftar (list), bukan teks atau tabel. Dari tabel pandas, ambil satu "
        "kolom lalu ubah menjadi list: `tabel[\"kolom\"].tolist()`."
    ),
    "form.expect_list": "`{name}` harus berupa daftar (list), misalnya [\"a\", \"b\"]; hasil pandas bisa diubah dengan `.tolist()`.",
    "form.list_length": "`{name}` harus berisi {n} butir; sekarang {actual} butir.",
    "form.series_is_table": (
        "`{name}` masih berupa tabel (DataFrame), padahal yang diminta satu kolom (Series). Pilih "
        "kolomnya dengan `[\"nama_kolom\"]` sebelum menghitung, misalnya "
        "`tabel.groupby(\"a\")[\"b\"].mean()`."
    ),
    "form.expect_series": (
        "`{name}` harus berupa Series pandas, misalnya hasil `value_counts()` atau "
        "`groupby(...)[\"kolom\"].sum()`."
    ),
    "form.per": " (satu nilai untuk setiap {per})",
    "form.series_length": "`{name}` harus berisi {n} nilai{per}; sekarang {actual} nilai.",
    "form.expect_table": "`{name}` harus berupa tabel pandas (DataFrame), misalnya hasil `tabel.copy()`.",
    "form.table_column": "Tabel `{name}` belum punya kolom `{column}`.",
    "form.table_length": "Tabel `{name}` harus berisi {n} baris; sekarang {actual} baris.",
    "form.expect_function": "`{name}` harus berupa fungsi. Jalankan dulu sel yang berisi `def {name}(...)`.",
    "form.value_wrong": "Nilai `{name}` belum tepat.",
    "form.trainer_expected": "Jawaban yang diharapkan (hanya untuk pelatih)",
    # --- what differs (self-check only; never reveals an expected value) ------------------
    "diff.keys_wrong": "Nilai untuk {keys} belum tepat.",
    "diff.keys_unknown": "Label berikut tidak ada di jawaban yang diharapkan: {keys}.",
    "diff.keys_missing": "{n} label yang diharapkan belum ada di `{name}`.",
    "diff.items_unknown": "Butir berikut bukan bagian dari jawaban: {keys}.",
    "diff.order": "Isinya sudah tepat, tetapi urutannya belum. Periksa arah pengurutan (`ascending`).",
    "diff.cases_wrong": "Hasil fungsi belum tepat untuk masukan: {keys}.",
    "diff.more": "{shown} dan {n} lainnya",
    # --- solutions and policy -------------------------------------------------------------
    "solution.locked_workshop": (
        "Solusi latihan bernilai ini dikunci selama pelatihan. Coba petunjuk dulu "
        "(`{view}.petunjuk()`); pelatih akan membahas solusinya setelah penilaian."
    ),
    "solution.locked_default": (
        "Solusi latihan bernilai ini belum dibuka. Jika Anda belajar mandiri (tanpa pelatih), "
        "jalankan `kimkit.mode_mandiri()` sekali, lalu panggil `{view}.solusi()` lagi."
    ),
    "solution.no_pack": (
        "Solusi latihan bernilai tidak ikut dibagikan kepada peserta. Setelah penilaian, pelatih "
        "membagikan paket solusi; pasang dengan `kimkit.pasang_paket_solusi(\"paket_solusi.json\")`, "
        "lalu jalankan `{view}.solusi()` lagi. Sementara itu, coba `{view}.petunjuk()`."
    ),
    "solution.pack_installed": "Paket solusi terpasang ({n} solusi). Sekarang `.solusi()` bisa menampilkan solusi.",
    "solution.pack_invalid": (
        "Berkas {path} bukan paket solusi kimkit yang bisa dibaca ({problem}). Periksa nama berkasnya, "
        "atau minta berkas paket solusi yang benar kepada pelatih."
    ),
    "solution.intro": "Salah satu jawaban yang benar (bandingkan dengan jawaban Anda):",
    "solution.none": "Soal ini dinilai manual oleh pelatih, jadi tidak ada satu solusi baku.",
    "mode.self_study_on": (
        "Mode belajar mandiri aktif: solusi latihan bisa dilihat dengan `.solusi()`. "
        "Pengaturan ini tersimpan di {path}."
    ),
    "mode.self_study_blocked": (
        "Pelatih Anda menutup solusi latihan di komputer ini, jadi mode mandiri tidak bisa "
        "diaktifkan di sini. Tanyakan kepada pelatih."
    ),
    # --- identity ---------------------------------------------------------------------------
    "identity.ok": "Terima kasih, {roster_id}. ID ini ikut tersimpan di notebook Anda.",
    "identity.empty": (
        "ID peserta belum diisi. Tulis ID dari daftar hadir di sel di atas, "
        "contoh: ID_PESERTA = \"SMD-007\", lalu jalankan sel itu dan sel ini lagi. "
        "Belajar mandiri tanpa pelatihan? Tulis ID_PESERTA = \"MANDIRI\"."
    ),
    "identity.remembered": (
        "Anda pernah memakai ID {roster_id}. Jika itu ID Anda, salin ke sel di atas: "
        "ID_PESERTA = \"{roster_id}\" lalu jalankan lagi."
    ),
    "identity.malformed": (
        "ID \"{value}\" belum sesuai format. Formatnya tiga huruf kode kab/kota, tanda "
        "minus, lalu tiga angka, contoh \"SMD-007\" atau \"PPU-012\". Kode yang dikenal: {codes}."
    ),
    "identity.not_text": "ID_PESERTA harus berupa teks di antara tanda kutip, contoh: ID_PESERTA = \"SMD-007\".",
    "identity.missing": (
        "Variabel ID_PESERTA tidak ditemukan. Jalankan sel identitas di atas "
        "(yang berisi ID_PESERTA = ...), lalu jalankan sel ini lagi."
    ),
    "identity.self_study": "Mode belajar mandiri: ID peserta tidak diperlukan. Selamat belajar!",
    "identity.cli_no_id": "(ID tidak ada / tidak sah)",
    "identity.cli_usage": (
        "Cara pakai: python -m kimkit.identity BERKAS.ipynb ... (misalnya kiriman/*.ipynb). "
        "Perintah ini mencetak ID peserta yang tersimpan di setiap notebook."
    ),
    # --- progress ---------------------------------------------------------------------------
    "progress.empty": "Belum ada catatan kemajuan. Jawab soal dan jalankan `.cek()` untuk mulai mencatat.",
    "progress.summary": "Kemajuan belajar Anda: {correct} dari {attempted} soal yang dicoba sudah benar.",
    # --- friendly errors --------------------------------------------------------------------
    "error.title": "Ada yang perlu diperbaiki",
    "error.NotImplementedError": (
        "Sel ini masih berisi baris `raise NotImplementedError()`. Hapus baris itu dan "
        "ketik jawaban Anda di tempatnya, lalu jalankan sel lagi."
    ),
    "error.NameError": (
        "Python belum mengenal nama `{name}`. Mungkin ada salah ketik, atau sel yang "
        "membuatnya belum dijalankan. Jalankan sel-sel di atas secara berurutan "
        "(menu Run → \"Jalankan semua di atas sel yang dipilih\"), lalu coba lagi."
    ),
    "error.KeyError": (
        "Kolom atau kunci {missing} tidak ditemukan. Periksa ejaan dan huruf besar-kecilnya; "
        "daftar kolom tabel bisa dilihat dengan `nama_tabel.columns`."
    ),
    "error.AttributeError": (
        "{detail}. Periksa ejaan nama fungsi atau kolom setelah tanda titik."
    ),
    "error.TypeError": (
        "Jenis data tidak cocok: {detail}. Periksa apakah angka tertulis tanpa tanda kutip "
        "dan teks tertulis di antara tanda kutip."
    ),
    "error.ValueError": "Nilai tidak bisa dipakai: {detail}. Periksa kembali isian Anda.",
    "error.ZeroDivisionError": "Ada pembagian dengan nol. Periksa penyebut perhitungan Anda.",
    "error.FileNotFoundError": (
        "Berkas tidak ditemukan: {detail}. Data kursus dimuat lewat `kimkit.data`, "
        "misalnya `kimkit.data.kim_kaltim()`."
    ),
    "error.detail": "Pesan asli Python: {detail}",
    "error.test_failed.title": "Uji belum lolos",
    "error.test_failed": (
        "{detail}\nPerbaiki jawaban Anda di sel jawaban di atas, lalu jalankan lagi sel jawaban "
        "itu dan sel uji ini (Shift+Enter)."
    ),
    "error.test_failed.no_message": (
        "Pemeriksaan resmi untuk soal ini belum lolos. Jalankan sel pemeriksaan `soalN.cek()` "
        "di atas (N = nomor soal) untuk melihat apa yang perlu diperbaiki. Setelah jawaban "
        "diperbaiki, jalankan lagi sel jawaban dan sel uji ini."
    ),
    # --- datasets ---------------------------------------------------------------------------
    "data.unknown": "Dataset \"{name}\" tidak dikenal. Dataset yang tersedia: {available}.",
    "data.missing_file": (
        "Berkas data {path} tidak ditemukan. Pasang ulang kimkit (make lab) atau beri tahu pelatih."
    ),
    "data.invalid": (
        "Berkas data {name} rusak atau berubah ({problem}). Pasang ulang kimkit (make lab) "
        "atau beri tahu pelatih."
    ),
    # --- widgets ----------------------------------------------------------------------------
    "quiz.check_button": "Periksa",
    "quiz.no_choice": "Pilih salah satu jawaban dulu, lalu tekan Periksa.",
    "quiz.score": "Skor kuis: {correct} dari {total} benar.",
    "quiz.all_correct": "Semua benar. Hebat!",
    "engagement.title": "Kalkulator engagement rate (ER)",
    "engagement.post": "Posting",
    "engagement.manual": "(ketik angka sendiri)",
    "engagement.numbers": "Angka posting (boleh diubah)",
    "engagement.field.likes": "likes (suka)",
    "engagement.field.comments": "comments (komentar)",
    "engagement.field.shares": "shares (dibagikan)",
    "engagement.field.saves": "saves (disimpan)",
    "engagement.basis": "Penyebut",
    "engagement.interactions": "Interaksi yang dihitung",
    "engagement.compute": "Hitung ER",
    "engagement.ready_post": (
        "Angka posting {post} sudah terisi. Pilih penyebut, centang interaksi yang dihitung, "
        "lalu tekan tombol Hitung ER."
    ),
    "engagement.ready_manual": (
        "Ketik angka satu posting di kotak-kotak di atas (misalnya dari menu statistik akun "
        "media sosial Anda), pilih penyebut, centang interaksi yang dihitung, lalu tekan tombol Hitung ER."
    ),
    "engagement.changed": "Isian berubah, jadi hasil sebelumnya dihapus. Tekan Hitung ER untuk menghitung ulang.",
    "engagement.result": (
        "ER berdasarkan {basis_label} = {interactions} interaksi ÷ {denominator} × 100 = {rate}%"
    ),
    "engagement.zero_denominator": (
        "Nilai {basis_label} masih 0, jadi ER tidak bisa dihitung. Isi dulu angkanya atau pilih "
        "penyebut lain, lalu tekan Hitung ER lagi."
    ),
    "engagement.views_not_applicable": (
        "Posting ini bukan video, jadi tidak punya views: ER berdasarkan views tidak berlaku. "
        "Pilih penyebut lain (reach, impressions, atau followers)."
    ),
    "engagement.negative": "Angka tidak boleh negatif. Perbaiki isian {field}, lalu tekan Hitung ER lagi.",
    "engagement.no_interactions": "Centang minimal satu jenis interaksi yang dihitung, lalu tekan Hitung ER lagi.",
    # --- month names (kimkit.formatting.bulan_id) ----------------------------------------
    "formatting.month_range": "Nomor bulan harus bilangan bulat 1 sampai 12, bukan {value}.",
    "formatting.month_type": (
        "bulan_id() memerlukan nomor bulan (1–12), tanggal, atau periode, misalnya kolom hasil "
        "`.dt.to_period(\"M\")`; yang diberikan: {value} ({type})."
    ),
    "formatting.month_no_year": (
        "Nomor bulan {value} tidak memuat tahun. Pakai tahun=False, atau berikan tanggal/periode "
        "(misalnya hasil `.dt.to_period(\"M\")`) agar tahunnya ikut ditulis."
    ),
}


def angka(value: float, decimals: int = 0) -> str:
    """Format a number the Indonesian way: 8.000 and 3,94."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def msg(key: str, **values: object) -> str:
    """Return the catalogue text for ``key`` filled with ``values``."""
    return MESSAGES[key].format(**values)
