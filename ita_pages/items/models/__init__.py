"""Models of the ITA section: settings, the section and index pages, indicator pages.

Split by topic so that no module grows past a few hundred lines; Django finds them
all through this package.
"""

from ita_pages.core.assessment import ITASettings

from . import new_pages  # noqa: F401 - a new item page starts from the catalogue
from .base import IndicatorPage
from .generic import CatalogueItemPage
from .index import ITAIndexPage, ITASectionPage
from .indicators_basic import (
    ContactPage,
    DutiesPage,
    ExecutivesPage,
    LawsPage,
    OrganisationStructurePage,
    PrivacyPolicyPage,
    SocialNetworkPage,
    StrategicPlanPage,
)
from .indicators_operations import (
    AnnualPerformanceReportPage,
    MonthlyProcurementSummaryPage,
    OperatingPlanPage,
    OperatingProgressPage,
    ProcurementAnnualReportPage,
    ProcurementPlanPage,
    SatisfactionSurveyPage,
    ServiceManualPage,
    ServiceStatisticsPage,
    WorkManualPage,
)
from .indicators_people import (
    ComplaintGuidelinePage,
    HRAnnualReportPage,
    HRPolicyPage,
    HRProgressPage,
    HRRulesPage,
    ParticipationPage,
)
from .indicators_prevention import (
    AntiCorruptionAnnualReportPage,
    AntiCorruptionPlanPage,
    AntiCorruptionProgressPage,
    EthicsCodePage,
    EthicsEvaluationPage,
    EthicsPromotionPage,
    IntegrityActionsPage,
    IntegrityMeasuresPage,
    NoGiftCulturePage,
    NoGiftDeclarationPage,
    NoGiftReportPage,
    RiskActionsPage,
    RiskAssessmentPage,
)
from .item import ItemPage
from .rollover import CarriedForwardNote

__all__ = [
    "AnnualPerformanceReportPage",
    "AntiCorruptionAnnualReportPage",
    "AntiCorruptionPlanPage",
    "AntiCorruptionProgressPage",
    "CatalogueItemPage",
    "CarriedForwardNote",
    "ComplaintGuidelinePage",
    "ContactPage",
    "DutiesPage",
    "EthicsCodePage",
    "EthicsEvaluationPage",
    "EthicsPromotionPage",
    "ExecutivesPage",
    "HRAnnualReportPage",
    "HRPolicyPage",
    "HRProgressPage",
    "HRRulesPage",
    "ITAIndexPage",
    "ITASectionPage",
    "ITASettings",
    "IndicatorPage",
    "IntegrityActionsPage",
    "IntegrityMeasuresPage",
    "ItemPage",
    "LawsPage",
    "MonthlyProcurementSummaryPage",
    "NoGiftCulturePage",
    "NoGiftDeclarationPage",
    "NoGiftReportPage",
    "OperatingPlanPage",
    "OperatingProgressPage",
    "OrganisationStructurePage",
    "ParticipationPage",
    "PrivacyPolicyPage",
    "ProcurementAnnualReportPage",
    "ProcurementPlanPage",
    "RiskActionsPage",
    "RiskAssessmentPage",
    "SatisfactionSurveyPage",
    "ServiceManualPage",
    "ServiceStatisticsPage",
    "SocialNetworkPage",
    "StrategicPlanPage",
    "WorkManualPage",
]
