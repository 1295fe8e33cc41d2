"""Both editions in a real browser: the counter's words, the switch, looks."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

NUMBERS = [0, 1, 2, 5, 11, 21, 22, 25, 111, 10547]
NBSP = "\u00a0"
UKRAINIAN = [
    "0 відвідувачів онлайн", "1 відвідувач онлайн", "2 відвідувачі онлайн",
    "5 відвідувачів онлайн", "11 відвідувачів онлайн", "21 відвідувач онлайн",
    "22 відвідувачі онлайн", "25 відвідувачів онлайн", "111 відвідувачів онлайн",
    f"10{NBSP}547 відвідувачів онлайн",
]  # fmt: skip
ENGLISH = [
    "0 visitors online", "1 visitor online", "2 visitors online",
    "5 visitors online", "11 visitors online", "21 visitors online",
    "22 visitors online", "25 visitors online", "111 visitors online",
    "10,547 visitors online",
]  # fmt: skip
# Shown and read in the same script turn, so no frame from the live socket
# can come between.
SHOW_AND_READ = """
([name, n]) => {
  window.presenceShow(name, n);
  return document.querySelector('[data-presence-label="' + name + '"]').textContent;
}
"""


def words_for(page, name):
    return [page.evaluate(SHOW_AND_READ, [name, n]) for n in NUMBERS]


def test_presence_js_changes_the_words_with_the_number(portal_server, page):
    page.goto(portal_server.url + "/")
    expect(page.locator('[data-presence="online"]')).to_have_text("1", timeout=15_000)
    assert page.locator(".header-strip__live").inner_text() == "1 відвідувач онлайн"
    assert words_for(page, "online") == UKRAINIAN
    page.goto(portal_server.url + "/en/")
    expect(page.locator('[data-presence="online"]')).to_have_text("1", timeout=15_000)
    assert words_for(page, "online") == ENGLISH
    article = page.locator(".teaser__headline a").first.get_attribute("href")
    page.goto(portal_server.url + article)
    expect(page.locator('[data-presence="page"]')).to_have_text("1", timeout=15_000)
    assert page.evaluate(SHOW_AND_READ, ["page", 2]) == "2 reading now"


def test_ukrainian_reading_now_words(portal_server, page):
    page.goto(portal_server.url + "/")
    page.locator(".teaser__headline a").first.click()
    expect(page.locator('[data-presence="page"]')).to_have_text("1", timeout=15_000)
    assert [page.evaluate(SHOW_AND_READ, ["page", n]) for n in (1, 2, 5, 21)] == [
        "1 читає зараз", "2 читають зараз", "5 читають зараз", "21 читає зараз",
    ]  # fmt: skip


def test_the_switch_leads_to_the_translation(portal_server, page):
    page.goto(portal_server.url + "/en/")
    page.locator(".lead-story__headline a").click()
    english = page.locator("h1").inner_text()
    page.locator('.edition-switch a[hreflang="uk"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    assert page.locator("h1").inner_text() != english
    page.locator('.edition-switch a[hreflang="en"]').click()
    assert page.locator("h1").inner_text() == english


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_both_editions(portal_server, browser, screenshots_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        for edition, front in (("uk", "/"), ("en", "/en/")):
            page.goto(portal_server.url + front)
            expect(page.locator("html")).to_have_attribute("lang", edition)
            page.screenshot(
                path=str(screenshots_dir / f"front-{edition}-{width}.png"),
                full_page=False,
            )
            page.locator(".lead-story__headline a").click()
            page.wait_for_load_state("load")
            page.screenshot(
                path=str(screenshots_dir / f"article-{edition}-{width}.png"),
                full_page=False,
            )
    finally:
        context.close()
