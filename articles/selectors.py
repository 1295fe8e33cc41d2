"""Reads that are not a queryset's vocabulary."""

from datetime import UTC, datetime

from django.core.cache import cache
from django.db.models import Max
from django.utils import timezone

from .models import Article

CONTENT_CHANGED_KEY = "articles:content-changed"


def content_last_modified(*args, **kwargs):
    """
    When the public pages last changed: the ``Last-Modified`` of every page.

    The latest of: the last save or delete of anything the pages show (a
    stamp ``services.content_mark_changed()`` keeps in the cache), the newest
    publication time that has come (a scheduled article appears without a
    save), and the start of today (the header shows the date). Accepts and
    ignores a view's arguments, so it plugs into ``last_modified()``.
    """
    now = timezone.now()
    stamp = cache.get(CONTENT_CHANGED_KEY)
    if stamp is None:
        # Nothing known (a fresh or flushed cache): changed now, the safe
        # answer; it then holds until the next change.
        stamp = now.timestamp()
        cache.add(CONTENT_CHANGED_KEY, stamp, None)
        stamp = cache.get(CONTENT_CHANGED_KEY, stamp)
    newest = Article.objects.published(now).aggregate(newest=Max("published_at"))
    midnight = timezone.localtime(now).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    candidates = [datetime.fromtimestamp(stamp, tz=UTC), midnight]
    if newest["newest"]:
        candidates.append(newest["newest"])
    return max(candidates)
