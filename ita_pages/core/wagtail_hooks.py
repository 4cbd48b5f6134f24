"""Admin pages of the core: the second sign-in step, and the account-page link to it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .second_factor import views as second_factor
from .second_factor.policy import has_second_factor


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("second-factor/verify/", second_factor.verify, name="second_factor_verify"),
        path("second-factor/setup/", second_factor.setup, name="second_factor_setup"),
    ]


@hooks.register("register_account_menu_item")
def second_factor_account_item(request):
    return {
        "url": reverse("second_factor_setup"),
        "label": _("Set up a new phone") if has_second_factor(request.user) else _("Turn on a second sign-in step"),
        "help_text": _("A code from an app on your phone as well as your password."),
    }
