"""System check: the complaint encryption keys must be valid (and set in production).

Why: a missing or broken key should stop ``manage.py check --deploy`` and start-up,
not surface later as a 500 on a complainant's submission.
"""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from ita_pages.channels import keys


@checks.register(checks.Tags.security)
def check_complaint_keys(app_configs, **kwargs):
    try:
        keys.configured_keys()
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="complaints.E001")]
    return []
