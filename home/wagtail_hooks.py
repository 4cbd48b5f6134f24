"""Admin routes of the home app: QR code downloads for editors."""

from django.urls import path
from wagtail import hooks

from home import qr_views


@hooks.register("register_admin_urls")
def register_qr_urls():
    # Wagtail wraps these in its admin-access check.
    return [
        path("qr/<slug:kind>.svg", qr_views.qr_svg_view, name="home_qr_svg"),
        path("qr/<slug:kind>-poster.png", qr_views.qr_poster_view, name="home_qr_poster"),
    ]
