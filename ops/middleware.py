"""Site-wide middleware: database outages, CSP nonces, 404s in the site's look."""

import logging

from django import forms
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.deprecation import MiddlewareMixin
from django.views.defaults import page_not_found

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware(MiddlewareMixin):
    """
    Answer 503 in the site's look when the database cannot be reached.

    A view (or the template it renders) that fails to connect raises
    OperationalError after the connect timeout in DATABASES. Instead of the
    generic 500 page, readers get a page saying the site is briefly
    unavailable, with ``Retry-After`` and ``Cache-Control: no-store`` so no
    cache keeps it; nginx serves its stale copy of the page instead when it
    has one (``proxy_cache_use_stale http_503``). The template is rendered
    without the request so no context processor touches the database again.
    Django closes the broken connection at the end of the request and
    ``CONN_HEALTH_CHECKS`` reconnects once PostgreSQL is back: no restart.
    """

    RETRY_AFTER = 10

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error(
            "Database unavailable, answering 503: %s",
            str(exception).strip().splitlines()[0] if str(exception) else exception,
            extra={"status_code": 503, "request": request},
        )
        response = HttpResponse(
            render_to_string("ops/503.html", {"SITE_NAME": settings.SITE_NAME}),
            status=503,
        )
        response["Retry-After"] = str(self.RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        return response


class MediaNonceMiddleware(MiddlewareMixin):
    """
    Give the admin's form media the request's CSP nonce.

    django-prose-editor's widget renders an inline ``<script
    type="importmap">``, which a policy without 'unsafe-inline' blocks unless
    the tag carries the nonce from the Content-Security-Policy header. The
    admin renders ``{{ media }}`` from its TemplateResponse context, so the
    media is rewrapped here as django-js-asset's ``Media`` with
    ``request.csp_nonce`` (set by django-csp's middleware); that renders the
    nonce on the import map and on every script and stylesheet tag. Reading
    the nonce is what makes django-csp add it to the header, so pages
    without media (the public ones) keep a header that is the same for every
    reader.
    """

    def process_template_response(self, request, response):
        context = response.context_data or {}
        media = context.get("media")
        nonce = getattr(request, "csp_nonce", None)
        if isinstance(media, forms.Media) and nonce is not None:
            from js_asset import Media

            context["media"] = Media.from_media(media, nonce=str(nonce))
        return response


class SiteLookNotFoundMiddleware:
    """
    Answer 404s in the site's look even with ``DEBUG`` on.

    With ``DEBUG`` off Django renders ``404.html`` itself. With it on (``make
    run``) Django would show its technical page, so a reader trying a bad
    address or ``?page=abc`` on a development server would not see the site.
    Set ``TECHNICAL_404=1`` to get Django's page back while debugging URLs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and settings.DEBUG
            and not getattr(settings, "TECHNICAL_404", False)
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith("/admin/")
        ):
            return page_not_found(request, exception=None)
        return response
