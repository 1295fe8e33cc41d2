"""
The one process library: PostgreSQL, Redis, daphne, gunicorn and nginx, the
self-signed certificate, the server environment, and the helpers to wait
for processes and stop them.

``make stack`` (deploy/stack.py), the benchmarks (bench/) and the test
fixtures that start servers (tests/stack/, tests/presence/, tests/e2e/) all
start their processes here, so a server runs the same way everywhere: the
same daphne options, the same settings, the same nginx template.

Every process started here runs in a session (process group) of its own, so
a terminal's Ctrl+C or a test runner's exit does not reach it by accident,
and stopping it ends its children too (nginx's workers). Every process is
registered while it runs; ``stop_all()`` ends those still running, newest
first, in a ``finally`` block. A ``Process`` also writes a pid file, so
another command (``make stack-stop``) can stop it later, and only signals a
pid that still runs the program it started.

Only the standard library is imported at module level, so this runs before
the virtual environment has anything in it.
"""

import contextlib
import os
import pwd
import re
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

PROXY_HEADERS = "--proxy-headers"
# daphne's options in every deployment (docker-compose.yml repeats them; a
# test keeps the two equal). The benchmarks and test servers use them too.
DAPHNE_OPTIONS = [
    # Only nginx reaches the Unix socket, and it overwrites X-Forwarded-For
    # with the reader's address: daphne takes the client address (and the
    # scheme, from X-Forwarded-Proto) from it. Without this a Unix-socket
    # peer has no address at all (scope["client"] is None).
    PROXY_HEADERS,
    # nginx writes the access log (JSON); daphne's would be a second,
    # plain-text copy in the middle of the JSON logs.
    "--access-log", os.devnull,
    # The presence consumer closes anything over 1 KiB itself (4413).
    "--websocket-max-frame-size", "65536",
    "--websocket-max-message-size", "65536",
    "--application-close-timeout", "5",
]  # fmt: skip

# gunicorn's options in every deployment (docker-compose.yml repeats them; a
# test keeps the two equal); the number of workers comes from the machine
# (gunicorn_workers()). Sync workers: one request at a time per process,
# nginx buffers slow readers in front (gunicorn's own advice).
GUNICORN_OPTIONS = [
    "--worker-class", "sync",
    # The Unix socket is 0660 like daphne's (0777 & ~0117): only nginx's
    # group, through the socket directory's setgid, may connect.
    "--umask", "0o117",
    # nginx gives up on a request after proxy_read_timeout (30 s) too.
    "--timeout", "30",
    # SIGTERM: finish the requests in flight, as daphne's 5 s close timeout.
    "--graceful-timeout", "5",
    # nginx writes the access log (JSON), as for daphne.
    "--access-logfile", os.devnull,
    # gunicorn 27's runtime control socket defaults to one path in the home
    # directory, shared by every master of that user; signals suffice.
    "--no-control-socket",
]  # fmt: skip

# The settings every server process of the real stack runs with, whoever
# starts it (make stack, compose, the benchmarks; a test keeps compose's
# copy equal). Issue #14's benchmarks measure these, not a lighter setup.
SERVER_SETTINGS = {
    "DEBUG": "0",
    # daphne --proxy-headers (and ops.proxy for gunicorn) already give the
    # reader's address; a Unix-socket peer without it has none, and "unix"
    # trusts that.
    "TRUSTED_PROXIES": "unix",
}
# What differs by server: how a process holds its database connections.
SERVER_KIND_SETTINGS = {
    # psycopg's pool: under daphne, persistent connections pile up (one per
    # request thread) until PostgreSQL refuses more (README, "measured").
    "daphne": {"DATABASE_POOL": "1"},
    # A sync worker is one thread serving one request at a time: one
    # persistent connection per worker (CONN_MAX_AGE, checked before reuse
    # by CONN_HEALTH_CHECKS), so 2 x cores + 1 workers hold that many.
    "gunicorn": {"DATABASE_POOL": "0", "DATABASE_CONN_MAX_AGE": "60"},
}


