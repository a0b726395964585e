"""Caption checker (module 05): dated limits, lengths, hashtags, 5W+1H cues, and the widget headless."""

import datetime as dt
import re

import ipywidgets as w
import pandas as pd
import pytest

from kimkit import captions as logic
from kimkit.widgets import KitWidget, PemeriksaKeterangan

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


# --- the limits table ---------------------------------------------------------------------------

def test_every_limit_is_dated_tagged_and_sourced():
    assert len(logic.LIMITS) >= 8
    for lim in logic.LIMITS:
        assert re.search(r"\b(19|20)\d{2}\b", lim.dated) or "belum ditemukan" in lim.dated, lim
        assert lim.tag in logic.TAGS, lim
        assert lim.source.startswith("https://"), lim
        assert lim.value > 0 and lim.platform in logic.PLATFORMS


def test_one_used_caption_limit_per_platform_and_the_brief_values():
    for platform in logic.PLATFORMS:
        used = [lim for lim in logic.LIMITS if lim.platform == platform and lim.kind == "keterangan" and lim.used]
        assert len(used) == 1
    assert logic.caption_limits().to_dict() == {"Instagram": 2200, "TikTok": 2200, "X": 280, "Facebook": 63206}
    assert logic.limit("Instagram", "tagar").value == 5 and "Desember 2025" in logic.limit("Instagram", "tagar").dated
    assert logic.limit("Instagram", "terlihat").value == 125
    assert logic.limit("X", "keterangan").dated.startswith("sejak 7 November 2017")
    assert logic.limit("TikTok", "tagar") is None  # no hashtag limit in the kit's sources
    # the [S] TikTok 4,000 and the old Instagram 30 are listed, but never used by the checker
    unused = {(lim.platform, lim.value): lim for lim in logic.LIMITS if not lim.used}
    assert unused[("TikTok", 4000)].tag == "S" and unused[("Instagram", 30)].tag == "V"
    # the unreliable "500 free characters on X" claim is not taught
    assert not any(lim.platform == "X" and lim.value == 500 for lim in logic.LIMITS)


def test_limits_table_has_indonesian_headers_and_all_rows():
    table = logic.limits_table()
    assert list(table.columns) == ["platform", "batasan", "nilai", "berlaku", "tanda", "dipakai_pemeriksa",
                                   "catatan", "sumber"]
    assert len(table) == len(logic.LIMITS) and set(table["tanda"]) <= {"[V]", "[S]", "[D]", "[U]"}
    assert len(logic.limits_table(["X"])) == 2


# --- lengths ----------------------------------------------------------------------------------------

def test_length_counts_code_points_and_normalises_line_ends():
    assert logic.length("Halo\r\nKaltim") == logic.length("Halo\nKaltim") == 11
    assert logic.length("Ayo 📢") == 5              # one emoji of one code point
    assert logic.length("👍🏽") == 2                  # skin tone: two code points (platforms may differ)
    assert logic.length(None) == 0 and logic.length(float("nan")) == 0
    assert logic.visible_part("a" * 200) == "a" * 125
    assert logic.visible_part("baris satu\r\nbaris dua", 12) == "baris satu\nb"


def test_word_count_and_lead_range():
    lead = "Diskominfo Paser melatih 40 pengurus KIM\nmenulis berita desa."
    assert logic.word_count(lead) == 9 == len(lead.split())
    assert [logic.lead_verdict(n) for n in (8, 20, 35, 36)] == ["pendek", "pas", "pas", "panjang"]


# --- hashtags -------------------------------------------------------------------------------------------

def test_hashtags_in_order_with_duplicates_and_indonesian_words():
    text = "Ayo ikut! #KIMPaser #Berau_Hebat #HUTKaltim68 #kimpaser, #SehatBersama."
    assert logic.hashtags(text) == ["#KIMPaser", "#Berau_Hebat", "#HUTKaltim68", "#kimpaser", "#SehatBersama"]
    assert logic.duplicate_hashtags(logic.hashtags(text)) == ["#KIMPaser"]
    assert logic.duplicate_hashtags(["#A", "#a", "#A", "#b"]) == ["#A"]


