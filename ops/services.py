"""Site-wide writes."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site


def site_sync(*, using="default"):
    """
    Make ``django.contrib.sites``' current Site match ``SITE_URL``/``SITE_NAME``.

    The sitemap index and anything else that asks ``get_current_site()``
    builds absolute URLs from the Site's domain; without this they would say
    ``example.com``. Runs after every ``migrate``.
    """
    domain = urlsplit(settings.SITE_URL).netloc or "localhost"
    Site.objects.using(using).update_or_create(
        pk=getattr(settings, "SITE_ID", 1),
        defaults={"domain": domain, "name": settings.SITE_NAME},
    )
    Site.objects.clear_cache()
