"""Existing articles are sorted into editions by their language."""

import importlib

import pytest
from django.apps import apps

from articles.models import Article
from editions.choices import language_of
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
migration = importlib.import_module(
    "articles.migrations.0006_editions_and_translations"
)


def test_language_of_text():
    assert language_of("Київ готує нові укриття") == "uk"
    assert language_of("Kyiv prepares new shelters") == "en"
    assert language_of("NASA і ЄС: спільна місія") == "uk"
    assert migration.language_of("Harvest in Poltava") == "en"


def test_the_data_migration_gives_every_article_its_edition_and_own_group():
    uk = ArticleFactory(
        headline="Харків відбудовує школи", lead="Місто ремонтує укриття.",
        edition="en",
    )  # fmt: skip
    en = ArticleFactory(
        headline="Kharkiv rebuilds schools", edition="uk",
        translation_key=uk.translation_key,
    )  # fmt: skip
    before = Article.objects.count()
    migration.sort_into_editions(apps, None)
    uk.refresh_from_db()
    en.refresh_from_db()
    assert (uk.edition, en.edition) == ("uk", "en")
    assert uk.translation_key != en.translation_key
    assert Article.objects.count() == before
    assert uk.history.first().edition == "uk"
