"""Widgets, driven headless through .value and Button.click()."""

import ipywidgets as w
import pandas as pd

from kimkit.checks import OutcomeType, QuestionView
from kimkit.data import posting_medsos
from kimkit.widgets import EngagementCalculator, KitWidget, Kuis
from tools.authoring import Choice, check_for


def quiz_views():
    views = []
    for name, statement, right, hints in (("a", "Satu?", "A", ["Pikirkan lagi."]), ("b", "Dua?", "B", [])):
        check = check_for(Choice(name, options={"A": "ya", "B": "tidak"}), right, f"kuis_uji/{name}",
                          hints=hints, graded=False)
        check.statement = statement
        views.append(QuestionView(check, name))
    return views


def test_quiz_answers_count_as_progress(kimkit_home):
    import kimkit

    quiz = Kuis(quiz_views())
    quiz.items[0].choice.value = "A"
    quiz.button.click()
    assert "1 dari 1" in kimkit.kemajuan().message


def test_quiz_is_a_vbox_and_scores():
    quiz = Kuis(quiz_views())
    assert isinstance(quiz, w.VBox) and isinstance(quiz, KitWidget)
    quiz.button.click()
    assert quiz.items[0].last_outcome.kind is OutcomeType.UNATTEMPTED
    assert "0 dari 2" in quiz.feedback_text
    quiz.items[0].choice.value = "B"
    quiz.items[1].choice.value = "B"
    quiz.button.click()
    assert quiz.items[0].last_outcome.kind is OutcomeType.FAIL
    assert "Pikirkan lagi." in quiz.items[0].feedback.value
    assert quiz.score == 1 and "1 dari 2" in quiz.feedback_text
    quiz.items[0].choice.value = "A"
    quiz.button.click()
    assert quiz.last_outcome.kind is OutcomeType.PASS and "Semua benar" in quiz.feedback_text
    assert "kk-feedback" in quiz.feedback._dom_classes


def test_engagement_calculator_without_posts_starts_on_manual_entry():
    calc = EngagementCalculator()
    assert calc.post.value == "" and calc.post.label == "(ketik angka sendiri)"
    assert all(box.value == 0 for box in calc.inputs.values())
    assert "Ketik angka" in calc.feedback_text and "kk-feedback" in calc.feedback._dom_classes
    calc.button.click()
    assert calc.value is None and "masih 0" in calc.feedback_text


def test_engagement_calculator_manual_input():
    calc = EngagementCalculator()
    for name, value in {"likes": 220, "comments": 35, "shares": 18, "saves": 42, "reach": 8000}.items():
        calc.inputs[name].value = value
    calc.button.click()
    assert round(calc.value, 2) == 3.94
    assert "3,94%" in calc.feedback_text and "reach" in calc.feedback_text
    calc.basis.value = "impressions"
    assert calc.value is None and "Tekan Hitung ER" in calc.feedback_text  # the old result is stale
    calc.button.click()
    assert calc.value is None and "impressions" in calc.feedback_text
    calc.inputs["likes"].value = -1
    calc.button.click()
    assert calc.last_outcome.kind is OutcomeType.FAIL and "likes (suka)" in calc.feedback_text


def test_engagement_calculator_starts_on_the_first_post():
    posts = posting_medsos().head(5)
    calc = EngagementCalculator(posts)
    first = posts.iloc[0]
    assert calc.post.value == first["id_posting"]
    assert calc.inputs["reach"].value == first["reach"] and calc.inputs["likes"].value == first["likes"]
    assert first["id_posting"] in calc.feedback_text and "Hitung ER" in calc.feedback_text
    calc.button.click()
    interactions = first[["likes", "comments", "shares", "saves"]].sum()
    assert calc.value == interactions / first["reach"] * 100


def test_engagement_calculator_checkboxes_choose_interactions():
    posts = posting_medsos().head(5)
    calc = EngagementCalculator(posts)
    assert all(isinstance(box, w.Checkbox) and box.value for box in calc.counted.values())
    row = posts.iloc[2]
    calc.post.value = row["id_posting"]
    assert calc.inputs["reach"].value == row["reach"]
    calc.counted["shares"].value = False
    calc.counted["saves"].value = False
    assert calc.counted_kinds == ("likes", "comments")
    calc.button.click()
    assert calc.value == (row["likes"] + row["comments"]) / row["reach"] * 100
    for box in calc.counted.values():
        box.value = False
    calc.button.click()
    assert calc.value is None and "Centang minimal satu" in calc.feedback_text


def test_engagement_calculator_back_to_manual_clears_numbers():
    calc = EngagementCalculator(posting_medsos().head(3))
    calc.post.value = ""
    assert all(box.value == 0 for box in calc.inputs.values()) and "Ketik angka" in calc.feedback_text


def test_engagement_calculator_labels_are_never_cut():
    calc = EngagementCalculator(posting_medsos().head(3))
    assert calc.post.style.description_width == calc.basis.style.description_width == "initial"
    assert all(not box.description for box in calc.inputs.values())  # labels sit above the boxes
    assert all(not box.indent and box.layout.width == "auto" for box in calc.counted.values())
    shown = [c.value for c in _descendants(calc) if isinstance(c, w.HTML)]
    shown += [box.description for box in calc.counted.values()]
    for label in ("Interaksi yang dihitung", "impressions (tayangan)", "likes (suka)", "saves (disimpan)"):
        assert label in shown


def _descendants(widget):
    for child in getattr(widget, "children", ()):
        yield child
        yield from _descendants(child)


def test_engagement_calculator_new_post_clears_result_and_views_rule():
    posts = posting_medsos()
    photo = posts[posts["views"].isna()].head(1)
    video = posts[posts["views"].notna()].head(1)
    calc = EngagementCalculator(pd.concat([video, photo]))
    calc.basis.value = "views"
    calc.compute()
    assert calc.value is not None
    calc.post.value = photo["id_posting"].item()
    assert calc.value is None and photo["id_posting"].item() in calc.feedback_text
    assert "%" not in calc.feedback_text
    outcome = calc.compute()
    assert outcome.kind is OutcomeType.INFO and "bukan video" in outcome.message
    assert "foto" in calc.post.options[2][0] or "carousel" in calc.post.options[2][0] or "tautan" in calc.post.options[2][0]
