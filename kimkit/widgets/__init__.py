"""Interactive widgets: thin views over pure logic, usable headless."""

from kimkit.widgets.aspiration_log import AspirationLog
from kimkit.widgets.base import KitWidget
from kimkit.widgets.calendar_merger import CalendarMerger
from kimkit.widgets.calendar_planner import CalendarPlanner
from kimkit.widgets.campaign_planner import CampaignPlanner
from kimkit.widgets.caption_checker import CaptionChecker
from kimkit.widgets.engagement import EngagementCalculator
from kimkit.widgets.importer import ImporData
from kimkit.widgets.prepublication_check import PrepublicationCheck
from kimkit.widgets.quiz import Quiz, QuizItem
from kimkit.widgets.rundown_builder import ImporRundown, RundownBuilder
from kimkit.widgets.self_assessment import SelfAssessment
from kimkit.widgets.verification_checklist import VerificationChecklist

# Participant-facing names
Kuis = Quiz
KalkulatorEngagement = EngagementCalculator
PenilaianKIM = SelfAssessment
CatatanAspirasi = AspirationLog
PerencanaKalender = CalendarPlanner
CekSebelumTerbit = PrepublicationCheck
PemeriksaKeterangan = CaptionChecker
PenyusunRundown = RundownBuilder
PeriksaHoaks = VerificationChecklist
RencanaKampanye = CampaignPlanner
PenggabungKalender = CalendarMerger

__all__ = ["KitWidget", "ImporData", "EngagementCalculator", "Quiz", "QuizItem", "Kuis", "KalkulatorEngagement",
           "SelfAssessment", "PenilaianKIM", "AspirationLog", "CatatanAspirasi", "CalendarPlanner", "PerencanaKalender", "PrepublicationCheck", "CekSebelumTerbit",
           "RundownBuilder", "PenyusunRundown", "ImporRundown", "CaptionChecker", "PemeriksaKeterangan",
           "VerificationChecklist", "PeriksaHoaks", "CampaignPlanner", "RencanaKampanye", "CalendarMerger", "PenggabungKalender"]
