"""Repeated failed logins lock the admin door, with a clear message."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client, password, **extra):
    return client.post(
        LOGIN,
        {"username": "editor", "password": password, "next": "/admin/"},
        **extra,
    )


def test_five_failures_lock_the_account_from_that_address(client, settings):
    settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS = 5
    UserFactory(username="editor", groups=["Editors"])
    for _ in range(4):
        response = attempt(client, "wrong")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in (
            response.content.decode()
        )
    response = attempt(client, "wrong")
    assert response.status_code == 429
    text = response.content.decode()
    assert "Too many failed sign-in attempts" in text
    assert "15 minutes" in text
    # Even the right password is refused now.
    response = attempt(client, "secret-pass-1")
    assert response.status_code == 429


def test_another_address_is_not_locked(client, settings):
    settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS = 2
    UserFactory(username="editor", groups=["Editors"])
    for _ in range(2):
        attempt(client, "wrong", REMOTE_ADDR="198.51.100.1")
    assert attempt(client, "wrong", REMOTE_ADDR="198.51.100.1").status_code == 429
    response = attempt(client, "secret-pass-1", REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, settings):
    settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS = 2
    settings.PRESENCE_TRUSTED_PROXIES = ["10.0.0.1"]
    UserFactory(username="editor", groups=["Editors"])
    via_proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(2):
        attempt(client, "wrong", HTTP_X_FORWARDED_FOR="198.51.100.1", **via_proxy)
    locked = attempt(client, "x", HTTP_X_FORWARDED_FOR="198.51.100.1", **via_proxy)
    assert locked.status_code == 429
    # Another reader behind the same proxy is a different client.
    other = attempt(
        client, "secret-pass-1", HTTP_X_FORWARDED_FOR="198.51.100.2", **via_proxy
    )
    assert other.status_code == 302


def test_an_untrusted_peer_cannot_dodge_the_lock_with_the_header(client, settings):
    settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS = 2
    settings.PRESENCE_TRUSTED_PROXIES = ["10.0.0.1"]
    UserFactory(username="editor", groups=["Editors"])
    for n in range(2):
        attempt(client, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    response = attempt(client, "secret-pass-1", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429


def attempt_as(client, username, password="wrong", **extra):  # noqa: S107
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra
    )


def test_failures_over_many_user_names_lock_the_address(client):
    """
    The default limits: 5 per user name and address, 20 per address. Guessing
    a new user name each time does not dodge the second.
    """
    UserFactory(username="editor", groups=["Editors"])
    address = {"REMOTE_ADDR": "198.51.100.7"}
    for n in range(19):
        response = attempt_as(client, f"guess{n}", **address)
        assert response.status_code == 200, n
    response = attempt_as(client, "guess19", **address)
    assert response.status_code == 429
    text = " ".join(response.content.decode().split())
    assert "Too many failed sign-in attempts (20) from your address" in text
    assert "15 minutes" in text
    # Nobody signs in from that address now, not even with the right password.
    assert attempt(client, "secret-pass-1", **address).status_code == 429
    # Another address is not affected.
    response = attempt(client, "secret-pass-1", REMOTE_ADDR="198.51.100.8")
    assert response.status_code == 302


def test_the_per_user_name_limit_stays_lower_than_the_address_limit(client):
    UserFactory(username="editor", groups=["Editors"])
    address = {"REMOTE_ADDR": "198.51.100.9"}
    for n in range(10):
        assert attempt_as(client, f"other{n}", **address).status_code == 200
    for _ in range(4):
        assert attempt(client, "wrong", **address).status_code == 200
    response = attempt(client, "wrong", **address)
    assert response.status_code == 429
    text = " ".join(response.content.decode().split())
    assert "Too many failed sign-in attempts (5) for this account" in text
    # 15 failures from the address so far: other user names may still try.
    assert attempt_as(client, "someone", **address).status_code == 200


def test_both_limits_come_from_settings(client, settings):
    settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS = 2
    settings.LOGIN_FAILURES_PER_ADDRESS = 3
    address = {"REMOTE_ADDR": "198.51.100.10"}
    for n in range(2):
        assert attempt_as(client, f"name{n}", **address).status_code == 200
    assert attempt_as(client, "name2", **address).status_code == 429
