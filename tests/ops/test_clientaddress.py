"""
One client-address rule for the login throttle and the live counter.

Every case of the table goes through both callers: django-axes' callable
(``ops.proxies.client_ip_from_request``) and the live counter's
``Tracker.address()`` (``get_tracker()`` reads the same setting).
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from ops import clientaddress, proxies
from ops.clientaddress import UNIX, client_address, parse_trusted_proxies
from presence import tracker as tracker_module

ROOT = Path(__file__).resolve().parents[2]
PROXIES = ["10.0.0.0/8", "192.0.2.1", "::1"]

# (trusted proxies, peer (None: a Unix socket), X-Forwarded-For, client)
CASES = [
    # No trusted peer: the header is ignored, whatever it says.
    (PROXIES, "203.0.113.9", "198.51.100.1", "203.0.113.9"),
    ([], "10.1.2.3", "198.51.100.1", "10.1.2.3"),
    # A trusted proxy: the rightmost entry that is not a trusted proxy.
    (PROXIES, "10.1.2.3", "198.51.100.1", "198.51.100.1"),
    (PROXIES, "10.1.2.3", "6.6.6.6, 198.51.100.1", "198.51.100.1"),
    (PROXIES, "10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9", "198.51.100.1"),
    (PROXIES, "192.0.2.1", "2001:db8::7", "2001:db8::7"),
    (PROXIES, "::1", " 2001:db8::1 , ", "2001:db8::1"),
    # Ports, as some proxies write them, are not part of the address.
    (PROXIES, "10.1.2.3", "198.51.100.1:5555", "198.51.100.1"),
    (PROXIES, "10.1.2.3", "[2001:db8::7]:443", "2001:db8::7"),
    (PROXIES, "10.1.2.3", "[::1]:5555, 198.51.100.1:80", "198.51.100.1"),
    # Nothing usable from a trusted proxy: the proxy itself.
    (PROXIES, "10.1.2.3", "", "10.1.2.3"),
    (PROXIES, "10.1.2.3", "not-an-ip", "10.1.2.3"),
    (PROXIES, "10.1.2.3", "198.51.100.1, not-an-ip", "10.1.2.3"),
    (PROXIES, "10.1.2.3", "unix", "10.1.2.3"),
    # Only trusted hops: the leftmost is the closest to the client known.
    (PROXIES, "10.1.2.3", "10.4.4.4", "10.4.4.4"),
    (PROXIES, "10.1.2.3", "not-an-ip, 10.4.4.4, 10.5.5.5", "10.4.4.4"),
    # A peer on a Unix socket is trusted only when "unix" is listed.
    (["unix"], None, "198.51.100.1", "198.51.100.1"),
    (["unix", "10.0.0.0/8"], None, "198.51.100.1, 10.2.2.2", "198.51.100.1"),
    (["unix"], None, "", UNIX),
    (["unix"], None, "not-an-ip", UNIX),
    (PROXIES, None, "198.51.100.1", UNIX),
]


def through_login_throttle(peer, forwarded):
    request = RequestFactory().get("/admin/login/")
    if peer is None:
        del request.META["REMOTE_ADDR"]
    else:
        request.META["REMOTE_ADDR"] = peer
    if forwarded:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    # django-axes stores IP addresses only: a Unix peer is None there.
    return proxies.client_ip_from_request(request) or UNIX


async def through_live_counter(peer, forwarded):
    scope = {
        "type": "websocket",
        "client": None if peer is None else [peer, 51234],
        "headers": [(b"x-forwarded-for", forwarded.encode())] if forwarded else [],
    }
    try:
        return tracker_module.get_tracker().address(scope)
    finally:
        await tracker_module.reset()


@pytest.mark.parametrize(("trusted", "peer", "forwarded", "expected"), CASES)
async def test_both_callers_follow_one_rule(
    settings, trusted, peer, forwarded, expected
):
    settings.TRUSTED_PROXIES = trusted
    assert client_address(peer, forwarded, parse_trusted_proxies(trusted)) == (expected)
    assert through_login_throttle(peer, forwarded) == expected
    assert await through_live_counter(peer, forwarded) == expected


async def test_several_forwarded_headers_read_as_one_list(settings):
    """Two X-Forwarded-For headers are one chain, oldest hop first."""
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    scope = {
        "type": "websocket",
        "client": ["10.0.0.1", 1],
        "headers": [
            (b"x-forwarded-for", b"198.51.100.1"),
            (b"x-forwarded-for", b"10.0.0.9"),
        ],
    }
    try:
        assert tracker_module.get_tracker().address(scope) == "198.51.100.1"
    finally:
        await tracker_module.reset()


def test_a_peer_that_is_no_address_is_kept_by_the_counter_refused_by_axes():
    assert client_address("not-an-ip", "198.51.100.1", PROXIES) == "not-an-ip"
    request = RequestFactory().get("/", REMOTE_ADDR="not-an-ip")
    assert proxies.client_ip_from_request(request) is None


@pytest.mark.parametrize(
    "entries",
    [["10.0.0.0/8", "nonsense"], ["10.0.0.0/33"], "192.0.2.1, 10.0.0.0/8, ::1x"],
)
def test_a_bad_entry_is_an_error_naming_it(entries):
    bad = (entries.split(",") if isinstance(entries, str) else entries)[-1].strip()
    with pytest.raises(ValueError, match=repr(bad).replace("/", ".")):
        parse_trusted_proxies(entries)


def test_a_bad_setting_stops_both_callers(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1", "10.0.0.0/33"]
    with pytest.raises(
        ImproperlyConfigured, match=r"TRUSTED_PROXIES.*'10\.0\.0\.0/33'"
    ):
        proxies.trusted_proxies()
    with pytest.raises(ImproperlyConfigured):
        proxies.client_ip_from_request(RequestFactory().get("/"))


def test_a_bad_setting_stops_the_site_at_start():
    """``manage.py check`` (and any server) refuses to start, naming the entry."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DEBUG": "1",
            "PRESENCE_TRUSTED_PROXIES": "127.0.0.1,proxy.example",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "PRESENCE_TRUSTED_PROXIES" in result.stderr
    assert "'proxy.example'" in result.stderr


def test_the_old_setting_name_is_read_when_the_new_one_is_not_set(settings):
    settings.TRUSTED_PROXIES = None
    settings.PRESENCE_TRUSTED_PROXIES = ["127.0.0.1"]
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8"
    )
    assert proxies.client_ip_from_request(request) == "5.6.7.8"
    settings.TRUSTED_PROXIES = []
    assert proxies.client_ip_from_request(request) == "127.0.0.1"


def test_the_rule_is_plain_python():
    """The rule imports nothing of Django, so any process can use it."""
    tree = ast.parse(Path(clientaddress.__file__).read_text())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert imported == {"ipaddress"}
