"""Widgets, driven headless through .value and Button.click()."""

import ipywidgets as w
import pandas as pd

from kimkit.checks import MultipleChoice, OutcomeType, questions
from kimkit.data import posting_medsos
from kimkit.widgets import EngagementCalculator, KitWidget, Kuis


def quiz_views():
    views = questions("kuis_uji", [
        MultipleChoice(variables=("a",), statement="Satu?", options={"A": "ya", "B": "tidak"},
                       hints=["Pikirkan lagi."]),
        MultipleChoice(variables=("b",), statement="Dua?", options={"A": "ya", "B": "tidak"}),
    ], graded=False)
    for view, right in zip(views, ("A", "B")):
        view.problem.expected = view.problem.digest_of(right)
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


def test_engagement_calculator_manual_input():
    calc = EngagementCalculator()
    for name, value in {"likes": 220, "comments": 35, "shares": 18, "saves": 42, "reach": 8000}.items():
        calc.inputs[name].value = value
    calc.button.click()
    assert round(calc.value, 2) == 3.94
    assert "3,94%" in calc.feedback_text and "reach" in calc.feedback_text
    calc.basis.value = "impressions"
    calc.button.click()
    assert calc.value is None and "impressions" in calc.feedback_text
    calc.inputs["likes"].value = -1
    assert calc.compute().kind is OutcomeType.FAIL


def test_engagement_calculator_from_a_post():
    posts = posting_medsos().head(5)
    calc = EngagementCalculator(posts)
    row = posts.iloc[2]
    calc.post.value = row["id_posting"]
    assert calc.inputs["reach"].value == row["reach"]
    calc.counted.value = ("likes", "comments")
    calc.compute()
    assert calc.value == (row["likes"] + row["comments"]) / row["reach"] * 100


def test_engagement_calculator_new_post_clears_result_and_views_rule():
    posts = posting_medsos()
    photo = posts[posts["views"].isna()].head(1)
    video = posts[posts["views"].notna()].head(1)
    calc = EngagementCalculator(pd.concat([video, photo]))
    calc.post.value = video["id_posting"].item()
    calc.basis.value = "views"
    calc.compute()
    assert calc.value is not None
    calc.post.value = photo["id_posting"].item()
    assert calc.feedback.value == "" and calc.value is None
    outcome = calc.compute()
    assert outcome.kind is OutcomeType.INFO and "bukan video" in outcome.message
    assert "foto" in calc.post.options[2][0] or "carousel" in calc.post.options[2][0] or "tautan" in calc.post.options[2][0]
