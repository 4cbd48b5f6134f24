"""The catalogues and the page types cannot drift apart: every part of every year has a place.

Why a test of its own: a renamed block child or a new part in next year's file must
stop start-up with a message naming the file, the item and the part, not show up as
an item that an assessor fails.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Page

from ita_pages.core.catalogue import CatalogueError, registry
from ita_pages.core.parts import Custom, Dated, spec

BUILTIN = registry.BUILTIN_DIR / "ita-2566.toml"


@pytest.fixture(autouse=True)
def _fresh_registry():
    registry.reset()
    yield
    registry.reset()


@pytest.fixture
def extra_year(tmp_path, settings):
    """Install a copy of the 2566 file as year 2567, changed by ``edit(text) -> text``."""

    def install(edit):
        text = edit(BUILTIN.read_text(encoding="utf-8").replace("year = 2566", "year = 2567"))
        (tmp_path / "ita-2567.toml").write_text(text, encoding="utf-8")
        settings.ITA_CATALOGUE_DIRS = [str(tmp_path)]
        registry.reset()

    return install


def test_every_part_of_every_catalogue_maps_to_its_page_type():
    checked = 0
    for catalogue in registry.catalogues().values():
        for item in catalogue.items:
            model = registry.page_model(item.page_type)
            assert issubclass(model, Page), item.code
            specs = model.part_specs
            assert {p.key for p in item.parts} <= set(specs), (catalogue.year, item.code)
            for part in item.parts:
                part_spec = spec(specs[part.key])
                assert registry.spec_problem(model, part_spec) is None, (catalogue.year, item.code, part.key)
                if not isinstance(part_spec, (Custom, Dated)):
                    model._meta.get_field(part_spec.field)
                checked += 1
    assert checked >= 43
    assert registry.page_type_problems() == []


def test_a_path_to_a_renamed_block_child_is_named():
    model = apps.get_model("ita_pages", "ExecutivesPage")
    assert registry.spec_problem(model, "body.person.photo") is None
    assert registry.spec_problem(model, "body.person.signature") == (
        "'body.person.signature': 'body.person' has no block 'signature'"
    )
    assert registry.spec_problem(model, "body.leader") == "'body.leader': 'body' has no block 'leader'"
    assert registry.spec_problem(model, "bodies.person") == "no field 'bodies'"
    assert registry.spec_problem(model, "intro.person") == "'intro.person': 'intro' is not a stream field"
    assert registry.spec_problem(model, "body.person[rank=top]") == (
        "'body.person[rank=top]': 'body.person' has no child 'rank' to filter on"
    )


def test_a_part_the_page_type_does_not_know_is_refused_naming_file_item_and_part(extra_year):
    extra_year(lambda text: text.replace('key = "map"', 'key = "fax"', 1))
    with pytest.raises(CatalogueError) as exc:
        registry.check_page_types()
    assert str(exc.value).startswith("ita-2567.toml: item O5 part fax: field 'key': ita_pages.ContactPage")


def test_a_page_type_that_does_not_say_where_parts_live_is_refused(extra_year):
    extra_year(lambda text: text.replace('page_type = "ita_pages.DutiesPage"', 'page_type = "wagtailcore.Page"'))
    with pytest.raises(CatalogueError) as exc:
        registry.check_page_types()
    assert str(exc.value) == (
        "ita-2567.toml: item O3: field 'page_type': wagtailcore.Page does not say where its parts live (part_specs)"
    )


def test_start_up_refuses_a_drifted_catalogue(extra_year):
    extra_year(lambda text: text.replace('key = "map"', 'key = "fax"', 1))
    with pytest.raises(ImproperlyConfigured, match=r"^ITA catalogue: ita-2567.toml: item O5 part fax"):
        apps.get_app_config("ita_pages").ready()


def test_every_problem_is_listed_not_only_the_first(extra_year):
    extra_year(
        lambda text: text.replace('key = "map"', 'key = "fax"', 1).replace(
            'page_type = "ita_pages.DutiesPage"', 'page_type = "wagtailcore.Page"'
        )
    )
    problems = [str(p) for p in registry.page_type_problems()]
    assert len(problems) == 2
    assert any(p.startswith("ita-2567.toml: item O5 part fax") for p in problems)
    assert any(p.startswith("ita-2567.toml: item O3: field 'page_type'") for p in problems)
