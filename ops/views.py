"""Health checks for the orchestrator and the proxy: thin views over checks."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache

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
