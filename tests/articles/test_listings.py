from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def headlines(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".teaser__headline a")]


@pytest.fixture
def twenty_five():
    now = timezone.now()
    return [
        ArticleFactory(headline=f"Story {n:02d}", published_at=now - timedelta(hours=n))
        for n in range(25)
    ]


def test_latest_news_lists_published_articles_newest_first_twenty_a_page(
    client, twenty_five
):
    ArticleFactory(headline="A draft", status=Article.Status.DRAFT)
    ArticleFactory(headline="Tomorrow", published_at=timezone.now() + timedelta(days=1))
    first = client.get("/news/")
    assert headlines(first) == [f"Story {n:02d}" for n in range(20)]
    second = client.get("/news/?page=2")
    assert headlines(second) == [f"Story {n:02d}" for n in range(20, 25)]
    soup = BeautifulSoup(second.content, "html.parser")
    assert soup.select_one("a[rel=prev]")["href"] == "?page=1"
    assert not soup.select_one("a[rel=next]")


def test_home_lists_the_latest_articles(client, twenty_five):
    response = client.get("/")
    assert response.status_code == 200
    assert headlines(response)[0] == "Story 00"


@pytest.mark.parametrize(
    "page", ["abc", "0", "-1", "3", "99999", "1.5", "", "٣", "9" * 40, "1%00"]
)
def test_bad_page_numbers_are_404_in_the_sites_look(client, twenty_five, page):
    response = client.get(f"/news/?page={page}")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text() == "Page not found"


def test_empty_site_has_a_first_page(client):
    response = client.get("/news/")
    assert response.status_code == 200
    assert headlines(response) == []
    assert client.get("/news/?page=2").status_code == 404
