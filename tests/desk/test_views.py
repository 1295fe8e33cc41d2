"""The desk's pages: who may see them, and the JSON contract."""

import pytest
from asgiref.sync import async_to_sync
from django.urls import reverse

from tests.factories import ArticleFactory, SectionFactory, UserFactory

from .conftest import V1, V2, V3, readers

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = UserFactory(username="desk-editor", groups=["Editors"])
    client.force_login(user)
    return user


@pytest.mark.parametrize("name", ["desk:desk", "desk:data"])
def test_anonymous_goes_to_the_admin_login(client, name):
    """Anonymous visitors are sent to the admin's login, then back."""
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login") + "?next=")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", ["desk:desk", "desk:data"])
def test_logged_in_non_staff_is_forbidden(client, name):
    """A logged-in user who is not staff gets 403."""
    client.force_login(UserFactory(username="reader", is_staff=False))
    assert client.get(reverse(name)).status_code == 403


def test_the_desk_page(client, staff):
    """Staff get the desk: private, no-store, no inline script or style."""
    response = client.get(reverse("desk:desk"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    html = response.content.decode()
    assert 'data-desk="online"' in html
    assert "desk/vendor/uplot/uPlot.iife.min.js" in html
    assert "<script>" not in html and "style=" not in html
    assert 'data-time-zone="Europe/Kyiv"' in html


def test_the_admin_index_links_to_the_desk(client, staff):
    """The admin index has a "Live desk" link."""
    html = client.get(reverse("admin:index")).content.decode()
    assert f'<a href="{reverse("desk:desk")}">Live desk</a>' in html


def test_data_follows_the_contract(client, staff, store):
    """The JSON has the contract's keys and numbers, nothing per visitor."""
    politics = SectionFactory(name="Politics", slug="politics")
    SectionFactory(name="Sport", slug="sport")
    article = ArticleFactory(headline="Budget passes", section=politics)
    path = article.get_absolute_url()
    readers(
        store,
        [(V1, path), (V2, path), (V3, "/")],
        engaged=[(V1, path)],
    )
    async_to_sync(store.add_sources)({"search": 2, "direct": 1})
    async_to_sync(store.sample_minute)()
    response = client.get(reverse("desk:data"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    body = response.json()
    assert set(body) == {"online", "engaged", "pages", "sections", "sources", "history"}
    assert (body["online"], body["engaged"]) == (3, 1)
    first, second = body["pages"]
    assert first == {
        "path": path,
        "title": "Budget passes",
        "kind": "article",
        "section": "politics",
        "change_url": reverse("admin:articles_article_change", args=[article.pk]),
        "reading": 2,
        "engaged": 1,
        "change_5m": None,
    }
    assert (second["path"], second["title"], second["kind"]) == (
        "/",
        "Front page",
        "listing",
    )
    assert body["sections"][0] == {"slug": "politics", "name": "Politics", "reading": 2}
    assert {"slug": "sport", "name": "Sport", "reading": 0} in body["sections"]
    assert body["sources"] == {
        "direct": 1,
        "search": 2,
        "social": 0,
        "other": 0,
        "internal": 0,
    }
    ((iso_time, online, engaged),) = body["history"]["minutes"]
    assert (online, engaged) == (3, 1)
    # The site's time zone (Europe/Kyiv: +02:00 or +03:00).
    assert iso_time.endswith(("+02:00", "+03:00"))
    for visitor in (V1, V2, V3):
        assert visitor not in response.content.decode()


def test_data_ranges(client, staff):
    """?range=hour|day; anything else is a readable 400."""
    assert client.get(reverse("desk:data"), {"range": "day"}).status_code == 200
    response = client.get(reverse("desk:data"), {"range": "week"})
    assert response.status_code == 400
    assert "range must be one of" in response.json()["error"]


def test_non_article_pages_get_readable_names(client, staff, store):
    """Section pages and search are named, unknown paths keep the path."""
    SectionFactory(name="Culture", slug="culture")
    readers(
        store,
        [(V1, "/sections/culture/"), (V2, "/search/"), (V3, "/no/such/")],
    )
    pages = {p["path"]: p for p in client.get(reverse("desk:data")).json()["pages"]}
    assert pages["/sections/culture/"]["title"] == "Culture (section)"
    assert pages["/sections/culture/"]["section"] == "culture"
    assert pages["/search/"]["title"] == "Search"
    assert pages["/no/such/"]["title"] == "/no/such/"
    assert pages["/no/such/"]["change_url"] is None


def test_the_article_list_has_a_reading_now_column(client, staff):
    """Live articles get a live cell; drafts a dash."""
    live = ArticleFactory()
    ArticleFactory(status="draft", published_at=None)
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Reading now" in html
    assert f'data-desk-page="{live.get_absolute_url()}"' in html
    assert "desk/live_admin.js" in html


def test_the_change_form_shows_readers_and_a_sparkline(client, staff, store):
    """ "M reading now · E engaged" and an SVG of the last hour."""
    article = ArticleFactory()
    path = article.get_absolute_url()
    readers(store, [(V1, path), (V2, path)], engaged=[(V2, path)])
    async_to_sync(store.sample_minute)()
    url = reverse("admin:articles_article_change", args=[article.pk])
    html = client.get(url).content.decode()
    assert 'data-desk-field="reading">2</span> reading now' in html
    assert 'data-desk-field="engaged">1</span> engaged' in html
    assert '<svg class="desk-sparkline"' in html
    assert "at most 2 in the last hour" in html
