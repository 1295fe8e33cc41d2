"""The per-process hub: one subscription, fan-out, rate cap, healing."""

import asyncio
import json
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from coverage import frames
from coverage.broadcast import InMemoryBroadcast
from coverage.hub import Hub


class FakeSocket:
    def __init__(self):
        self.frames = []

    async def send(self, text_data):
        self.frames.append(json.loads(text_data))


class Sink:
    def __init__(self, sockets):
        self.sockets = sockets
        self.calls = 0

    async def send_all(self, message):
        self.calls += 1
        for socket in self.sockets:
            await socket.send(text_data=json.dumps(message))


def banner(article_id=1, seconds=3600, headline="Strike on the dam"):
    until = timezone.localtime() + timedelta(seconds=seconds)
    return {
        "id": article_id,
        "headline": headline,
        "url": f"/news/{article_id}/x/",
        "until": until.isoformat(timespec="seconds"),
    }


async def until(predicate, timeout=5):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.01)


def make_hub(sockets, interval=5.0):
    hub = Hub(InMemoryBroadcast(), Sink(sockets), breaking_interval=interval)
    hub.ready.set()
    return hub


async def test_a_banner_goes_to_every_socket_once():
    sockets = [FakeSocket() for _ in range(3)]
    hub = make_hub(sockets)
    await hub.handle(frames.breaking_message(banner()))
    await until(lambda: all(s.frames for s in sockets))
    assert sockets[0].frames == [{"type": "breaking", "article": banner()}]
    assert json.loads(await hub.breaking_frame()) == sockets[0].frames[0]


async def test_faster_changes_are_merged_into_the_next_push():
    sockets = [FakeSocket()]
    hub = make_hub(sockets, interval=0.5)
    await hub.handle(frames.breaking_message(banner(1)))
    await until(lambda: len(sockets[0].frames) == 1)
    started = time.monotonic()
    for n in (2, 3, 4):
        await hub.handle(frames.breaking_message(banner(n)))
    await until(lambda: len(sockets[0].frames) == 2)
    assert time.monotonic() - started >= 0.4
    assert sockets[0].frames[-1]["article"]["id"] == 4
    await asyncio.sleep(0.7)
    assert len(sockets[0].frames) == 2


async def test_a_banner_goes_at_its_end_without_a_message():
    sockets = [FakeSocket()]
    hub = make_hub(sockets, interval=0)
    await hub.handle(frames.breaking_message(banner(seconds=1)))
    await until(lambda: sockets[0].frames)
    await until(lambda: len(sockets[0].frames) == 2, timeout=4)
    assert sockets[0].frames[-1] == {"type": "breaking", "article": None}
    assert await hub.breaking_frame() is None


async def test_entries_go_only_to_readers_of_that_article():
    reader, other = FakeSocket(), FakeSocket()
    hub = make_hub([reader, other])
    assert hub.join(reader, "/news/7/story/") is not None
    assert hub.join(other, "/news/8/other/") is not None
    assert hub.join(FakeSocket(), "/sections/x/") is None
    entry = {"id": 5, "html": "<li></li>"}
    message = frames.entries_message(
        article=7, path="/news/7/story/", entries=[entry], deleted=[3], live=True
    )
    await hub.handle(message)
    assert reader.frames == [
        {
            "type": "entries",
            "article": 7,
            "entries": [entry],
            "deleted": [3],
            "live": True,
        }
    ]
    assert other.frames == []
    assert hub.readers[reader].last == 5
    hub.leave(reader)
    await hub.handle(message)
    assert len(reader.frames) == 1
    assert "/news/7/story/" not in hub.pages


async def test_one_subscription_per_process_and_messages_arrive():
    broadcast = InMemoryBroadcast()
    socket = FakeSocket()
    hub = Hub(broadcast, Sink([socket]), breaking_interval=0)
    hub._resync = _no_database(hub)
    hub.start()
    hub.start()
    await until(lambda: hub.subscribed)
    assert len(broadcast._queues) == 1
    await asyncio.to_thread(broadcast.publish, frames.breaking_message(banner()))
    await until(lambda: socket.frames)
    await hub.shutdown()
    assert broadcast._queues == []


def _no_database(hub):
    async def resync(*, heal):
        hub.ready.set()

    return resync


@pytest.mark.parametrize(
    "value", ["-1", "abc", "1.5", "", "99999999999999999999", "１２"]
)
def test_bad_since_is_refused(value):
    from presence.counting import ProtocolError

    with pytest.raises(ProtocolError) as error:
        frames.clean_since(value)
    assert error.value.code == 4400


def test_good_since():
    assert frames.clean_since("0") == 0
    assert frames.clean_since(42) == 42
    assert frames.since_from_query({"since": ["17"]}) == 17
    assert frames.since_from_query({}) is None
