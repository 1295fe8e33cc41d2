"""Real daphne processes and websocket clients for the live counter."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from .conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
# Ports this test set may give its daphne processes.
DAPHNE_PORTS = range(18100, 18200)
# As `make run` passes it: frames above this are refused by daphne itself.
WS_MAX_FRAME = 65536


class Daphne:
    """One daphne process serving the portal, as `make run` starts it."""

    def __init__(self, workdir, *, redis_url, ttl, name="daphne"):
        self.port = free_port(DAPHNE_PORTS)
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}/ws/presence/"
        self.log_path = Path(workdir) / f"{name}-{self.port}.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DEBUG": "0",
            "SECRET_KEY": "presence-stack-test-key",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # The origin of the pages whose sockets it accepts.
            "SITE_URL": self.url,
            # Every well-formed path is a page (test_pages.py tests the rule).
            "PRESENCE_PAGE_VALIDATOR": "",
            # Plain HTTP on loopback: no redirect to HTTPS.
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": "",
            "SQLITE_PATH": str(Path(workdir) / "db.sqlite3"),
            "REDIS_URL": redis_url,
            "PRESENCE_TTL": str(ttl),
        }
        self.process = None

    def start(self):
        self.log = open(self.log_path, "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "presence.serve",
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                "--websocket-max-frame-size",
                str(WS_MAX_FRAME),
                "--websocket-max-message-size",
                str(WS_MAX_FRAME),
                "portal.asgi:application",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"daphne exited early:\n{self.output()}")
            try:
                opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                with opener.open(self.url + "/api/presence/", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"daphne did not answer:\n{self.output()}")
            time.sleep(0.2)

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def signal(self, signum):
        self.process.send_signal(signum)

    def wait(self, timeout=20):
        return self.process.wait(timeout)

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(15)
        if self.process is not None:
            self.log.close()

    def output(self):
        self.log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]


class Client:
    """A websocket client that keeps every frame it is sent."""

    def __init__(self, server, visitor, page, *, origin=None, query=None):
        self.url = server.ws_url + "?" + (query or f"visitor={visitor}&page={page}")
        self.origin = origin or server.url
        self.frames = []
        self.close_code = None
        self.closed = asyncio.Event()

    async def open(self, **kwargs):
        self.ws = await connect(
            self.url,
            origin=self.origin,
            proxy=None,
            compression=None,
            open_timeout=20,
            ping_interval=None,
            max_size=None,
            **kwargs,
        )
        self._reader = asyncio.ensure_future(self._read())
        return self

    async def _read(self):
        try:
            async for message in self.ws:
                self.frames.append(json.loads(message))
        except ConnectionClosed:
            pass
        finally:
            self.close_code = self.ws.close_code
            self.closed.set()

    @property
    def numbers(self):
        presence = [f for f in self.frames if f["type"] == "presence"]
        if not presence:
            return None
        return presence[-1]["online"], presence[-1]["page"]

    async def numbers_become(self, numbers, timeout):
        """Wait until the latest frame carries ``numbers``; return seconds."""
        started = time.monotonic()
        while self.numbers != numbers:
            if time.monotonic() - started > timeout:
                raise AssertionError(
                    f"{self.url}: numbers {self.numbers}, wanted {numbers} "
                    f"within {timeout}s"
                )
            await asyncio.sleep(0.02)
        return time.monotonic() - started

    async def closed_with(self, timeout=20):
        await asyncio.wait_for(self.closed.wait(), timeout)
        return self.close_code

    async def close(self):
        await self.ws.close()
        await self.closed.wait()
