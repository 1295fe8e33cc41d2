"""
Pages: requests per second and p50/p99 latency of the article page, the
front page and a search, with wrk, for both HTTP layouts side by side in
one run (issue #14):

- ``daphne``: two daphne processes serve pages and ``/ws/`` (the former
  stack);
- ``wsgi``: gunicorn's sync workers serve pages, the same two daphne
  processes ``/ws/`` (the stack now: the Channels docs' split).

Both through nginx with the deployed template on Unix sockets, each server
on the settings the stack gives it (deploy/processes.py's environment
builder). Uncached pages carry a session cookie (an editor: neither cache
answers). nginx's cache is compared with nginx's static file, and each
server's page-cache hit with a plain Django view on that server (on a
loopback port: nginx's cache would answer in front). Every figure runs in
turns with its counterpart, ``http_runs`` times, the 1-minute load noted
before each run; medians.
"""

import json
import os
import pwd
import re
import ssl
import statistics
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from deploy import processes

from . import procs, services, wrk

CONCURRENCY = 50
PORT_NGINX = {"daphne": 18500, "wsgi": 18502}  # and +1 for TLS
PORT_DAPHNE = 18510  # daphne-1 alone, for its page-cache hit
PORT_PLAIN = 18511
PORT_GUNICORN = 18512  # the layout's gunicorn alone, for its hit
PORT_PLAIN_WSGI = 18513
SESSION = "Cookie: sessionid=bench-editor-session"
LAYOUTS = {
    "daphne": "2 daphne: pages and /ws/",
    "wsgi": "gunicorn {workers} sync workers: pages; 2 daphne: /ws/",
}


def fetch(url, headers=None):
    """GET ``url``; return (status, headers, body). Self-signed TLS is fine."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as answer:  # noqa: S310
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def bypass(path):
    """The same page, but with a parameter the page cache does not keep."""
    return path + ("&" if "?" in path else "?") + "bench-uncached=1"


def find_pages(env):
    """Return [(name, path or None, note)]: the article, front page, search."""
    out = services.manage(
        env,
        "shell",
        "-c",
        "from articles.models import Article\n"
        "a = Article.objects.published().newest_first().first()\n"
        "print(a.get_absolute_url()); print(a.headline)",
        settings="portal.settings",
    )
    article, title = out.strip().splitlines()[-2:]
    words = [w.lower() for w in re.findall(r"[^\W\d_]{5,}", title)]
    word = words[0] if words else "news"
    return [
        ("article", article),
        ("front", "/"),
        ("search", f"/search/?q={quote(word)}"),
    ]


def save_pages(pages, daphne_url, folder):
    """Save each page's HTML for nginx and the plain view; drop missing ones."""
    folder.mkdir(parents=True, exist_ok=True)
    found = []
    for name, path in pages:
        status, _, body = fetch(daphne_url + path)
        if status != 200:
            found.append(
                (name, None, f"n/a ({path} answered {status}: not on main yet)")
            )
            continue
        (folder / f"{name}.html").write_bytes(body)
        found.append((name, path, f"{len(body) / 1024:.1f} KB"))
    return found


def warm(url, headers=None, times=3):
    answer = None
    for _ in range(times):
        answer = fetch(url, headers)
    return answer


