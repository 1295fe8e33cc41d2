"""An editor keeps the live desk open while readers come, hide and leave."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import PortalServer

pytestmark = pytest.mark.e2e

# The bound for the desk to show a change.
DESK_MS = 3_000
# A first frame right after loading, with room for a loaded machine.
FIRST_MS = 15_000

HIDE_TAB = """() => {
  Object.defineProperty(document, "visibilityState", {
    configurable: true, get: () => "hidden"});
  Object.defineProperty(document, "hidden", {configurable: true, get: () => true});
  document.dispatchEvent(new Event("visibilitychange"));
}"""


@pytest.fixture(scope="module")
def portal_server(tmp_path_factory):
    """A server of this module's own, so the counts are only this test's."""
    server = PortalServer(tmp_path_factory.mktemp("portal-desk")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def editor_login(portal_server):
    output = portal_server.manage("create_demo_editor")
    match = re.search(r"password:\s+(\S+)", output)
    assert match, output
    return "editor", match.group(1)


def log_in(page, server, editor_login, next_url):
    username, password = editor_login
    page.goto(server.url + "/admin/login/?next=" + next_url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(server.url + next_url)


def desk_number(desk, name):
    return desk.locator(f'[data-desk="{name}"]')


def test_the_desk_follows_readers(
    portal_server, browser, editor_login, screenshots_dir
):
    """
    Two readers show on the desk (online, pages) within 3 s; one hiding
    its tab drops engaged to 1; one leaving brings online back to 1; the
    article list's column shows the readers.
    """
    editor = browser.new_context(viewport={"width": 1280, "height": 900})
    readers = []
    try:
        desk = editor.new_page()
        errors = []
        desk.on("console", lambda m: errors.append(m.text) if m.type == "error" else 0)
        log_in(desk, portal_server, editor_login, "/admin/")
        desk.click("text=Live desk")
        desk.wait_for_url(portal_server.url + "/admin/live/")
        expect(desk.locator(".desk-status")).to_contain_text("Live", timeout=FIRST_MS)
        expect(desk_number(desk, "online")).to_have_text("0")

        front = editor.new_page()
        front.goto(portal_server.url + "/")
        links = front.locator(".teaser__headline a")
        paths = [links.nth(0).get_attribute("href"), links.nth(1).get_attribute("href")]
        titles = [links.nth(0).inner_text(), links.nth(1).inner_text()]
        front.close()

        for path in paths:
            context = browser.new_context()
            readers.append(context)
            page = context.new_page()
            page.goto(portal_server.url + path)
            expect(page.locator('[data-presence="page"]')).to_have_text(
                "1", timeout=FIRST_MS
            )
        expect(desk_number(desk, "online")).to_have_text("2", timeout=DESK_MS)
        expect(desk_number(desk, "engaged")).to_have_text("2", timeout=DESK_MS)
        table = desk.locator('[data-desk="pages"]')
        for path, title in zip(paths, titles, strict=True):
            row = table.locator("tr", has=desk.locator(f'a[href="{path}"]'))
            expect(row).to_contain_text(title.strip(), timeout=DESK_MS)
            expect(row.locator(".desk-edit")).to_have_attribute(
                "href", re.compile(r"^/admin/articles/article/\d+/change/$")
            )
        # The chart has drawn (uPlot's canvas) and the range switch works.
        expect(desk.locator(".desk-chart-box canvas")).to_have_count(1)
        desk.click("button[data-range=day]")
        expect(desk.locator("button[data-range=day]")).to_have_attribute(
            "aria-pressed", "true"
        )
        desk.click("button[data-range=hour]")
        desk.wait_for_timeout(1_200)
        desk.screenshot(path=screenshots_dir / "desk-1280.png", full_page=True)

        readers[0].pages[0].evaluate(HIDE_TAB)
        expect(desk_number(desk, "engaged")).to_have_text("1", timeout=DESK_MS)
        expect(desk_number(desk, "online")).to_have_text("2")

        readers[1].close()
        readers.pop()
        expect(desk_number(desk, "online")).to_have_text("1", timeout=DESK_MS)

        listing = browser.new_context(
            viewport={"width": 390, "height": 844}, storage_state=editor.storage_state()
        )
        try:
            phone = listing.new_page()
            phone.goto(portal_server.url + "/admin/articles/article/")
            cell = phone.locator(f'[data-desk-page="{paths[0]}"]')
            expect(cell).to_have_text("1", timeout=FIRST_MS)
            expect(phone.locator(f'[data-desk-page="{paths[1]}"]')).to_have_text("0")
            phone.screenshot(path=screenshots_dir / "desk-list-390.png")
        finally:
            listing.close()
        # The article's change form: live numbers and its sparkline.
        row = table.locator("tr", has=desk.locator(f'a[href="{paths[0]}"]'))
        desk.goto(portal_server.url + row.locator(".desk-edit").get_attribute("href"))
        numbers = desk.locator(".desk-live-numbers")
        expect(numbers).to_contain_text("1 reading now", timeout=FIRST_MS)
        expect(numbers).to_contain_text("0 engaged")
        expect(desk.locator("svg.desk-sparkline")).to_have_count(1)
        desk.screenshot(path=screenshots_dir / "desk-change-form-1280.png")
        assert not [e for e in errors if "Content Security Policy" in e], errors
    finally:
        for context in [editor, *readers]:
            context.close()
