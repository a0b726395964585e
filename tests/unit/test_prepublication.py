"""Pre-publication check (module 09): detectors, verdict, approval workflow, dataset, widget headless."""

import re

import pandas as pd
import pytest

from kimkit import prepublication as logic
from kimkit.data import draf_posting
from kimkit.widgets import CekSebelumTerbit, KitWidget


def kinds(text):
    return [(f.kind, f.text) for f in logic.find_personal_data(text)]


# --- detectors: personal data in its usual written forms is found -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("NIK 0072011205900001 tercatat", "0072011205900001"),
    ("NIK: 0072 0112 0590 0001.", "0072 0112 0590 0001"),
    ("NIK 00.72.01.120590.0001 (sintetis)", "00.72.01.120590.0001"),
    ("No. KK 0072-0112-0590-0001", "0072-0112-0590-0001"),
    ("(NIK 007201 120590 0001)", "007201 120590 0001"),
])
def test_nik_in_its_written_forms_is_found(text, expected):
    assert kinds(text) == [("nik", expected)]


@pytest.mark.parametrize("text, expected", [
    ("hubungi 0812-0000-7890", "0812-0000-7890"),
    ("hubungi 0812 0000 7890.", "0812 0000 7890"),
    ("WA 081200007890", "081200007890"),
    ("WA +62 812-0000-7890", "+62 812-0000-7890"),
    ("WA +6281200007890, terima kasih", "+6281200007890"),
    ("telp. 62 857 0000 1234", "62 857 0000 1234"),
    ("kontak 0896.0000.123", "0896.0000.123"),
])
def test_mobile_numbers_with_08_and_62_are_found(text, expected):
    assert kinds(text) == [("telepon", expected)]


@pytest.mark.parametrize("text, expected", [
    ("kirim ke warga.contoh@contoh.id", "warga.contoh@contoh.id"),
    ("Budi Contoh <budi_contoh+kim@mail.contoh.co.id>", "budi_contoh+kim@mail.contoh.co.id"),
])
def test_e_mails_also_in_angle_brackets_are_found(text, expected):
    assert kinds(text) == [("surel", expected)]


@pytest.mark.parametrize("text, expected", [
    ("pelat KT 1234 AB", "KT 1234 AB"),
    ("pelat KT1234AB,", "KT1234AB"),
    ("mobil B 1234 XYZ di depan", "B 1234 XYZ"),
    ("motor DA 12 Q", "DA 12 Q"),
])
def test_plates_with_and_without_spaces_are_found(text, expected):
    assert kinds(text) == [("plat", expected)]


# --- detectors: look-alikes that are not personal data are left alone ---------------------------------

@pytest.mark.parametrize("text", [
    "APBD 2027 sebesar Rp21.350.750.000.000,00",                 # 16 digits with decimals
    "Nilai kontrak 1.234.567.890.123.456 rupiah",                # 16 digits in thousand groups
    "Pagu Rp 1234567890123456",                                  # 16 digits after Rp
    "Panggilan darurat 112, ambulans 119",
    "Kantor (0541) 741 111, bebas pulsa 0800-1-467-467",         # landline and toll-free
    "Sosialisasi 14/12/2026, 2026-12-14 dan 14-12-2026 pukul 09.00 WITA",
    "UU 27/2022, UU No. 14 Tahun 2008, PP 17/2025, Permenpan RB 83/2012",
    "SKB No. 2 Tahun 2022; Putusan MK No. 105/PUU-XXII/2024",
    "Kode wilayah 64.72.01.2046 dan 6472012046",
    "RT 05 RW 03, KM 12, KTT G20, lantai 2 B",
    "Pemda menyebut 1.250 keluarga dan Rp1.250.000.000",
])
def test_look_alikes_are_not_flagged(text):
    assert logic.find_personal_data(text) == []


def test_findings_do_not_overlap_and_keep_their_order():
    text = "NIK 0072 0112 0590 0001, HP 0812-0000-1234, <a.b@contoh.id>, pelat KT 1 A"
    assert [f.kind for f in logic.find_personal_data(text)] == ["nik", "telepon", "surel", "plat"]
    # a phone number is never reported inside a NIK
    assert kinds("0812000012345678") == [("nik", "0812000012345678")]


