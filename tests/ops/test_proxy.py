"""REMOTE_ADDR for WSGI workers behind nginx on a Unix socket."""

import pytest

from ops.proxy import UnixSocketProxyHeaders


def seen_address(environ):
    seen = {}

    def app(environ, start_response):
        seen["address"] = environ.get("REMOTE_ADDR")
        return []

    UnixSocketProxyHeaders(app)(environ, lambda *a: None)
    return seen["address"]


@pytest.mark.parametrize(
    ("forwarded", "address"),
    [("203.0.113.7", "203.0.113.7"), ("10.0.0.1, 198.51.100.2", "198.51.100.2")],
)
def test_a_unix_socket_peer_takes_the_address_nginx_wrote(settings, forwarded, address):
    settings.TRUSTED_PROXIES = ["unix"]
    environ = {"REMOTE_ADDR": "", "HTTP_X_FORWARDED_FOR": forwarded}
    assert seen_address(environ) == address


def test_a_unix_peer_is_believed_only_when_the_setting_trusts_it(settings):
    settings.TRUSTED_PROXIES = []
    environ = {"REMOTE_ADDR": "", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert seen_address(environ) == ""


def test_a_tcp_peer_keeps_its_own_address_whatever_the_header_says(settings):
    settings.TRUSTED_PROXIES = ["unix"]
    environ = {"REMOTE_ADDR": "192.0.2.5", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert seen_address(environ) == "192.0.2.5"


def test_without_the_header_the_address_stays_empty(settings):
    settings.TRUSTED_PROXIES = ["unix"]
    assert seen_address({"REMOTE_ADDR": ""}) == ""
