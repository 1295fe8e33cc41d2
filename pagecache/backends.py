"""
Where cached pages live: one process's memory, or Redis for many processes.

Entries are stored per path, with one variant per allowed query string, so
purging a path drops every page of a paginated listing at once. A purge
also records when it happened: a render that started before the purge is
not stored afterwards, so a request racing an editor's save cannot put the
old page back.
"""

import json
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from ops.backends import BackendManager

logger = logging.getLogger(__name__)


@dataclass
class Entry:
    status: int
    headers: list  # [[name, value], ...] as bytes
    body: bytes
    stored_at: float
    expires_at: float
    started_at: float = field(default=0.0, compare=False)

    def fresh(self, now=None):
        return (now or time.time()) < self.expires_at

    def dumps(self):
        meta = json.dumps(
            {
                "status": self.status,
                "headers": [
                    [k.decode("latin-1"), v.decode("latin-1")] for k, v in self.headers
                ],
                "stored_at": self.stored_at,
                "expires_at": self.expires_at,
            }
        ).encode()
        return len(meta).to_bytes(4, "big") + meta + self.body

    @classmethod
    def loads(cls, data):
        size = int.from_bytes(data[:4], "big")
        meta = json.loads(data[4 : 4 + size])
        return cls(
            status=meta["status"],
            headers=[
                [k.encode("latin-1"), v.encode("latin-1")] for k, v in meta["headers"]
            ],
            body=bytes(data[4 + size :]),
            stored_at=meta["stored_at"],
            expires_at=meta["expires_at"],
        )


class BasePageCache:
    """
    The interface: async reads and writes for the ASGI layer, the same sync
    for the WSGI layer, and sync purges.
    """

    def __init__(self, **options):
        self.options = options

    async def aget(self, path, variant):
        raise NotImplementedError

    async def aset(self, path, variant, entry):
        """Store ``entry`` unless ``path`` was purged after it started."""
        raise NotImplementedError

    def get(self, path, variant):
        raise NotImplementedError

    def set(self, path, variant, entry):
        """Store ``entry`` unless ``path`` was purged after it started."""
        raise NotImplementedError

    def purge(self, paths):
        raise NotImplementedError

    def purge_all(self):
        raise NotImplementedError


class LocalPageCache(BasePageCache):
    """One process's memory, least recently used first out."""

    def __init__(self, max_entries=2000, **options):
        super().__init__(**options)
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._entries = OrderedDict()  # (path, variant) -> Entry
        self._variants = {}  # path -> set of variants
        self._purged = {}  # path -> time
        self._purged_all = 0.0

    async def aget(self, path, variant):
        return self.get(path, variant)

    async def aset(self, path, variant, entry):
        return self.set(path, variant, entry)

    def get(self, path, variant):
        with self._lock:
            entry = self._entries.get((path, variant))
            if entry is not None:
                self._entries.move_to_end((path, variant))
            return entry

    def set(self, path, variant, entry):
        with self._lock:
            if entry.started_at < max(self._purged.get(path, 0.0), self._purged_all):
                return False
            self._entries[(path, variant)] = entry
            self._entries.move_to_end((path, variant))
            self._variants.setdefault(path, set()).add(variant)
            while len(self._entries) > self.max_entries:
                (old_path, old_variant), _ = self._entries.popitem(last=False)
                self._variants.get(old_path, set()).discard(old_variant)
            return True

    def purge(self, paths):
        now = time.time()
        with self._lock:
            for path in paths:
                for variant in self._variants.pop(path, ()):
                    self._entries.pop((path, variant), None)
                self._purged[path] = now
            # Purge marks only matter while a render can still be in flight.
            horizon = now - 300
            if len(self._purged) > 10000:
                self._purged = {p: t for p, t in self._purged.items() if t > horizon}

    def purge_all(self):
        with self._lock:
            self._entries.clear()
            self._variants.clear()
            self._purged.clear()
            self._purged_all = time.time()


