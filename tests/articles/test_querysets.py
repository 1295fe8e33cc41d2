from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_published_includes_only_released_articles_whose_time_has_come():
    now = timezone.now()
    visible = ArticleFactory(published_at=now - timedelta(minutes=1))
    due_scheduled = ArticleFactory(
        status=Article.Status.SCHEDULED, published_at=now - timedelta(seconds=5)
    )
    ArticleFactory(status=Article.Status.DRAFT, published_at=now - timedelta(days=1))
    ArticleFactory(
        status=Article.Status.SCHEDULED, published_at=now + timedelta(hours=1)
    )
    ArticleFactory(
        status=Article.Status.PUBLISHED, published_at=now + timedelta(hours=1)
    )
    ArticleFactory(status=Article.Status.PUBLISHED, published_at=None)

    assert set(Article.objects.published()) == {visible, due_scheduled}


def test_scheduled_article_becomes_published_at_its_time_without_a_job():
    now = timezone.now()
    article = ArticleFactory(
        status=Article.Status.SCHEDULED, published_at=now + timedelta(minutes=10)
    )
    assert article not in Article.objects.published(now=now)
    assert article in Article.objects.scheduled(now=now)
    later = now + timedelta(minutes=11)
    assert article in Article.objects.published(now=later)
    assert article not in Article.objects.scheduled(now=later)


def test_not_published_is_the_complement_of_published():
    now = timezone.now()
    ArticleFactory()
    ArticleFactory(status=Article.Status.DRAFT)
    ArticleFactory(published_at=now + timedelta(days=1))
    assert (
        Article.objects.published().count() + Article.objects.not_published().count()
        == Article.objects.count()
    )


def test_related_shares_a_topic_newest_first_and_excludes_itself():
    now = timezone.now()
    energy, sport = TopicFactory(), TopicFactory()
    article = ArticleFactory(topics=[energy])
    older = ArticleFactory(topics=[energy], published_at=now - timedelta(days=2))
    newer = ArticleFactory(
        topics=[energy, sport], published_at=now - timedelta(hours=2)
    )
    ArticleFactory(topics=[sport])
    ArticleFactory(topics=[energy], status=Article.Status.DRAFT)

    assert list(Article.objects.related_to(article)) == [newer, older]


def test_related_is_empty_without_topics():
    article = ArticleFactory()
    ArticleFactory()
    assert list(Article.objects.related_to(article)) == []
