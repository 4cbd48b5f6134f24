"""The O29 page: counts from the cases across month and quarter boundaries, nil statement, chart."""

import datetime
import re

import pytest

from ita_pages.channels.complaints.models import CaseStatus, CorruptionCase
from ita_pages.channels.complaints.report import statistics_for_site


def numbers(html: str) -> list[str]:
    return [
        re.search(rf'data-testid="{name}">(\d+)<', html).group(1) for name in ("total", "completed", "in-progress")
    ]


def put_case(make_case, received, completed=None):
    case, _code = make_case()
    case.received_on = received
    if completed:
        case.set_status(CaseStatus.COMPLETED, today=completed)
        case.outcome = "referred"
    case.save()
    return case


@pytest.mark.django_db
def test_nil_statement_when_there_are_no_complaints(client, statistics_page):
    html = client.get(statistics_page.url).content.decode()
    assert "ไม่มีเรื่องร้องเรียน" in html
    assert numbers(html) == ["0", "0", "0"]
    assert "<svg" in html and "ปีงบประมาณ พ.ศ. 2566" in html


@pytest.mark.django_db
def test_counts_per_month_and_quarter_across_boundaries(client, make_case, statistics_page, site_th):
    put_case(make_case, datetime.date(2022, 9, 30))  # fiscal 2565: outside
    put_case(make_case, datetime.date(2022, 12, 31), completed=datetime.date(2023, 1, 2))
    put_case(make_case, datetime.date(2023, 1, 1))
    put_case(make_case, datetime.date(2023, 3, 31), completed=datetime.date(2023, 3, 31))
    put_case(make_case, datetime.date(2023, 4, 1))
    put_case(make_case, datetime.date(2023, 10, 1))  # fiscal 2567: outside

    months = statistics_for_site(site_th, 2566, "month", as_of=datetime.date(2024, 1, 1))
    assert [(row.total, row.completed, row.in_progress) for row in months.rows][2:7] == [
        (1, 1, 0),  # December 2565 (BE)
        (1, 0, 1),  # January 2566
        (0, 0, 0),
        (1, 1, 0),  # March
        (1, 0, 1),  # April
    ]
    assert months.rows[2].label == "ธันวาคม 2565" and months.rows[3].label == "มกราคม 2566"
    quarters = statistics_for_site(site_th, 2566, "quarter", as_of=datetime.date(2024, 1, 1))
    assert [(row.total, row.completed, row.in_progress) for row in quarters.rows] == [
        (1, 1, 0),
        (2, 1, 1),
        (1, 0, 1),
        (0, 0, 0),
    ]
    assert quarters.rows[0].label.startswith("ไตรมาสที่ 1")
    # Counted as of an earlier day, the December case was still in progress.
    early = statistics_for_site(site_th, 2566, "quarter", as_of=datetime.date(2023, 1, 1))
    assert (early.rows[0].completed, early.rows[0].in_progress) == (0, 1)

    statistics_page.period_kind = "quarter"
    statistics_page.save_revision().publish()
    html = client.get(statistics_page.url).content.decode()
    assert "ไม่มีเรื่องร้องเรียน" not in html
    assert numbers(html) == ["4", "2", "2"]
    assert "ไตรมาสที่ 2" in html
    # The monthly and half-yearly breakdowns are shown as well.
    assert "ธันวาคม 2565" in html and "ครึ่งปีแรก" in html


@pytest.mark.django_db
def test_only_the_site_cases_and_only_three_numbers_are_published(client, make_case, statistics_page):
    put_case(make_case, datetime.date(2023, 2, 14))
    html = client.get(statistics_page.url).content.decode()
    case = CorruptionCase.objects.get()
    assert case.subject not in html
    assert numbers(html) == ["1", "0", "1"]


@pytest.mark.django_db
def test_fiscal_year_defaults_to_the_site_assessment_year(statistics_page, site_th):
    import dataclasses

    from ita_pages.core.catalogue import registry
    from ita_pages.items.models import ITASettings

    statistics_page.fiscal_year = None
    assert statistics_page.effective_fiscal_year(site_th) == ITASettings.for_site(site_th).assessment_year
    settings = ITASettings.for_site(site_th)
    settings.assessment_year = 2567
    settings.save()
    assert statistics_page.effective_fiscal_year(site_th) == 2566  # no 2567 catalogue: the default year
    with registry.override_catalogue(dataclasses.replace(registry.get_catalogue(2566), year=2567)):
        assert statistics_page.effective_fiscal_year(site_th) == 2567
    statistics_page.fiscal_year = 2568
    assert statistics_page.effective_fiscal_year(site_th) == 2568


def test_chart_escapes_labels():
    from ita_pages.channels.complaints.chart import bar_chart_svg
    from ita_pages.channels.complaints.report import Report, ReportRow

    report = Report(2566, "month", [ReportRow("<script>x</script>", "<b>", 2, 1, 1)], 2, 1, 1, datetime.date.today())
    svg = str(bar_chart_svg(report))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;" in svg


@pytest.mark.django_db
def test_statistics_page_queries_do_not_grow_with_cases(
    client, make_case, statistics_page, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    put_case(make_case, datetime.date(2023, 1, 1))
    client.get(statistics_page.url)
    with CaptureQueriesContext(connection) as one:
        client.get(statistics_page.url)
    for day in range(2, 8):
        put_case(make_case, datetime.date(2023, 1, day))
    with django_assert_max_num_queries(len(one)):
        response = client.get(statistics_page.url)
    assert numbers(response.content.decode()) == ["7", "0", "7"]


def test_the_period_is_the_counted_fiscal_year(statistics_page, site_th):
    statistics_page.fiscal_year = 2566
    period = statistics_page.period
    assert (period.start, period.end) == (datetime.date(2022, 10, 1), datetime.date(2023, 9, 30))
