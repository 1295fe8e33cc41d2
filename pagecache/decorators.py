"""Mark a view's responses as public pages that any cache may keep."""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.module_loading import import_string


def public_max_age():
    """
    Seconds a public page may be kept: ``PAGE_CACHE_SECONDS``, or less when
    ``PAGE_CACHE_BOUND`` (a dotted path to a function returning seconds or
    None, or a list of them) says content changes sooner, e.g. at a
    scheduled publication or when the breaking banner ends.
    """
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 60)
    bound_paths = getattr(settings, "PAGE_CACHE_BOUND", None) or ()
    if isinstance(bound_paths, str):
        bound_paths = [bound_paths]
    for bound_path in bound_paths:
        bound = import_string(bound_path)()
        if bound is not None:
            seconds = min(seconds, max(1, int(bound)))
    return seconds


def public_page(view):
    """Send ``Cache-Control: public, max-age=…`` on a successful response."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=public_max_age())
        return response

    return wrapped


class PublicPageMixin:
    """``public_page`` for class-based views."""

    @method_decorator(public_page)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)
