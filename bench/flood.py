"""
One socket flooding one daphne process (issue 12, finding 1): the process's
memory before, during and after, its CPU after, Redis commands.

    .venv/bin/python -m bench.flood [--seconds 6] [--root DIR]

``make bench`` runs it after the live counter (``run()``). Standalone it
starts its own Redis (port 16502) and an SQLite database. One daphne
(``python -m presence.serve``, as ``make run`` and ``make stack`` start it)
is flooded, for each kind of client message in turn, by an attacker for
``--seconds`` from one address, as fast as the server takes bytes, reading
nothing (so no pongs and no error frames either), reconnecting whenever the
server closes it; afterwards a fresh reader says what is still counted
(``online_after``: 1 is the reader itself). ``--root`` runs the server
from another checkout (the code before the fix, for comparison); the
attacker and the measurements stay.
"""

import argparse
import asyncio
import base64
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from deploy import processes

from . import procs, services

PORT = 18540
PORT_REDIS = 16502
KINDS = ("page", "ping", "invalid", "other", "binary")
ZERO_MASK = b"\x00\x00\x00\x00"  # a valid mask that leaves the bytes as they are
SAMPLE_SECONDS = 0.2


def frame(payload, opcode):
    """One masked client frame (a zero mask: no XOR to compute)."""
    head = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([0x80 | n])
    else:
        head += bytes([0x80 | 126]) + n.to_bytes(2, "big")
    return head + ZERO_MASK + payload


def flood_frames(kind, count=256):
    """A batch of frames of one kind, about 1 KB each where it can be."""
    frames = []
    for i in range(count):
        if kind == "page":
            path = f"/news/{random.randrange(10**9)}/" + "x" * 900 + f"{i}/"
            payload = json.dumps({"type": "page", "page": path}).encode()
            frames.append(frame(payload, 1))
        elif kind == "ping":
            frames.append(frame(os.urandom(125), 9))
        elif kind == "invalid":
            frames.append(frame(b"not json " * 100, 1))
        elif kind == "other":
            frames.append(frame(json.dumps({"type": "hello", "n": i}).encode(), 1))
        else:
            frames.append(frame(os.urandom(1000), 2))
    return b"".join(frames)


async def attack(kind, port, origin, seconds):
    """Flood for ``seconds``; return connections made and bytes written."""
    batch = flood_frames(kind)
    deadline = time.monotonic() + seconds
    connections = written = 0
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port), 5
            )
        except (OSError, TimeoutError):
            await asyncio.sleep(0.05)
            continue
        connections += 1
        visitor = os.urandom(16).hex()
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write(
            f"GET /ws/presence/?visitor={visitor}&page=/ HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            f"Sec-WebSocket-Version: 13\r\nOrigin: {origin}\r\n\r\n".encode()
        )
        try:
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            # From here on nothing is read: no frames, no pongs.
            while time.monotonic() < deadline and not writer.is_closing():
                writer.write(batch)
                written += len(batch)
                remaining = deadline - time.monotonic()
                await asyncio.wait_for(writer.drain(), max(remaining, 0.01))
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.transport.abort()
    return connections, written


async def witness_online(port, origin):
    """The online count a reading socket sees right now."""
    from websockets.asyncio.client import connect

    url = f"ws://127.0.0.1:{port}/ws/presence/?visitor={'f' * 32}&page=/"
    async with connect(url, origin=origin, proxy=None, open_timeout=10) as ws:
        return json.loads(await asyncio.wait_for(ws.recv(), 10))["online"]


class FloodedDaphne(processes.Daphne):
    """The deployed daphne (``presence.serve``), optionally from ``root``."""

    def __init__(self, workdir, env, root):
        env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings",
               "SITE_URL": f"http://127.0.0.1:{PORT}"}  # fmt: skip
        super().__init__(
            workdir, "flood-daphne", env=env, port=PORT, behind_proxy=False
        )
        self.root = root

    def spawn(self, argv, env=None, cwd=None, **kwargs):
        return super().spawn(argv, env=env, cwd=self.root, **kwargs)


