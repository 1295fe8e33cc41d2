from django.utils.functional import SimpleLazyObject

from .selectors import site_chrome


def chrome(request):
    """The section navigation and the footer's pages, read when shown."""
    return {"chrome": SimpleLazyObject(site_chrome)}
