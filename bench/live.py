"""
The live counter: idle sockets over two daphne processes sharing Redis,
for the portal and for the two baselines, on the same sockets.

For each implementation and each size the orchestrator records:

- resident memory per socket per process (growth since a warm start);
- process CPU per second, idle and with one join or leave a second per
  100 sockets (the tick, the heartbeat and daphne's own pings);
- join/leave latency: a probe socket joins (or leaves) on process A; the
  delay until sockets on process B show the new number (p50, p99), and
  until every socket does;
- CPU per recipient of one count change: server and Redis CPU spent while
  the change spreads, less the idle rate, divided by the sockets;
- Redis commands per second and Redis memory per visitor.
"""

import contextlib
import json
import statistics
import subprocess
import time
from pathlib import Path

from . import procs, services

PORTS = (18530, 18531)
IMPLEMENTATIONS = {
    # name: (ASGI application, settings module, label)
    "portal": ("portal.asgi:application", "portal.settings", "portal (presence/)"),
    "groups": ("bench.asgi:groups", "bench.settings", "baseline 1: Channels group"),
    "database": (
        "bench.asgi:database",
        "bench.settings",
        "baseline 2: database rows",
    ),
}
WARM_SOCKETS = 40
# Set while sockets are being opened: the baselines hold their broadcasts
# (bench/baselines/consumers.py); the portal does not read it.
QUIET_KEY = "bench:quiet"
NOTES = [
    "Sockets connect from 127.0.1.1-127.0.1.254 (each load generator worker "
    "its own slice), half to each daphne process; every socket is a visitor "
    "of its own on one of 20 pages; no per-address limit was raised.",
    "Memory per socket: resident memory growth of each daphne process since "
    f"a warm start with {WARM_SOCKETS} sockets, divided by its sockets.",
    "CPU per process: everything the process did (tick, heartbeat, daphne's "
    "pings); churn: one join or leave a second per 100 sockets.",
    "CPU per recipient: CPU of both servers and Redis while one count "
    "change spreads to every socket, less the idle rate, per socket.",
    "The baselines broadcast at most once a second per process and count "
    "sockets site-wide only; the portal also counts readers per page and "
    "distinct visitors. While sockets are being opened (set-up, not "
    "measured) the baselines hold their broadcasts, or opening 20,000 "
    "sockets would take longer than the whole run; every figure is "
    "measured with broadcasts on.",
]


