"""Hoax verification (module 08): real counts, synthetic messages, SIFT scoring, draft, widget headless."""

import importlib.util
from datetime import date
from pathlib import Path

import ipywidgets as w
import pandas as pd
import pytest

from kimkit import verification as logic
from kimkit.data import DataError, hoaks_kategori, hoaks_tahunan, info, pesan_hoaks
from kimkit.widgets import KitWidget, PeriksaHoaks

ROOT = Path(__file__).resolve().parents[2]

# domain brief §4.2 [V]: Kominfo (Tim AIS), Aug 2018–Dec 2023, per category
BRIEF_CATEGORIES = {
    "Kesehatan": 2357, "Penipuan": 2210, "Pemerintahan": 2210, "Politik": 1628, "Internasional": 713,
    "Kejahatan": 640, "Kebencanaan": 554, "Pencemaran nama baik": 489, "Keagamaan": 348, "Mitos": 229,
    "Perdagangan": 71, "Pendidikan": 68, "Lainnya": 1030,
}


# --- the real datasets ----------------------------------------------------------------------------

def test_hoax_categories_match_the_brief():
    table = hoaks_kategori()
    assert dict(zip(table["kategori"], table["jumlah"])) == BRIEF_CATEGORIES
    assert table["jumlah"].sum() == 12_547
    assert table["jumlah"].dtype == "int64"
    # the notebook says Pemerintahan is among the three largest categories
    assert "Pemerintahan" in table.nlargest(3, "jumlah", keep="all")["kategori"].tolist()
    text = (ROOT / "kimkit/data/files/hoaks_kategori.csv").read_text(encoding="utf-8")
    assert "# Sumber" in text and "databoks.katadata.co.id" in text


def test_yearly_counts_match_the_brief_and_carry_their_tags():
    table = hoaks_tahunan().set_index(["tahun", "periode"])
    assert table.loc[(2022, "Januari–Desember"), "jumlah"] == 1528
    assert table.loc[(2023, "Januari–Desember"), "jumlah"] == 1615
    assert set(table.loc[table.index.get_level_values("periode") == "Januari–Desember", "tingkat_sumber"]) == {"V"}
    quarter = table[table.index.get_level_values("periode") == "Januari–Maret"]
    assert quarter["jumlah"].tolist() == [393, 425] and set(quarter["tingkat_sumber"]) == {"S"}
    assert 147 + 117 + 161 == 425  # the monthly figures named in the file's footer
    assert "147" in (ROOT / "kimkit/data/files/hoaks_tahunan.csv").read_text(encoding="utf-8")


def test_info_names_nature_and_sources():
    assert "Jenis data: nyata" in info("hoaks_kategori") and "databoks" in info("hoaks_kategori")
    assert "Jenis data: nyata" in info("hoaks_tahunan") and "wahananews" in info("hoaks_tahunan")
    assert "Jenis data: sintetis" in info("pesan_hoaks")


