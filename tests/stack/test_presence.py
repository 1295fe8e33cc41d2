"""
The live counter through nginx, across two daphne processes, and how it
heals when a process or Redis fails.

Readers here are websocket clients that behave like presence.js: they keep
the last numbers each frame carries and, when told to, reconnect after a
close. The stack runs with PRESENCE_TTL=6 (a heartbeat every 2 s) and small
per-address limits (4 counted visitors, 6 sockets per process), so the tests
can wait for them; every reader comes from 127.0.0.1 as nginx sees it.
"""

import asyncio
import json
import os
import signal
import time
import uuid

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from tests.services import CHROMIUM, chromium_available, need_service

from .conftest import HOST, HTTPS_PORT, PRESENCE_TTL, fresh, poll

ORIGIN = f"https://{HOST}:{HTTPS_PORT}"
MAX_VISITORS_PER_IP = 4
MAX_CONNECTIONS_PER_IP = 6


class Reader:
    """One websocket of one visitor, recording what the server sends."""

    def __init__(self, web, visitor=None, page="/news/", headers=None):
        self.web = web
        self.visitor = visitor or uuid.uuid4().hex
        self.page = page
        self.headers = headers or {}
        self.online = None
        self.readers = None
        self.errors = []
        self.max_online = 0
        self.socket = None
        self.task = None

    @property
    def uri(self):
        return (
            f"wss://{HOST}:{HTTPS_PORT}/ws/presence/"
            f"?visitor={self.visitor}&page={self.page}"
        )

    async def open(self):
        self.online = None
        self.socket = await connect(
            self.uri,
            ssl=self.web.context,
            origin=ORIGIN,
            additional_headers=self.headers,
            open_timeout=5,
            close_timeout=2,
        )
        self.task = asyncio.ensure_future(self._read())
        return self

    async def _read(self):
        try:
            async for message in self.socket:
                frame = json.loads(message)
                if frame["type"] == "presence":
                    self.online, self.readers = frame["online"], frame["page"]
                    self.max_online = max(self.max_online, self.online)
                else:
                    self.errors.append(frame)
        except Exception:  # noqa: BLE001, S110 - a dropped socket ends reading
            pass

    @property
    def closed(self):
        return self.task is not None and self.task.done()

    @property
    def close_code(self):
        return self.socket.close_code if self.socket else None

    async def close(self):
        if self.socket is not None:
            await self.socket.close()
        if self.task is not None:
            await asyncio.wait_for(self.task, 5)


async def until(predicate, timeout, interval=0.1):
    """Wait until ``predicate()`` is true; return the seconds it took."""
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout} s")
        await asyncio.sleep(interval)
    return time.monotonic() - started


async def open_readers(web, count, **kwargs):
    return [await Reader(web, **kwargs).open() for _ in range(count)]


async def close_all(readers):
    await asyncio.gather(*(r.close() for r in readers), return_exceptions=True)


def all_see(readers, online):
    return all(r.online == online for r in readers)


async def quiet_site(web):
    """Wait until earlier tests' visitors have left (killed ones take the TTL)."""
    probe = await Reader(web).open()
    try:
        await until(lambda: probe.online == 1, PRESENCE_TTL + 5)
    finally:
        await probe.close()


def upstreams_of(stack, visitor):
    """The daphne sockets nginx sent ``visitor``'s websockets to."""
    lines = (stack.run_dir / "nginx-access.log").read_text().splitlines()
    return {
        json.loads(line)["upstream"]
        for line in lines
        if f"visitor={visitor}" in line and '"uri":"/ws/presence/' in line
    }


