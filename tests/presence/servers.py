"""Real daphne processes and websocket clients for the live counter."""

import asyncio
import json
import time
from pathlib import Path

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from deploy import processes

from .conftest import free_port

# Ports this test set may give its daphne processes.
DAPHNE_PORTS = range(18100, 18200)
# As the deployed options pass it: frames above this are refused by daphne.
WS_MAX_FRAME = int(
    processes.DAPHNE_OPTIONS[
        processes.DAPHNE_OPTIONS.index("--websocket-max-frame-size") + 1
    ]
)


class Daphne(processes.Daphne):
    """
    One daphne process serving the portal on a free port, with the real
    stack's options and settings; clients connect to it directly.
    """

    def __init__(self, workdir, *, redis_url, ttl, name="daphne"):
        port = free_port(DAPHNE_PORTS)
        env = processes.server_environment(
            database_url=f"sqlite:///{Path(workdir) / 'db.sqlite3'}",
            redis_url=redis_url,
            site_url=f"http://127.0.0.1:{port}",
            secret_key="presence-stack-test-key",
            overrides={
                # Plain HTTP on loopback: no redirect to HTTPS.
                "SECURE_SSL_REDIRECT": "0",
                "PRESENCE_TTL": ttl,
                # Every well-formed path is a page (test_pages.py tests the rule).
                "PRESENCE_PAGE_VALIDATOR": "",
            },
        )
        super().__init__(
            workdir, f"{name}-{port}", env=env, port=port, behind_proxy=False
        )

    def alive(self):
        return self.running()

    def output(self):
        return self.log_tail(60)


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
