"""
Two real daphne processes on loopback sharing a private Redis.

The close codes here are the ones a real client sees through daphne.
"""

import asyncio
import json
import signal
import time

import pytest
from websockets.exceptions import InvalidStatus

from presence.stores import RedisStore

from .servers import WS_MAX_FRAME, Client, Daphne

pytestmark = pytest.mark.stack

V1, V2, V3, V4 = ("1" * 32, "2" * 32, "3" * 32, "4" * 32)
# The contract's bound for a clean close to show on another process.
CLEAN_CLOSE_SECONDS = 5


@pytest.fixture
def start_servers(tmp_path, private_redis):
    """Start daphne processes on the private Redis; all stopped afterwards."""
    servers = []

    def start(count, ttl):
        started = []
        for i in range(count):
            # One after the other: each takes the first free port.
            server = Daphne(
                tmp_path, redis_url=private_redis.url, ttl=ttl, name=f"d{i}"
            )
            servers.append(server)
            started.append(server.start())
        return started

    try:
        yield start
    finally:
        for server in servers:
            server.stop()


async def redis_online(url, ttl, pages=()):
    store = RedisStore(url=url, ttl=ttl)
    try:
        return await store.counts(pages)
    finally:
        await store.close()


async def test_two_processes_share_the_count(start_servers, private_redis):
    """
    A join and a clean close on one process show on the other within 5 s;
    tabs on both processes count once until the last closes; FLUSHALL is
    healed within one heartbeat.
    """
    ttl = 3  # a heartbeat every second
    one, two = start_servers(2, ttl=ttl)
    reader = await Client(one, V1, "/x/").open()
    await reader.numbers_become((1, 1), timeout=10)

    joiner = await Client(two, V2, "/x/").open()
    await joiner.numbers_become((2, 2), timeout=10)
    await reader.numbers_become((2, 2), timeout=CLEAN_CLOSE_SECONDS)
    await joiner.close()
    await reader.numbers_become((1, 1), timeout=CLEAN_CLOSE_SECONDS)

    # One visitor, a tab on each process: counted once, until the last tab.
    tab_one = await Client(one, V3, "/y/").open()
    tab_two = await Client(two, V3, "/y/").open()
    await reader.numbers_become((2, 1), timeout=CLEAN_CLOSE_SECONDS)
    await tab_two.numbers_become((2, 1), timeout=CLEAN_CLOSE_SECONDS)
    await tab_two.close()
    await asyncio.sleep(3)
    assert reader.numbers == (2, 1)
    assert await redis_online(private_redis.url, ttl, ["/y/"]) == (2, {"/y/": 1})
    await tab_one.close()
    await reader.numbers_become((1, 1), timeout=CLEAN_CLOSE_SECONDS)

    # FLUSHALL: the next heartbeat (TTL/3 = 1 s) puts everyone back.
    other = await Client(two, V4, "/x/").open()
    await reader.numbers_become((2, 2), timeout=CLEAN_CLOSE_SECONDS)
    private_redis.command("FLUSHALL")
    started = time.monotonic()
    while await redis_online(private_redis.url, ttl, ["/x/"]) != (2, {"/x/": 2}):
        assert time.monotonic() - started < 10, "FLUSHALL was not healed"
        await asyncio.sleep(0.05)
    healed = time.monotonic() - started
    # One heartbeat, with room for a loaded machine.
    assert healed < ttl, healed
    await reader.numbers_become((2, 2), timeout=CLEAN_CLOSE_SECONDS)
    await other.close()
    await reader.close()
    assert one.alive() and two.alive()


async def test_close_codes_through_daphne(start_servers):
    """Refusals reach a real client as an error frame and the 44xx code."""
    (server,) = start_servers(1, ttl=30)
    witness = await Client(server, V1, "/x/").open()
    await witness.numbers_become((1, 1), timeout=10)

    bad_id = await Client(server, None, None, query="visitor=nope&page=/x/").open()
    assert await bad_id.closed_with() == 4400
    assert bad_id.frames[-1]["type"] == "error"
    assert bad_id.frames[-1]["code"] == 4400

    bad_page = await Client(server, V2, "http://evil.example/").open()
    assert await bad_page.closed_with() == 4400

    for message, code in [
        ("not json", 4400),
        (b"\x00\x01", 4400),
        (json.dumps({"type": "page", "page": "/" + "a" * 1100}), 4413),
        ("x" * (WS_MAX_FRAME + 1), 1009),
    ]:
        client = await Client(server, V2, "/x/").open()
        await client.numbers_become((2, 2), timeout=10)
        await client.ws.send(message)
        assert await client.closed_with() == code, message[:20]
        if code != 1009:
            assert client.frames[-1]["code"] == code
            assert len(client.frames[-1]["message"]) > 10

    # A page move through the real server.
    mover = await Client(server, V3, "/y/").open()
    await mover.numbers_become((2, 1), timeout=10)
    await mover.ws.send(json.dumps({"type": "page", "page": "/x/"}))
    await mover.numbers_become((2, 2), timeout=10)
    await mover.close()

    # An Origin that is not an allowed host: HTTP 403 at the handshake.
    with pytest.raises(InvalidStatus) as info:
        await Client(server, V4, "/x/", origin="http://evil.example").open()
    assert info.value.response.status_code == 403

    await witness.numbers_become((1, 1), timeout=10)
    await witness.close()
    assert server.alive()


