"""The officer's case page reads as a Thai page: Buddhist Era dates, one label per field."""

import re

import pytest
from django.utils import timezone

from ita_pages.core import fiscal


@pytest.mark.django_db
def test_audit_log_dates_are_thai_and_the_two_texts_to_the_complainant_are_told_apart(officer_client, make_case):
    case, _code = make_case()
    html = officer_client.get(f"/admin/corruption-complaints/{case.pk}/").content.decode()
    audit = html[html.index('<table class="listing">') :]
    today = fiscal.format_thai_date(timezone.localdate())
    assert re.search(re.escape(today) + r" \d\d:\d\d<", audit), audit[:300]
    assert str(timezone.localdate().year) not in audit, "no Common Era year on a Thai page"
    labels = re.findall(r'<label for="id_(outcome_note|body)">([^<]+)</label>', html)
    assert len(labels) == 2 and labels[0][1] != labels[1][1], labels
