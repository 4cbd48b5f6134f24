"""Append-only record of every change of who may read corruption complaint cases.

Why: the officer group decides who reads whistleblowers' cases; switching it (or
adding someone to it) must leave a trace that nobody can quietly rewrite, and that
the current officers can see.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyQuerySet(models.QuerySet):
    """Bulk update/delete would bypass the model's refusal, so they are refused too."""

    def update(self, **kwargs):
        raise PermissionError("Officer access changes are append-only.")

    def delete(self):
        raise PermissionError("Officer access changes are append-only.")


class OfficerAccessChange(models.Model):
    """One change of the officer-group setting or of the officer group's members."""

    objects = AppendOnlyQuerySet.as_manager()

    class Kind(models.TextChoices):
        SETTING = "setting", _("Officer group setting")
        MEMBER_ADDED = "member_added", _("Member added to the officer group")
        MEMBER_REMOVED = "member_removed", _("Member removed from the officer group")

    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)
    # The user may be deleted later; the username snapshot keeps the record readable.
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_by_username = models.CharField(_("changed by"), max_length=150, blank=True)
    site = models.ForeignKey("wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(_("kind of change"), max_length=20, choices=Kind.choices)
    old_value = models.CharField(_("old value"), max_length=300, blank=True)
    new_value = models.CharField(_("new value"), max_length=300, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("officer access change")
        verbose_name_plural = _("officer access changes")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.old_value} → {self.new_value}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("Officer access changes are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Officer access changes are append-only.")
