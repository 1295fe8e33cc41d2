"""
One-line signal handlers, connected in ``ArticlesConfig.ready()``.

Every way of writing (the ORM, the admin, a management command) goes
through these model signals, so cached pages stay true to the database:
the paths an article showed on *before* a change (old section, topics,
authors) are remembered in ``pre_*`` handlers and refreshed too.
"""

from django.contrib.flatpages.models import FlatPage
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_save,
    pre_delete,
    pre_save,
)

from . import freshness, services
from .models import Article, Author, Image, Section, Topic
from .sanitize import sanitize_html


def remember_article_paths(sender, instance, raw=False, **kwargs):
    if not raw:
        freshness.article_remember_paths(article=instance)


def refresh_after_article_save(sender, instance, raw=False, **kwargs):
    if not raw:
        freshness.article_refresh_pages(article=instance)


def refresh_after_article_delete(sender, instance, **kwargs):
    freshness.article_refresh_pages(article=instance, deleted=True)


def refresh_after_article_filing(sender, instance, action, reverse, pk_set, **kwargs):
    freshness.filing_changed(
        instance=instance, action=action, reverse=reverse, pk_set=pk_set
    )


def refresh_after_owner_change(sender, instance, raw=False, **kwargs):
    if not raw:
        freshness.owner_refresh_pages(owner=instance)


def refresh_after_site_wide_change(sender, instance, **kwargs):
    # Sections are in every page's navigation, simple pages in its footer; a
    # deleted topic or author leaves the pages of all its articles.
    freshness.site_refresh_pages()


def content_changed(sender, **kwargs):
    freshness.content_mark_changed()


def sanitize_simple_page(sender, instance, raw=False, **kwargs):
    # The flatpages view marks content safe; it gets the articles' allow-list.
    if not raw:
        instance.content = sanitize_html(instance.content)


def make_hero_renditions(sender, instance, raw=False, **kwargs):
    if not raw:
        services.article_refresh_renditions(article=instance)


def make_image_renditions(sender, instance, raw=False, **kwargs):
    if not raw:
        services.image_refresh_renditions(image=instance)


def connect_signal_handlers(app_config):
    """Connect every handler above; ``app_config`` is the articles app."""
    pre_save.connect(remember_article_paths, sender=Article)
    pre_delete.connect(remember_article_paths, sender=Article)
    post_save.connect(refresh_after_article_save, sender=Article)
    post_delete.connect(refresh_after_article_delete, sender=Article)
    for relation in (Article.topics.through, Article.authors.through):
        m2m_changed.connect(refresh_after_article_filing, sender=relation)
    for model in (Topic, Author):
        post_save.connect(refresh_after_owner_change, sender=model)
    post_save.connect(refresh_after_site_wide_change, sender=Section)
    for model in (Section, Topic, Author, FlatPage):
        post_delete.connect(refresh_after_site_wide_change, sender=model)
    post_save.connect(refresh_after_site_wide_change, sender=FlatPage)
    pre_save.connect(sanitize_simple_page, sender=FlatPage)
    post_save.connect(make_hero_renditions, sender=Article)
    post_save.connect(make_image_renditions, sender=Image)
    # Anything a public page shows changes its Last-Modified.
    for model in (*app_config.get_models(), FlatPage):
        post_save.connect(content_changed, sender=model)
        post_delete.connect(content_changed, sender=model)
    for relation in (Article.topics.through, Article.authors.through):
        m2m_changed.connect(content_changed, sender=relation)
