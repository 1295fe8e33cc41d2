"""Activate the edition of the requested path (Django's LocaleMiddleware, narrowed)."""

from django.http import HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .choices import DEFAULT
from .links import edition_from_path

EDITORS_PREFIX = "/admin/"


class EditionMiddleware:
    """
    The language of a public page is its edition, read from the path alone.

    Django's ``LocaleMiddleware`` would also read the ``django_language``
    cookie and ``Accept-Language`` and then send ``Vary: Accept-Language``
    on every unprefixed page. Public pages are cached by path and must be
    the same bytes for every reader (nginx, a CDN and the page cache keep
    one copy), so a reader's browser language never redirects or changes a
    page: the language switch in the header is how a reader changes
    edition. The admin is never cached and follows the editor's language
    (cookie, then Accept-Language), with Django's own Ukrainian admin
    translations. ``/uk/…`` is the default edition spelt with its prefix:
    a permanent redirect to the address without it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        editors = path.startswith(EDITORS_PREFIX)
        if editors:
            language = translation.get_language_from_request(request)
        else:
            language = edition_from_path(path)
            default_prefix = f"/{DEFAULT}"
            if path == default_prefix or path.startswith(default_prefix + "/"):
                target = path.removeprefix(default_prefix) or "/"
                query = request.META.get("QUERY_STRING", "")
                return HttpResponsePermanentRedirect(
                    f"{target}?{query}" if query else target
                )
        previous = translation.get_language()
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            # The thread's language is not left to whatever runs next in it
            # (a task, a test): only this request is in this edition.
            translation.activate(previous)
        if editors:
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", language)
        return response
