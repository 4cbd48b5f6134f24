"""Tests of admin_th: the fixes for Thai strings that bypass gettext upstream.

Why: each fix targets one upstream spot (Wagtail's workflow form label and
actions aria-label, wagtail-localize's compiled editor strings); these tests
fail if a fix stops applying, e.g. after an upgrade renames the markup.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

from tests.i18n.detector import untranslated

SCRIPT = Path(__file__).resolve().parents[2] / "admin_th" / "static" / "admin_th" / "js" / "localize-th.js"

FAKE_DOM_RUNNER = r"""
const nodes = JSON.parse(process.argv[2]);
const make = (text) => ({ textContent: text });
const h3s = nodes.h3.map(make), labels = nodes.sr.map(make);
const container = { querySelectorAll: (sel) => (sel === 'h3' ? h3s : labels) };
const thai = { Translate: 'แปล', 'More actions': 'การดำเนินการเพิ่มเติม' };
require(process.argv[1]);
const changed = globalThis.adminThFixLocalizeStrings(container, (s) => thai[s] || s);
console.log(JSON.stringify({ changed, h3: h3s.map((n) => n.textContent), sr: labels.map((n) => n.textContent) }));
"""


def test_workflow_page_field_label_is_translated():
    from wagtail.admin.forms.workflows import WorkflowPageForm

    with translation.override("th"):
        assert str(WorkflowPageForm().fields["page"].label) == "หน้าเว็บ"


@pytest.mark.django_db
def test_actions_landmark_and_workflow_form_have_no_english(editor_client, admin_content):
    html = editor_client.get(f"/admin/pages/{admin_content['home'].id}/edit/").content.decode()
    assert 'aria-label="การดำเนินการ" id="w-slim-header-buttons"' in html
    assert untranslated(editor_client.get("/admin/workflows/add/").content.decode()) == []


@pytest.mark.django_db
def test_localize_fix_script_is_loaded_in_admin(editor_client, admin_content):
    html = editor_client.get("/admin/").content.decode()
    assert "admin_th/js/localize-th.js" in html


def test_localize_script_rewrites_hard_coded_english():
    """Runs the real script under Node.js (/usr/bin/node) against a minimal fake DOM."""
    if shutil.which("node") is None:
        # Same policy as the browser tests: CI machines have Node.js; elsewhere say why.
        if os.environ.get("CI"):
            pytest.fail("Node.js is not installed (needed to run admin_th/js/localize-th.js)")
        pytest.skip("Node.js is not installed (needed to run admin_th/js/localize-th.js)")
    nodes = {"h3": ["ไทย to English translation", "ชื่อเรื่อง"], "sr": ["More actions", "ปิด"]}
    result = subprocess.run(
        ["node", "-e", FAKE_DOM_RUNNER, str(SCRIPT), json.dumps(nodes)],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(result.stdout)
    assert out == {
        "changed": 2,
        "h3": ["แปล ไทย → English", "ชื่อเรื่อง"],
        "sr": ["การดำเนินการเพิ่มเติม", "ปิด"],
    }


@pytest.mark.django_db
def test_listings_fixed_by_admin_th_are_thai(editor_client, admin_content, locale_en):
    from wagtail_localize.models import Translation, TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(admin_content["home"])
    Translation.objects.get_or_create(source=source, target_locale=locale_en)

    sites = editor_client.get("/admin/sites/").content.decode()
    for header in ("พอร์ต", "ชื่อเว็บไซต์", "หน้าเว็บระดับบนสุด"):
        assert header in sites
    assert untranslated(sites) == []

    locales = editor_client.get("/admin/locales/").content.decode()
    assert "หน้าเว็บ 1 หน้า" in locales
    assert " pages" not in locales

    users = editor_client.get("/admin/users/").content.decode()
    assert "True" not in users
    assert untranslated(users) == []

    report = editor_client.get("/admin/localize/reports/translations/").content.decode()
    assert "1 การแปล" in report
    assert "1 translation" not in report
