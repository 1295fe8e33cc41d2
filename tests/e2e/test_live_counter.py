import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

# The contract's bound for a change to show on another open page.
CHANGE_MS = 5_000
# A first frame right after loading, with room for a loaded machine.
FIRST_MS = 15_000


def online(page):
    return page.locator('[data-presence="online"]')


def test_live_counter_across_browsers(portal_server, browser):
    """
    Page A shows 1 visitor online; a second browser opening page B makes it
    2, closing it makes it 1 again, each within 5 s; two tabs of one
    browser count once.
    """
    first = browser.new_context()
    second = None
    try:
        page_a = first.new_page()
        page_a.goto(portal_server.url + "/")
        expect(online(page_a)).to_have_text("1", timeout=FIRST_MS)
        article_path = page_a.locator(".teaser__headline a").first.get_attribute("href")

        second = browser.new_context()
        page_b = second.new_page()
        page_b.goto(portal_server.url + article_path)
        expect(online(page_b)).to_have_text("2", timeout=FIRST_MS)
        expect(page_b.locator('[data-presence="page"]')).to_have_text(
            "1", timeout=CHANGE_MS
        )
        expect(page_b.locator(".article__reading")).to_have_text("1 читає зараз")
        expect(online(page_a)).to_have_text("2", timeout=CHANGE_MS)

        second.close()
        second = None
        expect(online(page_a)).to_have_text("1", timeout=CHANGE_MS)

        # A second tab of the same browser shares its visitor id.
        tab = first.new_page()
        tab.goto(portal_server.url + article_path)
        expect(tab.locator('[data-presence="page"]')).to_have_text(
            "1", timeout=FIRST_MS
        )
        expect(online(tab)).to_have_text("1")
        page_a.wait_for_timeout(3_000)
        expect(online(page_a)).to_have_text("1")
        assert page_a.evaluate("localStorage.getItem('presence.visitor')") == (
            tab.evaluate("localStorage.getItem('presence.visitor')")
        )
        assert page_a.locator(".header-strip__live").inner_text() == (
            "1 відвідувач онлайн"
        )
    finally:
        for context in (first, second):
            if context is not None:
                context.close()
