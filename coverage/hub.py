"""
The per-process hub of breaking news and live stories.

One hub per running event loop (one per daphne process), created lazily by
``get_hub()``. It holds the process's one subscription to the site-wide
broadcast and fans each message out through the presence tracker:
breaking news to every socket (``send_all``), entries to the sockets on
that article's page only, from an index of those sockets, so a message
costs nothing on sockets of other pages.

Breaking pushes are rate-capped: at most one per ``breaking_interval``
seconds; a faster change is merged into the next push (the latest state
wins). A banner's end needs no job: the hub pushes ``null`` at the end time
it knows. After the subscription breaks (Redis down) the hub retries; on
every (re)subscribe it reloads the banner from the database and sends each
article reader the entries saved meanwhile, so nothing is lost.
"""

import asyncio
import json
import logging
import time
import weakref
from dataclasses import dataclass
from datetime import datetime

from channels.db import database_sync_to_async
from django.conf import settings

from . import frames
from .broadcast import BroadcastUnavailable, get_broadcast

logger = logging.getLogger(__name__)

RETRY_INTERVAL = 1.0
# How long a new socket waits for the hub's first look at the database.
READY_TIMEOUT = 2.0


@dataclass(eq=False)
class _Reader:
    """A socket on an article page, and the last entry id it was sent."""

    consumer: object
    path: str
    last: int = 0


def _until_timestamp(data):
    try:
        return datetime.fromisoformat(data["until"]).timestamp()
    except (KeyError, TypeError, ValueError):
        return None


