"""Two editions: Ukrainian at /, English under /en/, each with its own articles."""

from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation

from articles.freshness import article_paths
from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db

UK, EN = Article.Edition.UK, Article.Edition.EN


@pytest.fixture
def newsroom():
    section = SectionFactory(
        slug="economy", name="Economy", name_uk="Економіка", description="Money."
    )
    topic = TopicFactory(slug="energy", name="Energy", name_uk="Енергетика")
    author = AuthorFactory(slug="olena", name="Olena Koval")
    uk = ArticleFactory(
        edition=UK,
        headline="Оператор завершив резерв трансформаторів",
        section=section,
        topics=[topic],
        authors=[author],
    )
    en = ArticleFactory(
        edition=EN,
        translation_key=uk.translation_key,
        headline="Grid operator completes transformer reserve",
        section=section,
        topics=[topic],
        authors=[author],
    )
    uk_only = ArticleFactory(
        edition=UK, headline="Лише українською про енергетику", section=section,
        topics=[topic], authors=[author],
    )  # fmt: skip
    en_only = ArticleFactory(
        edition=EN, headline="Only in English about shelters", section=section,
        topics=[topic], authors=[author],
    )  # fmt: skip
    return {"uk": uk, "en": en, "uk_only": uk_only, "en_only": en_only}


def soup(response):
    assert response.status_code == 200, response
    return BeautifulSoup(response.content, "html.parser")


def alternates(page):
    return {
        link["hreflang"]: link["href"]
        for link in page.select("head link[rel=alternate][hreflang]")
    }


def headlines(page):
    return {a.get_text(strip=True) for a in page.select("main a")}


def listing_paths(edition):
    prefix = "" if edition == UK else "/en"
    return [
        f"{prefix}/",
        f"{prefix}/news/",
        f"{prefix}/sections/economy/",
        f"{prefix}/topics/energy/",
        f"{prefix}/authors/olena/",
    ]


@pytest.mark.parametrize(
    ("edition", "lang", "chrome"),
    [(UK, "uk", "Пошук новин"), (EN, "en", "Search the news")],
)
def test_every_page_type_is_in_its_language(client, newsroom, edition, lang, chrome):
    """lang attribute, translated chrome, hreflang pairs on every page type."""
    own = newsroom[edition]
    paths = [*listing_paths(edition), own.get_absolute_url()]
    for path in paths:
        page = soup(client.get(path))
        assert page.html["lang"] == lang, path
        assert page.select_one("#site-search-q")["placeholder"] == chrome, path
        links = alternates(page)
        assert set(links) == {"uk", "en", "x-default"}, path
        assert links["x-default"] == links["uk"]
        # The pair points at each other: the other edition's page names this
        # one as its alternate.
        other = "en" if lang == "uk" else "uk"
        back = alternates(soup(client.get(urlsplit(links[other]).path)))
        assert back == links, path
    search = soup(client.get(f"{'' if edition == UK else '/en'}/search/?q=x"))
    assert search.html["lang"] == lang


def test_dates_and_words_are_the_editions(client, newsroom):
    uk_page = soup(client.get(newsroom["uk"].get_absolute_url()))
    en_page = soup(client.get(newsroom["en"].get_absolute_url()))
    with translation.override("uk"):
        from django.utils import dateformat, timezone

        local = timezone.localtime(newsroom["uk"].published_at)
        assert uk_page.select_one(".article__published").get_text() == (
            dateformat.format(local, "j E Y, H:i")
        )
    assert any(
        month in uk_page.select_one(".article__published").get_text()
        for month in ("січня", "лютого", "березня", "квітня", "травня", "червня",
                      "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")
    )  # fmt: skip
    assert uk_page.select_one(".breadcrumb a").get_text() == "Головна"
    assert en_page.select_one(".breadcrumb a").get_text() == "Home"
    assert uk_page.select(".breadcrumb a")[1].get_text() == "Економіка"
    assert en_page.select(".breadcrumb a")[1].get_text() == "Economy"
    assert uk_page.select_one(".sections-nav a").get_text() == "Стрічка"


def test_social_card_and_json_ld_name_the_language(client, newsroom):
    import json

    for edition, locale in ((UK, "uk_UA"), (EN, "en_GB")):
        page = soup(client.get(newsroom[edition].get_absolute_url()))
        assert page.find("meta", property="og:locale")["content"] == locale
        assert page.find("meta", attrs={"name": "twitter:image:alt"})["content"]
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["inLanguage"] == edition


