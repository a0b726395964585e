"""Messages of the podcast rundown builder and video length checks (module 06)."""

MESSAGES: dict[str, str] = {
    # --- times -------------------------------------------------------------------------------
    "rundown.time_empty": "Durasi masih kosong. Tulis menit:detik, misalnya 7:30.",
    "rundown.time_dot": (
        "Durasi \"{value}\" memakai titik atau koma. Pisahkan menit dan detik dengan titik dua, "
        "misalnya {fixed}."
    ),
    "rundown.time_seconds": (
        "Durasi \"{value}\" berisi {seconds} detik. Detik paling banyak 59: 60 detik = 1 menit "
        "(misalnya 8:75 ditulis 9:15)."
    ),
    "rundown.time_minutes": (
        "Durasi \"{value}\" berisi {minutes} menit di bentuk jam:menit:detik. Menit paling banyak 59 "
        "(misalnya 1:75:00 ditulis 2:15:00)."
    ),
    "rundown.time_invalid": (
        "Durasi \"{value}\" tidak dapat dibaca. Tulis menit:detik (7:30 atau 07:30) atau "
        "jam:menit:detik (1:02:03)."
    ),
    "rundown.time_negative": "Durasi tidak boleh negatif ({value}).",
    "rundown.time_excel": (
        "Excel membaca durasi ini sebagai jam ({value}), bukan menit:detik. Ubah format sel kolom "
        "durasi menjadi Teks di Excel, ketik ulang (misalnya 7:30), simpan, lalu muat lagi."
    ),
    "rundown.video_zero": "Durasi video 0:00. Tulis durasi videonya, misalnya 2:45.",
    # --- segments and tables -------------------------------------------------------------------
    "rundown.name_missing": "Nama segmen masih kosong. Tulis namanya, misalnya \"Pembuka\".",
    "rundown.target_zero": "Durasi target harus lebih dari 0:00.",
    "rundown.no_segment": "Pilih salah satu segmen di daftar (ada {n} segmen).",
    "rundown.not_a_table": "Yang diberikan bukan tabel (DataFrame), melainkan {type}.",
    "rundown.missing_columns": (
        "Kolom {columns} tidak ada di tabel. Kolom wajib: segmen dan target (poin_bicara dan aktual boleh "
        "ada). Samakan nama kolom dengan .rename(columns={{...}})."
    ),
    "rundown.bad_times_in_table": "{n} durasi di tabel belum benar:\n{lines}",
    "rundown.table_refused": (
        "Tabel ini belum bisa dimuat, jadi rundown dimulai kosong. {problem}\nPerbaiki di lembar aslinya, "
        "lalu muat lagi."
    ),
    "rundown.table_row": "- baris data ke-{row}, kolom {column}: {message}",
    # --- warnings against the plan --------------------------------------------------------------
    "rundown.warn.empty": "Rundown belum berisi segmen.",
    "rundown.warn.plan_lebih": (
        "Jumlah target segmen {total} melebihi target episode {target} sebanyak {diff} "
        "(toleransi {tolerance}). Pangkas atau hapus segmen."
    ),
    "rundown.warn.plan_kurang": (
        "Jumlah target segmen {total} kurang {diff} dari target episode {target} "
        "(toleransi {tolerance}). Tambah segmen atau ubah target episode."
    ),
    "rundown.warn.segment_over": (
        "Segmen {n} \"{name}\": durasi aktual {actual} melebihi target {target} sebanyak {diff}."
    ),
    "rundown.warn.recorded_lebih": "Rekaman seluruhnya {total}, lebih {diff} dari target episode {target}.",
    "rundown.warn.recorded_kurang": "Rekaman seluruhnya {total}, kurang {diff} dari target episode {target}.",
    "rundown.warn.none": "Tidak ada peringatan: rundown sesuai rencana.",
    # --- export ------------------------------------------------------------------------------------
    "rundown.sheet.name": "Rundown",
    "rundown.sheet.title": "Judul episode",
    "rundown.sheet.target": "Target episode",
    "rundown.sheet.total": "Jumlah target segmen",
    "rundown.sheet.made": "Dibuat",
    "rundown.sheet.warnings": "Peringatan",
    "rundown.untitled": "(tanpa judul)",
    "rundown.col.urutan": "Urutan",
    "rundown.col.segmen": "Segmen",
    "rundown.col.target": "Target",
    "rundown.col.mulai": "Mulai",
    "rundown.col.selesai": "Selesai",
    "rundown.col.poin_bicara": "Poin bicara",
    "rundown.col.aktual": "Aktual",
    "rundown.col.selisih": "Selisih",
    # --- the widget -------------------------------------------------------------------------------
    "rundown.title": "Penyusun rundown podcast",
    "rundown.section.episode": "1. Episode",
    "rundown.section.segment": "2. Segmen",
    "rundown.section.sheet": "3. Rundown dan peringatan",
    "rundown.field.title": "Judul episode",
    "rundown.field.target_episode": "Target durasi episode (menit:detik)",
    "rundown.field.segment": "Segmen yang dipilih",
    "rundown.field.name": "Nama segmen",
    "rundown.field.target": "Target segmen (menit:detik)",
    "rundown.field.actual": "Durasi aktual setelah rekaman (boleh kosong)",
    "rundown.field.points": "Poin bicara (satu per baris)",
    "rundown.placeholder.title": "misalnya Cerita KIM dari kampung",
    "rundown.placeholder.time": "misalnya 8:00",
    "rundown.placeholder.name": "misalnya Segmen utama 1",
    "rundown.new_segment": "(segmen baru)",
    "rundown.button.set_episode": "Simpan episode",
    "rundown.button.add": "Tambahkan segmen",
    "rundown.button.save": "Simpan perubahan segmen",
    "rundown.button.remove": "Hapus segmen",
    "rundown.button.up": "Naikkan",
    "rundown.button.down": "Turunkan",
    "rundown.button.xlsx": "Ekspor ke Excel (.xlsx)",
    "rundown.button.csv": "Ekspor ke CSV",
    "rundown.ready": "Rundown berisi {n} segmen, jumlah {total} dari target {target}. Pilih segmen untuk mengubahnya.",
    "rundown.running_total": "Jumlah berjalan: {total} dari target episode {target}",
    "rundown.episode_saved": "Episode disimpan: \"{title}\", target {target}.",
    "rundown.added": "Segmen \"{name}\" ({target}) ditambahkan sebagai segmen ke-{n}.",
    "rundown.saved": "Segmen ke-{n} \"{name}\" disimpan.",
    "rundown.removed": "Segmen \"{name}\" dihapus.",
    "rundown.moved": "Segmen \"{name}\" kini di urutan ke-{n}.",
    "rundown.pick_segment": "Pilih dulu segmen yang ada di daftar (bukan \"(segmen baru)\").",
    "rundown.exported": "Rundown disimpan di: {path}",
    "rundown.export_failed": "Berkas {path} tidak dapat ditulis ({detail}). Tutup berkasnya bila sedang terbuka di Excel, lalu coba lagi.",
    "rundown.warnings_title": "Peringatan terhadap rencana:",
    # --- importing your own rundown sheet (ImporRundown) ----------------------------------------------
    "rundown.import.title": "Muat lembar rundown Anda (Excel .xlsx atau .csv)",
    "rundown.import.placeholder": "misalnya rundown_episode.xlsx",
    "rundown.import.ready": (
        "Mulai dengan memilih lembar rundown Anda (.xlsx atau .csv). Tidak punya? Tekan \"Pakai data contoh "
        "kit\" (satu episode data sintetis)."
    ),
    "rundown.import.fallback": (
        "Anda belum memuat lembar rundown sendiri (atau belum menekan \"Periksa dan pakai\"), jadi untuk "
        "sementara dipakai lembar contoh kit (data sintetis {name})."
    ),
    "rundown.import.fallback_rejected": (
        "Lembar rundown Anda belum lolos pemeriksaan (lihat pesan di kotak impor), jadi untuk sementara "
        "dipakai lembar contoh kit (data sintetis {name})."
    ),
}
