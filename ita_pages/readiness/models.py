"""The frozen ITA submission: what was submitted, kept so it can be rechecked.

Why: assessors recheck a disputed item at the link first submitted. Freezing
records, per item, the URL, the page, its live revision (and a copy of the
revision's content, which outlives revision purging) and each document's checksum
and a copy of its file. The frozen route serves exactly that content, dated, and
the report shows what changed since.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FrozenSubmission(models.Model):
    """One site's submission for one assessment year (at most one: the first link counts)."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveIntegerField(_("assessment year (B.E.)"))
    frozen_at = models.DateTimeField(_("frozen at"), default=timezone.now)
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("frozen by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    passed = models.PositiveIntegerField(_("items passing when frozen"), default=0)
    total = models.PositiveIntegerField(_("items when frozen"), default=0)

    class Meta:
        verbose_name = _("frozen ITA submission")
        verbose_name_plural = _("frozen ITA submissions")
        constraints = [models.UniqueConstraint(fields=["site", "year"], name="readiness_one_submission_per_year")]
        permissions = [("freeze_submission", _("Can freeze the ITA submission"))]

    def __str__(self):
        return f"ITA {self.year} ({self.site})"


class FrozenItem(models.Model):
    """One item as submitted: its URL, page and live revision at the time of freezing."""

    submission = models.ForeignKey(FrozenSubmission, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(_("item"), max_length=16)
    title_th = models.CharField(_("title"), max_length=255)
    status = models.CharField(_("status when frozen"), max_length=16)
    url = models.URLField(_("URL when frozen"), max_length=1000, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A copy of the revision's content: the frozen page still renders if revisions are purged.
    content = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("frozen item")
        constraints = [models.UniqueConstraint(fields=["submission", "code"], name="readiness_one_frozen_item")]
        ordering = ["pk"]

    def __str__(self):
        return f"{self.code} ({self.submission})"


class FrozenDocument(models.Model):
    """A document an item offered when frozen, with its checksum and a copy of the file."""

    item = models.ForeignKey(FrozenItem, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)
    file_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    copy = models.FileField(_("copy of the file"), upload_to="ita-frozen/", blank=True)

    class Meta:
        verbose_name = _("frozen document")
        ordering = ["pk"]

    def __str__(self):
        return self.title
