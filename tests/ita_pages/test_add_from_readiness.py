"""Every ITA item can be started from the readiness report, as the demo editor meets it.

For each item of the catalogue, on a site whose ITA index has no item pages yet: the
report offers "add the page"; the create form it opens has the catalogue's title and
slug filled in; publishing it empty is refused with a Thai message naming every part
the assessor looks for (and, for the monthly items, every month). The pages other apps
serve (news, Q&A, E-Service, announcements, complaints) hold their content elsewhere
(child pages, feeds, cases), so they may publish empty; the report then says in Thai
what is still missing.
"""

from __future__ import annotations

import html as html_lib
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from demo.site import ensure_accounts
from ita_pages.core.catalogue import registry
from ita_pages.core.fiscal import FiscalYear, format_thai_month
from ita_pages.items.models import IndicatorPage
from tests.accounts import sign_in
from tests.ita_pages.admin_posts import stream_fields

pytestmark = pytest.mark.django_db

YEAR = 2566
CATALOGUE = registry.get_catalogue(YEAR)
# Complete as soon as they exist: O28 and O29 draw on the complaint cases, O5 shows the
# contact facts kept once in the agency profile (which the demo fills).
SELF_FILLED = {"O5", "O28", "O29"}
FIRST_HALF = ", ".join(format_thai_month(y, m) for y, m in FiscalYear(YEAR).first_half_months())


def report_rows(client) -> dict[str, str]:
    """item code → the HTML of its row on the readiness report (the <tr> tag included)."""
    page = client.get(reverse("readiness_report"), {"refresh": "1"}).content.decode()
    return {code: row for row, code in re.findall(r'(<tr data-ita-item="(O\d+)".*?</tr>)', page, re.S)}


def add_link(row: str) -> str | None:
    match = re.search(r'<a class="button button-small" href="([^"]+)">', row)
    return html_lib.unescape(match.group(1)) if match else None


def empty_publish(client, url: str, model):
    """The create form as drawn, posted with every stream left empty and "publish"."""
    form_html = client.get(url).content.decode()
    data = querydict_from_html(form_html, form_id="page-edit-form")
    for field in stream_fields(model):
        data[f"{field.name}-count"] = "0"
    data["action-publish"] = "action-publish"
    return form_html, client.post(url, data)


@pytest.fixture
def editor(client, ita_index):
    ensure_accounts()
    sign_in(client, get_user_model().objects.get(username="demo-editor"))
    return client


def test_every_item_starts_from_the_report_prefilled_and_publishing_empty_names_what_is_missing(editor):
    from django.apps import apps

    rows = report_rows(editor)
    assert sorted(rows) == sorted(item.code for item in CATALOGUE.items)
    problems = []
    for item in CATALOGUE.items:
        model = apps.get_model(item.app_label, item.model_name)
        url = add_link(rows[item.code])
        if url is None:
            problems.append(f"{item.code}: no add link")
            continue
        form_html, response = empty_publish(editor, url, model)
        form = querydict_from_html(form_html, form_id="page-edit-form")
        if form.get("title") != item.title_th or form.get("slug") != item.slug:
            problems.append(f"{item.code}: form starts with {form.get('title')!r} / {form.get('slug')!r}")
        text = html_lib.unescape(response.content.decode())
        if "Validation error in StreamBlock" in text:  # Wagtail's English placeholder
            problems.append(f"{item.code}: the error summary says 'Validation error in StreamBlock'")
        if issubclass(model, IndicatorPage) and item.code not in SELF_FILLED:
            if response.status_code != 200:
                problems.append(f"{item.code}: empty page answered {response.status_code}")
                continue
            for part in item.parts_for("lao"):  # the demo agency is a local administration
                if f"ยังขาดส่วนที่ต้องมี: {part.label_th}" not in text:
                    problems.append(f"{item.code}: no message names {part.label_th}")
            if item.code in ("O16", "O21") and f"เดือนที่ยังไม่มีข้อมูล: {FIRST_HALF}" not in text:
                problems.append(f"{item.code}: the missing months are not named")
        elif response.status_code >= 500:
            problems.append(f"{item.code}: HTTP {response.status_code}")
    assert problems == []

    # Every item is on the report with what it still misses, in Thai, except those whose
    # page alone is the evidence (SELF_FILLED).
    rows = report_rows(editor)
    for item in CATALOGUE.items:
        row = rows[item.code]
        if item.code in SELF_FILLED:
            if 'data-status="pass"' not in row:
                problems.append(f"{item.code}: the page alone should pass")
        elif 'data-status="pass"' in row:
            problems.append(f"{item.code}: an empty page passes")
        elif "<li" not in row or not re.search(r"[\u0e00-\u0e7f]", row):
            problems.append(f"{item.code}: no Thai problem shown")
    assert problems == []
