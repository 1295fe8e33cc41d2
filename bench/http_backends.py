"""
Daphne or WSGI workers for HTTP behind nginx? Measure both.

Starts the stack of deploy/stack.py on private ports (PostgreSQL and Redis
on the ports given, reused when running) and runs ``wrk`` through nginx
against pages that nginx's cache does not answer (a ``sessionid`` cookie
bypasses it, as for an editor), then against nginx cache hits, first with two
daphne processes as the upstream, then with gunicorn sync workers on a Unix
socket. Prints one line per run; medians of ``--runs`` runs.

    .venv/bin/python bench/http_backends.py  # needs wrk and gunicorn
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deploy.processes import Gunicorn, Nginx, nginx_values  # noqa: E402
from deploy.stack import Stack  # noqa: E402


def wrk(url, connections, seconds, cookie=None):
    argv = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if cookie:
        argv += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(
        [*argv, url], capture_output=True, text=True, timeout=seconds + 30
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, float(p50.group(1)) * scale, int(errors.group(1)) if errors else 0


def measure(setups, paths, runs, seconds):
    """Alternate the setups run by run, so the machine's load hits both alike."""
    for name, path, connections, cookie in paths:
        results = {label: [] for label, _ in setups}
        for _ in range(runs):
            for label, url in setups:
                results[label].append(wrk(url + path, connections, seconds, cookie))
        for label, runs_ in results.items():
            rps = statistics.median(r[0] for r in runs_)
            p50 = statistics.median(r[1] for r in runs_)
            errors = sum(r[2] for r in runs_)
            print(
                f"{label:<16} {name:<34} c={connections:<3} {rps:>8.0f} req/s "
                f"p50 {p50:7.1f} ms  non-2xx {errors}",
                flush=True,
            )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:15441/portal"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:16401/0")
    parser.add_argument("--https-port", type=int, default=18491)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    run_dir = Path(tempfile.mkdtemp(prefix="bench-http-"))
    # The former layout (daphne serves pages); make bench now compares the
    # two layouts on the stack's own settings (bench/pages.py).
    stack = Stack(
        run_dir,
        database_url=args.database_url,
        redis_url=args.redis_url,
        http_port=args.https_port - 1,
        https_port=args.https_port,
        http_server="daphne",
    )
    # A second nginx, same template, in front of gunicorn sync workers.
    wsgi_dir = run_dir / "wsgi"
    wsgi_dir.mkdir()
    gunicorn = wsgi_nginx = None
    try:
        stack.start(log=lambda *a: None)
        out = stack.manage(
            "shell",
            "-c",
            "from articles.models import Article;"
            "print(Article.objects.published().first().get_absolute_url())",
        )
        article = out.strip().splitlines()[-1]
        gunicorn = Gunicorn(
            wsgi_dir,
            env=stack.gunicorn_env,
            socket=wsgi_dir / "gunicorn.sock",
            workers=args.workers,
        ).start()
        values = nginx_values(
            wsgi_dir,
            upstreams=[f"unix:{gunicorn.socket}"],
            host="127.0.0.1",
            http_port=args.https_port + 1,
            https_port=args.https_port + 2,
            static_root=stack.static_root,
            media_root=stack.media_root,
        )
        wsgi_nginx = Nginx(wsgi_dir, values).start()
        setups = [
            ("2 daphne", stack.url),
            (
                f"gunicorn {args.workers} sync",
                f"https://127.0.0.1:{args.https_port + 2}",
            ),
        ]
        paths = [
            ("/news/ rendered (cache bypassed)", "/news/", 10, "sessionid=bench"),
            ("article rendered (cache bypassed)", article, 10, "sessionid=bench"),
            ("/news/ rendered (cache bypassed)", "/news/", 50, "sessionid=bench"),
            ("/news/ from nginx's cache", "/news/", 50, None),
            ("/healthz (no template, no DB)", "/healthz", 50, None),
        ]
        measure(setups, paths, args.runs, args.seconds)
    finally:
        try:
            for process in (wsgi_nginx, gunicorn):
                if process is not None:
                    process.stop()
            stack.stop()
        finally:
            shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
