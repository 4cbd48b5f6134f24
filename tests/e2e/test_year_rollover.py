"""The editor starts next year's ITA section in the Thai admin, at 1280 px, as demo-editor.

The stack offers the example later year (ITA_CATALOGUE_DIRS, see conftest): from the
ITA section's page header the editor opens "start a new ITA year", picks the year and
gets the Thai report; the new index and its items are drafts carried forward from
2566, each opening with the note of what to update; last year's pages stay public as
the archive. Runs last (the file name) and removes the year it started, so the other
journeys see the demo as it was loaded.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

EDITOR = ("demo-editor", "demo-editor-2569")
NEW_YEAR = 2599
PATIENCE_MS = 90_000
expect.set_options(timeout=PATIENCE_MS)

REMOVE_YEAR = """
from ita_pages.models import ITAIndexPage
for index in ITAIndexPage.objects.filter(assessment_year={year}):
    index.delete()
"""


@pytest.fixture
def section(orm):
    from ita_pages.models import ITASectionPage

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
    form = desktop.locator("[data-ita-new-year-form]")
    form.locator("select[name=year]").select_option(str(NEW_YEAR))
    shot(desktop, "01-choose-year")
    form.locator("button[type=submit]").click()

    report = desktop.locator("[data-ita-rollover-report]")
    expect(report).to_contain_text(str(NEW_YEAR))
    shot(desktop, "02-report")
    assert report.locator("li").count() > 5

    # The merged item (O23 continues 2566's O34 and O35) opens as a draft with its note.
    from ita_pages.models import ITAIndexPage

    index = ITAIndexPage.objects.get(assessment_year=NEW_YEAR, locale__language_code="th")
    assert not index.live
    drafts = list(index.get_children().specific())
    assert drafts and not any(page.live for page in drafts)
    merged = next(page for page in drafts if page.slug == "o23")
    desktop.goto(f"{stack.url}/admin/pages/{merged.pk}/edit/")
    expect(desktop.get_by_text("ร่างนี้ยกยอดมาจากปีที่แล้ว", exact=False).first).to_be_visible()
    shot(desktop, "03-carried-forward-draft")

    # Citizens and assessors still find last year's section; the new year is not public yet.
    archive = desktop.context.new_page()
    assert archive.goto(f"{stack.url}/th/ita/2566/o34/").status == 200
    assert archive.goto(f"{stack.url}/th/ita/{NEW_YEAR}/").status == 404
    archive.close()
