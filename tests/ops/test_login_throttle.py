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
    settings.AXES_FAILURE_LIMIT = 5
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
    settings.AXES_FAILURE_LIMIT = 2
    UserFactory(username="editor", groups=["Editors"])
    for _ in range(2):
        attempt(client, "wrong", REMOTE_ADDR="198.51.100.1")
    assert attempt(client, "wrong", REMOTE_ADDR="198.51.100.1").status_code == 429
    response = attempt(client, "secret-pass-1", REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, settings):
    settings.AXES_FAILURE_LIMIT = 2
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
    settings.AXES_FAILURE_LIMIT = 2
    settings.PRESENCE_TRUSTED_PROXIES = ["10.0.0.1"]
    UserFactory(username="editor", groups=["Editors"])
    for n in range(2):
        attempt(client, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    response = attempt(client, "secret-pass-1", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429
