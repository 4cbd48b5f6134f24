"""The block library, one module per shape of ITA content.

Why by shape: many items ask for the same shape (plans O11/O36, progress O12/O24/O37,
annual reports O13/O22/O26/O38, manuals O14/O15/O27 …), so an indicator page type is a
short declaration that picks blocks from here. Every "at least" element is a child
with help text saying, in Thai, what the assessor looks for; it is optional at block
level, because the year's catalogue decides whether it is required and its part
rule enforces that at publish (a later year can drop a part with no block change).
"""

from .activities import ActivityReportBlock, ParticipationBlock
from .announcements import GuidelineBlock, PolicyBlock, SignedAnnouncementBlock
from .documents import EvidenceDocumentBlock, NilStatementBlock
from .integrity import (
    EITSurveyBlock,
    EthicsEvaluationBlock,
    IntegrityAnalysisBlock,
    IntegrityMeasureBlock,
    RiskBlock,
)
from .manuals import ComplaintGuidelineBlock, ServiceManualBlock, WorkManualBlock
from .organisation import DutyBlock, LawBlock, PersonBlock, SocialLinkBlock, StructureChartBlock
from .plans import PlanItemBlock, StrategyBlock
from .procurement import MonthlyProcurementBlock, ProcurementPlanBlock, ProcurementResultBlock
from .reports import (
    AnnualReportBlock,
    EvaluationReportBlock,
    HRReportBlock,
    HRRuleBlock,
    ProcurementReportBlock,
    ProgressRowBlock,
    SurveyReportBlock,
)
from .statistics import StatisticsRowBlock, StatisticsTableBlock

__all__ = [
    "ActivityReportBlock",
    "AnnualReportBlock",
    "ComplaintGuidelineBlock",
    "DutyBlock",
    "EITSurveyBlock",
    "EthicsEvaluationBlock",
    "EvaluationReportBlock",
    "EvidenceDocumentBlock",
    "GuidelineBlock",
    "HRReportBlock",
    "HRRuleBlock",
    "IntegrityAnalysisBlock",
    "IntegrityMeasureBlock",
    "LawBlock",
    "MonthlyProcurementBlock",
    "NilStatementBlock",
    "ParticipationBlock",
    "PersonBlock",
    "PlanItemBlock",
    "PolicyBlock",
    "ProcurementPlanBlock",
    "ProcurementReportBlock",
    "ProcurementResultBlock",
    "ProgressRowBlock",
    "RiskBlock",
    "ServiceManualBlock",
    "SignedAnnouncementBlock",
    "SocialLinkBlock",
    "StatisticsRowBlock",
    "StatisticsTableBlock",
    "StrategyBlock",
    "StructureChartBlock",
    "SurveyReportBlock",
    "WorkManualBlock",
]
