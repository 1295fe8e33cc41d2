"""Reads that are shared by every page."""

from collections import defaultdict

from django.contrib.flatpages.models import FlatPage
from django.core.cache import cache
from django.urls import Resolver404, resolve

from .freshness import CHROME_KEY
from .models import Article, Section

CHROME_SECONDS = 600


def site_chrome():
    """
    The section navigation and footer pages, from the cache.

    Every page shows them, and they change rarely: saving a section or a
    simple page clears this entry (``freshness.site_refresh_pages()``).
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
    articles = Article.objects.published().filter(pk__in=ranked)
    most_read = sorted(
        (ranked[article.pk][path], article)
        for article in articles.only("pk", "slug", "headline")
        if (path := article.get_absolute_url()) in ranked[article.pk]
    )
    return [(article, readers) for (_, readers), article in most_read[:limit]]
