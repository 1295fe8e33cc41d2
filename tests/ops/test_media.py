"""Where Django serves uploads itself (DEBUG), they stay pictures."""

import importlib

import pytest
from django.urls import clear_url_caches, resolve


@pytest.fixture
def debug_urls(settings):
    """portal.urls as DEBUG builds it (the test run has DEBUG off)."""
    import portal.urls

    settings.DEBUG = True
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(portal.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_media_is_served_sandboxed_and_without_sniffing(client, settings, debug_urls):
    folder = settings.MEDIA_ROOT / "images"
    folder.mkdir(parents=True)
    (folder / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"<html>" * 10)
    assert resolve("/media/images/chart.png").func.__name__ == "media"
    response = client.get("/media/images/chart.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client.get("/media/images/missing.png").status_code == 404
    assert client.get("/media/../settings.py").status_code in (400, 404)
