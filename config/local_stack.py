"""The environment that runs the production settings on this machine, over plain HTTP.

`make serve` and the journeys' stack both serve the shipped gunicorn configuration on the
loopback address, without TLS or a proxy in front; what that needs beyond the production
defaults is written here once.
"""


def loopback_environment(host: str, port: int | str, database_url: str, media_root, static_root) -> dict[str, str]:
    """Production settings served on host:port over HTTP, with local database and media."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "STATIC_ROOT": str(static_root),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # No proxy in front to serve uploaded images; a host with nginx leaves it off.
        "SERVE_MEDIA": "true",
        # Plain HTTP on this machine: there is no TLS to redirect to.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "WAGTAILADMIN_BASE_URL": f"http://{host}:{port}",
        "HOST": host,
        "PORT": str(port),
    }
