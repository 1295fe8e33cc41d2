import time
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache

from ops.cache import ResilientRedisCache
from tests.services import REDIS_URL, need_service, redis_reachable

OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}


def make_cache(location):
    return ResilientRedisCache(
        location, {"KEY_PREFIX": "ops-test-" + uuid.uuid4().hex, "OPTIONS": OPTIONS}
    )


def test_an_unreachable_redis_is_a_miss_not_an_error():
    """Reads return the default and writes report failure, each within a second."""
    cache = make_cache("redis://127.0.0.1:16408/0")
    started = time.monotonic()
    assert cache.get("page", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("page") is False
    assert cache.add("page", b"x") is False
    cache.set("page", b"x")
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.delete("page") is False
    cache.delete_many(["a", "b"])
    assert cache.get_or_set("page", "computed") == "computed"
    assert time.monotonic() - started < 15


def test_the_plain_backend_raises_which_is_why_the_wrapper_exists():
    import redis

    cache = RedisCache(
        "redis://127.0.0.1:16408/0", {"KEY_PREFIX": "ops-test", "OPTIONS": OPTIONS}
    )
    with pytest.raises(redis.ConnectionError):
        cache.get("page")


async def test_async_reads_are_misses_too():
    cache = make_cache("redis://127.0.0.1:16408/0")
    assert await cache.aget("page", "default") == "default"


def test_a_reachable_redis_works_as_usual():
    need_service("Redis", redis_reachable(), REDIS_URL)
    cache = make_cache(REDIS_URL)
    try:
        cache.set("page", b"bytes", 30)
        assert cache.get("page") == b"bytes"
        assert cache.add("page", b"other") is False
        assert cache.delete("page") is True
    finally:
        cache.delete_many(["page"])