def gunicorn_workers(cores=None):
    """
    Sync workers for a machine: 2 x cores + 1 (gunicorn's rule of thumb:
    while one worker waits on PostgreSQL or Redis another renders).
    """
    if cores is None:
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cores = os.cpu_count() or 1
    return 2 * cores + 1


def daphne_options(*, behind_proxy=True):
    """DAPHNE_OPTIONS; without ``--proxy-headers`` when clients connect directly."""
    return [o for o in DAPHNE_OPTIONS if behind_proxy or o != PROXY_HEADERS]


def unix_endpoint(path):
    """
    daphne's ``-e`` endpoint for a Unix socket that only its owner and its
    group may use (0660; ``-u`` would make it 0666, open to every local
    user, who could then set X-Forwarded-For as nginx does).
    """
    escaped = str(path).replace("\\", "\\\\").replace(":", "\\:")
    return f"unix:{escaped}:mode=660"


# -- the server environment ---------------------------------------------------


def server_settings(
    *,
    server="daphne",
    database_url,
    redis_url,
    site_url,
    secret_key,
    hosts=("127.0.0.1", "localhost"),
    static_root=None,
    media_root=None,
    overrides=None,
):
    """
    The portal's settings (environment variables) for a server process:
    SERVER_SETTINGS and those of its kind of ``server`` ("daphne" or
    "gunicorn"), then where it runs, then ``overrides``.

    ``database_url`` may be ``sqlite:///<path>`` for a throwaway server.
    """
    values = {
        **SERVER_SETTINGS,
        **SERVER_KIND_SETTINGS[server],
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": ",".join(hosts),
        "SITE_URL": site_url,
        "CSRF_TRUSTED_ORIGINS": site_url,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PYTHONUNBUFFERED": "1",
    }
    if database_url.startswith("sqlite:///"):
        values["DATABASE_URL"] = ""
        values["SQLITE_PATH"] = database_url.removeprefix("sqlite:///")
    if static_root is not None:
        values["STATIC_ROOT"] = str(static_root)
    if media_root is not None:
        values["MEDIA_ROOT"] = str(media_root)
    values.update({k: str(v) for k, v in (overrides or {}).items()})
    return values


def server_environment(**kwargs):
    """This process's environment (no DJANGO_* variable) with server_settings()."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return {**keep, **server_settings(**kwargs)}


def run(argv, *, what, timeout=60, **kwargs):
    """Run a command to its end; raise with its output when it fails."""
    result = subprocess.run(
        argv, capture_output=True, text=True, timeout=timeout, **kwargs
    )
    if result.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{result.stdout}{result.stderr}")
    return result


def manage(env, *args, settings=None, timeout=300):
    """Run ``manage.py`` with ``env``; return its output, raise on failure."""
    if settings:
        env = {**env, "DJANGO_SETTINGS_MODULE": settings}
    return run(
        [sys.executable, "manage.py", *args],
        what=f"manage.py {' '.join(args)}",
        timeout=timeout,
        cwd=ROOT,
        env=env,
    ).stdout


# -- waiting -----------------------------------------------------------------


def port_open(host, port, timeout=0.5):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(ports=None, host="127.0.0.1"):
    """The first port of ``ports`` nothing listens on (any free one if None)."""
    for port in [0] if ports is None else ports:
        with socket.socket() as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"no free port in {ports}")


def wait_until(predicate, timeout, what, interval=0.1):
    """Call ``predicate`` until it returns a true value, and return that."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{what} did not happen within {timeout} s")
        time.sleep(interval)


def http_ok(address, path="/healthz", host="localhost"):
    """True when GET ``path`` answers 200 at ``address`` (a path or host, port)."""
    family = socket.AF_UNIX if isinstance(address, str | Path) else socket.AF_INET
    try:
        with socket.socket(family) as sock:
            sock.settimeout(2)
            sock.connect(str(address) if family == socket.AF_UNIX else address)
            sock.sendall(
                f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
                .encode()
            )  # fmt: skip
            return sock.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


# -- starting and stopping ---------------------------------------------------

