"""Production settings: secure defaults, and refusal to start without a real secret.

Every value comes from the environment (README, "Configuration"); with the required
variables set, `manage.py check --deploy` reports nothing.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, TRUSTED_PROXIES
from .env import env_bool, env_int

DEBUG = False

INSECURE_KEY_MARKERS = ("django-insecure", "change-me", "changeme")
if not SECRET_KEY or any(marker in SECRET_KEY for marker in INSECURE_KEY_MARKERS) or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters in production."
    )

# Believe "this visit is HTTPS" only when a trusted proxy is configured: facing citizens
# directly, anyone could send the header (gunicorn applies the same rule to its scheme).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXIES else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
STORAGES = {
    **STORAGES,
    # Hashed names let WhiteNoise tell browsers to keep static files for ever; a template
    # naming a file that does not exist fails at once instead of shipping a broken page.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SESSION_COOKIE_HTTPONLY = True
# Wagtail's live preview shows the page in a same-origin iframe, so DENY would break
# the editor; SAMEORIGIN still refuses every other site.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
