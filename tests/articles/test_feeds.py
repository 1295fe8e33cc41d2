import os
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

HEADLINE = 'Київ & Lviv: "<b>prices</b>" fall <3 — ціни падають'


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (path, feed.get("bozo_exception"))
    return response, feed


@pytest.fixture
def story():
    return ArticleFactory(
        with_hero=True,
        headline=HEADLINE,
        lead="Lead with <tags> & ampersands, у Києві.",
        section=SectionFactory(name="Economy", slug="economy"),
        topics=[TopicFactory(name="Prices", slug="prices"), TopicFactory(name="Kyiv")],
        authors=[AuthorFactory(name="Olena Koval", slug="olena-koval")],
        updated_at=timezone.now() - timedelta(minutes=5),
    )


@pytest.mark.parametrize("path", ["/feeds/rss/", "/feeds/atom/"])
def test_site_feeds_carry_each_article_in_full(client, story, path):
    """Title, link, lead, author, topics, times and the hero enclosure."""
    _, feed = parse(client, path)
    assert feed.feed.title == "Portal: останні новини"
    (entry,) = feed.entries
    assert shown_text(entry.title_detail) == (HEADLINE, [])
    assert entry.link == "http://testserver" + story.get_absolute_url()
    assert BeautifulSoup(entry.summary, "html.parser").get_text() == story.lead
    assert entry.author == "Olena Koval"
    assert sorted(tag.term for tag in entry.tags) == ["Kyiv", "Prices"]
    published = datetime(*entry.published_parsed[:6], tzinfo=UTC)
    assert abs(published - story.published_at) < timedelta(seconds=1)
    if "updated_parsed" in entry and path.endswith("atom/"):
        updated = datetime(*entry.updated_parsed[:6], tzinfo=UTC)
        assert abs(updated - story.updated_at) < timedelta(seconds=1)
    (enclosure,) = entry.enclosures
    assert enclosure.href == "http://testserver" + story.hero_image.url
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == os.path.getsize(story.hero_image.path)


def test_feeds_leave_out_unpublished_articles_and_newest_come_first(client):
    now = timezone.now()
    ArticleFactory(headline="Older", published_at=now - timedelta(hours=3))
    ArticleFactory(headline="Newer", published_at=now - timedelta(hours=1))
    ArticleFactory(headline="Draft", status=Article.Status.DRAFT)
    ArticleFactory(headline="Tomorrow", published_at=now + timedelta(days=1))
    for path in ["/feeds/rss/", "/feeds/atom/"]:
        _, feed = parse(client, path)
        assert [e.title for e in feed.entries] == ["Newer", "Older"]


def test_section_and_topic_feeds_carry_only_their_articles(client, story):
    ArticleFactory(headline="Elsewhere", section=SectionFactory(slug="sport"))
    for path in [
        "/sections/economy/rss/",
        "/sections/economy/atom/",
        "/topics/prices/rss/",
        "/topics/prices/atom/",
    ]:
        _, feed = parse(client, path)
        assert [shown_text(e.title_detail)[0] for e in feed.entries] == [HEADLINE], path
    _, feed = parse(client, "/sections/economy/rss/")
    assert feed.feed.title == "Portal: Economy"
    assert feed.feed.link == "http://testserver/sections/economy/"


def test_feeds_for_unknown_sections_and_topics_are_404(client):
    assert client.get("/sections/nope/rss/").status_code == 404
    assert client.get("/topics/nope/atom/").status_code == 404


def test_an_article_without_a_hero_has_no_enclosure_and_a_missing_file_is_skipped(
    client,
):
    ArticleFactory(headline="No picture")
    broken = ArticleFactory(headline="Lost picture", with_hero=True)
    os.remove(broken.hero_image.path)
    _, feed = parse(client, "/feeds/rss/")
    assert {e.title: e.enclosures for e in feed.entries} == {
        "No picture": [],
        "Lost picture": [],
    }


def feed_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        (link["type"], link["href"])
        for link in soup.select("head link[rel=alternate][type]")
    }


def test_pages_announce_their_feeds(client, story):
    site = {
        ("application/rss+xml", "/feeds/rss/"),
        ("application/atom+xml", "/feeds/atom/"),
    }
    assert feed_links(client.get("/")) == site
    assert feed_links(client.get("/news/")) == site
    economy = {
        ("application/rss+xml", "/sections/economy/rss/"),
        ("application/atom+xml", "/sections/economy/atom/"),
    }
    assert feed_links(client.get("/sections/economy/")) == site | economy
    assert feed_links(client.get(story.get_absolute_url())) == site | economy
    assert feed_links(client.get("/topics/prices/")) == site | {
        ("application/rss+xml", "/topics/prices/rss/"),
        ("application/atom+xml", "/topics/prices/atom/"),
    }
    # Every announced feed exists.
    for _, href in feed_links(client.get("/topics/prices/")):
        parse(client, href)


def shown_text(detail):
    """What a feed reader shows for a text construct, and its HTML elements."""
    if detail.type == "text/html":
        soup = BeautifulSoup(detail.value, "html.parser")
        return soup.get_text(), soup.find_all(True)
    return detail.value, []


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_readers_see_section_descriptions_and_titles_as_text(client, kind):
    """Markup in a section description or a headline is shown, never applied."""
    description = 'Prices <b>and</b> wages & <a href="http://x.example/">more</a>'
    headline = "Budget: <i>cuts</i> & <b>rises</b>"
    section = SectionFactory(
        name="Money <b>matters</b>", slug="money", description=description
    )
    ArticleFactory(section=section, headline=headline)
    _, feed = parse(client, f"/sections/money/{kind}/")
    text, elements = shown_text(feed.feed.subtitle_detail)
    assert (text, elements) == (description, [])
    text, elements = shown_text(feed.feed.title_detail)
    assert (text, elements) == ("Portal: Money <b>matters</b>", [])
    (entry,) = feed.entries
    text, elements = shown_text(entry.title_detail)
    assert (text, elements) == (headline, [])