class LoadGenerator:
    """Worker processes of bench.wsload, driven over pipes."""

    def __init__(
        self, workers, urls, workdir, addresses="127.0.1.1-127.0.1.254", origin=None
    ):
        self.processes = []
        for index in range(workers):
            self.processes.append(
                procs.spawn(
                    [
                        services.PYTHON,
                        "-m",
                        "bench.wsload",
                        "--id",
                        str(index),
                        "--workers",
                        str(workers),
                        "--urls",
                        ",".join(urls),
                        "--addresses",
                        addresses,
                        # The site's own origin: the socket refuses others.
                        *(["--origin", origin] if origin else []),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    log=Path(workdir) / f"wsload-{index}.log",
                )  # fmt: skip
            )

    def ask(self, command, only=None):
        """Send ``command`` (a dict, or one per worker) and read the answers."""
        targets = (
            list(enumerate(self.processes))
            if only is None
            else [(only, self.processes[only])]
        )
        for index, process in targets:
            payload = command[index] if isinstance(command, list) else command
            process.stdin.write((json.dumps(payload) + "\n").encode())
            process.stdin.flush()
        answers = []
        for _, process in targets:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError("a load generator worker exited")
            answers.append(json.loads(line))
        return answers

    def open(self, count):
        share = [
            count // len(self.processes) + (1 if i < count % len(self.processes) else 0)
            for i in range(len(self.processes))
        ]
        answers = self.ask([{"cmd": "open", "count": n} for n in share])
        return {
            "opened": sum(a.get("opened", 0) for a in answers),
            "failed": sum(a.get("failed", 0) for a in answers),
            "seconds": max(a.get("seconds", 0) for a in answers),
            "errors": [a.get("errors") for a in answers if a.get("errors")],
        }

    def stats(self):
        answers = self.ask({"cmd": "stats"})
        online = {}
        for answer in answers:
            for value, n in answer.get("online", {}).items():
                online[value] = online.get(value, 0) + n
        return {
            "sockets": sum(a["sockets"] for a in answers),
            "frames": sum(a["frames"] for a in answers),
            "online": online,
        }

    def stop(self):
        for process in self.processes:
            try:
                process.stdin.write(b'{"cmd": "quit"}\n')
                process.stdin.flush()
            except OSError:
                pass
        deadline = time.monotonic() + 15
        for process in self.processes:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            procs.stop(process, timeout=3)


def percentile(values, pct):
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


class Servers:
    def __init__(self, name, env, workdir):
        app, settings, _ = IMPLEMENTATIONS[name]
        self.processes = [
            services.start_daphne(app, port, env, workdir, settings=settings)
            for port in PORTS
        ]

    @property
    def pids(self):
        return [p.pid for p in self.processes]

    def cpu(self):
        return [procs.cpu_seconds(pid) for pid in self.pids]

    def rss(self):
        return [procs.rss_bytes(pid) for pid in self.pids]

    def alive(self):
        return all(p.running() for p in self.processes)

    def stop(self):
        for process in self.processes:
            process.stop()


def current_online(load):
    """The number most sockets show now."""
    online = load.stats()["online"]
    values = {int(k): n for k, n in online.items() if k not in ("None", "null")}
    return max(values, key=values.get) if values else None


def wait_settled(load, expected, timeout):
    """
    Wait until 99 % of the sockets show one number, twice in a row (so the
    last broadcast has been delivered); True when it is ``expected``.
    """
    deadline = time.monotonic() + timeout
    previous = None
    while time.monotonic() < deadline:
        stats = load.stats()
        values = {k: n for k, n in stats["online"].items() if k != "None"}
        if values:
            top = max(values, key=values.get)
            if values[top] >= 0.99 * stats["sockets"] and top == previous:
                return int(top) == expected
            previous = top
        time.sleep(0.5)
    return False


def wait_quiet(servers, limit_ms=150, timeout=40):
    """
    Wait until each server process uses less than ``limit_ms`` of CPU a
    second (a broadcast still being delivered would distort "idle").
    """
    deadline = time.monotonic() + timeout
    before = servers.cpu()
    while time.monotonic() < deadline:
        time.sleep(1)
        now = servers.cpu()
        if all((b - a) * 1000 < limit_ms for a, b in zip(before, now, strict=True)):
            return True
        before = now
    return False


def probe(load, servers, redis, kind, expected, idle_rate, timeout):
    """One join or leave on process A; how it reached every socket."""
    cpu_before = sum(servers.cpu()) + redis.cpu()
    started = time.monotonic()
    if kind == "join":
        t0 = load.ask({"cmd": "join", "server": 0}, only=0)[0]["t0"]
    else:
        t0 = load.ask({"cmd": "leave"}, only=0)[0]["t0"]
    answers = load.ask({"cmd": "probe", "expected": expected, "t0": t0,
                        "timeout": timeout})  # fmt: skip
    elapsed = time.monotonic() - started
    cpu = sum(servers.cpu()) + redis.cpu() - cpu_before
    on_b = [d for a in answers for d in a["delays"].get("1", [])]
    every = [d for a in answers for ds in a["delays"].values() for d in ds]
    missing = sum(a["missing"] for a in answers)
    sockets = sum(a["sockets"] for a in answers)
    return {
        "kind": kind,
        "b_delays": on_b,
        "all_max": max(every) if every and not missing else None,
        "missing": missing,
        "recipients": sockets,
        "cpu_per_recipient_ms": max(0.0, cpu - idle_rate * elapsed)
        * 1000
        / max(1, sockets),
    }


def measure_level(load, servers, redis, size, have, config, base, probe_pairs):
    """Everything about one size; ``base`` holds the warm-start readings."""
    settle = config.settle_seconds
    time.sleep(settle)
    expected = base["warm"] + have
    settled = wait_settled(load, expected, 45)
    row = {"sockets": size, "settled": settled, "expected_online": expected,
           "online_seen": load.stats()["online"]}  # fmt: skip
    quiet_started = time.monotonic()
    row["quiet"] = wait_quiet(servers, timeout=config.quiet_timeout)
    row["quiet_wait_s"] = round(time.monotonic() - quiet_started, 1)
    rss = servers.rss()
    per_process = have / 2
    row["kb_per_socket"] = [
        round((now - before) / 1024 / per_process, 1)
        for now, before in zip(rss, base["rss"], strict=True)
    ]
    row["rss_mb"] = [round(r / 1048576) for r in rss]
    row["redis_bytes_per_visitor"] = round(
        (redis.used_memory() - base["redis_memory"]) / max(1, have)
    )
    # Idle: CPU of each process, Redis commands.
    window = config.idle_seconds
    cpu0, redis_cpu0, commands0 = servers.cpu(), redis.cpu(), redis.commands()
    time.sleep(window)
    cpu1, redis_cpu1, commands1 = servers.cpu(), redis.cpu(), redis.commands()
    row["idle_cpu_ms_per_s"] = [
        round((b - a) * 1000 / window, 1) for a, b in zip(cpu0, cpu1, strict=True)
    ]
    row["idle_redis_cmds_per_s"] = round((commands1 - commands0) / window, 1)
    idle_rate = (sum(cpu1) - sum(cpu0) + redis_cpu1 - redis_cpu0) / window
    # Joins and leaves on A, seen on B.
    probes = []
    online = current_online(load) or expected
    for _ in range(probe_pairs):
        for kind in ("join", "leave"):
            target = online + 1 if kind == "join" else online
            probes.append(
                probe(load, servers, redis, kind, target, idle_rate,
                      config.probe_timeout)
            )  # fmt: skip
            time.sleep(config.probe_gap)
    delays = [d for p in probes for d in p["b_delays"]]
    row["b_p50_ms"] = round(percentile(delays, 50) * 1000)
    row["b_p99_ms"] = round(percentile(delays, 99) * 1000)
    everyone = [p["all_max"] for p in probes]
    row["all_ms"] = (
        round(max(everyone) * 1000) if everyone and None not in everyone else None
    )
    row["probe_missing"] = sum(p["missing"] for p in probes)
    row["cpu_per_recipient_ms"] = round(
        statistics.median(p["cpu_per_recipient_ms"] for p in probes), 4
    )
    # Churn: one join or leave a second per 100 sockets, spread over workers.
    rate = size / 100 / len(load.processes)
    frames0 = load.stats()["frames"]
    cpu0, commands0 = servers.cpu(), redis.commands()
    redis_cpu0 = redis.cpu()
    answers = load.ask({"cmd": "churn", "rate": rate, "seconds": config.churn_seconds})
    window = config.churn_seconds
    cpu1, commands1 = servers.cpu(), redis.commands()
    redis_cpu1 = redis.cpu()
    frames = load.stats()["frames"] - frames0
    row["churn_events"] = sum(a.get("joins", 0) + a.get("leaves", 0) for a in answers)
    row["churn_cpu_ms_per_s"] = [
        round((b - a) * 1000 / window, 1) for a, b in zip(cpu0, cpu1, strict=True)
    ]
    row["churn_redis_cmds_per_s"] = round((commands1 - commands0) / window, 1)
    row["churn_frames"] = frames
    churn_cpu = sum(cpu1) - sum(cpu0) + redis_cpu1 - redis_cpu0
    row["churn_cpu_per_frame_ms"] = (
        round(churn_cpu * 1000 / frames, 4) if frames else None
    )
    row["servers_alive"] = servers.alive()
    return row


def run_one(name, config, workdir, env, redis, log):
    """All sizes for one implementation; returns a list of rows."""
    redis.flush()
    if name == "database":
        services.manage(
            env,
            "shell",
            "-c",
            "from bench.baselines.models import Presence; "
            "Presence.objects.all().delete()",
        )
    servers = Servers(name, env, workdir)
    urls = [f"ws://127.0.0.1:{port}/ws/presence/" for port in PORTS]
    load = LoadGenerator(config.ws_workers, urls, workdir, origin=env.get("SITE_URL"))
    rows = []
    budget = (
        config.implementation_budget
        if name != "portal"
        else max(config.implementation_budget, 900)
    )
    deadline = time.monotonic() + budget
    try:
        opened = load.open(WARM_SOCKETS)
        warm_sockets = opened["opened"]
        wait_settled(load, warm_sockets, 20)
        warm_online = current_online(load) or warm_sockets
        base = {
            "warm": warm_online,
            "rss": servers.rss(),
            "redis_memory": redis.used_memory(),
        }
        have = 0
        previous = None
        for size in config.sizes:
            if time.monotonic() > min(deadline, config.deadline):
                rows.append(
                    {
                        "sockets": size,
                        "skipped": "not started: its time budget was spent"
                        f" ({budget:.0f} s each, {config.run_budget:.0f} s in all)",
                    }
                )
                continue
            log(f"  {name}: opening sockets up to {size} ...")
            redis.client().set(QUIET_KEY, 1)
            try:
                opened = load.open(size - have)
            finally:
                redis.client().delete(QUIET_KEY)
            have += opened["opened"]
            if opened["failed"]:
                log(f"    {opened['failed']} failed: {opened['errors']}")
            log(f"    opened {opened['opened']} in {opened['seconds']} s; measuring")
            rss_before = servers.rss()
            # A baseline's broadcast to thousands of sockets takes seconds:
            # one join and one leave there, to keep the run within budget.
            pairs = config.probes if name == "portal" or size < 5000 else 1
            row = measure_level(load, servers, redis, size, have, config, base, pairs)
            if previous is not None and have > previous["have"]:
                added = (have - previous["have"]) / 2
                row["kb_per_added_socket"] = [
                    round((now - before) / 1024 / added, 1)
                    for now, before in zip(rss_before, previous["rss"], strict=True)
                ]
            previous = {"have": have, "rss": rss_before}
            have = load.stats()["sockets"] - warm_sockets
            row["open_seconds"] = opened["seconds"]
            row["open_failed"] = opened["failed"]
            if have < size * 0.98:
                row["note"] = f"only {have} of {size} sockets opened"
            rows.append(row)
            log(f"    {json.dumps(row)}")
            if not servers.alive() or have < size * 0.9:
                break
    finally:
        load.stop()
        servers.stop()
    return rows


def run(config, workdir, env, redis, log):
    results = {}
    for name in IMPLEMENTATIONS:
        log(f"Live counter: {IMPLEMENTATIONS[name][2]}")
        try:
            results[name] = run_one(name, config, workdir, env, redis, log)
        except Exception as exc:  # noqa: BLE001 - reported, the others go on
            log(f"  {name} failed: {type(exc).__name__}: {exc}")
            results[name] = [
                {"sockets": config.sizes[0], "skipped": f"failed: {exc}"[:200]}
            ]
    return results
