"""Writes and side effects of the newsroom."""

from django.core.cache import cache
from django.db import transaction

from pagecache.services import pagecache_purge, pagecache_purge_all


def article_cached_paths(*, article):
    """The paths showing ``article`` as stored now (before a change)."""
    from .models import Article

    stored = Article.objects.filter(pk=article.pk).select_related("section").first()
    return stored.get_cached_paths() if stored else set()


def article_refresh_pages(*, article=None, previous_paths=()):
    """
    Refresh every cached page that shows ``article``, before and after a
    change, once the change is committed (so a request cannot cache the old
    state between the purge and the commit).
    """
    paths = set(previous_paths)
    if article is not None and article.pk is not None:
        paths |= article.get_cached_paths()
    transaction.on_commit(lambda: pagecache_purge(paths))


def owner_refresh_pages(*, owner):
    """Refresh a topic's or author's page and the pages of its articles."""
    paths = {owner.get_absolute_url()}
    if owner.pk is not None:
        paths.update(owner.articles.published().values_paths())
    transaction.on_commit(lambda: pagecache_purge(paths))


def site_refresh_pages():
    """Refresh everything, e.g. when the section navigation changed."""
    from .selectors import CHROME_KEY

    def refresh():
        cache.delete(CHROME_KEY)
        pagecache_purge_all()

    transaction.on_commit(refresh)
