"""Writes and side effects of the newsroom (``<entity>_<action>``)."""

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from pagecache.services import pagecache_purge, pagecache_purge_all

from .images import make_renditions

logger = logging.getLogger(__name__)


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
    if hasattr(owner, "get_rss_url"):
        paths.update((owner.get_rss_url(), owner.get_atom_url()))
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


def _renditions_for(field_file, current):
    """New rendition info for ``field_file``, or None when up to date."""
    if not field_file:
        return {} if current else None
    if (current or {}).get("source") == field_file.name:
        return None
    try:
        widths = make_renditions(field_file)
    except OSError:
        # A missing or unreadable file must not break the save: the page
        # falls back to the original picture.
        logger.exception("Could not make renditions of %s", field_file.name)
        return None
    return {"source": field_file.name, "widths": widths}


def article_refresh_renditions(*, article):
    """Make the hero image's renditions when the hero image has changed."""
    info = _renditions_for(article.hero_image, article.hero_renditions)
    if info is None:
        return
    article.hero_renditions = info
    # update(), not save(): no new version, no history record, no signals.
    type(article).objects.filter(pk=article.pk).update(hero_renditions=info)


def image_refresh_renditions(*, image):
    """Make an inline image's renditions when its file has changed."""
    info = _renditions_for(image.file, image.renditions)
    if info is None:
        return
    image.renditions = info
    type(image).objects.filter(pk=image.pk).update(renditions=info)


def article_publish(*, article, published_by=None, now=None):
    """Publish ``article`` now (or keep its past publication time)."""
    now = now or timezone.now()
    article.status = article.Status.PUBLISHED
    if not article.published_at or article.published_at > now:
        article.published_at = now
    article._history_user = published_by
    article.save()
    return article


def article_unpublish(*, article, unpublished_by=None):
    """Take ``article`` off the site; it becomes a draft again."""
    article.status = article.Status.DRAFT
    article._history_user = unpublished_by
    article.save()
    return article


def article_stamp_update(
    *, article, was_live, changed_fields, updated_at_set=False, now=None
):
    """
    Show readers the update time when a live article's text changes.

    An editor who set the update time by hand keeps it. The caller saves.
    """
    if was_live and changed_fields and not updated_at_set:
        article.updated_at = now or timezone.now()


def content_mark_changed():
    """Record that public pages changed now (their ``Last-Modified``)."""
    from .selectors import CONTENT_CHANGED_KEY

    cache.set(CONTENT_CHANGED_KEY, timezone.now().timestamp(), None)
