"""Reads that are shared by every page."""

from collections import defaultdict
from datetime import UTC, datetime

from django.contrib.flatpages.models import FlatPage
from django.core.cache import cache
from django.db.models import Max
from django.urls import Resolver404, resolve
from django.utils import timezone

from .models import Article, Author, Section, Topic

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
    return max(candidates)


# Listings whose address always exists, and those that exist with a row.
_ALWAYS_PAGES = {"articles:home", "articles:latest"}


def public_paths(paths):
    """
    The paths among ``paths`` that are public pages of the site.

    The live counter counts readers only on these (PRESENCE_PAGE_VALIDATOR):
    the front page and latest news, a published article at its canonical
    address, an existing section, topic or author, a simple page. Anything
    else (old slugs, drafts, search, feeds, made-up paths) is not a page.
    """
    matched = defaultdict(dict)  # view name -> {path: match}
    for path in paths:
        try:
            match = resolve(path)
        except Resolver404:
            continue
        matched[match.view_name][path] = match
    valid = {path for name in _ALWAYS_PAGES for path in matched.get(name, ())}
    details = matched.get("articles:detail", {})
    if details:
        ids = {match.kwargs["pk"] for match in details.values()}
        canonical = {
            article.get_absolute_url()
            for article in Article.objects.published()
            .filter(pk__in=ids)
            .only("pk", "slug")
        }
        valid |= canonical & details.keys()
    for name, model in (
        ("articles:section", Section),
        ("articles:topic", Topic),
        ("articles:author", Author),
    ):
        listing = matched.get(name, {})
        if listing:
            slugs = {match.kwargs["slug"]: path for path, match in listing.items()}
            found = model.objects.filter(slug__in=slugs).values_list("slug", flat=True)
            valid |= {slugs[slug] for slug in found}
    # Simple pages are routed last, outside the articles namespace.
    simple = matched.get("simple-page", {})
    if simple:
        valid |= set(
            FlatPage.objects.filter(
                url__in=simple, registration_required=False
            ).values_list("url", flat=True)
        )
    return valid