def test_mask_and_highlight():
    text = "Hubungi 0812-0000-1234 <a@contoh.id> & lain-lain"
    assert logic.mask(text) == "Hubungi [nomor HP disamarkan] <[alamat e-mail disamarkan]> & lain-lain"
    marked = logic.highlight_html(text)
    assert marked.count("<mark") == 2 and "&amp; lain-lain" in marked and "&lt;" in marked


def test_pandas_str_contains_with_the_patterns_agrees_with_the_detector():
    draf = draf_posting()
    scan = logic.scan_table(draf)
    for kind, pattern in logic.PATTERNS.items():
        assert (draf["teks"].str.contains(pattern, regex=True) == scan[kind]).all(), kind
    assert scan["data_pribadi"].sum() == scan[list(logic.KINDS)].any(axis=1).sum()
    with pytest.raises(logic.PrepublicationError, match="Kolom `isi` tidak ada"):
        logic.scan_table(draf, "isi")


# --- the dataset ------------------------------------------------------------------------------------------

def test_draft_dataset_is_synthetic_and_mixes_cases():
    draf = draf_posting()
    assert draf["id_draf"].str.fullmatch(r"SINT-DRAF-\d{3}").all()
    scan = logic.scan_table(draf)
    assert 8 <= scan["data_pribadi"].sum() <= 40
    for kind in logic.KINDS:
        assert scan[kind].any(), kind
    # every NIK-like number starts with 00: no real province has that code
    niks = draf["teks"].str.extract(f"({logic.POLA_NIK})")[0].dropna()
    assert len(niks) and niks.str.replace(r"\D", "", regex=True).str.startswith("00").all()
    # the look-alikes are there and are not flagged
    clean = draf[~scan["data_pribadi"]]["teks"]
    for look_alike in (r"Rp\d", r"\b112\b", r"UU (?:No\. )?\d+", r"\d{2}/\d{2}/\d{4}", r"64\.\d{2}\.\d{2}\.\d{4}"):
        assert clean.str.contains(look_alike).any(), look_alike
    # workflows: most valid, some not, and status is the last step
    valid = draf["riwayat_status"].map(logic.is_valid_sequence)
    assert 0 < (~valid).sum() < len(draf) / 2
    assert (draf["riwayat_status"].str.split(" > ").str[-1] == draf["status"]).all()
    assert set(draf["status"]) <= set(logic.STATES)
    published = draf["status"] == "terbit"
    assert (draf.loc[published, "rencana_terbit"] <= "2026-11-30").all()
    assert (draf.loc[~published, "rencana_terbit"] > "2026-11-30").all()


# --- verdict -------------------------------------------------------------------------------------------------

ALL_ALWAYS = {"netral": True, "tidak_menyerang": True}


def test_clean_draft_with_confirmations_may_be_published():
    result = logic.verdict("Jadwal KTP keliling 14/12/2026, info 112.", {}, ALL_ALWAYS)
    assert result.ok and result.label == "boleh terbit" and result.reasons == ()


def test_unticked_always_questions_block_with_their_instrument():
    result = logic.verdict("Jadwal KTP keliling.", {}, {})
    assert result.label == "perbaiki dulu"
    assert {r.key for r in result.reasons} == {"netral", "tidak_menyerang"}
    instruments = " ".join(r.instrument for r in result.reasons)
    assert "SKB No. 2 Tahun 2022" in instruments and "UU No. 1 Tahun 2024" in instruments


def test_personal_data_blocks_and_names_uu_pdp():
    result = logic.verdict("Selamat, Ibu Contoh (NIK 0072 0112 0590 0001).", {}, ALL_ALWAYS)
    assert not result.ok
    (reason,) = result.reasons
    assert reason.key == "data_nik" and "1 NIK/No. KK" in reason.text
    assert "0072" not in reason.text                  # the reason is pasted into a group: no data in it
    assert "UU No. 27 Tahun 2022" in reason.instrument and "Pasal 65" in reason.instrument


