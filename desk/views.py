"""The desk's two pages: the desk itself and its JSON."""

import functools
import zoneinfo

from asgiref.sync import async_to_sync
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from articles.page_names import pages_describe, sections_all
from presence.stores import StoreUnavailable, get_store

from . import summary


def staff_only(view):
    """Anonymous: to the admin's login; logged in but not staff: 403."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not (user.is_active and user.is_staff):
            raise PermissionDenied("The live desk is for staff.")
        return view(request, *args, **kwargs)

    return wrapped


def _site_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


@cache_control(private=True, no_store=True)
@require_safe
@staff_only
def desk_page(request):
    """The live desk: numbers, chart and tables, updated over /ws/desk/."""
    context = {
        **admin.site.each_context(request),
        "title": "Live desk",
        "time_zone": settings.TIME_ZONE,
        "data_url": reverse("desk:data"),
        "ranges": summary.RANGES,
    }
    return TemplateResponse(request, "desk/desk.html", context)


async def _read(range_minutes):
    async with get_store().borrowed() as store:
        snapshot = await store.snapshot(limit=summary.SCAN_PAGES)
        return snapshot, await store.history(minutes=range_minutes)


@cache_control(private=True, no_store=True)
@require_safe
@staff_only
def desk_data(request):
    """GET /admin/live/data/?range=hour|day: the desk's numbers as JSON."""
    name = request.GET.get("range", "hour")
    if name not in summary.RANGES:
        return JsonResponse(
            {"error": "range must be one of: " + ", ".join(summary.RANGES)},
            status=400,
        )
    try:
        snapshot, samples = async_to_sync(_read)(summary.RANGES[name])
    except StoreUnavailable:
        return JsonResponse(
            {"error": "The live counter is unavailable right now."}, status=503
        )
    descriptions = pages_describe([page.page for page in snapshot.top])
    body = summary.desk_summary(snapshot, descriptions, sections_all())
    body["history"] = summary.history_body(samples, _site_zone())
    return JsonResponse(body)
