"""The article admin: live entries inline, breaking news for Editors only."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from coverage.models import Breaking, LiveCoverage, LiveEntry
from tests.articles.admin_helpers import change_url, form_data, form_errors
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def coverage_url(article):
    return f"/admin/articles/article/{article.pk}/coverage/"


def inline_data(article, entries=(), **extra):
    """The article form's POST with the live entries inline."""
    article.refresh_from_db()
    existing = list(LiveEntry.objects.of(article).newest_first())
    data = form_data(article, **extra)
    prefix = "live_entries"
    forms = [
        {
            "id": e.pk,
            "article": article.pk,
            "time_0": timezone.localtime(e.time).strftime("%Y-%m-%d"),
            "time_1": timezone.localtime(e.time).strftime("%H:%M:%S"),
            "title": e.title,
            "body": e.body,
            "image_alt": e.image_alt,
            "author": e.author_id or "",
        }
        for e in existing
    ]
    now = timezone.localtime()
    for entry in entries:
        forms.append(
            {
                "article": article.pk,
                "time_0": now.strftime("%Y-%m-%d"),
                "time_1": now.strftime("%H:%M:%S"),
                "title": "",
                "body": "",
                "image_alt": "",
                "author": "",
                **entry,
            }
        )
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": len(forms),
            f"{prefix}-INITIAL_FORMS": len(existing),
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
    )
    for i, form in enumerate(forms):
        for key, value in form.items():
            data[f"{prefix}-{i}-{key}"] = value
    return data


def test_editors_add_entries_inline(client, editor, article, broadcast):
    client.force_login(editor)
    page = BeautifulSoup(client.get(change_url(article)).content, "html.parser")
    assert page.select_one("#live_entries-group") is not None
    response = client.post(
        change_url(article),
        inline_data(
            article,
            [
                {"title": "First", "body": "<p>One <script>x</script></p>"},
                {"body": "Two & more\r\n\r\nThree"},
            ],
        ),
    )
    assert response.status_code == 302, form_errors(response)
    entries = list(LiveEntry.objects.of(article).order_by("pk"))
    assert [e.title for e in entries] == ["First", ""]
    assert entries[0].body == "<p>One </p>"
    assert entries[1].body == "<p>Two &amp; more</p><p>Three</p>"
    assert entries[0].created_by == editor
    assert LiveCoverage.objects.get(article=article).is_live()


def test_editing_and_deleting_entries_inline(client, editor, article):
    client.force_login(editor)
    client.post(change_url(article), inline_data(article, [{"body": "<p>a</p>"}]))
    entry = LiveEntry.objects.get()
    data = inline_data(article)
    data["live_entries-0-body"] = "<p>b</p>"
    assert client.post(change_url(article), data).status_code == 302
    entry.refresh_from_db()
    assert entry.body == "<p>b</p>"
    data = inline_data(article)
    data["live_entries-0-DELETE"] = "on"
    assert client.post(change_url(article), data).status_code == 302
    assert not LiveEntry.objects.exists()


def test_editors_mark_and_clear_breaking_on_the_change_form(client, editor, article):
    client.force_login(editor)
    page = client.get(change_url(article)).content.decode()
    assert "Mark as breaking news" in page
    response = client.post(
        coverage_url(article), {"action": "breaking", "minutes": "30"}
    )
    assert response.status_code == 302
    banner = Breaking.objects.get()
    assert 29 * 60 < (banner.ends_at - timezone.now()).total_seconds() <= 30 * 60
    assert "Clear breaking news" in client.get(change_url(article)).content.decode()
    client.post(coverage_url(article), {"action": "clear"})
    assert not Breaking.objects.running().exists()


def test_editors_use_the_list_action(client, editor, article):
    client.force_login(editor)
    response = client.post(
        "/admin/articles/article/",
        {"action": "mark_breaking", "_selected_action": [article.pk]},
    )
    assert response.status_code == 302
    assert Breaking.objects.active().get().article == article
    two = [article.pk, ArticleFactory().pk]
    client.post(
        "/admin/articles/article/",
        {"action": "clear_breaking", "_selected_action": two},
    )
    assert not Breaking.objects.active().exists()


def test_authors_cannot_mark_breaking_even_with_forged_posts(
    client, author_user, article
):
    draft = ArticleFactory(status="draft", created_by=author_user)
    client.force_login(author_user)
    page = client.get(change_url(draft)).content.decode()
    assert "Mark as breaking news" not in page
    assert "Only editors can mark breaking news." in page
    for target in (draft, article):
        response = client.post(
            coverage_url(target), {"action": "breaking", "minutes": "120"}
        )
        assert response.status_code in (403, 404)
    response = client.post(
        "/admin/articles/article/",
        {"action": "mark_breaking", "_selected_action": [draft.pk, article.pk]},
    )
    assert not Breaking.objects.exists()
    choices = BeautifulSoup(
        client.get("/admin/articles/article/").content, "html.parser"
    ).select("select[name=action] option")
    assert "mark_breaking" not in {o.get("value") for o in choices}


def test_a_bad_duration_is_refused_readably(client, editor, article):
    client.force_login(editor)
    response = client.post(
        coverage_url(article), {"action": "breaking", "minutes": "99999"}, follow=True
    )
    assert "Choose how long" in response.content.decode()
    assert not Breaking.objects.exists()
    assert client.get(coverage_url(article)).status_code == 405


def test_ending_live_coverage(client, editor, article):
    client.force_login(editor)
    client.post(change_url(article), inline_data(article, [{"body": "<p>a</p>"}]))
    client.post(coverage_url(article), {"action": "end"})
    assert not LiveCoverage.objects.get(article=article).is_live()
    assert "Resume live coverage" in client.get(change_url(article)).content.decode()
