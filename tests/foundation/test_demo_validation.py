"""Demo content goes through the validation an editor meets at publish time."""

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.fields import StreamField

from ita_pages.core.publish import validate_for_publish


class _FakePage:
    """A stand-in with one StreamField that requires a block, like indicator pages."""

    class _Meta:
        def get_fields(self):
            field = StreamField([("part", blocks.CharBlock())], block_counts={"part": {"min_num": 1}})
            field.name = "body"
            return [field]

    _meta = _Meta()

    def __init__(self, body):
        self.body_field = self._meta.get_fields()[0]
        self.body = self.body_field.stream_block.to_python(body)

    def full_clean(self):
        return None

    def publish_errors(self):
        return {}


def test_missing_required_block_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_for_publish(_FakePage([]))
    assert "body" in error.value.message_dict


def test_complete_content_passes():
    validate_for_publish(_FakePage([{"type": "part", "value": "ครบถ้วน"}]))
