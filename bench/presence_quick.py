"""
Quick figures for the live counter, on loopback only, bounded in time.

    .venv/bin/python bench/presence_quick.py [--sockets 2000] [--window 30]

Starts a private redis-server (port 16399) and two daphne processes
(ports 18190-18191, started as the real stack starts them: its daphne
options and settings, default presence settings),
then measures:

- memory per idle socket: RSS of one daphne process before and after it
  holds N sockets (N distinct visitors on 50 pages, from 127.0.1.x source
  addresses so no per-address limit applies);
- Redis commands per second that process sends while it holds them
  (as Redis counts them, calls inside its Lua scripts included, and the
  commands it sends), over a window of at least three heartbeats;
- the time from a clean close on one process to the new number on a
  socket of the other, over several trials.

Everything it starts is stopped when it ends, whatever happens.
"""

import argparse
import asyncio
import contextlib
import json
import random
import signal
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deploy import processes  # noqa: E402

REDIS_PORT = 16399
DAPHNE_PORTS = (18190, 18191)
PER_ADDRESS = 100  # below PRESENCE_MAX_VISITORS_PER_IP (128)
DEADLINE = 600  # seconds: the whole run never takes longer


def rss_kb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def redis_info(section):
    import redis

    client = redis.Redis(port=REDIS_PORT)
    try:
        return client.info(section)
    finally:
        client.close()


def start_daphne(port, workdir):
    """daphne as the real stack runs it (its options and settings), on SQLite."""
    env = processes.server_environment(
        database_url=f"sqlite:///{Path(workdir) / 'db.sqlite3'}",
        redis_url=f"redis://127.0.0.1:{REDIS_PORT}/0",
        site_url=f"http://127.0.0.1:{port}",
        secret_key="bench-only-secret-key",  # noqa: S106 - loopback only
        # Plain HTTP on loopback: no redirect to HTTPS.
        overrides={
            "SECURE_SSL_REDIRECT": "0",
            # The load's made-up paths count as pages, as real ones do.
            "PRESENCE_PAGE_VALIDATOR": "",
        },
    )
    return processes.Daphne(workdir, f"daphne-{port}", env=env, port=port).start()


class Socket:
    def __init__(self, port, visitor, page, source):
        self.url = f"ws://127.0.0.1:{port}/ws/presence/?visitor={visitor}&page={page}"
        self.origin = f"http://127.0.0.1:{port}"
        self.source = source
        self.frames = []
        self.changed = asyncio.Event()

    async def open(self):
        from websockets.asyncio.client import connect

        self.ws = await connect(
            self.url,
            origin=self.origin,
            proxy=None,
            compression=None,
            ping_interval=None,
            open_timeout=60,
            local_addr=(self.source, 0),
        )
        self.reader = asyncio.ensure_future(self._read())
        return self

    async def _read(self):
        try:
            async for message in self.ws:
                self.frames.append((time.monotonic(), json.loads(message)))
                self.changed.set()
        except Exception:  # noqa: S110 - the bench only stops reading
            pass

    async def close(self):
        await self.ws.close()


def visitor_id(n):
    return f"{n:032x}"


async def open_many(port, count, offset=0):
    sockets = []
    for n in range(count):
        source = f"127.0.1.{1 + (offset + n) // PER_ADDRESS}"
        page = f"/news/{n % 50 + 1}/story/"
        sockets.append(Socket(port, visitor_id(offset + n), page, source))
    # Open in batches so the handshakes do not all time out together.
    for start in range(0, count, 200):
        await asyncio.gather(*(s.open() for s in sockets[start : start + 200]))
    return sockets


