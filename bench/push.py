"""
Breaking news and live entries pushed to open sockets (issue 16).

``python -m bench.push [--sockets N] [--readers M]`` on its own, or as part
of ``make bench`` (``bench.run``). Starts a private Redis and two daphne
processes (the portal as deployed, on SQLite in a temporary folder), opens
N sockets spread over both from worker processes, M of them on one
article's page and the rest on other pages, then:

- publishes breaking banners on the site-wide channel (the message the
  services publish once a save is committed) and measures the time until
  every socket has the frame (p50, p99) and the daphne processes' CPU per
  recipient, above their idle CPU over the same time;
- publishes an entry of that article: the time until all its readers have
  it, and the CPU of an entry on a page nobody reads (what the other
  sockets cost: should be about nothing);
- ``transport``: before choosing, the same message through redis-py's
  pub/sub and through the channel layers (one subscriber process).

The save itself (database write, rendering the entry once) is not in the
figures: it happens once per change, whatever the number of readers.
"""

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import procs, services

PORT_REDIS = 16510
PORTS_DAPHNE = (18530, 18531)
OPEN_CONCURRENCY = 48


def percentile(values, pct):
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def log(message):
    print(f"[push {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr)


# The worker: python -m bench.push worker (driven over stdin/stdout)


class Worker:
    def __init__(self):
        self.sockets = []  # dicts: url, reader, connected, got
        self.errors = {}

    async def _run(self, sock, ready):
        from websockets.asyncio.client import connect

        try:
            async with connect(
                sock["url"],
                origin=sock["origin"],
                compression=None,
                open_timeout=60,
                ping_interval=None,
                close_timeout=2,
                max_queue=16,
            ) as ws:
                ready.set_result(True)
                async for message in ws:
                    frame = json.loads(message)
                    kind = frame.get("type")
                    if kind == "presence":
                        sock["connected"] = True
                    elif kind == "breaking" and frame["article"]:
                        sock["got"].setdefault(
                            ("breaking", frame["article"]["headline"]), time.time()
                        )
                    elif kind == "entries":
                        for entry in frame["entries"]:
                            sock["got"].setdefault(("entry", entry["id"]), time.time())
        except Exception as exc:  # noqa: BLE001 - counted and reported
            name = type(exc).__name__
            self.errors[name] = self.errors.get(name, 0) + 1
            if not ready.done():
                ready.set_result(False)

    async def open(self, urls, count, readers, path, origin):
        started = time.monotonic()
        semaphore = asyncio.Semaphore(OPEN_CONCURRENCY)

        async def one(index):
            reader = index < readers
            page = path if reader else f"/news/{900000 + index % 50}/elsewhere/"
            sock = {
                "url": f"{urls[index % len(urls)]}?visitor={uuid.uuid4().hex}"
                f"&page={page}",
                "origin": origin,
                "reader": reader,
                "connected": False,
                "got": {},
            }
            async with semaphore:
                ready = asyncio.get_running_loop().create_future()
                sock["task"] = asyncio.ensure_future(self._run(sock, ready))
                if await ready:
                    self.sockets.append(sock)

        await asyncio.gather(*(one(i) for i in range(count)))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
            s["connected"] for s in self.sockets
        ):
            await asyncio.sleep(0.1)
        return {
            "opened": len(self.sockets),
            "connected": sum(s["connected"] for s in self.sockets),
            "seconds": round(time.monotonic() - started, 1),
            "errors": self.errors,
        }

    async def collect(self, key, readers_only, timeout):
        key = tuple(key)
        wanted = [s for s in self.sockets if s["reader"] or not readers_only]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not all(key in s["got"] for s in wanted):
            await asyncio.sleep(0.01)
        others = [s for s in self.sockets if not s["reader"]] if readers_only else []
        return {
            "times": [s["got"][key] for s in wanted if key in s["got"]],
            "missing": sum(key not in s["got"] for s in wanted),
            "others_got": sum(key in s["got"] for s in others),
        }

    async def serve(self):
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), sys.stdin
        )
        while True:
            line = await reader.readline()
            if not line:
                break
            command = json.loads(line)
            if command["cmd"] == "open":
                answer = await self.open(
                    command["urls"],
                    command["count"],
                    command["readers"],
                    command["path"],
                    command["origin"],
                )
            elif command["cmd"] == "collect":
                answer = await self.collect(
                    command["key"], command["readers_only"], command["timeout"]
                )
            elif command["cmd"] == "others":
                # Entries frames seen on sockets of other pages, all told.
                answer = {
                    "entries": sum(
                        1
                        for s in self.sockets
                        if not s["reader"]
                        for k in s["got"]
                        if k[0] == "entry"
                    )
                }
            else:
                break
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()
        for sock in self.sockets:
            sock["task"].cancel()


