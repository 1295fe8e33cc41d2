"""
Other live features on the presence socket (``PRESENCE_SOCKET_EXTENSIONS``).

A page opens one socket; breaking news and live stories (the coverage app)
ride on it instead of opening their own. Each extension is a class, named
by a dotted path, built once per socket with the consumer, that may define
any of these hooks (all optional):

- ``parse_query(query_string)``: validate its own query parameters; raise
  ``ProtocolError`` (error frame and 44xx close) for bad ones.
- ``async accepted()``: right after the handshake, before the first
  ``presence`` frame.
- ``async joined(page)``: once the tracker counts the socket.
- ``async received(text, data)``: a client message; True when it handled
  it (the presence consumer checks everything else as before).
- ``moved(page)``, ``left()``.

The consumer stays thin: it calls ``open_extensions()`` and the returned
object's methods, one line each.
"""

from django.conf import settings
from django.utils.module_loading import import_string


class Extensions:
    """The extensions of one socket; every hook calls each in order."""

    def __init__(self, items=()):
        self.items = list(items)

    def _each(self, name):
        for item in self.items:
            hook = getattr(item, name, None)
            if hook is not None:
                yield hook

    async def joined(self, consumer, page):
        # Not when the tracker refused or dropped the socket meanwhile.
        if consumer.tracker is None or consumer not in consumer.tracker.sockets:
            return
        for hook in self._each("joined"):
            await hook(page)

    async def received(self, consumer, text=None, data=None):
        for hook in self._each("received"):
            if await hook(text, data):
                return True
        return False

    def moved(self, consumer, page):
        for hook in self._each("moved"):
            hook(page)

    def left(self, consumer):
        for hook in self._each("left"):
            hook()


NONE = Extensions()


async def open_extensions(consumer):
    """Build the socket's extensions, check their query, run ``accepted``."""
    paths = getattr(settings, "PRESENCE_SOCKET_EXTENSIONS", ())
    extensions = Extensions(import_string(path)(consumer) for path in paths)
    query = consumer.scope.get("query_string", b"")
    for hook in extensions._each("parse_query"):
        hook(query)
    for hook in extensions._each("accepted"):
        await hook()
    return extensions
