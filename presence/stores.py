"""
Where the shared truth of the live counter lives.

A store knows, for every server process, which visitors and which
(visitor, page) reads it holds, and answers the counts across all of them.
Each process tells its store what changed (``update``), re-asserts all it
holds every ``PRESENCE_TTL / 3`` (``refresh``) and asks for the numbers once
a tick (``counts``). An entry lives for ``ttl`` seconds after its last
refresh, so a process that dies without cleaning up ages out by itself.

``RedisStore`` is the real stack's store; ``InMemoryStore`` implements the
same rules for one process (or for simulated processes in tests). Both pass
the same contract tests.
"""

import asyncio
import contextlib
import functools
import hashlib
import time
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import islice

from django.conf import settings
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import NoScriptError, RedisError

from ops.backends import BackendManager

from .sources import SOURCES

DEFAULT_TTL = 30
# Members written or deleted by one Redis call: small enough that no call
# blocks Redis for long (DESIGN.md: one big delete blocks it for ms).
CHUNK_SIZE = 1000


# The live desk's windows, in seconds or minutes (DESIGN.md).
# The change shown beside each page compares with the sample this long ago.
CHANGE_WINDOW = 300
# Page views by source are summed over this many minutes (this one included).
SOURCE_MINUTES = 5
# The site's minute history is kept a day; the most-read pages' an hour.
HISTORY_SECONDS = 24 * 3600
PAGE_HISTORY_SECONDS = 3600
HISTORY_PAGES = 50


@dataclass(frozen=True)
class PageNow:
    """One of the most-read pages, as the desk shows it."""

    page: str
    readers: int
    engaged: int
    readers_before: int | None


@dataclass(frozen=True)
class Snapshot:
    """What the desk shows now; no visitor ids, addresses or referrers."""

    online: int
    engaged: int
    top: list
    pages: dict  # page -> (readers, engaged)
    sources: dict  # kind -> page views in the last SOURCE_MINUTES