def start_server(env, workdir, root):
    daphne = FloodedDaphne(workdir, env, root).start()
    return daphne.popen, daphne.log_file


async def measure(kind, process, redis, seconds, settle):
    origin = f"http://127.0.0.1:{PORT}"
    pid = process.pid
    row = {"kind": kind, "rss_before_mb": procs.rss_bytes(pid) / 1048576}
    commands0 = redis.commands()
    peak = 0
    task = asyncio.ensure_future(attack(kind, PORT, origin, seconds))
    while not task.done():
        peak = max(peak, procs.rss_bytes(pid))
        await asyncio.sleep(SAMPLE_SECONDS)
    connections, written = await task
    row["redis_cmds_per_s"] = (redis.commands() - commands0) / seconds
    row["rss_during_mb"] = peak / 1048576
    # After: the attacker has gone; how busy the process stays, and what
    # it keeps.
    cpu0 = procs.cpu_seconds(pid)
    await asyncio.sleep(settle)
    row["cpu_after_ms_per_s"] = (procs.cpu_seconds(pid) - cpu0) * 1000 / settle
    row["rss_after_mb"] = procs.rss_bytes(pid) / 1048576
    row["connections"] = connections
    row["sent_mb"] = written / 1048576
    try:
        row["online_after"] = await witness_online(PORT, origin)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        row["online_after"] = f"no answer: {exc.__class__.__name__}"
    row["alive"] = process.poll() is None
    return {k: round(v, 1) if isinstance(v, float) else v for k, v in row.items()}


async def measure_all(process, redis, seconds, settle, log):
    rows = []
    for kind in KINDS:
        if process.poll() is not None:
            break
        log(f"Flood: {kind} for {seconds} s ...")
        rows.append(await measure(kind, process, redis, seconds, settle))
    return rows


def run(config, workdir, env, redis, log, root=None):
    """All kinds against one fresh daphne; returns the rows."""
    seconds, settle = (3, 5) if config.quick else (6, 10)
    redis.flush()
    process, daphne_log = start_server(env, workdir, root or services.ROOT)
    try:
        # Warm up the code paths (one reader in and out) before "before".
        origin = f"http://127.0.0.1:{PORT}"
        asyncio.run(witness_online(PORT, origin))
        time.sleep(1)
        rows = asyncio.run(measure_all(process, redis, seconds, settle, log))
    finally:
        procs.stop(process)
    killed = daphne_log.read_text(errors="replace").count("was killed")
    for row in rows:
        row["instances_killed"] = killed
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=6)
    parser.add_argument("--settle", type=int, default=10)
    parser.add_argument("--root", default=None, help="serve from this checkout")
    args = parser.parse_args(argv)

    procs.install_signal_handlers()
    workdir = Path(tempfile.mkdtemp(prefix="portal-flood-"))
    redis = services.Redis(PORT_REDIS, workdir)
    try:
        redis.start()
        env = services.app_env(
            database_url=f"sqlite:///{workdir / 'flood.sqlite3'}",
            redis_url=redis.url,
            workdir=workdir,
            port=PORT,
        )
        services.manage(env, "migrate", "--noinput", settings="portal.settings")
        rows = asyncio.run(_standalone(env, workdir, redis, args))
    finally:
        procs.stop_all()
    print(json.dumps({"load": os.getloadavg(), "rows": rows}, indent=1))


async def _standalone(env, workdir, redis, args):
    process, _ = start_server(env, workdir, args.root or services.ROOT)
    try:
        await witness_online(PORT, f"http://127.0.0.1:{PORT}")
        await asyncio.sleep(1)
        return await measure_all(
            process,
            redis,
            args.seconds,
            args.settle,
            lambda m: print(m, file=sys.stderr),
        )
    finally:
        procs.stop(process)


if __name__ == "__main__":
    main()
