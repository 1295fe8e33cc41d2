"""Writes and side effects of the newsroom (``<entity>_<action>``)."""

import logging

from django.db import transaction
from django.utils import timezone

from .choices import ArticleStatus
from .images import make_renditions
from .selectors import article_is_live
from .signals import article_published, article_unpublished

logger = logging.getLogger(__name__)


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


def _announce(article, *, was_live, by, now):
    """Send article_published or article_unpublished once committed, when
    the save changed whether readers see the article."""
    is_live = article_is_live(article=article, now=now)
    if is_live == was_live:
        return
    signal = article_published if is_live else article_unpublished
    transaction.on_commit(
        lambda: signal.send(sender=type(article), article=article, by=by)
    )


def article_publish(*, article, published_by=None, now=None):
    """Publish ``article`` now (or keep its past publication time)."""
    now = now or timezone.now()
    was_live = article_is_live(article=article, now=now)
    article.status = ArticleStatus.PUBLISHED
    if not article.published_at or article.published_at > now:
        article.published_at = now
    article._history_user = published_by
    article.save()
    _announce(article, was_live=was_live, by=published_by, now=now)
    return article


def article_unpublish(*, article, unpublished_by=None, now=None):
    """Take ``article`` off the site; it becomes a draft again."""
    now = now or timezone.now()
    was_live = article_is_live(article=article, now=now)
    article.status = ArticleStatus.DRAFT
    article._history_user = unpublished_by
    article.save()
    _announce(article, was_live=was_live, by=unpublished_by, now=now)
    return article


def article_save(
    *, article, saved_by=None, changed_fields=(), updated_at_set=False, now=None
):
    """
    Save an editor's changes (the admin's form).

    When a live article's text changes, readers are shown the update time,
    unless the editor set one by hand. Publishing or taking down through
    the form sends the same signals as ``article_publish()`` and
    ``article_unpublish()``.
    """
    now = now or timezone.now()
    was_live = article_is_live(article=article, now=now)
    if was_live and changed_fields and not updated_at_set:
        article.updated_at = now
    article._history_user = saved_by
    article.save()
    _announce(article, was_live=was_live, by=saved_by, now=now)
    return article


def article_translate(*, article, edition, translated_by=None):
    """
    A draft of ``article`` in ``edition``, linked to it (its translation
    group), prefilled with its text, picture and filing for a translator to
    rewrite; its own slug, status, schedule and revisions from then on.
    Returns the existing version when the group already has one there.
    """
    from .models import Article

    existing = Article.objects.filter(
        translation_key=article.translation_key, edition=edition
    ).first()
    if existing is not None:
        return existing, False
    draft = Article(
        edition=edition,
        translation_key=article.translation_key,
        status=ArticleStatus.DRAFT,
        created_by=translated_by,
        **{
            name: getattr(article, name)
            for name in (
                "headline",
                "lead",
                "body",
                "hero_image",
                "hero_alt",
                "hero_caption",
                "hero_credit",
                "hero_renditions",
                "section_id",
                "source_id",
            )
        },
    )
    draft._history_user = translated_by
    with transaction.atomic():
        draft.save()
        draft.topics.set(article.topics.all())
        draft.authors.set(article.authors.all())
    return draft, True
