"""RSS 2.0 and Atom feeds: site-wide, per section and per topic."""

import mimetypes

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.http import http_date
from django.utils.translation import gettext

from editions.links import current_edition
from metadata.links import absolute_url
from pagecache.decorators import public_page

from .freshness import content_last_modified
from .models import Article, Section, Topic


class TextRssFeed(Rss201rev2Feed):
    """
    RSS 2.0 whose titles and channel description are text to every reader.

    RSS does not say whether these are text or HTML, and readers (feedparser
    among them) treat them as HTML when they look like it, so a section
    description with tags would be applied as markup. Escaping them as HTML
    once more, like the item descriptions (description_template), makes
    readers show the characters as written. Atom says ``type="text"``, so
    its feeds need none of this.
    """

    def __init__(self, title, link, description, *args, **kwargs):
        super().__init__(escape(title), link, escape(description), *args, **kwargs)

    def add_item(self, title, link, description, *args, **kwargs):
        super().add_item(escape(title), link, description, *args, **kwargs)


class LatestArticlesFeed(Feed):
    """
    The newest published articles, site-wide.

    Links are absolute already (``SITE_URL``), so the feed generator leaves
    them alone instead of prefixing the Site's domain.
    """

    feed_type = TextRssFeed
    title_template = "articles/feeds/item_title.html"
    description_template = "articles/feeds/item_description.html"
    # How many articles a feed carries.
    limit = 50
    # The URL name of this kind of feed, for its self link.
    url_name = "articles:feed-rss"

    # Cached like pages, and refreshed with them: freshness.article_paths()
    # lists the feeds an article appears in.
    @method_decorator(public_page)
    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The newest item's date would go back in time when an article is
        # unpublished; the site's change time never does.
        response.headers["Last-Modified"] = http_date(
            content_last_modified().timestamp()
        )
        return response

    def get_object(self, request, slug=None):
        return None

    def title(self, obj):
        name = settings.SITE_NAME
        if obj:
            return f"{name}: {obj.local_name}"
        return gettext("%(site)s: latest news") % {"site": name}

    def link(self, obj):
        return absolute_url(obj.get_absolute_url() if obj else reverse("articles:home"))

    def feed_url(self, obj):
        kwargs = {"slug": obj.slug} if obj else {}
        return absolute_url(reverse(self.url_name, kwargs=kwargs))

    def description(self, obj):
        if obj and obj.local_description:
            return obj.local_description
        return gettext("The latest news from %(site)s.") % {"site": settings.SITE_NAME}

    subtitle = description  # Atom's name for it.

    def get_articles(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return (
            self.get_articles(obj)
            .in_edition(current_edition())
            .newest_first()
            .select_related("section")
            .prefetch_related("topics", "authors")[: self.limit]
        )

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_author_link(self, item):
        authors = item.authors.all()
        return absolute_url(authors[0].get_absolute_url()) if authors else None

    def item_categories(self, item):
        return [topic.local_name for topic in item.topics.all()]

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at or item.published_at

    def item_enclosures(self, item):
        """The hero image, with its size in bytes as RSS requires."""
        if not item.hero_image:
            return []
        try:
            length = item.hero_image.size
        except OSError:
            # A missing file is an editor's problem, not the feed's.
            return []
        mime_type = mimetypes.guess_type(item.hero_image.name)[0] or "image/jpeg"
        return [Enclosure(absolute_url(item.hero_image.url), str(length), mime_type)]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    url_name = "articles:feed-atom"


class SectionFeed(LatestArticlesFeed):
    url_name = "articles:section-rss"

    def get_object(self, request, slug=None):
        return get_object_or_404(Section, slug=slug)

    def get_articles(self, obj):
        return Article.objects.published().in_section(obj)


class SectionAtomFeed(SectionFeed):
    feed_type = Atom1Feed
    url_name = "articles:section-atom"


class TopicFeed(LatestArticlesFeed):
    url_name = "articles:topic-rss"

    def get_object(self, request, slug=None):
        return get_object_or_404(Topic, slug=slug)

    def get_articles(self, obj):
        return Article.objects.published().about(obj)


class TopicAtomFeed(TopicFeed):
    feed_type = Atom1Feed
    url_name = "articles:topic-atom"
