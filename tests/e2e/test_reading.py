import pytest

pytestmark = pytest.mark.e2e


def test_reader_opens_an_article_from_the_front_page(portal_server, page):
    page.goto(portal_server.url + "/")
    assert page.locator(".masthead__name").is_visible()
    # The demo content has quotes and lists in about a third of its articles;
    # find one from the latest news and open it the way a reader would.
    for link in page.locator(".teaser__headline a").all():
        headline = link.inner_text()
        link.click()
        page.wait_for_load_state()
        if (
            page.locator(".article__body blockquote").count()
            and page.locator(".article__body ul").count()
        ):
            break
        page.go_back()
    else:
        pytest.fail("no article on the front page has a quote and a list")

    assert page.locator("h1.article__headline").inner_text() == headline
    assert page.locator(".article__body blockquote").first.is_visible()
    assert page.locator(".article__body ul li").first.is_visible()
    assert page.locator(".article__topics a").first.is_visible()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_article_page(
    portal_server, browser, screenshots_dir, width
):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(portal_server.url + "/")
    page.locator(".teaser__headline a").first.click()
    page.wait_for_load_state("networkidle")
    # Lazy images load as the reader scrolls: scroll down the whole page.
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height, 600):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(50)
    page.wait_for_load_state("networkidle")
    path = screenshots_dir / f"article-{width}.png"
    page.screenshot(path=str(path), full_page=True)
    # Nothing on the page is wider than the viewport (no sideways scrolling).
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width
    # Every image has loaded (no broken pictures).
    broken = page.evaluate(
        "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).length"
    )
    assert broken == 0
    context.close()