async def test_each_visitor_counts_once_across_both_processes(stack, web):
    await quiet_site(web)
    a = await open_readers(web, 3, visitor=uuid.uuid4().hex)
    b = await open_readers(web, 3, visitor=uuid.uuid4().hex)
    everyone = a + b
    try:
        await until(lambda: all_see(everyone, 2), 5)
        await asyncio.sleep(1.5)  # a few more ticks: the count stays 2
        assert all_see(everyone, 2)
        assert max(r.max_online for r in everyone) == 2
    finally:
        await close_all(everyone)
    # nginx spread each visitor's sockets over both processes.
    for readers in (a, b):
        assert len(upstreams_of(stack, readers[0].visitor)) == 2


async def test_a_close_shows_on_the_other_process_within_5_s(stack, web):
    await quiet_site(web)
    observers = await open_readers(web, 2, visitor=uuid.uuid4().hex)
    leaver = await Reader(web).open()
    try:
        await until(lambda: all_see(observers, 2), 5)
        await leaver.close()
        seconds = await until(lambda: all_see(observers, 1), 5)
        print(f"\n[stack] a closed socket left the count on both processes"
              f" in {seconds:.2f} s")  # fmt: skip
    finally:
        await close_all([*observers, leaver])
    assert len({u for o in observers for u in upstreams_of(stack, o.visitor)}) == 2


async def test_limits_apply_to_the_address_nginx_forwards(stack, web):
    """A client's own X-Forwarded-For does not give it more visitors or sockets."""
    await quiet_site(web)
    spoofers = [
        await Reader(web, headers={"X-Forwarded-For": f"203.0.113.{n}"}).open()
        for n in range(1, 11)
    ]
    try:
        await until(lambda: all(r.online is not None for r in spoofers), 5)
        await asyncio.sleep(1.5)
        # Ten visitors from one address, five on each process: four per
        # process are counted. Were the header believed, all ten would be.
        online = max(r.online for r in spoofers)
        assert online == 2 * MAX_VISITORS_PER_IP, online
        more = [
            await Reader(web, headers={"X-Forwarded-For": f"198.51.100.{n}"}).open()
            for n in range(4)
        ]
        spoofers += more
        # Fourteen sockets, seven a process: the seventh on each is refused.
        await until(lambda: sum(r.closed for r in spoofers) == 2, 5)
        refused = [r for r in spoofers if r.closed]
        assert {r.close_code for r in refused} == {4429}
        assert all(r.errors and r.errors[0]["code"] == 4429 for r in refused)
    finally:
        await close_all(spoofers)


