"""Rule `required-parts`: the live revision has every part the assessor looks for.

Why re-run the editor's validation: a page published before a rule was tightened,
or created in code, can lack a part the editor would now refuse. Running the same
checks on the *live* revision (`ita_pages.core.publish.validate_for_publish`: model
validation, full block validation and the page's `publish_errors()`, i.e. the
catalogue's parts, their counts and dates, the period and nil statements, see
`ita_pages.core.publish_rules`) means the checker and the editor can never disagree. The
messages render in Thai and in English from the same error.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField

from ita_pages.core.publish import validate_for_publish

from ..content import Where, _raw_stream
from ..registry import Rule, register


class LazyError:
    """A validation message rendered in whichever language is active."""

    def __init__(self, error: ValidationError):
        self.error = error

    def __str__(self) -> str:
        message = self.error.message if hasattr(self.error, "message") else self.error
        params = getattr(self.error, "params", None)
        text = str(message)
        return text % params if params else text


def flatten(error, block, raw, where: Where):
    """(where, LazyError) for every leaf message of a (nested) validation error."""
    if isinstance(error, blocks.StreamBlockValidationError):
        for e in error.non_block_errors.as_data():
            yield where, LazyError(e)
        children = raw if isinstance(raw, list) else []
        for index, child_error in sorted(error.block_errors.items()):
            child = children[index] if index < len(children) and isinstance(children[index], dict) else {}
            child_block = block.child_blocks.get(child.get("type")) if block is not None else None
            label = getattr(child_block, "label", None) or child.get("type") or "?"
            # Number children per type ("Executive 2"), as editors count them.
            kind = child.get("type")
            number = sum(1 for c in children[: index + 1] if isinstance(c, dict) and c.get("type") == kind)
            yield from flatten(
                child_error, child_block, child.get("value"), where.child(format_lazy("{} {}", label, number or 1))
            )
    elif isinstance(error, blocks.StructBlockValidationError):
        for e in error.non_block_errors.as_data():
            yield where, LazyError(e)
        raw = raw if isinstance(raw, dict) else {}
        for name, child_error in error.block_errors.items():
            child_block = block.child_blocks.get(name) if block is not None else None
            label = getattr(child_block, "label", None) or name
            yield from flatten(child_error, child_block, raw.get(name), where.child(label))
    elif isinstance(error, blocks.ListBlockValidationError):
        for e in error.non_block_errors.as_data():
            yield where, LazyError(e)
        items = raw if isinstance(raw, list) else []
        for index, child_error in sorted(error.block_errors.items()):
            value = items[index] if index < len(items) else None
            if isinstance(value, dict) and "type" in value and "value" in value:
                value = value["value"]
            yield from flatten(child_error, getattr(block, "child_block", None), value, where.child(str(index + 1)))
    elif isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            for name, errors in error.error_dict.items():
                for e in errors:
                    yield from flatten(e, block, raw, where.child(name))
        elif hasattr(error, "error_list") and (len(error.error_list) > 1 or error.error_list[0] is not error):
            for e in error.error_list:
                yield from flatten(e, block, raw, where)
        else:
            yield where, LazyError(error)
    else:
        yield where, str(error)


def field_errors(page, exc: ValidationError):
    """Flatten `validate_for_publish`'s {field: [errors]} using the page's field labels."""
    for name, errors in exc.error_dict.items() if hasattr(exc, "error_dict") else [(None, exc.error_list)]:
        field = None
        if name and name != "__all__":
            try:
                field = page._meta.get_field(name)
            except Exception:  # publish_errors may use keys that are not fields
                field = None
        where = Where(getattr(field, "verbose_name", None) or (name if name not in (None, "__all__") else ""))
        stream_block = field.stream_block if isinstance(field, StreamField) else None
        raw = _raw_stream(getattr(page, name)) if stream_block is not None else None
        for error in errors:
            yield from flatten(error, stream_block, raw, where)


@register
class RequiredPartsRule(Rule):
    code = "required-parts"
    messages = {
        "invalid": _("%(where)s: %(error)s"),
        "invalid-page": _("%(error)s"),
    }

    def check(self, ctx, item):
        obj = ctx.live_object(ctx.page_for(item))
        seen: set[str] = set()
        try:
            validate_for_publish(obj)
        except ValidationError as exc:
            for where, error in field_errors(obj, exc):
                key = f"{where}|{error}"
                if key in seen:
                    continue
                seen.add(key)
                if str(where):
                    yield self.problem("invalid", where=where, error=error)
                else:
                    yield self.problem("invalid-page", error=error)
