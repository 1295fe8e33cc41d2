"""
The live desk's costs, as ratios in one run: ``python -m bench.desk``
(``--readers``; 10,000 by default, as ``make bench`` runs it).

Two daphne processes share a private Redis; the readers are websockets
split between them, each a visitor of its own on one of 50 article pages.

- Redis commands per second and Redis bytes per visitor with engagement and
  sources (readers send ``ref`` and a share toggle their visibility) against
  without (``PRESENCE_ENGAGEMENT=0``, readers send neither);
- CPU per daphne process with 5 desk sockets open on each against none;
- the readers' tick (one ``Tracker.tick()``: read the counts, send what
  changed) timed inside one event loop with the desk hub ticking beside it
  and engagement on, against neither: the ratio must stay at most 1.1.
"""

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import procs, services

PORTS = (18540, 18541)
PORT_REDIS = 16502
PAGES = 50
# Visitors per source address: under the per-address limits.
PER_ADDRESS = 100
DESKS_PER_PROCESS = 5
# Share of readers that flip their tab's visibility each second (one
# reader flips at most every few seconds, as a person switching tabs).
TOGGLE_SHARE = 0.01
REFERRERS = ["", "google.com", "l.facebook.com", "t.co", "example.org", "127.0.0.1"]

MAKE_SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
user, _ = User.objects.get_or_create(username="bench-desk", defaults={"is_staff": True})
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def _loop():
    """The one event loop the bench's clients run in."""
    global _LOOP
    if _LOOP is None or _LOOP.is_closed():
        _LOOP = asyncio.new_event_loop()
        asyncio.set_event_loop(_LOOP)
    return _LOOP


_LOOP = None


def visitor_id(n):
    return f"{n:032x}"


class Readers:
    """Reader sockets in this process (one loop, many sockets)."""

    def __init__(self, count, *, engagement):
        self.count = count
        self.engagement = engagement
        self.sockets = []
        self.hidden = set()

    async def open(self):
        from websockets.asyncio.client import connect

        async def one(n):
            port = PORTS[n % 2]
            query = f"visitor={visitor_id(n)}&page=/news/{n % PAGES + 1}/story/"
            if self.engagement:
                query += "&ref=" + REFERRERS[n % len(REFERRERS)]
            ws = await connect(
                f"ws://127.0.0.1:{port}/ws/presence/?{query}",
                origin=f"http://127.0.0.1:{port}",
                proxy=None,
                compression=None,
                ping_interval=None,
                open_timeout=120,
                local_addr=(f"127.0.2.{1 + n // PER_ADDRESS % 250}", 0),
            )
            asyncio.ensure_future(self._drain(ws))
            return ws

        for start in range(0, self.count, 200):
            batch = range(start, min(start + 200, self.count))
            self.sockets += await asyncio.gather(*(one(n) for n in batch))

    async def _drain(self, ws):
        with contextlib.suppress(Exception):
            async for _ in ws:
                pass

    async def toggle(self, seconds):
        """Flip TOGGLE_SHARE of the readers' visibility each second."""
        if not self.engagement:
            await asyncio.sleep(seconds)
            return 0
        flips, n = 0, 0
        per_second = max(1, int(self.count * TOGGLE_SHARE))
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            started = time.monotonic()
            for _ in range(per_second):
                index = n % self.count
                n += 7919  # a prime: spread over every reader
                visible = index in self.hidden
                self.hidden.symmetric_difference_update({index})
                message = {"type": "visibility", "visible": visible}
                await self.sockets[index].send(json.dumps(message))
                flips += 1
            await asyncio.sleep(max(0, 1 - (time.monotonic() - started)))
        return flips

    async def close(self):
        await asyncio.gather(
            *(ws.close() for ws in self.sockets), return_exceptions=True
        )


async def open_desks(session, per_process):
    from websockets.asyncio.client import connect

    desks = []
    for port in PORTS:
        for _ in range(per_process):
            ws = await connect(
                f"ws://127.0.0.1:{port}/ws/desk/",
                origin=f"http://127.0.0.1:{port}",
                additional_headers={"Cookie": f"sessionid={session}"},
                proxy=None,
                open_timeout=30,
            )
            first = json.loads(await asyncio.wait_for(ws.recv(), 30))
            assert first["type"] == "desk", first
            desks.append(ws)
    return desks


def scripts_called(redis):
    """Calls sent to Redis: scripts and plain commands, not those inside."""
    stats = redis.client().info("commandstats")
    return sum(
        v["calls"]
        for k, v in stats.items()
        if k in ("cmdstat_evalsha", "cmdstat_eval", "cmdstat_script")
    )


