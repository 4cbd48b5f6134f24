"""Drop cached readiness reports whenever what they judge may have changed."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

# Non-page models whose changes can change a verdict (labels are lower case).
WATCHED_MODELS = {
    "wagtaildocs.document",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
    "menus.mainmenu",
    "core.agencyprofile",
    "ita_pages.itasettings",
}


def _invalidate(**kwargs):
    from .cache import invalidate

    invalidate()


def _on_model_change(sender, **kwargs):
    if sender._meta.label_lower in WATCHED_MODELS:
        _invalidate()


def _on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) or sender._meta.label_lower in WATCHED_MODELS:
        _invalidate()


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(_invalidate, dispatch_uid=f"readiness-{id(signal)}")
    post_save.connect(_on_model_change, dispatch_uid="readiness-post-save")
    post_delete.connect(_on_delete, dispatch_uid="readiness-post-delete")