def test_hashtags_not_taken_from_links_emails_or_numbers():
    text = ("Daftar di https://contoh.go.id/beasiswa#syarat atau www.contoh.id/#jadwal, tanya "
            "info#kim@contoh.go.id. Nomor #1 &#39; #Kutim2026")
    assert logic.hashtags(text) == ["#Kutim2026"]
    assert logic.hashtags("") == []


# --- 5W+1H cues -------------------------------------------------------------------------------------------

def test_cues_found_in_a_full_lead():
    lead = ("Diskominfo Paser melatih 40 pengurus KIM menulis berita desa pada Selasa, 3 Februari 2026, di Aula "
            "Kantor Bupati di Tanah Grogot dengan praktik langsung agar kabar desa cepat sampai ke warga.")
    cues = logic.element_cues(lead)
    assert logic.missing_elements(lead) == []
    assert "Selasa" in cues["kapan"] and "agar" in cues["mengapa"] and "dengan" in cues["bagaimana"]
    assert "Diskominfo" in cues["siapa"] and "melatih" in cues["apa"]


def test_cues_missing_when_a_release_lacks_them():
    release = ("Pengurus KIM Contoh BTG 03 membagikan 200 bibit pohon kepada warga di Taman Kelurahan "
               "Sintetis 044, Bontang, dengan cara warga cukup menunjukkan kartu keluarga.")
    assert logic.missing_elements(release) == ["kapan", "mengapa"]
    assert logic.missing_elements("Layanan KTP keliling hadir di Samarinda pekan ini.") == [
        "siapa", "mengapa", "bagaimana"]
    assert "(3/2)" in logic.element_cues("Selasa (3/2) warga berkumpul")["kapan"]
    # "di" as a prefix (dilaksanakan) is not the preposition "di" before a place
    assert logic.element_cues("Kegiatan dilaksanakan Sintetis")["di mana"] == []
    assert logic.missing_elements("ok") == list(logic.ELEMENTS)


# --- alt text and the whole check -------------------------------------------------------------------------

def test_alt_text_issue():
    assert logic.alt_text_issue(False, "") is None
    assert logic.alt_text_issue(True, "  ") == "captions.alt.missing"
    assert logic.alt_text_issue(True, "Foto") == "captions.alt.too_short"
    assert logic.alt_text_issue(True, "Relawan membantu pendonor di gedung serbaguna") is None


def test_check_caption_per_platform_and_report():
    text = "x" * 300 + " #a1 #b #c #d #e #f"
    result = logic.check_caption(text, ["X", "Instagram"], has_image=True, alt_text="")
    table = result.table.set_index("platform")
    assert list(table.index) == ["Instagram", "X"]   # kit order
    assert not table.loc["X", "muat"] and table.loc["X", "sisa"] == 280 - len(text)
    assert table.loc["Instagram", "muat"] and not table.loc["Instagram", "tagar_ok"]
    assert table.loc["Instagram", "terpotong"] and len(table.loc["Instagram", "terlihat"]) == 125
    assert pd.isna(table.loc["X", "batas_tagar"]) and table.loc["X", "tagar_ok"]
    assert result.alt_issue == "captions.alt.missing" and not result.fits_everywhere
    report = logic.report_text(result)
    assert "X: TERLALU PANJANG" in report and "sejak 7 November 2017" in report
    assert "Tagar TERLALU BANYAK: 6, paling banyak 5" in report and "teks alternatifnya" in report
    with pytest.raises(logic.CaptionError, match="masih kosong"):
        logic.check_caption(" \n ")
    with pytest.raises(logic.CaptionError, match="sedikitnya satu platform"):
        logic.check_caption("Halo", [])
    with pytest.raises(logic.CaptionError, match="tidak dikenal"):
        logic.check_caption("Halo", ["Friendster"])


# --- the synthetic drafts ------------------------------------------------------------------------------------

