"""The newsroom's services: what each writes, signals and purges."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import services
from articles.freshness import chrome_key
from articles.models import Article, Image
from articles.signals import article_published, article_unpublished
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TopicFactory,
    UserFactory,
)

from .test_images import picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent():
    """The domain signals sent, as (name, sender, article, by)."""
    received = []

    def record(name):
        def receiver(sender, article, by, **kwargs):
            received.append((name, sender, article.pk, by))

        return receiver

    published, unpublished = record("published"), record("unpublished")
    article_published.connect(published)
    article_unpublished.connect(unpublished)
    yield received
    article_published.disconnect(published)
    article_unpublished.disconnect(unpublished)


@pytest.fixture
def purged(monkeypatch):
    """The paths purged from the page cache, one set per purge."""
    calls = []
    monkeypatch.setattr(
        "articles.freshness.pagecache_purge", lambda paths: calls.append(set(paths))
    )
    return calls


@pytest.fixture
def editor():
    return UserFactory(username="olena", groups=["Editors"])


def test_publish_makes_a_draft_live_now_and_says_so(
    editor, sent, purged, django_capture_on_commit_callbacks
):
    topic, author = TopicFactory(), AuthorFactory()
    article = ArticleFactory(
        status=Article.Status.DRAFT, published_at=None, topics=[topic], authors=[author]
    )
    purged.clear()
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_publish(article=article, published_by=editor, now=now)
        assert sent == []  # not before the commit
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == now.replace(microsecond=0)
    assert article.history.first().history_user == editor
    assert sent == [("published", Article, article.pk, editor)]
    paths = set().union(*purged)
    assert {
        article.get_absolute_url(),
        "/",
        "/news/",
        article.section.get_absolute_url(),
        topic.get_absolute_url(),
        topic.get_rss_url(),
        author.get_absolute_url(),
        "/feeds/rss/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
    } <= paths


def test_publish_keeps_a_past_time_and_brings_a_future_one_forward(sent):
    now = timezone.now().replace(microsecond=0)
    past = ArticleFactory(status=Article.Status.DRAFT, published_at=now - timedelta(1))
    future = ArticleFactory(
        status=Article.Status.SCHEDULED, published_at=now + timedelta(1)
    )
    services.article_publish(article=past, now=now)
    services.article_publish(article=future, now=now)
    assert past.published_at == now - timedelta(1)
    assert future.published_at == now


def test_publishing_a_live_article_again_sends_nothing(
    sent, django_capture_on_commit_callbacks
):
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_publish(article=article)
    assert sent == []


def test_unpublish_takes_a_live_article_down_and_purges_its_pages(
    editor, sent, purged, django_capture_on_commit_callbacks
):
    article = ArticleFactory()
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_unpublish(article=article, unpublished_by=editor)
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert sent == [("unpublished", Article, article.pk, editor)]
    assert article.get_absolute_url() in set().union(*purged)


def test_unpublishing_a_draft_sends_nothing(sent, django_capture_on_commit_callbacks):
    article = ArticleFactory(status=Article.Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_unpublish(article=article)
    assert sent == []


def test_nothing_is_sent_when_the_change_is_rolled_back(sent):
    """Signals wait for the commit; the test's transaction never commits."""
    article = ArticleFactory(status=Article.Status.DRAFT)
    services.article_publish(article=article)
    assert sent == []


def test_save_stamps_the_update_time_of_a_live_article_only(sent):
    now = timezone.now().replace(microsecond=0)
    live = ArticleFactory()
    draft = ArticleFactory(status=Article.Status.DRAFT)
    services.article_save(article=live, changed_fields={"body"}, now=now)
    services.article_save(article=draft, changed_fields={"body"}, now=now)
    live.refresh_from_db()
    draft.refresh_from_db()
    assert live.updated_at == now
    assert draft.updated_at is None


def test_save_keeps_an_update_time_the_editor_set(sent):
    chosen = timezone.now().replace(microsecond=0) - timedelta(hours=2)
    article = ArticleFactory(updated_at=chosen)
    services.article_save(article=article, changed_fields={"lead"}, updated_at_set=True)
    article.refresh_from_db()
    assert article.updated_at == chosen


def test_save_without_a_content_change_stamps_nothing(sent):
    article = ArticleFactory()
    services.article_save(article=article, changed_fields=set())
    article.refresh_from_db()
    assert article.updated_at is None


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("draft", "published", ["published"]),
        ("published", "draft", ["unpublished"]),
        ("published", "scheduled-later", ["unpublished"]),
        ("draft", "scheduled-later", []),
        ("published", "published", []),
    ],
)
def test_save_signals_when_it_changes_what_readers_see(
    editor, sent, django_capture_on_commit_callbacks, before, after, expected
):
    now = timezone.now()
    article = ArticleFactory(status=before, published_at=now - timedelta(hours=1))
    if after == "scheduled-later":
        article.status = Article.Status.SCHEDULED
        article.published_at = now + timedelta(days=1)
    else:
        article.status = after
    with django_capture_on_commit_callbacks(execute=True):
        services.article_save(article=article, saved_by=editor)
    assert [name for name, *_ in sent] == expected
    assert all(by == editor for *_, by in sent)


def test_save_of_a_new_article_writes_it(editor, sent):
    article = Article(
        headline="A new bridge", lead="It opened.", section=SectionFactory()
    )
    services.article_save(article=article, saved_by=editor)
    assert Article.objects.filter(pk=article.pk, slug="a-new-bridge").exists()
    assert article.history.first().history_user == editor


def test_hero_renditions_are_made_once_per_picture():
    article = ArticleFactory(with_hero=True)
    article.refresh_from_db()
    info = article.hero_renditions
    assert info["source"] == article.hero_image.name
    version = article.version
    services.article_refresh_renditions(article=article)
    article.refresh_from_db()
    # An up-to-date article is left alone: no save, no new version.
    assert article.hero_renditions == info
    assert article.version == version


def test_removing_the_hero_image_forgets_its_renditions():
    article = ArticleFactory(with_hero=True)
    article.hero_image = ""
    services.article_refresh_renditions(article=article)
    article.refresh_from_db()
    assert article.hero_renditions == {}


def test_inline_image_renditions_follow_the_file():
    image = Image.objects.create(file=picture(1300, 700), alt="A bridge")
    image.refresh_from_db()
    assert image.renditions["source"] == image.file.name
    assert image.renditions["widths"]


def test_saving_a_section_clears_the_chrome_and_every_page(
    monkeypatch, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    purged_all = []
    monkeypatch.setattr(
        "articles.freshness.pagecache_purge_all", lambda: purged_all.append(True)
    )
    for edition in ("uk", "en"):
        cache.set(chrome_key(edition), {"sections": []})
    with django_capture_on_commit_callbacks(execute=True):
        SectionFactory(name="Opinion")
    assert cache.get(chrome_key("uk")) is cache.get(chrome_key("en")) is None
    assert purged_all
