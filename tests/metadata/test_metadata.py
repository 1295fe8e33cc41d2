import json

import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db


def head(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def meta(soup, key):
    tag = soup.find("meta", attrs={"property": key}) or soup.find(
        "meta", attrs={"name": key}
    )
    return tag["content"] if tag else None


@pytest.fixture
def article():
    return ArticleFactory(
        with_hero=True,
        headline="Grid operator completes reserve",
        lead="Spare transformers are ready.",
        section=SectionFactory(name="Economy", slug="economy"),
        topics=[TopicFactory(name="Energy", slug="energy"), TopicFactory(name="Kyiv")],
        authors=[AuthorFactory(name="Olena Koval", slug="olena-koval")],
    )


PAGES = [
    ("/", "Portal"),
    ("/news/", "Останні новини"),
    ("/sections/economy/", "Economy"),
    ("/topics/energy/", "Energy"),
    ("/authors/olena-koval/", "Olena Koval"),
]


@pytest.mark.parametrize(("path", "title"), PAGES)
def test_every_public_page_has_canonical_title_description_og_and_twitter(
    client, article, path, title
):
    soup = head(client.get(path))
    assert soup.find("link", rel="canonical")["href"] == "http://testserver" + path
    assert title in soup.title.get_text() and "Portal" in soup.title.get_text()
    assert meta(soup, "description")
    assert meta(soup, "og:title") and meta(soup, "og:description")
    assert meta(soup, "og:url") == "http://testserver" + path
    assert meta(soup, "og:type") == "website"
    assert meta(soup, "og:image").startswith("http://testserver/static/img/")
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:title") and meta(soup, "twitter:image")


def test_a_later_page_is_its_own_canonical(client):
    for _ in range(21):
        ArticleFactory()
    soup = head(client.get("/news/?page=2&utm_source=x"))
    assert (
        soup.find("link", rel="canonical")["href"] == "http://testserver/news/?page=2"
    )


def test_article_page_has_article_tags_and_its_own_image(client, article):
    url = "http://testserver" + article.get_absolute_url()
    soup = head(client.get(article.get_absolute_url()))
    assert soup.find("link", rel="canonical")["href"] == url
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:title") == article.headline
    assert meta(soup, "description") == article.lead
    assert meta(soup, "og:image") == "http://testserver" + article.hero_image.url
    assert meta(soup, "og:image:alt") == "A test picture"
    assert meta(soup, "article:published_time").startswith(
        article.published_at.astimezone().isoformat()[:10]
    )
    assert meta(soup, "article:modified_time")
    assert meta(soup, "article:section") == "Economy"
    tags = [t["content"] for t in soup.find_all("meta", property="article:tag")]
    assert sorted(tags) == ["Energy", "Kyiv"]


def json_ld(response):
    scripts = BeautifulSoup(response.content, "html.parser").find_all(
        "script", type="application/ld+json"
    )
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_article_json_ld_is_a_complete_news_article(client, article):
    data = json_ld(client.get(article.get_absolute_url()))
    url = "http://testserver" + article.get_absolute_url()
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.headline
    assert data["image"] == ["http://testserver" + article.hero_image.url]
    assert data["datePublished"].startswith(
        article.published_at.astimezone().isoformat()[:10]
    )
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Olena Koval",
            "url": "http://testserver/authors/olena-koval/",
        }
    ]
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == "Portal"
    assert publisher["logo"]["url"] == "http://testserver/static/img/logo.png"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}


def test_logo_and_default_image_exist(client):
    from django.contrib.staticfiles import finders

    assert finders.find("img/logo.png") and finders.find("img/og-default.png")


@pytest.mark.parametrize(
    "headline",
    [
        'He said "</script><script>alert(1)</script>"',
        "</SCRIPT ><!-- <script> & 'quotes' \\u003c",
        "Ціни </script> ростуть",
    ],
)
def test_no_headline_breaks_out_of_the_json_ld(client, headline):
    article = ArticleFactory(headline=headline)
    response = client.get(article.get_absolute_url())
    soup = BeautifulSoup(response.content, "html.parser")
    # Exactly one inline script on the page, and it is the JSON-LD; the
    # others are the site's own files.
    scripts = soup.find_all("script")
    inline = [s for s in scripts if not s.get("src")]
    assert [s.get("type") for s in inline] == ["application/ld+json"]
    assert all(s["src"].startswith("/static/") for s in scripts if s.get("src"))
    assert json_ld(response)["headline"] == headline
    assert "</script><script>alert" not in response.content.decode()


def test_without_a_byline_the_publisher_is_the_author(client):
    article = ArticleFactory()
    data = json_ld(client.get(article.get_absolute_url()))
    assert data["author"][0]["@type"] == "Organization"
    assert data["image"] == ["http://testserver/static/img/og-default.png"]


def test_the_404_page_is_noindex_and_has_the_header(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert meta(soup.head, "robots") == "noindex"
    assert soup.select_one("header form[role=search]")


def test_a_simple_page_has_its_own_title_in_link_previews(client):
    from django.contrib.flatpages.models import FlatPage
    from django.contrib.sites.models import Site

    page = FlatPage.objects.create(url="/jobs/", title="Jobs", content="<p>Hi</p>")
    page.sites.add(Site.objects.get_current())
    soup = head(client.get("/jobs/"))
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/jobs/"
    assert meta(soup, "og:title") == "Jobs"
    assert meta(soup, "og:url") == "http://testserver/jobs/"
    assert "Jobs" in meta(soup, "description")


def test_the_site_is_named_by_settings_site_url(client):
    """migrate points django.contrib.sites at SITE_URL (sitemaps use it)."""
    from django.contrib.sites.models import Site

    assert Site.objects.get_current().domain == "testserver"


def test_a_hostile_simple_page_title_is_text_everywhere(client):
    """
    Django's flatpage view marks the title safe; the page escapes it anyway.
    """
    from django.contrib.flatpages.models import FlatPage
    from django.contrib.sites.models import Site

    title = 'Jobs" onmouseover="x()"><script>alert(1)</script> & <b>more</b>'
    page = FlatPage.objects.create(url="/jobs/", title=title, content="<p>Hi</p>")
    page.sites.add(Site.objects.get_current())
    response = client.get("/jobs/")
    assert b"<script>alert" not in response.content
    assert b"<b>more" not in response.content
    assert b'" onmouseover' not in response.content
    soup = BeautifulSoup(response.content, "html.parser")
    # Each place shows exactly the title's text, escaped once.
    assert soup.title.get_text().startswith(title)
    assert meta(soup, "description").startswith(title)
    assert meta(soup, "og:title") == title
    assert meta(soup, "twitter:title") == title
    assert soup.find("h1").get_text() == title
    assert not soup.find("b") and not soup.find("script", string="alert(1)")
