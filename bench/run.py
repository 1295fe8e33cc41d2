"""
The benchmark: ``make bench`` (about 20 minutes) or ``make bench QUICK=1``
(about 3), i.e. ``python -m bench.run [--quick]``.

Starts everything it needs on its own ports (a private Redis, daphne,
gunicorn, nginx), loads the demo content into the ``portal_bench`` database,
measures pages with wrk and the live counter with websocket load generator
processes against the portal and the two baselines, prints one report and
writes it to bench/results/. Every process it started is stopped at the
end, also after a failure or Ctrl+C.
"""

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from . import (
    desk,
    flood,
    live,
    pages,
    procs,
    push,
    report,
    services,
    upload_memory,
    wrk,
)

RESULTS = services.ROOT / "bench" / "results"
# BENCH_REDIS_PORT moves both (a shared machine: another run's Redis).
PORT_REDIS_PAGES = int(os.environ.get("BENCH_REDIS_PORT") or 16500)
PORT_REDIS_LIVE = PORT_REDIS_PAGES + 1


@dataclass
class Config:
    quick: bool = False
    http_seconds: int = 4
    http_runs: int = 3
    sizes: list = field(default_factory=lambda: [1000, 5000, 10000, 20000])
    ws_workers: int = 4
    settle_seconds: float = 3
    idle_seconds: float = 6
    churn_seconds: float = 6
    probes: int = 2
    probe_gap: float = 2.5
    probe_timeout: float = 20
    quiet_timeout: float = 25
    # Seconds a baseline may have spent when its next size is due; past it
    # the remaining sizes are skipped, so a slow baseline cannot push the
    # run past 20 minutes. The portal always runs every size.
    implementation_budget: float = 150
    # No new size is started after this many seconds of the whole run, so
    # make bench stays within 20 minutes on a busy machine.
    run_budget: float = 16 * 60
    deadline: float = float("inf")

    @classmethod
    def quick_config(cls):
        return cls(
            quick=True,
            http_seconds=2,
            # Medians of 3 even here: the layouts are compared in turns.
            http_runs=3,
            sizes=[1000],
            ws_workers=2,
            settle_seconds=2,
            idle_seconds=3,
            churn_seconds=3,
            probes=1,
            probe_gap=2.2,
            probe_timeout=10,
            quiet_timeout=10,
            implementation_budget=60,
            run_budget=4 * 60,
        )


def git(*args):
    try:
        return subprocess.run(
            ["git", *args], cwd=services.ROOT, capture_output=True, text=True,
            timeout=10,
        ).stdout.strip()  # fmt: skip
    except OSError:
        return ""


def software():
    names = ["Django", "channels", "channels-redis", "daphne", "redis", "websockets"]
    versions = []
    for name in names:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name} {metadata.version(name)}")
    nginx = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr
    redis = subprocess.run(
        ["redis-server", "--version"], capture_output=True, text=True
    ).stdout
    versions.append(nginx.strip().replace("nginx version: ", ""))
    versions.append("Redis " + redis.split()[2].removeprefix("v=") if redis else "")
    versions.append(f"Python {platform.python_version()}")
    return ", ".join(v for v in versions if v)


def meta(config, command):
    with open("/proc/meminfo") as info:
        total_kb = int(info.readline().split()[1])
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git("rev-parse", "--short", "HEAD") or "unknown",
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "cores": os.cpu_count(),
        "memory_gb": round(total_kb / 1048576),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "quick": config.quick,
        "command": command,
        "software": software(),
        "http_seconds": config.http_seconds,
        "http_runs": config.http_runs,
    }


def log(message):
    print(message, file=sys.stderr, flush=True)


def prepare(env):
    log("Preparing the database (migrate, demo content) ...")
    services.manage(env, "migrate", "--noinput")
    services.manage(env, "load_demo", "--if-empty", settings="portal.settings")


