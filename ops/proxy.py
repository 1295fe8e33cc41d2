"""
``REMOTE_ADDR`` for WSGI workers on a Unix socket, as daphne's
``--proxy-headers`` gives it to the ASGI side.

A Unix-socket peer has no address (gunicorn sets ``REMOTE_ADDR`` to an
empty string), so Django, its logs and anything else reading ``REMOTE_ADDR``
would see every reader as the same nobody. Only nginx can reach the socket
(0660, its group alone), and nginx overwrites ``X-Forwarded-For`` with the
reader's address. The address comes from the site's one client-address rule
(``ops.clientaddress``, ``TRUSTED_PROXIES``: ``"unix"`` trusts such a peer);
a TCP peer keeps its own address.
"""

from . import clientaddress
from .proxies import trusted_proxies


class UnixSocketProxyHeaders:
    """WSGI middleware: a Unix peer's ``REMOTE_ADDR`` from the proxy rule."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if not environ.get("REMOTE_ADDR"):
            address = clientaddress.client_address(
                "", environ.get("HTTP_X_FORWARDED_FOR", ""), trusted_proxies()
            )
            if clientaddress.parse_address(address) is not None:
                environ["REMOTE_ADDR"] = address
        return self.app(environ, start_response)
