from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import dateformat, timezone, translation

from articles.models import Article
from articles.templatetags.news import newstime
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def soup_of(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def newsroom():
    now = timezone.now()
    sections = [
        SectionFactory(name=f"S{n}", slug=f"s{n}", position=n) for n in range(3)
    ]
    articles = [
        ArticleFactory(
            headline=f"Story {n:02d}",
            section=sections[n % 3],
            published_at=now - timedelta(hours=n + 1),
        )
        for n in range(18)
    ]
    return sections, articles


def test_lead_story_is_the_newest_when_none_is_flagged(client, newsroom):
    soup = soup_of(client)
    assert soup.select_one(".lead-story__headline").get_text(strip=True) == "Story 00"


def test_lead_story_is_the_one_editors_flagged(client, newsroom):
    _, articles = newsroom
    articles[7].is_lead_story = True
    articles[7].save()
    soup = soup_of(client)
    assert soup.select_one(".lead-story__headline").get_text(strip=True) == "Story 07"
    top = [a.get_text() for a in soup.select(".front-top-stories .teaser__headline a")]
    assert top == ["Story 00", "Story 01", "Story 02", "Story 03"]


def test_a_flagged_draft_is_not_the_lead_story(client, newsroom):
    ArticleFactory(headline="Secret", is_lead_story=True, status=Article.Status.DRAFT)
    soup = soup_of(client)
    assert soup.select_one(".lead-story__headline").get_text(strip=True) == "Story 00"
    assert b"Secret" not in client.get("/").content


def test_latest_column_lists_headlines_with_times(client, newsroom):
    soup = soup_of(client)
    items = soup.select(".latest-list__item")
    assert len(items) == 12
    assert items[0].a.get_text() == "Story 00"
    assert items[0].time["datetime"]
    # Today's news shows the time, older news the date.
    story = Article.objects.get(headline="Story 00")
    assert items[0].time.get_text() == newstime(story.published_at)


def test_a_block_per_section_with_its_newest_articles(client, newsroom):
    soup = soup_of(client)
    blocks = soup.select(".section-block")
    assert [b.select_one(".block-title a").get_text() for b in blocks] == [
        "S0",
        "S1",
        "S2",
    ]
    first = [a.get_text() for a in blocks[0].select(".teaser__headline a")]
    assert first == ["Story 00", "Story 03", "Story 06", "Story 09"]


def test_front_page_has_one_h1_and_landmarks(client, newsroom):
    soup = soup_of(client)
    assert len(soup.find_all("h1")) == 1
    assert soup.find("main") and soup.find("header") and soup.find("footer")
    assert soup.find("nav", attrs={"aria-label": "Рубрики"})


def test_empty_front_page_still_renders(client):
    soup = soup_of(client)
    assert "Новин поки немає." in soup.get_text()


@pytest.mark.parametrize("count", [5, 40])
def test_front_page_queries_do_not_grow_with_articles(
    client, django_assert_max_num_queries, count
):
    sections = [SectionFactory() for _ in range(4)]
    for n in range(count):
        ArticleFactory(section=sections[n % 4])
    cache.clear()
    # +3 a page (coverage app): the breaking banner, its max-age bound,
    # and the live marks or live story. Constant, whatever the articles.
    with django_assert_max_num_queries(10):
        client.get("/")


def test_newstime_shows_time_today_and_date_before():
    now = timezone.localtime()
    assert newstime(now) == now.strftime("%H:%M")
    last_week = now - timedelta(days=7)
    # In the edition's language: "24 листопада" at /, "24 November" at /en/.
    assert newstime(last_week) == dateformat.format(last_week, "j E")
    with translation.override("en"):
        assert newstime(last_week) == f"{last_week.day} {last_week:%B}"
