"""
The per-process tracker: this process's sockets, heartbeat and tick.

One tracker exists per running event loop (one per daphne process, one per
test under pytest-asyncio), created lazily by ``get_tracker()``. Consumers
register with it; it alone talks to the store and decides what each socket
is sent. The count never goes through Channels groups: a direct loop over
this registry reaches thousands of sockets in a fraction of the time
(DESIGN.md, "a design that meets it").
"""

import asyncio
import logging
import sys
import time
import uuid
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings

from ops import clientaddress, proxies

from . import counting
from .counting import (
    CLOSE_TOO_MANY,
    CLOSE_UNAVAILABLE,
    FULL_FRAME_INTERVAL,
    LocalPresence,
    ProtocolError,
)
from .engagement import Engagement
from .stores import CHUNK_SIZE, StoreUnavailable, get_store

logger = logging.getLogger(__name__)

# Seconds between ticks, and between heartbeats while the store is down.
TICK_INTERVAL = 1.0
RETRY_INTERVAL = 1.0
# Limits of one heartbeat's pruning: batches, and live pages looked at.
PRUNE_BATCHES = 20
PRUNE_PAGES = 50

# The last numbers this process learnt, for server-rendered pages: reading
# them does no I/O on the request path. Written by every tracker.
last_known = {"online": 0, "pages": {}}


@dataclass(eq=False)
class _Socket:
    consumer: object
    visitor: str
    page: str
    address: str
    counted: bool
    sent: tuple = None
    sent_at: float = 0.0
    ready: bool = False


@dataclass(eq=False)
class _Waiter:
    page: str
    future: asyncio.Future = field(repr=False)


