"""
Reachability checks for the services the portal needs, each bounded in time.

A check says only whether its service answers; why not (hosts, ports, the
driver's error) goes to the log, never into a response anyone can read.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)


def check_database(alias="default"):
    """
    Run ``SELECT 1``; the connect timeout in DATABASES bounds the wait.

    A connection broken by the failure is closed at the end of the request
    (Django marks it unusable), and CONN_HEALTH_CHECKS replaces a stale one
    at the start of the next, so the probe recovers with the database.
    """
    connection = connections[alias]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("Readiness: database unreachable: %s", _first_line(exc))
        return {"ok": False}
    return {"ok": True}


def check_redis():
    """PING Redis with one-second timeouts and no retries; fine when unused."""
    url = getattr(settings, "REDIS_URL", "")
    if not url:
        return {"ok": True, "detail": "not configured"}
    import redis

    client = redis.Redis.from_url(
        url,
        socket_connect_timeout=1,
        socket_timeout=1,
        retry=None,
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        logger.warning("Readiness: Redis unreachable: %s", _first_line(exc))
        return {"ok": False}
    finally:
        client.close()
    return {"ok": True}


def _first_line(exc):
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
