"""What readers see: the banner on every page, live stories, discovery."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from django.utils.http import http_date

from articles.freshness import CONTENT_CHANGED_KEY
from coverage import services
from coverage.models import Breaking
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def banner(article, editor):
    return services.breaking_start(article=article, started_by=editor)


def test_every_public_page_shows_the_banner(client, article, banner):
    for url in ("/", "/news/", article.get_absolute_url(), "/no-such-page/"):
        response = client.get(url)
        region = soup(response).select_one("header.site-header [data-breaking]")
        assert region is not None, url
        link = region.select_one("a.breaking__link")
        assert link["href"] == article.get_absolute_url()
        assert link.get_text() == article.headline
        # The Ukrainian edition (the default) says it in Ukrainian.
        assert "Терміново:" in region.get_text()
        assert not response.cookies


def test_no_banner_without_breaking_news_but_the_slot_is_there(client, article):
    page = soup(client.get("/"))
    assert page.select_one("[data-breaking-slot]") is not None
    assert page.select_one("[data-breaking]") is None


def test_the_banner_goes_at_its_end_and_the_admin_has_none(
    client, admin_client, article, editor
):
    services.breaking_start(article=article, started_by=editor)
    assert soup(admin_client.get("/admin/")).select_one("[data-breaking]") is None
    Breaking.objects.update(ends_at=timezone.now() - timedelta(seconds=1))
    assert soup(client.get("/")).select_one("[data-breaking]") is None


def test_pages_are_the_same_for_every_reader(client, article, banner):
    first = client.get(article.get_absolute_url()).content
    client.cookies.clear()
    assert client.get(article.get_absolute_url()).content == first


def test_max_age_is_bound_by_the_banners_end(client, article, editor, settings):
    settings.PAGE_CACHE_SECONDS = 60
    services.breaking_start(
        article=article,
        started_by=editor,
        ends_at=timezone.now() + timedelta(seconds=25),
    )
    cache_control = client.get("/")["Cache-Control"]
    max_age = int(cache_control.split("max-age=")[1].split(",")[0])
    assert 1 <= max_age <= 25


def test_a_banner_that_ended_on_its_own_is_not_answered_304(client, article, editor):
    banner = services.breaking_start(article=article, started_by=editor)
    # The pages' last saved change: a while ago.
    cache.set(CONTENT_CHANGED_KEY, timezone.now().timestamp() - 30, None)
    last_modified = client.get("/")["Last-Modified"]
    Breaking.objects.filter(pk=banner.pk).update(ends_at=timezone.now())
    # Later than the stamp: the ending changed the page without a save.
    again = client.get("/", HTTP_IF_MODIFIED_SINCE=last_modified)
    assert again.status_code == 200
    assert soup(again).select_one("[data-breaking]") is None
    later = http_date(timezone.now().timestamp() + 5)
    assert client.get("/", HTTP_IF_MODIFIED_SINCE=later).status_code == 304


def _story(article):
    now = timezone.now()
    older = services.entry_create(
        article=article,
        title="Power back in Kharkiv",
        body="<p>Engineers restored the lines.</p>",
        time=now - timedelta(minutes=30),
    )
    newer = services.entry_create(
        article=article, body="<p>Trains run again.</p>", time=now
    )
    return older, newer


def test_the_article_page_lists_entries_newest_first(client, article):
    older, newer = _story(article)
    page = soup(client.get(article.get_absolute_url()))
    story = page.select_one("section.live-story")
    assert story["data-live-since"] == str(newer.pk)
    ids = [li["data-entry"] for li in story.select("[data-entry]")]
    assert ids == [str(newer.pk), str(older.pk)]
    time = story.select_one(f"#entry-{older.pk} time")
    assert time["datetime"] == timezone.localtime(older.time).isoformat(
        timespec="seconds"
    )
    assert story.select_one("[data-live-badge]").get_text() == "Наживо"
    updated = story.select_one("[data-live-updated]").get_text(" ", strip=True)
    assert updated.startswith("Оновлено ")
    # Under the body.
    body = page.select_one(".article__body")
    assert body.find_next("section", class_="live-story") is story


def test_an_ended_story_has_no_live_badge(client, article):
    _story(article)
    services.coverage_end(article=article)
    story = soup(client.get(article.get_absolute_url())).select_one(".live-story")
    assert story.select_one("[data-live-badge]") is None
    assert "Трансляцію завершено" in story.get_text()


def test_an_ordinary_article_has_no_live_story(client, article):
    page = soup(client.get(article.get_absolute_url()))
    # Only a hidden place for a first entry pushed while the page is open.
    story = page.select_one(".live-story")
    assert story.has_attr("hidden")
    assert not story.has_attr("data-live-since")
    assert story.select("[data-entry]") == []
    types = [
        json.loads(s.string)["@type"]
        for s in page.select('script[type="application/ld+json"]')
    ]
    assert "LiveBlogPosting" not in types


def test_json_ld_live_blog_posting(client, article):
    older, newer = _story(article)
    services.coverage_end(article=article)
    page = soup(client.get(article.get_absolute_url()))
    blocks = [
        json.loads(s.string) for s in page.select('script[type="application/ld+json"]')
    ]
    live = next(b for b in blocks if b["@type"] == "LiveBlogPosting")
    assert live["coverageStartTime"] and live["coverageEndTime"]
    updates = live["liveBlogUpdate"]
    assert [u["@type"] for u in updates] == ["BlogPosting", "BlogPosting"]
    assert updates[0]["url"].endswith(f"#entry-{newer.pk}")
    assert updates[1]["headline"] == "Power back in Kharkiv"
    assert updates[1]["articleBody"] == "Engineers restored the lines."


def test_the_front_page_marks_live_stories(client, article):
    ArticleFactory(headline="Quiet news")
    _story(article)
    page = soup(client.get("/"))
    marked = {
        h.select_one("a").get_text()
        for h in page.select(".teaser__headline")
        if h.select_one(".live-badge")
    }
    assert article.headline in marked
    assert "Quiet news" not in marked


def test_feeds_and_news_sitemap_move_with_entries(client, article):
    before = client.get("/sitemap-news.xml").content
    _story(article)
    article.refresh_from_db()
    assert article.updated_at is not None
    news = client.get("/sitemap-news.xml").content.decode()
    assert news != before.decode()
    lastmod = timezone.localtime(article.updated_at).isoformat()
    assert f"<lastmod>{lastmod}</lastmod>" in news
    feed = client.get("/feeds/atom/").content.decode()
    stamp = timezone.localtime(article.updated_at).isoformat()
    assert stamp[:16] in feed or article.updated_at.isoformat()[:16] in feed
