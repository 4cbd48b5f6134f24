"""The public-services menu rule reads the catalogue of the site's year."""

import dataclasses

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ita_pages.core.catalogue import registry
from tests.menus.test_main_menu import menu_with


def catalogue_with(**changes):
    catalogue = registry.get_catalogue(2566)
    items = tuple(dataclasses.replace(it, **changes.get(it.code, {})) for it in catalogue.items)
    return dataclasses.replace(catalogue, items=items)


def test_renumbered_items_are_named_by_their_new_codes(site_th, eservice_page):
    with registry.override_catalogue(catalogue_with(O8={"code": "O18"}, O18={"code": "O8"})):
        with translation.override("th"), pytest.raises(ValidationError) as caught:
            menu_with(site_th, eservice_page).full_clean()
        message = " ".join(caught.value.message_dict["items"])
    assert "O18 “Q&A”" in message and "O8" not in message.replace("O18", "")


def test_an_item_the_catalogue_no_longer_puts_in_the_menu_is_not_required(site_th, eservice_page):
    with pytest.raises(ValidationError):
        menu_with(site_th, eservice_page).full_clean()
    with registry.override_catalogue(catalogue_with(O8={"placement": "none"})):
        menu_with(site_th, eservice_page).full_clean()


def test_a_new_item_placed_in_the_menu_is_required(site_th, qa_page, eservice_page):
    menu_with(site_th, qa_page, eservice_page).full_clean()
    moved = catalogue_with(O28={"placement": "home-menu-public-services"})
    with registry.override_catalogue(moved), translation.override("th"), pytest.raises(ValidationError) as caught:
        menu_with(site_th, qa_page, eservice_page).full_clean()
    assert "O28" in " ".join(caught.value.message_dict["items"])
