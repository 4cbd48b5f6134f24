"""Publish validation outside the page editor: the checks the editor's publish button runs.

Pages created in code skip StreamField validation (`add_child()` and
`save_revision().publish()` do not run block `clean()`), so content built that way
could publish what an editor never could. The readiness checker judges live pages
with `validate_for_publish`, and code that creates pages (the demo, a new year's
section) goes through `publish_validated`.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import StreamField
from wagtail.models import Page


def validate_for_publish(page: Page) -> None:
    """Raise ValidationError unless `page` could be published from the editor.

    Runs model validation, full (non-deferred) block validation of every
    StreamField, and the page's own publish rules when it defines
    `publish_errors()` (returning {field: [messages]}), which is where page-level
    rules shared with the page's `base_form_class` live.
    """
    page.full_clean()
    errors: dict[str, list] = {}
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            try:
                field.stream_block.clean(value)
            except (StreamBlockValidationError, ValidationError) as exc:
                errors.setdefault(field.name, []).append(exc)
    publish_errors = getattr(page, "publish_errors", None)
    if callable(publish_errors):
        for name, messages in (publish_errors() or {}).items():
            errors.setdefault(name, []).extend(messages)
    if errors:
        raise ValidationError(errors)


def publish_validated(page: Page, user=None) -> Page:
    """Validate `page` as the editor would, then save a revision and publish it."""
    validate_for_publish(page)
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def add_validated_child(parent: Page, page: Page, user=None) -> Page:
    """Add `page` under `parent` (as a draft first) and publish it once valid."""
    validate_for_publish_fields_only(page)
    page.live = False
    parent.add_child(instance=page)
    return publish_validated(page, user=user)


def validate_for_publish_fields_only(page: Page) -> None:
    """Block validation before the page exists in the tree (no path yet)."""
    errors = {}
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            try:
                field.stream_block.clean(getattr(page, field.name))
            except (StreamBlockValidationError, ValidationError) as exc:
                errors[field.name] = [exc]
    if errors:
        raise ValidationError(errors)
