"""Admin downloads of the homepage QR codes: SVG and a print-ready A4 poster.

Agencies print the QR codes for their service counters; the poster carries the
agency's Thai name and a Thai caption so it can be posted as is.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Site

from home import qr
from home.blocks import QR_KINDS, qr_target
from ita_pages.core.models import AgencyProfile


def _site(request):
    site_id = request.GET.get("site")
    return get_object_or_404(Site, pk=site_id) if site_id else Site.find_for_request(request)


def _target_or_404(kind, request):
    if kind not in QR_KINDS:
        raise Http404
    site = _site(request)
    url = qr_target(kind, site, request=request) if site else ""
    if not url:
        raise Http404("This QR code has no target yet.")
    return site, url


def qr_svg_view(request, kind):
    _site_obj, url = _target_or_404(kind, request)
    response = HttpResponse(qr.qr_svg(url), content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="qr-{kind}.svg"'
    return response


def qr_poster_view(request, kind):
    site, url = _target_or_404(kind, request)
    profile = AgencyProfile.for_site(site)
    with translation.override("th"):
        caption = str(QR_KINDS[kind]().meta.default_caption)
    png = qr.poster_png(url, profile.name_th or profile.name_en or site.site_name, caption, footer=url)
    response = HttpResponse(png, content_type="image/png")
    name = slugify(f"qr-{kind}-poster") or "qr-poster"
    response["Content-Disposition"] = f'attachment; filename="{name}.png"'
    return response
