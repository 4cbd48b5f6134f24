"""Catalogues are loaded and cross-checked with the page types when Django starts,
and one function answers which year applies to a site."""

import dataclasses
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from ita_pages.core.catalogue import CatalogueError, load_catalogue, registry

BUILTIN = registry.BUILTIN_DIR / "ita-2566.toml"


@pytest.fixture(autouse=True)
def _fresh_registry():
    registry.reset()
    yield
    registry.reset()


@pytest.fixture
def second_year(tmp_path, settings):
    """A copy of the 2566 catalogue as year 2567, installed through ITA_CATALOGUE_DIRS."""
    text = BUILTIN.read_text(encoding="utf-8").replace("year = 2566", "year = 2567")
    (tmp_path / "ita-2567.toml").write_text(text, encoding="utf-8")
    settings.ITA_CATALOGUE_DIRS = [str(tmp_path)]
    registry.reset()
    return 2567


def test_builtin_catalogue_matches_the_installed_page_types():
    registry.check_page_types()
    assert registry.available_years() == [2566]
    assert registry.get_catalogue().year == 2566
    assert registry.get_catalogue(2566).year == 2566


def test_an_unknown_year_is_a_key_error_naming_the_known_years():
    with pytest.raises(KeyError, match="no ITA catalogue for 1999 \\(known: 2566\\)"):
        registry.get_catalogue(1999)


def test_extra_directories_add_years_in_order(second_year):
    assert registry.available_years() == [2566, 2567]
    assert list(registry.catalogues()) == [2566, 2567]
    assert registry.get_catalogue(2567).year == 2567


def test_default_year_comes_from_settings(settings, second_year):
    assert registry.default_year() == 2566
    settings.ITA_DEFAULT_YEAR = 2567
    assert registry.default_year() == 2567
    assert registry.get_catalogue().year == 2567


def test_assessment_year_is_the_sites_setting_when_a_catalogue_has_it(site_th, second_year):
    from ita_pages.items.models import ITASettings

    assert registry.assessment_year(site_th) == 2566
    ITASettings.objects.filter(site=site_th).update(assessment_year=2567)
    assert registry.assessment_year(site_th) == 2567
    assert registry.catalogue_for_site(site_th).year == 2567


def test_assessment_year_falls_back_to_the_default_for_an_unknown_year(site_th):
    from ita_pages.items.models import ITASettings

    ITASettings.for_site(site_th)
    ITASettings.objects.filter(site=site_th).update(assessment_year=2599)
    assert registry.assessment_year(site_th) == 2566
    assert registry.catalogue_for_site(site_th).year == 2566


def test_assessment_year_without_a_site_is_the_default(db):
    assert registry.assessment_year(None) == registry.default_year() == 2566


def test_override_catalogue_replaces_its_year_and_restores_it():
    original = registry.get_catalogue(2566)
    renamed = dataclasses.replace(original, title_en="Renumbered for a test")
    with registry.override_catalogue(renamed) as active:
        assert active is renamed
        assert registry.get_catalogue(2566) is renamed
        assert registry.catalogues()[2566] is renamed
        nested = dataclasses.replace(original, title_en="Nested")
        with registry.override_catalogue(nested):
            assert registry.get_catalogue(2566) is nested
        assert registry.get_catalogue(2566) is renamed
    assert registry.get_catalogue(2566) is original


def test_override_catalogue_can_add_a_year_for_the_block_only():
    other = dataclasses.replace(registry.get_catalogue(2566), year=2570)
    with registry.override_catalogue(other):
        assert registry.available_years() == [2566, 2570]
    assert registry.available_years() == [2566]
    with pytest.raises(KeyError):
        registry.get_catalogue(2570)


def test_override_catalogue_restores_on_error():
    other = dataclasses.replace(registry.get_catalogue(2566), year=2571)
    with pytest.raises(RuntimeError), registry.override_catalogue(other):
        raise RuntimeError("boom")
    assert 2571 not in registry.catalogues()


def test_reset_rereads_the_files(tmp_path, settings):
    settings.ITA_CATALOGUE_DIRS = [str(tmp_path)]
    registry.reset()
    assert registry.available_years() == [2566]
    (tmp_path / "ita-2568.toml").write_text(
        BUILTIN.read_text(encoding="utf-8").replace("year = 2566", "year = 2568"), encoding="utf-8"
    )
    assert registry.available_years() == [2566]  # loaded once, not on every call
    registry.reset()
    assert registry.available_years() == [2566, 2568]


