"""
The real stack, natively: PostgreSQL, Redis, daphne processes and nginx.

``make stack`` runs ``python deploy/stack.py start`` and ``make stack-stop``
runs ``python deploy/stack.py stop``. The stack tests (tests/stack/) build the
same topology from these classes, on private ports and in temporary folders.

Every process started here runs in a session of its own (so a terminal's
Ctrl+C or a test runner's exit does not reach it by accident) and is recorded
in a pid file in the run folder; ``stop`` ends exactly those processes, and a
service that was already running (PostgreSQL or Redis on the given port) is
reused and left alone. Only the standard library is used, so this runs before
the virtual environment has anything in it.
"""

import argparse
import contextlib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
_PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")

# daphne's options in every deployment (docker-compose.yml repeats them; a
# test keeps the two equal).
DAPHNE_OPTIONS = [
    # Only nginx reaches the Unix socket, and it overwrites X-Forwarded-For
    # with the reader's address: daphne takes the client address (and the
    # scheme, from X-Forwarded-Proto) from it. Without this a Unix-socket
    # peer has no address at all (scope["client"] is None).
    "--proxy-headers",
    # nginx writes the access log (JSON); daphne's would be a second,
    # plain-text copy in the middle of the JSON logs.
    "--access-log", os.devnull,
    # The presence consumer closes anything over 1 KiB itself (4413).
    "--websocket-max-frame-size", "65536",
    "--websocket-max-message-size", "65536",
    "--application-close-timeout", "5",
]  # fmt: skip


# -- helpers ---------------------------------------------------------------


def render_template(text, values):
    """
    Fill ``${NAME}`` placeholders, as ``envsubst '${NAME} ...'`` does.

    Lower-case ``$name`` (nginx's variables) is left alone; a placeholder
    without a value is an error rather than an empty string in the config.
    """
    missing = sorted(set(_PLACEHOLDER.findall(text)) - set(values))
    if missing:
        raise KeyError("no value for " + ", ".join(missing))
    return _PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def port_open(host, port, timeout=0.5):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_until(predicate, timeout, what, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise TimeoutError(f"{what} did not happen within {timeout} s")


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped by its parent) is not alive.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def stop_group(pid, timeout=10.0, sig=signal.SIGTERM):
    """Signal a process group started here, then SIGKILL it after ``timeout``."""
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        return
    try:
        wait_until(lambda: not pid_alive(pid), timeout, f"exit of {pid}", 0.05)
    except TimeoutError:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        wait_until(lambda: not pid_alive(pid), 5, f"exit of {pid} after SIGKILL")


class Process:
    """A background process of the stack with its pid file and log."""

    program = ""  # a word of the command line, to recognise the process

    def __init__(self, name, run_dir):
        self.name = name
        self.run_dir = Path(run_dir)
        self.pid_file = self.run_dir / f"{name}.pid"
        self.log_file = self.run_dir / f"{name}.log"
        self.popen = None

    @property
    def pid(self):
        if self.popen is not None:
            return self.popen.pid
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def spawn(self, argv, env=None, cwd=ROOT):
        with open(self.log_file, "ab") as log:
            self.popen = subprocess.Popen(
                argv,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.pid_file.write_text(f"{self.popen.pid}\n")
        return self.popen

    def running(self):
        if self.popen is not None:
            return self.popen.poll() is None
        pid = self.pid
        return pid is not None and pid_alive(pid) and self._is_ours(pid)

    def _is_ours(self, pid):
        # A pid file can outlive its process, and the number can be reused:
        # only a process that still runs the expected program is signalled.
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return True  # no /proc: trust the pid file
        return self.program.encode() in cmdline

    def signal(self, sig):
        if self.pid is not None and self.running():
            os.kill(self.pid, sig)

    def stop(self, timeout=10.0):
        pid = self.pid
        if pid is not None and self.running():
            stop_group(pid, timeout)
        if self.popen is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=5)
        self.popen = None
        self.pid_file.unlink(missing_ok=True)

    def log_tail(self, lines=30):
        try:
            return "\n".join(
                self.log_file.read_text(errors="replace").splitlines()[-lines:]
            )
        except OSError:
            return ""


