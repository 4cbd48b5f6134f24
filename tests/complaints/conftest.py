"""Fixtures for the complaint channels: the three pages, officers and outsiders."""

import uuid

import pytest
from django.contrib.auth.models import Group

from ita_pages.channels.complaints import services
from ita_pages.channels.complaints.models import (
    OFFICER_GROUP_NAME,
    ComplaintStatisticsPage,
    CorruptionComplaintPage,
    GeneralComplaintPage,
)
from ita_pages.core.publish import add_validated_child
from tests.accounts import admin_person, sign_in


@pytest.fixture
def corruption_page(site_th):
    return add_validated_child(
        site_th.root_page.specific,
        CorruptionComplaintPage(
            title="แจ้งเรื่องร้องเรียนการทุจริต",
            slug="corruption-complaints",
            protection_notice="<p>ข้อมูลผู้ร้องเรียนเป็นความลับ</p>",
        ),
    )


@pytest.fixture
def general_page(site_th):
    return add_validated_child(
        site_th.root_page.specific, GeneralComplaintPage(title="ร้องเรียนทั่วไป", slug="general-complaints")
    )


@pytest.fixture
def statistics_page(site_th):
    return add_validated_child(
        site_th.root_page.specific,
        ComplaintStatisticsPage(title="สถิติเรื่องร้องเรียน", slug="complaint-statistics", fiscal_year=2566),
    )


def _admin_user(django_user_model, username, *, superuser=False, groups=()):
    return admin_person(username, superuser=superuser, groups=groups)


@pytest.fixture
def officer_group(db):
    return Group.objects.get(name=OFFICER_GROUP_NAME)


@pytest.fixture
def officer(django_user_model, officer_group, site_th):
    return _admin_user(django_user_model, "kittipong.k", groups=[officer_group])


@pytest.fixture
def officer_client(client, officer):
    sign_in(client, officer)
    return client


@pytest.fixture
def outsider_superuser(django_user_model, site_th):
    return _admin_user(django_user_model, "boss", superuser=True)


@pytest.fixture
def outsider_editor(django_user_model, site_th):
    editors = Group.objects.get(name="Editors")
    return _admin_user(django_user_model, "editor", groups=[editors])


@pytest.fixture
def make_case(site_th, corruption_page):
    """File a case through the service; returns (case, receipt code)."""

    def make(subject="ผู้อำนวยการกองคลังรับเงินใต้โต๊ะ", description="รายละเอียด", files=(), **extra):
        data = {"subject": subject, "description": description, **extra}
        return services.file_corruption_complaint(site=site_th, page=corruption_page, data=data, files=files)

    return make


@pytest.fixture(autouse=True)
def private_rate_limit_cache(monkeypatch):
    """Rate-limit counters per test: the suite runs on two workers sharing one Redis,
    and every test client comes from 127.0.0.1, so shared counters would leak."""
    from django.core.cache.backends.locmem import LocMemCache

    from ita_pages.channels import protection

    private = LocMemCache(f"rate-limit-{uuid.uuid4()}", {})
    monkeypatch.setattr(protection, "cache", private)
    return private
