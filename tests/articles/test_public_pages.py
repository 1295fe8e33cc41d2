"""Public pages are the same for every reader, and say how long to keep them."""

from datetime import timedelta

import pytest
from django.contrib.flatpages.models import FlatPage
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticleFactory(
        topics=[TopicFactory(slug="t")], authors=[AuthorFactory(slug="a")]
    )


def public_urls(article):
    return [
        "/",
        "/news/",
        article.get_absolute_url(),
        article.section.get_absolute_url(),
        "/topics/t/",
        "/authors/a/",
        "/about/",
    ]


def test_public_pages_are_cacheable_and_set_no_cookie(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 60
    for url in public_urls(article):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=60", url
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", ""), url
        assert b"csrfmiddlewaretoken" not in response.content, url
        assert response.has_header("ETag"), url


def test_public_pages_are_identical_for_every_reader(
    client, article, django_user_model
):
    anonymous = [client.get(url).content for url in public_urls(article)]
    other = type(client)()
    other.cookies["csrftoken"] = "x" * 32
    again = [other.get(url).content for url in public_urls(article)]
    assert anonymous == again


def test_cache_lifetime_is_bounded_by_the_next_scheduled_publication(
    client, article, settings
):
    settings.PAGE_CACHE_SECONDS = 60
    ArticleFactory(
        status=Article.Status.SCHEDULED,
        published_at=timezone.now() + timedelta(seconds=20),
    )
    max_age = int(client.get("/")["Cache-Control"].split("max-age=")[1])
    assert 1 <= max_age <= 20


def test_a_scheduled_article_far_away_does_not_shorten_the_lifetime(
    client, article, settings
):
    settings.PAGE_CACHE_SECONDS = 60
    ArticleFactory(
        status=Article.Status.SCHEDULED,
        published_at=timezone.now() + timedelta(hours=3),
    )
    assert client.get("/")["Cache-Control"] == "public, max-age=60"


def test_conditional_get_answers_304(client, article):
    first = client.get(article.get_absolute_url())
    again = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_404_pages_are_not_marked_public(client):
    response = client.get("/news/999999/x/")
    assert response.status_code == 404
    assert "public" not in response.get("Cache-Control", "")


def test_simple_pages_exist_and_are_linked_from_the_footer(client):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get("/").content, "html.parser")
    footer_links = {
        a.get_text(): a["href"]
        for a in soup.select("footer .site-footer__links--pages a")
    }
    assert footer_links == {
        "Про нас": "/about/",
        "Контакти": "/contacts/",
        "Конфіденційність": "/privacy/",
    }
    for url in footer_links.values():
        page = BeautifulSoup(client.get(url).content, "html.parser")
        assert page.find("h1").get_text() in footer_links


def test_editors_simple_page_html_is_sanitised(client):
    page = FlatPage.objects.get(url="/about/")
    page.content = '<p onclick="x()">Hi</p><script>alert(1)</script>'
    page.save()
    response = client.get("/about/")
    assert b"<script>alert" not in response.content
    assert b"onclick" not in response.content


def test_a_new_simple_page_appears_at_its_address(
    client, django_capture_on_commit_callbacks
):
    from django.contrib.sites.models import Site

    with django_capture_on_commit_callbacks(execute=True):
        page = FlatPage.objects.create(
            url="/jobs/", title="Jobs", content="<p>Join us.</p>"
        )
        page.sites.add(Site.objects.get(pk=1))
    assert client.get("/jobs/").status_code == 200
