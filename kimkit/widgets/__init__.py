"""Interactive widgets: thin views over pure logic, usable headless."""

from kimkit.widgets.aspiration_log import AspirationLog
from kimkit.widgets.base import KitWidget
from kimkit.widgets.engagement import EngagementCalculator
from kimkit.widgets.importer import ImporData
from kimkit.widgets.quiz import Quiz, QuizItem
from kimkit.widgets.self_assessment import SelfAssessment

# Participant-facing names
Kuis = Quiz
KalkulatorEngagement = EngagementCalculator
PenilaianKIM = SelfAssessment
CatatanAspirasi = AspirationLog

__all__ = ["KitWidget", "ImporData", "EngagementCalculator", "Quiz", "QuizItem", "Kuis", "KalkulatorEngagement",
           "SelfAssessment", "PenilaianKIM", "AspirationLog", "CatatanAspirasi"]
