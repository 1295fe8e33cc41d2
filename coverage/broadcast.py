"""
Site-wide messages between server processes: one channel, many listeners.

Any process (a view, the admin, a management command) publishes; each
server process holds exactly one subscription, read by its hub
(``coverage.hub``), never one per socket. Pluggable in the ``{"BACKEND":
...}`` shape: ``COVERAGE_BROADCAST``. Redis pub/sub between processes;
in the embedded default (one process) an in-process equivalent.

Publishing never raises: the entry or banner is already saved, pages show
it on their next load, and open pages catch up when the hub reconnects
(entries by ``since``). A message published while a listener is away is
not replayed; the hub reloads the state it needs on every (re)subscribe.
"""

import asyncio
import contextlib
import logging
import threading

from ops.backends import BackendManager

logger = logging.getLogger(__name__)


class BroadcastUnavailable(Exception):
    """The subscription broke; the listener retries."""


class BaseBroadcast:
    def __init__(self, **options):
        self.options = options

    def publish(self, data):
        """Send ``data`` (str) to every listener; True when it was sent."""
        raise NotImplementedError

    def listen(self):
        """
        An async iterator of messages (str) for the running loop.

        Yields ``None`` once the subscription is (re)established, so the
        reader can reload its state; raises BroadcastUnavailable when it
        breaks.
        """
        raise NotImplementedError


class InMemoryBroadcast(BaseBroadcast):
    """One process: listeners are queues in this process's event loops."""

    def __init__(self, **options):
        super().__init__(**options)
        self._lock = threading.Lock()
        self._queues = []  # [(loop, asyncio.Queue)]

    def publish(self, data):
        with self._lock:
            queues = [(lp, q) for lp, q in self._queues if not lp.is_closed()]
            self._queues = queues
        for loop, queue in queues:
            # RuntimeError: the loop closed meanwhile.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(queue.put_nowait, data)
        return True

    async def listen(self):
        loop = asyncio.get_running_loop()
        queue = asyncio.Queue()
        with self._lock:
            self._queues.append((loop, queue))
        try:
            yield None
            while True:
                yield await queue.get()
        finally:
            with self._lock:
                self._queues = [(lp, q) for lp, q in self._queues if q is not queue]


class RedisBroadcast(BaseBroadcast):
    """Redis pub/sub through redis-py (see DESIGN.md for the measurement)."""

    channel = "{coverage}:messages"

    def __init__(self, url, **options):
        super().__init__(**options)
        self.url = url
        self._sync_client = None
        self._sync_lock = threading.Lock()

    def _sync(self):
        import redis

        with self._sync_lock:
            if self._sync_client is None:
                self._sync_client = redis.Redis.from_url(
                    self.url, socket_timeout=1, socket_connect_timeout=1
                )
            return self._sync_client

    def publish(self, data):
        try:
            self._sync().publish(self.channel, data)
        except Exception:  # noqa: BLE001 - a Redis failure loses no data
            logger.warning("Coverage: could not publish a message", exc_info=True)
            return False
        return True

    async def listen(self):
        import redis.asyncio

        client = redis.asyncio.Redis.from_url(
            self.url,
            socket_connect_timeout=1,
            socket_timeout=5,
            # A ping when idle this long finds a dead or hung Redis.
            health_check_interval=2,
        )
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        try:
            try:
                await pubsub.subscribe(self.channel)
            except Exception as exc:
                raise BroadcastUnavailable(str(exc)) from exc
            yield None
            while True:
                try:
                    message = await pubsub.get_message(timeout=1.0)
                except Exception as exc:
                    raise BroadcastUnavailable(str(exc)) from exc
                if message is not None and message.get("type") == "message":
                    data = message["data"]
                    yield data.decode() if isinstance(data, bytes) else data
        finally:
            try:
                await pubsub.aclose()
                await client.aclose()
            except Exception:  # noqa: BLE001 - it is broken already
                logger.debug("Coverage: closing the subscription", exc_info=True)


_broadcasts = BackendManager(
    "COVERAGE_BROADCAST",
    default={"BACKEND": "coverage.broadcast.InMemoryBroadcast", "OPTIONS": {}},
)


def get_broadcast():
    """The configured broadcast, built once (``COVERAGE_BROADCAST``)."""
    return _broadcasts.get()


def reset_broadcast():
    """Forget the broadcast; the next use builds it again."""
    _broadcasts.reset()
