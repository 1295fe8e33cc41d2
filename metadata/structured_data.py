"""schema.org data for search engines and link previews (JSON-LD)."""

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags

from .links import absolute_url

LOGO = "img/logo.png"
LOGO_SIZE = (600, 60)
DEFAULT_IMAGE = "img/og-default.png"


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


def publisher():
    """The site as a schema.org ``Organization`` with its logo."""
    width, height = LOGO_SIZE
    return {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": settings.SITE_URL + "/",
        "logo": {
            "@type": "ImageObject",
            "url": absolute_url(static(LOGO)),
            "width": width,
            "height": height,
        },
    }


def news_article(article):
    """
    A ``NewsArticle`` for ``article`` (fetched with ``for_page()``).

    Without a byline the publisher is the author, as schema.org allows.
    """
    url = absolute_url(article.get_absolute_url())
    image = (
        absolute_url(article.hero_image.url)
        if article.hero_image
        else absolute_url(static(DEFAULT_IMAGE))
    )
    authors = [
        {
            "@type": "Person",
            "name": author.name,
            "url": absolute_url(author.get_absolute_url()),
        }
        for author in article.authors.all()
    ]
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.lead,
        "image": [image],
        "datePublished": _iso(article.published_at),
        "dateModified": _iso(article.updated_at or article.published_at),
        "author": authors or [publisher()],
        "publisher": publisher(),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "articleSection": article.section.name,
        "keywords": [topic.name for topic in article.topics.all()],
        "inLanguage": article.edition,
    }


# Live stories (the coverage app gives the story: its coverage and entries).

# Search engines read the newest updates; a long story's page keeps them all.
MAX_UPDATES = 100


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
