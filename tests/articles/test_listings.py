from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db


def headlines(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".teaser__headline a")]


@pytest.fixture
def filed():
    section = SectionFactory(name="Economy", slug="economy")
    topic = TopicFactory(name="Energy", slug="energy")
    author = AuthorFactory(
        name="Taras Bondar", slug="taras-bondar", role="Economics editor"
    )
    now = timezone.now()
    articles = [
        ArticleFactory(
            headline=f"Story {n:02d}",
            section=section,
            topics=[topic],
            authors=[author],
            published_at=now - timedelta(hours=n),
        )
        for n in range(25)
    ]
    ArticleFactory(headline="Elsewhere", published_at=now - timedelta(days=5))
    ArticleFactory(headline="A draft", section=section, status=Article.Status.DRAFT)
    ArticleFactory(
        headline="Tomorrow", section=section, published_at=now + timedelta(days=1)
    )
    return articles


def test_latest_news_lists_published_articles_newest_first_twenty_a_page(client, filed):
    first = client.get("/news/")
    assert headlines(first) == [f"Story {n:02d}" for n in range(20)]
    second = client.get("/news/?page=2")
    assert headlines(second) == [f"Story {n:02d}" for n in range(20, 25)] + [
        "Elsewhere"
    ]
    soup = BeautifulSoup(second.content, "html.parser")
    assert soup.select_one("a[rel=prev]")["href"] == "?page=1"
    assert not soup.select_one("a[rel=next]")
    assert "сторінка 2" in soup.title.get_text()


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/sections/economy/", "Economy"),
        ("/topics/energy/", "Energy"),
        ("/authors/taras-bondar/", "Taras Bondar"),
    ],
)
def test_section_topic_and_author_pages_list_only_their_articles(
    client, filed, url, title
):
    first = client.get(url)
    assert first.status_code == 200
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == title
    assert headlines(first) == [f"Story {n:02d}" for n in range(20)]
    second = client.get(url + "?page=2")
    assert headlines(second) == [f"Story {n:02d}" for n in range(20, 25)]
    assert client.get(url + "?page=3").status_code == 404


def test_author_page_shows_the_role(client, filed):
    soup = BeautifulSoup(client.get("/authors/taras-bondar/").content, "html.parser")
    assert soup.select_one(".listing-header__role").get_text() == "Economics editor"


@pytest.mark.parametrize("url", ["/news/", "/sections/economy/", "/topics/energy/"])
@pytest.mark.parametrize(
    "page", ["abc", "0", "-1", "3", "99999", "1.5", "", "٣", "9" * 40, "1%00", "%ff"]
)
def test_bad_page_numbers_are_404_in_the_sites_look(client, filed, url, page):
    response = client.get(f"{url}?page={page}")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text() == "Сторінку не знайдено"
    assert soup.select_one(".masthead__name")


@pytest.mark.parametrize("url", ["/sections/nope/", "/topics/nope/", "/authors/nope/"])
def test_unknown_section_topic_or_author_is_404(client, url):
    assert client.get(url).status_code == 404


def test_empty_site_has_a_first_page(client):
    response = client.get("/news/")
    assert response.status_code == 200
    assert headlines(response) == []
    assert client.get("/news/?page=2").status_code == 404


@pytest.mark.parametrize(
    "url", ["/news/", "/sections/economy/", "/topics/energy/", "/authors/taras-bondar/"]
)
def test_listing_queries_do_not_grow_with_articles(
    client, filed, django_assert_max_num_queries, url
):
    cache.clear()
    # +3 a page (coverage app): the breaking banner, its max-age bound,
    # and the live marks or live story. Constant, whatever the articles.
    with django_assert_max_num_queries(10):
        client.get(url)


def test_404_is_in_the_sites_look_even_with_debug_on(client, settings):
    settings.DEBUG = True
    response = client.get("/news/?page=abc")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text() == "Сторінку не знайдено"
    assert soup.select_one(".masthead__name")
