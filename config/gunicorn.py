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
graceful_timeout = 30
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
# Trust X-Forwarded-* only from a proxy on this host.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
