"""General complaints (ร้องเรียนทั่วไป): service problems, not corruption.

Why: the ITA requires the corruption channel to be separate from this one; keeping
a different model, permission set and admin area makes the separation visible.
General complaints are handled by ordinary staff with Django model permissions.
The complainant's name, e-mail and phone are encrypted at rest like the corruption
cases, and blanked once the site's contact retention has passed after the complaint
was closed; the rest of the record stays for the complaint statistics.
"""

import datetime

from django.core.validators import EmailValidator, MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ita_pages.channels.fields import EncryptedTextField
from ita_pages.channels.receipt import ReceiptMixin
from ita_pages.channels.retention import KeepsContacts


class GeneralComplaintStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Rejected")


class GeneralComplaint(ReceiptMixin, KeepsContacts):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    page = models.ForeignKey(
        "complaints.GeneralComplaintPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Encrypted text has no column length: the limits the form applies are validators.
    name = EncryptedTextField(_("name"), validators=[MaxLengthValidator(120)])
    email = EncryptedTextField(_("e-mail"), blank=True, validators=[EmailValidator(), MaxLengthValidator(254)])
    phone = EncryptedTextField(_("phone"), blank=True, validators=[MaxLengthValidator(30)])
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("details"), max_length=5000)
    status = models.CharField(
        _("status"), max_length=20, choices=GeneralComplaintStatus.choices, default=GeneralComplaintStatus.RECEIVED
    )
    response = models.TextField(_("response to the complainant"), blank=True)
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)

    contact_fields = ("name", "email", "phone")

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("general complaint")
        verbose_name_plural = _("general complaints")

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        if self.status in (GeneralComplaintStatus.COMPLETED, GeneralComplaintStatus.REJECTED):
            self.completed_on = self.completed_on or timezone.localdate()
        else:
            self.completed_on = None
        super().save(*args, **kwargs)

    @classmethod
    def contacts_past_retention(cls, today: datetime.date):
        """Closed complaints whose site's contact retention has run out."""
        from wagtail.models import Site

        from .settings import ComplaintSettings

        expired = cls.objects.none()
        for site in Site.objects.filter(pk__in=cls.objects.values("site_id")):
            days = ComplaintSettings.for_site(site).contact_retention_days
            expired |= cls.objects.filter(
                site=site,
                status__in=(GeneralComplaintStatus.COMPLETED, GeneralComplaintStatus.REJECTED),
                completed_on__lt=today - datetime.timedelta(days=days),
            )
        return expired