def _minute(seconds):
    return int(seconds // 60 * 60)


class StoreUnavailable(Exception):
    """The store cannot be reached; the caller keeps its last known numbers."""


class BaseStore:
    """
    The interface every presence store implements.

    ``process`` is an id unique to one tracker (one server process). Reads
    are pairs ``(visitor, page)``. Counts only include entries seen within
    ``ttl`` seconds.
    """

    def __init__(self, *, ttl=DEFAULT_TTL):
        self.ttl = ttl

    async def update(
        self,
        process,
        *,
        joined=(),
        left=(),
        reads_joined=(),
        reads_left=(),
        pages=None,
    ):
        """
        Record visitors and reads that appeared in or left ``process``.

        A visitor (or read) that left stays counted when another live
        process still holds it. With ``pages``, return ``counts(pages)``
        as of after the update, in the same round trip.
        """
        raise NotImplementedError("subclasses of BaseStore must provide update()")

    async def refresh(self, process, *, visitors, reads):
        """
        Mark ``process`` alive and all it holds as seen now.

        What ``process`` held before and is not listed any more stops being
        attributed to it (it still ages out of the counts by itself).
        """
        raise NotImplementedError("subclasses of BaseStore must provide refresh()")

    async def counts(self, pages=()):
        """Return ``(online, {page: readers})`` for the given pages."""
        raise NotImplementedError("subclasses of BaseStore must provide counts()")

    async def top_pages(self, limit=20):
        """Return ``(online, [(page, readers), ...])``, most read first."""
        raise NotImplementedError("subclasses of BaseStore must provide top_pages()")

    async def prune(self, pages=()):
        """
        Delete one small batch of expired entries.

        ``pages`` are pages known to be live whose expired readers should be
        deleted too. Return how many entries were deleted; call again while
        that equals ``CHUNK_SIZE``.
        """
        raise NotImplementedError("subclasses of BaseStore must provide prune()")

    async def remove_process(self, process, *, visitors, reads):
        """Make ``process`` leave at once, with all it holds (a clean stop)."""
        await self.update(process, left=visitors, reads_left=reads)

    async def close(self):
        """Release connections made from the running event loop."""

    @contextlib.asynccontextmanager
    async def borrowed(self):
        """
        Use the store for one call from sync code (``async_to_sync``).

        Under gunicorn each such call runs in an event loop of its own:
        whatever connection it opened is closed again on the way out.
        """
        yield self

    # The live desk (DESIGN.md, "the live desk"): engaged visitors, where
    # page views came from, and a minute history.

    @functools.cached_property
    def engaged(self):
        """
        The store of engaged visitors and reads (a tab that is visible).

        Same interface and rules as this store, with entries kept apart:
        a process writes a visitor here while at least one of its counted
        sockets is visible, so engaged <= online always holds.
        """
        return self._sibling("engaged")

    def _sibling(self, namespace):
        raise NotImplementedError("subclasses of BaseStore must provide _sibling()")

    async def add_sources(self, counts):
        """Add page views by source kind (``{kind: n}``) to this minute."""
        raise NotImplementedError("subclasses of BaseStore must provide add_sources()")

    async def snapshot(self, *, limit=20, pages=(), ago=CHANGE_WINDOW):
        """
        Return a ``Snapshot``: what the desk shows, in one round trip.

        ``limit`` most-read pages with readers, engaged readers and readers
        in the minute sample ``ago`` seconds back (None when that page was
        not sampled then); the counts of ``pages`` as well; page views by
        source kind over the last ``SOURCE_MINUTES`` minutes.
        """
        raise NotImplementedError("subclasses of BaseStore must provide snapshot()")

    async def sample_minute(self, *, pages=HISTORY_PAGES):
        """
        Write this minute's sample unless some process already did.

        The sample holds online and engaged, and readers and engaged readers
        of the ``pages`` most-read pages. Return True when this call wrote
        it. Safe to call from every process as often as wanted.
        """
        raise NotImplementedError(
            "subclasses of BaseStore must provide sample_minute()"
        )

    async def history(self, *, minutes=60):
        """Return ``[(minute, online, engaged), ...]``, oldest first."""
        raise NotImplementedError("subclasses of BaseStore must provide history()")

    async def page_history(self, page, *, minutes=60):
        """Return ``[(minute, readers, engaged), ...]`` of one page."""
        raise NotImplementedError("subclasses of BaseStore must provide page_history()")


class InMemoryStore(BaseStore):
    """
    The embedded default: the same rules, kept in this process's memory.

    ``clock`` (seconds, default ``time.time``) can be replaced in tests.
    It is not thread-safe: use it from one event loop at a time.
    """

    def __init__(self, *, ttl=DEFAULT_TTL, clock=None):
        super().__init__(ttl=ttl)
        self.clock = clock or time.time
        self._visitors = {}  # visitor -> last seen
        self._readers = defaultdict(dict)  # page -> {visitor: last seen}
        self._processes = {}  # process -> last seen
        self._held = defaultdict(set)  # process -> {visitor}
        self._held_reads = defaultdict(set)  # process -> {(visitor, page)}
        self._sources = defaultdict(Counter)  # minute -> {kind: page views}
        self._history = {}  # minute -> (online, engaged), oldest first
        self._page_history = defaultdict(dict)  # page -> {minute: (n, e)}

    def _live_processes(self, now):
        cutoff = now - self.ttl
        return [p for p, seen in self._processes.items() if seen > cutoff]

    def _held_elsewhere(self, process, now, holdings, key):
        return any(
            key in holdings.get(other, ())
            for other in self._live_processes(now)
            if other != process
        )

    def _add_read(self, visitor, page, now):
        self._readers[page][visitor] = now

    def _remove_read(self, visitor, page):
        readers = self._readers.get(page)
        if readers is not None:
            readers.pop(visitor, None)
            if not readers:
                del self._readers[page]

    async def update(
        self,
        process,
        *,
        joined=(),
        left=(),
        reads_joined=(),
        reads_left=(),
        pages=None,
    ):
        now = self.clock()
        self._processes[process] = now
        for visitor in joined:
            self._visitors[visitor] = now
            self._held[process].add(visitor)
        for visitor in left:
            self._held[process].discard(visitor)
            if not self._held_elsewhere(process, now, self._held, visitor):
                self._visitors.pop(visitor, None)
        for visitor, page in reads_joined:
            self._add_read(visitor, page, now)
            self._held_reads[process].add((visitor, page))
        for visitor, page in reads_left:
            self._held_reads[process].discard((visitor, page))
            if not self._held_elsewhere(
                process, now, self._held_reads, (visitor, page)
            ):
                self._remove_read(visitor, page)
        return self._counts(pages or (), now)

    async def refresh(self, process, *, visitors, reads):
        now = self.clock()
        self._processes[process] = now
        self._held[process] = set(visitors)
        self._held_reads[process] = set(reads)
        for visitor in self._held[process]:
            self._visitors[visitor] = now
        for visitor, page in self._held_reads[process]:
            self._add_read(visitor, page, now)

    def _counts(self, pages, now):
        cutoff = now - self.ttl
        online = sum(1 for seen in self._visitors.values() if seen > cutoff)
        return online, {page: self._readers_of(page, cutoff) for page in pages}

    def _readers_of(self, page, cutoff):
        return sum(1 for seen in self._readers.get(page, {}).values() if seen > cutoff)

    async def counts(self, pages=()):
        return self._counts(pages, self.clock())

    async def top_pages(self, limit=20):
        now = self.clock()
        online, counts = self._counts(list(self._readers), now)
        ranked = sorted(
            ((page, n) for page, n in counts.items() if n > 0),
            key=lambda item: (-item[1], item[0]),
        )
        return online, ranked[:limit]

    async def prune(self, pages=()):
        cutoff = self.clock() - self.ttl
        removed = 0
        for mapping in (self._visitors, self._processes):
            for key in [k for k, seen in mapping.items() if seen <= cutoff]:
                del mapping[key]
                removed += 1
        for process in list(self._held):
            if process not in self._processes:
                del self._held[process]
                self._held_reads.pop(process, None)
        for page in list(self._readers):
            for visitor, seen in list(self._readers[page].items()):
                if seen <= cutoff:
                    self._remove_read(visitor, page)
                    removed += 1
        return removed

    async def remove_process(self, process, *, visitors, reads):
        await super().remove_process(process, visitors=visitors, reads=reads)
        self._processes.pop(process, None)
        self._held.pop(process, None)
        self._held_reads.pop(process, None)

    # The live desk

    def _sibling(self, namespace):
        # The engaged layer reads this store's clock, even when a test
        # replaces it later.
        return InMemoryStore(ttl=self.ttl, clock=lambda: self.clock())

    async def add_sources(self, counts):
        minute = _minute(self.clock())
        self._sources[minute].update(
            {kind: n for kind, n in counts.items() if kind in SOURCES and n > 0}
        )
        for old in [m for m in self._sources if m <= minute - SOURCE_MINUTES * 60]:
            del self._sources[old]

    def _sources_now(self, minute):
        totals = Counter()
        for back in range(SOURCE_MINUTES):
            totals.update(self._sources.get(minute - back * 60, {}))
        return {kind: totals[kind] for kind in SOURCES}

    def _ranked(self, limit, now):
        _, counts = self._counts(list(self._readers), now)
        ranked = sorted(
            ((page, n) for page, n in counts.items() if n > 0),
            key=lambda item: (-item[1], item[0]),
        )
        return ranked[:limit]

    async def snapshot(self, *, limit=20, pages=(), ago=CHANGE_WINDOW):
        now = self.clock()
        engaged_store = self.engaged
        before = _minute(now - ago)
        top = []
        ranked = self._ranked(limit, now)
        _, engaged_counts = engaged_store._counts(
            [page for page, _ in ranked] + list(pages), now
        )
        for page, readers in ranked:
            sample = self._page_history.get(page, {}).get(before)
            top.append(
                PageNow(
                    page,
                    readers,
                    engaged_counts[page],
                    None if sample is None else sample[0],
                )
            )
        online, counts = self._counts(list(pages), now)
        engaged, _ = engaged_store._counts((), now)
        return Snapshot(
            online=online,
            engaged=engaged,
            top=top,
            pages={page: (counts[page], engaged_counts[page]) for page in pages},
            sources=self._sources_now(_minute(now)),
        )

    async def sample_minute(self, *, pages=HISTORY_PAGES):
        now = self.clock()
        minute = _minute(now)
        # The lock: one sample a minute, whoever asks first.
        if minute in self._history:
            return False
        online, _ = self._counts((), now)
        ranked = self._ranked(pages, now)
        engaged, engaged_counts = self.engaged._counts([p for p, _ in ranked], now)
        self._history[minute] = (online, engaged)
        for old in [m for m in self._history if m <= minute - HISTORY_SECONDS]:
            del self._history[old]
        for page, readers in ranked:
            self._page_history[page][minute] = (readers, engaged_counts[page])
        for page, samples in list(self._page_history.items()):
            for old in [m for m in samples if m <= minute - PAGE_HISTORY_SECONDS]:
                del samples[old]
            if not samples:
                del self._page_history[page]
        return True

    async def history(self, *, minutes=60):
        since = _minute(self.clock()) - minutes * 60
        return [(m, *n) for m, n in sorted(self._history.items()) if m > since]

    async def page_history(self, page, *, minutes=60):
        since = _minute(self.clock()) - minutes * 60
        samples = self._page_history.get(page, {})
        return [(m, *n) for m, n in sorted(samples.items()) if m > since]


# Every script takes the TTL in milliseconds as ARGV[1] and reads the clock
# with Redis TIME, so scores never depend on a host's clock. All keys share
# one hash tag; per-process and per-page keys are passed in KEYS where they
# are known beforehand and otherwise built from a prefix in the same slot.
_LUA_COMMON = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local cutoff = now - ttl
local function set_rank(rank_key, page_key, page)
  local n = redis.call('ZCARD', page_key)
  if n > 0 then
    redis.call('ZADD', rank_key, n, page)
  else
    redis.call('ZREM', rank_key, page)
  end
end
"""

# KEYS: visitors, processes, own visitors set, own reads set, pages, ranking,
#       then one page key per read joined, then one per read left.
# ARGV: ttl, process, process key prefix, #joined, #left, #reads joined,
#       #reads left, visitors joined, visitors left, (visitor, page) pairs
#       joined, pairs left, then the pages to count.
_LUA_UPDATE = (
    _LUA_COMMON
    + """
local pid, proc_prefix = ARGV[2], ARGV[3]
local nj, nl = tonumber(ARGV[4]), tonumber(ARGV[5])
local nrj, nrl = tonumber(ARGV[6]), tonumber(ARGV[7])
local a, k = 8, 7
redis.call('ZADD', KEYS[2], now, pid)
local live = nil
local function held_elsewhere(suffix, member)
  if live == nil then
    live = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. cutoff, '+inf')
  end
  for _, other in ipairs(live) do
    if other ~= pid and
        redis.call('SISMEMBER', proc_prefix .. other .. suffix, member) == 1 then
      return true
    end
  end
  return false
