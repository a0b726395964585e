"""Interactive widgets: thin views over pure logic, usable headless."""

from kimkit.widgets.base import KitWidget
from kimkit.widgets.engagement import EngagementCalculator
from kimkit.widgets.quiz import Quiz, QuizItem

# Participant-facing names
Kuis = Quiz
KalkulatorEngagement = EngagementCalculator

__all__ = ["KitWidget", "EngagementCalculator", "Quiz", "QuizItem", "Kuis", "KalkulatorEngagement"]
