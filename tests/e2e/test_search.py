"""Readers search from the header box and read highlighted results."""

import pytest

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_search_from_the_header_shows_highlighted_results(
    browser, portal_server, screenshots_dir, width, height
):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        # The English edition's articles (its search stems: "grid" finds
        # "grids" too).
        page.goto(portal_server.url + "/en/news/")
        box = page.locator("header form[role=search] input[name=q]")
        box.fill("grid")
        box.press("Enter")
        page.wait_for_url("**/en/search/?q=grid")
        assert "noindex" in page.locator("meta[name=robots]").get_attribute("content")
        results = page.locator(".search-result")
        assert results.count() >= 2
        first_mark = results.first.locator("mark").first
        assert first_mark.inner_text().lower().startswith("grid")
        assert "match" in page.locator(".search-status").inner_text()
        # Nothing wider than the window (no sideways scrolling on phones).
        assert page.evaluate(
            "document.documentElement.scrollWidth <= window.innerWidth"
        )
        page.screenshot(path=str(screenshots_dir / f"search-{width}.png"))
    finally:
        context.close()


def test_an_odd_query_says_what_happened(page, portal_server):
    page.goto(portal_server.url + "/search/?q=%26+%7C+%21+%3A")
    assert "немає літер чи цифр" in page.locator(".search-status").inner_text()
