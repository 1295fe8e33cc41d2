"""The plain Django view: stored page bytes, no rendering (a baseline)."""

import os
from pathlib import Path

from django.http import Http404, HttpResponse
from django.urls import path

_pages = {}


def stored_page(request, name):
    """Return the bytes saved in ``BENCH_PAGES_DIR/<name>.html``."""
    body = _pages.get(name)
    if body is None:
        folder = Path(os.environ.get("BENCH_PAGES_DIR", "."))
        try:
            body = _pages[name] = (folder / f"{name}.html").read_bytes()
        except OSError:
            raise Http404("no such stored page") from None
    return HttpResponse(body, content_type="text/html; charset=utf-8")


urlpatterns = [path("plain/<slug:name>/", stored_page)]