class Tracker:
    """
    Hold this process's sockets and keep the store and the sockets in step.

    All writes to the store go through one writer task, in order, so a
    leave can never overtake the join (or heartbeat) it follows.
    """

    def __init__(
        self,
        store,
        *,
        ttl=30,
        push_interval=2,
        max_connections_per_ip=256,
        max_visitors_per_ip=128,
        trusted_proxies=(),
        tick_interval=TICK_INTERVAL,
        heartbeat_interval=None,
        engagement=True,
    ):
        self.store = store
        self.ttl = ttl
        self.push_interval = push_interval
        self.max_connections_per_ip = max_connections_per_ip
        self.max_visitors_per_ip = max_visitors_per_ip
        self.trusted_proxies = clientaddress.parse_trusted_proxies(trusted_proxies)
        self.tick_interval = tick_interval
        self.heartbeat_interval = heartbeat_interval or ttl / 3
        # Unique per tracker, so a restarted process never inherits the
        # entries of the one before it.
        self.process = uuid.uuid4().hex
        self.local = LocalPresence()
        # The live desk's engaged sockets and sources (DESIGN.md).
        self.engagement = Engagement(enabled=engagement)
        self.sockets = {}  # consumer -> _Socket
        self.connections_per_ip = Counter()
        self.visitors_per_ip = defaultdict(Counter)  # address -> visitor -> n
        self.available = True
        self.closed = False
        self._dirty_visitors = set()
        self._dirty_reads = set()
        self._waiters = []
        self._refresh_wanted = False
        self._wake = asyncio.Event()
        self._store_lock = asyncio.Lock()
        self._tasks = []

    # Lifecycle

    def start(self):
        """Start the writer, tick and heartbeat tasks in the running loop."""
        if self._tasks:
            return
        for coroutine in (self._write_loop(), self._tick_loop(), self._beat_loop()):
            self._tasks.append(asyncio.ensure_future(coroutine))
        self._install_shutdown_hook()

    def _install_shutdown_hook(self):
        """
        Remove this process's visitors when daphne stops (SIGTERM).

        daphne has no ASGI lifespan; its Twisted reactor fires "before
        shutdown" triggers and waits for the Deferreds they return.
        """
        reactor = sys.modules.get("twisted.internet.reactor")
        loop = asyncio.get_running_loop()
        if reactor is None or getattr(reactor, "_asyncioEventloop", None) is not loop:
            return
        from twisted.internet import defer

        def before_shutdown():
            return defer.Deferred.fromFuture(asyncio.ensure_future(self.shutdown()))

        reactor.addSystemEventTrigger("before", "shutdown", before_shutdown)

    async def shutdown(self, timeout=5):
        """Stop the tasks and make this process's visitors leave at once."""
        if self.closed:
            return
        self.closed = True
        for task in self._tasks:
            task.cancel()
        self._wake.set()
        if self._tasks:
            # redis-py may swallow a cancellation inside a call; the loops
            # also stop on ``closed``, and nothing waits for ever.
            await asyncio.wait(self._tasks, timeout=timeout)
        self._fail_waiters(self._waiters)
        self._waiters = []
        try:
            async with asyncio.timeout(timeout), self._store_lock:
                await self.store.remove_process(
                    self.process,
                    visitors=self.local.visitors(),
                    reads=self.local.reads(),
                )
                await self.engagement.remove(self.store, self.process)
        except (StoreUnavailable, TimeoutError) as exc:
            # Its entries age out within PRESENCE_TTL instead.
            logger.warning("Presence: could not leave the store on shutdown: %s", exc)
        logger.info("Presence: process %s left the store.", self.process)

    # What consumers call

    def address(self, scope):
        """Return the client address the per-address limits apply to."""
        peer = (scope.get("client") or (None,))[0]
        forwarded = None
        for name, value in scope.get("headers", ()):
            if name == b"x-forwarded-for":
                value = value.decode("latin-1")
                forwarded = f"{forwarded},{value}" if forwarded else value
        return clientaddress.client_address(peer, forwarded, self.trusted_proxies)

    async def join(self, consumer, *, visitor, page, address, ref=None, host=None):
        """
        Register a socket and send it its first frame.

        Raise ProtocolError (4429 or 4503) when the socket is refused.
        """
        if self.closed or not self.available:
            raise ProtocolError(
                CLOSE_UNAVAILABLE,
                "The live counter is unavailable right now; retrying later.",
            )
        if self.connections_per_ip[address] >= self.max_connections_per_ip:
            raise ProtocolError(
                CLOSE_TOO_MANY,
                "Too many live counter connections from your address.",
            )
        self.start()
        visitors = self.visitors_per_ip[address]
        counted = visitor in visitors or len(visitors) < self.max_visitors_per_ip
        socket = _Socket(consumer, visitor, page, address, counted)
        self.sockets[consumer] = socket
        self.connections_per_ip[address] += 1
        if counted:
            visitors[visitor] += 1
            self._mark(self.local.add(consumer, visitor, page))
        self.engagement.join(
            consumer, visitor=visitor, page=page, counted=counted, ref=ref, host=host
        )
        waiter = _Waiter(page, asyncio.get_running_loop().create_future())
        self._waiters.append(waiter)
        self._wake.set()
        try:
            online, readers = await waiter.future
        except StoreUnavailable:
            self.leave(consumer)
            raise ProtocolError(
                CLOSE_UNAVAILABLE,
                "The live counter is unavailable right now; retrying later.",
            ) from None
        if self.sockets.get(consumer) is socket:
            await self._send(socket, (online, readers))
            socket.ready = True

    def move(self, consumer, page):
        """Move a socket to another page."""
        socket = self.sockets.get(consumer)
        if socket is None or socket.page == page:
            return
        if socket.counted:
            self._mark(self.local.move(consumer, socket.visitor, socket.page, page))
            self.engagement.move(
                consumer, visitor=socket.visitor, old_page=socket.page, new_page=page
            )
            self._wake.set()
        socket.page = page

    def set_visible(self, consumer, visible):
        """
        Record whether a socket's tab is visible (the live desk's engaged).

        Raise ProtocolError (4429) for more than one message a second.
        """
        socket = self.sockets.get(consumer)
        if socket is not None and self.engagement.set_visible(
            consumer, visible, visitor=socket.visitor, page=socket.page
        ):
            self._wake.set()

    def leave(self, consumer):
        """Forget a socket; idempotent."""
        socket = self.sockets.pop(consumer, None)
        if socket is None:
            return
        self.engagement.leave(consumer, visitor=socket.visitor, page=socket.page)
        address = socket.address
        self.connections_per_ip[address] -= 1
        if not self.connections_per_ip[address]:
            del self.connections_per_ip[address]
        if socket.counted:
            visitors = self.visitors_per_ip[address]
            visitors[socket.visitor] -= 1
            if not visitors[socket.visitor]:
                del visitors[socket.visitor]
            if not visitors:
                del self.visitors_per_ip[address]
            self._mark(self.local.remove(consumer, socket.visitor, socket.page))
            self._wake.set()

    def _mark(self, changes):
        if not self.closed:
            self._dirty_visitors |= changes.visitors
            self._dirty_reads |= changes.reads

    # The writer: every store write, in order

    async def _write_loop(self):
        while not self.closed:
            await self._wake.wait()
            self._wake.clear()
            # Let a burst of connects and closes gather into one round trip.
            await asyncio.sleep(0)
            if self.closed:
                break
            try:
                if self._refresh_wanted:
                    self._refresh_wanted = False
                    await self._refresh()
                await self._flush()
            except Exception:
                logger.exception("Presence: the writer failed")

    async def _flush(self):
        waiters, self._waiters = self._waiters, []
        try:
            if self.available:
                await self._write_changes(waiters)
        finally:
            # Whoever was not answered is refused (4503) rather than left
            # waiting.
            self._fail_waiters(waiters)

    async def _write_changes(self, waiters):
        if not (waiters or self._dirty_visitors or self._dirty_reads):
            await self._write_engagement()
            return
        visitors, self._dirty_visitors = self._dirty_visitors, set()
        reads, self._dirty_reads = self._dirty_reads, set()
        # The local state at the time of writing decides join or leave, so
        # changes that cancel out within one batch cost nothing wrong.
        joined = [v for v in visitors if self.local.holds(v)]
        left = [v for v in visitors if not self.local.holds(v)]
        reads_joined = [r for r in reads if self.local.holds_read(*r)]
        reads_left = [r for r in reads if not self.local.holds_read(*r)]
        pages = {waiter.page for waiter in waiters}
        try:
            async with self._store_lock:
                online, counts = await self.store.update(
                    self.process,
                    joined=joined,
                    left=left,
                    reads_joined=reads_joined,
                    reads_left=reads_left,
                    pages=pages,
                )
        except StoreUnavailable as exc:
            self._dirty_visitors |= visitors
            self._dirty_reads |= reads
            self._set_unavailable(exc)
            return
        self._record(online, counts)
        await self._write_engagement()
        for waiter in waiters:
            if not waiter.future.done():
                waiter.future.set_result((online, counts.get(waiter.page, 0)))

    async def _write_engagement(self):
        # After the count's own write, so engaged never runs ahead of it.
        if not self.engagement.dirty:
            return
        try:
            async with self._store_lock:
                await self.engagement.write(self.store, self.process)
        except StoreUnavailable as exc:
            self._set_unavailable(exc)

    def _fail_waiters(self, waiters):
        for waiter in waiters:
            if not waiter.future.done():
                waiter.future.set_exception(StoreUnavailable("store unavailable"))

    async def _refresh(self):
        try:
            async with self._store_lock:
                await self.store.refresh(
                    self.process,
                    visitors=self.local.visitors(),
                    reads=self.local.reads(),
                )
                await self.engagement.refresh(self.store, self.process)
        except StoreUnavailable as exc:
            self._set_unavailable(exc)
            return
        if not self.available:
            logger.warning("Presence: the store is back; counts rebuilt.")
        self.available = True

    def _set_unavailable(self, exc):
        if self.available:
            logger.warning("Presence: the store is unavailable: %s", exc)
        self.available = False

    # The heartbeat: refresh everything held, then prune

    async def _beat_loop(self):
        pages_offset = 0
        while not self.closed:
            self._refresh_wanted = True
            self._wake.set()
            await asyncio.sleep(
                self.heartbeat_interval if self.available else RETRY_INTERVAL
            )
            if not self.available:
                continue
            pages = self.local.pages()
            if pages:
                pages_offset %= len(pages)
                pages = (pages[pages_offset:] + pages[:pages_offset])[:PRUNE_PAGES]
                pages_offset += PRUNE_PAGES
            try:
                for _ in range(PRUNE_BATCHES):
                    if await self.store.prune(pages) < CHUNK_SIZE:
                        break
                await self.engagement.beat(self.store, pages)
            except StoreUnavailable as exc:
                self._set_unavailable(exc)

    # The tick: read the numbers once, send what changed

    async def _tick_loop(self):
        while not self.closed:
            await asyncio.sleep(self.tick_interval)
            if self.sockets and self.available:
                try:
                    await self.tick()
                except Exception:
                    logger.exception("Presence: the tick failed")

    async def tick(self):
        """Read the numbers in one round trip and push them where due."""
        pages = {socket.page for socket in self.sockets.values()}
        try:
            online, counts = await self.store.counts(pages)
        except StoreUnavailable as exc:
            self._set_unavailable(exc)
            return
        self._record(online, counts, complete=True)
        now = time.monotonic()
        for socket in list(self.sockets.values()):
            if not socket.ready:
                continue
            numbers = (online, counts.get(socket.page, 0))
            elapsed = now - socket.sent_at
            if (
                numbers != socket.sent and elapsed >= self.push_interval
            ) or elapsed >= FULL_FRAME_INTERVAL:
                await self._send(socket, numbers)

    def _record(self, online, counts, *, complete=False):
        last_known["online"] = online
        if complete:
            # A tick counts every page served here: replacing keeps the
            # memory bounded by the pages open now.
            last_known["pages"] = dict(counts)
        else:
            last_known["pages"] = {**last_known["pages"], **counts}

    async def _send(self, socket, numbers):
        socket.sent, socket.sent_at = numbers, time.monotonic()
        frame = counting.presence_frame(online=numbers[0], page=numbers[1])
        try:
            await socket.consumer.send(text_data=frame)
        except Exception:
            # A socket that died under us must not stop the loop.
            logger.debug("Presence: could not send to a socket", exc_info=True)


