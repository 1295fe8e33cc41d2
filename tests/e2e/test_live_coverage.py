"""Live stories and breaking news in real browsers, without reloads."""

import re

import pytest

from .conftest import PortalServer
from .test_editing import log_in

pytestmark = pytest.mark.e2e

LIVE_HEADLINE = (
    "Grid operator completes reserve of spare transformers as regions brace "
    "for peak demand"
)


@pytest.fixture(scope="module")
def portal_server(tmp_path_factory):
    """A server of this module's own: its banner must not reach other tests."""
    server = PortalServer(
        tmp_path_factory.mktemp("portal-coverage"),
        # Pushes wait for nobody here: the rate cap has its own tests.
        extra_env={"COVERAGE_BREAKING_INTERVAL": "1"},
    ).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def editor_login(portal_server):
    output = portal_server.manage("create_demo_editor")
    match = re.search(r"password:\s+(\S+)", output)
    assert match, output
    return "editor", match.group(1)


@pytest.fixture(scope="module")
def live_article(portal_server):
    """(id, path) of the demo live story."""
    output = portal_server.manage(
        "shell",
        "-c",
        "from articles.models import Article; "
        f"a = Article.objects.get(headline={LIVE_HEADLINE!r}); "
        "print(a.pk, a.get_absolute_url())",
    ).split()
    return int(output[-2]), output[-1]


# The page's own words, by the edition (the html lang) it is in.
WORDS = {
    "uk": {
        "live": "Наживо",
        "updated": "Оновлено ",
        "two_new": "2 нові оновлення",
        "breaking": "Терміново:",
    },
    "en": {
        "live": "Live",
        "updated": "Updated ",
        "two_new": "2 new updates",
        "breaking": "Breaking:",
    },
}


def words(page):
    return WORDS[page.evaluate("document.documentElement.lang")]


def new_context(browser, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def add_entry(page, server, article_id, title, body):
    page.goto(f"{server.url}/admin/articles/article/{article_id}/change/")
    blank = page.locator(
        '#live_entries-group .inline-related:not(.empty-form) textarea[name$="-body"]'
    ).last
    name = blank.get_attribute("name").removesuffix("-body")
    page.fill(f'[name="{name}-title"]', title)
    blank.fill(body)
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")


def test_a_reader_sees_new_entries_without_reloading(
    portal_server, browser, page, editor_login, live_article, screenshots_dir
):
    article_id, path = live_article
    context, reader = new_context(browser)
    try:
        reader.goto(portal_server.url + path)
        story = reader.locator("section.live-story")
        assert (
            story.locator("[data-live-badge]").text_content() == words(reader)["live"]
        )
        before = story.locator("[data-entry]").count()
        assert before == 4
        # The socket is open once the counter has its first number.
        reader.wait_for_function(
            "document.querySelector('[data-presence=page]').textContent !== '0'"
        )
        story.screenshot(path=str(screenshots_dir / "live-story-1280.png"))

        log_in(page, portal_server, editor_login)
        add_entry(page, portal_server, article_id, "Entry one", "<p>First new.</p>")
        add_entry(page, portal_server, article_id, "Entry two", "<p>Second new.</p>")

        button = story.locator("[data-live-new]")
        button.wait_for(state="visible", timeout=10_000)
        reader.wait_for_function(
            "document.querySelector('[data-live-new]').textContent === "
            + repr(words(reader)["two_new"])
        )
        # Nothing moved under the reader before pressing.
        assert story.locator("[data-entry]").count() == before
        button.click()
        titles = story.locator(".live-entry__title").all_inner_texts()
        assert titles[:2] == ["Entry two", "Entry one"]
        assert story.locator("[data-entry]").count() == before + 2
        assert button.is_hidden()
        assert (
            story.locator("[data-live-updated]")
            .inner_text()
            .startswith(words(reader)["updated"])
        )
        reader.screenshot(
            path=str(screenshots_dir / "live-story-full-1280.png"), full_page=True
        )
    finally:
        context.close()


def test_a_banner_appears_and_goes_on_an_open_front_page(
    portal_server, browser, page, editor_login, live_article, screenshots_dir
):
    article_id, path = live_article
    context, reader = new_context(browser)
    try:
        reader.goto(portal_server.url + "/")
        reader.wait_for_function(
            "document.querySelector('[data-presence=online]').textContent !== '0'"
        )
        assert reader.locator("[data-breaking]").count() == 0

        log_in(page, portal_server, editor_login)
        page.goto(f"{portal_server.url}/admin/articles/article/{article_id}/change/")
        page.select_option("#coverage-minutes", "60")
        page.click("button[value=breaking]")
        page.wait_for_selector(".messagelist .success")
        page.screenshot(path=str(screenshots_dir / "admin-coverage-1280.png"))

        banner = reader.locator("[data-breaking]")
        banner.wait_for(state="visible", timeout=10_000)
        assert banner.locator("a").get_attribute("href") == path
        assert words(reader)["breaking"] in banner.text_content()
        reader.screenshot(path=str(screenshots_dir / "breaking-1280.png"))

        # A reader who opens a page now gets it from the server, no JS needed.
        plain = browser.new_context(java_script_enabled=False)
        try:
            other = plain.new_page()
            other.goto(portal_server.url + "/news/")
            assert other.locator("[data-breaking] a").inner_text() == LIVE_HEADLINE
        finally:
            plain.close()

        page.click("button[value=clear]")
        page.wait_for_selector(".messagelist .success")
        banner.wait_for(state="detached", timeout=10_000)
    finally:
        context.close()


def test_a_dismissed_banner_stays_dismissed_for_that_article(
    portal_server, browser, page, editor_login, live_article, screenshots_dir
):
    article_id, path = live_article
    log_in(page, portal_server, editor_login)
    page.goto(f"{portal_server.url}/admin/articles/article/{article_id}/change/")
    page.click("button[value=breaking]")
    page.wait_for_selector(".messagelist .success")
    context, reader = new_context(browser, width=390)
    try:
        reader.goto(portal_server.url + path)
        banner = reader.locator("[data-breaking]")
        banner.wait_for(state="visible")
        reader.screenshot(path=str(screenshots_dir / "breaking-live-story-390.png"))
        reader.locator("[data-breaking-dismiss]").click()
        assert banner.is_hidden()
        reader.goto(portal_server.url + "/")
        assert reader.locator("[data-breaking]").is_hidden()
        reader.screenshot(
            path=str(screenshots_dir / "live-story-front-390.png"), full_page=False
        )
    finally:
        context.close()
        page.goto(f"{portal_server.url}/admin/articles/article/{article_id}/change/")
        page.click("button[value=clear]")