def test_sample_drafts_are_synthetic_with_the_stated_gaps():
    drafts = logic.sample_drafts().set_index("id_draf")
    assert len(drafts) == 10 and drafts["kabkota"].is_unique
    assert drafts.index.str.startswith("SINT-DRAF-").all()
    words = drafts["lead"].str.split().str.len()
    assert words["SINT-DRAF-03"] > 35 and words["SINT-DRAF-09"] < 20
    lengths = drafts["keterangan"].str.len()
    assert lengths["SINT-DRAF-06"] > 2200 and 280 < lengths["SINT-DRAF-04"] < 2200
    assert len(logic.hashtags(drafts.loc["SINT-DRAF-02", "keterangan"])) > 5
    assert logic.missing_elements(drafts.loc["SINT-DRAF-02", "lead"]) == ["kapan"]
    assert logic.missing_elements(drafts.loc["SINT-DRAF-04", "lead"]) == ["mengapa"]
    assert drafts.loc["SINT-DRAF-03", "ada_gambar"] and drafts.loc["SINT-DRAF-03", "teks_alternatif"] == ""
    # Berau, Kutai Barat and Mahakam Ulu say "kampung", never "desa"
    for region in ("Berau", "Kutai Barat", "Mahakam Ulu"):
        row = drafts[drafts["kabkota"] == region].iloc[0]
        text = " ".join([row["judul"], row["lead"], row["keterangan"]]).lower()
        assert "kampung" in text and not re.search(r"\bdesa\b", text)


def test_weekdays_in_the_drafts_match_their_dates():
    text = " ".join(logic.sample_drafts()[["lead", "keterangan"]].to_numpy().ravel())
    found = re.findall(rf"({'|'.join(DAYS)}), (\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})", text)
    assert len(found) >= 5
    for day, number, month, year in found:
        assert DAYS[dt.date(int(year), MONTHS.index(month) + 1, int(number)).weekday()] == day


# --- the widget, headless -------------------------------------------------------------------------------------

def test_widget_checks_a_pasted_caption_and_saves(tmp_path):
    checker = PemeriksaKeterangan(folder=tmp_path)
    assert isinstance(checker, w.VBox) and isinstance(checker, KitWidget)
    assert "Januari 2026" in checker.feedback_text
    assert checker.platforms == list(logic.PLATFORMS)
    checker.check_button.click()                      # empty caption: a friendly message, no traceback
    assert "masih kosong" in checker.feedback_text and checker.result is None
    checker.save_button.click()
    assert "Periksa keterangan dulu" in checker.feedback_text
    drafts = logic.sample_drafts().set_index("id_draf")
    checker.caption.value = drafts.loc["SINT-DRAF-04", "keterangan"]
    for name in ("TikTok", "Facebook"):
        checker.platform_boxes[name].value = False
    checker.has_image.value = True
    checker.check_button.click()
    assert "terlalu panjang untuk X" in checker.feedback_text and "teks alternatif" in checker.feedback_text
    assert list(checker.result.table["platform"]) == ["Instagram", "X"]
    assert "sejak 7 November 2017" in checker.table.value and "TikTok" not in checker.table.value
    assert "mengapa" in checker.elements.value and "X: TERLALU PANJANG" in checker.result_text.value
    checker.alt_text.value = "Spanduk pasar murah di depan tenda, warga antre membawa kantong belanja."
    checker.platform_boxes["X"].value = False
    checker.check_button.click()
    assert "muat di semua platform" in checker.feedback_text
    checker.save_button.click()
    assert checker.saved == tmp_path.resolve() / "hasil_pemeriksaan_keterangan.txt"
    assert str(checker.saved) in checker.feedback_text and "PASAR MURAH" in checker.saved.read_text(encoding="utf-8")
    first = checker.saved.read_bytes()
    checker.save_button.click()                       # never over an existing file
    assert checker.saved.name == "hasil_pemeriksaan_keterangan_2.txt"
    assert (tmp_path / "hasil_pemeriksaan_keterangan.txt").read_bytes() == first
    for box in checker.platform_boxes.values():
        box.value = False
    checker.check_button.click()
    assert "sedikitnya satu platform" in checker.feedback_text and checker.result_text.value == ""