class Workers:
    def __init__(self, count, workdir):
        self.processes = [
            procs.spawn(
                [services.PYTHON, "-m", "bench.push", "worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                log=Path(workdir) / f"push-worker-{i}.log",
            )
            for i in range(count)
        ]

    def ask(self, commands):
        for process, command in zip(self.processes, commands, strict=True):
            process.stdin.write((json.dumps(command) + "\n").encode())
            process.stdin.flush()
        answers = []
        for process in self.processes:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError("a push worker exited")
            answers.append(json.loads(line))
        return answers

    def stop(self):
        for process in self.processes:
            with contextlib.suppress(OSError):
                process.stdin.write(b'{"cmd": "quit"}\n')
                process.stdin.flush()
            procs.stop(process, timeout=5)


# The measurement


def _shares(total, parts):
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def _until(seconds=3600):
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(
        timespec="seconds"
    )


def _cpu(processes):
    return sum(procs.cpu_seconds(p.pid) for p in processes)


def _publish(redis, data):
    redis.client().publish("{coverage}:messages", data)


def _push(redis, daphnes, workers, data, key, readers_only, recipients):
    """Publish ``data``; return delays (ms), CPU ms per recipient, missing."""
    # Idle CPU over a comparable window, subtracted below.
    before = _cpu(daphnes)
    time.sleep(1.0)
    idle_per_second = _cpu(daphnes) - before
    cpu_before = _cpu(daphnes)
    t0 = time.time()
    _publish(redis, data)
    answers = workers.ask(
        [
            {"cmd": "collect", "key": key, "readers_only": readers_only, "timeout": 30}
            for _ in workers.processes
        ]
    )
    elapsed = time.time() - t0
    cpu = _cpu(daphnes) - cpu_before - idle_per_second * elapsed
    times = [t for a in answers for t in a["times"]]
    delays = [(t - t0) * 1000 for t in times]
    return {
        "p50_ms": round(percentile(delays, 50), 1) if delays else None,
        "p99_ms": round(percentile(delays, 99), 1) if delays else None,
        "max_ms": round(max(delays), 1) if delays else None,
        "received": len(times),
        "missing": sum(a["missing"] for a in answers),
        "others_got": sum(a["others_got"] for a in answers),
        "cpu_ms": round(max(cpu, 0.0) * 1000, 1),
        "cpu_ms_per_recipient": round(max(cpu, 0.0) * 1000 / recipients, 4)
        if recipients
        else None,
    }


def _prepare(workdir):
    """A migrated SQLite database with one published article."""
    env = services.app_env(
        database_url=f"sqlite:///{Path(workdir) / 'push.sqlite3'}",
        redis_url="",
        workdir=workdir,
        extra={"DEBUG": "0"},
    )
    services.manage(env, "migrate", "--noinput", settings="portal.settings")
    out = services.manage(
        env,
        "shell",
        "-c",
        "from django.utils import timezone; "
        "from articles.models import Article, Section; "
        "s = Section.objects.create(name='Bench', slug='bench'); "
        "a = Article.objects.create(headline='Bench live story', lead='x', "
        "section=s, status='published', published_at=timezone.now()); "
        "print(a.pk, a.get_absolute_url())",
        settings="portal.settings",
    )
    article_id, path = out.split()[-2:]
    return env, int(article_id), path


def run(sockets=2000, readers=None, workers=2, rounds=3, workdir=None, log=log):
    """Run the push figures; returns a dict (``make bench`` stores it)."""
    readers = readers if readers is not None else sockets // 5
    own_workdir = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="portal-push-"))
    redis = services.Redis(PORT_REDIS, workdir)
    daphnes = []
    pool = None
    try:
        redis.start()
        env, article_id, path = _prepare(workdir)
        env = {
            **env,
            "REDIS_URL": redis.url,
            "PRESENCE_MAX_CONNECTIONS_PER_IP": "1000000",
            "PRESENCE_MAX_VISITORS_PER_IP": "1000000",
            "COVERAGE_BREAKING_INTERVAL": "1",
        }
        for port in PORTS_DAPHNE:
            daphnes.append(
                services.start_daphne(
                    "portal.asgi:application", port, env, workdir, "portal.settings"
                )
            )
        urls = [f"ws://127.0.0.1:{port}/ws/presence/" for port in PORTS_DAPHNE]
        pool = Workers(workers, workdir)
        log(f"opening {sockets} sockets ({readers} on the article) ...")
        opened = pool.ask(
            [
                {
                    "cmd": "open",
                    "urls": urls,
                    "count": count,
                    "readers": reader_count,
                    "path": path,
                    "origin": "http://127.0.0.1",
                }
                for count, reader_count in zip(
                    _shares(sockets, workers), _shares(readers, workers), strict=True
                )
            ]
        )
        connected = sum(a["connected"] for a in opened)
        log(f"connected {connected} in {max(a['seconds'] for a in opened)} s")
        time.sleep(2)  # the subscriptions settle; first pushes not merged
        result = {
            "sockets": connected,
            "readers": readers,
            "processes": len(daphnes),
            "load": os.getloadavg(),
            "breaking": [],
            "entry": [],
            "entry_nobody": [],
        }
        from coverage import frames

        # A first push runs cold code paths in each process: not counted.
        warm = {"id": article_id, "headline": "warm", "url": path, "until": _until()}
        _push(
            redis, daphnes, pool, frames.breaking_message(warm), ("breaking", "warm"),
            False, connected,
        )  # fmt: skip
        time.sleep(1.2)
        for n in range(rounds):
            headline = f"bench banner {n}"
            data = frames.breaking_message(
                {"id": article_id, "headline": headline, "url": path, "until": _until()}
            )
            result["breaking"].append(
                _push(
                    redis, daphnes, pool, data, ("breaking", headline), False, connected
                )
            )
            log(f"breaking {n}: {result['breaking'][-1]}")
            time.sleep(1.2)  # past the rate cap
        for n in range(rounds):
            entry_id = 10_000_000 + n
            entry = {"id": entry_id, "html": f"<li data-entry='{entry_id}'></li>"}
            data = frames.entries_message(
                article=article_id, path=path, entries=[entry], deleted=[], live=True
            )
            result["entry"].append(
                _push(redis, daphnes, pool, data, ("entry", entry_id), True, readers)
            )
            log(f"entry {n}: {result['entry'][-1]}")
            nobody = frames.entries_message(
                article=999999,
                path="/news/999999/nobody-reads-this/",
                entries=[{"id": entry_id + 100, "html": ""}],
                deleted=[],
                live=True,
            )
            before = _cpu(daphnes)
            time.sleep(1.0)
            idle = _cpu(daphnes) - before
            before = _cpu(daphnes)
            _publish(redis, nobody)
            time.sleep(1.0)
            spent = max(0.0, _cpu(daphnes) - before - idle)
            result["entry_nobody"].append({"cpu_ms": round(spent * 1000, 1)})
        result["others_entries_frames"] = sum(
            a["entries"] for a in pool.ask([{"cmd": "others"}] * workers)
        )
        result["load_after"] = os.getloadavg()
        return result
    finally:
        if pool is not None:
            pool.stop()
        for daphne in daphnes:
            daphne.stop()
        redis.stop()
        if own_workdir and not os.environ.get("BENCH_KEEP"):
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)