end
for i = 1, nj do
  redis.call('ZADD', KEYS[1], now, ARGV[a])
  redis.call('SADD', KEYS[3], ARGV[a])
  a = a + 1
end
for i = 1, nl do
  redis.call('SREM', KEYS[3], ARGV[a])
  if not held_elsewhere(':visitors', ARGV[a]) then
    redis.call('ZREM', KEYS[1], ARGV[a])
  end
  a = a + 1
end
for i = 1, nrj do
  local visitor, page = ARGV[a], ARGV[a + 1]
  redis.call('ZADD', KEYS[k], now, visitor)
  redis.call('ZADD', KEYS[5], now, page)
  redis.call('SADD', KEYS[4], visitor .. ' ' .. page)
  set_rank(KEYS[6], KEYS[k], page)
  a, k = a + 2, k + 1
end
for i = 1, nrl do
  local visitor, page = ARGV[a], ARGV[a + 1]
  local member = visitor .. ' ' .. page
  redis.call('SREM', KEYS[4], member)
  if not held_elsewhere(':reads', member) then
    redis.call('ZREM', KEYS[k], visitor)
    set_rank(KEYS[6], KEYS[k], page)
  end
  a, k = a + 2, k + 1
end
redis.call('PEXPIRE', KEYS[3], ttl)
redis.call('PEXPIRE', KEYS[4], ttl)
local result = {redis.call('ZCOUNT', KEYS[1], '(' .. cutoff, '+inf')}
while k <= #KEYS do
  table.insert(result, redis.call('ZCOUNT', KEYS[k], '(' .. cutoff, '+inf'))
  k = k + 1
