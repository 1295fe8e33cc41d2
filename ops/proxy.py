"""
The client's address for WSGI workers on a Unix socket, as daphne's
``--proxy-headers`` gives it to the ASGI side.

A Unix-socket peer has no address (gunicorn sets ``REMOTE_ADDR`` to an
empty string), so every reader would share one address in the login limits
and the logs. Only nginx can reach the socket (0660, its group alone), and
nginx overwrites ``X-Forwarded-For`` with the reader's address: that one
entry becomes ``REMOTE_ADDR``. A TCP peer keeps its own address, whatever
the header says.
"""


class UnixSocketProxyHeaders:
    """WSGI middleware: ``REMOTE_ADDR`` from nginx's ``X-Forwarded-For``."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if not environ.get("REMOTE_ADDR"):
            forwarded = environ.get("HTTP_X_FORWARDED_FOR", "")
            # The rightmost entry is the one the proxy itself wrote.
            address = forwarded.rsplit(",", 1)[-1].strip()
            if address:
                environ["REMOTE_ADDR"] = address
        return self.app(environ, start_response)
