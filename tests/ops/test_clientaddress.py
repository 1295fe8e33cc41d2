"""The client address rule shared by the login throttle and the counter."""

import pytest
from django.test import RequestFactory

from ops.clientaddress import client_ip, client_ip_from_request

PROXIES = ["10.0.0.0/8", "192.0.2.1"]


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        # No trusted peer: the header is ignored, whatever it says.
        ("203.0.113.9", "198.51.100.1", "203.0.113.9"),
        # A trusted proxy: the rightmost untrusted entry.
        ("10.1.2.3", "198.51.100.1", "198.51.100.1"),
        ("10.1.2.3", "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        ("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9", "198.51.100.1"),
        ("192.0.2.1", "2001:db8::7", "2001:db8::7"),
        # Ports and brackets as some proxies write them.
        ("10.1.2.3", "198.51.100.1:5555", "198.51.100.1"),
        ("10.1.2.3", "[2001:db8::7]:443", "2001:db8::7"),
        # Nothing usable from a trusted proxy: the proxy itself.
        ("10.1.2.3", "", "10.1.2.3"),
        ("10.1.2.3", "not-an-ip", "10.1.2.3"),
        ("10.1.2.3", "10.4.4.4", "10.4.4.4"),
    ],
)
def test_client_ip(peer, forwarded, expected):
    assert client_ip(peer, forwarded, PROXIES) == expected


def test_no_trusted_proxies_means_the_peer():
    assert client_ip("10.1.2.3", "198.51.100.1", []) == "10.1.2.3"


def test_a_bad_setting_entry_trusts_nothing_extra():
    assert client_ip("10.1.2.3", "198.51.100.1", ["nonsense"]) == "10.1.2.3"


def test_from_request_reads_the_setting(settings):
    settings.PRESENCE_TRUSTED_PROXIES = ["127.0.0.1"]
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8"
    )
    assert client_ip_from_request(request) == "5.6.7.8"
    settings.PRESENCE_TRUSTED_PROXIES = []
    assert client_ip_from_request(request) == "127.0.0.1"
