from django.conf import settings
from django.utils.functional import SimpleLazyObject

from articles.selectors import site_chrome


def site(request):
    """Site-wide names, the section navigation and the footer's pages."""
    chrome = SimpleLazyObject(site_chrome)
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "chrome": chrome,
        "SITE_DESCRIPTION": (
            f"{settings.SITE_NAME}: news from Ukraine and the world, "
            "updated around the clock."
        ),
        "SITE_LANGUAGE": getattr(settings, "SITE_LANGUAGE", "en"),
        "OG_LOCALE": getattr(settings, "SITE_OG_LOCALE", "en_GB"),
    }
