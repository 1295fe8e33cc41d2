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
def test_readyz_names_redis_when_it_is_down(client, settings):
    """503 within about a second, with a body saying Redis is the problem."""
    settings.REDIS_URL = CLOSED_REDIS
    started = time.monotonic()
    response = client.get("/readyz")
    assert time.monotonic() - started < 3
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == {"ok": True}
    assert body["checks"]["redis"]["ok"] is False
    assert "16408" in body["checks"]["redis"]["error"]


@pytest.mark.django_db
def test_readyz_names_the_database_when_it_is_down(client, settings, monkeypatch):
    settings.REDIS_URL = ""

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"] == {"ok": False, "error": "connection refused"}
    assert body["checks"]["redis"] == {"ok": True, "detail": "not configured"}
