"""One public address per site: how it is set, where it is used, and the check that guards it."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from config import checks
from config.addresses import absolute_url, address_parts, base_url, set_address

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "address,parts",
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://127.0.0.1:8000/", ("127.0.0.1", 8000)),
        ("https://agency.example", ("agency.example", 443)),
        ("http://agency.example", ("agency.example", 80)),
        ("agency.example:8080", ("agency.example", 8080)),
    ],
)
def test_address_parts(address, parts):
    assert address_parts(address) == parts


@pytest.mark.parametrize(
    "address",
    ["ftp://agency.example", "https://agency.example:8443", "http://agency.example:443", "http://x.example/th/", ""],
)
def test_addresses_a_site_cannot_have_are_refused(address):
    with pytest.raises(ValueError):
        address_parts(address)


def test_base_and_absolute_urls_follow_the_site_record(site_th):
    set_address(site_th, "https://agency.example")
    site = Site.objects.get(pk=site_th.pk)
    assert base_url(site) == "https://agency.example"
    assert absolute_url(site, "/th/qa/") == "https://agency.example/th/qa/"
    assert absolute_url(site, "https://other.example/x") == "https://other.example/x"
    set_address(site, "http://127.0.0.1:8123")
    assert absolute_url(site, "/api/v2/pages/3/") == "http://127.0.0.1:8123/api/v2/pages/3/"


def test_load_demo_site_refuses_an_unusable_address(db):
    with pytest.raises(CommandError, match="443"):
        call_command("load_demo_site", "--address", "https://agency.example:8443", stdout=StringIO())
    assert not Site.objects.exclude(root_page__content_type__model="page").exists()  # nothing was built


def warnings():
    return [message for message in checks.check_site_addresses(None) if message.id == "config.W001"]


def test_check_warns_in_production_for_a_site_on_localhost(site_th, settings):
    settings.DEBUG = False
    assert (site_th.hostname, site_th.port) == ("localhost", 80)
    found = warnings()
    assert [message.obj for message in found] == [site_th]
    assert "http://localhost" in found[0].msg and "Settings → Sites" in found[0].hint
    set_address(site_th, "http://127.0.0.1:8000")
    assert len(warnings()) == 1
    set_address(site_th, "https://agency.example")
    assert warnings() == []


def test_check_is_silent_in_development_and_for_wagtails_placeholder_site(db, settings):
    # Wagtail's first migration leaves a "localhost" Site on its placeholder page.
    placeholder = Site.objects.get(is_default_site=True)
    assert (placeholder.hostname, type(placeholder.root_page.specific)) == ("localhost", Page)
    settings.DEBUG = False
    assert warnings() == []


def test_check_is_silent_on_localhost_in_development(site_th, settings):
    settings.DEBUG = True
    assert warnings() == []


def test_deploy_check_passes_on_an_empty_database():
    """`make lint`'s production check: no tables at all must neither crash nor warn."""
    env = {
        **os.environ,
        "DATABASE_URL": "sqlite://:memory:",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "lint-only-" + "0" * 60 + "x",
        "ALLOWED_HOSTS": "example.org",
        "COMPLAINT_ENCRYPTION_KEYS": "bGludC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
    }
    env.pop("REDIS_URL", None)
    # Browser tests in the same process allow async-unsafe ORM calls; a deployment never does.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "config.W001" not in result.stdout + result.stderr


def test_answer_notice_links_to_the_public_address(site_th):
    from ita_pages.channels.qa.models import QAPage, Question, QuestionStatus
    from ita_pages.channels.qa.services import notify_if_answered
    from ita_pages.core.publish import add_validated_child

    set_address(site_th, "https://agency.example")
    page = add_validated_child(site_th.root_page.specific, QAPage(title="ถาม-ตอบ", slug="qa", intro="<p>ถามได้ที่นี่</p>"))
    question = Question.objects.create(
        page=page,
        display_name="ผู้ถาม",
        question="ถามอะไร",
        email="asker@example.org",
        status=QuestionStatus.ANSWERED,
        answer="ตอบแล้ว",
    )
    assert notify_if_answered(question)
    assert "https://agency.example/th/qa/follow/" in mail.outbox[0].body
