"""Settings shared by every environment.

Everything that differs between a laptop, CI and production is read from the
environment (see README, "Configuration"); the defaults here are the embedded
set-up: SQLite, local media and an in-process cache.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from ita_pages.core.client_address import parse_trusted_proxies

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "django-insecure-dev-only-key-change-me")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# A refused form gets the site's own page saying what to do, not Django's English report.
CSRF_FAILURE_VIEW = "config.errors.csrf_failure"

# --- Reverse proxy (docs/production.md, "Behind a reverse proxy") ---
# Addresses or CIDR networks of the host's own proxies. Only requests from them may say
# who the citizen is (X-Forwarded-For) and that the visit is HTTPS (X-Forwarded-Proto);
# config/gunicorn.py reads the same variable. Empty: the site faces citizens directly.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
parse_trusted_proxies(TRUSTED_PROXIES)  # a mistyped address stops the site at start
# --- end reverse proxy ---

# Apps built in this repository. Each later feature adds its own line here.
PROJECT_APPS = [
    "admin_th",
    "ita_pages.core",
    "home",
    "ita_pages.items",
    "ita_pages.api",
    "ita_pages.channels.qa",
    "ita_pages.channels.complaints",
    "ita_pages.readiness",
    "search",
    "ita_pages.furniture.news",
    "ita_pages.furniture.eservice",
    "ita_pages.furniture.procurement",
    "ita_pages.furniture.visitors",
    "ita_pages.furniture.menus",
    # Last: the demo loaders build on every app above (`manage.py load_demo_site`).
    "demo",
]

INSTALLED_APPS = [
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "corsheaders",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Failed admin sign-ins and their locks (config/signin.py).
    "axes",
    # The admin's second sign-in step (ita_pages/core/second_factor).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Content-Security-Policy (config/csp.py).
    "csp",
    # Swagger UI for /api/docs from this site's static files instead of a CDN.
    "ninja",
]

MIDDLEWARE = [
    # CORS first, so that preflight answers and error responses carry its headers too.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files straight from the application server, compressed and cached for ever
    # under hashed names: no separate web server is needed to serve them.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Early, so that the 503, 413 and 429 pages carry the policy too (config/csp.py).
    "config.csp.SitePolicyMiddleware",
    # Database unreachable: 503 with Retry-After (config/outage.py); early, so that it
    # answers for every later middleware and view, after the static files need no database.
    "config.outage.DatabaseOutageMiddleware",
    # Oversize bodies refused with 413 before anything reads or parses them
    # (config/request_limits.py; the caps are set under "Limits on what citizens send").
    "config.request_limits.RequestSizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # /api/ conventions (RFC 7807 errors, cache headers); outside LocaleMiddleware so it
    # also sees the language redirects that an unknown /api/ path would get.
    "ita_pages.api.middleware.ApiConventionsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Whether this session gave its second factor, then the admin held at that step
    # until it has, for those who must or chose to (ita_pages/core/second_factor).
    "django_otp.middleware.OTPMiddleware",
    "ita_pages.core.second_factor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as axes requires: turns a locked-out sign-in into the 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite in the project by default, anything dj-database-url reads otherwise.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (visitor counts, citizen forms) wait for the lock instead of
    # failing with "database is locked"; IMMEDIATE avoids lock upgrades that cannot wait.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 30, "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every worker), else per-process memory.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "ita"),
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- When a service fails (docs/production.md) ---
# Redis down: cache calls fail fast and are ignored, so pages come from the database.
# The client adds a circuit breaker that logs an outage once per process and retries
# Redis every CACHE_RETRY_SECONDS; the short timeouts keep a silent host from costing
# seconds per request.
CACHE_RETRY_SECONDS = env_int("CACHE_RETRY_SECONDS", 15)
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
# django-redis would log every ignored call; config.cache logs the outage once instead.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
if REDIS_URL:
    CACHES["default"]["OPTIONS"].update(
        {
            "CLIENT_CLASS": "config.cache.ResilientClient",
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.5,
        }
    )
# Sessions (admin sign-in) live in the database only, never in the cache alone.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# --- end: when a service fails ---

# Sign-in sessions end after SESSION_IDLE_SECONDS without a request (each request moves the
# end; sessions exist only for people signed in, so citizens' requests write nothing) and
# when the browser closes: officers read whistle-blowers' reports on shared office PCs.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_SECONDS", 4 * 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Twelve characters: an account here may read corruption reports. Django's rules with
# Thai messages (scripts/i18n/wagtail-th.tsv), applied wherever a password is set.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Signing in to the admin: wrong passwords (config/signin.py, django-axes) ---
# After ADMIN_LOGIN_FAILURE_LIMIT wrong passwords for one username from one client
# address, that pair may not sign in for ADMIN_LOGIN_COOLOFF_MINUTES after the last one
# counted; the same editor elsewhere and other editors on the same network still can.
ADMIN_LOGIN_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
ADMIN_LOGIN_COOLOFF_MINUTES = env_int("ADMIN_LOGIN_COOLOFF_MINUTES", 15)
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked pair before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "config.signin.SignInAttemptHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "config.signin.signin_address"
AXES_FAILURE_LIMIT = ADMIN_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=ADMIN_LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_CALLABLE = "config.signin.locked_out"
# Attempts while locked are refused unrecorded, so the page's "N minutes" holds; the
# right password resets the count, so a typo now and then never adds up to a lock.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# Only the failures a lock needs: no record of successful sign-ins, no permanent
# failure log, and log lines that carry neither the username nor the user agent.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False
# Masked in the attempt's stored form data (the password always is).
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "csrfmiddlewaretoken", "next"]
# --- end of signing in ---

# Languages: Thai first for citizens and editors, English second.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", "ไทย"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILADMIN_DEFAULT_LANGUAGE = "th"
# Our own strings first, then our Thai overrides of Wagtail's admin, then the packages'.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static_collected")))
# The Thai web font (static/fonts/sarabun, OFL) is served from the project, never from a CDN.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
# Where `manage.py backup_site` (make backup) writes archives when not told a path.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(BASE_DIR / "var" / "backups")))
# Uploaded media (image renditions) through Django itself: for a single-machine install
# and the journeys. A larger host serves MEDIA_ROOT from its proxy or object storage.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 10 * 1024 * 1024)
# Indicator pages with many rows exceed Django's default of 1,000 form fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# --- Limits on what citizens send (ita_pages/channels/limits.py) ---
# The one attachment limit: the complaint form, the JSON API, their help texts and the
# request size middleware all read these.
COMPLAINT_ATTACHMENT_MAX_FILES = env_int("COMPLAINT_ATTACHMENT_MAX_FILES", 3)
COMPLAINT_ATTACHMENT_MAX_BYTES = env_int("COMPLAINT_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)
# A public POST without attachments (text forms, lookups, API calls).
PUBLIC_POST_MAX_BYTES = env_int("PUBLIC_POST_MAX_BYTES", 256 * 1024)
# The JSON API holds a complaint with every attachment in base64 in memory, so Django's
# in-memory cap must fit it, or a legitimate complaint would be refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(
    DATA_UPLOAD_MAX_MEMORY_SIZE,
    COMPLAINT_ATTACHMENT_MAX_FILES * 4 * ((COMPLAINT_ATTACHMENT_MAX_BYTES + 2) // 3) + PUBLIC_POST_MAX_BYTES,
)
# Django spools an upload to a temporary file when the whole request is over this; a
# complaint with all its evidence stays in memory, so no evidence is ever on disk unencrypted.
FILE_UPLOAD_MAX_MEMORY_SIZE = max(
    2_621_440, COMPLAINT_ATTACHMENT_MAX_FILES * COMPLAINT_ATTACHMENT_MAX_BYTES + PUBLIC_POST_MAX_BYTES
)
# --- end of the limits ---

# Visit counting (docs/production.md, "Visitor counting"): how many page views one client
# address may add per 10 minutes. An office behind one address shares the quota.
VISIT_RATE_LIMIT = (env_int("VISIT_RATE_LIMIT", 120), 600)

# E-mail: console in development; SMTP settings from the environment in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@localhost")

# Background work (e-GP import and the like): run inline unless a worker is configured.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

# e-GP procurement feeds (O20): fetched in the background only, never on a request.
EGP_FEED_BASE_URL = env_str(
    "EGP_FEED_BASE_URL", "http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml"
)
EGP_TIMEOUT = env_int("EGP_TIMEOUT", 20)
EGP_MAX_BYTES = env_int("EGP_MAX_BYTES", 2 * 1024 * 1024)
# A feed with no valid answer for this long is flagged on the admin home and in /readyz.
EGP_STALE_AFTER_HOURS = env_int("EGP_STALE_AFTER_HOURS", 24)

WAGTAIL_SITE_NAME = _("Agency website")
# The admin home would ask releases.wagtail.org for news from every editor's browser:
# agencies' networks may not reach it, and the admin's policy refuses other origins.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The name an authenticator app shows beside the admin's codes.
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "ITA agency website")
# Wagtail's default avatars come from Gravatar: a third-party request from every admin
# screen that discloses a hash of each editor's e-mail address. Local avatars only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "csv", "txt", "jpg", "png"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Headless API (README, "Using the API"). Cross-origin clients: none unless listed.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_CREDENTIALS = False
# Public reads may be kept this many seconds by browsers and shared caches.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
WAGTAILAPI_LIMIT_MAX = 100
# Rich text as display HTML with real links, not Wagtail's internal <a linktype=...>.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_IMAGE_RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "max-1024x768",
    "large": "max-1920x1080",
}
# Headless preview: token lifetime, and the front end's preview address (optional;
# {token}, {id} and {type} are filled in), e.g. https://front.example/preview?token={token}
HEADLESS_PREVIEW_MAX_AGE = env_int("HEADLESS_PREVIEW_MAX_AGE", 3600)
HEADLESS_PREVIEW_CLIENT_URL = env_str("HEADLESS_PREVIEW_CLIENT_URL", "")

# Extra catalogue directories (comma-separated), searched after the built-in one: how a
# host adds an assessment year without changing the code (docs/ita-catalogue.md).
ITA_CATALOGUE_DIRS = env_list("ITA_CATALOGUE_DIRS", [])

# --- Content-Security-Policy (config/csp.py) ---
# Sources the public pages may load from besides this site: embedded videos and posts
# that editors paste into rich text. Media on another origin (object storage) is added.
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES",
    [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
        "https://www.facebook.com",
    ],
)
_MEDIA_SOURCES = ["/".join(MEDIA_URL.split("/", 3)[:3])] if "://" in MEDIA_URL else []
_COMMON_DIRECTIVES = {
    "default-src": [SELF],
    "connect-src": [SELF],
    "font-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
# Public pages: only this site's script files and style sheets; a template that truly
# needs an inline script gives it nonce="{{ request.csp_nonce }}".
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_COMMON_DIRECTIVES,
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_MEDIA_SOURCES],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
    }
}
# The Wagtail admin and wagtail-localize ship inline scripts and style attributes.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_COMMON_DIRECTIVES,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *_MEDIA_SOURCES],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
        "worker-src": [SELF, "blob:"],
    }
}
