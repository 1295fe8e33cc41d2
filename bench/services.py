"""
The services a benchmark needs: a private Redis, the benchmark database,
daphne, gunicorn and nginx processes, all on the benchmark's own ports.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from . import procs

ROOT = procs.ROOT
PYTHON = sys.executable
POSTGRES = ("127.0.0.1", 5432)
DATABASE_NAME = "portal_bench"

# daphne's options in the real stack; deploy/stack.py's own list wins when
# it is there, so the figures describe what is deployed.
DAPHNE_OPTIONS = [
    "--proxy-headers",
    "--access-log", os.devnull,
    "--websocket-max-frame-size", "65536",
    "--websocket-max-message-size", "65536",
    "--application-close-timeout", "5",
]  # fmt: skip


def daphne_options():
    try:
        sys.path.insert(0, str(ROOT))
        from deploy.stack import DAPHNE_OPTIONS as deployed  # noqa: PLC0415
    except ImportError:
        return list(DAPHNE_OPTIONS)
    return list(deployed)


class Redis:
    """A private redis-server on ``port``; FLUSHALL is safe here."""

    def __init__(self, port, workdir):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.workdir = Path(workdir)
        self.process = None
        self._client = None

    def start(self):
        if procs.port_open("127.0.0.1", self.port):
            raise RuntimeError(
                f"port {self.port} is taken: the benchmark wants its own Redis there"
            )
        data = self.workdir / f"redis-{self.port}"
        data.mkdir(parents=True, exist_ok=True)
        log = self.workdir / f"redis-{self.port}.log"
        self.process = procs.spawn(
            [
                shutil.which("redis-server") or "redis-server",
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--save", "",
                "--appendonly", "no",
                "--dir", str(data),
                "--maxclients", "20000",
            ],
            log=log,
        )  # fmt: skip
        procs.wait_port(self.process, self.port, 15, log=log)
        return self

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
        return procs.cpu_seconds(self.process.pid)

    def stop(self):
        if self.process is not None:
            procs.stop(self.process)


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


def app_env(*, database_url, redis_url, workdir, port=18510, extra=None):
    """The environment of every server process: the real stack's settings."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env = {
        **keep,
        "DEBUG": "0",
        "SECRET_KEY": "bench-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{port}",
        # The load's made-up article paths count as pages, as real ones do.
        "PRESENCE_PAGE_VALIDATOR": "",
        # Plain HTTP on loopback: nginx would say https with X-Forwarded-Proto.
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_MANIFEST": "0",
        "WHITENOISE_USE_FINDERS": "1",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "BENCH_PAGES_DIR": str(Path(workdir) / "pages"),
        "PYTHONUNBUFFERED": "1",
        **(extra or {}),
    }
    if database_url.startswith("sqlite:///"):
        env["DATABASE_URL"] = ""
        env["SQLITE_PATH"] = database_url.removeprefix("sqlite:///")
    return env


def manage(env, *args, settings="bench.settings", timeout=600):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
        )
    return result.stdout


def start_daphne(app, port, env, workdir, settings="portal.settings"):
    log = Path(workdir) / f"daphne-{port}.log"
    # The portal as it is deployed (presence.serve: daphne with the live
    # counter's per-socket bounds); the baselines under the daphne command.
    if app.startswith("portal."):
        program = [PYTHON, "-m", "presence.serve"]
    else:
        program = [str(Path(PYTHON).with_name("daphne"))]
    process = procs.spawn(
        [
            *program,
            "-b", "127.0.0.1",
            "-p", str(port),
            *daphne_options(),
            app,
        ],
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        log=log,
    )  # fmt: skip
    procs.wait_port(process, port, 60, log=log)
    return process


def start_gunicorn(port, env, workdir, workers=2):
    binary = Path(PYTHON).with_name("gunicorn")
    if not binary.exists():
        return None
    log = Path(workdir) / f"gunicorn-{port}.log"
    process = procs.spawn(
        [
            str(binary),
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers),
            "--worker-class", "sync",
            "portal.wsgi:application",
        ],
        env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings"},
        log=log,
    )  # fmt: skip
    procs.wait_port(process, port, 60, log=log)
    return process


