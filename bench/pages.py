"""
Pages: requests per second and p50/p99 latency of the article page, the
front page and a search, served every way the issue asks for, with wrk.
"""

import json
import re
import ssl
import statistics
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from . import services, wrk

CONCURRENCY = 50
# Rows that a target compares with each other.
RATIO_KEYS = ("static", "nginx", "hit", "plain")
PORT_NGINX = 18500  # and 18501 for TLS with the deployed template
PORT_DAPHNE = 18510
PORT_PLAIN = 18511
PORT_GUNICORN = 18512


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


def run(config, workdir, env, log):
    """Measure every row; return (rows, notes)."""
    workdir = Path(workdir)
    pages_dir = workdir / "pages"
    static_dir = workdir / "static"
    notes = []
    rows = []
    seconds = config.http_seconds
    daphne = services.start_daphne("portal.asgi:application", PORT_DAPHNE, env, workdir)
    plain = services.start_daphne(
        "bench.asgi:plain", PORT_PLAIN, env, workdir, settings="bench.settings"
    )
    gunicorn = services.start_gunicorn(PORT_GUNICORN, env, workdir)
    if gunicorn is None:
        notes.append("gunicorn is not installed: the WSGI rows are missing.")
    daphne_url = f"http://127.0.0.1:{PORT_DAPHNE}"
    pages = save_pages(find_pages(env), daphne_url, pages_dir)
    static_dir.mkdir(parents=True, exist_ok=True)
    for name, path, _ in pages:
        if path:
            (static_dir / f"{name}.html").write_bytes(
                (pages_dir / f"{name}.html").read_bytes()
            )
    nginx = services.Nginx(workdir, PORT_NGINX, PORT_DAPHNE, static_dir).start()
    notes.append(f"nginx configuration: {nginx.config_source}.")
    queries = count_queries(env, [bypass(p) for _, p, _ in pages if p])
    try:
        for name, path, size in pages:
            if path is None:
                rows.append({"page": name, "setup": "all", "note": size})
                continue
            setups = [
                ("nginx, static file (the limit)", f"{nginx.url}/static/{name}.html",
                 CONCURRENCY, "static"),
                ("nginx proxy_cache, daphne behind", nginx.url + path, CONCURRENCY,
                 "nginx"),
                ("daphne, page cache hit", daphne_url + path, CONCURRENCY, "hit"),
                ("daphne, plain Django view, same bytes",
                 f"http://127.0.0.1:{PORT_PLAIN}/plain/{name}/", CONCURRENCY, "plain"),
                ("daphne, uncached", daphne_url + bypass(path), 1, "daphne-c1"),
                ("daphne, uncached", daphne_url + bypass(path), 10, "daphne-c10"),
            ]  # fmt: skip
            if gunicorn is not None:
                gunicorn_url = f"http://127.0.0.1:{PORT_GUNICORN}"
                setups += [
                    ("gunicorn 2 sync workers, uncached", gunicorn_url + path, 1,
                     "wsgi-c1"),
                    ("gunicorn 2 sync workers, uncached", gunicorn_url + path, 10,
                     "wsgi-c10"),
                ]  # fmt: skip
            notes_by_key = {}
            for _setup, url, _connections, key in setups:
                status, headers, _ = warm(url)
                note = ""
                cache_header = headers.get("X-Cache-Status") or headers.get(
                    "X-Page-Cache"
                )
                if key in ("nginx", "hit") and cache_header != "HIT":
                    control = headers.get("Cache-Control", "none")
                    note = (
                        f"n/a: never a cache hit (Cache-Control: {control}),"
                        " so not measured"
                    )
                if status != 200:
                    note = f"status {status}"
                notes_by_key[key] = note
            # The rows compared by a target run in turns, ``runs`` times,
            # so a swing in the machine's load hits them alike; medians.
            skipped = [s for s in setups if notes_by_key[s[3]].startswith("n/a")]
            setups = [s for s in setups if s not in skipped]
            for setup, _, connections, key in skipped:
                rows.append({"page": name, "size": size, "setup": setup,
                             "key": key, "c": connections,
                             "note": notes_by_key[key]})  # fmt: skip
            measured = {key: [] for *_, key in setups}
            compared = [s for s in setups if s[3] in RATIO_KEYS]
            for _ in range(config.http_runs):
                for setup, url, connections, key in compared:
                    log(f"  {name}: {setup}, c={connections} ...")
                    measured[key].append(
                        wrk.run(url, connections=connections, seconds=seconds)
                    )
                    warm(url, times=1)
            for setup, url, connections, key in setups:
                if key in RATIO_KEYS:
                    continue
                log(f"  {name}: {setup}, c={connections} ...")
                measured[key].append(
                    wrk.run(url, connections=connections, seconds=seconds)
                )
            for setup, _, connections, key in setups:
                runs = measured[key]
                row = {
                    "page": name,
                    "size": size,
                    "setup": setup,
                    "key": key,
                    "c": connections,
                    "rps": statistics.median(r.rps for r in runs),
                    "p50_ms": statistics.median(r.p50_ms for r in runs),
                    "p99_ms": statistics.median(r.p99_ms for r in runs),
                    "requests": sum(r.requests for r in runs),
                    "errors": sum(r.errors for r in runs),
                    "runs": len(runs),
                    "note": notes_by_key[key],
                }
                if key.startswith(("daphne-", "wsgi-")):
                    row["queries"] = queries.get(bypass(path))
                rows.append(row)
    finally:
        nginx.stop()
        for process in (gunicorn, plain, daphne):
            if process is not None:
                process.stop()
    return rows, notes
