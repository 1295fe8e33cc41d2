"""
Readers are counted only on pages the site serves (issue 12, finding 14):
``/api/presence/`` listed any path a client claimed.
"""

import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.test import AsyncClient

from articles.models import Article
from articles.selectors import public_paths
from presence.pages import PageFilter
from presence.tracker import get_tracker
from tests.factories import ArticleFactory

from .test_consumers import (  # noqa: F401 (presence_settings is a fixture)
    V1,
    V2,
    V3,
    connected,
    frame_until,
    presence_settings,
)

pytestmark = pytest.mark.usefixtures("fresh_tracker", "presence_settings")

checked = []


def news_only(paths):
    """A validator for these tests: pages are under /news/."""
    checked.extend(paths)
    return [path for path in paths if path.startswith("/news/")]


@pytest.fixture
def news_pages(settings):
    settings.PRESENCE_PAGE_VALIDATOR = "tests.presence.test_pages.news_only"
    checked.clear()


async def test_a_path_that_is_not_a_page_is_online_but_on_no_page(news_pages):
    reader, _ = await connected(V1, "/news/1/a/")
    spammer, frame = await connected(V2, "/buy-cheap-pills/")
    # Served the numbers, counted online, not counted on its path.
    assert frame == {"type": "presence", "online": 2, "page": 0}
    await frame_until(reader, 2, 1)
    response = await AsyncClient().get("/api/presence/")
    assert response.json() == {
        "online": 2,
        "pages": [{"path": "/news/1/a/", "readers": 1}],
    }
    tracker = get_tracker()
    assert tracker.local.pages() == ["/news/1/a/"]
    assert "/buy-cheap-pills/" not in (await tracker.store.top_pages())[1]
    await reader.disconnect()
    await spammer.disconnect()


async def test_a_move_to_a_path_that_is_not_a_page(news_pages):
    reader, _ = await connected(V1, "/news/1/a/")
    await reader.send_to(text_data='{"type": "page", "page": "/spam/"}')
    await frame_until(reader, 1, 0)
    assert get_tracker().local.pages() == []
    await reader.disconnect()


async def test_each_path_is_checked_once(news_pages):
    sockets = [(await connected(V1, "/spam/"))[0] for _ in range(3)]
    sockets += [(await connected(V2, "/news/1/a/"))[0] for _ in range(3)]
    assert sorted(checked) == ["/news/1/a/", "/spam/"]
    for socket in sockets:
        await socket.disconnect()


async def test_the_pages_a_process_counts_are_bounded(settings):
    settings.PRESENCE_MAX_PAGES = 2
    a, _ = await connected(V1, "/a/")
    b, _ = await connected(V2, "/b/")
    c, frame = await connected(V3, "/c/")
    assert frame == {"type": "presence", "online": 3, "page": 0}
    assert sorted(get_tracker().local.pages()) == ["/a/", "/b/"]
    # A page already counted takes more readers.
    d, frame = await connected("4" * 32, "/a/")
    assert frame["page"] == 2
    for socket in (a, b, c, d):
        await socket.disconnect()


async def test_the_answers_kept_are_bounded():
    page_filter = PageFilter(news_only, size=3)
    for n in range(10):
        await page_filter.pages([f"/news/{n}/"])
    assert len(page_filter._answers) == 3
    assert page_filter.known("/news/9/") is True
    assert page_filter.known("/news/0/") is None


@pytest.mark.django_db
def test_public_paths_are_the_site_s_pages():
    article = ArticleFactory()
    draft = ArticleFactory(status=Article.Status.DRAFT)
    page = FlatPage.objects.create(url="/about/", title="About", content="x")
    page.sites.add(Site.objects.get_current())
    canonical = article.get_absolute_url()
    paths = [
        "/",
        "/news/",
        canonical,
        f"/news/{article.pk}/an-old-slug/",
        draft.get_absolute_url(),
        "/news/999999/made-up/",
        article.section.get_absolute_url(),
        "/sections/no-such-section/",
        "/about/",
        "/no-such-page/",
        "/search/",
        "/feeds/rss/",
        "/api/presence/",
        "/admin/",
    ]
    assert public_paths(paths) == {
        "/",
        "/news/",
        canonical,
        article.section.get_absolute_url(),
        "/about/",
    }
