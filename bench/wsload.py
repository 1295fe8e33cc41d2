"""
A websocket load generator worker: ``python -m bench.wsload --id I ...``.

Several workers run at once, each in its own process, each holding a share
of the idle sockets and connecting from its own slice of loopback source
addresses (127.0.1.1-254), so the server's per-address limits hold as they
would for real readers. The orchestrator drives a worker with one JSON
command per line on stdin and reads one JSON answer per line on stdout:

- ``{"cmd": "open", "count": n}``: open n more sockets, spread over the
  servers (each socket has a visitor id of its own and one of ``--pages``).
- ``{"cmd": "join", "server": i}`` / ``{"cmd": "leave"}``: open or close the
  one probe socket; the answer carries the wall-clock time of the action.
- ``{"cmd": "probe", "expected": n, "t0": t, "timeout": s}``: wait until every
  socket shows ``online == n``; answer the delays since ``t0`` per server.
- ``{"cmd": "churn", "rate": r, "seconds": s}``: r joins or leaves a second
  (alternating, on random sockets), so the socket count stays level.
- ``{"cmd": "stats"}``, ``{"cmd": "quit"}``.

Every frame is parsed (``{"type": "presence", "online": N, "page": M}``);
a socket remembers its last ``online`` and when it changed.
"""

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import random
import sys
import time
import uuid
from collections import Counter
from urllib.parse import urlsplit

from websockets.asyncio.client import connect

# Bounds: one worker never holds more sockets than this (the file
# descriptor limit is 20,000 here) nor lives longer than --max-seconds.
MAX_SOCKETS = 12_000
# Handshakes in flight per worker: daphne's listen backlog is small, and a
# dropped SYN costs a 1 s retransmit that would distort the figures.
OPEN_CONCURRENCY = 48


class Sock:
    __slots__ = ("server", "online", "changed_at", "frames", "ws", "task", "closed")

    def __init__(self, server):
        self.server = server
        self.online = None
        self.changed_at = 0.0
        self.frames = 0
        self.ws = None
        self.task = None
        self.closed = False


def parse_frame(text):
    """Return the ``online`` number of a presence frame, else None."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return None
    if isinstance(data, dict) and data.get("type") == "presence":
        online = data.get("online")
        if isinstance(online, int):
            return online
    return None


def loopback_only(urls):
    """Refuse any target that is not on this machine's loopback."""
    for url in urls:
        host = urlsplit(url).hostname or ""
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise SystemExit(f"refusing a non-loopback target: {url}")
    return urls


def address_range(spec):
    """``"127.0.1.1-127.0.1.254"`` -> a list of addresses."""
    first, _, last = spec.partition("-")
    prefix, _, start = first.rpartition(".")
    end = last.rpartition(".")[2] if last else start
    return [f"{prefix}.{n}" for n in range(int(start), int(end) + 1)]