def test_page_model_names_the_model_class():
    item = registry.get_catalogue(2566).items[0]
    assert registry.page_model(item.page_type) is apps.get_model(item.app_label, item.model_name)
    with pytest.raises(LookupError):
        registry.page_model("ita_pages.NoSuchPage")


def test_a_default_year_without_a_catalogue_is_refused(settings):
    settings.ITA_DEFAULT_YEAR = 2599
    with pytest.raises(CatalogueError, match="ITA_DEFAULT_YEAR: field 'year': 2599 has no catalogue"):
        registry.check_page_types()


def test_every_own_page_type_knows_every_part_of_its_item():
    for item in registry.get_catalogue(2566).items:
        if item.app_label == "ita_pages":
            model = apps.get_model(item.page_type)
            assert set(model.part_specs) >= {p.key for p in item.parts}, item.code


def test_a_part_unknown_to_its_page_type_names_file_item_and_field(tmp_path):
    # O5's page type keeps its facts in fields and cannot hold a catalogue-part block.
    text = BUILTIN.read_text(encoding="utf-8").replace('key = "address"', 'key = "signature"', 1)
    (tmp_path / "ita-2566.toml").write_text(text, encoding="utf-8")
    with override_settings(ITA_CATALOGUE_DIRS=[]):
        registry.reset()
        original = registry.BUILTIN_DIR
        registry.BUILTIN_DIR = tmp_path
        try:
            with pytest.raises(CatalogueError) as exc:
                registry.check_page_types()
        finally:
            registry.BUILTIN_DIR = original
    assert str(exc.value).startswith("ita-2566.toml: item O5 part signature: field 'key'")


def test_an_overridden_catalogue_is_cross_checked_too():
    cat = load_catalogue(BUILTIN)
    item = cat.items[4]  # O5: its page type cannot hold a catalogue-part block for a new part
    broken_part = dataclasses.replace(item.parts[0], key="no_such_part")
    broken = dataclasses.replace(
        cat, items=(*cat.items[:4], dataclasses.replace(item, parts=(broken_part,)), *cat.items[5:])
    )
    with (
        registry.override_catalogue(broken),
        pytest.raises(CatalogueError, match=f"item {item.code} part no_such_part"),
    ):
        registry.check_page_types()


def test_a_missing_page_type_model_is_an_error(tmp_path):
    text = BUILTIN.read_text(encoding="utf-8").replace("ita_pages.DutiesPage", "ita_pages.PowersPage")
    (tmp_path / "ita-2566.toml").write_text(text, encoding="utf-8")
    original = registry.BUILTIN_DIR
    registry.BUILTIN_DIR = tmp_path
    try:
        with pytest.raises(CatalogueError, match=r"^ita-2566.toml: item O3: field 'page_type': no such model"):
            registry.check_page_types()
    finally:
        registry.BUILTIN_DIR = original


def test_an_item_of_an_app_that_is_not_installed_is_an_error(tmp_path):
    text = BUILTIN.read_text(encoding="utf-8").replace("ita_pages.DutiesPage", "nosuchapp.DutiesPage")
    (tmp_path / "ita-2566.toml").write_text(text, encoding="utf-8")
    original = registry.BUILTIN_DIR
    registry.BUILTIN_DIR = tmp_path
    try:
        with pytest.raises(
            CatalogueError, match=r"^ita-2566.toml: item O3: field 'page_type': app 'nosuchapp' is not installed"
        ):
            registry.check_page_types()
    finally:
        registry.BUILTIN_DIR = original


def test_the_same_year_twice_is_an_error(tmp_path):
    shutil.copy(BUILTIN, tmp_path / "ita-2566-copy.toml")
    with (
        override_settings(ITA_CATALOGUE_DIRS=[str(tmp_path)]),
        pytest.raises(CatalogueError, match="2566 is also in ita-2566.toml"),
    ):
        registry.catalogues()


def test_start_up_refuses_a_malformed_catalogue(tmp_path):
    bad = tmp_path / "ita-2568.toml"
    bad.write_text(
        Path(BUILTIN)
        .read_text(encoding="utf-8")
        .replace("year = 2566", "year = 2568")
        .replace('period = "first-half:Y"', 'period = "half:Y"', 1),
        encoding="utf-8",
    )
    with (
        override_settings(ITA_CATALOGUE_DIRS=[str(tmp_path)]),
        pytest.raises(ImproperlyConfigured, match=r"ita-2568.toml: item O12: field 'period'"),
    ):
        apps.get_app_config("ita_pages").ready()
