"""Messages of the self-study dashboard ``kimkit.kemajuan()`` (kimkit.self_study, kimkit.checks.progress)."""

MESSAGES: dict[str, str] = {
    # --- headline -------------------------------------------------------------------------
    "progress.title": "Kemajuan belajar mandiri",
    "progress.title_module": "Kemajuan belajar mandiri — Modul {number} {title}",
    "progress.empty": "Belum ada catatan kemajuan. Jawab soal dan jalankan `.cek()` untuk mulai mencatat.",
    "progress.summary": "{solved} dari {total} soal sudah benar ({percent}%).",
    "progress.summary_rest": "{tried} sudah dicoba tetapi belum tepat, {open} belum dicoba.",
    "progress.tasks": (
        "{n} tugas tertulis tidak diperiksa kimkit: pelatih yang menilainya, atau bandingkan sendiri "
        "jawaban Anda dengan paket solusi dari pelatih."
    ),
    "progress.where": "Dicatat di komputer ini: {path}",
    # --- next step ------------------------------------------------------------------------
    "progress.next_heading": "Langkah berikutnya",
    "progress.next_where": "Modul {number} — {title}, {notebook}.",
    "progress.notebook_course": "soal latihan mandiri di notebook materi",
    "progress.notebook_exercise": "latihan bernilai",
    "progress.next_check": "Buka `{path}`, bagian “{section}”, lalu jalankan `{view}.cek()`.",
    "progress.next_check_nosection": "Buka `{path}`, lalu jalankan `{view}.cek()`.",
    "progress.next_quiz": (
        "Buka `{path}`, bagian “{section}”, jalankan sel kuisnya, pilih jawaban setiap soal, lalu klik **{button}**."
    ),
    "progress.next_run_above": "Jalankan dulu sel-sel di atasnya, mulai dari sel paling atas, agar variabel yang dibutuhkan sudah ada.",
    "progress.next_retry": "Soal ini sudah diperiksa {tries}× dan belum tepat; `{view}.petunjuk()` memberi petunjuk.",
    "progress.next_retry_quiz": "Soal ini sudah dicoba {tries}× dan belum tepat; baca lagi bagian di atas kuis.",
    "progress.all_done": "Semua soal yang bisa diperiksa sendiri sudah benar. Selamat!",
    "progress.module_done": "Semua soal Modul {number} yang bisa diperiksa sendiri sudah benar.",
    "progress.module_no_data": "Soal Modul {number} belum tersedia di versi kit ini.",
    # --- chart and table ------------------------------------------------------------------
    "progress.chart_title": "Soal benar per modul",
    "progress.chart_label": "Modul {number}: {solved} dari {total} soal benar",
    "progress.col.module": "Modul",
    "progress.col.course": "Soal latihan mandiri",
    "progress.col.exercise": "Latihan",
    "progress.col.status": "Status",
    "progress.cell": "{solved}/{total} benar",
    "progress.cell_tried": "{n} belum tepat",
    "progress.cell_tasks": "{n} tugas tertulis",
    "progress.cell_missing": "—",
    "progress.status.done": "Selesai",
    "progress.status.busy": "Sedang dikerjakan",
    "progress.status.new": "Belum dimulai",
    "progress.status.no_data": "Soal belum tersedia",
    "progress.filter_hint": "Rincian satu modul: `kimkit.kemajuan(\"03\")` (nomor modul 00 sampai {last}).",
    # --- details --------------------------------------------------------------------------
    "progress.details": "Rincian per soal",
    "progress.details_none": "Belum ada soal yang diperiksa. Rincian satu modul: `kimkit.kemajuan(\"00\")`.",
    "progress.legend": "✔ benar · ✘ belum tepat · ○ belum dicoba · ✎ tugas tertulis (dinilai pelatih)",
    "progress.part_course": "Soal latihan mandiri (`{path}`)",
    "progress.part_exercise": "Latihan bernilai (`{path}`)",
    "progress.q.solved": "benar",
    "progress.q.tried": "belum tepat",
    "progress.q.open": "belum dicoba",
    "progress.q_line": "{icon} {view} — {title}: {state}, diperiksa {tries}×",
    "progress.q_open": "{icon} {view} — {title}: {state}",
    "progress.task_line": "✎ {view} — {title}: tugas tertulis, dinilai pelatih atau dibandingkan dengan paket solusi",
    "progress.no_questions": "Belum ada soal di versi kit ini.",
    # --- damaged or foreign records -------------------------------------------------------
    "progress.note_heading": "Catatan yang diabaikan",
    "progress.note_heading_kept": "Tentang berkas catatan kemajuan",
    "progress.note.unreadable": "Berkas catatan kemajuan `{path}` tidak bisa dibaca, jadi diabaikan.",
    "progress.note.not_json": (
        "Berkas catatan kemajuan `{path}` rusak (isinya tidak utuh, mungkin terpotong), jadi diabaikan."
    ),
    "progress.note.not_object": (
        "Berkas catatan kemajuan `{path}` berisi data lain, bukan catatan soal, jadi diabaikan."
    ),
    "progress.note.damaged": "{n} catatan soal yang rusak diabaikan: {keys}.",
    "progress.note.unknown": (
        "{n} catatan soal yang tidak ada di kit versi ini (mungkin dari versi lama) tidak dihitung; "
        "{correct} dari {n} sudah benar: {items}."
    ),
    "progress.note.untouched": (
        "Berkas itu tidak diubah atau dihapus. Bila Anda memeriksa soal lagi, kimkit menyimpan salinannya "
        "lebih dulu, lalu mencatat dari awal."
    ),
    "progress.note.untouched_entries": "Berkas itu tidak diubah; catatan yang lain tetap dihitung.",
    "progress.note.backups": (
        "Salinan berkas catatan lama yang rusak tersimpan sebagai {paths}; tidak ada yang hilang."
    ),
    # --- filter ---------------------------------------------------------------------------
    "progress.unknown_module": (
        "Modul \"{value}\" tidak ada. Tulis nomor modul {first} sampai {last}, misalnya `kimkit.kemajuan(\"03\")`, "
        "atau `kimkit.kemajuan()` untuk semua modul."
    ),
}
