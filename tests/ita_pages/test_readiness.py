"""The readiness report flags unpublished items and items whose period misses the year."""

import datetime as dt

import pytest

from home.demo_utils import add_validated_child
from ita_pages.catalogue import registry
from ita_pages.demo import build_page
from ita_pages.models import OperatingPlanPage
from ita_pages.readiness import index_readiness

pytestmark = pytest.mark.django_db


def test_readiness_lists_every_item_and_flags_a_wrong_period(ita_index):
    page = add_validated_child(
        ita_index, build_page(ita_index, OperatingPlanPage, registry.get_catalogue(2566).item("O11"))
    )
    report = {entry.code: entry for entry in index_readiness(ita_index)}
    assert len(report) == 43
    assert report["O11"].ready
    assert not report["O1"].published
    page.period_start, page.period_end = dt.date(2021, 10, 1), dt.date(2022, 9, 30)
    page.save_revision().publish()
    report = {entry.code: entry for entry in index_readiness(ita_index)}
    assert not report["O11"].ready
    assert "2566" in report["O11"].problems[0]
