"""
The benchmark's pieces on tiny sizes: the load generator, wrk's parser,
the report writer and process clean-up. No timing is asserted here: the
figures themselves only come from ``make bench``.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from websockets.sync.server import serve

from bench import procs, report, services, wrk
from bench.live import LoadGenerator, percentile
from bench.run import write_results
from bench.wsload import address_range, loopback_only, parse_frame
from deploy.processes import SERVER_SETTINGS, pid_alive

WRK_OUTPUT = """\
Running 2s test @ http://127.0.0.1:18500/static/article.html
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.10ms    2.00ms  30.00ms   90.00%
    Req/Sec    20.00k     1.00k   22.00k    70.00%
  Latency Distribution
     50%  612.00us
     75%    1.20ms
     90%    2.50ms
     99%    1.02s
  80000 requests in 2.00s, 1.10GB read
  Socket errors: connect 0, read 3, write 0, timeout 2
  Non-2xx or 3xx responses: 7
Requests/sec:  40000.50
Transfer/sec:    550.00MB
"""


def test_wrk_output_is_parsed_with_units():
    """Latencies in us, ms and s become milliseconds; errors are summed."""
    result = wrk.parse(WRK_OUTPUT)
    assert result.rps == 40000.5
    assert result.p50_ms == pytest.approx(0.612)
    assert result.p99_ms == pytest.approx(1020)
    assert result.requests == 80000
    assert result.errors == 12


def test_wrk_output_without_a_result_is_an_error():
    """A wrk that could not connect does not yield a zero figure."""
    with pytest.raises(ValueError, match="Requests/sec"):
        wrk.parse("unable to connect to 127.0.0.1:1 Connection refused\n")


def test_frames_and_address_ranges_are_parsed():
    """Presence frames give their online number; other text gives None."""
    assert parse_frame('{"type": "presence", "online": 12, "page": 3}') == 12
    assert parse_frame('{"type": "error", "code": 4400}') is None
    assert parse_frame("not json") is None
    assert address_range("127.0.1.1-127.0.1.3") == [
        "127.0.1.1",
        "127.0.1.2",
        "127.0.1.3",
    ]
    assert percentile([5, 1, 3, 2, 4], 50) == 3


def test_load_generator_targets_loopback_only():
    """A target off this machine is refused before any socket opens."""
    assert loopback_only(["ws://127.0.0.1:1/ws/", "ws://localhost:2/"])
    with pytest.raises(SystemExit, match="non-loopback"):
        loopback_only(["ws://192.0.2.1:8000/ws/presence/"])


class FrameServer:
    """A websocket server that pushes presence frames, in a thread."""

    def __init__(self):
        self.online = 20
        self.peers = []
        self.changed = threading.Condition()
        self.server = serve(self.handler, "127.0.0.1", 0)
        self.port = self.server.socket.getsockname()[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def handler(self, ws):
        self.peers.append(ws.remote_address[0])
        sent = None
        while True:
            with self.changed:
                if sent == self.online:
                    self.changed.wait(timeout=0.2)
                online = self.online
            if online != sent:
                ws.send(json.dumps({"type": "presence", "online": online, "page": 1}))
                sent = online
            try:
                ws.recv(timeout=0)
            except TimeoutError:
                continue
            except Exception:  # noqa: BLE001 - the client went away
                return

    def set_online(self, online):
        with self.changed:
            self.online = online
            self.changed.notify_all()

    def stop(self):
        self.server.shutdown()


@pytest.fixture
def frame_server():
    server = FrameServer()
    yield server
    server.stop()


def test_load_generator_opens_sockets_and_reads_frames(frame_server, tmp_path):
    """Two workers open 20 sockets from 4 addresses and see a change."""
    url = f"ws://127.0.0.1:{frame_server.port}/ws/presence/"
    load = LoadGenerator(2, [url, url], tmp_path, addresses="127.0.1.1-127.0.1.4")
    try:
        opened = load.open(20)
        assert opened["opened"] == 20, opened
        stats = load.stats()
        assert stats["sockets"] == 20
        assert stats["frames"] >= 20
        assert stats["online"] == {"20": 20}
        assert sorted(set(frame_server.peers)) == address_range("127.0.1.1-127.0.1.4")
        t0 = time.time()
        frame_server.set_online(21)
        answers = load.ask({"cmd": "probe", "expected": 21, "t0": t0, "timeout": 10})
        delays = [d for a in answers for ds in a["delays"].values() for d in ds]
        assert len(delays) == 20
        assert sum(a["missing"] for a in answers) == 0
        churn = load.ask({"cmd": "churn", "rate": 20, "seconds": 0.5})
        assert all(a["joins"] == a["leaves"] for a in churn)
    finally:
        load.stop()
    assert all(p.poll() is not None for p in load.processes)


def test_stopping_a_process_ends_its_whole_group(tmp_path):
    """Children of a started process do not outlive it."""
    pid_file = tmp_path / "child.pid"
    process = procs.spawn(
        ["sh", "-c", f"sleep 60 & echo $! > {pid_file}; wait"], log=tmp_path / "log"
    )
    procs.wait_until(pid_file.exists, 10, "the child started")
    time.sleep(0.1)
    child = int(pid_file.read_text())
    procs.stop(process, timeout=5)
    procs.wait_until(lambda: not Path(f"/proc/{child}").exists()
                     or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2],
                     5, "the child ended")  # fmt: skip
    assert process.poll() is not None
    assert procs.cpu_seconds(os.getpid()) > 0
    assert procs.rss_bytes(os.getpid()) > 1 << 20


def sample_results(cached_rps, portal_recipient_ms):
    page = {"page": "article", "size": "14.0 KB", "c": 50, "p50_ms": 1.0,
            "p99_ms": 3.0, "requests": 1000, "errors": 0, "note": ""}  # fmt: skip
    live_row = {
        "sockets": 20000,
        "kb_per_socket": [20.0, 22.0],
        "idle_cpu_ms_per_s": [5.0, 7.0],
        "churn_cpu_ms_per_s": [50.0, 70.0],
        "b_p50_ms": 900,
        "b_p99_ms": 1500,
        "all_ms": 1700,
        "probe_missing": 0,
        "cpu_per_recipient_ms": portal_recipient_ms,
        "idle_redis_cmds_per_s": 3.0,
        "redis_bytes_per_visitor": 150,
    }
    return {
        "meta": {
            "date": "2026-11-25 12:00 UTC",
            "commit": "abc1234",
            "cores": 2,
            "memory_gb": 24,
            "load": "0.10 0.20 0.30",
            "quick": False,
            "command": "make bench",
            "software": "Django 5.2",
            "http_seconds": 8,
        },
        "pages": [
            {**page, "setup": "nginx, static file", "key": "static", "rps": 40000},
            {**page, "setup": "nginx cache", "key": "nginx", "rps": cached_rps},
            {**page, "setup": "hit", "key": "hit", "rps": 9000},
            {**page, "setup": "plain", "key": "plain", "rps": 500},
            {
                **page,
                "setup": "uncached",
                "key": "daphne-c1",
                "rps": 100,
                "p99_ms": 12.5,
                "queries": 5,
            },  # fmt: skip
        ],
        "live": {
            "portal": [live_row],
            "groups": [
                {**live_row, "cpu_per_recipient_ms": 0.5, "kb_per_socket": [40.0, 42.0]}
            ],  # fmt: skip
        },
    }


def test_report_lists_targets_with_their_numbers(tmp_path):
    """The Markdown names date, commit and cores, and judges each target."""
    path, text = write_results(sample_results(39000, 0.04), tmp_path)
    assert path.exists() and path.suffix == ".md"
    assert path.with_suffix(".json").exists()
    assert "2026-11-25 12:00 UTC" in text and "`abc1234`" in text
    assert "2 cores" in text
    targets = {t: met for t, _, met in report.targets(sample_results(39000, 0.04))}
    assert targets["article: through nginx's cache ≥ 0.95 × nginx's static file"]
    assert targets["article: app-server cache hit ≥ 8 × plain Django view"]
    assert targets["uncached article p99 ≤ 25 ms at c=1 (daphne)"]
    assert targets["≥ 10 × less CPU per recipient than the groups baseline"]
    assert "| 20,000 | memory per socket per process, KB | 21.0 | 41.0 | 2.0× |" in text


def test_report_marks_missed_targets():
    """A cache at 0.5 × static and CPU only 2 × lower are reported as missed."""
    missed = {t: met for t, _, met in report.targets(sample_results(20000, 0.25))}
    assert (
        missed["article: through nginx's cache ≥ 0.95 × nginx's static file"] is False
    )
    assert missed["≥ 10 × less CPU per recipient than the groups baseline"] is False
    assert "**no**" in report.targets_table(report.targets(sample_results(20000, 0.25)))


def test_sigterm_to_the_orchestrator_stops_the_servers_it_started(tmp_path):
    """
    SIGTERM becomes an exception in the orchestrator, so its ``finally``
    runs stop_all(): the server it started (in a session of its own, which
    the signal does not reach) is gone when the orchestrator is.
    """
    pid_file = tmp_path / "server.pid"
    code = (
        "import time\n"
        "from bench import procs\n"
        "procs.install_signal_handlers()\n"
        "try:\n"
        "    server = procs.spawn(['sleep', '120'])\n"
        f"    open({str(pid_file)!r}, 'w').write(str(server.pid))\n"
        "    time.sleep(120)\n"
        "finally:\n"
        "    procs.stop_all()\n"
    )
    orchestrator = subprocess.Popen([sys.executable, "-c", code], cwd=procs.ROOT)
    server = None
    try:
        procs.wait_until(
            lambda: pid_file.exists() and pid_file.read_text().strip(),
            30,
            "the server started",
        )
        server = int(pid_file.read_text())
        assert pid_alive(server)
        orchestrator.send_signal(signal.SIGTERM)
        orchestrator.wait(timeout=30)
        assert not pid_alive(server), "the server outlived the orchestrator"
    finally:
        if orchestrator.poll() is None:
            orchestrator.kill()
            orchestrator.wait()
        if server is not None and pid_alive(server):
            os.kill(server, signal.SIGKILL)


def test_bench_servers_run_with_the_real_stack_s_settings(tmp_path):
    """
    The benchmark's environment comes from the stack's own builder: DEBUG
    off and the database pool on, as Django reads them, and the results
    file says so.
    """
    env = services.app_env(
        database_url="postgres://postgres@127.0.0.1:5432/portal_bench",
        redis_url="redis://127.0.0.1:16500/0",
        workdir=tmp_path,
    )
    for name, value in SERVER_SETTINGS.items():
        assert env[name] == value, name
    settings = services.effective_settings(env)
    assert settings["DEBUG"] is False
    assert settings["DATABASE_POOL"] is True and settings["pool_max_size"] == 10
    assert settings["cache"] == "ops.cache.ResilientRedisCache"
    assert settings["PAGE_CACHE"] == "pagecache.backends.RedisPageCache"
    assert settings["daphne_options"].startswith("--proxy-headers")
    results = sample_results(39000, 0.04)
    results["meta"]["server_settings"] = {
        **settings,
        "daphne_processes": {"pages": 1, "live": 2},
    }
    text = report.markdown(results)
    line = next(x for x in text.splitlines() if x.startswith("- server settings:"))
    assert "DEBUG off" in line and "pool on (10 connections a process)" in line
    assert "cache ops.cache.ResilientRedisCache" in line
    assert "daphne processes: 1 (pages), 2 (live counter)" in line