async def measure_memory_and_commands(daphne, port, count, window):
    await asyncio.sleep(3)
    before = rss_kb(daphne.pid)
    sockets = await open_many(port, count)
    # Let every socket get its first frame and a tick or two pass.
    deadline = time.monotonic() + 60
    while sum(1 for s in sockets if s.frames) < count:
        if time.monotonic() > deadline:
            raise TimeoutError("not every socket got its first frame")
        await asyncio.sleep(0.2)
    await asyncio.sleep(5)
    after = rss_kb(daphne.pid)

    stats_before = redis_info("stats")["total_commands_processed"]
    calls_before = redis_info("commandstats")
    started = time.monotonic()
    await asyncio.sleep(window)
    elapsed = time.monotonic() - started
    stats_after = redis_info("stats")["total_commands_processed"]
    calls_after = redis_info("commandstats")
    total = (stats_after - stats_before) / elapsed
    per_command = {
        name.removeprefix("cmdstat_"): round(
            (calls_after[name]["calls"] - calls_before.get(name, {"calls": 0})["calls"])
            / elapsed,
            1,
        )
        for name in calls_after
    }
    per_command = {k: v for k, v in per_command.items() if v}
    # What runs inside the scripts is not sent over the wire.
    inside = {"zadd", "zcount", "zcard", "zrem", "zrangebyscore", "sadd", "srem"}
    inside |= {"sismember", "pexpire", "del", "unlink", "time", "zrevrange"}
    # This bench's own INFO calls are not the process's.
    sent = sum(v for k, v in per_command.items() if k not in inside | {"info"})
    online = sockets[0].frames[-1][1]["online"]
    return sockets, {
        "sockets": count,
        "online_seen": online,
        "rss_before_kb": before,
        "rss_after_kb": after,
        "kb_per_socket": round((after - before) / count, 1),
        "redis_window_s": round(elapsed, 1),
        # As Redis counts them: the calls inside scripts count too.
        "redis_commands_per_s": round(total, 1),
        # Commands sent by the process (its scripts and the rest).
        "redis_sent_per_s": round(sent, 1),
        "redis_commands_per_s_by_name": per_command,
    }


async def measure_close_latency(ports, trials):
    """A clean close on the second process, seen by a socket on the first."""
    watcher = await Socket(ports[0], visitor_id(10**6), "/watch/", "127.0.0.1").open()
    delays = []
    for trial in range(trials):
        closer = await Socket(
            ports[1], visitor_id(10**6 + 1 + trial), "/watch/", "127.0.0.1"
        ).open()
        # Wait until the watcher has seen the join, then a random moment.
        await wait_for_page(watcher, 2)
        await asyncio.sleep(random.uniform(0, 2))
        watcher.changed.clear()
        closed_at = time.monotonic()
        await closer.close()
        seen_at = await wait_for_page(watcher, 1)
        delays.append(seen_at - closed_at)
    await watcher.close()
    return {
        "trials": trials,
        "close_to_other_process_median_s": round(statistics.median(delays), 2),
        "close_to_other_process_max_s": round(max(delays), 2),
    }


async def wait_for_page(socket, readers, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        if socket.frames and socket.frames[-1][1].get("page") == readers:
            return socket.frames[-1][0]
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"page count never became {readers}")
        socket.changed.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(socket.changed.wait(), remaining)


async def run(args, daphnes):
    sockets, figures = await measure_memory_and_commands(
        daphnes[0], DAPHNE_PORTS[0], args.sockets, args.window
    )
    figures.update(await measure_close_latency(DAPHNE_PORTS, args.trials))
    for start in range(0, len(sockets), 500):
        await asyncio.gather(*(s.close() for s in sockets[start : start + 500]))
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--sockets", type=int, default=2000)
    parser.add_argument("--window", type=float, default=30.0)
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    if args.sockets > PER_ADDRESS * 250:
        parser.error("too many sockets for the 127.0.1.x source addresses")

    import tempfile

    workdir = tempfile.mkdtemp(prefix="presence-bench-")
    redis_server = processes.Redis(
        workdir, f"redis://127.0.0.1:{REDIS_PORT}/0", reuse=False
    )
    signal.signal(signal.SIGALRM, lambda *_: sys.exit("bench: deadline reached"))
    signal.alarm(DEADLINE)
    processes.install_signal_handlers()
    try:
        redis_server.start()
        daphnes = [start_daphne(port, workdir) for port in DAPHNE_PORTS]
        figures = asyncio.run(run(args, daphnes))
        print(json.dumps(figures, indent=2))
    finally:
        signal.alarm(0)
        processes.stop_all()


if __name__ == "__main__":
    main()