# -- services --------------------------------------------------------------


class Redis(Process):
    """A Redis on loopback: reused when one answers, else started here."""

    program = "redis-server"

    def __init__(self, run_dir, url):
        super().__init__("redis", run_dir)
        parts = urlsplit(url)
        self.url = url
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 6379

    def answering(self):
        return port_open(self.host, self.port)

    def start(self):
        if self.answering():
            return False
        data = self.run_dir / "redis-data"
        data.mkdir(parents=True, exist_ok=True)
        self.spawn(
            [
                shutil.which("redis-server") or "redis-server",
                "--bind", self.host,
                "--port", str(self.port),
                "--save", "",
                "--appendonly", "no",
                "--dir", str(data),
                "--daemonize", "no",
            ]
        )  # fmt: skip
        wait_until(self.answering, 10, f"Redis on port {self.port}")
        return True


class Postgres:
    """
    A PostgreSQL cluster on loopback: reused when one answers, else a private
    one is made with initdb in the run folder and started with pg_ctl.

    initdb refuses to run as root, so as root the cluster belongs to the
    ``postgres`` user and the commands run through ``runuser``.
    """

    def __init__(self, run_dir, url):
        parts = urlsplit(url)
        self.run_dir = Path(run_dir)
        self.url = url
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 5432
        self.user = parts.username or "postgres"
        self.database = parts.path.lstrip("/") or "portal"
        self.data = self.run_dir / "postgres"
        self.marker = self.run_dir / "postgres.started"

    def answering(self):
        return port_open(self.host, self.port)

    def _as_owner(self, argv):
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *argv]
        return argv

    def _bin(self, name):
        found = shutil.which(name)
        if found:
            return found
        versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
        if not versions:
            raise FileNotFoundError(f"{name} (PostgreSQL) is not installed")
        return str(versions[-1])

    def start(self):
        if self.answering():
            return False
        if not (self.data / "PG_VERSION").exists():
            self.data.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                # The server runs as postgres: it must be able to pass
                # through the run folder (mkdtemp makes it 0700).
                self.run_dir.chmod(self.run_dir.stat().st_mode | 0o011)
                shutil.chown(self.data, "postgres", "postgres")
                self.data.chmod(0o700)
            subprocess.run(
                self._as_owner(
                    [
                        self._bin("initdb"),
                        "-D", str(self.data),
                        "-U", self.user,
                        "--auth=trust",
                        "--encoding=UTF8",
                        "--no-instructions",
                    ]
                ),
                check=True,
                capture_output=True,
                timeout=120,
            )  # fmt: skip
        self.pg_ctl("start", "-w", "-t", "30", "-l", str(self.data / "server.log"),
                    "-o", self.server_options())  # fmt: skip
        self.marker.write_text(str(self.data))
        return True

    def server_options(self):
        return (
            f"-c listen_addresses={self.host} -c port={self.port}"
            f" -c unix_socket_directories='{self.data}'"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )

    def pg_ctl(self, *args, timeout=60):
        result = subprocess.run(
            self._as_owner([self._bin("pg_ctl"), "-D", str(self.data), *args]),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"pg_ctl {args[0]} failed: {result.stdout}{result.stderr}"
            )
        return result

    def stop(self, mode="fast"):
        """Stop the cluster, only when it was started here."""
        if not self.marker.exists():
            return
        if (self.data / "postmaster.pid").exists():
            self.pg_ctl("stop", "-m", mode, "-w", "-t", "30")
        self.marker.unlink(missing_ok=True)

    def kill(self):
        """Stop at once without a checkpoint, as a crash would (for tests)."""
        self.pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")

    def resume(self):
        self.pg_ctl("start", "-w", "-t", "30", "-l", str(self.data / "server.log"),
                    "-o", self.server_options())  # fmt: skip

    def create_database(self):
        """Create the database when it does not exist yet."""
        host = ["-h", self.host, "-p", str(self.port), "-U", self.user]
        # The name comes from the operator's own URL, not from a reader.
        query = f"SELECT 1 FROM pg_database WHERE datname = '{self.database}'"  # noqa: S608
        exists = subprocess.run(
            [self._bin("psql"), *host, "-d", "postgres", "-tAc", query],
            capture_output=True, text=True, timeout=30, check=True,
        )  # fmt: skip
        if exists.stdout.strip() != "1":
            subprocess.run(
                [self._bin("createdb"), *host, self.database],
                check=True, capture_output=True, timeout=30,
            )  # fmt: skip