def write_results(results, folder=RESULTS):
    """Write ``<stamp>.md`` and ``<stamp>.json``; return the Markdown path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d-%H%M")
    if results["meta"].get("quick"):
        stamp += "-quick"
    # The raw figures first: a report that fails to render loses nothing.
    (folder / f"{stamp}.json").write_text(json.dumps(results, indent=1) + "\n")
    text = report.markdown(results) + desk.markdown(results.get("desk"))
    path = folder / f"{stamp}.md"
    path.write_text(text)
    return path, text


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--only", choices=["pages", "live", "uploads", "desk", "push"], default=None
    )
    parser.add_argument("--desk-readers", type=int, default=None,
                        help="readers for the live desk's figures (10000)")  # fmt: skip
    parser.add_argument("--push-sockets", type=int, default=None,
                        help="sockets for the push figures (quick: 2,000)")  # fmt: skip
    parser.add_argument("--sizes", default=None, help="comma-separated socket counts")
    parser.add_argument("--implementations", default=None,
                        help="comma-separated: portal,groups,database")  # fmt: skip
    parser.add_argument("--results", default=str(RESULTS))
    args = parser.parse_args(argv)
    config = Config.quick_config() if args.quick else Config()
    if args.sizes:
        config.sizes = [int(s) for s in args.sizes.split(",")]
    if not wrk.available():
        sys.exit("wrk is not installed (make bench installs Debian's package).")
    command = "make bench" + (" QUICK=1" if args.quick else "")
    started = time.monotonic()
    config.deadline = started + config.run_budget
    results = {"meta": meta(config, command), "config": asdict(config)}
    procs.install_signal_handlers()
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    redis_pages = services.Redis(PORT_REDIS_PAGES, workdir)
    redis_live = services.Redis(PORT_REDIS_LIVE, workdir)
    try:
        database_url = services.database_url(workdir)
        redis_pages.start()
        where = {
            "database_url": database_url,
            "redis_url": redis_pages.url,
            "workdir": workdir,
        }
        env = services.app_env(**where)
        gunicorn_env = services.app_env(**where, server="gunicorn")
        prepare(env)
        # What the figures were measured with, as Django read it, per server.
        results["meta"]["server_settings"] = {
            **services.effective_settings(env),
            "daphne_processes": {"pages": 2, "live": len(live.PORTS)},
        }
        results["meta"]["gunicorn_settings"] = services.effective_settings(gunicorn_env)
        if args.only in (None, "pages"):
            log("Pages: both layouts, in turns ...")
            results["pages"], results["page_notes"] = pages.run(
                config, workdir, env, log, gunicorn_env=gunicorn_env
            )
        if args.only in (None, "live"):
            redis_live.start()
            live_env = {**env, "REDIS_URL": redis_live.url}
            if args.implementations:
                names = args.implementations.split(",")
                for name in list(live.IMPLEMENTATIONS):
                    if name not in names:
                        del live.IMPLEMENTATIONS[name]
            results["live"] = live.run(config, workdir, live_env, redis_live, log)
            results["live_notes"] = live.NOTES
            log("Floods ...")
            results["flood"] = flood.run(config, workdir, live_env, redis_live, log)
        if args.only in (None, "desk"):
            if redis_live.process is None:
                redis_live.start()
            readers = args.desk_readers or (2000 if args.quick else 10000)
            log(f"The live desk ({readers} readers) ...")
            results["desk"] = desk.run(
                {**env, "REDIS_URL": redis_live.url}, workdir, redis_live, log,
                readers=readers,
            )  # fmt: skip
        if args.only in (None, "uploads"):
            log("Upload memory ...")
            results["uploads"] = upload_memory.measure_all()
        if args.only in (None, "push"):
            sockets = args.push_sockets or (2000 if args.quick else 10000)
            log(f"Breaking news and live entries, {sockets} sockets ...")
            results["push"] = push.run(
                sockets, sockets // 5, workers=2 if args.quick else 4, workdir=workdir
            )
            results["push"]["transport"] = push.transport(workdir=workdir)
    finally:
        procs.stop_all()
        if not os.environ.get("BENCH_KEEP"):
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
    results["meta"]["minutes"] = round((time.monotonic() - started) / 60, 1)
    path, text = write_results(results, args.results)
    print(text)
    log(f"Written to {path}")


if __name__ == "__main__":
    main()
