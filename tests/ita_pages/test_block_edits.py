"""Deleting, moving or duplicating any block of any item's page, then publishing, never fails the server.

The cases are generated: every catalogue item whose page type has a StreamField, with
the demo's filled page, and for each of its streams: delete one block of each type,
duplicate one block of each type, swap the first and the last block. Each case is
posted to the Wagtail edit view as the block editor would post it, logged in as the
demo editor. What the editor should get is decided independently, by validating the
changed content with the rules the demo is built with (``validate_for_publish``): a
valid change is published in the new order, an invalid one is refused with its Thai
message on the page, and nothing answers 5xx.
"""

from __future__ import annotations

import importlib
import io
import json
from html import escape

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StreamValue

from demo.ita_pages import ensure_indicator
from demo.site import ensure_accounts
from ita_pages.core.catalogue import registry
from ita_pages.core.publish import validate_for_publish
from ita_pages.readiness.rules.parts import field_errors
from tests.accounts import sign_in
from tests.ita_pages.admin_posts import StreamPost, form_post, stream_fields

pytestmark = pytest.mark.django_db

YEAR = 2566


def _item_models():
    result = []
    for item in registry.get_catalogue(YEAR).items:
        model = apps.get_model(item.app_label, item.model_name)
        if stream_fields(model):
            result.append((item, model))
    return result


ITEMS = _item_models()


def test_every_page_type_with_blocks_is_covered():
    codes = {item.code for item, _model in ITEMS}
    assert {"O1", "O2", "O18", "O21", "O43"} <= codes
    assert len(codes) == 37  # 36 indicator pages (O5 has no blocks) and O18's E-Service page


def demo_page(item, model, ita_index):
    """The demo's filled page for ``item``: built by this app or by the demo part of the item's app."""
    if item.app_label == "ita_pages":
        return ensure_indicator(ita_index, model, item)
    demo = importlib.import_module(f"demo.{item.app_label}")
    demo.load(ita_index.get_site(), io.StringIO())
    # The Thai page: the demo also publishes its English translation.
    return model.objects.get(locale=ita_index.locale)


def edits(post: StreamPost):
    """(name, apply) for every generated edit of one stream."""
    kinds = {}
    for position, (kind, _id) in enumerate(post.visible()):
        kinds.setdefault(kind, position)
    for kind, position in kinds.items():
        yield f"delete {kind}", lambda p, pos=position: p.delete(pos)
        yield f"duplicate {kind}", lambda p, pos=position: p.duplicate(pos)
    if len(post.visible()) > 1:
        yield "swap first and last", lambda p: p.swap(0, len(p.visible()) - 1)


def expected_errors(page, field_name: str, post: StreamPost) -> list[str]:
    """The messages the changed content deserves ([] when it may be published)."""
    stream = getattr(page, field_name)
    original = {c.id: c.value for c in stream}
    changed = type(page).objects.get(pk=page.pk)
    children = [(kind, original[post.copied_from.get(i, i)], i) for kind, i in post.visible()]
    setattr(changed, field_name, StreamValue(stream.stream_block, children))
    try:
        validate_for_publish(changed)
    except ValidationError as exc:
        return [str(error) for _where, error in field_errors(changed, exc)]
    return []


def shown(message: str, html: str) -> bool:
    """A message is on the page as text or inside the block editor's JSON state."""
    escaped = json.dumps(message)[1:-1]
    candidates = (message, escape(message), escaped, escaped.replace('"', "&quot;"))
    return any(candidate in html for candidate in candidates)


@pytest.mark.parametrize(("item", "model"), ITEMS, ids=[item.code for item, _m in ITEMS])
def test_deleting_moving_or_duplicating_a_block_then_publishing(item, model, ita_index, client):
    ensure_accounts()
    sign_in(client, get_user_model().objects.get(username="demo-editor"))
    page = demo_page(item, model, ita_index)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    html = client.get(url).content.decode()
    problems = []
    for field in stream_fields(model):
        probe = StreamPost(field.name, field.stream_block, getattr(page, field.name))
        for name, apply in list(edits(probe)):
            post = StreamPost(field.name, field.stream_block, getattr(page, field.name))
            apply(post)
            wanted = expected_errors(page, field.name, post)
            response = client.post(url, form_post(html, page, {field.name: post}))
            case = f"{item.code} {field.name}: {name}"
            body = response.content.decode()
            if response.status_code >= 500:
                problems.append(f"{case}: HTTP {response.status_code}")
            elif wanted:
                if response.status_code != 200:
                    problems.append(f"{case}: accepted ({response.status_code}) although {wanted}")
                elif not any(shown(m, body) for m in wanted):
                    problems.append(f"{case}: none of {wanted} shown")
            elif response.status_code != 302:
                problems.append(f"{case}: refused a valid change ({response.status_code})")
            else:
                live = model.objects.get(pk=page.pk)
                order = [(c.block_type, c.id) for c in getattr(live, field.name)]
                if [k for k, _i in order] != [k for k, _i in post.visible()]:
                    problems.append(f"{case}: published {order}, wanted {post.visible()}")
    assert problems == []
