from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import live


@require_safe
@cache_control(public=True, max_age=1)
async def presence_summary(request):
    """Return the online count and the 20 most-read pages now."""
    return JsonResponse(await live.fetch_site_totals())
