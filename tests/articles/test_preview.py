"""Staff preview drafts and scheduled articles; nobody else can."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return ArticleFactory(status="draft", published_at=None, headline="Secret plan")


def test_staff_see_a_draft_exactly_as_readers_will(client, draft):
    client.force_login(UserFactory(groups=["Authors"]))
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