def test_official_contact_lifts_phone_and_e_mail_but_not_nik_or_plate():
    text = "Pengaduan: WA 0811-0000-5555, ppid@contoh.go.id. Pelat KT 1234 AB."
    without = logic.verdict(text, {}, ALL_ALWAYS)
    assert {r.key for r in without.reasons} == {"data_telepon", "data_surel", "data_plat"}
    assert "kontak_resmi" in {c.key for c in logic.applicable({}, without.findings)}
    with_contact = logic.verdict(text, {}, {**ALL_ALWAYS, "kontak_resmi": True})
    assert {r.key for r in with_contact.reasons} == {"data_plat"}
    assert len(with_contact.notes) == 2
    assert "kontak_resmi" not in {c.key for c in logic.applicable({}, logic.find_personal_data("Halo"))}


@pytest.mark.parametrize("flag, confirmation, instrument", [
    ("foto_orang", "izin_orang", "UU No. 28 Tahun 2014 tentang Hak Cipta, Pasal 12"),
    ("foto_anak", "izin_anak", "UU No. 27 Tahun 2022"),
    ("musik", "lisensi_musik", "Pasal 80, 87"),
    ("gambar_pihak_ketiga", "sumber_gambar", "Pasal 43 huruf c dan Pasal 44 ayat (1)"),
])
def test_each_flag_asks_its_question_with_its_instrument(flag, confirmation, instrument):
    blocked = logic.verdict("Kegiatan KIM.", {flag: True}, ALL_ALWAYS)
    assert [r.key for r in blocked.reasons] == [confirmation]
    assert instrument in blocked.reasons[0].instrument
    assert logic.verdict("Kegiatan KIM.", {flag: True}, {**ALL_ALWAYS, confirmation: True}).ok
    # a confirmation for something that is not in the draft does no harm
    assert logic.verdict("Kegiatan KIM.", {}, {**ALL_ALWAYS, confirmation: True}).ok


def test_unknown_keys_are_refused_in_indonesian():
    with pytest.raises(logic.PrepublicationError, match="Tanda tidak dikenal: foto"):
        logic.verdict("x", {"foto": True})
    with pytest.raises(logic.PrepublicationError, match="Pernyataan tidak dikenal"):
        logic.verdict("x", {}, {"izin": True})


def test_result_text_is_paste_ready_and_masks_the_data():
    text = "Juara lomba: Ananda Contoh, kontak orang tua 0812-0000-4321."
    result = logic.verdict(text, {"foto_anak": True}, ALL_ALWAYS)
    pasted = logic.result_text(text, result, {"foto_anak": True}, "Juara lomba")
    assert pasted.startswith("CEK SEBELUM TERBIT — Juara lomba")
    assert "Hasil: PERBAIKI DULU" in pasted and "0812-0000-4321" not in pasted
    assert "[nomor HP disamarkan]" in pasted and "bukan nasihat hukum" in pasted
    assert re.search(r"^1\. .*UU No\. 27 Tahun 2022", pasted, re.M)


# --- approval workflow ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sequence", [
    "draf", "draf > ditinjau", "draf > ditinjau > disetujui > dijadwalkan > terbit",
    "draf > ditinjau > draf > ditinjau > disetujui", ["draf", "ditinjau", "disetujui", "dijadwalkan", "draf"],
    " Draf >ditinjau ",
])
def test_valid_sequences(sequence):
    assert logic.is_valid_sequence(sequence) and logic.sequence_problems(sequence) == []


@pytest.mark.parametrize("sequence, problem", [
    ("draf > terbit", "«draf» → «terbit» tidak sah"),
    ("draf > ditinjau > terbit", "Dari «ditinjau» hanya boleh ke: disetujui, draf"),
    ("draf > ditinjau > disetujui > terbit", "«disetujui» → «terbit»"),
    ("ditinjau > disetujui", "dimulai dari «draf»"),
    ("draf > ditinjau > disetujui > dijadwalkan > terbit > draf", "tidak ada (sudah terbit)"),
    ("draf > diperiksa", "Status «diperiksa» tidak dikenal"),
    ("", "kosong"),
])
def test_invalid_sequences_say_why(sequence, problem):
    assert not logic.is_valid_sequence(sequence)
    assert problem in " ".join(logic.sequence_problems(sequence))


