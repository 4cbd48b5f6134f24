"""Gunicorn settings: the production server command the project ships (and its journeys run).

`gunicorn -c config/gunicorn.py` serves `config.wsgi` with the production settings.
Everything a host may need to change comes from the environment, like the Django settings.
"""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"

# Sync workers: the site is database- and template-bound, and sync workers keep Django's
# connection handling simple. Two per core plus one is gunicorn's own rule of thumb.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
# Load the application once in the master so workers fork with it ready (less memory,
# and a broken deployment fails at start instead of on the first request).
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
# On TERM (stop) and HUP (restart), workers finish the requests in hand before they
# exit; no request may take longer than `timeout`, so waiting as long lets all finish.
# With preload_app, HUP restarts the workers from the code already loaded in the
# master: new code needs a full restart (docs/production.md, "The server stack").
graceful_timeout = timeout
keepalive = 5
# Recycle workers now and then so slow leaks never take a site down.
max_requests = 2000
max_requests_jitter = 200

# No access log, on purpose: a line per request would record the IP address, user agent
# and referrer of every citizen, including those who report corruption. Errors still go
# to standard error.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# X-Forwarded-Proto (the scheme) is believed only from the host's own proxies: the same
# TRUSTED_PROXIES list from which Django takes the citizen's address (X-Forwarded-For).
# Empty means the server faces citizens directly and believes no forwarded header.
forwarded_allow_ips = ",".join(
    entry.strip() for entry in os.environ.get("TRUSTED_PROXIES", "").split(",") if entry.strip()
)
