"""
Start and stop the benchmark's processes, and read what they cost.

Every process runs in a session (process group) of its own and is recorded
in a registry; ``stop_all()`` ends exactly those groups, newest first. The
orchestrator calls it in a ``finally`` and on SIGTERM/SIGINT, so nothing is
left running after a benchmark, even a failed one.
"""

import contextlib
import os
import signal
import subprocess
from pathlib import Path

# The same helpers `make stack` uses; one copy of each.
from deploy.stack import port_open, wait_until  # noqa: F401 - re-exported

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

_started = []  # Popen objects, oldest first


def spawn(argv, *, env=None, log=None, cwd=ROOT, stdin=None, stdout=None):
    """Start ``argv`` in a new session; stdout/stderr go to ``log`` (a path)."""
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
    try:
        process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=stdin if stdin is not None else subprocess.DEVNULL,
            stdout=stdout if stdout is not None else out,
            stderr=out,
            start_new_session=True,
        )
    finally:
        if log:
            out.close()
    _started.append(process)
    return process


def stop(process, timeout=10.0):
    """SIGTERM the process's group, SIGKILL it after ``timeout``."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
    # Children of the group (e.g. nginx workers) may outlive the leader.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if process in _started:
        _started.remove(process)


def stop_all():
    """Stop every process started here, newest first."""
    for process in reversed(list(_started)):
        with contextlib.suppress(Exception):
            stop(process, timeout=5)


def install_signal_handlers():
    """Turn SIGTERM/SIGINT into an exception, so ``finally`` blocks run."""

    def handler(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def wait_port(process, port, timeout=60, host="127.0.0.1", log=None):
    def ready():
        if process.poll() is not None:
            tail = Path(log).read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"{process.args[0]} exited early:\n{tail}")
        return port_open(host, port)

    wait_until(ready, timeout, f"port {port} answering")


def cpu_seconds(pid):
    """User + system CPU seconds used so far by ``pid`` (its threads too)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # Fields 14 and 15 (utime, stime) are at 11 and 12 after the name.
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_bytes(pid):
    """Resident memory of ``pid`` in bytes."""
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except OSError:
        return 0
    return pages * PAGE_SIZE


def group_cpu_seconds(pid):
    """CPU seconds of every process in ``pid``'s process group."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pid:  # pgrp
            total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return total
