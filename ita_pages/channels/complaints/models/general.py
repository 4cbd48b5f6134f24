"""General complaints (ร้องเรียนทั่วไป): service problems, not corruption.

Why: the ITA requires the corruption channel to be separate from this one; keeping
a different model, permission set and admin area makes the separation visible.
General complaints are handled by ordinary staff with Django model permissions.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ita_pages.channels.receipt import ReceiptMixin


class GeneralComplaintStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Rejected")


class GeneralComplaint(ReceiptMixin):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.PROTECT, related_name="+")
    page = models.ForeignKey(
        "complaints.GeneralComplaintPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("details"), max_length=5000)
    status = models.CharField(
        _("status"), max_length=20, choices=GeneralComplaintStatus.choices, default=GeneralComplaintStatus.RECEIVED
    )
    response = models.TextField(_("response to the complainant"), blank=True)
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)

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
