import time

import pytest
from django.db import OperationalError, connection

from tests.services import REDIS_URL, need_service, redis_reachable

CLOSED_REDIS = "redis://127.0.0.1:16408/0"


def test_healthz_answers_without_touching_any_service(client, settings):
    """/healthz is a liveness probe: 200 even with Redis and the database gone."""
    settings.REDIS_URL = CLOSED_REDIS
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_is_ok_when_database_and_redis_answer(client, settings):
    need_service("Redis", redis_reachable(), REDIS_URL)
    settings.REDIS_URL = REDIS_URL
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": {"ok": True}, "redis": {"ok": True}},
    }


@pytest.mark.django_db
def test_readyz_names_redis_when_it_is_down(client, settings, caplog):
    """
    503 within about a second, saying Redis is the problem but not where it
    is: the address and the driver's error go to the log only.
    """
    settings.REDIS_URL = CLOSED_REDIS
    started = time.monotonic()
    response = client.get("/readyz")
    assert time.monotonic() - started < 3
    assert response.status_code == 503
    body = response.json()
    assert body == {
        "status": "unavailable",
        "down": ["redis"],
        "checks": {"database": {"ok": True}, "redis": {"ok": False}},
    }
    for secret in (b"16408", b"127.0.0.1", b"refused", b"Error"):
        assert secret not in response.content
    assert "16408" in caplog.text


@pytest.mark.django_db
def test_readyz_names_the_database_when_it_is_down(
    client, settings, monkeypatch, caplog
):
    settings.REDIS_URL = ""
    error = 'connection to server at "10.9.8.7", port 6543 failed: refused'

    def refuse(*args, **kwargs):
        raise OperationalError(error)

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["database"]
    assert body["checks"]["database"] == {"ok": False}
    assert body["checks"]["redis"] == {"ok": True, "detail": "not configured"}
    for secret in (b"10.9.8.7", b"6543", b"refused"):
        assert secret not in response.content
    assert error in caplog.text
