"""
Readable names for the site's paths, for the editors' live desk.

The live counter knows paths only; this is where a path becomes "the
article with this headline in this section" or "the front page".
"""

from django.contrib.flatpages.models import FlatPage
from django.urls import Resolver404, reverse

from editions.links import resolve_in_edition

from .models import Article, Author, Section, Topic

# Pages whose name does not depend on the database.
FIXED_NAMES = {
    "articles:home": "Front page",
    "articles:latest": "Latest news",
    "search:search": "Search",
    "articles:most-read": "Most read (block)",
}


def _describe(path, title, kind, section=None, change_url=None):
    return {
        "path": path,
        "title": title,
        "kind": kind,
        "section": section,
        "change_url": change_url,
    }


def pages_describe(paths):
    """
    Return ``{path: {"path", "title", "kind", "section", "change_url"}}``.

    ``kind`` is "article", "section", "topic", "author", "page" (a simple
    page), "listing" (front page, latest, search) or "other"; ``section`` is
    a section's slug (an article's, or the section page's own); an
    article's ``change_url`` is its admin change form. Paths that name
    nothing on the site keep the path as their title.
    """
    matched = {}
    wanted = {"articles": set(), "sections": set(), "topics": set(), "authors": set()}
    for path in paths:
        try:
            match = resolve_in_edition(path)
        except Resolver404:
            continue
        matched[path] = match
        if match.view_name == "articles:detail":
            wanted["articles"].add(match.kwargs["pk"])
        elif match.view_name == "articles:section":
            wanted["sections"].add(match.kwargs["slug"])
        elif match.view_name == "articles:topic":
            wanted["topics"].add(match.kwargs["slug"])
        elif match.view_name == "articles:author":
            wanted["authors"].add(match.kwargs["slug"])
    articles = {
        a.pk: a
        for a in Article.objects.filter(pk__in=wanted["articles"])
        .select_related("section")
        .only("pk", "slug", "headline", "section__slug")
    }
    names = {
        "articles:section": dict(
            Section.objects.filter(slug__in=wanted["sections"]).values_list(
                "slug", "name"
            )
        ),
        "articles:topic": dict(
            Topic.objects.filter(slug__in=wanted["topics"]).values_list("slug", "name")
        ),
        "articles:author": dict(
            Author.objects.filter(slug__in=wanted["authors"]).values_list(
                "slug", "name"
            )
        ),
    }
    flatpages = dict(
        FlatPage.objects.filter(url__in=list(paths)).values_list("url", "title")
    )
    described = {}
    for path in paths:
        match = matched.get(path)
        view = match.view_name if match else None
        if view == "articles:detail" and match.kwargs["pk"] in articles:
            article = articles[match.kwargs["pk"]]
            described[path] = _describe(
                path,
                article.headline,
                "article",
                article.section.slug if article.section_id else None,
                reverse("admin:articles_article_change", args=[article.pk]),
            )
        elif view in FIXED_NAMES:
            described[path] = _describe(path, FIXED_NAMES[view], "listing")
        elif view == "articles:section" and match.kwargs["slug"] in names[view]:
            slug = match.kwargs["slug"]
            described[path] = _describe(
                path, f"{names[view][slug]} (section)", "section", slug
            )
        elif view in ("articles:topic", "articles:author") and (
            match.kwargs["slug"] in names[view]
        ):
            kind = view.split(":")[1]
            name = names[view][match.kwargs["slug"]]
            described[path] = _describe(path, f"{name} ({kind})", kind)
        elif path in flatpages:
            described[path] = _describe(path, flatpages[path], "page")
        else:
            described[path] = _describe(path, path, "other")
    return described


def sections_all():
    """Return ``[(slug, name), ...]`` of every section, in the site's order."""
    return list(Section.objects.values_list("slug", "name"))
