"""Writes and side effects of breaking news and live stories."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from articles import freshness
from articles.models import Article
from articles.selectors import article_is_live
from pagecache.services import pagecache_purge_all

from . import frames, selectors
from .broadcast import get_broadcast
from .models import DEFAULT_BREAKING, Breaking, LiveCoverage, LiveEntry

logger = logging.getLogger(__name__)


def can_mark_breaking(user):
    """Editors (who may publish) mark breaking news; Authors do not."""
    return user is not None and user.has_perm("articles.publish_article")


def _check(user):
    if user is not None and not can_mark_breaking(user):
        raise PermissionDenied("Only editors can mark breaking news.")


# Breaking news


def breaking_start(*, article, started_by=None, ends_at=None, now=None):
    """
    Show ``article`` as breaking news until ``ends_at`` (default: two hours).

    At most one banner shows: the one showing now, if any, ends at once.
    """
    _check(started_by)
    now = now or timezone.now()
    ends_at = ends_at or now + DEFAULT_BREAKING
    if not Article.objects.published(now).filter(pk=article.pk).exists():
        raise ValidationError("Only a published article can be breaking news.")
    if ends_at <= now:
        raise ValidationError("The end of breaking news must be in the future.")
    with transaction.atomic():
        Breaking.objects.running(now).update(ends_at=now)
        banner = Breaking.objects.create(
            article=article, starts_at=now, ends_at=ends_at, started_by=started_by
        )
    return banner


def breaking_set_end(*, banner, ends_at, changed_by=None, now=None):
    """Shorten (or lengthen) a banner; an end in the past clears it."""
    _check(changed_by)
    now = now or timezone.now()
    banner.ends_at = max(ends_at, banner.starts_at)
    if banner.ends_at < now and banner.is_active(now):
        banner.ends_at = now
    banner.save(update_fields=["ends_at"])
    return banner


def breaking_clear(*, cleared_by=None, now=None):
    """Take the banner down now; returns how many marks ended."""
    _check(cleared_by)
    now = now or timezone.now()
    ended = 0
    for banner in Breaking.objects.running(now):
        banner.ends_at = now
        banner.save(update_fields=["ends_at"])
        ended += 1
    return ended


def breaking_announce():
    """
    Once committed: refresh every cached page (the banner is on all of
    them), move their Last-Modified, and push the banner to open pages.
    """

    def announce():
        pagecache_purge_all()
        freshness.content_mark_changed()
        data = selectors.breaking_current()
        get_broadcast().publish(frames.breaking_message(data))

    transaction.on_commit(announce)


# Live stories


def coverage_start(*, article, now=None):
    """Make ``article`` a live story (again); returns its coverage."""
    now = now or timezone.now()
    coverage, created = LiveCoverage.objects.get_or_create(
        article=article, defaults={"started_at": now}
    )
    if not created and coverage.ended_at is not None:
        coverage.ended_at = None
        coverage.save(update_fields=["ended_at"])
    return coverage


def coverage_end(*, article, now=None):
    """End a live story's coverage; its entries stay. Returns the coverage."""
    now = now or timezone.now()
    coverage = LiveCoverage.objects.filter(article=article).first()
    if coverage is None or coverage.ended_at is not None:
        return coverage
    coverage.ended_at = now
    coverage.save(update_fields=["ended_at"])
    return coverage


def entry_create(
    *,
    article,
    body,
    title="",
    time=None,
    image=None,
    image_alt="",
    author=None,
    created_by=None,
):
    """Add an entry to ``article``'s live story, starting its coverage."""
    with transaction.atomic():
        if not LiveCoverage.objects.filter(article=article).exists():
            coverage_start(article=article)
        entry = LiveEntry(
            article=article,
            body=body,
            title=title,
            time=time or timezone.now(),
            image_alt=image_alt,
            author=author,
            created_by=created_by,
        )
        if image:
            entry.image = image
        entry.full_clean(exclude=["image"] if not image else None)
        entry.save()
    return entry


ENTRY_FIELDS = ("body", "title", "time", "image", "image_alt", "author")


def entry_update(*, entry, **fields):
    """Change an entry's ``body``, ``title``, ``time``, image or author."""
    unknown = set(fields) - set(ENTRY_FIELDS)
    if unknown:
        raise TypeError(f"Unknown entry fields: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.save()
    return entry


def entry_delete(*, entry):
    entry.delete()


def entries_announce(*, article_id, saved=(), deleted=()):
    """
    Treat changed entries as an update of their article: its update time
    moves (feeds, the News sitemap, JSON-LD), its cached pages refresh
    through the same path as an edit, and open pages get the entries once
    the change is committed.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return
    if saved:
        # Entries written straight through the ORM make a live story too.
        LiveCoverage.objects.get_or_create(article=article)
    if article_is_live(article=article):
        now = timezone.now().replace(microsecond=0)
        # update(): no new version (an editor's open form stays valid), no
        # history record, no article signals.
        Article.objects.filter(pk=article.pk).update(updated_at=now)
        article.updated_at = now
    freshness.article_refresh_pages(article=article)
    saved, deleted = list(saved), list(deleted)

    def announce():
        freshness.content_mark_changed()
        entries = LiveEntry.objects.filter(pk__in=saved).for_page().order_by("pk")
        live = selectors.coverage_is_live(article.pk)
        message = frames.entries_message(
            article=article.pk,
            path=article.get_absolute_url(),
            entries=[selectors.entry_data(e) for e in entries],
            deleted=deleted,
            live=live,
        )
        get_broadcast().publish(message)

    transaction.on_commit(announce)
