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

    503 with a JSON body naming what is down, so an operator reading the
    orchestrator's log sees the reason without opening the app's own log.
    """
    checks = {"database": check_database(), "redis": check_redis()}
    ready = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )
