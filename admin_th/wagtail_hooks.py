"""Admin hooks of admin_th: load the fix-up for wagtail-localize's hard-coded English."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def localize_editor_strings():
    """wagtail-localize 1.14.5's editor builds two strings without gettext."""
    return format_html('<script src="{}" defer></script>', static("admin_th/js/localize-th.js"))
