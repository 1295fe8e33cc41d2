"""
The desk on two real daphne processes sharing a private Redis.

Readers on both processes show on one desk, and the minute history lives in
Redis, so it survives restarting every daphne.
"""

import asyncio
import json
import time
import urllib.request

import pytest
from websockets.asyncio.client import connect

from deploy import processes
from tests.presence.conftest import private_redis  # noqa: F401
from tests.presence.servers import Client, Daphne

pytestmark = pytest.mark.stack

V1, V2 = "1" * 32, "2" * 32

MAKE_SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
user = User.objects.create_user("desk", password="desk-pass-1", is_staff=True)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def staff_session(server):
    """Migrate the processes' shared database; return a staff session key."""
    processes.manage(server.env, "migrate", "-v0")
    output = processes.manage(server.env, "shell", "-c", MAKE_SESSION)
    return output.strip().splitlines()[-1]


class Desk:
    """A desk socket that keeps the last desk frame."""

    def __init__(self, server, session):
        self.server, self.session = server, session
        self.frame = None

    async def open(self):
        self.ws = await connect(
            f"ws://127.0.0.1:{self.server.port}/ws/desk/",
            origin=self.server.url,
            additional_headers={"Cookie": f"sessionid={self.session}"},
            proxy=None,
            open_timeout=20,
        )
        self._reader = asyncio.ensure_future(self._read())
        return self

    async def _read(self):
        async for message in self.ws:
            frame = json.loads(message)
            if frame["type"] == "desk":
                self.frame = frame

    async def shows(self, predicate, timeout):
        deadline = time.monotonic() + timeout
        while not (self.frame and predicate(self.frame)):
            if time.monotonic() > deadline:
                raise AssertionError(f"desk shows {self.frame}")
            await asyncio.sleep(0.05)

    async def close(self):
        await self.ws.close()
        self._reader.cancel()


def get_json(server, path, session):
    request = urllib.request.Request(  # noqa: S310 (http to loopback)
        server.url + path, headers={"Cookie": f"sessionid={session}"}
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as response:
        return response.headers, json.loads(response.read())


async def test_one_desk_sees_both_processes_and_history_survives(
    tmp_path,
    private_redis,  # noqa: F811
):
    servers = []

    def start(name):
        server = Daphne(tmp_path, redis_url=private_redis.url, ttl=6, name=name)
        servers.append(server)
        return server

    try:
        one, two = start("d1"), start("d2")
        session = staff_session(one)
        one.start(), two.start()
        reader_one = await Client(one, V1, "/news/1/first/").open()
        reader_two = await Client(two, V2, "/news/2/second/").open()
        await reader_two.numbers_become((2, 1), timeout=10)

        desk = await Desk(one, session).open()
        await desk.shows(
            lambda f: (
                f["online"] == 2
                and {p["path"] for p in f["pages"]}
                == {"/news/1/first/", "/news/2/second/"}
            ),
            timeout=5,
        )
        assert V1 not in json.dumps(desk.frame) and V2 not in json.dumps(desk.frame)
        await desk.close()
        await reader_one.close()
        await reader_two.close()
        headers, body = get_json(one, "/admin/live/data/?range=hour", session)
        assert "no-store" in headers["Cache-Control"]
        before = body["history"]["minutes"]
        assert before, "the desk wrote no minute sample"

        # Restart every daphne: the history is in Redis, not in them.
        for server in (one, two):
            server.stop()
        three, four = start("d3"), start("d4")
        three.start(), four.start()
        _, body = get_json(four, "/admin/live/data/?range=day", session)
        assert body["history"]["minutes"][: len(before)] == before
    finally:
        for server in servers:
            server.stop()
