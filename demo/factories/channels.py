"""Factories for item pages served by the site-furniture apps (news for now).

Why apart from items.py: these page types live in their own apps and carry their
content in child pages (news items) rather than in a stream of parts.
"""

from __future__ import annotations

import datetime as dt

import factory

from ita_pages.news.models import NewsIndexPage, NewsPage

from .pages import TreePageFactory


class NewsIndexPageFactory(TreePageFactory):
    """O7: the news index; give it news with ``NewsPageFactory(parent=index)``."""

    class Meta:
        model = NewsIndexPage

    title = "ข่าวประชาสัมพันธ์"
    slug = "news"


class NewsPageFactory(TreePageFactory):
    """One news item, dated inside fiscal year 2566 by default."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"ข่าวประชาสัมพันธ์ฉบับที่ {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    date = dt.date(2023, 1, 10)
    summary = "กิจกรรมของหน่วยงาน"
    body = factory.LazyAttribute(lambda o: f"<p>{o.summary}</p>")
