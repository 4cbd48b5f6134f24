"""Factories for the item pages served by the channel apps: news, Q&A, E-Service, complaints.

Why apart from items.py: these page types live in their own apps and keep their part
in a field of the page (the Q&A introduction, the list of online services, the
complainant's protection notice) or in child pages (news items), not in a stream of
parts. The title comes from the catalogue item, as for any item page; the slug is the
channel's usual address.
"""

from __future__ import annotations

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone

from ita_pages.channels.complaints.models import CorruptionComplaintPage, GeneralComplaintPage
from ita_pages.channels.qa.models import QAPage, Question, QuestionStatus
from ita_pages.core.publish import publish_validated
from ita_pages.furniture.eservice.models import EServiceBlock, EServicePage
from ita_pages.furniture.news.models import NewsIndexPage, NewsPage

from .pages import FromCatalogue, TreePageFactory, _title


class NewsPageFactory(TreePageFactory):
    """One news item, dated inside fiscal year 2566 by default."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"ข่าวประชาสัมพันธ์ฉบับที่ {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    date = dt.date(2023, 1, 10)
    summary = "กิจกรรมของหน่วยงาน"
    body = factory.LazyAttribute(lambda o: f"<p>{o.summary}</p>")


class NewsIndexPageFactory(TreePageFactory):
    """O7: the news index, published once its news are.

    ``news`` lists the fields of each news item created under it first (one news
    item of the year by default); ``news=[]`` with ``publish=False`` leaves an
    empty draft to add news to.
    """

    class Meta:
        model = NewsIndexPage

    title = "ข่าวประชาสัมพันธ์"
    slug = "news"
    news = factory.LazyFunction(lambda: [{}])

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("news", None)
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # The news are the index's part: the index is a draft until news are live under it.
        news = kwargs.pop("news")
        publish, validate = kwargs["publish"], kwargs["validate"]
        index = super()._create(model_class, *args, **{**kwargs, "publish": False})
        for fields in news:
            NewsPageFactory(parent=index, **fields)
        if not publish:
            return index
        if validate:
            return publish_validated(index)
        index.save_revision().publish()
        index.refresh_from_db()
        return index


class QAPageFactory(TreePageFactory):
    """O8: the Q&A board; its part is the introduction. Questions: ``QuestionFactory(page=...)``."""

    class Meta:
        model = QAPage

    title = FromCatalogue(_title)
    slug = "qa"
    intro = "<p>ถามเรื่องที่สงสัยเกี่ยวกับงานของหน่วยงาน เจ้าหน้าที่จะตอบและเผยแพร่คำตอบบนหน้านี้</p>"
    privacy_notice = "<p>เราเก็บชื่อที่ท่านเลือกแสดงและคำถามเพื่อเผยแพร่พร้อมคำตอบ</p>"


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question answered and published on its page, with a receipt as the form issues one.

    ``status=QuestionStatus.NEW, answer=""`` gives one still waiting for staff.
    """

    class Meta:
        model = Question

    page = None
    display_name = "ผู้ถาม"
    question = factory.Sequence(lambda n: f"ขอสอบถามเรื่องที่ {n}")
    answer = "หน่วยงานได้ตอบคำถามนี้แล้ว"
    status = QuestionStatus.PUBLISHED
    asked_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=2))
    answered_at = factory.LazyAttribute(
        lambda o: o.asked_at + dt.timedelta(hours=8) if o.status == QuestionStatus.PUBLISHED else None
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        question = model_class(*args, **kwargs)
        question.issue_receipt()  # the code is discarded: a factory's asker never follows up
        question.full_clean()
        question.save()
        return question


class EServiceBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = EServiceBlock

    name = "แจ้งซ่อมไฟฟ้าสาธารณะ"
    description = "แจ้งจุดไฟฟ้าส่องสว่างชำรุดได้ทางออนไลน์"
    url = "https://example.org/e-service/street-light/"
    page = None


class EServicePageFactory(TreePageFactory):
    """O18: the online services; one service with a link by default."""

    class Meta:
        model = EServicePage

    title = FromCatalogue(_title)
    slug = "e-service"
    intro = "<p>บริการที่ประชาชนใช้ได้โดยไม่ต้องเดินทางมาที่สำนักงาน</p>"
    services = wagtail_factories.StreamFieldFactory({"service": factory.SubFactory(EServiceBlockFactory)})
    services__0 = "service"


class CorruptionComplaintPageFactory(TreePageFactory):
    """O28: the protected corruption complaint channel; its part is the protection notice."""

    class Meta:
        model = CorruptionComplaintPage

    title = FromCatalogue(_title)
    slug = "corruption-complaints"
    intro = "<p>ช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป เพื่อคุ้มครองข้อมูลของผู้ร้องเรียน</p>"
    protection_notice = "<p>ไม่ต้องระบุชื่อ ข้อมูลผู้ร้องเรียนเป็นความลับและเปิดอ่านได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ</p>"


class GeneralComplaintPageFactory(TreePageFactory):
    """The general complaint channel (no ITA item: service complaints, not corruption)."""

    class Meta:
        model = GeneralComplaintPage

    title = "ร้องเรียนทั่วไป"
    slug = "general-complaints"
    intro = "<p>แจ้งปัญหาการให้บริการหรือเรื่องเดือดร้อนอื่น ๆ</p>"
    privacy_notice = "<p>เราเก็บชื่อและช่องทางติดต่อเพื่อแจ้งผลการดำเนินการเท่านั้น</p>"


# The item page factories of this module, by page type (see pages.factory_for).
FACTORIES = {
    f._meta.model: f
    for f in (NewsIndexPageFactory, QAPageFactory, EServicePageFactory, CorruptionComplaintPageFactory)
}
