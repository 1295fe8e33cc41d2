"""Reads that are shared by every page."""

from collections import defaultdict

from django.contrib.flatpages.models import FlatPage
from django.core.cache import cache
from django.urls import Resolver404, resolve

from editions.links import current_edition, edition_from_path

from .freshness import chrome_key
from .models import Article, Section

CHROME_SECONDS = 600


def site_chrome():
    """
    The section navigation and footer pages, from the cache.

    Every page shows them, and they change rarely: saving a section or a
    simple page clears this entry (``freshness.site_refresh_pages()``).
    """
    edition = current_edition()
    chrome = cache.get(chrome_key(edition))
    if chrome is None:
        chrome = {
            "sections": [
                {"name": s.local_name, "url": s.get_absolute_url()}
                for s in Section.objects.all()
            ],
            "pages": [
                {"title": p.title, "url": p.url}
                for p in FlatPage.objects.filter(registration_required=False)
                .exclude(url="/")
                .order_by("url")
                if edition_of_simple_page(p.url) == edition
            ],
        }
        cache.set(chrome_key(edition), chrome, CHROME_SECONDS)
    return chrome


def edition_of_simple_page(url):
    """
    A simple page's edition, from its address: each edition has its own
    pages (``/about/`` and ``/en/about/``).
    """
    return edition_from_path(url)


def article_is_live(*, article, now=None):
    """True when readers can see ``article`` as stored (``published()``)."""
    if article.pk is None:
        return False
    return Article.objects.published(now).filter(pk=article.pk).exists()


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
    # Paths resolve only in the edition being rendered (the prefix is the
    # active language's), and its articles are the only ones listed.
    articles = (
        Article.objects.published().in_edition(current_edition()).filter(pk__in=ranked)
    )
    most_read = sorted(
        (ranked[article.pk][path], article)
        for article in articles.only("pk", "slug", "headline", "edition")
        if (path := article.get_absolute_url()) in ranked[article.pk]
    )
    return [(article, readers) for (_, readers), article in most_read[:limit]]
