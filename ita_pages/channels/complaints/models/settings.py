"""Per-site settings of the corruption complaint channel.

Why: each agency site names the group whose members handle its cases and decides
how long closed cases are kept, and how long the contact details of closed general
complaints are kept (PDPA: no longer than needed).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

OFFICER_GROUP_NAME = "Corruption complaint officers"


class ComplaintSettingsForm(WagtailAdminModelForm):
    """Changing who reads cases asks for the changer's own password, so an open
    session left behind cannot hand the cases to another group."""

    confirm_password = forms.CharField(
        label=_("Your password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Needed only when you change the officers group."),
    )

    def clean(self):
        cleaned = super().clean()
        if "officer_group" in self.changed_data:
            password = cleaned.get("confirm_password") or ""
            user = getattr(self, "for_user", None)
            if user is None or not password or not user.check_password(password):
                self.add_error(
                    "confirm_password", _("Enter your own password correctly to change the officers group.")
                )
        return cleaned


@register_setting(icon="warning")
class ComplaintSettings(BaseSiteSetting):
    officer_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("corruption complaint officers group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Only members of this group can read corruption complaint cases of this site. "
            'Empty: the group named "Corruption complaint officers".'
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("retention after last activity (days)"),
        default=1825,
        help_text=_("Cases are deleted this many days after their last activity, never while still open."),
    )

    contact_retention_days = models.PositiveIntegerField(
        _("general complaints: keep contact details for (days)"),
        default=365,
        help_text=_(
            "The complainant's name, e-mail and phone are deleted this many days after a general complaint "
            "is completed or rejected; the complaint itself is kept for the statistics."
        ),
    )

    base_form_class = ComplaintSettingsForm
    panels = [
        FieldPanel("officer_group"),
        FieldPanel("confirm_password"),
        FieldPanel("retention_days"),
        FieldPanel("contact_retention_days"),
    ]

    class Meta:
        verbose_name = _("complaint channel settings")