async def test_a_killed_process_ages_out(start_servers, private_redis):
    """kill -9: its visitors leave within PRESENCE_TTL; the other lives on."""
    ttl = 3
    one, two = start_servers(2, ttl=ttl)
    reader = await Client(one, V1, "/x/").open()
    doomed = [await Client(two, v, "/x/").open() for v in (V2, V3)]
    await reader.numbers_become((3, 3), timeout=10)
    two.signal(signal.SIGKILL)
    two.wait()
    killed = time.monotonic()
    # The TTL, plus a tick and a push interval to show it, plus slack.
    await reader.numbers_become((1, 1), timeout=ttl + 10)
    assert time.monotonic() - killed < ttl + 10
    for client in doomed:
        assert await client.closed_with() not in range(4400, 4500)
    assert one.alive()
    # The survivor still serves new readers.
    late = await Client(one, V4, "/x/").open()
    await late.numbers_become((2, 2), timeout=10)
    await late.close()
    await reader.close()


async def test_sigterm_removes_visitors_at_once(start_servers, private_redis):
    """A stopped process removes its visitors before it exits."""
    ttl = 30  # long enough that nothing can have simply expired
    one, two = start_servers(2, ttl=ttl)
    reader = await Client(one, V1, "/x/").open()
    leaving = [await Client(two, v, "/x/").open() for v in (V2, V3)]
    # A visitor with a tab on each: stays, held by the survivor.
    shared = [await Client(s, V4, "/x/").open() for s in (one, two)]
    await reader.numbers_become((4, 4), timeout=10)
    two.signal(signal.SIGTERM)
    assert two.wait() == 0, two.output()
    assert await redis_online(private_redis.url, ttl, ["/x/"]) == (2, {"/x/": 2})
    await reader.numbers_become((2, 2), timeout=CLEAN_CLOSE_SECONDS)
    for client in leaving:
        await client.closed_with()
    assert one.alive()
    await shared[0].close()
    await reader.close()


async def test_floods_through_daphne(start_servers):
    """
    One socket flooding each message type is closed and leaves nothing
    counted; the process keeps serving (issue 12, findings 1 and 2).
    """
    (server,) = start_servers(1, ttl=30)
    witness = await Client(server, V1, "/x/").open()
    await witness.numbers_become((1, 1), timeout=10)
    floods = {
        "page": lambda i: json.dumps({"type": "page", "page": f"/r{i}/" + "x" * 900}),
        "garbage": lambda i: "garbage" * 100,
        "other": lambda i: json.dumps({"type": "hello", "n": i}),
    }
    for name, message in floods.items():
        flooder = await Client(server, V2, "/x/").open()
        await witness.numbers_become((2, 2), timeout=10)
        try:
            for i in range(5000):
                await flooder.ws.send(message(i))
        except Exception:  # noqa: S110 (closed by the server mid-flood)
            pass
        code = await flooder.closed_with()
        assert code == (4429 if name == "page" else 4400), name
        assert flooder.frames[-1]["type"] == "error", name
        await witness.numbers_become((1, 1), timeout=5)

    # Pings without reading the pongs.
    pinger = await Client(server, V2, "/x/").open()
    await witness.numbers_become((2, 2), timeout=10)
    try:
        for i in range(500):
            await pinger.ws.ping(b"%d" % i)
    except Exception:  # noqa: S110
        pass
    assert await pinger.closed_with() == 4429
    assert pinger.frames[-1]["code"] == 4429
    await witness.numbers_become((1, 1), timeout=5)

    await witness.close()
    assert server.alive()
    assert "was killed" not in server.output()
