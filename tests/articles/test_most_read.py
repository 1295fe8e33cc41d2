import pytest
from asgiref.sync import async_to_sync
from bs4 import BeautifulSoup

from articles.models import Article
from articles.selectors import articles_most_read
from presence import tracker as tracker_module
from presence.stores import get_store, reset_store
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def memory_store(settings):
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    async_to_sync(tracker_module.reset)()
    yield
    async_to_sync(tracker_module.reset)()
    reset_store()


@pytest.fixture
def articles():
    return {
        "popular": ArticleFactory(headline="Popular story"),
        "quiet": ArticleFactory(headline="Quiet story"),
        "draft": ArticleFactory(headline="Draft story", status=Article.Status.DRAFT),
    }


def ranking(*pairs):
    return [{"path": path, "readers": readers} for path, readers in pairs]


def test_only_published_articles_at_their_canonical_path(articles):
    """Drafts, old slugs, other pages and unknown paths are left out."""
    popular, quiet, draft = articles["popular"], articles["quiet"], articles["draft"]
    pages = ranking(
        ("/", 9),
        (draft.get_absolute_url(), 7),
        (popular.get_absolute_url(), 5),
        (f"/news/{quiet.pk}/an-old-slug/", 4),
        ("/news/999999/nothing/", 3),
        (quiet.get_absolute_url(), 2),
        ("/sections/world/", 1),
    )
    assert articles_most_read(pages=pages) == [(popular, 5), (quiet, 2)]
    assert articles_most_read(pages=pages, limit=1) == [(popular, 5)]
    assert articles_most_read(pages=[]) == []


def test_most_read_fragment(client, articles):
    """The block refreshes itself from a small public fragment."""
    popular = articles["popular"]
    store = get_store()
    visitors = ["a" * 32, "b" * 32]
    async_to_sync(store.update)(
        "p1",
        joined=visitors,
        reads_joined=[(v, popular.get_absolute_url()) for v in visitors],
    )
    response = client.get("/most-read/")
    assert response.status_code == 200
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=5"}
    soup = BeautifulSoup(response.content, "html.parser")
    block = soup.select_one("[data-refresh]")
    assert block["data-refresh"] == "/most-read/"
    items = block.select(".most-read__item")
    assert len(items) == 1
    assert items[0].a["href"] == popular.get_absolute_url()
    assert items[0].a.text == "Popular story"
    assert "2 читають" in items[0].text


def test_front_page_shows_the_block(client, articles):
    """The front page renders the last known ranking and the script."""
    quiet = articles["quiet"]

    async def last_ranking():
        # What this process's tracker last read from the store.
        tracker = tracker_module.get_tracker()
        tracker.summary_at = 0.0
        tracker.summary = {"online": 1, "pages": ranking((quiet.get_absolute_url(), 1))}

    async_to_sync(last_ranking)()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    block = soup.select_one(".most-read")
    assert block.h2.text == "Найпопулярніше зараз"
    assert [a.text for a in block.select("a")] == ["Quiet story"]
    assert soup.select_one('script[src$="articles/refresh.js"]')


def test_front_page_block_when_nobody_reads(client, articles):
    """With no readers the block says so rather than vanishing."""
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert "Зараз ніхто не читає жодної статті." in soup.select_one(".most-read").text
