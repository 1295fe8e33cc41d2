"""
Browser tests: a real daphne serving the demo newsroom, driven by Playwright
in Debian's Chromium.

The server runs as a user would run it (``make run``: migrate, load_demo,
daphne, DEBUG on) on its own SQLite file in a temporary folder, so the
browser sees exactly what a new reader sees.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.services import CHROMIUM, chromium_available, need_service

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


class PortalServer:
    """A daphne process serving the demo site; ``url`` is its address."""

    def __init__(self, workdir, extra_env=None):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DEBUG": "1",
            "SECRET_KEY": "e2e-secret-key",
            "DATABASE_URL": "",
            "REDIS_URL": "",
            "SQLITE_PATH": str(self.workdir / "db.sqlite3"),
            "MEDIA_ROOT": str(self.workdir / "media"),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            **(extra_env or {}),
        }
        self.process = None

    def manage(self, *args):
        """Run a management command against this server's database."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def start(self):
        self.manage("migrate", "--noinput")
        self.manage("load_demo", "--if-empty")
        self.log = open(self.workdir / "daphne.log", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                "portal.asgi:application",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_http(self.url + "/", self.process)
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process:
            self.log.close()


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory):
    server = PortalServer(tmp_path_factory.mktemp("portal-e2e")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    need_service("Chromium", chromium_available(), f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshots_dir():
    path = Path(
        os.environ.get("SCREENSHOTS_DIR", ROOT / "tests" / "e2e" / "screenshots")
    )
    path.mkdir(parents=True, exist_ok=True)
    return path
