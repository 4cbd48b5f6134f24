"""The editor's side of headless preview: issue a token for the page's latest draft.

Why an admin view: only someone who may edit the page may see its draft, so the
token is minted behind Wagtail's login and the page's edit permission. With
``HEADLESS_PREVIEW_CLIENT_URL`` set the editor is sent straight to the front end;
without it the view shows the API address to hand to the front-end developer.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page, Site

from config.addresses import absolute_url

from .preview import client_url, make_token, max_age


def headless_preview(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    token = make_token(page)
    target = client_url(page, token)
    if target:
        return redirect(target)
    path = reverse("wagtailapi_v2:preview:preview") + "?token=" + token
    site = page.get_site() or Site.find_for_request(request)
    api_url = absolute_url(site, path) if site is not None else path
    response = TemplateResponse(
        request,
        "ita_api/headless_preview.html",
        {"page": page, "api_url": api_url, "minutes": max_age() // 60},
    )
    response["Cache-Control"] = "private, no-store"
    return response
