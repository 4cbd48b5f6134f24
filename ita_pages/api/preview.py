"""Signed, expiring preview tokens for decoupled front ends.

Why not wagtail-headless-preview: it replaces the preview of every page type it is
mixed into (the server-rendered site's own preview would go), stores a copy of the
page in a table of its own, and its tokens never expire by themselves (it deletes
copies older than a day only when someone previews again). Here a token is a
`TimestampSigner` signature over one page id and one revision id: it expires after
``HEADLESS_PREVIEW_MAX_AGE`` seconds, needs no table, and opens exactly that revision
of that page through ``/api/v2/preview/?token=…``; no other page, revision, child
or listing is reachable with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.core import signing
from wagtail.models import Page, Revision

SALT = "ita_api.headless_preview"


class PreviewTokenError(Exception):
    """The token is malformed, forged, expired or points at nothing."""


@dataclass(frozen=True)
class PreviewGrant:
    page_id: int
    revision_id: int


def max_age() -> int:
    return int(getattr(settings, "HEADLESS_PREVIEW_MAX_AGE", 3600))


def make_token(page: Page, revision: Revision | None = None) -> str:
    """A token for `revision` (default: the page's latest revision) of `page`."""
    revision = revision or page.latest_revision
    if revision is None:
        revision = page.save_revision()
    if str(revision.object_id) != str(page.pk) or revision.base_content_type_id != page.get_base_content_type().pk:
        raise ValueError("The revision does not belong to this page.")
    return signing.TimestampSigner(salt=SALT).sign_object({"p": page.pk, "r": revision.pk})


def read_token(token: str) -> PreviewGrant:
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token or "", max_age=max_age())
    except signing.SignatureExpired as exc:
        raise PreviewTokenError("expired") from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise PreviewTokenError("invalid") from exc
    if not isinstance(data, dict) or not isinstance(data.get("p"), int) or not isinstance(data.get("r"), int):
        raise PreviewTokenError("invalid")
    return PreviewGrant(page_id=data["p"], revision_id=data["r"])


def page_for_token(token: str) -> Page:
    """The page as it is in the token's revision (raises PreviewTokenError)."""
    grant = read_token(token)
    try:
        page = Page.objects.get(pk=grant.page_id)
    except Page.DoesNotExist as exc:
        raise PreviewTokenError("gone") from exc
    revision = (
        Revision.objects.filter(
            pk=grant.revision_id,
            object_id=str(page.pk),
            base_content_type_id=page.get_base_content_type().pk,
        )
        .select_related("content_type")
        .first()
    )
    if revision is None:
        raise PreviewTokenError("gone")
    return revision.as_object()


def client_url(page: Page, token: str) -> str:
    """Where the editor is sent: ``HEADLESS_PREVIEW_CLIENT_URL`` with {token}, {id}, {type}."""
    template = getattr(settings, "HEADLESS_PREVIEW_CLIENT_URL", "")
    if not template:
        return ""
    specific_class = page.specific_class
    return template.format(
        token=quote(token, safe=""),
        id=page.pk,
        type=f"{specific_class._meta.app_label}.{specific_class.__name__}",
    )
