"""Fixtures for the ITA pages: the 2566 index under the demo homepage and complete pages."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _thai():
    with translation.override("th"):
        yield


@pytest.fixture
def ita_index(site_th):
    from demo.ita_pages import ensure_index, ensure_section

    return ensure_index(ensure_section(site_th.root_page.specific), 2566)


@pytest.fixture
def draft_page(ita_index):
    """Factory: a complete page of ``model`` saved as a draft under the 2566 index."""
    from demo.ita_pages import build_page

    def make(model, item):
        page = build_page(ita_index, model, item)
        page.live = False
        ita_index.add_child(instance=page)
        return model.objects.get(pk=page.pk)

    return make
