"""The ``ita`` object of an item page's API detail: its catalogue item and each part's content.

Why: a headless client that renders any year's items must not learn every page
type's block names. The year's catalogue already names each item's parts and the
page type says where each part lives (``part_specs``, else a catalogue-part block,
``ita_pages.core.part_lookup``); this module answers, per catalogue part key, whether the
part applies to the agency, whether publishing finds it (``ita_pages.core.publish_rules``), and
its content in one shape for every page type:

- a part held in stream children: ``[{"type", "id", "value"}]``, written by the
  API's StreamField representer (images, documents and pages bulk-loaded, private
  documents and non-public pages ``null``);
- a part on a plain field (or a fact the page takes from the agency profile):
  ``[{"field", "value"}]``;
- a part that is other records (news, announcements): ``[]``, the detail's
  ``listings`` links to them.

Every choice value is ``{"value", "label"}`` with the label in the request's
language (``?locale=``, else ``Accept-Language``, else Thai), so a client can show
"ผู้บริหารสูงสุด" without knowing the block's choices. The object is built from the
instance the endpoint serves: the live page, or the previewed revision.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from wagtail.api.rich_text import APIRichText
from wagtail.blocks import StreamValue
from wagtail.blocks.field_block import BaseChoiceBlock
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from ita_pages.core.catalogue import registry
from ita_pages.core.part_lookup import PartBlock, part_spec_for
from ita_pages.core.parts import AllOf, AnyOf, Custom, Path
from ita_pages.core.publish_rules import PART_MISSING, TOO_FEW, nil_statement_given, part_problems
from ita_pages.items.blocks.catalogue_part import CataloguePartBlock
from ita_pages.items.models.item import ItemPage

from .schemas import bilingual
from .streamfield import StreamRepresenter, _raw_stream, prefetch_for


def request_language(request) -> str:
    """ "en" or "th": ``?locale=`` when it names a language, else the active (Accept-Language) one."""
    languages = dict(settings.LANGUAGES)
    asked = (request.GET.get("locale") or "") if request is not None else ""
    if asked in languages:
        return asked
    return "en" if (translation.get_language() or "th").startswith("en") else "th"


def _flat_choices(choices) -> dict:
    flat = {}
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            flat.update(_flat_choices(label))
        else:
            flat[value] = label
    return flat


def labelled(value, choices: dict):
    """``{"value", "label"}`` (a list of them for several values; None stays None)."""
    if isinstance(value, (list, tuple)):
        return [labelled(v, choices) for v in value]
    if value in (None, ""):
        return None
    return {"value": value, "label": str(choices.get(value, value))}


class PartRepresenter(StreamRepresenter):
    """The API's StreamField representer, with choice values labelled.

    The catalogue-part block's key is labelled as the page's year names the part,
    not with the every-year choice list the editor picks from.
    """

    def __init__(self, prefetch, context, item):
        super().__init__(prefetch, context)
        self.item = item

    def represent(self, block, raw):
        if isinstance(block, BaseChoiceBlock):
            return labelled(raw, _flat_choices(block.field.choices))
        data = super().represent(block, raw)
        if isinstance(block, CataloguePartBlock) and isinstance(data.get("part"), dict):
            # A key this year no longer lists keeps its choice label.
            with contextlib.suppress(KeyError):
                data["part"]["label"] = self.item.part(data["part"]["value"]).text("label", translation.get_language())
        return data

    def child(self, child, raw_by_id: dict) -> dict:
        raw = raw_by_id.get(child.id) or child.get_prep_value()
        return {"type": child.block_type, "id": child.id, "value": self.represent(child.block, raw.get("value"))}

    def field_value(self, page, name: str, value):
        """A plain field's value (or a profile fact's), shaped like the rest of the API."""
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:
            field = None
        if isinstance(field, StreamField):
            return [self.child(c, _raw_by_id(value)) for c in value] if isinstance(value, StreamValue) else []
        if isinstance(field, RichTextField):
            return APIRichText.serialize(value or "", format=self.rich_text_format)
        if isinstance(field, models.ForeignKey):
            pk = getattr(page, field.attname, None)
            model = field.related_model
            if issubclass(model, Page):
                return self.page(self.prefetch.get(Page, pk))
            if model is get_image_model():
                return self.image(self.prefetch.get(model, pk))
            if model is get_document_model():
                return self.document(self.prefetch.get(model, pk))
            return pk
        if field is not None and field.choices:
            return labelled(value, _flat_choices(field.choices))
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)
        return value


def _raw_by_id(stream) -> dict:
    return {raw.get("id"): raw for raw in _raw_stream(stream) if isinstance(raw, dict) and raw.get("id")}


def _plain_fields(part_spec) -> list[str]:
    """The plain model fields a spec reads (a one-segment path), in spec order."""
    paths = {Path: lambda s: (s,), AnyOf: lambda s: s.alternatives, AllOf: lambda s: s.paths}
    walk = paths.get(type(part_spec))
    if walk is None:
        return []
    return [p.path for p in walk(part_spec) if "." not in p.path]


def stream_children(part_spec, values: dict) -> list:
    if isinstance(part_spec, PartBlock):
        return part_spec.blocks(values.get(part_spec.field))
    return part_spec.blocks(values)


def part_content(representer: PartRepresenter, page, part_spec, values: dict, raw_by_field: dict, ctx=None) -> list:
    """The part's data: its stream children, else the plain fields (or profile facts) it lives in."""
    children = stream_children(part_spec, values)
    if children:
        field = part_spec.field
        raw_by_id = raw_by_field.setdefault(field, _raw_by_id(values.get(field)))
        return [representer.child(c, raw_by_id) for c in children]
    names = _plain_fields(part_spec)
    if isinstance(part_spec, Custom) and part_spec.content is not None:
        return part_spec.content(values, ctx)
    if isinstance(part_spec, Custom) and part_spec.field in values:
        names = [part_spec.field]
    return [{"field": name, "value": representer.field_value(page, name, values.get(name))} for name in names]


