"""The one catalogue of participant-facing text (Bahasa Indonesia).

Every message a participant, trainer or self-study learner sees comes from here, looked
up by a stable English key. Course content (questions, hints, solutions) lives with the
exercises; this catalogue holds the kit's own voice. The kit's core messages are below;
each work tool of a module has its chapter in this package (``calendar``, ``captions``,
``rundown``, ``verification``, ``prepublication``, ``collaboration``, ``campaign``) and the
self-study dashboard its own (``progress``), merged into ``MESSAGES`` at import.
A key appears once in the whole catalogue (checked at import).
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
    "exercise.choice_how": "Simpan huruf jawaban Anda sebagai teks di variabel `{name}`, dengan bentuk `{name} = \"X\"` (ganti X dengan huruf pilihan Anda).",
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
    "form.expect_letter": "`{name}` harus berupa huruf pilihan di antara tanda kutip, dengan bentuk {name} = \"X\" (X diganti huruf pilihan Anda).",
    "form.letter_unknown": "Isi `{name}` dengan salah satu huruf pilihan: {options}.",
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
    # --- trainer toolkit (python -m kimkit.pelatih) --------------------------------------
    "pelatih.description": (
        "Alat pelatih kimkit: siapkan folder kursus, daftarkan peserta, kumpulkan kiriman. "
        "Jalankan dari folder repositori."
    ),
    "pelatih.help.folder": "folder kursus (bawaan: folder repositori ini)",
    "pelatih.help.prepare": "siapkan folder kursus: gradebook dengan semua latihan, rilis latihan, folder masuk/arsip",
    "pelatih.help.roster": "impor daftar peserta (CSV atau XLSX: id, nama, instansi, kab/kota, email)",
    "pelatih.help.roster_file": "berkas daftar peserta (.csv atau .xlsx)",
    "pelatih.help.collect": "kumpulkan kiriman dari folder masuk/ (berkas .ipynb dan .zip, nama bebas)",
    "pelatih.help.inbox": "folder kiriman (bawaan: masuk/ di folder kursus)",
    "pelatih.prepared": (
        "Folder kursus siap: {path}\nLatihan terdaftar di gradebook: {names}.\n"
        "Langkah berikutnya: python -m kimkit.pelatih peserta daftar_peserta.xlsx"
    ),
    "pelatih.not_prepared": (
        "Folder {path} belum disiapkan untuk pelatihan (tidak ada gradebook). Jalankan dulu: "
        "python -m kimkit.pelatih siapkan"
    ),
    "pelatih.no_solutions": (
        "Tidak ada sumber latihan (solutions/) di {path}. Jalankan perintah ini dari folder repositori "
        "kimkit, atau jalankan dulu: make exercises"
    ),
    "pelatih.prepare_failed": "Menyiapkan latihan gagal: {detail}",
    "pelatih.no_nbgrader": "nbgrader belum terpasang. Jalankan dulu dari folder repositori: make pelatih",
    "collect.summary": "{total} berkas diperiksa; {placed} kiriman diterima dan siap dinilai.",
    "collect.report_file": "Laporan lengkap (bisa dibuka di Excel): {path}",
    "collect.status.diterima": "Diterima",
    "collect.status.salinan_lama": "Salinan lama (yang terbaru dipakai, semua tetap diarsip)",
    "collect.status.peserta_tidak_dikenal": "Peserta tidak dikenali (pindahkan/ganti nama berkas, atau minta ID di notebook diisi)",
    "collect.status.latihan_tidak_dikenal": "Bukan latihan yang dikenal",
    "collect.status.kosong": "Berkas kosong (minta peserta menyimpan lalu mengirim ulang)",
    "collect.status.rusak": "Berkas rusak atau terpotong (minta peserta mengirim ulang)",
    "collect.status.bukan_notebook": "Bukan notebook",
    "collect.status.arsip_berbahaya": "Arsip zip ditolak demi keamanan",
    "collect.status.arsip_rusak": "Arsip zip rusak",
    "collect.note.not_json": "isinya bukan notebook yang utuh",
    "collect.note.other_file": "hanya berkas .ipynb (atau .zip berisi .ipynb) yang dinilai",
    "collect.note.zip_path": "ada berkas yang menunjuk ke luar folder ({member})",
    "collect.note.zip_bomb": "isinya jauh terlalu besar setelah diekstrak",
    "collect.note.id_not_in_roster": "ID {roster_id} di notebook tidak ada di daftar peserta",
    "collect.note.by_name": "dikenali dari nama berkas ({name})",
    "collect.note.other_exercise": "isinya {exercise}, bukan latihan yang sedang dikumpulkan",
    "collect.note.misnamed": "nama berkas menyebut {named}, tetapi isinya {found}",
    "collect.note.older_copy": "ada salinan yang lebih baru: {newest}",
    "collect.note.newer_submitted": "kiriman yang sudah ada di submitted/ lebih baru",
    "pelatih.help.grade": "nilai semua kiriman satu latihan: paralel, aman (kode peserta terisolasi), bisa dilanjutkan",
    "pelatih.help.exercise": "nama latihan, misalnya latihan01",
    "pelatih.help.workers": "jumlah proses penilai (bawaan: jumlah inti prosesor)",
    "pelatih.help.timeout": "batas waktu satu sel, dalam detik (bawaan 60)",
    "pelatih.help.memory": "batas memori satu kernel, dalam MiB (bawaan 2048)",
    "pelatih.help.again": "nilai ulang semua kiriman, termasuk yang sudah dinilai",
    "grading.protected": (
        "Kode peserta dijalankan terisolasi (bubblewrap dengan batas memori; sebagai pengguna nobody bila "
        "penilai berjalan sebagai root): gradebook, solusi dan kiriman peserta lain tidak terjangkau."
    ),
    "grading.hub_accounts": (
        "Kiriman dari akun JupyterHub dipindahkan ke ID peserta di daftar: {pairs}. Salinan aslinya "
        "disimpan di {archive}."
    ),
    "grading.unprotected": (
        "PERHATIAN: isolasi (bubblewrap) tidak tersedia di komputer ini, jadi kode peserta berjalan "
        "dengan hak Anda dan bisa menjangkau gradebook serta berkas lain. Untuk pelatihan bernilai, "
        "nilai di Linux dengan bubblewrap (sudo apt install bubblewrap) atau di server JupyterHub."
    ),
    "grading.unknown_exercise": "Latihan {name} tidak dikenal di folder kursus ini. Yang ada: {names}.",
    "grading.nothing": "Belum ada kiriman {name} di {path}. Jalankan dulu: python -m kimkit.pelatih kumpulkan",
    "grading.failure.dead_kernel": "kernel peserta berhenti mendadak (misalnya os._exit atau kehabisan memori); kiriman lain tidak terpengaruh",
    "grading.failure.timeout": "ada sel yang berjalan melebihi batas waktu (mungkin perulangan tanpa akhir)",
    "grading.failure.memory": "kiriman memakai memori melebihi batas",
    "grading.failure.unreadable": "notebook tidak bisa dibaca nbgrader (rusak atau bukan notebook latihan ini)",
    "grading.failure.other": "nbgrader gagal: {detail}",
    "grading.recheck_failed": (
        "Jawaban ini tidak lolos pemeriksaan ulang oleh penilai. Periksa lagi jawaban Anda; kode di notebook "
        "tidak boleh mengganti fungsi bawaan Python atau pustaka yang dipakai pemeriksaan."
    ),
    "feedback.title": "Umpan balik: {exercise}",
    "feedback.combined_title": "Umpan balik semua latihan: {student}",
    "feedback.total": "Nilai: {score} dari {max}",
    "feedback.submitted": "Dikumpulkan: {timestamp}",
    "feedback.not_final": "Soal tertulis belum dinilai pelatih; nilai ini belum final.",
    "feedback.waiting": "menunggu penilaian pelatih",
    "feedback.points": "poin",
    "feedback.your_answer": "Jawaban Anda:",
    "feedback.self_check": "Pemeriksaan mandiri",
    "feedback.trainer_comment": "Komentar pelatih",
    "pelatih.help.feedback": "halaman umpan balik HTML per peserta (tanpa kode tes tersembunyi)",
    "pelatih.help.combined": "buat juga satu halaman berisi semua latihan setiap peserta",
    "feedback.written": "{n} halaman umpan balik ditulis ke {path}",
    "report.title": "Laporan nilai pelatihan kimkit",
    "report.summary": "{people} peserta, {exercises} latihan, {submissions} kiriman dinilai.",
    "report.exercise_line": "{n} kiriman; rata-rata {mean} dari {max} poin.",
    "report.distribution": "Sebaran nilai",
    "report.score": "nilai",
    "report.people": "jumlah peserta",
    "report.difficulty": "Tingkat kesulitan per soal",
    "report.percent_right": "rata-rata % poin yang diperoleh",
    "report.by_region": "Rata-rata nilai total per kab/kota",
    "report.mean_total": "rata-rata nilai total",
    "report.missing": "Belum mengumpulkan",
    "report.none_missing": "Semua peserta sudah mengumpulkan semua latihan.",
    "report.sheet.people": "Per peserta",
    "report.sheet.questions": "Per soal",
    "report.sheet.missing": "Belum mengumpulkan",
    "report.written": "Laporan ditulis: {paths}",
    "pelatih.help.reports": "laporan nilai: CSV, XLSX dan laporan kelas HTML dengan grafik",
    "pelatih.help.title": "judul laporan kelas, misalnya nama dan tanggal pelatihan",
    "certificate.heading": "SERTIFIKAT",
    "certificate.given_to": "diberikan kepada",
    "certificate.for_completing": "atas keikutsertaan dan penyelesaian latihan dalam",
    "certificate.modules": "Latihan yang diselesaikan: {modules}",
    "certificate.no_event": (
        "Berkas {path} belum ada. Buat berkas itu dengan nama_acara, penyelenggara, tempat, tanggal, "
        "latihan (daftar) dan ambang_persen; contohnya ada di bantuan perintah ini."
    ),
    "certificate.bad_event": "Berkas {path} tidak bisa dibaca sebagai JSON ({error}). Periksa tanda kutip dan koma.",
    "certificate.event_fields": "Berkas {path} belum lengkap; isi juga: {fields}.",
    "certificate.below": "nilai {percent}% di bawah ambang {threshold}%.",
    "certificate.missing": "Belum mengumpulkan: {exercises}.",
    "certificate.pending": "Ada soal tertulis yang belum dinilai pelatih.",
    "certificate.not_in_roster": "Tidak ada di daftar peserta (nama untuk sertifikat tidak diketahui); impor dulu daftar peserta.",
    "certificate.written": "{n} sertifikat ditulis ke {path}; yang belum memenuhi syarat beserta alasannya: {listing}",
    "pelatih.help.certificates": "sertifikat PDF bagi peserta yang memenuhi ambang di acara.json, dan daftar yang belum",
    "pelatih.help.certificates_long": (
        "Sertifikat PDF (satu halaman A4) bagi setiap peserta yang mencapai ambang nilai, dan "
        "belum_memenuhi_syarat.csv berisi siapa yang belum dan alasannya.\n\n"
        "Acaranya dijelaskan di berkas acara.json di folder kursus, misalnya:\n\n"
        '  {{"nama_acara": "Pelatihan Pembinaan KIM dan Pengelolaan Konten Media",\n'
        '   "penyelenggara": "Diskominfo Provinsi Kalimantan Timur",\n'
        '   "tempat": "Samarinda", "tanggal": "2-3 Desember 2026",\n'
        '   "latihan": ["latihan00", "latihan01", "latihan07"], "ambang_persen": 70}}\n\n'
        "Peserta memenuhi syarat bila nilainya sedikitnya ambang_persen persen dari jumlah poin "
        "latihan yang didaftar."
    ),
    "grading.line_done": "nilai {score} dari {max}",
    "grading.line_failed": "GAGAL dinilai ({problem})",
    "grading.interrupted": (
        "Penilaian dihentikan. {done} dari {total} kiriman sudah tersimpan; jalankan perintah yang "
        "sama lagi untuk melanjutkan yang belum."
    ),
    "grading.finished": (
        "Selesai: {total} kiriman dinilai ({failed} gagal) dalam {seconds} detik. Rincian: {path}"
    ),
    "roster.missing_columns": (
        "Kolom wajib tidak ditemukan: {columns}. Kolom yang ada: {found}. Beri judul kolom seperti "
        "ID, Nama, Instansi, Kab/Kota, Email."
    ),
    "roster.empty": "Daftar peserta kosong: tidak ada satu baris pun.",
    "roster.empty_fields": "Baris {row}: kolom {fields} kosong.",
    "roster.bad_id": (
        "Baris {row}: ID \"{value}\" tidak sesuai format. Formatnya kode kab/kota, tanda minus, tiga "
        "angka, misalnya SMD-007."
    ),
    "roster.unknown_region": (
        "Baris {row}: kab/kota \"{value}\" tidak dikenal. Tulis salah satu dari 10 kab/kota Kalimantan "
        "Timur (misalnya Samarinda, Kutai Kartanegara) atau Provinsi Kalimantan Timur."
    ),
    "roster.prefix_region": (
        "Baris {row}: ID {roster_id} berkode {expected}, tetapi kab/kota tertulis {region}. Perbaiki "
        "salah satunya."
    ),
    "roster.bad_email": "Baris {row}: alamat email \"{value}\" tidak sah. Perbaiki atau kosongkan.",
    "roster.duplicate": "Baris {row}: ID {roster_id} sudah dipakai di baris {first}.",
    "roster.rejected": "Daftar peserta belum dipakai; tidak ada yang diubah. Perbaiki {n} masalah ini:",
    "roster.registered": "{n} peserta terdaftar di gradebook dan di {path}.",
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
    "engagement.definition": "Definisi untuk laporan: ER berdasarkan {basis} = ({kinds}) ÷ {basis} × 100.",
    "engagement.export_title": "Ekspor ER semua posting di kalkulator ini (penyebut dan interaksi seperti pilihan di atas)",
    "engagement.export_xlsx": "Simpan Excel (.xlsx)",
    "engagement.export_csv": "Simpan CSV",
    "engagement.export_no_posts": (
        "Belum ada tabel posting di kalkulator ini (mode ketik angka sendiri), jadi tidak ada yang "
        "diekspor. Buat kalkulator dengan tabel posting, misalnya KalkulatorEngagement(posting)."
    ),
    "engagement.exported": "Tersimpan: {path} ({n} posting, {skipped} posting tanpa angka {basis}). Berkas lama tidak ditimpa.",
    "engagement.export_failed": "Berkas {path} tidak bisa ditulis ({detail}). Tutup berkas itu di Excel atau pilih folder lain, lalu coba lagi.",
    "engagement.no_column": (
        "Tabel Anda tidak punya angka {field} (kolomnya kosong atau tidak dipetakan saat impor). "
        "Pilih penyebut lain, atau hapus centang interaksi itu."
    ),
    "engagement.sheet": "ER per posting",
    "engagement.col.id_posting": "ID posting",
    "engagement.col.platform": "Platform",
    "engagement.col.format": "Format",
    "engagement.col.waktu_unggah": "Tanggal unggah",
    "engagement.col.interaksi": "Interaksi",
    "engagement.col.er": "ER berdasarkan {basis} (%)",
    "engagement.row": "baris {n}",
    # --- import of the participant's own table (kimkit.importing, widgets.importer) -----------
    "importer.no_file": (
        "Berkas {path} tidak ditemukan. Periksa nama dan foldernya: seret berkas Anda ke panel berkas "
        "JupyterLab (kiri) lalu tulis namanya persis, atau pakai tombol Pilih berkas."
    ),
    "importer.is_folder": "{path} adalah folder, bukan berkas. Tulis nama berkas .xlsx atau .csv di dalamnya.",
    "importer.old_excel": (
        "{name} berformat Excel lama (.xls). Buka di Excel, pilih File → Simpan Sebagai → Buku Kerja Excel "
        "(.xlsx), lalu muat berkas .xlsx itu."
    ),
    "importer.other_spreadsheet": (
        "{name} bukan berkas Excel. Buka di program lembar kerja Anda, simpan sebagai .xlsx atau .csv, "
        "lalu muat berkas itu."
    ),
    "importer.wrong_extension": (
        "{name} berakhiran {suffix}; yang bisa dimuat hanya tabel .xlsx atau .csv. Simpan tabel Anda dari "
        "Excel sebagai .xlsx atau .csv, lalu coba lagi."
    ),
    "importer.empty": "{name} kosong: tidak ada isi yang bisa dibaca. Periksa apakah Anda memilih berkas yang benar.",
    "importer.header_only": (
        "{name} hanya berisi judul kolom, belum ada baris data. Isi minimal satu baris di bawah judul kolom, "
        "simpan, lalu muat lagi."
    ),
    "importer.not_a_table": (
        "{name} tidak terlihat seperti tabel (perlu judul kolom dan sedikitnya dua kolom). Buka di Excel "
        "dan periksa isinya, atau pakai templat kit."
    ),
    "importer.broken": (
        "{name} tidak bisa dibaca sebagai tabel CSV (formatnya rusak). Buka di Excel, simpan ulang "
        "sebagai .xlsx, lalu muat berkas .xlsx itu."
    ),
    "importer.excel_named_csv": (
        "{name} berakhiran .csv, tetapi isinya berkas Excel. Ganti akhiran namanya menjadi .xlsx, atau "
        "simpan ulang dari Excel sebagai CSV."
    ),
    "importer.protected": (
        "{name} dilindungi kata sandi atau berformat Excel lama, jadi tidak bisa dibaca. Buka di Excel, "
        "hapus kata sandinya (File → Info → Proteksi Buku Kerja) dan simpan sebagai .xlsx, lalu muat lagi."
    ),
    "importer.broken_xlsx": (
        "{name} tidak bisa dibuka sebagai berkas Excel (.xlsx); mungkin rusak atau belum selesai disalin. "
        "Buka di Excel, simpan ulang sebagai .xlsx, lalu muat lagi."
    ),
    "importer.no_sheet": "Lembar \"{sheet}\" tidak ada di {name}. Lembar yang ada: {sheets}.",
    "importer.rows": " (baris {rows})",
    "importer.more_rows": " dan {n} baris lainnya",
    "importer.required_unmapped": (
        "Pilih kolom berkas Anda untuk isian wajib: {fields}. Jika berkas Anda tidak punya kolom "
        "kabupaten/kota, pilih kab/kota Anda di kotak \"Kab/kota semua baris\"."
    ),
    "importer.column_twice": "Kolom \"{column}\" dipilih untuk lebih dari satu isian ({fields}). Pilih satu kolom untuk setiap isian.",
    "importer.required_empty": "Isian wajib \"{field}\" kosong. Lengkapi di Excel, simpan, lalu muat lagi",
    "importer.unknown_region": (
        "Kab/kota \"{value}\" tidak dikenal. Tulis salah satu dari 10 kab/kota Kalimantan Timur: {names}"
    ),
    "importer.loose_region": "\"{value}\" dibaca sebagai {name}; periksa apakah benar",
    "importer.bad_int": "Isian \"{field}\" bukan bilangan bulat, jadi dikosongkan",
    "importer.bad_bool": "Isian \"{field}\" tidak terbaca (tulis ya atau tidak), jadi dikosongkan",
    "importer.bad_date": "Isian \"{field}\" bukan tanggal yang terbaca (contoh 20/11/2025), jadi dikosongkan",
    "importer.bad_wilayah": "Isian \"{field}\" harus desa, kampung, atau kelurahan, jadi dikosongkan",
    "importer.odd_year": "Tahun dibentuk di luar 2000 sampai tahun ini; periksa apakah salah ketik",
    "importer.no_members": "Jumlah anggota 0 atau kurang; periksa isiannya",
    "importer.registered_without_sk": (
        "Tercatat terdaftar di KIM.id tetapi nomor SK kosong; lengkapi nomor SK-nya (KIM disahkan dengan "
        "SK kepala desa/lurah)"
    ),
    "importer.duplicate": (
        "Baris ganda: nama KIM, kab/kota, dan desa/kelurahan sama dengan baris {first}; baris ganda "
        "terhitung dua kali. Hapus salah satunya di Excel bila memang sama"
    ),
    "importer.summary_regions": "{n} baris dari {regions} kab/kota.",
    "importer.summary_kim": "{n} KIM dari {regions} kab/kota.",
    "importer.summary": "{n} baris.",
    "importer.template_exists": "{path} sudah ada; kimkit tidak menimpanya. Pilih nama lain, misalnya \"templat_kim_2.xlsx\".",
    "importer.template_guide": (
        "Templat daftar KIM (kimkit)\n"
        "Isi lembar \"Daftar KIM\": satu baris untuk satu KIM. Hapus baris contoh (baris 2, huruf miring) "
        "sebelum memakai daftar Anda.\n"
        "Judul kolom boleh diubah atau ditambah; saat memuat, kimkit menanyakan kolom mana berisi apa.\n"
        "Kabupaten/Kota ditulis seperti nama resminya, misalnya Kutai Timur atau Samarinda.\n"
        "Terdaftar di KIM.id: tulis ya atau tidak. Tanggal: 20/11/2025 atau 2025-11-20.\n"
        "Jangan menulis data pribadi (NIK, nomor telepon) di daftar ini."
    ),
    "importer.template_columns": "Kolom:",
    "importer.template_required": "wajib diisi",
    "importer.template_optional": "boleh kosong",
    "importer.title": "Muat {what} Anda (Excel .xlsx atau .csv)",
    "importer.step_file": "1. Pilih berkas dari komputer Anda, atau tulis nama berkas yang sudah ada di JupyterLab:",
    "importer.upload": "Pilih berkas",
    "importer.path": "Nama berkas",
    "importer.path_placeholder": "misalnya {example}",
    "importer.load": "Muat berkas",
    "importer.use_example": "Pakai data contoh kit",
    "importer.sheet": "Lembar",
    "importer.step_map": (
        "2. Periksa kolom mana berisi apa. Pilihan awal adalah tebakan kimkit dari judul kolom; ubah bila "
        "belum tepat. Isian bertanda * wajib."
    ),
    "importer.not_in_file": "(tidak ada di berkas)",
    "importer.fixed_region": "Kab/kota semua baris",
    "importer.fixed_none": "(pakai kolom berkas)",
    "importer.step_check": "3. Tekan tombol untuk memeriksa dan memakai tabel.",
    "importer.apply": "Periksa dan pakai",
    "importer.preview": "Lima baris pertama {name}{sheet}:",
    "importer.sheet_suffix": ", lembar \"{sheet}\"",
    "importer.ready": (
        "Mulai dengan memilih berkas {what} Anda (.xlsx atau .csv). Tidak punya? Tekan \"Pakai data "
        "contoh kit\" (data sintetis)."
    ),
    "importer.ready_template": " Templat kosongnya: `kimkit.importing.salin_templat()`.",
    "importer.loaded": (
        "{name} terbaca: {rows} baris, {columns} kolom. Periksa pilihan kolom di bawah, lalu tekan "
        "\"Periksa dan pakai\"."
    ),
    "importer.loaded_example": (
        "Data contoh kit dimuat (data sintetis {name}, {rows} baris). Tekan \"Periksa dan pakai\"."
    ),
    "importer.nothing_loaded": "Belum ada berkas yang dimuat. Pilih berkas dulu, atau tekan \"Pakai data contoh kit\".",
    "importer.upload_many": "Pilih satu berkas saja; yang dimuat: {name}.",
    "importer.empty_path": "Tulis dulu nama berkasnya di kotak Nama berkas, lalu tekan Muat berkas.",
    "importer.accepted": (
        "{summary} Berkas Anda tidak diubah. Jalankan sel berikutnya."
    ),
    "importer.accepted_warnings": "{summary} Berkas Anda tidak diubah. Perhatikan {n} catatan ini:",
    "importer.rejected": "Tabel belum bisa dipakai. Perbaiki {n} hal ini, lalu tekan \"Periksa dan pakai\" lagi:",
    "importer.changed": "Pilihan kolom berubah. Tekan \"Periksa dan pakai\" lagi.",
    "importer.fallback": (
        "Anda belum memuat {what} sendiri (atau belum menekan \"Periksa dan pakai\"), jadi untuk "
        "sementara dipakai data contoh kit (data sintetis {name})."
    ),
    "importer.fallback_rejected": (
        "{What} Anda belum lolos pemeriksaan (lihat pesan di kotak impor), jadi untuk sementara "
        "dipakai data contoh kit (data sintetis {name})."
    ),
    "importer.accepted_title": "Tabel siap",
    # --- KIM self-assessment (kimkit.kim_health, widgets.PenilaianKIM) -----------------------
    "penilaian.title": "Penilaian kesehatan KIM (rubrik ilustratif)",
    "penilaian.note": (
        "Rubrik ini contoh ilustratif untuk diskusi pembinaan, bukan standar resmi: belum ditemukan "
        "sumber resmi tentang tingkatan atau penilaian KIM (per November 2025). Skor tidak menentukan "
        "\"kelas\" KIM; yang penting adalah langkah berikutnya."
    ),
    "penilaian.kim": "KIM yang dinilai",
    "penilaian.other_kim": "(KIM lain: ketik namanya di bawah)",
    "penilaian.kim_name": "Nama KIM",
    "penilaian.date": "Tanggal penilaian",
    "penilaian.activity_hint": (
        "Catatan dari log kegiatan (data sintetis), per {date}: {count} kegiatan dalam 6 bulan terakhir; "
        "kegiatan terakhir {last}."
    ),
    "penilaian.activity_none": "Catatan dari log kegiatan (data sintetis): tidak ada kegiatan tercatat untuk KIM ini.",
    "penilaian.compute": "Hitung skor",
    "penilaian.ready": (
        "Pilih KIM, lalu pilih satu keadaan yang paling sesuai untuk setiap dimensi (1–6). "
        "Setelah semua terjawab, tekan Hitung skor."
    ),
    "penilaian.changed": "Jawaban berubah, jadi hasil sebelumnya dihapus. Tekan Hitung skor lagi.",
    "penilaian.missing": (
        "Dimensi berikut belum dijawab: {names}. Pilih satu keadaan untuk setiap dimensi, lalu tekan "
        "Hitung skor lagi."
    ),
    "penilaian.unknown_dimension": "Dimensi \"{name}\" tidak ada di rubrik. Dimensi yang ada: {available}.",
    "penilaian.bad_level": "Skor dimensi {name} harus bilangan bulat 0 sampai 3, bukan {value}.",
    "penilaian.no_name": "Tulis dulu nama KIM yang dinilai di kotak Nama KIM, lalu tekan Hitung skor lagi.",
    "penilaian.result": (
        "Skor {name}: {total} dari {maximum} ({percent}%). Prioritas pembinaan: {priorities}. "
        "Simpan hasilnya dengan tombol di bawah."
    ),
    "penilaian.result_full": (
        "Skor {name}: {total} dari {maximum}. Semua dimensi sudah di skor tertinggi; "
        "pertahankan dan bagikan pengalamannya kepada KIM lain."
    ),
    "penilaian.chart_title": "Skor per dimensi (0–3)",
    "penilaian.of": "{score} dari {maximum}",
    "penilaian.steps_title": "Langkah berikutnya (prioritas lebih dulu)",
    "penilaian.keep_going": "Pertahankan.",
    "penilaian.total": "Jumlah",
    "penilaian.note_illustrative": "rubrik ilustratif, bukan standar resmi",
    "penilaian.file": "Nama berkas",
    "penilaian.save_xlsx": "Simpan Excel (.xlsx)",
    "penilaian.save_csv": "Simpan CSV",
    "penilaian.save_first": "Tekan Hitung skor dulu; setelah ada hasil, hasilnya bisa disimpan.",
    "penilaian.saved": (
        "Hasil penilaian tersimpan di {path}\nBerkas itu ada di folder yang sama dengan notebook ini "
        "(panel kiri JupyterLab; klik kanan → Download untuk mengunduhnya)."
    ),
    "penilaian.save_failed": (
        "Berkas {path} tidak dapat disimpan ({reason}). Jika berkas itu sedang terbuka di Excel, "
        "tutup dulu, atau ganti nama berkas, lalu tekan tombol simpan lagi."
    ),
    # --- aspiration log (kimkit.aspirations, kimkit.widgets.CatatanAspirasi) -----------------
    "aspiration.title": "Catatan aspirasi warga lewat KIM",
    "aspiration.section.add": "1. Catat aspirasi baru",
    "aspiration.section.edit": "2. Kategorikan dan catat tindak lanjut",
    "aspiration.section.summary": "3. Ringkasan bulanan untuk pimpinan",
    "aspiration.field.tanggal_diterima": "Tanggal diterima (hari/bulan/tahun)",
    "aspiration.field.kabkota": "Kab/kota",
    "aspiration.field.id_kim": "KIM penerima",
    "aspiration.field.kanal": "Kanal",
    "aspiration.field.jenis": "Jenis",
    "aspiration.field.kategori": "Kategori (contoh ilustratif)",
    "aspiration.field.ringkasan": "Ringkasan aspirasi (tanpa nama, NIK, atau nomor telepon warga)",
    "aspiration.field.record": "Aspirasi",
    "aspiration.field.status": "Status",
    "aspiration.field.tanggal_tindak_lanjut": "Tanggal tindak lanjut (kosongkan bila belum)",
    "aspiration.field.month": "Bulan diterima",
    "aspiration.field.scope": "Wilayah",
    "aspiration.all_regions": "Semua kab/kota",
    "aspiration.no_kim": "(tidak lewat KIM)",
    "aspiration.placeholder.date": "contoh: 03/11/2025",
    "aspiration.placeholder.text": "contoh: Lampu jalan di depan balai pertemuan padam",
    "aspiration.add": "Tambahkan ke catatan",
    "aspiration.save": "Simpan perubahan",
    "aspiration.summarise": "Buat ringkasan",
    "aspiration.export": "Ekspor ke Excel (.xlsx)",
    "aspiration.ready": (
        "Catatan berisi {n} aspirasi. Catat aspirasi baru di bagian 1, perbarui kategori atau status "
        "di bagian 2, lalu buat ringkasan bulanan di bagian 3."
    ),
    "aspiration.added": (
        "Aspirasi {id} ditambahkan; catatan kini berisi {n} aspirasi. Setelah instansi "
        "menindaklanjutinya, perbarui statusnya di bagian 2."
    ),
    "aspiration.saved": "Perubahan untuk {id} disimpan: kategori {kategori}, status {status}.",
    "aspiration.summary_ready": (
        "Ringkasan {month} ({scope}) siap: {n} aspirasi diterima, {persen}% sudah ditindaklanjuti. "
        "Tekan Ekspor ke Excel (.xlsx) untuk menyimpannya."
    ),
    "aspiration.summary_empty": (
        "Tidak ada aspirasi yang diterima pada {month} untuk {scope}. Pilih bulan atau wilayah lain."
    ),
    "aspiration.summary_first": "Buat ringkasan dulu dengan tombol Buat ringkasan, lalu tekan Ekspor lagi.",
    "aspiration.exported": (
        "Ringkasan disimpan di berkas Excel: {path} . Berkas itu ada di folder yang sama dengan "
        "notebook ini; unduh lewat panel berkas JupyterLab (klik kanan → Download), lalu lampirkan "
        "ke laporan bulanan untuk pimpinan."
    ),
    "aspiration.export_failed": (
        "Berkas {path} tidak bisa ditulis ({detail}). Tutup berkas itu bila sedang terbuka di Excel, "
        "lalu tekan Ekspor lagi."
    ),
    "aspiration.bad_date": (
        "Tanggal \"{value}\" tidak dikenali. Tulis hari/bulan/tahun seperti 03/11/2025, atau 2025-11-03."
    ),
    "aspiration.bad_month": "Bulan \"{value}\" tidak dikenali. Tulis tahun-bulan seperti \"2025-11\".",
    "aspiration.date_missing": "Isi dulu tanggal aspirasi diterima, misalnya 03/11/2025.",
    "aspiration.summary_text_missing": (
        "Tulis dulu ringkasan aspirasinya (tanpa nama, NIK, atau nomor telepon warga)."
    ),
    "aspiration.category_missing": "Pilih atau tulis kategori aspirasi dulu.",
    "aspiration.personal_data": (
        "Ringkasan memuat deret angka panjang, seperti NIK atau nomor telepon. Hapus data pribadi itu; "
        "cukup tulis isi aspirasinya."
    ),
    "aspiration.followup_before": (
        "Tanggal tindak lanjut ({followup}) lebih awal daripada tanggal diterima ({received}). "
        "Periksa lagi kedua tanggal itu."
    ),
    "aspiration.followup_needed": (
        "Status \"{status}\" berarti instansi sudah menindaklanjuti: isi juga tanggal tindak lanjutnya."
    ),
    "aspiration.followup_unexpected": (
        "Status \"{status}\" berarti aspirasi belum ditindaklanjuti, jadi tanggal tindak lanjut harus "
        "kosong. Kosongkan tanggalnya, atau pilih status ditindaklanjuti atau selesai."
    ),
    "aspiration.unknown_value": "{field} \"{value}\" tidak dikenal. Pilihan yang ada: {options}.",
    "aspiration.unknown_id": "Aspirasi {id} tidak ada di catatan. Pilih aspirasi dari daftar.",
    "aspiration.not_a_table": (
        "Catatan aspirasi memerlukan tabel pandas (DataFrame), bukan {type}. Contoh: "
        "CatatanAspirasi(kimkit.data.aspirasi_warga()) atau tabel dari pd.read_excel(...)."
    ),
    "aspiration.missing_columns": (
        "Tabel belum punya kolom {columns}. Kolom yang wajib ada: {required}. Ganti nama kolom tabel "
        "Anda dengan .rename(columns={{\"nama lama\": \"nama baru\"}}), lalu coba lagi."
    ),
    "aspiration.bad_dates_in_table": (
        "Kolom {column} berisi {n} tanggal yang kosong atau tidak dikenali (baris {rows}). Tulis "
        "tanggal seperti 03/11/2025 atau 2025-11-03, lalu coba lagi."
    ),
    "aspiration.followup_before_in_table": (
        "{n} aspirasi punya tanggal tindak lanjut sebelum tanggal diterima ({ids}). Perbaiki tanggalnya dulu."
    ),
    "aspiration.sheet.summary": "Ringkasan",
    "aspiration.sheet.details": "Rincian",
    "aspiration.total": "Jumlah",
    "aspiration.xlsx_title": "Ringkasan aspirasi warga lewat KIM, {month}, {scope}",
    "aspiration.xlsx_note": (
        "Dibuat {today} dengan kimkit. Ditindaklanjuti (%) = aspirasi yang sudah punya tanggal tindak "
        "lanjut ÷ semua aspirasi yang diterima bulan itu × 100. Median hari dihitung dari aspirasi yang "
        "sudah ditindaklanjuti. Selesai = hasilnya sudah disampaikan kembali ke warga."
    ),
    "aspiration.col.id_aspirasi": "ID aspirasi",
    "aspiration.col.tanggal_diterima": "Tanggal diterima",
    "aspiration.col.kode_kabkota": "Kode kab/kota",
    "aspiration.col.kabkota": "Kab/kota",
    "aspiration.col.id_kim": "ID KIM",
    "aspiration.col.kanal": "Kanal",
    "aspiration.col.jenis": "Jenis",
    "aspiration.col.kategori": "Kategori",
    "aspiration.col.ringkasan": "Ringkasan",
    "aspiration.col.instansi_tujuan": "Instansi tujuan",
    "aspiration.col.status": "Status",
    "aspiration.col.tanggal_tindak_lanjut": "Tanggal tindak lanjut",
    "aspiration.col.jumlah": "Jumlah aspirasi",
    "aspiration.col.ditindaklanjuti": "Sudah ditindaklanjuti",
    "aspiration.col.persen_ditindaklanjuti": "Ditindaklanjuti (%)",
    "aspiration.col.median_hari": "Median hari sampai tindak lanjut",
    "aspiration.col.selesai": "Hasil sudah disampaikan ke warga",
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


#: argparse's own words, for the kit's command-line tools (see ``indonesian_argparse``).
ARGPARSE = {
    "usage: ": "cara pakai: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "perintah tidak dikenal: %(value)r (pilih: %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\nBantuan: tambahkan --help\n",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "perlu satu nilai",
    "argument %(argument_name)s: %(message)s": "%(message)s",
}


def indonesian_argparse() -> None:
    """Make argparse speak Indonesian in this process (help, usage and error lines)."""
    import argparse

    argparse._ = lambda text: ARGPARSE.get(text, text)


def angka(value: float, decimals: int = 0) -> str:
    """Format a number the Indonesian way: 8.000 and 3,94."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _merge_chapters() -> None:
    from kimkit.messages import (calendar, campaign, captions, collaboration, prepublication, progress, rundown,
                                 verification)

    for chapter in (calendar, captions, rundown, verification, prepublication, collaboration, campaign, progress):
        repeated = MESSAGES.keys() & chapter.MESSAGES.keys()
        if repeated:
            raise KeyError(f"message keys defined twice: {sorted(repeated)}")
        MESSAGES.update(chapter.MESSAGES)


_merge_chapters()


def msg(key: str, **values: object) -> str:
    """Return the catalogue text for ``key`` filled with ``values``."""
    return MESSAGES[key].format(**values)
