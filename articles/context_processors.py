from django.conf import settings

from .models import Section


def site(request):
    """Site-wide names and the section navigation, for the base template."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "nav_sections": Section.objects.all(),
    }