def unix_endpoint(path):
    """
    daphne's ``-e`` endpoint for a Unix socket that only its owner and its
    group may use (0660; ``-u`` would make it 0666, open to every local
    user, who could then set X-Forwarded-For as nginx does).
    """
    escaped = str(path).replace("\\", "\\\\").replace(":", "\\:")
    return f"unix:{escaped}:mode=660"


class Daphne(Process):
    """One daphne process on a Unix socket; only nginx connects to it."""

    program = "presence.serve"

    def __init__(self, run_dir, index, env, socket_dir=None):
        super().__init__(f"daphne-{index}", run_dir)
        self.socket = Path(socket_dir or self.run_dir) / f"daphne-{index}.sock"
        self.env = env

    def start(self, wait=True):
        self.socket.unlink(missing_ok=True)
        # daphne as `make run` starts it (presence.serve: daphne's command
        # line, closing oversized frames with 1009 as the contract says).
        self.spawn(
            [sys.executable, "-m", "presence.serve",
             "-e", unix_endpoint(self.socket),
             *DAPHNE_OPTIONS, "portal.asgi:application"],
            env=self.env,
        )  # fmt: skip
        if wait:
            self.wait_ready()

    def wait_ready(self, timeout=60):
        def ready():
            if not self.running():
                raise RuntimeError(f"{self.name} exited:\n{self.log_tail()}")
            return self.socket.exists() and _unix_http_ok(self.socket)

        wait_until(ready, timeout, f"{self.name} answering on {self.socket}")


def _unix_http_ok(path):
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(2)
            sock.connect(str(path))
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            return sock.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