end
return result
"""
)

# KEYS: visitors, processes, own visitors set, own reads set, pages, ranking,
#       then one page key per page listed.
# ARGV: ttl, process, replace (1 on a refresh's first chunk), #visitors,
#       #pages, visitors, then per page: page, #readers, readers.
_LUA_REFRESH = (
    _LUA_COMMON
    + """
local pid = ARGV[2]
local nv, np = tonumber(ARGV[4]), tonumber(ARGV[5])
if ARGV[3] == '1' then
  redis.call('DEL', KEYS[3], KEYS[4])
end
redis.call('ZADD', KEYS[2], now, pid)
local a = 6
if nv > 0 then
  local scored, members = {}, {}
  for i = 1, nv do
    table.insert(scored, now)
    table.insert(scored, ARGV[a])
    table.insert(members, ARGV[a])
    a = a + 1
  end
  redis.call('ZADD', KEYS[1], unpack(scored))
  redis.call('SADD', KEYS[3], unpack(members))
end
for i = 1, np do
  local page, n = ARGV[a], tonumber(ARGV[a + 1])
  a = a + 2
  local scored, members = {}, {}
  for j = 1, n do
    table.insert(scored, now)
    table.insert(scored, ARGV[a])
    table.insert(members, ARGV[a] .. ' ' .. page)
    a = a + 1
  end
  redis.call('ZADD', KEYS[6 + i], unpack(scored))
  redis.call('SADD', KEYS[4], unpack(members))
  redis.call('ZADD', KEYS[5], now, page)
  set_rank(KEYS[6], KEYS[6 + i], page)
end
redis.call('PEXPIRE', KEYS[3], ttl)
redis.call('PEXPIRE', KEYS[4], ttl)
return now
"""
)

# KEYS: visitors, then one page key per page to count. ARGV: ttl.
_LUA_COUNTS = (
    _LUA_COMMON
    + """
