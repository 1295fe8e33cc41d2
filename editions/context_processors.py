from django.conf import settings
from django.utils.translation import gettext

from .choices import OG_LOCALES
from .links import current_edition


def edition(request):
    """The edition being rendered: its language, locale and description."""
    language = current_edition()
    return {
        "EDITION": language,
        "SITE_LANGUAGE": language,
        "OG_LOCALE": OG_LOCALES[language],
        "SITE_DESCRIPTION": gettext(
            "%(site)s: news from Ukraine and the world, updated around the clock."
        )
        % {"site": settings.SITE_NAME},
    }
