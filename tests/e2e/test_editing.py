"""An editor writes, publishes and corrects an article in a real browser."""

import re

import pytest

from articles.slugs import slug_from_headline

from .conftest import PortalServer

pytestmark = pytest.mark.e2e

HEADLINE = "Київ відкриває новий міст через Дніпро"
HEADLINES = [
    HEADLINE,
    "Запоріжжя та Ізюм: згода щодо м'ясокомбінату",
    "Юрій Єрмоленко, Ярослава і Їжакевич у Житомирі",
    "ЩОДЕННИК: Гуляйполе, Ґорґани, Розгон — 2026!",
    "Plain English headline, with 3 numbers: 1, 2, 3",
    "Дуже " * 40 + "довгий заголовок",
]


@pytest.fixture(scope="module")
def portal_server(tmp_path_factory):
    """
    A server of this module's own: publishing here must not change the
    front page the reading tests look at.
    """
    server = PortalServer(tmp_path_factory.mktemp("portal-editing")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def editor_login(portal_server):
    """The demo editor ``make run`` creates, with the password it printed."""
    output = portal_server.manage("create_demo_editor")
    match = re.search(r"password:\s+(\S+)", output)
    assert match, output
    return "editor", match.group(1)


def log_in(page, server, editor_login):
    username, password = editor_login
    page.goto(server.url + "/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(server.url + "/admin/")


def editor_area(page):
    return page.locator(".prose-editor .tiptap.ProseMirror")


def test_admin_slug_prefill_matches_the_server_rule(portal_server, page, editor_login):
    log_in(page, portal_server, editor_login)
    page.goto(portal_server.url + "/admin/articles/article/add/")
    for headline in HEADLINES:
        in_browser = page.evaluate("(text) => URLify(text, 140)", headline)
        assert in_browser == slug_from_headline(headline), headline
    page.locator("#id_headline").press_sequentially(HEADLINE, delay=5)
    page.locator("#id_headline").dispatch_event("change")
    assert page.input_value("#id_slug") == slug_from_headline(HEADLINE)


def test_editor_writes_publishes_and_corrects(
    portal_server, browser, page, editor_login, screenshots_dir
):
    log_in(page, portal_server, editor_login)
    page.goto(portal_server.url + "/admin/articles/article/add/")
    page.locator("#id_headline").press_sequentially(HEADLINE, delay=5)
    page.fill("#id_lead", "The city's third bridge carries its first cars.")

    body = editor_area(page)
    body.click()
    keyboard = page.keyboard
    keyboard.type("## Why it matters")
    keyboard.press("Enter")
    keyboard.type("Traffic on the old bridges has doubled since spring.")
    keyboard.press("Enter")
    keyboard.type("> Nobody expected it to open this soon.")
    keyboard.press("Enter")
    keyboard.press("Control+Shift+b")  # out of the quote
    keyboard.type("- Six lanes for cars")
    keyboard.press("Enter")
    keyboard.type("A path for bicycles")
    keyboard.press("Enter")
    keyboard.press("Enter")  # out of the list
    keyboard.type("The old bridge closes for repairs in May.")

    page.select_option("#id_section", index=1)
    page.select_option("#id_status", "published")
    page.screenshot(path=str(screenshots_dir / "admin-add-1280.png"), full_page=True)
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")

    view_on_site = page.locator("a.viewsitelink").get_attribute("href")
    reader = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    reader.goto(portal_server.url + view_on_site)
    assert reader.url.endswith(f"/{slug_from_headline(HEADLINE)}/")
    article_body = reader.locator(".article__body")
    assert article_body.locator("h2").inner_text() == "Why it matters"
    assert "open this soon" in article_body.locator("blockquote").inner_text()
    items = article_body.locator("ul > li").all_inner_texts()
    assert items == ["Six lanes for cars", "A path for bicycles"]
    assert "closes for repairs" in article_body.locator("p").last.inner_text()
    assert reader.locator(".article__updated").count() == 0

    # The correction: the editor fixes a fact and says so.
    page.screenshot(path=str(screenshots_dir / "admin-change-1280.png"), full_page=True)
    body = editor_area(page)
    body.locator("p", has_text="closes for repairs").click()
    page.keyboard.press("End")
    page.keyboard.type(" It reopens in September.")
    page.fill("#id_correction", "An earlier version said the bridge had four lanes.")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    reader.reload()
    assert reader.locator(".article__updated time").is_visible()
    assert "four lanes" in reader.locator(".article__correction").inner_text()
    assert "reopens in September" in reader.locator(".article__body").inner_text()
    reader.screenshot(path=str(screenshots_dir / "article-corrected-1280.png"))
    reader.context.close()


def test_quote_with_attribution_survives_the_editor(portal_server, page, editor_login):
    """Opening and saving a demo article keeps figure.quote intact."""
    log_in(page, portal_server, editor_login)
    page.goto(portal_server.url + "/admin/articles/article/?q=transformers")
    page.locator("#result_list tbody a").first.click()
    editor_area(page).wait_for()
    before = page.locator("#id_body").input_value()
    assert '<figure class="quote">' in before
    editor_area(page).locator("p").first.click()
    page.keyboard.press("End")
    page.keyboard.type(" More.")
    page.wait_for_timeout(200)
    submitted = page.locator("#id_body").input_value()
    assert re.search(
        r'<figure class="quote"><blockquote><p>[^<]+</p></blockquote>'
        r"<figcaption>[^<]+</figcaption></figure>",
        submitted,
    )


def test_editor_picks_an_uploaded_picture_for_the_body(
    portal_server, page, editor_login, tmp_path
):
    """The picture button's "Browse..." uploads and picks an inline image."""
    from PIL import Image

    upload = tmp_path / "bridge.jpg"
    Image.new("RGB", (1400, 800), "teal").save(upload)
    log_in(page, portal_server, editor_login)
    page.goto(portal_server.url + "/admin/articles/article/add/")
    editor_area(page).click()
    page.keyboard.type("Before the picture.")
    page.locator(".prose-menubar__button[data-name=figure]").click()
    dialog = page.locator("dialog[open]")
    with page.context.expect_page() as popup_info:
        dialog.get_by_text("Browse...").click()
    picker = popup_info.value
    picker.wait_for_load_state()
    picker.set_input_files("#id_file", str(upload))
    picker.fill("#id_alt", "The bridge at dusk")
    picker.fill("#id_caption", "The new bridge")
    picker.click("input[value=Upload]")
    picker.locator(".image-picker__choose").first.click()
    assert dialog.locator("input[name=altText]").input_value() == "The bridge at dusk"
    dialog.get_by_role("button", name="Insert").click()
    body = page.locator("#id_body").input_value()
    assert re.search(
        r'<figure class="figure"><img src="/media/images/[^"]+-1200w\.jpg" '
        r'alt="The bridge at dusk"',
        body,
    ), body
    assert "The new bridge</figcaption>" in body
