"""
Two real daphne processes on a private Redis and the test database:
breaking news and entries saved through the ORM reach sockets on both, and
a reader whose process was killed gets exactly what it missed.
"""

import asyncio
import signal
import time

import pytest
from asgiref.sync import sync_to_async
from django.db import connection, connections

from coverage.models import Breaking, LiveEntry
from tests.factories import ArticleFactory
from tests.presence.conftest import private_redis  # noqa: F401 - a fixture
from tests.presence.servers import Client, Daphne

pytestmark = [
    pytest.mark.stack,
    pytest.mark.django_db(transaction=True),
]

PUSH_SECONDS = 2  # the bound, on every process
V = [f"{n:032x}" for n in range(1, 9)]


def database_url():
    settings = connection.settings_dict
    return (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


@pytest.fixture
def servers(tmp_path, private_redis, settings):  # noqa: F811
    settings.COVERAGE_BROADCAST = {
        "BACKEND": "coverage.broadcast.RedisBroadcast",
        "OPTIONS": {"url": private_redis.url},
    }
    started = []
    try:
        for name in ("one", "two"):
            server = Daphne(tmp_path, redis_url=private_redis.url, ttl=6, name=name)
            server.env["DATABASE_URL"] = database_url()
            server.env.pop("SQLITE_PATH", None)
            started.append(server)
            server.start()
        yield started
    except AssertionError as error:
        logs = "\n".join(s.output() for s in started)
        raise AssertionError(f"{error}\n--- server logs:\n{logs}") from error
    finally:
        for server in started:
            server.stop()


async def frames(client, kind, timeout=PUSH_SECONDS, where=None, count=1):
    started = time.monotonic()
    while True:
        found = [
            f
            for f in client.frames
            if f["type"] == kind and (where is None or where(f))
        ]
        if len(found) >= count:
            return found
        if time.monotonic() - started > timeout:
            raise AssertionError(
                f"{client.url}: no {kind} frame within {timeout}s: {client.frames}"
            )
        await asyncio.sleep(0.02)


def connected(client):
    return any(f["type"] == "presence" for f in client.frames)


async def test_pushes_reach_both_processes_and_since_heals_a_kill(servers):
    one, two = servers
    article = await sync_to_async(ArticleFactory)(headline="Grid attack")
    path = article.get_absolute_url()
    front = [await Client(s, V[i], "/").open() for i, s in enumerate(servers)]
    readers = [await Client(s, V[i + 2], path).open() for i, s in enumerate(servers)]
    everyone = front + readers
    for client in everyone:
        await frames(client, "presence", timeout=20)
    # The processes subscribe when their first socket arrives.
    await asyncio.sleep(0.5)

    await sync_to_async(Breaking.objects.create)(article=article)
    for client in everyone:
        (frame,) = await frames(client, "breaking")
        assert frame["article"]["headline"] == "Grid attack"

    entry = await sync_to_async(LiveEntry.objects.create)(
        article=article, body="<p>First</p>"
    )

    def has(entry_id):
        return lambda f: entry_id in [e["id"] for e in f["entries"]]

    for reader in readers:
        await frames(reader, "entries", where=has(entry.pk))
    await asyncio.sleep(0.3)
    for client in front:
        assert not [f for f in client.frames if f["type"] == "entries"]

    # kill -9 the first process: its reader loses the socket.
    one.signal(signal.SIGKILL)
    one.wait(10)
    await asyncio.wait_for(readers[0].closed.wait(), 10)
    missed = [
        await sync_to_async(LiveEntry.objects.create)(
            article=article, body=f"<p>Missed {n}</p>"
        )
        for n in range(2)
    ]
    await frames(readers[1], "entries", where=has(missed[1].pk))
    back = await Client(
        two, None, None, query=f"visitor={V[2]}&page={path}&since={entry.pk}"
    ).open()
    (frame,) = await frames(back, "entries", where=lambda f: f["entries"])
    assert [e["id"] for e in frame["entries"]] == [e.pk for e in missed]
    for client in everyone[1:] + [back]:
        if not client.closed.is_set():
            await client.close()
    await sync_to_async(connections.close_all)()


@pytest.fixture
def server(tmp_path, private_redis, settings):  # noqa: F811
    settings.COVERAGE_BROADCAST = {
        "BACKEND": "coverage.broadcast.RedisBroadcast",
        "OPTIONS": {"url": private_redis.url},
    }
    daphne = Daphne(tmp_path, redis_url=private_redis.url, ttl=6, name="solo")
    daphne.env["DATABASE_URL"] = database_url()
    daphne.env.pop("SQLITE_PATH", None)
    try:
        yield daphne.start()
    finally:
        daphne.stop()


async def test_entries_saved_while_redis_is_down_reach_open_pages(
    server,
    private_redis,  # noqa: F811
):
    article = await sync_to_async(ArticleFactory)(headline="Outage")
    path = article.get_absolute_url()
    reader = await Client(server, V[0], path).open()
    await frames(reader, "presence", timeout=20)
    await asyncio.sleep(0.5)

    private_redis.stop()
    # Saved, though nothing can be pushed now.
    saved = await sync_to_async(LiveEntry.objects.create)(
        article=article, body="<p>During the outage</p>"
    )
    await asyncio.sleep(1.5)
    assert server.alive()
    private_redis.start()
    (frame,) = await frames(
        reader,
        "entries",
        timeout=15,
        where=lambda f: saved.pk in [e["id"] for e in f["entries"]],
    )
    # Pushes resume.
    later = await sync_to_async(LiveEntry.objects.create)(
        article=article, body="<p>After</p>"
    )
    await frames(
        reader, "entries", where=lambda f: later.pk in [e["id"] for e in f["entries"]]
    )
    assert server.alive()
    await reader.close()
    await sync_to_async(connections.close_all)()
