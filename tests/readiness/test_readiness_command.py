"""`manage.py ita_check`: JSON shape, text output and exit status."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ita_check", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def two_items(site_th, use_catalogue, add_page):
    use_catalogue("O3", "O14")
    return add_page()


def test_json_shape_and_failure_exit_status(two_items):
    code, out, err = run("--format", "json", "--year", "2566")
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"site", "year", "items"}
    assert data["site"] == "localhost"
    assert data["year"] == 2566
    assert [i["code"] for i in data["items"]] == ["O3", "O14"]
    first, second = data["items"]
    assert set(first) == {"code", "status", "url", "problems"}
    assert first == {"code": "O3", "status": "pass", "url": two_items.get_full_url(), "problems": []}
    assert second["status"] == "missing"
    assert second["url"] is None
    assert set(second["problems"][0]) == {"rule", "message"}
    assert second["problems"][0]["rule"] == "live-page"
    assert err == ""  # no progress line when stderr is not a terminal


def test_exit_status_zero_when_everything_passes(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    add_page()
    code, out, _err = run("--year", "2566")
    assert code == 0
    assert "ผ่าน 1/1" in out
    assert "[PASS      ] O3" in out


def test_text_lists_problems_in_english_on_request(two_items):
    code, out, _err = run("--language", "en", "--year", "2566")
    assert code == 1
    assert "ITA 2566 (localhost): passed 1/2" in out
    assert "- live-page: There is no “Staff operating manual” page on this site yet" in out


def test_unknown_site_is_a_usage_error(two_items):
    with pytest.raises(CommandError) as excinfo:
        call_command("ita_check", "--site", "nowhere.example", stdout=io.StringIO())
    assert excinfo.value.returncode == 2


def test_site_by_hostname(two_items):
    code, out, _err = run("--site", "localhost", "--format", "json", "--year", "2566")
    assert json.loads(out)["site"] == "localhost"


def test_progress_goes_to_a_terminal_stderr(two_items):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out, err = io.StringIO(), Terminal()
    with pytest.raises(SystemExit):
        call_command("ita_check", "--format", "json", "--year", "2566", stdout=out, stderr=err)
    assert "[2/2] O14" in err.getvalue()
    json.loads(out.getvalue())  # stdout stays clean JSON