def measure(servers, redis, seconds, work):
    """Run ``work`` (a coroutine) for ``seconds``; return the rates."""
    cpu = [procs.cpu_seconds(p.pid) for p in servers]
    commands = redis.commands()
    scripts = scripts_called(redis)
    started = time.monotonic()
    result = _loop().run_until_complete(work(seconds))
    elapsed = time.monotonic() - started
    return {
        "redis_scripts_per_second": round(
            (scripts_called(redis) - scripts) / elapsed, 1
        ),
        "seconds": round(elapsed, 1),
        "cpu_per_process": [
            round((procs.cpu_seconds(p.pid) - c) / elapsed, 4)
            for p, c in zip(servers, cpu, strict=True)
        ],
        "redis_commands_per_second": round((redis.commands() - commands) / elapsed, 1),
        "work": result,
    }


def start_servers(env, workdir, *, engagement):
    env = {**env, "PRESENCE_ENGAGEMENT": "1" if engagement else "0"}
    return [
        services.start_daphne("portal.asgi:application", port, env, workdir)
        for port in PORTS
    ]


def phase(env, workdir, redis, readers, seconds, log, *, engagement, session=None):
    """Readers on two fresh processes; figures without and with desks."""
    redis.flush()
    empty = redis.used_memory()
    servers = start_servers(env, workdir, engagement=engagement)
    loop = _loop()
    clients = Readers(readers, engagement=engagement)
    try:
        log(f"  {readers} readers, engagement {'on' if engagement else 'off'} ...")
        loop.run_until_complete(clients.open())
        # A heartbeat (PRESENCE_TTL / 3) and a few ticks.
        loop.run_until_complete(asyncio.sleep(12))
        figures = {
            "readers": readers,
            "bytes_per_visitor": round((redis.used_memory() - empty) / readers, 1),
            "idle": measure(servers, redis, seconds, clients.toggle),
        }
        if session is not None:
            # No desk, desks, no desk again: the two windows without desks
            # are averaged, so a drift of the machine's load shows less.
            desks = loop.run_until_complete(open_desks(session, DESKS_PER_PROCESS))
            loop.run_until_complete(asyncio.sleep(2))
            figures["with_desks"] = measure(servers, redis, seconds, clients.toggle)
            loop.run_until_complete(
                asyncio.gather(*(d.close() for d in desks), return_exceptions=True)
            )
            loop.run_until_complete(asyncio.sleep(2))
            again = measure(servers, redis, seconds, clients.toggle)
            figures["idle_after"] = again
            figures["cpu_no_desk"] = [
                round((a + b) / 2, 4)
                for a, b in zip(
                    figures["idle"]["cpu_per_process"],
                    again["cpu_per_process"],
                    strict=True,
                )
            ]
        return figures
    finally:
        loop.run_until_complete(clients.close())
        for server in servers:
            server.stop()


class _FakeSocket:
    def __init__(self):
        self.frames = 0

    async def send(self, text_data=None, bytes_data=None):
        self.frames += 1


async def _tick_times(redis_url, readers, ticks, *, desk):
    """Median seconds of ``Tracker.tick()`` with ``readers`` fake sockets."""
    from desk.hub import Hub
    from presence.stores import RedisStore
    from presence.tracker import Tracker

    store = RedisStore(url=redis_url)
    tracker = Tracker(
        store,
        push_interval=0,
        max_connections_per_ip=readers + 1,
        max_visitors_per_ip=readers + 1,
        engagement=desk,
    )
    sockets = [_FakeSocket() for _ in range(readers)]
    for start in range(0, readers, 500):
        await asyncio.gather(
            *(
                tracker.join(
                    s,
                    visitor=visitor_id(start + i),
                    page=f"/news/{(start + i) % PAGES + 1}/story/",
                    address="127.0.0.1",
                    ref="google.com" if desk else None,
                )
                for i, s in enumerate(sockets[start : start + 500])
            )
        )
    hub = None
    if desk:
        hub = Hub(store)
        for _ in range(DESKS_PER_PROCESS):
            hub.join(_FakeSocket())
    times = []
    for _ in range(ticks):
        await asyncio.sleep(0.2)
        started = time.perf_counter()
        await tracker.tick()
        times.append(time.perf_counter() - started)
    if hub is not None:
        hub.sockets.clear()
    await tracker.shutdown()
    await store.close()
    return statistics.median(times)


