"""
Checks for uploaded pictures and the renditions made from them (Pillow).

Every upload (hero images and inline images alike) goes through
``validate_image_file``: a real, complete picture in an allowed format,
within a file size and a pixel limit (so a small file that decodes into a
huge bitmap, a "decompression bomb", is refused before it is decoded).
"""

import contextlib
import functools
import io
import math
import posixpath
import threading
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.template.defaultfilters import filesizeformat
from PIL import Image, UnidentifiedImageError

# Pillow's names for the formats editors may upload.
ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
ORIENTATION = 0x0112  # the EXIF tag
# How to turn a picture of each EXIF orientation upright (as
# ImageOps.exif_transpose does).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# The extensions a stored picture may have, per format; the first is given
# to a file whose name says something else.
EXTENSIONS = {
    "JPEG": (".jpg", ".jpeg"),
    "PNG": (".png",),
    "WEBP": (".webp",),
    "GIF": (".gif",),
}

# Under daphne every request has a thread of its own, so two uploads at once
# would decode two bitmaps at once: one picture is decoded at a time per
# process, which keeps a process's peak at one upload's.
_DECODING = threading.Lock()


def _one_at_a_time(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with _DECODING:
            return function(*args, **kwargs)

    return wrapper


def max_upload_bytes():
    return getattr(settings, "ARTICLES_IMAGE_MAX_BYTES", 10 * 1024 * 1024)


def max_upload_pixels():
    return getattr(settings, "ARTICLES_IMAGE_MAX_PIXELS", 25_000_000)


def rendition_widths():
    return tuple(getattr(settings, "ARTICLES_RENDITION_WIDTHS", (480, 800, 1200)))


@_one_at_a_time
def validate_image_file(file):
    """Raise ``ValidationError`` unless ``file`` is an acceptable picture."""
    if file is None or getattr(file, "_committed", False):
        # A picture already in storage was checked when it was uploaded;
        # model validation sees it on every later save of the form.
        return
    size = getattr(file, "size", None)
    if size is not None and size > max_upload_bytes():
        raise ValidationError(
            "This file is %(size)s; pictures may be at most %(limit)s. "
            "Export a smaller version (a long side of 2,400 px is plenty).",
            code="file_too_large",
            params={
                "size": filesizeformat(size),
                "limit": filesizeformat(max_upload_bytes()),
            },
        )
    allowed = ", ".join(ALLOWED_FORMATS.values())
    try:
        file.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                # Only the header has been read so far: check the size before
                # anything decodes the pixels.
                width, height = image.size
                image_format = image.format
                if width * height > max_upload_pixels():
                    raise ValidationError(
                        "This picture is %(width)s × %(height)s pixels; the "
                        "limit is %(limit)s megapixels. Resize it and upload "
                        "it again.",
                        code="too_many_pixels",
                        params={
                            "width": width,
                            "height": height,
                            "limit": max_upload_pixels() // 1_000_000,
                        },
                    )
                if image_format not in ALLOWED_FORMATS:
                    raise ValidationError(
                        "Pictures must be %(allowed)s; this one is %(format)s.",
                        code="format",
                        params={"allowed": allowed, "format": image_format},
                    )
                image.verify()
            # verify() leaves the image unusable; decode it fully once to
            # catch truncated files that verify() lets through. A JPEG is
            # decoded at an eighth of its size (every byte is still read),
            # so the check costs a few MB instead of the whole bitmap.
            file.seek(0)
            with Image.open(file) as image:
                image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
                image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            "This picture is too large to open safely. Resize it and upload it again.",
            code="too_many_pixels",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            "This file is not a picture that can be opened (or it is damaged). "
            "Upload a %(allowed)s file.",
            code="invalid_image",
            params={"allowed": allowed},
        ) from None
    finally:
        with contextlib.suppress(AttributeError, OSError, ValueError):
            file.seek(0)


def rendition_name(name, width):
    """The storage name of the ``width`` px rendition of ``name``."""
    root, ext = posixpath.splitext(name)
    ext = ".png" if ext.lower() in (".png", ".gif") else ".jpg"
    return f"{root}-{width}w{ext}"