def test_next_states():
    assert logic.next_states("draf") == ("ditinjau",)
    assert logic.next_states("terbit") == ()
    with pytest.raises(logic.PrepublicationError):
        logic.next_states("arsip")


# --- widget, headless --------------------------------------------------------------------------------------------

def test_widget_checks_highlights_and_exports(tmp_path):
    cek = CekSebelumTerbit(folder=tmp_path)
    assert isinstance(cek, KitWidget) and "Tempel teks draf" in cek.feedback_text
    cek.check_button.click()                                       # empty draft: a clear message
    assert "masih kosong" in cek.feedback_text and cek.verdict is None
    cek.export_button.click()
    assert "Periksa draf dulu" in cek.feedback_text and cek.exported is None

    cek.title_text.value = "Juara lomba video"
    cek.text.value = "Juara lomba: Ananda Contoh (SD Sintetis 011), kontak orang tua +62 857-0000-7325."
    cek.flags["foto_anak"].value = True
    cek.flags["musik"].value = True
    cek.confirmations["netral"].value = True
    cek.confirmations["tidak_menyerang"].value = True
    cek.check_button.click()
    assert cek.verdict.label == "perbaiki dulu"
    assert "Perbaiki dulu" in cek.feedback_text and "3 hal" in cek.feedback_text
    assert "<mark" in cek.highlighted.value and "+62 857-0000-7325" in cek.highlighted.value
    assert "UU No. 28 Tahun 2014" in cek.verdict_box.value and "UU No. 27 Tahun 2022" in cek.verdict_box.value
    assert cek.result.value.startswith("CEK SEBELUM TERBIT — Juara lomba video")
    assert "+62 857-0000-7325" not in cek.result.value

    # fix the draft: remove the number, confirm consent and music licence
    cek.text.value = "Juara lomba video pendek pelajar tingkat SD. Selamat!"
    cek.confirmations["izin_anak"].value = True
    cek.confirmations["lisensi_musik"].value = True
    cek.check_button.click()
    assert cek.verdict.ok and "Boleh terbit" in cek.feedback_text
    assert "Hasil: BOLEH TERBIT" in cek.result.value

    cek.export_button.click()
    first = cek.exported
    assert first == tmp_path / "cek_sebelum_terbit_juara_lomba_video.txt"
    assert "BOLEH TERBIT" in first.read_text(encoding="utf-8") and str(first) in cek.feedback_text
    cek.export_button.click()                                      # never over an existing file
    assert cek.exported == tmp_path / "cek_sebelum_terbit_juara_lomba_video_2.txt" and first.exists()


def test_widget_labels_are_indonesian_and_complete():
    cek = CekSebelumTerbit("Halo")
    labels = [box.description for box in [*cek.flags.values(), *cek.confirmations.values()]]
    assert len(labels) == len(logic.FLAGS) + len(logic.CONFIRMATIONS)
    assert all(box.indent is False for box in [*cek.flags.values(), *cek.confirmations.values()])
    assert cek.check_button.description == "Periksa draf" and cek.text.value == "Halo"
    assert not any(word in " ".join(labels).lower() for word in ("photo", "children", "consent", "check"))


def test_widget_reports_a_write_error(tmp_path):
    folder = tmp_path / "berkas"
    folder.write_text("bukan folder")
    cek = CekSebelumTerbit("Kegiatan KIM.", folder=folder)
    cek.check()
    outcome = cek.export()
    assert "tidak dapat ditulis" in outcome.message and cek.exported is None


def test_scan_table_on_own_table():
    own = pd.DataFrame({"judul": ["a", "b"], "isi": ["Hubungi 0812-0000-1111", "APBD Rp21.350.750.000.000,00"]})
    scan = logic.scan_table(own, "isi")
    assert scan["telepon"].tolist() == [True, False] and scan["data_pribadi"].tolist() == [True, False]
