"""search() and highlighted() hand off to the backend of the database."""

import pytest
from django.db import connection

from articles.models import Article
from search import backends, queryset
from search.backends.base import BaseSearchBackend
from search.backends.fallback import FallbackSearchBackend
from search.backends.postgres import PostgresSearchBackend


@pytest.mark.parametrize(
    ("vendor", "backend"),
    [
        ("postgresql", PostgresSearchBackend),
        ("sqlite", FallbackSearchBackend),
        ("mysql", FallbackSearchBackend),
    ],
)
def test_the_backend_follows_the_database_vendor(monkeypatch, vendor, backend):
    monkeypatch.setattr(connection, "vendor", vendor)
    assert type(backends.get_search_backend("default")) is backend


def test_a_backend_must_answer_both_questions():
    with pytest.raises(NotImplementedError):
        BaseSearchBackend().search(Article.objects.all(), "bridge")
    with pytest.raises(NotImplementedError):
        BaseSearchBackend().highlighted(Article.objects.all(), "bridge")


def test_the_queryset_hands_its_own_rows_and_database_to_the_backend(monkeypatch):
    calls = []

    class Recording(BaseSearchBackend):
        def search(self, queryset, query, language=None):
            calls.append(("search", queryset.query.where, query))
            return queryset

        def highlighted(self, queryset, query, language=None):
            calls.append(("highlighted", queryset.db, query))
            return queryset

    def get_backend(using):
        calls.append(("using", using))
        return Recording()

    monkeypatch.setattr(queryset, "get_search_backend", get_backend)
    published = Article.objects.published()
    published.search("bridge").highlighted("bridge")
    assert calls[0] == ("using", "default")
    assert calls[1][0] == "search" and calls[1][2] == "bridge"
    assert str(calls[1][1]) == str(published.query.where)
    assert calls[3] == ("highlighted", "default", "bridge")