class RedisPageCache(BasePageCache):
    """
    Redis, shared by every server process: a hash per path, a field per
    variant. Errors count as misses, so a Redis outage slows pages down but
    never breaks them.
    """

    prefix = "{pagecache}"

    def __init__(self, url, prefix=None, **options):
        super().__init__(**options)
        self.url = url
        if prefix is not None:
            # Keys stay under one hash tag: "{<prefix>}".
            self.prefix = "{" + prefix.strip("{}") + "}"
        self._async_clients = {}  # one per event loop
        self._sync_client = None

    def _key(self, path):
        return f"{self.prefix}:page:{path}"

    def _purged_key(self):
        return f"{self.prefix}:purged"

    def _client(self):
        import asyncio

        import redis.asyncio

        loop = asyncio.get_running_loop()
        client = self._async_clients.get(loop)
        if client is None:
            client = redis.asyncio.Redis.from_url(
                self.url,
                socket_timeout=1,
                socket_connect_timeout=1,
                max_connections=200,
            )
            self._async_clients = {
                lp: c for lp, c in self._async_clients.items() if not lp.is_closed()
            }
            self._async_clients[loop] = client
        return client

    def _sync(self):
        import redis

        if self._sync_client is None:
            self._sync_client = redis.Redis.from_url(
                self.url, socket_timeout=1, socket_connect_timeout=1
            )
        return self._sync_client

    @staticmethod
    def _purged_since(purged, entry):
        """True when a purge (of the path or of everything) followed the render."""
        latest = max(float(p) for p in purged if p) if any(purged) else 0.0
        return entry.started_at < latest

    @staticmethod
    def _ttl(entry):
        return max(1, int(entry.expires_at - time.time()) + 1)

    def _store(self, pipe, path, variant, entry):
        # The hash lives as long as its longest-lived variant.
        ttl = self._ttl(entry)
        pipe.hset(self._key(path), variant, entry.dumps())
        pipe.expire(self._key(path), ttl, gt=True)
        pipe.expire(self._key(path), ttl, nx=True)

    async def aget(self, path, variant):
        try:
            data = await self._client().hget(self._key(path), variant)
        except Exception:  # noqa: BLE001 - any Redis failure is a miss
            logger.warning("page cache read failed", exc_info=True)
            return None
        return Entry.loads(data) if data else None

    async def aset(self, path, variant, entry):
        try:
            client = self._client()
            purged = await client.hmget(self._purged_key(), [path, "*"])
            if self._purged_since(purged, entry):
                return False
            async with client.pipeline(transaction=False) as pipe:
                self._store(pipe, path, variant, entry)
                await pipe.execute()
            return True
        except Exception:  # noqa: BLE001
            logger.warning("page cache write failed", exc_info=True)
            return False

    def get(self, path, variant):
        try:
            data = self._sync().hget(self._key(path), variant)
        except Exception:  # noqa: BLE001 - any Redis failure is a miss
            logger.warning("page cache read failed", exc_info=True)
            return None
        return Entry.loads(data) if data else None

    def set(self, path, variant, entry):
        try:
            client = self._sync()
            purged = client.hmget(self._purged_key(), [path, "*"])
            if self._purged_since(purged, entry):
                return False
            with client.pipeline(transaction=False) as pipe:
                self._store(pipe, path, variant, entry)
                pipe.execute()
            return True
        except Exception:  # noqa: BLE001
            logger.warning("page cache write failed", exc_info=True)
            return False

    def purge(self, paths):
        paths = list(paths)
        if not paths:
            return
        now = time.time()
        try:
            with self._sync().pipeline(transaction=False) as pipe:
                pipe.delete(*[self._key(p) for p in paths])
                pipe.hset(self._purged_key(), mapping={p: now for p in paths})
                pipe.expire(self._purged_key(), 600)
                pipe.execute()
        except Exception:  # noqa: BLE001
            logger.error("page cache purge failed for %s", paths, exc_info=True)

    def purge_all(self):
        try:
            client = self._sync()
            batch = []
            for key in client.scan_iter(match=f"{self.prefix}:page:*", count=500):
                batch.append(key)
                if len(batch) >= 500:
                    client.delete(*batch)
                    batch = []
            if batch:
                client.delete(*batch)
            client.hset(self._purged_key(), "*", time.time())
            client.expire(self._purged_key(), 600)
        except Exception:  # noqa: BLE001
            logger.error("page cache purge of everything failed", exc_info=True)


_backends = BackendManager(
    "PAGE_CACHE",
    default={"BACKEND": "pagecache.backends.LocalPageCache", "OPTIONS": {}},
)


def get_backend():
    """The configured backend (``PAGE_CACHE = {"BACKEND": ..., "OPTIONS": ...}``)."""
    return _backends.get()


def reset_backend():
    """Forget the backend; the next request builds it again."""
    _backends.reset()
