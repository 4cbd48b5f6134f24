"""App configuration of the API tests' page type."""

from django.apps import AppConfig


class ApiTestAppConfig(AppConfig):
    name = "tests.api.testapp"
    label = "api_testapp"
    default_auto_field = "django.db.models.BigAutoField"
