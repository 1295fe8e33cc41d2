"""Breaking news and live entries: the services and what they announce."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles.models import Article
from coverage import services
from coverage.models import Breaking, LiveCoverage, LiveEntry
from coverage.querysets import breaking_last_ended, seconds_until_breaking_ends
from coverage.selectors import breaking_current, entries_since
from pagecache.decorators import public_max_age
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_banner_lasts_two_hours_by_default(article, editor):
    now = timezone.now()
    banner = services.breaking_start(article=article, started_by=editor, now=now)
    assert banner.ends_at == now + timedelta(hours=2)
    assert breaking_current(now)["id"] == article.pk
    assert breaking_current(now + timedelta(hours=2)) is None


def test_one_banner_at_a_time_the_new_replaces_the_old(article, editor):
    other = ArticleFactory(headline="Second")
    now = timezone.now()
    first = services.breaking_start(article=article, started_by=editor, now=now)
    later = now + timedelta(minutes=1)
    services.breaking_start(article=other, started_by=editor, now=later)
    first.refresh_from_db()
    assert first.ends_at == later
    assert Breaking.objects.active(later).count() == 1
    assert breaking_current(later)["headline"] == "Second"


def test_shortening_and_clearing(article, editor):
    now = timezone.now()
    banner = services.breaking_start(article=article, started_by=editor, now=now)
    services.breaking_set_end(
        banner=banner, ends_at=now + timedelta(minutes=10), changed_by=editor, now=now
    )
    assert breaking_current(now + timedelta(minutes=11)) is None
    assert services.breaking_clear(cleared_by=editor) == 1
    assert breaking_current() is None
    assert breaking_last_ended() is not None


def test_authors_cannot_mark_breaking(article, author_user):
    with pytest.raises(PermissionDenied):
        services.breaking_start(article=article, started_by=author_user)
    assert not Breaking.objects.exists()
    banner = Breaking.objects.create(article=article)
    with pytest.raises(PermissionDenied):
        services.breaking_clear(cleared_by=author_user)
    with pytest.raises(PermissionDenied):
        services.breaking_set_end(
            banner=banner, ends_at=timezone.now(), changed_by=author_user
        )


def test_only_a_published_article_is_breaking(editor):
    draft = ArticleFactory(status=Article.Status.DRAFT)
    with pytest.raises(ValidationError):
        services.breaking_start(article=draft, started_by=editor)


def test_a_banner_of_an_unpublished_article_does_not_show(article, editor):
    services.breaking_start(article=article, started_by=editor)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert breaking_current() is None


def test_pages_never_outlive_the_banner(article, editor, settings):
    settings.PAGE_CACHE_SECONDS = 60
    now = timezone.now()
    services.breaking_start(
        article=article, started_by=editor, ends_at=now + timedelta(seconds=20)
    )
    assert 18 <= seconds_until_breaking_ends() <= 20
    assert public_max_age() <= 20
    services.breaking_clear()
    assert public_max_age() == 60


def test_breaking_refreshes_every_page_and_pushes(
    article, editor, broadcast, recorder, commit
):
    commit(lambda: services.breaking_start(article=article, started_by=editor))
    assert recorder.purged_all >= 1
    assert broadcast.published[-1] == {
        "kind": "breaking",
        "article": {
            "id": article.pk,
            "headline": article.headline,
            "url": article.get_absolute_url(),
            "until": broadcast.published[-1]["article"]["until"],
        },
    }
    commit(lambda: services.breaking_clear(cleared_by=editor))
    assert broadcast.published[-1] == {"kind": "breaking", "article": None}
    assert recorder.purged_all >= 2


def test_entries_are_sanitised_like_articles(article):
    entry = services.entry_create(
        article=article,
        body='<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:x">'
        "l</a></p>",
    )
    entry.refresh_from_db()
    assert "script" not in entry.body
    assert "onclick" not in entry.body
    assert "javascript" not in entry.body
    assert entry.body.startswith("<p>Hi")


def test_entries_order_newest_first_and_ids_increase(article):
    now = timezone.now()
    first = services.entry_create(article=article, body="<p>1</p>", time=now)
    second = services.entry_create(
        article=article, body="<p>2</p>", time=now + timedelta(minutes=1)
    )
    assert second.pk > first.pk
    assert list(LiveEntry.objects.of(article).newest_first()) == [second, first]
    assert list(LiveEntry.objects.of(article).since(first.pk)) == [second]


def test_the_first_entry_starts_coverage_and_editors_end_it(article):
    services.entry_create(article=article, body="<p>1</p>")
    coverage = LiveCoverage.objects.get(article=article)
    assert coverage.is_live()
    services.coverage_end(article=article)
    coverage.refresh_from_db()
    assert coverage.ended_at is not None
    assert not coverage.is_live()
    assert coverage.started_at < coverage.ended_at


def test_an_entry_updates_its_article_and_pushes(article, broadcast, recorder, commit):
    before = article.updated_at
    entry = commit(lambda: services.entry_create(article=article, body="<p>1</p>"))
    article.refresh_from_db()
    assert article.updated_at is not None and article.updated_at != before
    assert article.get_absolute_url() in recorder.purged
    assert {"/", "/news/", "/feeds/rss/", "/sitemap-news.xml"} <= recorder.purged
    message = broadcast.published[-1]
    assert message["kind"] == "entries"
    assert message["article"] == article.pk
    assert message["path"] == article.get_absolute_url()
    assert [e["id"] for e in message["entries"]] == [entry.pk]
    assert f'data-entry="{entry.pk}"' in message["entries"][0]["html"]
    assert message["live"] is True

    commit(lambda: services.entry_update(entry=entry, title="Edited"))
    assert broadcast.published[-1]["entries"][0]["title"] == "Edited"
    entry_id = entry.pk
    commit(lambda: services.entry_delete(entry=entry))
    assert broadcast.published[-1]["deleted"] == [entry_id]
    assert broadcast.published[-1]["entries"] == []


def test_an_entry_saved_through_the_orm_is_announced_too(article, broadcast, commit):
    commit(lambda: LiveEntry.objects.create(article=article, body="<p>ORM</p>"))
    assert broadcast.published[-1]["kind"] == "entries"


def test_entries_since_gives_exactly_the_missing_ones_of_a_published_page(article):
    entries = [
        services.entry_create(article=article, body=f"<p>{n}</p>") for n in range(4)
    ]
    article_id, found, live = entries_since(
        path=article.get_absolute_url(), since=entries[1].pk
    )
    assert article_id == article.pk and live
    assert [e["id"] for e in found] == [entries[2].pk, entries[3].pk]
    assert entries_since(path="/news/", since=0) is None
    assert entries_since(path=f"/news/{article.pk}/wrong-slug/", since=0) is None
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert entries_since(path=article.get_absolute_url(), since=0) is None


def test_a_failed_publish_loses_nothing(article, settings, commit):
    settings.COVERAGE_BROADCAST = {
        "BACKEND": "coverage.broadcast.RedisBroadcast",
        "OPTIONS": {"url": "redis://127.0.0.1:1/0"},
    }
    entry = commit(lambda: services.entry_create(article=article, body="<p>k</p>"))
    assert LiveEntry.objects.filter(pk=entry.pk).exists()


def test_entries_since_finds_an_english_article_by_its_en_address(article):
    """An English live story at /en/news/… is found, not only the default's."""
    Article.objects.filter(pk=article.pk).update(edition="en")
    article.refresh_from_db()
    entry = services.entry_create(article=article, body="<p>First.</p>")
    assert article.get_absolute_url().startswith("/en/news/")
    article_id, found, live = entries_since(path=article.get_absolute_url(), since=0)
    assert article_id == article.pk
    assert [e["id"] for e in found] == [entry.pk]
