import pytest

pytestmark = pytest.mark.e2e

ADD_TOPIC_ARTICLES = """
from datetime import timedelta
from django.utils import timezone
from articles.models import Article
lead = Article.objects.lead_story()
topic = lead.topics.order_by("name").first()
for n in range(25):
    extra = Article.objects.create(
        headline=f"Archive story {n} about {topic.name}",
        lead="An older story from the archive.",
        body="<h2>Background</h2><p>From the archive.</p>",
        section=lead.section,
        status="published",
        published_at=timezone.now() - timedelta(days=40, hours=n),
    )
    extra.topics.add(topic)
"""


def test_front_page_to_lead_story_to_topic_to_page_two(portal_server, page):
    portal_server.manage("shell", "-c", ADD_TOPIC_ARTICLES)
    page.goto(portal_server.url + "/")
    lead = page.locator(".lead-story__headline a")
    headline = lead.inner_text()
    lead.click()
    assert page.locator("h1.article__headline").inner_text() == headline

    topic = page.locator(".article__topics a").first
    topic_name = topic.inner_text()
    topic.click()
    assert page.locator("h1").inner_text() == topic_name
    assert page.locator(".teaser").count() == 20

    page.locator(".pagination a[rel=next]").click()
    assert page.url.endswith("?page=2")
    assert page.locator("h1").inner_text().startswith(topic_name)
    assert "сторінка 2" in page.locator("h1").inner_text()
    assert page.locator(".teaser").count() >= 6
    assert page.locator(".pagination a[rel=prev]").is_visible()


PAGES = {
    "home": "/",
    "latest": "/news/",
    "section": "/sections/economy/",
    "topic": "/topics/energy/",
    "author": "/authors/olena-marchenko/",
    "about": "/about/",
    "not-found": "/no-such-page/here/",
}


@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_type_fits_the_screen(
    portal_server, browser, screenshots_dir, width
):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for name, path in PAGES.items():
        response = page.goto(portal_server.url + path)
        assert response.status == (404 if name == "not-found" else 200), path
        page.wait_for_load_state("networkidle")
        height = page.evaluate("document.documentElement.scrollHeight")
        for y in range(0, height, 700):
            page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_load_state("networkidle")
        page.screenshot(
            path=str(screenshots_dir / f"{name}-{width}.png"), full_page=True
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert page.locator("h1").count() == 1, path
        assert page.locator(".masthead__name").is_visible(), path
        broken = page.evaluate(
            "[...document.images]"
            ".filter(i => i.complete && i.naturalWidth === 0).length"
        )
        assert broken == 0, path
        # The site's own fonts load (no external requests, no fallbacks).
        fonts = page.evaluate(
            "document.fonts.check('700 20px \"Source Serif\"') && "
            "document.fonts.check('400 16px Inter')"
        )
        assert fonts, path
    context.close()


def test_keyboard_focus_is_visible(portal_server, page):
    page.goto(portal_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
