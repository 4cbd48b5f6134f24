"""Per-site ITA settings: which assessment year the site is preparing for."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ita_pages.core.catalogue.registry import available_years, default_year


def _default_year():
    return default_year()


@register_setting(icon="tasks")
class ITASettings(BaseSiteSetting):
    """The assessment year is data per site, never a constant: next year is 2567."""

    assessment_year = models.PositiveSmallIntegerField(
        _("assessment year (B.E.)"),
        default=_default_year,
        help_text=_("The ITA year this site is preparing for; there must be a catalogue for it."),
    )

    panels = [FieldPanel("assessment_year")]

    class Meta:
        # The table, content type and admin URL keep the item app's label.
        app_label = "ita_pages"
        verbose_name = _("ITA settings")

    def clean(self):
        super().clean()
        if self.assessment_year not in available_years():
            raise ValidationError(
                {
                    "assessment_year": _("There is no ITA catalogue for %(year)s; available: %(years)s.")
                    % {"year": self.assessment_year, "years": ", ".join(map(str, available_years()))}
                }
            )
