"""Editors preview any draft or scheduled article, Authors their own."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return ArticleFactory(status="draft", published_at=None, headline="Secret plan")


def test_staff_see_a_draft_exactly_as_readers_will(client, draft):
    draft.created_by = UserFactory(groups=["Authors"])
    draft.save()
    client.force_login(draft.created_by)
    response = client.get(f"/preview/{draft.pk}/")
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "articles/article_detail.html"
    assert "Secret plan" in response.content.decode()
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control
    assert "public" not in cache_control


def test_scheduled_article_preview(client):
    scheduled = ArticleFactory(
        status="scheduled", published_at=timezone.now() + timedelta(days=1)
    )
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get(f"/preview/{scheduled.pk}/").status_code == 200
    client.logout()
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_anonymous_readers_get_404(client, draft):
    response = client.get(f"/preview/{draft.pk}/")
    assert response.status_code == 404
    assert "Secret plan" not in response.content.decode()


def test_non_staff_users_get_404(client, draft):
    client.force_login(UserFactory(is_staff=False))
    assert client.get(f"/preview/{draft.pk}/").status_code == 404


def test_missing_article_is_404(client):
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get("/preview/999999/").status_code == 404
    assert client.get("/preview/abc/").status_code == 404


# Preview follows the admin's own rule: Editors (publish permission) see any
# article; Authors see only their own; anyone else gets the 404 of a missing
# article, so walking ids reveals nothing.


@pytest.fixture
def author():
    return UserFactory(groups=["Authors"])


@pytest.fixture
def another_authors_draft():
    return ArticleFactory(
        status="draft",
        published_at=None,
        headline="Someone else's scoop",
        created_by=UserFactory(groups=["Authors"]),
    )


@pytest.fixture
def editors_scheduled_article():
    return ArticleFactory(
        status="scheduled",
        published_at=timezone.now() + timedelta(days=365),
        headline="Next year's announcement",
        created_by=UserFactory(groups=["Editors"]),
    )


def test_an_author_previews_their_own_draft(client, author):
    own = ArticleFactory(
        status="draft", published_at=None, headline="My own", created_by=author
    )
    client.force_login(author)
    response = client.get(f"/preview/{own.pk}/")
    assert response.status_code == 200
    assert "My own" in response.content.decode()


def test_an_author_cannot_preview_another_authors_draft(
    client, author, another_authors_draft
):
    client.force_login(author)
    response = client.get(f"/preview/{another_authors_draft.pk}/")
    assert response.status_code == 404
    assert "scoop" not in response.content.decode()


def test_an_author_cannot_preview_an_editors_scheduled_article(
    client, author, editors_scheduled_article
):
    client.force_login(author)
    response = client.get(f"/preview/{editors_scheduled_article.pk}/")
    assert response.status_code == 404
    assert "announcement" not in response.content.decode()


def test_an_editor_previews_anyones_article(
    client, another_authors_draft, editors_scheduled_article
):
    client.force_login(UserFactory(groups=["Editors"]))
    for article in (another_authors_draft, editors_scheduled_article):
        assert client.get(f"/preview/{article.pk}/").status_code == 200


def test_staff_without_newsroom_permissions_get_404(
    client, another_authors_draft, editors_scheduled_article
):
    client.force_login(UserFactory(is_staff=True))
    for article in (another_authors_draft, editors_scheduled_article):
        assert client.get(f"/preview/{article.pk}/").status_code == 404


def test_anonymous_readers_cannot_preview_scheduled_articles(
    client, editors_scheduled_article
):
    response = client.get(f"/preview/{editors_scheduled_article.pk}/")
    assert response.status_code == 404
    assert "announcement" not in response.content.decode()
