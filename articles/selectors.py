"""Reads that are shared by every page."""

from django.contrib.flatpages.models import FlatPage
from django.core.cache import cache

from .models import Section

CHROME_KEY = "articles:site-chrome"
CHROME_SECONDS = 600


def site_chrome():
    """
    The section navigation and footer pages, from the cache.

    Every page shows them, and they change rarely: saving a section or a
    simple page clears this entry (``site_refresh_pages``).
    """
    chrome = cache.get(CHROME_KEY)
    if chrome is None:
        chrome = {
            "sections": [
                {"name": s.name, "url": s.get_absolute_url()}
                for s in Section.objects.all()
            ],
            "pages": [
                {"title": p.title, "url": p.url}
                for p in FlatPage.objects.filter(registration_required=False)
                .exclude(url="/")
                .order_by("url")
            ],
        }
        cache.set(CHROME_KEY, chrome, CHROME_SECONDS)
    return chrome
