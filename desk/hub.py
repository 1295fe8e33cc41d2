"""
This process's desk sockets and the one summary a second they share.

One hub exists per running event loop (one per daphne process), created
lazily by ``get_hub()``. Once a second, while any desk socket is open, it
reads one store snapshot, names the pages (through the articles app, cached
for a while so the database is rarely asked), builds the frame once and
sends the same text to every desk socket; sockets that watch pages (the
article list, a change form) get their pages' numbers too. The cost grows
with the processes that have a desk open, not with the desks.
"""

import asyncio
import logging
import time
import weakref

from channels.db import database_sync_to_async

from presence.stores import StoreUnavailable, get_store

from . import summary

logger = logging.getLogger(__name__)

INTERVAL = 1.0
# Seconds between attempts to write the minute's history sample (one
# process wins each minute; the others' attempts cost one short call).
SAMPLE_INTERVAL = 10.0
# Page names are looked up again after this many seconds (a corrected
# headline shows within it).
NAMES_SECONDS = 30.0


def _describe(paths):
    from articles.page_names import pages_describe, sections_all

    return pages_describe(paths), sections_all()


class Hub:
    """Hold this process's desk sockets; build and send their frames."""

    def __init__(self, store, *, interval=INTERVAL):
        self.store = store
        self.interval = interval
        self.sockets = {}  # consumer -> watched pages
        self.last_frame = None
        self._names = {}  # path -> (looked up at, description)
        self._sections = (0.0, [])
        self._sampled_at = 0.0
        self._task = None

    def join(self, consumer):
        self.sockets[consumer] = set()
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._loop())

    def watch(self, consumer, pages):
        if consumer in self.sockets:
            self.sockets[consumer] = set(pages)

    def leave(self, consumer):
        self.sockets.pop(consumer, None)

    async def _loop(self):
        while self.sockets:
            try:
                await self.tick()
            except Exception:
                logger.exception("Desk: the tick failed")
            await asyncio.sleep(self.interval)
        self.last_frame = None

    async def tick(self):
        """Read, name and send once for every desk socket here."""
        now = time.monotonic()
        watched = set().union(*self.sockets.values()) if self.sockets else set()
        try:
            if now - self._sampled_at >= SAMPLE_INTERVAL:
                self._sampled_at = now
                await self.store.sample_minute()
            snapshot = await self.store.snapshot(
                limit=summary.SCAN_PAGES, pages=watched
            )
        except StoreUnavailable as exc:
            logger.warning("Desk: the store is unavailable: %s", exc)
            return
        descriptions, sections = await self._names_of(
            [page.page for page in snapshot.top]
        )
        frame = summary.desk_frame(
            summary.desk_summary(snapshot, descriptions, sections)
        )
        self.last_frame = frame
        for consumer, pages in list(self.sockets.items()):
            await self._send(consumer, frame)
            if pages:
                counts = {page: snapshot.pages[page] for page in pages}
                await self._send(consumer, summary.pages_frame(counts))

    async def _names_of(self, paths):
        now = time.monotonic()
        stale = [
            path
            for path in paths
            if now - self._names.get(path, (-NAMES_SECONDS, None))[0] >= NAMES_SECONDS
        ]
        if stale or now - self._sections[0] >= NAMES_SECONDS:
            described, sections = await database_sync_to_async(_describe)(stale)
            for path, description in described.items():
                self._names[path] = (now, description)
            self._sections = (now, sections)
        # Keep the memory bounded by the pages read now.
        wanted = set(paths)
        for path in [p for p in self._names if p not in wanted]:
            del self._names[path]
        return {p: self._names[p][1] for p in paths}, self._sections[1]

    async def _send(self, consumer, text):
        try:
            await consumer.send(text_data=text)
        except Exception:
            logger.debug("Desk: could not send to a socket", exc_info=True)


_hubs = weakref.WeakKeyDictionary()


def get_hub():
    """Return the hub of the running event loop, created lazily."""
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = Hub(get_store())
    return hub


def reset():
    """Forget the running loop's hub (tests: each runs in its own loop)."""
    hub = _hubs.pop(asyncio.get_running_loop(), None)
    if hub is not None and hub._task is not None:
        hub._task.cancel()
