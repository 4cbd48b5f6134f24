"""Admin hooks of admin_th: the Thai font, and the fix-up for wagtail-localize's hard-coded English."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def localize_editor_strings():
    """wagtail-localize 1.14.5's editor builds two strings without gettext."""
    return format_html('<script src="{}" defer></script>', static("admin_th/js/localize-th.js"))


@hooks.register("insert_global_admin_css")
def thai_admin_font():
    """Editors' machines may lack a Thai font; the admin then falls back to the project's."""
    return format_html('<link rel="stylesheet" href="{}">', static("admin_th/css/admin-thai-font.css"))