class Nginx(Process):
    """nginx in the foreground of its own session, with a rendered config."""

    program = "nginx"

    def __init__(self, run_dir, values):
        super().__init__("nginx", run_dir)
        self.values = values
        self.conf = self.run_dir / "nginx.conf"

    def start(self):
        temp = Path(self.values["NGINX_TEMP"])
        temp.mkdir(parents=True, exist_ok=True)
        self.conf.write_text(render_template(TEMPLATE.read_text(), self.values))
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        argv = [binary, "-p", str(temp), "-e", self.values["NGINX_ERROR_LOG"],
                "-c", str(self.conf), "-g", "daemon off;"]  # fmt: skip
        check = subprocess.run([*argv, "-t"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError("nginx rejected its configuration:\n" + check.stderr)
        self.spawn(argv)
        host, _, port = self.values["HTTPS_LISTEN"].rpartition(":")
        wait_until(
            lambda: self.running() and port_open(host or "127.0.0.1", int(port)),
            10,
            "nginx listening",
        )


def nginx_user():
    """
    The user nginx's workers run as: never root. Started as root, nginx
    drops to ``www-data`` (Debian's web server user) or ``nobody``; started
    by anyone else it keeps that user (and ignores the directive).
    """
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    for name in ("www-data", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name).pw_name
    raise RuntimeError("no www-data or nobody user for nginx's workers")


def make_certificate(run_dir, host="127.0.0.1"):
    """A self-signed certificate for ``host``, made once and then reused."""
    cert, key = Path(run_dir) / "tls.crt", Path(run_dir) / "tls.key"
    if not (cert.exists() and key.exists()):
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
             "-days", "825", "-subj", f"/CN={host}",
             "-addext", f"subjectAltName=IP:{host},DNS:localhost",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        key.chmod(0o600)
    return cert, key


# -- the whole stack -------------------------------------------------------


class Stack:
    """
    PostgreSQL, Redis, ``daphne_count`` daphne processes and nginx.

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
        env=None,
        static_root=None,
        media_root=None,
    ):
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
        self.env = self._app_env(database_url, redis_url, env or {})
        self.nginx_user = nginx_user()
        # Only nginx's workers (and daphne, the owner) may enter it.
        self.socket_dir = self.run_dir / "sockets"
        self.daphnes = [
            Daphne(self.run_dir, index, self.env, socket_dir=self.socket_dir)
            for index in range(1, daphne_count + 1)
        ]
        self.nginx = None

    def _secret_key(self):
        path = self.run_dir / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(50))
            path.chmod(0o600)
        return path.read_text().strip()

    def _app_env(self, database_url, redis_url, overrides):
        keep = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        return {
            **keep,
            "DEBUG": "0",
            "SECRET_KEY": self._secret_key(),
            "ALLOWED_HOSTS": f"{self.host},localhost",
            "SITE_URL": self.url,
            "CSRF_TRUSTED_ORIGINS": self.url,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "STATIC_ROOT": str(self.static_root),
            "MEDIA_ROOT": str(self.media_root),
            "DATABASE_POOL": "1",
            # daphne --proxy-headers already gives the reader's address; a
            # Unix-socket peer without it has none, and "unix" trusts that.
            "PRESENCE_TRUSTED_PROXIES": "unix",
            "PYTHONUNBUFFERED": "1",
            **overrides,
        }

    def manage(self, *args, timeout=300):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
            )
        return result.stdout

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

    def nginx_values(self):
        cert, key = make_certificate(self.run_dir, self.host)
        return {
            "NGINX_USER": self.nginx_user,
            "NGINX_PID": self.run_dir / "nginx-master.pid",
            "NGINX_ERROR_LOG": self.run_dir / "nginx-error.log",
            "NGINX_ACCESS_LOG": self.run_dir / "nginx-access.log",
            "NGINX_TEMP": self.run_dir / "nginx",
            "UPSTREAM_SERVERS": "\n        ".join(
                f"server unix:{d.socket} max_fails=0;" for d in self.daphnes
            ),
            "HTTP_LISTEN": f"{self.host}:{self.http_port}",
            "HTTPS_LISTEN": f"{self.host}:{self.https_port}",
            "SITE_ORIGIN": self.url,
            "SERVER_NAME": f"{self.host} localhost",
            "TLS_CERT": cert,
            "TLS_KEY": key,
            "STATIC_ROOT": self.static_root,
            "MEDIA_ROOT": self.media_root,
        }

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
        for daphne in self.daphnes:
            daphne.start(wait=False)
        for daphne in self.daphnes:
            daphne.wait_ready()
        log(
            f"Started {len(self.daphnes)} daphne processes on Unix sockets"
            f" in {self.run_dir}"
        )
        self.nginx = Nginx(self.run_dir, self.nginx_values())
        self.nginx.start()
        log(
            f"nginx: {self.url}/ (http://{self.host}:{self.http_port}/ redirects there)"
        )

    def stop(self):
        """Stop what this stack started, newest first, even after a failure."""
        errors = []
        parts = [self.nginx or Nginx(self.run_dir, {}), *reversed(self.daphnes),
                 self.redis]  # fmt: skip
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
    args = parser.parse_args(argv)
    stack = Stack(
        args.run_dir,
        database_url=args.database_url,
        redis_url=args.redis_url,
        http_port=args.http_port,
        https_port=args.https_port,
        daphne_count=args.daphne,
    )
    if args.command == "stop":
        stack.stop()
        print("Stopped what `make stack` started.")
        return 0
    if any(d.running() for d in stack.daphnes):
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
