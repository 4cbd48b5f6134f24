"""Wagtail API v2 at /api/v2/: pages, images, documents and headless preview.

Why subclasses of Wagtail's viewsets: the stock ones answer errors as
``{"message": …}``, show StreamField images and documents as bare ids, and cost one
query per page for the locale. These add RFC 7807 errors, the StreamField
serialiser of `ita_pages.api.streamfield` for every page type's StreamFields
(a page type only lists them in ``api_fields``), one bulk load for all StreamField
objects of a listing, the preview endpoint for signed tokens, `find/` by the
localised path the site serves, what O7/O8/O20/O29 pages list or count
(`ita_pages.api.related`) and each item page's parts by catalogue key
(`ita_pages.api.item_parts`).

The router must be called "wagtailapi_v2": front-end cache purging looks for it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from .item_parts import ita_for
from .preview import PreviewTokenError, page_for_token
from .problems import PROBLEM_CONTENT_TYPE, default_detail, problem_body
from .related import related
from .streamfield import StreamFieldSerializer, prefetch_for


def _with_streamfields(serializer_class):
    """A copy of `serializer_class` that serialises StreamFields with our field."""
    mapping = {**serializer_class.serializer_field_mapping, StreamField: StreamFieldSerializer}
    return type(serializer_class.__name__, (serializer_class,), {"serializer_field_mapping": mapping})


class ProjectPageSerializer(_with_streamfields(PageSerializer)):
    """Pages; a detail also carries what the page lists or counts (`listings`, `statistics`)
    and, for an ITA item page, its item and parts under their catalogue keys (`ita`)."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        view = self.context.get("view")
        if getattr(view, "action", "") == "detail_view":
            data.update(related(instance, self.context["request"]))
            data.update(ita_for(instance, self.context))
        return data


ProjectImageSerializer = _with_streamfields(ImageSerializer)
ProjectDocumentSerializer = _with_streamfields(DocumentSerializer)


class ProblemsMixin:
    """Errors as problem details; StreamField objects of a listing loaded in bulk."""

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        data = response.data if isinstance(response.data, dict) else {}
        detail = data.get("message") or data.get("detail") or default_detail(response.status_code)
        problem = Response(
            problem_body(response.status_code, str(detail), instance=self.request.path),
            status=response.status_code,
            content_type=PROBLEM_CONTENT_TYPE,
            headers={key: value for key, value in response.items() if key in ("Allow", "WWW-Authenticate")},
        )
        problem["Cache-Control"] = "no-store"
        return problem

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        if kwargs.get("many") and args:
            stream_fields = [
                name for name, field in serializer.child.fields.items() if isinstance(field, StreamFieldSerializer)
            ]
            if stream_fields:
                prefetch = prefetch_for(serializer.context)
                for instance in args[0]:
                    prefetch.collect_instance(instance, stream_fields)
                prefetch.load()
        return serializer


PAGE_FIELD_NAMES = frozenset(field.name for field in Page._meta.get_fields())


def default_api_fields(model) -> list[str]:
    """The content fields a page type adds to Page, for types that declare no `api_fields`.

    Why a default: every page type must be readable over the API, and a type added
    later should not silently expose nothing. Only the type's own concrete fields
    count (text, numbers, dates, StreamFields, chosen images and documents); child
    relations and Page's own fields stay out. ``api_exclude_fields`` on the model
    leaves out a field; declaring ``api_fields`` replaces the default entirely.
    """
    excluded = set(getattr(model, "api_exclude_fields", ()))
    names = []
    for field in model._meta.concrete_fields:
        if field.name in PAGE_FIELD_NAMES or field.name in excluded or field.name.endswith("_ptr"):
            continue
        if field.is_relation and field.related_model not in (get_image_model(), get_document_model()):
            continue
        names.append(field.name)
    return names


def localised_page(request, html_path: str):
    """The page of the request's site at a language-prefixed path, else None."""
    site = Site.find_for_request(request)
    components = [part for part in urlsplit(html_path).path.split("/") if part]
    if site is None or not components or components[0] not in dict(settings.LANGUAGES):
        return None
    locale = Locale.objects.filter(language_code=components[0]).first()
    root = site.root_page.get_translation_or_none(locale) if locale is not None else None
    if root is None:
        return None
    try:
        page, _args, _kwargs = root.specific.route(request, components[1:])
    except Http404:
        return None
    return page


class ProjectPagesAPIViewSet(ProblemsMixin, PagesAPIViewSet):
    """Live, public pages of the requested site in every language (?locale=th|en)."""

    base_serializer_class = ProjectPageSerializer

    @classmethod
    def get_body_fields(cls, model):
        declared = getattr(model, "api_fields", None)
        if declared is None and model is not Page:
            declared = default_api_fields(model)
        return cls._convert_api_fields(cls.body_fields + list(declared or ()))

    def get_queryset(self):
        # The locale is in every listing item; fetch it with the page, not per page.
        return super().get_queryset().select_related("locale")

    def find_object(self, queryset, request):
        """`find/?html_path=` also takes the path as the site serves it ("/th/ita/2566/o1/")
        or a whole page URL: the language prefix picks the language's tree."""
        if "html_path" in request.GET:
            page = localised_page(request, request.GET["html_path"])
            if page is not None and queryset.filter(pk=page.pk).exists():
                return page
        return super().find_object(queryset, request)


class ProjectImagesAPIViewSet(ProblemsMixin, ImagesAPIViewSet):
    base_serializer_class = ProjectImageSerializer


class ProjectDocumentsAPIViewSet(ProblemsMixin, DocumentsAPIViewSet):
    base_serializer_class = ProjectDocumentSerializer


class PagePreviewAPIViewSet(ProjectPagesAPIViewSet):
    """One draft revision, opened by a signed token and nothing else.

    The only accepted parameters are the token and the output options; the answer
    has the same shape as the page's detail in /api/v2/pages/<id>/.
    """

    name = "page_preview"
    known_query_parameters = frozenset(["token", "fields", "rich_text_format", "format"])

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            try:
                page = page_for_token(self.request.GET.get("token", ""))
            except PreviewTokenError as exc:
                self._token_problem = str(exc)
                raise PermissionError from exc
            self._cached_object = page
        return self._cached_object

    def preview_view(self, request):
        unknown = set(request.GET) - self.known_query_parameters
        if unknown:
            return self._problem(400, _("Unknown query parameters: %s") % ", ".join(sorted(unknown)))
        try:
            instance = self.get_object()
        except PermissionError:
            return self._problem(403, _("The preview link is invalid or has expired. Ask the editor for a new one."))
        response = Response(self.get_serializer(instance).data)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def _problem(self, status, detail):
        response = Response(
            problem_body(status, detail, instance=self.request.path),
            status=status,
            content_type=PROBLEM_CONTENT_TYPE,
        )
        response["Cache-Control"] = "no-store"
        return response

    def get_serializer_class(self):
        self.action = "detail_view"  # serialise like a detail view (all api_fields, parent)
        return super().get_serializer_class()

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="preview")]


api_router = WagtailAPIRouter("wagtailapi_v2")
# "pages" first: the router links Page objects to the first endpoint serving Page.
api_router.register_endpoint("pages", ProjectPagesAPIViewSet)
api_router.register_endpoint("images", ProjectImagesAPIViewSet)
api_router.register_endpoint("documents", ProjectDocumentsAPIViewSet)
api_router.register_endpoint("preview", PagePreviewAPIViewSet)
