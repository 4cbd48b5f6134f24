"""The demo site against the real ITA 2566 catalogue and indicator pages.

Every item passes on the demo, and
breaking any required part of any item turns that item to fail with a message
naming the part.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Site

from ita_pages.core.catalogue import registry
from ita_pages.core.parts import spec
from ita_pages.readiness.checker import run_checks

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site():
    call_command("load_demo_site", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


def covered_items():
    return list(registry.get_catalogue(2566).items)


def test_demo_passes_every_covered_item_and_breaking_a_part_fails_it(demo_site):
    report = run_checks(demo_site, 2566)
    covered = {it.code: it for it in covered_items()}
    assert len(covered) == 43
    failing = {r.code: [p.message_th for p in r.problems] for r in report.items if r.status != "pass"}
    assert failing == {}
    assert report.all_pass

    # The command reports the same, as JSON (exit 1 while other apps' items are missing).
    out, code = io.StringIO(), 0
    try:
        call_command("ita_check", "--format", "json", stdout=out)
    except SystemExit as exc:
        code = exc.code
    assert code == 0
    data = json.loads(out.getvalue())
    assert data["year"] == 2566
    assert [i["status"] for i in data["items"]] == [r.status for r in report.items]
    assert {i["code"]: i["status"] for i in data["items"]}["O2"] == "pass"

    broken = {}
    for code, item in covered.items():
        model = registry.page_model(item.page_type)
        specs = getattr(model, "part_specs", None)
        if not specs:
            continue
        page = model.objects.live().get(pk=report.item(code).page_id)
        part = item.parts_for("lao")[0]
        spec(specs[part.key]).remove(page)
        try:
            page.save_revision().publish()  # skips validation, like content imported in code
        except ValidationError:
            continue  # the part is a required model field: no revision can lack it
        broken[code] = part
    assert len(broken) >= 30
    after = run_checks(demo_site, 2566)
    for code, part in broken.items():
        result = after.item(code)
        assert result.status == "fail", code
        messages = " ".join(p.message_th for p in result.problems if p.rule == "required-parts")
        assert part.label_th in messages, (code, part.key, messages)
