"""
What the live desk needs from one process's reader sockets: which counted
sockets have their tab visible (engaged), and where page views came from.

The tracker owns one ``Engagement`` and calls it from the places it already
has (join, move, leave, the writer, the heartbeat, shutdown); this module
keeps the engaged layer's local truth and writes it to ``store.engaged``
with the same rules as the count (DESIGN.md, "the live desk").
"""

import json
import time
from collections import Counter

from .counting import (
    CLOSE_INVALID,
    CLOSE_TOO_MANY,
    MAX_MESSAGE_BYTES,
    LocalPresence,
    ProtocolError,
)
from .sources import clean_host, source_of
from .stores import CHUNK_SIZE, StoreUnavailable

# At most one visibility message counted per socket in this many seconds.
VISIBILITY_INTERVAL = 1.0


def parse_visibility(text):
    """
    Return True/False for a visibility message, None for any other message.

    Raise ProtocolError (4400) for a visibility message that is malformed.
    Everything else is left to the live counter's own parser.
    """
    if text is None or len(text) > MAX_MESSAGE_BYTES:
        return None
    try:
        message = json.loads(text)
    except ValueError:
        return None
    if not isinstance(message, dict) or message.get("type") != "visibility":
        return None
    visible = message.get("visible")
    if not isinstance(visible, bool) or set(message) != {"type", "visible"}:
        raise ProtocolError(
            CLOSE_INVALID,
            'A visibility message is {"type": "visibility", "visible": true} '
            "or false, nothing else.",
        )
    return visible


def parse_ref(query_string):
    """The clean ``ref`` host of a socket's query string, "" or None."""
    from urllib.parse import parse_qs

    if isinstance(query_string, bytes):
        query_string = query_string.decode("latin-1")
    values = parse_qs(query_string, keep_blank_values=True).get("ref")
    return clean_host(values[-1]) if values else None


class Engagement:
    """
    One process's engaged sockets and page views by source.

    Only counted sockets take part, so the per-address limits hold for
    engaged and sources as for the count.
    """

    def __init__(self, *, enabled=True):
        self.enabled = enabled
        self.local = LocalPresence()
        self.visible = {}  # counted socket -> visible?
        self.visibility_at = {}  # socket -> when its last one was counted
        self.sources = Counter()
        self._dirty_visitors = set()
        self._dirty_reads = set()

    def _mark(self, changes):
        self._dirty_visitors |= changes.visitors
        self._dirty_reads |= changes.reads

    @property
    def dirty(self):
        return bool(self._dirty_visitors or self._dirty_reads or self.sources)

    # What the tracker calls as sockets come, move and go

    def join(self, consumer, *, visitor, page, counted, ref=None, host=None):
        if not (self.enabled and counted):
            return
        self.visible[consumer] = True
        self._mark(self.local.add(consumer, visitor, page))
        if ref is not None:
            self.sources[source_of(ref, own_hosts=[clean_host(host) or ""])] += 1

    def move(self, consumer, *, visitor, old_page, new_page):
        if self.visible.get(consumer):
            self._mark(self.local.move(consumer, visitor, old_page, new_page))

    def leave(self, consumer, *, visitor, page):
        self.visibility_at.pop(consumer, None)
        if self.visible.pop(consumer, False):
            self._mark(self.local.remove(consumer, visitor, page))

    def set_visible(self, consumer, visible, *, visitor, page):
        """
        Record a tab's visibility; return True when the store must be told.

        Raise ProtocolError (4429) for a second message within a second.
        """
        now = time.monotonic()
        last = self.visibility_at.get(consumer)
        if last is not None and now - last < VISIBILITY_INTERVAL:
            raise ProtocolError(
                CLOSE_TOO_MANY,
                "Too many visibility messages: at most one a second.",
            )
        self.visibility_at[consumer] = now
        if consumer not in self.visible or self.visible[consumer] == visible:
            return False
        self.visible[consumer] = visible
        if visible:
            self._mark(self.local.add(consumer, visitor, page))
        else:
            self._mark(self.local.remove(consumer, visitor, page))
        return True

    # What the tracker's writer and heartbeat call (under its store lock)

    async def write(self, store, process):
        """Write what changed since the last write, and the sources."""
        if not self.dirty:
            return
        visitors, self._dirty_visitors = self._dirty_visitors, set()
        reads, self._dirty_reads = self._dirty_reads, set()
        sources, self.sources = self.sources, Counter()
        try:
            if visitors or reads:
                await store.engaged.update(
                    process,
                    joined=[v for v in visitors if self.local.holds(v)],
                    left=[v for v in visitors if not self.local.holds(v)],
                    reads_joined=[r for r in reads if self.local.holds_read(*r)],
                    reads_left=[r for r in reads if not self.local.holds_read(*r)],
                )
            if sources:
                await store.add_sources(sources)
        except StoreUnavailable:
            self._dirty_visitors |= visitors
            self._dirty_reads |= reads
            self.sources.update(sources)
            raise

    async def refresh(self, store, process):
        if self.enabled:
            await store.engaged.refresh(
                process, visitors=self.local.visitors(), reads=self.local.reads()
            )

    async def beat(self, store, pages):
        """Prune the engaged layer and offer this minute's history sample."""
        if not self.enabled:
            return
        for _ in range(20):
            if await store.engaged.prune(pages) < CHUNK_SIZE:
                break
        await store.sample_minute()

    def holdings(self):
        """What this process may have written: held now, or left unwritten."""
        visitors = set(self.local.visitors()) | self._dirty_visitors
        return visitors, set(self.local.reads()) | self._dirty_reads

    async def remove(self, store, process, holdings=None):
        # ``holdings``: taken before a shutdown, whose consumers leave as
        # daphne cancels them (Tracker.shutdown).
        if self.enabled:
            visitors, reads = holdings or self.holdings()
            await store.engaged.remove_process(process, visitors=visitors, reads=reads)
