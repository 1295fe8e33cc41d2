"""
The two ways a Django developer would build the live count instead.

Both send the portal's frame (``{"type": "presence", "online": N, "page":
M}``) so the same load generator reads them, and both broadcast through a
Channels group with ``group_send``, at most once a second per process and
only after a change, so neither can flood the machine. They count sockets
site-wide only (``page`` repeats ``online``): less work than the portal,
which also counts readers per page and distinct visitors.

1. ``GroupsConsumer``, the Channels tutorial's way: every socket joins one
   group; the count is a Redis counter (INCR on connect, DECR on
   disconnect); a change is broadcast with ``group_send`` through
   channels_redis.
2. ``DatabaseConsumer``, django-channels-presence's way: a Presence row per
   socket in the database, refreshed and pruned periodically, the count by
   a query, broadcast with ``group_send``.
"""

import asyncio
import json
import logging
import uuid
import weakref
from datetime import timedelta

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from django.conf import settings
from django.utils import timezone

GROUP = "presence"
BROADCAST_INTERVAL = 1.0
TTL = 30
COUNTER_KEY = "bench:online"
QUIET_KEY = "bench:quiet"

logger = logging.getLogger(__name__)


def frame(online):
    return json.dumps({"type": "presence", "online": online, "page": online})


class _Broadcaster:
    """One per process: send the count to the group after a change."""

    def __init__(self):
        import redis.asyncio

        self.redis = redis.asyncio.Redis.from_url(
            settings.REDIS_URL, max_connections=1000, socket_timeout=30
        )
        self.changed = asyncio.Event()
        self.task = asyncio.ensure_future(self._loop())

    async def count(self):
        raise NotImplementedError

    async def _loop(self):
        layer = get_channel_layer()
        while True:
            await self.changed.wait()
            # The benchmark sets QUIET_KEY while it opens thousands of
            # sockets (set-up, not measured): broadcasts wait until then.
            if await self.redis.exists(QUIET_KEY):
                await asyncio.sleep(0.5)
                continue
            self.changed.clear()
            try:
                online = await self.count()
                await layer.group_send(
                    GROUP, {"type": "presence.count", "online": online}
                )
            except Exception:
                logger.exception("baseline broadcast failed")
            await asyncio.sleep(BROADCAST_INTERVAL)


class _RedisCounter(_Broadcaster):
    async def count(self):
        return int(await self.redis.get(COUNTER_KEY) or 0)

    async def add(self, delta):
        online = await self.redis.incrby(COUNTER_KEY, delta)
        self.changed.set()
        return online


class _DatabaseCounter(_Broadcaster):
    def __init__(self):
        self.server = uuid.uuid4().hex
        self.room_id = None
        self.last_count = 0
        super().__init__()
        self.beat = asyncio.ensure_future(self._beat())

    @database_sync_to_async
    def _room(self):
        from .models import Room

        if self.room_id is None:
            self.room_id = Room.objects.get_or_create(channel_name=GROUP)[0].pk
        return self.room_id

    @database_sync_to_async
    def _count(self, room_id):
        from .models import Presence

        cutoff = timezone.now() - timedelta(seconds=TTL)
        return Presence.objects.filter(room_id=room_id, last_seen__gte=cutoff).count()

    @database_sync_to_async
    def _add(self, room_id, channel_name):
        from .models import Presence

        Presence.objects.create(
            room_id=room_id, channel_name=channel_name, server=self.server
        )

    async def count(self):
        self.last_count = await self._count(await self._room())
        return self.last_count

    async def add(self, channel_name):
        await self._add(await self._room(), channel_name)
        self.changed.set()
        # The first frame carries the last count; the broadcast follows.
        return self.last_count

    @database_sync_to_async
    def remove(self, channel_name):
        from .models import Presence

        Presence.objects.filter(channel_name=channel_name).delete()
        self.changed.set()

    @database_sync_to_async
    def _touch_and_prune(self):
        from .models import Presence, Room

        Presence.objects.filter(server=self.server).update(last_seen=timezone.now())
        return Room.objects.prune_presences(TTL)

    async def _beat(self):
        while True:
            await asyncio.sleep(TTL / 3)
            try:
                if await self._touch_and_prune():
                    self.changed.set()
            except Exception:
                logger.exception("baseline heartbeat failed")


_counters = weakref.WeakKeyDictionary()


def _counter(kind):
    loop = asyncio.get_running_loop()
    counter = _counters.get(loop)
    if counter is None:
        counter = _counters[loop] = kind()
    return counter


class _BaselineConsumer(AsyncWebsocketConsumer):
    groups = [GROUP]

    async def presence_count(self, event):
        await self.send(text_data=frame(event["online"]))


class GroupsConsumer(_BaselineConsumer):
    """The Channels tutorial's way: a group, a counter, ``group_send``."""

    async def connect(self):
        await self.accept()
        self.counted = True
        await self.send(text_data=frame(await _counter(_RedisCounter).add(1)))

    async def disconnect(self, code):
        if getattr(self, "counted", False):
            await _counter(_RedisCounter).add(-1)


class DatabaseConsumer(_BaselineConsumer):
    """django-channels-presence's way: a row per socket, a count query."""

    async def connect(self):
        await self.accept()
        self.counted = True
        online = await _counter(_DatabaseCounter).add(self.channel_name)
        await self.send(text_data=frame(online))

    async def disconnect(self, code):
        if getattr(self, "counted", False):
            await _counter(_DatabaseCounter).remove(self.channel_name)
