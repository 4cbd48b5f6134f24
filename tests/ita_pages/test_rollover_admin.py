"""The admin action "start a new ITA year": the button, the permission and the notes on drafts."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from ita_pages.items.models import ExecutivesPage, ITAIndexPage
from tests.accounts import sign_in
from tests.ita_pages.rollover_helpers import EXAMPLE_YEAR, example_catalogue, publish_2566

pytestmark = pytest.mark.django_db


def last_crumb(html: str) -> str:
    """The text of the breadcrumbs' last item: what the slim header shows as the page's name."""
    crumbs = html.split("data-w-breadcrumbs ", 1)[1].split("</ol>", 1)[0]
    last = crumbs.rsplit("<li", 1)[1].split(">", 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", last)).strip()


@pytest.fixture
def example():
    with example_catalogue() as catalogue:
        yield catalogue


@pytest.fixture
def section(ita_index):
    publish_2566(ita_index, "O2")
    return ita_index.get_parent().specific


@pytest.fixture
def viewer_client(client, django_user_model, section):
    """An admin user who may edit the ITA section but not add pages under it."""
    user = django_user_model.objects.create_user("viewer", "viewer@example.org", "password")
    group = Group.objects.create(name="viewers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=section, permission=Permission.objects.get(codename="change_page")
    )
    user.groups.add(group)
    sign_in(client, user)
    return client


def test_the_section_offers_the_action_in_thai(example, section, editor_client):
    url = reverse("ita_new_year", args=[section.pk])
    for page in (section, ITAIndexPage.objects.get(assessment_year=2566)):
        html = editor_client.get(reverse("wagtailadmin_explore", args=[page.pk])).content.decode()
        assert url in html, page
        assert "เริ่มปีประเมิน ITA ใหม่" in html
    form = editor_client.get(url).content.decode()
    assert f'<option value="{EXAMPLE_YEAR}">' in form and '<option value="2566">' not in form


def test_starting_a_year_from_the_admin_creates_the_drafts_and_reports(example, section, editor_client):
    url = reverse("ita_new_year", args=[section.pk])
    response = editor_client.post(url, {"year": EXAMPLE_YEAR})
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-ita-rollover-report" in html
    index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR)
    assert not index.live
    draft = ExecutivesPage.objects.child_of(index).get()
    assert not draft.live and draft.get_latest_revision().user.username == "lead-editor"
    assert "ยกยอดร่างจาก O2" in html
    # The report names the draft by codes and title, linked to its editor; no tree paths.
    edit_link = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert f'<a href="{edit_link}" data-ita-rollover-edit>{draft.title}</a>' in html
    assert "O2 → O2" in html and index.url_path not in html
    # The header is this view's own, under the section it was started from, before and after the post.
    for page in (html, editor_client.get(url).content.decode()):
        crumbs = last_crumb(page)
        assert "เริ่มปีประเมิน ITA ใหม่" in crumbs and "หน้าแรก" not in crumbs
        assert f'href="{reverse("wagtailadmin_explore", args=[section.pk])}"' in page
        assert re.search(r"<h1 class=\"w-sr-only\">\s*เริ่มปีประเมิน ITA ใหม่\s*</h1>", page)

    # Opening the draft shows what to update, in the editor's language.
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert "ยกยอดมาจากปีที่แล้ว" in edit
    assert "วาระการดำรงตำแหน่ง" in edit

    # Again: nothing is overwritten, the year is no longer offered.
    again = editor_client.post(url, {"year": EXAMPLE_YEAR}).content.decode()
    assert ExecutivesPage.objects.child_of(index).count() == 1
    assert f'<option value="{EXAMPLE_YEAR}">' not in again


def test_a_bad_year_is_refused_with_a_message(example, section, editor_client):
    response = editor_client.post(reverse("ita_new_year", args=[section.pk]), {"year": "2600"})
    assert response.status_code == 400
    assert "data-ita-rollover-error" in response.content.decode()
    assert not ITAIndexPage.objects.filter(assessment_year=2600).exists()


def test_only_users_who_may_add_under_the_section_get_the_action(example, section, viewer_client):
    url = reverse("ita_new_year", args=[section.pk])
    # The admin turns a refusal into a redirect to its home page with a message.
    assert viewer_client.get(url)["Location"] == reverse("wagtailadmin_home")
    assert viewer_client.post(url, {"year": EXAMPLE_YEAR})["Location"] == reverse("wagtailadmin_home")
    assert not ITAIndexPage.objects.filter(assessment_year=EXAMPLE_YEAR).exists()
    explorer = viewer_client.get(reverse("wagtailadmin_explore", args=[section.pk]))
    assert explorer.status_code == 200
    assert section.title in explorer.content.decode() and url not in explorer.content.decode()
