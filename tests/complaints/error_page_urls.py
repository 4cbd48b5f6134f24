"""The project's URL map plus three views that fail on purpose, for the error-page tests.

The handlers come with the star import: the tests exercise the ones config/urls.py names.
"""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from config.urls import *  # noqa: F403
from config.urls import urlpatterns as project_urlpatterns


def forbidden(request):
    raise PermissionDenied


def suspicious(request):
    raise SuspiciousOperation("a malformed request")


def crash(request):
    raise RuntimeError("an unexpected failure")


urlpatterns = [
    path("error-test/403/", forbidden),
    path("error-test/400/", suspicious),
    path("error-test/500/", crash),
    *project_urlpatterns,
]
