"""Only the site's complaint officers read cases: not editors, not superusers, not via API or search."""

import pytest
from wagtail.models import Site

from ita_pages.channels.complaints.models import CaseAccessLog, ComplaintSettings
from tests.accounts import sign_in

SUBJECT = "หัวหน้าฝ่ายพัสดุรับเงินทอนQQQ"


@pytest.fixture
def case(make_case):
    return make_case(subject=SUBJECT, description="รายละเอียดลับWWW", complainant_name="ผู้แจ้งZZZ")[0]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["outsider_superuser", "outsider_editor"])
def test_outsiders_see_counts_only(client, case, who, request):
    sign_in(client, request.getfixturevalue(who))
    index = client.get("/admin/corruption-complaints/")
    assert index.status_code == 200
    html = index.content.decode()
    assert 'data-testid="count">1<' in html
    assert SUBJECT not in html and f"/admin/corruption-complaints/{case.pk}/" not in html
    detail = client.get(f"/admin/corruption-complaints/{case.pk}/", follow=True)
    assert detail.status_code == 404
    assert SUBJECT not in detail.content.decode()
    assert not CaseAccessLog.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["outsider_superuser", "outsider_editor"])
def test_outsiders_find_nothing_through_admin_search_snippets_or_site_search(client, case, who, request):
    sign_in(client, request.getfixturevalue(who))
    # Search for words of the description; neither it nor the subject or name may appear.
    for url in (
        "/admin/search/?q=WWW",
        "/admin/snippets/",
        "/admin/general-complaints/?q=WWW",
        "/admin/pages/search/?q=WWW",
        "/th/search/?q=WWW",
        "/th/search/?query=WWW",
        "/django-admin/",
    ):
        response = client.get(url, follow=True)
        content = response.content.decode()
        assert "QQQ" not in content and "รายละเอียดลับWWW" not in content and "ZZZ" not in content, url


@pytest.mark.django_db
def test_api_offers_no_way_to_list_or_read_cases_without_the_receipt(client, case, outsider_superuser):
    sign_in(client, outsider_superuser)
    schema = client.get("/api/openapi.json").json()
    corruption_paths = {path: ops for path, ops in schema["paths"].items() if "corruption" in path}
    assert corruption_paths
    assert all(set(ops) == {"post"} for ops in corruption_paths.values())
    for path in corruption_paths:
        assert client.get(path).status_code == 405
    response = client.post("/api/complaints/corruption/check", {"receipt_code": ""}, content_type="application/json")
    assert response.json()["found"] is False and SUBJECT not in response.content.decode()


@pytest.mark.django_db
def test_officers_see_cases_and_each_view_is_audited(officer_client, officer, case):
    index = officer_client.get("/admin/corruption-complaints/")
    assert f"/admin/corruption-complaints/{case.pk}/" in index.content.decode()
    assert SUBJECT not in index.content.decode()  # subjects only inside the audited view
    for _ in range(2):
        detail = officer_client.get(f"/admin/corruption-complaints/{case.pk}/")
        assert SUBJECT in detail.content.decode()
    entries = CaseAccessLog.objects.filter(case_number=case.pk, action=CaseAccessLog.Action.VIEW)
    assert entries.count() == 2 and {entry.user for entry in entries} == {officer}
    assert "no-store" in detail["Cache-Control"]


@pytest.mark.django_db
def test_officer_group_is_per_site(client, django_user_model, case, site_th, officer):
    from django.contrib.auth.models import Group

    other_group = Group.objects.create(name="เจ้าหน้าที่ร้องเรียน อบต. อื่น")
    settings = ComplaintSettings.for_site(site_th)
    settings.officer_group = other_group
    settings.save()
    sign_in(client, officer)  # member of the default group only
    assert client.get(f"/admin/corruption-complaints/{case.pk}/", follow=True).status_code == 404
    officer.groups.add(other_group)
    assert client.get(f"/admin/corruption-complaints/{case.pk}/").status_code == 200


@pytest.mark.django_db
def test_cases_of_another_site_stay_hidden(client, officer, make_case, corruption_page, site_th):
    from ita_pages.channels.complaints import services

    other_site = Site.objects.create(hostname="other.example", root_page=site_th.root_page, site_name="อื่น")
    from django.contrib.auth.models import Group

    other_group = Group.objects.create(name="officers of other site")
    settings = ComplaintSettings.for_site(other_site)
    settings.officer_group = other_group
    settings.save()
    foreign, _code = services.file_corruption_complaint(
        site=other_site, page=corruption_page, data={"subject": "เรื่องของอีกหน่วยงาน", "description": "x"}
    )
    sign_in(client, officer)
    assert (
        f"/admin/corruption-complaints/{foreign.pk}/"
        not in client.get("/admin/corruption-complaints/").content.decode()
    )
    assert client.get(f"/admin/corruption-complaints/{foreign.pk}/", follow=True).status_code == 404


@pytest.mark.django_db
def test_general_complaints_use_their_own_model_permissions(client, outsider_editor, general_page):
    from django.contrib.auth.models import Permission

    from ita_pages.channels.complaints import services

    services.file_general_complaint(
        site=general_page.get_site(), page=general_page, data={"name": "ก", "subject": "ถนนพังXYZ", "body": "x"}
    )
    sign_in(client, outsider_editor)
    assert "ถนนพังXYZ" not in client.get("/admin/general-complaints/", follow=True).content.decode()
    outsider_editor.user_permissions.add(Permission.objects.get(codename="view_generalcomplaint"))
    assert "ถนนพังXYZ" in client.get("/admin/general-complaints/").content.decode()
    # Complaints come only from the public form (it issues the receipt): no admin "add".
    refused = client.get("/admin/general-complaints/new/")
    assert refused.status_code in (302, 403)
    assert refused.status_code == 403 or "/general-complaints/new/" not in refused["Location"]
