"""Feeds and sitemaps are cached like pages and refreshed on publish."""

import pytest
from asgiref.sync import sync_to_async
from django.db import connections

from pagecache.backends import get_backend
from tests.factories import ArticleFactory, SectionFactory, TopicFactory
from tests.pagecache.test_layers import AsgiLayer, header

get = AsgiLayer().get

CACHED = [
    "/feeds/rss/",
    "/feeds/atom/",
    "/sections/economy/rss/",
    "/topics/energy/atom/",
    "/sitemap.xml",
    "/sitemap-articles.xml",
    "/sitemap-news.xml",
    "/robots.txt",
]


@pytest.fixture
def recorder(settings):
    settings.PAGE_CACHE = {"BACKEND": "tests.pagecache.recording.RecordingPageCache"}
    return get_backend()


@pytest.mark.django_db
def test_feeds_sitemaps_and_robots_are_public_pages(client):
    ArticleFactory(
        section=SectionFactory(slug="economy"), topics=[TopicFactory(slug="energy")]
    )
    for path in CACHED:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Cache-Control"].startswith("public, max-age="), path
        assert "Set-Cookie" not in response.headers and "Vary" not in response.headers


@pytest.mark.django_db
def test_publishing_refreshes_the_feeds_and_sitemaps_that_list_it(
    recorder, django_capture_on_commit_callbacks
):
    section = SectionFactory(slug="economy")
    topic = TopicFactory(slug="energy")
    recorder.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(section=section, topics=[topic])
    assert {
        "/feeds/rss/",
        "/feeds/atom/",
        "/sections/economy/rss/",
        "/sections/economy/atom/",
        "/topics/energy/rss/",
        "/topics/energy/atom/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/sitemap-articles.xml",
        "/sitemap-sections.xml",
        "/sitemap-topics.xml",
    } <= recorder.purged


@pytest.mark.django_db
def test_renaming_a_topic_refreshes_its_feeds(
    recorder, django_capture_on_commit_callbacks
):
    topic = TopicFactory(slug="energy")
    recorder.purged.clear()
    topic.name = "Power"
    with django_capture_on_commit_callbacks(execute=True):
        topic.save()
    assert {"/topics/energy/rss/", "/topics/energy/atom/"} <= recorder.purged


@pytest.mark.django_db(transaction=True)
async def test_a_cached_feed_shows_a_new_article_at_once(settings):
    """Through the real ASGI stack: hit, publish, then the fresh feed."""
    from portal.asgi import application

    settings.PAGE_CACHE = {"BACKEND": "pagecache.backends.LocalPageCache"}
    host = [(b"host", b"testserver")]
    await sync_to_async(ArticleFactory)(headline="First story")
    try:
        await get(application, "/feeds/rss/", host)
        hit = await get(application, "/feeds/rss/", host)
        assert header(hit, b"x-page-cache") == b"HIT"
        await sync_to_async(ArticleFactory)(headline="Second story")
        fresh = await get(application, "/feeds/rss/", host)
    finally:
        await sync_to_async(connections.close_all)()
        get_backend().purge_all()
    assert header(fresh, b"x-page-cache") == b"MISS"
    assert b"Second story" in fresh["body"] and b"First story" in fresh["body"]
