"""Messages of module 10: merging the content calendars of several kab/kota (``collaboration.*``).

Used by :mod:`kimkit.collaboration` (pure logic) and :mod:`kimkit.widgets.calendar_merger`
(``PenggabungKalender``). Column headers of the posts themselves come from the calendar chapter
(``calendar.col.*``), so a shared calendar has the same headers as a planner export.
"""

MESSAGES: dict[str, str] = {
    # --- logic (kimkit.collaboration) -------------------------------------------------------
    "collaboration.your_table": "tabel Anda",
    "collaboration.no_calendars": "Belum ada kalender untuk digabung. Berikan satu tabel kalender atau lebih.",
    "collaboration.not_a_calendar": (
        "Kalender \"{name}\" belum bisa dipakai: {error}"
    ),
    "collaboration.file_unreadable": "Berkas {name} tidak bisa dibaca sebagai kalender: {error}",
    "collaboration.file_columns": (
        "Berkas {name} belum punya kolom yang wajib untuk kalender: {fields}. Beri judul kolom seperti di "
        "ekspor Perencana kalender konten (Modul 04), atau muat berkasnya lewat ImporKalender untuk memilih "
        "kolomnya sendiri."
    ),
    "collaboration.file_rejected": (
        "Berkas {name} belum bisa dipakai: {problems}. Tanggal terbit dan jam terbit harus terbaca di setiap "
        "baris; perbaiki di Excel, simpan, lalu muat lagi."
    ),
    "collaboration.bad_min_regions": "Banyaknya kab/kota minimal harus bilangan bulat 2 atau lebih, bukan {value}.",
    "collaboration.sheet.calendar": "Kalender bersama",
    "collaboration.sheet.clashes": "Bentrok antardaerah",
    "collaboration.sheet.joint": "Peluang posting bersama",
    "collaboration.sheet.weekly": "Per kabkota per pekan",
    "collaboration.sheet.moments": "Momen bersama",
    "collaboration.col.jumlah_kabkota": "Jumlah kab/kota",
    "collaboration.col.momen": "Momen",
    "collaboration.col.jumlah_posting": "Jumlah posting",
    "collaboration.col.sumber": "Sumber kalender",
    "collaboration.credit": "Sumber: {source} ({platform}, {date})",
    "collaboration.credit_adapted": "Diadaptasi dari: {source} ({platform}, {date})",
    # --- widget (kimkit.widgets.PenggabungKalender) ---------------------------------------------
    "collaboration.title": "Penggabung kalender antardaerah",
    "collaboration.section.choose": "1. Pilih kalender kab/kota yang digabung",
    "collaboration.section.load": "Tambahkan kalender dari berkas (ekspor Perencana kalender, .xlsx atau .csv)",
    "collaboration.section.clashes": "3. Bentrok antardaerah (platform, tanggal dan jam yang sama)",
    "collaboration.section.joint": "4. Peluang posting bersama (tema yang sama pada tanggal yang sama)",
    "collaboration.section.weekly": "5. Posting per kab/kota per pekan (Senin–Minggu)",
    "collaboration.section.export": "2. Simpan kalender bersama",
    "collaboration.field.path": "Nama berkas",
    "collaboration.placeholder.path": "misalnya kalender_konten_2025-11.csv",
    "collaboration.load": "Muat berkas",
    "collaboration.all": "Pilih semua",
    "collaboration.none": "Kosongkan pilihan",
    "collaboration.export_xlsx": "Ekspor ke Excel (.xlsx)",
    "collaboration.export_csv": "Ekspor ke CSV",
    "collaboration.label_kit": "{region} (contoh kit, sintetis)",
    "collaboration.label_file": "{region} ({name})",
    "collaboration.ready": (
        "{n} kalender kab/kota dipilih: {posts} posting. Centang atau hapus centang untuk mengubah pilihan; "
        "tabel di bawah langsung diperbarui."
    ),
    "collaboration.empty_selection": (
        "Belum ada kalender yang dipilih. Centang sedikitnya dua kab/kota di bagian 1 untuk mencari bentrok "
        "dan peluang posting bersama."
    ),
    "collaboration.one_selected": (
        "Baru satu kalender yang dipilih ({region}). Bentrok antardaerah dan peluang posting bersama baru "
        "terlihat bila sedikitnya dua kab/kota digabung."
    ),
    "collaboration.no_path": "Tulis dulu nama berkas kalender (.xlsx atau .csv) di kotak \"Nama berkas\".",
    "collaboration.loaded": (
        "Kalender dari {name} dimuat: {posts} posting untuk {regions}. Kalendernya kini ada di daftar bagian 1 "
        "dan sudah dicentang."
    ),
    "collaboration.loaded_replaces": (
        " Contoh kit untuk {regions} tidak dicentang lagi, agar kab/kota itu tidak terhitung dua kali."
    ),
    "collaboration.no_clash": "Tidak ada bentrok antardaerah di kalender yang dipilih.",
    "collaboration.no_joint": "Belum ada tema yang sama pada tanggal yang sama di kalender yang dipilih.",
    "collaboration.nothing_selected_table": "Pilih kalender di bagian 1.",
    "collaboration.nothing_to_export": "Belum ada kalender yang dipilih: centang kalender di bagian 1, lalu ekspor.",
    "collaboration.exported": (
        "Kalender bersama disimpan: {path} . Berkas itu ada di folder yang sama dengan notebook ini; unduh "
        "lewat panel berkas JupyterLab (klik kanan → Download) dan kirim kepada rekan di kab/kota lain."
    ),
    "collaboration.export_failed": (
        "Berkas {path} tidak bisa ditulis ({detail}). Tutup berkas itu bila sedang terbuka di Excel, lalu tekan "
        "Ekspor lagi."
    ),
}
