"""
The real stack, natively: PostgreSQL, Redis, gunicorn's sync workers for
pages, daphne processes for the live counter's sockets, and nginx.

``make stack`` runs ``python -m deploy.stack start`` and ``make stack-stop``
runs ``python -m deploy.stack stop``. The stack tests (tests/stack/) build
the same topology from this class, on private ports and in temporary
folders; the processes themselves come from deploy/processes.py, like the
benchmarks' and the test servers'.

A service that was already running (PostgreSQL or Redis on the given port)
is reused and left alone; ``stop`` ends exactly the processes ``start``
recorded in pid files in the run folder. Only the standard library is used,
so this runs before the virtual environment has anything in it.
"""

import argparse
import os
import pwd
import secrets
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a file: python deploy/stack.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deploy.processes import (  # noqa: E402 - after the path above
    DAPHNE_OPTIONS,
    GUNICORN_OPTIONS,
    ROOT,
    TEMPLATE,
    Daphne,
    Gunicorn,
    Nginx,
    Postgres,
    Redis,
    manage,
    nginx_user,
    nginx_values,
    port_open,
    render_template,
    server_environment,
    unix_endpoint,
    wait_until,
)

__all__ = [
    "DAPHNE_OPTIONS", "GUNICORN_OPTIONS", "ROOT", "TEMPLATE", "Daphne",
    "Gunicorn", "Nginx", "Stack",
    "port_open", "render_template", "unix_endpoint", "wait_until",
]  # fmt: skip


# -- the whole stack -------------------------------------------------------