class Hub:
    def __init__(self, broadcast, sink, *, breaking_interval=5.0):
        self.broadcast = broadcast
        self.sink = sink
        self.breaking_interval = breaking_interval
        self.breaking = None  # the banner as last known (breaking_data)
        self.ready = asyncio.Event()
        self.readers = {}  # consumer -> _Reader
        self.pages = {}  # path -> set of consumers
        self.subscribed = False
        self.closed = False
        self._pushed = None
        self._last_push = float("-inf")
        self._push_handle = None
        self._expiry_handle = None
        self._task = None
        self._background = set()

    # Lifecycle

    def start(self):
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    async def shutdown(self):
        self.closed = True
        for handle in (self._push_handle, self._expiry_handle):
            if handle is not None:
                handle.cancel()
        if self._task is not None:
            self._task.cancel()
            await asyncio.wait([self._task], timeout=5)

    async def _run(self):
        first = True
        while not self.closed:
            try:
                async for message in self.broadcast.listen():
                    if message is None:
                        self.subscribed = True
                        await self._resync(heal=not first)
                        first = False
                    else:
                        await self.handle(message)
            except BroadcastUnavailable as exc:
                if self.subscribed:
                    logger.warning("Coverage: the broadcast is unavailable: %s", exc)
                self.subscribed = False
                if not self.ready.is_set():
                    # Pages opened meanwhile still get the banner as stored.
                    await self._resync(heal=False)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("Coverage: the hub's subscription failed")
                self.subscribed = False
            if not self.closed:
                await asyncio.sleep(RETRY_INTERVAL)

    async def _resync(self, *, heal):
        """Reload the banner; after an outage, send readers what they missed."""
        from . import selectors

        try:
            self.set_breaking(
                await database_sync_to_async(selectors.breaking_current)()
            )
        except Exception:
            logger.exception("Coverage: could not read the banner")
        finally:
            self.ready.set()
        if heal:
            for path in list(self.pages):
                await self._heal(path)

    async def _heal(self, path):
        from . import selectors

        consumers = self.pages.get(path, ())
        if not consumers:
            return
        since = min(self.readers[c].last for c in consumers)
        try:
            found = await database_sync_to_async(selectors.entries_since)(
                path=path, since=since
            )
        except Exception:
            logger.exception("Coverage: could not read entries of %s", path)
            return
        if found is None:
            return
        article, entries, live = found
        for consumer in list(self.pages.get(path, ())):
            reader = self.readers[consumer]
            missed = [e for e in entries if e["id"] > reader.last]
            if missed:
                await self._send_reader(
                    reader,
                    frames.entries_frame(article=article, entries=missed, live=live),
                    max(e["id"] for e in missed),
                )

    # Messages from the broadcast

    async def handle(self, data):
        message = frames.parse_message(data)
        if message is None:
            logger.warning("Coverage: ignored a message that is not ours")
        elif message["kind"] == "breaking":
            self.set_breaking(message["article"])
        else:
            await self.push_entries(message)

    # Breaking news

    def visible_breaking(self, now=None):
        """The banner to show now: the one known unless its end has come."""
        data = self.breaking
        if data is None:
            return None
        until = _until_timestamp(data)
        if until is not None and until <= (now or time.time()):
            return None
        return data

    def set_breaking(self, data):
        self.breaking = data
        if self._expiry_handle is not None:
            self._expiry_handle.cancel()
            self._expiry_handle = None
        until = _until_timestamp(data) if data else None
        if until is not None:
            delay = max(0.0, until - time.time())
            self._expiry_handle = asyncio.get_running_loop().call_later(
                delay + 0.05, self._schedule_push
            )
        self._schedule_push()

    def _schedule_push(self):
        if self._push_handle is not None or self.closed:
            return  # merged into the push already waiting
        loop = asyncio.get_running_loop()
        wait = self._last_push + self.breaking_interval - loop.time()
        if wait > 0:
            self._push_handle = loop.call_later(wait, self._push_breaking)
        else:
            self._push_breaking()

    def _push_breaking(self):
        self._push_handle = None
        current = self.visible_breaking()
        if current == self._pushed:
            return
        self._pushed = current
        self._last_push = asyncio.get_running_loop().time()
        self._spawn(self.sink.send_all({"type": "breaking", "article": current}))

    def _spawn(self, coroutine):
        task = asyncio.ensure_future(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def breaking_frame(self):
        """The frame a new socket gets first, or None when no banner shows."""
        self.start()
        if not self.ready.is_set():
            try:
                async with asyncio.timeout(READY_TIMEOUT):
                    await self.ready.wait()
            except TimeoutError:
                return None
        current = self.visible_breaking()
        return None if current is None else frames.breaking_frame(current)

    # Live stories

    def join(self, consumer, page, since=None):
        """Index a socket when ``page`` is an article's page."""
        from .selectors import article_id_for_path

        self.leave(consumer)
        if article_id_for_path(page) is None:
            return None
        reader = _Reader(consumer, page, since or 0)
        self.readers[consumer] = reader
        self.pages.setdefault(page, set()).add(consumer)
        return reader

    def leave(self, consumer):
        reader = self.readers.pop(consumer, None)
        if reader is None:
            return
        consumers = self.pages.get(reader.path)
        if consumers is not None:
            consumers.discard(consumer)
            if not consumers:
                del self.pages[reader.path]

    async def catch_up(self, consumer, since):
        """Send a socket the entries of its page after ``since``."""
        from . import selectors

        reader = self.readers.get(consumer)
        if reader is None:
            return
        found = await database_sync_to_async(selectors.entries_since)(
            path=reader.path, since=since
        )
        if found is None or self.readers.get(consumer) is not reader:
            return
        article, entries, live = found
        await self._send_reader(
            reader,
            frames.entries_frame(article=article, entries=entries, live=live),
            max((e["id"] for e in entries), default=since),
        )

    async def push_entries(self, message):
        consumers = self.pages.get(message["path"])
        if not consumers:
            return
        text = frames.entries_frame(
            article=message["article"],
            entries=message["entries"],
            deleted=message["deleted"],
            live=message["live"],
        )
        newest = max((e["id"] for e in message["entries"]), default=0)
        for consumer in list(consumers):
            reader = self.readers.get(consumer)
            if reader is not None:
                await self._send_reader(reader, text, newest)

    async def _send_reader(self, reader, text, newest):
        reader.last = max(reader.last, newest)
        try:
            await reader.consumer.send(text_data=text)
        except Exception:
            # A socket that died under us must not stop the loop.
            logger.debug("Coverage: could not send to a socket", exc_info=True)


class TrackerSink:
    """Send a message (a dict) to every socket of the presence tracker."""

    def __init__(self, tracker):
        self.tracker = tracker

    async def send_all(self, message):
        send_all = getattr(self.tracker, "send_all", None)
        if send_all is not None:
            # The tracker's fan-out (issue 12): encoded once, slow readers
            # skipped.
            return await send_all(message)
        text = json.dumps(message, ensure_ascii=False)
        for socket in list(self.tracker.sockets.values()):
            try:
                await socket.consumer.send(text_data=text)
            except Exception:
                logger.debug("Coverage: could not send to a socket", exc_info=True)


_hubs = weakref.WeakKeyDictionary()


def get_hub():
    """Return the hub of the running event loop, created lazily."""
    from presence.tracker import get_tracker

    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = Hub(
            get_broadcast(),
            TrackerSink(get_tracker()),
            breaking_interval=getattr(settings, "COVERAGE_BREAKING_INTERVAL", 5),
        )
    return hub


async def reset():
    """Shut the running loop's hub down (for tests)."""
    hub = _hubs.pop(asyncio.get_running_loop(), None)
    if hub is not None:
        await hub.shutdown()
