"""A liveness endpoint for hosts' load balancers and uptime monitors.

It answers without touching the database or templates, so it also serves as the
cheapest-possible baseline in `make bench`.
"""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")
