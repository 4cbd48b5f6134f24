"""StreamField values as structured JSON for headless clients, in a flat number of queries.

Why: Wagtail's API v2 shows an image or document inside a StreamField as a bare id,
so a client needs one more request per image and cannot show a picture at all
without the admin-only rendition machinery. Here every StreamField of every page
type is written out with:

- images as ``{"id", "title", "alt", "width", "height", "renditions": {name: {url,
  width, height}}}`` (absolute URLs; the renditions are ``WAGTAILAPI_IMAGE_RENDITIONS``);
- documents as ``{"id", "title", "url", "filename", "extension", "size"}`` with an
  absolute download URL (``null`` when the document sits in a private collection);
- internal pages as ``{"id", "title", "type", "url", "detail_url"}`` only when the page
  is live and public (``null`` otherwise, so a draft's title never leaks);
- rich text in the request's ``?rich_text_format=``;
- every other block as Wagtail's own ``get_api_representation``.

Why it reads the raw JSON: converting a StreamField to Python objects loads each
chosen image or document separately for every page. Walking the raw data instead
lets the view collect the ids of all pages in a listing first and load each model
once (images with their renditions), so listing 43 pages costs what listing 5 does.
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from rest_framework.fields import Field
from wagtail import blocks
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.utils import get_restricted_collection_ids
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField as StreamModelField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page, Site

from config.addresses import absolute_url

DEFAULT_RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-1024x768",
    "large": "max-1920x1080",
}


def rendition_specs() -> dict[str, str]:
    return dict(getattr(settings, "WAGTAILAPI_IMAGE_RENDITIONS", DEFAULT_RENDITIONS))


def _list_item_value(list_block: blocks.ListBlock, item):
    """A ListBlock item in the database is either bare or ``{"type": "item", ...}``."""
    if list_block._item_is_in_block_format(item):
        return item["value"]
    return item


def _stream_items(raw) -> list:
    return [item for item in (raw or []) if isinstance(item, dict) and "type" in item]


def _raw_stream(stream_value) -> list:
    """The raw (JSON) items of a StreamValue, whether it came from the database or code."""
    raw_data = getattr(stream_value, "raw_data", None)
    if raw_data is None:
        return list(stream_value or [])
    return [raw_data[i] for i in range(len(raw_data))]


class StreamPrefetch:
    """Loads every object chosen in a set of StreamFields with one query per model.

    One instance lives in the serializer context of a request; `collect()` walks raw
    StreamField data and notes the ids of chosen objects, `load()` fetches whatever
    was noted and not loaded yet, `get()` returns a loaded object (or None).
    """

    def __init__(self, request):
        self.request = request
        self.pending: dict[type, set] = defaultdict(set)
        self.loaded: dict[type, dict] = defaultdict(dict)
        self._restricted_collections: set[int] | None = None

    # Collecting ids -------------------------------------------------------
    def collect_value(self, stream_value) -> None:
        block = getattr(stream_value, "stream_block", None)
        if block is not None:
            self._collect(block, _raw_stream(stream_value))

    def collect_instance(self, instance, field_names=None) -> None:
        for field in type(instance)._meta.get_fields():
            if isinstance(field, StreamModelField) and (field_names is None or field.name in field_names):
                self.collect_value(getattr(instance, field.name))

    def _collect(self, block, raw) -> None:
        if raw is None:
            return
        if isinstance(block, ImageBlock):
            if isinstance(raw, dict):
                self._note(get_image_model(), raw.get("image"))
            else:  # stored by an ImageChooserBlock before the field changed
                self._note(get_image_model(), raw)
        elif isinstance(block, blocks.ChooserBlock):
            self._note(block.model_class, raw)
        elif isinstance(block, blocks.StreamBlock):
            for item in _stream_items(raw):
                child = block.child_blocks.get(item["type"])
                if child is not None:
                    self._collect(child, item.get("value"))
        elif isinstance(block, blocks.ListBlock):
            for item in raw if isinstance(raw, list) else []:
                self._collect(block.child_block, _list_item_value(block, item))
        elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                self._collect(child, raw.get(name))

    def _note(self, model, pk) -> None:
        if issubclass(model, Page):
            model = Page  # a page chooser limited to one type still stores a page id
        if isinstance(pk, int) and not isinstance(pk, bool) and pk not in self.loaded[model]:
            self.pending[model].add(pk)

    # Loading ----------------------------------------------------------------
    def load(self) -> None:
        for model, ids in list(self.pending.items()):
            if not ids:
                continue
            self.pending[model] = set()
            objects = self._fetch(model, ids)
            self.loaded[model].update({pk: objects.get(pk) for pk in ids})

    def _fetch(self, model, ids) -> dict:
        if issubclass(model, Page):
            return self._fetch_pages(ids)
        if model is get_image_model():
            queryset = model.objects.filter(pk__in=ids).prefetch_renditions(*rendition_specs().values())
            return {obj.pk: obj for obj in queryset}
        if model is get_document_model():
            restricted = self.restricted_collections()
            return {obj.pk: obj for obj in model.objects.filter(pk__in=ids).exclude(collection_id__in=restricted)}
        return model._default_manager.in_bulk(list(ids))

    def _fetch_pages(self, ids) -> dict:
        from wagtail.api.querysets import get_public_pages_queryset

        public = get_public_pages_queryset(self.request).filter(pk__in=ids)
        return {page.pk: page for page in public}

    def restricted_collections(self) -> set[int]:
        """Collections whose documents this request may not download (login/password)."""
        if self._restricted_collections is None:
            self._restricted_collections = get_restricted_collection_ids(self.request)
        return self._restricted_collections

    def get(self, model, pk):
        if pk is None:
            return None
        if pk not in self.loaded[model]:
            self._note(model, pk)
            self.load()
        return self.loaded[model].get(pk)


class StreamRepresenter:
    """Turns raw StreamField data into the API's JSON using a StreamPrefetch."""

    def __init__(self, prefetch: StreamPrefetch, context: dict):
        self.prefetch = prefetch
        self.context = context
        self.request = context.get("request")
        self.rich_text_format = context.get("_wagtail_rich_text_format") or APIRichText.get_default_format()

    def absolute(self, url: str | None) -> str | None:
        """`url` on the public address of the request's site (media may already be absolute)."""
        if not url:
            return url
        site = Site.find_for_request(self.request) if self.request is not None else None
        return absolute_url(site, url) if site is not None else url

    def stream(self, stream_value) -> list:
        self.prefetch.collect_value(stream_value)
        self.prefetch.load()
        return self.represent(stream_value.stream_block, _raw_stream(stream_value))

    def represent(self, block, raw):
        if isinstance(block, ImageBlock):
            return self.image_block(raw)
        if isinstance(block, ImageChooserBlock):
            return self.image(self.prefetch.get(get_image_model(), raw))
        if isinstance(block, DocumentChooserBlock):
            return self.document(self.prefetch.get(get_document_model(), raw))
        if isinstance(block, blocks.PageChooserBlock):
            return self.page(self.prefetch.get(Page, raw))
        if isinstance(block, blocks.ChooserBlock):
            obj = self.prefetch.get(block.model_class, raw)
            return None if obj is None else block.get_api_representation(obj, self.context)
        if isinstance(block, blocks.StreamBlock):
            return [
                {
                    "type": item["type"],
                    "value": self.represent(block.child_blocks[item["type"]], item.get("value")),
                    "id": item.get("id"),
                }
                for item in _stream_items(raw)
                if item["type"] in block.child_blocks
            ]
        if isinstance(block, blocks.ListBlock):
            return [
                self.represent(block.child_block, _list_item_value(block, item))
                for item in (raw if isinstance(raw, list) else [])
            ]
        if isinstance(block, blocks.StructBlock):
            raw = raw if isinstance(raw, dict) else {}
            return {name: self.represent(child, raw.get(name)) for name, child in block.child_blocks.items()}
        if isinstance(block, blocks.RichTextBlock):
            return APIRichText.serialize(raw or "", format=self.rich_text_format)
        return block.get_api_representation(block.to_python(raw), self.context)

    def image_block(self, raw):
        if not isinstance(raw, dict):
            return self.image(self.prefetch.get(get_image_model(), raw))
        data = self.image(self.prefetch.get(get_image_model(), raw.get("image")))
        if data is not None:
            data["decorative"] = bool(raw.get("decorative"))
            data["alt"] = "" if data["decorative"] else (raw.get("alt_text") or data["alt"])
        return data

    def image(self, image):
        if image is None:
            return None
        specs = rendition_specs()
        renditions = image.get_renditions(*specs.values())
        return {
            "id": image.pk,
            "title": image.title,
            "alt": getattr(image, "default_alt_text", "") or image.title,
            "width": image.width,
            "height": image.height,
            "renditions": {
                name: {
                    "url": self.absolute(renditions[spec].url),
                    "width": renditions[spec].width,
                    "height": renditions[spec].height,
                }
                for name, spec in specs.items()
            },
        }

    def document(self, document):
        if document is None:
            return None
        return {
            "id": document.pk,
            "title": document.title,
            "url": self.absolute(document.url),
            "filename": document.filename,
            "extension": document.file_extension,
            "size": document.file_size,
        }

    def page(self, page):
        if page is None:
            return None
        from wagtail.api.v2.utils import get_object_detail_url

        router = self.context.get("router")
        detail_url = get_object_detail_url(router, self.request, Page, page.pk) if router else None
        try:
            url = page.get_full_url(self.request)
        except ObjectDoesNotExist:
            url = None
        specific_class = page.specific_class
        return {
            "id": page.pk,
            "title": page.title,
            "type": f"{specific_class._meta.app_label}.{specific_class.__name__}" if specific_class else None,
            "url": url,
            "detail_url": detail_url,
        }


def prefetch_for(context: dict) -> StreamPrefetch:
    """The request's StreamPrefetch, created on first use."""
    prefetch = context.get("_ita_stream_prefetch")
    if prefetch is None:
        prefetch = context["_ita_stream_prefetch"] = StreamPrefetch(context.get("request"))
    return prefetch


class StreamFieldSerializer(Field):
    """DRF field used for every StreamField in API v2 (see `ita_pages.api.v2`)."""

    def to_representation(self, value):
        return StreamRepresenter(prefetch_for(self.context), self.context).stream(value)