def tick_ratio(env, redis, readers, log, ticks=30):
    import django

    # This process runs the tracker itself, with the servers' settings.
    os.environ.update({**env, "DJANGO_SETTINGS_MODULE": "portal.settings"})
    django.setup()
    log(f"  the readers' tick, {readers} sockets in one loop ...")
    loop = _loop()
    redis.flush()
    without = loop.run_until_complete(
        _tick_times(redis.url, readers, ticks, desk=False)
    )
    redis.flush()
    with_desk = loop.run_until_complete(
        _tick_times(redis.url, readers, ticks, desk=True)
    )
    return {
        "sockets": readers,
        "tick_ms_without": round(without * 1000, 2),
        "tick_ms_with_engagement_and_desk": round(with_desk * 1000, 2),
        "ratio": round(with_desk / without, 3),
    }


def staff_session(env):
    output = services.manage(
        env, "shell", "-c", MAKE_SESSION, settings="portal.settings"
    )
    return output.strip().splitlines()[-1]


def run(env, workdir, redis, log, *, readers=10000, seconds=10):
    """Every figure in one run; returns a dict for the report."""
    session = staff_session(env)
    without = phase(env, workdir, redis, readers, seconds, log, engagement=False)
    with_ = phase(
        env, workdir, redis, readers, seconds, log, engagement=True, session=session
    )

    def ratio(a, b):
        return round(b / a, 2) if a else None

    return {
        "load_before": os.getloadavg(),
        "readers": readers,
        "without": without,
        "with": with_,
        "ratios": {
            "redis_commands": ratio(
                without["idle"]["redis_commands_per_second"],
                with_["idle"]["redis_commands_per_second"],
            ),
            "redis_bytes_per_visitor": ratio(
                without["bytes_per_visitor"], with_["bytes_per_visitor"]
            ),
            "redis_scripts": ratio(
                without["idle"]["redis_scripts_per_second"],
                with_["idle"]["redis_scripts_per_second"],
            ),
            "cpu_per_process_5_desks": [
                ratio(a, b)
                for a, b in zip(
                    with_["cpu_no_desk"],
                    with_["with_desks"]["cpu_per_process"],
                    strict=True,
                )
            ],
        },
        "tick": tick_ratio(env, redis, readers // 2, log),
        "load_after": os.getloadavg(),
    }


def markdown(figures):
    if not figures:
        return ""
    w, d, r = figures["without"], figures["with"], figures["ratios"]
    t = figures["tick"]
    lines = [
        "",
        f"## The live desk ({figures['readers']:,} readers over two processes)",
        "",
        "| figure | without engagement and sources | with | ratio |",
        "|---|---|---|---|",
        f"| Redis calls sent/s (scripts) | {w['idle']['redis_scripts_per_second']}"
        f" | {d['idle']['redis_scripts_per_second']} | {r['redis_scripts']} |",
        f"| Redis commands/s as Redis counts them (inside scripts too) | "
        f"{w['idle']['redis_commands_per_second']} | "
        f"{d['idle']['redis_commands_per_second']} | {r['redis_commands']} |",
        f"| Redis bytes per visitor | {w['bytes_per_visitor']} | "
        f"{d['bytes_per_visitor']} | {r['redis_bytes_per_visitor']} |",
        "",
        "| CPU per process (s/s) | no desk | 5 desk sockets each | ratio |",
        "|---|---|---|---|",
        f"| both processes | {d['cpu_no_desk']} | "
        f"{d['with_desks']['cpu_per_process']} | {r['cpu_per_process_5_desks']} |",
        "",
        f"Readers' tick ({t['sockets']:,} sockets in one loop, median): "
        f"{t['tick_ms_without']} ms without, {t['tick_ms_with_engagement_and_desk']}"
        f" ms with engagement and the desk hub; ratio {t['ratio']} (must be ≤ 1.1).",
        "",
        f"Load average before {tuple(round(x, 2) for x in figures['load_before'])},"
        f" after {tuple(round(x, 2) for x in figures['load_after'])}; "
        f"visibility flips: {d['idle']['work']} in the window with engagement.",
    ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=10000)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args(argv)
    procs.install_signal_handlers()
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-desk-"))
    redis = services.Redis(PORT_REDIS, workdir)

    def log(message):
        print(message, file=sys.stderr, flush=True)

    try:
        redis.start()
        env = services.app_env(
            database_url=f"sqlite:///{workdir / 'desk.sqlite3'}",
            redis_url=redis.url,
            workdir=workdir,
        )
        services.manage(env, "migrate", "--noinput", settings="portal.settings")
        figures = run(
            env, workdir, redis, log, readers=args.readers, seconds=args.seconds
        )
    finally:
        procs.stop_all()
    print(json.dumps(figures, indent=1))
    print(markdown(figures))


if __name__ == "__main__":
    main()
