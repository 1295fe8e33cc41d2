"""Run wrk (Debian's package) and read its report."""

import re
import shutil
import subprocess
from dataclasses import dataclass

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
_LATENCY = re.compile(r"^\s*(50|75|90|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", re.M)


@dataclass
class WrkResult:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # socket errors plus non-2xx/3xx answers

    def as_dict(self):
        return {
            "rps": self.rps,
            "p50_ms": self.p50_ms,
            "p99_ms": self.p99_ms,
            "requests": self.requests,
            "errors": self.errors,
        }


def parse(output):
    """Parse ``wrk --latency`` output; raise ValueError when it has no result."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if rps is None:
        raise ValueError("wrk printed no Requests/sec:\n" + output[-2000:])
    latencies = {
        int(pct): float(value) * _UNITS[unit]
        for pct, value, unit in _LATENCY.findall(output)
    }
    requests = re.search(r"(\d+) requests in", output)
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if sockets:
        errors += sum(int(n) for n in sockets.groups())
    return WrkResult(
        rps=float(rps.group(1)),
        p50_ms=latencies.get(50, float("nan")),
        p99_ms=latencies.get(99, float("nan")),
        requests=int(requests.group(1)) if requests else 0,
        errors=errors,
    )


def available():
    return shutil.which("wrk") is not None


def run(url, *, connections, seconds, threads=2, headers=()):
    """Run wrk against ``url`` and return a WrkResult."""
    threads = max(1, min(threads, connections))
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        argv += ["-H", header]
    result = subprocess.run(
        [*argv, url], capture_output=True, text=True, timeout=seconds + 60
    )
    return parse(result.stdout + result.stderr)
