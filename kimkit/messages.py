"""The one catalogue of participant-facing text (Bahasa Indonesia).

Every message a participant, trainer or self-study learner sees comes from here, looked
up by a stable English key. Course content (questions, hints, solutions) lives with the
exercises; this file holds the kit's own voice.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- setup -------------------------------------------------------------------
    "setup.ready": "Siap! kimkit {version} aktif. Jalankan sel-sel di bawah secara berurutan.",
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
        "Variabel `{name}` belum ada. Jalankan dulu sel jawaban di atas (Shift+Enter), "
        "lalu periksa lagi."
    ),
    "check.all_summary": (
        "{passed} dari {total} soal sudah benar menurut pemeriksaan mandiri. Perbaiki yang "
        "bertanda ✘ atau …, lalu simpan notebook (Ctrl+S)."
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
    "compare.expect_number": "`{name}` seharusnya berupa angka, tetapi isinya {actual}.",
    "compare.expect_text": "`{name}` seharusnya berupa teks (di antara tanda kutip), tetapi isinya {actual}.",
    "compare.expect_table": "`{name}` seharusnya berupa tabel pandas (DataFrame), tetapi isinya {actual}.",
    "compare.expect_series": "`{name}` seharusnya berupa satu kolom pandas (Series), tetapi isinya {actual}.",
    "compare.expect_list": "`{name}` seharusnya berupa daftar (list), tetapi isinya {actual}.",
    "compare.expect_bool": "`{name}` seharusnya `True` atau `False`, tetapi isinya {actual}.",
    "compare.missing_columns": "Tabel `{name}` belum punya kolom: {columns}.",
    "compare.wrong_length": "`{name}` berisi {actual} baris/butir; seharusnya {expected}.",
    "compare.choice_invalid": "Isi `{name}` dengan salah satu huruf pilihan: {options} (contoh: \"{example}\").",
    "compare.function_missing": "Fungsi `{name}` belum dibuat. Jalankan sel yang berisi `def {name}(...)`.",
    "compare.function_error": (
        "Fungsi `{name}` berhenti dengan galat saat diuji dengan {args}: {error}."
    ),
    "compare.function_wrong": "Fungsi `{name}` memberi hasil yang belum tepat untuk masukan {args}.",
    # --- solutions and policy -------------------------------------------------------------
    "solution.locked_workshop": (
        "Solusi latihan bernilai ini dikunci selama pelatihan. Coba petunjuk dulu "
        "(`{view}.petunjuk()`); pelatih akan membahas solusinya setelah penilaian."
    ),
    "solution.locked_default": (
        "Solusi latihan bernilai ini belum dibuka. Jika Anda belajar mandiri (tanpa pelatih), "
        "jalankan `kimkit.mode_mandiri()` sekali, lalu panggil `{view}.solusi()` lagi."
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
    "engagement.manual": "(isi manual)",
    "engagement.basis": "Penyebut",
    "engagement.interactions": "Interaksi yang dihitung",
    "engagement.compute": "Hitung ER",
    "engagement.result": (
        "ER berdasarkan {basis_label} = {interactions} interaksi ÷ {denominator} × 100 = {rate}%"
    ),
    "engagement.zero_denominator": "Nilai {basis_label} masih 0, jadi ER tidak bisa dihitung. Isi dulu angkanya.",
    "engagement.views_not_applicable": (
        "Posting ini bukan video, jadi tidak punya views: ER berdasarkan views tidak berlaku. "
        "Pilih penyebut lain (reach, impressions, atau followers)."
    ),
    "engagement.negative": "Angka tidak boleh negatif. Periksa isian {field}.",
    "engagement.no_interactions": "Pilih minimal satu jenis interaksi yang dihitung.",
}


def angka(value: float, decimals: int = 0) -> str:
    """Format a number the Indonesian way: 8.000 and 3,94."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def msg(key: str, **values: object) -> str:
    """Return the catalogue text for ``key`` filled with ``values``."""
    return MESSAGES[key].format(**values)
