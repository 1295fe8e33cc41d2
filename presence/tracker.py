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
from .pages import PageFilter
from .stores import CHUNK_SIZE, StoreUnavailable, get_store

logger = logging.getLogger(__name__)

# Seconds between ticks, and between heartbeats while the store is down.
TICK_INTERVAL = 1.0
RETRY_INTERVAL = 1.0
# Limits of one heartbeat's pruning: batches, and live pages looked at.
PRUNE_BATCHES = 20
PRUNE_PAGES = 50

# Distinct pages one process counts readers on (and so writes to the
# store) at once; a socket on yet another page is counted online only.
MAX_PAGES = 5000

# A fan-out skips a socket with more than this many bytes still waiting to
# be written to it: a reader that does not read must not make this process
# buffer frames without bound.
MAX_OUTBOUND_BYTES = 64 * 1024


class _Socket:
    """
    One socket's record. Slots, not a dict: thousands of idle sockets each
    hold one (DESIGN.md: memory per idle socket).

    ``transport`` is what the server tells about the connection (see
    ``presence.serve``): ``closed`` and ``buffered`` (bytes not yet written),
    or None when the server tells nothing (tests, other servers).
    """

    __slots__ = (
        "consumer",
        "visitor",
        "page",
        "address",
        "counted",
        "transport",
        "sent",
        "sent_at",
        "ready",
        "next_page",
        "moved_at",
        "tokens",
        "stamp",
    )

    def __init__(
        self, consumer, visitor, page, address, counted, transport=None, burst=0
    ):
        self.consumer = consumer
        self.visitor = visitor
        self.page = page
        self.address = address
        self.counted = counted
        self.transport = transport
        self.sent = None
        self.sent_at = 0.0
        self.ready = False
        # A page move waiting for its push interval (the last one wins).
        self.next_page = None
        self.moved_at = 0.0
        # The client's message bucket (counting.take_token).
        self.tokens = burst
        self.stamp = time.monotonic()

    def outbound_bytes(self):
        transport = self.transport
        return 0 if transport is None else transport.buffered


