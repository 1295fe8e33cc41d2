"""schema.org data for live stories (JSON-LD ``LiveBlogPosting``)."""

from django.utils import timezone
from django.utils.html import strip_tags

from articles.links import absolute_url

# Search engines read the newest updates; a long story's page keeps them all.
MAX_UPDATES = 100


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


def _plain(html):
    return " ".join(strip_tags(html).split())


def live_blog_posting(article, story):
    """
    A ``LiveBlogPosting`` for ``article`` and its ``story`` (from
    ``selectors.live_story``): coverage times and the newest updates.
    """
    url = absolute_url(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url + "#live",
        "url": url,
        "headline": article.headline,
        "description": article.lead,
        "datePublished": _iso(article.published_at),
        "dateModified": _iso(
            story["updated"] or article.updated_at or article.published_at
        ),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "@id": f"{url}#entry-{entry.pk}",
                "url": f"{url}#entry-{entry.pk}",
                "headline": entry.title or _plain(entry.body)[:110],
                "datePublished": _iso(entry.time),
                "dateModified": _iso(entry.updated_at),
                "articleBody": _plain(entry.body),
                **({"image": absolute_url(entry.image.url)} if entry.image else {}),
            }
            for entry in story["entries"][:MAX_UPDATES]
        ],
    }
    coverage = story["coverage"]
    data["coverageStartTime"] = _iso(coverage.started_at)
    if coverage.ended_at is not None:
        data["coverageEndTime"] = _iso(coverage.ended_at)
    return data
