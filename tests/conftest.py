import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded and generated files go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def pytest_collection_modifyitems(config, items):
    """
    Run browser tests last.

    Playwright's sync API keeps an event loop running in the main thread
    while the browser is open, and asyncio tests cannot start their own
    loop after that. (The sort is stable: the rest keep their order.)
    """
    items.sort(key=lambda item: "e2e" in item.nodeid.split("/"))


@pytest.fixture
def client():
    """
    The test client of an English-speaking editor: the admin follows the
    browser's language (public pages ignore it: their edition is the path).
    """
    from django.test import Client

    return Client(HTTP_ACCEPT_LANGUAGE="en")
