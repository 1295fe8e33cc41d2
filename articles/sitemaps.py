"""Sitemaps for crawlers: an index over articles, sections and topics, and
a Google News sitemap of the last two days."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.utils import timezone

from editions.links import current_edition

from .models import Article, Section, Topic


class SiteSitemap(Sitemap):
    """Absolute URLs from ``SITE_URL``, whatever host the crawler asked."""

    @property
    def protocol(self):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ArticleSitemap(SiteSitemap):
    changefreq = "daily"
    # Under Google's 50,000 URLs per file, and small enough to render fast.
    limit = 5000

    def items(self):
        return (
            Article.objects.published()
            .in_edition(current_edition())
            .newest_first()
            .only("id", "slug", "edition", "published_at", "updated_at")
        )

    def lastmod(self, article):
        return article.updated_at or article.published_at


class _ListingSitemap(SiteSitemap):
    """Section or topic pages; lastmod is their newest article."""

    changefreq = "hourly"
    model = None
    articles = None  # The related name from the listing to its articles.

    def items(self):
        prefix = f"{self.articles}__"
        published = Article.objects.published_q(
            prefix=prefix
        ) & Article.objects.in_edition_q(current_edition(), prefix=prefix)
        return self.model.objects.annotate(
            newest=Max(f"{self.articles}__published_at", filter=published)
        ).order_by("pk")

    def lastmod(self, listing):
        return listing.newest


class SectionSitemap(_ListingSitemap):
    model = Section
    articles = "articles"


class TopicSitemap(_ListingSitemap):
    model = Topic
    articles = "articles"


class NewsSitemap(SiteSitemap):
    """
    Google News: articles published in the last two days, at most 1,000.

    Rendered with ``articles/sitemap_news.xml``, which adds the ``news:``
    elements.
    """

    limit = 1000
    window = timedelta(days=2)

    def items(self):
        since = timezone.now() - self.window
        return (
            Article.objects.published()
            .in_edition(current_edition())
            .filter(published_at__gte=since)
            .newest_first()
            .only("id", "slug", "edition", "headline", "published_at", "updated_at")
        )[: self.limit]

    def lastmod(self, article):
        return article.updated_at or article.published_at


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "topics": TopicSitemap,
}
NEWS_SITEMAPS = {"news": NewsSitemap}
