"""Labels never name an ITA item code: the NACC renumbers items every year.

A code in a model's or a field's verbose name, or in an API operation's summary,
would be wrong the year after; where a label needs the code it reads it from the
site's catalogue when it is shown.
"""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.utils import translation

from ita_pages.core.catalogue import registry

pytestmark = pytest.mark.django_db


def item_codes() -> re.Pattern:
    codes = {item.code for catalogue in registry.catalogues().values() for item in catalogue.items}
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, codes))) + r")\b")


# The runtime packages (the demo and the tests' own apps may name codes).
RUNTIME = ("ita_pages", "home", "search", "admin_th")


def project_models():
    for config in apps.get_app_configs():
        if config.name.split(".")[0] in RUNTIME:
            yield from config.get_models()


def labels():
    """(where, text) of every model and field verbose name of the project's own apps, in both languages."""
    for language in ("en", "th"):
        with translation.override(language):
            for model in project_models():
                yield model._meta.label, str(model._meta.verbose_name)
                for field in model._meta.get_fields():
                    if hasattr(field, "verbose_name"):
                        yield f"{model._meta.label}.{field.name}", str(field.verbose_name)


def test_no_verbose_name_names_an_item_code():
    codes = item_codes()
    found = [(where, text) for where, text in labels() if codes.search(text)]
    assert found == []


def test_the_eit_survey_setting_is_labelled_without_its_code():
    with translation.override("th"):
        assert str(apps.get_model("core", "EITSurveySettings")._meta.verbose_name) == "แบบสำรวจ EIT"


def test_no_api_operation_summary_names_an_item_code(client, site_th):
    codes = item_codes()
    schema = client.get("/api/openapi.json").json()
    summaries = [op.get("summary", "") for path in schema["paths"].values() for op in path.values()]
    assert any("Procurement announcements" in s for s in summaries)
    assert [s for s in summaries if codes.search(s)] == []