@pytest.mark.parametrize("edition", [UK, EN])
def test_each_listing_shows_only_its_editions_articles(client, newsroom, edition):
    other = EN if edition == UK else UK
    for path in listing_paths(edition):
        text = soup(client.get(path)).get_text()
        assert newsroom[edition].headline in text, path
        assert newsroom[f"{edition}_only"].headline in text, path
        assert newsroom[other].headline not in text, path
        assert newsroom[f"{other}_only"].headline not in text, path


@pytest.mark.parametrize("edition", [UK, EN])
def test_feeds_and_sitemaps_are_per_edition(client, newsroom, edition):
    prefix = "" if edition == UK else "/en"
    other = EN if edition == UK else UK
    mine = {newsroom[edition].headline, newsroom[f"{edition}_only"].headline}
    for path in ("feeds/rss/", "feeds/atom/", "sections/economy/rss/",
                 "topics/energy/atom/"):  # fmt: skip
        feed = feedparser.parse(client.get(f"{prefix}/{path}").content)
        assert {e.title for e in feed.entries} == mine, path
        assert feed.feed.get("language", edition) == edition
    assert feedparser.parse(client.get(f"{prefix}/feeds/rss/").content).feed.title == (
        "Portal: останні новини" if edition == UK else "Portal: latest news"
    )
    articles = client.get(f"{prefix}/sitemap-articles.xml").content.decode()
    news = client.get(f"{prefix}/sitemap-news.xml").content.decode()
    for sitemap in (articles, news):
        assert newsroom[edition].get_absolute_url() in sitemap
        assert newsroom[other].get_absolute_url() not in sitemap
    assert f"<news:language>{edition}</news:language>" in news
    index = client.get(f"{prefix}/sitemap.xml").content.decode()
    assert f"{prefix}/sitemap-articles.xml" in index


def test_robots_lists_both_editions_sitemaps(client):
    robots = client.get("/robots.txt").content.decode()
    for path in ("/sitemap.xml", "/en/sitemap.xml", "/sitemap-news.xml",
                 "/en/sitemap-news.xml"):  # fmt: skip
        assert f"Sitemap: {settings.SITE_URL}{path}\n" in robots
    assert "Disallow: /en/search/" in robots and "Disallow: /search/" in robots


def test_related_and_most_read_stay_in_the_edition(client, newsroom):
    page = soup(client.get(newsroom["uk"].get_absolute_url()))
    related = {a.get_text(strip=True) for a in page.select(".related a")}
    assert newsroom["uk_only"].headline in related
    assert not related & {newsroom["en"].headline, newsroom["en_only"].headline}
    paths = [a.get_absolute_url() for a in newsroom.values()]
    from articles.selectors import articles_most_read

    ranking = [{"path": path, "readers": 3} for path in paths]
    with translation.override("uk"):
        uk = {a.pk for a, _ in articles_most_read(pages=ranking)}
    with translation.override("en"):
        en = {a.pk for a, _ in articles_most_read(pages=ranking)}
    assert uk == {newsroom["uk"].pk, newsroom["uk_only"].pk}
    assert en == {newsroom["en"].pk, newsroom["en_only"].pk}


def test_search_stays_in_the_edition(client, newsroom):
    uk = soup(client.get("/search/", {"q": "енергетику"})).get_text()
    assert newsroom["uk_only"].headline in uk
    en = soup(client.get("/en/search/", {"q": "shelters"})).get_text()
    assert newsroom["en_only"].headline in en
    assert (
        newsroom["en_only"].headline
        not in soup(client.get("/search/", {"q": "shelters"})).get_text()
    )


def test_the_switch_goes_to_the_translation_or_the_front_page(client, newsroom):
    def switch(path):
        page = soup(client.get(path))
        return {a["hreflang"]: a["href"] for a in page.select(".edition-switch a")}

    assert switch(newsroom["uk"].get_absolute_url()) == {
        "en": newsroom["en"].get_absolute_url()
    }
    assert switch(newsroom["en"].get_absolute_url()) == {
        "uk": newsroom["uk"].get_absolute_url()
    }
    assert switch(newsroom["uk_only"].get_absolute_url()) == {"en": "/en/"}
    assert switch(newsroom["en_only"].get_absolute_url()) == {"uk": "/"}
    assert switch("/sections/economy/") == {"en": "/en/sections/economy/"}
    page = soup(client.get(newsroom["uk_only"].get_absolute_url()))
    assert not alternates(page)  # no counterpart, no hreflang


