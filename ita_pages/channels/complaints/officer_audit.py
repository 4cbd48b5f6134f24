"""Recording changes of who may read corruption complaint cases.

Why: the officer-group setting and the group's membership decide who reads
whistleblowers' cases. Each change is written to the append-only
OfficerAccessChange table and to Wagtail's log with old → new, whoever makes it
and from wherever (settings form, group admin, user admin, shell).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.utils.translation import gettext as _
from wagtail.log_actions import get_active_log_context, log

from .models import OFFICER_GROUP_NAME, ComplaintSettings, OfficerAccessChange

LOG_ACTION = "complaints.officer_access_change"


def group_label(group):
    if group is None:
        return _('Default group "%(name)s"') % {"name": OFFICER_GROUP_NAME}
    return group.name


def _changer():
    context = get_active_log_context()
    user = getattr(context, "user", None) if context else None
    if user is not None and getattr(user, "is_authenticated", False):
        return user
    return None


def record(kind, old_value, new_value, *, instance, site=None):
    user = _changer()
    change = OfficerAccessChange.objects.create(
        changed_by=user,
        changed_by_username=user.get_username() if user else "",
        site=site,
        kind=kind,
        old_value=str(old_value)[:300],
        new_value=str(new_value)[:300],
    )
    log(
        instance,
        LOG_ACTION,
        user=user,
        data={"kind": kind, "old": change.old_value, "new": change.new_value},
    )
    return change


def _remember_old_group(sender, instance, **kwargs):
    old = None
    if instance.pk:
        old = ComplaintSettings.objects.filter(pk=instance.pk).values_list("officer_group_id", flat=True).first()
    instance._officer_group_before = old


def _record_group_setting(sender, instance, created, **kwargs):
    old_id = getattr(instance, "_officer_group_before", None)
    if old_id == instance.officer_group_id:
        return
    old_group = Group.objects.filter(pk=old_id).first() if old_id else None
    record(
        OfficerAccessChange.Kind.SETTING,
        group_label(old_group),
        group_label(instance.officer_group),
        instance=instance,
        site=instance.site,
    )


def officer_group_ids():
    """Every group that currently grants reading cases on some site."""
    ids = set(ComplaintSettings.objects.exclude(officer_group=None).values_list("officer_group_id", flat=True))
    default = Group.objects.filter(name=OFFICER_GROUP_NAME).values_list("pk", flat=True).first()
    if default is not None:
        ids.add(default)
    return ids


def _record_membership(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("pre_clear", "post_add", "post_remove"):
        return
    user_model = get_user_model()
    # reverse=False: user.groups.add(group); reverse=True: group.user_set.add(user).
    if action == "pre_clear":
        if reverse:
            pairs = [(user, instance) for user in instance.user_set.all()]
        else:
            pairs = [(instance, group) for group in instance.groups.all()]
        kind = OfficerAccessChange.Kind.MEMBER_REMOVED
    else:
        if reverse:
            pairs = [(user, instance) for user in user_model.objects.filter(pk__in=pk_set or ())]
        else:
            pairs = [(instance, group) for group in Group.objects.filter(pk__in=pk_set or ())]
        kind = (
            OfficerAccessChange.Kind.MEMBER_ADDED if action == "post_add" else OfficerAccessChange.Kind.MEMBER_REMOVED
        )
    officers = officer_group_ids()
    for user, group in pairs:
        if group.pk not in officers:
            continue
        username = user.get_username()
        if kind == OfficerAccessChange.Kind.MEMBER_ADDED:
            record(kind, "", f"{group.name}: {username}", instance=group)
        else:
            record(kind, f"{group.name}: {username}", "", instance=group)


def connect():
    pre_save.connect(_remember_old_group, sender=ComplaintSettings, dispatch_uid="officer_audit_pre")
    post_save.connect(_record_group_setting, sender=ComplaintSettings, dispatch_uid="officer_audit_post")
    m2m_changed.connect(
        _record_membership, sender=get_user_model().groups.through, dispatch_uid="officer_audit_members"
    )
