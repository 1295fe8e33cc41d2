from django.conf import settings


def site(request):
    """The site's names, address and language, for every template."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "SITE_DESCRIPTION": (
            f"{settings.SITE_NAME}: news from Ukraine and the world, "
            "updated around the clock."
        ),
        "SITE_LANGUAGE": getattr(settings, "SITE_LANGUAGE", "en"),
        "OG_LOCALE": getattr(settings, "SITE_OG_LOCALE", "en_GB"),
    }
