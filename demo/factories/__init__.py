"""Factories for the real page types and blocks, shared by the tests and the demo loader.

Why one set: a test that builds a stand-in page can stay green while the real page
type changes under it; building every test page and every demo page with the same
factories means both exercise the page types editors use. Defaults are complete
content for ITA 2566 that passes the editor's publish validation; a test breaks one
part by passing it (``body=[...]``, ``period_start=None``) and ``validate=False``.
"""

from .media import DocumentFactory, ImageFactory
from .pages import ITAIndexPageFactory, ITASectionPageFactory, ItemPageFactory, factory_for, item_page

__all__ = [
    "DocumentFactory",
    "ITAIndexPageFactory",
    "ITASectionPageFactory",
    "ImageFactory",
    "ItemPageFactory",
    "factory_for",
    "item_page",
]
