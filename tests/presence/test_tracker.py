"""The tracker against a private Redis that is stopped, flushed, restarted."""

import asyncio
import time

import pytest

from presence import tracker as tracker_module
from presence.stores import RedisStore
from presence.tracker import get_tracker

from .conftest import eventually
from .test_consumers import V1, V2, V3, connected, frame_until, open_socket

pytestmark = pytest.mark.usefixtures("fresh_tracker")

TTL = 3  # a heartbeat every second


@pytest.fixture
def redis_settings(settings, private_redis):
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.PRESENCE_STORE = {
        "BACKEND": "presence.stores.RedisStore",
        "OPTIONS": {"url": private_redis.url},
    }
    settings.PRESENCE_TTL = TTL
    settings.PRESENCE_PUSH_INTERVAL = 0
    settings.PRESENCE_MAX_CONNECTIONS_PER_IP = 256
    settings.PRESENCE_MAX_VISITORS_PER_IP = 128
    settings.PRESENCE_TRUSTED_PROXIES = []
    # Every well-formed path is a page here; test_pages.py tests the rule.
    settings.PRESENCE_PAGE_VALIDATOR = None
    return private_redis


async def store_counts(url, pages=()):
    """Read the counts as another process would."""
    store = RedisStore(url=url, ttl=TTL)
    try:
        return await store.counts(pages)
    finally:
        await store.close()


async def connect_when_available(visitor, page, timeout=15):
    """Open a socket, retrying while the server answers 4503."""
    deadline = time.monotonic() + timeout
    while True:
        communicator = open_socket(visitor, page)
        accepted, _ = await communicator.connect(timeout=10)
        assert accepted
        frame = await communicator.receive_json_from(timeout=10)
        if frame["type"] == "presence":
            return communicator, frame
        assert frame["code"] == 4503
        await communicator.receive_output(timeout=10)
        assert time.monotonic() < deadline, "the counter did not come back"
        await asyncio.sleep(0.3)


async def test_redis_outage_and_recovery(redis_settings):
    """
    Redis down: open sockets stay, new ones get 4503; Redis back: the count
    is rebuilt from the live sockets and new sockets are served again.
    """
    server = redis_settings
    first, frame = await connected(V1, "/x/")
    assert frame == {"type": "presence", "online": 1, "page": 1}
    server.stop()
    refused = open_socket(V2, "/x/")
    assert (await refused.connect(timeout=10))[0]
    frame = await refused.receive_json_from(timeout=10)
    assert frame["type"] == "error" and frame["code"] == 4503
    assert (await refused.receive_output(timeout=10))["code"] == 4503
    # The open socket is kept, with its last numbers.
    assert await first.receive_nothing(timeout=1.5)
    server.start()
    # The restarted Redis is empty; the next heartbeat rebuilds the count.
    await eventually(
        lambda: _counts_are(server.url, ["/x/"], (1, {"/x/": 1})),
        timeout=10,
        message="the count rebuilt after a restart",
    )
    second, frame = await connect_when_available(V2, "/x/")
    assert frame == {"type": "presence", "online": 2, "page": 2}
    await frame_until(first, online=2, page=2)
    for communicator in (first, second):
        await communicator.disconnect()


async def test_leave_during_an_outage_is_written_afterwards(redis_settings):
    """A close while Redis is down is not lost: it is written on return."""
    server = redis_settings
    first, _ = await connected(V1, "/x/")
    second, frame = await connected(V2, "/x/")
    assert frame["online"] == 2
    # Make sure the tracker has noticed the outage before the close.
    server.stop()
    await eventually(lambda: not get_tracker().available, timeout=10)
    await second.disconnect()
    server.start()
    await eventually(
        lambda: _counts_are(server.url, ["/x/"], (1, {"/x/": 1})),
        timeout=10,
        message="the count after the outage",
    )
    await first.disconnect()


async def test_flushall_is_healed_within_one_heartbeat(redis_settings):
    """After FLUSHALL the next heartbeat (TTL/3) refills the count."""
    server = redis_settings
    first, _ = await connected(V1, "/x/")
    second, _ = await connected(V2, "/y/")
    assert await _counts_are(server.url, ["/x/", "/y/"], (2, {"/x/": 1, "/y/": 1}))
    server.command("FLUSHALL")
    started = time.monotonic()
    await eventually(
        lambda: _counts_are(server.url, ["/x/", "/y/"], (2, {"/x/": 1, "/y/": 1})),
        timeout=10,
        message="the count refilled",
    )
    # One heartbeat is TTL/3 = 1 s; allow for a loaded machine.
    assert time.monotonic() - started < TTL
    third, frame = await connected(V3, "/x/")
    assert frame == {"type": "presence", "online": 3, "page": 2}
    for communicator in (first, second, third):
        await communicator.disconnect()


async def test_a_crashed_process_ages_out(redis_settings):
    """A process that stops refreshing leaves the count within the TTL."""
    server = redis_settings
    first, _ = await connected(V1, "/x/")
    tracker = get_tracker()
    # Simulate a crash: the tasks stop, nothing is cleaned up.
    for task in tracker._tasks:
        task.cancel()
    await asyncio.gather(*tracker._tasks, return_exceptions=True)
    assert (await store_counts(server.url))[0] == 1
    await eventually(
        lambda: _counts_are(server.url, [], (0, {})),
        timeout=TTL + 5,
        message="the crashed process's visitor to expire",
    )
    first.stop(exceptions=False)
    tracker.closed = True


async def test_shutdown_removes_visitors_at_once(redis_settings):
    """A clean stop (SIGTERM) removes the process's visitors at once."""
    server = redis_settings
    first, _ = await connected(V1, "/x/")
    second, _ = await connected(V2, "/y/")
    await get_tracker().shutdown()
    assert await store_counts(server.url, ["/x/", "/y/"]) == (0, {"/x/": 0, "/y/": 0})
    # New sockets are refused while the tracker is closed.
    refused = open_socket(V3, "/x/")
    assert (await refused.connect(timeout=10))[0]
    assert (await refused.receive_json_from(timeout=10))["code"] == 4503
    for communicator in (first, second):
        await communicator.disconnect()


async def test_a_broken_socket_does_not_stop_the_tick(settings):
    """A socket whose send fails is skipped; the others still get frames."""
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_PUSH_INTERVAL = 0
    settings.PRESENCE_PAGE_VALIDATOR = None

    class Broken:
        async def send(self, text_data):
            raise ConnectionError("gone")

    class Recorder:
        def __init__(self):
            self.frames = []

        async def send(self, text_data):
            self.frames.append(text_data)

    tracker = get_tracker()
    broken, recorder = Broken(), Recorder()
    await tracker.join(broken, visitor=V1, page="/x/", address="a")
    await tracker.join(recorder, visitor=V2, page="/x/", address="a")
    await tracker.tick()
    assert recorder.frames[-1] == ('{"type": "presence", "online": 2, "page": 2}')
    tracker.leave(broken)
    tracker.leave(recorder)


async def _counts_are(url, pages, expected):
    try:
        return await store_counts(url, pages) == expected
    except Exception:
        return False


@pytest.fixture(autouse=True)
async def _no_tracker_left():
    yield
    await tracker_module.reset()
