"""The sample reverse-proxy configuration: it logs nobody, forwards who and how, and fits the app's limits."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from ita_pages.channels import limits

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf.example"
# Variables that identify a visitor: address, browser, referring page, cookies.
IDENTIFYING = re.compile(
    r"\$(remote_addr|binary_remote_addr|realip_remote_addr|proxy_add_x_forwarded_for|http_x_forwarded_for"
    r"|http_x_real_ip|http_user_agent|http_referer|http_cookie|cookie_\w+|remote_user)\b"
)
TOKEN = re.compile(r'"[^"]*"|\'[^\']*\'|[{};]|[^\s{};]+')


def parse(text: str) -> list:
    """nginx directives as (name, args, children or None); enough of nginx's grammar for a check."""
    tokens = TOKEN.findall("\n".join(line.split("#", 1)[0] for line in text.splitlines()))
    stack, words = [[]], []
    for token in tokens:
        if token == ";":
            stack[-1].append((words[0], words[1:], None))
            words = []
        elif token == "{":
            block = []
            stack[-1].append((words[0], words[1:], block))
            stack.append(block)
            words = []
        elif token == "}":
            stack.pop()
        else:
            words.append(token)
    assert len(stack) == 1 and not words, "unbalanced braces or a directive without ';'"
    return stack[0]


def walk(directives, name=None):
    for directive in directives:
        if name is None or directive[0] == name:
            yield directive
        if directive[2] is not None:
            yield from walk(directive[2], name)


@pytest.fixture(scope="module")
def config():
    return parse(EXAMPLE.read_text(encoding="utf-8"))


def size_in_bytes(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kKmMgG]?)", value).groups()
    return int(number) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit.lower()]


def test_the_parser_sees_the_directives_it_checks():
    sample = parse("server { access_log /x main; location / { proxy_pass http://a; } } # access_log off;")
    assert [name for name, _, _ in walk(sample)] == ["server", "access_log", "location", "proxy_pass"]


def test_every_server_keeps_no_access_log(config):
    servers = [directive for directive in config if directive[0] == "server"]
    assert len(servers) == 2
    for _, _, body in servers:
        assert ("access_log", ["off"], None) in body
    assert [args for _, args, _ in walk(config, "access_log")] == [["off"]] * len(servers)


def test_no_log_format_or_log_names_an_identifying_variable(config):
    for name, args, _ in walk(config):
        if name in ("log_format", "access_log", "error_log"):
            assert not IDENTIFYING.search(" ".join(args)), (name, args)


def test_the_error_log_keeps_only_critical_messages(config):
    levels = [args[-1] for _, args, _ in walk(config, "error_log")]
    assert levels and all(level in ("crit", "alert", "emerg") for level in levels)


def test_every_proxied_location_says_who_asked_and_over_what(config):
    proxied = [body for name, _, body in walk(config, "location") if any(d[0] == "proxy_pass" for d in body)]
    assert proxied
    for body in proxied:
        headers = {args[0].lower(): args[1] for name, args, _ in body if name == "proxy_set_header"}
        assert headers["x-forwarded-for"] == "$proxy_add_x_forwarded_for"
        assert headers["x-forwarded-proto"] == "$scheme"
        assert headers["host"] == "$host"


def test_the_upstream_is_gunicorns_loopback_address(config):
    (upstream,) = list(walk(config, "upstream"))
    servers = [args[0] for name, args, _ in upstream[2] if name == "server"]
    # The address TRUSTED_PROXIES=127.0.0.1 in the example's instructions matches.
    assert servers == ["127.0.0.1:8000"]


def test_the_body_limit_admits_the_largest_request_the_app_accepts_and_little_more(config):
    (limit,) = [size_in_bytes(args[0]) for _, args, _ in walk(config, "client_max_body_size")]
    largest = max(
        settings.WAGTAILDOCS_MAX_UPLOAD_SIZE,
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
        limits.upload_form_max_bytes(),
        limits.upload_api_max_bytes(),
    )
    assert largest < limit <= largest + 8 * 1024**2


def test_media_served_by_the_proxy_is_images_only(config):
    media = {args[-1]: body for _, args, body in walk(config, "location") if args[-1].startswith("/media/")}
    assert set(media) == {"/media/images/", "/media/original_images/", "/media/"}
    # Documents (private collections too) go through the application's /documents/ view.
    assert ("return", ["404"], None) in media["/media/"]
