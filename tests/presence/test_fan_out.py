"""The tracker's fan-out: frames other apps send to this process's sockets."""

import pytest

from presence.tracker import MAX_OUTBOUND_BYTES, get_tracker

from .test_consumers import (  # noqa: F401 (presence_settings is a fixture)
    V1,
    V2,
    V3,
    connected,
    open_socket,
    presence_settings,
)

pytestmark = pytest.mark.usefixtures("fresh_tracker", "presence_settings")

BREAKING = {"type": "breaking", "headline": "Міст відкрили / The bridge opened"}


class SlowTransport:
    """A connection whose reader stopped reading: its buffer is full."""

    closed = False
    buffered = MAX_OUTBOUND_BYTES + 1


async def test_send_all_reaches_every_socket():
    a, _ = await connected(V1, "/a/")
    b, _ = await connected(V2, "/a/")
    c, _ = await connected(V3, "/b/")
    assert await get_tracker().send_all(BREAKING) == 3
    for communicator in (a, b, c):
        assert await communicator.receive_json_from(timeout=5) == BREAKING
    for communicator in (a, b, c):
        await communicator.disconnect()


async def test_send_page_reaches_only_that_page():
    a, _ = await connected(V1, "/a/")
    b, _ = await connected(V2, "/a/")
    c, _ = await connected(V3, "/b/")
    message = {"type": "live", "story": 7}
    assert await get_tracker().send_page("/a/", message) == 2
    assert await a.receive_json_from(timeout=5) == message
    assert await b.receive_json_from(timeout=5) == message
    assert await c.receive_nothing(timeout=0.3)
    for communicator in (a, b, c):
        await communicator.disconnect()


async def test_a_socket_that_does_not_read_is_skipped():
    reader, _ = await connected(V1, "/a/")
    slow = open_socket(V2, "/a/")
    slow.scope["extensions"] = {"presence.transport": SlowTransport()}
    accepted, _ = await slow.connect(timeout=10)
    assert accepted
    await slow.receive_json_from(timeout=10)
    assert await get_tracker().send_all(BREAKING) == 1
    assert await reader.receive_json_from(timeout=5) == BREAKING
    assert await slow.receive_nothing(timeout=0.3)
    await reader.disconnect()
    await slow.disconnect()


@pytest.mark.parametrize(
    "message", [{"type": "presence", "online": 1}, {"type": "error"}, {}, "text"]
)
async def test_the_counter_s_own_frames_cannot_be_faked(message):
    reader, _ = await connected(V1, "/a/")
    with pytest.raises(ValueError):
        await get_tracker().send_all(message)
    await reader.disconnect()
