"""
The services a benchmark needs, all from deploy/processes.py on the
benchmark's own ports: a private Redis, the benchmark database, daphne,
gunicorn and nginx (the deployed template), with the real stack's settings.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from deploy import processes

from . import procs

ROOT = processes.ROOT
PYTHON = sys.executable
POSTGRES = ("127.0.0.1", 5432)
DATABASE_NAME = "portal_bench"
# gunicorn sync workers: as the real stack sets them from the machine.
GUNICORN_WORKERS = processes.gunicorn_workers()


class Redis(processes.Redis):
    """A private redis-server on ``port``; FLUSHALL is safe here."""

    def __init__(self, port, workdir):
        super().__init__(
            workdir,
            f"redis://127.0.0.1:{port}/0",
            reuse=False,
            options=["--maxclients", "20000"],
        )
        self._client = None

    def client(self):
        import redis

        if self._client is None:
            self._client = redis.Redis.from_url(self.url, socket_timeout=10)
        return self._client

    def flush(self):
        self.client().flushall()

    def commands(self):
        return int(self.client().info("stats")["total_commands_processed"])

    def used_memory(self):
        # The data set only: client buffers come and go with broadcasts.
        return int(self.client().info("memory")["used_memory_dataset"])

    def cpu(self):
        return procs.cpu_seconds(self.pid)


def manage(env, *args, settings="bench.settings", timeout=600):
    """manage.py with the baselines' settings unless told (their tables too)."""
    return processes.manage(env, *args, settings=settings, timeout=timeout)


def database_url(workdir):
    """PostgreSQL's ``portal_bench`` when PostgreSQL answers, else SQLite."""
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    if procs.port_open(*POSTGRES):
        import psycopg

        with psycopg.connect(
            host=POSTGRES[0], port=POSTGRES[1], user="postgres", dbname="postgres",
            autocommit=True, connect_timeout=3,
        ) as conn:  # fmt: skip
            # A fresh database each run: the demo content (and its images in
            # the run's temporary MEDIA_ROOT) is loaded anew.
            conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
        return f"postgres://postgres@{POSTGRES[0]}:{POSTGRES[1]}/{DATABASE_NAME}"
    return f"sqlite:///{Path(workdir) / 'bench.sqlite3'}"


def app_env(
    *, database_url, redis_url, workdir, port=18510, extra=None, server="daphne"
):
    """
    The environment of every server process: the real stack's settings for
    that kind of ``server`` (deploy/processes.py's builder: DEBUG off, the
    database pool for daphne, persistent connections for gunicorn...),
    with only what plain HTTP on loopback without collectstatic needs.
    """
    return processes.server_environment(
        server=server,
        database_url=database_url,
        redis_url=redis_url,
        site_url=f"http://127.0.0.1:{port}",
        secret_key="bench-secret-key-" + "x" * 40,
        media_root=Path(workdir) / "media",
        overrides={
            # daphne is also measured directly, without nginx's TLS.
            "SECURE_SSL_REDIRECT": "0",
            # Static files from the finders: no collectstatic per run.
            "STATIC_MANIFEST": "0",
            "WHITENOISE_USE_FINDERS": "1",
            "BENCH_PAGES_DIR": str(Path(workdir) / "pages"),
            # The load's made-up article paths count as pages, as real ones do.
            "PRESENCE_PAGE_VALIDATOR": "",
            **(extra or {}),
        },
    )


_SETTINGS_PROBE = """
import json, os, django
django.setup()
from django.conf import settings as s
db = s.DATABASES["default"]
pool = db.get("OPTIONS", {}).get("pool")
print(json.dumps({
    "DEBUG": s.DEBUG,
    "database": db["ENGINE"].rsplit(".", 1)[-1],
    "DATABASE_POOL": bool(pool),
    "pool_max_size": pool["max_size"] if isinstance(pool, dict) else None,
    "CONN_MAX_AGE": db.get("CONN_MAX_AGE"),
    "cache": s.CACHES["default"]["BACKEND"],
    "PAGE_CACHE": s.PAGE_CACHE["BACKEND"],
    "PRESENCE_STORE": s.PRESENCE_STORE["BACKEND"],
    "channel_layer": s.CHANNEL_LAYERS["default"]["BACKEND"],
    "TRUSTED_PROXIES": os.environ.get(
        "TRUSTED_PROXIES", os.environ.get("PRESENCE_TRUSTED_PROXIES", "")
    ),
}))
"""


def effective_settings(env, settings="portal.settings"):
    """
    The settings a server process started with ``env`` runs with, as Django
    reads them (for the results file: what was measured).
    """
    result = subprocess.run(
        [PYTHON, "-c", _SETTINGS_PROBE],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["daphne_options"] = " ".join(processes.DAPHNE_OPTIONS)
    values["gunicorn_workers"] = GUNICORN_WORKERS
    values["gunicorn_options"] = " ".join(processes.GUNICORN_OPTIONS)
    return values


def start_daphne(app, port, env, workdir, settings="portal.settings"):
    """daphne on ``port`` with the deployed options (behind nginx or not)."""
    daphne = processes.Daphne(
        workdir,
        f"daphne-{port}",
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        port=port,
        app=app,
        # The baselines' URLconf has no /healthz: their port is enough.
        ready_path="/healthz" if settings == "portal.settings" else None,
    )
    return daphne.start()


def start_gunicorn(port, env, workdir, workers=GUNICORN_WORKERS):
    gunicorn = processes.Gunicorn(
        workdir,
        f"gunicorn-{port}",
        env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings"},
        port=port,
        workers=workers,
    )
    if not gunicorn.available():
        return None
    return gunicorn.start()


class Nginx(processes.Nginx):
    """
    nginx with deploy/nginx.conf.template, TLS on ``port + 1``, in front of
    daphne on ``upstream_port``; ``/static/<name>.html`` are the pages saved
    in ``static_dir`` (nginx's own limit). ``url`` is the TLS address.
    """

    config_source = "deploy/nginx.conf.template (TLS)"

    def __init__(self, workdir, port, upstream_port, static_dir):
        folder = Path(workdir) / "nginx"
        folder.mkdir(parents=True, exist_ok=True)
        # nginx's workers do not run as root: they must get to the files.
        Path(workdir).chmod(0o711)
        super().__init__(
            folder,
            processes.nginx_values(
                folder,
                upstreams=[f"127.0.0.1:{upstream_port}"],
                host="127.0.0.1",
                http_port=port,
                https_port=port + 1,
                static_root=static_dir,
                media_root=Path(workdir) / "media",
            ),
        )
        self.url = f"https://127.0.0.1:{port + 1}"
