"""Upload checks and renditions for hero and inline pictures."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from articles.images import rendition_name, validate_image_file
from articles.models import Article, Image
from tests.factories import ArticleFactory, SectionFactory, UserFactory

from .admin_helpers import ADD_URL, field_value, form_data, form_errors

pytestmark = pytest.mark.django_db


def picture(width=1000, height=600, image_format="JPEG", name=None, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), "navy").save(buffer, format=image_format)
    extension = {"JPEG": "jpg"}.get(image_format, image_format.lower())
    return SimpleUploadedFile(
        name or f"picture.{extension}",
        buffer.getvalue(),
        content_type=f"image/{extension}",
    )


def error_code(upload):
    with pytest.raises(ValidationError) as info:
        validate_image_file(upload)
    return info.value.code


def test_a_real_picture_passes():
    validate_image_file(picture())
    validate_image_file(picture(3, 2))
    validate_image_file(picture(image_format="PNG", mode="RGBA"))
    validate_image_file(picture(image_format="WEBP"))


def test_not_a_picture_is_refused():
    fake = SimpleUploadedFile("holiday.jpg", b"<?php system($_GET['c']); ?>")
    assert error_code(fake) == "invalid_image"


def test_a_truncated_picture_is_refused():
    data = picture().read()
    assert error_code(SimpleUploadedFile("cut.jpg", data[: len(data) // 2])) == (
        "invalid_image"
    )


def test_other_formats_are_refused():
    assert error_code(picture(image_format="BMP")) == "format"
    assert error_code(picture(image_format="TIFF")) == "format"


def test_file_size_limit(settings):
    settings.ARTICLES_IMAGE_MAX_BYTES = 1000
    assert error_code(picture()) == "file_too_large"


def test_pixel_limit_stops_decompression_bombs(settings):
    settings.ARTICLES_IMAGE_MAX_PIXELS = 1_000_000
    # A tiny PNG file that would decode to 16 megapixels.
    bomb = picture(4000, 4000, image_format="PNG", mode="1")
    assert bomb.size < 20_000
    assert error_code(bomb) == "too_many_pixels"


def test_orm_save_makes_hero_renditions():
    article = ArticleFactory()
    article.hero_image.save("hero.jpg", picture(1000, 600), save=False)
    article.save()
    article.refresh_from_db()
    assert article.hero_renditions["widths"] == [480, 800]
    storage = article.hero_image.storage
    for width in (480, 800):
        name = rendition_name(article.hero_image.name, width)
        with storage.open(name) as file, PILImage.open(file) as image:
            assert image.width == width
    srcset = article.hero_srcset()
    assert "-480w.jpg 480w" in srcset
    assert "-800w.jpg 800w" in srcset
    assert srcset.endswith(" 1000w")


def test_article_page_and_teasers_use_srcset(client):
    article = ArticleFactory()
    article.hero_image.save("hero.jpg", picture(1600, 900), save=False)
    article.hero_alt = "A picture"
    article.save()
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    hero = soup.select_one(".article__hero img")
    assert "480w" in hero["srcset"] and "1200w" in hero["srcset"]
    assert hero["sizes"]
    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    teaser = soup.select_one(".teaser__image img")
    assert "800w" in teaser["srcset"]


def test_demo_content_gets_renditions(settings):
    from django.core.management import call_command

    settings.ARTICLES_RENDITION_WIDTHS = (480,)
    call_command("load_demo", stdout=io.StringIO())
    article = Article.objects.exclude(hero_image="").first()
    assert article.hero_renditions["widths"] == [480]
    assert "480w" in article.hero_srcset()


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    return user


def hero_post(upload, **overrides):
    article = Article(
        headline="With a picture",
        lead="The lead I wrote.",
        body="<p>The body I wrote.</p>",
        section=SectionFactory(),
        hero_alt="What it shows",
        hero_caption="My caption",
    )
    return {**form_data(article, **overrides), "hero_image": upload}


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("x.jpg", b"not a picture"), "Upload a valid image"),
        (picture(image_format="BMP", name="x.bmp"), "Pictures must be"),
    ],
)
def test_admin_refuses_a_bad_hero_and_keeps_the_text(client, editor, upload, message):
    response = client.post(ADD_URL, hero_post(upload))
    assert response.status_code == 200
    assert any(message in error for error in form_errors(response)), form_errors(
        response
    )
    assert field_value(response, "body") == "<p>The body I wrote.</p>"
    assert field_value(response, "hero_caption") == "My caption"
    assert not Article.objects.exists()


def test_admin_refuses_a_huge_hero(client, editor, settings):
    settings.ARTICLES_IMAGE_MAX_PIXELS = 100_000
    response = client.post(ADD_URL, hero_post(picture(1000, 600)))
    assert response.status_code == 200
    assert any("megapixels" in error for error in form_errors(response))


def test_hero_needs_alt_text(client, editor):
    response = client.post(ADD_URL, hero_post(picture(), hero_alt=""))
    assert response.status_code == 200
    assert "Describe the picture for readers who cannot see it." in form_errors(
        response
    )


def test_admin_upload_of_a_good_hero(client, editor):
    response = client.post(ADD_URL, hero_post(picture(1000, 600)))
    assert response.status_code == 302, form_errors(response)
    article = Article.objects.get()
    assert (article.hero_width, article.hero_height) == (1000, 600)
    assert article.hero_renditions["widths"] == [480, 800]


def test_inline_image_upload_goes_through_the_same_checks(client, editor):
    response = client.post(
        "/admin/articles/image/add/",
        {"file": SimpleUploadedFile("x.png", b"nope"), "alt": "A chart"},
    )
    assert response.status_code == 200
    assert not Image.objects.exists()
    response = client.post(
        "/admin/articles/image/add/", {"file": picture(1300, 700), "alt": "A chart"}
    )
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.renditions["widths"] == [480, 800, 1200]
    assert image.best_url(1200).endswith("-1200w.jpg")


def test_picker_lists_and_uploads(client, editor):
    url = "/admin/articles/image/picker/?CKEditorFuncNum=-1"
    response = client.post(
        url, {"file": SimpleUploadedFile("x.jpg", b"nope"), "alt": "Bad"}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    response = client.post(url, {"file": picture(), "alt": "Bridge at night"})
    assert response.status_code == 302
    assert response["Location"] == url
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    button = soup.select_one(".image-picker__choose")
    assert button["data-alt"] == "Bridge at night"
    assert button["data-url"].startswith("/media/images/")
    assert soup.select_one(".image-picker")["data-func-num"] == "-1"


def test_picker_is_for_staff_only(client):
    response = client.get("/admin/articles/image/picker/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editing_an_article_keeps_its_stored_hero(client, editor):
    """Saving the form without a new upload does not re-check the old file."""
    from .admin_helpers import change_url

    article = ArticleFactory(hero_alt="A picture")
    article.hero_image.save("hero.jpg", picture(), save=False)
    article.save()
    response = client.post(change_url(article), form_data(article, lead="New lead"))
    assert response.status_code == 302, form_errors(response)
    article.refresh_from_db()
    assert article.lead == "New lead"
    assert article.hero_image.name.endswith(".jpg")


# A stored picture is named by the format it really is, whatever the upload
# was called: a PNG with a PDF appended, named .pdf, is a PNG to every
# browser, server and feed reader that looks at its name.

PDF_TAIL = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def polyglot(name="report.pdf"):
    data = picture(900, 500, image_format="PNG").read() + PDF_TAIL
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def test_a_png_named_pdf_is_stored_as_png_for_a_hero(client, editor):
    response = client.post(ADD_URL, hero_post(polyglot()))
    assert response.status_code == 302, form_errors(response)
    name = Article.objects.get().hero_image.name
    assert name.startswith("heroes/") and name.endswith("/report.png")


def test_a_png_named_pdf_is_stored_as_png_in_the_image_chooser(client, editor):
    url = "/admin/articles/image/picker/?CKEditorFuncNum=-1"
    response = client.post(url, {"file": polyglot(), "alt": "A chart"})
    assert response.status_code == 302
    response = client.post(
        "/admin/articles/image/add/",
        {"file": polyglot("chart.html"), "alt": "Another chart"},
    )
    assert response.status_code == 302
    names = sorted(image.file.name.rsplit("/", 1)[1] for image in Image.objects.all())
    assert names == ["chart.png", "report.png"]


@pytest.mark.parametrize(
    ("upload_name", "image_format", "stored"),
    [
        ("photo.gif", "JPEG", "photo.jpg"),
        ("photo.JPEG", "JPEG", "photo.JPEG"),
        ("photo", "WEBP", "photo.webp"),
        ("anim.svg", "GIF", "anim.gif"),
        ("x.png.exe", "PNG", "x.png.png"),
    ],
)
def test_every_way_of_saving_names_the_file_by_its_format(
    upload_name, image_format, stored
):
    article = ArticleFactory()
    article.hero_image.save(upload_name, picture(image_format=image_format), save=False)
    assert article.hero_image.name.rsplit("/", 1)[1] == stored


def test_saving_a_file_that_is_no_picture_is_refused():
    article = ArticleFactory()
    upload = SimpleUploadedFile("notes.txt", b"just some text")
    with pytest.raises(ValidationError):
        article.hero_image.save("notes.txt", upload, save=False)
    assert not article.hero_image


def test_the_default_pixel_cap_is_25_megapixels():
    """A 26-megapixel picture is refused by default; 24 megapixels pass."""
    from django.conf import settings

    assert settings.ARTICLES_IMAGE_MAX_PIXELS == 25_000_000
    assert error_code(picture(5200, 5000, image_format="PNG", mode="1")) == (
        "too_many_pixels"
    )
    validate_image_file(picture(6000, 4000, image_format="PNG", mode="1"))


@pytest.fixture
def decoded_sizes(monkeypatch):
    """The size of every picture Pillow decodes from a file."""
    from PIL import ImageFile

    sizes = []
    load = ImageFile.ImageFile.load

    def recording_load(self):
        result = load(self)
        sizes.append(self.size)
        return result

    monkeypatch.setattr(ImageFile.ImageFile, "load", recording_load)
    return sizes


def test_a_large_jpeg_is_never_decoded_at_full_size(decoded_sizes):
    """
    Checking and making renditions decode a scaled-down JPEG (Pillow's
    draft mode), which is what keeps an upload's memory bounded.
    """
    upload = picture(4800, 3200)
    validate_image_file(upload)
    article = ArticleFactory()
    article.hero_image.save("big.jpg", upload, save=False)
    article.save()
    assert article.hero_renditions["widths"] == [480, 800, 1200]
    assert decoded_sizes
    assert max(w * h for w, h in decoded_sizes) <= 2400 * 1600


def test_renditions_follow_the_exif_orientation():
    """A portrait photo stored sideways (orientation 6) stays a portrait."""
    buffer = io.BytesIO()
    exif = PILImage.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    PILImage.new("RGB", (1000, 600), "navy").save(buffer, "JPEG", exif=exif)
    article = ArticleFactory()
    article.hero_image.save(
        "portrait.jpg", SimpleUploadedFile("p.jpg", buffer.getvalue()), save=False
    )
    article.save()
    assert article.hero_renditions["widths"] == [480]
    name = rendition_name(article.hero_image.name, 480)
    with article.hero_image.storage.open(name) as file, PILImage.open(file) as image:
        assert image.size == (480, 800)


def test_a_large_transparent_png_keeps_its_transparency_and_colours():
    """The strip-by-strip reduction gives the same picture as a whole one."""
    original = PILImage.new("RGBA", (5000, 500), (0, 0, 0, 0))
    original.paste((200, 30, 30, 255), (2500, 0, 5000, 500))
    buffer = io.BytesIO()
    original.save(buffer, "PNG")
    article = ArticleFactory()
    article.hero_image.save(
        "chart.png", SimpleUploadedFile("c.png", buffer.getvalue()), save=False
    )
    article.save()
    assert article.hero_renditions["widths"] == [480, 800, 1200]
    name = rendition_name(article.hero_image.name, 1200)
    with article.hero_image.storage.open(name) as file, PILImage.open(file) as image:
        assert image.size == (1200, 120) and image.mode == "RGBA"
        assert image.getpixel((100, 60))[3] == 0
        assert image.getpixel((1100, 60)) == (200, 30, 30, 255)
        assert image.getpixel((1100, 119)) == (200, 30, 30, 255)


def test_a_process_decodes_one_upload_at_a_time(monkeypatch):
    """Two uploads at once (two request threads) decode one after the other."""
    import threading
    import time

    from articles import images

    busy, overlaps = [], []
    shrink = images._shrink

    def slow_shrink(image, size):
        overlaps.append(len(busy))
        busy.append(1)
        time.sleep(0.2)
        busy.pop()
        return shrink(image, size)

    monkeypatch.setattr(images, "_shrink", slow_shrink)
    articles = [ArticleFactory() for _ in range(2)]
    for n, article in enumerate(articles):
        article.hero_image.save(f"h{n}.jpg", picture(1000, 600), save=False)
    threads = [
        threading.Thread(target=images.make_renditions, args=(a.hero_image,))
        for a in articles
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert overlaps == [0, 0]
