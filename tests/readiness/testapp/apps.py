"""App config of the test-only page types."""

from django.apps import AppConfig


class ReadinessTestAppConfig(AppConfig):
    """Page types the readiness tests publish and break."""

    name = "tests.readiness.testapp"
    label = "readiness_testapp"
    default_auto_field = "django.db.models.BigAutoField"
