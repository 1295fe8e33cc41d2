"""
The real stack for the stack tests: private PostgreSQL and Redis, two daphne
processes on Unix sockets and nginx with TLS, built by deploy/stack.py (the
code behind ``make stack``) on this worktree's reserved loopback ports.

One stack serves the whole session (starting it takes about 20 s); a test
that breaks a part of it (kills a daphne, stops Redis or PostgreSQL) puts it
back in a ``finally`` block, and the session fixture stops every process and
removes the folder even when a test fails. Each process runs in its own
process group, so nothing outlives the run.
"""

import http.client
import os
import shutil
import ssl
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from deploy.processes import port_open
from deploy.stack import Stack
from tests.services import need_service, redis_server_available

HOST = "127.0.0.1"
HTTP_PORT = 18410
HTTPS_PORT = 18411
DATABASE_URL = "postgres://postgres@127.0.0.1:15442/portal"
REDIS_URL = "redis://127.0.0.1:16402/0"
# Short so that the tests can wait for them.
PAGE_CACHE_SECONDS = 5
PRESENCE_TTL = 6


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.stack)


def _nginx_binary():
    return shutil.which("nginx") or (
        "/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None
    )


def _initdb_available():
    return bool(
        shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    )


class Client:
    """HTTPS requests to the stack's nginx; one connection per request."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.context = ssl.create_default_context()
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE

    def request(self, path, method="GET", headers=None, body=None, timeout=10):
        """Return (status, headers with lower-case names, body bytes, seconds)."""
        connection = http.client.HTTPSConnection(
            self.host, self.port, context=self.context, timeout=timeout
        )
        started = time.monotonic()
        try:
            connection.request(
                method, path, body=body, headers={"Host": self.host, **(headers or {})}
            )
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        elapsed = time.monotonic() - started
        names = {k.lower(): v for k, v in response.getheaders()}
        return response.status, names, content, elapsed

    def get(self, path, **kwargs):
        return self.request(path, **kwargs)


def fresh(path):
    """The path with a query string no cache has seen: always rendered."""
    return f"{path}{'&' if '?' in path else '?'}fresh={uuid.uuid4().hex}"


def poll(check, timeout, interval=0.2):
    """Call ``check`` until it returns a true value; return it and the time taken."""
    started = time.monotonic()
    deadline = started + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            result = check()
        except OSError as exc:
            result, last_error = None, exc
        if result:
            return result, time.monotonic() - started
        time.sleep(interval)
    raise AssertionError(f"not within {timeout} s (last error: {last_error})")


@pytest.fixture(scope="session")
def stack():
    need_service("nginx", _nginx_binary(), "apt-get install nginx-light")
    need_service("redis-server", redis_server_available(), "for a private Redis")
    need_service("PostgreSQL's initdb", _initdb_available(), "for a private cluster")
    for port in (HTTP_PORT, HTTPS_PORT, 15442, 16402):
        if port_open(HOST, port):
            pytest.fail(f"port {port} is taken; the stack tests need it free")
    run_dir = Path(tempfile.mkdtemp(prefix="portal-stack-"))
    # PostgreSQL runs as its own user and must reach its folder inside.
    run_dir.chmod(0o755)
    stack = Stack(
        run_dir,
        database_url=DATABASE_URL,
        redis_url=REDIS_URL,
        http_port=HTTP_PORT,
        https_port=HTTPS_PORT,
        env={
            "PAGE_CACHE_SECONDS": str(PAGE_CACHE_SECONDS),
            "PRESENCE_TTL": str(PRESENCE_TTL),
            "PRESENCE_PUSH_INTERVAL": "0.5",
            "PRESENCE_MAX_VISITORS_PER_IP": "4",
            "PRESENCE_MAX_CONNECTIONS_PER_IP": "6",
            "LOG_LEVEL": "INFO",
        },
    )
    try:
        stack.start(log=lambda *args: None)
        yield stack
    finally:
        try:
            stack.stop()
        finally:
            shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture
def web(stack):
    return Client(HOST, HTTPS_PORT)


@pytest.fixture
def daphnes_restored(stack):
    """Restart any daphne a test stopped or killed, and wait for nginx to use it."""
    yield stack.daphnes
    for daphne in stack.daphnes:
        if not daphne.running():
            daphne.stop()
            daphne.start()


def article_url(stack):
    out = stack.manage(
        "shell",
        "-c",
        "from articles.models import Article;"
        "print(Article.objects.published().newest_first().first().get_absolute_url())",
    )
    return out.strip().splitlines()[-1]
