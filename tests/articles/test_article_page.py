from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

KYIV = ZoneInfo("Europe/Kyiv")

BODY = """
<h2>The new line</h2>
<p>The first paragraph, with <a href="https://example.org/report">a link</a>.</p>
<figure class="quote"><blockquote><p>We will open on time.</p></blockquote>
<figcaption>Oksana Hnatiuk, project director</figcaption></figure>
<h3>What changes for passengers</h3>
<ul><li>Trains every four minutes</li><li>Two new stations</li></ul>
<p><img src="/media/inline/map.png" alt="A map of the line"></p>
"""


@pytest.fixture
def article():
    published = timezone.now() - timedelta(days=2)
    return ArticleFactory(
        headline="Metro line opens to passengers",
        lead="The long-awaited line carries its first riders on Monday.",
        body=BODY,
        section=SectionFactory(name="Society", slug="society"),
        source=SourceFactory(name="Dnipro Wire", url="https://wire.example.org/"),
        topics=[
            TopicFactory(name="Transport", slug="transport"),
            TopicFactory(name="Kyiv", slug="kyiv"),
        ],
        authors=[AuthorFactory(name="Olena Marchenko", slug="olena-marchenko")],
        published_at=published,
        hero_alt="Passengers on a platform",
        hero_caption="The first train at the new station.",
        hero_credit="Photo: Portal",
    )


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_article_page_shows_every_part_of_the_story(client, article):
    soup = get_soup(client, article.get_absolute_url())
    page = soup.select_one("article.article")

    crumbs = [a.get_text() for a in page.select("nav.breadcrumb a")]
    assert crumbs == ["Головна", "Society"]
    assert page.select_one("nav.breadcrumb a[href='/sections/society/']")

    assert [h.get_text() for h in soup.find_all("h1")] == [
        "Metro line opens to passengers"
    ]
    time = page.select_one("time.article__published")
    local = article.published_at.astimezone(KYIV)
    assert time["datetime"] == local.isoformat(timespec="seconds")
    assert page.select_one(".article__lead").get_text() == article.lead

    body = page.select_one(".article__body")
    assert [h.get_text() for h in body.find_all("h2")] == ["The new line"]
    assert [h.get_text() for h in body.find_all("h3")] == [
        "What changes for passengers"
    ]
    quote = body.select_one("figure.quote")
    assert quote.blockquote.get_text(strip=True) == "We will open on time."
    assert quote.figcaption.get_text() == "Oksana Hnatiuk, project director"
    assert [li.get_text() for li in body.select("ul > li")] == [
        "Trains every four minutes",
        "Two new stations",
    ]
    link = body.find("a", href="https://example.org/report")
    assert link.get_text() == "a link"
    assert body.find("img", alt="A map of the line")

    byline = page.select_one(".article__byline a[rel=author]")
    assert byline.get_text() == "Olena Marchenko"
    assert byline["href"] == "/authors/olena-marchenko/"

    source = page.select_one(".article__source")
    assert source.get_text(" ", strip=True) == "За даними Dnipro Wire"
    assert source.a["href"] == "https://wire.example.org/"

    topics = {a.get_text(): a["href"] for a in page.select(".article__topics a")}
    assert topics == {"Kyiv": "/topics/kyiv/", "Transport": "/topics/transport/"}

    assert not page.select(".article__updated")
    assert not page.select(".article__correction")
    canonical = soup.find("link", rel="canonical")
    assert canonical["href"].endswith(article.get_absolute_url())


def test_article_page_shows_the_hero_image_with_alt_caption_and_credit(
    client, article, tmp_path
):
    from django.core.files.base import ContentFile

    from demo.images import draw_hero

    article.hero_image.save("hero.jpg", ContentFile(draw_hero("x", "society")))
    soup = get_soup(client, article.get_absolute_url())
    hero = soup.select_one("figure.article__hero")
    img = hero.img
    assert img["alt"] == "Passengers on a platform"
    assert img["src"] == article.hero_image.url
    assert (img["width"], img["height"]) == ("1200", "675")
    assert hero.figcaption.get_text(" ", strip=True) == (
        "The first train at the new station. Photo: Portal"
    )
    assert hero.select_one(".article__credit").get_text() == "Photo: Portal"


def test_corrected_article_shows_update_time_and_correction_note(client, article):
    article.updated_at = article.published_at + timedelta(hours=5)
    article.correction = "An earlier version misstated the opening day."
    article.save()
    soup = get_soup(client, article.get_absolute_url())
    updated = soup.select_one(".article__updated time")
    assert updated["datetime"] == article.updated_at.astimezone(KYIV).isoformat(
        timespec="seconds"
    )
    note = soup.select_one(".article__correction p")
    assert note.get_text() == "An earlier version misstated the opening day."


def test_related_articles_share_topics_and_exclude_the_article(client, article):
    transport = article.topics.get(slug="transport")
    other = ArticleFactory(headline="Tram depot rebuilt", topics=[transport])
    ArticleFactory(headline="Unrelated match report")
    soup = get_soup(client, article.get_absolute_url())
    related = [a.get_text() for a in soup.select(".related .teaser__headline a")]
    assert related == [other.headline]


def test_wrong_or_old_slug_redirects_permanently_to_the_canonical_url(client, article):
    for slug in ("old-headline", "METRO-line", "x"):
        response = client.get(f"/news/{article.pk}/{slug}/")
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    ("status", "hours"),
    [
        (Article.Status.DRAFT, -1),
        (Article.Status.SCHEDULED, 2),
        (Article.Status.PUBLISHED, 2),
    ],
)
def test_unpublished_and_future_articles_are_not_found(client, status, hours):
    article = ArticleFactory(
        status=status, published_at=timezone.now() + timedelta(hours=hours)
    )
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(f"/news/{article.pk}/wrong/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/news/0/x/",
        "/news/999999/x/",
        "/news/99999999999999999999999/x/",
        "/news/-1/x/",
        "/news/abc/x/",
    ],
)
def test_malformed_article_urls_are_404_in_the_sites_look(client, url):
    response = client.get(url)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text() == "Сторінку не знайдено"
    assert soup.select_one(".masthead__name")
    assert soup.select_one("footer.site-footer")


def test_article_page_query_count_does_not_grow_with_topics_or_authors(
    client, django_assert_max_num_queries
):
    few = ArticleFactory(topics=[TopicFactory()], authors=[AuthorFactory()])
    many = ArticleFactory(
        topics=[TopicFactory() for _ in range(12)],
        authors=[AuthorFactory() for _ in range(6)],
    )
    for _ in range(5):
        ArticleFactory(topics=list(many.topics.all()[:3]))
    counts = []
    for article in (few, many):
        cache.clear()  # the site chrome (navigation, footer) is cold too
        # +3 a page (coverage app): the breaking banner, its max-age bound,
        # and the live marks or live story; +1 (editions): the article's
        # translations. Constant, whatever the articles.
        with django_assert_max_num_queries(11) as captured:
            assert client.get(article.get_absolute_url()).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
