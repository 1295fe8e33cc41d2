"""Absolute links for machines: feeds, sitemaps, metadata, JSON-LD."""

from django.conf import settings


def absolute_url(url):
    """
    ``url`` on ``SITE_URL`` unless it already has a scheme.

    The site's own address, not the request's ``Host``: a page reached
    through a proxy or an alias still names its one canonical address.
    """
    if not url or "://" in url:
        return url
    return settings.SITE_URL + url
