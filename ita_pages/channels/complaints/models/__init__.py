"""Models of the complaint channels, split by concern (see each module)."""

from .cases import CaseAccessLog, CaseAttachment, CaseMessage, CaseOutcome, CaseStatus, CorruptionCase
from .general import GeneralComplaint, GeneralComplaintStatus
from .officer_audit import OfficerAccessChange
from .pages import ComplaintStatisticsPage, CorruptionComplaintPage, GeneralComplaintPage
from .settings import OFFICER_GROUP_NAME, ComplaintSettings

__all__ = [
    "OFFICER_GROUP_NAME",
    "CaseAccessLog",
    "CaseAttachment",
    "CaseMessage",
    "CaseOutcome",
    "CaseStatus",
    "ComplaintSettings",
    "ComplaintStatisticsPage",
    "CorruptionCase",
    "CorruptionComplaintPage",
    "GeneralComplaint",
    "GeneralComplaintPage",
    "GeneralComplaintStatus",
    "OfficerAccessChange",
]