_trackers = weakref.WeakKeyDictionary()


def get_tracker():
    """Return the tracker of the running event loop, created lazily."""
    loop = asyncio.get_running_loop()
    tracker = _trackers.get(loop)
    if tracker is None:
        tracker = _trackers[loop] = Tracker(
            get_store(),
            ttl=getattr(settings, "PRESENCE_TTL", 30),
            push_interval=getattr(settings, "PRESENCE_PUSH_INTERVAL", 2),
            max_connections_per_ip=getattr(
                settings, "PRESENCE_MAX_CONNECTIONS_PER_IP", 256
            ),
            max_visitors_per_ip=getattr(settings, "PRESENCE_MAX_VISITORS_PER_IP", 128),
            trusted_proxies=proxies.trusted_proxies(),
            engagement=getattr(settings, "PRESENCE_ENGAGEMENT", True),
        )
    return tracker


async def reset():
    """
    Shut the running loop's tracker down and forget trackers and store.

    For tests: each pytest-asyncio test runs in its own loop.
    """
    from .stores import reset_store

    tracker = _trackers.pop(asyncio.get_running_loop(), None)
    if tracker is not None:
        await tracker.shutdown()
        await tracker.store.close()
    _summary.update(at=None, value=None)
    last_known.update(online=0, pages={})
    reset_store()


# GET /api/presence/ is computed at most once a second per process.
_summary = {"at": None, "value": None}
_summary_locks = weakref.WeakKeyDictionary()


async def site_summary(limit=20):
    """Return ``{"online": N, "pages": [...]}``, cached for a second."""
    loop = asyncio.get_running_loop()
    lock = _summary_locks.setdefault(loop, asyncio.Lock())
    async with lock:
        at = _summary["at"]
        if at is not None and time.monotonic() - at < 1:
            return _summary["value"]
        try:
            online, pages = await get_store().top_pages(limit)
        except StoreUnavailable:
            # Serve the last known numbers; try again in a second.
            online = last_known["online"]
            pages = (_summary["value"] or {}).get("pages", [])
            value = {"online": online, "pages": pages}
        else:
            last_known["online"] = online
            value = counting.summary(online=online, pages=pages)
        _summary.update(at=time.monotonic(), value=value)
        return value


def last_summary():
    """Return the last ``site_summary()`` this process made, without I/O."""
    return _summary["value"] or counting.summary(online=last_known["online"], pages=[])
