"""Who may read corruption cases changes only on the record, with the changer's password."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from ita_pages.channels.complaints.models import ComplaintSettings, OfficerAccessChange
from ita_pages.channels.complaints.officer_audit import LOG_ACTION
from tests.accounts import sign_in


def settings_url(site):
    return f"/admin/settings/complaints/complaintsettings/{site.pk}/"


def post_settings(client, site, group, password):
    data = {"officer_group": group.pk if group else "", "retention_days": 1825, "contact_retention_days": 365}
    if password is not None:
        data["confirm_password"] = password
    return client.post(settings_url(site), data)


@pytest.fixture
def editors(db):
    return Group.objects.get_or_create(name="Editors")[0]


@pytest.mark.django_db
def test_change_through_the_form_records_old_and_new_and_logs_it(client, outsider_superuser, site_th, editors):
    sign_in(client, outsider_superuser)
    response = post_settings(client, site_th, editors, "password")
    assert response.status_code == 302
    assert ComplaintSettings.for_site(site_th).officer_group == editors
    change = OfficerAccessChange.objects.get(kind=OfficerAccessChange.Kind.SETTING)
    assert "Corruption complaint officers" in change.old_value
    assert change.new_value == "Editors"
    assert change.changed_by == outsider_superuser and change.changed_by_username == "boss"
    entry = ModelLogEntry.objects.get(action=LOG_ACTION)
    assert entry.user_id == outsider_superuser.pk
    message = entry.message
    assert "Corruption complaint officers" in message and "→ Editors" in message


@pytest.mark.django_db
@pytest.mark.parametrize("password", [None, "", "wrong-password"])
def test_wrong_or_missing_password_is_refused_and_nothing_changes(
    client, outsider_superuser, site_th, editors, password
):
    sign_in(client, outsider_superuser)
    response = post_settings(client, site_th, editors, password)
    assert response.status_code == 200
    assert "confirm_password" in response.context["form"].errors
    assert ComplaintSettings.for_site(site_th).officer_group is None
    assert not OfficerAccessChange.objects.exists()
    assert not ModelLogEntry.objects.filter(action=LOG_ACTION).exists()


@pytest.mark.django_db
def test_other_settings_save_without_the_password(client, outsider_superuser, site_th):
    sign_in(client, outsider_superuser)
    response = client.post(
        settings_url(site_th), {"officer_group": "", "retention_days": 30, "contact_retention_days": 90}
    )
    assert response.status_code == 302
    saved = ComplaintSettings.for_site(site_th)
    assert (saved.retention_days, saved.contact_retention_days) == (30, 90)
    assert not OfficerAccessChange.objects.exists()


@pytest.mark.django_db
def test_membership_changes_of_the_officer_group_are_recorded(officer, officer_group, outsider_editor):
    outsider_editor.groups.add(officer_group)
    officer_group.user_set.remove(officer)
    kinds = list(OfficerAccessChange.objects.order_by("pk").values_list("kind", "old_value", "new_value"))
    assert (OfficerAccessChange.Kind.MEMBER_ADDED, "", f"{officer_group.name}: {outsider_editor.username}") in kinds
    assert (OfficerAccessChange.Kind.MEMBER_REMOVED, f"{officer_group.name}: {officer.username}", "") in kinds


@pytest.mark.django_db
def test_records_cannot_be_updated_or_deleted(site_th, editors):
    settings = ComplaintSettings.for_site(site_th)
    settings.officer_group = editors
    settings.save()
    change = OfficerAccessChange.objects.get()
    change.new_value = "Someone else"
    with pytest.raises(PermissionError):
        change.save()
    with pytest.raises(PermissionError):
        change.delete()
    with pytest.raises(PermissionError):
        OfficerAccessChange.objects.update(new_value="x")
    with pytest.raises(PermissionError):
        OfficerAccessChange.objects.all().delete()
    assert OfficerAccessChange.objects.get().new_value == "Editors"


@pytest.mark.django_db
def test_history_and_notice_are_shown_to_officers_with_thai_dates(officer_client, outsider_editor, officer_group):
    outsider_editor.groups.add(officer_group)
    history = officer_client.get("/admin/corruption-complaints/access-history/")
    assert history.status_code == 200
    html = history.content.decode()
    assert outsider_editor.username in html
    from django.utils import timezone

    from ita_pages.core.fiscal import format_thai_date

    assert format_thai_date(timezone.localtime()) in html
    home = officer_client.get("/admin/").content.decode()
    assert 'data-testid="officer-access-notice"' in home


@pytest.mark.django_db
def test_history_is_refused_to_an_editor(client, outsider_editor):
    sign_in(client, outsider_editor)
    response = client.get("/admin/corruption-complaints/access-history/")
    assert response.status_code in (302, 403)
    home = client.get("/admin/").content.decode()
    assert 'data-testid="officer-access-notice"' not in home
