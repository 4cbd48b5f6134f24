"""Shared by the rollover tests: the example later-year catalogue and a 2566 section to roll over."""

from __future__ import annotations

import contextlib
from pathlib import Path

from django.test import override_settings

from ita_pages.core.catalogue import registry

EXAMPLES = Path(__file__).resolve().parents[2] / "ita_pages" / "core" / "catalogues" / "examples"
EXAMPLE_YEAR = 2599


@contextlib.contextmanager
def example_catalogue():
    """The registry with the example 2599 catalogue loaded, as a host's ITA_CATALOGUE_DIRS would."""
    with override_settings(ITA_CATALOGUE_DIRS=[str(EXAMPLES)]):
        registry.reset()
        try:
            yield registry.get_catalogue(EXAMPLE_YEAR)
        finally:
            registry.reset()
    registry.reset()


def publish_2566(index, code: str):
    """The demo's complete page for a 2566 item, published under ``index`` as an editor would."""
    from django.apps import apps

    from demo.ita_pages import build_page
    from ita_pages.core.publish import add_validated_child

    item = registry.get_catalogue(2566).item(code)
    model = apps.get_model(item.page_type)
    return add_validated_child(index, build_page(index, model, item))
