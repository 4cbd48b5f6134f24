"""The editor starts next year's ITA section in the Thai admin, at 1280 px and 375 px.

The stack offers the example later year (ITA_CATALOGUE_DIRS, see conftest): from the
ITA section's page header the editor opens "start a new ITA year", picks the year and
gets the Thai report (the view's own title in the header, each item by its codes and
its draft's title linked to the editor, English drafts beside it); the new index and
its items are drafts carried forward from 2566 in Thai and in English, each opening
with the note of what to update; last year's pages stay public as the archive in both
languages. Runs last (the file name) and removes the year it started, so the other
journeys see the demo as it was loaded.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

EDITOR = ("demo-editor", "demo-editor-2569")
NEW_YEAR = 2599
PATIENCE_MS = 90_000
expect.set_options(timeout=PATIENCE_MS)

REMOVE_YEAR = """
from ita_pages.items.models import ITAIndexPage
for index in ITAIndexPage.objects.filter(assessment_year={year}):
    index.delete()
"""


@pytest.fixture
def section(orm):
    from ita_pages.items.models import ITASectionPage

    return ITASectionPage.objects.get(locale__language_code="th")


@pytest.fixture
def forget_new_year(stack):
    yield
    stack.manage("shell", "-c", REMOVE_YEAR.format(year=NEW_YEAR))


def test_editor_starts_the_next_year_from_the_section(stack, desktop, login, shot, section, forget_new_year):
    desktop.context.set_default_timeout(PATIENCE_MS)
    desktop.context.set_default_navigation_timeout(PATIENCE_MS)
    login(desktop, *EDITOR)
    desktop.goto(f"{stack.url}/admin/pages/{section.pk}/")
    start = desktop.get_by_role("link", name="เริ่มปีประเมิน ITA ใหม่")
    if not start.is_visible():
        # Page header actions sit behind the header's "more" toggle.
        desktop.locator("header [data-controller='w-dropdown'] button").first.click()
    start.click()
    expect(desktop.locator("h1")).to_contain_text("เริ่มปีประเมิน ITA ใหม่")
    expect(desktop.locator("[data-w-breadcrumbs] li").last).to_contain_text("เริ่มปีประเมิน ITA ใหม่")
    form = desktop.locator("[data-ita-new-year-form]")
    form.locator("select[name=year]").select_option(str(NEW_YEAR))
    shot(desktop, "01-choose-year")
    form.locator("button[type=submit]").click()

    report = desktop.locator("[data-ita-rollover-report]")
    expect(report).to_contain_text(str(NEW_YEAR))
    shot(desktop, "02-report")
    assert report.locator("li").count() > 5
    # The header still names the view (not the admin home) after the post.
    expect(desktop.locator("[data-w-breadcrumbs] li").last).to_contain_text("เริ่มปีประเมิน ITA ใหม่")
    merged_row = report.locator("[data-ita-rollover-row]", has_text="O34 + O35 → O23")
    edit_link = merged_row.locator("[data-ita-rollover-edit]")
    expect(edit_link).to_have_attribute("href", re.compile(r"/admin/pages/\d+/edit/"))
    expect(merged_row.locator("[data-ita-rollover-translation]")).to_contain_text("Corruption risk assessment")
    assert "/ita/2599/" not in report.inner_text()

    # The merged item (O23 continues 2566's O34 and O35) opens as a draft with its note.
    from ita_pages.items.models import ITAIndexPage

    index = ITAIndexPage.objects.get(assessment_year=NEW_YEAR, locale__language_code="th")
    assert not index.live
    drafts = list(index.get_children().specific())
    assert drafts and not any(page.live for page in drafts)
    merged = next(page for page in drafts if page.slug == "o23")
    # The English tree has the year too: draft translations of the Thai drafts.
    english = ITAIndexPage.objects.get(assessment_year=NEW_YEAR, locale__language_code="en")
    assert not english.live and english.translation_key == index.translation_key
    english_drafts = {page.translation_key: page for page in english.get_children()}
    assert merged.translation_key in english_drafts
    assert not any(page.live for page in english_drafts.values())
    edit_link.click()
    desktop.wait_for_url(re.compile(rf"/admin/pages/{merged.pk}/edit/"))
    expect(desktop.get_by_text("ร่างนี้ยกยอดมาจากปีที่แล้ว", exact=False).first).to_be_visible()
    shot(desktop, "03-carried-forward-draft")

    # Citizens and assessors still find last year's section; the new year is not public yet.
    archive = desktop.context.new_page()
    for language in ("th", "en"):
        assert archive.goto(f"{stack.url}/{language}/ita/2566/o34/").status == 200
        assert archive.goto(f"{stack.url}/{language}/ita/{NEW_YEAR}/").status == 404
    archive.close()


def test_the_same_flow_fits_a_phone(stack, phone, login, shot, section, forget_new_year):
    phone.context.set_default_timeout(PATIENCE_MS)
    phone.context.set_default_navigation_timeout(PATIENCE_MS)
    login(phone, *EDITOR)
    phone.goto(f"{stack.url}/admin/ita/{section.pk}/new-year/")
    expect(phone.locator("[data-w-breadcrumbs] li").last).to_contain_text("เริ่มปีประเมิน ITA ใหม่")
    form = phone.locator("[data-ita-new-year-form]")
    form.locator("select[name=year]").select_option(str(NEW_YEAR))
    shot(phone, "04-phone-choose-year")
    form.locator("button[type=submit]").click()
    report = phone.locator("[data-ita-rollover-report]")
    expect(report).to_contain_text(str(NEW_YEAR))
    expect(phone.locator("[data-w-breadcrumbs] li").last).to_contain_text("เริ่มปีประเมิน ITA ใหม่")
    shot(phone, "05-phone-report")
    # Nothing in the report widens the page past the phone's screen.
    assert phone.evaluate("document.querySelector('.ita-new-year').scrollWidth") <= 375
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
