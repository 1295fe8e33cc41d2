"""A Redis cache that treats Redis errors as misses, so pages keep serving."""

import logging
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _redis_error():
    import redis

    return redis.RedisError


class ResilientRedisCache(RedisCache):
    """
    Django's Redis cache, except that an unreachable Redis is a cache miss.

    Django's backend raises on every Redis error, which turns each page into
    a 500 while Redis restarts. Here reads return the default, writes report
    failure (``add()`` returns False, ``set_many()`` lists every key) and
    ``incr()``/``decr()`` still raise, since inventing a number would be
    worse. With the short timeouts in ``OPTIONS`` an outage costs each call
    about a second at most, and a failure is logged at most once every
    ``LOG_INTERVAL`` seconds so the log does not flood.
    """

    LOG_INTERVAL = 10.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._last_logged = 0.0

    def _failed(self, operation, exc):
        now = time.monotonic()
        if now - self._last_logged >= self.LOG_INTERVAL:
            self._last_logged = now
            logger.warning(
                "Redis cache %s failed, treating it as a miss: %s", operation, exc
            )

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except _redis_error() as exc:
            self._failed("get", exc)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except _redis_error() as exc:
            self._failed("get_many", exc)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except _redis_error() as exc:
            self._failed("has_key", exc)
            return False

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except _redis_error() as exc:
            self._failed("add", exc)
            return False

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except _redis_error() as exc:
            self._failed("set", exc)

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except _redis_error() as exc:
            self._failed("set_many", exc)
            return list(data)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except _redis_error() as exc:
            self._failed("touch", exc)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except _redis_error() as exc:
            self._failed("delete", exc)
            return False

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except _redis_error() as exc:
            self._failed("delete_many", exc)

    def clear(self):
        try:
            return super().clear()
        except _redis_error() as exc:
            self._failed("clear", exc)
            return False
