"""
Real services for the suite: find them, and skip or fail when one is missing.

Loaded as a pytest plugin (``-p tests.services`` in pyproject.toml) so it
runs before Django reads its settings: when PostgreSQL answers on
127.0.0.1:5432 and no DATABASE_URL is set, the suite runs against it.
Under ``CI=true`` or ``REQUIRE_SERVICES=1`` a missing service fails the run
instead of skipping.
"""

import os
import shutil
import socket
from urllib.parse import urlsplit

import pytest

POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/portal"
REDIS_URL = "redis://127.0.0.1:6379/0"
CHROMIUM = "/usr/bin/chromium"


def services_required():
    """True when a missing service must fail the run (CI)."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or os.environ.get(
        "REQUIRE_SERVICES", ""
    ).lower() in {"1", "true", "yes"}


def _connect(host, port, timeout=1.0):
    try:
        return socket.create_connection((host, port), timeout=timeout)
    except OSError:
        return None


def postgres_reachable(host="127.0.0.1", port=5432):
    sock = _connect(host, port)
    if sock is None:
        return False
    sock.close()
    return True


def redis_reachable(url=REDIS_URL):
    """True when a Redis server answers PING at ``url``."""
    parts = urlsplit(url)
    sock = _connect(parts.hostname or "127.0.0.1", parts.port or 6379)
    if sock is None:
        return False
    with sock:
        try:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


def chromium_available():
    return os.access(CHROMIUM, os.X_OK)


def redis_server_available():
    """True when the redis-server binary exists (for private instances)."""
    return shutil.which("redis-server") is not None


def need_service(name, reachable, detail=""):
    """
    Skip the calling test when ``name`` is missing, naming it.

    Under CI (``CI=true`` or ``REQUIRE_SERVICES=1``) fail instead, so a green
    run never hides a service that was not there.
    """
    if reachable:
        return
    message = f"{name} is not available" + (f" ({detail})" if detail else "")
    if services_required():
        pytest.fail(message + "; CI requires it.", pytrace=False)
    pytest.skip(message + ".")


def _database_in_use():
    return os.environ.get("DATABASE_URL", "")


if not os.environ.get("DATABASE_URL") and postgres_reachable():
    os.environ["DATABASE_URL"] = POSTGRES_URL


def pytest_configure(config):
    if services_required() and not _database_in_use().startswith("postgres"):
        raise pytest.UsageError(
            "PostgreSQL is not reachable at 127.0.0.1:5432 and CI requires it "
            "(start it, or set DATABASE_URL)."
        )


def pytest_report_header(config):
    url = _database_in_use()
    database = urlsplit(url).scheme + " " + urlsplit(url).path if url else "SQLite"
    return [f"portal: database {database}; services required: {services_required()}"]
