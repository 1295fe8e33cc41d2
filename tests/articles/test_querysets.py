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


DRAFT, SCHEDULED, PUBLISHED = (
    Article.Status.DRAFT,
    Article.Status.SCHEDULED,
    Article.Status.PUBLISHED,
)
# (status, publication time from now or None, what readers see now)
VISIBILITY_CASES = [
    (DRAFT, timedelta(days=-1), "hidden"),
    (DRAFT, None, "hidden"),
    (DRAFT, timedelta(days=1), "hidden"),
    (PUBLISHED, timedelta(days=-1), "live"),
    (PUBLISHED, timedelta(0), "live"),
    (PUBLISHED, timedelta(days=1), "scheduled"),
    (PUBLISHED, None, "hidden"),
    (SCHEDULED, timedelta(seconds=-5), "live"),
    (SCHEDULED, timedelta(seconds=30), "scheduled"),
    (SCHEDULED, None, "hidden"),
]


def test_every_article_is_exactly_one_of_live_scheduled_or_hidden():
    """
    published(), scheduled() and hidden() split the articles as the rule
    says (released, and the time has come), and with_visibility() agrees.
    """
    now = timezone.now().replace(microsecond=0)
    expected = {}
    for status, offset, visibility in VISIBILITY_CASES:
        article = ArticleFactory(
            status=status, published_at=None if offset is None else now + offset
        )
        expected[article.pk] = visibility

    def pks(queryset):
        return set(queryset.values_list("pk", flat=True))

    def wanted(visibility):
        return {pk for pk, value in expected.items() if value == visibility}

    articles = Article.objects.all()
    assert pks(articles.published(now)) == wanted("live")
    assert pks(articles.scheduled(now)) == wanted("scheduled")
    assert pks(articles.hidden(now)) == wanted("hidden")
    assert dict(articles.with_visibility(now).values_list("pk", "visibility")) == (
        expected
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