def test_real_loader_refuses_a_changed_file(tmp_path, monkeypatch):
    import kimkit.data as data

    source = ROOT / "kimkit/data/files/hoaks_kategori.csv"
    monkeypatch.setattr(data, "_files", lambda: tmp_path)
    lines = source.read_text(encoding="utf-8").splitlines()
    (tmp_path / "hoaks_kategori.csv").write_text("\n".join(lines[:5] + lines[6:]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="12 baris"):
        data.hoaks_kategori()


# --- the synthetic messages ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def messages():
    return pesan_hoaks()


def test_messages_are_visibly_synthetic_and_name_nobody(messages):
    assert messages["id_pesan"].str.fullmatch(r"SINT-PSN-\d{4}").all() and messages["id_pesan"].is_unique
    assert messages["isi_pesan"].str.contains("Contoh").all()
    assert messages["tanggal_diterima"].between("2025-07-01", "2025-12-31").all()
    assert set(messages["kategori"]) <= set(BRIEF_CATEGORIES)
    assert set(messages["label"]) == {"hoaks", "bukan hoaks", "perlu dicek"}
    assert not messages["isi_pesan"].str.contains(r"\d{8,}").any()  # no phone or NIK numbers


def test_labels_follow_the_findings_as_designed(messages):
    verdicts = messages.apply(lambda row: logic.assess(row).verdict, axis=1)
    assert (verdicts == messages["label"]).all()
    hoax = messages["label"] == "hoaks"
    # a hoax is judged on evidence, never on warning signs alone
    evidence = ((messages["akun_resmi"] == "tidak") | messages["dibantah_cek_fakta"]
                | (messages["cocok_dengan_asal"] == "tidak"))
    assert (evidence == hoax).all()
    # the First Draft type is given exactly for hoaxes, and only the seven types are used
    assert ((messages["jenis_first_draft"] != "") == hoax).all()
    assert set(messages.loc[hoax, "jenis_first_draft"]) <= {
        "satire atau parodi", "koneksi salah", "konten menyesatkan", "konteks salah", "konten tiruan",
        "konten manipulasi", "konten fabrikasi"}
    # impersonated officials are the most common government hoax (brief §4.2)
    government = messages[hoax & (messages["kategori"] == "Pemerintahan")]
    assert (government["jenis_first_draft"] == "konten tiruan").mean() > 0.5
    # confirmed messages: known source, other coverage, the original matches
    ok = messages[messages["label"] == "bukan hoaks"]
    assert ok["sumber_jelas"].all() and ok["liputan_lain"].all() and (ok["cocok_dengan_asal"] == "ya").all()
    # a forward request alone does not make a hoax: some confirmed messages ask to be shared
    assert ok["minta_disebarkan"].any()


def test_generator_writes_the_shipped_file(tmp_path):
    spec = importlib.util.spec_from_file_location("make_datasets_m08", ROOT / "tools/make_datasets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import numpy as np

    frame = module.make_hoax_messages(np.random.default_rng([module.SEED, 8]))
    path = tmp_path / "pesan_hoaks.csv"
    frame.to_csv(path, index=False, lineterminator="\n")
    assert path.read_bytes() == (ROOT / "kimkit/data/files/pesan_hoaks.csv").read_bytes()


# --- scoring ------------------------------------------------------------------------------------------

NOTHING_KNOWN = {}
FAKE_ACCOUNT = {"bahasa_emosional": "ya", "sumber_jelas": "tidak", "akun_resmi": "tidak"}
CONFIRMED = {"sumber_jelas": "ya", "akun_resmi": "ya", "liputan_lain": "ya", "dibantah_cek_fakta": "tidak",
             "tanggal_konteks_jelas": "ya", "cocok_dengan_asal": "ya", "minta_disebarkan": "ya"}
ALARMING = {"bahasa_emosional": True, "minta_disebarkan": True, "sumber_jelas": False,
            "tanggal_konteks_jelas": False, "liputan_lain": False}


def test_steps_are_the_four_sift_steps_with_indonesian_questions():
    assert [step.key for step in logic.STEPS] == ["S", "I", "F", "T"]
    assert all(step.title and step.guide for step in logic.STEPS)
    assert all(q.text.endswith("?") for q in logic.QUESTIONS.values())
    assert len(logic.WARNING_KEYS) == 5 and len(logic.AGAINST_KEYS) == 3


@pytest.mark.parametrize("answers, verdict, warnings", [
    (NOTHING_KNOWN, logic.PERLU_DICEK, 0),
    (FAKE_ACCOUNT, logic.HOAKS, 2),
    (CONFIRMED, logic.BUKAN_HOAKS, 1),
    (ALARMING, logic.PERLU_DICEK, 5),
    ({**CONFIRMED, "dibantah_cek_fakta": "ya"}, logic.HOAKS, 1),   # evidence against beats coverage
    ({**CONFIRMED, "cocok_dengan_asal": "belum tahu"}, logic.PERLU_DICEK, 1),
    ({**ALARMING, "cocok_dengan_asal": "tidak"}, logic.HOAKS, 5),
])
def test_verdicts(answers, verdict, warnings):
    result = logic.assess(answers)
    assert result.verdict == verdict
    assert result.n_warnings == warnings == logic.count_warnings(answers)


def test_reasons_and_advice_are_explained():
    alarming = logic.assess(ALARMING)
    assert alarming.priority and len(alarming.reasons) == 6
    assert "jangan sebarkan dulu" in alarming.summary() and "bukan kebenaran" in alarming.summary()
    fake = logic.assess(FAKE_ACCOUNT)
    assert fake.against == ["akun_resmi"] and any("akun resmi" in r for r in fake.reasons)
    assert not logic.assess(NOTHING_KNOWN).priority
    assert len(logic.assess(NOTHING_KNOWN).unanswered) == 8  # every question, akun_resmi included
    assert "Kemungkinan bukan hoaks" in logic.assess(CONFIRMED).summary()


def test_bad_answers_give_indonesian_messages():
    with pytest.raises(logic.VerificationError, match="Pilihan yang ada"):
        logic.assess({"sumber_jelas": "mungkin"})
    with pytest.raises(logic.VerificationError, match="tidak berlaku"):
        logic.assess({"akun_resmi": "entah"})
    with pytest.raises(logic.VerificationError, match="kamus"):
        logic.assess(["ya", "tidak"])
    assert logic.normalise_answer(" Ya ") == "ya" and logic.normalise_answer("belum ditemukan") == "belum tahu"


# --- the clarification draft ----------------------------------------------------------------------------

def test_draft_for_a_hoax_carries_findings_fact_channel_and_date():
    text = "Akun \"Pemkab Contoh Official\" membuka rekrutmen honorer berbayar."
    draft = logic.draft_clarification(text, logic.assess(FAKE_ACCOUNT), instansi="Diskominfo Kabupaten Contoh",
                                      fakta="Pemkab Contoh tidak membuka rekrutmen honorer.",
                                      kanal_resmi="Instagram @pemkabcontoh", tanggal=date(2025, 11, 3))
    assert draft.startswith("[KLARIFIKASI]") and "TIDAK BENAR" in draft
    assert "Faktanya: Pemkab Contoh tidak membuka rekrutmen honorer." in draft
    assert "akun atau nomor resmi" in draft and "Instagram @pemkabcontoh" in draft
    assert draft.rstrip().endswith("Diskominfo Kabupaten Contoh, 3 November 2025")


def test_draft_for_other_verdicts_and_defaults():
    long_text = "Katanya " + "air tercemar " * 30
    waiting = logic.draft_clarification(long_text, logic.assess(ALARMING), tanggal=date(2025, 12, 1))
    assert "sedang kami periksa" in waiting and "TIDAK BENAR" not in waiting
    assert "…" in waiting and long_text.strip() not in waiting  # the rumour is not repeated in full
    assert "instansi berwenang" not in waiting  # no fact line while checking
    confirmed = logic.draft_clarification("Layanan KTP-el keliling", logic.assess(CONFIRMED))
    assert "sesuai dengan informasi resmi" in confirmed and "(isi dengan keterangan resmi" in confirmed
    with pytest.raises(logic.VerificationError, match="Tempel atau pilih"):
        logic.draft_clarification("  ", logic.assess(CONFIRMED))


# --- the widget, headless ------------------------------------------------------------------------------

def test_widget_walks_a_message_through(tmp_path, messages):
    widget = PeriksaHoaks(folder=tmp_path)
    assert isinstance(widget, KitWidget) and isinstance(widget, w.VBox)
    assert "contoh pesan" in widget.feedback_text
    # every question has buttons with the Indonesian answers, defaulting to "belum tahu"
    assert set(widget.answers) == set(logic.QUESTIONS)
    assert all(b.value == "belum tahu" for b in widget.answers.values())

    row = messages[messages["jenis_first_draft"] == "konten tiruan"].iloc[0]
    widget.pick_message(row["id_pesan"])
    assert widget.text.value == " ".join(row["isi_pesan"].split())
    widget.set_answers(row.drop(["id_pesan", "isi_pesan"]).to_dict())
    widget.notes["I"].value = "Nomor tidak ada di laman resmi."
    widget.fakta.value = "Kepala Dinas Contoh tidak pernah meminta dana lewat WhatsApp."
    outcome = widget.assess()
    assert widget.result.verdict == "hoaks" and outcome.kind.value == "fail"
    assert "Kemungkinan besar hoaks" in widget.reasons.value and "bukan kebenaran" in widget.feedback_text
    assert widget.draft.value.startswith("[KLARIFIKASI]") and "tidak pernah meminta dana" in widget.draft.value

    widget.draft.value += "\nDisunting peserta."
    widget.export_text()
    first = widget.exported
    assert first.name.startswith("periksa_hoaks_sint_psn_") and first.suffix == ".txt"
    written = first.read_text(encoding="utf-8")
    assert "Disunting peserta." in written and "Nomor tidak ada di laman resmi." in written
    widget.export_text()
    assert widget.exported != first and widget.exported.stem.endswith("_2")  # never over an existing file
    widget.export_csv()
    table = pd.read_csv(widget.exported, encoding="utf-8-sig")
    assert list(table.columns) == ["Langkah", "Pertanyaan", "Jawaban", "Catatan"] and len(table) == 10
    assert table["Jawaban"].iloc[-1] == "Kemungkinan besar hoaks"


def test_widget_with_own_message_and_bad_input(tmp_path):
    widget = PeriksaHoaks(folder=tmp_path)
    widget.assess()
    assert widget.result is None and "Tempel atau pilih" in widget.feedback_text
    widget.export_text()
    assert widget.exported is None and "Nilai dulu" in widget.feedback_text
    widget.text.value = "Pesan berantai: listrik padam tiga hari di Kecamatan Contoh. Sebarkan!"
    widget.set_answers({"minta_disebarkan": "ya", "sumber_jelas": "tidak"})
    widget.assess()
    assert widget.result.verdict == "perlu dicek" and widget.draft.value.startswith("[INFORMASI]")
    widget.export_csv()
    assert widget.exported.name == "periksa_hoaks_pesan_sendiri.csv"
    with pytest.raises(logic.VerificationError, match="isi_pesan"):
        PeriksaHoaks(pd.DataFrame({"teks": ["a"]}))


def test_answers_from_the_dataset_as_numpy_bools_or_bad_values():
    import numpy as np

    assert logic.normalise_answer(np.True_) == "ya" and logic.normalise_answer(np.False_) == "tidak"
    periksa = PeriksaHoaks()
    row = pesan_hoaks().iloc[0]
    assert periksa.set_answers({k: row[k] for k in logic.QUESTIONS if k in row.index}) is None
    assert periksa.current_answers()["sumber_jelas"] in ("ya", "tidak", "belum tahu")
    outcome = periksa.set_answers({"sumber_jelas": "mungkin"})
    assert outcome is not None and "mungkin" in periksa.feedback_text
