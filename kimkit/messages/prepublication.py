"""Messages of the pre-publication check (module 09)."""

MESSAGES: dict[str, str] = {
    # --- what the detectors find -------------------------------------------------------------
    "prepublication.kind.nik": "NIK/No. KK",
    "prepublication.kind.telepon": "nomor HP",
    "prepublication.kind.surel": "alamat e-mail",
    "prepublication.kind.plat": "pelat nomor kendaraan",
    "prepublication.masked": "[{label} disamarkan]",
    "prepublication.no_column": "Kolom `{column}` tidak ada di tabel. Kolom yang ada: {columns}.",
    "prepublication.unknown_flag": "Tanda tidak dikenal: {keys}. Yang dikenal: {known}.",
    "prepublication.unknown_confirmation": "Pernyataan tidak dikenal: {keys}. Yang dikenal: {known}.",
    # --- flags: what the draft contains (ticked by the author) -------------------------------
    "prepublication.flag.foto_orang": "Ada foto/video orang yang dapat dikenali",
    "prepublication.flag.foto_anak": "Ada anak (foto, video, nama atau sekolahnya)",
    "prepublication.flag.musik": "Ada musik atau lagu",
    "prepublication.flag.gambar_pihak_ketiga": "Ada gambar, video atau desain milik pihak lain",
    # --- statements the author confirms -------------------------------------------------------
    "prepublication.confirm.izin_orang": (
        "Orang yang dapat dikenali sudah setuju; bila potretnya dipakai untuk iklan atau promosi "
        "komersial, izinnya tertulis"
    ),
    "prepublication.confirm.izin_anak": (
        "Ada izin orang tua/wali, dan nama lengkap, sekolah atau alamat anak tidak disebut"
    ),
    "prepublication.confirm.lisensi_musik": (
        "Musiknya milik sendiri, berlisensi untuk dipakai, atau sudah ada izin pencipta (juga untuk lagu cover)"
    ),
    "prepublication.confirm.sumber_gambar": (
        "Ada izin pemiliknya, atau pemakaiannya termasuk yang dikecualikan UU Hak Cipta dan sumbernya disebut lengkap"
    ),
    "prepublication.confirm.kontak_resmi": (
        "Nomor HP/e-mail yang ditandai adalah kontak resmi lembaga, bukan milik pribadi seseorang"
    ),
    "prepublication.confirm.netral": (
        "Tidak memuat dukungan, simbol keberpihakan, atau foto bersama calon, partai atau tim sukses"
    ),
    "prepublication.confirm.tidak_menyerang": (
        "Tidak menyerang kehormatan atau nama baik orang tertentu"
    ),
    # --- reasons and the instruments they come from --------------------------------------------
    "prepublication.rule.data_pribadi": (
        "Teks memuat {n} {label} (lihat tanda di teks). Hapus atau samarkan sebelum terbit; mengungkapkan data "
        "pribadi orang lain secara melawan hukum dilarang"
    ),
    "prepublication.instrument.data_pribadi": "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 65",
    "prepublication.note.official_contact": (
        "{label} {examples} dinyatakan kontak resmi lembaga, jadi tidak menghalangi. Pastikan lagi bahwa "
        "nomor/alamat itu memang bukan milik pribadi"
    ),
    "prepublication.rule.izin_orang": (
        "Belum dipastikan izin orang yang dapat dikenali. Potret yang dipakai untuk iklan atau promosi "
        "komersial memerlukan izin tertulis orang yang dipotret"
    ),
    "prepublication.instrument.izin_orang": (
        "UU No. 28 Tahun 2014 tentang Hak Cipta, Pasal 12 (potret untuk iklan); persetujuan untuk keperluan "
        "lain: praktik yang dianjurkan kit ini"
    ),
    "prepublication.rule.izin_anak": (
        "Ada anak di konten ini, tetapi izin orang tua/wali belum dipastikan atau identitas anak masih "
        "disebut. Data anak termasuk data pribadi spesifik"
    ),
    "prepublication.instrument.izin_anak": (
        "UU No. 27 Tahun 2022 (PDP), kategori data pribadi spesifik; izin orang tua/wali: praktik yang "
        "dianjurkan kit ini"
    ),
    "prepublication.rule.lisensi_musik": (
        "Hak memakai musiknya belum dipastikan. Lagu cover yang diunggah ke media sosial juga "
        "memerlukan izin pencipta"
    ),
    "prepublication.instrument.lisensi_musik": (
        "UU No. 28 Tahun 2014 tentang Hak Cipta (royalti lewat LMK: Pasal 80, 87)"
    ),
    "prepublication.rule.sumber_gambar": (
        "Gambar/video pihak lain belum jelas dasarnya: perlu izin pemiliknya, atau termasuk pengecualian "
        "(mis. berita aktual dari kantor berita) dengan sumber disebut lengkap"
    ),
    "prepublication.instrument.sumber_gambar": (
        "UU No. 28 Tahun 2014 tentang Hak Cipta, Pasal 43 huruf c dan Pasal 44 ayat (1)"
    ),
    "prepublication.rule.netral": (
        "Netralitas belum dipastikan: ASN dilarang mengunggah, menyukai, mengomentari atau membagikan "
        "konten pemenangan calon, termasuk foto bersama calon atau tim sukses dengan simbol keberpihakan"
    ),
    "prepublication.instrument.netral": (
        "SKB No. 2 Tahun 2022 tentang Netralitas Pegawai ASN dalam Pemilu dan Pemilihan"
    ),
    "prepublication.rule.tidak_menyerang": (
        "Belum dipastikan bahwa draf tidak menyerang kehormatan atau nama baik orang tertentu"
    ),
    "prepublication.instrument.tidak_menyerang": "UU ITE, Pasal 27A sebagaimana diubah UU No. 1 Tahun 2024",
    # --- the text to paste into the approval thread -----------------------------------------------
    "prepublication.result.heading": "CEK SEBELUM TERBIT — {title}",
    "prepublication.result.untitled": "draf tanpa judul",
    "prepublication.result.verdict": "Hasil: {label}",
    "prepublication.result.flags": "Isi yang ditandai: {flags}",
    "prepublication.result.none": "tidak ada",
    "prepublication.result.reasons": "Perlu diperbaiki:",
    "prepublication.result.no_reasons": "Tidak ada temuan. Tetap baca ulang sebelum terbit.",
    "prepublication.result.masked": "Teks dengan data yang disamarkan:\n{text}",
    "prepublication.result.footer": (
        "(Hasil alat bantu kimkit, modul 09: pemeriksaan pola, bukan nasihat hukum. Peninjau tetap "
        "membaca seluruh draf.)"
    ),
    # --- the approval workflow --------------------------------------------------------------------
    "prepublication.workflow.empty": "Urutan status kosong.",
    "prepublication.workflow.unknown": "Status «{state}» tidak dikenal. Status yang dikenal: {states}.",
    "prepublication.workflow.start": "Alur harus dimulai dari «draf», bukan «{state}».",
    "prepublication.workflow.step": (
        "Langkah «{before}» → «{after}» tidak sah. Dari «{before}» hanya boleh ke: {allowed}."
    ),
    "prepublication.workflow.nothing": "tidak ada (sudah terbit)",
    # --- the widget ---------------------------------------------------------------------------------
    "prepublication.title": "Cek sebelum terbit",
    "prepublication.field.title": "Judul singkat draf (untuk laporan)",
    "prepublication.field.text": "Teks draf (tempel di sini)",
    "prepublication.placeholder.title": "mis. Jadwal KTP keliling, 14 Desember",
    "prepublication.placeholder.text": "Tempel teks keterangan (caption) atau naskah posting di sini …",
    "prepublication.section.flags": "1. Draf ini berisi …",
    "prepublication.section.confirm": "2. Pastikan (centang yang sudah benar)",
    "prepublication.section.result": "3. Hasil",
    "prepublication.check": "Periksa draf",
    "prepublication.export": "Simpan hasil (.txt)",
    "prepublication.result_label": "Teks hasil untuk ditempel di grup persetujuan:",
    "prepublication.ready": (
        "Tempel teks draf, centang isi dan pernyataan yang sesuai, lalu tekan «Periksa draf»."
    ),
    "prepublication.empty_text": "Teks draf masih kosong. Tempel teks keterangan atau naskah posting dulu.",
    "prepublication.found_none": "Tidak ditemukan pola data pribadi (NIK/KK, nomor HP, e-mail, pelat nomor).",
    "prepublication.found": "Pola data pribadi yang ditemukan ({n}) ditandai di bawah:",
    "prepublication.verdict_ok": "Boleh terbit",
    "prepublication.verdict_fix": "Perbaiki dulu",
    "prepublication.ok_message": (
        "Tidak ada temuan dari pemeriksaan pola dan daftar cek. Teruskan ke penyetuju (langkah «disetujui»)."
    ),
    "prepublication.fix_message": "{n} hal perlu diperbaiki sebelum draf diteruskan ke penyetuju.",
    "prepublication.check_first": "Periksa draf dulu (tombol «Periksa draf»), baru simpan hasilnya.",
    "prepublication.exported": "Hasil disimpan di: {path}",
    "prepublication.export_failed": "Berkas {path} tidak dapat ditulis ({detail}). Coba folder lain.",
    "prepublication.limits": (
        "Batas alat ini: hanya mengenali pola (16 digit, nomor HP 08…/+62, e-mail, pelat nomor). Nama, "
        "wajah, alamat dan data kesehatan tidak terdeteksi; peninjau tetap membaca seluruh draf."
    ),
}
