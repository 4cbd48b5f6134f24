"""Factories for the real page types and blocks, shared by the tests and the demo loader.

Why one set: a test that builds a stand-in page can stay green while the real page
type changes under it; building every test page and every demo page with the same
factories means both exercise the page types editors use. Defaults are complete
content for ITA 2566 that passes the editor's publish validation; a test breaks one
part by passing it (``body=[...]``, ``period_start=None``) and ``validate=False``.
"""

from .channels import (
    CorruptionComplaintPageFactory,
    EServicePageFactory,
    GeneralComplaintPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    QAPageFactory,
    QuestionFactory,
)
from .listings import (
    ComplaintStatisticsPageFactory,
    ProcurementAnnouncementFactory,
    ProcurementAnnouncementPageFactory,
)
from .media import DocumentFactory, ImageFactory
from .pages import (
    HomePageFactory,
    ITAIndexPageFactory,
    ITASectionPageFactory,
    ItemPageFactory,
    factory_for,
    item_factories,
    item_page,
)

__all__ = [
    "ComplaintStatisticsPageFactory",
    "CorruptionComplaintPageFactory",
    "DocumentFactory",
    "EServicePageFactory",
    "GeneralComplaintPageFactory",
    "HomePageFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "ProcurementAnnouncementFactory",
    "ProcurementAnnouncementPageFactory",
    "QAPageFactory",
    "QuestionFactory",
    "ITAIndexPageFactory",
    "ITASectionPageFactory",
    "ImageFactory",
    "ItemPageFactory",
    "factory_for",
    "item_factories",
    "item_page",
]
