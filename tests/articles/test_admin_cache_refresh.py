"""An admin save refreshes the cached pages that show the article at once."""

import pytest
from asgiref.sync import async_to_sync
from django.db import connections

from pagecache.backends import get_backend
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TopicFactory,
    UserFactory,
)
from tests.pagecache.test_layers import AsgiLayer, header

from .admin_helpers import change_url, form_data, form_errors

get = AsgiLayer().get


@pytest.fixture
def article():
    return ArticleFactory(
        headline="Old headline",
        section=SectionFactory(slug="economy"),
        topics=[TopicFactory(slug="energy")],
        authors=[AuthorFactory(slug="olena")],
    )


@pytest.mark.django_db
def test_admin_save_purges_article_front_section_and_topic_pages(
    client, settings, article, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE = {"BACKEND": "tests.pagecache.recording.RecordingPageCache"}
    recorder = get_backend()
    client.force_login(UserFactory(groups=["Editors"]))
    recorder.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            change_url(article), form_data(article, headline="New headline")
        )
    assert response.status_code == 302, form_errors(response)
    assert {
        article.get_absolute_url(),
        "/",
        "/news/",
        "/sections/economy/",
        "/topics/energy/",
        "/authors/olena/",
    } <= recorder.purged


@pytest.mark.django_db
def test_unpublish_action_purges_the_pages(
    client, settings, article, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE = {"BACKEND": "tests.pagecache.recording.RecordingPageCache"}
    recorder = get_backend()
    client.force_login(UserFactory(groups=["Editors"]))
    recorder.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/admin/articles/article/",
            {"action": "unpublish_selected", "_selected_action": [article.pk]},
        )
    assert {article.get_absolute_url(), "/", "/topics/energy/"} <= recorder.purged


@pytest.mark.django_db(transaction=True)
def test_readers_see_an_admin_correction_through_the_page_cache(client, settings):
    from portal.asgi import application

    settings.PAGE_CACHE = {"BACKEND": "pagecache.backends.LocalPageCache"}
    article = ArticleFactory(
        headline="Old headline", topics=[TopicFactory(slug="energy")]
    )
    host = [(b"host", b"testserver")]
    paths = [article.get_absolute_url(), "/", "/topics/energy/"]
    try:
        for path in paths:
            async_to_sync(get)(application, path, host)
            cached = async_to_sync(get)(application, path, host)
            assert header(cached, b"x-page-cache") == b"HIT", path
            assert b"Old headline" in cached["body"]

        client.force_login(UserFactory(groups=["Editors"]))
        response = client.post(
            change_url(article), form_data(article, headline="Corrected headline")
        )
        assert response.status_code == 302, form_errors(response)

        for path in paths:
            fresh = async_to_sync(get)(application, path, host)
            assert b"Corrected headline" in fresh["body"], path
            assert b"Old headline" not in fresh["body"], path
    finally:
        get_backend().purge_all()
        connections.close_all()