def is_present(part, part_spec, values: dict, ctx) -> bool:
    """Publishing's verdict: the part is there, as many times as the catalogue's minimum."""
    problems = part_problems(part, part_spec, values, ctx)
    return not any(getattr(m, "template", None) in (PART_MISSING, TOO_FEW) for m in problems)


def ita_object(page, context: dict) -> dict | None:
    """The ``ita`` key of ``page``'s detail, or None when its year's catalogue has no item for it."""
    item = page.ita_item
    if item is None:
        return None
    request = context.get("request")
    language = request_language(request)
    catalogue_year = page.ita_year
    ctx = dataclasses.replace(page.part_context(page._parent_for_rules()), nil_allowed=item.nil_allowed)
    values = page.field_values()
    prefetch = prefetch_for(context)
    # Every chosen object of the page in one query per model, before any part asks for one.
    prefetch.collect_instance(page)
    prefetch.load()
    raw_by_field: dict = {}
    with translation.override(language):
        representer = PartRepresenter(prefetch, context, item)
        parts = []
        for part in item.parts:
            part_spec = part_spec_for(type(page), part.key)
            parts.append(
                {
                    "key": part.key,
                    "label": bilingual(part, "label"),
                    "looks_for": bilingual(part, "looks_for"),
                    "required": part.applies_to(ctx.agency_kind),
                    "minimum": part.minimum,
                    "present": part_spec is not None and is_present(part, part_spec, values, ctx),
                    "content": []
                    if part_spec is None
                    else part_content(representer, page, part_spec, values, raw_by_field, ctx),
                }
            )
        nil = None
        if nil_statement_given(page.nil_path, values):
            nil_spec = Path(page.nil_path)
            nil = {
                "accepted": item.nil_allowed,
                "content": part_content(representer, page, nil_spec, values, raw_by_field),
            }
    sections = registry.get_catalogue(catalogue_year).sections
    catalogue_section = next((s for s in sections if s.key == item.section), None)
    return {
        "year": catalogue_year,
        "code": item.code,
        "title": bilingual(item, "title"),
        "group": item.group,
        "section": {"key": item.section, "heading": bilingual(catalogue_section, "heading")}
        if catalogue_section
        else {"key": item.section, "heading": None},
        "period": item.period,
        "nil_allowed": item.nil_allowed,
        "nil_statement": nil,
        "parts": parts,
    }


def ita_for(page, context: dict) -> dict:
    """``{"ita": …}`` for an item page's detail ({} for a page type that is never an item)."""
    if not isinstance(page, ItemPage):
        return {}
    return {"ita": ita_object(page, context)}
