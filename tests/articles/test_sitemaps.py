import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from articles.sitemaps import NewsSitemap
from tests.factories import ArticleFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 -- our own response


def test_sitemap_index_lists_articles_sections_and_topics_with_lastmod(client):
    article = ArticleFactory(topics=[TopicFactory()])
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{SM}sitemapindex"
    entries = {
        s.findtext(f"{SM}loc"): s.findtext(f"{SM}lastmod")
        for s in root.iter(f"{SM}sitemap")
    }
    assert set(entries) == {
        "http://testserver/sitemap-articles.xml",
        "http://testserver/sitemap-sections.xml",
        "http://testserver/sitemap-topics.xml",
    }
    assert all(entries.values())
    assert entries["http://testserver/sitemap-articles.xml"].startswith(
        timezone.localtime(article.published_at).date().isoformat()
    )


def urls(root):
    return {
        u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod")
        for u in root.iter(f"{SM}url")
    }


def test_section_sitemaps_list_published_pages_with_absolute_urls(client):
    section = SectionFactory(slug="economy")
    topic = TopicFactory(slug="prices")
    published = ArticleFactory(section=section, topics=[topic])
    ArticleFactory(section=section, status=Article.Status.DRAFT)
    ArticleFactory(published_at=timezone.now() + timedelta(hours=2))
    articles = urls(xml(client, "/sitemap-articles.xml"))
    assert list(articles) == ["http://testserver" + published.get_absolute_url()]
    sections = urls(xml(client, "/sitemap-sections.xml"))
    assert "http://testserver/sections/economy/" in sections
    assert sections["http://testserver/sections/economy/"]
    topics = urls(xml(client, "/sitemap-topics.xml"))
    assert list(topics) == ["http://testserver/topics/prices/"]
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_news_sitemap_has_the_last_two_days_in_google_news_form(client):
    now = timezone.now()
    fresh = ArticleFactory(
        headline='Київ & "quotes" <b>', published_at=now - timedelta(hours=47)
    )
    ArticleFactory(headline="Old", published_at=now - timedelta(hours=49))
    ArticleFactory(headline="Draft", status=Article.Status.DRAFT)
    root = xml(client, "/sitemap-news.xml")
    (url,) = root.iter(f"{SM}url")
    assert url.findtext(f"{SM}loc") == "http://testserver" + fresh.get_absolute_url()
    news = url.find(f"{NEWS}news")
    publication = news.find(f"{NEWS}publication")
    assert publication.findtext(f"{NEWS}name") == "Portal"
    assert publication.findtext(f"{NEWS}language") == "uk"
    assert news.findtext(f"{NEWS}title") == 'Київ & "quotes" <b>'
    published = news.findtext(f"{NEWS}publication_date")
    assert published.startswith(timezone.localtime(fresh.published_at).isoformat()[:19])


def test_news_sitemap_stops_at_its_limit(client, monkeypatch):
    """At most ``NewsSitemap.limit`` (1,000) URLs, newest first."""
    assert NewsSitemap.limit == 1000
    monkeypatch.setattr(NewsSitemap, "limit", 3)
    now = timezone.now()
    articles = [
        ArticleFactory(published_at=now - timedelta(minutes=n)) for n in range(5)
    ]
    locs = list(urls(xml(client, "/sitemap-news.xml")))
    assert locs == ["http://testserver" + a.get_absolute_url() for a in articles[:3]]


def test_robots_txt_names_both_sitemaps_and_keeps_crawlers_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    for path in ["/admin/", "/search/", "/preview/"]:
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines
