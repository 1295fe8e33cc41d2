"""Health checks for the orchestrator and the proxy: thin views over checks."""

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.static import serve

from .checks import check_database, check_redis


@never_cache
def healthz(request):
    """The process is up and answers; no I/O, so it never waits on a service."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """
    The process can serve: the database and Redis answer within a second or so.

    503 with a JSON body naming which service is down (``"down":
    ["redis"]``), so an operator reading the orchestrator's log knows where
    to look; how to reach it and the driver's error are in the app's log
    only, since anyone can ask this address.
    """
    checks = {"database": check_database(), "redis": check_redis()}
    down = [name for name, check in checks.items() if not check["ok"]]
    body = {"status": "unavailable", "down": down} if down else {"status": "ok"}
    return JsonResponse({**body, "checks": checks}, status=503 if down else 200)


def media(request, path):
    """
    Uploaded files, where Django itself serves them (DEBUG, ``make run``).

    An upload is only ever an image to look at: ``sandbox`` keeps anything
    that still manages to be a document from running script or reaching the
    site's cookies, and ``nosniff`` stops the browser from guessing another
    type than the name's. nginx sends the same headers in production.
    """
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response.headers["Content-Security-Policy"] = "sandbox"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
