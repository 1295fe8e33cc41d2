"""Reads that are shared by every page."""

from collections import defaultdict

from django.contrib.flatpages.models import FlatPage
from django.core.cache import cache
from django.urls import Resolver404, resolve

from editions.links import current_edition, edition_from_path, resolve_in_edition

from .freshness import chrome_key
from .models import Article, Author, Section, Topic

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
            match = resolve_in_edition(path)
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
            .only("pk", "slug", "edition")
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
