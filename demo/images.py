"""Hero pictures for the demo content, drawn locally with Pillow."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1200, 675

# Two colours per section, so a reader can tell sections apart at a glance.
PALETTES = {
    "politics": ((11, 37, 69), (200, 16, 46)),
    "economy": ((6, 78, 59), (250, 204, 21)),
    "world": ((30, 58, 138), (56, 189, 248)),
    "society": ((124, 45, 18), (251, 146, 60)),
    "technology": ((49, 46, 129), (167, 139, 250)),
    "culture": ((112, 26, 117), (244, 114, 182)),
    "sport": ((20, 83, 45), (163, 230, 53)),
    "science": ((15, 118, 110), (153, 246, 228)),
}
DEFAULT_PALETTE = ((31, 41, 55), (156, 163, 175))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def draw_hero(seed, section_slug):
    """Return JPEG bytes of an abstract 16:9 picture, the same for a seed."""
    rng = random.Random(seed)
    dark, light = PALETTES.get(section_slug, DEFAULT_PALETTE)
    image = Image.new("RGB", (WIDTH, HEIGHT), dark)
    draw = ImageDraw.Draw(image)
    for y in range(0, HEIGHT, 5):
        draw.rectangle((0, y, WIDTH, y + 5), fill=_mix(dark, light, y / HEIGHT * 0.45))
    for _ in range(rng.randint(6, 11)):
        colour = _mix(dark, light, rng.uniform(0.3, 1.0))
        x, y = rng.randint(-200, WIDTH), rng.randint(-200, HEIGHT)
        size = rng.randint(120, 460)
        shape = rng.choice(("ellipse", "rectangle", "polygon"))
        if shape == "ellipse":
            draw.ellipse((x, y, x + size, y + size), fill=colour)
        elif shape == "rectangle":
            draw.rectangle((x, y, x + size * 1.6, y + size * 0.5), fill=colour)
        else:
            points = [
                (x + rng.randint(0, size), y + rng.randint(0, size)) for _ in range(3)
            ]
            draw.polygon(points, fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(2))
    # A horizon line and a few "buildings" give the shapes a sense of place.
    base = rng.randint(HEIGHT // 2, HEIGHT - 120)
    x = 0
    while x < WIDTH:
        w, h = rng.randint(40, 120), rng.randint(40, 260)
        draw = ImageDraw.Draw(image)
        draw.rectangle((x, base - h, x + w, HEIGHT), fill=_mix(dark, (0, 0, 0), 0.35))
        x += w + rng.randint(0, 18)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=True, progressive=True)
    return buffer.getvalue()
