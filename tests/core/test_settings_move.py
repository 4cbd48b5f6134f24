"""The agency settings moved from the homepage app to the core without losing anything.

Runs the real migrations from the state before the move: a profile saved then must
still be there afterwards, under the same content type id, and a group that could
edit it must still be able to.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page, Site

from ita_pages.core.models import AgencyProfile, EITSurveySettings

BEFORE = [("home", "0003_agencyprofile_phone_length"), ("core", None)]
# serialized_rollback: the migrations run outside a transaction, so the data later
# tests rely on (Wagtail's root page) is restored afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor


@pytest.fixture
def old_state(transactional_db):
    """The database as it was before the move, rolled forward again after the test."""
    executor = _migrate(BEFORE)
    executor = MigrationExecutor(connection)
    yield executor._create_project_state(with_applied_migrations=True).apps
    _migrate(None)


def _old_profile_with_editor_group(apps):
    OldProfile = apps.get_model("home", "AgencyProfile")
    OldSurvey = apps.get_model("home", "EITSurveySettings")
    OldContentType = apps.get_model("contenttypes", "ContentType")
    OldPermission = apps.get_model("auth", "Permission")
    OldGroup = apps.get_model("auth", "Group")

    # Wagtail's own tables are untouched by the move, so its current models can build the site.
    Locale.objects.get_or_create(language_code="th")
    root = Page.get_first_root_node() or Page.add_root(title="Root")
    site = Site.objects.create(hostname="moved.example", port=80, root_page=root, site_name="moved")
    OldProfile.objects.create(site_id=site.pk, name_th="เทศบาลทดสอบ", phone="0 2000 0000", kind="lao")
    OldSurvey.objects.create(site_id=site.pk, url="https://itas.nacc.go.th/go/eit/xyz")
    content_type, _ = OldContentType.objects.get_or_create(app_label="home", model="agencyprofile")
    permission, _ = OldPermission.objects.get_or_create(
        content_type=content_type, codename="change_agencyprofile", defaults={"name": "Can change agency profile"}
    )
    group = OldGroup.objects.create(name="Profile editors")
    group.permissions.add(permission)
    return site.pk, content_type.pk


def test_profile_survey_and_group_rights_survive_the_move(old_state, django_user_model):
    site_id, content_type_id = _old_profile_with_editor_group(old_state)

    _migrate(None)

    profile = AgencyProfile.objects.get(site_id=site_id)
    assert (profile.name_th, profile.phone, profile.kind) == ("เทศบาลทดสอบ", "0 2000 0000", "lao")
    assert EITSurveySettings.objects.get(site_id=site_id).url == "https://itas.nacc.go.th/go/eit/xyz"

    content_type = ContentType.objects.get_for_model(AgencyProfile)
    assert (content_type.pk, content_type.app_label) == (content_type_id, "core")
    assert not ContentType.objects.filter(app_label="home", model="agencyprofile").exists()

    user = django_user_model.objects.create_user("profile-editor", password="x")
    user.groups.add(Group.objects.get(name="Profile editors"))
    assert user.has_perm("core.change_agencyprofile")

    # Undo the move once more while post_migrate makes a core row in between: the
    # second move folds that stray row into the moved one (one transactional test, as
    # the migrations run outside a transaction and a second test could not restore).
    _migrate(BEFORE)
    old_state = MigrationExecutor(connection)._create_project_state(with_applied_migrations=True).apps
    try:
        OldContentType = old_state.get_model("contenttypes", "ContentType")
        OldPermission = old_state.get_model("auth", "Permission")
        stray, _ = OldContentType.objects.get_or_create(app_label="core", model="agencyprofile")
        OldPermission.objects.get_or_create(
            content_type=stray, codename="change_agencyprofile", defaults={"name": "Can change agency profile"}
        )
    finally:
        _migrate(None)

    content_type = ContentType.objects.get_for_model(AgencyProfile)
    assert content_type.pk == content_type_id
    assert Permission.objects.filter(codename="change_agencyprofile").count() == 1
    user = django_user_model.objects.get(username="profile-editor")
    assert user.has_perm("core.change_agencyprofile")
