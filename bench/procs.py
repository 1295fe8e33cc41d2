"""
Read what the benchmark's processes cost (CPU, memory).

Starting and stopping them is deploy/processes.py's job, re-exported here:
every process runs in a session (process group) of its own and is
registered; ``stop_all()`` ends exactly those groups, newest first. The
orchestrator calls it in a ``finally`` and on SIGTERM/SIGINT, so nothing is
left running after a benchmark, even a failed one.
"""

import os
from pathlib import Path

from deploy.processes import (  # noqa: F401 - re-exported for the benchmarks
    ROOT,
    install_signal_handlers,
    port_open,
    spawn,
    stop,
    stop_all,
    wait_until,
)

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


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
