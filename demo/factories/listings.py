"""Factories for the item pages that list rows stored for the site: procurement
announcements (O20) and the corruption complaint statistics (O29).

Why apart: these pages hold no content of their own. The announcements page's part is
the announcements stored for its site in the assessment year, so the factory stores
them before it publishes; the statistics are counted from the site's cases, and a
year without cases shows zeros, which the catalogue accepts.
"""

from __future__ import annotations

import datetime as dt

import factory
from wagtail.models import Page

from ita_pages.channels.complaints.models import ComplaintStatisticsPage
from ita_pages.channels.complaints.models.pages import PeriodKind
from ita_pages.furniture.procurement.models import ProcurementAnnouncement, ProcurementAnnouncementPage, Source

from .pages import DEFAULT_YEAR, FromCatalogue, TreePageFactory, _title


class ProcurementAnnouncementFactory(factory.django.DjangoModelFactory):
    """One announcement of fiscal year 2566 entered by staff; pass ``site``."""

    class Meta:
        model = ProcurementAnnouncement

    site = None
    project_id = factory.Sequence(lambda n: f"6601{n:07d}")
    type_code = "D0"
    date = dt.date(2023, 1, 5)
    title = factory.Sequence(lambda n: f"ประกาศเชิญชวน จ้างซ่อมแซมถนน โครงการที่ {n}")
    method = "เฉพาะเจาะจง"
    source = Source.MANUAL


class ProcurementAnnouncementPageFactory(TreePageFactory):
    """O20: the announcements page of the parent's site.

    ``announcements`` lists the fields of each announcement stored for the site before
    publishing (one of the year by default); ``announcements=[]`` relies on those the
    site already has.
    """

    class Meta:
        model = ProcurementAnnouncementPage

    title = FromCatalogue(_title)
    slug = "procurement-announcements"
    intro = "<p>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง จากระบบ e-GP และที่เจ้าหน้าที่บันทึก</p>"
    fiscal_year = DEFAULT_YEAR
    announcements = factory.LazyFunction(lambda: [{}])

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("announcements", None)
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        announcements = kwargs.pop("announcements")
        # A fresh parent: a page object caches the site roots it first saw, so a homepage
        # made a site's root after it was created would name no site.
        site = Page.objects.get(pk=kwargs["parent"].pk).get_site()
        for fields in announcements:
            ProcurementAnnouncementFactory(site=site, **fields)
        return super()._create(model_class, *args, **kwargs)


class ComplaintStatisticsPageFactory(TreePageFactory):
    """O29: monthly counts of the site's corruption cases in the site's assessment year."""

    class Meta:
        model = ComplaintStatisticsPage

    title = FromCatalogue(_title)
    slug = "complaint-statistics"
    intro = "<p>นับจากเรื่องร้องเรียนที่ได้รับจริง แยกรายเดือนในปีงบประมาณ</p>"
    fiscal_year = None
    period_kind = PeriodKind.MONTH


# The item page factories of this module, by page type (see pages.factory_for).
FACTORIES = {f._meta.model: f for f in (ProcurementAnnouncementPageFactory, ComplaintStatisticsPageFactory)}
