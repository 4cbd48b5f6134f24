"""Per-site settings of the corruption complaint channel.

Why: each agency site names the group whose members handle its cases and decides
how long closed cases are kept (PDPA: no longer than needed).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

OFFICER_GROUP_NAME = "Corruption complaint officers"


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

    panels = [FieldPanel("officer_group"), FieldPanel("retention_days")]

    class Meta:
        verbose_name = _("complaint channel settings")