class _Waiter:
    __slots__ = ("page", "future")

    def __init__(self, page, future):
        self.page = page
        self.future = future


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
        message_rate=counting.MESSAGE_RATE,
        message_burst=counting.MESSAGE_BURST,
        page_filter=None,
        max_pages=MAX_PAGES,
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
        self.message_rate = message_rate
        self.message_burst = message_burst
        # Which claimed paths are pages the site serves (presence.pages).
        self.page_filter = page_filter or PageFilter(None)
        self.max_pages = max_pages
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
        self._moving = set()  # sockets with a page move waiting
        self._waiters = []
        self._refresh_wanted = False
        self._wake = asyncio.Event()
        self._store_lock = asyncio.Lock()
        self._tasks = []
        # The last numbers this process learnt, for server-rendered pages:
        # reading them does no I/O on the request path (presence.live).
        self.known_online = 0
        self.known_pages = {}  # page -> readers, the pages served here
        # GET /api/presence/ is computed at most once a second per process.
        self.summary = None
        self.summary_at = None
        self._summary_lock = asyncio.Lock()

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
        # What this process may have written, taken now: daphne cancels
        # every consumer during the same shutdown, and each one leaves
        # (locally) as it ends, before or while this runs.
        visitors = set(self.local.visitors()) | self._dirty_visitors
        reads = set(self.local.reads()) | self._dirty_reads
        engaged = self.engagement.holdings()
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
                    self.process, visitors=visitors, reads=reads
                )
                await self.engagement.remove(self.store, self.process, engaged)
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

    async def join(
        self,
        consumer,
        *,
        visitor,
        page,
        address,
        transport=None,
        ref=None,
        host=None,
    ):
        """
        Register a socket and send it its first frame.

        ``transport`` (optional) tells whether the connection is closed and
        how many bytes wait to be written to it (``presence.serve``).

        Raise ProtocolError (4429 or 4503) when the socket is refused.
        """
        if self.closed or not self.available:
            raise ProtocolError(
                CLOSE_UNAVAILABLE,
                "The live counter is unavailable right now; retrying later.",
            )
        # Before any check that the registration below relies on: nothing
        # is awaited between the checks and the registration.
        page = await self._countable(page)
        if self.connections_per_ip[address] >= self.max_connections_per_ip:
            raise ProtocolError(
                CLOSE_TOO_MANY,
                "Too many live counter connections from your address.",
            )
        self.start()
        visitors = self.visitors_per_ip[address]
        counted = visitor in visitors or len(visitors) < self.max_visitors_per_ip
        socket = _Socket(
            consumer, visitor, page, address, counted, transport, self.message_burst
        )
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

    def take_message(self, consumer):
        """
        Count one client message against its socket's rate.

        Raise ProtocolError (4429) when the socket sends more than
        ``message_rate`` a second (bursts of ``message_burst``).
        """
        socket = self.sockets.get(consumer)
        if socket is None:
            return
        now = time.monotonic()
        socket.tokens = counting.take_token(
            socket.tokens,
            socket.stamp,
            now,
            rate=self.message_rate,
            burst=self.message_burst,
        )
        socket.stamp = now

    async def _countable(self, page):
        """
        Return ``page`` if readers are counted on it here, else None.

        Only pages the site serves count (presence.pages), and at most
        ``max_pages`` distinct ones per process.
        """
        known = self.page_filter.known(page)
        if known is None:
            try:
                known = page in await self.page_filter.pages([page])
            except Exception:
                logger.exception("Presence: the page validator failed")
                known = False
        if not known:
            return None
        if not self.local.readers(page) and self.local.page_count() >= self.max_pages:
            return None
        return page

    async def move(self, consumer, page):
        """
        Move a socket to another page.

        Moves are coalesced: a socket moves at most once per push interval
        (so at most one store write per socket per interval); a move within
        it waits, and a later one replaces it (the last one wins).
        """
        if consumer not in self.sockets:
            return
        page = await self._countable(page)
        socket = self.sockets.get(consumer)
        if socket is None:
            return
        if time.monotonic() - socket.moved_at < self.push_interval:
            if page == socket.page:
                self._moving.discard(socket)
            else:
                socket.next_page = page
                self._moving.add(socket)
            return
        self._moving.discard(socket)
        self._apply_move(socket, page)

    def _apply_move(self, socket, page):
        if socket.page == page:
            return
        socket.moved_at = time.monotonic()
        if socket.counted:
            self._mark(
                self.local.move(socket.consumer, socket.visitor, socket.page, page)
            )
            self.engagement.move(
                socket.consumer,
                visitor=socket.visitor,
                old_page=socket.page,
                new_page=page,
            )
            self._wake.set()
        socket.page = page

    def _apply_waiting_moves(self):
        now = time.monotonic()
        for socket in list(self._moving):
            if now - socket.moved_at >= self.push_interval:
                self._moving.discard(socket)
                page, socket.next_page = socket.next_page, None
                if self.sockets.get(socket.consumer) is socket:
                    self._apply_move(socket, page)

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
        self._moving.discard(socket)
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

    # Fan-out: frames other apps send to this process's sockets

    async def send_all(self, message):
        """
        Send ``message`` to every socket of this process; return how many.

        ``message`` is a dict with a ``"type"`` (not ``"presence"`` or
        ``"error"``, which this app owns), encoded to JSON once. The frame is
        handed to each socket's transport without waiting for the network,
        so a slow reader never holds up the others; a socket with more than
        ``MAX_OUTBOUND_BYTES`` still unwritten (a reader that does not read)
        is skipped, so no socket makes the process buffer without bound.
        Sockets still waiting for their first frame are skipped too.

        Per process: to reach every reader of the site, call it in every
        process (e.g. from a pub/sub subscriber each process runs).
        """
        return await self._fan_out(message, list(self.sockets.values()))

    async def send_page(self, path, message):
        """Like ``send_all()``, for the sockets on page ``path`` only."""
        sockets = [s for s in self.sockets.values() if s.page == path]
        return await self._fan_out(message, sockets)

    async def _fan_out(self, message, sockets):
        frame = counting.fan_out_frame(message)
        sent = 0
        for socket in sockets:
            if not socket.ready or self.sockets.get(socket.consumer) is not socket:
                continue
            if socket.outbound_bytes() > MAX_OUTBOUND_BYTES:
                logger.debug("Presence: skipped a socket that does not read")
                continue
            if await self._send_text(socket, frame):
                sent += 1
        return sent

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
        pages = {waiter.page for waiter in waiters if waiter.page is not None}
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
            self.drop_closed()
            self._apply_waiting_moves()
            if self.sockets and self.available:
                try:
                    await self.tick()
                except Exception:
                    logger.exception("Presence: the tick failed")

    def drop_closed(self):
        """
        Forget sockets whose connection the server says is closed.

        The consumer normally leaves when it reads websocket.disconnect;
        this covers one that is stuck or was killed before it could.
        """
        for socket in list(self.sockets.values()):
            if socket.transport is not None and socket.transport.closed:
                self.leave(socket.consumer)

    async def tick(self):
        """Read the numbers in one round trip and push them where due."""
        pages = {socket.page for socket in self.sockets.values()}
        pages.discard(None)
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
        self.known_online = online
        if complete:
            # A tick counts every page served here: replacing keeps the
            # memory bounded by the pages open now.
            self.known_pages = dict(counts)
        else:
            self.known_pages = {**self.known_pages, **counts}

    # The site's totals (presence.live is their public face)

    async def site_summary(self, limit=20):
        """Return ``{"online": N, "pages": [...]}``, read at most once a second."""
        async with self._summary_lock:
            at = self.summary_at
            if at is not None and time.monotonic() - at < 1:
                return self.summary
            try:
                online, pages = await self.store.top_pages(limit)
            except StoreUnavailable:
                # Serve the last known numbers; try again in a second.
                pages = (self.summary or {}).get("pages", [])
                value = {"online": self.known_online, "pages": pages}
            else:
                self.known_online = online
                # Pages another process (or an older version) wrote are
                # listed only if they are pages the site serves.
                try:
                    served = await self.page_filter.pages(p for p, _ in pages)
                except Exception:
                    logger.exception("Presence: the page validator failed")
                    served = set()
                pages = [(p, n) for p, n in pages if p in served]
                value = counting.summary(online=online, pages=pages)
            self.summary, self.summary_at = value, time.monotonic()
            return value

    def last_summary(self):
        """Return the last ``site_summary()`` made, without I/O."""
        return self.summary or counting.summary(online=self.known_online, pages=[])

    async def _send(self, socket, numbers):
        socket.sent, socket.sent_at = numbers, time.monotonic()
        frame = counting.presence_frame(online=numbers[0], page=numbers[1])
        await self._send_text(socket, frame)

    async def _send_text(self, socket, frame):
        try:
            await socket.consumer.send(text_data=frame)
        except Exception:
            # A socket that died under us must not stop the loop.
            logger.debug("Presence: could not send to a socket", exc_info=True)
            return False
        return True


_trackers = weakref.WeakKeyDictionary()
# The tracker made last: the one of daphne's loop, for code that runs in
# another thread (sync views, templates) and has no loop of its own.
_current = None


def current_tracker():
    """Return the tracker made last in this process, or None."""
    return _current


def get_tracker():
    """Return the tracker of the running event loop, created lazily."""
    global _current
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
            message_rate=getattr(
                settings, "PRESENCE_MESSAGE_RATE", counting.MESSAGE_RATE
            ),
            message_burst=getattr(
                settings, "PRESENCE_MESSAGE_BURST", counting.MESSAGE_BURST
            ),
            page_filter=PageFilter.from_settings(),
            max_pages=getattr(settings, "PRESENCE_MAX_PAGES", MAX_PAGES),
            engagement=getattr(settings, "PRESENCE_ENGAGEMENT", True),
        )
        _current = tracker
    return tracker


async def reset():
    """
    Shut the running loop's tracker down and forget trackers and store.

    For tests: each pytest-asyncio test runs in its own loop.
    """
    global _current
    from .stores import reset_store

    tracker = _trackers.pop(asyncio.get_running_loop(), None)
    if tracker is not None:
        await tracker.shutdown()
        await tracker.store.close()
    _current = None
    reset_store()
