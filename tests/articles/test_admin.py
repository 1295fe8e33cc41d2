"""Editors' flows in the admin, through the test client."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TopicFactory,
    UserFactory,
)

from .admin_helpers import ADD_URL, change_url, field_value, form_data, form_errors

pytestmark = pytest.mark.django_db

BODY = (
    "<h2>What happened</h2><p>The council met on Monday.</p>"
    "<blockquote><p>We will finish on time.</p></blockquote>"
    "<ul><li>one</li><li>two</li></ul>"
)


@pytest.fixture
def editor(client):
    user = UserFactory(username="editor", groups=["Editors"])
    client.force_login(user)
    return user


@pytest.fixture
def section():
    return SectionFactory(name="Society", slug="society")


def new_article_data(section, **overrides):
    return form_data(
        Article(
            headline="Council approves the new bridge",
            lead="The vote was unanimous.",
            body=BODY,
            section=section,
            status=Article.Status.DRAFT,
        ),
        **overrides,
    )


def test_lists_articles_with_filters_search_and_date_hierarchy(client, editor):
    ArticleFactory(headline="Grain exports rise", topics=[TopicFactory()])
    ArticleFactory(headline="Bridge reopens", authors=[AuthorFactory()])
    response = client.get("/admin/articles/article/?q=grain")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Grain exports rise" in content
    assert "Bridge reopens" not in content
    response = client.get("/admin/articles/article/")
    content = response.content.decode()
    for text in ("By status", "By section", "By topics", "By authors"):
        assert text in content


def test_visibility_filter_follows_the_published_rule(client, editor):
    ArticleFactory(headline="Already out")
    ArticleFactory(
        headline="Out tomorrow", published_at=timezone.now() + timedelta(days=1)
    )
    ArticleFactory(headline="Still a draft", status="draft")
    for value, expected in [
        ("live", "Already out"),
        ("scheduled", "Out tomorrow"),
        ("draft", "Still a draft"),
    ]:
        content = client.get(
            f"/admin/articles/article/?visibility={value}"
        ).content.decode()
        assert expected in content
        others = {"Already out", "Out tomorrow", "Still a draft"} - {expected}
        assert not any(other in content for other in others), value
    assert 'class="xfull"' in content or "toplinks" in content  # date hierarchy


def test_status_column_says_what_readers_see(client, editor):
    """
    The list's status column follows published(): a "published" article
    with no publication time is not live (readers get a 404), and says so.
    """
    now = timezone.now()
    rows = {
        "Already out": ArticleFactory(headline="Already out"),
        "Out tomorrow": ArticleFactory(
            headline="Out tomorrow", published_at=now + timedelta(days=1)
        ),
        "Still a draft": ArticleFactory(headline="Still a draft", status="draft"),
        "No time given": ArticleFactory(headline="No time given", published_at=None),
    }
    soup = BeautifulSoup(client.get("/admin/articles/article/").content, "html.parser")
    states = {
        row.find("th").get_text(strip=True): row.find(class_="field-state").get_text(
            strip=True
        )
        for row in soup.select("#result_list tbody tr")
    }
    assert states == {
        "Already out": "Live",
        "Out tomorrow": "Scheduled",
        "Still a draft": "Draft",
        "No time given": "Not live",
    }
    assert client.get(rows["No time given"].get_absolute_url()).status_code == 404
    # Sorting by the column sorts by what readers see.
    assert client.get("/admin/articles/article/?o=2").status_code == 200
    content = client.get("/admin/articles/article/?visibility=draft").content.decode()
    assert "No time given" in content and "Still a draft" in content
    assert "Already out" not in content


def test_editor_creates_a_draft(client, editor, section):
    topic = TopicFactory(name="Transport")
    author = AuthorFactory(name="Olena Marchenko")
    response = client.post(
        ADD_URL,
        new_article_data(section, slug="", topics=[topic.pk], authors=[author.pk]),
    )
    assert response.status_code == 302, form_errors(response)
    article = Article.objects.get()
    assert article.slug == "council-approves-the-new-bridge"
    assert article.status == Article.Status.DRAFT
    assert article.created_by == editor
    assert list(article.topics.all()) == [topic]
    assert list(article.authors.all()) == [author]
    assert article.history.count() == 1
    assert article.history.first().history_user == editor
    # Drafts are not on the site.
    assert client.get(article.get_absolute_url()).status_code == 404


def test_cyrillic_headline_gets_the_national_transliteration(client, editor, section):
    data = new_article_data(section, headline="Київ і Запоріжжя домовились", slug="")
    assert client.post(ADD_URL, data).status_code == 302
    assert Article.objects.get().slug == "kyiv-i-zaporizhzhia-domovylys"


def test_editor_publishes_now_when_no_time_is_given(client, editor, section):
    response = client.post(
        ADD_URL, new_article_data(section, status="published", published_at=None)
    )
    assert response.status_code == 302, form_errors(response)
    article = Article.objects.get()
    assert article.published_at <= timezone.now()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_editor_schedules_an_article_that_appears_at_its_time(client, editor, section):
    when = timezone.now() + timedelta(hours=2)
    response = client.post(
        ADD_URL, new_article_data(section, status="scheduled", published_at=when)
    )
    assert response.status_code == 302, form_errors(response)
    article = Article.objects.get()
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert Article.objects.published(now=when + timedelta(seconds=1)).get() == article


def test_scheduling_needs_a_future_time(client, editor, section):
    response = client.post(
        ADD_URL, new_article_data(section, status="scheduled", published_at=None)
    )
    assert response.status_code == 200
    assert "Choose when the article should appear." in form_errors(response)
    response = client.post(
        ADD_URL,
        new_article_data(
            section,
            status="scheduled",
            published_at=timezone.now() - timedelta(hours=1),
        ),
    )
    assert any("must be in the future" in e for e in form_errors(response))
    assert not Article.objects.exists()


def test_editor_unpublishes_with_the_action(client, editor):
    article = ArticleFactory()
    response = client.post(
        "/admin/articles/article/",
        {"action": "unpublish_selected", "_selected_action": [article.pk]},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert client.get(article.get_absolute_url()).status_code == 404


def test_editor_publishes_with_the_action(client, editor):
    article = ArticleFactory(status="draft", published_at=None)
    client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert client.get(article.get_absolute_url()).status_code == 200


def test_correcting_a_live_article_stamps_the_update_time(client, editor):
    article = ArticleFactory(body="<p>The bridge is 300 m long.</p>")
    assert article.updated_at is None
    response = client.post(
        change_url(article),
        form_data(
            article,
            body="<p>The bridge is 350 m long.</p>",
            correction="An earlier version gave the wrong length.",
        ),
    )
    assert response.status_code == 302, form_errors(response)
    article.refresh_from_db()
    assert article.updated_at is not None
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Оновлено" in page
    assert "An earlier version gave the wrong length." in page
    assert "350 m" in page


def test_editing_a_draft_does_not_stamp_an_update(client, editor):
    article = ArticleFactory(status="draft")
    client.post(change_url(article), form_data(article, lead="A new lead."))
    article.refresh_from_db()
    assert article.lead == "A new lead."
    assert article.updated_at is None


def test_form_with_errors_keeps_what_the_editor_typed(client, editor, section):
    ArticleFactory(slug="taken-slug")
    body = "<h2>Kept</h2><p>Everything I wrote.</p>"
    response = client.post(
        ADD_URL,
        new_article_data(
            section, headline="", slug="taken-slug", body=body, lead="My lead"
        ),
    )
    assert response.status_code == 200
    errors = form_errors(response)
    assert "This field is required." in errors
    assert any("slug already exists" in e.lower() for e in errors)
    assert field_value(response, "body") == body
    assert field_value(response, "lead").strip() == "My lead"


def test_second_editor_cannot_overwrite_the_first(client, editor):
    article = ArticleFactory(body="<p>Original text.</p>")
    # Both editors open the same version.
    opened = field_value(client.get(change_url(article)), "base_version")
    assert opened == str(article.version)

    first = form_data(article, body="<p>First editor's text.</p>")
    assert client.post(change_url(article), first).status_code == 302

    second_body = "<p>Second editor's careful rewrite.</p>"
    second = form_data(article, body=second_body, base_version=opened)
    response = client.post(change_url(article), second)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Someone else saved this article after you opened it" in text
    assert "They changed: body" in text
    assert "Open the current version in a new tab" in text
    # The second editor's text is still in the form, the first one's saved.
    assert field_value(response, "body") == second_body
    article.refresh_from_db()
    assert article.body == "<p>First editor's text.</p>"
    # "Save my version anyway" is now offered, and works only when ticked.
    assert 'type="checkbox" name="save_anyway"' in text
    response = client.post(change_url(article), {**second, "save_anyway": "on"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == second_body


def test_orm_saves_count_as_new_versions(client, editor):
    article = ArticleFactory()
    opened = field_value(client.get(change_url(article)), "base_version")
    Article.objects.get(pk=article.pk).save()  # e.g. a script or the shell
    response = client.post(
        change_url(article), form_data(article, lead="Mine", base_version=opened)
    )
    assert response.status_code == 200
    assert "Someone else saved" in response.content.decode()


def test_editor_restores_an_earlier_version(client, editor):
    article = ArticleFactory(body="<p>Version one.</p>")
    client.post(change_url(article), form_data(article, body="<p>Version two.</p>"))
    article.refresh_from_db()
    assert article.body == "<p>Version two.</p>"

    history = client.get(f"/admin/articles/article/{article.pk}/history/")
    assert history.status_code == 200
    assert editor.username in history.content.decode()
    first = article.history.order_by("history_id").first()
    revert_url = f"/admin/articles/article/{article.pk}/history/{first.history_id}/"
    response = client.get(revert_url)
    assert response.status_code == 200
    assert field_value(response, "body") == "<p>Version one.</p>"
    # The revert form starts from the current version, so it saves.
    assert field_value(response, "base_version") == str(article.version)

    old = first.instance
    data = form_data(old, base_version=field_value(response, "base_version"))
    response = client.post(revert_url, data)
    assert response.status_code == 302, form_errors(response)
    article.refresh_from_db()
    assert article.body == "<p>Version one.</p>"
    assert article.history.count() == 3


def test_view_on_site_is_the_preview_for_drafts(client, editor):
    draft = ArticleFactory(status="draft")
    live = ArticleFactory()
    content = client.get(change_url(draft)).content.decode()
    assert f"/preview/{draft.pk}/" in content
    content = client.get(change_url(live)).content.decode()
    assert live.get_absolute_url() in content


def test_change_form_loads_the_editor_without_a_cdn(client, editor):
    response = client.get(change_url(ArticleFactory()))
    content = response.content.decode()
    # The inline import map runs under the CSP only with the page's nonce.
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]
    assert f'<script type="importmap" nonce="{nonce}">' in content
    assert "django_prose_editor/editor.js" in content
    assert "data-django-prose-editor-configurable" in content
    assert "articles/admin/slugify.js" in content
    assert "https://" not in content.split("<body")[0]


# Roles: Authors write their own drafts and cannot publish.


@pytest.fixture
def author(client):
    user = UserFactory(username="writer", groups=["Authors"])
    client.force_login(user)
    return user


def test_author_creates_a_draft_but_cannot_publish(client, author, section):
    response = client.get(ADD_URL)
    assert response.status_code == 200
    assert 'name="status"' not in response.content.decode()
    # A forged POST with the publishing fields is ignored: still a draft.
    data = new_article_data(
        section, status="published", published_at=timezone.now(), is_lead_story="on"
    )
    response = client.post(ADD_URL, data)
    assert response.status_code == 302, form_errors(response)
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert article.published_at is None
    assert not article.is_lead_story
    assert not Article.objects.published().exists()


def test_author_forged_publish_of_own_draft_is_refused(client, author):
    article = ArticleFactory(status="draft", published_at=None, created_by=author)
    data = form_data(article, status="scheduled", lead="Edited lead")
    data["published_at_0"], data["published_at_1"] = "2020-01-01", "10:00:00"
    response = client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.lead == "Edited lead"
    assert article.status == Article.Status.DRAFT
    assert article.published_at is None
    # The publish action is not theirs either.
    client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_author_cannot_touch_others_or_published_articles(client, author):
    someone_elses = ArticleFactory(status="draft")
    own_published = ArticleFactory(created_by=author)
    for article in (someone_elses, own_published):
        before = article.lead
        response = client.post(change_url(article), form_data(article, lead="Hacked"))
        assert response.status_code in (302, 403)
        article.refresh_from_db()
        assert article.lead == before
    listing = client.get("/admin/articles/article/").content.decode()
    assert someone_elses.headline not in listing


def test_groups_exist_with_the_right_permissions():
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    authors = Group.objects.get(name="Authors")
    assert editors.permissions.filter(codename="publish_article").exists()
    assert not authors.permissions.filter(codename="publish_article").exists()
    assert authors.permissions.filter(codename="add_article").exists()


@pytest.mark.parametrize("page", ["change", "revert"])
def test_editor_scripts_carry_the_csp_nonce(client, editor, monkeypatch, page):
    """With django-csp's request.csp_nonce, the import map gets the nonce."""
    from django.contrib.auth.middleware import AuthenticationMiddleware

    original = AuthenticationMiddleware.process_request

    class LazyNonce(str):
        """Like django-csp 4's nonce: false until something reads it."""

        def __bool__(self):
            return False

    def with_nonce(self, request):
        request.csp_nonce = LazyNonce("n0nce-for-test")
        return original(self, request)

    monkeypatch.setattr(AuthenticationMiddleware, "process_request", with_nonce)
    article = ArticleFactory()
    url = change_url(article)
    if page == "revert":
        first = article.history.first()
        url = f"/admin/articles/article/{article.pk}/history/{first.history_id}/"
    content = client.get(url).content.decode()
    assert '<script type="importmap" nonce="n0nce-for-test">' in content
    modules = re.findall(r"<script [^>]*django_prose_editor[^>]*>", content)
    assert modules
    assert all('nonce="n0nce-for-test"' in tag for tag in modules), modules


def test_author_cannot_restore_or_read_the_history_of_others(client, author):
    article = ArticleFactory(body="<p>Published text.</p>")
    article.body = "<p>Second version.</p>"
    article.save()
    first = article.history.order_by("history_id").first()
    history_url = f"/admin/articles/article/{article.pk}/history/"
    revert_url = f"{history_url}{first.history_id}/"
    assert client.get(history_url).status_code == 404
    assert client.get(revert_url).status_code == 404
    response = client.post(revert_url, form_data(first.instance))
    assert response.status_code == 404
    article.refresh_from_db()
    assert article.body == "<p>Second version.</p>"


def test_author_cannot_restore_an_old_version_of_own_published_article(client, author):
    article = ArticleFactory(body="<p>One.</p>", created_by=author)
    article.body = "<p>Two.</p>"
    article.save()
    first = article.history.order_by("history_id").first()
    revert_url = f"/admin/articles/article/{article.pk}/history/{first.history_id}/"
    response = client.post(
        revert_url, form_data(first.instance, base_version=article.version)
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.body == "<p>Two.</p>"
