"""``ItemPage``: what makes any page type one item of the year's ITA catalogue.

Why a mixin and not a base model: the pages that serve an item are not all alike —
most are indicator pages under an ITA index, but news, Q&A, E-Service, procurement
and complaint pages live elsewhere in the site and already have their own base
classes. Mixing ``ItemPage`` into any ``Page`` subclass gives them all the same
catalogue behaviour, so the catalogue stays the one place that says what an item
requires.

The small API a page type uses:

- ``part_specs``: catalogue part key → where the part lives on this page
  (a path string or a spec from ``ita_pages.core.parts``);
- ``period_fields``: the (start, end) date fields that give the period the page
  covers, or ``None`` when the page has no period of its own;
- ``counted_year_field``: for a page that counts a whole fiscal year (complaint
  statistics), the field naming that year (empty: the year the page is judged for);
  its period is that fiscal year, judged like typed dates;
- ``nil_path``: where the page records a nil statement (``"body.nil"``), for the
  years whose catalogue accepts one instead of the content parts;
- ``slug_is_item_code``: whether the page's URL segment is forced to the item code.

What every item page then has: ``ita_item`` and ``ita_year`` (resolved from the
parent: the ITA index's year, else the site's assessment year), ``publish_errors()``
(the catalogue's publish rules; the same rules run in the editor through
``base_form_class``), ``period_warning()`` and ``use_parent()`` for pages built in
code before they are in the tree.
"""

from __future__ import annotations

from functools import cached_property
from typing import ClassVar

from django.utils.functional import classproperty
from wagtail.models import Page

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.periods import Period, period_problem
from ita_pages.core.parts import PartContext
from ita_pages.core.publish_rules import counted_year_period, item_publish_errors, period_message
from ita_pages.items.forms import ItemPageForm


class ItemPage:
    """Mixin for a ``Page`` subclass that serves one item of the year's catalogue.

    List it before ``Page`` (``class NewsIndexPage(ItemPage, Page)``) so that its
    ``get_verbose_name``, ``full_clean`` and admin title come first.
    """

    part_specs: ClassVar[dict] = {}
    period_fields: ClassVar[tuple[str, str] | None] = None
    counted_year_field: ClassVar[str | None] = None
    nil_path: ClassVar[str | None] = None
    slug_is_item_code: ClassVar[bool] = False
    base_form_class = ItemPageForm

    # ---- which catalogue item this page is -------------------------------------------------

    @classproperty
    def page_type_label(cls) -> str:
        return f"{cls._meta.app_label}.{cls.__name__}"

    @classmethod
    def year_for_parent(cls, parent) -> int:
        """The parent ITA index's year, else the assessment year of the parent's site."""
        from .index import ITAIndexPage

        if parent is None:
            return registry.default_year()
        specific = parent.specific_deferred if type(parent) is Page else parent
        if isinstance(specific, ITAIndexPage):
            return specific.assessment_year
        return registry.assessment_year(parent.get_site())

    @classmethod
    def item_for_parent(cls, parent):
        """(catalogue item or None, year) for a page of this type under ``parent``."""
        year = cls.year_for_parent(parent)
        return registry.get_catalogue(year).item_for_page_type(cls.page_type_label), year

    def item_and_year_for(self, parent):
        """(item, year) this page serves under ``parent``; a generic item page adds its own code."""
        return self.item_for_parent(parent)

    @classmethod
    def default_item(cls):
        """The item in the default year's catalogue (for names shown before a parent exists)."""
        return registry.get_catalogue().item_for_page_type(cls.page_type_label)

    @classmethod
    def get_verbose_name(cls):
        """ "O2 ข้อมูลผู้บริหาร": the code makes the page type recognisable in the chooser."""
        item = cls.default_item()
        name = super().get_verbose_name()
        return f"{item.code} {name}" if item else name

    def use_parent(self, parent) -> None:
        """Judge this page as a child of ``parent`` (for pages built in code or in a form)."""
        self._ita_parent = parent
        self.__dict__.pop("ita_item_and_year", None)

    def _parent_for_rules(self):
        return getattr(self, "_ita_parent", None) or (self.get_parent() if self.path else None)

    @cached_property
    def ita_item_and_year(self):
        return self.item_for_parent(self._parent_for_rules())

    @property
    def ita_item(self):
        return self.ita_item_and_year[0]

    @property
    def ita_year(self) -> int:
        return self.ita_item_and_year[1]

    @property
    def indicator_code(self) -> str:
        """The item code ("O20") in this page's year; site search groups results by it."""
        item = self.ita_item
        return item.code if item else ""

    @classmethod
    def part_context(cls, parent) -> PartContext:
        from ita_pages.core.models import AgencyProfile

        year = cls.year_for_parent(parent)
        site = parent.get_site() if parent is not None else None
        kind = AgencyProfile.for_site(site).kind if site is not None else None
        return PartContext(year=year, agency_kind=kind)

    # ---- publish rules, shared by the admin form and code that publishes --------------------

    @classmethod
    def collect_publish_errors(cls, values: dict, item, ctx: PartContext) -> dict[str, list[str]]:
        """{field: [messages]}: the catalogue's publish rules (see ``ita_pages.core.publish_rules``)."""
        return item_publish_errors(cls, values, item, ctx)

    def field_values(self) -> dict:
        return {f.name: getattr(self, f.name, None) for f in self._meta.concrete_fields}

    def publish_errors(self) -> dict[str, list[str]]:
        """{field: [messages]}: the same rules the editor's publish runs (empty when publishable)."""
        parent = self._parent_for_rules()
        return dict(self.collect_publish_errors(self.field_values(), self.ita_item, self.part_context(parent)))

    # ---- period --------------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        """The period the page says it covers (both bounds empty for a page without one)."""
        if self.counted_year_field is not None:
            return counted_year_period(getattr(self, self.counted_year_field), self.ita_year)
        if self.period_fields is None:
            return Period(None, None)
        start_field, end_field = self.period_fields
        return Period(getattr(self, start_field), getattr(self, end_field))

    def period_warning(self) -> str | None:
        """A message when the period does not fit the item's rule for the assessment year."""
        item = self.ita_item
        if item is None or (self.period_fields is None and self.counted_year_field is None):
            return None
        problem = period_problem(item.period, self.ita_year, self.period)
        return period_message(problem, self.ita_year) if problem else None

    # ---- identity ------------------------------------------------------------------------------

    def full_clean(self, *args, **kwargs):
        # The URL is the item code (assessors recheck the first link they were given).
        item = self.ita_item if self.slug_is_item_code else None
        if item is not None:
            self.slug = item.slug
        super().full_clean(*args, **kwargs)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        item = self.ita_item
        if item is None:
            return title
        warning = self.period_warning()
        label = f"{item.code} {title}"
        return f"{label} ⚠ {warning}" if warning else label

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ita_item"] = self.ita_item
        context["ita_year"] = self.ita_year
        return context