class Stack:
    """
    PostgreSQL, Redis, gunicorn (``workers`` sync workers, 2 x cores + 1 by
    default) serving pages, ``daphne_count`` daphne processes serving
    ``/ws/``, and nginx in front. ``http_server="daphne"`` is the former
    layout: no gunicorn, the daphne processes serve pages too.

    ``run_dir`` holds pid files, logs, sockets, the rendered nginx config,
    the certificate and (when started here) the PostgreSQL and Redis data.
    """

    def __init__(
        self,
        run_dir,
        *,
        database_url,
        redis_url,
        http_port=8080,
        https_port=8443,
        host="127.0.0.1",
        daphne_count=2,
        http_server="gunicorn",
        workers=None,
        env=None,
        static_root=None,
        media_root=None,
    ):
        if http_server not in ("gunicorn", "daphne"):
            raise ValueError(f"http_server: gunicorn or daphne, not {http_server!r}")
        self.run_dir = Path(run_dir).resolve()
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.host = host
        self.http_port = http_port
        self.https_port = https_port
        self.url = f"https://{host}:{https_port}"
        self.static_root = Path(static_root or self.run_dir / "static")
        self.media_root = Path(media_root or self.run_dir / "media")
        self.postgres = Postgres(self.run_dir, database_url)
        self.redis = Redis(self.run_dir, redis_url)
        where = {
            "database_url": database_url,
            "redis_url": redis_url,
            "site_url": self.url,
            "secret_key": self._secret_key(),
            "hosts": (host, "localhost"),
            "static_root": self.static_root,
            "media_root": self.media_root,
            "overrides": env,
        }
        # daphne's environment also runs manage.py.
        self.env = server_environment(server="daphne", **where)
        self.gunicorn_env = server_environment(server="gunicorn", **where)
        self.nginx_user = nginx_user()
        # Only nginx's workers (and daphne, the owner) may enter it.
        self.socket_dir = self.run_dir / "sockets"
        self.daphnes = [
            Daphne(
                self.run_dir,
                f"daphne-{index}",
                env=self.env,
                socket=self.socket_dir / f"daphne-{index}.sock",
            )
            for index in range(1, daphne_count + 1)
        ]
        self.gunicorn = None
        if http_server == "gunicorn":
            self.gunicorn = Gunicorn(
                self.run_dir,
                env=self.gunicorn_env,
                socket=self.socket_dir / "gunicorn.sock",
                workers=workers,
            )
        self.nginx = None

    def _secret_key(self):
        path = self.run_dir / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(50))
            path.chmod(0o600)
        return path.read_text().strip()

    def manage(self, *args, timeout=300):
        return manage(self.env, *args, timeout=timeout)

    def make_socket_dir(self):
        """
        The sockets' directory: daphne (its owner) creates them; nginx's
        workers' group may enter it (setgid: sockets get that group); no
        one else may even look inside.
        """
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        group = pwd.getpwnam(self.nginx_user).pw_gid if os.geteuid() == 0 else -1
        os.chown(self.socket_dir, -1, group)
        self.socket_dir.chmod(0o2750)

    def page_servers(self):
        """The processes nginx sends pages to."""
        return [self.gunicorn] if self.gunicorn is not None else self.daphnes

    def nginx_values(self):
        return nginx_values(
            self.run_dir,
            upstreams=[f"unix:{p.socket}" for p in self.page_servers()],
            ws_upstreams=[f"unix:{d.socket}" for d in self.daphnes],
            host=self.host,
            http_port=self.http_port,
            https_port=self.https_port,
            static_root=self.static_root,
            media_root=self.media_root,
        )

    def start(self, log=print):
        for port in (self.http_port, self.https_port):
            if port_open(self.host, port):
                raise RuntimeError(f"{self.host}:{port} is already in use")
        started_pg = self.postgres.start()
        log(
            ("Started" if started_pg else "Reusing")
            + f" PostgreSQL on port {self.postgres.port}"
        )
        self.postgres.create_database()
        started_redis = self.redis.start()
        log(
            ("Started" if started_redis else "Reusing")
            + f" Redis on port {self.redis.port}"
        )
        # Others may pass through (PostgreSQL's and nginx's users must reach
        # their folders inside) but not list it.
        self.run_dir.chmod(0o711)
        self.make_socket_dir()
        log("Migrating, collecting static files, loading demo content if empty...")
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        self.manage("load_demo", "--if-empty")
        servers = [*self.daphnes, *([self.gunicorn] if self.gunicorn else [])]
        for server in servers:
            server.start(wait=False)
        for server in servers:
            server.wait_ready()
        if self.gunicorn is not None:
            log(
                f"Started gunicorn ({self.gunicorn.workers} sync workers) for pages"
                f" and {len(self.daphnes)} daphne processes for /ws/, on Unix"
                f" sockets in {self.socket_dir}"
            )
        else:
            log(
                f"Started {len(self.daphnes)} daphne processes on Unix sockets"
                f" in {self.socket_dir}"
            )
        self.nginx = Nginx(self.run_dir, self.nginx_values())
        self.nginx.start()
        log(
            f"nginx: {self.url}/ (http://{self.host}:{self.http_port}/ redirects there)"
        )

    def stop(self):
        """Stop what this stack started, newest first, even after a failure."""
        errors = []
        parts = [self.nginx or Nginx(self.run_dir, {}),
                 *([self.gunicorn] if self.gunicorn else []),
                 *reversed(self.daphnes), self.redis]  # fmt: skip
        for part in parts:
            try:
                part.stop()
            except Exception as exc:  # noqa: BLE001 - stop the others anyway
                errors.append(f"{part.name}: {exc}")
        try:
            self.postgres.stop()
        except Exception as exc:  # noqa: BLE001
            errors.append(f"postgres: {exc}")
        if errors:
            raise RuntimeError("; ".join(errors))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "stop"])
    parser.add_argument(
        "--run-dir", default=os.environ.get("STACK_RUN_DIR", ROOT / "run")
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal"
        ),
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/0"),
    )
    parser.add_argument("--http-port", type=int, default=8080)
    parser.add_argument("--https-port", type=int, default=8443)
    parser.add_argument("--daphne", type=int, default=2)
    parser.add_argument(
        "--http-server",
        choices=["gunicorn", "daphne"],
        default=os.environ.get("STACK_HTTP_SERVER", "gunicorn"),
        help="what serves pages (default: gunicorn; daphne: the daphne"
        " processes serve pages and sockets)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("GUNICORN_WORKERS") or 0) or None,
        help="gunicorn sync workers (default: 2 x cores + 1)",
    )
    args = parser.parse_args(argv)
    stack = Stack(
        args.run_dir,
        database_url=args.database_url,
        redis_url=args.redis_url,
        http_port=args.http_port,
        https_port=args.https_port,
        daphne_count=args.daphne,
        # stop ends gunicorn too whichever layout start was given.
        http_server="gunicorn" if args.command == "stop" else args.http_server,
        workers=args.workers,
    )
    if args.command == "stop":
        stack.stop()
        print("Stopped what `make stack` started.")
        return 0
    if any(p.running() for p in [*stack.daphnes, Gunicorn(stack.run_dir, env={})]):
        print(f"The stack is already running (pid files in {stack.run_dir}).")
        return 1
    try:
        stack.start()
    except BaseException:
        print("Starting failed; stopping what was started.", file=sys.stderr)
        stack.stop()
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
