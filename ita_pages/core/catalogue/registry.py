"""Which catalogues this install knows, and which one applies to a site.

Why a registry: the site's assessment year (ITASettings) picks a catalogue at request
time, so all catalogue files are loaded and cross-checked against the installed page
types when Django starts (AppConfig.ready); a bad file stops start-up with a message
naming the file, item and field instead of failing later in front of an assessor.
Every part of the project asks this module, and only this module, which year applies
to a site (`assessment_year`) so that the pages, the checker, the API and the feeds
can never disagree about it.
Settings: ``ITA_CATALOGUE_DIRS`` (extra directories, searched after the built-in one)
and ``ITA_DEFAULT_YEAR`` (2566).
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cache
from pathlib import Path

from .loader import CatalogueError, load_catalogue
from .model import Catalogue
from .succession import check_all

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "catalogues"
DEFAULT_YEAR = 2566

# Catalogues that stand in for the loaded file of their year (see `override_catalogue`).
_OVERRIDES: dict[int, Catalogue] = {}


def catalogue_dirs() -> list[Path]:
    from django.conf import settings

    return [BUILTIN_DIR, *(Path(p) for p in getattr(settings, "ITA_CATALOGUE_DIRS", []))]


@cache
def _loaded() -> dict[int, Catalogue]:
    found: dict[int, Catalogue] = {}
    for directory in catalogue_dirs():
        for path in sorted(directory.glob("*.toml")):
            cat = load_catalogue(path)
            if cat.year in found:
                other = found[cat.year].source
                raise CatalogueError(path.name, "catalogue", "year", f"{cat.year} is also in {other}")
            found[cat.year] = cat
    check_all(found)
    return found


def catalogues() -> dict[int, Catalogue]:
    """Every catalogue by assessment year, oldest first; a year defined twice is an error."""
    found = {**_loaded(), **_OVERRIDES}
    return dict(sorted(found.items()))


def reset() -> None:
    """Forget loaded catalogues (tests that change ITA_CATALOGUE_DIRS call this)."""
    _loaded.cache_clear()


@contextmanager
def override_catalogue(catalogue: Catalogue):
    """Use ``catalogue`` for its year until the block ends (tests renumber items with it)."""
    previous = _OVERRIDES.get(catalogue.year)
    _OVERRIDES[catalogue.year] = catalogue
    try:
        yield catalogue
    finally:
        if previous is None:
            _OVERRIDES.pop(catalogue.year, None)
        else:
            _OVERRIDES[catalogue.year] = previous


def default_year() -> int:
    """The year used when a site names none (or names one without a catalogue)."""
    from django.conf import settings

    return getattr(settings, "ITA_DEFAULT_YEAR", DEFAULT_YEAR)


def available_years() -> list[int]:
    return list(catalogues())


def get_catalogue(year: int | None = None) -> Catalogue:
    """The catalogue of ``year`` (the default year when None); KeyError for an unknown year."""
    cats = catalogues()
    year = default_year() if year is None else int(year)
    try:
        return cats[year]
    except KeyError:
        known = ", ".join(map(str, cats)) or "none"
        raise KeyError(f"no ITA catalogue for {year} (known: {known})") from None


def assessment_year(site) -> int:
    """THE year that applies to ``site``: its ITASettings year when a catalogue has it, else the default."""
    if site is not None:
        from ita_pages.core.assessment import ITASettings

        year = ITASettings.for_site(site).assessment_year
        if year and int(year) in catalogues():
            return int(year)
    return default_year()


def catalogue_for_site(site) -> Catalogue:
    """The catalogue of the year that applies to ``site``."""
    return get_catalogue(assessment_year(site))


def page_model(page_type: str):
    """The page model named ``app_label.ModelName`` by a catalogue item."""
    from django.apps import apps

    app_label, _, model_name = page_type.partition(".")
    return apps.get_model(app_label, model_name)


def check_page_types() -> None:
    """Cross-check every catalogue with the installed page types; raise on the first drift.

    Each item's app must be installed and its model must be a page type that says
    where every part of the item lives (``part_specs``), for every year, and each of
    those places must exist on the page type (field, stream block, struct child): a
    catalogue and the page types cannot drift apart unnoticed.
    """
    problems = page_type_problems()
    if problems:
        raise problems[0]


def page_type_problems() -> list[CatalogueError]:
    """Every disagreement between the catalogues and the page types, as errors naming file, item and part."""
    from django.apps import apps
    from wagtail.models import Page

    problems: list[CatalogueError] = []
    if default_year() not in catalogues():
        problems.append(CatalogueError("settings", "ITA_DEFAULT_YEAR", "year", f"{default_year()} has no catalogue"))
    for cat in catalogues().values():
        for item in cat.items:
            where = f"item {item.code}"
            if item.app_label not in apps.app_configs:
                problems.append(
                    CatalogueError(cat.source, where, "page_type", f"app {item.app_label!r} is not installed")
                )
                continue
            try:
                model = apps.get_model(item.app_label, item.model_name)
            except LookupError:
                problems.append(CatalogueError(cat.source, where, "page_type", "no such model"))
                continue
            if not issubclass(model, Page):
                problems.append(CatalogueError(cat.source, where, "page_type", "is not a page type"))
                continue
            specs = getattr(model, "part_specs", None)
            if specs is None:
                problems.append(
                    CatalogueError(
                        cat.source,
                        where,
                        "page_type",
                        f"{item.page_type} does not say where its parts live (part_specs)",
                    )
                )
                continue
            from ita_pages.core.part_lookup import part_spec_for

            for part in item.parts:
                part_spec = part_spec_for(model, part.key)
                if part_spec is None:
                    problems.append(
                        CatalogueError(
                            cat.source,
                            f"{where} part {part.key}",
                            "key",
                            f"{item.page_type} does not know this part (has: {', '.join(specs) or 'none'})",
                        )
                    )
                    continue
                problem = spec_problem(model, part_spec)
                if problem:
                    problems.append(
                        CatalogueError(cat.source, f"{where} part {part.key}", "key", f"{item.page_type}: {problem}")
                    )
    return problems


def spec_problem(model, part_spec) -> str | None:
    """Why ``part_spec`` (see ita_pages.core.parts) names nothing on ``model``, or None when it resolves."""
    from ita_pages.core.parts import Custom, Dated, spec
    from ita_pages.core.parts import Path as PartPath

    resolved = spec(part_spec)
    if isinstance(resolved, (Custom, Dated)):
        return None  # found by code of its own, which says where it looks
    paths = getattr(resolved, "paths", None)
    if paths is None:
        paths = (resolved,) if isinstance(resolved, PartPath) else ()
    if not paths:
        return _field_problem(model, resolved.field)
    for path in paths:
        problem = _path_problem(model, path.path)
        if problem:
            return problem
    return None


def _field_problem(model, name: str) -> str | None:
    from django.core.exceptions import FieldDoesNotExist

    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return f"no field {name!r}"
    return None


def _path_problem(model, path: str) -> str | None:
    """Walk ``field.block.child…`` through the page type's stream and struct blocks."""
    from wagtail import blocks
    from wagtail.fields import StreamField

    first, *rest = path.split(".")
    problem = _field_problem(model, first)
    if problem or not rest:
        return problem
    field = model._meta.get_field(first)
    if not isinstance(field, StreamField):
        return f"{path!r}: {first!r} is not a stream field"
    block = field.stream_block
    walked = first
    for segment in rest:
        name, _, flt = segment.partition("[")
        while isinstance(block, blocks.ListBlock):
            block = block.child_block
        children = getattr(block, "child_blocks", None)
        if children is None or name not in children:
            return f"{path!r}: {walked!r} has no block {name!r}"
        block = children[name]
        walked = f"{walked}.{name}"
        key = flt.split("=", 1)[0]
        if key:
            inner = block.child_block if isinstance(block, blocks.ListBlock) else block
            if key not in getattr(inner, "child_blocks", {}):
                return f"{path!r}: {walked!r} has no child {key!r} to filter on"
    return None