# -- nginx --------------------------------------------------------------------

TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
_PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")

MINIMAL_NGINX = """\
# The benchmark's own minimal nginx: a static location and a proxy cache
# in front of daphne, as deploy/ would have them.
user {user};
worker_processes auto;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65s;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    proxy_cache_path {dir}/cache levels=1:2 keys_zone=pages:20m
                     max_size=512m inactive=60m use_temp_path=off;
    upstream portal {{
        {upstream}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        location /static/ {{
            alias {static}/;
        }}
        location / {{
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_cache pages;
            proxy_cache_key $scheme://$host$request_uri;
            proxy_cache_lock on;
            add_header X-Cache-Status $upstream_cache_status always;
        }}
    }}
}}
"""


class Nginx:
    """
    nginx with deploy/nginx.conf.template when the real stack's config is
    on this branch (TLS on ``port + 1``), else the minimal config above.
    ``url`` is where both the static pages (``/static/<name>.html``) and the
    proxied pages are.
    """

    def __init__(self, workdir, port, upstream_port, static_dir):
        self.dir = Path(workdir) / "nginx"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = port
        self.upstream = f"server 127.0.0.1:{upstream_port};"
        self.static_dir = Path(static_dir)
        self.process = None
        self.config_source = "minimal config in bench/services.py"
        self.url = f"http://127.0.0.1:{port}"

    def _user(self):
        return "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")

    def _deploy_values(self):
        user = self._user()
        cert, key = self.dir / "tls.crt", self.dir / "tls.key"
        if not cert.exists():
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                 "-days", "30", "-subj", "/CN=127.0.0.1",
                 "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                 "-keyout", str(key), "-out", str(cert)],
                check=True, capture_output=True, timeout=60,
            )  # fmt: skip
        return {
            "NGINX_USER": user,
            "NGINX_PID": self.dir / "nginx.pid",
            "NGINX_ERROR_LOG": self.dir / "nginx-error.log",
            "NGINX_ACCESS_LOG": self.dir / "nginx-access.log",
            "NGINX_TEMP": self.dir / "temp",
            "UPSTREAM_SERVERS": self.upstream,
            "HTTP_LISTEN": f"127.0.0.1:{self.port}",
            "HTTPS_LISTEN": f"127.0.0.1:{self.port + 1}",
            "HTTPS_PORT": self.port + 1,
            "SERVER_NAME": "127.0.0.1 localhost",
            "TLS_CERT": cert,
            "TLS_KEY": key,
            "STATIC_ROOT": self.static_dir,
            "MEDIA_ROOT": self.dir / "media",
        }

    def render(self):
        """Return the config text; the deployed template when it fits."""
        if TEMPLATE.exists():
            text = TEMPLATE.read_text()
            values = self._deploy_values()
            missing = set(_PLACEHOLDER.findall(text)) - set(values)
            if not missing:
                (self.dir / "temp").mkdir(exist_ok=True)
                self.config_source = "deploy/nginx.conf.template (TLS)"
                self.url = f"https://127.0.0.1:{self.port + 1}"
                self.listen_port = self.port + 1
                return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)
            self.config_source = (
                "minimal config (deploy template needs "
                + ", ".join(sorted(missing))
                + ")"
            )
        self.listen_port = self.port
        return MINIMAL_NGINX.format(
            user=self._user(),
            dir=self.dir,
            upstream=self.upstream,
            port=self.port,
            static=self.static_dir,
        )

    def start(self):
        conf = self.dir / "nginx.conf"
        conf.write_text(self.render())
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        argv = [binary, "-p", str(self.dir), "-e", str(self.dir / "nginx-error.log"),
                "-c", str(conf), "-g", "daemon off;"]  # fmt: skip
        check = subprocess.run([*argv, "-t"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError("nginx rejected its configuration:\n" + check.stderr)
        self.process = procs.spawn(argv, log=self.dir / "nginx.out")
        procs.wait_port(self.process, self.listen_port, 15)
        return self

    def stop(self):
        if self.process is not None:
            procs.stop(self.process)


def split_url(url):
    parts = urlsplit(url)
    return parts.hostname, parts.port