local result = {}
for i = 1, #KEYS do
  table.insert(result, redis.call('ZCOUNT', KEYS[i], '(' .. cutoff, '+inf'))
end
return result
"""
)

# KEYS: visitors, ranking. ARGV: ttl, limit, page key prefix.
# The ranking holds each page's cardinality, which counts readers that
# expired but are not pruned yet, so twice the limit are recounted exactly.
_LUA_TOP = (
    _LUA_COMMON
    + """
local limit = tonumber(ARGV[2])
local candidates = redis.call('ZREVRANGE', KEYS[2], 0, 2 * limit - 1)
local ranked = {}
for _, page in ipairs(candidates) do
  local n = redis.call('ZCOUNT', ARGV[3] .. page, '(' .. cutoff, '+inf')
  if n > 0 then
    table.insert(ranked, {page, n})
  end
end
table.sort(ranked, function(x, y)
  if x[2] ~= y[2] then return x[2] > y[2] end
  return x[1] < y[1]
end)
local result = {redis.call('ZCOUNT', KEYS[1], '(' .. cutoff, '+inf')}
for i = 1, math.min(limit, #ranked) do
  table.insert(result, ranked[i][1])
  table.insert(result, ranked[i][2])
end
return result
"""
)

# KEYS: visitors, processes, pages, ranking, then live page keys to prune.
# ARGV: ttl, batch, process key prefix, page key prefix, then the pages.
# Returns the largest number of entries one step deleted: when it equals
# the batch there is more to do.
_LUA_PRUNE = (
    _LUA_COMMON
    + """
local batch = tonumber(ARGV[2])
local most = 0
local function expired(key)
  return redis.call('ZRANGEBYSCORE', key, '-inf', cutoff, 'LIMIT', 0, batch)
end
local gone = expired(KEYS[1])
if #gone > 0 then redis.call('ZREM', KEYS[1], unpack(gone)) end
most = math.max(most, #gone)
gone = expired(KEYS[2])
for _, pid in ipairs(gone) do
  redis.call('ZREM', KEYS[2], pid)
  redis.call('DEL', ARGV[3] .. pid .. ':visitors', ARGV[3] .. pid .. ':reads')
end
most = math.max(most, #gone)
-- A page not refreshed for a TTL has only expired readers: drop it whole
-- (UNLINK frees a big one in the background).
gone = expired(KEYS[3])
for _, page in ipairs(gone) do
  redis.call('ZREM', KEYS[3], page)
  redis.call('ZREM', KEYS[4], page)
  redis.call('UNLINK', ARGV[4] .. page)
end
most = math.max(most, #gone)
for i = 5, #KEYS do
  gone = expired(KEYS[i])
  if #gone > 0 then
    redis.call('ZREM', KEYS[i], unpack(gone))
    set_rank(KEYS[4], KEYS[i], ARGV[i])
  end
  most = math.max(most, #gone)
end
return most
"""
)


# The live desk's scripts. Minutes are epoch seconds at the minute's start,
# from Redis TIME. History members are "<minute> <online> <engaged>" (or
# "<minute> <readers> <engaged>" for a page), scored by the minute.
_LUA_DESK_COMMON = (
    _LUA_COMMON
    + """
local minute = math.floor(now / 60000) * 60
local function ranked_pages(ranking, prefix, limit)
  local candidates = redis.call('ZREVRANGE', ranking, 0, 2 * limit - 1)
  local ranked = {}
  for _, page in ipairs(candidates) do
    local n = redis.call('ZCOUNT', prefix .. page, '(' .. cutoff, '+inf')
    if n > 0 then
      table.insert(ranked, {page, n})
    end
  end
  table.sort(ranked, function(x, y)
    if x[2] ~= y[2] then return x[2] > y[2] end
    return x[1] < y[1]
  end)
  while #ranked > limit do table.remove(ranked) end
  return ranked
end
"""
)

# KEYS: visitors, ranking, engaged visitors.
# ARGV: ttl, limit, page prefix, engaged page prefix, page history prefix,
#       seconds back for the change, sources prefix, source minutes, then
#       the extra pages to count.
# Returns online, engaged, #top, per top page: page, readers, engaged,
# readers back then (-1: not sampled); per extra page: readers, engaged;
# then page views per source kind.
_LUA_SNAPSHOT = (
    _LUA_DESK_COMMON
    + """
local limit, page_prefix, engaged_prefix = tonumber(ARGV[2]), ARGV[3], ARGV[4]
local before = math.floor((now / 1000 - tonumber(ARGV[6])) / 60) * 60
local function zc(key)
  return redis.call('ZCOUNT', key, '(' .. cutoff, '+inf')
end
local result = {zc(KEYS[1]), zc(KEYS[3])}
local ranked = ranked_pages(KEYS[2], page_prefix, limit)
table.insert(result, #ranked)
for _, entry in ipairs(ranked) do
  local page = entry[1]
  local sample = redis.call('ZRANGEBYSCORE', ARGV[5] .. page, before, before)
  local back = -1
  if #sample > 0 then
    back = tonumber(string.match(sample[1], '^%d+ (%d+)'))
  end
  table.insert(result, page)
  table.insert(result, entry[2])
  table.insert(result, zc(engaged_prefix .. page))
  table.insert(result, back)
end
for i = 9, #ARGV do
  table.insert(result, zc(page_prefix .. ARGV[i]))
  table.insert(result, zc(engaged_prefix .. ARGV[i]))
end
local kinds = {'direct', 'search', 'social', 'other', 'internal'}
local totals = {0, 0, 0, 0, 0}
for back = 0, tonumber(ARGV[8]) - 1 do
  local counts = redis.call('HMGET', ARGV[7] .. (minute - back * 60),
    unpack(kinds))
  for i = 1, #kinds do
    totals[i] = totals[i] + (tonumber(counts[i]) or 0)
  end
end
for i = 1, #kinds do table.insert(result, totals[i]) end
return result
"""
)

# KEYS: visitors, engaged visitors, ranking, history.
# ARGV: ttl, pages sampled, page prefix, engaged page prefix, page history
#       prefix, seconds the history is kept, seconds a page's is kept.
# The history itself is the lock: a minute already in it is not written
# again, so of all processes exactly one writes each minute.
_LUA_SAMPLE = (
    _LUA_DESK_COMMON
    + """
if redis.call('ZCOUNT', KEYS[4], minute, minute) > 0 then
  return 0
end
local function zc(key)
  return redis.call('ZCOUNT', key, '(' .. cutoff, '+inf')
end
local keep, page_keep = tonumber(ARGV[6]), tonumber(ARGV[7])
redis.call('ZADD', KEYS[4], minute,
  minute .. ' ' .. zc(KEYS[1]) .. ' ' .. zc(KEYS[2]))
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', minute - keep)
for _, entry in ipairs(ranked_pages(KEYS[3], ARGV[3], tonumber(ARGV[2]))) do
  local key = ARGV[5] .. entry[1]
  redis.call('ZADD', key, minute,
    minute .. ' ' .. entry[2] .. ' ' .. zc(ARGV[4] .. entry[1]))
  redis.call('ZREMRANGEBYSCORE', key, '-inf', minute - page_keep)
  -- A page that leaves the most read is forgotten an hour later.
  redis.call('EXPIRE', key, page_keep + 120)
end
return 1
"""
)

# KEYS: a history key. ARGV: ttl, minutes back.
_LUA_HISTORY = (
    _LUA_DESK_COMMON
    + """
return redis.call('ZRANGEBYSCORE', KEYS[1],
  '(' .. (minute - tonumber(ARGV[2]) * 60), '+inf')
"""
)

# ARGV: ttl, sources prefix, seconds kept, then kind, n pairs. The bucket's
# key is built here from Redis TIME (same hash tag as every other key).
_LUA_SOURCES = (
    _LUA_DESK_COMMON
    + """
local key = ARGV[2] .. minute
for i = 4, #ARGV, 2 do
  redis.call('HINCRBY', key, ARGV[i], tonumber(ARGV[i + 1]))
end
redis.call('EXPIRE', key, tonumber(ARGV[3]))
return 1
"""
)


def _chunks(items, size=CHUNK_SIZE):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class RedisStore(BaseStore):
    """
    The shared store of the real stack, in Redis sorted sets.

    Keys (all under one hash tag, so a Redis Cluster keeps them on one
    slot): ``visitors`` and ``page:<path>`` score members by last-seen time
    from Redis TIME; ``pages`` scores pages by last refresh; ``ranking``
    scores pages by readers; ``processes`` scores processes by heartbeat;
    ``process:<id>:visitors`` and ``process:<id>:reads`` say what each
    process holds, so a leave stays exact with tabs on several processes.

    A client is created lazily for each running event loop, with short
    timeouts and at most one retry, so an outage costs a second, not ten.
    """

    def __init__(
        self,
        *,
        url="redis://127.0.0.1:6379/0",
        prefix="presence",
        ttl=DEFAULT_TTL,
        timeout=1.0,
        max_connections=64,
        namespace=None,
    ):
        super().__init__(ttl=ttl)
        self.url = url
        self.prefix = prefix
        self.timeout = timeout
        self.max_connections = max_connections
        # A namespace keeps a layer's keys apart under the same hash tag
        # (the engaged layer's are "{presence}:engaged:...").
        self.namespace = (namespace,) if namespace else ()
        self._clients = weakref.WeakKeyDictionary()

    def _key(self, *parts):
        return ":".join((f"{{{self.prefix}}}", *self.namespace, *parts))

    def _client(self):
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client = Redis.from_url(
                self.url,
                socket_timeout=self.timeout,
                socket_connect_timeout=self.timeout,
                retry=Retry(NoBackoff(), 1),
                max_connections=self.max_connections,
                decode_responses=True,
            )
            self._clients[loop] = client
        return client

    @property
    def _ttl_ms(self):
        return int(self.ttl * 1000)

    def _process_keys(self, process):
        return (
            self._key("process", process, "visitors"),
            self._key("process", process, "reads"),
        )

    async def _run(self, calls):
        """Run (script, keys, args) calls in one round trip, in order."""
        client = self._client()
        for attempt in range(2):
            try:
                async with client.pipeline(transaction=False) as pipe:
                    for script, keys, args in calls:
                        pipe.evalsha(self._sha(script), len(keys), *keys, *args)
                    results = await pipe.execute(raise_on_error=False)
                missing = [r for r in results if isinstance(r, NoScriptError)]
                if missing and attempt == 0:
                    # Redis restarted and lost its script cache.
                    for script in {script for script, _, _ in calls}:
                        await client.script_load(script)
                    continue
                for result in results:
                    if isinstance(result, Exception):
                        raise result
                return results
            except (RedisError, OSError, TimeoutError) as exc:
                raise StoreUnavailable(str(exc) or exc.__class__.__name__) from exc

    @staticmethod
    @functools.cache
    def _sha(script):
        # The name EVALSHA knows a script by; not a security use of SHA-1.
        return hashlib.sha1(script.encode(), usedforsecurity=False).hexdigest()

    async def update(
        self,
        process,
        *,
        joined=(),
        left=(),
        reads_joined=(),
        reads_left=(),
        pages=None,
    ):
        joined, left = list(joined), list(left)
        reads_joined, reads_left = list(reads_joined), list(reads_left)
        pages = list(pages or ())
        keys = [
            self._key("visitors"),
            self._key("processes"),
            *self._process_keys(process),
            self._key("pages"),
            self._key("ranking"),
        ]
        keys += [self._key("page", page) for _, page in reads_joined + reads_left]
        keys += [self._key("page", page) for page in pages]
        args = [
            self._ttl_ms,
            process,
            self._key("process", ""),
            len(joined),
            len(left),
            len(reads_joined),
            len(reads_left),
            *joined,
            *left,
        ]
        for visitor, page in reads_joined + reads_left:
            args += [visitor, page]
        (result,) = await self._run([(_LUA_UPDATE, keys, args)])
        online, *numbers = result
        return online, dict(zip(pages, numbers, strict=True))

    async def refresh(self, process, *, visitors, reads):
        by_page = defaultdict(list)
        for visitor, page in reads:
            by_page[page].append(visitor)
        base_keys = [
            self._key("visitors"),
            self._key("processes"),
            *self._process_keys(process),
            self._key("pages"),
            self._key("ranking"),
        ]
        # Calls of at most about CHUNK_SIZE members each: visitors first,
        # then pages' readers packed together (a big page is split).
        calls = [([], [len(chunk), 0, *chunk]) for chunk in _chunks(visitors)]
        pages, args, size = [], [], 0
        for page, readers in by_page.items():
            for chunk in _chunks(readers):
                if size + len(chunk) > CHUNK_SIZE and pages:
                    calls.append((pages, [0, len(pages), *args]))
                    pages, args, size = [], [], 0
                pages.append(page)
                args += [page, len(chunk), *chunk]
                size += len(chunk)
        if pages or not calls:
            calls.append((pages, [0, len(pages), *args]))
        script_calls = []
        for index, (pages, args) in enumerate(calls):
            keys = base_keys + [self._key("page", page) for page in pages]
            replace = 1 if index == 0 else 0
            script_calls.append(
                (_LUA_REFRESH, keys, [self._ttl_ms, process, replace, *args])
            )
        # Pipelines of about ten chunks: one round trip for most processes.
        for batch in _chunks(script_calls, 10):
            await self._run(batch)

    async def counts(self, pages=()):
        pages = list(pages)
        keys = [self._key("visitors")] + [self._key("page", page) for page in pages]
        (result,) = await self._run([(_LUA_COUNTS, keys, [self._ttl_ms])])
        online, *numbers = result
        return online, dict(zip(pages, numbers, strict=True))

    async def top_pages(self, limit=20):
        keys = [self._key("visitors"), self._key("ranking")]
        args = [self._ttl_ms, limit, self._key("page", "")]
        (result,) = await self._run([(_LUA_TOP, keys, args)])
        online, *flat = result
        return online, [(flat[i], int(flat[i + 1])) for i in range(0, len(flat), 2)]

    async def prune(self, pages=()):
        pages = list(pages)
        keys = [
            self._key("visitors"),
            self._key("processes"),
            self._key("pages"),
            self._key("ranking"),
        ] + [self._key("page", page) for page in pages]
        args = [
            self._ttl_ms,
            CHUNK_SIZE,
            self._key("process", ""),
            self._key("page", ""),
            *pages,
        ]
        (result,) = await self._run([(_LUA_PRUNE, keys, args)])
        return result

    async def remove_process(self, process, *, visitors, reads):
        await super().remove_process(process, visitors=visitors, reads=reads)
        try:
            client = self._client()
            async with client.pipeline(transaction=True) as pipe:
                pipe.zrem(self._key("processes"), process)
                pipe.delete(*self._process_keys(process))
                await pipe.execute()
        except (RedisError, OSError, TimeoutError) as exc:
            raise StoreUnavailable(str(exc)) from exc

    async def close(self):
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()

    @contextlib.asynccontextmanager
    async def borrowed(self):
        had_client = asyncio.get_running_loop() in self._clients
        try:
            yield self
        finally:
            if not had_client:
                await self.close()

    # The live desk

    def _sibling(self, namespace):
        sibling = RedisStore(
            url=self.url,
            prefix=self.prefix,
            ttl=self.ttl,
            timeout=self.timeout,
            max_connections=self.max_connections,
            namespace=namespace,
        )
        # One connection pool per loop serves both layers.
        sibling._clients = self._clients
        return sibling

    def _desk_prefixes(self):
        engaged = self.engaged
        return (
            self._key("page", ""),
            engaged._key("page", ""),
            self._key("history", "page", ""),
        )

    async def add_sources(self, counts):
        args = []
        for kind, n in counts.items():
            if kind in SOURCES and n > 0:
                args += [kind, n]
        if args:
            keep = SOURCE_MINUTES * 60 + 60
            args = [self._ttl_ms, self._key("sources", ""), keep, *args]
            await self._run([(_LUA_SOURCES, [], args)])

    async def snapshot(self, *, limit=20, pages=(), ago=CHANGE_WINDOW):
        pages = list(pages)
        keys = [
            self._key("visitors"),
            self._key("ranking"),
            self.engaged._key("visitors"),
        ]
        args = [
            self._ttl_ms,
            limit,
            *self._desk_prefixes(),
            ago,
            self._key("sources", ""),
            SOURCE_MINUTES,
            *pages,
        ]
        (result,) = await self._run([(_LUA_SNAPSHOT, keys, args)])
        online, engaged, count, *rest = result
        top = []
        for i in range(count):
            page, readers, engaged_readers, before = rest[4 * i : 4 * i + 4]
            top.append(
                PageNow(page, readers, engaged_readers, None if before < 0 else before)
            )
        rest = rest[4 * count :]
        counted = {page: (rest[2 * i], rest[2 * i + 1]) for i, page in enumerate(pages)}
        sources = dict(zip(SOURCES, rest[2 * len(pages) :], strict=True))
        return Snapshot(online, engaged, top, counted, sources)

    async def sample_minute(self, *, pages=HISTORY_PAGES):
        keys = [
            self._key("visitors"),
            self.engaged._key("visitors"),
            self._key("ranking"),
            self._key("history"),
        ]
        args = [
            self._ttl_ms,
            pages,
            *self._desk_prefixes(),
            HISTORY_SECONDS,
            PAGE_HISTORY_SECONDS,
        ]
        (result,) = await self._run([(_LUA_SAMPLE, keys, args)])
        return result == 1

    async def _history(self, key, minutes):
        (result,) = await self._run([(_LUA_HISTORY, [key], [self._ttl_ms, minutes])])
        return [tuple(int(n) for n in member.split(" ")) for member in result]

    async def history(self, *, minutes=60):
        return await self._history(self._key("history"), minutes)

    async def page_history(self, page, *, minutes=60):
        return await self._history(self._key("history", "page", page), minutes)


def _store_options():
    return {"ttl": getattr(settings, "PRESENCE_TTL", DEFAULT_TTL)}


_stores = BackendManager(
    "PRESENCE_STORE",
    default={"BACKEND": "presence.stores.InMemoryStore", "OPTIONS": {}},
    options=_store_options,
    also_reset_on=("PRESENCE_TTL",),
)


def get_store():
    """Return the store PRESENCE_STORE names, created once and cached."""
    return _stores.get()


def reset_store():
    """Forget the cached store (tests, and PRESENCE_* setting changes)."""
    _stores.reset()
