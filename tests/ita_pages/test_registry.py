"""Catalogues are loaded and cross-checked with the page types when Django starts."""

import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from ita_pages.catalogue import CatalogueError, registry

BUILTIN = registry.BUILTIN_DIR / "ita-2566.toml"


@pytest.fixture(autouse=True)
def _fresh_registry():
    registry.reset()
    yield
    registry.reset()


def test_builtin_catalogue_matches_the_installed_page_types():
    registry.check_page_types()
    assert registry.available_years() == [2566]
    assert registry.get_catalogue().year == 2566
    assert registry.get_catalogue(1999).year == 2566  # unknown year falls back to the default


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