_started = []  # Popen objects still running, oldest first


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
    """Signal the process group ``pid`` leads; SIGKILL it after ``timeout``."""
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        return
    try:
        wait_until(lambda: not pid_alive(pid), timeout, f"exit of {pid}", 0.05)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        wait_until(lambda: not pid_alive(pid), 5, f"exit of {pid} after SIGKILL")


def stop(process, timeout=10.0):
    """Stop a Popen from ``spawn()``: its group, leader first, then the rest."""
    if process.poll() is None:
        stop_group(process.pid, timeout)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
    # Children of the group (nginx's workers) may outlive the leader.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if process in _started:
        _started.remove(process)


def stop_all():
    """Stop every process started here that still runs, newest first."""
    for process in reversed(list(_started)):
        with contextlib.suppress(Exception):
            stop(process, timeout=5)


def install_signal_handlers():
    """Turn SIGTERM/SIGINT into an exception, so ``finally`` blocks run."""

    def handler(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


class Process:
    """A background process with its pid file and log in ``run_dir``."""

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

    def spawn(self, argv, env=None, cwd=ROOT, **kwargs):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.popen = spawn(argv, env=env, log=self.log_file, cwd=cwd, **kwargs)
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

    def wait(self, timeout=20):
        """Wait for a process started here to exit; return its exit status."""
        return self.popen.wait(timeout)

    def stop(self, timeout=10.0):
        if self.popen is not None:
            stop(self.popen, timeout)
        elif self.pid is not None and self.running():
            stop_group(self.pid, timeout)
        self.popen = None
        self.pid_file.unlink(missing_ok=True)

    def exited_early(self):
        """Raise with the log's tail when the process is no longer running."""
        if not self.running():
            raise RuntimeError(f"{self.name} exited:\n{self.log_tail()}")

    def log_tail(self, lines=30):
        try:
            return "\n".join(
                self.log_file.read_text(errors="replace").splitlines()[-lines:]
            )
        except OSError:
            return ""


# -- services ------------------------------------------------------------------


class Redis(Process):
    """
    A redis-server on loopback in ``run_dir``, without persistence.

    ``reuse=True`` (make stack): a Redis already answering on the port is
    used and left alone. ``reuse=False`` (tests, benchmarks that flush or
    stop it): the port must be free.
    """

    program = "redis-server"

    def __init__(self, run_dir, url, *, reuse=True, options=(), name=None):
        parts = urlsplit(url)
        self.url = url
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 6379
        super().__init__(name or ("redis" if reuse else f"redis-{self.port}"), run_dir)
        self.reuse = reuse
        self.options = list(options)

    def answering(self):
        try:
            with socket.create_connection((self.host, self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self):
        """Start it; False when one already answered and is reused."""
        if port_open(self.host, self.port):
            if self.reuse:
                return False
            raise RuntimeError(f"port {self.port} is taken: its own Redis goes there")
        data = self.run_dir / f"{self.name}-data"
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
                *self.options,
            ]
        )  # fmt: skip
        wait_until(
            lambda: self.exited_early() or self.answering(),
            15,
            f"Redis on port {self.port}",
            0.05,
        )
        return True

    def command(self, *args):
        """One command with redis-py (installed with the portal)."""
        import redis

        client = redis.Redis.from_url(self.url, decode_responses=True)
        try:
            return client.execute_command(*args)
        finally:
            client.close()


class Postgres:
    """
    A PostgreSQL cluster on loopback: reused when one answers, else a private
    one is made with initdb in the run folder and started with pg_ctl.

    initdb refuses to run as root, so as root the cluster belongs to the
    ``postgres`` user and the commands run through ``runuser``.
    """

    name = "postgres"

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
        self.resume()
        self.marker.write_text(str(self.data))
        return True

    def server_options(self):
        return (
            f"-c listen_addresses={self.host} -c port={self.port}"
            f" -c unix_socket_directories='{self.data}'"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )

    def pg_ctl(self, *args, timeout=60):
        return run(
            self._as_owner([self._bin("pg_ctl"), "-D", str(self.data), *args]),
            what=f"pg_ctl {args[0]}",
            timeout=timeout,
        )

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


