"""Reads across breaking marks, live coverage, entries and articles."""

from django.template.loader import render_to_string
from django.urls import Resolver404
from django.utils import timezone

from articles.models import Article
from editions.links import resolve_in_edition

from .models import Breaking, LiveCoverage, LiveEntry


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


def _hm(value):
    return timezone.localtime(value).strftime("%H:%M")


def breaking_data(banner):
    """What a page and a ``breaking`` frame need of a banner, or None."""
    if banner is None:
        return None
    article = banner.article
    return {
        "id": article.pk,
        "headline": article.headline,
        "url": article.get_absolute_url(),
        "until": _iso(banner.ends_at),
    }


def breaking_current(now=None):
    """The banner showing now as ``breaking_data``, or None."""
    return breaking_data(Breaking.objects.current(now))


def entry_data(entry, *, live=True):
    """An entry as a frame carries it: fields and its rendered ``html``."""
    return {
        "id": entry.pk,
        "time": _iso(entry.time),
        "updated": _iso(entry.updated_at),
        "updated_label": _hm(entry.updated_at),
        "title": entry.title,
        "html": render_to_string("coverage/entry.html", {"entry": entry}).strip(),
    }


def coverage_is_live(article_id, now=None):
    coverage = LiveCoverage.objects.filter(article_id=article_id).first()
    return coverage is not None and coverage.is_live(now)


def page_coverage(article=None, now=None):
    """
    ``{"rows": {article id: LiveCoverage}, "live": {ids}}`` for one page:
    every live story now, and ``article``'s coverage even if ended, in one
    query (a page's teasers and its own story share it).
    """
    from django.db.models import Q

    now = now or timezone.now()
    condition = Q(ended_at__isnull=True) | Q(ended_at__gt=now)
    if article is not None:
        condition |= Q(article=article)
    rows = {c.article_id: c for c in LiveCoverage.objects.filter(condition)}
    return {"rows": rows, "live": {pk for pk, c in rows.items() if c.is_live(now)}}


def live_story(article, now=None, coverage_rows=None):
    """
    What an article page shows of its live story, or None when it is not
    one. ``coverage_rows`` (from ``page_coverage``) saves a query.
    """
    memo = getattr(article, "_coverage_story", False)
    if memo is not False:
        return memo  # the page's body and its JSON-LD both ask
    # Every article with entries has coverage (``entries_announce``).
    if coverage_rows is not None:
        coverage = coverage_rows.get(article.pk)
    else:
        coverage = LiveCoverage.objects.filter(article=article).first()
    if coverage is None:
        article._coverage_story = None
        return None
    entries = list(LiveEntry.objects.of(article).for_page().newest_first())
    updated = max((e.updated_at for e in entries), default=None)
    article._coverage_story = {
        "coverage": coverage,
        "live": coverage.is_live(now),
        "entries": entries,
        "last_id": max((e.pk for e in entries), default=0),
        "updated": updated,
    }
    return article._coverage_story


def article_id_for_path(path):
    """The article id when ``path`` is an article's page, else None."""
    try:
        match = resolve_in_edition(path)
    except Resolver404:
        return None
    if match.view_name != "articles:detail":
        return None
    return match.kwargs.get("pk")


def entries_since(*, path, since):
    """
    ``(article_id, [entry_data...], live)`` for entries after ``since`` on
    the published article whose page is ``path``, oldest first; None when
    ``path`` is no such page.
    """
    article_id = article_id_for_path(path)
    if article_id is None:
        return None
    article = Article.objects.published().filter(pk=article_id).first()
    if article is None or article.get_absolute_url() != path:
        return None
    entries = LiveEntry.objects.of(article).since(since).for_page()
    live = coverage_is_live(article.pk)
    return article.pk, [entry_data(e) for e in entries], live
