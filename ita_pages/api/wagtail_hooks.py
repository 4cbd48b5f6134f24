"""Admin hooks: the headless preview URL and its button in the page header menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .admin_views import headless_preview


@hooks.register("register_admin_urls")
def register_headless_preview_url():
    return [path("headless-preview/<int:page_id>/", headless_preview, name="ita_api_headless_preview")]


class HeadlessPreviewButton(PageMenuItem):
    """ "Preview in the external front end", for editors of the page."""

    label = _("Headless preview link")
    icon_name = "view"
    priority = 67

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("ita_api_headless_preview", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    yield HeadlessPreviewButton(page=page)
