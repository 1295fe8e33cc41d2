"""Each edition is searched in its own language's configuration."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from articles.models import Article
from search import text
from tests.factories import ArticleFactory
from tests.services import need_service

pytestmark = pytest.mark.django_db
EN, UK = Article.Edition.EN, Article.Edition.UK


@pytest.fixture
def postgres():
    need_service(
        "PostgreSQL",
        connection.vendor == "postgresql",
        f"full-text search runs on PostgreSQL; this run uses {connection.vendor}",
    )


def found(query, edition):
    return [
        a.headline
        for a in Article.objects.published()
        .in_edition(edition)
        .search(query, language=edition)
    ]


def test_english_articles_are_stemmed(postgres):
    ArticleFactory(edition=EN, headline="Council rebuilds a school shelter")
    ArticleFactory(edition=EN, headline="Trains run on time", lead="Nothing else.")
    assert found("shelters", EN) == ["Council rebuilds a school shelter"]
    assert found("rebuilding", EN) == ["Council rebuilds a school shelter"]
    # Stop words are dropped: "the" alone finds nothing, and does not spoil
    # a query with other words.
    assert found("the", EN) == []
    assert found("the shelters", EN) == ["Council rebuilds a school shelter"]


def test_english_keeps_unaccent_and_the_highlight(client, postgres):
    ArticleFactory(edition=EN, headline="Café owners share shelters")
    assert found("cafe", EN) == ["Café owners share shelters"]
    page = BeautifulSoup(
        client.get("/en/search/", {"q": "shelter"}).content, "html.parser"
    )
    assert page.select_one(".search-result__headline mark").get_text() == "shelters"


def test_ukrainian_articles_keep_simple_and_unaccent(postgres):
    ArticleFactory(edition=UK, headline="Харків відбудовує укриття")
    assert found("укриття", UK) == ["Харків відбудовує укриття"]
    assert found("ХАРКІВ", UK) == ["Харків відбудовує укриття"]
    # No English stemming of Ukrainian words, no stop-word loss.
    assert found("укриттям", UK) == []


def test_the_stored_vector_follows_the_edition(postgres):
    article = ArticleFactory(edition=EN, headline="Shelters")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM articles_article WHERE id = %s",
            [article.pk],
        )
        assert "'shelter'" in cursor.fetchone()[0]
        cursor.execute(
            "SELECT cfgname FROM pg_ts_config WHERE cfgname = ANY(%s)",
            [list(text.SEARCH_CONFIGS.values())],
        )
        assert {row[0] for row in cursor.fetchall()} == set(
            text.SEARCH_CONFIGS.values()
        )


def test_the_fallback_searches_each_edition_too(settings):
    """On any database the edition filter holds (SQLite: the fallback)."""
    ArticleFactory(edition=EN, headline="Shelter works")
    ArticleFactory(edition=UK, headline="Укриття Shelter")
    assert found("shelter", EN) == ["Shelter works"]
    assert found("shelter", UK) == ["Укриття Shelter"]
