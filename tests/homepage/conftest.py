"""Fixtures for the homepage tests: real item pages the widgets point to, and renumbered catalogues."""

import pytest

from demo.factories import CorruptionComplaintPageFactory
from ita_pages.core.catalogue import registry


@pytest.fixture
def complaint_page(site_th):
    """A live corruption complaint page (the item the QR widget serves), published as an editor would."""
    return CorruptionComplaintPageFactory(
        parent=site_th.root_page,
        title="แจ้งเรื่องร้องเรียนการทุจริต",
        slug="corruption-complaints",
        protection_notice="<p>ข้อมูลผู้ร้องเรียนเป็นความลับ</p>",
    )


@pytest.fixture
def catalogue_2566():
    return registry.get_catalogue(2566)


@pytest.fixture
def use_catalogue():
    """Install a catalogue for its year for the rest of the test."""
    managers = []

    def install(catalogue):
        manager = registry.override_catalogue(catalogue)
        manager.__enter__()
        managers.append(manager)
        return catalogue

    yield install
    for manager in reversed(managers):
        manager.__exit__(None, None, None)