class Daphne(Process):
    """
    One daphne process, started as ``make run`` starts it: ``python -m
    presence.serve`` (daphne's command line, closing oversized frames with
    1009 as the contract says) with DAPHNE_OPTIONS.

    On a Unix socket (``socket``: the real stack, only nginx connects) or on
    ``host:port`` (tests and benchmarks; ``behind_proxy=False`` when clients
    connect directly). Ready when ``ready_path`` answers 200.
    """

    program = "presence.serve"

    def __init__(
        self,
        run_dir,
        name="daphne",
        *,
        env,
        socket=None,
        host="127.0.0.1",
        port=None,
        app="portal.asgi:application",
        behind_proxy=True,
        ready_path="/healthz",
    ):
        super().__init__(name, run_dir)
        self.env = env
        self.socket = Path(socket) if socket else None
        self.host, self.port = host, port
        self.app = app
        self.behind_proxy = behind_proxy
        self.ready_path = ready_path
        if port is not None:
            self.url = f"http://{host}:{port}"
            self.ws_url = f"ws://{host}:{port}/ws/presence/"

    def argv(self):
        # A Unix socket, host:port, or both (the benchmarks measure a
        # layout through nginx on the socket and a server alone on a port).
        bind = []
        if self.socket is not None:
            bind += ["-e", unix_endpoint(self.socket)]
        if self.port is not None or self.socket is None:
            bind += ["-b", self.host, "-p", str(self.port)]
        return [sys.executable, "-m", "presence.serve", *bind,
                *daphne_options(behind_proxy=self.behind_proxy), self.app]  # fmt: skip

    def start(self, wait=True):
        if self.socket is not None:
            self.socket.unlink(missing_ok=True)
        self.spawn(self.argv(), env=self.env)
        if wait:
            self.wait_ready()
        return self

    def answering(self):
        address = self.socket if self.socket is not None else (self.host, self.port)
        if self.ready_path is None:
            return port_open(self.host, self.port)
        return http_ok(address, self.ready_path)

    def wait_ready(self, timeout=60):
        where = self.socket or f"{self.host}:{self.port}"
        wait_until(
            lambda: self.exited_early() or self.answering(),
            timeout,
            f"{self.name} answering on {where}",
        )


class Gunicorn(Process):
    """
    One gunicorn master and its sync workers (``portal.wsgi``), with
    GUNICORN_OPTIONS, on a Unix socket (the real stack) or ``host:port``.
    The master restarts a worker that dies. Ready when ``ready_path``
    answers 200.
    """

    program = "gunicorn"

    def __init__(self, run_dir, name="gunicorn", *, env, socket=None,
                 host="127.0.0.1", port=None, workers=None,
                 app="portal.wsgi:application", ready_path="/healthz"):  # fmt: skip
        super().__init__(name, run_dir)
        self.env = env
        self.socket = Path(socket) if socket else None
        self.host, self.port = host, port
        self.workers = workers or gunicorn_workers()
        self.app = app
        self.ready_path = ready_path
        self.binary = Path(sys.executable).with_name("gunicorn")
        if port is not None:
            self.url = f"http://{host}:{port}"

    def available(self):
        return self.binary.exists()

    def bind(self):
        return f"unix:{self.socket}" if self.socket else f"{self.host}:{self.port}"

    def argv(self):
        # The socket, the port, or both (as Daphne.argv).
        binds = ["--bind", self.bind()]
        if self.socket is not None and self.port is not None:
            binds += ["--bind", f"{self.host}:{self.port}"]
        workers = ["--workers", str(self.workers)]
        return [str(self.binary), *binds, *workers, *self.group_option(),
                *GUNICORN_OPTIONS, self.app]  # fmt: skip

    def group_option(self):
        """
        ``--group`` of the socket's directory when it differs from ours.

        gunicorn chowns its socket to its own group (daphne's keeps the
        setgid directory's), so nginx's workers could not connect: as root
        it is given the directory's group (nginx's), which its workers then
        run with. In compose the service runs as that group instead.
        """
        if self.socket is None or os.geteuid() != 0:
            return []
        try:
            group = self.socket.parent.stat().st_gid
        except OSError:
            return []
        return ["--group", str(group)] if group != os.getegid() else []

    def start(self, wait=True):
        if self.socket is not None:
            self.socket.unlink(missing_ok=True)
        self.spawn(self.argv(), env=self.env)
        if wait:
            self.wait_ready()
        return self

    def answering(self):
        address = self.socket if self.socket else (self.host, self.port)
        if self.ready_path is None:
            return port_open(self.host, self.port)
        return http_ok(address, self.ready_path)

    def wait_ready(self, timeout=60):
        wait_until(
            lambda: self.exited_early() or self.answering(),
            timeout,
            f"{self.name} answering on {self.bind()}",
        )

    def worker_pids(self):
        """The master's live children (its workers), from /proc."""
        master = self.pid
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if fields[0] != "Z" and int(fields[1]) == master:
                pids.append(int(stat.parent.name))
        return sorted(pids)


