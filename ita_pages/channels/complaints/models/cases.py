"""Corruption complaint cases (O28) and what hangs off them.

Why: the whistleblower channel must be separate from general complaints, keep no
network identifiers, encrypt everything the complainant wrote, and let only the
site's complaint officers read it, with every access recorded. Nothing here stores
an IP address, user agent, referrer or session.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ita_pages.channels.fields import EncryptedBinaryField, EncryptedTextField
from ita_pages.channels.receipt import ReceiptMixin


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


class CaseOutcome(models.TextChoices):
    NONE = "", _("(not decided)")
    SUBSTANTIATED = "substantiated", _("Substantiated: action taken")
    UNSUBSTANTIATED = "unsubstantiated", _("Not substantiated")
    REFERRED = "referred", _("Referred to the competent authority")
    NOT_ACCEPTED = "not_accepted", _("Not accepted (outside our authority or not enough detail)")


class CorruptionCase(ReceiptMixin):
    """One complaint about staff corruption, filed anonymously unless the person chose otherwise."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    page = models.ForeignKey(
        "complaints.CorruptionComplaintPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=20, choices=CaseStatus.choices, default=CaseStatus.RECEIVED)
    outcome = models.CharField(max_length=20, choices=CaseOutcome.choices, blank=True, default="")
    # Dates only: a time of day would help match a submission to other records.
    received_on = models.DateField(default=timezone.localdate)
    started_on = models.DateField(null=True, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    retain_until = models.DateField()

    subject = EncryptedTextField(_("subject"))
    description = EncryptedTextField(_("what happened"))
    accused = EncryptedTextField(_("person or unit complained about"), blank=True, default="")
    incident_when = EncryptedTextField(_("when it happened"), blank=True, default="")
    incident_where = EncryptedTextField(_("where it happened"), blank=True, default="")
    complainant_name = EncryptedTextField(_("complainant name (optional)"), blank=True, default="")
    complainant_contact = EncryptedTextField(_("complainant contact (optional)"), blank=True, default="")
    outcome_note = EncryptedTextField(_("note to the complainant"), blank=True, default="")

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("corruption complaint case")
        verbose_name_plural = _("corruption complaint cases")
        # Access is decided by the officer group, not model permissions: even
        # superusers outside the group must not read cases.
        default_permissions = ()

    def __str__(self):
        return f"#{self.pk} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status != CaseStatus.COMPLETED

    def extend_retention(self, retention_days: int, today: datetime.date | None = None) -> None:
        """Push the deletion date out while the case is alive."""
        today = today or timezone.localdate()
        candidate = today + datetime.timedelta(days=retention_days)
        if self.retain_until is None or candidate > self.retain_until:
            self.retain_until = candidate

    def set_status(self, status: str, today: datetime.date | None = None) -> None:
        """Move through received -> in progress -> completed, recording the dates."""
        today = today or timezone.localdate()
        self.status = status
        if status in (CaseStatus.IN_PROGRESS, CaseStatus.COMPLETED) and self.started_on is None:
            self.started_on = today
        if status == CaseStatus.COMPLETED:
            self.completed_on = self.completed_on or today
        else:
            self.completed_on = None
            self.outcome = ""


class CaseMessage(models.Model):
    """A message between the anonymous complainant and the officers."""

    class Author(models.TextChoices):
        COMPLAINANT = "complainant", _("Complainant")
        OFFICER = "officer", _("Officer")

    case = models.ForeignKey(CorruptionCase, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=12, choices=Author.choices)
    # Which officer wrote it is kept for accountability, never shown to the complainant.
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    body = EncryptedTextField()
    sent_on = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.get_author_display()} {self.sent_on}"


class CaseAttachment(models.Model):
    """Evidence file, encrypted in the database: never reachable through a media URL."""

    case = models.ForeignKey(CorruptionCase, on_delete=models.CASCADE, related_name="attachments")
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    name = EncryptedTextField()
    data = EncryptedBinaryField()

    class Meta:
        ordering = ["pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.content_type} ({self.size} bytes)"


class CaseAccessLog(models.Model):
    """Who looked at or changed which case, and when. Kept after a case is purged."""

    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        DOWNLOAD = "download", _("Downloaded an attachment")
        UPDATE = "update", _("Changed status")
        MESSAGE = "message", _("Sent a message")
        PURGE = "purge", _("Deleted after retention")

    case = models.ForeignKey(CorruptionCase, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    case_number = models.PositiveBigIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.username} {self.get_action_display()} #{self.case_number} {self.at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, case, user, action):
        return cls.objects.create(
            case=case,
            case_number=case.pk,
            user=user if user and user.is_authenticated else None,
            username=getattr(user, "get_username", lambda: "")() if user else "",
            action=action,
        )
