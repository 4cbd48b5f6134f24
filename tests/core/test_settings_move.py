"""The agency settings moved from the homepage app to the core without losing anyone's rights.

The models keep their tables (``db_table``), so their rows cannot be lost; what the
move must carry is the content type, which the groups' permissions hang on. These
tests run the move's own data step (``core`` migration 0001) on the real content
type, permission and group rows. The test database itself is built by running every
migration, so the move from the old state runs on each test run as well.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

from ita_pages.core.models import AgencyProfile, EITSurveySettings

MOVE = importlib.import_module("ita_pages.core.migrations.0001_initial")

pytestmark = pytest.mark.django_db


class _Editor:
    """What the migration's data step reads from its schema editor."""

    connection = connection


def _as_before_the_move():
    """Put the profile's content type back under ``home``, as the old code had it."""
    content_type = ContentType.objects.get_for_model(AgencyProfile)
    content_type.app_label = "home"
    content_type.save()
    ContentType.objects.clear_cache()
    return content_type


def _moved(user_model, username):
    MOVE.content_types_to_core(apps, _Editor())
    ContentType.objects.clear_cache()
    return user_model.objects.get(username=username)


def test_the_settings_keep_their_tables():
    assert AgencyProfile._meta.db_table == "home_agencyprofile"
    assert EITSurveySettings._meta.db_table == "home_eitsurveysettings"
    applied = MigrationRecorder(connection).applied_migrations()
    assert ("core", "0001_initial") in applied and ("home", "0004_settings_move_to_core") in applied


def test_a_group_that_could_edit_the_profile_still_can(django_user_model):
    old = _as_before_the_move()
    group = Group.objects.create(name="Profile editors")
    group.permissions.add(Permission.objects.get(content_type=old, codename="change_agencyprofile"))
    user = django_user_model.objects.create_user("profile-editor", password="x")
    user.groups.add(group)

    user = _moved(django_user_model, "profile-editor")

    content_type = ContentType.objects.get_for_model(AgencyProfile)
    assert (content_type.pk, content_type.app_label) == (old.pk, "core")
    assert not ContentType.objects.filter(app_label="home", model="agencyprofile").exists()
    assert user.has_perm("core.change_agencyprofile")


def test_a_stray_core_content_type_is_folded_into_the_moved_one(django_user_model):
    old = _as_before_the_move()
    # post_migrate may have made a core row (and its permissions) before the move ran.
    stray = ContentType.objects.create(app_label="core", model="agencyprofile")
    stray_permission = Permission.objects.create(
        content_type=stray, codename="change_agencyprofile", name="Can change agency profile"
    )
    Group.objects.create(name="Profile editors").permissions.add(
        Permission.objects.get(content_type=old, codename="change_agencyprofile")
    )
    Group.objects.create(name="Late editors").permissions.add(stray_permission)
    django_user_model.objects.create_user("late-editor", password="x").groups.add(
        Group.objects.get(name="Late editors")
    )

    user = _moved(django_user_model, "late-editor")

    content_type = ContentType.objects.get_for_model(AgencyProfile)
    assert content_type.pk == old.pk
    assert not ContentType.objects.filter(pk=stray.pk).exists()
    assert Permission.objects.filter(codename="change_agencyprofile").count() == 1
    assert user.has_perm("core.change_agencyprofile")
