"""
Keep cached pages true to the database.

Every way of writing an article (the ORM, the admin, a management command)
goes through these model signals, so pages are refreshed at once. The paths
an article showed on *before* a change (old section, topics, authors) are
remembered in ``pre_*`` handlers and refreshed too.
"""

from django.contrib.flatpages.models import FlatPage
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_save,
    pre_delete,
    pre_save,
)
from django.dispatch import receiver

from . import services
from .models import Article, Author, Section, Topic
from .sanitize import sanitize_html


@receiver(pre_save, sender=Article)
@receiver(pre_delete, sender=Article)
def remember_article_paths(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk is not None:
        instance._previous_cached_paths = services.article_cached_paths(
            article=instance
        )


@receiver(post_save, sender=Article)
def refresh_after_article_save(sender, instance, raw=False, **kwargs):
    if not raw:
        services.article_refresh_pages(
            article=instance,
            previous_paths=getattr(instance, "_previous_cached_paths", ()),
        )


@receiver(post_delete, sender=Article)
def refresh_after_article_delete(sender, instance, **kwargs):
    services.article_refresh_pages(
        previous_paths=getattr(instance, "_previous_cached_paths", ())
    )


@receiver(m2m_changed, sender=Article.topics.through)
@receiver(m2m_changed, sender=Article.authors.through)
def refresh_after_article_filing(sender, instance, action, reverse, pk_set, **kwargs):
    """An article's topics or authors changed, from either side."""
    when, _, what = action.partition("_")
    if when == "pre":
        if not reverse:
            articles = [instance]
        elif what == "clear":
            articles = list(instance.articles.all())
        else:
            articles = list(Article.objects.filter(pk__in=pk_set or ()))
        instance._filing_paths = {a.pk: a.get_cached_paths() for a in articles}
        return
    previous = getattr(instance, "_filing_paths", {})
    articles = [instance] if not reverse else Article.objects.filter(pk__in=previous)
    for article in articles:
        services.article_refresh_pages(
            article=article, previous_paths=previous.get(article.pk, ())
        )


@receiver(post_save, sender=Topic)
@receiver(post_save, sender=Author)
def refresh_after_owner_change(sender, instance, raw=False, **kwargs):
    if not raw:
        services.owner_refresh_pages(owner=instance)


@receiver(post_save, sender=Section)
@receiver(post_delete, sender=Section)
@receiver(post_delete, sender=Topic)
@receiver(post_delete, sender=Author)
def refresh_after_site_wide_change(sender, instance, **kwargs):
    # Sections are in every page's navigation; a deleted topic or author
    # disappears from the pages of all its articles. Both are rare.
    services.site_refresh_pages()


@receiver(pre_save, sender=FlatPage)
def sanitize_simple_page(sender, instance, raw=False, **kwargs):
    # The flatpages view marks content safe; it gets the articles' allow-list.
    if not raw:
        instance.content = sanitize_html(instance.content)


@receiver(post_save, sender=FlatPage)
@receiver(post_delete, sender=FlatPage)
def refresh_after_simple_page_change(sender, instance, **kwargs):
    # Simple pages are linked from every page's footer.
    services.site_refresh_pages()
