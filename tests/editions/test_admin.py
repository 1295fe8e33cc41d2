"""Editors: editions in the admin, translations, and the admin's language."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from articles.models import Article
from articles.services import article_translate
from tests.factories import ArticleFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db
LIST = "/admin/articles/article/"


@pytest.fixture
def editor(client):
    user = UserFactory(username="editor", groups=["Editors"])
    client.force_login(user)
    return user


def test_translate_makes_a_linked_draft_in_the_other_edition(client, editor):
    topic = TopicFactory()
    original = ArticleFactory(
        edition=Article.Edition.EN, headline="Grid reserve", topics=[topic]
    )
    response = client.post(
        LIST, {"action": "translate_selected", "_selected_action": [original.pk]}
    )
    draft = Article.objects.get(edition=Article.Edition.UK)
    assert response.status_code == 302
    assert response["Location"] == f"{LIST}{draft.pk}/change/"
    assert draft.translation_key == original.translation_key
    assert draft.status == Article.Status.DRAFT
    assert draft.headline == original.headline and draft.body == original.body
    assert list(draft.topics.all()) == [topic]
    assert draft.slug != original.slug
    assert draft.created_by == editor
    assert draft.history.count() == 1  # its own revisions from now on
    # Once is enough: a second Translate adds nothing.
    client.post(
        LIST, {"action": "translate_selected", "_selected_action": [original.pk]}
    )
    assert Article.objects.filter(translation_key=original.translation_key).count() == 2


def test_the_change_form_shows_the_linked_versions(client, editor):
    original = ArticleFactory(edition=Article.Edition.UK, headline="Резерв")
    draft, _ = article_translate(article=original, edition=Article.Edition.EN)
    page = BeautifulSoup(
        client.get(f"{LIST}{original.pk}/change/").content, "html.parser"
    )
    linked = page.select_one(".field-linked_versions").get_text(" ", strip=True)
    assert "English: Резерв" in linked and "Draft" in linked
    link = page.select_one(".field-linked_versions a")["href"]
    assert link == f"{LIST}{draft.pk}/change/"
    # The edition of a saved article is not a field to change.
    assert not page.select("select[name=edition]")


def test_the_list_filters_by_edition(client, editor):
    ArticleFactory(edition=Article.Edition.UK, headline="Українська новина")
    ArticleFactory(edition=Article.Edition.EN, headline="English story")
    content = client.get(LIST, {"edition__exact": "en"}).content.decode()
    assert "English story" in content and "Українська новина" not in content
    assert "By edition" in client.get(LIST).content.decode()


def test_the_admin_follows_the_editors_language(editor):
    ukrainian = Client(HTTP_ACCEPT_LANGUAGE="uk")
    ukrainian.force_login(editor)
    page = BeautifulSoup(ukrainian.get(LIST).content, "html.parser")
    assert page.html["lang"] == "uk"
    assert "Вийти" in page.get_text()  # Django's own Ukrainian admin
    english = Client(HTTP_ACCEPT_LANGUAGE="en")
    english.force_login(editor)
    response = english.get(LIST)
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "en"
    assert "Accept-Language" in response["Vary"]


def test_an_author_translates_only_into_their_own_draft(client):
    author = UserFactory(username="author", groups=["Authors"])
    client.force_login(author)
    original = ArticleFactory(created_by=author, status=Article.Status.DRAFT)
    client.post(
        LIST, {"action": "translate_selected", "_selected_action": [original.pk]}
    )
    draft = Article.objects.get(edition=Article.Edition.EN)
    assert draft.created_by == author and draft.status == Article.Status.DRAFT
    assert client.get(f"{LIST}{draft.pk}/change/").status_code == 200