class Worker:
    def __init__(self, args):
        self.index = args.id
        self.urls = loopback_only(args.urls.split(","))
        self.origin = args.origin
        addresses = address_range(args.addresses)
        # Each worker takes every W-th address, so workers never share one.
        self.addresses = addresses[args.id :: args.workers] or addresses
        self.pages = [f"/news/{n}/bench-page/" for n in range(1, args.pages + 1)]
        self.sockets = []
        self.errors = Counter()
        self.probe = None
        self.frames = 0
        self.opened = 0

    def _url(self, server):
        visitor = uuid.uuid4().hex
        page = random.choice(self.pages)
        return f"{self.urls[server]}?visitor={visitor}&page={page}"

    async def _run(self, sock, ready):
        address = self.addresses[self.opened % len(self.addresses)]
        self.opened += 1
        try:
            async with connect(
                self._url(sock.server),
                origin=self.origin,
                compression=None,
                open_timeout=60,
                ping_interval=None,
                close_timeout=2,
                max_queue=4,
                local_addr=(address, 0),
            ) as ws:
                sock.ws = ws
                ready.set_result(True)
                async for message in ws:
                    online = parse_frame(message)
                    sock.frames += 1
                    self.frames += 1
                    if online is not None and online != sock.online:
                        sock.online = online
                        sock.changed_at = time.time()
        except Exception as exc:  # noqa: BLE001 - counted and reported
            self.errors[type(exc).__name__] += 1
            if not ready.done():
                ready.set_result(False)
        finally:
            sock.closed = True

    async def _open_one(self, server, limit=None):
        sock = Sock(server)
        ready = asyncio.get_running_loop().create_future()
        if limit:
            async with limit:
                sock.task = asyncio.ensure_future(self._run(sock, ready))
                ok = await ready
        else:
            sock.task = asyncio.ensure_future(self._run(sock, ready))
            ok = await ready
        return sock, ok

    async def open(self, count):
        started = time.monotonic()
        count = max(0, min(count, MAX_SOCKETS - len(self.sockets)))
        limit = asyncio.Semaphore(OPEN_CONCURRENCY)
        base = len(self.sockets)
        results = await asyncio.gather(
            *(self._open_one((base + n) % len(self.urls), limit) for n in range(count))
        )
        opened = 0
        for sock, ok in results:
            if ok:
                self.sockets.append(sock)
                opened += 1
        # Wait for the first frame on every new socket (bounded).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(
            s.online is None and not s.closed for s, _ in results
        ):
            await asyncio.sleep(0.05)
        return {
            "opened": opened,
            "failed": count - opened,
            "seconds": round(time.monotonic() - started, 3),
            "errors": dict(self.errors),
        }

    async def join(self, server):
        t0 = time.time()
        self.probe, ok = await self._open_one(server)
        return {"t0": t0, "ok": ok}

    async def leave(self):
        t0 = time.time()
        if self.probe is not None and self.probe.ws is not None:
            await self.probe.ws.close()
        self.probe = None
        return {"t0": t0}

    async def wait_for(self, expected, t0, timeout):
        deadline = time.monotonic() + timeout
        live = [s for s in self.sockets if not s.closed]
        while time.monotonic() < deadline:
            if all(s.online == expected for s in live):
                break
            await asyncio.sleep(0.02)
        delays = {str(n): [] for n in range(len(self.urls))}
        missing = 0
        for s in live:
            if s.online == expected and s.changed_at >= t0:
                delays[str(s.server)].append(round(s.changed_at - t0, 4))
            elif s.online != expected:
                missing += 1
        return {"delays": delays, "missing": missing, "sockets": len(live)}

    async def churn(self, rate, seconds):
        """Alternate a leave and a join ``rate`` times a second."""
        joins = leaves = 0
        interval = 1.0 / rate if rate > 0 else seconds
        deadline = time.monotonic() + seconds
        pending = set()
        next_at = time.monotonic()
        leave_next = True
        while time.monotonic() < deadline:
            live = [s for s in self.sockets if not s.closed]
            if leave_next and live:
                victim = random.choice(live)
                self.sockets.remove(victim)
                if victim.ws is not None:
                    pending.add(asyncio.ensure_future(victim.ws.close()))
                replacement_server = victim.server
                leaves += 1
            else:
                replacement_server = random.randrange(len(self.urls))
                pending.add(asyncio.ensure_future(self._churn_join(replacement_server)))
                joins += 1
            leave_next = not leave_next
            pending = {p for p in pending if not p.done()}
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
        if not leave_next:
            # End on a join, so the number of sockets is what it was.
            pending.add(asyncio.ensure_future(self._churn_join(replacement_server)))
            joins += 1
        if pending:
            await asyncio.wait(pending, timeout=10)
        return {"joins": joins, "leaves": leaves, "errors": dict(self.errors)}

    async def _churn_join(self, server):
        sock, ok = await self._open_one(server)
        if ok:
            self.sockets.append(sock)

    def stats(self):
        live = [s for s in self.sockets if not s.closed]
        return {
            "sockets": len(live),
            "frames": self.frames,
            "errors": dict(self.errors),
            "online": dict(Counter(str(s.online) for s in live).most_common(3)),
        }

    async def quit(self):
        for sock in self.sockets:
            if sock.ws is not None and not sock.closed:
                with contextlib.suppress(Exception):
                    await sock.ws.close()
        for sock in self.sockets:
            if sock.task is not None:
                sock.task.cancel()
        return {"bye": True}

    async def handle(self, command):
        name = command.get("cmd")
        if name == "open":
            return await self.open(int(command["count"]))
        if name == "join":
            return await self.join(int(command.get("server", 0)))
        if name == "leave":
            return await self.leave()
        if name == "probe":
            return await self.wait_for(
                command["expected"], command["t0"], command.get("timeout", 10)
            )
        if name == "churn":
            return await self.churn(float(command["rate"]), float(command["seconds"]))
        if name == "stats":
            return self.stats()
        if name == "quit":
            return await self.quit()
        return {"error": f"unknown command {name!r}"}


async def main_async(args):
    worker = Worker(args)
    loop = asyncio.get_running_loop()
    # A worker whose orchestrator vanished must not linger.
    loop.call_later(args.max_seconds, os._exit, 2)
    reader = asyncio.StreamReader(limit=1 << 20)
    await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), sys.stdin
    )
    while True:
        line = await reader.readline()
        if not line:
            await worker.quit()
            return
        command = json.loads(line)
        try:
            answer = await worker.handle(command)
        except Exception as exc:  # noqa: BLE001 - reported to the orchestrator
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
        if command.get("cmd") == "quit":
            return


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--id", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--urls", required=True, help="comma-separated ws:// URLs")
    parser.add_argument("--origin", default="http://127.0.0.1")
    parser.add_argument("--addresses", default="127.0.1.1-127.0.1.254")
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=1500)
    return parser.parse_args(argv)


def main(argv=None):
    asyncio.run(main_async(parse_args(argv)))


if __name__ == "__main__":
    main()
