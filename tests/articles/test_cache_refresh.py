"""Every change to an article refreshes every cached page that shows it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from pagecache.backends import get_backend
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recorder(settings):
    settings.PAGE_CACHE = {"BACKEND": "tests.pagecache.recording.RecordingPageCache"}
    return get_backend()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the change and its on-commit purges, as a real commit would."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


@pytest.fixture
def filed():
    energy, kyiv = TopicFactory(slug="energy"), TopicFactory(slug="kyiv")
    author = AuthorFactory(slug="olena")
    article = ArticleFactory(
        section=SectionFactory(slug="economy"), topics=[energy, kyiv], authors=[author]
    )
    neighbour = ArticleFactory(topics=[energy])
    return article, neighbour


def showing(article, *extra):
    return {
        article.get_absolute_url(),
        "/",
        "/news/",
        f"/sections/{article.section.slug}/",
        *[f"/topics/{t.slug}/" for t in article.topics.all()],
        *[f"/authors/{a.slug}/" for a in article.authors.all()],
        *extra,
    }


def test_creating_a_published_article_refreshes_its_listings(recorder, commit):
    section = SectionFactory(slug="sport")
    recorder.purged.clear()
    commit(lambda: ArticleFactory(section=section, headline="New"))
    article = Article.objects.get(headline="New")
    assert showing(article) <= recorder.purged


def test_editing_refreshes_its_page_listings_and_related_pages(recorder, commit, filed):
    article, neighbour = filed
    recorder.purged.clear()
    article.headline = "Corrected headline"
    commit(article.save)
    assert showing(article, neighbour.get_absolute_url()) <= recorder.purged


@pytest.mark.parametrize(
    ("status", "hours"),
    [("draft", -1), ("published", -1), ("scheduled", 3)],
)
def test_publishing_unpublishing_and_scheduling_refresh(
    recorder, commit, filed, status, hours
):
    article, _ = filed
    recorder.purged.clear()
    article.status = status
    article.published_at = timezone.now() + timedelta(hours=hours)
    commit(article.save)
    assert showing(article) <= recorder.purged


def test_moving_to_another_section_refreshes_old_and_new(recorder, commit, filed):
    article, _ = filed
    recorder.purged.clear()
    article.section = SectionFactory(slug="politics")
    commit(article.save)
    assert {"/sections/economy/", "/sections/politics/"} <= recorder.purged


def test_changing_topics_refreshes_old_and_new_topic_pages(recorder, commit, filed):
    article, _ = filed
    sport = TopicFactory(slug="sport")
    recorder.purged.clear()
    commit(lambda: article.topics.set([sport]))
    assert {"/topics/energy/", "/topics/kyiv/", "/topics/sport/"} <= recorder.purged
    assert article.get_absolute_url() in recorder.purged


def test_changing_authors_refreshes_old_and_new_author_pages(recorder, commit, filed):
    article, _ = filed
    other = AuthorFactory(slug="taras")
    recorder.purged.clear()
    commit(lambda: article.authors.set([other]))
    assert {"/authors/olena/", "/authors/taras/"} <= recorder.purged


def test_filing_from_the_topic_side_refreshes_too(recorder, commit, filed):
    article, _ = filed
    sport = TopicFactory(slug="sport")
    recorder.purged.clear()
    commit(lambda: sport.articles.add(article))
    assert {"/topics/sport/", article.get_absolute_url(), "/"} <= recorder.purged


def test_deleting_refreshes_every_page_it_was_on(recorder, commit, filed):
    article, neighbour = filed
    expected = showing(article, neighbour.get_absolute_url())
    recorder.purged.clear()
    commit(article.delete)
    assert expected <= recorder.purged


def test_renaming_a_section_refreshes_every_page(recorder, commit, filed):
    article, _ = filed
    commit(lambda: article.section.save())
    assert recorder.purged_all == 1


def test_nothing_is_purged_before_the_commit(
    recorder, filed, django_capture_on_commit_callbacks
):
    article, _ = filed
    recorder.purged.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.headline = "Not yet"
        article.save()
    assert recorder.purged == set()
    assert callbacks
