"""
The trusted-proxy setting and a Django request's client address.

``TRUSTED_PROXIES`` (its old name ``PRESENCE_TRUSTED_PROXIES`` is still
read when it is not set) is parsed and checked once, when the site starts
(``OpsConfig.ready()``), and again only when a test changes it.
"""

from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from . import clientaddress

SETTING_NAMES = ("TRUSTED_PROXIES", "PRESENCE_TRUSTED_PROXIES")


def _setting():
    for name in SETTING_NAMES:
        value = getattr(settings, name, None)
        if value is not None:
            return name, value
    return SETTING_NAMES[0], ()


@cache
def trusted_proxies():
    """The ``TrustedProxies`` of the setting; ImproperlyConfigured if bad."""
    name, entries = _setting()
    try:
        return clientaddress.parse_trusted_proxies(entries, name=name)
    except ValueError as exc:
        raise ImproperlyConfigured(str(exc)) from None


def forget_trusted_proxies(*, setting, **kwargs):
    """``setting_changed`` handler: the next call reads the setting again."""
    if setting in SETTING_NAMES:
        trusted_proxies.cache_clear()


def client_ip_from_request(request):
    """
    The client address of a Django request (``AXES_CLIENT_IP_CALLABLE``).

    ``None`` when it is not an IP address (a Unix peer with no forwarded
    address): django-axes stores addresses in an IP address column.
    """
    address = clientaddress.client_address(
        request.META.get("REMOTE_ADDR"),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        trusted_proxies(),
    )
    return address if clientaddress.parse_address(address) else None
