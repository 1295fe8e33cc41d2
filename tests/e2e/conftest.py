"""
Browser tests: a real daphne serving the demo newsroom, driven by Playwright
in Debian's Chromium.

The server runs as a user would run it (``make run``: migrate, load_demo,
daphne, DEBUG on; started by deploy/processes.py) on its own SQLite file in
a temporary folder, so the browser sees exactly what a new reader sees.
"""

import os
from pathlib import Path

import pytest

from deploy import processes
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


class PortalServer:
    """A daphne process serving the demo site; ``url`` is its address."""

    def __init__(self, workdir, extra_env=None):
        self.workdir = Path(workdir)
        self.port = processes.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # As `make run` serves it: DEBUG on, SQLite, everything in-process.
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
        self.daphne = processes.Daphne(
            self.workdir,
            env=self.env,
            port=self.port,
            behind_proxy=False,
            ready_path="/",
        )

    def manage(self, *args):
        """Run a management command against this server's database; its output."""
        return processes.manage(self.env, *args)

    def start(self):
        self.manage("migrate", "--noinput")
        self.manage("load_demo", "--if-empty")
        self.daphne.start()
        return self

    def stop(self):
        self.daphne.stop()


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
