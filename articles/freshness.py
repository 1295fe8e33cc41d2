"""
Freshness: which cached pages show what, and when the pages last changed.

One module owns it: the paths an article, topic or author appears on; the
purge of those paths once a change is committed; the site chrome's cache
key; the ``Last-Modified`` stamp every public page sends; and the page
cache's bound (``PAGE_CACHE_BOUND``: pages never outlive the next
scheduled publication). The signal handlers call it for every way of
writing (the ORM, the admin, a management command). Other apps add changes
that come without a save through ``CONTENT_CHANGED_AT`` (the coverage
app: a banner reaching its end).
"""

from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from editions.choices import DEFAULT
from editions.links import languages
from pagecache.services import pagecache_purge, pagecache_purge_all

from .models import Article
from .sitemaps import SITEMAPS

# Site-wide URLs that show every article (refreshed with it).
SITE_WIDE_CACHED_URLS = (
    "articles:feed-rss",
    "articles:feed-atom",
    "articles:sitemap",
    "articles:sitemap-news",
)
# The section navigation and footer pages (selectors.site_chrome()), one
# entry per edition.
CHROME_KEY = "articles:site-chrome"


def chrome_key(edition):
    return f"{CHROME_KEY}:{edition}"


# When anything a public page shows last changed (content_last_modified()).
CONTENT_CHANGED_KEY = "articles:content-changed"


# Which paths


def article_paths(article):
    """
    Every public path that shows ``article``: its page, the front page, the
    latest news, its section, topics and authors, their feeds, the
    site-wide feeds and sitemaps, the pages of articles that list it as
    related, and its translations' pages; all in its own edition.
    """
    # The listings of the article's own edition (the active language spells
    # their addresses); its page keeps its edition whatever is active.
    with translation.override(article.edition or DEFAULT):
        return _article_paths(article)


def _article_paths(article):
    paths = {
        article.get_absolute_url(),
        reverse("articles:home"),
        reverse("articles:latest"),
    }
    paths.update(reverse(name) for name in SITE_WIDE_CACHED_URLS)
    paths.update(
        reverse("articles:sitemap-section", kwargs={"section": section})
        for section in SITEMAPS
    )
    if article.section_id:
        section = article.section
        paths.update(
            (section.get_absolute_url(), section.get_rss_url(), section.get_atom_url())
        )
    if article.pk:
        for topic in article.topics.all():
            paths.update(
                (topic.get_absolute_url(), topic.get_rss_url(), topic.get_atom_url())
            )
        paths.update(a.get_absolute_url() for a in article.authors.all())
        paths.update(Article.objects.sharing_topics_with(article).values_paths())
        # Its translations link to it (the switch, hreflang) once it is live.
        paths.update(Article.objects.translations_of(article).values_paths())
    return paths


def article_stored_paths(*, article):
    """The paths showing ``article`` as stored now (before a change)."""
    stored = Article.objects.filter(pk=article.pk).select_related("section").first()
    return article_paths(stored) if stored else set()


def owner_paths(owner):
    """
    A topic's or author's page and its feeds in every edition (both list
    their own articles under it), and the pages of its articles.
    """
    paths = set()
    for edition in languages():
        with translation.override(edition):
            paths.add(owner.get_absolute_url())
            if hasattr(owner, "get_rss_url"):
                paths.update((owner.get_rss_url(), owner.get_atom_url()))
    if owner.pk is not None:
        paths.update(owner.articles.published().values_paths())
    return paths


# The purge


def purge_on_commit(paths):
    """
    Drop ``paths`` from the page cache once the change is committed (so a
    request cannot cache the old state between the purge and the commit).
    """
    paths = set(paths)
    transaction.on_commit(lambda: pagecache_purge(paths))


def article_remember_paths(*, article):
    """Before a save or delete: remember where the stored article shows."""
    if article.pk is not None:
        article._previous_cached_paths = article_stored_paths(article=article)


def article_refresh_pages(*, article, deleted=False):
    """
    Refresh every cached page that shows ``article``, before (remembered by
    ``article_remember_paths()``) and after the change.
    """
    paths = set(getattr(article, "_previous_cached_paths", ()))
    if not deleted and article.pk is not None:
        paths |= article_paths(article)
    purge_on_commit(paths)


def filing_changed(*, instance, action, reverse, pk_set):
    """
    An article's topics or authors changed (``m2m_changed``), from either
    side: remember the paths before, refresh before and after.
    """
    when, _, what = action.partition("_")
    if when == "pre":
        if not reverse:
            articles = [instance]
        elif what == "clear":
            articles = list(instance.articles.all())
        else:
            articles = list(Article.objects.filter(pk__in=pk_set or ()))
        instance._filing_paths = {a.pk: article_paths(a) for a in articles}
        return
    previous = getattr(instance, "_filing_paths", {})
    articles = [instance] if not reverse else Article.objects.filter(pk__in=previous)
    for article in articles:
        purge_on_commit(previous.get(article.pk, set()) | article_paths(article))


def owner_refresh_pages(*, owner):
    """Refresh a topic's or author's page and the pages of its articles."""
    purge_on_commit(owner_paths(owner))


def site_refresh_pages():
    """Refresh everything, e.g. when the section navigation changed."""

    def refresh():
        cache.delete_many([chrome_key(edition) for edition in languages()])
        pagecache_purge_all()

    transaction.on_commit(refresh)


# When the pages last changed


def content_mark_changed():
    """Record that public pages changed now (their ``Last-Modified``)."""
    cache.set(CONTENT_CHANGED_KEY, timezone.now().timestamp(), None)


def content_last_modified(request=None, *args, **kwargs):
    """
    When the public pages last changed: the ``Last-Modified`` of every page.

    The latest of: the last save or delete of anything the pages show (the
    stamp ``content_mark_changed()`` keeps in the cache), the start of today
    (the header shows the date) and, when answering ``If-Modified-Since``
    (or called without a request), the newest publication time that has
    come: a scheduled article appears without a save. Leaving that query out
    of ordinary requests can only make the date early, which costs a 304,
    never serves a stale page. Takes a view's arguments, so it plugs into
    ``last_modified()``.
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


def seconds_until_next_publication():
    """The page cache's bound (``PAGE_CACHE_BOUND``): pages expire on time."""
    return Article.objects.seconds_until_next_publication()
