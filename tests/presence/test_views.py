import pytest
from asgiref.sync import sync_to_async
from django.db import connections
from django.test import AsyncClient

from presence import live
from presence.stores import InMemoryStore
from presence.tracker import get_tracker
from tests.factories import ArticleFactory

from .test_consumers import V1, V2, V3


@pytest.fixture
async def memory_tracker(settings, fresh_tracker):
    settings.PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore"}
    settings.PRESENCE_PAGE_VALIDATOR = None


class Socket:
    """Stands in for a consumer: records what the tracker sends."""

    def __init__(self):
        self.frames = []

    async def send(self, text_data):
        self.frames.append(text_data)


async def join(visitor, page, address="203.0.113.1"):
    socket = Socket()
    await get_tracker().join(socket, visitor=visitor, page=page, address=address)
    return socket


async def test_summary_endpoint(memory_tracker):
    """GET /api/presence/ gives the online count and the most-read pages."""
    await join(V1, "/news/1/a/")
    await join(V2, "/news/1/a/")
    await join(V3, "/news/2/b/")
    response = await AsyncClient().get("/api/presence/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=1"}
    assert response.json() == {
        "online": 3,
        "pages": [
            {"path": "/news/1/a/", "readers": 2},
            {"path": "/news/2/b/", "readers": 1},
        ],
    }


async def test_summary_endpoint_refuses_posts(memory_tracker):
    """Only GET and HEAD are answered."""
    response = await AsyncClient().post("/api/presence/")
    assert response.status_code == 405


async def test_summary_computed_at_most_once_a_second(memory_tracker, monkeypatch):
    """Requests within a second share one computation."""
    calls = []
    original = InMemoryStore.top_pages

    async def counting_top_pages(self, limit=20):
        calls.append(limit)
        return await original(self, limit)

    monkeypatch.setattr(InMemoryStore, "top_pages", counting_top_pages)
    await join(V1, "/x/")
    first = await live.fetch_site_totals()
    await join(V2, "/x/")
    second = await live.fetch_site_totals()
    assert first == second == {"online": 1, "pages": [{"path": "/x/", "readers": 1}]}
    assert calls == [20]
    get_tracker().summary_at -= 1.0
    assert (await live.fetch_site_totals())["online"] == 2
    assert calls == [20, 20]


@pytest.mark.django_db(transaction=True)
async def test_pages_render_the_last_known_numbers(memory_tracker):
    """The counters are rendered from the last numbers, with the script."""
    article = await sync_to_async(ArticleFactory)()
    path = article.get_absolute_url()
    # What a tick of this process's tracker last read.
    get_tracker()._record(2, {path: 1}, complete=True)
    assert live.online_now() == 2 and live.reading_now(path) == 1
    client = AsyncClient()
    html = (await client.get(path)).content.decode()
    assert '<span data-presence="online">2</span> ' in html
    assert '<span data-presence-words="online">відвідувачі онлайн</span>' in html
    assert '<span data-presence="page">1</span> ' in html
    assert '<span data-presence-words="page">читає зараз</span>' in html
    assert "/static/presence/presence.js" in html
    home = (await client.get("/")).content.decode()
    assert '<span data-presence="online">2</span> ' in home
    assert 'data-presence="page"' not in home
    # The views ran in sync_to_async's thread: close its connection there.
    await sync_to_async(connections.close_all)()
