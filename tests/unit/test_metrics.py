"""Module 07 logic (kimkit.metrics) and the calculator's export, headless."""

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from kimkit import metrics
from kimkit.checks import OutcomeType
from kimkit.data import posting_medsos
from kimkit.messages import msg
from kimkit.widgets import EngagementCalculator

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "course" / "07_analitik_media_sosial.ipynb"


def test_definition_names_denominator_and_interactions():
    assert metrics.definition() == ("Definisi untuk laporan: ER berdasarkan reach = "
                                    "(likes + comments + shares + saves) ÷ reach × 100.")
    assert "(likes + comments) ÷ views" in metrics.definition("views", ("likes", "comments"))
    with pytest.raises(metrics.MetricsError):
        metrics.definition("pengikut")


def test_post_rates_matches_the_worked_example_and_leaves_the_input_alone():
    posts = pd.DataFrame({"likes": [220, 10], "comments": [35, 0], "shares": [18, 0], "saves": [42, 0],
                          "reach": [8000, 0]})
    rates = metrics.post_rates(posts)
    assert rates["interaksi"].tolist() == [315, 10]
    assert round(rates["er_reach"].iloc[0], 4) == 3.9375
    assert pd.isna(rates["er_reach"].iloc[1])  # reach 0: no rate rather than infinity
    assert "er_reach" not in posts.columns


def test_post_rates_on_kit_data_agrees_with_the_course_formula():
    posts = posting_medsos()
    rates = metrics.post_rates(posts, "impressions", ("likes", "comments"))
    expected = (posts["likes"] + posts["comments"]) / posts["impressions"] * 100
    assert (rates["er_impressions"].astype(float) - expected).abs().max() < 1e-12
    views = metrics.post_rates(posts, "views")
    assert views["er_views"].isna().sum() == posts["views"].isna().sum() > 0


def test_post_rates_says_which_numbers_are_missing():
    posts = pd.DataFrame({"likes": [5], "comments": [1], "shares": [0], "saves": [pd.NA], "reach": [100]})
    with pytest.raises(metrics.MetricsError, match="saves"):
        metrics.post_rates(posts)
    assert metrics.post_rates(posts, kinds=("likes", "comments"))["er_reach"].iloc[0] == 6
    with pytest.raises(metrics.MetricsError, match="impressions"):
        metrics.post_rates(posts, "impressions", ("likes",))
    with pytest.raises(metrics.MetricsError, match="Centang minimal"):
        metrics.post_rates(posts, kinds=())
    with pytest.raises(metrics.MetricsError, match="negatif"):
        metrics.post_rates(posts.assign(likes=[-1]), kinds=("likes",))


def test_export_rates_writes_xlsx_and_csv_with_the_definition(tmp_path):
    posts = posting_medsos().head(4)
    path, rows, skipped = metrics.export_rates(posts, tmp_path / "er.xlsx", "views")
    assert rows == 4 and skipped == posts["views"].isna().sum()
    sheet = openpyxl.load_workbook(path)["ER per posting"]
    assert sheet["A1"].value == metrics.definition("views")
    header = [c.value for c in sheet[3]]
    assert header[0] == "ID posting" and header[-1] == "ER berdasarkan views (%)"
    path, _rows, _skipped = metrics.export_rates(posts, tmp_path / "er.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "# " + metrics.definition("reach") and lines[1].startswith("ID posting;")
    first = posts.iloc[0]
    rate = (first[["likes", "comments", "shares", "saves"]].sum()) / first["reach"] * 100
    assert lines[2].split(";")[-1] == f"{rate:.2f}".replace(".", ",")


def test_calculator_exports_without_overwriting(tmp_path):
    calc = EngagementCalculator(posting_medsos().head(5), folder=tmp_path)
    calc.counted["saves"].value = False
    first = calc.export(".xlsx")
    assert first.kind is OutcomeType.INFO and calc.exported == tmp_path / "er_posting_reach.xlsx"
    assert str(calc.exported) in calc.feedback_text and "likes + comments + shares) ÷ reach" in calc.feedback_text
    calc.export_xlsx.click()
    assert calc.exported == tmp_path / "er_posting_reach_2.xlsx"
    calc.export_csv.click()
    assert calc.exported == tmp_path / "er_posting_reach.csv" and calc.exported.exists()


def test_calculator_result_shows_the_definition_line():
    calc = EngagementCalculator(posting_medsos().head(3))
    calc.counted["shares"].value = False
    calc.compute()
    assert metrics.definition("reach", ("likes", "comments", "saves")) in calc.feedback_text


def test_calculator_without_posts_hides_export_and_explains():
    calc = EngagementCalculator()
    assert calc.export().kind is OutcomeType.INFO and "ketik angka sendiri" in calc.feedback_text
    assert calc.exported is None


def test_calculator_on_an_own_import_without_ids_or_kabkota(tmp_path):
    own = pd.DataFrame({"id_posting": ["", ""], "platform": ["Instagram", ""], "format": ["", ""],
                        "waktu_unggah": pd.to_datetime(["2025-11-20", None]),
                        "reach": pd.array([1000, 500], dtype="Int64"), "likes": pd.array([30, 5], dtype="Int64"),
                        "comments": pd.array([2, 0], dtype="Int64"), "shares": pd.array([1, 0], dtype="Int64"),
                        "saves": pd.array([pd.NA, pd.NA], dtype="Int64"),
                        "views": pd.array([pd.NA, pd.NA], dtype="Int64")})
    calc = EngagementCalculator(own, folder=tmp_path)
    assert [label for label, _v in calc.post.options[1:]] == ["baris 1 · Instagram · 2025-11-20", "baris 2"]
    calc.button.click()
    assert calc.value == 33 / 1000 * 100
    outcome = calc.export(".csv")
    assert outcome.kind is OutcomeType.FAIL and "saves" in outcome.message  # empty column, clear message
    calc.counted["saves"].value = False
    assert calc.export(".csv").kind is OutcomeType.INFO


def test_notebook_quotes_the_kits_decimal_comma_message():
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    quoted = msg("form.decimal_comma", name="er", shown="7.11", typed="7,11")
    assert "«" + quoted + "»" in " ".join(line.lstrip("> ") for line in text.split("\n")).replace("  ", " ")
