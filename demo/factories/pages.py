"""Page factories: the ITA section and index, and the base of every item page factory.

Why the catalogue gives the defaults: an item page's title, URL slug and period
come from its catalogue item in the parent index's year, exactly as for a page an
editor adds, so a default page is the item the catalogue describes. Creating goes
through the editor's publish validation unless a test asks for content imported
in code (``validate=False``), which is how a test gets a broken live page.
"""

from __future__ import annotations

import factory
import wagtail_factories
from factory.declarations import BaseDeclaration

from home.models import HomePage
from ita_pages.core.catalogue.periods import suggested_period
from ita_pages.core.publish import add_validated_child
from ita_pages.items.models import ITAIndexPage, ITASectionPage, ItemPage

from .streams import as_submitted

DEFAULT_YEAR = 2566


class FromCatalogue(BaseDeclaration):
    """A default read from the page type's catalogue item in its parent's year."""

    def __init__(self, pick):
        super().__init__()
        self.pick = pick

    def evaluate(self, instance, step, extra):
        model = step.builder.factory_meta.model
        item, year = model.item_for_parent(instance.parent)
        return self.pick(model, item, year)


def _title(model, item, year):
    return item.text("title", "th") if item else str(model._meta.verbose_name)


def _slug(model, item, year):
    return item.slug if item else model._meta.model_name


def _period_day(index):
    def pick(model, item, year):
        period = suggested_period(item.period, year) if item else None
        return (period.start, period.end)[index] if period else None

    return pick


def attach(page, parent) -> None:
    """Let an item page resolve its item and year from ``parent`` before it is in the tree."""
    if isinstance(page, ItemPage):
        page.use_parent(parent)


class TreePageFactory(wagtail_factories.PageFactory):
    """Creates a page under ``parent``: published after the editor's validation by default.

    ``validate=False`` publishes without validation (content imported in code);
    ``publish=False`` leaves a draft that was never live.
    """

    publish = True
    validate = True

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent")
        kwargs.pop("publish")
        kwargs.pop("validate")
        page = model_class(**kwargs)
        if parent is not None:
            attach(page, parent)
        as_submitted(page)
        return page

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publish, validate = kwargs["publish"], kwargs["validate"]
        parent = kwargs["parent"]
        page = cls._build(model_class, *args, **kwargs)
        if publish and validate:
            return add_validated_child(parent, page)
        page.live = publish
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        else:
            page.save()
        page.refresh_from_db()
        return page


class HomePageFactory(TreePageFactory):
    """An agency's homepage (a site's root), with the default widget regions.

    Under another page it is a plain page with a title and an introduction, which is
    how the search tests give a page body text without depending on an item's parts.
    """

    class Meta:
        model = HomePage

    title = factory.Sequence(lambda n: f"องค์การบริหารส่วนตำบลตัวอย่าง {n}")
    slug = factory.Sequence(lambda n: f"agency-{n}")
    intro = ""


class ITASectionPageFactory(TreePageFactory):
    """The ITA section under a homepage (``/th/ita/``)."""

    class Meta:
        model = ITASectionPage

    title = "การประเมินคุณธรรมและความโปร่งใส (ITA)"
    slug = "ita"


class ITAIndexPageFactory(TreePageFactory):
    """One assessment year's index under the ITA section (``/th/ita/2566/``)."""

    class Meta:
        model = ITAIndexPage

    assessment_year = DEFAULT_YEAR
    title = factory.LazyAttribute(lambda o: f"ข้อมูลสาธารณะ ITA ประจำปีงบประมาณ พ.ศ. {o.assessment_year}")
    slug = factory.LazyAttribute(lambda o: str(o.assessment_year))


class ItemPageFactory(TreePageFactory):
    """Base of the item page factories: title, slug and period from the catalogue."""

    class Meta:
        abstract = True

    title = FromCatalogue(_title)
    slug = FromCatalogue(_slug)
    period_start = FromCatalogue(_period_day(0))
    period_end = FromCatalogue(_period_day(1))


def item_factories() -> dict:
    """Every item page type's factory, by page model: the indicator pages and the channels."""
    from . import channels, items, listings

    return {**items.FACTORIES, **channels.FACTORIES, **listings.FACTORIES}


def factory_for(model) -> type[TreePageFactory]:
    """The factory of item page type ``model`` (a class or an "app.Model" label)."""
    factories = item_factories()
    if isinstance(model, str):
        return next(f for m, f in factories.items() if f"{m._meta.app_label}.{m.__name__}" == model)
    return factories[model]


def item_page(code: str, parent, **kwargs):
    """Create the page of item ``code`` under ``parent``, in the year a page there belongs to."""
    from ita_pages.core.catalogue import registry

    item = registry.get_catalogue(ItemPage.year_for_parent(parent)).item(code)
    return factory_for(item.page_type)(parent=parent, **kwargs)
