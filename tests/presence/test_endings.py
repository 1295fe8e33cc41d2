"""
Every way a consumer ends makes its visitor leave (issue 12, finding 2).

daphne kills an application instance that outlives
``--application-close-timeout`` by cancelling its future
(``Server.application_checker``); ``websocket.disconnect`` is never handled
then, and before the fix the visitor stayed counted for ever.
"""

import asyncio

import pytest

from presence.tracker import get_tracker

from .test_consumers import (  # noqa: F401 (presence_settings is a fixture)
    V1,
    V2,
    V3,
    assert_refused,
    connected,
    frame_until,
    open_socket,
    presence_settings,
)

pytestmark = pytest.mark.usefixtures("fresh_tracker", "presence_settings")


class Transport:
    """What presence.serve tells the consumer about its connection."""

    def __init__(self):
        self.closed = False
        self.buffered = 0


async def kill(communicator):
    """Cancel the application instance as daphne's application_checker does."""
    communicator.future.cancel()
    with pytest.raises(asyncio.CancelledError):
        await communicator.future


async def test_a_killed_instance_leaves_within_one_push_interval():
    observer, _ = await connected(V1, "/a/")
    victim, _ = await connected(V2, "/a/")
    await frame_until(observer, 2, 2)
    await kill(victim)
    # PRESENCE_PUSH_INTERVAL is 0 here: the next tick (1 s) carries it.
    await frame_until(observer, 1, 1, timeout=3)
    assert len(get_tracker().sockets) == 1
    await observer.disconnect()


async def test_a_killed_instance_gives_its_address_slot_back(settings):
    settings.PRESENCE_MAX_CONNECTIONS_PER_IP = 2
    first, _ = await connected(V1, "/a/")
    second, _ = await connected(V2, "/a/")
    await kill(second)
    # Before the fix the phantom kept its slot: this one was refused (4429).
    third, frame = await connected(V3, "/a/")
    assert frame["type"] == "presence"
    refused = open_socket(V3, "/a/")
    await refused.connect(timeout=10)
    await assert_refused(refused, 4429)
    for communicator in (first, third):
        await communicator.disconnect()


async def test_an_exception_in_the_consumer_leaves(monkeypatch):
    observer, _ = await connected(V1, "/a/")
    victim, _ = await connected(V2, "/a/")
    await frame_until(observer, 2, 2)

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a handler")

    monkeypatch.setattr("presence.consumers.parse_client_message", broken)
    await victim.send_to(text_data='{"type": "page", "page": "/b/"}')
    with pytest.raises(RuntimeError):
        await victim.future
    await frame_until(observer, 1, 1, timeout=3)
    await observer.disconnect()


async def test_a_closed_transport_is_dropped_by_the_heartbeat():
    """A consumer stuck behind its backlog: the server says it is closed."""
    observer, _ = await connected(V1, "/a/")
    transport = Transport()
    stuck = open_socket(V2, "/a/")
    stuck.scope["extensions"] = {"presence.transport": transport}
    await stuck.connect(timeout=10)
    await stuck.receive_json_from(timeout=10)
    await frame_until(observer, 2, 2)
    transport.closed = True  # and no websocket.disconnect reaches it
    await frame_until(observer, 1, 1, timeout=3)
    await observer.disconnect()
    await stuck.disconnect()


async def test_a_shutdown_that_kills_every_consumer_removes_their_visitors():
    """
    SIGTERM: daphne cancels every application instance while the tracker
    shuts down; consumers that leave on the way must still leave the store.
    """
    a, _ = await connected(V1, "/a/")
    b, _ = await connected(V2, "/a/")
    tracker = get_tracker()
    for communicator in (a, b):
        communicator.future.cancel()  # daphne's kill_all_applications
    await tracker.shutdown()
    assert await tracker.store.counts(["/a/"]) == (0, {"/a/": 0})