def count_queries(env, paths):
    result = subprocess.run(
        [services.PYTHON, "-m", "bench.queries", *paths],
        cwd=services.ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        return {}
    return json.loads(result.stdout.strip().splitlines()[-1])


def _load():
    return round(os.getloadavg()[0], 2)


def _socket_dir(workdir):
    """Like the stack's: nginx's workers' group may enter, no one else."""
    folder = Path(workdir) / "sockets"
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        os.chown(folder, -1, pwd.getpwnam(processes.nginx_user()).pw_gid)
    folder.chmod(0o2750)
    return folder


def start_servers(workdir, env, gunicorn_env):
    """The two layouts' processes; returns (daphnes, gunicorn)."""
    sockets = _socket_dir(workdir)
    daphnes = [
        processes.Daphne(
            workdir, f"layout-daphne-{n}", env=env,
            socket=sockets / f"daphne-{n}.sock",
            port=PORT_DAPHNE if n == 1 else None,
        )
        for n in (1, 2)
    ]  # fmt: skip
    gunicorn = processes.Gunicorn(
        workdir, "layout-gunicorn", env=gunicorn_env,
        socket=sockets / "gunicorn.sock", port=PORT_GUNICORN,
        workers=services.GUNICORN_WORKERS,
    )  # fmt: skip
    if not gunicorn.available():
        raise RuntimeError("gunicorn is not installed (a main dependency)")
    for server in [*daphnes, gunicorn]:
        server.start(wait=False)
    for server in [*daphnes, gunicorn]:
        server.wait_ready()
    return daphnes, gunicorn


def start_nginx(workdir, layout, daphnes, gunicorn, static_dir):
    folder = Path(workdir) / f"nginx-{layout}"
    folder.mkdir(parents=True, exist_ok=True)
    Path(workdir).chmod(0o711)
    ws = [f"unix:{d.socket}" for d in daphnes]
    port = PORT_NGINX[layout]
    nginx = processes.Nginx(
        folder,
        processes.nginx_values(
            folder,
            upstreams=[f"unix:{gunicorn.socket}"] if layout == "wsgi" else ws,
            ws_upstreams=ws,
            host="127.0.0.1",
            http_port=port,
            https_port=port + 1,
            static_root=static_dir,
            media_root=Path(workdir) / "media",
        ),
        name=f"nginx-{layout}",
    ).start()
    nginx.url = f"https://127.0.0.1:{port + 1}"
    return nginx


def figures(pages, nginx, gunicorn_workers, quick=False):
    """
    [(page, key, setup, {layout-or-server: url}, connections, headers)]:
    the rows compared with each other, measured in turns. ``quick`` keeps
    the issue's figures only (c=1 and the cached pages for the article).
    """
    out = []
    for name, path, _size in pages:
        if path is None:
            continue
        both = {layout: nginx[layout].url + path for layout in nginx}
        if name == "article" or not quick:
            out.append((name, "c1", "uncached, session cookie", both, 1,
                        (SESSION,)))  # fmt: skip
        out.append((name, "c10", "uncached, session cookie", both, 10, (SESSION,)))
        if name == "search" or (quick and name != "article"):
            continue
        out.append((name, "cache", "nginx: proxy_cache hit vs static file", {
            "nginx": nginx["wsgi"].url + path,
            "static": f"{nginx['wsgi'].url}/static/{name}.html",
        }, CONCURRENCY, ()))  # fmt: skip
        out.append((name, "app-daphne", "daphne alone: page-cache hit vs plain", {
            "hit": f"http://127.0.0.1:{PORT_DAPHNE}{path}",
            "plain": f"http://127.0.0.1:{PORT_PLAIN}/plain/{name}/",
        }, CONCURRENCY, ()))  # fmt: skip
        out.append((name, "app-wsgi",
                    f"gunicorn {gunicorn_workers} workers alone: page-cache hit"
                    " vs plain", {
            "hit": f"http://127.0.0.1:{PORT_GUNICORN}{path}",
            "plain": f"http://127.0.0.1:{PORT_PLAIN_WSGI}/plain/{name}/",
        }, CONCURRENCY, ()))  # fmt: skip
    return out


def _check(url, headers, side):
    """A note when a URL does not answer as its row says, else ""."""
    request_headers = dict(h.split(": ", 1) for h in headers)
    status, answer, _ = warm(url, request_headers)
    if status != 200:
        return f"status {status}"
    # Header names in any case (gunicorn passes them as the app wrote them).
    answer = {k.lower(): v for k, v in answer.items()}
    cache = answer.get("x-cache-status") or answer.get("x-page-cache")
    if side in ("nginx", "hit") and cache != "HIT":
        return f"n/a: never a cache hit (Cache-Control: {answer.get('cache-control')})"
    if side in ("daphne", "wsgi") and cache == "HIT":
        return "n/a: a cache answered the uncached row"
    return ""


def run(config, workdir, env, log, gunicorn_env=None):
    """Measure both layouts; return (rows, notes)."""
    workdir = Path(workdir)
    pages_dir = workdir / "pages"
    static_dir = workdir / "static"
    gunicorn_env = gunicorn_env or env
    notes = []
    rows = []
    daphnes, gunicorn = start_servers(workdir, env, gunicorn_env)
    started = [*daphnes, gunicorn]
    try:
        daphne_url = f"http://127.0.0.1:{PORT_DAPHNE}"
        pages = save_pages(find_pages(env), daphne_url, pages_dir)
        static_dir.mkdir(parents=True, exist_ok=True)
        for name, path, _ in pages:
            if path:
                (static_dir / f"{name}.html").write_bytes(
                    (pages_dir / f"{name}.html").read_bytes()
                )
        plain_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings"}
        started.append(
            processes.Daphne(workdir, "plain-daphne", env=plain_env,
                             port=PORT_PLAIN, app="bench.asgi:plain",
                             ready_path=None).start()
        )  # fmt: skip
        started.append(
            processes.Gunicorn(
                workdir, "plain-gunicorn",
                env={**gunicorn_env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
                port=PORT_PLAIN_WSGI, app="bench.wsgi:plain", ready_path=None,
                workers=services.GUNICORN_WORKERS,
            ).start()
        )  # fmt: skip
        nginx = {
            layout: start_nginx(workdir, layout, daphnes, gunicorn, static_dir)
            for layout in LAYOUTS
        }
        started += nginx.values()
        notes.append(
            "nginx configuration: deploy/nginx.conf.template (TLS), one nginx per"
            " layout, the app servers on Unix sockets as in the stack."
        )
        queries = count_queries(env, [p for _, p, _ in pages if p])
        for name, path, size in pages:
            if path is None:
                rows.append({"page": name, "setup": "all", "note": size})
        # The processes serving each side, for the CPU a request costs them
        # (the machine's load changes the rates, far less the CPU).
        serving = {
            "daphne": [d.pid for d in daphnes],
            "wsgi": [gunicorn.pid, *gunicorn.worker_pids()],
        }
        for name, key, setup, urls, connections, headers in figures(
            pages, nginx, services.GUNICORN_WORKERS, quick=config.quick
        ):
            checks = {side: _check(url, headers, side) for side, url in urls.items()}
            runs = {side: [] for side in urls}
            loads = {side: [] for side in urls}
            cpu = {side: [] for side in urls}
            for _ in range(config.http_runs):
                for side, url in urls.items():
                    if checks[side].startswith("n/a"):
                        continue
                    log(f"  {name}: {setup} [{side}], c={connections} ...")
                    loads[side].append(_load())
                    seconds = config.http_seconds
                    pids = serving.get(side, [])
                    before = sum(procs.cpu_seconds(pid) for pid in pids)
                    result = wrk.run(url, connections=connections, seconds=seconds,
                                     headers=headers)  # fmt: skip
                    runs[side].append(result)
                    if pids and result.requests:
                        used = sum(procs.cpu_seconds(pid) for pid in pids) - before
                        cpu[side].append(1000 * used / result.requests)
            size = next(s for n, _, s in pages if n == name)
            for side, measured in runs.items():
                label = LAYOUTS.get(side, side).format(
                    workers=services.GUNICORN_WORKERS
                )
                row = {
                    "page": name, "size": size, "figure": key, "side": side,
                    "key": _key(key, side), "setup": f"{setup}: {label}",
                    "c": connections, "note": checks[side], "load": loads[side],
                }  # fmt: skip
                if measured:
                    row.update(
                        rps=statistics.median(r.rps for r in measured),
                        p50_ms=statistics.median(r.p50_ms for r in measured),
                        p99_ms=statistics.median(r.p99_ms for r in measured),
                        requests=sum(r.requests for r in measured),
                        errors=sum(r.errors for r in measured),
                        runs=len(measured),
                        each_rps=[r.rps for r in measured],
                        each_p99_ms=[r.p99_ms for r in measured],
                    )
                if key in ("c1", "c10"):
                    row["queries"] = queries.get(path)
                if cpu[side]:
                    row["cpu_ms_per_request"] = statistics.median(cpu[side])
                rows.append(row)
    finally:
        for process in reversed(started):
            process.stop()
    return rows, notes


def _key(figure, side):
    """The row's key for the report's targets (the names of earlier runs)."""
    if figure in ("c1", "c10"):
        return f"{side}-{figure}"
    if figure == "cache":
        return side  # "nginx" / "static"
    server = figure.removeprefix("app-")
    return side if server == "daphne" else f"{side}-wsgi"  # hit, plain, hit-wsgi
