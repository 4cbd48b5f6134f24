"""The shipped gunicorn settings, read by gunicorn itself: no access log, one proxy list, graceful stops."""

import runpy
from pathlib import Path

import pytest
from gunicorn.config import Config

from ita_pages.core.client_address import parse_trusted_proxies

GUNICORN_PY = Path(__file__).resolve().parents[2] / "config" / "gunicorn.py"


def gunicorn_config(monkeypatch, **env) -> Config:
    """Load config/gunicorn.py as `gunicorn -c` does and validate it with gunicorn's own rules."""
    for name in ("TRUSTED_PROXIES", "FORWARDED_ALLOW_IPS", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    values = runpy.run_path(str(GUNICORN_PY))
    config = Config()
    for name, value in values.items():
        if name in config.settings:
            config.set(name, value)
    return config


def test_no_access_log_is_written(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config.accesslog is None
    assert config.errorlog == "-"


def test_forwarded_headers_are_believed_from_the_same_proxies_as_django(monkeypatch):
    config = gunicorn_config(monkeypatch, TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8,::1")
    assert config.forwarded_allow_ips == ["127.0.0.1", "10.0.0.0/8", "::1"]
    assert [str(net) for net in config.forwarded_allow_networks()] == [
        str(net) for net in parse_trusted_proxies(["127.0.0.1", "10.0.0.0/8", "::1"])
    ]


def test_without_trusted_proxies_no_forwarded_header_is_believed(monkeypatch):
    # gunicorn's own default would trust 127.0.0.1 while Django trusted no one.
    config = gunicorn_config(monkeypatch, FORWARDED_ALLOW_IPS="*")
    assert config.forwarded_allow_ips == []


def test_a_mistyped_proxy_stops_gunicorn_as_it_stops_django(monkeypatch):
    with pytest.raises(ValueError):
        gunicorn_config(monkeypatch, TRUSTED_PROXIES="10.0.0.1/8")


def test_a_graceful_stop_waits_as_long_as_a_request_may_take(monkeypatch):
    config = gunicorn_config(monkeypatch, GUNICORN_TIMEOUT="45")
    assert config.timeout == 45
    assert config.graceful_timeout >= config.timeout
    assert config.preload_app is True
