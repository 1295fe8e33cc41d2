"""
RedisPageCache against the shared Redis, each test under a key prefix of its
own (deleted afterwards; nothing else in that Redis is touched).
"""

import time
import uuid

import pytest
import redis

from pagecache.backends import Entry, RedisPageCache
from tests.services import REDIS_URL, need_service, redis_reachable


def entry(body=b"<html>page</html>", *, started_at=None, seconds=60):
    now = time.time()
    return Entry(
        status=200,
        headers=[[b"content-type", b"text/html; charset=utf-8"], [b"etag", b'"v1"']],
        body=body,
        stored_at=now,
        expires_at=now + seconds,
        started_at=now if started_at is None else started_at,
    )


@pytest.fixture
def client():
    need_service("Redis", redis_reachable(REDIS_URL), REDIS_URL)
    connection = redis.Redis.from_url(REDIS_URL)
    yield connection
    connection.close()


@pytest.fixture
def cache(client):
    prefix = f"pagecache-test-{uuid.uuid4().hex}"
    backend = RedisPageCache(url=REDIS_URL, prefix=prefix)
    yield backend
    keys = list(client.scan_iter(match=f"{{{prefix}}}:*", count=1000))
    if keys:
        client.delete(*keys)


def keys(client, cache):
    return sorted(k.decode() for k in client.scan_iter(match=f"{cache.prefix}:*"))


async def test_a_stored_page_comes_back_byte_for_byte(cache):
    stored = entry("Новини дня".encode())
    assert await cache.aset("/news/", "page=2", stored)
    got = await cache.aget("/news/", "page=2")
    assert got == stored
    assert got.headers == stored.headers and got.body == stored.body
    assert await cache.aget("/news/", "page=3") is None
    assert await cache.aget("/other/", "page=2") is None


async def test_keys_stay_under_the_prefix_and_expire_with_the_page(cache, client):
    await cache.aset("/news/", "", entry(seconds=30))
    await cache.aset("/news/", "page=2", entry(seconds=90))
    assert keys(client, cache) == [f"{cache.prefix}:page:/news/"]
    # The hash lives as long as its longest-lived variant (plus a second).
    assert 85 <= client.ttl(f"{cache.prefix}:page:/news/") <= 91
    await cache.aset("/news/", "page=3", entry(seconds=10))
    assert client.ttl(f"{cache.prefix}:page:/news/") >= 85


async def test_purging_a_path_drops_every_variant_and_only_that_path(cache):
    for variant in ("", "page=2", "page=3"):
        await cache.aset("/news/", variant, entry())
    await cache.aset("/", "", entry())
    cache.purge({"/news/"})
    for variant in ("", "page=2", "page=3"):
        assert await cache.aget("/news/", variant) is None
    assert await cache.aget("/", "") is not None


async def test_a_render_that_started_before_a_purge_is_not_stored(cache):
    started = time.time()
    time.sleep(0.01)
    cache.purge(["/news/"])
    assert not await cache.aset("/news/", "", entry(started_at=started))
    assert await cache.aget("/news/", "") is None
    # A render started after the purge is stored, and other paths are fine.
    assert await cache.aset("/news/", "", entry(started_at=time.time() + 0.01))
    assert await cache.aset("/", "", entry(started_at=started))


async def test_purging_everything_drops_all_pages_and_refuses_older_renders(cache):
    started = time.time()
    await cache.aset("/", "", entry(started_at=started))
    await cache.aset("/news/", "page=2", entry(started_at=started))
    time.sleep(0.01)
    cache.purge_all()
    assert await cache.aget("/", "") is None
    assert await cache.aget("/news/", "page=2") is None
    assert not await cache.aset("/", "", entry(started_at=started))


def test_prefixes_keep_caches_apart(cache, client):
    other = RedisPageCache(url=REDIS_URL, prefix=f"pagecache-test-{uuid.uuid4().hex}")
    assert other.prefix != cache.prefix
    assert cache.prefix.startswith("{") and cache.prefix.endswith("}")
    other.purge_all()
    try:
        assert keys(client, cache) == []
    finally:
        client.delete(f"{other.prefix}:purged")


async def test_redis_down_is_a_miss_and_never_an_error(caplog):
    """Nothing listens on port 1: reads miss, writes and purges log only."""
    down = RedisPageCache(url="redis://127.0.0.1:1/0")
    assert await down.aget("/", "") is None
    assert await down.aset("/", "", entry()) is False
    down.purge(["/"])
    down.purge_all()
    messages = [r.getMessage() for r in caplog.records]
    assert "page cache read failed" in messages
    assert "page cache write failed" in messages
    assert any(m.startswith("page cache purge failed") for m in messages)


def test_the_sync_methods_share_the_async_ones_entries_and_purge_rule(cache):
    """gunicorn's workers (sync) and daphne (async) read each other's pages."""
    import asyncio

    stored = entry("Сторінка".encode())
    assert cache.set("/news/", "page=2", stored)
    assert asyncio.run(cache.aget("/news/", "page=2")) == stored
    assert cache.get("/news/", "page=3") is None
    started = time.time()
    time.sleep(0.01)
    cache.purge(["/news/"])
    assert cache.get("/news/", "page=2") is None
    assert not cache.set("/news/", "", entry(started_at=started))
    assert cache.set("/news/", "", entry(started_at=time.time() + 0.01))
    assert cache.get("/news/", "") is not None


def test_redis_down_is_a_miss_for_the_sync_methods_too(caplog):
    down = RedisPageCache(url="redis://127.0.0.1:1/0")
    assert down.get("/", "") is None
    assert down.set("/", "", entry()) is False