# Choosing the transport: redis-py pub/sub or a channel layer


async def _subscribe(kind, url, count):
    """Receive ``count`` messages; return latencies (ms) and CPU seconds."""
    latencies = []
    if kind == "redis-py":
        import redis.asyncio

        client = redis.asyncio.Redis.from_url(url)
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe("{coverage}:bench")
        print("ready", flush=True)
        cpu = None
        deadline = time.monotonic() + 60
        while len(latencies) < count and time.monotonic() < deadline:
            # None also for the subscription's own (ignored) message.
            message = await pubsub.get_message(timeout=1)
            if message is None:
                continue
            cpu = cpu if cpu is not None else time.process_time()
            latencies.append((time.time() - float(message["data"])) * 1000)
        await pubsub.aclose()
        await client.aclose()
    else:
        layer = _layer(kind, url)
        channel = await layer.new_channel()
        await layer.group_add("coverage-bench", channel)
        print("ready", flush=True)
        cpu = None
        while len(latencies) < count:
            try:
                message = await asyncio.wait_for(layer.receive(channel), 5)
            except TimeoutError:
                break
            cpu = cpu if cpu is not None else time.process_time()
            latencies.append((time.time() - message["t"]) * 1000)
    return latencies, time.process_time() - (cpu or time.process_time())


