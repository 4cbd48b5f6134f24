"""Headless preview: a signed, expiring token opens one draft revision and nothing else."""

import pytest
from django.core import signing

from tests.accounts import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_change(make_stream_page):
    """A live page whose latest revision is an unpublished draft with a new title."""
    page = make_stream_page(title="ฉบับเผยแพร่")
    page.title = "ฉบับร่างใหม่"
    page.summary = "สรุปฉบับร่าง"
    page.save_revision()
    return page


def preview(client, token, **params):
    return client.get("/api/v2/preview/", {"token": token, **params})


def test_editor_gets_a_token_for_the_latest_draft(editor_client, client, draft_change):
    response = editor_client.get(f"/admin/headless-preview/{draft_change.pk}/")
    assert response.status_code == 200
    api_url = response.context["api_url"]
    assert "/api/v2/preview/?token=" in api_url
    token = api_url.split("token=", 1)[1]
    data = preview(client, token).json()
    assert data["id"] == draft_change.pk
    assert data["title"] == "ฉบับร่างใหม่"
    assert data["summary"] == "สรุปฉบับร่าง"
    assert data["body"][0]["type"] == "heading"
    # The public API still shows the published version.
    assert client.get(f"/api/v2/pages/{draft_change.pk}/").json()["title"] == "ฉบับเผยแพร่"


def test_editor_is_sent_to_the_front_end_when_configured(editor_client, draft_change, settings):
    settings.HEADLESS_PREVIEW_CLIENT_URL = "https://front.example/preview?token={token}&type={type}&id={id}"
    response = editor_client.get(f"/admin/headless-preview/{draft_change.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("https://front.example/preview?token=")
    assert f"&type=api_testapp.StreamTestPage&id={draft_change.pk}" in response["Location"]


def test_anonymous_users_cannot_mint_tokens(client, draft_change):
    response = client.get(f"/admin/headless-preview/{draft_change.pk}/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editor_without_edit_permission_cannot_mint_tokens(client, draft_change, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "r@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in(client, user)
    assert client.get(f"/admin/headless-preview/{draft_change.pk}/").status_code in (302, 403)


def test_header_menu_offers_the_link(editor_client, draft_change):
    response = editor_client.get(f"/admin/pages/{draft_change.pk}/edit/")
    assert f"/admin/headless-preview/{draft_change.pk}/" in response.content.decode()


def test_token_for_a_never_published_page(client, make_stream_page):
    from ita_pages.api.preview import make_token

    page = make_stream_page(title="หน้าใหม่ยังไม่เผยแพร่", live=False)
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    data = preview(client, make_token(page)).json()
    assert data["title"] == "หน้าใหม่ยังไม่เผยแพร่"


def test_preview_is_never_cached(client, draft_change):
    from ita_pages.api.preview import make_token

    response = preview(client, make_token(draft_change))
    assert response["Cache-Control"] == "private, no-store"


def test_expired_token_is_refused(client, draft_change, settings):
    from ita_pages.api.preview import make_token

    token = make_token(draft_change)
    settings.HEADLESS_PREVIEW_MAX_AGE = -1  # every signature is older than this
    response = preview(client, token)
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/problem+json")


def test_tampered_and_foreign_tokens_are_refused(client, draft_change, make_stream_page):
    from ita_pages.api.preview import SALT, make_token

    token = make_token(draft_change)
    assert preview(client, token[:-2] + "xx").status_code == 403
    # A well-formed payload signed with another salt (e.g. another feature's token).
    other = signing.TimestampSigner(salt="something-else").sign_object({"p": draft_change.pk, "r": 1})
    assert preview(client, other).status_code == 403
    # A revision of another page cannot be smuggled in with this page's id.
    other_page = make_stream_page(title="อื่น")
    forged = signing.TimestampSigner(salt=SALT + "x").sign_object(
        {"p": draft_change.pk, "r": other_page.latest_revision.pk}
    )
    assert preview(client, forged).status_code == 403
    signed_mismatch = signing.TimestampSigner(salt=SALT).sign_object(
        {"p": draft_change.pk, "r": other_page.latest_revision.pk}
    )
    assert preview(client, signed_mismatch).status_code == 403


def test_token_opens_nothing_else(client, draft_change, make_stream_page):
    from ita_pages.api.preview import make_token

    secret = make_stream_page(title="ร่างอื่นที่ต้องไม่เห็น", live=False)
    token = make_token(draft_change)
    # Listing/children/other ids through the preview endpoint are not accepted.
    for params in ({"child_of": draft_change.pk}, {"id": secret.pk}, {"type": "wagtailcore.Page"}):
        response = preview(client, token, **params)
        assert response.status_code == 400
        assert "ร่างอื่นที่ต้องไม่เห็น" not in response.content.decode()
    # The token is no key to the pages endpoint either.
    response = client.get(f"/api/v2/pages/{secret.pk}/", {"token": token})
    assert response.status_code in (400, 404)


def test_make_token_refuses_a_revision_of_another_page(make_stream_page):
    from ita_pages.api.preview import make_token

    one, two = make_stream_page(title="หนึ่ง"), make_stream_page(title="สอง")
    with pytest.raises(ValueError):
        make_token(one, two.latest_revision)