def test_an_untranslated_draft_is_no_counterpart(client, newsroom):
    newsroom["en"].status = Article.Status.DRAFT
    newsroom["en"].save()
    page = soup(client.get(newsroom["uk"].get_absolute_url()))
    assert not alternates(page)
    assert page.select_one(".edition-switch a")["href"] == "/en/"


def test_old_and_wrong_edition_addresses_redirect(client, newsroom):
    en, uk = newsroom["en"], newsroom["uk"]
    old = f"/news/{en.pk}/{en.slug}/"
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == f"/en/news/{en.pk}/{en.slug}/"
    response = client.get(f"/en/news/{uk.pk}/{uk.slug}/")
    assert response.status_code == 301 and response["Location"] == (
        uk.get_absolute_url()
    )
    response = client.get(f"/en/news/{uk.pk}/old-slug/")
    assert response.status_code == 301
    assert client.get("/uk/news/?page=2")["Location"] == "/news/?page=2"


@pytest.mark.parametrize(
    "path",
    ["/xx/", "/xx/news/", "/en/xx/", "/en/news/999999/x/", "/en/news/abc/x/",
     "/en/sections/nope/", "/en/news/?page=abc", "/en/news/?page=0",
     "/en/news/?page=99", "/de/news/", "/en/en/", "/EN/news/"],
)  # fmt: skip
def test_bad_edition_addresses_are_404_in_the_sites_look(client, newsroom, path):
    response = client.get(path)
    assert response.status_code == 404
    assert soup_404(response).select_one("h1").get_text() in (
        "Сторінку не знайдено",
        "Page not found",
    )


def soup_404(response):
    return BeautifulSoup(response.content, "html.parser")


def test_english_404_is_english(client):
    page = soup_404(client.get("/en/no-such-page/"))
    assert page.html["lang"] == "en"
    assert page.select_one("h1").get_text() == "Page not found"


def test_accept_language_never_changes_a_public_page(client, newsroom):
    """Cached pages are the same bytes for every reader (DESIGN.md)."""
    plain = client.get("/")
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert plain.status_code == english.status_code == 200
    assert soup(english).html["lang"] == "uk"
    assert "Accept-Language" not in english.get("Vary", "")
    assert plain.content == english.content


def test_simple_pages_are_per_edition(client):
    uk = soup(client.get("/about/"))
    en = soup(client.get("/en/about/"))
    assert uk.select_one("h1").get_text() == "Про нас"
    assert en.select_one("h1").get_text() == "About us"
    assert "/en/privacy/" in {a["href"] for a in en.select("footer a")}
    assert "/en/privacy/" not in {a["href"] for a in uk.select("footer a")}


def test_an_english_article_refreshes_english_pages(newsroom):
    paths = article_paths(newsroom["en"])
    assert {"/en/", "/en/news/", "/en/feeds/rss/", "/en/sections/economy/"} <= paths
    assert newsroom["en"].get_absolute_url() in paths
    assert "/news/" not in paths
    assert {"/", "/news/", "/feeds/rss/"} <= article_paths(newsroom["uk"])


def test_publishing_a_translation_refreshes_the_original(newsroom):
    """The original's switch and hreflang name the translation once live."""
    assert newsroom["uk"].get_absolute_url() in article_paths(newsroom["en"])
    assert newsroom["en"].get_absolute_url() in article_paths(newsroom["uk"])


def test_the_desk_names_pages_of_both_editions(newsroom):
    """The editors' desk shows both editions, whatever its own language."""
    from articles.page_names import pages_describe

    paths = [newsroom["uk"].get_absolute_url(), newsroom["en"].get_absolute_url()]
    with translation.override("en"):
        named = pages_describe(paths)
    assert [named[p]["kind"] for p in paths] == ["article", "article"]
    assert named[paths[1]]["title"] == newsroom["en"].headline


def test_the_counter_counts_readers_on_both_editions_pages(newsroom):
    """PRESENCE_PAGE_VALIDATOR: an /en/ article is a page, as a Ukrainian one."""
    from articles.selectors import public_paths

    paths = [a.get_absolute_url() for a in newsroom.values()]
    paths += ["/en/", "/en/sections/economy/", "/en/about/", "/en/nope/"]
    assert set(public_paths(paths)) == set(paths) - {"/en/nope/"}