def _layer(kind, url):
    if kind == "pubsub-layer":
        from channels_redis.pubsub import RedisPubSubChannelLayer

        return RedisPubSubChannelLayer(hosts=[url])
    from channels_redis.core import RedisChannelLayer

    return RedisChannelLayer(hosts=[url])


async def _publish_many(kind, url, count, interval):
    if kind == "redis-py":
        import redis.asyncio

        client = redis.asyncio.Redis.from_url(url)
        for _ in range(count):
            await client.publish("{coverage}:bench", str(time.time()))
            await asyncio.sleep(interval)
        await client.aclose()
        return
    layer = _layer(kind, url)
    for _ in range(count):
        await layer.group_send("coverage-bench", {"type": "x", "t": time.time()})
        await asyncio.sleep(interval)


def transport(count=1000, interval=0.002, workdir=None):
    """The same message stream through each transport, one subscriber."""
    workdir = Path(workdir or tempfile.mkdtemp(prefix="portal-push-"))
    redis = services.Redis(PORT_REDIS + 1, workdir)
    redis.start()
    results = {}
    try:
        for kind in ("redis-py", "pubsub-layer", "core-layer"):
            subscriber = procs.spawn(
                [services.PYTHON, "-m", "bench.push", "subscribe", kind, redis.url,
                 str(count)],
                stdout=subprocess.PIPE,
                log=workdir / f"subscribe-{kind}.log",
            )  # fmt: skip
            assert subscriber.stdout.readline().strip() == b"ready"
            time.sleep(0.3)
            asyncio.run(_publish_many(kind, redis.url, count, interval))
            out, _ = subscriber.communicate(timeout=60)
            data = json.loads(out)
            latencies = data["latencies"]
            results[kind] = {
                "received": len(latencies),
                "p50_ms": round(percentile(latencies, 50), 2),
                "p99_ms": round(percentile(latencies, 99), 2),
                "cpu_us_per_message": round(data["cpu"] * 1e6 / max(1, len(latencies))),
            }
    finally:
        redis.stop()
    return results


def markdown(result):
    """The push figures as a Markdown section for the report."""
    lines = ["## Breaking news and live entries (issue 16)", ""]
    if not result or "sockets" not in result:
        return "\n".join([*lines, "Not run.", ""])
    load = ", ".join(f"{x:.2f}" for x in result["load"])
    lines += [
        f"{result['sockets']} sockets over {result['processes']} daphne processes, "
        f"{result['readers']} of them on the live story; load average {load}.",
        "",
        "| push | to | p50 | p99 | max | missing | CPU per recipient |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, key, to in (
        ("breaking banner", "breaking", "every socket"),
        ("live entry", "entry", "the article's readers"),
    ):
        for row in result[key]:
            lines.append(
                f"| {name} | {to} ({row['received']}) | {row['p50_ms']} ms | "
                f"{row['p99_ms']} ms | {row['max_ms']} ms | {row['missing']} | "
                f"{row['cpu_ms_per_recipient']} ms |"
            )
    nobody = ", ".join(f"{r['cpu_ms']} ms" for r in result["entry_nobody"])
    lines += [
        "",
        f"An entry of a page nobody reads, CPU of both processes above idle: "
        f"{nobody}; entries frames seen on sockets of other pages: "
        f"{result['others_entries_frames']}.",
        "",
    ]
    if result.get("transport"):
        lines += [
            "| transport (one subscriber) | p50 | p99 | CPU per message |",
            "|---|---|---|---|",
        ]
        for kind, row in result["transport"].items():
            lines.append(
                f"| {kind} | {row['p50_ms']} ms | {row['p99_ms']} ms | "
                f"{row['cpu_us_per_message']} µs |"
            )
        lines.append("")
    return "\n".join(lines)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["worker"]:
        asyncio.run(Worker().serve())
        return
    if argv[:1] == ["subscribe"]:
        kind, url, count = argv[1], argv[2], int(argv[3])
        latencies, cpu = asyncio.run(_subscribe(kind, url, count))
        print(json.dumps({"latencies": latencies, "cpu": cpu}))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sockets", type=int, default=2000)
    parser.add_argument("--readers", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-transport", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(services.ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ.setdefault("DEBUG", "1")
    procs.install_signal_handlers()
    try:
        result = run(args.sockets, args.readers, args.workers, args.rounds)
        if not args.no_transport:
            log("transport ...")
            result["transport"] = transport()
    finally:
        procs.stop_all()
    print(json.dumps(result, indent=2))
    print(markdown(result))


if __name__ == "__main__":
    main()