# -- nginx ---------------------------------------------------------------------


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


def make_certificate(folder, host="127.0.0.1"):
    """A self-signed certificate for ``host``, made once and then reused."""
    cert, key = Path(folder) / "tls.crt", Path(folder) / "tls.key"
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


def _servers(addresses):
    return "\n        ".join(f"server {a} max_fails=0;" for a in addresses)


def nginx_values(
    folder,
    *,
    upstreams,
    host,
    http_port,
    https_port,
    static_root,
    media_root,
    ws_upstreams=None,
):
    """
    The template's values for nginx on ``host`` in ``folder``: ``upstreams``
    are the ``unix:/path`` or ``host:port`` addresses of the processes that
    serve pages, ``ws_upstreams`` those of the daphne processes that serve
    ``/ws/`` (the same ones when None: daphne for both).
    """
    folder = Path(folder)
    cert, key = make_certificate(folder, host)
    return {
        "NGINX_USER": nginx_user(),
        "NGINX_PID": folder / "nginx-master.pid",
        "NGINX_ERROR_LOG": folder / "nginx-error.log",
        "NGINX_ACCESS_LOG": folder / "nginx-access.log",
        "NGINX_TEMP": folder / "nginx",
        "UPSTREAM_SERVERS": _servers(upstreams),
        "WS_UPSTREAM_SERVERS": _servers(ws_upstreams or upstreams),
        "HTTP_LISTEN": f"{host}:{http_port}",
        "HTTPS_LISTEN": f"{host}:{https_port}",
        "SITE_ORIGIN": f"https://{host}:{https_port}",
        "SERVER_NAME": f"{host} localhost",
        "TLS_CERT": cert,
        "TLS_KEY": key,
        "STATIC_ROOT": static_root,
        "MEDIA_ROOT": media_root,
    }


class Nginx(Process):
    """nginx in the foreground of its own session, with the rendered template."""

    program = "nginx"

    def __init__(self, run_dir, values, name="nginx"):
        super().__init__(name, run_dir)
        self.values = values
        self.conf = self.run_dir / f"{name}.conf"

    def argv(self):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        return [binary, "-p", str(self.values["NGINX_TEMP"]),
                "-e", str(self.values["NGINX_ERROR_LOG"]),
                "-c", str(self.conf), "-g", "daemon off;"]  # fmt: skip

    def start(self):
        Path(self.values["NGINX_TEMP"]).mkdir(parents=True, exist_ok=True)
        self.conf.write_text(render_template(TEMPLATE.read_text(), self.values))
        check = subprocess.run([*self.argv(), "-t"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError("nginx rejected its configuration:\n" + check.stderr)
        self.spawn(self.argv())
        host, _, port = self.values["HTTPS_LISTEN"].rpartition(":")
        wait_until(
            lambda: self.exited_early() or port_open(host or "127.0.0.1", int(port)),
            10,
            "nginx listening",
        )
        return self
