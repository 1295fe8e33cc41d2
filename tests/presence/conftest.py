import asyncio
import os
import shutil
import time
import uuid

import pytest

from deploy import processes
from presence import tracker as tracker_module
from presence.stores import InMemoryStore, RedisStore
from tests.services import need_service, redis_reachable

SHARED_REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
# Ports this test set may use for its own redis-server instances.
PRIVATE_REDIS_PORTS = range(16390, 16400)


def free_port(ports):
    """Return the first port of ``ports`` nothing listens on."""
    return processes.free_port(ports)


def wait_until(predicate, timeout=10, interval=0.05, message="condition"):
    """Poll ``predicate`` until it is true, failing after ``timeout``."""
    try:
        return processes.wait_until(predicate, timeout, message, interval)
    except TimeoutError as exc:
        raise AssertionError(str(exc)) from None


async def eventually(predicate, timeout=10, interval=0.05, message="condition"):
    """Await ``predicate()`` (sync or async) until true, with a deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout}s waiting for {message}")
        await asyncio.sleep(interval)


@pytest.fixture
def private_redis(tmp_path):
    """A redis-server of this test's own, stopped whatever happens."""
    need_service("redis-server", shutil.which("redis-server") is not None)
    port = free_port(PRIVATE_REDIS_PORTS)
    server = processes.Redis(tmp_path, f"redis://127.0.0.1:{port}/0", reuse=False)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def shared_redis_url():
    need_service("Redis", redis_reachable(SHARED_REDIS_URL), SHARED_REDIS_URL)
    return SHARED_REDIS_URL


def delete_prefix(url, prefix):
    """Delete the keys of one test's hash tag from the shared Redis."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{{{prefix}}}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture(params=["memory", "redis"])
async def make_store(request):
    """
    Build stores of one kind that share their data, like processes do.

    The Redis kind uses the shared Redis under a hash tag of this test's
    own, deleted afterwards.
    """
    if request.param == "memory":
        stores = {}

        def make(ttl=30):
            # One in-memory store stands for the shared truth; simulated
            # processes are told apart by their process ids.
            return stores.setdefault(ttl, InMemoryStore(ttl=ttl))

        yield make
        return
    url = request.getfixturevalue("shared_redis_url")
    prefix = f"presence-test-{uuid.uuid4().hex}"
    made = []

    def make(ttl=30):
        store = RedisStore(url=url, prefix=prefix, ttl=ttl)
        made.append(store)
        return store

    try:
        yield make
    finally:
        for store in made:
            await store.close()
        delete_prefix(url, prefix)


@pytest.fixture
async def fresh_tracker():
    """Start each test with no tracker and no cached store; clean up after."""
    await tracker_module.reset()
    yield
    await tracker_module.reset()
