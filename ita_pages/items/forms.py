"""The editor form of every item page: publish-time rules and stable slugs.

Why a base_form_class: drafts may be incomplete, but publishing must be refused while
any part the assessor looks for is missing. ``clean()`` runs the same rules as
``ItemPage.publish_errors()`` (used by demo/seed code), only when the form is not
in deferred (draft) validation, and names each missing part by its catalogue label.
A page type with a form of its own subclasses ``ItemPageForm``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import ListBlockValidationError, StreamBlockValidationError, StreamValue
from wagtail.blocks.base import BlockField


def draft_clean_stream(block, raw) -> StreamValue:
    """``raw`` (a stream as posted) cleaned as a draft would be, child by child.

    A stream that failed validation (too few months, a month with an error) still has
    children that are fine; the publish rules must see those with their real types to
    name what is missing. A child that does not clean even as a draft has its own error
    on the form and counts here as absent.
    """
    children = []
    block.defer_required_validation()
    try:
        for child in raw:
            try:
                children.append((child.block_type, child.block.clean(child.value), child.id))
            except ValidationError:
                continue
    finally:
        block.restore_deferred_validation()
    return StreamValue(block, children)


class ItemPageForm(WagtailAdminPageForm):
    """Refuses to publish an incomplete item, naming each missing part in the editor's language."""

    def _parent(self):
        return self.parent_page or (self.instance.get_parent() if self.instance.path else None)

    def _value(self, name):
        """The submitted value of a field as its model type, even when that field failed validation.

        The publish rules read typed values (a date, a block's ``StructValue`` of dates and
        numbers); a field that failed validation has no cleaned value, only what the browser
        sent, so that is converted here rather than passed on as form strings.
        """
        if name in self.cleaned_data:
            return self.cleaned_data[name]
        field = self.fields.get(name)
        if field is None:
            return getattr(self.instance, name, None)
        raw = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
        if isinstance(field, BlockField):
            return draft_clean_stream(field.block, raw)
        try:
            return field.to_python(raw)
        except ValidationError:
            return None  # its own field reports it

    def _name_stream_errors(self):
        """Say in the editor's language what is wrong with a StreamField, in the error summary.

        Wagtail's stream error carries the fixed English text "Validation error in
        StreamBlock" as its message (the details are drawn inside the block editor);
        the summary at the top of the page shows that message.
        """
        for errors in self._errors.values():
            for error in getattr(errors, "data", []):
                if isinstance(error, (StreamBlockValidationError, ListBlockValidationError)):
                    own = " ".join(error.non_block_errors or [])  # e.g. "This field is required."
                    error.message = own or gettext("Some blocks need correcting: see the message in each block below.")

    def clean(self):
        self._name_stream_errors()
        page_cls = self._meta.model
        parent = self._parent()
        item, _year = self.instance.item_and_year_for(parent)
        if item is not None and page_cls.slug_is_item_code:
            # Stable URL: the item code, whatever the editor typed.
            self.cleaned_data["slug"] = item.slug
        cleaned = super().clean()
        if self.is_deferred_validation:
            return cleaned
        names = [f.name for f in page_cls._meta.concrete_fields]
        values = {name: self._value(name) for name in names}
        errors = page_cls.collect_publish_errors(values, item, page_cls.part_context(parent))
        for name, messages in errors.items():
            # A StreamField renders its errors inside the block editor's JSON state; a missing
            # part is shown with the form's own errors at the top instead, where it is read.
            field = self.fields.get(name)
            target = name if field is not None and not isinstance(field, BlockField) else None
            for message in messages:
                self.add_error(target, message)
        return cleaned
