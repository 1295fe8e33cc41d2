from django.conf import settings
from django.views.defaults import page_not_found


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
