"""Reads that are shared by every page."""

from collections import defaultdict
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.core.cache import cache
from django.db.models import Max
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import Article, Section

CHROME_KEY = "articles:site-chrome"
CHROME_SECONDS = 600


def site_chrome():
    """
    The section navigation and footer pages, from the cache.

    Every page shows them, and they change rarely: saving a section or a
    simple page clears this entry (``site_refresh_pages``).
    """
    chrome = cache.get(CHROME_KEY)
    if chrome is None:
        chrome = {
            "sections": [
                {"name": s.name, "url": s.get_absolute_url()}
                for s in Section.objects.all()
            ],
            "pages": [
                {"title": p.title, "url": p.url}
                for p in FlatPage.objects.filter(registration_required=False)
                .exclude(url="/")
                .order_by("url")
            ],
        }
        cache.set(CHROME_KEY, chrome, CHROME_SECONDS)
    return chrome


MOST_READ = 5


def articles_most_read(*, pages, limit=MOST_READ):
    """
    The published articles among the most-read pages, with their readers.

    ``pages`` is the live counter's ranking, ``[{"path", "readers"}, ...]``,
    most read first. The live counter knows paths only: a path counts here
    when it is the canonical address of a published article.
    """
    # article id -> {path: (rank, readers)}: an old slug is not the article.
    ranked = defaultdict(dict)
    for rank, page in enumerate(pages):
        try:
            match = resolve(page["path"])
        except Resolver404:
            continue
        if match.view_name == "articles:detail":
            ranked[match.kwargs["pk"]][page["path"]] = (rank, page["readers"])
    articles = Article.objects.published().filter(pk__in=ranked)
    most_read = sorted(
        (ranked[article.pk][path], article)
        for article in articles.only("pk", "slug", "headline")
        if (path := article.get_absolute_url()) in ranked[article.pk]
    )
    return [(article, readers) for (_, readers), article in most_read[:limit]]


CONTENT_CHANGED_KEY = "articles:content-changed"


def content_last_modified(request=None, *args, **kwargs):
    """
    When the public pages last changed: the ``Last-Modified`` of every page.

    The latest of: the last save or delete of anything the pages show (a
    stamp ``services.content_mark_changed()`` keeps in the cache), the start
    of today (the header shows the date) and, when answering
    ``If-Modified-Since`` (or called without a request), the newest
    publication time that has come: a scheduled article appears without a
    save. Leaving that query out of ordinary requests can only make the date
    early, which costs a 304, never serves a stale page. Takes a view's
    arguments, so it plugs into ``last_modified()``.
    """
    now = timezone.now()
    stamp = cache.get(CONTENT_CHANGED_KEY)
    if stamp is None:
        # Nothing known (a fresh or flushed cache): changed now, the safe
        # answer; it then holds until the next change.
        stamp = now.timestamp()
        cache.add(CONTENT_CHANGED_KEY, stamp, None)
        stamp = cache.get(CONTENT_CHANGED_KEY, stamp)
    midnight = timezone.localtime(now).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    candidates = [datetime.fromtimestamp(stamp, tz=UTC), midnight]
    if request is None or "HTTP_IF_MODIFIED_SINCE" in request.META:
        newest = Article.objects.published(now).aggregate(newest=Max("published_at"))
        if newest["newest"]:
            candidates.append(newest["newest"])
        # Other changes that come without a save, e.g. a breaking banner
        # reaching its end time (``CONTENT_CHANGED_AT``: dotted paths).
        for path in getattr(settings, "CONTENT_CHANGED_AT", ()):
            changed = import_string(path)(now)
            if changed is not None:
                candidates.append(changed)
    return max(candidates)
