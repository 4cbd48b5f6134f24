"""URL map: admin and documents outside the language prefix, site pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api
from config.health import healthz, readyz
from ita_pages.api.v2 import api_router

# Error pages in the site's design and language (config/errors.py).
handler400 = "config.errors.bad_request"
handler403 = "config.errors.permission_denied"
handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"

PUBLIC_MEDIA_PATH = r"^media/(?P<path>(?:images|original_images)/.+)$"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v2/", api_router.urls),
    path("api/", api.urls),
    path("healthz", healthz, name="healthz"),
    # Readiness: database and cache answer (JSON; 503 otherwise), see config/health.py.
    path("readyz", readyz, name="readyz"),
    # The visit-counting beacon: one counter per site, whatever the language.
    path("visit/", include("ita_pages.furniture.visitors.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # Images only, as the nginx example serves them: documents (private collections too)
    # and other uploads go through views that check who may see them.
    urlpatterns += [
        re_path(PUBLIC_MEDIA_PATH, serve_static, {"document_root": settings.MEDIA_ROOT}),
    ]

# Wagtail's catch-all page route must come last, after every app's own routes.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("ita_pages.readiness.urls")),
    path("", include(wagtail_urls)),
)
