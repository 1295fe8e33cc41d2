from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from django.utils.http import parse_http_date

from articles.freshness import CONTENT_CHANGED_KEY
from tests.factories import ArticleFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def paths():
    article = ArticleFactory(
        section=SectionFactory(slug="economy"), topics=[TopicFactory(slug="energy")]
    )
    return [
        "/",
        "/news/",
        article.get_absolute_url(),
        "/sections/economy/",
        "/topics/energy/",
        "/feeds/rss/",
        "/feeds/atom/",
        "/sections/economy/rss/",
        "/topics/energy/atom/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
    ]


def test_pages_and_feeds_answer_304_to_a_matching_etag(client, paths):
    for path in paths:
        first = client.get(path)
        assert first.status_code == 200, path
        etag = first.headers["ETag"]
        again = client.get(path, headers={"if-none-match": etag})
        assert again.status_code == 304, path
        assert again.content == b""
        assert client.get(path, headers={"if-none-match": '"other"'}).status_code == 200


def test_pages_and_feeds_answer_304_when_not_modified_since(client, paths):
    for path in paths:
        first = client.get(path)
        last_modified = first.headers["Last-Modified"]
        again = client.get(path, headers={"if-modified-since": last_modified})
        assert again.status_code == 304, path
        old = "Mon, 01 Jan 2001 00:00:00 GMT"
        assert client.get(path, headers={"if-modified-since": old}).status_code == 200


def test_a_change_makes_pages_modified_again(client):
    """Saving an article moves the pages' Last-Modified forward."""
    article = ArticleFactory(published_at=timezone.now() - timedelta(hours=1))
    # Last saved half an hour ago, after the article's publication.
    cache.set(CONTENT_CHANGED_KEY, (timezone.now() - timedelta(minutes=30)).timestamp())
    before = client.get("/").headers["Last-Modified"]
    assert client.get("/", headers={"if-modified-since": before}).status_code == 304
    article.headline = "Corrected"
    article.save()
    after = client.get("/", headers={"if-modified-since": before})
    assert after.status_code == 200
    assert parse_http_date(after.headers["Last-Modified"]) > parse_http_date(before)


def test_a_scheduled_article_appearing_makes_pages_modified(client):
    """No save happens when a scheduled article's time comes; pages change."""
    cache.set(CONTENT_CHANGED_KEY, 0)
    before = client.get("/").headers["Last-Modified"]
    ArticleFactory.create(status="scheduled", published_at=timezone.now())
    cache.set(CONTENT_CHANGED_KEY, 0)  # as if it had been saved long ago
    after = client.get("/", headers={"if-modified-since": before})
    assert after.status_code == 200
