"""
One socket flooding the server (issue 12, finding 1), at the consumer.

The server side (daphne's inbound queue, pings) is in test_serve.py.
"""

import json

import pytest

from presence.stores import InMemoryStore, get_store
from presence.tracker import get_tracker

from .conftest import eventually
from .test_consumers import (  # noqa: F401 (presence_settings is a fixture)
    V1,
    V2,
    assert_refused,
    connected,
    frame_until,
    presence_settings,
)

pytestmark = pytest.mark.usefixtures("fresh_tracker", "presence_settings")


def page(path):
    return json.dumps({"type": "page", "page": path})


@pytest.mark.parametrize(
    "flood,code",
    [
        # Valid moves go over the rate; anything else is invalid at once.
        (lambda i: {"text_data": page(f"/random-{i}/" + "x" * 900)}, 4429),
        (lambda i: {"text_data": "garbage"}, 4400),
        (lambda i: {"bytes_data": b"\x00" * 100}, 4400),
        (lambda i: {"text_data": json.dumps({"type": "hello", "n": i})}, 4400),
    ],
    ids=["page", "invalid", "binary", "other-type"],
)
async def test_a_flood_closes_the_socket_and_leaves_nothing(flood, code):
    witness, _ = await connected(V2, "/x/")
    flooder, _ = await connected(V1, "/x/")
    await frame_until(witness, online=2, page=2)
    for i in range(500):
        await flooder.send_to(**flood(i))
    await assert_refused(flooder, code)
    await frame_until(witness, online=1, page=1)
    tracker = get_tracker()
    assert len(tracker.sockets) == 1
    assert tracker.local.pages() == ["/x/"]
    assert not tracker._moving
    await witness.disconnect()


async def test_page_moves_over_the_rate_close_with_4429(settings):
    settings.PRESENCE_MESSAGE_RATE = 1
    settings.PRESENCE_MESSAGE_BURST = 3
    socket, _ = await connected(V1, "/x/")
    for path in ("/a/", "/b/", "/c/", "/d/"):
        await socket.send_to(text_data=page(path))
    frame = await socket.receive_json_from(timeout=5)
    while frame["type"] == "presence":
        frame = await socket.receive_json_from(timeout=5)
    assert frame["code"] == 4429
    assert "at most 1 a second" in frame["message"]
    assert await socket.receive_output(timeout=5) == {
        "type": "websocket.close",
        "code": 4429,
    }
    assert not get_tracker().sockets


async def test_page_moves_are_coalesced(settings, monkeypatch):
    """At most one store write per socket per push interval; the last wins."""
    settings.PRESENCE_PUSH_INTERVAL = 1.5
    writes = []
    original = InMemoryStore.update

    async def recording_update(self, process, **kwargs):
        # The counter's own store (the live desk's engaged one follows it).
        if self is get_store():
            writes.extend(page for _, page in kwargs.get("reads_joined", ()))
        return await original(self, process, **kwargs)

    monkeypatch.setattr(InMemoryStore, "update", recording_update)
    socket, _ = await connected(V1, "/start/")
    writes.clear()
    for path in ("/a/", "/b/", "/c/", "/d/", "/e/"):
        await socket.send_to(text_data=page(path))
    await frame_until(socket, online=1, page=1, timeout=5)
    tracker = get_tracker()

    async def settled():
        return tracker.local.pages() == ["/e/"]

    await eventually(settled, timeout=5, message="the last move applied")
    # The first move at once, then only the last of the burst.
    assert writes == ["/a/", "/e/"]
    await socket.disconnect()


def test_token_bucket():
    from presence.counting import take_token

    tokens = take_token(3, 0.0, 0.0, rate=1, burst=3)
    tokens = take_token(tokens, 0.0, 0.0, rate=1, burst=3)
    tokens = take_token(tokens, 0.0, 0.0, rate=1, burst=3)
    with pytest.raises(Exception, match="Too many messages"):
        take_token(tokens, 0.0, 0.5, rate=1, burst=3)
    # A second later one token is back, never more than the burst.
    assert take_token(tokens, 0.0, 1.0, rate=1, burst=3) == 0
    assert take_token(0, 0.0, 100.0, rate=1, burst=3) == 2