@_one_at_a_time
def make_renditions(field_file):
    """
    Write narrower copies of ``field_file`` for ``srcset``; return widths.

    Only widths smaller than the original are made (the original itself is
    the widest entry). Pictures with transparency stay PNG, the rest JPEG.

    Memory stays bounded: the picture is shrunk in place to the widest
    rendition before anything else (a JPEG is decoded at reduced scale,
    Pillow's draft mode, so its full bitmap never exists), and each
    narrower rendition is made from the previous one, one at a time.
    """
    storage = field_file.storage
    with storage.open(field_file.name, "rb") as source, Image.open(source) as image:
        orientation = image.getexif().get(ORIENTATION, 1)
        # EXIF orientations 5 to 8 turn the picture a quarter.
        shown_width = image.height if orientation in (5, 6, 7, 8) else image.width
        widths = sorted(
            (w for w in rendition_widths() if w < shown_width), reverse=True
        )
        if not widths:
            return []
        scale = widths[0] / shown_width
        size = (math.ceil(image.width * scale), math.ceil(image.height * scale))
        shrunk = _shrink(image, size)
        method = UPRIGHT.get(orientation)
        current = shrunk.transpose(method) if method is not None else shrunk.copy()
        shrunk.close()
    try:
        for width in widths:
            if current.width != width:
                height = max(1, round(current.height * width / current.width))
                smaller = current.resize((width, height), Image.Resampling.LANCZOS)
                current.close()
                current = smaller
            _save_rendition(storage, rendition_name(field_file.name, width), current)
    finally:
        current.close()
    return sorted(widths)


def _shrink(image, size):
    """
    Shrink ``image`` to fit ``size``, like ``thumbnail()``, without a second
    full-size bitmap; return the shrunk image (maybe ``image`` itself).

    ``thumbnail()`` decodes a JPEG at reduced scale, but turns an RGBA or
    LA picture into a full-size premultiplied copy before shrinking it;
    reducing such a picture strip by strip keeps that copy one strip tall.
    """
    factor = min(image.width // size[0], image.height // size[1]) // 2
    if image.mode in ("RGBA", "LA") and factor >= 2:
        image.load()
        reduced = Image.new(
            image.mode,
            (math.ceil(image.width / factor), math.ceil(image.height / factor)),
        )
        step = factor * 128  # whole boxes, so strips match a whole reduce
        for top in range(0, image.height, step):
            box = (0, top, image.width, min(image.height, top + step))
            with image.crop(box) as strip, strip.reduce(factor) as small:
                reduced.paste(small, (0, top // factor))
        image = reduced
    image.thumbnail(size, Image.Resampling.LANCZOS)
    return image


def _save_rendition(storage, name, image):
    buffer = io.BytesIO()
    if name.endswith(".png"):
        image.save(buffer, format="PNG", optimize=True)
    else:
        with image.convert("RGB") as rgb:
            rgb.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    if storage.exists(name):
        storage.delete(name)
    storage.save(name, ContentFile(buffer.getvalue()))


def srcset(field_file, widths, original_width):
    """The ``srcset`` value for a picture and its renditions."""
    storage = field_file.storage
    entries = [
        f"{storage.url(rendition_name(field_file.name, width))} {width}w"
        for width in widths
    ]
    if original_width:
        entries.append(f"{field_file.url} {original_width}w")
    return ", ".join(entries)


def name_by_format(name, content):
    """
    ``name`` with the extension of the format ``content`` really is.

    Browsers, nginx, Django's static view and feed readers all go by the
    name, so a PNG with a PDF appended and named ``.pdf`` would be served
    as a PDF. Raises ``ValidationError`` for anything but an allowed format.
    """
    position = content.tell() if hasattr(content, "tell") else 0
    try:
        content.seek(0)
        with Image.open(content) as image:  # reads the header only
            image_format = image.format
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        SyntaxError,
        ValueError,
    ):
        image_format = None
    finally:
        content.seek(position)
    if image_format not in EXTENSIONS:
        raise ValidationError(
            "Only %(allowed)s pictures can be stored; this file is not one.",
            code="format",
            params={"allowed": ", ".join(ALLOWED_FORMATS.values())},
        )
    root, ext = posixpath.splitext(name)
    if ext.lower() in EXTENSIONS[image_format]:
        return name
    return root + EXTENSIONS[image_format][0]


class PictureFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        # Every way of storing a picture comes through here: forms, the
        # admin, the ORM, the demo loader.
        super().save(name_by_format(name, content), content, save)


class PictureFormField(forms.ImageField):
    default_validators = []  # the name's extension: see PictureField


class PictureField(models.ImageField):
    """
    An ``ImageField`` whose files are named by their real format.

    The upload's own extension is not checked (the name is replaced, so it
    cannot matter); ``validate_image_file`` checks the content.
    """

    attr_class = PictureFieldFile
    default_validators = []

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PictureFormField, **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        # The same column as an ImageField: migrations need not know.
        return name, "django.db.models.ImageField", args, kwargs