async def test_kill_9_of_one_daphne_visitors_leave_within_the_ttl(
    stack, web, daphnes_restored
):
    await quiet_site(web)
    readers = await open_readers(web, 4)
    try:
        await until(lambda: all_see(readers, 4), 5)
        victim = stack.daphnes[0]
        os.kill(victim.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        await until(lambda: sum(r.closed for r in readers) == 2, 5)
        dropped = [r for r in readers if r.closed]
        survivors = [r for r in readers if not r.closed]
        # One dropped client reconnects (as presence.js does): nginx sends it
        # to the survivor at the first try. The other does not come back.
        started = time.monotonic()
        await dropped[0].open()
        reconnect = time.monotonic() - started
        watchers = [*survivors, dropped[0]]
        await until(lambda: all_see(watchers, 3), PRESENCE_TTL + 4)
        healed = time.monotonic() - killed_at
        print(f"\n[stack] kill -9 daphne: reconnect took {reconnect:.2f} s; the"
              f" vanished visitor left the count {healed:.1f} s after the kill"
              f" (PRESENCE_TTL={PRESENCE_TTL})")  # fmt: skip
        assert healed <= PRESENCE_TTL + 3
        assert max(r.max_online for r in watchers) <= 4
    finally:
        await close_all(readers)


async def test_sigterm_of_one_daphne_its_visitors_leave_at_once(
    stack, web, daphnes_restored
):
    await quiet_site(web)
    readers = await open_readers(web, 4)
    try:
        await until(lambda: all_see(readers, 4), 5)
        stopped_at = time.monotonic()
        stack.daphnes[1].signal(signal.SIGTERM)
        await until(lambda: sum(r.closed for r in readers) == 2, 10)
        survivors = [r for r in readers if not r.closed]
        dropped = [r for r in readers if r.closed]
        seconds = await until(lambda: all_see(survivors, 2), 5)
        left = time.monotonic() - stopped_at
        # Its clients reconnect to the other process.
        for reader in dropped:
            await reader.open()
        back = await until(lambda: all_see(readers, 4), 5)
        print(f"\n[stack] SIGTERM daphne: its visitors left the count"
              f" {left:.2f} s after the signal; reconnected and counted again"
              f" in {back:.2f} s")  # fmt: skip
        assert seconds < 5 and left < PRESENCE_TTL
    finally:
        await close_all(readers)


async def test_redis_restarted_the_count_is_rebuilt_within_a_heartbeat(stack, web):
    await quiet_site(web)
    readers = await open_readers(web, 3)
    pids = [d.pid for d in stack.daphnes]
    try:
        await until(lambda: all_see(readers, 3), 5)
        stack.redis.stop()
        try:
            status, _, _, seconds = web.get(fresh("/news/"))
            assert status == 200 and seconds < 5
            # A new socket while Redis is away: told so, and closed with 4503.
            refused = await Reader(web).open()
            await until(lambda: refused.closed, 5)
            assert refused.close_code == 4503
            assert refused.errors[0]["code"] == 4503
        finally:
            restarted_at = time.monotonic()
            stack.redis.start()

        # Redis came back empty; the next heartbeat of each process refills it.
        def api_online():
            status, _, body, _ = web.get(fresh("/api/presence/"))
            return status == 200 and json.loads(body)["online"] == 3

        await until(api_online, PRESENCE_TTL / 3 + 5, interval=0.2)
        rebuilt = time.monotonic() - restarted_at
        late = await Reader(web).open()
        await until(lambda: late.online == 4, 5)
        await late.close()
        print(f"\n[stack] Redis restarted: count rebuilt {rebuilt:.2f} s after"
              f" its start (heartbeat {PRESENCE_TTL / 3:.0f} s)")  # fmt: skip
        assert [d.pid for d in stack.daphnes] == pids
        assert all(d.running() for d in stack.daphnes)
    finally:
        await close_all(readers)


async def test_a_handshake_from_another_origin_is_refused(web):
    reader = Reader(web)
    with pytest.raises(InvalidStatus) as refused:
        await connect(
            reader.uri, ssl=web.context, origin="https://evil.example", open_timeout=5
        )
    assert refused.value.response.status_code == 403


def test_a_browser_reconnects_on_its_own_when_its_daphne_dies(
    stack, web, daphnes_restored
):
    """presence.js in Chromium, through nginx: a killed process costs a reconnect."""
    need_service("Chromium", chromium_available(), CHROMIUM)
    from playwright.sync_api import sync_playwright

    asyncio.run(quiet_site(web))
    first, second = stack.daphnes
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
        )
        try:
            pages = [
                browser.new_context(ignore_https_errors=True).new_page()
                for _ in range(2)
            ]

            def shown(page):
                return page.locator("[data-presence=online]").first.inner_text()

            # With the first process dead, both readers' sockets are on the
            # second; then the first comes back and the second dies.
            os.kill(first.pid, signal.SIGKILL)
            for page in pages:
                page.goto(ORIGIN + "/news/")
            poll(lambda: all(shown(p) == "2" for p in pages), 10)
            first.stop()
            first.start()
            os.kill(second.pid, signal.SIGKILL)
            killed_at = time.monotonic()
            pages[1].close()
            # "1" can only arrive on a live socket: the reader reconnected
            # to the first process by itself and the other one is gone.
            poll(lambda: shown(pages[0]) == "1", PRESENCE_TTL + 10)
            seconds = time.monotonic() - killed_at
            print(f"\n[stack] browser reconnected by itself; its counter was"
                  f" right again {seconds:.1f} s after the kill")  # fmt: skip
        finally:
            browser.close()
