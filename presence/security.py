"""
The live counter's Origin check: only pages of this site may open its socket.

A browser sends the page's origin with every websocket handshake; a socket
opened by a page of any other origin is refused at the handshake (daphne
answers HTTP 403). Scheme and port count: ``http://localhost:3000`` is not
the site, even if ``localhost`` is an allowed host.
"""

from channels.security.websocket import WebsocketDenier
from django.conf import settings

from .counting import origin_allowed, parse_origin

# The development server's own origins (DEBUG only): a browser on
# http://localhost:8000 or http://127.0.0.1:8000 for `make run`, whatever
# SITE_URL says.
_LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def allowed_origins(server=None):
    """
    Return the origins allowed to open the socket, as ``parse_origin()`` gives.

    SITE_URL's origin, CSRF_TRUSTED_ORIGINS and PRESENCE_ALLOWED_ORIGINS;
    with DEBUG on, also the loopback origins of the port this server
    listens on (``server`` is the ASGI scope's ``(host, port)``).
    """
    entries = [
        getattr(settings, "SITE_URL", ""),
        *getattr(settings, "CSRF_TRUSTED_ORIGINS", ()),
        *getattr(settings, "PRESENCE_ALLOWED_ORIGINS", ()),
    ]
    origins = {origin for entry in entries if (origin := parse_origin(entry))}
    if settings.DEBUG and server and len(server) > 1 and server[1]:
        origins.update(("http", host, int(server[1])) for host in _LOOPBACK_HOSTS)
    return origins


class SiteOriginValidator:
    """ASGI middleware: refuse a websocket whose Origin is not the site's."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket" and not self.allowed(scope):
            # Closing before the accept: daphne answers HTTP 403.
            return await WebsocketDenier()(scope, receive, send)
        return await self.application(scope, receive, send)

    @staticmethod
    def allowed(scope):
        origin = None
        for name, value in scope.get("headers", ()):
            if name == b"origin":
                origin = value
        if origin is None:
            # Browsers always send one; a client without it is not a page.
            return False
        return origin_allowed(origin, allowed_origins(scope.get("server")))
