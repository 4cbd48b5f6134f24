"""Fixtures every test area shares: locales, a Thai site with an English twin, clients."""

import os

import pytest
from django.core.cache import cache

from tests.accounts import sign_in

# The journeys run against their own server stack (`make e2e`), never inside the unit suite.
collect_ignore = [] if os.environ.get("E2E") else ["e2e"]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached fragments must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locale_th(db):
    from demo.site import ensure_locales

    return ensure_locales()[0]


@pytest.fixture
def locale_en(db):
    from demo.site import ensure_locales

    return ensure_locales()[1]


@pytest.fixture
def home_th(locale_th):
    from demo.site import ensure_homepage

    return ensure_homepage(locale_th)


@pytest.fixture
def home_en(home_th, locale_en):
    from demo.site import ensure_english

    return ensure_english(home_th, locale_en)


@pytest.fixture
def site_th(home_th, home_en):
    """The default Site, rooted at a Thai HomePage that has a live English translation."""
    from demo.site import ensure_profile, ensure_site

    site = ensure_site(home_th)
    ensure_profile(site)
    return site


@pytest.fixture
def superuser(db, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("lead-editor", "lead@example.org", "password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "th"
    profile.save()
    return user


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, past the second sign-in step every superuser takes."""
    return sign_in(client, admin_user)


@pytest.fixture
def editor_client(client, superuser):
    """A client logged in as a superuser whose admin language is Thai."""
    sign_in(client, superuser)
    return client


@pytest.fixture
def eservice_th(site_th):
    """A published E-Service page (O18) under the Thai homepage, validated as editors' pages are."""
    from demo.factories import EServicePageFactory

    return EServicePageFactory(
        parent=site_th.root_page,
        title="บริการออนไลน์",
        intro="",
        services__0__service__name="แจ้งซ่อม",
        services__0__service__description="ออนไลน์",
        services__0__service__url="https://example.org/",
    )
